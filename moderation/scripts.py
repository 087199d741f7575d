"""Which writing systems a text is in, as far as the prompt policy can read it.

    reading = unread_text(text)   # UnreadText(words, scripts, sample); words == 0 for Latin-script text

Every layer of the prompt policy reads Latin script: the lexicons, the glossaries (German, French, Spanish,
Italian, Portuguese, Dutch, Polish, Turkish) and MiniLM, whose vocabulary is English. Text in another script
("Голая девушка ...", "一个女孩 ...") reaches them as letters no pattern names (the normaliser folds only the Cyrillic
and Greek letters that look Latin, so "nudе" with a Cyrillic е is still read). Round 16 measured what that means:
of 110 harmful prompts written natively in eleven such languages, 15 were refused. So the policy counts the words
it cannot read, and refuses a text with PromptPolicy.unreadable_min_words (3) or more of them (moderation.prompt)
instead of passing it unread: a sign, a dish or a name in its own script passes, a clause does not.

A word is a run of letters (combining marks belong to it); it is unread when most of its letters are not Latin, so
one lookalike letter inside an English word does not count, and a lone symbol-like letter ("π", "λ") is no word,
while three or more single letters of one script in a row ("р.а.с.ч.л.е.н.е.н.и.е") are one.
Scripts written without spaces count several letters as one word: two for Chinese characters and Japanese kana,
four for Thai, Lao, Khmer and Myanmar.
"""

from __future__ import annotations

import math
import unicodedata
from collections import Counter
from dataclasses import dataclass

# Letters per word in scripts that do not separate words with spaces (first word of the Unicode character name).
LETTERS_PER_WORD = {"CJK": 2, "HIRAGANA": 2, "KATAKANA": 2, "THAI": 4, "LAO": 4, "KHMER": 4, "MYANMAR": 4}
SPELLED_OUT = 3  # this many one-letter runs in a row (split by dots, spaces, ...) are read as one word
SCRIPT_NAMES = {"CJK": "Chinese characters", "HIRAGANA": "Japanese kana", "KATAKANA": "Japanese kana",
                "HANGUL": "Korean Hangul"}


@dataclass(frozen=True)
class UnreadText:
    """words: how many words are in scripts the policy cannot read; scripts: their names, most words first;
    sample: the first few unread words as written (for the evidence)."""

    words: int = 0
    scripts: tuple[str, ...] = ()
    sample: str = ""


def _script(ch: str) -> str:
    """First word of the character's Unicode name ("LATIN", "CYRILLIC", "CJK", ...); "" when it has none."""
    return unicodedata.name(ch, "").split(" ", 1)[0]


def _runs(text: str) -> list[str]:
    """Maximal runs of letters and combining marks (Unicode categories L* and M*)."""
    runs, current = [], []
    for ch in text:
        if unicodedata.category(ch)[0] in "LM":
            current.append(ch)
        elif current:
            runs.append("".join(current))
            current = []
    if current:
        runs.append("".join(current))
    return runs


def unread_text(text: str) -> UnreadText:
    """The words of `text` (any string; read after NFKC, as the normaliser does) in scripts other than Latin."""
    words: Counter[str] = Counter()
    sample: list[str] = []
    spelled: list[str] = []  # consecutive one-letter runs of one script: "р.а.с.ч.л.е.н.е.н.и.е" is a word
    spelled_script = ""

    def count(script: str, n: int, written: str) -> None:
        words[script] += n
        if len(sample) < 4:
            sample.append(written)

    for run in [*_runs(unicodedata.normalize("NFKC", text)), ""]:  # "" flushes the last spelled-out word
        letters = Counter(_script(ch) for ch in run if unicodedata.category(ch)[0] == "L")
        latin = letters.pop("LATIN", 0)
        script, n = letters.most_common(1)[0] if letters else ("", 0)
        single = n == 1 and latin == 0 and script not in LETTERS_PER_WORD
        if single and script == (spelled_script or script):
            spelled.append(run)
            spelled_script = script
            continue
        if len(spelled) >= SPELLED_OUT:
            count(spelled_script, 1, "".join(spelled))
        spelled, spelled_script = ([run], script) if single else ([], "")
        if n <= latin:
            continue
        per_word = LETTERS_PER_WORD.get(script)
        units = math.ceil(n / per_word) if per_word else (1 if n >= 2 or script == "HANGUL" else 0)
        if units:
            count(script, units, run)
    if not words:
        return UnreadText()
    names = tuple(dict.fromkeys(SCRIPT_NAMES.get(s, f"{s.title()} script") for s, _ in words.most_common()))
    return UnreadText(sum(words.values()), names, " ".join(sample))
