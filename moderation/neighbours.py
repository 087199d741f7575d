"""A second opinion for the semantic head: the labelled training prompts nearest to what it reads.

The head (an MLP over MiniLM sentence embeddings, moderation.prompt) reads one calm sentence of a long caption out of
context now and then, and fires with moderate confidence where nothing in the training data is alike ("a nutritionist
explains a balanced plate" -> self_harm 0.7, "the investors are blown away" -> extremism 0.6). Its training
prompts, embedded with the same encoder, say what is actually near: a moderate fire with no harmful prompt among
those neighbours is the head extrapolating. So a head score in [threshold, confirm_below) counts only when at least
`min_share` of the `k` nearest training prompts (cosine similarity) are disallowed prompts of any category (the
head sometimes names the wrong category for real harm: an explicit scene read as self-harm still has sexual
neighbours); confident scores (>= confirm_below) count as they are, and so does everything the lexicons find.

    index = NeighbourIndex.load(path)            # shipped with the head (assets/moderation/prompt_neighbours.npz)
    share = index.harm_share(embeddings, k=10)   # (N,): fraction of the k nearest rows that are disallowed
    kept, unconfirmed = confirm(probs, share, thresholds, min_share=0.2, confirm_below=0.9, exempt=(...,))

The index is written by moderation.train_prompt_head from the training file only (the held-out test set is never
read), as unit vectors in float16 with a 0/1 row of categories per prompt (a "minors" prompt is also "sexual",
as the head learns it). Pure functions over arrays; no model.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np


@dataclass(frozen=True)
class NeighbourIndex:
    """vectors: (M, D) float32 unit rows (the training prompts' embeddings); labels: (M, C) 0/1 float32 in the
    order of `categories`; source_sha256: the training file the rows came from."""

    vectors: np.ndarray
    labels: np.ndarray
    categories: tuple[str, ...]
    source_sha256: str = ""

    def __post_init__(self) -> None:
        if self.vectors.ndim != 2 or self.labels.shape != (len(self.vectors), len(self.categories)):
            raise ValueError(f"neighbour index: vectors {self.vectors.shape} and labels {self.labels.shape} do not "
                             f"match {len(self.categories)} categories")
        if len(self.vectors) == 0:
            raise ValueError("neighbour index: no training rows")

    @classmethod
    def build(cls, embeddings: np.ndarray, labels: np.ndarray, categories: tuple[str, ...],
              source_sha256: str = "") -> "NeighbourIndex":
        """From raw embeddings (M, D) and 0/1 labels (M, C); rows are L2-normalised here."""
        vectors = np.asarray(embeddings, dtype=np.float32)
        vectors = vectors / np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-12)
        return cls(vectors, np.asarray(labels, dtype=np.float32), tuple(categories), source_sha256)

    def save(self, path: str | Path) -> None:
        np.savez_compressed(path, vectors=self.vectors.astype(np.float16), labels=self.labels.astype(np.uint8),
                            categories=np.array(self.categories), source_sha256=np.array(self.source_sha256))

    @classmethod
    def load(cls, path: str | Path) -> "NeighbourIndex":
        with np.load(path) as f:
            return cls.build(f["vectors"].astype(np.float32), f["labels"].astype(np.float32),
                             tuple(str(c) for c in f["categories"]), str(f["source_sha256"]))

    def harm_share(self, embeddings: np.ndarray, k: int) -> np.ndarray:
        """(N,): for each embedding (N, D), the fraction of its k most similar rows labelled with any category."""
        return self.labels[nearest_rows(embeddings, self.vectors, k)].max(axis=2).mean(axis=1)  # (N,)


def nearest_rows(embeddings: np.ndarray, vectors: np.ndarray, k: int) -> np.ndarray:
    """(N, k) indices, unordered, of the k rows of `vectors` (M, D; unit rows, or unit rows times a constant) most
    similar by cosine to each of `embeddings` (N, D); ValueError unless 1 <= k <= M."""
    if not 1 <= k <= len(vectors):
        raise ValueError(f"k must be 1-{len(vectors)}, got {k}")
    x = np.asarray(embeddings, dtype=np.float32)
    if len(x) == 0:
        return np.zeros((0, k), dtype=np.int64)
    x = x / np.maximum(np.linalg.norm(x, axis=1, keepdims=True), 1e-12)
    similarity = x @ np.asarray(vectors, dtype=np.float32).T  # (N, M)
    return np.argpartition(-similarity, k - 1, axis=1)[:, :k]


def confirm(probs: np.ndarray, share: np.ndarray, thresholds: np.ndarray, min_share: float, confirm_below: float,
            exempt: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Head probabilities with unconfirmed moderate fires held at threshold - 0.01 (so they do not fire).

    probs: (N, C); share: (N,) harm share of each row's neighbours; thresholds: (C,); exempt: (C,) bool, categories
    never held back (e.g. minors: stricter by policy). A fire is unconfirmed when threshold <= p < confirm_below
    and the row's share is below min_share. Returns (kept (N, C), unconfirmed (N, C) bool); kept equals probs
    elsewhere."""
    moderate = (probs >= thresholds) & (probs < confirm_below)
    unconfirmed = moderate & (share[:, None] < min_share)
    if exempt is not None:
        unconfirmed &= ~exempt
    kept = np.where(unconfirmed, np.minimum(probs, thresholds - 0.01), probs)
    return kept, unconfirmed
