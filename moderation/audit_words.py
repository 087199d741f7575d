"""Which everyday words fire a lexicon on their own: the audit behind round 28's fixes (docs/MODERATION.md).

    python -m moderation.audit_words --langs en,es,fr,de,it,pt,nl --top 15000 [--min-zipf 3]

Reads the `top` commonest words of each language from wordfreq's lists (shipped in its wheel), each word alone, through
the lexicons exactly as a prompt is read (moderation.prompt.lexicon_hits_of, and the minor terms), and prints every word
that fires, with its frequency in its language and in English. Most are the terms themselves ("porn", "suicidio"); the
ones to read are everyday words that are a term only by accident: a word of another language ("molesta", Spanish for
"bothers"; "zog", German for "pulled"), or one that letting a term's letters repeat turned into it ("rapping"). Each
such word then needs a narrow context in moderation/policy.py and a test. Minutes per 10,000 words.
"""

from __future__ import annotations

import argparse

from moderation.normalize import normalize
from moderation.prompt import lexicon_hits_of, minor_matches


def word_hits(word: str) -> dict[str, list[str]]:
    """The lexicon hits of one word read alone as a prompt, with its minor terms under "minor_terms"."""
    hits = {cat: found for cat, found in lexicon_hits_of(word).items() if found}
    minors = minor_matches(normalize(word))
    return hits | ({"minor_terms": minors} if minors else {})


def main(argv: list[str] | None = None) -> None:
    from wordfreq import top_n_list, zipf_frequency

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--langs", default="en,es,fr,de,it,pt,nl", help="wordfreq language codes, comma-separated")
    parser.add_argument("--top", type=int, default=15000, help="the commonest words of each language to read")
    parser.add_argument("--min-zipf", type=float, default=0.0, help="skip words rarer than this in their language")
    args = parser.parse_args(argv)
    seen: set[str] = set()
    for lang in args.langs.split(","):
        for word in top_n_list(lang, args.top):
            if word in seen or not word.isalpha() or len(word) < 3:
                continue
            seen.add(word)
            zipf = zipf_frequency(word, lang)
            if zipf < args.min_zipf:
                continue
            hits = word_hits(word)
            if hits:
                print(f"{lang}\t{zipf:.2f}\t{zipf_frequency(word, 'en'):.2f}\t{word}\t{hits}")


if __name__ == "__main__":
    main()
