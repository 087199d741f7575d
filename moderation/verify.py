"""Verify a file: was it made by this studio, and by which generation? One entry point, `verify_file`.

Three independent signals, combined into one verdict:
1. C2PA content credentials (`provenance.read_credentials`): Trusted when signed by a certificate chained to the
   studio's root, Valid when intact but signed by someone else (or when no root was given), Invalid when the file
   or the manifest changed after signing.
2. The invisible watermark (`watermark.detect_invisible`) decoded from the pixels: it survives a re-encode that
   strips the credentials, and carries the 8-hex-character digest of the generation id.
3. The audit log: rows of the generation named by the manifest, or whose id has the watermark's digest.

Verdicts:
- "made here": studio credentials (Trusted, or Valid when no root was given) that agree with the watermark.
- "made here (credentials stripped)": no studio credentials, but the studio's watermark is in the pixels.
- "tampered": credentials present but Invalid, a manifest claiming a studio generation signed by a foreign
  certificate, or a manifest whose generation id disagrees with the watermark's digest.
- "unknown": no studio credentials and no watermark.
- "unreadable": not a decodable image or video (the reason says why). Never raises for bad input.
"""

from __future__ import annotations

import io
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Protocol

import av
import numpy as np
from PIL import Image, UnidentifiedImageError

from moderation.provenance import Credentials, SigningKeys, read_credentials
from moderation.watermark import WatermarkResult, detect_invisible, id_digest

MAX_VIDEO_FRAMES = 512  # decode at most this many; the detector samples 64 of them evenly
MAX_FILE_BYTES = 512 * 1024 * 1024
AUDIT_SCAN_LIMIT = 1_000_000  # rows read when resolving a watermark digest back to a generation id
MADE_HERE, STRIPPED, TAMPERED, UNKNOWN, UNREADABLE = (
    "made here", "made here (credentials stripped)", "tampered", "unknown", "unreadable")


class AuditLookup(Protocol):
    """The part of moderation.audit.AuditLog that verification reads."""

    def lookup(self, generation_id: str) -> list[dict[str, Any]]: ...

    def query(self, generation_id: str | None = None, since: str | None = None, outcome: str | None = None,
              limit: int = 100) -> list[dict[str, Any]]: ...


@dataclass(frozen=True)
class VerifyReport:
    """The verdict on one file and the evidence behind it (see the module docstring for verdicts)."""

    verdict: str
    reason: str
    media_type: str | None = None
    c2pa_state: str = "none"
    c2pa_errors: tuple[str, ...] = ()
    signer: str | None = None
    manifest_generation_id: str | None = None
    watermark: WatermarkResult | None = None
    generation_id: str | None = None
    created: str | None = None
    model: dict[str, Any] | None = None
    settings: dict[str, Any] | None = None
    audit_rows: tuple[dict[str, Any], ...] = field(default_factory=tuple)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form for the CLI and the app."""
        out = asdict(self)
        out["c2pa_errors"] = list(self.c2pa_errors)
        out["audit_rows"] = [dict(r) for r in self.audit_rows]
        return out


def _read_input(path_or_bytes: str | Path | bytes) -> bytes:
    if isinstance(path_or_bytes, (bytes, bytearray, memoryview)):
        data = bytes(path_or_bytes)
    elif isinstance(path_or_bytes, (str, Path)):
        path = Path(path_or_bytes)
        if not path.is_file():
            raise ValueError(f"{str(path)!r} is not a file")
        if path.stat().st_size > MAX_FILE_BYTES:
            raise ValueError(f"{str(path)!r} is larger than {MAX_FILE_BYTES} bytes")
        data = path.read_bytes()
    else:
        raise ValueError(f"expected a path or bytes, got {type(path_or_bytes).__name__}")
    if not data:
        raise ValueError("the file is empty")
    return data


def _decode(data: bytes) -> tuple[str, np.ndarray]:
    """(media type, frames (T, H, W, 3) uint8 RGB). Images go through PIL, everything else through PyAV."""
    try:
        with Image.open(io.BytesIO(data)) as im:
            im.load()
            mime = Image.MIME.get(im.format or "", "image")
            return mime, np.asarray(im.convert("RGB"))[None]  # (1, H, W, 3)
    except UnidentifiedImageError:
        pass  # not an image: try it as a video below
    except (OSError, Image.DecompressionBombError, SyntaxError, ValueError) as e:
        raise ValueError(f"could not decode the image: {e}") from e
    try:
        with av.open(io.BytesIO(data), mode="r") as container:
            if not container.streams.video:
                raise ValueError("the file has no video stream")
            stream = container.streams.video[0]
            frames: list[np.ndarray] = []
            for packet in container.demux(stream):
                try:
                    decoded = packet.decode()
                except av.error.FFmpegError:
                    continue  # a damaged packet (e.g. a tampered byte) loses its frame, not the whole file
                frames.extend(frame.to_ndarray(format="rgb24") for frame in decoded)
                if len(frames) >= MAX_VIDEO_FRAMES:
                    break
            is_mp4 = data[4:8] == b"ftyp"
    except (av.error.FFmpegError, OSError) as e:
        raise ValueError(f"not a readable image or video: {e}") from e
    if not frames:
        raise ValueError("the video has no decodable frames")
    return ("video/mp4" if is_mp4 else "video"), np.stack(frames)


def _trust_root(keys_or_trust_root: SigningKeys | str | None) -> str | None:
    if isinstance(keys_or_trust_root, SigningKeys):
        return keys_or_trust_root.root_pem
    if keys_or_trust_root is None or isinstance(keys_or_trust_root, str):
        return keys_or_trust_root or None
    raise ValueError(f"expected SigningKeys, a root PEM string or None, got {type(keys_or_trust_root).__name__}")


def _find_generation(audit: AuditLookup, digest: str) -> str | None:
    """The logged generation id whose digest matches the watermark's, newest first.

    Released generations (the only ones that carry a mark) are searched first, then every row, in case the log
    names the release stage's outcome differently. Ids are hashed as read: sha256 of up to AUDIT_SCAN_LIMIT ids.
    """
    seen: set[str] = set()
    for outcome in ("released", None):
        for row in audit.query(generation_id=None, since=None, outcome=outcome, limit=AUDIT_SCAN_LIMIT):
            gid = row.get("generation_id")
            if gid and gid not in seen:
                seen.add(gid)
                if id_digest(gid) == digest:
                    return gid
    return None


def _judge(creds: Credentials, wm: WatermarkResult, trust_checked: bool) -> tuple[str, str]:
    """The verdict and its reason from the credentials and the watermark alone."""
    manifest_digest = id_digest(creds.generation_id) if creds.generation_id else None
    wm_text = f"the invisible watermark carries digest {wm.id_digest}" if wm.detected else "no invisible watermark"
    if creds.state == "Invalid":
        return TAMPERED, ("the content credentials are present but invalid: the file or its manifest changed "
                          f"after signing ({'; '.join(creds.errors) or 'no details'}); {wm_text}")
    if creds.state in ("Trusted", "Valid"):
        if wm.detected and manifest_digest and wm.id_digest != manifest_digest:
            return TAMPERED, (f"the manifest names generation {creds.generation_id} (digest {manifest_digest}) "
                              f"but {wm_text}")
        foreign = trust_checked and creds.state == "Valid"
        if foreign and creds.generation_id:
            return TAMPERED, (f"the manifest claims studio generation {creds.generation_id} but is not signed by "
                              f"a certificate of the studio's root; {wm_text}")
        if creds.generation_id and not foreign:
            trust = "signed by the studio's key" if creds.state == "Trusted" else \
                "signature valid (signer not checked: no trust root given)"
            mark = f"; {wm_text}, which matches" if wm.detected else "; the invisible watermark was not found"
            return MADE_HERE, f"content credentials {trust} name generation {creds.generation_id}{mark}"
        if wm.detected:
            return STRIPPED, f"the file carries another signer's credentials, but {wm_text}"
        return UNKNOWN, "the file carries content credentials from another generator and no studio watermark"
    if wm.detected:
        return STRIPPED, f"no content credentials, but {wm_text}"
    return UNKNOWN, "no content credentials and no invisible watermark"


def verify_file(path_or_bytes: str | Path | bytes, keys_or_trust_root: SigningKeys | str | None,
                audit: AuditLookup | None = None) -> VerifyReport:
    """Verify a file (path or bytes) against the studio's trust root and audit log. Never raises for bad files."""
    trust_root = _trust_root(keys_or_trust_root)
    try:
        data = _read_input(path_or_bytes)
        media_type, frames = _decode(data)
    except ValueError as e:
        return VerifyReport(verdict=UNREADABLE, reason=str(e))

    creds = (read_credentials(data, media_type, trust_root) if media_type in ("video/mp4", "image/png")
             else Credentials(state="none", manifest=None, generation_id=None))
    wm = detect_invisible(frames)
    verdict, reason = _judge(creds, wm, trust_checked=trust_root is not None)

    # Resolve the generation: the manifest names it when it is ours; otherwise the watermark digest finds it.
    generation_id = creds.generation_id if verdict == MADE_HERE else None
    rows: list[dict[str, Any]] = []
    if audit is not None and verdict in (MADE_HERE, STRIPPED):
        if generation_id is None and wm.detected:
            generation_id = _find_generation(audit, wm.id_digest)
        if generation_id is not None:
            rows = list(audit.lookup(generation_id))
        if verdict == STRIPPED:
            reason += (f"; the audit log records it as generation {generation_id}" if rows else
                       "; no audit record has that digest (the mark alone is not proof: it is unkeyed)")

    assertion = creds.generation() if verdict == MADE_HERE else None
    settings = (assertion or {}).get("settings") or next(
        (r["details"]["settings"] for r in rows if isinstance(r.get("details"), dict) and "settings" in r["details"]),
        None)
    times = [str(r["time"]) for r in rows if r.get("time")]
    created = (assertion or {}).get("created") or (min(times) if times else None)
    signature = (creds.manifest or {}).get("signature_info") or {}
    signer = " / ".join(v for v in (signature.get("issuer"), signature.get("common_name")) if v) or None
    return VerifyReport(
        verdict=verdict, reason=reason, media_type=media_type, c2pa_state=creds.state, c2pa_errors=creds.errors,
        signer=signer, manifest_generation_id=creds.generation_id, watermark=wm, generation_id=generation_id,
        created=created, model=(assertion or {}).get("model"), settings=settings, audit_rows=tuple(rows))
