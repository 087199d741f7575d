"""Build the sentence judge's training file and its held-out set (moderation.prompt.SentenceJudge).

    python -m moderation.make_judge_set       # -> evals/moderation/judge_train.jsonl, evals/moderation/dev21.jsonl
    python -m moderation.train_prompt_head --train evals/moderation/judge_train.jsonl --out assets/moderation/judge \
        --no-neighbours

The judge re-reads a sentence that the main head fires on apart from its caption, so it learns from sentences
as the chunker cuts them (moderation.prompt.semantic_chunks), not from whole captions: a whole harmful caption
labelled harmful teaches a head that calm cinematic sentences are harm (round 13). Rows:
- every row of evals/moderation/train.jsonl (first, unchanged), so the judge knows every category, except the
  blocks `make_train_set --add` appended for the main head (rows tagged `add:<file>`, round 18 on): the judge was
  trained before them and stays reproducible from the same rows until it is retrained with them;
- round 13's extra rows (candidates/gen13_c3_train_extra.jsonl: calm caption sentences and captions, everyday
  prompts, short harmful sentences);
- round 14's helper-written data, 80% of it (the other 20% is dev21, never trained on):
  candidates/gen14_everyday.jsonl: 1,034 everyday specs, captions and tag lists, cut into their sentences and
  fields, all allowed; candidates/gen14_harm.jsonl: calm prompts with one short harmful sentence or field (that
  chunk is labelled with the harm, the others allowed; where the harm spans chunks only the harmful part itself
  is a row), short harmful sentences alone, and dramatic-but-allowed contrast sentences.
Rows are normalised (moderation.normalize) and deduplicated; deterministic for the seed.
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

from moderation.make_train_set import added_from
from moderation.normalize import normalize
from moderation.policy import POLICY
from moderation.prompt import semantic_chunks

SETS = Path(__file__).resolve().parent.parent / "evals" / "moderation"


def _read(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def build(seed: int = 14, held_out: float = 0.2) -> tuple[list[dict], list[dict]]:
    """(training rows: train.jsonl's then the judge's, held-out whole prompts for dev21)."""
    base = [r for r in _read(SETS / "train.jsonl") if not added_from(r)]
    extra13 = _read(SETS / "candidates" / "gen13_c3_train_extra.jsonl")
    every = _read(SETS / "candidates" / "gen14_everyday.jsonl")
    harm = _read(SETS / "candidates" / "gen14_harm.jsonl")
    rng = random.Random(seed)
    rng.shuffle(every)
    rng.shuffle(harm)
    ne, nh = int(len(every) * held_out), int(len(harm) * held_out)
    hold = [{"text": r["text"], "label": "allowed", "tags": ["gen14", "everyday", r["format"]]} for r in every[:ne]]
    hold += [{"text": r["text"], "label": r["label"], "tags": ["gen14", r["form"]]} for r in harm[:nh]]

    rows, seen = [], {normalize(r["text"]) for r in base}

    def add(text: str, label: str, tag: str) -> None:
        n = normalize(text)
        if len(n.split()) >= 2 and n not in seen:
            seen.add(n)
            rows.append({"text": n, "label": label, "tags": ["judge14", tag]})

    def sentences(text: str) -> list[str]:  # the chunks the judge is asked about: never the whole text
        return semantic_chunks(normalize(text), POLICY.classifier.max_chunks)[1:]

    for r in extra13:
        add(r["text"], r["label"], "c3_" + r["tags"][-1])
    for r in every[ne:]:
        for chunk in sentences(r["text"]):
            add(chunk, "allowed", "everyday_fragment")
    for r in harm[nh:]:
        if r["form"] in ("alone", "contrast"):
            add(r["text"], r["label"], r["form"])
            continue
        part = normalize(r["harmful_part"]).strip(" ;.")
        chunks = sentences(r["text"])
        hit = [c for c in chunks if part in c]
        if not hit:  # the harmful part spans chunks: only the part itself is labelled
            add(r["harmful_part"], r["label"], "buried_harm_part")
            continue
        for chunk in chunks:
            if chunk not in hit:
                add(chunk, "allowed", "buried_calm_fragment")
        for chunk in hit:
            add(chunk, r["label"], "buried_harm_chunk")
        add(r["harmful_part"], r["label"], "buried_harm_part")
    return base + rows, hold


def _write(path: Path, rows: list[dict]) -> None:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m moderation.make_judge_set", description=__doc__.split("\n")[0])
    parser.add_argument("--seed", type=int, default=14)
    parser.add_argument("--out", type=Path, default=SETS / "judge_train.jsonl")
    parser.add_argument("--held-out", type=Path, default=SETS / "dev21.jsonl")
    args = parser.parse_args(argv)
    train, hold = build(args.seed)
    _write(args.out, train)
    _write(args.held_out, hold)
    print(f"{len(train)} training rows -> {args.out}; {len(hold)} held-out prompts -> {args.held_out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
