"""What of a text the prompt policy cannot read: other scripts, Latin-script languages it does not know.

    reading = unread_text(text)        # UnreadText(words, scripts, sample, latin_words); words 0 for Latin script
    reading = unread_language(text)    # the same for words of Indonesian, Swedish, ... (wordfreq's lists)
    hits = script_term_hits(text, POLICY.script_terms)   # {category: [harm words in other scripts]}

Every layer of the prompt policy reads Latin script: the lexicons, the glossaries (German, French, Spanish,
Italian, Portuguese, Dutch, Polish, Turkish) and MiniLM, whose vocabulary is English. Text in another script
("Голая девушка ...", "一个女孩 ...") reaches them as letters no pattern names (the normaliser folds only the Cyrillic
and Greek letters that look Latin, so "nudе" with a Cyrillic е is still read). Round 16 measured what that means:
of 110 harmful prompts written natively in eleven such languages, 15 were refused. So the policy counts the words
it cannot read, and refuses a text with PromptPolicy.unreadable_min_words (3) or more of them, or with more of them
than Latin words ("детское порно", "自杀"), instead of passing it unread (moderation.prompt): a sign, a dish or a
name in its own script inside an English prompt passes, a clause does not.

Latin-script languages that no layer reads either (Indonesian, Vietnamese, Swedish, Romanian, ...) are found by
wordfreq's lists (`unread_language`); moderation.prompt refuses a text with three or more such words, more than the
words it reads, that the gloss detector does not take for a glossed language: a dish, a brand or a place name
inside English is not enough.

A word is a run of letters (combining marks belong to it); it is unread when most of its letters are not Latin, so
one lookalike letter inside an English word does not count, and a lone symbol-like letter ("π", "λ") is no word,
while three or more single letters of one script in a row ("р.а.с.ч.л.е.н.е.н.и.е") are one.
Scripts written without spaces count several letters as one word: two for Chinese characters, four for Japanese
kana, Thai, Lao, Khmer and Myanmar.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from moderation.gloss import LANGUAGES as READ_LANGUAGES  # read besides English, through their glossaries

# Letters per word in scripts that do not separate words with spaces (first word of the Unicode character name).
# Kana at 4: a run of kana alone is mostly a katakana loanword ("カップヌードル", "サセックス"); at 2 they made 8 more of a
# review's 220 everyday prompts "three words", with no harmful probe or clause stopped by it (docs/MODERATION.md).
LETTERS_PER_WORD = {"CJK": 2, "HIRAGANA": 4, "KATAKANA": 4, "THAI": 4, "LAO": 4, "KHMER": 4, "MYANMAR": 4}
SPELLED_OUT = 3  # this many one-letter runs in a row (split by dots, spaces, ...) are read as one word
SCRIPT_NAMES = {"CJK": "Chinese characters", "HIRAGANA": "Japanese kana", "KATAKANA": "Japanese kana",
                "HANGUL": "Korean Hangul"}


@dataclass(frozen=True)
class UnreadText:
    """words: how many words are in scripts (or languages) the policy cannot read; scripts: their names, most
    words first; sample: the first few unread words as written (for the evidence); latin_words: the words it can
    read."""

    words: int = 0
    scripts: tuple[str, ...] = ()
    sample: str = ""
    latin_words: int = 0

    @property
    def mostly_unread(self) -> bool:
        """More unread words than Latin ones: "детское порно", "自杀", not "a bear drinking водка"."""
        return self.words > self.latin_words


def _script(ch: str) -> str:
    """First word of the character's Unicode name ("LATIN", "CYRILLIC", "CJK", ...); "" when it has none."""
    return unicodedata.name(ch, "").split(" ", 1)[0]


def _is_letter(ch: str) -> bool:
    """A letter or a combining mark (Unicode categories L* and M*)."""
    return unicodedata.category(ch)[0] in "LM"


def _runs(text: str) -> list[str]:
    """Maximal runs of letters and combining marks (Unicode categories L* and M*)."""
    runs, current = [], []
    for ch in text:
        if _is_letter(ch):
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
    latin_words = 0
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
            latin_words += latin > 0
            continue
        per_word = LETTERS_PER_WORD.get(script)
        units = math.ceil(n / per_word) if per_word else (1 if n >= 2 or script == "HANGUL" else 0)
        if units:
            count(script, units, run)
    if not words:
        return UnreadText(latin_words=latin_words)
    names = tuple(dict.fromkeys(SCRIPT_NAMES.get(s, f"{s.title()} script") for s, _ in words.most_common()))
    return UnreadText(sum(words.values()), names, " ".join(sample), latin_words)


# Languages in Latin script that no layer reads (wordfreq's lists ship in its wheel), with their names.
OTHER_LATIN_LANGUAGES = {"id": "Indonesian or Malay", "ms": "Indonesian or Malay", "vi": "Vietnamese",
                         "fil": "Filipino", "sv": "Swedish", "da": "Danish", "nb": "Norwegian", "fi": "Finnish",
                         "is": "Icelandic", "ro": "Romanian", "ca": "Catalan", "cs": "Czech", "sk": "Slovak",
                         "sl": "Slovenian", "sh": "Croatian", "hu": "Hungarian", "lt": "Lithuanian", "lv": "Latvian"}
_WORD = re.compile(r"[^\W\d_]{3,}")  # words of three letters or more ("di", "na", "en" belong to many languages)


@lru_cache(maxsize=65536)
def word_language(word: str) -> str:
    """"read" for a word of English or of a glossed language (zipf >= 3: one in a million words); else the code of
    the other Latin-script language it is most common in (zipf >= 3, wordfreq's small lists); else "" (a name, a
    typo, a rare word). A word shared with a read language is read: Danish and Swedish prompts whose words are also
    German or Dutch ("der", "video") can pass. English from zipf 2 read Swedish "fru", "tills", "hon" as English
    (docs/MODERATION.md, "Round 16")."""
    from wordfreq import zipf_frequency

    if zipf_frequency(word, "en") >= 3.0 or any(zipf_frequency(word, c, wordlist="small") >= 3.0
                                                 for c in READ_LANGUAGES):
        return "read"
    scores = {c: zipf_frequency(word, c, wordlist="small") for c in OTHER_LATIN_LANGUAGES}
    best = max(scores, key=scores.get)
    return best if scores[best] >= 3.0 else ""


def unread_language(text: str) -> UnreadText:
    """Words of `text` common in a Latin-script language that no layer reads (Indonesian, Swedish, Vietnamese, ...)
    and in no language that is read; latin_words counts the words that are read. scripts names the language most
    of them belong to."""
    words = [w for w in _WORD.findall(unicodedata.normalize("NFKC", text).casefold())
             if all(_script(ch) == "LATIN" for ch in w)]  # lookalike letters ("wоmаn") are the script rule's
    langs = [word_language(w) for w in words]
    other = [(w, l) for w, l in zip(words, langs) if l not in ("read", "")]
    if not other:
        return UnreadText(latin_words=langs.count("read"))
    top = Counter(l for _, l in other).most_common(1)[0][0]
    return UnreadText(len(other), (OTHER_LATIN_LANGUAGES[top],), " ".join(w for w, _ in other[:4]),
                      langs.count("read"))


# Scripts that do not separate words with spaces: their terms match anywhere. In the others a term starts a word.
_ANYWHERE = {"CJK", "HIRAGANA", "KATAKANA", "THAI", "LAO", "KHMER", "MYANMAR"}


@dataclass(frozen=True)
class _Term:
    """One parsed entry "word<b1<b2!a1!a2$": not right after b1, b2; not right before a1, a2; "$": a whole word."""

    word: str
    not_after: tuple[str, ...]
    not_before: tuple[str, ...]
    whole: bool
    anywhere: bool  # in a script without spaces: need not start a word


@lru_cache(maxsize=4)
def _parsed(terms: tuple[tuple[str, tuple[str, ...]], ...]) -> tuple[tuple[str, tuple[_Term, ...]], ...]:
    """The policy's (category, entries) table parsed once, after NFKC and case-folding."""
    out = []
    for category, entries in terms:
        parsed = []
        for entry in entries:
            entry = unicodedata.normalize("NFKC", entry).casefold()
            head, *before = entry.rstrip("$").split("!")
            word, *after = head.split("<")
            parsed.append(_Term(word, tuple(after), tuple(before), entry.endswith("$"),
                                _script(word[0]) in _ANYWHERE))
        out.append((category, tuple(parsed)))
    return tuple(out)


def script_term_hits(text: str, terms: tuple[tuple[str, tuple[str, ...]], ...]) -> dict[str, list[str]]:
    """{category: [terms found]} for (category, terms) written in scripts other than Latin, matched in `text` after
    NFKC and case-folding. In a spaced script (Cyrillic, Greek, Arabic, Hebrew, Devanagari, Hangul, ...) a term
    starts a word and may go on as a stem ("самоубийств" for every case, "자살" before a particle); in Chinese,
    Japanese and Thai, written without spaces, it matches anywhere. A term may carry exceptions: "$" at the end, a
    whole word only ("сука$", not "Сукарно"); "<x", not right after x ("自杀<亲": 亲自杀鱼 is scaling a fish
    oneself); "!x", not right before x ("ポルノ!グラフィティ", a band)."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    hits: dict[str, list[str]] = {}
    for category, parsed in _parsed(terms):
        for t in parsed:
            start = folded.find(t.word)
            while start >= 0:
                end = start + len(t.word)
                if (t.anywhere or start == 0 or not _is_letter(folded[start - 1])) \
                        and not (t.whole and end < len(folded) and _is_letter(folded[end])) \
                        and not any(folded.endswith(b, 0, start) for b in t.not_after) \
                        and not any(folded.startswith(a, end) for a in t.not_before):
                    hits.setdefault(category, []).append(t.word)
                    break
                start = folded.find(t.word, start + 1)
    return hits
