"""The orchestrator end to end on the open-model backends (Wan2.1, LTX-Video) built with tiny random components:
the same prompt checks, frame gate, watermarks, C2PA and audit log as the embedded model."""

from __future__ import annotations

import io
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from fakes import FakeFacePipeline, SpyPipeline
from moderation.watermark import detect_invisible, id_digest
from sora_pipeline import random_backends
from sora_pipeline.backends import Backend
from sora_pipeline.video_io import decode_video
from studio import GenerationRequest

PROMPT = "a red ball rolls left"
NAMES = ["wan2.1-t2v-1.3b", "ltx-video"]


@pytest.fixture(scope="module")
def tiny_backends(tmp_path_factory) -> dict[str, Backend]:
    tok = random_backends.tokenizer(tmp_path_factory.mktemp("sp"))
    return {name: Backend.from_pipeline(random_backends.BUILDERS[name](tok, "tiny"), random_backends.spec(name, "tiny"))
            for name in NAMES}


@pytest.fixture
def backends_in(studio, tiny_backends):
    """Installs the tiny backends where the studio keeps a loaded hub model (as load_backend would have)."""
    spies = {name: SpyPipeline(backend) for name, backend in tiny_backends.items()}
    for name, spy in spies.items():
        studio._components[f"backend:{name}"] = spy
    yield spies
    for name in spies:
        studio._components.pop(f"backend:{name}", None)


def _request(backend: str, **changes) -> GenerationRequest:
    return GenerationRequest(**{"prompt": PROMPT, "seed": 0, "backend": backend, "num_inference_steps": 2,
                                "upsample": False, **changes})


@pytest.mark.parametrize("name", NAMES)
def test_generates_a_checked_watermarked_signed_clip(studio, backends_in, name):
    result = studio.generate(_request(name))
    assert result.status == "ok", result.message
    r = result.report
    assert r["model"]["name"] == backends_in[name].model_name and r["model"]["version"].startswith("config-")
    assert r["num_inference_steps"] == 2 and r["guidance_scale"] == backends_in[name].default_guidance_scale
    assert all(v["allowed"] for v in r["moderation"].values()) and "frames" in r["moderation"]
    assert r["c2pa"]["state"] == "Trusted"
    frames, fps = decode_video(Path(result.path).read_bytes())
    assert frames.shape == (16, 256, 256, 3) and fps == 8
    mark = detect_invisible(frames)
    assert mark.detected and mark.id_digest == id_digest(result.generation_id)
    stages = [row["stage"] for row in studio.audit.lookup(result.generation_id)]
    assert stages[0] == "prompt" and stages[-1] == "release" and "frames" in stages
    assert backends_in[name].calls == [PROMPT]


@pytest.mark.parametrize("name", NAMES)
def test_a_refused_prompt_never_reaches_the_backend(studio, backends_in, name):
    result = studio.generate(_request(name, prompt="a photo of a naked woman"))
    assert result.status == "refused" and result.path is None
    assert backends_in[name].calls == []


@pytest.mark.parametrize("name", NAMES)
def test_frames_that_fire_a_classifier_are_never_released(studio, tiny_backends, name):
    studio._components[f"backend:{name}"] = FakeFacePipeline(tiny_backends[name])
    try:
        result = studio.generate(_request(name, seed=2))
    finally:
        studio._components.pop(f"backend:{name}", None)
    assert result.status == "refused" and result.path is None
    frames_verdict = result.report["moderation"]["frames"]
    assert not frames_verdict["allowed"] and frames_verdict["frames"] == list(range(16))


def _png(rgb: tuple[int, int, int]) -> bytes:
    buffer = io.BytesIO()
    Image.fromarray(np.full((256, 256, 3), rgb, dtype=np.uint8)).save(buffer, format="PNG")
    return buffer.getvalue()


def test_image_to_video_on_ltx_keeps_the_image_and_is_refused_on_wan(studio, backends_in):
    image = _png((180, 40, 40))
    result = studio.generate(_request("ltx-video", task="image_to_video", image=image))
    assert result.status == "ok", result.message
    frames, _ = decode_video(Path(result.path).read_bytes())
    assert frames.shape == (16, 256, 256, 3)
    assert np.abs(frames[0].astype(int) - np.array([180, 40, 40])).mean() < 20  # watermarks and H.264 aside
    assert backends_in["ltx-video"].calls == [PROMPT]
    wan = studio.generate(_request("wan2.1-t2v-1.3b", task="image_to_video", image=image))
    assert wan.status == "invalid" and "Wan2.1-T2V-1.3B cannot do image to video" in wan.message
    assert backends_in["wan2.1-t2v-1.3b"].calls == []


def test_an_unavailable_backend_is_a_clear_error(studio, monkeypatch, tmp_path):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")  # never probe the Hub from a test
    monkeypatch.setenv("HF_HOME", str(tmp_path / "empty-hf-home"))
    monkeypatch.delenv("HF_HUB_CACHE", raising=False)
    result = studio.generate(_request("ltx-video"))
    assert result.status == "invalid"
    assert "'ltx-video' is unavailable here" in result.message and "offline" in result.message


def test_the_cache_setting_reaches_the_loaded_model(tiny_backends, tmp_path, monkeypatch):
    from studio import InvalidRequest, Studio, StudioConfig

    # A Hugging Face cache holding the tiny LTX pipeline under the released repo's name, as a download leaves it.
    commit = "0123456789abcdef0123456789abcdef01234567"
    repo = tmp_path / "hub" / "models--Lightricks--LTX-Video"
    tiny_backends["ltx-video"].pipe.save_pretrained(repo / "snapshots" / commit)
    (repo / "refs").mkdir()
    (repo / "refs" / "main").write_text(commit)
    monkeypatch.setenv("HF_HUB_CACHE", str(tmp_path / "hub"))
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    studio = Studio(StudioConfig(data_dir=str(tmp_path / "data"), backend_cache="pyramid"))
    loaded = studio.pipeline_for("ltx-video")
    assert loaded.cache == "pyramid" and loaded.pipe.transformer.is_cache_enabled
    assert loaded.model_version == f"Lightricks/LTX-Video@{commit[:12]}"
    wrong = Studio(StudioConfig(data_dir=str(tmp_path / "data2"), backend_cache="tea"))
    with pytest.raises(InvalidRequest, match=r"backend_cache 'tea' \(STUDIO_BACKEND_CACHE\) is not one of"):
        wrong.pipeline_for("ltx-video")
