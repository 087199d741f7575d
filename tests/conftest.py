"""Shared fixtures: offline settings, one Studio per session (models load once), one running app server."""

from __future__ import annotations

import os

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("HF_HUB_DISABLE_TELEMETRY", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
import torch

REPO = Path(__file__).resolve().parent.parent
torch.set_num_threads(1)


@pytest.fixture(scope="session")
def studio(tmp_path_factory):
    """The real orchestrator on the embedded model, with its data (keys, audit log, outputs) in a temp folder.

    The deterministic upsampler keeps this fixture fast; the LLM path is tested in test_upsample and end to end.
    """
    from studio import Studio, StudioConfig

    config = StudioConfig(data_dir=str(tmp_path_factory.mktemp("studio-data")), use_llm_upsampler=False,
                          rate_limit_requests=10_000)
    return Studio(config)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_app(data_dir: Path, **env_overrides: str) -> tuple[subprocess.Popen, str]:
    """Start `python app.py` exactly as a user does, on 127.0.0.1 and a free port; returns (process, url)."""
    port = _free_port()
    env = {**os.environ, "GRADIO_SERVER_PORT": str(port), "GRADIO_SERVER_NAME": "127.0.0.1",
           "STUDIO_DATA_DIR": str(data_dir), "STUDIO_RATE_LIMIT_REQUESTS": "10000", **env_overrides}
    log = open(data_dir / "server.log", "w")
    proc = subprocess.Popen([sys.executable, str(REPO / "app.py")], cwd=REPO, env=env, stdout=log,
                            stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}/"
    deadline = time.time() + 180
    while time.time() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"app.py exited with {proc.returncode}: {(data_dir / 'server.log').read_text()}")
        try:
            with urllib.request.urlopen(url, timeout=2) as r:
                if r.status == 200:
                    return proc, url
        except OSError:
            time.sleep(0.5)
    stop_app(proc)
    raise RuntimeError("app.py did not start serving within 180 s")


def stop_app(proc: subprocess.Popen) -> None:
    proc.terminate()
    try:
        proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
        proc.kill()


@pytest.fixture(scope="session")
def app_server(tmp_path_factory):
    """The app as users start it; yields (url, data_dir)."""
    data_dir = tmp_path_factory.mktemp("app-data")
    proc, url = start_app(data_dir)
    yield url, data_dir
    stop_app(proc)
