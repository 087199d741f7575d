"""Time and memory per clip of the open-model backends at the released models' sizes, with random weights.

No weights can be fetched where this runs, but time and memory per clip depend on the layer shapes, the token
counts and the kernels, not on the weights' values: `random_backends.py` builds the released architectures with
random weights, and each case below calls the real `Backend` (planning, diffusers pipeline, VAE decode, display
frames), exactly as the studio does. The frames are noise, so no quality is measured, and First Block Cache (which
skips blocks when the first block's output barely changes between steps) decides on random activations: its
figure says nothing about its effect on the real model. Pyramid attention broadcast and FasterCache skip on a
fixed timestep schedule, so their speed-up carries over (their quality cost does not).

    python -m sora_pipeline.benchmark_backends --size released --device cuda --out backends.json   # on a GPU
    python -m sora_pipeline.benchmark_backends --size tiny                                          # CPU smoke run

Per case: seconds for the whole call, up to the first step (text encoding, latents; the first step included),
the median step, after the last step (VAE decode, display frames), peak GPU memory, and for the released
models' published settings (81 frames at 832x480 for Wan, 121 at 768x512 for LTX) the clip time at the card's
50 steps estimated from the measured parts when fewer steps were run. Cases run in order until --budget-s is
spent; the rest are listed as skipped.

The "load_backend from a folder" cases save the model in diffusers format (under --folder-dir; put it on a disk, not
a tmpfs) and load it the app's way. With --cold-load the kernel's page cache is dropped in between (Linux, as root),
so the load reads the disk; the report says whether that happened and how much the page cache held before and after.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import statistics
import subprocess
import tempfile
import time
from dataclasses import asdict, dataclass, replace
from pathlib import Path

import diffusers
import numpy as np
import torch

from sora_pipeline import random_backends
from sora_pipeline.backends import Backend, load_backend, plan_frames, plan_size

PROMPT = "a red ball rolls left on the white sky"  # words of the random tokenizer's vocabulary


@dataclass(frozen=True)
class Case:
    name: str
    backend: str  # a BACKENDS key
    height: int  # display size, as the studio asks (the backend plans its native size from it)
    width: int
    num_frames: int  # display frames at 8 fps
    steps: int
    cache: str | None = None
    image_to_video: bool = False
    offload: bool = False  # accelerate model CPU offload (what load_backend does on GPUs under 24 GiB)
    from_folder: bool = False  # save the model in diffusers format, then load it with load_backend (the app's path)
    estimate_steps: int | None = None  # also report the clip time at this many steps


def cases(size: str) -> list[Case]:
    """In priority order; a tiny run uses few steps (it checks the code, not the speed)."""
    full = size == "released"
    steps, short = (50, 25) if full else (3, 3)
    out = []
    for name, published in (("wan2.1-t2v-1.3b", (480, 832)), ("ltx-video", (512, 768))):
        out += [Case(f"{name}: warm-up", name, 256, 256, 16, 2),
                Case(f"{name}: studio default clip", name, 256, 256, 16, steps),
                # 40 display frames at 8 fps = 5 s: Wan's 81 frames at 16 fps, LTX's 121 at 24 fps.
                Case(f"{name}: published setting (5 s)", name, *published, 40,
                     (10 if name.startswith("wan") else 50) if full else 2, estimate_steps=50)]
    for name in ("wan2.1-t2v-1.3b", "ltx-video"):
        out += [Case(f"{name}: cache {c or 'none'}", name, 256, 256, 16, short, cache=c)
                for c in (None, "first_block", "pyramid", "faster")]
    out.append(Case("ltx-video: image to video", "ltx-video", 256, 256, 16, steps, image_to_video=True))
    out += [Case(f"{name}: CPU offload", name, 256, 256, 16, 4 if full else 2, offload=True)
            for name in ("wan2.1-t2v-1.3b", "ltx-video")]
    out += [Case(f"{name}: load_backend from a folder", name, 256, 256, 16, 4 if full else 2, from_folder=True)
            for name in ("wan2.1-t2v-1.3b", "ltx-video")]
    return out


def run_case(backend: Backend, case: Case, device: torch.device) -> tuple[dict, np.ndarray]:
    """Call the backend once as the studio would; (figures, the display frames (T, H, W, 3) uint8)."""
    sync = torch.cuda.synchronize if device.type == "cuda" else (lambda: None)
    stamps: list[float] = []

    def on_step(step: int, total: int) -> None:
        sync()  # the step's kernels are done: the stamp is the step's end, not its launch
        stamps.append(time.perf_counter())

    known = mask = None
    if case.image_to_video:
        rng = np.random.default_rng(0)
        known = np.zeros((case.num_frames, case.height, case.width, 3), dtype=np.uint8)
        known[0] = rng.integers(0, 256, (case.height, case.width, 3), dtype=np.uint8)
        mask = np.zeros(case.num_frames, dtype=bool)
        mask[0] = True
    if device.type == "cuda":
        _free(device)  # drop the allocator cache left by building (fp32 encoders before the cast): the reserved
        torch.cuda.reset_peak_memory_stats(device)  # peak is then this generation's, not the build's
    sync()
    t0 = time.perf_counter()
    out = backend(PROMPT, height=case.height, width=case.width, num_frames=case.num_frames,
                  num_inference_steps=case.steps, generator=torch.Generator(device).manual_seed(0),
                  known_frames=known, known_mask=mask, callback=on_step)
    sync()
    t1 = time.perf_counter()
    steps = np.diff(stamps).tolist()
    step_s = statistics.median(steps) if steps else None
    result = dict(asdict(case), seconds=round(t1 - t0, 3), to_first_step_s=round(stamps[0] - t0, 3),
                  median_step_s=None if step_s is None else round(step_s, 4),
                  after_last_step_s=round(t1 - stamps[-1], 3), steps_run=len(stamps),
                  frames_shape=list(out.frames.shape), native=_native(backend, case),
                  peak_gpu_gib=round(torch.cuda.max_memory_allocated(device) / 2**30, 2)
                  if device.type == "cuda" else None,
                  peak_reserved_gib=round(torch.cuda.max_memory_reserved(device) / 2**30, 2)
                  if device.type == "cuda" else None)
    if case.estimate_steps and step_s is not None:
        first_step_overhead = stamps[0] - t0 - step_s  # text encoding and latents, the first step removed
        result["estimated_clip_s"] = round(first_step_overhead + case.estimate_steps * step_s + (t1 - stamps[-1]),
                                           2)
    return result, out.frames


def _through_a_folder(pipe, spec, device: torch.device, parent: str | None = None,
                      cold: bool = False) -> tuple[Backend, dict]:
    """Save pipe in diffusers format under parent, drop it (pass the last reference), and load it back with
    load_backend; cold: drop the page cache first, so the load reads the disk."""
    with tempfile.TemporaryDirectory(prefix="bench-model-", dir=parent) as folder:
        t = time.perf_counter()
        pipe.save_pretrained(folder)
        saved = time.perf_counter() - t
        pipe = None
        _free(device)
        page_cache = _drop_page_cache() if cold else {}
        t = time.perf_counter()
        backend = load_backend(replace(spec, repo_id=folder), device=device)
        loaded = time.perf_counter() - t
        size = sum(f.stat().st_size for f in Path(folder).rglob("*") if f.is_file())
    p = backend.pipe
    return backend, {"folder_bytes": size, "save_s": round(saved, 1), "load_s": round(loaded, 1), **page_cache,
                     "offload": backend._offload, "vae_tiling": bool(getattr(p.vae, "use_tiling", False)),
                     "dtypes": {k: str(m.dtype) for k, m in p.components.items() if isinstance(m, torch.nn.Module)},
                     "device": str(p.transformer.device)}


def _page_cache_gib() -> float | None:
    """What the kernel's page cache holds now ("Cached" in /proc/meminfo), or None where there is no such file."""
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("Cached:"):
                return round(int(line.split()[1]) / 2**20, 2)  # kB -> GiB
    except OSError:
        pass
    return None


def _drop_page_cache() -> dict:
    """Write dirty pages back and ask Linux to drop its clean page cache (needs root); says what happened."""
    before = _page_cache_gib()
    os.sync()
    try:
        Path("/proc/sys/vm/drop_caches").write_text("3\n")
        dropped = "dropped"
    except OSError as error:  # not Linux, not root, or a read-only /proc/sys (containers): the load is not cold
        dropped = f"not dropped ({type(error).__name__}: {error})"
    return {"page_cache": dropped, "page_cache_gib_before": before, "page_cache_gib_after": _page_cache_gib()}


def _free(device: torch.device) -> None:
    """Return the memory of models no longer referenced (to the GPU's allocator and then the driver)."""
    gc.collect()
    if device.type == "cuda":
        torch.cuda.empty_cache()


def _write(report: dict, out: str) -> None:
    if out:
        with open(out, "w") as f:
            json.dump(report, f, indent=1)


def _commit() -> str:
    """The code's git commit (with "+changes" when the tree differs from it), or "" outside a checkout."""
    try:
        sha = subprocess.run(["git", "rev-parse", "--short=12", "HEAD"], capture_output=True, text=True,
                             check=True, cwd=Path(__file__).parent).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], capture_output=True,
                               text=True, cwd=Path(__file__).parent).stdout.strip()
        return sha + ("+changes" if dirty else "")
    except (OSError, subprocess.CalledProcessError):
        return ""


def _native(backend: Backend, case: Case) -> dict:
    size_multiple, frame_multiple = backend._multiples()
    h, w = plan_size(case.height, case.width, backend.spec.native_area, size_multiple)
    frames, _ = plan_frames(case.num_frames, backend.spec.native_fps, frame_multiple)
    return {"height": h, "width": w, "frames": frames}


def main(argv: list[str] | None = None) -> dict:
    """Run the cases (see the module docstring); returns the report that --out writes."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", choices=random_backends.SIZES, default="tiny")
    parser.add_argument("--device", default="cuda" if torch.cuda.is_available() else "cpu")
    parser.add_argument("--budget-s", type=float, default=600.0, help="start no case after this many seconds")
    parser.add_argument("--only", default="", help="run only cases whose name contains one of these (comma-separated)")
    parser.add_argument("--out", default="", help="write the results as JSON here")
    parser.add_argument("--folder-dir", default=None,
                        help="where the load_backend cases save the model (default: the system's temp folder)")
    parser.add_argument("--cold-load", action="store_true",
                        help="drop the page cache before the load_backend cases load (Linux, root)")
    args = parser.parse_args(argv)
    device = torch.device(args.device)
    dtype = torch.bfloat16 if device.type == "cuda" else torch.float32
    start = time.perf_counter()
    report = {"size": args.size, "device": str(device), "dtype": str(dtype), "torch": torch.__version__,
              "diffusers": diffusers.__version__, "python": platform.python_version(),
              "gpu": torch.cuda.get_device_name(device) if device.type == "cuda" else None,
              "commit": _commit(), "date": time.strftime("%Y-%m-%d %H:%M:%S %Z"),
              "models": {}, "cases": [], "skipped": []}
    with tempfile.TemporaryDirectory(prefix="bench-tok-") as folder:
        tok = random_backends.tokenizer(folder)
    pipes: dict[str, object] = {}
    reference: dict[str, np.ndarray] = {}  # uncached frames per backend, for the caches' pixel difference
    only = [part.strip() for part in args.only.split(",") if part.strip()]
    for case in cases(args.size):
        if (only and not any(part in case.name for part in only)) or time.perf_counter() - start > args.budget_s:
            report["skipped"].append(case.name)
            continue
        try:
            if case.backend not in pipes:
                pipe = backend = None  # one model on the GPU at a time: drop every reference to the last one
                pipes.clear()
                _free(device)
                t = time.perf_counter()
                built = random_backends.BUILDERS[case.backend](tok, args.size, device=device, dtype=dtype)
                if hasattr(built.vae, "enable_tiling"):
                    built.vae.enable_tiling()  # as load_backend does
                pipes[case.backend] = built
                report["models"][case.backend] = {
                    "build_s": round(time.perf_counter() - t, 1),
                    "resident_gib": round(torch.cuda.memory_allocated(device) / 2**30, 2)
                    if device.type == "cuda" else None,
                    "parameters_millions": {k: round(sum(p.numel() for p in m.parameters()) / 1e6, 1)
                                            for k, m in built.components.items() if isinstance(m, torch.nn.Module)}}
                built = None
            spec = random_backends.spec(case.backend, args.size)
            if case.from_folder:
                pipe = backend = None
                backend, loading = _through_a_folder(pipes.pop(case.backend), spec, device, args.folder_dir,
                                                     args.cold_load)
                pipe = pipes[case.backend] = backend.pipe
                report["models"][case.backend]["load_backend"] = loading
            else:
                pipe = pipes[case.backend]
                if case.offload:
                    pipe.enable_model_cpu_offload(device=device)
                backend = Backend(pipe, spec, cache=case.cache, offload=case.offload)
            try:
                result, frames = run_case(backend, case, device)
            finally:
                if case.cache:
                    pipe.transformer.disable_cache()
                if case.offload or case.from_folder:  # offload hooks stay on the modules: start afresh next time
                    pipe = backend = None
                    pipes.pop(case.backend, None)
            if case.name.endswith("cache none"):
                reference[case.backend] = frames
            elif case.cache and case.backend in reference:
                result["mean_abs_diff_vs_uncached"] = round(
                    float(np.abs(frames.astype(int) - reference[case.backend].astype(int)).mean()), 2)
        except Exception as error:  # one failing case must not lose the others' figures
            result = dict(asdict(case), error=f"{type(error).__name__}: {error}"[:500])
        report["cases"].append(result)
        print(json.dumps(result), flush=True)
        _write(report, args.out)  # after every case: a run cut short keeps what it measured
    report["total_s"] = round(time.perf_counter() - start, 1)
    print(table(report), flush=True)
    _write(report, args.out)
    return report


def table(report: dict) -> str:
    """The report as a Markdown table, one row per case."""
    rows = [f"{report['gpu'] or report['device']}, {report['dtype']}, torch {report['torch']}, diffusers "
            f"{report['diffusers']}, {report['size']} architectures with random weights",
            "| case | native frames x size | steps | clip s | median step s | decode etc. s | est. 50-step clip s | "
            "peak GiB |", "|---|---|---|---|---|---|---|---|"]
    for r in report["cases"]:
        if "error" in r:
            rows.append(f"| {r['name']} | error: {r['error'][:120]} |||||||")
            continue
        n = r["native"]
        rows.append(f"| {r['name']} | {n['frames']} x {n['width']}x{n['height']} | {r['steps_run']} | "
                    f"{r['seconds']} | {r['median_step_s']} | {r['after_last_step_s']} | "
                    f"{r.get('estimated_clip_s', '')} | {r['peak_gpu_gib'] if r['peak_gpu_gib'] is not None else ''} |")
    if report["skipped"]:
        rows.append(f"skipped: {', '.join(report['skipped'])}")
    return "\n".join(rows)


if __name__ == "__main__":
    main()
