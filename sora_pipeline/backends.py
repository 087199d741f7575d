"""Open-weight video models (Wan2.1-T2V-1.3B, LTX-Video) behind the embedded SoraPipeline's call contract.

A `Backend` is called exactly like `SoraPipeline` (see docs/ARCHITECTURE.md), so `tasks.py` and the orchestrator
(prompt checks, frame moderation, watermark, C2PA) treat it the same:
    backend(prompt, negative_prompt=None, height=256, width=256, num_frames=16, num_inference_steps=None,
            guidance_scale=None, generator=None, known_frames=None, known_mask=None, callback=None)
        -> BackendOutput(frames: np.ndarray (T, H, W, 3) uint8 RGB at the requested display size)
with `model_name`, `model_version` and `supports` (task names). Requests are display sizes at OUTPUT_FPS; each
model generates at its own native size (same aspect, ~native_area pixels, sides a multiple of what the model
accepts) and frame rate (frame count of the form k * temporal_compression + 1), then frames are picked at the
display rate and resized. Known frames: only "first frame known" (image to video) on a backend with an
image-to-video pipeline; the model is conditioned on it at latent level and the given frame is returned as frame
0, as the embedded pipeline keeps known frames. Any other mask raises ValueError.

Entry points: `BACKENDS` (presets), `available_backends()`, `load_backend(name)`, `Backend.from_pipeline(pipe,
spec)`, `CACHES` (optional diffusers cache hooks). Nothing is loaded or downloaded at import.
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import socket
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import numpy as np
import torch
from diffusers import (DiffusionPipeline, FasterCacheConfig, FirstBlockCacheConfig, LTXImageToVideoPipeline,
                       LTXPipeline, PyramidAttentionBroadcastConfig, WanPipeline)
from PIL import Image

from sora_pipeline import zerogpu

TASKS = frozenset({"text_to_video", "text_to_image", "image_to_video"})
OUTPUT_FPS = 8  # the studio's clips play at 8 fps (docs/ARCHITECTURE.md)
MIN_SIDE, MAX_SIDE, MAX_FRAMES = 256, 1280, 64  # 256: the invisible watermark refuses smaller frames


@dataclass(frozen=True)
class BackendSpec:
    """One open model: where its weights live, how to call it, and what it costs."""

    name: str  # the STUDIO_BACKEND value
    label: str  # shown in the UI and recorded as model_name in the audit log and C2PA manifest
    repo_id: str  # Hub repo in diffusers format, or a local directory holding one
    pipeline_class: type[DiffusionPipeline]
    i2v_pipeline_class: type[DiffusionPipeline] | None  # built on the same components (no copy)
    num_inference_steps: int  # the model card's default
    guidance_scale: float
    native_fps: int  # frame rate the model was trained at; display frames are picked from it at OUTPUT_FPS
    native_area: int  # pixels per frame at the model's trained resolution; each aspect ratio keeps this area
    size_multiple: int  # the pipeline's check_inputs demands height and width divisible by this
    max_sequence_length: int  # text tokens
    negative_prompt: str  # used when the user gives none
    vae_float32: bool = False  # Wan's model card: decode with the VAE in float32 for quality
    offload_below_gib: float = 24.0  # enable_model_cpu_offload on GPUs with less memory than this
    vae_tiling: bool = True  # decode in tiles where the VAE supports it (peak memory, not speed)
    gpu_seconds_per_step: float = 2.0  # ZeroGPU estimate for reference_frames at native_area (see zerogpu.py)
    gpu_decode_seconds: float = 0.0  # ZeroGPU estimate of the VAE decode of that reference clip
    reference_frames: int = 81
    call_kwargs: tuple[tuple[str, Any], ...] = ()  # extra pipeline arguments the model card recommends

    def __post_init__(self) -> None:
        extra = dict(self.call_kwargs)
        if "frame_rate" in extra and extra["frame_rate"] != self.native_fps:
            raise ValueError(f"{self.name}: frame_rate {extra['frame_rate']!r} != native_fps {self.native_fps!r}")


WAN_NEGATIVE = ("bright tones, overexposed, static, blurred details, subtitles, style, works, paintings, images, "
                "static, overall gray, worst quality, low quality, JPEG compression residue, ugly, incomplete, "
                "extra fingers, poorly drawn hands, poorly drawn faces, deformed, disfigured, misshapen limbs, "
                "fused fingers, still picture, messy background, three legs, walking backwards")
LTX_NEGATIVE = "worst quality, inconsistent motion, blurry, jittery, distorted"

BACKENDS: dict[str, BackendSpec] = {
    "wan2.1-t2v-1.3b": BackendSpec(
        name="wan2.1-t2v-1.3b", label="Wan2.1-T2V-1.3B", repo_id="Wan-AI/Wan2.1-T2V-1.3B-Diffusers",
        pipeline_class=WanPipeline, i2v_pipeline_class=None, num_inference_steps=50, guidance_scale=5.0,
        native_fps=16, native_area=832 * 480, size_multiple=16, max_sequence_length=512,
        # 1.26 s per step (guidance on) measured on a whole H200 at 81 x 832x480 (docs/BACKENDS.md), x 7/3 for
        # ZeroGPU's 70 GB slice, taken as 3 of the H200's 7 compute slices (the slower 70 GB MIG profile).
        # Decoding those 81 frames (float32 VAE, tiled) took 6.1 s on the whole H200: x 7/3 likewise.
        negative_prompt=WAN_NEGATIVE, vae_float32=True, gpu_seconds_per_step=2.94, gpu_decode_seconds=14.2,
        reference_frames=81),
    "ltx-video": BackendSpec(
        name="ltx-video", label="LTX-Video", repo_id="Lightricks/LTX-Video",
        pipeline_class=LTXPipeline, i2v_pipeline_class=LTXImageToVideoPipeline, num_inference_steps=50,
        guidance_scale=3.0, native_fps=24, native_area=768 * 512, size_multiple=32, max_sequence_length=128,
        # 0.168 s per step measured on a whole H200 at 121 x 768x512, x 7/3 as for Wan.
        # Decoding those 121 frames took 1.0 s on the whole H200.
        negative_prompt=LTX_NEGATIVE, gpu_seconds_per_step=0.39, gpu_decode_seconds=2.3, reference_frames=121,
        # decode_* only act on VAEs with timestep conditioning (LTX-Video >= 0.9.1); others ignore them.
        call_kwargs=(("frame_rate", 24), ("decode_timestep", 0.03), ("decode_noise_scale", 0.025))),
}


# Named diffusers cache hooks: each builds its config from a callable returning the current timestep.
CACHES: dict[str, Callable[[Callable[[], Any]], Any]] = {
    # Skip the remaining blocks when the first block's residual changed < 5% since the last step.
    "first_block": lambda now: FirstBlockCacheConfig(threshold=0.05),
    # Reuse self-attention outputs every other step in the middle of the schedule, where they change least.
    "pyramid": lambda now: PyramidAttentionBroadcastConfig(
        spatial_attention_block_skip_range=2, spatial_attention_timestep_skip_range=(100, 800),
        current_timestep_callback=now),
    # FasterCache's attention reuse only: its CFG-branch reuse needs cond/uncond batched together, which Wan's
    # pipeline does not do (it runs them as two calls), so the model is declared guidance-distilled.
    "faster": lambda now: FasterCacheConfig(
        spatial_attention_block_skip_range=2, spatial_attention_timestep_skip_range=(-1, 681),
        current_timestep_callback=now, attention_weight_callback=lambda _: 0.3, is_guidance_distilled=True),
}


@dataclass(frozen=True)
class BackendStatus:
    name: str
    label: str
    available: bool
    reason: str


@dataclass
class BackendOutput:
    frames: np.ndarray  # (T, H, W, 3) uint8 RGB at the requested display size


@dataclass
class _Job:
    """One generation in model-native terms; plain values only, so ZeroGPU can pickle it to its worker."""

    prompt: str
    negative_prompt: str
    height: int
    width: int
    num_frames: int
    num_inference_steps: int
    guidance_scale: float
    generator: torch.Generator | None
    image: Image.Image | None = None
    extra: dict[str, Any] = field(default_factory=dict)


def plan_size(height: int, width: int, native_area: int, multiple: int) -> tuple[int, int]:
    """Model-native (height, width): the requested aspect ratio at ~native_area pixels, sides divisible."""
    aspect = width / height
    h = max(multiple, round(math.sqrt(native_area / aspect) / multiple) * multiple)
    w = max(multiple, round(h * aspect / multiple) * multiple)
    return h, w


def plan_frames(num_frames: int, native_fps: int, frame_multiple: int,
                output_fps: int = OUTPUT_FPS) -> tuple[int, list[int]]:
    """(frames to generate, indices of the display frames among them) for num_frames at output_fps.

    Display frame i is at time i / output_fps, i.e. native frame round(i * native_fps / output_fps); the model
    needs k * frame_multiple + 1 frames (its VAE compresses time by frame_multiple after the first frame).
    """
    indices = [round(i * native_fps / output_fps) for i in range(num_frames)]
    model_frames = math.ceil(indices[-1] / frame_multiple) * frame_multiple + 1
    return model_frames, indices


class Backend:
    """A diffusers video pipeline with the embedded pipeline's call contract (see the module docstring)."""

    def __init__(self, pipe: DiffusionPipeline, spec: BackendSpec, *, cache: str | None = None,
                 offload: bool = False, model_version: str | None = None) -> None:
        if not isinstance(pipe, spec.pipeline_class):
            raise ValueError(f"backend {spec.name!r} needs a {spec.pipeline_class.__name__}, "
                             f"got {type(pipe).__name__}")
        if cache is not None and cache not in CACHES:
            raise ValueError(f"cache {cache!r} is not one of {sorted(CACHES)}")
        self.spec, self.pipe, self.cache, self._offload = spec, pipe, cache, offload
        for module in pipe.components.values():  # modules built in code start in training mode (dropout on)
            if isinstance(module, torch.nn.Module):
                module.eval()
        self.model_name = spec.label
        self.default_num_inference_steps, self.default_guidance_scale = spec.num_inference_steps, spec.guidance_scale
        self.model_version = model_version or f"config-{_fingerprint(pipe)}"
        self.supports = TASKS if spec.i2v_pipeline_class else TASKS - {"image_to_video"}
        self._i2v: DiffusionPipeline | None = None
        self._active = pipe  # the pipeline that ran last (offload hooks and cache timestep follow it)
        if cache is not None:
            pipe.transformer.enable_cache(CACHES[cache](lambda: self._active.current_timestep))
        # Decorated per instance: a ZeroGPU worker is forked after the model is loaded and inherits it.
        self._denoise_on_gpu = zerogpu.gpu_function(self._denoise, duration=self._gpu_seconds)

    @classmethod
    def from_pipeline(cls, pipe: DiffusionPipeline, spec: BackendSpec, cache: str | None = None) -> Backend:
        """Wrap an already constructed pipeline (its device and memory settings are left as they are)."""
        return cls(pipe, spec, cache=cache)

    def __call__(self, prompt: str, negative_prompt: str | None = None, height: int = 256, width: int = 256,
                 num_frames: int = 16, num_inference_steps: int | None = None, guidance_scale: float | None = None,
                 generator: torch.Generator | None = None, known_frames: np.ndarray | None = None,
                 known_mask: np.ndarray | None = None,
                 callback: Callable[[int, int], None] | None = None) -> BackendOutput:
        # 1. Check the request and read the task from the mask.
        _check_request(prompt, height, width, num_frames, num_inference_steps, guidance_scale)
        first = self._first_known_frame(known_frames, known_mask, num_frames, height, width)
        # 2. Plan the model-native clip.
        size_multiple, frame_multiple = self._multiples()
        native_h, native_w = plan_size(height, width, self.spec.native_area, size_multiple)
        model_frames, indices = plan_frames(num_frames, self.spec.native_fps, frame_multiple)
        job = _Job(prompt=prompt, negative_prompt=negative_prompt or self.spec.negative_prompt,
                   height=native_h, width=native_w, num_frames=model_frames,
                   num_inference_steps=num_inference_steps or self.spec.num_inference_steps,
                   guidance_scale=self.spec.guidance_scale if guidance_scale is None else float(guidance_scale),
                   generator=generator, extra=dict(self.spec.call_kwargs),
                   image=None if first is None else Image.fromarray(first).resize((native_w, native_h),
                                                                                 Image.Resampling.LANCZOS))
        # 3. Denoise and decode (on ZeroGPU in a forked worker: a callback cannot cross that process boundary).
        video = self._denoise_on_gpu(job, None if zerogpu.zerogpu_active() else callback)  # (F, h, w, 3) in [0, 1]
        # 4. Display frames at OUTPUT_FPS, display size, uint8; a known first frame is returned as given.
        frames = _resize(_to_uint8(video[indices]), height, width)  # (T, H, W, 3)
        if first is not None:
            frames[0] = first
        return BackendOutput(frames=frames)

    def _first_known_frame(self, known_frames: np.ndarray | None, known_mask: np.ndarray | None, num_frames: int,
                           height: int, width: int) -> np.ndarray | None:
        """The known first frame at display size for image to video, None for no known frames; else ValueError."""
        if known_frames is None and known_mask is None:
            return None
        if known_frames is None or known_mask is None:
            raise ValueError("known_frames and known_mask must be given together")
        mask = np.asarray(known_mask)
        if mask.dtype != bool or mask.shape != (num_frames,):
            raise ValueError(f"known_mask must be a bool array of shape ({num_frames},), got {mask.dtype} "
                             f"{mask.shape}")
        if (not isinstance(known_frames, np.ndarray) or known_frames.dtype != np.uint8
                or known_frames.ndim != 4 or known_frames.shape[0] != num_frames or known_frames.shape[-1] != 3):
            raise ValueError(f"known_frames must be uint8 ({num_frames}, H, W, 3), got "
                             f"{getattr(known_frames, 'dtype', type(known_frames))} "
                             f"{getattr(known_frames, 'shape', None)}")
        if not mask.any():
            return None
        if not (mask[0] and not mask[1:].any()) or "image_to_video" not in self.supports:
            raise ValueError(f"backend {self.spec.name!r} does not support known frames at positions "
                             f"{np.flatnonzero(mask).tolist()}; it supports {sorted(self.supports)}")
        return _resize(known_frames[:1], height, width)[0]

    def _multiples(self) -> tuple[int, int]:
        """(spatial, temporal) divisors: the pipeline's own check and its VAE x patch compression."""
        pipe = self.pipe
        if isinstance(pipe, WanPipeline):
            space = pipe.vae_scale_factor_spatial * pipe.transformer.config.patch_size[1]
            return math.lcm(self.spec.size_multiple, space), pipe.vae_scale_factor_temporal
        space = pipe.vae_spatial_compression_ratio * pipe.transformer_spatial_patch_size
        return math.lcm(self.spec.size_multiple, space), pipe.vae_temporal_compression_ratio

    def _pipeline(self, image_to_video: bool) -> DiffusionPipeline:
        if not image_to_video:
            return self.pipe
        if self._i2v is None:
            # The same modules, no copy. Not `from_pipe`: it casts the shared modules to float32 by default.
            self._i2v = self.spec.i2v_pipeline_class(**self.pipe.components)
            self._i2v.set_progress_bar_config(**getattr(self.pipe, "_progress_bar_config", {}))
        return self._i2v

    def _denoise(self, job: _Job, callback: Callable[[int, int], None] | None) -> np.ndarray:
        """Run the diffusers pipeline for one job; returns (F, h, w, 3) float in [0, 1]."""
        pipe = self._pipeline(job.image is not None)
        if self._offload and pipe is not self._active:
            pipe.enable_model_cpu_offload(device=self.pipe._offload_device)  # re-hook the shared modules
        self._active = pipe

        def on_step_end(p: DiffusionPipeline, i: int, t: torch.Tensor, tensors: dict) -> dict:
            if callback is not None:
                callback(i + 1, p.num_timesteps)
            return {}

        image = {} if job.image is None else {"image": job.image}
        out = pipe(prompt=job.prompt, negative_prompt=job.negative_prompt, height=job.height, width=job.width,
                   num_frames=job.num_frames, num_inference_steps=job.num_inference_steps,
                   guidance_scale=job.guidance_scale, generator=job.generator,
                   max_sequence_length=self.spec.max_sequence_length, output_type="np",
                   callback_on_step_end=on_step_end, **image, **job.extra)
        return out.frames[0]

    def _gpu_seconds(self, job: _Job, callback: Any = None) -> int:
        return zerogpu.estimate_gpu_seconds(job.num_inference_steps, job.num_frames, job.height, job.width,
                                            self.spec.gpu_seconds_per_step, self.spec.reference_frames,
                                            self.spec.native_area, guidance=job.guidance_scale > 1.0,
                                            decode_seconds=self.spec.gpu_decode_seconds)


def _check_request(prompt: Any, height: Any, width: Any, num_frames: Any, steps: Any, guidance: Any) -> None:
    if not isinstance(prompt, str):
        raise ValueError(f"prompt must be a str, got {type(prompt).__name__}")
    for name, value in (("height", height), ("width", width)):
        if not isinstance(value, int) or not MIN_SIDE <= value <= MAX_SIDE:
            raise ValueError(f"{name} {value!r} must be an int from {MIN_SIDE} to {MAX_SIDE}")
    if not isinstance(num_frames, int) or not 1 <= num_frames <= MAX_FRAMES:
        raise ValueError(f"num_frames {num_frames!r} must be an int from 1 to {MAX_FRAMES}")
    if steps is not None and (not isinstance(steps, int) or steps < 1):
        raise ValueError(f"num_inference_steps {steps!r} must be a positive int")
    if guidance is not None and (not isinstance(guidance, (int, float)) or not 0.0 <= guidance <= 30.0):
        raise ValueError(f"guidance_scale {guidance!r} must be a number from 0 to 30")


def _to_uint8(video: np.ndarray) -> np.ndarray:
    return (np.clip(video, 0.0, 1.0) * 255.0).round().astype(np.uint8)


def _resize(frames: np.ndarray, height: int, width: int) -> np.ndarray:
    """(T, h, w, 3) uint8 -> (T, height, width, 3) uint8 (Lanczos; unchanged when already that size)."""
    if frames.shape[1:3] == (height, width):
        return frames.copy()
    return np.stack([np.asarray(Image.fromarray(f).resize((width, height), Image.Resampling.LANCZOS))
                     for f in frames])


def _fingerprint(pipe: DiffusionPipeline) -> str:
    """Short hash of every component's config: identifies a model that did not come from a Hub snapshot."""
    configs = {}
    for name, component in sorted(pipe.components.items()):
        config = getattr(component, "config", None)  # diffusers: a FrozenDict; transformers: a PretrainedConfig
        if config is not None:
            configs[name] = config.to_dict() if hasattr(config, "to_dict") else dict(config)
    return hashlib.sha256(json.dumps(configs, sort_keys=True, default=str).encode()).hexdigest()[:12]


# ---- where the weights are: local directory, Hugging Face cache, or the Hub ------------------------------------

def _offline() -> bool:
    return os.environ.get("HF_HUB_OFFLINE", "").strip().lower() in {"1", "true", "yes", "on"}


def _hub_cache_dir() -> Path:
    """Read at call time (huggingface_hub reads it once at import, and tests change it)."""
    if os.environ.get("HF_HUB_CACHE"):
        return Path(os.environ["HF_HUB_CACHE"])
    home = os.environ.get("HF_HOME") or os.path.join(os.path.expanduser("~"), ".cache", "huggingface")
    return Path(home) / "hub"


def _hub_reachable(timeout: float = 2.0) -> bool:
    host = urlparse(os.environ.get("HF_ENDPOINT", "https://huggingface.co")).hostname or "huggingface.co"
    try:
        with socket.create_connection((host, 443), timeout=timeout):
            return True
    except OSError:
        return False


def _complete(folder: Path) -> str | None:
    """None when folder holds a whole diffusers pipeline (every model with weights), else what is missing."""
    index = folder / "model_index.json"
    if not index.is_file():
        return f"no model_index.json in {folder}"
    for name, entry in json.loads(index.read_text()).items():
        if name.startswith("_") or not isinstance(entry, list) or entry[0] is None:
            continue
        sub = folder / name
        if not sub.is_dir() or not any(sub.iterdir()):
            return f"component {name!r} missing in {folder}"
        if (sub / "config.json").is_file() and not any(sub.glob("*.safetensors")) and not any(sub.glob("*.bin")):
            return f"no weights for component {name!r} in {sub}"
    return None


def _local_folder(spec: BackendSpec) -> tuple[Path | None, str]:
    """(folder holding the complete pipeline, or None; why not)."""
    if Path(spec.repo_id).is_dir():
        folder = Path(spec.repo_id)
    else:
        from huggingface_hub import snapshot_download
        from huggingface_hub.errors import LocalEntryNotFoundError
        try:
            folder = Path(snapshot_download(spec.repo_id, cache_dir=_hub_cache_dir(), local_files_only=True))
        except LocalEntryNotFoundError:
            return None, f"{spec.repo_id} is not in the local Hugging Face cache ({_hub_cache_dir()})"
    missing = _complete(folder)
    return (None, missing) if missing else (folder, "")


def _status(spec: BackendSpec, reachable: Callable[[], bool]) -> BackendStatus:
    folder, why = _local_folder(spec)
    if folder is not None:
        return BackendStatus(spec.name, spec.label, True, f"weights in {folder}")
    if _offline():
        return BackendStatus(spec.name, spec.label, False, f"offline (HF_HUB_OFFLINE is set) and {why}")
    if not reachable():
        return BackendStatus(spec.name, spec.label, False, f"the Hugging Face Hub cannot be reached and {why}")
    return BackendStatus(spec.name, spec.label, True, f"{why}; it will be downloaded on first use (several GB)")


def available_backends() -> list[BackendStatus]:
    """Every preset with whether it can be loaded here and why; needs no GPU and downloads nothing."""
    probe: list[bool] = []  # the network is probed at most once per call, and only if something is not cached

    def reachable() -> bool:
        if not probe:
            probe.append(_hub_reachable())
        return probe[0]

    return [_status(spec, reachable) for spec in BACKENDS.values()]


def load_backend(name: str | BackendSpec, device: str | torch.device | None = None,
                 torch_dtype: torch.dtype | None = None, cache: str | None = None) -> Backend:
    """Load a preset (by name, or a BackendSpec, e.g. one whose repo_id is a local directory).

    Weights come from a local directory, the Hugging Face cache, or the Hub when online. Default device: CUDA if
    present, else CPU (slow; fine for tiny models); default dtype bfloat16 on CUDA, float32 on CPU. On a GPU
    with less than spec.offload_below_gib of memory the pipeline uses model CPU offload; the VAE decodes in
    tiles where it can.
    """
    spec = name if isinstance(name, BackendSpec) else BACKENDS.get(name)
    if spec is None:
        raise ValueError(f"backend {name!r} is not one of {sorted(BACKENDS)}")
    if cache is not None and cache not in CACHES:
        raise ValueError(f"cache {cache!r} is not one of {sorted(CACHES)}")
    device = torch.device(device or ("cuda" if torch.cuda.is_available() else "cpu"))
    dtype = torch_dtype or (torch.bfloat16 if device.type == "cuda" else torch.float32)
    folder, why = _local_folder(spec)
    if folder is None:
        if Path(spec.repo_id).is_dir() or _offline():
            raise RuntimeError(f"cannot load backend {spec.name!r}: {why}")
        folder = Path(spec.pipeline_class.download(spec.repo_id, cache_dir=_hub_cache_dir()))
    dtypes = {"default": dtype, "vae": torch.float32} if spec.vae_float32 else dtype
    pipe = spec.pipeline_class.from_pretrained(folder, dtype=dtypes)
    offload = False
    if device.type == "cuda" and not zerogpu.zerogpu_active():
        vram_gib = torch.cuda.get_device_properties(device.index or 0).total_memory / 2**30
        offload = vram_gib < spec.offload_below_gib
    if offload:
        pipe.enable_model_cpu_offload(device=device)
    else:
        pipe.to(device)
    if spec.vae_tiling and hasattr(pipe.vae, "enable_tiling"):
        pipe.vae.enable_tiling()
    # A Hub snapshot folder is named by its commit: that is the exact model version.
    version = f"{spec.repo_id}@{folder.name[:12]}" if folder.parent.name == "snapshots" else None
    return Backend(pipe, spec, cache=cache, offload=offload, model_version=version)
