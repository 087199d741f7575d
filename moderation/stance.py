"""A second opinion on stance: is a text *about* a harm (a memorial, a PSA against racism, a history lesson, a
crisis-line video) or a request *for* it?

The semantic heads (moderation.prompt) read the topic of a prompt: "Reading of names at the Oklahoma City bombing
memorial" is extremism 0.98 to them, "Anti-racism campaign: 'Racism has no place here'" hate 0.96. Four retrains with
hundreds of such prompts added moved them along the same trade-off (docs/MODERATION.md, rounds 27 and 30). This
reader is trained on one question only, over prompts that all touch a harm: logistic regression on the main
encoder's embedding of the whole text, P(about a harm) against P(harmful), from the helper-written rows that teach,
remember, report or oppose a harm and every harmful training row (moderation.train_stance).

    reader = StanceReader.load(path)     # shipped beside the head (assets/moderation/stance.npz)
    about = reader.about(embeddings)     # (N,) P(the text is about a harm, not a request for it)

moderation.prompt uses it for one thing: a category that the heads alone fire (no lexicon term, not read from an
English gloss, no injection attempt in the text; never minors) among `categories` is not counted where the whole
text's `about` is at least `threshold`, a value fixed from training data alone (the share of harmful training rows,
cross-validated, that may reach it). Pure functions over arrays; no model.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np


@dataclass(frozen=True)
class StanceReader:
    """weights (D,), bias: a logistic regression over unit embeddings; threshold: the `about` from which a fire of
    the heads alone is not counted; categories: the ones it may lift; head_sha256: the training file of the head
    whose encoder embedded the rows (the reader is stale once that head is retrained); source_sha256: its own rows."""

    weights: np.ndarray
    bias: float
    threshold: float
    categories: tuple[str, ...]
    head_sha256: str = ""
    source_sha256: str = ""

    def __post_init__(self) -> None:
        if self.weights.ndim != 1 or not len(self.weights):
            raise ValueError(f"stance reader: weights must be one non-empty row, got shape {self.weights.shape}")
        if not 0.0 < self.threshold < 1.0:
            raise ValueError(f"stance reader: threshold must lie in (0, 1), got {self.threshold}")

    def about(self, emb: np.ndarray) -> np.ndarray:
        """(N, D) embeddings -> (N,) P(about a harm)."""
        if emb.shape[-1] != len(self.weights):
            raise ValueError(f"stance reader: embeddings of width {emb.shape[-1]}, weights of {len(self.weights)}")
        return 1.0 / (1.0 + np.exp(-(emb @ self.weights + self.bias)))

    def save(self, path: str | Path) -> None:
        np.savez(path, weights=self.weights.astype(np.float32), bias=np.array(self.bias, dtype=np.float64),
                 threshold=np.array(self.threshold, dtype=np.float64), categories=np.array(self.categories),
                 head_sha256=np.array(self.head_sha256), source_sha256=np.array(self.source_sha256))

    @classmethod
    def load(cls, path: str | Path) -> "StanceReader":
        with np.load(path) as f:
            return cls(f["weights"].astype(np.float32), float(f["bias"]), float(f["threshold"]),
                       tuple(str(c) for c in f["categories"]), str(f["head_sha256"]), str(f["source_sha256"]))
