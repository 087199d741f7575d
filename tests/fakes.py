"""Wiring fakes shared by the orchestrator tests: they wrap a real generator (the embedded pipeline or a hub
backend) and stand in for nothing but the call they record or the frames they replace."""

from __future__ import annotations

import numpy as np


class SpyPipeline:
    """Wraps the real pipeline and counts calls, to prove what does and does not reach the generator."""

    def __init__(self, real):
        self.real, self.calls = real, []

    def __call__(self, *args, **kwargs):
        self.calls.append(kwargs.get("prompt", args[0] if args else None))
        return self.real(*args, **kwargs)

    def __getattr__(self, name):
        return getattr(self.real, name)


class FakeFacePipeline(SpyPipeline):
    """Wiring fake for the frame gate: 'generates' a real photograph of a person (shipped by scikit-image)."""

    def __call__(self, *args, **kwargs):
        out = self.real(*args, **kwargs)
        from skimage import data
        from PIL import Image

        face = np.asarray(Image.fromarray(data.astronaut()).resize(out.frames.shape[2:0:-1]))
        out.frames = np.repeat(face[None], len(out.frames), axis=0)
        return out
