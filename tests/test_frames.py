"""Frame gate: real classifiers on real photos, the flat-shape world never firing, and the nudity wiring.

Real images shipped by installed packages (scikit-image): astronaut (a frontal face), camera (a man in profile
behind a camera), rocket (a launch: ImageNet calls it "missile"/"projectile"), color (a colour wheel that nudenet
scores 0.8 as BUTTOCKS_EXPOSED: the false positive the skin check exists for). No installed package ships a nude
image, so the nudity thresholds and the skin check are tested with FakeNudeDetector (wiring only) on top of the
real nudenet run that proves the detector itself is wired in (the colour wheel).

The whole world (432 scenes x 16 frames) runs with FRAMES_ALL_SCENES=1 (about 10-20 min on 2 cores); the default
run checks 12 scenes that include the world's worst cases for nudenet.
"""

from __future__ import annotations

import os
from pathlib import Path

import cv2
import numpy as np
import pytest
import skimage
from PIL import Image
from skimage import data as skdata

from moderation.frames import (CATEGORIES, FrameClassifiers, FramePolicy, check_frames, classify, flat_share,
                               skin_fraction, verdict_from)
from sora_pipeline.world import Scene, all_scenes, render_clip

pytestmark = pytest.mark.slow
SKIMAGE_DATA = Path(skimage.__file__).parent / "data"
SKIN = (224, 172, 140)  # an RGB skin tone


def shaded_skin(height: int, width: int) -> np.ndarray:
    """(height, width, 3) uint8: the skin tone lit from one side (brightness 0.55-1.0 across the columns), as light
    shades a body; one flat colour would be a flat field (FramePolicy.max_flat_skin_share)."""
    light = np.linspace(0.55, 1.0, width, dtype=np.float32)[None, :, None]
    return np.broadcast_to(np.asarray(SKIN, np.float32) * light, (height, width, 3)).astype(np.uint8)
# The flat scenes where nudenet comes closest to a nudity label (circles read as "buttocks"); see the sweep.
# Blue disc on white: BUTTOCKS_EXPOSED up to 0.515 with no skin in the box; blue disc on brown (a skin-coloured
# background): up to 0.38, below the 0.5 threshold.
WORST_SCENES = [Scene("circle", "blue", "white", "moving up"), Scene("circle", "blue", "brown", "shrinking")]


def display(image: np.ndarray, size: tuple[int, int] = (256, 256)) -> np.ndarray:
    return np.asarray(Image.fromarray(image).convert("RGB").resize(size, Image.BILINEAR))


def world_clip(scene: Scene, width: int = 256, height: int = 256) -> np.ndarray:
    """What the model shows: a clip rendered at 1/8 of display size and upscaled 8x (bicubic). The seed is the
    scene's index in all_scenes(), so the sample below sees exactly the clips the full sweep sees."""
    seed = all_scenes().index(scene)
    small = render_clip(scene, 16, height // 8, width // 8, np.random.default_rng(seed))  # (16, h, w, 3)
    return np.stack([cv2.resize(f, (width, height), interpolation=cv2.INTER_CUBIC) for f in small])


@pytest.fixture(scope="module")
def classifiers() -> FrameClassifiers:
    return FrameClassifiers.load()


@pytest.fixture(scope="module")
def astronaut() -> np.ndarray:
    return display(skdata.astronaut())


def test_a_real_face_fires_on_every_frame(classifiers, astronaut):
    verdict = check_frames(np.repeat(astronaut[None], 16, axis=0), classifiers)
    assert not verdict.allowed and verdict.stage == "frames"
    assert verdict.categories == ("face",) and verdict.frames == tuple(range(16))
    assert set(verdict.scores) == set(CATEGORIES) and verdict.scores["face"] >= 0.7
    assert verdict.evidence == (f"face: FACE_FEMALE + Haar frontal face {verdict.scores['face']:.2f} "
                                "(frames 0-15)",)
    assert verdict.reason.startswith("The classifiers found face in 16 of 16 frames")


def test_offending_frames_are_named(classifiers, astronaut):
    clip = world_clip(Scene("square", "red", "black", "moving left"))[:10]
    clip[[3, 7, 8]] = astronaut
    verdict = check_frames(clip, classifiers)
    assert verdict.frames == (3, 7, 8) and "(frames 3, 7-8)" in verdict.evidence[0]


def test_a_profile_face_fires_on_the_learned_detector_alone(classifiers):
    verdict = check_frames(np.asarray(Image.fromarray(skdata.camera()).convert("RGB"))[None], classifiers)
    assert verdict.categories == ("face",) and verdict.evidence[0].startswith("face: FACE_MALE 0.")
    assert 0.5 <= verdict.scores["face"] < 0.7  # no Haar agreement: only nudenet's own score decides


def test_faces_can_be_allowed_by_policy(astronaut, classifiers):
    relaxed = FrameClassifiers(FramePolicy(block_faces=False), classifiers.nudenet, classifiers.face_cascade_path,
                               classifiers.weapon_model)
    verdict = check_frames(astronaut[None], relaxed)
    assert verdict.allowed and verdict.scores["face"] >= 0.7


def test_a_missile_fires_the_weapon_classifier(classifiers):
    rocket = display(np.asarray(Image.open(SKIMAGE_DATA / "rocket.jpg")))
    verdict = check_frames(rocket[None], classifiers)
    assert verdict.categories == ("weapon",) and verdict.frames == (0,)
    assert verdict.evidence[0].startswith("weapon: missile")
    assert verdict.scores["weapon"] >= FramePolicy().weapon_threshold


@pytest.mark.parametrize("name", ["chelsea.png", "coffee.png", "color.png", "coins.png", "motorcycle_left.png"])
def test_harmless_photos_pass(classifiers, name):
    verdict = check_frames(display(np.asarray(Image.open(SKIMAGE_DATA / name)))[None], classifiers)
    assert verdict.allowed, verdict.reason


def test_the_colour_wheel_is_rejected_by_the_skin_check(classifiers):
    wheel = display(np.asarray(Image.open(SKIMAGE_DATA / "color.png")))
    (found,) = classifiers.nudenet.detect_batch([np.ascontiguousarray(wheel[..., ::-1])])
    buttocks = [d for d in found if d["class"] == "BUTTOCKS_EXPOSED"]
    assert buttocks and buttocks[0]["score"] >= 0.5  # nudenet alone would call this nudity
    assert skin_fraction(wheel, buttocks[0]["box"]) < FramePolicy().min_skin_fraction
    assert classify(wheel[None], classifiers, ("nudity",)).score["nudity"][0] == 0.0


def test_real_skin_passes_the_skin_check(classifiers, astronaut):
    (found,) = classifiers.nudenet.detect_batch([np.ascontiguousarray(astronaut[..., ::-1])])
    face = next(d for d in found if d["class"] == "FACE_FEMALE")
    assert skin_fraction(astronaut, face["box"]) >= 0.5
    assert flat_share(astronaut, face["box"], FramePolicy().flat_skin_delta) < 0.3  # shaded: far from one flat colour


def test_the_embedded_models_brown_background_is_no_nudity(classifiers):
    # Round 40: the app's example "a grey mouse nibbling cheese ..." is rewritten to this caption, and nudenet reads
    # the generated brown background with its blurred blue square as BUTTOCKS_EXPOSED 0.5-0.7 (frames 9, 13 and 15
    # of seed 0): the frame gate refused the clip for most seeds. The skin-coloured pixels there are one flat colour.
    import torch

    from sora_pipeline.pipeline import load_default_pipeline

    pipe = load_default_pipeline()
    frames = pipe("a blue square moving down on a brown background", height=256, width=256, num_frames=16,
                  generator=torch.Generator().manual_seed(0)).frames  # (16, 256, 256, 3)
    found = classifiers.nudenet.detect_batch([np.ascontiguousarray(f[..., ::-1]) for f in frames])
    policy = classifiers.policy
    read_as_nudity = [(i, d) for i, ds in enumerate(found) for d in ds if d["class"] == "BUTTOCKS_EXPOSED"
                      and d["score"] >= 0.5 and skin_fraction(frames[i], d["box"]) >= policy.min_skin_fraction]
    assert read_as_nudity  # nudenet and the skin-colour check alone would refuse this clip
    assert all(flat_share(frames[i], d["box"], policy.flat_skin_delta) >= policy.max_flat_skin_share
               for i, d in read_as_nudity)
    verdict = check_frames(frames, classifiers)
    assert verdict.allowed, verdict.to_dict()


def test_a_flat_skin_coloured_field_is_no_nudity_and_no_face_wiring(classifiers):
    frames = np.zeros((4, 64, 64, 3), np.uint8)
    frames[0] = frames[2] = SKIN  # one flat skin-coloured field (a brown or beige background)
    frames[1] = frames[3] = shaded_skin(64, 64)
    box = [4, 4, 56, 56]
    per_frame = [[{"class": "BUTTOCKS_EXPOSED", "score": 0.9, "box": box}]] * 2 + \
        [[{"class": "FACE_FEMALE", "score": 0.9, "box": box}]] * 2
    findings = classify(frames, fake_classifiers(classifiers, per_frame), ("nudity", "face"))
    assert findings.fired["nudity"].tolist() == [False, True, False, False]
    assert findings.fired["face"].tolist() == [False, False, False, True]  # confident nudenet face: fires alone
    assert flat_share(frames[0], box, 10) == 1.0 and flat_share(frames[1], box, 10) < 0.5
    assert flat_share(np.zeros((64, 64, 3), np.uint8), box, 10) == 0.0  # no skin-coloured pixel: nothing is flat
    # a face box with little skin in it (a blue-lit face) is not judged by its few skin-coloured pixels
    blue = np.full((1, 64, 64, 3), (40, 70, 245), np.uint8)
    blue[0, 30:34, 30:34] = SKIN
    one_face = fake_classifiers(classifiers, [[{"class": "FACE_MALE", "score": 0.9, "box": box}]])
    face = classify(blue, one_face, ("face",))
    assert face.fired["face"].tolist() == [True]


@pytest.mark.parametrize("size", [(256, 256), (384, 256), (256, 384)])
def test_flat_world_sample_never_fires(classifiers, size):
    scenes = WORST_SCENES + [Scene(s, c, b, m) for s, c, b, m in [
        ("square", "yellow", "brown", "moving left"), ("triangle", "purple", "gray", "moving up")]]
    for scene in scenes if size == (256, 256) else scenes[:1]:
        verdict = check_frames(world_clip(scene, width=size[0], height=size[1]), classifiers)
        assert verdict.allowed, (scene, verdict.to_dict())


@pytest.mark.skipif(os.environ.get("FRAMES_ALL_SCENES") != "1", reason="set FRAMES_ALL_SCENES=1 (10-20 min)")
def test_all_432_scenes_never_fire(classifiers):
    fired = []
    worst = {c: (0.0, "") for c in CATEGORIES}
    for scene in all_scenes():
        verdict = check_frames(world_clip(scene), classifiers)
        for c in CATEGORIES:
            worst[c] = max(worst[c], (verdict.scores[c], str(scene)))
        if not verdict.allowed:
            fired.append((scene, verdict.to_dict()))
    print(f"\nfalse positives: {len(fired)} of 432 scenes; highest scores: {worst}")
    assert fired == []


class FakeNudeDetector:
    """Wiring fake for nudenet: returns preset detections per frame and records what it was given."""

    def __init__(self, per_frame: list[list[dict]]) -> None:
        self.per_frame, self.calls, self.seen = per_frame, [], 0

    def detect_batch(self, images, batch_size=4):
        # classify() sends the clip's frames in order, in chunks (sequential policy), once per call
        start = self.seen % len(self.per_frame)
        self.calls.append((images, batch_size))
        self.seen += len(images)
        return [self.per_frame[start + i] for i in range(len(images))]


def fake_classifiers(classifiers: FrameClassifiers, per_frame: list[list[dict]], **policy) -> FrameClassifiers:
    policy.setdefault("parallel", False)  # the fake maps calls to frames by order
    return FrameClassifiers(FramePolicy(**policy), FakeNudeDetector(per_frame), classifiers.face_cascade_path,
                            classifiers.weapon_model)


def test_nudity_thresholds_and_skin_check_wiring(classifiers):
    frames = np.zeros((5, 64, 64, 3), np.uint8)
    frames[:] = shaded_skin(64, 64)
    frames[1] = (40, 70, 245)  # blue: no skin in the box, so nothing counts there
    box = [8, 8, 40, 40]
    per_frame = [
        [{"class": "BUTTOCKS_EXPOSED", "score": 0.7, "box": box}],  # fires
        [{"class": "BUTTOCKS_EXPOSED", "score": 0.9, "box": box}],  # blue: rejected by the skin check
        [{"class": "BUTTOCKS_EXPOSED", "score": 0.45, "box": box}],  # below its 0.5 threshold
        [{"class": "FEMALE_BREAST_COVERED", "score": 0.95, "box": box},  # covered: not nudity
         {"class": "FEET_EXPOSED", "score": 0.9, "box": box}],  # feet: not nudity
        [{"class": "FEMALE_GENITALIA_EXPOSED", "score": 0.41, "box": box},
         {"class": "MALE_GENITALIA_EXPOSED", "score": 0.3, "box": box}],  # the one that fires is named
    ]
    fake = fake_classifiers(classifiers, per_frame, nudenet_batch_size=3)
    findings = classify(frames, fake, ("nudity",))
    assert findings.fired["nudity"].tolist() == [True, False, False, False, True]
    assert np.allclose(findings.score["nudity"], [0.7, 0.0, 0.45, 0.0, 0.41])
    assert findings.label["nudity"] == ["BUTTOCKS_EXPOSED", "", "BUTTOCKS_EXPOSED", "", "FEMALE_GENITALIA_EXPOSED"]
    assert [(len(images), size) for images, size in fake.nudenet.calls] == [(3, 3), (2, 3)]  # chunks of 3
    assert np.array_equal(fake.nudenet.calls[0][0][1][0, 0], [245, 70, 40])  # nudenet got BGR
    verdict = check_frames(frames, fake)
    assert verdict.categories == ("nudity",) and verdict.frames == (0, 4)
    assert verdict.evidence == ("nudity: BUTTOCKS_EXPOSED 0.70 (frames 0, 4)",)
    assert verdict.scores["nudity"] == pytest.approx(0.7)
    stricter = fake_classifiers(classifiers, per_frame, nudity_thresholds={"BUTTOCKS_EXPOSED": 0.4})
    assert check_frames(frames, stricter).frames == (0, 2)  # only the labels the policy lists count


def test_verdict_combines_categories():
    findings_score = {"nudity": np.array([0.0, 0.6]), "face": np.array([0.8, 0.0]), "weapon": np.array([0.1, 0.2])}
    fired = {"nudity": np.array([False, True]), "face": np.array([True, False]), "weapon": np.array([False, False])}
    label = {"nudity": ["", "ANUS_EXPOSED"], "face": ["FACE_MALE", ""], "weapon": ["rifle", "rifle"]}
    from moderation.frames import FrameFindings

    verdict = verdict_from(FrameFindings(findings_score, fired, label), {"nudity": True, "face": True}, "frames")
    assert verdict.categories == ("nudity", "face") and verdict.frames == (0, 1)
    assert dict(verdict.scores) == {"nudity": 0.6, "face": 0.8, "weapon": 0.2}
    allowed = verdict_from(FrameFindings(findings_score, fired, label), {"nudity": False, "face": False}, "frames")
    assert allowed.allowed and allowed.frames == () and allowed.reason == "No policy category was triggered."


@pytest.mark.parametrize("frames,needle", [
    (np.zeros((2, 64, 64, 3), np.float32), "float32"),
    (np.zeros((64, 64, 3), np.uint8), "(64, 64, 3)"),
    (np.zeros((0, 64, 64, 3), np.uint8), "(0, 64, 64, 3)"),
    (np.zeros((1, 8, 8, 3), np.uint8), "(1, 8, 8, 3)"),
    ([[1, 2, 3]], "list"),
])
def test_malformed_frames_are_clear_errors(classifiers, frames, needle):
    with pytest.raises(ValueError) as err:
        check_frames(frames, classifiers)
    assert needle in str(err.value)


@pytest.mark.parametrize("kwargs,needle", [
    ({"nudity_thresholds": {"FACE_FEMALE": 0.5}}, "'FACE_FEMALE'"),
    ({"nudity_thresholds": {"ANUS_EXPOSED": 0.1}}, "0.1"),
    ({"weapon_threshold": 0.0}, "weapon_threshold"),
    ({"face_alone_threshold": 1.5}, "1.5"),
    ({"max_flat_skin_share": 0.0}, "max_flat_skin_share"),
    ({"flat_skin_delta": 300}, "300"),
])
def test_policy_validation(kwargs, needle):
    with pytest.raises(ValueError, match=needle):
        FramePolicy(**kwargs)


def test_weapon_net_onnx_matches_torch_and_is_cached(classifiers, tmp_path):
    from moderation.frames import WeaponNet

    assert classifiers.weapon_model.runtime == "onnxruntime"
    eager = WeaponNet.load(use_onnx=False)
    x = np.random.default_rng(0).normal(size=(3, 3, 224, 224)).astype(np.float32)
    assert np.abs(classifiers.weapon_model(x) - eager(x)).max() < 1e-3  # same logits (float32 rounding)
    cached = WeaponNet.load(cache_dir=tmp_path)
    files = list(tmp_path.glob("efficientnet-lite0-*.onnx"))
    assert len(files) == 1 and files[0].stat().st_size > 1_000_000
    stamp = files[0].stat().st_mtime_ns
    again = WeaponNet.load(cache_dir=tmp_path)  # read back, not exported again
    assert files[0].stat().st_mtime_ns == stamp and np.allclose(again(x), cached(x))
    files[0].write_bytes(b"damaged")  # a truncated or foreign cache file is replaced, not fatal
    repaired = WeaponNet.load(cache_dir=tmp_path)
    assert repaired.runtime == "onnxruntime" and np.allclose(repaired(x), cached(x))


def test_nudenet_wrapper_matches_nudenet_detect_batch(classifiers, astronaut):
    # NudeNet vectorises nudenet's postprocessing: detections must equal the package's own, box for box, on real
    # photos of several sizes (faces, a colour wheel that reads as BUTTOCKS_EXPOSED, objects).
    import nudenet

    reference = nudenet.NudeDetector()
    images = []
    for image in (skdata.astronaut(), skdata.colorwheel(), skdata.chelsea(), skdata.coffee(), skdata.rocket()):
        rgb = image[..., :3] if image.ndim == 3 else np.stack([image] * 3, axis=-1)
        for size in ((256, 256), (384, 256), (256, 384), (500, 333)):
            images.append(np.ascontiguousarray(cv2.resize(rgb, size)[..., ::-1]))
    ours, theirs = classifiers.nudenet.detect_batch(images, 4), reference.detect_batch(images, 4)
    assert ours == theirs
    assert sum(len(d) for d in ours) >= 8 and {"FACE_FEMALE", "BUTTOCKS_EXPOSED"} <= {d["class"] for f in ours for d in f}


def test_parallel_and_sequential_classify_agree(classifiers):
    from dataclasses import replace
    from skimage import data

    photo = cv2.resize(data.astronaut(), (128, 128), interpolation=cv2.INTER_AREA)
    frames = np.stack([np.roll(photo, 3 * i, axis=1) for i in range(7)])  # 7 frames: uneven chunks of 4
    sequential = replace(classifiers, policy=replace(classifiers.policy, parallel=False))
    a, b = classify(frames, classifiers), classify(frames, sequential)
    for c in CATEGORIES:
        assert np.allclose(a.score[c], b.score[c], atol=1e-5) and a.fired[c].tolist() == b.fired[c].tolist()
        assert a.label[c] == b.label[c]
    assert a.fired["face"].any()  # the photo's face is found in every chunk's frames
