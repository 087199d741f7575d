"""The one orchestrator: every clip the studio makes goes through these stages, in this order.

    check prompt -> upsample -> check upsampled prompt -> generate -> classify every frame (while a copy is
    watermarked, used only if the frames pass) -> encode (H.264 MP4 / PNG) -> sign C2PA last -> write

`app.py`, both CLIs and the tests call `Studio`. Generation (`sora_pipeline`) and safety (`moderation`) never import
each other; this module composes them. Every stage's outcome is written to the audit log as it happens, and
nothing refused ever reaches disk. Models load lazily on first use, once, so importing this module is instant.
"""

from __future__ import annotations

import hashlib
import os
import secrets
import threading
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

import numpy as np
import torch

from moderation import frames as frame_checks
from moderation import prompt as prompt_checks
from moderation import provenance, uploads, watermark
from moderation.audit import AuditLog
from moderation.ratelimit import RateLimiter
from moderation.verdict import Verdict
from moderation.verify import verify_file
from sora_pipeline import tasks, upsample
from sora_pipeline.video_io import VideoDecodeError, decode_image, decode_video, encode_mp4, encode_png

REPO_DIR = Path(__file__).resolve().parent
FPS = 8
# Display sizes (width, height); the embedded model works at 1/8 of these and upscales.
ASPECT_RATIOS: dict[str, tuple[int, int]] = {"1:1": (256, 256), "3:2": (384, 256), "2:3": (256, 384)}
DURATIONS_S: tuple[int, ...] = (1, 2, 3, 4)
TASKS: tuple[str, ...] = ("text_to_video", "text_to_image", "image_to_video", "extend", "loop", "blend")
MAX_SEED = 2**31 - 1
EMBEDDED = "embedded"  # the model trained here and shipped in assets/model

Progress = Callable[[float, str], None]


class InvalidRequest(ValueError):
    """The request cannot be run as given; the message says why and is safe to show."""


@dataclass(frozen=True)
class StudioConfig:
    """Operator settings. Every field can come from a STUDIO_* environment variable (see `from_env`)."""

    backend: str = EMBEDDED  # or a hub model from sora_pipeline.backends.BACKENDS, e.g. "wan2.1-t2v-1.3b"
    # Hub models only: a diffusers cache hook from sora_pipeline.backends.CACHES ("pyramid", "faster",
    # "first_block"), "" for none. Measured on an H200: pyramid -11% per clip on Wan, +4% on LTX (docs/BACKENDS.md).
    backend_cache: str = ""
    model_dir: str = ""  # "" = the embedded model shipped in assets/model
    data_dir: str = str(REPO_DIR / ".studio")  # keys, audit log, outputs; never committed
    max_prompt_chars: int = 1000  # longer prompts are refused with a clear message
    store_prompts: bool = False  # the audit log keeps only a hash of each prompt unless this is on
    prompt_in_credentials: bool = False  # the C2PA manifest omits the raw prompt unless this is on
    visible_watermark: bool = True
    visible_watermark_text: str = "AI-generated"
    use_llm_upsampler: bool = True  # False: the deterministic rewrite only (fast start, no 135M LLM)
    rate_limit_requests: int = 30  # per client ...
    rate_limit_seconds: float = 600.0  # ... per this window
    max_steps: int = 100
    refuse_faces_in_uploads: bool = True

    @staticmethod
    def from_env(**overrides: Any) -> "StudioConfig":
        """Defaults, then STUDIO_<FIELD> environment variables, then explicit overrides."""
        values: dict[str, Any] = {}
        for name, f in StudioConfig.__dataclass_fields__.items():
            raw = os.environ.get(f"STUDIO_{name.upper()}")
            if raw is None:
                continue
            kind = type(f.default)
            values[name] = raw.lower() in ("1", "true", "yes", "on") if kind is bool else kind(raw)
        values.update(overrides)
        return StudioConfig(**values)

    @property
    def output_dir(self) -> Path:
        return Path(self.data_dir) / "outputs"


@dataclass(frozen=True)
class GenerationRequest:
    """One request, spelled like the pipeline arguments. Sizes are display pixels; seed None picks one."""

    prompt: str
    task: str = "text_to_video"
    negative_prompt: str = ""
    width: int = 256
    height: int = 256
    num_frames: int = 16
    seed: int | None = None
    num_inference_steps: int | None = None  # None: the model's default
    guidance_scale: float | None = None
    upsample: bool = True
    caption: str = ""  # a caption the user already enhanced and edited: used as is (and checked) instead of upsampling
    image: bytes | None = None  # image_to_video: the first frame
    video: bytes | None = None  # extend: the clip to continue; blend: the first clip
    video_b: bytes | None = None  # blend: the second clip
    direction: str = "forward"  # extend: "forward" or "backward"
    backend: str = ""  # "" = the configured default (StudioConfig.backend)
    client_id: str = "local"


@dataclass(frozen=True)
class GenerationResult:
    """What the user gets back. status: "ok", "refused" (moderation) or "invalid" (bad input)."""

    status: str
    generation_id: str
    message: str
    report: dict[str, Any] = field(default_factory=dict)
    path: str | None = None  # the signed MP4 (or PNG for text_to_image); None unless status == "ok"

    @property
    def ok(self) -> bool:
        return self.status == "ok"


def size_for(aspect_ratio: str) -> tuple[int, int]:
    """(width, height) in display pixels for an aspect ratio label such as "3:2"."""
    if aspect_ratio not in ASPECT_RATIOS:
        raise InvalidRequest(f"aspect ratio {aspect_ratio!r} is not supported; choose one of {list(ASPECT_RATIOS)}")
    return ASPECT_RATIOS[aspect_ratio]


def frames_for(duration_s: float) -> int:
    """Frames for a duration in seconds at 8 fps (1 to 4 s)."""
    if duration_s not in DURATIONS_S:
        raise InvalidRequest(f"duration {duration_s!r} s is not supported; choose one of {list(DURATIONS_S)} s")
    return int(duration_s * FPS)


class Studio:
    """Owns the loaded models and runs requests through the fixed stage order. Thread-safe."""

    def __init__(self, config: StudioConfig | None = None) -> None:
        self.config = config or StudioConfig.from_env()
        self._load_lock = threading.Lock()
        self._generate_lock = threading.Lock()  # one clip at a time on a small CPU; the queue orders the rest
        # Frame classification runs here while the request's own thread draws the watermarks (see execute).
        self._frame_check_pool = ThreadPoolExecutor(max_workers=2, thread_name_prefix="frame-verdict")
        self._components: dict[str, Any] = {}
        self.rate_limiter = RateLimiter(self.config.rate_limit_requests, self.config.rate_limit_seconds)

    # -- lazily loaded components ------------------------------------------------------------------------------
    def _get(self, name: str, load: Callable[[], Any]) -> Any:
        if name not in self._components:
            with self._load_lock:
                if name not in self._components:
                    self._components[name] = load()
        return self._components[name]

    @property
    def pipeline(self):
        """The configured default generator."""
        return self.pipeline_for(self.config.backend)

    def pipeline_for(self, backend: str):
        """The embedded SoraPipeline, or a hub model through diffusers (loaded once; an error says why not)."""
        if backend == EMBEDDED:
            from sora_pipeline.pipeline import SoraPipeline, load_default_pipeline

            return self._get("pipeline", lambda: SoraPipeline.from_pretrained(self.config.model_dir)
                             if self.config.model_dir else load_default_pipeline())
        from sora_pipeline.backends import BACKENDS, CACHES, available_backends, load_backend

        if backend not in BACKENDS:
            raise InvalidRequest(f"model {backend!r} is not one of {[EMBEDDED, *BACKENDS]}")
        cache = self.config.backend_cache or None
        if cache is not None and cache not in CACHES:
            raise InvalidRequest(f"backend_cache {cache!r} (STUDIO_BACKEND_CACHE) is not one of {sorted(CACHES)}")
        if f"backend:{backend}" not in self._components:
            status = next(b for b in available_backends() if b.name == backend)
            if not status.available:
                raise InvalidRequest(f"model {backend!r} is unavailable here: {status.reason}")
        return self._get(f"backend:{backend}", lambda: load_backend(backend, cache=cache))

    @property
    def prompt_classifier(self) -> prompt_checks.PromptClassifier:
        return self._get("prompt_classifier", lambda: prompt_checks.PromptClassifier.load(
            cache_dir=Path(self.config.data_dir) / "cache"))

    @property
    def frame_classifiers(self) -> frame_checks.FrameClassifiers:
        return self._get("frame_classifiers", lambda: frame_checks.FrameClassifiers.load(
            cache_dir=Path(self.config.data_dir) / "cache"))

    @property
    def upsampler(self) -> upsample.Upsampler | None:
        if not self.config.use_llm_upsampler:
            return None
        return self._get("upsampler", upsample.Upsampler.load)

    @property
    def keys(self) -> provenance.SigningKeys:
        return self._get("keys", lambda: provenance.SigningKeys.resolve(self.config.data_dir))

    @property
    def audit(self) -> AuditLog:
        return self._get("audit", lambda: AuditLog(Path(self.config.data_dir) / "audit.sqlite3",
                                                   store_prompts=self.config.store_prompts))

    def warm_up(self) -> None:
        """Load every model now (the app calls this in the background after it starts serving)."""
        for name in ("pipeline", "prompt_classifier", "frame_classifiers", "upsampler", "keys", "audit"):
            getattr(self, name)

    # -- single stages, also exposed as API endpoints ----------------------------------------------------------
    def moderate(self, text: str, stage: str = "prompt") -> Verdict:
        """The prompt policy's verdict on one text."""
        self._check_text(text, "text", allow_empty=False)
        return prompt_checks.check_prompt(text, self.prompt_classifier, stage=stage)

    def upsample(self, prompt: str, seed: int = 0) -> tuple[upsample.UpsampleResult | None, Verdict]:
        """Moderate, rewrite into a detailed caption, and moderate the caption; the caption is None if refused."""
        self._check_text(prompt, "prompt", allow_empty=False)
        verdict = prompt_checks.check_prompt(prompt, self.prompt_classifier, stage="prompt")
        if not verdict.allowed:
            return None, verdict
        result = upsample.upsample_prompt(prompt, seed, self.upsampler)
        return result, prompt_checks.check_prompt(result.caption, self.prompt_classifier, stage="upsampled_prompt")

    def verify(self, data: bytes) -> dict[str, Any]:
        """Provenance report for a file: C2PA state, invisible watermark, audit-log lookup, verdict."""
        return verify_file(data, self.keys, self.audit).to_dict()

    # -- the whole recipe --------------------------------------------------------------------------------------
    def generate(self, request: GenerationRequest, progress: Progress | None = None) -> GenerationResult:
        """Run one request through every stage. Never raises for bad input or refusals: see result.status."""
        progress = progress or (lambda fraction, message: None)
        generation_id = uuid.uuid4().hex
        run = _Run(self, request, generation_id, progress)
        try:
            return run.execute()
        except InvalidRequest as e:
            self.audit.record(generation_id, "request", "invalid", (), {}, client=request.client_id,
                              details={"error": str(e)})
            return run.result("invalid", str(e))

    def _check_text(self, text: Any, name: str, allow_empty: bool) -> str:
        if not isinstance(text, str):
            raise InvalidRequest(f"{name} must be text, got {type(text).__name__}")
        if not allow_empty and not text.strip():
            raise InvalidRequest(f"the {name} is empty: describe what to generate")
        if len(text) > self.config.max_prompt_chars:
            raise InvalidRequest(f"the {name} is {len(text)} characters long; the limit is "
                                 f"{self.config.max_prompt_chars}")
        return text


class _Run:
    """One request's state as it moves through the stages (kept off Studio so requests never share it)."""

    def __init__(self, studio: Studio, request: GenerationRequest, generation_id: str, progress: Progress):
        self.studio, self.request, self.generation_id, self.progress = studio, request, generation_id, progress
        self.timings: dict[str, float] = {}
        self.moderation: dict[str, dict[str, Any]] = {}
        self.report: dict[str, Any] = {"generation_id": generation_id, "task": request.task,
                                       "prompt": request.prompt, "negative_prompt": request.negative_prompt}

    def result(self, status: str, message: str, path: str | None = None) -> GenerationResult:
        self.report.update(status=status, message=message, moderation=self.moderation,
                           timings={k: round(v, 4) for k, v in self.timings.items()})
        self.report["timings"]["total"] = round(sum(self.timings.values()), 4)
        return GenerationResult(status, self.generation_id, message, self.report, path)

    def _timed(self, stage: str, fn: Callable[[], Any]) -> Any:
        start = time.perf_counter()
        try:
            return fn()
        finally:
            self.timings[stage] = self.timings.get(stage, 0.0) + time.perf_counter() - start

    def _gate(self, verdict: Verdict, prompt: str | None = None) -> bool:
        """Record a verdict; True when it allows going on."""
        self.moderation[verdict.stage] = verdict.to_dict()
        self.studio.audit.record(self.generation_id, verdict.stage, "allowed" if verdict.allowed else "refused",
                                 verdict.categories, dict(verdict.scores), prompt=prompt,
                                 client=self.request.client_id,
                                 details={"evidence": list(verdict.evidence), "frames": list(verdict.frames)})
        return verdict.allowed

    def _refused(self, verdict: Verdict) -> GenerationResult:
        what = {"prompt": "The prompt", "negative_prompt": "The negative prompt",
                "upsampled_prompt": "The enhanced prompt", "upload": "The upload",
                "frames": "The generated clip"}.get(verdict.stage, "The request")
        categories = ", ".join(verdict.categories) or "policy"
        return self.result("refused", f"{what} was refused ({categories}): {verdict.reason}")

    def execute(self) -> GenerationResult:
        studio, req, cfg = self.studio, self.request, self.studio.config
        decision = studio.rate_limiter.check(req.client_id)  # counts every request, valid or not
        if not decision.allowed:
            raise InvalidRequest(decision.reason)
        params = self._validate()

        # 1. Check the prompt and the negative prompt.
        self.progress(0.02, "Checking the prompt")
        classifier = self._timed("load_moderation", lambda: studio.prompt_classifier)
        for stage, text in (("prompt", req.prompt), ("negative_prompt", req.negative_prompt)):
            if text.strip():
                verdict = self._timed("moderation", lambda: prompt_checks.check_prompt(text, classifier, stage))
                if not self._gate(verdict, prompt=text):
                    return self._refused(verdict)

        # 2. Check and decode uploads before anything uses them.
        self.progress(0.05, "Checking uploads")
        media = self._timed("moderation", self._check_uploads)
        if isinstance(media, GenerationResult):
            return media

        # 3. Upsample, then check the caption the model will actually see.
        prompt_used = req.prompt
        if req.caption.strip():
            prompt_used = req.caption
            self.report["upsampling"] = {"method": "edited by the user", "notes": [], "caption": req.caption}
        elif req.upsample and req.prompt.strip():
            self.progress(0.08, "Enhancing the prompt")
            up = self._timed("upsample", lambda: upsample.upsample_prompt(req.prompt, params["seed"],
                                                                          studio.upsampler))
            prompt_used = up.caption
            self.report["upsampling"] = {"method": up.method, "notes": list(up.notes), "caption": up.caption}
        if prompt_used != req.prompt:
            verdict = self._timed("moderation", lambda: prompt_checks.check_prompt(prompt_used, classifier,
                                                                                    "upsampled_prompt"))
            if not self._gate(verdict, prompt=prompt_used):
                return self._refused(verdict)
        elif "prompt" in self.moderation:  # the model sees exactly the prompt that was already checked
            self.moderation["upsampled_prompt"] = {**self.moderation["prompt"], "stage": "upsampled_prompt",
                                                   "reason": "Same text as the prompt, which passed."}
        self.report["prompt_used"] = prompt_used

        # 4. Generate.
        self.progress(0.1, "Loading the model")
        pipe = self._timed("load_model", lambda: studio.pipeline_for(params["backend"]))
        supported = getattr(pipe, "supports", None)
        if supported is not None and req.task not in supported:
            raise InvalidRequest(f"{pipe.model_name} cannot do {req.task.replace('_', ' ')}; it supports "
                                 + ", ".join(sorted(supported)))
        if params["num_inference_steps"] is None:
            params["num_inference_steps"] = pipe.default_num_inference_steps
        if params["guidance_scale"] is None:
            params["guidance_scale"] = pipe.default_guidance_scale

        def on_step(step: int, total: int) -> None:
            self.progress(0.1 + 0.7 * step / max(total, 1), f"Denoising step {step}/{total}")

        with studio._generate_lock:
            frames = self._timed("generate", lambda: self._run_task(pipe, prompt_used, params, media, on_step))

        # 5. Classify every frame, and 6. meanwhile draw the watermarks on a copy (visible mark, then the invisible
        # payload over the final pixels). The classifiers run in onnxruntime, which releases the GIL, so the two
        # overlap on two cores. Nothing is encoded, written or shown before the verdict; a refused clip's
        # watermarked copy is dropped with it.
        self.progress(0.82, f"Checking all {len(frames)} frames")
        classifiers = self._timed("load_moderation", lambda: studio.frame_classifiers)
        started = time.perf_counter()
        pending = studio._frame_check_pool.submit(self._classify_frames, frames, classifiers)
        marked = frames
        try:
            if cfg.visible_watermark:
                marked = self._timed("watermark", lambda: watermark.add_visible(marked, cfg.visible_watermark_text))
            marked = self._timed("watermark", lambda: watermark.embed_invisible(marked, self.generation_id))
        finally:
            waited = time.perf_counter()
            verdict, classify_s = pending.result()  # always wait: the verdict decides, even if marking failed
            # "moderation" counts only the wait the frame check adds; its full time is kept alongside.
            wait = time.perf_counter() - waited
            self.timings["moderation"] = self.timings.get("moderation", 0.0) + wait
            self.report["frame_check"] = {"seconds": round(classify_s, 4), "wait_s": round(wait, 4),
                                          "overlapped_with_watermark_s": round(min(classify_s, waited - started), 4)}
        if not self._gate(verdict):
            return self._refused(verdict)
        frames = marked

        # 7. Encode, 8. sign last, 9. write exactly the signed bytes.
        self.progress(0.93, "Encoding and signing")
        single_image = req.task == "text_to_image"
        mime = "image/png" if single_image else "video/mp4"
        data = self._timed("encode", lambda: encode_png(frames[0]) if single_image else encode_mp4(frames, FPS))
        manifest = provenance.build_manifest(
            self.generation_id, pipe.model_name, pipe.model_version, self._moderation_summary(),
            settings={k: params[k] for k in ("task", "seed", "width", "height", "num_frames",
                                             "num_inference_steps", "guidance_scale")},
            prompt=prompt_used if cfg.prompt_in_credentials else None)
        keys = self._timed("load_keys", lambda: studio.keys)
        signed = self._timed("sign", lambda: provenance.sign(data, mime, manifest, keys))
        path = self._write(signed, ".png" if single_image else ".mp4")
        credentials = provenance.read_credentials(signed, mime, keys.root_pem)

        self.report.update(
            video=str(path), sha256=hashlib.sha256(signed).hexdigest(), fps=FPS,
            model={"name": pipe.model_name, "version": pipe.model_version},
            watermark={"id_digest": watermark.id_digest(self.generation_id),
                       "visible": cfg.visible_watermark},
            c2pa={"state": credentials.state, "errors": list(credentials.errors)},
            **{k: params[k] for k in ("seed", "width", "height", "num_frames", "num_inference_steps",
                                      "guidance_scale")})
        studio.audit.record(self.generation_id, "release", "released", (), {}, client=req.client_id,
                            details={"sha256": self.report["sha256"], "c2pa": credentials.state,
                                     "settings": manifest_settings(self.report)})
        self.progress(1.0, "Done")
        return self.result("ok", "Generated, checked, watermarked and signed.", str(path))

    @staticmethod
    def _classify_frames(frames: np.ndarray, classifiers) -> tuple[Verdict, float]:
        start = time.perf_counter()
        verdict = frame_checks.check_frames(frames, classifiers)
        return verdict, time.perf_counter() - start

    def _validate(self) -> dict[str, Any]:
        req, cfg = self.request, self.studio.config
        if req.task not in TASKS:
            raise InvalidRequest(f"task {req.task!r} is not one of {list(TASKS)}")
        prompt_optional = req.task in ("image_to_video", "extend", "blend")
        self.studio._check_text(req.prompt, "prompt", allow_empty=prompt_optional)
        self.studio._check_text(req.negative_prompt, "negative prompt", allow_empty=True)
        self.studio._check_text(req.caption, "caption", allow_empty=True)
        if (req.width, req.height) not in ASPECT_RATIOS.values():
            raise InvalidRequest(f"size {req.width}x{req.height} is not supported; choose one of "
                                 + ", ".join(f"{w}x{h}" for w, h in ASPECT_RATIOS.values()))
        num_frames = 1 if req.task == "text_to_image" else req.num_frames
        if req.task != "text_to_image" and num_frames not in tuple(d * FPS for d in DURATIONS_S):
            raise InvalidRequest(f"num_frames {num_frames!r} is not supported; choose one of "
                                 f"{[d * FPS for d in DURATIONS_S]} (1 to 4 s at {FPS} fps)")
        seed = secrets.randbelow(MAX_SEED) if req.seed is None else req.seed
        if not isinstance(seed, int) or not 0 <= seed <= MAX_SEED:
            raise InvalidRequest(f"seed {seed!r} must be a whole number from 0 to {MAX_SEED}")
        steps = req.num_inference_steps
        if steps is not None and (not isinstance(steps, int) or not 1 <= steps <= cfg.max_steps):
            raise InvalidRequest(f"num_inference_steps {steps!r} must be from 1 to {cfg.max_steps}")
        guidance = req.guidance_scale
        if guidance is not None and not (isinstance(guidance, (int, float)) and 0.0 <= guidance <= 20.0):
            raise InvalidRequest(f"guidance_scale {guidance!r} must be from 0 to 20")
        if req.direction not in ("forward", "backward"):
            raise InvalidRequest(f"direction {req.direction!r} must be 'forward' or 'backward'")
        needs = {"image_to_video": ("image",), "extend": ("video",), "blend": ("video", "video_b")}
        for name in needs.get(req.task, ()):
            if not getattr(req, name):
                raise InvalidRequest(f"the {req.task.replace('_', ' ')} task needs an uploaded "
                                     f"{'image' if name == 'image' else 'video'} ({name})")
        return {"task": req.task, "backend": req.backend or cfg.backend, "seed": seed, "width": req.width,
                "height": req.height, "num_frames": num_frames, "num_inference_steps": steps,
                "guidance_scale": guidance}

    def _check_uploads(self) -> dict[str, np.ndarray] | GenerationResult:
        req = self.request
        policy = uploads.UploadPolicy(refuse_faces=self.studio.config.refuse_faces_in_uploads)
        media: dict[str, np.ndarray] = {}
        for name in ("image", "video", "video_b"):
            data = getattr(req, name)
            if not data or (req.task == "image_to_video") != (name == "image"):
                continue
            check = uploads.check_image_upload if name == "image" else uploads.check_video_upload
            verdict, array = check(data, self.studio.frame_classifiers, policy)
            if not self._gate(verdict):
                if verdict.categories and set(verdict.categories) <= {"file_type", "file_size", "decode"}:
                    raise InvalidRequest(verdict.reason)
                return self._refused(verdict)
            media[name] = array
        return media

    def _run_task(self, pipe, prompt: str, params: dict[str, Any], media: dict[str, np.ndarray],
                  on_step: Callable[[int, int], None]) -> np.ndarray:
        generator = torch.Generator().manual_seed(params["seed"])  # CPU noise: a seed reproduces on any device
        common = dict(negative_prompt=self.request.negative_prompt or None, width=params["width"],
                      height=params["height"], generator=generator, callback=on_step,
                      num_inference_steps=params["num_inference_steps"], guidance_scale=params["guidance_scale"])
        task, n = self.request.task, params["num_frames"]
        if task == "text_to_video":
            return tasks.text_to_video(pipe, prompt, num_frames=n, **common)
        if task == "text_to_image":
            return tasks.text_to_image(pipe, prompt, **common)
        if task == "image_to_video":
            return tasks.image_to_video(pipe, prompt, media["image"], num_frames=n, **common)
        if task == "extend":
            return tasks.extend(pipe, prompt, media["video"], num_frames=n, direction=self.request.direction,
                                **common)
        if task == "loop":
            return tasks.loop(pipe, prompt, num_frames=n, **common)
        return tasks.blend(pipe, prompt, media["video"], media["video_b"], num_frames=n, **common)

    def _moderation_summary(self) -> dict[str, Any]:
        return {stage: {"allowed": v["allowed"], "categories": v["categories"]}
                for stage, v in self.moderation.items()}

    def _write(self, data: bytes, suffix: str) -> Path:
        """Write the signed bytes to a per-request path, atomically (no half-written file is ever served)."""
        out_dir = self.studio.config.output_dir / self.generation_id
        out_dir.mkdir(parents=True, exist_ok=True)
        path = out_dir / f"{self.generation_id}{suffix}"
        tmp = path.with_suffix(suffix + ".part")
        tmp.write_bytes(data)
        os.replace(tmp, path)
        return path


def manifest_settings(report: dict[str, Any]) -> dict[str, Any]:
    """The settings recorded with a release, so `verify` can say which settings made a clip."""
    keys = ("task", "seed", "width", "height", "num_frames", "num_inference_steps", "guidance_scale", "prompt_used")
    return {k: report.get(k) for k in keys if k in report}


