"""Spelling-tolerant lookup of the listed people and characters: a second reading of a prompt for the lexicons.

The name lists in moderation.policy are regexes over normalised text, so they miss a name that is split inside its
words ("Lio nel Mes si", "Bat.man", "Zucker-berg") or misspelt by one letter ("taylor swfit", "oprah winfree",
"hello kity"). `name_reading(text, index, is_word)` finds such spellings and returns the text with each one replaced by
the name as listed ("lionel messi scoring" ...), or None when there is none; moderation.prompt.lexicon_hits reads
that reading with the same lexicons, allow-contexts and negations as the text itself, so a found name counts
exactly as if it had been written out, and the evidence quotes the listed name.

What counts as a spelling of a listed name (N = the name without spaces, W = a window of 1-4 words of the text,
joined without their separators; separators are at most three of space . - _ * /, never a comma, nor a full stop
followed by a space):
  - W equals N, with W's word breaks elsewhere than the name's (so the regex did not already see it), and either a
    dot, underscore or star inside a word ("bat.man") or three or more words ("lio nel mes si", "mark zucker-berg");
    "super man" (two ordinary words) is not read as one name, nor are three common English words ("buzz light
    year", "a dark wing duck"), hyphenated or slashed words ("put-in" is no Putin, "cat/dog" no CatDog,
    "penny-wise" no Pennywise), nor a piece of a longer file name or address ("cake_put_in_oven.mp4",
    "face_book_scans", "jim.in/portfolio") or one ending in a web or file ending ("war.io", "sky.net");
  - or W is one edit (a letter added, dropped, changed, or two neighbours swapped) from N, N has at least `min_len`
    letters, W starts with N's first letter (typos rarely hit the first letter, and it halves the near neighbours),
    has as many words as the name or fewer, and at least one of W's words is not a word of the text's language
    ("taylor swfit", "oprah winfree"): "the fighter" is not "tie fighter", "tom banks" not "tom hanks", "chameleon"
    not "charmeleon", "professor" not "professor x", and in Italian "mattarello" (a rolling pin) not "mattarella".
    The caller says what is a word (moderation.prompt asks wordfreq's frequency lists).
`sound_alike_reading(text, index, is_word, is_frequent)` reads a listed name from words spelt by its sound or two
letters off (round 29): a one-word name of six or more letters from a word that shares its skeleton (its first letter
and its consonants, "ph" as f, a soft c as s, a soft g as j, a hard c as k, doubled letters once; at least four
letters) and first letter, is at most two edits from it, has a vowel, is no word in any list and no typo of a
frequent word ("Pikachoo using thunderbolt on a Bulbasor", "pokemn"; not "a white stalion"); a name of two or three
words from as many words that each do so for their word, one of them no word in any list ("Homr Simpsen", "Tayler
Swiftt"; not "my son Ayden Ross").
`vowel_drop_reading(text, drops, is_word)` reads a listed one-word public figure shorter than `min_len` (whose
misspellings the edit rule above leaves alone) from a word written with one of the name's inner vowels dropped
("Bidn and Putn", "Trmp", "Mcron"; round 26, read in dev39's errors): the word is capitalised as a name is, with at
least four plain letters (not an acronym: "TPAC" is no Tupac; not lower case: "sax, trmp, bass" is a trumpet), and
is no word in any list ("bidn" is none; "Shakra" and the Swedish "Malma" are). Not a first or last vowel: a review
found ordinary names one end vowel from a name ("Zidan", "Lizz", "Pedr", "Rosali").
The length floor keeps ordinary words apart from names: every near match between the allowed rows of the labelled
sets and the lists was read when they were set (docs/MODERATION.md, "Round 11").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

_TOKEN = re.compile(r"[a-z0-9]+")
_GAP = re.compile(r"[\s.\-_*/]{1,3}")  # not "'": "mcdonald's" is the regex's
MAX_WORDS = 4
# Web and file name endings: "war.io", "bank.ai", "sky.net", "clip.mp4" are addresses and files, not "wario", "bankai"
# (not "in": "Put.in" is Putin).
_ENDINGS = frozenset("""ai app biz co com de dev es fr gg info io it jp la ly me net nl org pl ru sh so to tv uk us
xyz avi gif htm html jpeg jpg js json md mkv mov mp3 mp4 pdf png py svg txt wav webm webp zip""".split())


@dataclass(frozen=True)
class NameIndex:
    """names: N (no spaces) -> the name as listed; deletions: N and each of its one-letter deletions -> the Ns
    (a symmetric-delete index: two strings one edit apart share an entry)."""

    names: dict[str, str]
    deletions: dict[str, tuple[str, ...]]
    min_len: int
    max_len: int


def one_deletions(word: str) -> set[str]:
    """Every string one letter shorter than `word` ("cat" -> {"at", "ct", "ca"})."""
    return {word[:i] + word[i + 1:] for i in range(len(word))}


def build_index(listed: list[str] | tuple[str, ...], min_len: int = 9) -> NameIndex:
    """Index the listed names (plain normalised words, "lionel messi") for name_reading."""
    names: dict[str, str] = {}
    for name in listed:
        key = name.replace(" ", "")
        if _TOKEN.fullmatch(key):
            names.setdefault(key, name)
    deletions: dict[str, list[str]] = {}
    for key in names:
        if len(key) >= min_len:
            for d in {key} | one_deletions(key):
                deletions.setdefault(d, []).append(key)
    return NameIndex(names, {d: tuple(ks) for d, ks in deletions.items()}, min_len, max(map(len, names), default=0))


_VOWELS = "aeiou"
# (a capitalised word of plain letters as written: "Bidn", not "bidn", "b1dn", a handle "bidn_99", "TPAC" or "prąd";
# lower-case collisions are abbreviations: "sax, trmp, bass", "my dddy", "a 5 mcron filter")
_PLAIN_WORD = re.compile(r"(?<![\w'])[A-Z][a-z]{3,}(?![\w'])")


def vowel_drops(names: list[str] | tuple[str, ...], min_len: int = 9) -> dict[str, str]:
    """Each one-word name of 5 letters up to min_len - 1, with one of its inner vowels dropped -> the name ("biden" ->
    "bidn", "bden"; not "bide"); a string two names share keeps the first (the lists' order)."""
    drops: dict[str, str] = {}
    for name in names:
        if not (5 <= len(name) < min_len and name.isalpha() and name.isascii()):
            continue
        for i in range(1, len(name) - 1):
            if name[i] in _VOWELS:
                drops.setdefault(name[:i] + name[i + 1:], name)
    return drops


def vowel_drop_reading(raw: str, drops: dict[str, str], is_word: Callable[[str], bool] = lambda word: False
                       ) -> str | None:
    """`raw` (as written) with every word that is a listed name missing one inner vowel, and no word itself, replaced
    by the name ("Bidn and Putn playing chess" -> "biden and putin playing chess"), or None."""
    def name(m: re.Match) -> str:
        w = m.group(0).lower()
        return drops[w] if w in drops and not is_word(w) else m.group(0)
    out = _PLAIN_WORD.sub(name, raw)
    return out if out != raw else None


_SOFT_C = re.compile(r"c(?=[eiy])")
_SOFT_G = re.compile(r"g(?=[eiy])")
_HARD_C = re.compile(r"c(?![hk])")
_LATER_VOWELS = re.compile(r"[aeiouy]")
_DOUBLED = re.compile(r"(.)\1+")


def skeleton(word: str) -> str:
    """The letters a word's sound mostly rests on: "ph" as f, a soft c as s and a soft g as j, "ck", "q" and a hard c
    as k ("ch" stays), the first letter kept, the later vowels (and y) dropped, doubled letters once ("pikachoo" and
    "pikachu" -> "pkch", "bulbasor" -> "blbsr", "sponjbob" and "spongebob" -> "spnjb")."""
    w = _SOFT_G.sub("j", _SOFT_C.sub("s", word.replace("ph", "f").replace("ck", "k").replace("q", "k")))
    w = _HARD_C.sub("k", w)
    return _DOUBLED.sub(r"\1", w[:1] + _LATER_VOWELS.sub("", w[1:]))


@dataclass(frozen=True)
class SoundIndex:
    """single: the skeleton of a one-word name -> the names that have it ("pkch" -> ("pikachu",)); multi: the words'
    skeletons of a name of two or three words -> those names, as words (("hr", "ptr") -> (("harry", "potter"),))."""

    single: dict[str, tuple[str, ...]]
    multi: dict[tuple[str, ...], tuple[tuple[str, ...], ...]]


def sound_alikes(names: list[str] | tuple[str, ...], min_len: int = 6, min_skeleton: int = 4) -> SoundIndex:
    """Index the listed names (plain normalised words) for sound_alike_reading: one-word names of at least min_len
    plain letters, and names of two or three words, whose skeleton (joined) has at least min_skeleton letters;
    shorter skeletons ("ptn": putin, patton, python) are shared by too many words."""
    single: dict[str, list[str]] = {}
    multi: dict[tuple[str, ...], list[tuple[str, ...]]] = {}
    for name in dict.fromkeys(names):
        words = tuple(name.split())
        if not all(w.isalpha() and w.isascii() for w in words):
            continue
        key = tuple(skeleton(w) for w in words)
        if len("".join(key)) < min_skeleton:
            continue
        if len(words) == 1 and len(name) >= min_len:
            single.setdefault(key[0], []).append(name)
        elif 2 <= len(words) <= 3:
            multi.setdefault(key, []).append(words)
    return SoundIndex({k: tuple(v) for k, v in single.items()}, {k: tuple(v) for k, v in multi.items()})


_ANY_WORD = re.compile(r"[a-z]+")


def _sounds_like(written: str, listed: str) -> int | None:
    """Edits from a written word to a listed name's word it may stand for by sound (same first letter; a word of one
    or two letters only as itself), or None."""
    if written == listed:
        return 0
    if len(listed) <= 2 or written[0] != listed[0]:
        return None
    d = edit_distance(written, listed, 2)
    return d if d <= 2 else None


_LETTERS = "abcdefghijklmnopqrstuvwxyz"
_GIVING = frozenset({"named", "called", "nicknamed"})
MAX_TYPO_CHECKS = 12


def _given(spans: list[tuple[int, int, str]]) -> set[int]:
    """Indexes of the words right after "named", "called", "nicknamed" or "name is": a name given to a pet, a person,
    a product, not a listed name misspelt."""
    return {n + 1 for n, (_, _, w) in enumerate(spans)
            if w in _GIVING or (w == "is" and n and spans[n - 1][2] == "name")}


def _with_replaced(text: str, spans: list[tuple[int, int, str]], replaced: dict[int, str]) -> str | None:
    """`text` with the words at the indexes of `replaced` (into spans) replaced, or None where none changes."""
    if not any(spans[n][2] != word for n, word in replaced.items()):
        return None
    out, last = [], 0
    for n, (start, end, _) in enumerate(spans):
        if n in replaced:
            out += [text[last:start], replaced[n]]
            last = end
    return "".join(out) + text[last:]


def _typo_of_a_word(word: str, index: SoundIndex, is_frequent: Callable[[str], bool]) -> bool:
    """Whether a frequent word other than a listed name is one edit from `word` ("stalion": stallion, not Stalin;
    "maccaron": macaron; "magnett": magnet)."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    edits = (one_deletions(word) | {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
             | {a + c + b[1:] for a, b in splits if b for c in _LETTERS}
             | {a + c + b for a, b in splits for c in _LETTERS})
    edits.discard(word)
    return any(is_frequent(e) and e not in index.single.get(skeleton(e), ()) for e in edits)


def sound_alike_reading(text: str, index: SoundIndex, is_word: Callable[[str], bool] = lambda word: False,
                        is_frequent: Callable[[str], bool] = lambda word: False) -> str | None:
    """Normalised `text` with every word or run of words spelt by sound like a listed name replaced by the nearest
    such name ("pikachoo using thunderbolt on a bulbasor" -> "pikachu using thunderbolt on a bulbasaur", "homr simpsen"
    -> "homer simpson"), or None.
    One word is read so when it has six or more letters and a vowel, is no word in any list (is_word) nor one edit
    from a frequent word (is_frequent) that is no listed name, shares a one-word name's skeleton and first letter, and
    is at most two edits from it: "pokemn", "sponjbob"; not "trmp" (no vowel), "mcron" (five letters), "bulbous" (a
    word), "stalion" (a stallion), "patton" (skeleton "ptn" is too short to say).
    Two or three words are read as a name of as many words when each shares its word's skeleton and first letter and
    is at most two edits from it, one of them differs, and one of them is no word in any list: "homr simpsen",
    "tayler swiftt"; not "tim and jerry", "ayden ross", "tom hinks" (names people have; round 29's code review).
    No word right after "named", "called", "nicknamed" or "name is" is read: a name given to a pet, a person, a
    product ("a cat named saruuman")."""
    spans = [(m.start(), m.end(), m.group(0)) for m in _ANY_WORD.finditer(text)]
    given = _given(spans)  # a name given to someone: "a cat named saruuman"
    replaced: dict[int, str] = {}  # span index -> the name's word
    i = 0
    while i < len(spans):
        if i in given:
            i += 1
            continue
        for k in (3, 2):
            window = [w for _, _, w in spans[i:i + k]]
            if len(window) < k or any(text[spans[i + n][1]:spans[i + n + 1][0]] != " " for n in range(k - 1)):
                continue
            candidates = index.multi.get(tuple(skeleton(w) for w in window), ())
            # written as listed ("volodymyr zelensky", not read as "zelenskyy"), or every word a word
            if not candidates or tuple(window) in candidates or all(is_word(w) for w in window):
                continue
            near = [(sum(edits), words) for words in candidates
                    if None not in (edits := [_sounds_like(w, n) for w, n in zip(window, words)])]
            if near:
                # the fewest edits; of equals, the first listed
                replaced.update((i + n, word) for n, word in enumerate(min(near, key=lambda e: e[0])[1]))
                i += k - 1
                break
        i += 1
    checks = 0  # past MAX_TYPO_CHECKS in one text (each looks up ~500 strings), words are read without one
    for n, (_, _, w) in enumerate(spans):
        if n in replaced or n in given or len(w) < 6:  # "mcron" is a micron, as round 26's review found
            continue
        found = index.single.get(skeleton(w))
        if not found or w in found or not _LATER_VOWELS.search(w) or is_word(w):
            continue
        checks += 1
        if checks <= MAX_TYPO_CHECKS and _typo_of_a_word(w, index, is_frequent):
            continue
        near = [(d, name) for name in found if (d := _sounds_like(w, name)) is not None]
        if near:
            replaced[n] = min(near)[1]  # the nearest ("zelenski": zelensky, not zelenskyy)
    return _with_replaced(text, spans, replaced)


def edit_distance(a: str, b: str, limit: int) -> int:
    """Optimal-string-alignment distance (insert, delete, substitute, swap two neighbours), or limit + 1 once it
    is certainly larger than limit."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev2, prev = None, list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = a[i - 1] != b[j - 1]
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if prev2 is not None and i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        if min(cur) > limit:
            return limit + 1
        prev2, prev = prev, cur
    return prev[-1]


def _breaks(words: list[str]) -> tuple[int, ...]:
    """Offsets of the word breaks inside the joined words: ["lio", "nel"] -> (3,)."""
    out, at = [], 0
    for w in words[:-1]:
        at += len(w)
        out.append(at)
    return tuple(out)


def _symbol_gap(gaps: list[str]) -> bool:
    """A dot, underscore or star between two pieces: a split inside a word, not between words."""
    return any(set(g) & set("._*") for g in gaps)


def _exact_split(words: list[str], gaps: list[str], name: str, is_phrase: Callable[[str], bool]) -> bool:
    """The joined words are the name, broken where the name is not, in a way that reads as deliberate: a dot,
    underscore or star inside, or three or more pieces that are not simply an English phrase ("i show speed",
    "a sub way restaurant", "dark wing duck" are no YouTuber, sandwich chain or cartoon)."""
    if _breaks(words) == _breaks(name.split()):
        return False  # the lexicon regex reads this spelling itself
    if _symbol_gap(gaps):
        return True
    return len(words) >= 3 and not all((len(w) >= 3 or w in ("a", "i")) and is_phrase(w) for w in words)


def _inside_identifier(text: str, start: int, end: int, words: list[str], gaps: list[str]) -> bool:
    """A window joined by . _ * that is only part of a longer identifier ("cake_put_in_oven.mp4", "face_book_scans",
    "jim.in/portfolio") or ends in a web or file ending ("war.io", "tes.la"): a file name or an address."""
    if not _symbol_gap(gaps):
        return False
    if gaps[-1] == "." and words[-1] in _ENDINGS:
        return True
    before = re.search(r"[a-z0-9][._*/\-]+$", text[max(0, start - 4):start])
    after = re.match(r"[._*/\-]+[a-z0-9]", text[end:end + 4])
    return before is not None or after is not None


def _near(joined: str, words: list[str], index: NameIndex, is_word: Callable[[str], bool]) -> str | None:
    """The listed N one edit from the joined words, or None."""
    if not index.min_len - 1 <= len(joined) <= index.max_len + 1:
        return None
    queries = {joined} | one_deletions(joined)
    candidates = {key for q in queries for key in index.deletions.get(q, ())}
    if not candidates or all(map(is_word, words)):
        return None
    best, best_d = None, 2
    for key in sorted(candidates):
        if key == joined or key[0] != joined[0] or len(words) > len(index.names[key].split()):
            continue
        d = edit_distance(joined, key, 1)
        if d < best_d and _one_word_off(words, index.names[key].split()):
            best, best_d = key, d
    return best


def _one_word_off(words: list[str], name: list[str]) -> bool:
    """Written in as many words as the name, the edit is inside one word and the others are the name's own:
    "taylor swfit" is Taylor Swift, but "Daniel Awuah" is not Daniela Ruah, nor "Sara Oconnor" Sarah Connor (the
    break between the words has moved). Written in fewer words ("leonardodicaprio"), any edit counts."""
    if len(words) != len(name) or len(words) == 1:
        return True
    return sum(w != n for w, n in zip(words, name)) == 1


def name_reading(text: str, index: NameIndex, is_word: Callable[[str], bool] = lambda word: False,
                 is_phrase: Callable[[str], bool] = lambda word: False) -> str | None:
    """`text` (normalised) with every split or misspelt listed name replaced by the name as listed, or None.
    is_word(w) says whether w is a correctly spelt word of the text's language (then it is no misspelling);
    is_phrase(w) whether w is a common English word (three of them in a row are a phrase, not a split name)."""
    tokens = list(_TOKEN.finditer(text))
    out, last, i = [], 0, 0
    changed = False
    while i < len(tokens):
        found = None
        for n in range(min(MAX_WORDS, len(tokens) - i), 0, -1):
            window = tokens[i:i + n]
            gaps = [text[a.end():b.start()] for a, b in zip(window, window[1:])]
            if any(not _GAP.fullmatch(g) or g.endswith(". ") for g in gaps):
                continue
            words = [t.group(0) for t in window]
            joined = "".join(words)
            if _inside_identifier(text, window[0].start(), window[-1].end(), words, gaps):
                continue
            key = joined if joined in index.names and (
                n > 1 and _exact_split(words, gaps, index.names[joined], is_phrase)) else None
            if key is None and joined not in index.names:
                key = _near(joined, words, index, is_word)
            if key is not None:
                found = (n, key)
                break
        if found is None:
            i += 1
            continue
        n, key = found
        start, end = tokens[i].start(), tokens[i + n - 1].end()
        out.append(text[last:start] + index.names[key])
        last, i, changed = end, i + n, True
    if not changed:
        return None
    return "".join(out) + text[last:]


@dataclass(frozen=True)
class TypoIndex:
    """The listed names of two or three words, each of at least typo_words_index's `min_word` plain letters, by their
    words' first letters: ("d", "t") -> (("donald", "trump"), ...)."""

    by_initials: dict[tuple[str, ...], tuple[tuple[str, ...], ...]]


def typo_words_index(names: list[str] | tuple[str, ...], min_word: int = 4) -> TypoIndex:
    """Index the listed names (plain normalised words) for typo_words_reading."""
    by_initials: dict[tuple[str, ...], list[tuple[str, ...]]] = {}
    for name in dict.fromkeys(names):
        words = tuple(name.split())
        if 2 <= len(words) <= 3 and all(w.isalpha() and w.isascii() and len(w) >= min_word for w in words):
            by_initials.setdefault(tuple(w[0] for w in words), []).append(words)
    return TypoIndex({k: tuple(v) for k, v in by_initials.items()})


def typo_words_reading(text: str, index: TypoIndex, is_word: Callable[[str], bool] = lambda word: False
                       ) -> str | None:
    """Normalised `text` with every run of two or three words that misspells a listed name of as many words one
    edit per word replaced by the name ("donlad trunp" -> "donald trump", "jutsin bieebr" -> "justin bieber"), or
    None (round 40, read in dev54's errors: name_reading allows one edit in the whole name, and sound_alike_reading
    wants each word's consonants kept, so a typo in each word got past both).
    Each written word is at most one edit (a letter added, dropped, changed, or two neighbours swapped) from its
    name's word and starts with its letter, the words are separated by single spaces, at least one differs, and
    every word that differs is no word in any list (is_word): "tom banks", "joe widen" and "hilary clintom" ("hilary"
    is a name in the lists) are no typos; nor is a word right after "named", "called", "nicknamed" or "name is" (a
    name given to someone)."""
    spans = [(m.start(), m.end(), m.group(0)) for m in _ANY_WORD.finditer(text)]
    given = _given(spans)
    replaced: dict[int, str] = {}
    i = 0
    while i < len(spans):
        for k in (3, 2):
            window = [w for _, _, w in spans[i:i + k]]
            if (len(window) < k or any(i + n in given for n in range(k))
                    or any(text[spans[i + n][1]:spans[i + n + 1][0]] != " " for n in range(k - 1))):
                continue
            candidates = index.by_initials.get(tuple(w[0] for w in window), ())
            if not candidates or all(is_word(w) for w in window):
                continue
            near = [(sum(d), words) for words in candidates
                    if words != tuple(window)
                    and max(d := [edit_distance(w, n, 1) for w, n in zip(window, words)]) <= 1
                    and not any(w != n and is_word(w) for w, n in zip(window, words))]
            if near:
                replaced.update((i + n, word) for n, word in enumerate(min(near, key=lambda e: e[0])[1]))
                i += k - 1
                break
        i += 1
    return _with_replaced(text, spans, replaced)
