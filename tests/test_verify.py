"""verify_file end to end on real files: made here, stripped, tampered, unknown, unreadable."""

from __future__ import annotations

import json

import numpy as np
import pytest

from moderation.audit import AuditLog
from moderation.provenance import SigningKeys, build_manifest, create_keys, sign
from moderation.verify import MADE_HERE, STRIPPED, TAMPERED, UNKNOWN, UNREADABLE, VerifyReport, verify_file
from moderation.watermark import add_visible, embed_invisible, id_digest
from sora_pipeline.video_io import decode_video, encode_mp4, encode_png
from sora_pipeline.world import Scene, render_clip

GID = "5c0ffee0d15ea5e5b0a7f00dfacefeed"
OTHER_GID = "0badc0de0badc0de0badc0de0badc0d"
SETTINGS = {"seed": 11, "num_inference_steps": 20, "guidance_scale": 4.0, "num_frames": 8}


@pytest.fixture(scope="module")
def keys(tmp_path_factory) -> SigningKeys:
    return SigningKeys.load_or_create(tmp_path_factory.mktemp("data"))


@pytest.fixture(scope="module")
def audit(tmp_path_factory) -> AuditLog:
    log = AuditLog(tmp_path_factory.mktemp("audit") / "audit.sqlite3")
    log.record(OTHER_GID, "release", "released", details={"settings": {"seed": 1}})
    log.record(GID, "prompt", "allowed", prompt="a red circle moving right on a gray background")
    log.record(GID, "frames", "allowed")
    log.record(GID, "release", "released", details={"settings": SETTINGS})
    return log


@pytest.fixture(scope="module")
def clip() -> np.ndarray:
    frames = render_clip(Scene("circle", "red", "gray", "moving right"), 8, 256, 256, np.random.default_rng(3))
    return embed_invisible(add_visible(frames), GID)


def _manifest(generation_id: str = GID) -> dict:
    return build_manifest(generation_id, "tiny-sora-dit", "2026.11", {"prompt": "allowed"}, SETTINGS)


@pytest.fixture(scope="module")
def released(clip, keys) -> bytes:
    """The studio's release: watermark, encode, sign last."""
    return sign(encode_mp4(clip), "video/mp4", _manifest(), keys)


def test_release_is_made_here_with_trusted_credentials(released, keys, audit, tmp_path):
    path = tmp_path / "clip.mp4"
    path.write_bytes(released)
    report = verify_file(path, keys, audit)
    assert report.verdict == MADE_HERE and report.c2pa_state == "Trusted"
    assert report.generation_id == report.manifest_generation_id == GID
    assert report.watermark.detected and report.watermark.id_digest == id_digest(GID)
    assert report.settings == SETTINGS and report.model == {"name": "tiny-sora-dit", "version": "2026.11"}
    assert [r["stage"] for r in report.audit_rows] == ["prompt", "frames", "release"]
    assert report.created is not None and report.media_type == "video/mp4"
    assert json.loads(json.dumps(report.to_dict()))["verdict"] == MADE_HERE
    # Without the studio's root the signature is still checked, but only reaches Valid.
    assert verify_file(released, None).c2pa_state == "Valid"
    assert verify_file(released, keys.root_pem).verdict == MADE_HERE


def test_reencoded_copy_loses_credentials_but_is_recognised(released, keys, audit):
    frames, fps = decode_video(released)
    copy = encode_mp4(frames, int(fps), crf=23)
    report = verify_file(copy, keys, audit)
    assert report.verdict == STRIPPED and report.c2pa_state == "none"
    assert report.watermark.id_digest == id_digest(GID)
    assert report.generation_id == GID  # found in the audit log by the watermark's digest
    assert report.settings == SETTINGS and [r["stage"] for r in report.audit_rows] == ["prompt", "frames", "release"]
    assert report.created == report.audit_rows[0]["time"]
    no_log = verify_file(copy, keys, None)
    assert no_log.verdict == STRIPPED and no_log.generation_id is None


def test_unmarked_video_is_unknown(keys, audit):
    frames = render_clip(Scene("square", "blue", "white", "growing"), 8, 256, 256, np.random.default_rng(4))
    report = verify_file(encode_mp4(frames), keys, audit)
    assert report.verdict == UNKNOWN and report.c2pa_state == "none" and not report.watermark.detected
    assert report.generation_id is None and report.audit_rows == ()


def test_flipped_byte_is_tampered(released, keys, audit):
    damaged = bytearray(released)
    damaged[damaged.find(b"mdat") + 2000] ^= 0x01
    report = verify_file(bytes(damaged), keys, audit)
    assert report.verdict == TAMPERED and report.c2pa_state == "Invalid"
    assert any("bmffHash.mismatch" in e for e in report.c2pa_errors)


def test_manifest_naming_another_generation_is_tampered(clip, keys, audit):
    relabelled = sign(encode_mp4(clip), "video/mp4", _manifest(OTHER_GID), keys)
    report = verify_file(relabelled, keys, audit)
    assert report.verdict == TAMPERED and report.c2pa_state == "Trusted"
    assert report.manifest_generation_id == OTHER_GID and report.watermark.id_digest == id_digest(GID)


def test_studio_claim_signed_by_a_foreign_key_is_tampered(clip, keys, audit):
    forged = sign(encode_mp4(clip), "video/mp4", _manifest(), create_keys("Forger"))
    report = verify_file(forged, keys, audit)
    assert report.verdict == TAMPERED and report.c2pa_state == "Valid" and report.signer.startswith("Forger")


def test_signed_png_is_made_here(clip, keys, audit):
    png = sign(encode_png(clip[0]), "image/png", _manifest(), keys)
    report = verify_file(png, keys, audit)
    assert report.verdict == MADE_HERE and report.media_type == "image/png" and report.watermark.frames_used == 1


@pytest.mark.parametrize("bad", [b"", b"definitely not media", b"\x89PNG\r\n\x1a\n" + b"\x00" * 40])
def test_bad_input_is_unreadable_not_an_exception(bad, keys):
    report = verify_file(bad, keys, None)
    assert report == VerifyReport(verdict=UNREADABLE, reason=report.reason) and report.reason


def test_missing_path_is_unreadable(tmp_path, keys):
    report = verify_file(tmp_path / "nope.mp4", keys, None)
    assert report.verdict == UNREADABLE and "nope.mp4" in report.reason
