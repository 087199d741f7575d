"""Editing tasks keep their known frames: exactly at the latent level, closely in pixels.

Latent-level checks use tiny random modules. The pixel-level check uses the shipped autoencoder (a random one
reconstructs nothing) with a tiny random DiT, on clips rendered from the procedural world.
"""

from __future__ import annotations

import numpy as np
import pytest
import torch

from sora_pipeline import tasks, world
from sora_pipeline.autoencoder import VideoAutoencoder
from sora_pipeline.dit import DiT
from sora_pipeline.pipeline import DEFAULT_MODEL_DIR, SoraPipeline, fit_frames

PROMPT = "a blue square moving up on a gray background"
KW = dict(num_inference_steps=2, seed=3)


class Recorder:
    """Wraps the real pipeline and keeps each call's arguments and output (the tasks return frames only)."""

    def __init__(self, pipe: SoraPipeline) -> None:
        self.pipe, self.calls = pipe, []

    def __call__(self, prompt, **kwargs):
        out = self.pipe(prompt, **kwargs)
        self.calls.append((kwargs, out))
        return out


def _tiny(vae: VideoAutoencoder | None = None) -> SoraPipeline:
    torch.manual_seed(0)
    vae = vae or VideoAutoencoder(latent_channels=4, width=8)
    dit = DiT(in_channels=vae.config.latent_channels, width=32, depth=2, heads=2)
    with torch.no_grad():
        for p in dit.parameters():
            p.add_(0.05 * torch.randn_like(p))
    return SoraPipeline(vae=vae.eval(), transformer=dit.eval())


@pytest.fixture(scope="module")
def rec() -> Recorder:
    return Recorder(_tiny())


def _clip(scene: world.Scene, n: int, height: int = 256, width: int = 256, seed: int = 0) -> np.ndarray:
    return world.render_clip(scene, n, height, width, np.random.default_rng(seed), supersample=1)


def _known_latents(pipe: SoraPipeline, frames: np.ndarray, height: int = 256, width: int = 256) -> torch.Tensor:
    with torch.no_grad():
        return pipe.encode_known(frames, height, width)[0]  # (C, T, h, w)


def _check_last_call(rec: Recorder, expected: dict[int, np.ndarray], num_frames: int) -> None:
    kwargs, out = rec.calls[-1]
    mask = kwargs["known_mask"]
    assert mask.tolist() == [i in expected for i in range(num_frames)]
    known = _known_latents(rec.pipe, kwargs["known_frames"])  # (C, T, h, w), encoded as the pipeline does
    for i, frame in expected.items():
        assert np.array_equal(kwargs["known_frames"][i], fit_frames(frame[None], 256, 256)[0])
        assert torch.equal(out.latents[0, :, i], known[:, i]), f"latent frame {i} changed"
    assert out.frames.shape == (num_frames, 256, 256, 3)


def test_image_to_video_keeps_first_frame(rec):
    image = _clip(world.Scene("circle", "red", "black", "moving left"), 1)[0]
    frames = tasks.image_to_video(rec, PROMPT, image, num_frames=8, **KW)
    assert frames.shape == (8, 256, 256, 3)
    _check_last_call(rec, {0: image}, 8)


@pytest.mark.parametrize("direction", ["forward", "backward"])
def test_extend_keeps_context_frames(rec, direction):
    video = _clip(world.Scene("square", "green", "white", "moving right"), 16, 200, 300)  # any size is accepted
    tasks.extend(rec, PROMPT, video, num_frames=16, direction=direction, **KW)
    if direction == "forward":  # the video's last 4 frames open the new clip
        expected = {i: fit_frames(video[12 + i][None], 256, 256)[0] for i in range(4)}
    else:  # the video's first 4 frames close it
        expected = {12 + i: fit_frames(video[i][None], 256, 256)[0] for i in range(4)}
    _check_last_call(rec, expected, 16)
    with pytest.raises(ValueError, match="sideways"):
        tasks.extend(rec, PROMPT, video, direction="sideways", **KW)


def test_loop_ends_on_its_first_frame(rec):
    steps = []
    frames = tasks.loop(rec, PROMPT, num_frames=8, callback=lambda i, n: steps.append((i, n)), **KW)
    first_pass = rec.calls[-2][1].frames
    _check_last_call(rec, {0: first_pass[0], 7: first_pass[0]}, 8)
    _, out = rec.calls[-1]
    assert torch.equal(out.latents[0, :, 0], out.latents[0, :, -1])
    assert np.array_equal(frames[0], frames[-1])
    assert steps == [(1, 4), (2, 4), (3, 4), (4, 4)]


def test_blend_keeps_both_ends(rec):
    a = _clip(world.Scene("circle", "yellow", "brown", "growing"), 8)
    b = _clip(world.Scene("triangle", "cyan", "black", "shrinking"), 8)
    tasks.blend(rec, PROMPT, a, b, num_frames=16, context=2, **KW)
    _check_last_call(rec, {0: a[6], 1: a[7], 14: b[0], 15: b[1]}, 16)
    with pytest.raises(ValueError, match="context=9"):
        tasks.blend(rec, PROMPT, a, b, num_frames=16, context=9, **KW)


def test_text_tasks_shapes(rec):
    assert tasks.text_to_image(rec, PROMPT, height=384, width=256, **KW).shape == (1, 384, 256, 3)
    assert tasks.text_to_video(rec, PROMPT, num_frames=24, height=256, width=384, **KW).shape == (24, 256, 384, 3)
    assert rec.calls[-1][0]["known_mask"] is None
    with pytest.raises(ValueError, match="uint8"):
        tasks.image_to_video(rec, PROMPT, np.zeros((32, 32, 3), np.float32), **KW)


def _resample_floor(frames: np.ndarray) -> float:
    """Mean abs pixel error of the unavoidable part: display -> native (1/8) -> bilinear display."""
    t, h, w, _ = frames.shape
    x = torch.from_numpy(fit_frames(frames, h // 8, w // 8)).permute(0, 3, 1, 2).float()
    up = torch.nn.functional.interpolate(x, scale_factor=8, mode="bilinear", align_corners=False)
    return float(np.abs(up.round().clamp(0, 255).permute(0, 2, 3, 1).numpy() - frames).mean())


def test_known_frames_close_in_pixels_with_shipped_autoencoder():
    """With the trained autoencoder the known frames come back close to the given ones at display size: the mean
    abs error exceeds the one that 8x down- and up-sampling alone makes by at most 5 (2% of the 0..255 range)."""
    vae = VideoAutoencoder.from_pretrained(DEFAULT_MODEL_DIR / "vae")
    pipe = _tiny(vae)
    video = _clip(world.Scene("square", "purple", "white", "moving down"), 16, seed=4)
    out = tasks.extend(pipe, PROMPT, video, num_frames=16, direction="forward", **KW)
    diff = np.abs(out[:4].astype(float) - video[12:].astype(float)).mean()
    assert diff < _resample_floor(video[12:]) + 5, diff
    image = _clip(world.Scene("triangle", "red", "gray", "growing"), 1, 384, 256)
    out = tasks.image_to_video(pipe, PROMPT, image[0], num_frames=8, height=384, width=256, **KW)
    assert np.abs(out[0].astype(float) - image[0].astype(float)).mean() < _resample_floor(image) + 5
