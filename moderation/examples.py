"""A reader of labelled examples: the labelled prompts nearest to a whole text, for one category (insults).

The heads learned insults from 344 training rows; the candidate files under evals/moderation/candidates hold 3,291
more insults at a private person and 22,826 allowed prompts, most of them look-alikes (a friend's roast asked for, a
proud parent, a kind birthday clip), written blind by helpers over 37 rounds. An insult told in new words still sits
among insults there: the text's k most similar examples (cosine similarity of the moderation encoder's embeddings,
tuned layers included) count, and where at least insult_examples_share of them are insults, the insult category fires
with that evidence. Only the whole text is read (a calm sentence of a long caption alone is no insult), and only one category.

    index = ExampleIndex.load(path)                      # assets/moderation/insult_examples.npz
    share = index.share(embeddings, k=10)               # (N,): fraction of the 10 nearest examples that are insults

    python -m moderation.examples                       # rebuild both indexes and the probes from the candidates
                                                         # (~10 CPU-minutes; moderation.train_prompt_head does it)
    python -m moderation.examples --probe-only          # the probes alone (~26 minutes on 2 cores with the part
                                                         # network, round 45, sharing the cores with other work)

The same reader over every labelled candidate (38,569: 15,743 disallowed in any category, the rest allowed;
assets/moderation/harm_examples.npz) holds back a category the heads alone fire on where at most 2 of the whole
text's 20 most similar labelled prompts are disallowed: the heads read a topic ("a dog drops a ball at its owner's
feet, tail wagging furiously" -> violence 0.93), and everyday prompts about that topic, labelled allowed, are nearer.

The same insults and allowed look-alikes also train a small network (`ExampleProbe`, round 42;
assets/moderation/insult_probe.npz): one hidden layer over the whole text's unit embedding, P(insult at a private
person). Where the look-alikes are too mixed for the reader's 9 of 10, the network still separates a mocking scene
from a kind one (the reader counts neighbours; the network weighs what the insults have in common). It learns from
every candidate file whose round is over (`PROBE_SKIPPED`), the reader's rows and the later rounds' probes. The
policy's `example_probes` may name one per category (that category's rows against the allowed ones); round 42 ships
the insults', round 46 the self-harm, hate and extremism ones (assets/moderation/<category>_probe.npz, H46r and
H46x). They learn from the harm network's embeddings of every row, so that each rebuilds byte for byte (the shipped
insult network, trained by round 42's code, does not).

    probe = ExampleProbe.load(path)                      # assets/moderation/insult_probe.npz
    p = probe.scores(embeddings)                         # (N,) P(insult)

Round 43 trains one more over every labelled row (category "harmful": any disallowed label against allowed;
assets/moderation/harm_probe.npz, the policy's harm_probe_file): P(any harm), which holds back a head reading the
network finds no harm in and confirms one the look-alikes hold back (moderation.prompt._decide).

Round 44 adds `CategoryProbe` (assets/moderation/harm_category_probe.npz, the policy's harm_category_file): the same
kind of network over the labelled harmful rows alone, with a softmax over their categories, P(category | harm). Where
the harm network is near sure of harm in a text no other layer refuses (harm_probe_refuse_from), it names the
category the refusal is given under.

Round 45 adds the part network (assets/moderation/harm_part_probe.npz, the policy's harm_part_file; category
"harmful_part"): the same kind of network, P(harm) of one part of a text (a sentence or clause window,
moderation.prompt.network_parts), learned by multiple-instance learning (train_part_probe): a harmful text's label
says that one of its parts is harmful, not which, so each harmful text's likeliest part by the harm network is taken
as harmful, the network trained, and the pick made again by it; every part of an allowed text is calm. Where no other
layer refuses a text, the part it reads as likeliest harm refuses it (H45, moderation.prompt._decide).

    which = CategoryProbe.load(path)                     # assets/moderation/harm_category_probe.npz
    p = which.scores(embeddings)                         # (N, K) over which.categories, rows summing to 1

The index holds the examples' unit embeddings as int8 (x 127; similarities change by < 0.01) and a 0/1 label each,
with the hash of the (text, label) rows it was built from, which a test checks against the candidates, and the hash of
the encoder's tuned layers, which the loader checks (embeddings of other layers would find other neighbours). The candidate
files of the round that built the reader (`SKIPPED`) are left out, so that its blind probes stay blind. The sealed
evaluation sets (evals/moderation/*.jsonl) are never read. Pure functions over arrays; no model.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from moderation.neighbours import nearest_rows

ROOT = Path(__file__).resolve().parent.parent
CANDIDATES = ROOT / "evals" / "moderation" / "candidates"
# the probes and reviews of the rounds since the readers were built: left out
SKIPPED = ("review38_", "review39_", "review40_", "review41_", "review42_", "review43_", "review44_", "review45_",
           "review46_", "review47_", "review48_")
# the probes (rounds 42-46) learn from every candidate file but those of the rounds since the first was trained
PROBE_SKIPPED = ("review42_", "review43_", "review44_", "review45_", "review46_", "review47_", "review48_")
_KEY = re.compile(r"[^a-z0-9]")


def _key(text: str) -> str:
    """A candidate text's key: its lowercase letters and digits (texts of one key are one example)."""
    return _KEY.sub("", text.lower())


@dataclass(frozen=True)
class ExampleIndex:
    """vectors: (M, D) float32 unit rows (stored as int8, times 127); labels: (M,) uint8, 1 = an example of
    `category`."""

    vectors: np.ndarray
    labels: np.ndarray
    category: str
    source_sha256: str = ""
    encoder_sha256: str = ""  # the encoder's tuned layers the rows were embedded with ("" for none)

    def __post_init__(self) -> None:
        if self.vectors.ndim != 2 or self.labels.shape != (len(self.vectors),) or len(self.vectors) == 0:
            raise ValueError(f"example index: vectors {self.vectors.shape} and labels {self.labels.shape} do not "
                             "match (or are empty)")

    @classmethod
    def build(cls, embeddings: np.ndarray, labels: np.ndarray, category: str, source_sha256: str = "",
              encoder_sha256: str = "") -> "ExampleIndex":
        """From raw embeddings (M, D) and 0/1 labels (M,); rows are L2-normalised here."""
        x = np.asarray(embeddings, dtype=np.float32)
        x = x / np.maximum(np.linalg.norm(x, axis=1, keepdims=True), 1e-12)
        return cls(x, np.asarray(labels, dtype=np.uint8), category, source_sha256, encoder_sha256)

    def save(self, path: str | Path) -> None:
        """Quantised: int8 rows times 127 (a cosine similarity moves by < 0.01)."""
        np.savez_compressed(path, vectors=np.round(self.vectors * 127).astype(np.int8), labels=self.labels,
                            category=np.array(self.category), source_sha256=np.array(self.source_sha256),
                            encoder_sha256=np.array(self.encoder_sha256))

    @classmethod
    def load(cls, path: str | Path) -> "ExampleIndex":
        with np.load(path) as f:
            return cls.build(f["vectors"].astype(np.float32), f["labels"].astype(np.uint8), str(f["category"]),
                             str(f["source_sha256"]), str(f["encoder_sha256"]))

    def share(self, embeddings: np.ndarray, k: int) -> np.ndarray:
        """(N,) float64: for each embedding (N, D), the fraction of its k most similar examples of the category."""
        nearest = nearest_rows(embeddings, self.vectors, k)  # (N, k)
        return self.labels[nearest].mean(axis=1)  # float64: 9 of 10 is 0.9 exactly, as a setting writes it


ANY_HARM = "harmful"  # example_rows' category for every disallowed label at once
HARM_CATEGORY = "harm_category"  # the category probe's reading: which category a harmful text is most like
HARM_PART = "harmful_part"  # the part network's reading: P(harm) of one part of a text (round 45)
PART_WORDS = 7  # the part network learns from the parts of this many words or more (network_parts; H45m's rule)
PART_ITERATIONS = 2  # rounds of picking each harmful text's likeliest part and training on it
_ALLOWED = ("allowed", "benign", "safe")


@dataclass(frozen=True)
class ExampleProbe:
    """P(category) of a whole text from its embedding, learned from labelled examples: one hidden layer of ReLU units
    and a logistic output. w1: (D, H), b1: (H,), w2: (H,), b2: a float."""

    w1: np.ndarray
    b1: np.ndarray
    w2: np.ndarray
    b2: float
    category: str
    source_sha256: str = ""
    encoder_sha256: str = ""

    def __post_init__(self) -> None:
        if self.w1.ndim != 2 or self.b1.shape != (self.w1.shape[1],) or self.w2.shape != (self.w1.shape[1],):
            raise ValueError(f"example probe: weights {self.w1.shape}, {self.b1.shape}, {self.w2.shape} do not match")

    @classmethod
    def train(cls, embeddings: np.ndarray, labels: np.ndarray, category: str, source_sha256: str = "",
              encoder_sha256: str = "", hidden: int = 256, seed: int = 0) -> "ExampleProbe":
        """Fit on raw embeddings (M, D) and 0/1 labels (M,) by the probes' one recipe (_fit_network)."""
        net = _fit_network(embeddings, np.asarray(labels, dtype=np.uint8), hidden, seed)
        return cls(net.coefs_[0].astype(np.float32), net.intercepts_[0].astype(np.float32),
                   net.coefs_[1][:, 0].astype(np.float32), float(net.intercepts_[1][0]), category, source_sha256,
                   encoder_sha256)

    def scores(self, embeddings: np.ndarray) -> np.ndarray:
        """(N,) float64 P(category) for each embedding (N, D)."""
        hidden = _hidden(embeddings, self.w1, self.b1)  # (N, H)
        return 1.0 / (1.0 + np.exp(-(hidden.astype(np.float64) @ self.w2 + self.b2)))

    def save(self, path: str | Path) -> None:
        np.savez_compressed(path, w1=self.w1, b1=self.b1, w2=self.w2, b2=np.array(self.b2),
                            category=np.array(self.category), source_sha256=np.array(self.source_sha256),
                            encoder_sha256=np.array(self.encoder_sha256))

    @classmethod
    def load(cls, path: str | Path) -> "ExampleProbe":
        with np.load(path) as f:
            return cls(f["w1"].astype(np.float32), f["b1"].astype(np.float32), f["w2"].astype(np.float32),
                       float(f["b2"]), str(f["category"]), str(f["source_sha256"]), str(f["encoder_sha256"]))


@dataclass(frozen=True)
class CategoryProbe:
    """P(category | harm) of a whole text from its embedding: which of the policy's categories a harmful text is most
    like, learned from the labelled harmful examples alone (one hidden layer of ReLU units, a softmax over
    `categories`). w1: (D, H), b1: (H,), w2: (H, K), b2: (K,)."""

    w1: np.ndarray
    b1: np.ndarray
    w2: np.ndarray
    b2: np.ndarray
    categories: tuple[str, ...]
    source_sha256: str = ""
    encoder_sha256: str = ""
    category: str = HARM_CATEGORY  # what it reads, for the loaders' checks (like ExampleProbe.category)

    def __post_init__(self) -> None:
        h, k = self.w1.shape[1] if self.w1.ndim == 2 else -1, len(self.categories)
        if self.b1.shape != (h,) or self.w2.shape != (h, k) or self.b2.shape != (k,) or k < 2:
            raise ValueError(f"category probe: weights {self.w1.shape}, {self.b1.shape}, {self.w2.shape}, "
                             f"{self.b2.shape} do not match {k} categories")

    @classmethod
    def train(cls, embeddings: np.ndarray, labels: list[str], source_sha256: str = "", encoder_sha256: str = "",
              hidden: int = 256, seed: int = 0) -> "CategoryProbe":
        """Fit on raw embeddings (M, D) and a category name per row by the probes' one recipe (_fit_network)."""
        if len(set(labels)) < 3:  # with two, scikit-learn fits one logistic output instead of a softmax
            raise ValueError(f"a category probe needs at least 3 categories, got {sorted(set(labels))}")
        net = _fit_network(embeddings, np.asarray(labels), hidden, seed)
        return cls(net.coefs_[0].astype(np.float32), net.intercepts_[0].astype(np.float32),
                   net.coefs_[1].astype(np.float32), net.intercepts_[1].astype(np.float32),
                   tuple(str(c) for c in net.classes_), source_sha256, encoder_sha256)

    def scores(self, embeddings: np.ndarray) -> np.ndarray:
        """(N, K) float64 P(category | harm) for each embedding (N, D); rows sum to 1."""
        hidden = _hidden(embeddings, self.w1, self.b1)  # (N, H)
        logits = hidden.astype(np.float64) @ self.w2 + self.b2  # (N, K)
        logits -= logits.max(1, keepdims=True)
        e = np.exp(logits)
        return e / e.sum(1, keepdims=True)

    def save(self, path: str | Path) -> None:
        np.savez_compressed(path, w1=self.w1, b1=self.b1, w2=self.w2, b2=self.b2,
                            categories=np.array(self.categories), source_sha256=np.array(self.source_sha256),
                            encoder_sha256=np.array(self.encoder_sha256))

    @classmethod
    def load(cls, path: str | Path) -> "CategoryProbe":
        with np.load(path) as f:
            return cls(f["w1"].astype(np.float32), f["b1"].astype(np.float32), f["w2"].astype(np.float32),
                       f["b2"].astype(np.float32), tuple(str(c) for c in f["categories"]), str(f["source_sha256"]),
                       str(f["encoder_sha256"]))


def _fit_network(embeddings: np.ndarray, labels: np.ndarray, hidden: int, seed: int):
    """The probes' one recipe: scikit-learn's MLPClassifier with one hidden layer of `hidden` ReLU units, L2 penalty
    1e-3, at most 60 epochs, stopped early on a held-out tenth, fitted on the L2-normalised rows; deterministic for a
    seed."""
    from sklearn.neural_network import MLPClassifier

    net = MLPClassifier((hidden,), alpha=1e-3, max_iter=60, early_stopping=True, random_state=seed)
    return net.fit(_unit(embeddings), labels)


def _hidden(embeddings: np.ndarray, w1: np.ndarray, b1: np.ndarray) -> np.ndarray:
    """The probes' hidden layer: ReLU of the unit embeddings (N, D) through w1 (D, H) and b1 (H,) -> (N, H)."""
    return np.maximum(_unit(embeddings) @ w1 + b1, 0.0)


def _unit(x: np.ndarray) -> np.ndarray:
    x = np.asarray(x, dtype=np.float32)
    return x / np.maximum(np.linalg.norm(x, axis=1, keepdims=True), 1e-12)


def _distinct_rows(candidates: Path, skipped: tuple[str, ...], keep) -> list[tuple[str, str]]:
    """(text, label) of the candidates' rows whose label keep(label) accepts, in file order, the first of each text
    (compared by its lowercase letters and digits); the files whose names start with `skipped` are left out."""
    rows, seen = [], set()
    for path in sorted(candidates.glob("*.jsonl")):
        if path.name.startswith(skipped):
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            row = json.loads(line)
            text, label = row.get("text"), row.get("label")
            if not isinstance(text, str) or not isinstance(label, str) or not label or not keep(label):
                continue
            key = _key(text)
            if key not in seen:
                seen.add(key)
                rows.append((text, label))
    return rows


def _rows_sha256(pairs: list) -> str:
    return hashlib.sha256(json.dumps(pairs, ensure_ascii=False).encode("utf-8")).hexdigest()


def example_rows(category: str, candidates: Path = CANDIDATES,
                 skipped: tuple[str, ...] = SKIPPED) -> tuple[list[str], np.ndarray, str]:
    """The candidates' distinct texts labelled `category` (1) or allowed (0), in file order, with the sha256 of those
    (text, label) rows; the files whose names start with `skipped` and rows of other labels are left out. With
    category ANY_HARM, every labelled row counts: 1 for any disallowed label."""
    rows = _distinct_rows(candidates, skipped, lambda label: category == ANY_HARM or label in (category, *_ALLOWED))
    if not rows:
        raise ValueError(f"no {category!r} or allowed rows in {str(candidates)!r}")
    texts = [text for text, _ in rows]
    labels = [0 if label in _ALLOWED else 1 for _, label in rows]
    return texts, np.array(labels, dtype=np.uint8), _rows_sha256(list(zip(texts, labels)))


def category_rows(candidates: Path = CANDIDATES, skipped: tuple[str, ...] = PROBE_SKIPPED
                  ) -> tuple[list[str], list[str], str]:
    """The candidates' distinct harmful texts that carry a category label (not allowed, not the bare "harmful"), in
    file order, with their labels and the sha256 of those (text, label) rows, for the category probe."""
    rows = _distinct_rows(candidates, skipped, lambda label: label not in (*_ALLOWED, ANY_HARM))
    if not rows:
        raise ValueError(f"no harmful rows with a category label in {str(candidates)!r}")
    texts, labels = [text for text, _ in rows], [label for _, label in rows]
    return texts, labels, _rows_sha256(list(zip(texts, labels)))


def indexed(settings) -> tuple[tuple[str, str], ...]:
    """(category, file name) of each examples index the settings name: the insults' and every harm's."""
    return tuple((category, name) for category, name in (("insult", settings.insult_examples_file),
                                                         (ANY_HARM, settings.harm_examples_file)) if name)


def probed(settings) -> tuple[tuple[str, str], ...]:
    """(category, file name) of each example probe the settings name (example_probes, then the harm probe and the
    category probe)."""
    harm = ((ANY_HARM, settings.harm_probe_file),) if settings.harm_probe_file else ()
    which = ((HARM_CATEGORY, settings.harm_category_file),) if settings.harm_category_file else ()
    part = ((HARM_PART, settings.harm_part_file),) if settings.harm_part_file else ()
    return tuple((category, name) for category, name, _ in settings.example_probes) + harm + which + part


def train_part_probe(whole: np.ndarray, labels: np.ndarray, parts: np.ndarray, counts: list[int], first,
                     source_sha256: str = "", encoder_sha256: str = "", iterations: int = PART_ITERATIONS,
                     ) -> "ExampleProbe":
    """The part network (round 45, H45m) by multiple-instance learning: a harmful text's label says one of its parts
    is harmful, not which. whole: (N, D) the texts' embeddings, labels (N,) 1 for harm; parts: (M, D) the embeddings
    of every text's parts (network_parts), counts[i] of them text i's, in order. Negatives: every allowed text and
    every part of one; positives: every harmful text and, of its parts, the one `first` (a network with .scores;
    the harm network) reads as likeliest harm, then, for each later iteration, the one the network just trained
    does. The other parts of a harmful text are left out (calm or harmful, the label does not say)."""
    starts = np.cumsum([0] + list(counts))  # text i's parts are rows starts[i]:starts[i + 1] of `parts`
    if len(starts) != len(whole) + 1 or starts[-1] != len(parts):
        raise ValueError(f"counts give {starts[-1]} parts of {len(starts) - 1} texts; got {len(parts)} of {len(whole)}")
    calm = [j for i in range(len(whole)) if labels[i] == 0 for j in range(starts[i], starts[i + 1])]
    harmful = [i for i in range(len(whole)) if labels[i] == 1 and counts[i]]
    net = first
    for _ in range(iterations):
        p = net.scores(parts)  # (M,)
        likeliest = [starts[i] + int(np.argmax(p[starts[i]:starts[i + 1]])) for i in harmful]
        x = np.concatenate([whole, parts[calm], parts[likeliest]])  # (N + calm + harmful, D)
        y = np.concatenate([labels, np.zeros(len(calm), np.uint8), np.ones(len(likeliest), np.uint8)])
        net = ExampleProbe.train(x, y, HARM_PART, source_sha256, encoder_sha256)
    return net


def write_examples(head_dir: Path, cache_dir: str | Path | None = None, indexes: bool = True,
                   probes: bool = True) -> list[Path]:
    """Embed the candidates' labelled rows with the encoder as shipped in head_dir (its tuned top layers, if any) and
    write the indexes and probes the settings name beside the head (moderation.train_prompt_head calls this after
    training)."""
    from moderation.characters import file_sha256
    from moderation.normalize import normalize
    from moderation.policy import POLICY
    from moderation.prompt import SentenceEncoder

    settings = POLICY.classifier
    top = head_dir / settings.encoder_top_layers
    encoder = SentenceEncoder.load(settings.max_length, top if top.is_file() else None, cache_dir)
    written, built = [], {}
    embedded: dict[tuple[str, ...], np.ndarray] = {}  # the embeddings of each list of texts embedded so far

    def embed(texts: list[str]) -> np.ndarray:  # (N, D)
        # A list is embedded whole, in its own batches (a text's padding, and so the last bits of its embedding,
        # depend on its batch), so that a probe rebuilds byte for byte; the part network reuses the harm network's.
        key = tuple(texts)
        if key not in embedded:
            embedded[key] = encoder.embed(texts)
        return embedded[key]

    # Every labelled candidate row (the harm network's list), read and normalised once: the example probes and the
    # part network learn from its embeddings, each probe's rows found by their key (the list keeps the first text of
    # each key, whatever its label).
    every, every_labels, every_digest = example_rows(ANY_HARM, skipped=PROBE_SKIPPED) if probes else ([], None, "")
    every_normalised = [normalize(t) for t in every]
    at = {_key(text): k for k, text in enumerate(every)}
    for category, name in probed(settings) if probes else ():
        encoder_sha256 = file_sha256(top) if top.is_file() else ""
        if category == HARM_CATEGORY:
            texts, names, digest = category_rows()
            probe = CategoryProbe.train(embed([normalize(t) for t in texts]), names, digest, encoder_sha256)
            print(f"category probe of {len(texts)} harmful examples ({len(probe.categories)} categories) -> "
                  f"{head_dir / name}")
        elif category == HARM_PART:
            from moderation.prompt import _cleaned, network_parts

            parts = [network_parts(_cleaned(n, POLICY), PART_WORDS) for n in every_normalised]
            first = built.get(ANY_HARM) or ExampleProbe.load(head_dir / settings.harm_probe_file)
            probe = train_part_probe(embed(every_normalised), every_labels, embed([u for ps in parts for u in ps]),
                                     [len(ps) for ps in parts], first, every_digest, encoder_sha256)
            print(f"part probe of {len(every)} examples and {sum(map(len, parts))} parts -> {head_dir / name}")
        else:
            # The category's rows against the allowed ones, read from the embeddings of every row (round 46: one
            # list embedded once, so that each probe rebuilds byte for byte).
            texts, labels, digest = example_rows(category, skipped=PROBE_SKIPPED)
            rows = [at[_key(text)] for text in texts]
            probe = ExampleProbe.train(embed(every_normalised)[rows], labels, category, digest, encoder_sha256)
            print(f"probe of {len(texts)} examples ({int(labels.sum())} {category}) -> {head_dir / name}")
        probe.save(head_dir / name)
        built[category] = probe
        written.append(head_dir / name)
    for category, name in indexed(settings) if indexes else ():
        texts, labels, digest = example_rows(category)
        index = ExampleIndex.build(embed([normalize(t) for t in texts]), labels, category, digest,
                                   file_sha256(top) if top.is_file() else "")
        index.save(head_dir / name)
        print(f"{len(texts)} examples ({int(labels.sum())} {category}) -> {head_dir / name}")
        written.append(head_dir / name)
    return written


def main(argv: list[str] | None = None) -> int:
    from moderation.onnx_runtime import DEFAULT_CACHE
    from moderation.policy import POLICY

    parser = argparse.ArgumentParser(prog="python -m moderation.examples", description=__doc__.split("\n")[0])
    parser.add_argument("--head-dir", type=Path, default=POLICY.classifier.head_dir,
                        help="the head's folder, holding the encoder's tuned layers; the indexes and the probes are "
                             "written there")
    parser.add_argument("--probe-only", action="store_true", help="train the probes alone, leaving the indexes")
    args = parser.parse_args(argv)
    write_examples(args.head_dir, DEFAULT_CACHE, indexes=not args.probe_only)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
