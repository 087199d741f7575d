"""Command line for the safety layer.

    python -m moderation check-prompt "TEXT"        one JSON verdict {allowed, categories, scores, reason, ...}
    python -m moderation check-prompt --file F      one prompt per line -> one JSON line each (models load once)
    python -m moderation verify clip.mp4            C2PA state, invisible watermark, audit lookup, verdict
    python -m moderation audit [--generation-id X] [--since ISO] [--outcome refused] [--limit N]

Exit codes: 0 success (check-prompt: every text allowed), 1 check-prompt refused at least one text, 2 bad input.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

EXIT_OK, EXIT_REFUSED, EXIT_INVALID = 0, 1, 2


def default_data_dir() -> Path:
    """Where the studio keeps its keys and audit log (STUDIO_DATA_DIR, else .studio beside the packages)."""
    return Path(os.environ.get("STUDIO_DATA_DIR") or Path(__file__).resolve().parent.parent / ".studio")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m moderation", description="The studio's safety layer.")
    sub = parser.add_subparsers(dest="command", required=True)
    c = sub.add_parser("check-prompt", help="check text against the prompt policy")
    c.add_argument("text", nargs="?", help="the text to check")
    c.add_argument("--file", type=Path, help="check every line of this file instead")
    c.add_argument("--stage", default="prompt", choices=["prompt", "negative_prompt", "upsampled_prompt"])
    v = sub.add_parser("verify", help="read a file's content credentials and invisible watermark")
    v.add_argument("path", type=Path)
    v.add_argument("--data-dir", type=Path, default=None, help="the studio's data folder (keys, audit log)")
    a = sub.add_parser("audit", help="query the audit log")
    a.add_argument("--generation-id")
    a.add_argument("--since", help="ISO time, e.g. 2026-11-22T00:00:00")
    a.add_argument("--outcome", help="allowed, refused, invalid or released")
    a.add_argument("--limit", type=int, default=100)
    a.add_argument("--data-dir", type=Path, default=None)
    return parser


def check_prompt_command(args: argparse.Namespace) -> int:
    from moderation.onnx_runtime import DEFAULT_CACHE
    from moderation.prompt import PromptClassifier, check_prompts

    if (args.text is None) == (args.file is None):
        print("error: give either TEXT or --file F", file=sys.stderr)
        return EXIT_INVALID
    if args.file is not None:
        if not args.file.is_file():
            print(f"error: --file {str(args.file)!r} does not exist", file=sys.stderr)
            return EXIT_INVALID
        texts = [line.rstrip("\n") for line in args.file.read_text(encoding="utf-8").splitlines() if line.strip()]
    else:
        texts = [args.text]
    verdicts = check_prompts(texts, PromptClassifier.load(cache_dir=DEFAULT_CACHE), stage=args.stage)
    for text, verdict in zip(texts, verdicts):
        out = verdict.to_dict()
        if args.file is not None:
            out = {"text": text, **out}
        print(json.dumps(out, ensure_ascii=False), flush=True)
    return EXIT_OK if all(v.allowed for v in verdicts) else EXIT_REFUSED


def verify_command(args: argparse.Namespace) -> int:
    from moderation.audit import AuditLog
    from moderation.provenance import SigningKeys
    from moderation.verify import verify_file

    if not args.path.is_file():
        print(f"error: {str(args.path)!r} does not exist", file=sys.stderr)
        return EXIT_INVALID
    data_dir = args.data_dir or default_data_dir()
    audit_path = data_dir / "audit.sqlite3"
    audit = AuditLog(audit_path) if audit_path.exists() else None
    report = verify_file(args.path.read_bytes(), SigningKeys.resolve(data_dir), audit)
    print(json.dumps(report.to_dict(), indent=2, default=str))
    return EXIT_OK


def audit_command(args: argparse.Namespace) -> int:
    from moderation.audit import AuditLog

    path = (args.data_dir or default_data_dir()) / "audit.sqlite3"
    if not path.exists():
        print(f"error: no audit log at {str(path)!r}", file=sys.stderr)
        return EXIT_INVALID
    rows = AuditLog(path).query(generation_id=args.generation_id, since=args.since, outcome=args.outcome,
                                limit=args.limit)
    for row in rows:
        print(json.dumps(row, default=str))
    return EXIT_OK


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    command = {"check-prompt": check_prompt_command, "verify": verify_command, "audit": audit_command}
    return command[args.command](args)


if __name__ == "__main__":
    sys.exit(main())
