"""Open-model backends (Wan2.1, LTX-Video) with tiny random components (`random_backends.py`): the real diffusers
pipelines and loading code, no download.
"""

from __future__ import annotations

import json
from dataclasses import replace

import numpy as np
import pytest
import torch
from transformers import T5Tokenizer

from sora_pipeline import backends, random_backends, zerogpu
from sora_pipeline.backends import BACKENDS, CACHES, Backend, available_backends, load_backend

torch.set_num_threads(1)
SIZES = [(256, 256), (256, 384), (384, 256)]  # (height, width): square, landscape, portrait
# Tiny native sizes keep each call well under a second; the planning code is the one the real models use.
WAN, LTX = random_backends.spec("wan2.1-t2v-1.3b", "tiny"), random_backends.spec("ltx-video", "tiny")
STEPS = 2


@pytest.fixture(scope="module")
def tokenizer(tmp_path_factory) -> T5Tokenizer:
    return random_backends.tokenizer(tmp_path_factory.mktemp("sp"))


def tiny_wan(tokenizer: T5Tokenizer) -> backends.WanPipeline:
    return random_backends.wan_pipeline(tokenizer, "tiny")


def tiny_ltx(tokenizer: T5Tokenizer) -> backends.LTXPipeline:
    return random_backends.ltx_pipeline(tokenizer, "tiny")


@pytest.fixture(scope="module")
def wan(tokenizer) -> Backend:
    return Backend.from_pipeline(tiny_wan(tokenizer), WAN)


@pytest.fixture(scope="module")
def ltx(tokenizer) -> Backend:
    return Backend.from_pipeline(tiny_ltx(tokenizer), LTX)


def _seed(seed: int = 0) -> torch.Generator:
    return torch.Generator().manual_seed(seed)


def test_plans_for_the_released_models():
    wan, ltx = BACKENDS["wan2.1-t2v-1.3b"], BACKENDS["ltx-video"]
    assert backends.plan_size(256, 256, wan.native_area, 16) == (624, 624)
    assert backends.plan_size(256, 384, wan.native_area, 16) == (512, 768)
    assert backends.plan_size(384, 256, wan.native_area, 16) == (768, 512)
    assert backends.plan_size(256, 384, ltx.native_area, 32) == (512, 768)
    assert backends.plan_size(256, 256, ltx.native_area, 32) == (640, 640)
    # 16 display frames at 8 fps = 2 s: every 2nd of 33 Wan frames (16 fps, 4k+1), every 3rd of 49 LTX (24 fps).
    assert backends.plan_frames(16, 16, 4) == (33, list(range(0, 32, 2)))
    assert backends.plan_frames(16, 24, 8) == (49, list(range(0, 48, 3)))
    assert backends.plan_frames(32, 24, 8) == (97, list(range(0, 96, 3)))
    assert backends.plan_frames(1, 16, 4) == (1, [0])


@pytest.mark.parametrize("which", ["wan", "ltx"])
@pytest.mark.parametrize("height,width", SIZES)
def test_output_shape_dtype_every_aspect(which, height, width, request):
    backend = request.getfixturevalue(which)
    out = backend("a red ball moves left", height=height, width=width, num_frames=8, num_inference_steps=STEPS,
                  generator=_seed())
    assert out.frames.shape == (8, height, width, 3) and out.frames.dtype == np.uint8
    image = backend("a red ball", height=height, width=width, num_frames=1, num_inference_steps=STEPS,
                    generator=_seed())
    assert image.frames.shape == (1, height, width, 3) and image.frames.dtype == np.uint8


@pytest.mark.parametrize("which", ["wan", "ltx"])
def test_seed_reproduces_and_progress_reports_every_step(which, request):
    backend = request.getfixturevalue(which)
    steps: list[tuple[int, int]] = []
    a = backend("a blue cube", num_frames=8, num_inference_steps=3, generator=_seed(7),
                callback=lambda i, n: steps.append((i, n))).frames
    b = backend("a blue cube", num_frames=8, num_inference_steps=3, generator=_seed(7)).frames
    c = backend("a blue cube", num_frames=8, num_inference_steps=3, generator=_seed(8)).frames
    assert steps == [(1, 3), (2, 3), (3, 3)]
    assert np.array_equal(a, b)
    assert not np.array_equal(a, c)


def test_contract_attributes(wan, ltx):
    assert wan.supports == {"text_to_video", "text_to_image"}
    assert ltx.supports == {"text_to_video", "text_to_image", "image_to_video"}
    assert (wan.model_name, ltx.model_name) == ("Wan2.1-T2V-1.3B", "LTX-Video")
    assert wan.model_version.startswith("config-") and wan.model_version != ltx.model_version
    with pytest.raises(ValueError, match="backend 'wan2.1-t2v-1.3b' needs a WanPipeline, got LTXPipeline"):
        Backend.from_pipeline(ltx.pipe, WAN)


def test_ltx_image_to_video_keeps_first_frame_and_is_conditioned_on_it(ltx):
    rng = np.random.default_rng(0)
    mask = np.zeros(8, dtype=bool)
    mask[0] = True
    outs = []
    for colour in ([200, 30, 30], [30, 30, 200]):
        known = np.zeros((8, 256, 384, 3), dtype=np.uint8)
        known[0] = np.clip(np.array(colour) + rng.integers(-20, 20, (256, 384, 3)), 0, 255)
        out = ltx("a ball rolls right", height=256, width=384, num_frames=8, num_inference_steps=STEPS,
                  generator=_seed(), known_frames=known, known_mask=mask).frames
        assert out.shape == (8, 256, 384, 3)
        assert np.array_equal(out[0], known[0])  # the given frame is returned as frame 0
        outs.append(out)
    # Same seed and prompt, different image: the model's later frames differ, so the image reached the model.
    assert np.abs(outs[0][1:].astype(int) - outs[1][1:].astype(int)).mean() > 0.5


def test_image_to_video_pipeline_shares_modules_and_keeps_their_dtype(tokenizer):
    pipe = tiny_ltx(tokenizer).to(dtype=torch.bfloat16)
    i2v = Backend.from_pipeline(pipe, LTX)._pipeline(image_to_video=True)
    assert isinstance(i2v, backends.LTXImageToVideoPipeline)
    assert i2v.transformer is pipe.transformer and i2v.vae is pipe.vae and i2v.text_encoder is pipe.text_encoder
    assert pipe.transformer.dtype == torch.bfloat16 and pipe.vae.dtype == torch.bfloat16


def test_unsupported_masks_raise(wan, ltx):
    known = np.zeros((8, 256, 256, 3), dtype=np.uint8)
    first = np.zeros(8, dtype=bool)
    first[0] = True
    with pytest.raises(ValueError, match=r"does not support known frames at positions \[0\]"):
        wan("x", num_frames=8, known_frames=known, known_mask=first)
    last = np.zeros(8, dtype=bool)
    last[-1] = True
    with pytest.raises(ValueError, match=r"'ltx-video' does not support known frames at positions \[7\]"):
        ltx("x", num_frames=8, known_frames=known, known_mask=last)
    with pytest.raises(ValueError, match="known_mask must be a bool array of shape"):
        ltx("x", num_frames=8, known_frames=known, known_mask=np.ones(4, dtype=bool))
    with pytest.raises(ValueError, match="must be given together"):
        ltx("x", num_frames=8, known_frames=known)
    with pytest.raises(ValueError, match="height 100 must be an int"):
        wan("x", height=100)
    with pytest.raises(ValueError, match="num_frames 0 must be"):
        wan("x", num_frames=0)


def test_available_backends_offline_without_cache(monkeypatch, tmp_path):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("HF_HOME", str(tmp_path / "empty-hf-home"))
    monkeypatch.delenv("HF_HUB_CACHE", raising=False)
    statuses = available_backends()
    assert [s.name for s in statuses] == list(BACKENDS)
    for status, spec in zip(statuses, BACKENDS.values()):
        assert not status.available
        assert "offline" in status.reason and spec.repo_id in status.reason
    with pytest.raises(RuntimeError, match="not in the local Hugging Face cache"):
        load_backend("ltx-video")
    with pytest.raises(ValueError, match="backend 'sora-2' is not one of"):
        load_backend("sora-2")


def test_save_pretrained_then_load_backend_from_local_dir(tokenizer, wan, tmp_path):
    wan.pipe.save_pretrained(tmp_path / "wan")
    loaded = load_backend(replace(WAN, repo_id=str(tmp_path / "wan")), device="cpu")
    assert loaded.pipe.vae.dtype == torch.float32 and loaded.pipe.transformer.dtype == torch.float32
    assert loaded.pipe.vae.use_tiling  # memory option applied by the loader
    a = wan("a green circle", num_frames=8, num_inference_steps=STEPS, generator=_seed(3)).frames
    b = loaded("a green circle", num_frames=8, num_inference_steps=STEPS, generator=_seed(3)).frames
    assert np.array_equal(a, b)


def test_load_backend_in_bfloat16_keeps_wans_vae_in_float32(wan, tmp_path):
    wan.pipe.save_pretrained(tmp_path / "wan")
    loaded = load_backend(replace(WAN, repo_id=str(tmp_path / "wan")), device="cpu", torch_dtype=torch.bfloat16)
    assert loaded.pipe.vae.dtype == torch.float32  # the model card: decode in float32
    assert loaded.pipe.transformer.dtype == torch.bfloat16 and loaded.pipe.text_encoder.dtype == torch.bfloat16


def test_load_by_name_from_the_hugging_face_cache_offline(tokenizer, ltx, tmp_path, monkeypatch):
    # The cache layout huggingface_hub writes: refs/main names the snapshot folder holding the files.
    repo = tmp_path / "hub" / "models--Lightricks--LTX-Video"
    commit = "0123456789abcdef0123456789abcdef01234567"
    ltx.pipe.save_pretrained(repo / "snapshots" / commit)
    (repo / "refs").mkdir()
    (repo / "refs" / "main").write_text(commit)
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("HF_HUB_CACHE", str(tmp_path / "hub"))
    status = {s.name: s for s in available_backends()}
    assert status["ltx-video"].available and commit in status["ltx-video"].reason
    assert not status["wan2.1-t2v-1.3b"].available
    loaded = load_backend("ltx-video", device="cpu")
    assert loaded.model_version == f"Lightricks/LTX-Video@{commit[:12]}"
    assert loaded.supports == ltx.supports
    # An incomplete snapshot (weights missing) is reported, not loaded half-way.
    for weights in (repo / "snapshots" / commit / "transformer").glob("*.safetensors"):
        weights.unlink()
    status = {s.name: s for s in available_backends()}["ltx-video"]
    assert not status.available and "no weights for component 'transformer'" in status.reason


@pytest.mark.parametrize("cache", sorted(CACHES))
@pytest.mark.parametrize("build,spec", [(tiny_wan, WAN), (tiny_ltx, LTX)], ids=["wan", "ltx"])
def test_cache_option_applies(tokenizer, build, spec, cache):
    pipe = build(tokenizer)
    backend = Backend.from_pipeline(pipe, spec, cache=cache)
    assert pipe.transformer.is_cache_enabled
    out = backend("a red ball", num_frames=8, num_inference_steps=6, generator=_seed()).frames
    assert out.shape == (8, 256, 256, 3) and out.dtype == np.uint8
    with pytest.raises(ValueError, match="cache 'tea' is not one of"):
        Backend.from_pipeline(build(tokenizer), spec, cache="tea")


class FakeSpaces:
    """Stands in for the `spaces` package: records the duration ZeroGPU would be asked for."""

    def __init__(self) -> None:
        self.requested: list[int] = []

    def GPU(self, duration):
        def decorate(fn):
            def wrapper(*args, **kwargs):
                self.requested.append(duration(*args, **kwargs) if callable(duration) else duration)
                return fn(*args, **kwargs)
            return wrapper
        return decorate


def test_zerogpu_duration_fits_the_request():
    fake = FakeSpaces()
    double = zerogpu.gpu_function(lambda steps, frames: steps * frames, duration=lambda steps, frames:
                                  zerogpu.estimate_gpu_seconds(steps, frames, 480, 832, 2.5, 81, 480 * 832),
                                  spaces_module=fake)
    assert double(50, 81) == 4050
    assert double(10, 17) == 170
    assert double(1, 1) == 1
    # 1.5 x (50 x 2.5 s + 10 s) = 202.5 -> 203; 1.5 x (10 x 2.5 s x 17/81 + 10 s) = 22.9 -> 23;
    # 1.5 x (2.5 s / 81 + 10 s) = 15.05 -> held at the 20 s floor.
    assert fake.requested == [203, 23, zerogpu.MIN_SECONDS]
    assert zerogpu.estimate_gpu_seconds(200, 161, 480, 832, 2.5, 81, 480 * 832) == zerogpu.MAX_SECONDS
    # The presets' measured costs (docs/BACKENDS.md) with the decode scaled like the steps: Wan's 5-second 480p
    # clip 1.5 x (50 x 2.94 + 14.2 + 10) = 256.8 -> 257; its default clip (33 x 624x624, 0.397 of the reference)
    # 1.5 x (50 x 2.94 x 0.397 + 14.2 x 0.397 + 10) -> 112.
    wan = BACKENDS["wan2.1-t2v-1.3b"]
    for frames, height, width, seconds in ((81, 480, 832, 257), (33, 624, 624, 112)):
        assert zerogpu.estimate_gpu_seconds(50, frames, height, width, wan.gpu_seconds_per_step, wan.reference_frames,
                                            wan.native_area, decode_seconds=wan.gpu_decode_seconds) == seconds
    assert zerogpu.gpu_function(len, duration=60) is len  # no `spaces` package here: unchanged
    assert not zerogpu.zerogpu_active()


def test_benchmark_runs_every_case_end_to_end(tmp_path):
    from sora_pipeline import benchmark_backends
    report = benchmark_backends.main(["--size", "tiny", "--device", "cpu", "--only", "default,cache,image,offload,folder",
                                      "--out", str(tmp_path / "bench.json")])
    names = [c.name for c in benchmark_backends.cases("tiny")]
    ran = [r["name"] for r in report["cases"]]
    assert ran == [n for n in names if n not in report["skipped"]] and len(ran) == 15
    for r in report["cases"]:
        assert "error" not in r, r
        assert r["steps_run"] == r["steps"] and r["seconds"] > 0 and r["median_step_s"] > 0
        assert r["frames_shape"] == [r["num_frames"], r["height"], r["width"], 3]
        if r["cache"]:
            assert "mean_abs_diff_vs_uncached" in r
    assert {"vae", "text_encoder", "transformer"} <= set(report["models"]["ltx-video"]["parameters_millions"])
    loading = report["models"]["wan2.1-t2v-1.3b"]["load_backend"]  # loaded from a diffusers folder
    assert loading["vae_tiling"] and not loading["offload"] and loading["folder_bytes"] > 0
    assert loading["dtypes"]["vae"] == "torch.float32"
    assert json.loads((tmp_path / "bench.json").read_text())["cases"] == report["cases"]


def test_benchmark_cold_load_saves_where_asked_and_says_whether_the_page_cache_was_dropped(tmp_path):
    from sora_pipeline import benchmark_backends
    folder_dir = tmp_path / "models"
    folder_dir.mkdir()
    report = benchmark_backends.main(["--size", "tiny", "--device", "cpu", "--only", "wan2.1-t2v-1.3b: load_backend",
                                      "--folder-dir", str(folder_dir), "--cold-load"])
    assert [r["name"] for r in report["cases"]] == ["wan2.1-t2v-1.3b: load_backend from a folder"]
    assert "error" not in report["cases"][0], report["cases"][0]
    loading = report["models"]["wan2.1-t2v-1.3b"]["load_backend"]
    # Dropped as root on a VM; elsewhere (a container's read-only /proc/sys, no root) it says why not.
    assert loading["page_cache"] == "dropped" or loading["page_cache"].startswith("not dropped (")
    assert loading["folder_bytes"] > 0 and list(folder_dir.iterdir()) == []  # saved there, then removed
