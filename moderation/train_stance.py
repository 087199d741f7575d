"""Train the stance reader (moderation.stance) beside the shipped head.

    python -m moderation.train_stance [--out assets/moderation/stance.npz] [--dry-run]

Rows (every one touches a harm; rebuilt from committed files, so a rerun gives the same reader):
- about a harm (1): the allowed rows of train_second.jsonl written as education, news and history, prevention,
  support, recovery, medicine, art and fiction, war films, protest news and the like (ABOUT_TAGS), and the allowed rows
  of two candidate files written for this stance (candidates/gen22_context, candidates/gen27_stance);
- harmful (0): every disallowed row of train_second.jsonl and of HARM_SOURCES (harm under a cover, tropes, paraphrased
  and short harm, personal messages), in every category, so that what any category's harm looks like is learned.
Both pass make_train_set.guard (an allowed row the lexicons refuse is dropped; any row within Jaccard 0.5 of an
evaluation set or a sealed probe file is dropped): no dev, test or sealed row, nor anything close, is learned.

The main encoder (with the head's tuned layers) embeds each whole text; a logistic regression (C, balanced classes)
learns P(about). The threshold is fixed from training rows alone: the `quantile` of P(about) over the harmful rows,
cross-validated (5 folds), so that about 2% of harmful training prompts would reach it. Written: the reader (.npz)
and its facts (.json beside it: rows, sources, cross-validated figures).
"""

from __future__ import annotations

import argparse
import hashlib
import json
from dataclasses import replace
from pathlib import Path

import numpy as np

from moderation.make_train_set import SETS, _held_out, _read, guard
from moderation.policy import POLICY
from moderation.stance import StanceReader

ABOUT_TAGS = ("news_history", "prevention", "art_fiction", "support_explicit", "medical", "recovery",
              "medical_education", "war_film", "mental_health_support", "protest_news", "sad_not_self_harm", "identity",
              "negation", "negated", "context", "fine_art", "romance", "figurative", "grooming")
ABOUT_SOURCES = ("candidates/gen22_context", "candidates/gen27_stance")
HARM_SOURCES = ("candidates/gen22_context", "candidates/gen27_stance", "candidates/gen25_tropes",
                "candidates/gen26_gaps", "candidates/gen14_harm", "candidates/gen15_short_harm",
                "candidates/gen30_personal")
CATEGORIES = ("hate", "extremism", "self_harm", "violence", "sexual")  # what it may lift (never minors)
C, QUANTILE, FOLDS, SEED = 10.0, 0.98, 5, 0


def build_rows(sets: Path = SETS) -> tuple[list[dict], dict[str, int]]:
    """[{text, label, about (0/1), source}] after the guard, and what the guard dropped."""
    rows, seen = [], set()

    def add(r: dict, about: int, source: str) -> None:
        if r["text"] not in seen:
            seen.add(r["text"])
            rows.append({"text": r["text"], "label": r["label"], "about": about, "source": source})

    for r in _read(sets / "train_second.jsonl"):
        if r["label"] != "allowed":
            add(r, 0, "train_second")
        elif set(ABOUT_TAGS) & set(r.get("tags") or ()):
            add(r, 1, "train_second")
    for source in dict.fromkeys(ABOUT_SOURCES + HARM_SOURCES):
        for r in _read(sets / f"{source}.jsonl"):
            if r["label"] != "allowed" and source in HARM_SOURCES:
                add(r, 0, source)
            elif r["label"] == "allowed" and source in ABOUT_SOURCES:
                add(r, 1, source)
    return guard(rows, _held_out(sets, skip=set()))


def fit(emb: np.ndarray, about: np.ndarray) -> tuple[np.ndarray, float, float, dict]:
    """(weights, bias, threshold, figures) of the logistic regression over (N, D) embeddings and 0/1 labels."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import StratifiedKFold, cross_val_predict

    model = LogisticRegression(C=C, max_iter=5000, class_weight="balanced")
    p = cross_val_predict(model, emb, about, cv=StratifiedKFold(FOLDS, shuffle=True, random_state=SEED),
                          method="predict_proba")[:, 1]  # (N,) P(about), each row read by a model without it
    threshold = float(np.quantile(p[about == 0], QUANTILE))
    model.fit(emb, about)
    harm, kind = p[about == 0], p[about == 1]
    figures = {"cv_harmful_at_or_above": round(float((harm >= threshold).mean()), 4),
               "cv_about_at_or_above": round(float((kind >= threshold).mean()), 4),
               "cv_auc": round(float((kind[:, None] > harm[None, :]).mean()), 4)}
    return model.coef_[0].astype(np.float32), float(model.intercept_[0]), threshold, figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m moderation.train_stance", description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=POLICY.classifier.head_dir / "stance.npz")
    parser.add_argument("--dry-run", action="store_true", help="build and count the rows only")
    args = parser.parse_args(argv)
    rows, dropped = build_rows()
    about = np.array([r["about"] for r in rows])
    print(f"{len(rows)} rows ({int(about.sum())} about a harm, {int((1 - about).sum())} harmful); guard dropped "
          f"{dropped}", flush=True)
    if args.dry_run:
        return 0
    from moderation.evaluate_prompts import DEFAULT_CACHE
    from moderation.prompt import PromptClassifier

    policy = replace(POLICY, classifier=replace(POLICY.classifier, stance_file=None))
    classifier = PromptClassifier.load(policy, cache_dir=DEFAULT_CACHE)
    emb = classifier.embed([r["text"] for r in rows])  # (N, 384) the main encoder, whole texts
    weights, bias, threshold, figures = fit(emb, about)
    head_meta = json.loads((policy.classifier.head_dir / policy.classifier.head_meta).read_text(encoding="utf-8"))
    source = hashlib.sha256("".join(json.dumps(r, sort_keys=True) + "\n" for r in rows).encode()).hexdigest()
    reader = StanceReader(weights, bias, threshold, CATEGORIES, head_meta.get("train_sha256", ""), source)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    reader.save(args.out)
    facts = {"rows": len(rows), "about": int(about.sum()), "harmful": int((1 - about).sum()), "dropped": dropped,
             "about_tags": ABOUT_TAGS, "about_sources": ABOUT_SOURCES, "harm_sources": HARM_SOURCES, "C": C,
             "quantile": QUANTILE, "threshold": round(threshold, 4), "categories": CATEGORIES, **figures,
             "source_sha256": source, "head_sha256": reader.head_sha256}
    args.out.with_suffix(".json").write_text(json.dumps(facts, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(figures), f"threshold {threshold:.3f}", f"-> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
