"""Run a shipped torch classifier through onnxruntime: export once (TorchScript exporter), cache, load a session.

    session = onnx_session(module, example_args, key, name="minilm", cache_dir=..., threads=2,
                           inputs={"input_ids": {0: "batch", 1: "length"}}, outputs={"embedding": {0: "batch"}})

`session` is None when the export or the load fails (the `onnx` package missing, an exporter change): callers
then run the torch module itself, which gives the same outputs, only slower. The exported bytes are cached under
cache_dir keyed by `key` (callers hash their weights and torch's version into it); a cache file that does not
load is replaced by a fresh export. Used by the weapon classifier (moderation.frames.WeaponNet) and the prompt
encoder (moderation.prompt.SentenceEncoder): each runs 3-5x faster on CPU than in eager torch.
"""

from __future__ import annotations

import hashlib
import io
import logging
import os
import warnings
from pathlib import Path
from typing import Iterable

import onnxruntime
import torch

log = logging.getLogger(__name__)

OPSET = 17
# Where the command-line tools keep exports: the studio's default data folder (never committed), so the app and
# the CLIs share one copy.
DEFAULT_CACHE = Path(__file__).resolve().parent.parent / ".studio" / "cache"


def weights_key(paths: Iterable[str | os.PathLike | None], tag: str = "") -> str:
    """16 hex digits of sha256 over the files' bytes, torch's version and `tag` (bump it when the graph changes)."""
    digest = hashlib.sha256()
    for path in paths:
        if path is not None:
            with open(path, "rb") as f:
                digest.update(f.read())
    digest.update(torch.__version__.encode() + tag.encode())
    return digest.hexdigest()[:16]


def cpu_session(model: bytes | str, threads: int) -> onnxruntime.InferenceSession:
    """A CPU session over an ONNX model (bytes or a path) with `threads` intra-op threads and one inter-op."""
    options = onnxruntime.SessionOptions()
    options.intra_op_num_threads, options.inter_op_num_threads = threads, 1
    # Idle pool threads sleep instead of spinning: the stage after a check (the LLM, the DiT) needs those cores.
    options.add_session_config_entry("session.intra_op.allow_spinning", "0")
    return onnxruntime.InferenceSession(model, options, providers=["CPUExecutionProvider"])


def export_bytes(module: torch.nn.Module, args: tuple, key: str, name: str, cache_dir: str | os.PathLike | None,
                 inputs: dict[str, dict[int, str]], outputs: dict[str, dict[int, str]], fresh: bool = False) -> bytes:
    """The ONNX model of `module` called on `args` (dynamic axes as given); read from / written to cache_dir."""
    path = os.path.join(cache_dir, f"{name}-{key}-opset{OPSET}.onnx") if cache_dir else None
    if path and os.path.exists(path) and not fresh:
        with open(path, "rb") as f:
            return f.read()
    buf = io.BytesIO()
    with warnings.catch_warnings(), torch.no_grad():
        warnings.simplefilter("ignore")  # the TorchScript exporter's deprecation notices
        torch.onnx.export(module, args, buf, dynamo=False, input_names=list(inputs), output_names=list(outputs),
                          dynamic_axes={**inputs, **outputs}, opset_version=OPSET)
    model = buf.getvalue()
    if path:
        os.makedirs(cache_dir, exist_ok=True)
        tmp = f"{path}.{os.getpid()}.tmp"
        with open(tmp, "wb") as f:
            f.write(model)
        os.replace(tmp, path)  # atomic: a concurrent reader sees the whole file or none
    return model


def onnx_session(module: torch.nn.Module, args: tuple, key: str, name: str, cache_dir: str | os.PathLike | None,
                 threads: int, inputs: dict[str, dict[int, str]],
                 outputs: dict[str, dict[int, str]]) -> onnxruntime.InferenceSession | None:
    """An onnxruntime CPU session over `module` (`threads` intra-op threads), or None if it cannot be built."""
    error: Exception | None = None
    for attempt in range(2):  # a damaged cache file is replaced by a fresh export
        try:
            return cpu_session(export_bytes(module, args, key, name, cache_dir, inputs, outputs, fresh=attempt > 0),
                               threads)
        except Exception as e:  # onnx not installed, exporter change: stay correct, just slower
            error = e
    log.warning("%s runs in eager torch (ONNX export failed: %s)", name, error)
    return None
