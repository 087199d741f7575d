"""Video files in and out: browser-playable H.264 MP4 (yuv420p, +faststart) and PNG, all in memory.

Frames are uint8 RGB arrays (T, H, W, 3). Encoding works on bytes so the caller decides where (and whether) the
result is written; the orchestrator signs the bytes before anything reaches disk.
"""

from __future__ import annotations

import io
import os
import tempfile
from fractions import Fraction

import av
import numpy as np
from PIL import Image

MAX_DECODE_FRAMES = 512  # an upload longer than this is cut here rather than exhausting memory


class VideoDecodeError(ValueError):
    """The bytes are not a video this project can read."""


def _check_frames(frames: np.ndarray) -> None:
    if not isinstance(frames, np.ndarray) or frames.dtype != np.uint8 or frames.ndim != 4 or frames.shape[-1] != 3:
        shape = getattr(frames, "shape", None)
        raise ValueError(f"frames must be a uint8 array (T, H, W, 3), got {type(frames).__name__} {shape}")
    if frames.shape[0] < 1:
        raise ValueError("frames must hold at least one frame")


def encode_mp4(frames: np.ndarray, fps: int = 8, crf: int = 18) -> bytes:
    """Encode frames (T, H, W, 3) uint8 RGB to H.264 MP4 bytes with the moov atom first (+faststart).

    H and W must be even (yuv420p); crf 18 keeps the invisible watermark's bit accuracy near 1.
    """
    _check_frames(frames)
    _, h, w, _ = frames.shape
    if h % 2 or w % 2:
        raise ValueError(f"H.264 yuv420p needs even width and height, got {w}x{h}")
    # +faststart rewrites the file in a second pass, which PyAV can only do on a real file.
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "clip.mp4")
        _write_mp4(frames, path, fps, crf)
        with open(path, "rb") as f:
            return f.read()


def _write_mp4(frames: np.ndarray, path: str, fps: int, crf: int) -> None:
    _, h, w, _ = frames.shape
    with av.open(path, mode="w", format="mp4", options={"movflags": "+faststart"}) as container:
        stream = container.add_stream("libx264", rate=Fraction(int(fps), 1))
        stream.width, stream.height, stream.pix_fmt = w, h, "yuv420p"
        stream.options = {"crf": str(crf), "preset": "medium"}
        for frame in frames:
            for packet in stream.encode(av.VideoFrame.from_ndarray(np.ascontiguousarray(frame), format="rgb24")):
                container.mux(packet)
        for packet in stream.encode():
            container.mux(packet)


def decode_video(data: bytes, max_frames: int = MAX_DECODE_FRAMES) -> tuple[np.ndarray, float]:
    """Decode video bytes into (frames (T, H, W, 3) uint8 RGB, fps). Raises VideoDecodeError on bad input."""
    try:
        with av.open(io.BytesIO(data), mode="r") as container:
            if not container.streams.video:
                raise VideoDecodeError("the file has no video stream")
            stream = container.streams.video[0]
            fps = float(stream.average_rate or stream.guessed_rate or 8)
            frames = []
            for frame in container.decode(stream):
                frames.append(frame.to_ndarray(format="rgb24"))
                if len(frames) >= max_frames:
                    break
    except VideoDecodeError:
        raise
    except (av.error.FFmpegError, ValueError, OSError) as e:
        raise VideoDecodeError(f"could not decode the video: {e}") from e
    if not frames:
        raise VideoDecodeError("the video has no decodable frames")
    return np.stack(frames), fps


def encode_png(frame: np.ndarray) -> bytes:
    """Encode one frame (H, W, 3) uint8 RGB as PNG bytes."""
    _check_frames(frame[None])
    buf = io.BytesIO()
    Image.fromarray(frame).save(buf, format="PNG")
    return buf.getvalue()


def decode_image(data: bytes) -> np.ndarray:
    """Decode image bytes (PNG, JPEG, WebP, ...) into (H, W, 3) uint8 RGB. Raises ValueError on bad input."""
    try:
        with Image.open(io.BytesIO(data)) as im:
            im.load()
            return np.array(im.convert("RGB"))  # a writable copy
    except (OSError, Image.DecompressionBombError, SyntaxError) as e:
        raise ValueError(f"could not decode the image: {e}") from e
