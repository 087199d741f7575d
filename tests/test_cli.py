"""Both command lines, through the same orchestrator: exit codes, report contents, JSON output."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from moderation.__main__ import main as moderation_main
from sora_pipeline.__main__ import main as pipeline_main

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("STUDIO_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("STUDIO_USE_LLM_UPSAMPLER", "false")
    return tmp_path / "data"


def test_generate_writes_clip_and_report_and_exits_0(tmp_path, data_dir):
    out, report = tmp_path / "clip.mp4", tmp_path / "report.json"
    env = {**os.environ, "OMP_NUM_THREADS": "2"}
    proc = subprocess.run([sys.executable, "-m", "sora_pipeline", "generate",
                           "a blue square growing on a white background", "--seed", "0", "--out", str(out),
                           "--report", str(report), "--quiet"], cwd=REPO, env=env, capture_output=True,
                          text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    r = json.loads(report.read_text())
    for key in ("generation_id", "prompt", "prompt_used", "seed", "width", "height", "num_frames", "fps",
                "moderation", "timings", "video", "c2pa"):
        assert key in r, key
    assert r["video"] == str(out) and out.read_bytes()[4:8] == b"ftyp"
    assert r["c2pa"]["state"] == "Trusted" and r["seed"] == 0
    assert all(isinstance(v, float) for v in r["timings"].values())
    assert json.loads(proc.stdout.strip().splitlines()[-1])["status"] == "ok"
    # The moderation CLI recognises the file and finds it in the audit log.
    verify = subprocess.run([sys.executable, "-m", "moderation", "verify", str(out)], cwd=REPO, env=env,
                            capture_output=True, text=True, timeout=120)
    assert verify.returncode == 0, verify.stderr
    verdict = json.loads(verify.stdout)
    assert verdict["verdict"].startswith("made here") and verdict["generation_id"] == r["generation_id"]


def test_refused_prompt_exits_3_with_the_reason_in_the_report(tmp_path, data_dir, capsys):
    report = tmp_path / "r.json"
    code = pipeline_main(["generate", "a nude woman posing", "--report", str(report), "--quiet",
                          "--out", str(tmp_path / "x.mp4")])
    assert code == 3
    r = json.loads(report.read_text())
    assert r["status"] == "refused" and "sexual" in r["moderation"]["prompt"]["categories"]
    assert not (tmp_path / "x.mp4").exists()


@pytest.mark.parametrize("argv", [["generate", "a red circle moving left", "--width", "100"],
                                  ["generate", "", "--seed", "1"],
                                  ["generate", "x", "--task", "image_to_video", "--image", "/nonexistent.png"]])
def test_bad_input_exits_2(argv, data_dir, capsys):
    assert pipeline_main(argv + ["--quiet"]) == 2


def test_check_prompt_prints_one_json_verdict(capsys):
    assert moderation_main(["check-prompt", "a red circle moving left on a black background"]) == 0
    v = json.loads(capsys.readouterr().out)
    assert v["allowed"] is True and set(v) >= {"allowed", "categories", "scores", "reason"}
    assert moderation_main(["check-prompt", "a picture of hitler giving a speech, nazi propaganda"]) == 1
    v = json.loads(capsys.readouterr().out)
    assert v["allowed"] is False and v["categories"]


def test_check_prompt_file_prints_one_line_per_prompt(tmp_path, capsys):
    f = tmp_path / "prompts.txt"
    f.write_text("a cat on a sofa\nk1ll them all with a machete, blood everywhere\n\na sunset over the sea\n")
    assert moderation_main(["check-prompt", "--file", str(f)]) == 1
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [line["allowed"] for line in lines] == [True, False, True]
    assert lines[1]["text"].startswith("k1ll")


def test_moderation_cli_bad_input_exits_2(tmp_path, capsys):
    assert moderation_main(["check-prompt"]) == 2
    assert moderation_main(["verify", str(tmp_path / "missing.mp4")]) == 2
