"""Generation tasks, all through one mechanism: the pipeline's `known_frames` + `known_mask`.

Contract: every task takes the pipeline, a prompt and display-size options (`height`, `width`, `seed`,
`negative_prompt`, `num_inference_steps`, `guidance_scale`, `callback`) and returns frames uint8 RGB
(T, H, W, 3) at display size. Input media are uint8 RGB arrays of any size ((H, W, 3) image, (T, H, W, 3) video);
they are centre-cropped and resized to the chosen size here.

- text_to_video: nothing known.            - text_to_image: one frame, nothing known.
- image_to_video: frame 0 known.           - extend: the given video's last `context` frames open the new clip
  (forward), or its first `context` frames close it (backward); the new clip (num_frames) is returned.
- loop: generate, then regenerate with the first frame known at both ends, so the clip ends where it starts.
- blend: clip A's last `context` frames open the clip, clip B's first `context` frames close it; the middle is
  generated.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from sora_pipeline.pipeline import SoraPipeline, fit_frames


def _as_video(frames: np.ndarray, name: str) -> np.ndarray:
    frames = np.asarray(frames)
    if frames.ndim == 3:
        frames = frames[None]
    if frames.ndim != 4 or frames.shape[-1] != 3 or frames.dtype != np.uint8 or len(frames) == 0:
        raise ValueError(f"{name} must be uint8 RGB (T, H, W, 3) or (H, W, 3), got {frames.dtype} {frames.shape}")
    return frames


def _context(num_frames: int, context: int | None, available: int) -> int:
    """Known frames taken from an input clip: a quarter of the clip by default, at least 1, at most half."""
    k = max(1, num_frames // 4) if context is None else context
    if not 1 <= k <= num_frames // 2:
        raise ValueError(f"context={context!r} must be in 1..{num_frames // 2} for num_frames={num_frames}")
    return min(k, available)


def _run(pipe: SoraPipeline, prompt: str, num_frames: int, known: dict[int, np.ndarray] | None,
         height: int, width: int, **kwargs) -> np.ndarray:
    """Call the pipeline with frames known at the given indices ({index: (H', W', 3) frame})."""
    if num_frames < 2 and known:
        raise ValueError(f"known frames need num_frames >= 2, got {num_frames}")
    known_frames = known_mask = None
    if known:
        known_frames = np.zeros((num_frames, height, width, 3), dtype=np.uint8)
        known_mask = np.zeros(num_frames, dtype=bool)
        for i, frame in known.items():
            known_frames[i] = fit_frames(frame[None], height, width)[0]
            known_mask[i] = True
    return pipe(prompt, height=height, width=width, num_frames=num_frames, known_frames=known_frames,
                known_mask=known_mask, **kwargs).frames


def text_to_video(pipe: SoraPipeline, prompt: str, num_frames: int = 16, height: int = 256, width: int = 256,
                  **kwargs) -> np.ndarray:
    return _run(pipe, prompt, num_frames, None, height, width, **kwargs)


def text_to_image(pipe: SoraPipeline, prompt: str, height: int = 256, width: int = 256, **kwargs) -> np.ndarray:
    """(1, H, W, 3): a single image is a one-frame clip."""
    kwargs.pop("num_frames", None)
    return _run(pipe, prompt, 1, None, height, width, **kwargs)


def image_to_video(pipe: SoraPipeline, prompt: str, image: np.ndarray, num_frames: int = 16, height: int = 256,
                   width: int = 256, **kwargs) -> np.ndarray:
    """A clip whose first frame is the given image (H', W', 3) (or the first frame of (T, H', W', 3))."""
    first = _as_video(image, "image")[0]
    return _run(pipe, prompt, num_frames, {0: first}, height, width, **kwargs)


def extend(pipe: SoraPipeline, prompt: str, video: np.ndarray, num_frames: int = 16, direction: str = "forward",
           context: int | None = None, height: int = 256, width: int = 256, **kwargs) -> np.ndarray:
    """A new clip continuing the video forward (its last frames open the clip) or backward (its first frames
    close the clip, so the new clip leads into the video)."""
    video = _as_video(video, "video")
    k = _context(num_frames, context, len(video))
    if direction == "forward":
        known = {i: video[len(video) - k + i] for i in range(k)}
    elif direction == "backward":
        known = {num_frames - k + i: video[i] for i in range(k)}
    else:
        raise ValueError(f"direction {direction!r} must be 'forward' or 'backward'")
    return _run(pipe, prompt, num_frames, known, height, width, **kwargs)


def loop(pipe: SoraPipeline, prompt: str, num_frames: int = 16, height: int = 256, width: int = 256,
         callback: Callable[[int, int], None] | None = None, **kwargs) -> np.ndarray:
    """A clip whose last frame matches its first: generate once, then regenerate with frame 0 known at both
    ends. Progress is reported over both passes."""
    def part(offset: int) -> Callable[[int, int], None] | None:
        if callback is None:
            return None
        return lambda step, total: callback(offset * total + step, 2 * total)

    first = _run(pipe, prompt, num_frames, None, height, width, callback=part(0), **kwargs)
    return _run(pipe, prompt, num_frames, {0: first[0], num_frames - 1: first[0]}, height, width,
                callback=part(1), **kwargs)


def blend(pipe: SoraPipeline, prompt: str, video_a: np.ndarray, video_b: np.ndarray, num_frames: int = 16,
          context: int | None = None, height: int = 256, width: int = 256, **kwargs) -> np.ndarray:
    """A transition: A's last `context` frames, a generated middle, B's first `context` frames."""
    a, b = _as_video(video_a, "video_a"), _as_video(video_b, "video_b")
    k = _context(num_frames, context, min(len(a), len(b)))
    if 2 * k >= num_frames:
        raise ValueError(f"blend needs 2 * context < num_frames, got context={k}, num_frames={num_frames}")
    known = {i: a[len(a) - k + i] for i in range(k)}
    known.update({num_frames - k + i: b[i] for i in range(k)})
    return _run(pipe, prompt, num_frames, known, height, width, **kwargs)
