"""End-to-end speed of the studio on this machine: `python benchmark_studio.py [--runs 5] [--no-llm]`.

Runs `Studio.generate` on the default clip (2 s at 8 fps, 256x256, the model's default steps and guidance) the
way the app does, after a warm-up that loads every model, and prints the median seconds of each stage and its
share of the total: how long a user waits, and how much of it the safety layer (prompt and frame moderation,
watermarks, signing) costs. Figures are ratios measured in one run; absolute times depend on the machine's load.

The frame check runs beside the watermarking, so the "moderation" stage counts only the wait it adds after the
watermarks. Sharing two cores also slows the watermarking down, so the script reports a second, stricter figure:
each run's watermark window (watermark + the wait) minus the same watermarking timed alone on the same frames
right after, plus the prompt and upload checks, i.e. the wall time the safety classifiers add to a request.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from moderation import watermark
from sora_pipeline.video_io import decode_video
from studio import GenerationRequest, Studio, StudioConfig

PROMPTS = ("a red circle moving left on a black background", "a crimson ball drifting leftward over a dark backdrop",
           "a blue square growing on a white background", "a yellow triangle moving up on a gray background")
SAFETY_STAGES = ("moderation", "watermark", "sign")


def run(runs: int, use_llm: bool, upsample: bool) -> dict[str, list[float]]:
    """Per-stage seconds of `runs` generations (plus 'total', the wall time of each generate call)."""
    with tempfile.TemporaryDirectory() as tmp:
        cfg = StudioConfig(data_dir=Path(tmp), use_llm_upsampler=use_llm, rate_limit_requests=10_000)
        studio = Studio(cfg)
        t0 = time.perf_counter()
        studio.warm_up()
        print(f"warm-up (load every model once): {time.perf_counter() - t0:.1f} s")
        studio.generate(GenerationRequest(prompt=PROMPTS[0], seed=0, upsample=upsample))  # first-call costs
        stages: dict[str, list[float]] = {}
        for i in range(runs):
            request = GenerationRequest(prompt=PROMPTS[i % len(PROMPTS)], seed=i, upsample=upsample)
            t0 = time.perf_counter()
            result = studio.generate(request)
            total = time.perf_counter() - t0
            if not result.ok:
                raise SystemExit(f"generation {i} was not released: {result.status}: {result.message}")
            timings = result.report["timings"]
            for stage, seconds in timings.items():
                stages.setdefault(stage, []).append(seconds)
            stages.setdefault("total", []).append(total)
            # The same watermarking again, alone (no frame check beside it), on the released frames.
            frames, _ = decode_video(Path(result.path).read_bytes())
            t0 = time.perf_counter()
            watermark.embed_invisible(watermark.add_visible(frames, cfg.visible_watermark_text), "benchmark")
            alone = time.perf_counter() - t0
            window = timings["watermark"] + result.report["frame_check"]["wait_s"]
            prompt_checks = timings["moderation"] - result.report["frame_check"]["wait_s"]
            stages.setdefault("frame_check_full", []).append(result.report["frame_check"]["seconds"])
            stages.setdefault("prompt_checks", []).append(prompt_checks)
            stages.setdefault("added_by_moderation", []).append(prompt_checks + max(0.0, window - alone))
        return stages


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--no-llm", action="store_true", help="deterministic upsampler instead of SmolLM2")
    parser.add_argument("--no-upsample", action="store_true", help="use the prompt as the caption")
    args = parser.parse_args(argv)
    stages = run(args.runs, not args.no_llm, not args.no_upsample)
    total = statistics.median(stages.pop("total"))
    full, added = statistics.median(stages.pop("frame_check_full")), statistics.median(stages.pop("added_by_moderation"))
    prompt_checks = statistics.median(stages.pop("prompt_checks"))
    print(f"default clip, {args.runs} runs, median seconds per stage (share of the median total):")
    for stage, values in sorted(stages.items(), key=lambda kv: -statistics.median(kv[1])):
        m = statistics.median(values)
        print(f"  {stage:16s} {m:7.3f} s  {m / total:6.1%}")
    safety = sum(statistics.median(stages[s]) for s in SAFETY_STAGES if s in stages)
    moderation = statistics.median(stages["moderation"]) if "moderation" in stages else 0.0
    print(f"  {'total':16s} {total:7.3f} s")
    print(f"moderation share: {moderation / total:.1%}; safety layer (moderation + watermarks + signing) share: "
          f"{safety / total:.1%}")
    print(f"frame check {full:.3f} s (beside the watermarks); wall time the classifiers add, measured against the "
          f"watermarks alone: {added:.3f} s = {added / total:.1%} of the total (of which the prompt and caption "
          f"checks {prompt_checks:.3f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
