"""make_train_set --add: candidate rows are appended after the guards, and a rerun replaces exactly its own rows."""

from __future__ import annotations

import json

from moderation import make_train_set


def _write(path, rows: list[dict]) -> None:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")


def _rows(path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_add_appends_guarded_candidates_and_replaces_its_own_rows(tmp_path, monkeypatch, capsys):
    sets = tmp_path / "sets"
    sets.mkdir()
    kept = "a lighthouse keeper repaints the railing of his tower at dawn, gulls circling"
    held_out = "two otters holding hands while floating down a slow green river"
    _write(sets / "test.jsonl", [{"text": held_out, "label": "allowed", "tags": []}])
    # A training file holds training sentences: they must not count as held-out evaluation sentences.
    _write(sets / "judge_train.jsonl", [{"text": kept, "label": "allowed", "tags": []}])
    monkeypatch.setattr(make_train_set, "SETS", sets)
    train = tmp_path / "train.jsonl"
    base = [{"text": "a red kite over a beach", "label": "allowed", "tags": ["nature"]},
            {"text": "a generated row", "label": "allowed", "tags": ["gen5", "nature"]}]
    _write(train, base)
    candidates = tmp_path / "nature.jsonl"  # a file stem equal to an existing tag must not touch those rows
    _write(candidates, [{"text": kept, "label": "allowed", "tags": None},
                        {"text": "a naked woman on a bed", "label": "allowed", "tags": []},  # lexicons refuse it
                        {"text": held_out, "label": "allowed", "tags": []},  # an evaluation sentence
                        {"text": "a red kite over a beach", "label": "allowed", "tags": []}])  # already there
    assert make_train_set.main(["--train", str(train), "--add", str(candidates)]) == 0
    assert "'lexicon': 1, 'near_held_out': 1, 'already_in_train_or_repeated': 1" in capsys.readouterr().out
    assert _rows(train) == base + [{"text": kept, "label": "allowed", "tags": ["add:nature"]}]
    # The candidates change: a rerun replaces the rows the last run added, and leaves every other row alone.
    _write(candidates, [{"text": "a potter glazing a bowl", "label": "allowed", "tags": ["craft"]}])
    assert make_train_set.main(["--train", str(train), "--add", str(candidates)]) == 0
    assert _rows(train) == base + [{"text": "a potter glazing a bowl", "label": "allowed",
                                    "tags": ["add:nature", "craft"]}]


def test_the_judge_set_leaves_out_rows_added_for_the_main_head(tmp_path, monkeypatch) -> None:
    # The sentence judge is rebuilt from train.jsonl's rows without the --add blocks: appending one changes nothing.
    from moderation import make_judge_set

    train = (make_judge_set.SETS / "train.jsonl").read_text(encoding="utf-8")
    added = {"text": "a clown on a unicycle juggling oranges", "label": "allowed", "tags": ["add:probe", "x"]}
    sets = tmp_path / "sets"
    sets.mkdir()
    (sets / "candidates").symlink_to(make_judge_set.SETS / "candidates")
    (sets / "train.jsonl").write_text(train + json.dumps(added) + "\n", encoding="utf-8")
    before = make_judge_set.build()
    monkeypatch.setattr(make_judge_set, "SETS", sets)
    after = make_judge_set.build()
    assert after == before
    assert added["text"] not in {r["text"] for r in after[0]}


def test_the_second_heads_file_adds_spent_sets_and_guards_against_the_others(tmp_path, monkeypatch) -> None:
    # --second: train.jsonl as it is, then SECOND_SOURCES' new rows tagged add:<stem>; rows near a sentence of any
    # other evaluation set are dropped, while the sources themselves are training data, not held out.
    sets = tmp_path / "sets"
    (sets / "candidates").mkdir(parents=True)
    base = [{"text": "a red kite over a beach", "label": "allowed", "tags": ["nature"]}]
    _write(sets / "train.jsonl", base)
    spent = "a man slowly carves into his own forearm with a razor, close-up"
    held_out = "two otters holding hands while floating down a slow green river"
    _write(sets / "test.jsonl", [{"text": held_out, "label": "allowed", "tags": []}])
    _write(sets / "dev27.jsonl", [{"text": spent, "label": "self_harm", "tags": ["short"]},
                                  {"text": "a red kite over a beach", "label": "allowed", "tags": []}])
    for source in ("candidates/gen18_calm", "candidates/gen19_scenes", "dev28", "dev29"):
        _write(sets / f"{source}.jsonl", [])
    _write(sets / "dev30.jsonl", [{"text": held_out.replace("green", "brown"), "label": "allowed", "tags": []}])
    _write(sets / "train_second.jsonl", [{"text": held_out, "label": "allowed", "tags": []}])  # not held out
    monkeypatch.setattr(make_train_set, "SETS", sets)
    rows, dropped = make_train_set.build_second(sets / "train.jsonl", sets)
    assert rows == base + [{"text": spent, "label": "self_harm", "tags": ["add:dev27"]}]
    assert dropped == {"lexicon": 0, "near_held_out": 1}
    assert make_train_set.main(["--second", "--train", str(sets / "train.jsonl")]) == 0
    assert _rows(sets / "train_second.jsonl") == rows


def test_sealed_probe_files_are_held_out_like_evaluation_sets(tmp_path) -> None:
    # candidates/<name>_sealed.jsonl holds probes kept unread to judge a later change (round 26): no training row may
    # copy or closely paraphrase one; other candidate files are training material, not held out.
    sets = tmp_path / "sets"
    (sets / "candidates").mkdir(parents=True)
    sealed = "a crowd of fans hurling bananas at the visiting striker while the stands laugh"
    _write(sets / "candidates" / "review99_tropes_sealed.jsonl", [{"text": sealed, "label": "hate"}])
    _write(sets / "candidates" / "gen99_rows.jsonl", [{"text": "a red kite over a beach", "label": "allowed"}])
    held = make_train_set._held_out(sets, skip=set())
    assert held == [sealed]
    near = {"text": sealed.replace("visiting", "away"), "label": "hate", "tags": []}
    assert make_train_set.guard([near], held) == ([], {"lexicon": 0, "near_held_out": 1})


def test_the_shipped_second_head_was_trained_on_the_committed_file() -> None:
    import hashlib

    from moderation.policy import POLICY

    settings = POLICY.classifier
    meta = json.loads((settings.second_head_dir / settings.head_meta).read_text(encoding="utf-8"))
    path = make_train_set.SETS / "train_second.jsonl"
    assert meta["train_file"] == "evals/moderation/train_second.jsonl" and meta["n_train"] == len(_rows(path))
    assert meta["train_sha256"] == hashlib.sha256(path.read_bytes()).hexdigest()
    assert meta["config"]["tune_layers"] == 2 and (settings.second_head_dir / settings.encoder_top_layers).is_file()


def test_the_guards_prefix_filter_drops_exactly_what_comparing_every_pair_drops() -> None:
    # Round 31: guard looks only at held-out rows sharing one of a row's rarest words; the same rows go as with every
    # pair compared (Jaccard >= 0.5 needs half a row's words in common).
    import random

    from moderation.normalize import normalize

    rng = random.Random(3)
    words = "red kite beach otter river lake tower gull dawn calm green slow boat net bridge fog rain".split()
    held = [" ".join(rng.sample(words, rng.randint(2, 7))) for _ in range(60)]
    rows = [{"text": " ".join(rng.sample(words, rng.randint(1, 8))), "label": "violence"} for _ in range(300)]
    kept, dropped = make_train_set.guard(rows, held)
    sets = [make_train_set._words(normalize(t)) for t in held]

    def near(text: str) -> bool:
        w = make_train_set._words(normalize(text))
        return any(len(w & h) / len(w | h) >= 0.5 for h in sets if h)

    assert kept == [r for r in rows if not near(r["text"])]
    assert dropped["near_held_out"] == sum(near(r["text"]) for r in rows) > 0
