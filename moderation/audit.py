"""The audit log: one SQLite row per moderation stage of every generation, written the moment it is decided.

    log = AuditLog(".studio/audit.sqlite3")
    log.record(generation_id, "prompt", "refused", ("violence",), {"violence": 0.93}, prompt=text, client="alice")
    log.lookup(generation_id)                    -> that generation's rows, oldest first
    log.query(since="2026-11-22T00:00:00", outcome="refused", limit=20)   -> matching rows, newest first
    python -m moderation.audit --path .studio/audit.sqlite3 --outcome refused --limit 20   (JSON lines)

Contract:
- Each row: id, time (UTC, ISO 8601 with microseconds), generation_id, stage, outcome, categories (list), scores
  (dict), prompt_sha256 (hex of the UTF-8 prompt, or None), prompt (the text only when store_prompts=True, else
  None), client, details (dict or None).
- Durable per record: autocommit, WAL journal, synchronous=FULL. A row is on disk when `record` returns, so a
  process killed mid-request (even with SIGKILL) leaves every row it recorded before.
- Thread-safe: one connection per thread (sqlite3 connections must not be shared across threads without care);
  WAL lets readers run beside the writer, and a 30 s busy timeout serialises writers, also across processes.
- Privacy: prompts are stored as a hash unless the operator turns store_prompts on; the hash still lets an
  operator confirm "was this exact prompt refused?" without keeping the text.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sqlite3
import sys
import threading
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Mapping, Sequence

OUTCOMES: tuple[str, ...] = ("allowed", "refused", "invalid", "released")
MAX_LIMIT = 1_000_000  # one query never returns more rows than this
BUSY_TIMEOUT_S = 30.0

_SCHEMA = """
CREATE TABLE IF NOT EXISTS audit (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    time TEXT NOT NULL,
    generation_id TEXT NOT NULL,
    stage TEXT NOT NULL,
    outcome TEXT NOT NULL,
    categories TEXT NOT NULL,
    scores TEXT NOT NULL,
    prompt_sha256 TEXT,
    prompt TEXT,
    client TEXT,
    details TEXT
);
CREATE INDEX IF NOT EXISTS audit_generation ON audit (generation_id);
CREATE INDEX IF NOT EXISTS audit_time ON audit (time);
"""
_COLUMNS = ("id", "time", "generation_id", "stage", "outcome", "categories", "scores", "prompt_sha256", "prompt",
            "client", "details")


def utc_now() -> str:
    """The current time as stored: '2026-11-22T21:30:01.123456+00:00' (fixed width, so text order is time order)."""
    return datetime.now(timezone.utc).isoformat(timespec="microseconds")


def normalize_time(value: str) -> str:
    """An ISO time ('2026-11-22', '2026-11-22T10:00:00Z', with or without offset; naive means UTC) as stored."""
    if not isinstance(value, str):
        raise ValueError(f"since must be an ISO time string, got {value!r}")
    try:
        moment = datetime.fromisoformat(value.strip())
    except ValueError:
        raise ValueError(f"since {value!r} is not an ISO time such as 2026-11-22T10:00:00") from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(timezone.utc).isoformat(timespec="microseconds")


def prompt_hash(prompt: str) -> str:
    """sha256 hex digest of the prompt's UTF-8 bytes, the value stored in prompt_sha256."""
    return hashlib.sha256(prompt.encode("utf-8")).hexdigest()


class AuditLog:
    """Append-only audit log in one SQLite file (created with its folder on first use)."""

    def __init__(self, path: str | Path, store_prompts: bool = False) -> None:
        self.path = Path(path)
        self.store_prompts = bool(store_prompts)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._local = threading.local()
        self._all: list[sqlite3.Connection] = []
        self._all_lock = threading.Lock()
        self._connect().executescript(_SCHEMA)

    # -- connections ---------------------------------------------------------------------------------------------
    def _connect(self) -> sqlite3.Connection:
        """This thread's connection, opened on first use."""
        conn = getattr(self._local, "conn", None)
        if conn is None:
            # isolation_level=None: autocommit, so every INSERT is its own committed transaction.
            conn = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_S, isolation_level=None,
                                   check_same_thread=False)
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=FULL")  # the commit is on disk before record() returns
            self._local.conn = conn
            with self._all_lock:
                self._all.append(conn)
        return conn

    def close(self) -> None:
        """Close every connection this log opened (in any thread); later calls reopen as needed."""
        with self._all_lock:
            for conn in self._all:
                conn.close()
            self._all.clear()
        self._local = threading.local()

    # -- writing ---------------------------------------------------------------------------------------------------
    def record(self, generation_id: str, stage: str, outcome: str, categories: Sequence[str] = (),
               scores: Mapping[str, float] | None = None, prompt: str | None = None, client: str | None = None,
               details: Mapping[str, Any] | None = None) -> int:
        """Append one row and commit it; returns its id. outcome is one of OUTCOMES."""
        for name, value in (("generation_id", generation_id), ("stage", stage)):
            if not isinstance(value, str) or not value:
                raise ValueError(f"{name} must be a non-empty string, got {value!r}")
        if outcome not in OUTCOMES:
            raise ValueError(f"outcome {outcome!r} is not one of {list(OUTCOMES)}")
        if isinstance(categories, str):
            raise ValueError(f"categories must be a sequence of names, got the string {categories!r}")
        if prompt is not None and not isinstance(prompt, str):
            raise ValueError(f"prompt must be text or None, got {type(prompt).__name__}")
        row = (utc_now(), generation_id, stage, outcome,
               json.dumps([str(c) for c in categories]),
               json.dumps({str(k): float(v) for k, v in dict(scores or {}).items()}),
               prompt_hash(prompt) if prompt is not None else None,
               prompt if (prompt is not None and self.store_prompts) else None,
               client,
               json.dumps(dict(details), default=str) if details is not None else None)
        cur = self._connect().execute(
            "INSERT INTO audit (time, generation_id, stage, outcome, categories, scores, prompt_sha256, prompt, "
            "client, details) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", row)
        return int(cur.lastrowid)

    # -- reading ---------------------------------------------------------------------------------------------------
    def query(self, generation_id: str | None = None, since: str | None = None, outcome: str | None = None,
              limit: int = 100) -> list[dict[str, Any]]:
        """Rows matching every given filter, newest first, at most `limit`. `since` is an ISO time (inclusive)."""
        if isinstance(limit, bool) or not isinstance(limit, int) or not 1 <= limit <= MAX_LIMIT:
            raise ValueError(f"limit must be a whole number from 1 to {MAX_LIMIT}, got {limit!r}")
        if outcome is not None and outcome not in OUTCOMES:
            raise ValueError(f"outcome {outcome!r} is not one of {list(OUTCOMES)}")
        where, params = [], []
        if generation_id is not None:
            where.append("generation_id = ?")
            params.append(generation_id)
        if since is not None:
            where.append("time >= ?")
            params.append(normalize_time(since))
        if outcome is not None:
            where.append("outcome = ?")
            params.append(outcome)
        sql = f"SELECT {', '.join(_COLUMNS)} FROM audit"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY id DESC LIMIT ?"
        return [_row_dict(r) for r in self._connect().execute(sql, (*params, limit))]

    def lookup(self, generation_id: str) -> list[dict[str, Any]]:
        """Every row of one generation, oldest first (the order its stages ran)."""
        if not isinstance(generation_id, str) or not generation_id:
            raise ValueError(f"generation_id must be a non-empty string, got {generation_id!r}")
        cur = self._connect().execute(
            f"SELECT {', '.join(_COLUMNS)} FROM audit WHERE generation_id = ? ORDER BY id ASC", (generation_id,))
        return [_row_dict(r) for r in cur]

    def __len__(self) -> int:
        return int(self._connect().execute("SELECT COUNT(*) FROM audit").fetchone()[0])


def _row_dict(row: tuple) -> dict[str, Any]:
    out = dict(zip(_COLUMNS, row))
    for key in ("categories", "scores", "details"):
        if out[key] is not None:
            out[key] = json.loads(out[key])
    return out


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m moderation.audit", description="Query the audit log.")
    parser.add_argument("--path", type=Path, required=True, help="the audit log file (e.g. .studio/audit.sqlite3)")
    parser.add_argument("--generation-id", help="only this generation's rows")
    parser.add_argument("--since", help="ISO time, e.g. 2026-11-22T00:00:00 (UTC when no offset is given)")
    parser.add_argument("--outcome", choices=OUTCOMES)
    parser.add_argument("--limit", type=int, default=100)
    return parser


def audit_main(argv: list[str] | None = None, out=None) -> int:
    """CLI body: print matching rows as JSON lines (newest first). 0 on success, 2 on bad input or no log."""
    out = out or sys.stdout
    args = build_parser().parse_args(argv)
    if not args.path.is_file():
        print(f"error: no audit log at {str(args.path)!r}", file=sys.stderr)
        return 2
    try:
        rows = AuditLog(args.path).query(generation_id=args.generation_id, since=args.since,
                                         outcome=args.outcome, limit=args.limit)
    except ValueError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    for row in rows:
        print(json.dumps(row, ensure_ascii=False), file=out)
    return 0


if __name__ == "__main__":
    sys.exit(audit_main())
