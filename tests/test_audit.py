"""AuditLog: exact rows, prompt privacy, filters, crash durability (SIGKILL), threads, and the CLI body."""

from __future__ import annotations

import hashlib
import io
import json
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from moderation.audit import AuditLog, audit_main, normalize_time

REPO = Path(__file__).resolve().parent.parent


def test_record_stores_exact_fields_and_hash_not_prompt(tmp_path):
    log = AuditLog(tmp_path / "a" / "audit.sqlite3")
    before = datetime.now(timezone.utc)
    row_id = log.record("gen1", "prompt", "refused", ("violence",), {"violence": 0.93, "sexual": 0.01},
                        prompt="a secret prompt", client="alice", details={"evidence": ["kill"], "frames": [1, 2]})
    (row,) = log.lookup("gen1")
    assert row_id == row["id"] == 1
    assert {k: v for k, v in row.items() if k not in ("time", "id")} == {
        "generation_id": "gen1", "stage": "prompt", "outcome": "refused", "categories": ["violence"],
        "scores": {"violence": 0.93, "sexual": 0.01},
        "prompt_sha256": hashlib.sha256(b"a secret prompt").hexdigest(), "prompt": None, "client": "alice",
        "details": {"evidence": ["kill"], "frames": [1, 2]}}
    stamp = datetime.fromisoformat(row["time"])
    assert stamp.tzinfo == timezone.utc and before <= stamp <= datetime.now(timezone.utc)
    raw = (tmp_path / "a" / "audit.sqlite3").read_bytes() + (tmp_path / "a" / "audit.sqlite3-wal").read_bytes()
    assert b"a secret prompt" not in raw  # the text is nowhere in the database files


def test_store_prompts_keeps_the_text(tmp_path):
    log = AuditLog(tmp_path / "audit.sqlite3", store_prompts=True)
    log.record("g", "prompt", "allowed", (), {"violence": 0.0}, prompt="a red circle")
    (row,) = log.lookup("g")
    assert row["prompt"] == "a red circle" and row["prompt_sha256"] == hashlib.sha256(b"a red circle").hexdigest()
    log.record("g", "frames", "allowed")  # no prompt at this stage
    assert log.lookup("g")[1]["prompt_sha256"] is None and log.lookup("g")[1]["scores"] == {}


def test_wal_mode_and_reopen(tmp_path):
    path = tmp_path / "audit.sqlite3"
    AuditLog(path).record("g", "prompt", "allowed")
    assert sqlite3.connect(path).execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert [r["stage"] for r in AuditLog(path).lookup("g")] == ["prompt"]


def test_query_filters_order_and_limit(tmp_path):
    log = AuditLog(tmp_path / "audit.sqlite3")
    for gid, stage, outcome in [("g1", "prompt", "allowed"), ("g1", "frames", "refused"), ("g2", "prompt", "refused"),
                                ("g2", "frames", "allowed"), ("g2", "release", "released"), ("g3", "request", "invalid")]:
        log.record(gid, stage, outcome)
    assert [r["id"] for r in log.query()] == [6, 5, 4, 3, 2, 1]  # newest first
    assert [r["id"] for r in log.query(limit=2)] == [6, 5]
    assert [(r["generation_id"], r["stage"]) for r in log.query(outcome="refused")] == [("g2", "prompt"),
                                                                                         ("g1", "frames")]
    assert [r["stage"] for r in log.query(generation_id="g2", outcome="allowed")] == ["frames"]
    assert [r["stage"] for r in log.lookup("g2")] == ["prompt", "frames", "release"]  # oldest first
    assert log.lookup("nope") == [] and len(log) == 6
    future = (datetime.now(timezone.utc) + timedelta(hours=1)).isoformat()
    assert log.query(since=future) == []
    assert len(log.query(since="2000-01-01")) == 6
    # A local-offset time is converted to UTC before comparing: one hour ago in UTC+02:00 is still "an hour ago".
    hour_ago = (datetime.now(timezone.utc) - timedelta(hours=1)).astimezone(timezone(timedelta(hours=2)))
    assert len(log.query(since=hour_ago.isoformat())) == 6


def test_normalize_time():
    assert normalize_time("2026-11-22") == "2026-11-22T00:00:00.000000+00:00"
    assert normalize_time("2026-11-22T10:00:00+02:00") == "2026-11-22T08:00:00.000000+00:00"
    assert normalize_time("2026-11-22T10:00:00Z") == "2026-11-22T10:00:00.000000+00:00"


@pytest.mark.parametrize("kwargs,needle", [
    ({"outcome": "maybe"}, "'maybe'"), ({"limit": 0}, "limit"), ({"limit": "5"}, "'5'"),
    ({"since": "yesterday"}, "'yesterday'"),
])
def test_bad_query_is_a_clear_error(tmp_path, kwargs, needle):
    with pytest.raises(ValueError, match=needle):
        AuditLog(tmp_path / "audit.sqlite3").query(**kwargs)


@pytest.mark.parametrize("args,needle", [
    (("", "prompt", "allowed"), "generation_id"), (("g", "prompt", "ok"), "'ok'"),
    (("g", "prompt", "refused", "violence"), "'violence'"),
])
def test_bad_record_is_a_clear_error(tmp_path, args, needle):
    with pytest.raises(ValueError, match=needle):
        AuditLog(tmp_path / "audit.sqlite3").record(*args)


_WRITER = """
import sys, time
sys.path.insert(0, {repo!r})
from moderation.audit import AuditLog
log = AuditLog({path!r})
for i in range(5):
    log.record(f"gen{{i}}", "prompt", "allowed", (), {{"violence": i / 10}}, prompt=f"p{{i}}")
print("written", flush=True)
time.sleep(60)  # mid-request: the parent kills us here, with no chance to close anything
"""


def test_rows_survive_sigkill_mid_request(tmp_path):
    path = tmp_path / "audit.sqlite3"
    proc = subprocess.Popen([sys.executable, "-c", _WRITER.format(repo=str(REPO), path=str(path))],
                            stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout.readline().strip() == "written"
        os.kill(proc.pid, signal.SIGKILL)
        assert proc.wait(timeout=10) == -signal.SIGKILL
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    rows = AuditLog(path).query()
    assert [r["generation_id"] for r in rows] == ["gen4", "gen3", "gen2", "gen1", "gen0"]
    assert [r["scores"]["violence"] for r in rows] == [0.4, 0.3, 0.2, 0.1, 0.0]


def test_concurrent_writers_and_readers(tmp_path):
    log = AuditLog(tmp_path / "audit.sqlite3")
    errors: list[BaseException] = []

    def writer(n: int) -> None:
        try:
            for i in range(30):
                log.record(f"w{n}", "frames", "allowed", (), {"face": i / 100})
                log.query(generation_id=f"w{n}", limit=5)
        except BaseException as e:  # surfaced below: a thread's exception would otherwise vanish
            errors.append(e)

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert len(log) == 120
    assert [r["scores"]["face"] for r in log.lookup("w3")] == [i / 100 for i in range(30)]
    assert sorted(r["id"] for r in log.query(limit=1000)) == list(range(1, 121))
    log.close()
    assert len(log) == 120  # reopens after close


def test_audit_main_prints_json_lines(tmp_path, capsys):
    path = tmp_path / "audit.sqlite3"
    log = AuditLog(path)
    log.record("g1", "prompt", "refused", ("sexual",), {"sexual": 0.9})
    log.record("g2", "prompt", "allowed")
    out = io.StringIO()
    assert audit_main(["--path", str(path), "--outcome", "refused"], out=out) == 0
    rows = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [(r["generation_id"], r["categories"]) for r in rows] == [("g1", ["sexual"])]
    out = io.StringIO()
    assert audit_main(["--path", str(path), "--generation-id", "g2", "--limit", "1"], out=out) == 0
    assert json.loads(out.getvalue())["stage"] == "prompt"
    assert audit_main(["--path", str(tmp_path / "missing.sqlite3")]) == 2
    assert audit_main(["--path", str(path), "--since", "not a time"]) == 2
    assert "'not a time'" in capsys.readouterr().err


def test_module_cli_runs(tmp_path):
    path = tmp_path / "audit.sqlite3"
    AuditLog(path).record("gcli", "release", "released", details={"sha256": "ab"})
    done = subprocess.run([sys.executable, "-m", "moderation.audit", "--path", str(path), "--generation-id", "gcli"],
                          cwd=REPO, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["details"] == {"sha256": "ab"}
