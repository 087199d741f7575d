"""Measure whether generated clips follow their prompts: background, colour, shape, motion, flicker. No model.

`measure_clip(frames) -> ClipMeasurement` reads a (T, H, W, 3) uint8 RGB clip at display size (an 8x upscale of a
small native clip; blur and noise are fine), block-averaged to a short side of about WORK_SIDE, and names what it
shows in world.py's vocabulary:
  background  the mode of the border pixels' nearest world.BACKGROUNDS entry (robust to a shape at the edge);
  colour      pixels far from the background are candidates; the median of their farther half is the shape's
              colour, named by the nearest world.COLORS entry;
  shape       each pixel's position between background and shape colour (0..1) gives a soft mask; the largest
              blob's area and centroid place the world's circle, square and triangle (world.render_clip's
              geometry); the best mean soft IoU wins, over frames where the blob is not cut by the border;
  motion      straight-line fits over time of the centroid (fraction of width / height) and of sqrt(area)
              (fraction of the short side); the largest change names the motion, "static" when it is under
              MIN_TRAVEL (the world's shapes travel >= 0.4 of the frame or grow by >= 0.2 of the short side);
  temporal    background flicker (mean frame-to-frame change of background pixels, 0-255), size and path jitter
              (RMS residuals of those fits) and presence (share of frames that show the shape).
`check_clip(frames, scene) -> ClipCheck` judges each attribute against a world.Scene. Both are pure functions.
`validate_ground_truth` runs them on the world's own rendered clips, degraded like model output.

`python -m sora_pipeline.evaluate [--model-dir DIR] [--sets seen,held_out,paraphrase] [--limit N] [--steps N]
[--out results.json]` generates the prompt sets of evals/model_prompts.jsonl (one function per set) and prints
per-attribute accuracy and temporal figures per set; `--ground-truth` validates the measurer with no model.
See docs/EVALUATION.md. Shapes: T H W frames / height / width in pixels; h w the working resolution.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from dataclasses import asdict, dataclass, replace
from pathlib import Path

import cv2
import numpy as np

from sora_pipeline import world

WORK_SIDE = 64  # measure at about this short side: block averaging keeps the 50%-cover edge and averages noise
MIN_CONTRAST = 40.0  # RGB distance from the background that marks a foreground candidate (closest pair: 116)
MIN_AREA = 0.004  # least blob area (share of the frame) that counts as the shape; the smallest rendered is ~0.02
MIN_TRAVEL = 0.1  # least change over the clip that counts as motion (see the module docstring)
_BG_NAMES = tuple(world.BACKGROUNDS)
_BG_RGB = np.array(list(world.BACKGROUNDS.values()), dtype=np.float32)
_FG_NAMES = tuple(world.COLORS)
_FG_RGB = np.array(list(world.COLORS.values()), dtype=np.float32)


@dataclass(frozen=True)
class ClipMeasurement:
    """What a clip shows. color/shape are None when no shape is found; motion is None for one frame or when fewer
    than two frames show the shape."""

    background: str
    background_rgb: tuple[int, int, int]
    color: str | None
    color_rgb: tuple[int, int, int] | None
    shape: str | None
    shape_iou: float  # mean IoU of the chosen shape's template (0 when no shape)
    shape_margin: float  # its lead over the second-best template's IoU
    motion: str | None  # one of world.MOTIONS, "static", or None
    travel: tuple[float, float, float]  # (dx / W, dy / H, d sqrt(area) / short side) over the whole clip
    presence: float  # share of frames with the shape
    background_flicker: float  # mean |frame[t+1] - frame[t]| over background pixels, 0-255
    size_jitter: float  # RMS residual of sqrt(area) around its line, relative to its mean
    path_jitter: float  # RMS residual of the centroid around its line, fraction of the short side


@dataclass(frozen=True)
class ClipCheck:
    """A measurement judged against the scene the clip should show. motion is None when it cannot be judged."""

    measured: ClipMeasurement
    background: bool
    color: bool
    shape: bool
    motion: bool | None

    @property
    def all(self) -> bool:
        return self.background and self.color and self.shape and self.motion is not False


def _working(frames: np.ndarray) -> np.ndarray:
    """(T, H, W, 3) uint8 -> (T, h, w, 3) float32, block-averaged so the short side is about WORK_SIDE."""
    if not isinstance(frames, np.ndarray) or frames.dtype != np.uint8 or frames.ndim != 4 or frames.shape[-1] != 3:
        got = (type(frames).__name__, getattr(frames, "dtype", None), getattr(frames, "shape", None))
        raise ValueError(f"frames must be a uint8 array (T, H, W, 3), got {got}")
    t, hh, ww, _ = frames.shape
    if t < 1 or min(hh, ww) < 8:
        raise ValueError(f"frames must have >= 1 frame of >= 8x8 pixels, got shape {frames.shape}")
    f = max(1, min(hh, ww) // WORK_SIDE)
    h, w = hh // f, ww // f
    if f == 1:
        return frames.astype(np.float32)
    # INTER_AREA with an integer factor is exact block averaging, and far faster than a numpy reshape-mean.
    return np.stack([cv2.resize(fr[: h * f, : w * f], (w, h), interpolation=cv2.INTER_AREA) for fr in frames]
                    ).astype(np.float32)  # (T, h, w, 3)


def _nearest(rgb: np.ndarray, palette: np.ndarray) -> np.ndarray:
    """Index of the nearest palette entry for each (..., 3) colour."""
    return np.linalg.norm(rgb[..., None, :] - palette, axis=-1).argmin(axis=-1)


def _background(x: np.ndarray) -> tuple[int, np.ndarray]:
    """(index into BACKGROUNDS, measured RGB): the mode of the border pixels' nearest background."""
    b = max(1, min(x.shape[1:3]) // 32)
    border = np.concatenate([x[:, :b].reshape(-1, 3), x[:, -b:].reshape(-1, 3),
                             x[:, :, :b].reshape(-1, 3), x[:, :, -b:].reshape(-1, 3)])
    label = _nearest(border, _BG_RGB)
    mode = int(np.bincount(label, minlength=len(_BG_NAMES)).argmax())
    return mode, np.median(border[label == mode], axis=0)


@dataclass(frozen=True)
class _Blob:
    """The shape in one frame: soft coverage in [0, 1] over the whole frame, its area (pixels) and centroid."""

    cover: np.ndarray  # (h, w)
    area: float
    cx: float
    cy: float
    inside: bool  # does not touch the frame's border (a cut-off shape misleads the template match)


def _blobs(alpha: np.ndarray) -> list[_Blob | None]:
    """Per frame, the largest blob where the clip is more foreground than background, or None when too small.

    alpha (T, h, w) is each pixel's position between background (0) and shape colour (1); inside a dilated
    region around the blob it is kept soft, so an anti-aliased or blurred edge still gives the true area.
    """
    kernel = np.ones((3, 3), np.uint8)
    t, h, w = alpha.shape
    out: list[_Blob | None] = []
    soft = np.clip(alpha, 0.0, 1.0)
    for i in range(t):
        m = cv2.morphologyEx((alpha[i] > 0.5).astype(np.uint8), cv2.MORPH_OPEN, kernel)  # drop noise pixels
        n, labels, stats, _ = cv2.connectedComponentsWithStats(m, connectivity=8)
        if n < 2 or stats[1:, cv2.CC_STAT_AREA].max() < MIN_AREA * h * w:
            out.append(None)
            continue
        k = 1 + int(stats[1:, cv2.CC_STAT_AREA].argmax())
        region = cv2.dilate((labels == k).astype(np.uint8), kernel, iterations=2).astype(bool)
        cover = np.where(region, soft[i], 0.0)
        ys, xs = np.nonzero(region)
        area = float(cover.sum())
        cy = float((cover.sum(axis=1) * (np.arange(h) + 0.5)).sum() / area)
        cx = float((cover.sum(axis=0) * (np.arange(w) + 0.5)).sum() / area)
        inside = ys.min() > 0 and xs.min() > 0 and ys.max() < h - 1 and xs.max() < w - 1
        out.append(_Blob(cover, area, cx, cy, bool(inside)))
    return out


def _template(shape: str, blob: _Blob, ys: np.ndarray, xs: np.ndarray, s: int = 4) -> np.ndarray:
    """Coverage (len(ys), len(xs)) of the world's shape with the blob's area and centroid, supersampled s x s.

    Same geometry as world.render_clip: a circle of radius r, a square of equal area, an upward equilateral
    triangle centred on its centroid.
    """
    sub = (np.arange(s) + 0.5) / s
    dy = (ys[:, None] + sub).reshape(-1)[:, None] - blob.cy  # (len(ys) * s, 1)
    dx = (xs[:, None] + sub).reshape(-1)[None, :] - blob.cx  # (1, len(xs) * s)
    if shape == "circle":
        mask = dx**2 + dy**2 <= blob.area / np.pi
    elif shape == "square":
        half = np.sqrt(blob.area) / 2
        mask = (np.abs(dx) <= half) & (np.abs(dy) <= half)
    else:
        big_r = np.sqrt(4 * blob.area / (3 * np.sqrt(3)))  # circumradius of an equilateral triangle of that area
        mask = (dy <= big_r / 2) & (np.sqrt(3) * dx - dy <= big_r) & (-np.sqrt(3) * dx - dy <= big_r)
    return cv2.resize(mask.astype(np.float32), (len(xs), len(ys)), interpolation=cv2.INTER_AREA)


def _template_ious(blob: _Blob) -> np.ndarray:
    """Soft IoU (sum of minima / sum of maxima) of the blob with each of world.SHAPES fitted to it."""
    h, w = blob.cover.shape
    r = int(np.ceil(1.3 * np.sqrt(blob.area))) + 2  # a window that holds every template
    ys = np.arange(max(0, int(blob.cy) - r), min(h, int(blob.cy) + r + 1))
    xs = np.arange(max(0, int(blob.cx) - r), min(w, int(blob.cx) + r + 1))
    seen = blob.cover[ys[0]:ys[-1] + 1, xs[0]:xs[-1] + 1]
    ious = []
    for shape in world.SHAPES:
        tpl = _template(shape, blob, ys, xs)
        ious.append(np.minimum(seen, tpl).sum() / np.maximum(seen, tpl).sum())
    return np.array(ious)


def _line_fit(t: np.ndarray, y: np.ndarray, span: int) -> tuple[float, float]:
    """(change over `span` frames, RMS residual) of a least-squares line through (t, y)."""
    slope, icpt = np.polyfit(t, y, 1)
    return float(slope * span), float(np.sqrt(np.mean((y - (slope * t + icpt)) ** 2)))


def _motion(travel: tuple[float, float, float]) -> str:
    axis = int(np.argmax(np.abs(travel)))
    if abs(travel[axis]) < MIN_TRAVEL:
        return "static"
    names = (("moving left", "moving right"), ("moving up", "moving down"), ("shrinking", "growing"))[axis]
    return names[int(travel[axis] > 0)]


def _trajectory(blobs: list[_Blob | None], h: int, w: int):
    """(motion, travel, size jitter, path jitter) from straight-line fits to the blobs' centroids and sizes."""
    present = [i for i, b in enumerate(blobs) if b is not None]
    if len(present) < 2:
        return None, (0.0, 0.0, 0.0), 0.0, 0.0
    idx = np.array(present, dtype=np.float64)
    cx = np.array([blobs[i].cx / w for i in present])
    cy = np.array([blobs[i].cy / h for i in present])
    size = np.array([np.sqrt(blobs[i].area) / min(h, w) for i in present])
    (dx, rx), (dy, ry), (ds, rs) = (_line_fit(idx, v, len(blobs) - 1) for v in (cx, cy, size))
    travel = (dx, dy, ds)
    return _motion(travel), travel, rs / float(size.mean()), float(np.hypot(rx * w, ry * h) / min(h, w))


def measure_clip(frames: np.ndarray) -> ClipMeasurement:
    """Measure one clip, uint8 RGB (T, H, W, 3) at any size >= 8x8; ValueError for anything else."""
    x = _working(frames)  # (T, h, w, 3)
    t, h, w, _ = x.shape
    bg_index, bg_rgb = _background(x)
    dist = np.linalg.norm(x - bg_rgb, axis=-1)  # (T, h, w) distance from the background colour
    coarse = dist > MIN_CONTRAST
    color = color_rgb = shape = motion = None
    shape_iou = margin = 0.0
    travel, presence, size_jitter, path_jitter = (0.0, 0.0, 0.0), 0.0, 0.0, 0.0
    blobs: list[_Blob | None] = [None] * t
    if coarse.any():
        # The far half of the candidates is the shape's interior: its median is the shape's colour.
        fg = np.median(x[coarse & (dist >= np.median(dist[coarse]))], axis=0)
        axis = fg - bg_rgb
        alpha = ((x - bg_rgb) @ axis) / float(axis @ axis)  # (T, h, w) 0 = background, 1 = shape colour
        blobs = _blobs(alpha)
        present = [b for b in blobs if b is not None]
        presence = len(present) / t
        if present:
            color_rgb = tuple(int(round(c)) for c in fg)
            color = _FG_NAMES[int(_nearest(fg, _FG_RGB))]
            whole = [b for b in present if b.inside] or present
            picks = np.linspace(0, len(whole) - 1, min(len(whole), 8)).round().astype(int)  # 8 frames suffice
            ious = np.mean([_template_ious(whole[i]) for i in picks], axis=0)
            second, best = np.argsort(ious)[-2:]
            shape, shape_iou, margin = world.SHAPES[best], float(ious[best]), float(ious[best] - ious[second])
            if t > 1:
                motion, travel, size_jitter, path_jitter = _trajectory(blobs, h, w)
    flicker = 0.0
    if t > 1:
        shape_px = np.stack([b.cover > 0 if b is not None else np.zeros((h, w), bool) for b in blobs])  # (T, h, w)
        still = ~shape_px[1:] & ~shape_px[:-1]  # (T-1, h, w) background in both frames
        change = np.abs(x[1:] - x[:-1]).mean(axis=-1)  # (T-1, h, w)
        flicker = float(change[still].mean()) if still.any() else 0.0
    return ClipMeasurement(
        background=_BG_NAMES[bg_index], background_rgb=tuple(int(round(c)) for c in bg_rgb), color=color,
        color_rgb=color_rgb, shape=shape, shape_iou=shape_iou, shape_margin=margin, motion=motion, travel=travel,
        presence=presence, background_flicker=flicker, size_jitter=size_jitter, path_jitter=path_jitter)


def check_clip(frames: np.ndarray, scene: world.Scene) -> ClipCheck:
    """Measure a clip and judge each attribute against the scene it should show."""
    m = measure_clip(frames)
    return ClipCheck(measured=m, background=m.background == scene.background, color=m.color == scene.color,
                     shape=m.shape == scene.shape, motion=None if m.motion is None and frames.shape[0] == 1
                     else m.motion == scene.motion)


# ---- ground truth: the measurer on the world's own clips, degraded like model output -------------------------


def ground_truth_clip(scene: world.Scene, num_frames: int, height: int, width: int, rng: np.random.Generator,
                      interpolation: int = cv2.INTER_LINEAR, blur: float = 0.0, noise: float = 0.0) -> np.ndarray:
    """A world.render_clip clip at native size (display / 8) upscaled to (height, width), blurred (Gaussian sigma
    in display pixels) and noised (Gaussian, 0-255 units): uint8 (T, height, width, 3), like the pipeline's output."""
    native = world.render_clip(scene, num_frames, height // 8, width // 8, rng)  # (T, H/8, W/8, 3)
    clip = np.stack([cv2.resize(f, (width, height), interpolation=interpolation) for f in native])
    if blur > 0:
        clip = np.stack([cv2.GaussianBlur(f, (0, 0), blur) for f in clip])
    if noise > 0:
        clip = np.clip(clip + rng.normal(0.0, noise, clip.shape), 0, 255).astype(np.uint8)
    return clip


def validate_ground_truth(scenes: list[world.Scene], seed: int = 0, log=print) -> dict:
    """Measure rendered clips of every scene at every display size, durations 8-32 frames cycling, with nearest /
    bilinear / bicubic upscaling, blur sigma 0-4 and noise sigma 0-12 cycling; returns accuracy per attribute."""
    rng = np.random.default_rng(seed)
    sizes = ((256, 256), (256, 384), (384, 256))  # (height, width): square, landscape, portrait
    modes = (cv2.INTER_NEAREST, cv2.INTER_LINEAR, cv2.INTER_CUBIC)
    checks, failures = [], []
    for i, scene in enumerate(scenes):
        for j, (height, width) in enumerate(sizes):
            k = i * len(sizes) + j
            # Periods 4, 12, 36, 108 against the size's 3: every size meets every condition.
            clip = ground_truth_clip(scene, (8, 16, 24, 32)[k % 4], height, width, rng, modes[(k // 4) % 3],
                                     blur=(0.0, 2.0, 4.0)[(k // 12) % 3], noise=(0.0, 6.0, 12.0)[(k // 36) % 3])
            check = check_clip(clip, scene)
            checks.append(check)
            if not check.all:
                failures.append({"scene": world.caption(scene), "clip": clip.shape, "measured": check.measured})
                log(f"  wrong: {failures[-1]}")
    return {"count": len(checks), **_accuracy(checks), "failures": failures}


# ---- prompt sets and generation --------------------------------------------------------------------------------

PROMPT_SETS = Path(__file__).resolve().parent.parent / "evals" / "model_prompts.jsonl"
SET_NAMES = ("seen", "held_out", "paraphrase")
ATTRIBUTES = ("background", "color", "shape", "motion")


@dataclass(frozen=True)
class PromptCase:
    """One prompt to generate, the scene it should produce, and the seed to generate it with."""

    set: str
    prompt: str
    scene: world.Scene
    seed: int


@dataclass(frozen=True)
class GenerationSettings:
    """Pipeline arguments shared by every prompt; None leaves the pipeline's default."""

    height: int = 256
    width: int = 256
    num_frames: int = 16
    num_inference_steps: int | None = None
    guidance_scale: float | None = None


def load_prompt_sets(path: Path = PROMPT_SETS) -> dict[str, list[PromptCase]]:
    """The prompt sets by name; ValueError quoting the line for a malformed row or an unknown set or attribute."""
    sets: dict[str, list[PromptCase]] = {name: [] for name in SET_NAMES}
    for number, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            case = PromptCase(row["set"], row["prompt"], world.Scene(**row["scene"]), int(row["seed"]))
        except (ValueError, KeyError, TypeError) as e:
            raise ValueError(f"{path}:{number}: bad prompt row {line[:120]!r}: {e}") from e
        if case.set not in sets:
            raise ValueError(f"{path}:{number}: unknown set {case.set!r}, expected one of {SET_NAMES}")
        sets[case.set].append(case)
    return sets


def generate(pipe, prompt: str, seed: int, settings: GenerationSettings) -> np.ndarray:
    """One clip (T, H, W, 3) uint8 from the pipeline, seeded through a CPU generator so it reproduces."""
    import torch

    kwargs = {k: v for k, v in (("num_inference_steps", settings.num_inference_steps),
                                ("guidance_scale", settings.guidance_scale)) if v is not None}
    out = pipe(prompt, negative_prompt=None, height=settings.height, width=settings.width,
               num_frames=settings.num_frames, generator=torch.Generator().manual_seed(seed), **kwargs)
    return out.frames


def _accuracy(checks: list[ClipCheck]) -> dict:
    """Share correct per attribute and for all four, plus the mean temporal measurements."""
    if not checks:
        return {"accuracy": {}, "temporal": {}, "shape_iou": 0.0}
    judged = {a: [getattr(c, a) for c in checks if getattr(c, a) is not None] for a in ATTRIBUTES}
    acc: dict[str, float | None] = {a: float(np.mean(v)) if v else None for a, v in judged.items()}  # None: n/a
    acc["all"] = float(np.mean([c.all for c in checks]))
    temporal = {k: float(np.mean([getattr(c.measured, k) for c in checks]))
                for k in ("background_flicker", "size_jitter", "path_jitter", "presence")}
    return {"accuracy": acc, "temporal": temporal, "shape_iou": float(np.mean([c.measured.shape_iou for c in checks]))}


def run_prompts(pipe, cases: list[PromptCase], settings: GenerationSettings, log=print) -> dict:
    """Generate and check every case; the set's accuracy, temporal figures, timing and one row per prompt."""
    checks, rows, seconds = [], [], []
    for i, case in enumerate(cases, start=1):
        start = time.perf_counter()
        frames = generate(pipe, case.prompt, case.seed, settings)
        seconds.append(time.perf_counter() - start)
        check = check_clip(frames, case.scene)
        checks.append(check)
        rows.append({"prompt": case.prompt, "seed": case.seed, "expected": asdict(case.scene),
                     **{a: getattr(check, a) for a in ATTRIBUTES}, "measured": asdict(check.measured)})
        log(f"  [{case.set} {i}/{len(cases)}] {'ok ' if check.all else 'BAD'} {case.prompt[:60]!r} -> "
            f"{check.measured.color} {check.measured.shape} {check.measured.motion} on {check.measured.background}")
    confusion = {asked: {read: 0 for read in (*world.SHAPES, "none")} for asked in world.SHAPES}  # asked -> read
    for case, check in zip(cases, checks):
        confusion[case.scene.shape][check.measured.shape or "none"] += 1
    return {"count": len(cases), **_accuracy(checks), "shape_confusion": confusion,
            "seconds_per_clip": float(np.mean(seconds)) if seconds else 0.0, "rows": rows}


def _subset(cases: list[PromptCase], limit: int | None) -> list[PromptCase]:
    """At most `limit` cases, evenly spaced through the set (the sets are ordered by scene: a prefix is all
    circles)."""
    if limit is None or limit >= len(cases):
        return cases
    return [cases[i] for i in np.linspace(0, len(cases) - 1, limit).round().astype(int)]


def evaluate_seen(pipe, sets: dict[str, list[PromptCase]], settings: GenerationSettings, limit: int | None,
                  log=print) -> dict:
    """Canonical captions of scenes the model was trained on."""
    return run_prompts(pipe, _subset(sets["seen"], limit), settings, log)


def evaluate_held_out(pipe, sets: dict[str, list[PromptCase]], settings: GenerationSettings, limit: int | None,
                      log=print) -> dict:
    """Canonical captions of world.HELD_OUT_SCENES: combinations never shown in training."""
    return run_prompts(pipe, _subset(sets["held_out"], limit), settings, log)


def evaluate_paraphrase(pipe, sets: dict[str, list[PromptCase]], settings: GenerationSettings, limit: int | None,
                        log=print) -> dict:
    """Hand-written natural prompts, labelled with the scene they describe."""
    return run_prompts(pipe, _subset(sets["paraphrase"], limit), settings, log)


LOOP_TOLERANCE = 8.0  # mean |first - last frame| (0-255) under which a loop counts as closed; clean renders: ~0


def _frame_error(a: np.ndarray, b: np.ndarray) -> float:
    """Mean absolute difference of two (H, W, 3) uint8 frames, 0-255."""
    return float(np.abs(a.astype(np.float32) - b.astype(np.float32)).mean())


def evaluate_tasks(pipe, sets: dict[str, list[PromptCase]], settings: GenerationSettings, limit: int | None,
                   log=print) -> dict:
    """The editing tasks of sora_pipeline/tasks.py on every 5th seen case, given rendered ground truth:
    image_to_video keeps the given frame's background, colour and shape (and follows the prompt's motion);
    extend (forward, from the given clip's last frames) continues its motion; loop ends where it starts (motion
    is not judged: a loop returns to its start)."""
    from sora_pipeline import tasks

    cases = _subset(sets["seen"][::5], limit)
    checks: dict[str, list[ClipCheck]] = {"image_to_video": [], "extend": [], "loop": []}
    first_errors, loop_errors = [], []
    for i, case in enumerate(cases, start=1):
        given = ground_truth_clip(case.scene, settings.num_frames, settings.height, settings.width,
                                  np.random.default_rng(case.seed))
        kw = {k: v for k, v in asdict(settings).items() if v is not None} | {"seed": case.seed}
        i2v = tasks.image_to_video(pipe, case.prompt, given[0], **kw)
        first_errors.append(_frame_error(i2v[0], given[0]))
        checks["image_to_video"].append(check_clip(i2v, case.scene))
        checks["extend"].append(check_clip(tasks.extend(pipe, case.prompt, given, direction="forward", **kw),
                                           case.scene))
        looped = tasks.loop(pipe, case.prompt, **kw)
        loop_errors.append(_frame_error(looped[0], looped[-1]))
        checks["loop"].append(replace(check_clip(looped, case.scene), motion=None))
        log(f"  [tasks {i}/{len(cases)}] {case.prompt!r}: image_to_video {checks['image_to_video'][-1].all}, "
            f"extend motion {checks['extend'][-1].measured.motion}, loop error {loop_errors[-1]:.1f}")
    out = {name: {"count": len(c), **_accuracy(c)} for name, c in checks.items()}
    out["image_to_video"]["first_frame_error"] = float(np.mean(first_errors)) if cases else 0.0
    out["loop"]["loop_error"] = float(np.mean(loop_errors)) if cases else 0.0
    out["loop"]["loop_closed"] = float(np.mean([e < LOOP_TOLERANCE for e in loop_errors])) if cases else 0.0
    return out


SET_FUNCTIONS = {"seen": evaluate_seen, "held_out": evaluate_held_out, "paraphrase": evaluate_paraphrase,
                 "tasks": evaluate_tasks}


def checkpoint_step(model_dir: Path) -> int | None:
    """The training step of an exported model (from its training_state.pt), or None when it is not recorded."""
    import torch

    try:
        return int(torch.load(Path(model_dir) / "training_state.pt", map_location="cpu", weights_only=True)["step"])
    except (OSError, KeyError, RuntimeError, ValueError, TypeError):
        return None


def print_table(results: dict) -> None:
    """Accuracy per attribute and temporal figures, one row per set."""
    print(f"{'set':<20}{'n':>5}{'bg':>7}{'color':>7}{'shape':>7}{'motion':>7}{'all':>7}"
          f"{'iou':>7}{'flicker':>9}{'size_jit':>9}{'path_jit':>9}{'present':>8}{'s/clip':>8}")
    for name, r in results.items():
        a, t = r.get("accuracy", {}), r.get("temporal", {})
        if not a:
            continue
        print(f"{name:<20}{r['count']:>5}" + "".join(f"{a[k]:>7.3f}" if a[k] is not None else f"{'n/a':>7}"
                                                  for k in (*ATTRIBUTES, "all"))
              + f"{r['shape_iou']:>7.3f}{t['background_flicker']:>9.2f}{t['size_jitter']:>9.3f}{t['path_jitter']:>9.3f}"
              + f"{t['presence']:>8.3f}{r.get('seconds_per_clip', 0.0):>8.2f}")
    for name, r in results.items():
        if r.get("shape_confusion"):  # which shape each asked shape was read as (where shape errors come from)
            print(f"{name:<20}shape asked -> read: " + "; ".join(
                f"{asked} " + " ".join(f"{read} {n}" for read, n in row.items() if n)
                for asked, row in r["shape_confusion"].items() if sum(row.values())))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Generate the prompt sets and measure whether clips follow them.")
    parser.add_argument("--model-dir", help="an exported SoraPipeline folder (default: the shipped assets/model)")
    parser.add_argument("--sets", default=",".join(SET_FUNCTIONS), help=f"comma-separated of {list(SET_FUNCTIONS)}")
    parser.add_argument("--limit", type=int, help="at most N prompts per set, evenly spaced through it")
    parser.add_argument("--steps", type=int, help="num_inference_steps (default: the pipeline's)")
    parser.add_argument("--guidance-scale", type=float, help="guidance_scale (default: the pipeline's)")
    parser.add_argument("--height", type=int, default=256)
    parser.add_argument("--width", type=int, default=256)
    parser.add_argument("--num-frames", type=int, default=16)
    parser.add_argument("--threads", type=int, help="torch CPU threads (default: torch's; 1 on a busy machine)")
    parser.add_argument("--out", help="write every figure and per-prompt measurement to this JSON file")
    parser.add_argument("--ground-truth", action="store_true",
                        help="no model: measure rendered clips of all 432 scenes at 3 sizes (validates the measurer)")
    args = parser.parse_args(argv)
    if args.ground_truth:
        start = time.perf_counter()
        results = {"ground_truth": validate_ground_truth(world.all_scenes())}
        results["ground_truth"]["seconds"] = time.perf_counter() - start
        print_table(results)
    else:
        names = [s.strip() for s in args.sets.split(",") if s.strip()]
        unknown = [s for s in names if s not in SET_FUNCTIONS]
        if unknown:
            parser.error(f"unknown set(s) {unknown}; choose from {list(SET_FUNCTIONS)}")
        if args.limit is not None and args.limit < 1:
            parser.error(f"--limit must be >= 1, got {args.limit}")
        import torch

        from sora_pipeline.pipeline import DEFAULT_MODEL_DIR, SoraPipeline, load_default_pipeline

        if args.threads:
            torch.set_num_threads(args.threads)

        model_dir = Path(args.model_dir) if args.model_dir else DEFAULT_MODEL_DIR
        pipe = SoraPipeline.from_pretrained(model_dir) if args.model_dir else load_default_pipeline()
        settings = GenerationSettings(args.height, args.width, args.num_frames, args.steps, args.guidance_scale)
        sets = load_prompt_sets()
        results = {"model_dir": str(model_dir), "checkpoint_step": checkpoint_step(model_dir),
                   "settings": asdict(settings)}
        print(f"model {model_dir} (training step {results['checkpoint_step']}), settings {asdict(settings)}")
        for name in names:
            results[name] = SET_FUNCTIONS[name](pipe, sets, settings, args.limit)
            _write(args.out, results)  # after every set, so a long run that is stopped keeps what it measured
        rows = {k: v for k, v in results.items() if isinstance(v, dict) and "accuracy" in v}
        print_table(rows | {f"task:{k}": v for k, v in results.get("tasks", {}).items()})
        if "tasks" in results:
            t = results["tasks"]
            print(f"image_to_video first-frame error {t['image_to_video']['first_frame_error']:.2f}/255; loop "
                  f"first-last error {t['loop']['loop_error']:.2f}/255, closed (< {LOOP_TOLERANCE}) "
                  f"{t['loop']['loop_closed']:.3f}")
    _write(args.out, results)
    return 0


def _write(path: str | None, results: dict) -> None:
    if path:
        Path(path).write_text(json.dumps(results, indent=1, default=_json_default), encoding="utf-8")


def _json_default(value):
    if isinstance(value, ClipMeasurement):
        return asdict(value)
    if isinstance(value, np.generic):
        return value.item()
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


if __name__ == "__main__":
    sys.exit(main())
