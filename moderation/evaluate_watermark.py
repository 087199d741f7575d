"""Measure the invisible watermark: bit accuracy and detection after the edits a released clip meets, and false
detections on clips that were never marked.

    python -m moderation.evaluate_watermark [--clips 24] [--unmarked 200] [--unmarked-edited 40] [--frames 16]

Marked clips cycle through the three display sizes (256x256, 384x256, 256x384) and two kinds of content: the
procedural world's clips rendered at the model's 32-px scale and upscaled (smooth, like our generator's output),
and noisier ones (a textured background plus Gaussian noise). Each is watermarked with a fresh uuid4 id, then:

- app encode: encode_mp4 at crf 18, as the studio releases it;
- re-encode crf 23 / 26 / 28 / 30 / 35: that file decoded and encoded again at lower quality;
- half size: decoded, resized to half (below the 256x256 minimum), re-encoded; the detector resizes it back;
- crop 4 px all sides / crop 8 px top-left: decoded, cropped, re-encoded; the detector searches the offset.

Bit accuracy is per frame (aligned with the true crop offset, over the bits that survive the crop); voted is after
the per-bit majority over frames. Detection counts only the right id digest; "wrong id" counts any other digest.
False detections: unmarked clips (8 frames each) through the same edits (every count must be 0); all of them
through the display-size edits, the first --unmarked-edited through the resize and crop edits (a search).
"""

from __future__ import annotations

import argparse
import sys
import time
import uuid

import cv2
import numpy as np

from moderation.watermark import (DISPLAY_SIZES, aligned_bits, detect_invisible, embed_invisible, id_digest,
                                  payload_for)
from sora_pipeline.video_io import decode_video, encode_mp4
from sora_pipeline.world import Scene, all_scenes, render_clip


def _resize(frames: np.ndarray, w: int, h: int) -> np.ndarray:
    interp = cv2.INTER_AREA if w < frames.shape[2] else cv2.INTER_LINEAR
    return np.stack([cv2.resize(f, (w, h), interpolation=interp) for f in frames])


def make_clip(index: int, num_frames: int, rng: np.random.Generator) -> np.ndarray:
    """Clip `index`: display size by index mod 3; smooth world content for even indices, noisy for odd."""
    H, W = DISPLAY_SIZES[index % len(DISPLAY_SIZES)]
    scenes = all_scenes()
    scene: Scene = scenes[int(rng.integers(len(scenes)))]
    if index % 2 == 0:
        small = render_clip(scene, num_frames, H // 8, W // 8, rng)  # the model's latent-free 32-px scale
        return _resize(small, W, H)
    # Rendered at quarter size and upscaled (full-size supersampled rendering costs ~10x more); the noise is
    # added at full resolution, which is what makes this content hard for the mark.
    clip = _resize(render_clip(scene, num_frames, H // 4, W // 4, rng), W, H).astype(np.float32)
    texture = _resize(rng.uniform(0, 255, (1, H // 16, W // 16, 3)).astype(np.uint8), W, H).astype(np.float32)
    clip = 0.7 * clip + 0.3 * texture + rng.normal(0, 12, clip.shape)
    return np.clip(np.rint(clip), 0, 255).astype(np.uint8)


def _crop(frames: np.ndarray, top: int, bottom: int, left: int, right: int) -> np.ndarray:
    H, W = frames.shape[1:3]
    out = frames[:, top:H - bottom, left:W - right]
    return np.ascontiguousarray(out[:, :out.shape[1] // 2 * 2, :out.shape[2] // 2 * 2])  # H.264 wants even sizes


# Each edit: released MP4 bytes -> (frames the verifier sees, (top, left) crop offset, scale back to original).
def _app(mp4: bytes, W: int, H: int) -> tuple[np.ndarray, tuple[int, int], bool]:
    return decode_video(mp4)[0], (0, 0), False


def _reencode(crf: int):
    def edit(mp4: bytes, W: int, H: int) -> tuple[np.ndarray, tuple[int, int], bool]:
        return decode_video(encode_mp4(decode_video(mp4)[0], 8, crf))[0], (0, 0), False
    return edit


def _half(mp4: bytes, W: int, H: int) -> tuple[np.ndarray, tuple[int, int], bool]:
    return decode_video(encode_mp4(_resize(decode_video(mp4)[0], W // 2, H // 2)))[0], (0, 0), True


def _cropped(top: int, bottom: int, left: int, right: int):
    def edit(mp4: bytes, W: int, H: int) -> tuple[np.ndarray, tuple[int, int], bool]:
        return decode_video(encode_mp4(_crop(decode_video(mp4)[0], top, bottom, left, right)))[0], (top, left), False
    return edit


# Edits that keep a display size: the detector decodes once. The others make it search (resize back, crop
# offsets), which costs more and tries more candidate votes, so they get their own unmarked count.
DISPLAY_SIZE_EDITS = ("app encode (crf 18)", "re-encode crf 23", "re-encode crf 26", "re-encode crf 28",
                      "re-encode crf 30", "re-encode crf 35")
EDITS = {
    "app encode (crf 18)": _app,
    "re-encode crf 23": _reencode(23),
    "re-encode crf 26": _reencode(26),
    "re-encode crf 28": _reencode(28),
    "re-encode crf 30": _reencode(30),
    "re-encode crf 35": _reencode(35),
    "half size, re-encoded": _half,
    "crop 4 px all sides": _cropped(4, 4, 4, 4),
    "crop 8 px top-left": _cropped(8, 0, 8, 0),
}


def _bit_accuracy(frames: np.ndarray, offset: tuple[int, int], rescale: bool, W: int, H: int,
                  truth: np.ndarray) -> tuple[float, float]:
    """(per-frame accuracy, voted accuracy) over the bits that survived, aligned with the known edit."""
    if rescale:
        frames = _resize(frames, W, H)
    bits, known = aligned_bits(frames, offset[0], offset[1], W)  # (F, 48), (48,)
    vote = (bits.mean(axis=0) >= 0.5).astype(np.uint8)
    return float((bits[:, known] == truth[known]).mean()), float((vote[known] == truth[known]).mean())


def evaluate(clips: int, unmarked: int, unmarked_edited: int, num_frames: int,
             seed: int) -> dict[str, dict[str, float]]:
    rng = np.random.default_rng(seed)
    stats = {name: {"frame_acc": [], "vote_acc": [], "detected": 0, "wrong": 0, "false": 0, "unmarked": 0, "ms": []}
             for name in EDITS}
    embed_ms = []
    for i in range(clips):
        clip = make_clip(i, num_frames, rng)
        H, W = clip.shape[1:3]
        gid = uuid.UUID(bytes=rng.bytes(16), version=4).hex  # like the studio's ids, but reproducible
        truth = np.unpackbits(np.frombuffer(payload_for(gid), dtype=np.uint8))
        t = time.perf_counter()
        mp4 = encode_mp4(embed_invisible(clip, gid))
        embed_ms.append((time.perf_counter() - t) * 1000 / num_frames)
        for name, edit in EDITS.items():
            frames, offset, rescale = edit(mp4, W, H)
            t = time.perf_counter()
            result = detect_invisible(frames)
            stats[name]["ms"].append((time.perf_counter() - t) * 1000 / len(frames))
            frame_acc, vote_acc = _bit_accuracy(frames, offset, rescale, W, H, truth)
            stats[name]["frame_acc"].append(frame_acc)
            stats[name]["vote_acc"].append(vote_acc)
            stats[name]["detected"] += result.detected and result.id_digest == id_digest(gid)
            stats[name]["wrong"] += result.detected and result.id_digest != id_digest(gid)
        print(f"marked clip {i + 1}/{clips} done", file=sys.stderr, flush=True)
    for i in range(unmarked):
        clip = make_clip(i, max(4, num_frames // 2), rng)
        mp4 = encode_mp4(clip)
        for name, edit in EDITS.items():
            if i < unmarked_edited or name in DISPLAY_SIZE_EDITS:
                stats[name]["false"] += detect_invisible(edit(mp4, clip.shape[2], clip.shape[1])[0]).detected
                stats[name]["unmarked"] += 1
        if (i + 1) % 25 == 0:
            print(f"unmarked clip {i + 1}/{unmarked} done", file=sys.stderr, flush=True)
    summary = {name: {"frame_acc": float(np.mean(s["frame_acc"])) if clips else float("nan"),
                      "vote_acc": float(np.mean(s["vote_acc"])) if clips else float("nan"),
                      "detection_rate": s["detected"] / clips if clips else float("nan"),
                      "wrong_id": s["wrong"], "false_detections": s["false"], "unmarked": s["unmarked"],
                      "detect_ms_per_frame": float(np.mean(s["ms"])) if clips else float("nan")}
               for name, s in stats.items()}
    summary["_embed"] = {"embed_ms_per_frame_with_encode": float(np.mean(embed_ms)) if clips else float("nan")}
    return summary


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m moderation.evaluate_watermark", description=__doc__.split("\n")[0])
    parser.add_argument("--clips", type=int, default=24, help="marked clips (cycling sizes and content kinds)")
    parser.add_argument("--unmarked", type=int, default=200, help="unmarked clips for false detections")
    parser.add_argument("--unmarked-edited", type=int, default=40,
                        help="how many of those also go through the resize and crop edits (slower: a search)")
    parser.add_argument("--frames", type=int, default=16, help="frames per marked clip (unmarked: half)")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    if min(args.clips, args.unmarked, args.unmarked_edited) < 0 or args.frames < 1:
        parser.error(f"counts must be >= 0 and --frames >= 1, got --clips {args.clips} --unmarked {args.unmarked} "
                     f"--unmarked-edited {args.unmarked_edited} --frames {args.frames}")
    cv2.setNumThreads(1)
    t = time.time()
    summary = evaluate(args.clips, args.unmarked, min(args.unmarked, args.unmarked_edited), args.frames, args.seed)
    print(f"{args.clips} marked clips x {args.frames} frames, {args.unmarked} unmarked clips "
          f"({min(args.unmarked, args.unmarked_edited)} through the resize/crop edits), seed {args.seed}")
    print(f"{'edit':<24} {'bit acc/frame':>13} {'bit acc voted':>13} {'detected':>9} {'wrong id':>8} "
          f"{'false det.':>10} {'ms/frame':>8}")
    for name, s in summary.items():
        if name.startswith("_"):
            continue
        print(f"{name:<24} {s['frame_acc']:>13.4f} {s['vote_acc']:>13.4f} {s['detection_rate']:>9.3f} "
              f"{s['wrong_id']:>8d} {s['false_detections']:>5d}/{s['unmarked']:<4d} {s['detect_ms_per_frame']:>8.1f}")
    print(f"embed + encode: {summary['_embed']['embed_ms_per_frame_with_encode']:.1f} ms/frame; "
          f"total {time.time() - t:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
