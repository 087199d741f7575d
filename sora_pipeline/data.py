"""Training data: the caption pool (canonical captions + paraphrases) and clip buckets of every shape.

Contract:
  `caption_pool(scenes, per_scene, seed) -> (texts, scene_index)`: the canonical caption of every scene plus
    `per_scene` paraphrases built from world.py's synonym tables with varied templates; each paraphrase is
    checked to parse back (world.parse_caption) to its scene, so no training caption lies.
  `BUCKETS`: the (num_frames, height, width) native shapes trained on, one shape per batch.
  `render_batch(scenes, bucket, rng) -> (B, 3, T, H, W)` float pixels in [-1, 1] at native resolution.

Held out of every training caption, so paraphrase evaluation is honest (see docs/MODEL.md):
HELD_OUT_WORDS (one or two synonyms per attribute value) and HELD_OUT_TEMPLATES. Scenes in
world.HELD_OUT_SCENES are never rendered for training.

Shapes: B batch, T H W frames / height / width in pixels (native: the display size divided by 8).
"""

from __future__ import annotations

import numpy as np
import torch

from sora_pipeline import world

# Native (height, width) per aspect ratio; display = 8x these (256x256, 384 wide x 256 high, 256 wide x 384 high).
NATIVE_SIZES: dict[str, tuple[int, int]] = {"square": (32, 32), "landscape": (32, 48), "portrait": (48, 32)}
FRAME_COUNTS: tuple[int, ...] = (1, 8, 16, 24, 32)
BUCKETS: tuple[tuple[int, int, int], ...] = tuple((t, h, w) for t in FRAME_COUNTS for h, w in NATIVE_SIZES.values())
# Sampling weight of a bucket: the default 2 s square clip matters most; single images and 4 s clips least.
_T_WEIGHT = {1: 0.08, 8: 0.2, 16: 0.37, 24: 0.15, 32: 0.2}
_ASPECT_WEIGHT = {(32, 32): 0.5, (32, 48): 0.25, (48, 32): 0.25}
BUCKET_WEIGHTS: tuple[float, ...] = tuple(_T_WEIGHT[t] * _ASPECT_WEIGHT[(h, w)] for t, h, w in BUCKETS)

HELD_OUT_WORDS: frozenset[str] = frozenset({
    "orb", "crate", "wedge",  # shapes
    "scarlet", "jade", "cobalt", "canary", "lavender", "turquoise",  # colours
    "ebony", "ivory", "slate", "chocolate",  # backgrounds
    "westward", "eastward", "ascending", "plunging", "swelling", "dwindling",  # motions
})
TRAIN_TEMPLATES: tuple[str, ...] = (
    "a {color} {shape} {motion} on a {bg} background",
    "{color} {shape} {motion} against a {bg} backdrop",
    "a {color} {shape} that is {motion}, on a {bg} background",
    "on a {bg} background, a {color} {shape} is {motion}",
    "video of a {color} {shape} {motion} over a {bg} backdrop",
    "the {color} {shape} is {motion} on a {bg} canvas",
    "a {color} {shape} {motion} in front of a {bg} wall",
    "a single {color} {shape}, {motion}, {bg} background",
)
HELD_OUT_TEMPLATES: tuple[str, ...] = (
    "there is a {color} {shape} {motion} on a {bg} screen",
    "watch the {color} {shape} {motion} across a {bg} field",
)
# Motion phrases in caption grammar; each contains a key of world.MOTION_WORDS so the parser understands it.
MOTION_PHRASES: dict[str, tuple[str, ...]] = {
    "moving left": ("moving left", "moving to the left", "drifting leftward", "sliding leftwards",
                    "gliding to the left", "heading westward", "drifting westward"),
    "moving right": ("moving right", "moving to the right", "drifting rightward", "sliding rightwards",
                     "gliding to the right", "heading eastward", "drifting eastward"),
    "moving up": ("moving up", "rising", "floating up", "drifting upward", "climbing", "lifting skyward",
                  "ascending"),
    "moving down": ("moving down", "falling", "sinking", "dropping", "drifting downward", "descending",
                    "plunging"),
    "growing": ("growing", "expanding", "getting bigger", "getting larger", "inflating", "scaling up",
                "swelling"),
    "shrinking": ("shrinking", "contracting", "getting smaller", "deflating", "diminishing", "scaling down",
                  "dwindling"),
}


def _synonyms(table: dict[str, str], canonical: str, include_held_out: bool) -> list[str]:
    words = [w for w, name in table.items() if name == canonical]
    return [w for w in words if include_held_out or w not in HELD_OUT_WORDS]


def paraphrase(scene: world.Scene, rng: np.random.Generator, held_out: bool = False) -> str:
    """One paraphrase of the scene. held_out=False uses training words/templates only; True uses only held-out
    templates and prefers held-out words (for evaluation)."""
    def pick(options: list[str] | tuple[str, ...], canonical: str) -> str:
        options = [o for o in options if held_out or not (set(o.split()) & HELD_OUT_WORDS)]
        if held_out:
            options = [o for o in options if set(o.split()) & HELD_OUT_WORDS] or options
        return options[rng.integers(len(options))] if options else canonical

    # Plural nouns and the bare adjective "round" do not fit the singular templates.
    shape_words = [w for w in _synonyms(world.SHAPE_WORDS, scene.shape, held_out)
                   if not w.endswith("s") and w != "round"]
    color = pick(_synonyms(world.COLOR_WORDS, scene.color, held_out), scene.color)
    shape = pick(shape_words, scene.shape)
    bg = pick(_synonyms(world.BACKGROUND_WORDS, scene.background, held_out), scene.background)
    motion = pick(MOTION_PHRASES[scene.motion], scene.motion)
    templates = HELD_OUT_TEMPLATES if held_out else TRAIN_TEMPLATES
    return templates[rng.integers(len(templates))].format(color=color, shape=shape, motion=motion, bg=bg)


def _parses_to(text: str, scene: world.Scene) -> bool:
    got = world.parse_caption(text)
    want = {"shape": scene.shape, "color": scene.color, "background": scene.background, "motion": scene.motion}
    return got == want


def training_scenes() -> list[world.Scene]:
    """All scenes except world.HELD_OUT_SCENES (389 of 432)."""
    held = set(world.HELD_OUT_SCENES)
    return [s for s in world.all_scenes() if s not in held]


def caption_pool(scenes: list[world.Scene], per_scene: int, seed: int = 0) -> tuple[list[str], list[int]]:
    """(texts, scene index of each text): canonical captions first, then paraphrases that parse correctly."""
    rng = np.random.default_rng(seed)
    texts = [world.caption(s) for s in scenes]
    owner = list(range(len(scenes)))
    for i, scene in enumerate(scenes):
        made: set[str] = set()
        for _ in range(per_scene * 4):
            if len(made) >= per_scene:
                break
            text = paraphrase(scene, rng)
            if text not in made and text != texts[i] and _parses_to(text, scene):
                made.add(text)
        texts.extend(sorted(made))
        owner.extend([i] * len(made))
    return texts, owner


def render_batch(scenes: list[world.Scene], bucket: tuple[int, int, int], rng: np.random.Generator,
                 supersample: int = 4) -> torch.Tensor:
    """(B, 3, T, H, W) float pixels in [-1, 1] of freshly rendered clips of the given scenes."""
    t, h, w = bucket
    clips = np.stack([world.render_clip(s, t, h, w, rng, supersample=supersample) for s in scenes])  # (B,T,H,W,3)
    x = torch.from_numpy(clips).float().div(127.5).sub(1.0)
    return x.permute(0, 4, 1, 2, 3).contiguous()  # (B, 3, T, H, W)


def sample_known_mask(num_frames: int, rng: np.random.Generator) -> np.ndarray:
    """(T,) bool mask of known frames as used by the editing tasks: first k (image-to-video, extend forward),
    last k (extend backward) or both ends (loop, blend)."""
    mask = np.zeros(num_frames, dtype=bool)
    if num_frames < 2:
        return mask

    def k() -> int:
        return int(min(num_frames - 1, rng.choice([1, 1, 2, max(1, num_frames // 4), max(1, num_frames // 2)])))

    kind = rng.integers(3)
    if kind == 0:
        mask[:k()] = True
    elif kind == 1:
        mask[num_frames - k():] = True
    else:
        a, b = k(), k()
        if a + b >= num_frames:
            a, b = 1, 1
        mask[:a] = True
        mask[num_frames - b:] = True
    return mask
