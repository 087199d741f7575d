"""The clip measurer on rendered ground truth, its failure cases, the prompt sets, and the CLI's wiring."""

from __future__ import annotations

import json
from collections import Counter
from types import SimpleNamespace

import cv2
import numpy as np
import pytest
import torch

from sora_pipeline import world
from sora_pipeline.evaluate import (SET_NAMES, ClipCheck, GenerationSettings, PromptCase, check_clip,
                                    ground_truth_clip, load_prompt_sets, main, measure_clip, run_prompts)

torch.set_num_threads(1)
SIZES = ((256, 256), (256, 384), (384, 256))  # (height, width): square, landscape, portrait
# Every 11th scene: 40 scenes covering every shape, colour, background and motion (asserted below).
SAMPLE = world.all_scenes()[::11]


def test_sample_covers_every_attribute_value():
    for attr, values in (("shape", world.SHAPES), ("color", world.COLORS), ("background", world.BACKGROUNDS),
                         ("motion", world.MOTIONS)):
        assert {getattr(s, attr) for s in SAMPLE} == set(values)


@pytest.mark.parametrize("blur, noise, mode", [(0.0, 0.0, cv2.INTER_NEAREST), (3.0, 10.0, cv2.INTER_LINEAR)])
def test_rendered_ground_truth_is_measured_exactly(blur, noise, mode):
    rng = np.random.default_rng(7)
    for i, scene in enumerate(SAMPLE):
        height, width = SIZES[i % 3]
        clip = ground_truth_clip(scene, (8, 16, 32)[i % 3], height, width, rng, mode, blur, noise)
        m = measure_clip(clip)
        assert (m.background, m.color, m.shape, m.motion) == (scene.background, scene.color, scene.shape,
                                                               scene.motion), (scene, m)
        assert m.presence == 1.0
        assert check_clip(clip, scene).all


def test_single_image_is_judged_without_motion():
    scene = world.Scene("triangle", "cyan", "brown", "growing")
    image = ground_truth_clip(scene, 1, 256, 384, np.random.default_rng(1))
    check = check_clip(image, scene)
    assert check.measured.motion is None and check.motion is None
    assert (check.background, check.color, check.shape, check.all) == (True, True, True, True)


def test_clip_without_foreground_is_wrong():
    clip = np.zeros((16, 256, 256, 3), np.uint8)
    clip[:] = world.BACKGROUNDS["gray"]
    check = check_clip(clip, world.Scene("circle", "red", "gray", "moving left"))
    m = check.measured
    assert (m.background, m.color, m.shape, m.motion, m.presence) == ("gray", None, None, None, 0.0)
    assert (check.background, check.color, check.shape, check.motion, check.all) == (True, False, False, False,
                                                                                       False)


def test_wrong_colour_and_wrong_background_are_caught():
    scene = world.Scene("square", "red", "white", "moving up")
    clip = ground_truth_clip(scene, 16, 256, 256, np.random.default_rng(2))
    wrong_colour = check_clip(clip, world.Scene("square", "blue", "white", "moving up"))
    assert (wrong_colour.color, wrong_colour.shape, wrong_colour.background, wrong_colour.all) == (False, True,
                                                                                                    True, False)
    assert check_clip(clip, world.Scene("square", "red", "black", "moving up")).background is False


def test_motion_direction_follows_time():
    rng = np.random.default_rng(3)
    opposite = {"moving left": "moving right", "moving up": "moving down", "growing": "shrinking"}
    opposite |= {v: k for k, v in opposite.items()}
    for motion in world.MOTIONS:
        clip = ground_truth_clip(world.Scene("circle", "yellow", "black", motion), 16, 256, 256, rng)
        assert measure_clip(clip).motion == motion
        assert measure_clip(clip[::-1].copy()).motion == opposite[motion]
        frozen = np.repeat(clip[:1], 16, axis=0)  # the right shape, standing still
        assert measure_clip(frozen).motion == "static"
        assert check_clip(frozen, world.Scene("circle", "yellow", "black", motion)).motion is False


def test_temporal_consistency_measures():
    rng = np.random.default_rng(4)
    clip = ground_truth_clip(world.Scene("square", "green", "gray", "moving right"), 16, 256, 256, rng)
    steady = measure_clip(clip)
    assert steady.background_flicker < 0.1  # only anti-aliased edge pixels outside the shape's region change
    assert steady.size_jitter < 0.01 and steady.path_jitter < 0.01
    flicker = clip.astype(np.int16)
    flicker[1::2] += 20  # every other frame 20 levels brighter
    flickering = measure_clip(np.clip(flicker, 0, 255).astype(np.uint8))
    assert flickering.background_flicker == pytest.approx(20.0, abs=0.5)
    jumpy = clip.copy()
    jumpy[5] = jumpy[12]  # one frame out of place
    assert measure_clip(jumpy).path_jitter > 10 * steady.path_jitter


@pytest.mark.parametrize("bad", [np.zeros((4, 64, 64, 3), np.float32), np.zeros((64, 64, 3), np.uint8),
                                 np.zeros((2, 4, 64, 3), np.uint8), np.zeros((0, 64, 64, 3), np.uint8),
                                 [[[[0, 0, 0]]]]])
def test_bad_input_is_a_value_error(bad):
    with pytest.raises(ValueError, match="frames must"):
        measure_clip(bad)


def test_prompt_sets_are_well_formed():
    sets = load_prompt_sets()
    assert set(sets) == set(SET_NAMES)
    assert all(len(sets[name]) >= 100 for name in SET_NAMES), {k: len(v) for k, v in sets.items()}
    held = set(world.HELD_OUT_SCENES)
    assert {c.scene for c in sets["held_out"]} == held
    assert set(Counter(c.scene for c in sets["held_out"]).values()) == {3}  # every held-out scene, 3 seeds
    assert not held & {c.scene for c in sets["seen"]}
    assert len({c.scene for c in sets["seen"]}) == len(sets["seen"])
    for name in ("seen", "held_out"):
        assert all(c.prompt == world.caption(c.scene) for c in sets[name])
    canonical = {world.caption(s) for s in world.all_scenes()}
    assert not canonical & {c.prompt for c in sets["paraphrase"]}
    assert len({c.prompt for c in sets["paraphrase"]}) == len(sets["paraphrase"])
    everything = [c for cases in sets.values() for c in cases]
    assert len({(c.prompt, c.seed) for c in everything}) == len(everything)
    for attr, values in (("shape", world.SHAPES), ("color", world.COLORS), ("background", world.BACKGROUNDS),
                         ("motion", world.MOTIONS)):
        assert {getattr(c.scene, attr) for c in sets["paraphrase"]} == set(values)


def test_bad_prompt_row_is_a_value_error(tmp_path):
    path = tmp_path / "p.jsonl"
    path.write_text(json.dumps({"set": "seen", "prompt": "x", "seed": 1, "scene": {
        "shape": "hexagon", "color": "red", "background": "black", "motion": "growing"}}) + "\n")
    with pytest.raises(ValueError, match="hexagon"):
        load_prompt_sets(path)
    path.write_text(json.dumps({"set": "mystery", "prompt": "x", "seed": 1, "scene": {
        "shape": "circle", "color": "red", "background": "black", "motion": "growing"}}) + "\n")
    with pytest.raises(ValueError, match="mystery"):
        load_prompt_sets(path)


class FakeWorldPipeline:
    """Wiring check only: draws the scene its canonical prompt names with the world's renderer, seeded."""

    def __init__(self, scenes: dict[str, world.Scene]) -> None:
        self.scenes, self.calls = scenes, []

    def __call__(self, prompt, negative_prompt=None, height=256, width=256, num_frames=16, generator=None,
                 **kwargs):
        self.calls.append((prompt, height, width, num_frames, kwargs))
        rng = np.random.default_rng(int(torch.randint(0, 2**31 - 1, (1,), generator=generator)))
        return SimpleNamespace(frames=ground_truth_clip(self.scenes[prompt], num_frames, height, width, rng))


def test_run_prompts_wires_generation_to_measurement():
    cases = [PromptCase("seen", world.caption(s), s, 10 + i) for i, s in enumerate(SAMPLE[:4])]
    liar = PromptCase("seen", "a liar", world.Scene("circle", "red", "black", "growing"), 99)
    pipe = FakeWorldPipeline({c.prompt: c.scene for c in cases} | {"a liar": world.Scene(
        "square", "blue", "black", "shrinking")})
    result = run_prompts(pipe, [*cases, liar], GenerationSettings(256, 384, 8, num_inference_steps=3),
                         log=lambda _: None)
    assert result["count"] == 5
    assert result["accuracy"] == {"background": 1.0, "color": 0.8, "shape": 0.8, "motion": 0.8, "all": 0.8}
    assert [r["prompt"] for r in result["rows"]] == [c.prompt for c in [*cases, liar]]
    confusion = result["shape_confusion"]  # the liar asked for a circle and got a square
    assert confusion["circle"]["square"] == 1 and sum(sum(row.values()) for row in confusion.values()) == 5
    assert sum(confusion[a][a] for a in world.SHAPES) == 4  # the four honest clips read as asked
    assert pipe.calls[0] == (cases[0].prompt, 256, 384, 8, {"num_inference_steps": 3})
    again = run_prompts(pipe, cases[:1], GenerationSettings(256, 384, 8), log=lambda _: None)
    assert again["rows"][0]["measured"] == result["rows"][0]["measured"]  # same seed, same clip


def test_cli_runs_a_tiny_real_pipeline(tmp_path, capsys):
    from sora_pipeline.autoencoder import VideoAutoencoder
    from sora_pipeline.dit import DiT
    from sora_pipeline.pipeline import SoraPipeline

    torch.manual_seed(0)
    vae = VideoAutoencoder(width=8)
    transformer = DiT(in_channels=vae.config.latent_channels, width=32, depth=1, heads=2)
    SoraPipeline(vae=vae, transformer=transformer).save_pretrained(tmp_path / "model")
    out = tmp_path / "results.json"
    assert main(["--model-dir", str(tmp_path / "model"), "--sets", "seen,paraphrase,tasks", "--limit", "1",
                 "--steps", "1", "--num-frames", "8", "--threads", "1", "--out", str(out)]) == 0
    results = json.loads(out.read_text())
    assert results["checkpoint_step"] is None and results["settings"]["num_frames"] == 8
    assert [results[name]["count"] for name in ("seen", "paraphrase")] == [1, 1]
    assert set(results["seen"]["accuracy"]) == {"background", "color", "shape", "motion", "all"}
    assert {k: v["count"] for k, v in results["tasks"].items()} == {"image_to_video": 1, "extend": 1, "loop": 1}
    assert results["tasks"]["loop"]["accuracy"]["motion"] is None  # a loop's motion is not judged
    assert 0.0 <= results["tasks"]["loop"]["loop_error"] <= 255.0
    printed = capsys.readouterr().out
    assert "paraphrase" in printed and "task:extend" in printed
    with pytest.raises(SystemExit):
        main(["--model-dir", str(tmp_path / "model"), "--sets", "unseen"])


def test_check_is_frozen():
    check = check_clip(ground_truth_clip(SAMPLE[0], 8, 256, 256, np.random.default_rng(5)), SAMPLE[0])
    assert isinstance(check, ClipCheck)
    with pytest.raises(AttributeError):
        check.color = False
