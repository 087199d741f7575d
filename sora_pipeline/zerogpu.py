"""Hugging Face Spaces ZeroGPU: run a generation inside `spaces.GPU(duration=...)` sized to the request.

On a ZeroGPU Space (the `spaces` package importable and `SPACES_ZERO_GPU=true`), a function decorated with
`spaces.GPU` is run in a forked worker that holds a GPU slice for at most `duration` seconds; its arguments and
result cross a process boundary by pickling, so the decorated function must take plain values (no closures, no
Gradio objects) and reach the model through memory the fork inherited. Everywhere else `spaces.GPU` returns the
function unchanged (documented as "effect-free" outside ZeroGPU), and without `spaces` we return it ourselves:
the same code runs on a plain GPU and on CPU.

Contract:
- `gpu_function(fn, duration)` -> fn wrapped for ZeroGPU, or fn itself. `duration` is a number of seconds or a
  callable receiving fn's arguments (ZeroGPU's dynamic duration).
- `estimate_gpu_seconds(...)` -> whole seconds to request, from a per-step and a decode cost measured for a
  reference clip, scaled linearly by frames x pixels, with a safety margin, clamped to [MIN_SECONDS, MAX_SECONDS].
- `zerogpu_active()` -> whether generation is really scheduled on ZeroGPU (then the loader must not enable
  accelerate CPU offload: ZeroGPU moves the model itself).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from types import ModuleType
from typing import Any

try:  # `spaces` is only installed on Hugging Face Spaces; importing it is how ZeroGPU hooks CUDA.
    import spaces as _spaces
except ImportError:
    _spaces = None

MIN_SECONDS = 20  # a short request still pays for prompt encoding and VAE decoding
MAX_SECONDS = 300  # above this ZeroGPU quotas refuse most visitors; longer clips should lower steps instead
SAFETY = 1.5  # per-step costs are scaled from a whole H200 to a slice, and linearly in tokens: ask for half again


def zerogpu_active(spaces_module: ModuleType | None = None) -> bool:
    """True when `spaces` is importable and this process runs on a ZeroGPU Space."""
    module = spaces_module if spaces_module is not None else _spaces
    if module is None:
        return False
    config = getattr(getattr(module, "config", None), "Config", None)
    return bool(getattr(config, "zero_gpu", False))


def gpu_function(fn: Callable[..., Any], duration: int | Callable[..., int],
                 spaces_module: ModuleType | None = None) -> Callable[..., Any]:
    """`spaces.GPU(duration=duration)(fn)` when `spaces` is importable, else `fn` unchanged.

    `spaces_module` replaces the imported package (tests pass a fake to check the wiring).
    """
    module = spaces_module if spaces_module is not None else _spaces
    if module is None:
        return fn
    return module.GPU(duration=duration)(fn)


def estimate_gpu_seconds(num_inference_steps: int, num_frames: int, height: int, width: int,
                         seconds_per_step: float, reference_frames: int, reference_pixels: int,
                         guidance: bool = True, decode_seconds: float = 0.0) -> int:
    """Seconds of GPU to request for one clip.

    seconds_per_step is the cost of one denoising step (with classifier-free guidance) for a clip of
    `reference_frames` frames of `reference_pixels` pixels each, and decode_seconds that clip's VAE decode; both
    scale linearly with frames x pixels. Attention grows faster than linearly with tokens, so a linear scale
    under-estimates long clips a little, which the safety margin covers. Without guidance a step runs one forward
    pass instead of two.
    """
    for name, value in (("num_inference_steps", num_inference_steps), ("num_frames", num_frames),
                        ("height", height), ("width", width)):
        if not isinstance(value, int) or value < 1:
            raise ValueError(f"{name} must be a positive int, got {value!r}")
    scale = (num_frames * height * width) / (reference_frames * reference_pixels)
    per_step = seconds_per_step * scale * (1.0 if guidance else 0.5)
    # Plus fixed costs: text encoding and moving the weights onto the slice.
    seconds = SAFETY * (num_inference_steps * per_step + decode_seconds * scale + 10.0)
    return int(min(MAX_SECONDS, max(MIN_SECONDS, math.ceil(seconds))))
