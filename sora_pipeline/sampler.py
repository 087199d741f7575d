"""Rectified-flow sampling as small pure functions (flux-style): noise, schedule, Euler step, denoise loop.

Convention (as in SD3 / FLUX): x_t = (1 - t) x_0 + t noise, t = 1 is pure noise, the model predicts the velocity
v = noise - x_0, and an Euler step from t to t_next is x + (t_next - t) v. Classifier-free guidance mixes a
conditional and an unconditional velocity. Known frames (editing) are held at their clean latents at every step,
so they come out exactly as given at the latent level.

Why not diffusers' FlowMatchEulerDiscreteScheduler: it implements the same Euler update, but the known-frame
replacement, the guidance mix and the seeded CPU noise would live outside it anyway; three pure functions are
shorter, testable against their closed form, and have no hidden state between calls.

Shapes: B batch, C latent channels, t h w latent frames / height / width.
"""

from __future__ import annotations

from collections.abc import Callable

import torch


def get_noise(shape: tuple[int, ...], generator: torch.Generator) -> torch.Tensor:
    """Standard normal noise drawn from a seeded CPU generator, so a seed gives the same clip on any device."""
    if generator.device.type != "cpu":
        raise ValueError(f"the generator must be a CPU torch.Generator, got device {generator.device}")
    return torch.randn(shape, generator=generator, dtype=torch.float32)


def get_schedule(num_steps: int, shift: float = 1.0) -> torch.Tensor:
    """(num_steps + 1,) times from 1 (noise) down to 0 (data); shift > 1 spends more steps at high noise
    (the SD3 time shift t' = shift t / (1 + (shift - 1) t))."""
    if num_steps < 1:
        raise ValueError(f"num_inference_steps must be >= 1, got {num_steps}")
    t = torch.linspace(1.0, 0.0, num_steps + 1)
    return shift * t / (1 + (shift - 1) * t)


def euler_step(x: torch.Tensor, v: torch.Tensor, t: float, t_next: float) -> torch.Tensor:
    """One Euler step of dx/dt = v from t to t_next."""
    return x + (t_next - t) * v


def guided_velocity(v_cond: torch.Tensor, v_uncond: torch.Tensor, guidance_scale: float) -> torch.Tensor:
    """Classifier-free guidance: v_uncond + s (v_cond - v_uncond); s = 1 is the plain conditional velocity."""
    if guidance_scale == 1.0:  # exactly the conditional velocity (no rounding from the difference)
        return v_cond
    return v_uncond + guidance_scale * (v_cond - v_uncond)


def apply_known(x: torch.Tensor, known_latents: torch.Tensor | None, known_mask: torch.Tensor | None) -> torch.Tensor:
    """x with the known latent frames (mask (t,) bool) replaced by their clean values."""
    if known_latents is None or known_mask is None:
        return x
    m = known_mask.bool()[None, None, :, None, None]  # (1, 1, t, 1, 1)
    return torch.where(m, known_latents, x)


def known_condition(known_latents: torch.Tensor | None, known_mask: torch.Tensor | None,
                    like: torch.Tensor) -> torch.Tensor:
    """(B, C + 1, t, h, w) conditioning input of the DiT: masked clean latents and the mask channel."""
    b, c, t, h, w = like.shape
    if known_latents is None or known_mask is None:
        return torch.zeros(b, c + 1, t, h, w, dtype=like.dtype)
    m = known_mask.to(like.dtype)[None, None, :, None, None].expand(b, 1, t, h, w)  # (B, 1, t, h, w)
    return torch.cat([known_latents.expand(b, -1, -1, -1, -1) * m, m], dim=1)


def denoise(velocity: Callable[[torch.Tensor, torch.Tensor], tuple[torch.Tensor, torch.Tensor]],
            noise: torch.Tensor, timesteps: torch.Tensor, guidance_scale: float,
            known_latents: torch.Tensor | None = None, known_mask: torch.Tensor | None = None,
            callback: Callable[[int, int], None] | None = None) -> torch.Tensor:
    """Integrate from noise at timesteps[0] to timesteps[-1] with guided Euler steps.

    `velocity(x, t)` returns (v_cond, v_uncond) for latents x (B, C, t, h, w) at flow time t (B,).
    `callback(step, total)` is called after each step (step counts from 1).
    """
    x = apply_known(noise, known_latents, known_mask)
    total = len(timesteps) - 1
    for i in range(total):
        t, t_next = float(timesteps[i]), float(timesteps[i + 1])
        v_cond, v_uncond = velocity(x, torch.full((x.shape[0],), t))
        x = euler_step(x, guided_velocity(v_cond, v_uncond, guidance_scale), t, t_next)
        x = apply_known(x, known_latents, known_mask)
        if callback is not None:
            callback(i + 1, total)
    return x
