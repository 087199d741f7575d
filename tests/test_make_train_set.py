"""make_train_set --add: candidate rows are appended once, guarded like the generated block, and replaced on a rerun."""

from __future__ import annotations

import json

from moderation import make_train_set


def _rows(path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_add_appends_guarded_candidates_once(tmp_path):
    train = tmp_path / "train.jsonl"
    base = [{"text": "a red kite over a beach", "label": "allowed", "tags": []},
            {"text": "a generated row", "label": "allowed", "tags": ["gen5", "nature"]}]
    train.write_text("".join(json.dumps(r) + "\n" for r in base), encoding="utf-8")
    held_out = _rows(make_train_set.SETS / "test.jsonl")[0]["text"]
    candidates = tmp_path / "gen99_probe.jsonl"
    candidates.write_text("".join(json.dumps(r) + "\n" for r in [
        {"text": "a lighthouse keeper repaints the railing of his tower at dawn, gulls circling", "label": "allowed", "tags": ["craft"]},
        {"text": "a naked woman on a bed", "label": "allowed", "tags": []},  # the lexicon refuses it: dropped
        {"text": held_out, "label": "allowed", "tags": []},  # an evaluation sentence: dropped
    ]), encoding="utf-8")
    for _ in range(2):  # a rerun replaces the rows it added instead of adding them again
        assert make_train_set.main(["--train", str(train), "--add", str(candidates)]) == 0
        rows = _rows(train)
        assert rows[:2] == base  # the generated block stays as it is with --add
        assert rows[2:] == [{"text": "a lighthouse keeper repaints the railing of his tower at dawn, gulls circling", "label": "allowed",
                             "tags": ["gen99_probe", "craft"]}]
