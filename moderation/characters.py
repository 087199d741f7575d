"""Copyrighted characters and trademarked logos described without their names, read by nearness of meaning.

The copyright lexicon finds a character by name ("Mickey Mouse") or by a fixed phrase ("the caped crusader"); a prompt
that describes one ("the round-eared cartoon mouse in red shorts and white gloves whistling at a steamboat's wheel")
names nothing. A gallery holds, for about 240 well-known characters, franchises' signature objects and logos, three
descriptions each that say what makes them unmistakable without naming them, next to "generic" descriptions: public-
domain figures (Sherlock Holmes, Zeus) and the ordinary scenes that share a species, a role or an object with a
protected entry ("a cat chasing a mouse around a farmhouse kitchen", "an unlabeled soda can opening"). A sentence of
the prompt counts as describing an entry when its MiniLM embedding (the heads' encoder) is at least
`min_similarity` from one of the entry's descriptions and `margin` nearer to it than to every generic description.

    gallery = CharacterGallery.load(path)                      # assets/moderation/characters.npz
    best = gallery.nearest(embeddings)                         # (N,) entry index, protected and generic similarity
    match = gallery.described(embeddings, 0.68, 0.03)          # [(name, similarity, generic similarity) | None] * N

The gallery's descriptions are in assets/moderation/characters.jsonl, one entry a line:
{"name": ..., "kind": "character" | "brand" | "not_protected", "descriptions": [...]}. Their embeddings depend on the
encoder's tuned layers, so the .npz records the hash of both files and PromptClassifier.load refuses a stale one:
rebuild with `python -m moderation.characters`. Pure functions over arrays; no model here.
"""

from __future__ import annotations

import argparse
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

import numpy as np

KINDS = ("character", "brand", "person", "not_protected")


def file_sha256(path: str | Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def read_entries(path: str | Path) -> list[dict]:
    """The gallery's entries, checked: a name, a known kind, at least one non-empty description each."""
    entries = []
    for number, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            entry = json.loads(line)
        except json.JSONDecodeError as e:
            raise ValueError(f"{path}:{number}: not JSON ({e.msg})") from None
        descriptions = entry.get("descriptions") if isinstance(entry, dict) else None
        if (not isinstance(entry, dict) or not isinstance(entry.get("name"), str) or entry.get("kind") not in KINDS
                or not isinstance(descriptions, list) or not descriptions
                or not all(isinstance(d, str) and d.strip() for d in descriptions)):
            raise ValueError(f"{path}:{number}: an entry needs a name, a kind in {KINDS} and a list of descriptions")
        entries.append(entry)
    if not any(e["kind"] != "not_protected" for e in entries):
        raise ValueError(f"{path}: no protected entry")
    return entries


@dataclass(frozen=True)
class CharacterGallery:
    """vectors: (M, D) float32 unit rows, one a description; entry: (M,) index into names; names: an entry's name;
    protected: (len(names),) bool, False for the generic entries; source_sha256 / encoder_sha256: the descriptions
    file and the encoder's tuned layers the vectors came from; kinds: each entry's kind (KINDS), () where the file
    predates them (every protected entry a character)."""

    vectors: np.ndarray
    entry: np.ndarray
    names: tuple[str, ...]
    protected: np.ndarray
    source_sha256: str = ""
    encoder_sha256: str = ""
    kinds: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if self.vectors.ndim != 2 or self.entry.shape != (len(self.vectors),) or len(self.protected) != len(self.names):
            raise ValueError(f"character gallery: vectors {self.vectors.shape}, entries {self.entry.shape} and "
                             f"{len(self.names)} names do not match")
        if not self.protected.any() or self.protected.all():
            raise ValueError("character gallery: needs protected and generic entries")
        if self.kinds and (len(self.kinds) != len(self.names) or not set(self.kinds) <= set(KINDS)):
            raise ValueError(f"character gallery: {len(self.kinds)} kinds for {len(self.names)} names, or a kind not "
                             f"in {KINDS}")
        # each entry's kind: "character" for every protected entry of a gallery without kinds
        entry_kinds = self.kinds or tuple("character" if p else "not_protected" for p in self.protected)
        object.__setattr__(self, "_entry_kinds", np.array(entry_kinds))
        object.__setattr__(self, "_kind_of", dict(zip(self.names, entry_kinds)))

    def kind(self, name: str) -> str:
        """The kind of the entry called `name` (KINDS)."""
        return self._kind_of[name]

    @classmethod
    def build(cls, entries: list[dict], encode, source_sha256: str = "", encoder_sha256: str = "") -> "CharacterGallery":
        """encode: texts -> (N, D) embeddings (the heads' encoder)."""
        texts = [d for e in entries for d in e["descriptions"]]
        entry = np.array([i for i, e in enumerate(entries) for _ in e["descriptions"]])
        vectors = np.asarray(encode(texts), dtype=np.float32)
        vectors = vectors / np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-12)
        return cls(vectors, entry, tuple(e["name"] for e in entries),
                   np.array([e["kind"] != "not_protected" for e in entries]), source_sha256, encoder_sha256,
                   tuple(e["kind"] for e in entries))

    def save(self, path: str | Path) -> None:
        np.savez_compressed(path, vectors=self.vectors.astype(np.float16), entry=self.entry.astype(np.int32),
                            names=np.array(self.names), protected=self.protected,
                            source_sha256=np.array(self.source_sha256), encoder_sha256=np.array(self.encoder_sha256),
                            kinds=np.array(self.kinds, dtype=str))

    @classmethod
    def load(cls, path: str | Path) -> "CharacterGallery":
        with np.load(path) as f:
            return cls(f["vectors"].astype(np.float32), f["entry"].astype(np.int64), tuple(str(n) for n in f["names"]),
                       f["protected"].astype(bool), str(f["source_sha256"]), str(f["encoder_sha256"]),
                       tuple(str(k) for k in f["kinds"]) if "kinds" in f.files else ())

    def nearest(self, emb: np.ndarray, kinds: tuple[str, ...] | None = None
                ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """For (N, D) unit embeddings: (N,) the nearest protected entry (of `kinds` only, where given), its cosine
        similarity, and the similarity of the nearest generic description."""
        if len(emb) == 0:
            return np.zeros(0, dtype=np.int64), np.zeros(0), np.zeros(0)
        sims = np.asarray(emb, dtype=np.float32) @ self.vectors.T  # (N, M)
        is_protected = self.protected[self.entry]  # (M,)
        if kinds is not None:
            of_kinds = np.isin(self._entry_kinds, kinds)  # (len(names),)
            if not of_kinds.any():
                return (np.zeros(len(emb), dtype=np.int64), np.full(len(emb), -np.inf),
                        np.where(is_protected, -np.inf, sims).max(1).astype(np.float64))
        mine = np.where(is_protected & (of_kinds[self.entry] if kinds is not None else True), sims, -np.inf)
        best = mine.argmax(1)  # (N,)
        return (self.entry[best], mine[np.arange(len(emb)), best].astype(np.float64),
                np.where(is_protected, -np.inf, sims).max(1).astype(np.float64))

    def described(self, emb: np.ndarray, min_similarity: float, margin: float, kinds: tuple[str, ...] | None = None
                  ) -> list[tuple[str, float, float] | None]:
        """Per embedding, (entry name, similarity, nearest generic similarity) where it describes a protected entry
        (of `kinds` only, where given): similarity >= min_similarity and at least `margin` above every generic
        description; else None."""
        entry, sim, generic = self.nearest(emb, kinds)
        return [(self.names[e], float(s), float(g)) if s >= min_similarity and s >= g + margin else None
                for e, s, g in zip(entry, sim, generic)]


def write_gallery(head_dir: Path, cache_dir: str | Path | None = None) -> CharacterGallery:
    """Embed head_dir's character_source_file with the encoder as shipped there (its tuned top layers, if any) and
    write character_gallery_file beside the head (moderation.train_prompt_head calls this after training)."""
    from moderation.policy import POLICY
    from moderation.prompt import SentenceEncoder

    settings = POLICY.classifier
    source, top = head_dir / settings.character_source_file, head_dir / settings.encoder_top_layers
    encoder = SentenceEncoder.load(settings.max_length, top if top.is_file() else None, cache_dir)
    gallery = CharacterGallery.build(read_entries(source), encoder.embed, file_sha256(source),
                                     file_sha256(top) if top.is_file() else "")
    gallery.save(head_dir / settings.character_gallery_file)
    return gallery


def main(argv: list[str] | None = None) -> None:
    """Rebuild the character gallery (assets/moderation/characters.npz) from characters.jsonl with the heads'
    encoder."""
    from moderation.onnx_runtime import DEFAULT_CACHE
    from moderation.policy import POLICY

    parser = argparse.ArgumentParser(prog="python -m moderation.characters", description=main.__doc__)
    parser.add_argument("--head-dir", type=Path, default=POLICY.classifier.head_dir,
                        help="the head's folder, holding characters.jsonl and the encoder's tuned layers")
    args = parser.parse_args(argv)
    gallery = write_gallery(args.head_dir, DEFAULT_CACHE)
    people = sum(k == "person" for k in gallery.kinds)
    print(f"{args.head_dir / POLICY.classifier.character_gallery_file}: {len(gallery.vectors)} descriptions of "
          f"{int(gallery.protected.sum()) - people} protected characters and logos, {people} public figures and "
          f"{int((~gallery.protected).sum())} generic entries")


if __name__ == "__main__":
    main()
