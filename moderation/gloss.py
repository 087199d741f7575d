"""Word-by-word English glosses of prompts in Spanish, French, German, Portuguese, Italian, Dutch, Polish and Turkish.

The semantic head reads English only (MiniLM was trained on English), so a paraphrase in another language with
none of the lexicons' words passes it. `gloss_for(normalized_text)` detects the language from function words and
glossary coverage, then replaces each word (or listed multi-word expression, longest first) by its English gloss:

    gloss_for("un hombre apunala a su vecino y la sangre cubre el suelo")
    -> Gloss(lang="es", text="a man stabs to his neighbour and the blood covers the floor", coverage=1.0)

The result is rough English, but an embedding of it carries the meaning; moderation.prompt glosses the whole
text and each of its sentences and scores them as more chunks of the text (the maximum over chunks decides),
never as a replacement for the original.
Glossaries: assets/moderation/gloss/<lang>.tsv ("word<TAB>english", one entry per line) and
<lang>_idioms.tsv (figurative expressions with their harmless meaning, which win over the word-by-word gloss),
written for this project; keys are normalised here exactly as prompts are. Pure functions over data loaded once; no model.

Reflexive pronouns (fr se, es se, it si, de sich, nl zich, pl się) are not glossed word by word: English marks few
verbs as reflexive, and "oneself" in the gloss of "un couple se tient la main" read as self-harm to the networks (H47g,
round 47). A reflexive the glossary does not already join to its verb ("se coupe" -> "cuts oneself") takes the sense
of the glossary's pronoun + verb entry for a verb within REFLEXIVE_REACH words after it (German and Dutch put the verb
at the end of a clause: "der sich von einer Brücke stürzt"); otherwise it stays "oneself" only beside a verb of
harming a body (HARMING), and is dropped everywhere else.

Spanish and Italian write pronouns onto an infinitive or gerund ("burlándose", "golpeándolo", "umiliarlo"); the
glossaries list finite forms, so such words stayed unglossed. A word the glossary lacks that is a known infinitive or
gerund + pronouns (ENCLITICS) is glossed as the verb + the pronoun, an attached reflexive as a lone one (H48c, round 48);
so is an imperative ("tírate", "tagliati"), but only for a verb of harming a body (H48i).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from moderation.normalize import drop_elisions, normalize

GLOSS_DIR = Path(__file__).resolve().parent.parent / "assets" / "moderation" / "gloss"
LANGUAGES: tuple[str, ...] = ("es", "fr", "de", "pt", "it", "nl", "pl", "tr")
LANGUAGE_NAMES = {"es": "Spanish", "fr": "French", "de": "German", "pt": "Portuguese", "it": "Italian", "nl": "Dutch",
                  "pl": "Polish", "tr": "Turkish"}
MAX_PHRASE = 5  # longest multi-word glossary key, in words
FALLBACK_COVERAGE = 0.6  # detection by glossary alone, for prompts without function words (see _by_coverage)

# Words that only (or nearly only) occur in English text; "a", "in", "die", "son" are shared, so left out.
ENGLISH_FUNCTION_WORDS = frozenset("""
the of and to is are was were with for on at by from his her their its this that these those it they he she we
you your my our an as be been being have has had do does did not but or if then than so very just into onto over
under about after before while where when who whom which what why how there here out up down off again some any
each every both few more most other such only own same too can will would should could may might must shall
""".split())
# Each language's own function words: frequent ones that are not also English words ("in", "die", "son", "no",
# "as", "do", "come", "con", "per" are left out).
FUNCTION_WORDS = {
    "es": frozenset("el la los las del al un una unos unas y que en por para se su sus es esta este esto como "
                    "pero mas muy sin sobre entre hasta desde cuando donde mientras hacia lo les nos".split()),
    "fr": frozenset("le la les des du de un une et est sont avec pour sur dans qui que au aux ce cette ces son sa "
                    "ses leur leurs il elle ils elles ne pas plus tres sans sous entre vers chez par mais ou".split()),
    "de": frozenset("der das den dem des ein eine einen einem einer und ist sind mit auf im zu von fur nicht "
                    "sich wie aber auch noch nach bei aus uber unter vor durch wird werden wenn dass sein ihre".split()),
    "pt": frozenset("o os do da dos das um uma uns umas e que em na nos nas com por para pelo pela se seu sua "
                    "seus suas como mas muito sem sobre entre ate quando onde enquanto ao aos".split()),
    "it": frozenset("il lo la gli le di del della dei delle un una uno e che nel nella sul sulla dal "
                    "dalla si suo sua suoi sono ma molto senza sopra tra fra quando dove mentre".split()),
    "nl": frozenset("het een niet naar voor ook wordt zijn hij bij heeft deze hebben geen mijn kunnen veel moet waar "
                    "zich tegen mij onder weer zal jij moeten wij daar toch zij zoals iets omdat toen jullie tijdens "
                    "altijd tussen zonder".split()),
    # Polish, as normalised ("się" -> "sie", "że" -> "ze").
    "pl": frozenset("sie przy jest ze jak tylko ktory ktora ktore juz tez dla czy przez oraz tego jego wiec jeszcze "
                    "bardzo gdzie kiedy jesli zeby moze rowniez jednak takze poniewaz".split()),
    # Turkish, as normalised (diacritics dropped: "için" -> "icin"); "önce" and "göre" become English words, so out.
    "tr": frozenset("ve bir bu icin ile gibi cok daha ki kadar olarak var ama sonra degil ise nasil sey benim "
                    "boyle artik ayni diye cunku ancak baska iste oyle bunu simdi yani hic veya yine hemen zaten "
                    "biraz ayrica".split()),
}
_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
# Reflexive pronouns as normalised ("s'" -> "s", "się" -> "sie"); Portuguese "se" is glossed "if" and stays so.
REFLEXIVES: dict[str, frozenset[str]] = {"fr": frozenset({"se", "s"}), "es": frozenset({"se"}), "it": frozenset({"si"}),
                                         "de": frozenset({"sich"}), "nl": frozenset({"zich"}), "pl": frozenset({"sie"})}
REFLEXIVE_REACH = 6  # words after a reflexive searched for its verb (and either side for a harming one)
# English glosses of verbs of harming a body: beside one, a lone reflexive keeps "oneself" ("se apuñala el brazo").
# "shot"/"shoot" also match a camera shot: there the pronoun stays, as it did before round 47.
HARMING = re.compile(r"^(?:kill|cut|hang|hurt|harm|injur|starv|burn|drown|poison|shoot|shot|stab|mutilat|throw|threw|"
                     r"punish|suffocat|strangl|vomit|plung|jump|leap|slit|bleed|overdos|"
                     r"hit|beat|punch|slash|lacerat|wound|scratch|asphyxiat|immolat|disfigur|batter)")  # line 3: H47n
REFLEXIVE_GLOSS = "oneself"  # a kept pronoun, in every language (Italian's "si" alone glosses "yes", as "sì")
# Pronouns written onto an infinitive or gerund ("burlándose", "umiliarlo"), with their English; None is the
# reflexive, resolved as a lone one is. "lo"/"la" read "it" as the glossaries' lone "lo" does: "cortándola en trozos"
# is a cook's "cutting it", not "cutting her". Longest first, so that "echarlos" is "echar" + "los", not + "os".
ENCLITICS: dict[str, tuple[tuple[str, str | None], ...]] = {
    lang: tuple(sorted(table.items(), key=lambda item: -len(item[0]))) for lang, table in {
        "es": {"se": None, "me": "me", "te": "you", "nos": "us", "os": "you", "lo": "it", "la": "it", "le": "him",
               "los": "them", "las": "them", "les": "them",
               **{a + b: "it" for a in ("se", "me", "te", "nos") for b in ("lo", "la", "los", "las")}},
        "it": {"si": None, "mi": "me", "ti": "you", "ci": "us", "vi": "you", "lo": "it", "la": "it", "li": "them",
               "le": "them", "gli": "him", "ne": "of it",
               **{a + b: "it" for a in ("glie", "me", "te", "ce", "se", "ve") for b in ("lo", "la", "li", "le", "ne")}},
    }.items()}
# An infinitive or gerund, as normalised; Italian drops the infinitive's final e before a pronoun ("ucciderlo").
ENCLITIC_HOST = {"es": re.compile(r"(?:ar|er|ir|ando|iendo|yendo)$"), "it": re.compile(r"(?:ar|er|ir|ando|endo)$")}


@dataclass(frozen=True)
class Gloss:
    lang: str  # one of LANGUAGES
    text: str  # the English gloss, lower-case
    coverage: float  # share of the words the glossary knew


@lru_cache(maxsize=None)
def glossary(lang: str) -> dict[tuple[str, ...], str]:
    """lang's entries as {normalised key words: english}; empty when the file is missing."""
    if lang not in LANGUAGES:
        raise ValueError(f"language must be one of {LANGUAGES}, got {lang!r}")
    entries: dict[tuple[str, ...], str] = {}
    # Idioms first: "se muere de risa" is "laughs hard", whatever its words say one by one.
    for path in (GLOSS_DIR / f"{lang}_idioms.tsv", GLOSS_DIR / f"{lang}.tsv"):
        if not path.is_file():
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            source, sep, english = line.partition("\t")
            key = tuple(_WORD.findall(drop_elisions(normalize(source))))
            if sep and english.strip() and 0 < len(key) <= MAX_PHRASE:
                entries.setdefault(key, english.strip().lower())
    return entries


def detect_language(words: list[str]) -> tuple[str | None, float]:
    """(language, glossary coverage) for a text's words, or (None, 0.0) when it reads as English or too short.

    A text is taken to be in language L when L's function words outnumber English ones and L's glossary knows
    at least half of its words; among such languages the one with the most function words wins (coverage
    breaks ties). A text with no function word of any language is read by glossary coverage alone."""
    if len(words) < 3:
        return None, 0.0
    english = sum(w in ENGLISH_FUNCTION_WORDS for w in words)
    best: tuple[int, float, str] | None = None
    for lang in LANGUAGES:
        own = sum(w in FUNCTION_WORDS[lang] for w in words)
        if own <= english or own == 0:
            continue
        known = glossary(lang)
        coverage = sum((w,) in known for w in words) / len(words)
        if coverage >= 0.5 and (best is None or (own, coverage) > best[:2]):
            best = (own, coverage, lang)
    if best is None and english == 0:
        return _by_coverage(words)
    return (best[2], best[1]) if best else (None, 0.0)


def _by_coverage(words: list[str]) -> tuple[str | None, float]:
    """Short prompts often carry no function word at all ("kediyi canli canli yakiyorlar, slow motion"): the one
    language whose glossary translates at least FALLBACK_COVERAGE of the words of 3+ letters (a word glossed as
    itself, e.g. an English loanword, does not count), and at least two of them."""
    long_words = [w for w in words if len(w) >= 3]
    if len(long_words) < 2:
        return None, 0.0
    found = []
    for lang in LANGUAGES:
        known = glossary(lang)
        n = sum(1 for w in long_words if known.get((w,), w) != w)
        if n >= 2 and n / len(long_words) >= FALLBACK_COVERAGE:
            found.append((n / len(long_words), lang))
    found.sort(reverse=True)
    if not found or (len(found) > 1 and found[0][0] == found[1][0]):
        return None, 0.0  # none, or a tie: no guess
    return found[0][1], found[0][0]


def gloss_words(words: list[str], lang: str) -> str:
    """Replace words by their glosses, longest listed phrase first; unknown words stay as they are. A reflexive
    pronoun left on its own is resolved by _reflexive (it joins its verb, stays beside a harming verb, or goes)."""
    known, pieces, i = glossary(lang), [], 0  # pieces: (source words, english)
    while i < len(words):
        for n in range(min(MAX_PHRASE, len(words) - i), 0, -1):
            english = known.get(tuple(words[i:i + n]))
            if english is not None:
                pieces.append((tuple(words[i:i + n]), english))
                i += n
                break
        else:
            pieces.append(((words[i],), _enclitic(words[i], lang, known) or words[i]))
            i += 1
    reflexives = REFLEXIVES.get(lang, frozenset())
    out = [english for _, english in pieces]
    for j, (source, english) in enumerate(pieces):
        if len(source) == 1 and source[0] in reflexives:
            out[j] = _reflexive(pieces, j, known, out)
    return " ".join(e for e in out if e)


def _reflexive(pieces: list[tuple[tuple[str, ...], str]], j: int, known: dict[tuple[str, ...], str],
               out: list[str]) -> str:
    """The gloss of the lone reflexive pieces[j]: "" where it joins a later verb (whose gloss in out becomes the
    glossary's pronoun + verb entry, in either order), "oneself" beside a harming verb, else ""."""
    pronoun = pieces[j][0][0]
    for k in range(j + 1, min(len(pieces), j + 1 + REFLEXIVE_REACH)):
        (word, *rest), _ = pieces[k]
        joined = None if rest else _joined(known, pronoun, word)
        if joined is not None:
            out[k] = joined
            return ""
    near = out[max(0, j - REFLEXIVE_REACH):j] + out[j + 1:j + 1 + REFLEXIVE_REACH]
    if any(_harming(e) for e in near):
        return REFLEXIVE_GLOSS
    return ""


def _enclitic(word: str, lang: str, known: dict[tuple[str, ...], str]) -> str | None:
    """The gloss of a word the glossary lacks that is a known infinitive or gerund with pronouns written onto it
    ("burlandose" -> "mocking", "golpeandolo" -> "beating it", "cortarse" -> "cut oneself"), or a known imperative of
    a harming verb with them ("tirate" -> "throws you"), else None. An attached reflexive is read as a lone one is
    (see _with_pronoun): the glossary's pronoun + verb entry, "oneself" beside a harming verb, or nothing."""
    splits = [(word[:-len(clitic)], clitic, english) for clitic, english in ENCLITICS.get(lang, ())
              if word.endswith(clitic) and len(word) - len(clitic) >= 4]
    for host, clitic, english in splits:
        if ENCLITIC_HOST[lang].search(host):
            for stem in (host, host + "e") if lang == "it" else (host,):
                if (stem,) in known:
                    return _with_pronoun(stem, clitic, english, known)
    # An imperative ("tirate", "ahogalo", "tagliati"): a known verb form ending in a vowel, for a harming verb only
    # (H48i).
    for host, clitic, english in splits:
        verb = known.get((host,))
        if host[-1] in "aeiou" and verb is not None and _harming(verb):
            return _with_pronoun(host, clitic, english, known)
    return None


def _with_pronoun(stem: str, clitic: str, english: str | None, known: dict[tuple[str, ...], str]) -> str:
    """A known verb form's gloss + its attached pronoun's; a reflexive (english None) is read as a lone one."""
    verb = known[(stem,)]
    if english is not None:
        return f"{verb} {english}"
    joined = _joined(known, clitic, stem)
    if joined is not None:
        return joined
    return f"{verb} {REFLEXIVE_GLOSS}" if _harming(verb) else verb


def _joined(known: dict[tuple[str, ...], str], pronoun: str, verb: str) -> str | None:
    """The glossary's entry for a reflexive pronoun with a verb form, in either order ("se corta" -> "cuts herself")."""
    return known.get((pronoun, verb), known.get((verb, pronoun)))


def _harming(english: str) -> bool:
    """Whether an English gloss holds a verb of harming a body (HARMING), beside which a reflexive stays "oneself"."""
    return any(HARMING.match(w) for w in english.split())


def gloss_for(normalized_text: str) -> Gloss | None:
    """The English gloss of a normalised prompt in one of LANGUAGES, or None (English, unknown, or too short)."""
    words = _WORD.findall(drop_elisions(normalized_text))
    lang, coverage = detect_language(words)
    if lang is None:
        return None
    return Gloss(lang, gloss_words(words, lang), coverage)
