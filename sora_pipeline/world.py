"""The procedural world the embedded model is trained on: its vocabulary, captions, parser and renderer.

One shape on a plain background, moving or changing size. This module is the single source of truth for what
the words mean (names -> RGB, motions), shared by the training data, the caption parser used by the prompt
upsampler, and the evaluation that measures generated clips.

Shapes: T H W are frames / height / width in pixels. Rendered clips are uint8 RGB arrays of shape (T, H, W, 3).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

SHAPES: tuple[str, ...] = ("circle", "square", "triangle")
COLORS: dict[str, tuple[int, int, int]] = {
    "red": (230, 30, 30),
    "green": (30, 190, 40),
    "blue": (40, 70, 245),
    "yellow": (240, 225, 30),
    "purple": (150, 40, 200),
    "cyan": (30, 220, 225),
}
BACKGROUNDS: dict[str, tuple[int, int, int]] = {
    "black": (0, 0, 0),
    "white": (255, 255, 255),
    "gray": (128, 128, 128),
    "brown": (115, 70, 25),
}
MOTIONS: tuple[str, ...] = ("moving left", "moving right", "moving up", "moving down", "growing", "shrinking")

# Words people use for the world's attributes. Keys are lower-case phrases; values are canonical names.
# Multi-word phrases are matched before single words (longest first).
SHAPE_WORDS: dict[str, str] = {
    "circle": "circle", "circles": "circle", "ball": "circle", "balls": "circle", "disc": "circle",
    "disk": "circle", "dot": "circle", "orb": "circle", "sphere": "circle", "round shape": "circle",
    "ring": "circle", "bubble": "circle", "coin": "circle", "round": "circle",
    "square": "square", "squares": "square", "box": "square", "cube": "square", "block": "square",
    "tile": "square", "rectangle": "square", "quad": "square", "crate": "square",
    "triangle": "triangle", "triangles": "triangle", "pyramid": "triangle", "wedge": "triangle",
    "arrowhead": "triangle", "delta": "triangle", "three-sided shape": "triangle", "cone": "triangle",
}
COLOR_WORDS: dict[str, str] = {
    "red": "red", "crimson": "red", "scarlet": "red", "ruby": "red", "cherry": "red", "vermilion": "red",
    "cardinal": "red", "blood-red": "red", "tomato": "red", "rose": "red",
    "green": "green", "emerald": "green", "lime": "green", "jade": "green", "grassy": "green",
    "leafy": "green", "forest green": "green", "kelly green": "green", "mint": "green",
    "blue": "blue", "navy": "blue", "azure": "blue", "sapphire": "blue", "cobalt": "blue",
    "royal blue": "blue", "ultramarine": "blue", "indigo": "blue",
    "yellow": "yellow", "golden": "yellow", "gold": "yellow", "lemon": "yellow", "canary": "yellow",
    "mustard": "yellow", "sunny": "yellow", "banana": "yellow", "amber": "yellow",
    "purple": "purple", "violet": "purple", "lilac": "purple", "lavender": "purple", "plum": "purple",
    "magenta": "purple", "mauve": "purple", "amethyst": "purple", "grape": "purple",
    "cyan": "cyan", "teal": "cyan", "turquoise": "cyan", "aqua": "cyan", "aquamarine": "cyan",
    "sky-blue": "cyan", "light blue": "cyan",
}
BACKGROUND_WORDS: dict[str, str] = {
    "black": "black", "dark": "black", "night": "black", "pitch-black": "black", "pitch black": "black",
    "ebony": "black", "jet": "black", "inky": "black", "midnight": "black", "darkness": "black",
    "white": "white", "snowy": "white", "snow": "white", "ivory": "white", "bright": "white", "pale": "white",
    "milky": "white", "blank": "white", "paper": "white", "light": "white",
    "gray": "gray", "grey": "gray", "silver": "gray", "slate": "gray", "ash": "gray", "ashen": "gray",
    "charcoal": "gray", "concrete": "gray", "neutral": "gray", "stone": "gray",
    "brown": "brown", "chocolate": "brown", "earthy": "brown", "earth": "brown", "wooden": "brown",
    "wood": "brown", "mud": "brown", "muddy": "brown", "dirt": "brown", "sepia": "brown", "tan": "brown",
    "coffee": "brown", "mahogany": "brown", "chestnut": "brown", "soil": "brown", "umber": "brown",
}
MOTION_WORDS: dict[str, str] = {
    "moving left": "moving left", "to the left": "moving left", "leftward": "moving left",
    "leftwards": "moving left", "westward": "moving left", "left": "moving left",
    "moving right": "moving right", "to the right": "moving right", "rightward": "moving right",
    "rightwards": "moving right", "eastward": "moving right", "right": "moving right",
    "moving up": "moving up", "upward": "moving up", "upwards": "moving up", "rising": "moving up",
    "ascending": "moving up", "climbing": "moving up", "floating up": "moving up", "rises": "moving up",
    "lifting": "moving up", "up": "moving up", "skyward": "moving up",
    "moving down": "moving down", "downward": "moving down", "downwards": "moving down",
    "falling": "moving down", "sinking": "moving down", "descending": "moving down", "dropping": "moving down",
    "falls": "moving down", "sinks": "moving down", "down": "moving down", "plunging": "moving down",
    "growing": "growing", "grows": "growing", "expanding": "growing", "expands": "growing",
    "getting bigger": "growing", "getting larger": "growing", "swelling": "growing", "inflating": "growing",
    "enlarging": "growing", "zooming in": "growing", "scaling up": "growing", "becoming larger": "growing",
    "shrinking": "shrinking", "shrinks": "shrinking", "contracting": "shrinking", "getting smaller": "shrinking",
    "dwindling": "shrinking", "deflating": "shrinking", "diminishing": "shrinking", "scaling down": "shrinking",
    "becoming smaller": "shrinking", "collapsing": "shrinking", "zooming out": "shrinking",
    # Added for the prompt upsampler: more verb forms people type.
    "grow": "growing", "gets bigger": "growing", "gets larger": "growing", "get bigger": "growing",
    "shrink": "shrinking", "gets smaller": "shrinking", "get smaller": "shrinking",
    "ascends": "moving up", "climbs": "moving up", "descends": "moving down", "drops": "moving down",
}
# Words after which a colour names the background rather than the shape.
_BACKGROUND_NOUNS = r"(?:background|backdrop|backgrounds|field|canvas|screen|scene|setting|surface|wall|void|sky)"


@dataclass(frozen=True)
class Scene:
    """One clip's attributes, each a canonical name from the tables above."""

    shape: str
    color: str
    background: str
    motion: str

    def __post_init__(self) -> None:
        for value, allowed in ((self.shape, SHAPES), (self.color, COLORS), (self.background, BACKGROUNDS),
                               (self.motion, MOTIONS)):
            if value not in allowed:
                raise ValueError(f"{value!r} is not one of {sorted(allowed)}")


def caption(scene: Scene) -> str:
    """The canonical caption, e.g. 'a red circle moving left on a black background'."""
    return f"a {scene.color} {scene.shape} {scene.motion} on a {scene.background} background"


def all_scenes() -> list[Scene]:
    """Every combination of attributes (3 * 6 * 4 * 6 = 432 scenes), in a fixed order."""
    return [Scene(s, c, b, m) for s in SHAPES for c in COLORS for b in BACKGROUNDS for m in MOTIONS]


def _find(words: dict[str, str], text: str) -> list[tuple[int, int, str]]:
    """All non-overlapping matches of the table's phrases in text as (start, end, canonical), longest first."""
    taken: list[tuple[int, int, str]] = []
    for phrase in sorted(words, key=len, reverse=True):
        for m in re.finditer(rf"(?<![\w-]){re.escape(phrase)}(?![\w-])", text):
            if all(m.end() <= a or m.start() >= b for a, b, _ in taken):
                taken.append((m.start(), m.end(), words[phrase]))
    return sorted(taken)


def parse_caption(text: str) -> dict[str, str]:
    """Attributes a free-form sentence states, as canonical names; attributes it does not state are absent.

    'a crimson ball drifting leftward over a dark backdrop' -> {shape: circle, color: red, motion: moving left,
    background: black}. A colour word directly before a background noun ('on a dark backdrop', 'gray background')
    names the background; the first other colour names the shape.
    """
    t = " ".join(text.lower().replace("colour", "color").split())
    found: dict[str, str] = {}
    bg_span: tuple[int, int] | None = None
    for word_start, word_end, name in _find({**BACKGROUND_WORDS, **COLOR_WORDS}, t):
        tail = t[word_end:]
        if re.match(rf"\s*(?:colou?red\s+)?{_BACKGROUND_NOUNS}\b", tail):
            if name in BACKGROUNDS or BACKGROUND_WORDS.get(t[word_start:word_end]) in BACKGROUNDS:
                found["background"] = BACKGROUND_WORDS.get(t[word_start:word_end], name)
                bg_span = (word_start, word_end)
                break
    if "background" not in found:
        # 'on black', 'against white': a background colour after a preposition with no noun.
        m = re.search(r"\b(?:on|against|over)\s+(?:a\s+|an\s+|the\s+)?(\w[\w-]*)\s*(?:[.,;]|$)", t)
        if m and m.group(1) in BACKGROUND_WORDS:
            found["background"] = BACKGROUND_WORDS[m.group(1)]
            bg_span = m.span(1)
    for start, end, name in _find(COLOR_WORDS, t):
        if bg_span and start < bg_span[1] and end > bg_span[0]:
            continue
        if bg_span and start > bg_span[0]:
            continue  # colours after the background phrase describe the background, not the shape
        found["color"] = name
        break
    shapes = _find(SHAPE_WORDS, t)
    if shapes:
        found["shape"] = shapes[0][2]
    motions = _find(MOTION_WORDS, t)
    # A bare direction ('on the left') is weaker evidence than a motion phrase ('drifting leftward').
    explicit = [m for m in motions if t[m[0]:m[1]] not in ("left", "right", "up", "down")]
    if explicit or motions:
        found["motion"] = (explicit or motions)[0][2]
    return found


def render_clip(scene: Scene, num_frames: int, height: int, width: int, rng: np.random.Generator,
                supersample: int = 4) -> np.ndarray:
    """Render one clip of the scene: uint8 RGB array (T, H, W, 3), anti-aliased by supersampling.

    Motion is defined over the whole clip: a moving shape travels 0.4-0.5 of the frame (less when a large
    shape would leave it); a growing shape goes from
    small to large (and shrinking the reverse), centred at a random point that keeps it inside the frame.
    """
    if num_frames < 1 or height < 8 or width < 8:
        raise ValueError(f"clip must have >= 1 frame and >= 8x8 pixels, got {num_frames}x{height}x{width}")
    s = supersample
    ys = (np.arange(height * s) + 0.5) / s  # pixel-centre coordinates in output pixels
    xs = (np.arange(width * s) + 0.5) / s
    yy, xx = np.meshgrid(ys, xs, indexing="ij")  # (H*s, W*s)
    short = min(height, width)
    u = np.linspace(0.0, 1.0, num_frames) if num_frames > 1 else np.zeros(1)  # clip progress in [0, 1]

    if scene.motion in ("growing", "shrinking"):
        r0, r1 = rng.uniform(0.10, 0.14) * short, rng.uniform(0.30, 0.36) * short
        if scene.motion == "shrinking":
            r0, r1 = r1, r0
        radius = r0 + (r1 - r0) * u
        cy = np.full(num_frames, rng.uniform(0.38, 0.62) * height)
        cx = np.full(num_frames, rng.uniform(0.38, 0.62) * width)
    else:
        # Shapes span 2-3 DiT tokens (radius 0.2-0.25 of the short side): at 0.14-0.2 a shape fit in ~1.5 tokens
        # and the trained model drew every shape as a round blob (docs/MODEL.md).
        radius = np.full(num_frames, rng.uniform(0.2, 0.25) * short)
        r = radius[0]
        horizontal = scene.motion in ("moving left", "moving right")
        extent, across = (width, height) if horizontal else (height, width)
        travel = min(rng.uniform(0.4, 0.5) * extent, extent - 2 * r - 2)  # stays inside the frame
        start = rng.uniform(r + 1, max(r + 1, extent - r - 1 - travel))
        along = start + travel * u
        if scene.motion in ("moving left", "moving up"):
            along = extent - along
        perp = np.full(num_frames, rng.uniform(r + 1, across - r - 1))
        cx, cy = (along, perp) if horizontal else (perp, along)

    dy = yy[None] - cy[:, None, None]  # (T, H*s, W*s)
    dx = xx[None] - cx[:, None, None]
    rr = radius[:, None, None]
    if scene.shape == "circle":
        mask = dx**2 + dy**2 <= rr**2
    elif scene.shape == "square":
        half = rr * 0.886  # same area as the circle of radius r
        mask = (np.abs(dx) <= half) & (np.abs(dy) <= half)
    else:  # upward-pointing equilateral triangle with circumradius 1.2 r, centred on its centroid
        R = rr * 1.2
        mask = (dy <= R / 2) & (np.sqrt(3) * dx - dy <= R) & (-np.sqrt(3) * dx - dy <= R)
    cover = mask.reshape(num_frames, height, s, width, s).mean(axis=(2, 4))[..., None]  # (T, H, W, 1)
    fg = np.asarray(COLORS[scene.color], dtype=np.float32)
    bg = np.asarray(BACKGROUNDS[scene.background], dtype=np.float32)
    clip = bg * (1.0 - cover) + fg * cover
    return np.clip(np.rint(clip), 0, 255).astype(np.uint8)


def _held_out_scenes(count: int = 43, seed: int = 1234) -> tuple[Scene, ...]:
    """A fixed ~10% of scenes kept out of training, chosen so every attribute pair is still seen in training."""
    scenes = all_scenes()
    rng = np.random.default_rng(seed)

    def pairs(s: Scene) -> set[tuple[str, str]]:
        a = (s.shape, s.color, s.background, s.motion)
        return {(a[i], a[j]) for i in range(4) for j in range(i + 1, 4)}

    while True:
        picked = [scenes[i] for i in sorted(rng.choice(len(scenes), size=count, replace=False))]
        kept = [s for s in scenes if s not in picked]
        if set().union(*map(pairs, picked)) <= set().union(*map(pairs, kept)):
            return tuple(picked)


# Combinations never shown in training, used to measure generalisation (see sora_pipeline/evaluate.py).
HELD_OUT_SCENES: tuple[Scene, ...] = _held_out_scenes()
