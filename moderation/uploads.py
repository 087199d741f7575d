"""Upload moderation: an image or video a user gives us is checked before any task uses it.

    verdict, image = check_image_upload(data, classifiers, UploadPolicy())   # image: (1, H, W, 3) uint8 RGB
    verdict, clip = check_video_upload(data, classifiers, UploadPolicy())    # clip: (T, H, W, 3) uint8 RGB

Checks, in order (the first failure decides; Verdict(stage="upload")):
1. type by magic bytes, never by file name: PNG / JPEG / WebP images; MP4 / MOV / WebM videos. Anything else is
   named ("the file is a PDF, not an image") -> category "file_type".
2. size: bytes, pixels (read from the header before decoding, so a decompression bomb is never expanded), and for
   videos frames and duration -> category "file_size".
3. decodable (PIL for images, PyAV for videos) -> category "decode". Video frames are decoded at most
   `decode_max_side` pixels on the long side (tasks resize to 256-384 px anyway), which bounds memory.
   The orchestrator treats these three categories as invalid input rather than as a policy refusal.
4. content on every decoded frame with the frame classifiers (`moderation.frames`): nudity always, human faces
   when `UploadPolicy.refuse_faces` (default on: animating a real person's photo is a likeness risk).
The decoded array is returned only when the upload is allowed. Pure: bytes in, no file I/O.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

import av
import numpy as np
from PIL import Image, ImageOps, UnidentifiedImageError

from moderation.frames import FrameClassifiers, classify, verdict_from
from moderation.verdict import Verdict

STAGE = "upload"
IMAGE_TYPES = ("PNG", "JPEG", "WebP")
VIDEO_TYPES = ("MP4", "MOV", "WebM")
# Recognised but refused, so the message can say what the file is: (prefix, kind, description).
_OTHER_SIGNATURES: tuple[tuple[bytes, str, str], ...] = (
    (b"%PDF", "document", "a PDF"), (b"GIF87a", "image", "a GIF image"), (b"GIF89a", "image", "a GIF image"),
    (b"BM", "image", "a BMP image"), (b"II*\x00", "image", "a TIFF image"), (b"MM\x00*", "image", "a TIFF image"),
    (b"PK\x03\x04", "archive", "a ZIP archive (or an Office document)"), (b"\x1f\x8b", "archive", "a gzip archive"),
    (b"7z\xbc\xaf", "archive", "a 7-Zip archive"), (b"Rar!", "archive", "a RAR archive"),
    (b"\x7fELF", "program", "a Linux executable"), (b"MZ", "program", "a Windows executable"),
    (b"OggS", "audio", "an Ogg file"), (b"ID3", "audio", "an MP3 audio file"), (b"fLaC", "audio", "a FLAC audio file"),
    (b"\x00\x00\x01\xba", "video", "an MPEG-PS video"), (b"{", "text", "a JSON or text file"),
    (b"<", "text", "an HTML, XML or SVG file"),
)


@dataclass(frozen=True)
class UploadPolicy:
    """Limits and content rules for uploads. A decoded video holds at most max_frames x decode_max_side^2 x 3 bytes
    (~295 MB at the defaults; a typical 16:9 upload ~170 MB)."""

    refuse_faces: bool = True
    refuse_nudity: bool = True
    max_image_bytes: int = 20 * 1024 * 1024
    max_image_pixels: int = 4096 * 4096
    max_video_bytes: int = 50 * 1024 * 1024
    max_video_pixels: int = 1920 * 1080  # per frame, as stored
    decode_max_side: int = 640  # frames are decoded at most this long side (the studio works at 256-384 px)
    max_frames: int = 240
    max_duration_s: float = 10.0
    min_side: int = 16  # the classifiers cannot judge anything smaller

    def __post_init__(self) -> None:
        for name in ("max_image_bytes", "max_image_pixels", "max_video_bytes", "max_video_pixels", "max_frames",
                     "min_side", "decode_max_side"):
            if not isinstance(getattr(self, name), int) or getattr(self, name) < 1:
                raise ValueError(f"{name} must be a whole number >= 1, got {getattr(self, name)!r}")
        if not self.max_duration_s > 0:
            raise ValueError(f"max_duration_s must be > 0, got {self.max_duration_s!r}")


def sniff(data: bytes) -> tuple[str, str, str]:
    """(kind, name, description) from the magic bytes, e.g. ("image", "PNG", "a PNG image") or
    ("document", "PDF", "a PDF"). name is one of IMAGE_TYPES / VIDEO_TYPES for the accepted types."""
    head = bytes(data[:64])
    ftyp_brand = head[8:12] if head[4:8] == b"ftyp" else None
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image", "PNG", "a PNG image"
    if head.startswith(b"\xff\xd8\xff"):
        return "image", "JPEG", "a JPEG image"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "image", "WebP", "a WebP image"
    if head[:4] == b"RIFF" and head[8:12] == b"AVI ":
        return "video", "AVI", "an AVI video"
    if head[:4] == b"RIFF" and head[8:12] == b"WAVE":
        return "audio", "WAV", "a WAV audio file"
    if ftyp_brand in (b"heic", b"heix", b"hevc", b"mif1", b"msf1"):
        return "image", "HEIC", "a HEIC image"
    if ftyp_brand in (b"avif", b"avis"):
        return "image", "AVIF", "an AVIF image"
    if ftyp_brand in (b"M4A ", b"M4B "):
        return "audio", "M4A", "an M4A audio file"
    if ftyp_brand == b"qt  " or (ftyp_brand is None and head[4:8] in (b"moov", b"mdat", b"wide", b"free")):
        return "video", "MOV", "a MOV video"  # QuickTime, with or without an ftyp box
    if ftyp_brand is not None:
        return "video", "MP4", "an MP4 video"
    if head.startswith(b"\x1a\x45\xdf\xa3"):  # EBML: WebM or Matroska, told apart by the DocType
        return ("video", "WebM", "a WebM video") if b"webm" in head else ("video", "MKV", "a Matroska (MKV) video")
    for prefix, kind, description in _OTHER_SIGNATURES:
        if head.startswith(prefix):
            return kind, description.split()[1], description
    return "unknown", "unknown", "of an unknown type"


def _refuse(category: str, reason: str) -> tuple[Verdict, None]:
    return Verdict(False, STAGE, (category,), {}, (category,), reason), None


def _type_error(data: bytes, wanted: str, allowed: tuple[str, ...]) -> tuple[Verdict, None] | None:
    """A file_type refusal unless the bytes are one of the allowed types. wanted: "image" or "video"."""
    listing = f"upload {'an' if allowed[0] == 'MP4' else 'a'} {', '.join(allowed[:-1])} or {allowed[-1]} {wanted}"
    if not isinstance(data, (bytes, bytearray, memoryview)):
        return _refuse("file_type", f"the upload must be file bytes, got {type(data).__name__}")
    if len(data) == 0:
        return _refuse("file_type", f"the file is empty, not {'an' if wanted == 'image' else 'a'} {wanted}; {listing}")
    kind, name, description = sniff(data)
    if name in allowed:
        return None
    if kind == wanted:
        return _refuse("file_type", f"the file is {description}, which is not supported; {listing}")
    return _refuse("file_type", f"the file is {description}, not {'an' if wanted == 'image' else 'a'} {wanted}; "
                                f"{listing}")


def _judge(frames: np.ndarray, classifiers: FrameClassifiers, policy: UploadPolicy) -> Verdict:
    findings = classify(frames, classifiers, ("nudity", "face"))
    verdict = verdict_from(findings, {"nudity": policy.refuse_nudity, "face": policy.refuse_faces}, STAGE)
    if verdict.allowed or "face" not in verdict.categories:
        return verdict
    # Say why a face matters, since a face in a photo is not itself objectionable.
    return Verdict(False, STAGE, verdict.categories, verdict.scores, verdict.evidence,
                   verdict.reason + " Uploads showing real people's faces are refused, to avoid animating a real "
                   "person's likeness.", verdict.frames)


def check_image_upload(data: bytes, classifiers: FrameClassifiers,
                       policy: UploadPolicy | None = None) -> tuple[Verdict, np.ndarray | None]:
    """Check an uploaded image; returns (verdict, (1, H, W, 3) uint8 RGB or None when refused)."""
    policy = policy or UploadPolicy()
    if (refusal := _type_error(data, "image", IMAGE_TYPES)) is not None:
        return refusal
    if len(data) > policy.max_image_bytes:
        return _refuse("file_size", f"the image is {len(data):,} bytes; the limit is {policy.max_image_bytes:,}")
    try:
        opened = Image.open(io.BytesIO(bytes(data)))
    except Image.DecompressionBombError as e:  # PIL's own hard limit, raised from the header alone
        return _refuse("file_size", f"the image has too many pixels to decode safely ({e})")
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as e:
        return _refuse("decode", f"the image could not be decoded ({type(e).__name__}: {e})")
    try:
        with opened as im:
            w, h = im.size  # from the header: checked before any pixel is decoded
            if w * h > policy.max_image_pixels:
                return _refuse("file_size", f"the image is {w}x{h} = {w * h:,} pixels; the limit is "
                                            f"{policy.max_image_pixels:,}")
            if min(w, h) < policy.min_side:
                return _refuse("file_size", f"the image is {w}x{h}; each side must be at least {policy.min_side}")
            im.load()
            # Upright as the camera held it (EXIF orientation), RGB: the face detector expects upright faces.
            rgb = np.asarray(ImageOps.exif_transpose(im).convert("RGB"))
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, Image.DecompressionBombError) as e:
        return _refuse("decode", f"the image could not be decoded ({type(e).__name__}: {e})")
    frames = np.ascontiguousarray(rgb[None])  # (1, H, W, 3)
    verdict = _judge(frames, classifiers, policy)
    return verdict, (frames if verdict.allowed else None)


def check_video_upload(data: bytes, classifiers: FrameClassifiers,
                       policy: UploadPolicy | None = None) -> tuple[Verdict, np.ndarray | None]:
    """Check an uploaded video; returns (verdict, (T, H, W, 3) uint8 RGB or None when refused). Every frame is
    classified."""
    policy = policy or UploadPolicy()
    if (refusal := _type_error(data, "video", VIDEO_TYPES)) is not None:
        return refusal
    if len(data) > policy.max_video_bytes:
        return _refuse("file_size", f"the video is {len(data):,} bytes; the limit is {policy.max_video_bytes:,}")
    try:
        frames, refusal = _decode_video(bytes(data), policy)
    except (av.error.FFmpegError, OSError, ValueError, EOFError) as e:
        return _refuse("decode", f"the video could not be decoded ({type(e).__name__}: {e})")
    if refusal is not None:
        return refusal
    verdict = _judge(frames, classifiers, policy)
    return verdict, (frames if verdict.allowed else None)


def _decode_video(data: bytes, policy: UploadPolicy) -> tuple[np.ndarray | None, tuple[Verdict, None] | None]:
    """Decode the first video stream, refusing as soon as a limit is known to be broken (before decoding when
    the container says so)."""
    with av.open(io.BytesIO(data), mode="r") as container:
        if not container.streams.video:
            return None, _refuse("decode", "the file has no video stream")
        stream = container.streams.video[0]
        w, h = stream.codec_context.width, stream.codec_context.height
        if w * h > policy.max_video_pixels:
            return None, _refuse("file_size", f"the video is {w}x{h} = {w * h:,} pixels a frame; the limit is "
                                              f"{policy.max_video_pixels:,}")
        if 0 < min(w, h) < policy.min_side:
            return None, _refuse("file_size", f"the video is {w}x{h}; each side must be at least {policy.min_side}")
        duration = _declared_duration(container, stream)
        if duration is not None and duration > policy.max_duration_s + 1e-3:
            return None, _refuse("file_size", f"video longer than {policy.max_duration_s:g} s (it lasts "
                                              f"{duration:.1f} s)")
        frames = []
        for frame in container.decode(stream):
            if frame.time is not None and frame.time > policy.max_duration_s + 1e-3:
                return None, _refuse("file_size", f"video longer than {policy.max_duration_s:g} s")
            if len(frames) == policy.max_frames:
                return None, _refuse("file_size", f"the video has more than {policy.max_frames} frames")
            if frame.width * frame.height > policy.max_video_pixels:
                return None, _refuse("file_size", f"a frame is {frame.width}x{frame.height}; the limit is "
                                                  f"{policy.max_video_pixels:,} pixels")
            scale = min(1.0, policy.decode_max_side / max(frame.width, frame.height))
            size = {"width": max(2, round(frame.width * scale)), "height": max(2, round(frame.height * scale))}
            frames.append(frame.reformat(format="rgb24", **size).to_ndarray())  # (H, W, 3)
    if not frames:
        return None, _refuse("decode", "the video has no decodable frames")
    if len({f.shape for f in frames}) > 1:
        return None, _refuse("decode", "the video's frame size changes midway")
    return np.stack(frames), None  # (T, H, W, 3)


def _declared_duration(container: av.container.InputContainer, stream: av.video.stream.VideoStream) -> float | None:
    """Seconds the container or stream claims, if it says."""
    if stream.duration is not None and stream.time_base is not None:
        return float(stream.duration * stream.time_base)
    if container.duration is not None:
        return container.duration / av.time_base
    return None
