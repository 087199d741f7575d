"""Speed figures of the embedded model on this CPU: `python -m sora_pipeline.benchmark [--threads 2]`.

Prints: the machine's matmul throughput (GFLOP/s, one big fp32 matmul), tokens per clip for every size and
duration, the default clip's end-to-end time split into text encoding / denoising (DiT) / decoding, seconds per
denoising step, one DiT step against a FLOP count (torch.utils.flop_counter) at the measured throughput, and two
ways to go faster with their quality cost (mean abs pixel difference against the full-step output, 0..255):
fewer Euler steps, and diffusers' First Block Cache hook (apply_first_block_cache) on the DiT.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable

import numpy as np
import torch
from torch.utils.flop_counter import FlopCounterMode

from sora_pipeline.dit import DiT, DiTBlock
from sora_pipeline.pipeline import DEFAULT_GUIDANCE, DEFAULT_STEPS, DISPLAY_SIZES, NUM_FRAMES, UPSCALE, \
    load_default_pipeline

PROMPT = "a red circle moving right on a black background"


def matmul_gflops(n: int = 2048, repeats: int = 5) -> float:
    a, b = torch.randn(n, n), torch.randn(n, n)
    a @ b  # warm-up
    t0 = time.perf_counter()
    for _ in range(repeats):
        a @ b
    return 2 * n**3 * repeats / (time.perf_counter() - t0) / 1e9


def timed(fn: Callable[[], object], repeats: int) -> tuple[float, object]:
    """(median seconds, last result) of `repeats` calls after one warm-up."""
    result = fn()
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times), result


def tokens_per_clip(dit: DiT, height: int, width: int, num_frames: int) -> int:
    h, w = height // UPSCALE // 4, width // UPSCALE // 4
    p, pt = dit.config.patch_size, dit.config.patch_t
    return -(-num_frames // pt) * (h // p) * (w // p)


def register_cache_block() -> None:
    """Tell diffusers' cache hooks how our block returns its output (a plain hidden-states tensor)."""
    from diffusers.hooks._helpers import TransformerBlockMetadata, TransformerBlockRegistry

    TransformerBlockRegistry.register(DiTBlock, TransformerBlockMetadata(return_hidden_states_index=None,
                                                                         return_encoder_hidden_states_index=None))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    torch.set_num_threads(args.threads)

    gflops = matmul_gflops()
    print(f"matmul throughput: {gflops:.1f} GFLOP/s ({args.threads} threads, fp32 2048x2048)")
    pipe = load_default_pipeline()
    dit = pipe.transformer
    print(f"DiT: {sum(p.numel() for p in dit.parameters()) / 1e6:.2f} M params, width {dit.config.width}, "
          f"depth {dit.config.depth}; autoencoder {sum(p.numel() for p in pipe.vae.parameters()) / 1e6:.2f} M")
    print("tokens per clip (CFG doubles the batch):")
    for (h, w), name in DISPLAY_SIZES.items():
        row = ", ".join(f"T={t}: {tokens_per_clip(dit, h, w, t)}" for t in NUM_FRAMES)
        print(f"  {name:9s} {w}x{h}: {row}")

    # End-to-end default clip, with the time of each stage measured by wrapping the stage functions.
    spent = {"text": 0.0, "dit": 0.0, "decode": 0.0}

    def wrap(obj, name: str, key: str) -> None:
        fn = getattr(obj, name)

        def inner(*a, **k):
            t0 = time.perf_counter()
            out = fn(*a, **k)
            spent[key] += time.perf_counter() - t0
            return out
        setattr(obj, name, inner)

    pipe.text_encoder  # load MiniLM outside the timing (the studio loads it once)
    wrap(pipe, "encode_prompt", "text")
    wrap(pipe, "decode_frames", "decode")
    dit_forward = dit.forward
    wrap(dit, "forward", "dit")
    call = lambda steps=DEFAULT_STEPS: pipe(PROMPT, num_frames=16, num_inference_steps=steps, seed=0)  # noqa: E731
    total, ref = timed(call, args.repeats)
    for key in spent:
        spent[key] /= args.repeats + 1
    print(f"default clip (16 frames, 256x256, {DEFAULT_STEPS} steps, guidance {DEFAULT_GUIDANCE}): "
          f"{total:.3f} s end to end")
    print(f"  text {spent['text']:.3f} s, denoising (DiT) {spent['dit']:.3f} s = {spent['dit'] / total:.0%}, "
          f"decode+upscale {spent['decode']:.3f} s")
    print(f"  seconds per denoising step: {spent['dit'] / DEFAULT_STEPS:.4f}")
    dit.forward = dit_forward

    # One DiT step (batch 2 for CFG) against its FLOP count.
    n = tokens_per_clip(dit, 256, 256, 16)
    c = pipe.vae.config.latent_channels
    x, cond = torch.randn(2, c, 16, 8, 8), torch.zeros(2, c + 1, 16, 8, 8)
    emb = pipe.text_encoder([PROMPT, ""])
    step = lambda: dit(x, cond, torch.full((2,), 0.5), emb.tokens, emb.mask, emb.pooled)  # noqa: E731
    with torch.no_grad():
        with FlopCounterMode(display=False) as counter:
            step()
        flops = counter.get_total_flops()
        t_step, _ = timed(step, 10)
    ideal = flops / (gflops * 1e9)
    print(f"one DiT step: {n} tokens x 2, {flops / 1e6:.1f} MFLOP, measured {t_step * 1e3:.2f} ms, "
          f"ideal at matmul speed {ideal * 1e3:.2f} ms ({ideal / t_step:.0%} of peak)")

    # Speed-ups and their quality cost.
    def diff(frames: np.ndarray) -> float:
        return float(np.abs(frames.astype(np.float32) - ref.frames.astype(np.float32)).mean())

    print(f"speed-ups vs the {DEFAULT_STEPS}-step output (mean abs pixel difference, 0..255):")
    for steps in (10, 6, 4):
        t, out = timed(lambda: call(steps), args.repeats)
        print(f"  {steps:2d} steps: {t:.3f} s ({total / t:.2f}x), diff {diff(out.frames):.2f}")
    from diffusers.hooks import FirstBlockCacheConfig

    register_cache_block()
    for threshold in (0.05, 0.1, 0.2):
        dit.enable_cache(FirstBlockCacheConfig(threshold=threshold))  # CacheMixin -> apply_first_block_cache
        t, out = timed(call, args.repeats)
        print(f"  first block cache threshold {threshold}: {t:.3f} s ({total / t:.2f}x), diff {diff(out.frames):.2f}")
        dit.disable_cache()


if __name__ == "__main__":
    main()
