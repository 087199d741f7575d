"""Upload gate on real files: type by magic bytes, size limits, decoding, and real classifiers on real photos.

Real images: scikit-image's astronaut (Eileen Collins, public domain: a face) and chelsea (a cat: no person).
"""

from __future__ import annotations

import io
import zlib
from fractions import Fraction

import av
import cv2
import numpy as np
import pytest
from PIL import Image
from skimage import data as skdata

from moderation.frames import FrameClassifiers
from moderation.uploads import UploadPolicy, check_image_upload, check_video_upload, sniff
from sora_pipeline.video_io import encode_mp4
from sora_pipeline.world import Scene, render_clip

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def classifiers() -> FrameClassifiers:
    return FrameClassifiers.load()


def image_bytes(array: np.ndarray, fmt: str, **kwargs) -> bytes:
    buf = io.BytesIO()
    Image.fromarray(array).save(buf, format=fmt, **kwargs)
    return buf.getvalue()


def video_bytes(frames: np.ndarray, fmt: str, codec: str, fps: int = 8) -> bytes:
    """Encode frames (T, H, W, 3) with PyAV into an in-memory container of the given format."""
    buf = io.BytesIO()
    with av.open(buf, mode="w", format=fmt) as container:
        stream = container.add_stream(codec, rate=Fraction(fps, 1))
        stream.width, stream.height, stream.pix_fmt = frames.shape[2], frames.shape[1], "yuv420p"
        for frame in frames:
            container.mux(stream.encode(av.VideoFrame.from_ndarray(frame, format="rgb24")))
        container.mux(stream.encode())
    return buf.getvalue()


def flat_clip(num_frames: int = 8, size: int = 64) -> np.ndarray:
    return render_clip(Scene("square", "green", "gray", "moving right"), num_frames, size, size,
                       np.random.default_rng(0))


@pytest.fixture(scope="module")
def astronaut() -> np.ndarray:
    return np.asarray(Image.fromarray(skdata.astronaut()).resize((256, 256), Image.BILINEAR))


@pytest.mark.parametrize("fmt", ["PNG", "JPEG", "WEBP"])
def test_a_harmless_photo_is_allowed_and_decoded(classifiers, fmt):
    cat = skdata.chelsea()  # (300, 451, 3)
    verdict, frames = check_image_upload(image_bytes(cat, fmt), classifiers, UploadPolicy())
    assert verdict.allowed and verdict.stage == "upload" and verdict.categories == ()
    assert set(verdict.scores) == {"nudity", "face"} and verdict.scores["face"] == 0.0
    assert frames.shape == (1, 300, 451, 3) and frames.dtype == np.uint8
    if fmt == "PNG":
        assert np.array_equal(frames[0], cat)  # lossless: exactly the uploaded pixels


def test_a_real_face_photo_is_refused_by_default(classifiers, astronaut):
    verdict, frames = check_image_upload(image_bytes(astronaut, "PNG"), classifiers, UploadPolicy())
    assert frames is None and not verdict.allowed
    assert verdict.categories == ("face",) and verdict.frames == (0,)
    assert verdict.scores["face"] >= 0.6
    assert "likeness" in verdict.reason and verdict.evidence[0].startswith("face: FACE_FEMALE + Haar")


def test_faces_allowed_when_the_policy_says_so(classifiers, astronaut):
    verdict, frames = check_image_upload(image_bytes(astronaut, "JPEG", quality=90), classifiers,
                                         UploadPolicy(refuse_faces=False))
    assert verdict.allowed and frames.shape == (1, 256, 256, 3)
    assert verdict.scores["face"] >= 0.6  # still measured, just not refused


def test_exif_rotation_is_applied_before_face_detection(classifiers, astronaut):
    sideways = np.ascontiguousarray(np.rot90(astronaut))  # stored rotated, EXIF says "rotate back"
    exif = Image.Exif()
    exif[0x0112] = 8  # orientation: rotate 90 CW to view
    verdict, _ = check_image_upload(image_bytes(sideways, "JPEG", exif=exif), classifiers, UploadPolicy())
    assert verdict.categories == ("face",)


@pytest.mark.parametrize("data,needle", [
    (b"%PDF-1.4 this is not an image", "the file is a PDF, not an image; upload a PNG, JPEG or WebP image"),
    (b"", "the file is empty"),
    (b"GIF89a" + b"\x00" * 20, "the file is a GIF image, which is not supported"),
    (b"\x00\x00\x00\x18ftypmp42" + b"\x00" * 20, "the file is an MP4 video, not an image"),
    (b"just some words", "unknown type, not an image"),
])
def test_wrong_image_types_are_named(classifiers, data, needle):
    verdict, frames = check_image_upload(data, classifiers, UploadPolicy())
    assert frames is None and verdict.categories == ("file_type",)
    assert needle in verdict.reason


def test_image_size_limits(classifiers):
    png = image_bytes(skdata.chelsea(), "PNG")
    verdict, _ = check_image_upload(png, classifiers, UploadPolicy(max_image_bytes=1000))
    assert verdict.categories == ("file_size",) and f"{len(png):,} bytes; the limit is 1,000" in verdict.reason
    verdict, _ = check_image_upload(png, classifiers, UploadPolicy(max_image_pixels=100_000))
    assert verdict.categories == ("file_size",) and "451x300 = 135,300 pixels" in verdict.reason
    tiny = image_bytes(np.zeros((8, 40, 3), np.uint8), "PNG")
    assert "at least 16" in check_image_upload(tiny, classifiers, UploadPolicy())[0].reason


@pytest.mark.parametrize("side,needle", [(5000, "5000x5000 = 25,000,000 pixels"), (20000, "400000000 pixels")])
def test_decompression_bomb_is_refused_from_the_header(classifiers, side, needle):
    # A PNG whose header claims side x side pixels: refused before a single pixel is decoded.
    png = image_bytes(np.zeros((1, 1, 3), np.uint8), "PNG")
    ihdr = side.to_bytes(4, "big") * 2 + png[24:29]  # width, height, then depth/colour/... unchanged
    bomb = png[:16] + ihdr + zlib.crc32(b"IHDR" + ihdr).to_bytes(4, "big") + png[33:]
    verdict, frames = check_image_upload(bomb, classifiers, UploadPolicy())
    assert frames is None and verdict.categories == ("file_size",) and needle in verdict.reason


def test_corrupt_image_is_a_decode_refusal(classifiers):
    png = image_bytes(skdata.chelsea(), "PNG")
    verdict, frames = check_image_upload(png[:200], classifiers, UploadPolicy())
    assert frames is None and verdict.categories == ("decode",) and "could not be decoded" in verdict.reason


@pytest.mark.parametrize("fmt,codec,name", [("mp4", "libx264", "MP4"), ("mov", "libx264", "MOV"),
                                            ("webm", "libvpx-vp9", "WebM")])
def test_harmless_videos_in_each_container_are_allowed(classifiers, fmt, codec, name):
    clip = flat_clip()
    data = video_bytes(clip, fmt, codec)
    assert sniff(data)[1] == name
    verdict, frames = check_video_upload(data, classifiers, UploadPolicy())
    assert verdict.allowed, verdict.reason
    assert frames.shape == (8, 64, 64, 3)
    assert np.abs(frames.astype(int) - clip).mean() < 3  # decoded, close to what was encoded


def test_a_video_with_a_face_names_the_frames(classifiers, astronaut):
    clip = np.concatenate([np.repeat(flat_clip(4, 256)[:1], 4, axis=0), np.repeat(astronaut[None], 3, axis=0)])
    verdict, frames = check_video_upload(encode_mp4(clip, fps=8), classifiers, UploadPolicy())
    assert frames is None and verdict.categories == ("face",) and verdict.frames == (4, 5, 6)


def test_video_limits(classifiers):
    long = encode_mp4(np.repeat(flat_clip(1), 88, axis=0), fps=8)  # 11 s at 8 fps
    verdict, frames = check_video_upload(long, classifiers, UploadPolicy())
    assert frames is None and verdict.categories == ("file_size",)
    assert "video longer than 10 s" in verdict.reason
    short = encode_mp4(flat_clip(16), fps=8)
    assert "more than 10 frames" in check_video_upload(short, classifiers, UploadPolicy(max_frames=10))[0].reason
    assert "64x64 = 4,096 pixels" in check_video_upload(short, classifiers,
                                                          UploadPolicy(max_video_pixels=4000))[0].reason
    assert "bytes; the limit is 100" in check_video_upload(short, classifiers,
                                                            UploadPolicy(max_video_bytes=100))[0].reason


def test_large_videos_are_decoded_at_a_bounded_size(classifiers):
    clip = np.repeat(cv2.resize(flat_clip(1)[0], (1280, 720))[None], 2, axis=0)  # (2, 720, 1280, 3)
    verdict, frames = check_video_upload(encode_mp4(clip), classifiers, UploadPolicy(decode_max_side=640))
    assert verdict.allowed and frames.shape == (2, 360, 640, 3)
    tiny = encode_mp4(np.zeros((2, 8, 64, 3), np.uint8))
    assert "64x8; each side must be at least 16" in check_video_upload(tiny, classifiers, UploadPolicy())[0].reason


@pytest.mark.parametrize("data,category,needle", [
    (b"\x00\x00\x00\x18ftypmp42" + b"\x00" * 100, "decode", "could not be decoded"),
    (None, "file_type", "must be file bytes"),
    (b"\x89PNG\r\n\x1a\n" + b"\x00" * 30, "file_type", "the file is a PNG image, not a video"),
    (b"RIFF\x00\x00\x00\x00AVI LIST", "file_type", "an AVI video, which is not supported"),
    (b"%PDF-1.7", "file_type", "the file is a PDF, not a video; upload an MP4, MOV or WebM video"),
])
def test_bad_videos_are_clear_refusals(classifiers, data, category, needle):
    verdict, frames = check_video_upload(data, classifiers, UploadPolicy())
    assert frames is None and verdict.categories == (category,) and needle in verdict.reason


def test_policy_validation():
    with pytest.raises(ValueError, match="max_frames"):
        UploadPolicy(max_frames=0)
    with pytest.raises(ValueError, match="-1"):
        UploadPolicy(max_duration_s=-1)
