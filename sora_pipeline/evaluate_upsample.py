"""Measure the prompt upsampler on the labelled prompts in evals/upsample_prompts.jsonl.

`python -m sora_pipeline.evaluate_upsample [--limit N] [--stride K] [--no-llm] [--deadline-s S] [--json PATH]`

Each line of the set is {"prompt", "kind", "stated": {attribute: canonical value}, "excluded"?: {attribute:
[values]}}, labelled by hand with what the prompt states inside the world (not with what the parser finds); rows marked
"split": "holdout" were written after the rules were tuned on the others and are reported apart. A
result is correct when its caption keeps every stated attribute, uses no excluded value, and is the canonical
caption of its attributes. Printed: that share (overall and per kind), how often each method was used, latency per
prompt after loading (median, p90) and the LLM's load time.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

from sora_pipeline import world
from sora_pipeline.upsample import ATTRIBUTES, UpsampleResult, Upsampler, UpsamplerConfig, upsample_prompt

DEFAULT_SET = Path(__file__).resolve().parent.parent / "evals" / "upsample_prompts.jsonl"


def load_set(path: Path) -> list[dict]:
    """The labelled prompts; ValueError quoting the line for a row that is not a valid label."""
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        row = json.loads(line)
        labels = {**row.get("stated", {}), **{a: v for a, vs in row.get("excluded", {}).items() for v in vs}}
        for attribute, value in labels.items():
            if attribute not in ATTRIBUTES:
                raise ValueError(f"{path}:{number}: unknown attribute {attribute!r}")
            try:
                world.Scene(**{**dict(zip(ATTRIBUTES, ("circle", "red", "black", "growing"))), attribute: value})
            except ValueError as e:
                raise ValueError(f"{path}:{number}: {attribute} {value!r} is not in the world: {e}") from e
        rows.append(row)
    return rows


def judge(row: dict, result: UpsampleResult) -> list[str]:
    """Problems with one result (empty when correct): lost or contradicted attributes, excluded values used."""
    got = result.attributes
    problems = [f"{a}: stated {v!r}, got {got.get(a)!r}" for a, v in row.get("stated", {}).items() if got.get(a) != v]
    problems += [f"{a}: excluded {v!r} used" for a, vs in row.get("excluded", {}).items() for v in vs
                 if got.get(a) == v]
    if result.caption != world.caption(world.Scene(**got)):
        problems.append(f"caption {result.caption!r} is not the canonical caption of {got}")
    return problems


def percentile(values: list[float], q: float) -> float:
    """Nearest-rank percentile (q in [0, 100]) of a non-empty list."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q / 100 * len(ordered) + 0.5) - 1))]


def evaluate(rows: list[dict], upsampler: Upsampler | None, seed: int, verbose: bool = False) -> dict:
    """Run every prompt once; returns the figures the CLI prints (and writes with --json)."""
    per_kind: dict[str, list[bool]] = defaultdict(list)
    per_split: dict[str, list[bool]] = defaultdict(list)
    methods: Counter[str] = Counter()
    latencies, cpu_times, failures = [], [], []
    for number, row in enumerate(rows, start=1):
        cpu_start = time.process_time()
        result = upsample_prompt(row["prompt"], seed, upsampler)
        cpu_times.append(time.process_time() - cpu_start)
        if verbose:
            said = next((n for n in result.notes if "LLM caption" in n or n.startswith("LLM ")), "")
            print(f"{number:4d} {result.method:9s} {result.latency_s:6.2f}s {cpu_times[-1]:5.2f}s cpu "
                  f"{row['prompt'][:50]!r} -> {result.caption!r}  [{said}]", file=sys.stderr, flush=True)
        problems = judge(row, result)
        per_kind[row["kind"]].append(not problems)
        per_split[row.get("split", "tuned")].append(not problems)
        methods[result.method] += 1
        latencies.append(result.latency_s)
        if problems:
            failures.append({"prompt": row["prompt"][:100], "caption": result.caption, "method": result.method,
                             "problems": problems})
    correct = sum(ok for oks in per_kind.values() for ok in oks)
    return {"prompts": len(rows), "correct": correct, "share_correct": correct / len(rows),
            "per_kind": {k: f"{sum(v)}/{len(v)}" for k, v in sorted(per_kind.items())},
            "per_split": {k: f"{sum(v)}/{len(v)}" for k, v in sorted(per_split.items())},
            "methods": dict(methods.most_common()), "latency_median_s": statistics.median(latencies),
            "latency_p90_s": percentile(latencies, 90), "latency_max_s": max(latencies),
            "cpu_median_s": statistics.median(cpu_times), "cpu_p90_s": percentile(cpu_times, 90),
            "failures": failures}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m sora_pipeline.evaluate_upsample",
                                     description=__doc__.split("\n")[0])
    parser.add_argument("--limit", type=int, default=None, help="only the first N prompts")
    parser.add_argument("--stride", type=int, default=1, help="only every K-th prompt (a sample of every kind)")
    parser.add_argument("--no-llm", action="store_true", help="deterministic rewrite only (no model load)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--prompts", type=Path, default=DEFAULT_SET)
    parser.add_argument("--json", type=Path, default=None, help="also write the figures here")
    parser.add_argument("--deadline-s", type=float, default=UpsamplerConfig.deadline_s,
                        help="wall-clock limit per LLM generation (the product default unless given)")
    parser.add_argument("--threads", type=int, default=1, help="torch CPU threads (1: polite on a shared CPU)")
    parser.add_argument("--verbose", action="store_true", help="print every rewrite to stderr as it happens")
    args = parser.parse_args(argv)
    if args.limit is not None and args.limit < 1:
        parser.error(f"--limit must be >= 1, got {args.limit}")
    if args.stride < 1:
        parser.error(f"--stride must be >= 1, got {args.stride}")
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    rows = load_set(args.prompts)[:: args.stride][: args.limit]

    load_s, upsampler = 0.0, None
    if not args.no_llm:
        import torch

        torch.set_num_threads(max(1, args.threads))
        start = time.perf_counter()
        upsampler = Upsampler.load(UpsamplerConfig(deadline_s=args.deadline_s))
        load_s = time.perf_counter() - start
    figures = {"llm": not args.no_llm, "deadline_s": args.deadline_s, "load_s": load_s,
               "load_average_before": os.getloadavg(), **evaluate(rows, upsampler, args.seed, args.verbose)}

    print(f"prompts: {figures['prompts']}  ({'SmolLM2-135M-Instruct' if upsampler else 'no LLM'}, seed {args.seed})")
    print(f"keeps every stated attribute, contradicts none: {figures['correct']}/{figures['prompts']} "
          f"= {figures['share_correct']:.1%}  (target >= 95%)")
    print("per split: " + ", ".join(f"{k} {v}" for k, v in figures["per_split"].items())
          + "  (tuned: the rules were developed on these; holdout: written afterwards, never tuned on)")
    print("per kind: " + ", ".join(f"{k} {v}" for k, v in figures["per_kind"].items()))
    print("methods: " + ", ".join(f"{k} {v}" for k, v in figures["methods"].items()))
    print(f"latency per prompt after load: median {figures['latency_median_s']:.3f} s, "
          f"p90 {figures['latency_p90_s']:.3f} s, max {figures['latency_max_s']:.3f} s  (target median < 2 s)")
    print(f"CPU time per prompt ({args.threads} thread; about the latency on an idle core): median "
          f"{figures['cpu_median_s']:.3f} s, p90 {figures['cpu_p90_s']:.3f} s")
    print(f"load time: {load_s:.1f} s (incl. warm-up); LLM deadline {args.deadline_s:g} s; CPU load average "
          f"before the run {figures['load_average_before'][0]:.1f}, after {os.getloadavg()[0]:.1f} (2 cores)")
    for failure in figures["failures"]:
        print(f"FAIL [{failure['method']}] {failure['prompt']!r} -> {failure['caption']!r}: "
              + "; ".join(failure["problems"]))
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
