"""The app as users reach it: `python app.py` on 127.0.0.1, every named endpoint through gradio_client."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from gradio_client import Client, handle_file

pytestmark = pytest.mark.slow
PROMPT = "a yellow triangle moving up on a gray background"
SETTINGS = dict(negative_prompt="", caption="", aspect_ratio="1:1", duration_s=2, seed=0, randomize_seed=False,
                steps=20, guidance=4.0, upsample=True)


@pytest.fixture(scope="module")
def client(app_server):
    url, _ = app_server
    return Client(url, verbose=False)


def sha256(path: str) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def test_api_lists_every_named_endpoint(client):
    names = set(client.view_api(print_info=False, return_format="dict")["named_endpoints"])
    assert {"/generate", "/image_to_video", "/extend", "/loop", "/blend", "/image", "/upsample", "/moderate",
            "/verify"} <= names


def test_generate_returns_exactly_the_signed_file(client, app_server):
    video, prompt_used, moderation, provenance, generation_id, seed, report = client.predict(
        prompt=PROMPT, **SETTINGS, api_name="/generate")
    video_path = video  # a local path to the downloaded file
    assert report["status"] == "ok" and seed == 0 and generation_id == report["generation_id"]
    assert sha256(video_path) == report["sha256"]  # the bytes the client got are the bytes that were signed
    assert "Trusted" in provenance and "passed" in moderation
    assert prompt_used == report["prompt_used"]
    verdict_md, verify = client.predict(file=handle_file(video_path), api_name="/verify")
    assert verify["verdict"].startswith("made here") and verify["generation_id"] == generation_id


def test_refusal_is_a_visible_message_not_an_empty_box(client):
    video, prompt_used, moderation, provenance, generation_id, seed, report = client.predict(
        prompt="a naked woman in the shower", **SETTINGS, api_name="/generate")
    assert video is None and report["status"] == "refused"
    assert "Refused" in moderation and "sexual" in moderation


def test_editing_endpoints(client, tmp_path):
    video, *_, report = client.predict(prompt=PROMPT, **{**SETTINGS, "duration_s": 1}, api_name="/generate")
    clip = video
    image, *_, r = client.predict(prompt=PROMPT, **{k: v for k, v in SETTINGS.items() if k != "duration_s"},
                                  api_name="/image")
    assert r["status"] == "ok" and r["num_frames"] == 1
    for api_name, extra in (("/image_to_video", {"image": handle_file(image)}),
                            ("/extend", {"video": handle_file(clip), "direction": "forward"}),
                            ("/loop", {}),
                            ("/blend", {"video_a": handle_file(clip), "video_b": handle_file(clip)})):
        out = client.predict(**extra, prompt=PROMPT, **{**SETTINGS, "duration_s": 1}, api_name=api_name)
        assert out[-1]["status"] == "ok", (api_name, out[-1].get("message"))
        assert out[-1]["num_frames"] == 8


def test_upsample_and_moderate_endpoints(client):
    caption, notes, details = client.predict(prompt="a crimson ball drifting leftward over a dark backdrop",
                                             seed=0, api_name="/upsample")
    assert caption == "a red circle moving left on a black background", (caption, notes)
    verdict = client.predict(text="a photo of a naked child", api_name="/moderate")
    assert verdict["allowed"] is False and "minors" in verdict["categories"]
    assert client.predict(text="a cup of espresso", api_name="/moderate")["allowed"] is True


@pytest.mark.parametrize("changes, says", [({"prompt": ""}, "empty"), ({"prompt": "x" * 10_000}, "limit is 1000"),
                                           ({"aspect_ratio": "5:4"}, "5:4"), ({"duration_s": 9}, "9"),
                                           ({"steps": 0}, "minimum"), ({"seed": "abc"}, "number"),
                                           ({"guidance": 99}, "maximum")])
def test_bad_input_is_a_clear_error_and_the_app_keeps_serving(client, changes, says):
    kwargs = {"prompt": PROMPT, **SETTINGS, **changes}
    with pytest.raises(Exception) as err:
        client.predict(**kwargs, api_name="/generate")
    assert says in str(err.value) and "has not enabled verbose error reporting" not in str(err.value)
    assert client.predict(text="a red square", api_name="/moderate")["allowed"] is True


def test_non_image_upload_and_corrupt_video_are_clear_errors(client, tmp_path):
    pdf = tmp_path / "doc.png"
    pdf.write_bytes(b"%PDF-1.4 this is not an image")
    with pytest.raises(Exception, match="image"):
        client.predict(image=handle_file(str(pdf)), prompt=PROMPT, **SETTINGS, api_name="/image_to_video")
    bad = tmp_path / "bad.mp4"
    bad.write_bytes(b"\x00\x00\x00\x18ftypmp42" + b"\x00" * 100)
    with pytest.raises(Exception, match="could not be decoded"):
        client.predict(video=handle_file(str(bad)), direction="forward", prompt=PROMPT, **SETTINGS,
                       api_name="/extend")
    assert client.predict(text="a blue circle", api_name="/moderate")["allowed"] is True


def test_a_full_queue_gets_a_clear_error(tmp_path):
    from conftest import start_app, stop_app

    proc, url = start_app(tmp_path, STUDIO_QUEUE_SIZE="1")
    try:
        client = Client(url, verbose=False)
        jobs = [client.submit(prompt=PROMPT, **SETTINGS, api_name="/generate") for _ in range(4)]
        errors = []
        for job in jobs:
            try:
                job.result(timeout=300)
            except Exception as e:  # the client raises the server's message for a rejected job
                errors.append(str(e))
        assert errors and all("queue is full" in e.lower() for e in errors), errors
        assert len(errors) < len(jobs)  # the queue still serves: at least one job ran
    finally:
        stop_app(proc)
