"""Write the app's example inputs to assets/examples/: first frames (PNG) for Image to video and short clips
(MP4) for Extend and Blend, rendered from the procedural world (ground truth, not model output).

    python scripts/make_examples.py
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from sora_pipeline import video_io, world  # noqa: E402

OUT = REPO / "assets" / "examples"
FRAMES = [world.Scene("circle", "red", "black", "moving right"), world.Scene("triangle", "yellow", "brown", "growing"),
          world.Scene("square", "cyan", "gray", "moving up")]
CLIPS = [world.Scene("circle", "blue", "white", "moving left"), world.Scene("square", "purple", "black", "shrinking")]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(0)
    for scene in FRAMES:
        frame = world.render_clip(scene, 1, 256, 256, rng)[0]  # (256, 256, 3) uint8
        (OUT / f"{world.caption(scene).replace(' ', '_')}.png").write_bytes(video_io.encode_png(frame))
    for scene in CLIPS:
        clip = world.render_clip(scene, 16, 256, 256, rng)  # (16, 256, 256, 3) uint8, 2 s at 8 fps
        (OUT / f"{world.caption(scene).replace(' ', '_')}.mp4").write_bytes(video_io.encode_mp4(clip))
    print(f"wrote {len(FRAMES)} images and {len(CLIPS)} clips to {OUT}")


if __name__ == "__main__":
    main()
