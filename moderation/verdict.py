"""The value every moderation check returns: a frozen verdict with categories, scores, evidence and a reason.

Checks are pure functions (text, bytes or frames in, Verdict out); the orchestrator decides what to do with it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any, Mapping


@dataclass(frozen=True)
class Verdict:
    """The outcome of one moderation stage.

    allowed: False when the content must not be used or shown.
    stage: which check produced it ("prompt", "negative_prompt", "upsampled_prompt", "upload", "frames").
    categories: the policy categories that fired (empty when allowed).
    scores: per-category score in [0, 1] for every category the check evaluated, fired or not.
    evidence: what triggered it (matched phrases, classifier labels), safe to show to the user.
    reason: one sentence a person can read.
    frames: for the frames stage, indices of the offending frames.
    """

    allowed: bool
    stage: str
    categories: tuple[str, ...] = ()
    scores: Mapping[str, float] = field(default_factory=dict)
    evidence: tuple[str, ...] = ()
    reason: str = ""
    frames: tuple[int, ...] = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "scores", MappingProxyType({k: float(v) for k, v in dict(self.scores).items()}))
        object.__setattr__(self, "categories", tuple(self.categories))
        object.__setattr__(self, "evidence", tuple(self.evidence))
        object.__setattr__(self, "frames", tuple(int(i) for i in self.frames))

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form used in reports, the audit log and API answers."""
        return {
            "allowed": self.allowed,
            "stage": self.stage,
            "categories": list(self.categories),
            "scores": {k: round(v, 4) for k, v in self.scores.items()},
            "evidence": list(self.evidence),
            "reason": self.reason,
            "frames": list(self.frames),
        }


def combine(stage: str, verdicts: list[Verdict]) -> Verdict:
    """One verdict for several checks of the same stage: refused if any refuses; scores take the maximum."""
    scores: dict[str, float] = {}
    for v in verdicts:
        for k, s in v.scores.items():
            scores[k] = max(scores.get(k, 0.0), s)
    refused = [v for v in verdicts if not v.allowed]
    categories = tuple(dict.fromkeys(c for v in refused for c in v.categories))
    return Verdict(
        allowed=not refused,
        stage=stage,
        categories=categories,
        scores=scores,
        evidence=tuple(dict.fromkeys(e for v in refused for e in v.evidence)),
        reason=" ".join(v.reason for v in refused) if refused else "No policy category was triggered.",
        frames=tuple(sorted({i for v in refused for i in v.frames})),
    )
