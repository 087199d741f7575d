"""Watermarks on released frames: a visible moving "AI-generated" label and an invisible 48-bit id mark.

Contract: frames are uint8 RGB (T, H, W, 3); every function returns a new array and never edits its input.

- `add_visible(frames, text, config)`: a small semi-transparent label in one corner that hops to the next corner
  every `frames_per_corner` frames, as Sora's moving mark does, so cropping one corner cannot remove it everywhere.
- `embed_invisible(frames, generation_id)` / `detect_invisible(frames) -> WatermarkResult`: invisible-watermark's
  `dwtDctSvd` method (the only one of its three that survives our H.264 encode; see STACK.md). It needs frames of
  at least 256x256 pixels in area and works on BGR, so frames are converted on the way in and out.

Payload (48 bits) = 32-bit id digest + 16-bit check. The digest is the first 8 hex characters of
sha256(generation_id), so any id string works (the studio's ids are uuid4 hex). The check is a salted hash of the
digest: content that carries no mark decodes to bits that must also match those 16 check bits by chance
(p = 2^-16 per decode attempt), and constant patterns (all 0 / all 1, typical of flat frames) fail it (tested).
Detection decodes up to 64 evenly spaced frames, takes a per-bit majority vote, and reports a detection only when
the check holds.
A copy that is not a display size is also tried resized back (a half-size copy) and searched for a crop of up to
16 px per axis (see `_detect_cropped`). Measured robustness and false detections: docs/PROVENANCE.md.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import lru_cache

import cv2
import numpy as np
import pywt
from imwatermark import WatermarkDecoder
from PIL import Image, ImageDraw, ImageFont

METHOD = "dwtDctSvd"
DIGEST_BITS, CHECK_BITS = 32, 16
PAYLOAD_BITS = DIGEST_BITS + CHECK_BITS  # 48: what dwtDctSvd carries reliably at 256x256 (~21 blocks per bit)
MIN_AREA = 256 * 256  # imwatermark refuses smaller frames
_SCALE = 36  # dwtDctSvd's default U-channel quantisation step (the decoder assumes it)
MAX_DETECT_FRAMES = 64  # evenly spaced frames are enough for the vote; bounds verify time on long uploads
_CHECK_SALT = b"open-sora-studio/watermark-check/v1\x00"


@dataclass(frozen=True)
class VisibleMarkConfig:
    """How the visible label looks and moves."""

    enabled: bool = True  # operators may switch it off; the invisible mark and C2PA stay on regardless
    opacity: float = 0.55  # of the label's dark box; the text is drawn at min(1, 1.6 * opacity)
    frames_per_corner: int = 8  # 1 s at 8 fps before the label hops to the next corner
    font_fraction: float = 1 / 22  # text height as a fraction of the frame's shorter side (>= 9 px)
    margin_fraction: float = 1 / 40  # gap between the label and the frame edge


@dataclass(frozen=True)
class WatermarkResult:
    """What the invisible-mark decoder found.

    detected: True only when the voted 48 bits pass the 16-bit check.
    id_digest: the 8-hex-character digest carried by the mark (None unless detected).
    bit_agreement: mean fraction of per-frame bits that agree with the voted bits (1.0 = every frame agrees).
    frames_used: how many frames were decoded (0 when the frames are too small to carry a mark).
    """

    detected: bool
    id_digest: str | None
    bit_agreement: float
    frames_used: int


# Corner order: clockwise from bottom-right, so consecutive positions never share a diagonal jump.
_CORNERS = ("bottom-right", "bottom-left", "top-left", "top-right")


def _check_frames(frames: np.ndarray) -> None:
    if not isinstance(frames, np.ndarray) or frames.dtype != np.uint8 or frames.ndim != 4 or frames.shape[-1] != 3:
        raise ValueError(f"frames must be a uint8 array (T, H, W, 3), got {type(frames).__name__} "
                         f"{getattr(frames, 'dtype', None)} {getattr(frames, 'shape', None)}")
    if frames.shape[0] < 1:
        raise ValueError(f"frames must hold at least one frame, got shape {frames.shape}")


# ---------------------------------------------------------------- visible label

@lru_cache(maxsize=16)
def _label(text: str, font_px: int, opacity: float) -> tuple[np.ndarray, np.ndarray]:
    """The label rendered once: (rgb (h, w, 3) float32, alpha (h, w, 1) float32 in [0, 1])."""
    font = ImageFont.load_default(size=font_px)
    left, top, right, bottom = font.getbbox(text)
    pad = max(2, font_px // 3)
    w, h = right - left + 2 * pad, bottom - top + 2 * pad
    # Draw in white on black with a separate alpha plane: a dark box keeps the text legible on any background.
    alpha = Image.new("L", (w, h), 0)
    ImageDraw.Draw(alpha).rounded_rectangle((0, 0, w - 1, h - 1), radius=pad, fill=int(255 * opacity))
    text_mask = Image.new("L", (w, h), 0)
    ImageDraw.Draw(text_mask).text((pad - left, pad - top), text, font=font, fill=255)
    text_a = np.asarray(text_mask, dtype=np.float32)[..., None] / 255.0  # (h, w, 1)
    box_a = np.asarray(alpha, dtype=np.float32)[..., None] / 255.0
    t_a = text_a * min(1.0, 1.6 * opacity)
    # White text "over" a black box "over" the frame, folded into one alpha and one colour so that the per-frame
    # work is a single blend: frame * (1 - a) + rgb * a.
    a = 1.0 - (1.0 - box_a) * (1.0 - t_a)  # (h, w, 1)
    rgb = np.repeat(255.0 * t_a / np.maximum(a, 1e-6), 3, axis=2)  # (h, w, 3)
    return rgb.astype(np.float32), a.astype(np.float32)


def corner_for_frame(index: int, config: VisibleMarkConfig) -> str:
    """Which corner the label occupies on frame `index`."""
    return _CORNERS[(index // config.frames_per_corner) % len(_CORNERS)]


def add_visible(frames: np.ndarray, text: str = "AI-generated",
                config: VisibleMarkConfig = VisibleMarkConfig()) -> np.ndarray:
    """Blend the label into a corner of every frame; returns a new (T, H, W, 3) uint8 array."""
    _check_frames(frames)
    if not isinstance(text, str) or not text.strip() or len(text) > 64:
        raise ValueError(f"text must be 1-64 visible characters, got {text!r}")
    if not 0.0 < config.opacity <= 1.0 or config.frames_per_corner < 1:
        raise ValueError(f"opacity must be in (0, 1] and frames_per_corner >= 1, got {config}")
    out = frames.copy()
    if not config.enabled:
        return out
    _, H, W, _ = frames.shape
    short = min(H, W)
    rgb, a = _label(text, max(9, round(short * config.font_fraction)), round(config.opacity, 3))
    h, w = a.shape[:2]
    if h > H or w > W:
        raise ValueError(f"label {text!r} ({w}x{h}) does not fit a {W}x{H} frame")
    m = max(2, round(short * config.margin_fraction))
    for i in range(frames.shape[0]):
        corner = corner_for_frame(i, config)
        y = m if corner.startswith("top") else H - m - h
        x = m if corner.endswith("left") else W - m - w
        patch = out[i, y:y + h, x:x + w].astype(np.float32)  # (h, w, 3)
        out[i, y:y + h, x:x + w] = np.rint(patch * (1.0 - a) + rgb * a).astype(np.uint8)
    return out


# ---------------------------------------------------------------- invisible mark

def id_digest(generation_id: str) -> str:
    """The 32-bit digest a mark carries for this generation id: 8 lowercase hex characters of sha256(id)."""
    if not isinstance(generation_id, str) or not generation_id:
        raise ValueError(f"generation_id must be a non-empty string, got {generation_id!r}")
    return hashlib.sha256(generation_id.encode("utf-8")).hexdigest()[:8]


def _check_for(digest: bytes) -> bytes:
    return hashlib.sha256(_CHECK_SALT + digest).digest()[:CHECK_BITS // 8]


def payload_for(generation_id: str) -> bytes:
    """The 6-byte payload embedded for this id: digest (4 bytes) + check (2 bytes)."""
    digest = bytes.fromhex(id_digest(generation_id))
    return digest + _check_for(digest)


def _to_bits(payload: bytes) -> list[int]:
    return [int(b) for b in np.unpackbits(np.frombuffer(payload, dtype=np.uint8))]


def parse_payload(bits: np.ndarray) -> str | None:
    """The id digest if the 48 bits pass the check, else None."""
    raw = np.packbits(np.asarray(bits, dtype=np.uint8)).tobytes()  # 48 bits -> 6 bytes
    digest, check = raw[:DIGEST_BITS // 8], raw[DIGEST_BITS // 8:]
    return digest.hex() if _check_for(digest) == check else None


def _has_area(frames: np.ndarray) -> bool:
    return frames.shape[1] * frames.shape[2] >= MIN_AREA


def _headroom_lut(low: int, high: int, knee_low: int = 40, knee_high: int = 200) -> np.ndarray:
    """Tone curve: identity on [knee_low, knee_high], shadows squeezed into [low, knee_low], highlights into
    [knee_high, high]."""
    x = np.arange(256, dtype=np.float64)
    y = np.where(x < knee_low, low + x * (knee_low - low) / knee_low, x)
    y = np.where(x > knee_high, knee_high + (x - knee_high) * (high - knee_high) / (255 - knee_high), y)
    return np.rint(y).astype(np.uint8)


# The embedder shifts the U (blue-difference) channel, i.e. mostly blue, by a few levels. Where blue is already 0
# or 255 the shift is clipped away: on a pure white background every 1-bit was lost (measured: 0.5 bit accuracy).
# Keeping 4 levels of headroom at both ends fixed every background x colour of the world (24/24 at 1.0).
_HEADROOM = _headroom_lut(4, 251)


def embed_invisible(frames: np.ndarray, generation_id: str) -> np.ndarray:
    """Embed the id's 48-bit payload in every frame; returns a new (T, H, W, 3) uint8 array.

    Tones below 40 and above 200 are first compressed into [4, 251] (white becomes 251; midtones untouched) so the
    mark is not clipped away. Raises ValueError for frames under 256x256 in area: the studio never releases those.
    """
    _check_frames(frames)
    if not _has_area(frames):
        raise ValueError(f"frames must be at least 256x256 in area to carry the mark, got {frames.shape[2]}x"
                         f"{frames.shape[1]}")
    bits = _to_bits(payload_for(generation_id))
    return np.stack([_embed_frame(frame, bits) for frame in _HEADROOM[frames]])


def _embed_frame(frame: np.ndarray, bits: list[int]) -> np.ndarray:
    """One (H, W, 3) RGB frame with the bits embedded by imwatermark's dwtDctSvd core (`encode_frame`).

    The library's own wrapper (`WatermarkEncoder.encode`) is bypassed on purpose: it rebuilds the U plane with the
    horizontal and vertical detail bands swapped (`idwt2((ca1, (v1, h1, d1)))`) and round-trips through uint8 YUV,
    which adds texture-dependent noise (measured PSNR 30 dB on textured clips, 42 dB this way). Here only the
    approximation band changes, and the U change is mapped back exactly: with OpenCV's YUV, dB = 2.032 dU and
    dG = -0.395 dU leave Y unchanged and move U by dU, so the library's decoder reads what was embedded.
    """
    H, W = frame.shape[:2]
    h, w = H // 4 * 4, W // 4 * 4  # the library's decoder only reads this part
    u = cv2.cvtColor(cv2.cvtColor(frame, cv2.COLOR_RGB2BGR), cv2.COLOR_BGR2YUV)[:h, :w, 1].astype(np.float64)
    ca, details = pywt.dwt2(u, "haar")  # ca (h/2, w/2)
    _embed_blocks(ca, bits, _SCALE)  # in place
    du = pywt.idwt2((ca, details), "haar") - u  # (h, w)
    out = frame.astype(np.float64)
    out[:h, :w, 2] += 2.032 * du  # blue
    out[:h, :w, 1] -= 0.395 * du  # green
    return np.clip(np.rint(out), 0, 255).astype(np.uint8)


@lru_cache(maxsize=4)
def _dct_matrix(n: int) -> np.ndarray:
    """The orthonormal DCT-II matrix C (n, n): cv2.dct(block) == C @ block @ C.T, cv2.idct(x) == C.T @ x @ C."""
    k, i = np.arange(n)[:, None], np.arange(n)[None, :]
    c = np.sqrt(2.0 / n) * np.cos(np.pi * (2 * i + 1) * k / (2 * n))
    c[0] /= np.sqrt(2.0)
    return c


def _embed_blocks(ca: np.ndarray, bits: list[int], scale: float, block: int = 4) -> None:
    """imwatermark's `EmbedDwtDctSvd.encode_frame(ca, scale)`, vectorised over all blocks (same arithmetic: DCT,
    SVD, quantise the largest singular value to carry the bit, inverse; bit k goes to blocks k, k + 48, ... in
    row-major order). In place on ca (h, w) float64; ~10x faster than the library's per-block Python loop."""
    rows, cols = ca.shape[0] // block, ca.shape[1] // block
    area = ca[:rows * block, :cols * block]
    blocks = area.reshape(rows, block, cols, block).transpose(0, 2, 1, 3).reshape(-1, block, block)  # (N, b, b)
    c = _dct_matrix(block)
    u, s, vh = np.linalg.svd(c @ blocks @ c.T)  # (N, b, b), (N, b), (N, b, b)
    wm = np.asarray(bits, dtype=np.float64)[np.arange(len(blocks)) % len(bits)]  # (N,)
    s[:, 0] = (s[:, 0] // scale + 0.25 + 0.5 * wm) * scale
    out = c.T @ ((u * s[:, None, :]) @ vh) @ c  # (N, b, b)
    area[...] = out.reshape(rows, cols, block, block).transpose(0, 2, 1, 3).reshape(rows * block, cols * block)


def _sample(frames: np.ndarray) -> np.ndarray:
    """Up to MAX_DETECT_FRAMES evenly spaced frames (F, H, W, 3)."""
    T = frames.shape[0]
    return frames[np.unique(np.linspace(0, T - 1, min(T, MAX_DETECT_FRAMES)).round().astype(int))]


def decode_bits(frames: np.ndarray) -> np.ndarray:
    """Per-frame bits (F, 48) uint8 from imwatermark's own decoder, for up to 64 evenly spaced frames."""
    _check_frames(frames)
    if not _has_area(frames):
        return np.zeros((0, PAYLOAD_BITS), dtype=np.uint8)
    decoder = WatermarkDecoder("bits", PAYLOAD_BITS)
    return np.stack([np.asarray(decoder.decode(cv2.cvtColor(f, cv2.COLOR_RGB2BGR), METHOD), dtype=np.uint8)
                     for f in _sample(frames)])  # (F, 48)


def _vote(bits: np.ndarray) -> WatermarkResult:
    """Per-bit majority over frames, then the check."""
    if bits.shape[0] == 0:
        return WatermarkResult(detected=False, id_digest=None, bit_agreement=0.0, frames_used=0)
    # A tie (possible with an even frame count) reads as 1; the check bits reject a wrong guess.
    vote = (bits.mean(axis=0) >= 0.5).astype(np.uint8)  # (48,)
    digest = parse_payload(vote)
    return WatermarkResult(detected=digest is not None, id_digest=digest,
                           bit_agreement=round(float((bits == vote[None]).mean()), 4), frames_used=int(bits.shape[0]))


# ---------------------------------------------------------------- re-synchronisation after a resize or a crop
# dwtDctSvd reads bit k from every 8x8-pixel block whose row-major index is k mod 48, so a crop that shifts the
# block grid or changes the number of blocks per row scrambles the bits. Releases only come in the display sizes
# below, so a copy a few pixels smaller than one of them is searched for the grid phase (the 8x8 alignment at
# which each bit's blocks agree most) and then for the few crop offsets consistent with that phase. The block
# maths mirrors imwatermark's decoder exactly (a test checks they agree): U plane of OpenCV's YUV, Haar
# approximation band, 4x4 blocks, largest singular value modulo the scale 36.

DISPLAY_SIZES = ((256, 256), (256, 384), (384, 256))  # (H, W) of every release, see ARCHITECTURE.md
CROP_SEARCH_PX = 16  # largest total crop per axis the search undoes
MAX_MISSING_BITS = 2  # bits a crop may remove entirely (384-px rows) that the search guesses
PHASES_TRIED = 3  # grid alignments decoded in full, best first


def _u_planes(frames: np.ndarray) -> np.ndarray:
    """(F, H, W, 3) RGB -> (F, H, W) float64 U plane of OpenCV's YUV, as imwatermark computes it."""
    return np.stack([cv2.cvtColor(cv2.cvtColor(f, cv2.COLOR_RGB2BGR), cv2.COLOR_BGR2YUV)[..., 1]
                     for f in frames]).astype(np.float64)


def block_values(u: np.ndarray) -> np.ndarray:
    """(F, H, W) U planes -> (F, H//8, W//8) position of each block's top singular value within the scale, in [0, 1).

    The singular values of a block equal those of its DCT (the DCT is orthonormal), so the DCT is skipped.
    """
    F, H, W = u.shape
    x = u[:, :H // 8 * 8, :W // 8 * 8]
    ca = (x[:, 0::2, 0::2] + x[:, 0::2, 1::2] + x[:, 1::2, 0::2] + x[:, 1::2, 1::2]) / 2  # Haar LL band (F, H/2, W/2)
    blocks = ca.reshape(F, H // 8, 4, W // 8, 4).transpose(0, 1, 3, 2, 4)  # (F, hb, wb, 4, 4)
    s0 = np.linalg.svd(blocks, compute_uv=False)[..., 0]  # (F, hb, wb)
    return (s0 % _SCALE) / _SCALE


def _bit_fractions(r: np.ndarray, row0: int, col0: int, per_row: int) -> tuple[np.ndarray, np.ndarray]:
    """(F, hb, wb) block values -> (fraction of each bit's blocks reading 1 per frame (F, 48), known (48,))."""
    F, hb, wb = r.shape
    index = ((np.arange(hb)[:, None] + row0) * per_row + np.arange(wb)[None] + col0) % PAYLOAD_BITS  # (hb, wb)
    counts = np.bincount(index.ravel(), minlength=PAYLOAD_BITS)
    ones = np.stack([np.bincount(index.ravel(), weights=(r[f] > 0.5).ravel(), minlength=PAYLOAD_BITS)
                     for f in range(F)])  # (F, 48)
    return ones / np.maximum(counts, 1), counts > 0


def bits_from_blocks(r: np.ndarray, row0: int = 0, col0: int = 0,
                     blocks_per_row: int | None = None) -> tuple[np.ndarray, np.ndarray]:
    """(F, hb, wb) block values -> (per-frame bits (F, 48) uint8, which bits had any block (48,) bool).

    The first block is block (row0, col0) of an original frame with blocks_per_row blocks per row (default: this
    frame's own width). A bit can be missing: at 384 px wide (48 blocks a row) bit k lives only in column k, so
    cropping a column removes its bit.
    """
    fractions, known = _bit_fractions(r, row0, col0, r.shape[2] if blocks_per_row is None else blocks_per_row)
    return (fractions > 0.5).astype(np.uint8), known


def aligned_bits(frames: np.ndarray, top: int = 0, left: int = 0,
                 original_width: int | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Per-frame bits (F, 48) and known-bit mask (48,) of a copy cropped by a KNOWN (top, left) offset from an
    original original_width pixels wide. For measuring bit accuracy (evaluate_watermark); detection searches."""
    _check_frames(frames)
    sy, sx = (-top) % 8, (-left) % 8
    r = block_values(_u_planes(_sample(frames))[:, sy:, sx:])  # (F, hb, wb)
    return bits_from_blocks(r, (top + sy) // 8, (left + sx) // 8, (original_width or frames.shape[2]) // 8)


def _rescaled(frames: np.ndarray) -> np.ndarray | None:
    """A resized copy (e.g. half size) brought back to the display size with the same aspect ratio, if any."""
    _, H, W, _ = frames.shape
    for H0, W0 in DISPLAY_SIZES:
        if (H0, W0) != (H, W) and abs(H / W - H0 / W0) < 0.02:
            interp = cv2.INTER_CUBIC if H0 > H else cv2.INTER_AREA
            return np.stack([cv2.resize(f, (W0, H0), interpolation=interp) for f in _sample(frames)])
    return None


def _detect_cropped(frames: np.ndarray) -> WatermarkResult | None:
    """Undo a crop of up to CROP_SEARCH_PX per axis off a display-size frame; None when no display size fits.

    1. Phase: for each grid alignment (sy, sx) the crops allow, read the first frames' blocks and measure how
       decisively each bit's blocks agree (mean |fraction of ones - 1/2|). At the true phase the blocks repeat
       the payload; a wrong phase mixes neighbouring blocks, though on flat content a phase one pixel off scores
       almost as well, so the best PHASES_TRIED phases go on (the true one ranked <= 3rd in every measured clip).
       Offsets by whole blocks only rotate the bits, so they score alike: the check tells them apart.
    2. Offsets: every crop (top, left) and original size consistent with those phases, with up to
       MAX_MISSING_BITS cropped-away bits guessed. Each distinct vote tried is one 2^-16 chance of a false match:
       a crop of <= 8 px per axis gives <= 3 phases x 4 offsets (x 4 guesses at 384 px wide).
    """
    _, H, W, _ = frames.shape
    sizes = [(H0, W0) for H0, W0 in DISPLAY_SIZES
             if (H0, W0) != (H, W) and 0 <= H0 - H <= CROP_SEARCH_PX and 0 <= W0 - W <= CROP_SEARCH_PX]
    if not sizes or H < 64 or W < 64:
        return None
    u = _u_planes(_sample(frames))  # (F, H, W)
    # Candidate (sy, sx, H0, W0, top, left): skipping sy rows and sx columns puts the origin on the 8-px grid.
    candidates = [((-ct) % 8, (-cl) % 8, H0, W0, ct, cl)
                  for H0, W0 in sizes for ct in range(H0 - H + 1) for cl in range(W0 - W + 1)]
    phase_score: dict[tuple[int, int], float] = {}
    for sy, sx, H0, W0, ct, cl in candidates:
        if (sy, sx) not in phase_score:
            fractions, known = _bit_fractions(block_values(u[:4, sy:, sx:]), (ct + sy) // 8, (cl + sx) // 8, W0 // 8)
            phase_score[(sy, sx)] = float(np.abs(fractions[:, known].mean(axis=0) - 0.5).mean())
    best = sorted(sorted(phase_score), key=phase_score.get, reverse=True)[:PHASES_TRIED]
    values = {phase: block_values(u[:, phase[0]:, phase[1]:]) for phase in best}  # (F, hb, wb) each
    tried: set[bytes] = set()  # distinct candidate votes
    for sy, sx, H0, W0, ct, cl in sorted(candidates, key=lambda c: best.index(c[:2]) if c[:2] in best else 99):
        if (sy, sx) not in values:
            continue
        bits, known = bits_from_blocks(values[(sy, sx)], (ct + sy) // 8, (cl + sx) // 8, W0 // 8)
        missing = np.flatnonzero(~known)
        if len(missing) > MAX_MISSING_BITS:
            continue
        for fill in range(2 ** len(missing)):  # guess the cropped-away bits; the check decides
            bits[:, missing] = [(fill >> k) & 1 for k in range(len(missing))]
            key = (bits.mean(axis=0) >= 0.5).tobytes()
            if key not in tried:
                tried.add(key)
                result = _vote(bits)
                if result.detected:
                    return result
    return WatermarkResult(detected=False, id_digest=None, bit_agreement=0.0, frames_used=int(u.shape[0]))


def detect_invisible(frames: np.ndarray) -> WatermarkResult:
    """Decode up to 64 evenly spaced frames, vote per bit, and accept the mark only when the check bits match.

    Frames as given first (imwatermark's decoder). A copy that is not a display size is then tried resized back
    to the display size of its aspect ratio, and searched for a crop of up to 16 px per axis. Each extra try is
    one more 2^-16 chance of a false match, so they only run for frames that are not a display size.
    """
    _check_frames(frames)
    result = _vote(decode_bits(frames))
    if result.detected or tuple(frames.shape[1:3]) in DISPLAY_SIZES:
        return result
    rescaled = _rescaled(frames)
    if rescaled is not None:
        retry = _vote(decode_bits(rescaled))
        if retry.detected:
            return retry
    cropped = _detect_cropped(frames)
    return cropped if cropped is not None else result
