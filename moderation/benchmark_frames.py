"""Frame-moderation speed: `python -m moderation.benchmark_frames [--repeats 5] [--torch-threads 1] [--json]`.

Measures, on 16-frame 256x256 clips (the default clip), frames per second for each detector alone and for
`check_frames` as a whole:
- nudenet: `detect_batch` over the 16 frames (batched, 1-thread onnxruntime session);
- faces: the Haar frontal-face cascade on every frame (in check_frames it runs only on frames where nudenet
  found a face, so this is its worst case);
- weapons: EfficientNet-Lite0 (onnxruntime, 1 thread) on all 16 frames in one batch;
- all: `check_frames` on a flat-shape clip and on a clip of a real face photo, with the work spread over two
  threads (the default) and in one.
Wall time AND process CPU time are reported: on a shared machine wall time swings with the load, CPU time less.
The clips are drawn here (a moving disc on a flat background, like the studio's world; a face photo from
scikit-image when installed), so this module imports nothing from sora_pipeline.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import time
from dataclasses import replace
from typing import Callable

import cv2
import numpy as np
import torch

from moderation.frames import FrameClassifiers, _haar_faces, _nudenet, _weapon_probs, check_frames

NUM_FRAMES, SIZE = 16, 256


def flat_clip() -> np.ndarray:
    """(16, 256, 256, 3) uint8 RGB: a red disc moving right on a gray background."""
    frames = np.full((NUM_FRAMES, SIZE, SIZE, 3), 128, np.uint8)
    for i, frame in enumerate(frames):
        cv2.circle(frame, (60 + 8 * i, 128), 40, (230, 30, 30), thickness=-1, lineType=cv2.LINE_AA)
    return frames


def photo_clip() -> np.ndarray | None:
    """(16, 256, 256, 3) uint8 RGB of scikit-image's astronaut photo, shifted a pixel a frame; None if absent."""
    try:
        from skimage import data
    except ImportError:
        return None
    face = cv2.resize(data.astronaut(), (SIZE + NUM_FRAMES, SIZE + NUM_FRAMES), interpolation=cv2.INTER_AREA)
    return np.stack([face[i:i + SIZE, i:i + SIZE] for i in range(NUM_FRAMES)])


def measure(fn: Callable[[], object], repeats: int) -> dict[str, float]:
    """Median wall and CPU seconds per call over `repeats` calls, after one warm-up call."""
    fn()
    walls, cpus = [], []
    for _ in range(repeats):
        w0, c0 = time.perf_counter(), time.process_time()
        fn()
        walls.append(time.perf_counter() - w0)
        cpus.append(time.process_time() - c0)
    wall, cpu = statistics.median(walls), statistics.median(cpus)
    return {"wall_s": round(wall, 4), "cpu_s": round(cpu, 4), "frames_per_s": round(NUM_FRAMES / wall, 1),
            "cpu_ms_per_frame": round(1000 * cpu / NUM_FRAMES, 1)}


def run(repeats: int) -> dict[str, dict[str, float]]:
    start = time.perf_counter()
    classifiers = FrameClassifiers.load()
    load_s = time.perf_counter() - start
    sequential = replace(classifiers, policy=replace(classifiers.policy, parallel=False))
    flat, photo = flat_clip(), photo_clip()
    policy = classifiers.policy
    results = {
        "nudenet": measure(lambda: _nudenet(flat, classifiers), repeats),
        "faces (Haar, every frame)": measure(
            lambda: [_haar_faces(f, classifiers.face_cascade(), policy) for f in flat], repeats),
        "weapons": measure(lambda: _weapon_probs(flat, classifiers.weapon_model, policy.weapon_input_size),
                           repeats),
        "all: check_frames, flat clip": measure(lambda: check_frames(flat, classifiers), repeats),
        "all: check_frames, flat clip, one thread": measure(lambda: check_frames(flat, sequential), repeats),
    }
    if photo is not None:
        results["all: check_frames, face photo clip"] = measure(lambda: check_frames(photo, classifiers), repeats)
    results["load"] = {"wall_s": round(load_s, 3)}
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m moderation.benchmark_frames", description=__doc__.split("\n")[0])
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--torch-threads", type=int, default=1, help="torch threads for the weapon classifier")
    parser.add_argument("--json", action="store_true", help="print one JSON object instead of a table")
    args = parser.parse_args(argv)
    if args.repeats < 1 or args.torch_threads < 1:
        parser.error(f"--repeats and --torch-threads must be >= 1, got {args.repeats} and {args.torch_threads}")
    torch.set_num_threads(args.torch_threads)
    results = run(args.repeats)
    machine = {"cpus": os.cpu_count(), "load_avg_1min": round(os.getloadavg()[0], 2),
               "processor": platform.processor() or platform.machine(), "torch_threads": args.torch_threads}
    if args.json:
        print(json.dumps({"machine": machine, "clip": [NUM_FRAMES, SIZE, SIZE, 3], "results": results}, indent=2))
        return 0
    print(f"Frame moderation on {NUM_FRAMES}-frame {SIZE}x{SIZE} clips; machine: {machine}")
    print(f"{'detector':44s} {'wall s/clip':>11s} {'frames/s':>9s} {'CPU s/clip':>10s} {'CPU ms/frame':>12s}")
    for name, r in results.items():
        if name == "load":
            continue
        print(f"{name:44s} {r['wall_s']:11.3f} {r['frames_per_s']:9.1f} {r['cpu_s']:10.3f} "
              f"{r['cpu_ms_per_frame']:12.1f}")
    print(f"load (once per process): {results['load']['wall_s']:.2f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
