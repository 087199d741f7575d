"""Text normalisation against evasion: one canonical, lower-case form that the lexicons and the classifier read.

`normalize(text) -> str` undoes, in this order (each step assumes the previous ones):
  1. Unicode NFKC (fullwidth and mathematical letters -> ASCII, ligatures split), then NFKD to strip combining
     marks (accents, strike-through overlays "n̶u̶d̶e̶"), so "café" -> "cafe".
  2. Invisible characters (Unicode category Cf: zero-width space/joiners, BOM, soft hyphen, word joiner, bidi
     marks, tag characters; variation selectors) are deleted; other controls become spaces.
  3. Upside-down text is turned back ("ǝpnu uɐɯoʍ" -> "woman nude"). Homoglyphs: Cyrillic and Greek letters that
     look Latin ("nudе" with a Cyrillic е), small capitals, enclosed letters, lone regional indicators and syllabic
     lookalikes -> the Latin letter.
     Emoji that stand in for a word in harmful requests ("🔪🩸 on my arms", "🍆💦") -> that word, so the
     semantic layer (whose vocabulary has no emoji) reads them.
  4. Case-folding.
  5. Spacing tricks: a run of 3+ single characters separated by spaces or . - _ * · / ("n u d e", "n.u.d.e")
     is joined into one word; where letters are joined by punctuation, a bare space separates words
     ("d.e.a.d b.y m.y" -> "dead by my"), and where letters are one space apart, a wider gap separates words
     ("g a y s   a r e" -> "gays are"); so are letters each in brackets or between one repeated symbol or emoji
     ("(n)(u)(d)(e)", "n😀u😀d😀e"); a joined run that is no word but a sequence of English words is split into them
     ("j o s h i s a l o s e r" -> "josh is a loser", `segment_words`), and ", " between spelled words is a comma.
     Chat abbreviations that hide a word ("frm", "ppl", "w/", "b4") are spelled out.
  6. Letters drawn with several symbols next to a letter ("|\\|ude", "p()rn"), then leetspeak inside words that mix
     letters with digits or symbols ("s3x", "k1ll", "ki11", "@ss", "pr0n"); tokens that read as numbers with units
     ("3d", "4k", "1080p", "2nd", "24fps") are kept.
  7. Letter runs of 3 or more collapse to 2 ("nuuuude" -> "nuude", "killlll" -> "kill"), x to 3 ("xxx" is a rating,
     "xx" a kiss); the lexicon matcher in moderation.prompt lets every letter of a term repeat, so "nuude" still
     matches "nude" while "as" never matches "ass".
  8. Whitespace is collapsed.
`drop_elisions(normalized)` is a second form that the lexicons also read: French and Italian elided articles and
pronouns removed ("celebre l'attentat" -> "celebre attentat"), so a term for the noun matches after "l'".
`star_readings(normalized)` gives the others: a vowel starred out inside a word ("tr*mp", "p*rn") read as each
vowel in turn; `z_plural_reading(normalized)` a plural spelt with z ("boobz") read with s; `rn_reading(normalized)`
"rn" drawn for "m" in a word that is no word ("obarna"); `capital_i_reading(text)`, taken from the text as written
before normalising it, an uppercase I standing for l ("ZeIensky"), and `one_as_l_reading(text)`, a digit 1 standing for
l ("ze1ensky"), which normalize reads as i.

The mapping tables are data, kept here (not in the policy table) because they describe writing systems, not
policy. The function is pure and total: any str in, a str out; a non-str raises ValueError quoting its type.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Cyrillic and Greek letters that render like Latin ones (lower and upper case), plus a few symbol lookalikes.
HOMOGLYPHS: dict[str, str] = {
    # Cyrillic
    "а": "a", "в": "b", "е": "e", "ё": "e", "к": "k", "м": "m", "н": "h", "о": "o", "р": "p", "с": "c",
    "т": "t", "у": "y", "х": "x", "ѕ": "s", "і": "i", "ї": "i", "ј": "j", "ԁ": "d", "ӏ": "l", "ԛ": "q",
    "ԝ": "w", "ɡ": "g", "һ": "h", "ո": "n", "ս": "u", "ր": "r",
    "А": "a", "В": "b", "Е": "e", "К": "k", "М": "m", "Н": "h", "О": "o", "Р": "p", "С": "c", "Т": "t",
    "У": "y", "Х": "x", "Ѕ": "s", "І": "i", "Ј": "j", "Ԁ": "d", "Ӏ": "l",
    # Greek
    "α": "a", "β": "b", "ε": "e", "η": "n", "ι": "i", "κ": "k", "ν": "v", "ο": "o", "ρ": "p", "τ": "t",
    "υ": "u", "χ": "x", "ω": "w", "ϲ": "c", "γ": "y", "μ": "u",
    "Α": "a", "Β": "b", "Ε": "e", "Η": "h", "Ι": "i", "Κ": "k", "Μ": "m", "Ν": "n", "Ο": "o", "Ρ": "p",
    "Τ": "t", "Υ": "y", "Χ": "x", "Ζ": "z",
    # Latin extensions and symbols that NFKC leaves alone
    "ı": "i", "ł": "l", "ø": "o", "đ": "d", "ħ": "h", "ß": "ss", "æ": "ae", "œ": "oe", "ƒ": "f",
    "∪": "u", "∩": "n", "×": "x",
    # Small capitals and IPA letters that NFKC leaves alone ("ɴᴜᴅᴇ ᴡᴏᴍᴀɴ")
    "ᴀ": "a", "ʙ": "b", "ᴄ": "c", "ᴅ": "d", "ᴇ": "e", "ꜰ": "f", "ɢ": "g", "ʜ": "h", "ɪ": "i", "ᴊ": "j", "ᴋ": "k",
    "ʟ": "l", "ᴍ": "m", "ɴ": "n", "ᴏ": "o", "ᴘ": "p", "ʀ": "r", "ꜱ": "s", "ᴛ": "t", "ᴜ": "u", "ᴠ": "v",
    "ᴡ": "w", "ʏ": "y", "ᴢ": "z", "ɑ": "a", "ɩ": "i",
    # Canadian syllabics and Cherokee letters used as "fancy text" Latin ("ᑎᑌᗪE", "ᏴᎪᎠ")
    "ᗩ": "a", "ᗷ": "b", "ᑕ": "c", "ᗪ": "d", "ᗴ": "e", "ᖴ": "f", "ᕼ": "h", "ᒍ": "j", "ᒪ": "l", "ᗰ": "m",
    "ᑎ": "n", "ᑭ": "p", "ᖇ": "r", "ᔕ": "s", "ᑌ": "u", "ᐯ": "v", "ᗯ": "w", "᙭": "x", "ᖻ": "y",
    "Ꭺ": "a", "Ᏼ": "b", "Ꮯ": "c", "Ꭰ": "d", "Ꭼ": "e", "Ꮋ": "h", "Ꭻ": "j", "Ꮶ": "k", "Ꮮ": "l", "Ꮇ": "m",
    "Ꮲ": "p", "Ꮪ": "s", "Ꭲ": "t", "Ꮩ": "v", "Ꮃ": "w", "Ꮓ": "z",
}
# Enclosed letters that NFKC leaves alone: negative circled (🅝) and negative squared (🅽) A-Z.
HOMOGLYPHS.update({chr(base + i): chr(ord("a") + i) for base in (0x1F150, 0x1F170) for i in range(26)})
# Regional indicator symbols (🇳): two side by side render as a flag, so only a lone one is read as its letter.
_REGIONAL = re.compile("(?<![\U0001F1E6-\U0001F1FF])[\U0001F1E6-\U0001F1FF](?![\U0001F1E6-\U0001F1FF])")

# Upside-down text ("ǝpnu uɐɯoʍ" is "woman nude" turned over): letters that only occur turned, and how each
# character reads when the run is turned back (the run is also reversed). Letters that read as themselves or as
# another Latin letter when turned (o, s, x, z, l; n/u, p/d, b/q) may appear inside such a run.
_TURNED_ONLY = "ɐɔǝɟƃɥᴉıɾʞɯɹʇʌʍʎ"
_TURNED_SET = frozenset(_TURNED_ONLY)
_TURNED: dict[str, str] = {
    "ɐ": "a", "ɔ": "c", "ǝ": "e", "ɟ": "f", "ƃ": "g", "ɥ": "h", "ᴉ": "i", "ı": "i", "ɾ": "j", "ʞ": "k",
    "ɯ": "m", "ɹ": "r", "ʇ": "t", "ʌ": "v", "ʍ": "w", "ʎ": "y", "n": "u", "u": "n", "p": "d", "d": "p", "b": "q",
    "q": "b", "o": "o", "s": "s", "x": "x", "z": "z", "l": "l", "ן": "l", "˙": ".", "'": ",", ",": "'", "¿": "?",
    "¡": "!",
}
_TURNED_WORD = rf"[{_TURNED_ONLY}nupdbqoszxlן˙',¿¡]*[{_TURNED_ONLY}][{_TURNED_ONLY}nupdbqoszxlן˙',¿¡]*"
# One turned word of 3+ letters with a single turned-only letter ("ǝpnu", "xǝs"): also turned back.
_TURNED_WORD_ALONE = re.compile(rf"[nupdbqoszxlן]*[{_TURNED_ONLY}][nupdbqoszxlן]*")
_TURNED_RUN = re.compile(rf"(?<!\w){_TURNED_WORD}(?:\s+[{_TURNED_ONLY}nupdbqoszxlן˙',¿¡]+)*?(?:\s+{_TURNED_WORD})*(?!\w)")

# Emoji used in place of words: weapons, injury, death, drugs, sexual innuendo, insults. Each becomes its word with
# spaces around it. Everyday emoji (hearts, faces, fire, food) are left alone; the innuendo emoji keep the word
# "emoji" so the policy can tell a pair of them from a fruit salad.
EMOJI: dict[str, str] = {
    "🔪": "knife", "🗡": "dagger", "🩸": "blood", "💉": "syringe", "💊": "pills", "🪢": "rope", "⚰": "coffin",
    "🪦": "grave", "💀": "skull", "☠": "skull", "🔫": "gun", "💣": "bomb", "🧨": "dynamite", "🪒": "razor",
    "✂": "scissors", "⛓": "chains", "🥀": "wilted rose", "💔": "broken heart", "🖕": "middle finger",
    "🍆": "eggplant emoji", "🍑": "peach emoji", "💦": "droplets emoji", "👅": "tongue", "🔞": "adults only",
    "🐷": "pig", "🐖": "pig", "🤡": "clown", "🐒": "monkey", "🐵": "monkey", "🦍": "gorilla", "🤮": "vomit",
    "🐄": "cow", "🐮": "cow", "🐽": "pig", "🪳": "cockroach", "🐍": "snake", "🐋": "whale", "🐳": "whale", "🦛": "hippo",
}  # (not yet 🐀: the sentence judge's training rows hold one, and they must rebuild as trained until it is retrained)
_EMOJI = re.compile("|".join(map(re.escape, EMOJI)))

# Leetspeak substitutions applied only inside tokens that also contain letters.
LEET: dict[str, str] = {
    "0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "8": "b", "9": "g",
    "@": "a", "$": "s", "!": "i", "|": "l", "€": "e", "£": "l", "+": "t",
}

# Tokens that are numbers with a unit or ordinal suffix: never decoded as leetspeak.
_NUMERIC_TOKEN = re.compile(r"^\d+(?:st|nd|rd|th|s|k|d|p|px|fps|mm|cm|km|m|kg|g|x|am|pm|h|hz|mb|gb|v)?$")
_SEPARATORS = r"[\s.\-_*·/~+,]"
# 3+ single characters (letters, digits, leet symbols) each separated by separator runs: "n u d e", "n.u.d.e".
_SPACED_RUN = re.compile(
    rf"(?<![\w@$])(?:[\w@$!|]{_SEPARATORS}{{1,3}}){{2,}}[\w@$!|](?![\w@$])"
)
_LEET_TOKEN = re.compile(r"[\w@$!|€£+]+")
_REPEATS = re.compile(r"([a-wyz])\1{2,}")
_X_RUNS = re.compile(r"x{4,}")  # "xxx" stays three letters ("xx" is a kiss, "xxx" a rating); longer runs become three
_SPACES = re.compile(r"\s+")
_KEEP_CONTROLS = {"\n", "\t", "\r"}


def strip_invisible(text: str) -> str:
    """Delete format characters (zero-width, BOM, soft hyphen, bidi, tags) and combining marks; controls -> space."""
    out = []
    for ch in unicodedata.normalize("NFKD", text):
        cat = unicodedata.category(ch)
        if cat in ("Cf", "Mn", "Me"):
            continue  # invisible or an overlay on the previous letter
        if cat == "Cc" and ch not in _KEEP_CONTROLS:
            out.append(" ")
            continue
        out.append(ch)
    return "".join(out)


def spell_emoji(text: str) -> str:
    """"🔪🩸 on my arms" -> " knife  blood  on my arms" (whitespace is collapsed later)."""
    return _EMOJI.sub(lambda m: f" {EMOJI[m.group(0)]} ", text)


def fold_homoglyphs(text: str) -> str:
    """Replace Cyrillic/Greek lookalikes (and small capitals, enclosed and lone regional-indicator letters) with the
    Latin letter they imitate."""
    text = _REGIONAL.sub(lambda m: chr(ord(m.group(0)) - 0x1F1E6 + ord("a")), text)
    return "".join(HOMOGLYPHS.get(ch, ch) for ch in text)


def _turn_back(run: str) -> str:
    return "".join(_TURNED.get(ch, ch) for ch in reversed(run))


def turn_upside_down_back(text: str) -> str:
    """"a clip of ǝpnu uɐɯoʍ" -> "a clip of woman nude": each run of turned words (with at least two characters
    that only occur turned, so one IPA letter in a word is left alone) is reversed and read right side up."""
    if not _TURNED_SET & set(text):
        return text  # (the common case; the run pattern is slow on long text)

    def turn(m: re.Match) -> str:
        run = m.group(0)
        alone = len(run) >= 3 and _TURNED_WORD_ALONE.fullmatch(run)
        return _turn_back(run) if len(set(run) & _TURNED_SET) >= 2 or alone else run
    return _TURNED_RUN.sub(turn, text)


# Spelled-out letters that run words together ("j o s h i s a l o s e r" -> "joshisaloser") are split into the most
# probable English words (wordfreq's list, in its wheel) when every piece is a word: a piece of 3+ letters with
# zipf >= 2.5, of 2 letters >= 4.5 ("is", "of"; not "ne", "ln"), of 1 letter "a", "i" or "u", and the pieces are 3
# letters long on average. Runs shorter than SEGMENT_MIN letters, not ASCII, or that are a word themselves (zipf >= 1,
# rare ones too: "penistone", "titmouse") in English or in a language the gloss reads (French "s.c.a.r.i.f.i.e" is
# not "scar i fie"), are left joined.
SEGMENT_MIN = 6
_MAX_WORD = 20
_OTHER_LANGUAGES = ("es", "fr", "de", "pt", "it", "nl", "pl", "tr")  # moderation.gloss.LANGUAGES (gloss imports us)


def _word_cost(word: str) -> float | None:
    from wordfreq import zipf_frequency  # (imported here: most texts have no spelled-out letters)
    if len(word) == 1:
        return 3.0 if word in "aiu" else None
    zipf = zipf_frequency(word, "en")
    return 10.0 - zipf if zipf >= (4.5 if len(word) == 2 else 2.5) else None


@lru_cache(maxsize=4096)
def segment_words(run: str) -> str:
    """"joshisaworthlesspieceofshit" -> "josh is a worthless piece of shit"; unchanged when shorter than SEGMENT_MIN,
    not all letters, a word itself, or not a sequence of words (fewest-cost split: 10 - zipf per word)."""
    # "sh00tuptheschool" spells words too; digits at an end or 3+ together are a number ("agent007", "hello11")
    letters = "".join(LEET.get(ch, ch) for ch in run.replace("11", "ll"))
    if letters != run:
        if re.search(r"\d{3,}|^\d|\d$", run):
            return run
        split = segment_words(letters)
        return split if split != letters else run
    if len(run) < SEGMENT_MIN or not run.isalpha() or not run.isascii():
        return run
    if _is_word(run, 1.0):  # a word, "penistone" too
        return run
    best: list[tuple[float, int] | None] = [(0.0, 0)] + [None] * len(run)  # best[i]: (cost of run[:i], start)
    for end in range(1, len(run) + 1):
        for start in range(max(0, end - _MAX_WORD), end):
            if best[start] is None:
                continue
            cost = _word_cost(run[start:end])
            if cost is not None and (best[end] is None or best[start][0] + cost < best[end][0]):
                best[end] = (best[start][0] + cost, start)
    if best[-1] is None:
        return run
    words, end = [], len(run)
    while end:
        start = best[end][1]
        words.append(run[start:end])
        end = start
    return " ".join(reversed(words)) if len(run) >= 3 * len(words) else run


def _join_run(run: str) -> str:
    # "h e i l, n e o n" is two spelled-out words with a comma between them, not letters joined by ", ".
    pieces = re.split(r"\s*,\s+", run)
    if len(pieces) > 1 and all(len(re.sub(_SEPARATORS, "", piece)) > 1 for piece in pieces):  # not "n, u, d, e"
        return ", ".join(_join_run(piece) for piece in pieces)
    return " ".join(segment_words(word) for word in _join_letters(run).split(" "))


def _join_letters(run: str) -> str:
    parts = re.split(rf"({_SEPARATORS}+)", run)  # characters at even indices, separator groups at odd ones
    seps = parts[1::2]
    if any(not sep.isspace() for sep in seps) and any(sep.isspace() for sep in seps):
        # "d.e.a.d b.y m.y" spells words with dots and separates them with spaces: a bare space is a word break.
        words, word = [], ""
        for i, part in enumerate(parts):
            if i % 2 and part.isspace():
                words.append(word)
                word = ""
            elif not i % 2:
                word += part
        return " ".join(words + [word])
    widths = {len(sep) for sep in seps}
    if len(widths) > 1 and all(sep.isspace() for sep in seps):
        # "g a y s   a r e" spaces letters with one space and words with more: the wider gaps are word breaks.
        narrow = min(widths)
        return " ".join(re.sub(r"\s", "", word) for word in re.split(rf"\s{{{narrow + 1},}}", run))
    joined = re.sub(_SEPARATORS, "", run)
    # "a n u d e" is the article "a" before a spelled-out word, not the word "anude"; but "i s i s" is a word and
    # "a t o m w a f f e n" a name, neither a letter before a word (letters only: "a n u d 3" is leetspeak, still split).
    if len(joined) >= 4 and joined[0] in "ai" and run[1].isspace() and (
            not joined.isalpha() or (_is_word(joined[1:], 1.0) and not _is_word(joined, 2.0))):
        return joined[0] + " " + joined[1:]
    return joined


def _is_word(word: str, zipf: float) -> bool:
    """`word` is at least `zipf` frequent in English or a glossed language (wordfreq)."""
    from wordfreq import zipf_frequency  # (imported here: most texts have no spelled-out letters)
    return any(zipf_frequency(word, lang) >= zipf for lang in ("en", *_OTHER_LANGUAGES))


# Single letters each in brackets ("(n)(u)(d)(e)", "[s][e][x]"), or separated by the same symbol or emoji
# ("n😀u😀d😀e", "s♥e♥x"): 3+ of them are one word.
_BRACKETED_RUN = re.compile(r"(?:[\[({<][a-z0-9@$][\])}>]){3,}")
_SYMBOL_RUN = re.compile(r"(?<![\w@$])[a-z0-9@$](?P<sep>[^\w\s]{1,2})(?:[a-z0-9@$](?P=sep)){1,}[a-z0-9@$](?![\w@$])")


def _join_symbol_run(m: re.Match) -> str:
    run = m.group(0)
    letters = run[::len(m.group("sep")) + 1]
    # "x♥x♥x" or "a|a|a" is a pattern, not a word
    return letters if sum(ch.isalpha() for ch in letters) >= 2 and len(set(letters)) > 1 else run


def _join_bracketed(m: re.Match) -> str:
    letters = m.group(0)[1::3]
    return letters if len(set(letters)) > 1 else m.group(0)  # "[x][x][x]" is a row of ticked boxes


def join_spaced_letters(text: str) -> str:
    """"n u d e" / "n.u.d.e" / "s-3-x" / "(n)(u)(d)(e)" / "n😀u😀d😀e" -> "nude" / "s3x": join runs of 3+ separated
    single characters."""
    text = _SPACED_RUN.sub(lambda m: _join_run(m.group(0)), text)
    text = _BRACKETED_RUN.sub(_join_bracketed, text)
    return _SYMBOL_RUN.sub(_join_symbol_run, text)


# Chat abbreviations that hide a word the lexicons read ("elsa frm frozen", "ppl like them"), spelled out before
# leetspeak is decoded (which would read "b4" as "ba"). Only tokens with no other common reading.
CHAT: dict[str, str] = {"frm": "from", "ppl": "people", "thru": "through", "plz": "please", "pls": "please",
                        "abt": "about", "b4": "before", "w/": "with ", "w/o": "without ", "bcuz": "because",
                        "ppls": "people's"}
_CHAT = re.compile(r"(?<![\w/])(" + "|".join(sorted(map(re.escape, CHAT), key=len, reverse=True)) + r")(?![\w/])")


def expand_chat(text: str) -> str:
    """"elsa frm frozen" -> "elsa from frozen", "w/ my ex" -> "with my ex": chat abbreviations spelled out."""
    return _CHAT.sub(lambda m: CHAT[m.group(1)], text)


# Letters drawn with several symbols ("|\\|" is n, "|\\/|" m, "\\/\\/" w, "()" o, "><" x), decoded next to a letter.
_LEET_GLYPHS = re.compile(r"(?<=[a-z])\(\)(?=[a-z])|(?<=[a-z])><(?![^\W\d_])|(\|<|\|\\\||/\\/|\|\\/\||/\\/\\|\\/\\/|\|-\||\|_\||\\/)(?=[a-z0-9])|"
                          r"(?<=[a-z])(\|<|\|\\\||/\\/|\|\\/\||/\\/\\|\\/\\/|\|-\||\|_\||\\/)")
_GLYPH_LETTERS = {"()": "o", "><": "x", "|<": "k", "|\\|": "n", "/\\/": "n", "|\\/|": "m", "/\\/\\": "m",
                  "\\/\\/": "w", "|-|": "h", "|_|": "u", "\\/": "v"}


def decode_leet_glyphs(text: str) -> str:
    """"|\\|ude" -> "nude", "p()rn" -> "porn", "se><" -> "sex": multi-symbol letters touching a letter."""
    return _LEET_GLYPHS.sub(lambda m: _GLYPH_LETTERS[m.group(0)], text)


def _decode_leet_token(token: str) -> str:
    has_letter = any(ch.isalpha() for ch in token)
    has_leet = any(ch in LEET for ch in token)
    if not (has_letter and has_leet) or _NUMERIC_TOKEN.match(token):
        return token
    # Trailing punctuation ("wow!") is punctuation, not a letter.
    core = token.rstrip("!+")
    tail = token[len(core):]
    core = core.lstrip("+")
    head = token[: len(token) - len(tail) - len(core)]
    if not any(ch in LEET for ch in core):
        return token
    # "11" inside a word is "ll" ("ki11", "sku11"); a single 1 stays "i" ("k1ll").
    return head + "".join(LEET.get(ch, ch) for ch in core.replace("11", "ll")) + tail


def decode_leetspeak(text: str) -> str:
    """"s3x" -> "sex", "k1ll" -> "kill", "@ss" -> "ass"; numbers and "3d"/"4k"/"1080p" stay as written."""
    return _LEET_TOKEN.sub(lambda m: _decode_leet_token(m.group(0)), text)


def collapse_repeats(text: str) -> str:
    """Letter runs of 3+ collapse to 2: "nuuuude" -> "nuude", "sooooo" -> "soo" (English never triples); runs of x keep
    three ("xxxxx" -> "xxx")."""
    return _X_RUNS.sub("xxx", _REPEATS.sub(r"\1\1", text))


# French and Italian elide an article or pronoun onto the next word ("l'attentat", "dell'attentato", "qu'il"):
# a lexicon term for the noun does not start at a word boundary there.
_ELISION = re.compile(r"\b(l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|dell|nell|all|dall|sull|coll|quell|quest|un|"
                      r"gl|bell|sant)'(?=[a-z])")


def drop_elisions(text: str) -> str:
    """Normalised text without elided articles and pronouns ("celebre l'attentat" -> "celebre attentat"), read by
    the lexicons as a second form of the text (patterns written with the apostrophe still match the first)."""
    return _ELISION.sub("", text)


# A vowel starred out inside a word ("tr*mp", "p*rn", "n*ked", "k*ll"): the lexicons also read each vowel there.
_STARRED = re.compile(r"(?<=[a-z])\*(?=[a-z])")
MAX_STARS = 2  # 5 ** 2 = 25 readings at most


def star_readings(text: str) -> list[str]:
    """The readings of normalised text with each single in-word "*" replaced by a vowel ("tr*mp" -> "tramp", ...,
    "trump"); [] when the text has none, or more than MAX_STARS (then only the text itself is read)."""
    stars = [m.start() for m in _STARRED.finditer(text)]
    if not stars or len(stars) > MAX_STARS:
        return []
    readings = [text]
    for pos in stars:
        readings = [r[:pos] + v + r[pos + 1:] for r in readings for v in "aeiou"]
    return readings


# A plural written with z ("boobz", "noodz", "retardz"): a word of 4+ letters ending in one z.
_Z_PLURAL = re.compile(r"(?<![a-z])[a-z]{2,}[a-y]z\b")


def z_plural_reading(text: str, is_word=lambda word: False) -> str | None:
    """Normalised text with word-final z read as s ("boobz" -> "boobs"; "jazz" stays), except in words that are words
    (is_word: "velazquez"), or None when unchanged."""
    out = _Z_PLURAL.sub(lambda m: m.group(0) if is_word(m.group(0)) else m.group(0)[:-1] + "s", text)
    return out if out != text else None


# Letters that render alike in sans-serif fonts. An uppercase I inside a lower-case word stands for l ("ZeIensky",
# "EIon Musk", "BiIl"); case-folding loses the difference, so this reading is taken from the text as written.
_CAPITAL_I = re.compile(r"(?<=[a-z])I+(?![A-Z])|(?<=\b[A-Z])I(?=[a-z]{2})")
# "rn" drawn for "m" ("Obarna", "Trurnp", "Ernma"): read only in a word that is no word as written ("burn", "corner"
# and "Bernard" stay), so that a name spelt with it matches as listed.
_RN = re.compile(r"(?<![a-z])[a-z]*rn[a-z]*")


def capital_i_reading(text: str) -> str | None:
    """`text` as written (before normalize) with an uppercase I inside or ending a lower-case word read as l
    ("ZeIensky" -> "Zelensky", "EIon" -> "Elon", "KiII" -> "Kill"), or None when it has none. "McIntosh" also
    becomes "Mclntosh": a second reading, never a replacement."""
    out = _CAPITAL_I.sub(lambda m: "l" * len(m.group(0)), text)
    return out if out != text else None


# A digit 1 drawn for l ("ze1ensky", "1oser", "ki1l"): normalize reads every lone 1 as i, so this second reading of
# the text as written puts l in every word that mixes letters and 1 (not a number: "1st", "1080p", "1k").
_ONE_WORD = re.compile(r"(?<!\w)(?=[a-z0-9]*[a-z])[a-z0-9]*1[a-z0-9]*(?!\w)", re.IGNORECASE)


def one_as_l_reading(text: str) -> str | None:
    """`text` as written (before normalize) with the digit 1 read as l inside every word that mixes letters and 1
    ("ze1ensky" -> "zelensky", "1oser" -> "loser"), or None when it has none; numbers ("1st", "1080p") and codes
    written in capitals stay ("M1K", "LO1I", "ZE1DA": a code review found them read as names and terms). A second
    reading, never a replacement."""
    out = _ONE_WORD.sub(lambda m: m.group(0) if _NUMERIC_TOKEN.match(m.group(0).lower()) or m.group(0).isupper()
                        else m.group(0).replace("1", "l"), text)
    return out if out != text else None


def rn_reading(text: str, is_word=lambda word: False) -> str | None:
    """Normalised text with "rn" read as "m" in every word that is not a word (is_word) as written ("obarna" ->
    "obama"; "burn" stays), or None when unchanged."""
    out = _RN.sub(lambda m: m.group(0) if is_word(m.group(0)) else m.group(0).replace("rn", "m"), text)
    return out if out != text else None


def normalize(text: str) -> str:
    """The canonical form of `text` (see the module docstring for the steps and their order)."""
    if not isinstance(text, str):
        raise ValueError(f"normalize expects str, got {type(text).__name__!r}")
    text = unicodedata.normalize("NFKC", text)
    text = strip_invisible(text)
    text = turn_upside_down_back(text)
    text = fold_homoglyphs(text)
    text = spell_emoji(text)
    text = text.casefold()
    text = fold_homoglyphs(text)  # case-folding can produce new lookalikes (e.g. from title-case forms)
    text = join_spaced_letters(text)
    text = expand_chat(text)
    text = decode_leet_glyphs(text)
    text = decode_leetspeak(text)
    text = collapse_repeats(text)
    return _SPACES.sub(" ", text).strip()

