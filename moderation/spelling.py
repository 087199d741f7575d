"""Misspelt English words read as the word they nearly spell: a second reading for the lexicons and the head.

Deliberate misspelling is the cheapest evasion ("deth by chainsaw, splattr evrywhere", "a kat bein set on fyre"):
the lexicons match words, and MiniLM splits an unknown spelling into pieces that mean little. `spelling_reading(text,
index, is_word)` returns the normalised text with each word that is not a word (is_word False), of four letters or
more, replaced by the most frequent common English word one edit away (a letter added, dropped, changed, or two
neighbours swapped) that starts with the same letter; None when nothing changed. moderation.prompt reads it with
the lexicons and scores it with the semantic head beside the text itself (it can only add evidence, never remove
any), and only for English text: a Spanish or French prompt is full of words that are not English.

Words under four letters are left alone (one edit from "kat" is cat, hat, kit, at ...), and so are words with
digits (leetspeak is decoded earlier) and words with no common neighbour ("skibidi").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from moderation.names import edit_distance, one_deletions

_WORD = re.compile(r"(?<![a-z0-9'])[a-z]{4,}(?![a-z0-9])")


@dataclass(frozen=True)
class SpellingIndex:
    """frequency: each common word -> its rank weight (higher = more frequent); deletions: a word and each of its
    one-letter deletions -> the common words (a symmetric-delete index)."""

    frequency: dict[str, float]
    deletions: dict[str, tuple[str, ...]]


def build_spelling_index(words: list[tuple[str, float]]) -> SpellingIndex:
    """Index (word, frequency) pairs: the common words a misspelling may be read as."""
    frequency = {w: f for w, f in words if w.isalpha() and len(w) >= 4}
    deletions: dict[str, list[str]] = {}
    for w in frequency:
        for d in {w} | one_deletions(w):
            deletions.setdefault(d, []).append(w)
    return SpellingIndex(frequency, {d: tuple(ws) for d, ws in deletions.items()})


def correct(word: str, index: SpellingIndex) -> str | None:
    """The most frequent common word one edit from `word` with its first letter, or None."""
    queries = {word} | one_deletions(word)
    candidates = {c for q in queries for c in index.deletions.get(q, ()) if c[0] == word[0] and c != word}
    near = [c for c in candidates if edit_distance(word, c, 1) <= 1]
    return max(near, key=lambda c: (index.frequency[c], c)) if near else None


def spelling_reading(text: str, index: SpellingIndex, is_word: Callable[[str], bool]) -> str | None:
    """Normalised `text` with its misspelt words read as the words they nearly spell, or None when unchanged."""
    changed = False

    def fix(m: re.Match) -> str:
        nonlocal changed
        word = m.group(0)
        if is_word(word):
            return word
        better = correct(word, index)
        if better is None:
            return word
        changed = True
        return better

    out = _WORD.sub(fix, text)
    return out if changed else None
