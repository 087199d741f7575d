"""The embedded model with tiny random configs (seconds on CPU), plus one check of the shipped weights."""

from __future__ import annotations

import numpy as np
import pytest
import torch

from sora_pipeline import data, sampler, world
from sora_pipeline.autoencoder import VideoAutoencoder
from sora_pipeline.dit import DiT, sincos_3d
from sora_pipeline.pipeline import DEFAULT_MODEL_DIR, DISPLAY_SIZES, NUM_FRAMES, SoraPipeline, load_default_pipeline
from sora_pipeline.text_encoder import TextEncoder

PROMPT = "a red circle moving right on a white background"


def tiny_pipeline(seed: int = 0) -> SoraPipeline:
    """A pipeline of tiny random modules whose every weight is non-zero (adaLN-Zero would hide the DiT)."""
    torch.manual_seed(seed)
    vae = VideoAutoencoder(latent_channels=4, width=8)
    dit = DiT(in_channels=4, width=32, depth=2, heads=2)
    with torch.no_grad():
        for p in dit.parameters():
            p.add_(0.05 * torch.randn_like(p))
    return SoraPipeline(vae=vae.eval(), transformer=dit.eval())


@pytest.fixture(scope="module")
def pipe() -> SoraPipeline:
    return tiny_pipeline()


@pytest.mark.parametrize("shape", [(2, 4, 8, 8, 8), (1, 4, 2, 8, 12), (3, 6, 16, 12, 8)])
def test_patchify_unpatchify_identity(shape):
    dit = DiT(in_channels=shape[1], width=32, depth=1, heads=2)
    x = torch.randn(shape)
    tokens = dit.patchify(x)
    b, c, t, h, w = shape
    assert tokens.shape == (b, (t // 2) * (h // 2) * (w // 2), c * 8)
    assert torch.equal(dit.unpatchify(tokens, t, h, w), x)


def test_adaln_zero_blocks_start_as_identity():
    dit = DiT(in_channels=4, width=32, depth=2, heads=2)
    x, text = torch.randn(2, 10, 32), torch.randn(2, 5, 384)
    mask, temb = torch.ones(2, 5, dtype=torch.bool), torch.randn(2, 32)
    for block in dit.transformer_blocks:
        assert torch.equal(block(x, text, temb, mask), x)
    out = dit(torch.randn(2, 4, 4, 8, 8), torch.zeros(2, 5, 4, 8, 8), torch.rand(2), text, mask, torch.randn(2, 384))
    assert torch.equal(out, torch.zeros_like(out))  # zero-initialised final layer


def test_position_embedding_any_grid():
    for t, h, w in [(1, 4, 4), (8, 4, 6), (16, 6, 4)]:
        emb = sincos_3d(128, t, h, w)
        assert emb.shape == (t * h * w, 128)
        assert torch.unique(emb, dim=0).shape[0] == t * h * w  # every token position is distinct


def test_euler_step_matches_closed_form():
    x, v = torch.randn(1, 4, 2, 8, 8), torch.randn(1, 4, 2, 8, 8)
    assert torch.equal(sampler.euler_step(x, v, 0.75, 0.5), x + (0.5 - 0.75) * v)
    vc, vu = torch.randn(3), torch.randn(3)
    assert torch.allclose(sampler.guided_velocity(vc, vu, 4.0), vu + 4.0 * (vc - vu))
    assert torch.equal(sampler.guided_velocity(vc, vu, 1.0), vc)


def test_denoise_with_exact_velocity_lands_on_the_data():
    """For one data point x0, the rectified-flow velocity is (x - x0) / t; Euler follows the straight line."""
    x0, noise = torch.randn(1, 4, 3, 4, 4), torch.randn(1, 4, 3, 4, 4)
    schedule = sampler.get_schedule(7, shift=3.0)
    assert schedule[0] == 1.0 and schedule[-1] == 0.0 and bool((schedule[1:] < schedule[:-1]).all())
    calls = []
    out = sampler.denoise(lambda x, t: ((x - x0) / t[0],) * 2, noise, schedule, 5.0,
                          callback=lambda i, n: calls.append((i, n)))
    assert torch.allclose(out, x0, atol=1e-5)
    assert calls == [(i, 7) for i in range(1, 8)]


def test_noise_is_seeded_on_cpu():
    a = sampler.get_noise((2, 3), torch.Generator().manual_seed(3))
    b = sampler.get_noise((2, 3), torch.Generator().manual_seed(3))
    assert torch.equal(a, b)


def test_autoencoder_shapes():
    ae = VideoAutoencoder(latent_channels=4, width=8)
    x = torch.rand(2, 3, 5, 32, 48) * 2 - 1
    z = ae.encode(x)
    assert z.shape == (2, 4, 5, 8, 12)
    assert ae.decode(z).shape == x.shape
    with pytest.raises(ValueError, match="30"):
        ae.encode(torch.zeros(1, 3, 1, 30, 32))


def test_text_encoder_tokens_mask_pooled():
    enc = TextEncoder.load()
    emb = enc([PROMPT, ""])
    assert emb.tokens.shape[0] == 2 and emb.tokens.shape[2] == 384 and emb.pooled.shape == (2, 384)
    n = int(emb.mask[0].sum())
    assert torch.allclose(emb.pooled[0], emb.tokens[0, :n].mean(0), atol=1e-5)
    assert int(emb.mask[1].sum()) == 2  # the empty prompt is [CLS] [SEP]


@pytest.mark.parametrize("size", list(DISPLAY_SIZES))
def test_output_shapes_every_size_and_duration(pipe, size):
    height, width = size
    for num_frames in NUM_FRAMES:
        out = pipe(PROMPT, height=height, width=width, num_frames=num_frames, num_inference_steps=1, seed=0)
        assert out.frames.shape == (num_frames, height, width, 3)
        assert out.frames.dtype == np.uint8
        assert out.latents.shape == (1, 4, num_frames, height // 32, width // 32)


def test_same_seed_same_frames_different_seed_different(pipe):
    kw = dict(num_frames=8, num_inference_steps=3)
    a = pipe(PROMPT, generator=torch.Generator().manual_seed(1), **kw).frames
    b = pipe(PROMPT, generator=torch.Generator().manual_seed(1), **kw).frames
    c = pipe(PROMPT, generator=torch.Generator().manual_seed(2), **kw).frames
    assert np.array_equal(a, b)
    assert not np.array_equal(a, c)
    assert np.array_equal(a, pipe(PROMPT, seed=1, **kw).frames)


def test_callback_reports_every_step(pipe):
    calls = []
    pipe(PROMPT, num_frames=8, num_inference_steps=4, seed=0, callback=lambda i, n: calls.append((i, n)))
    assert calls == [(1, 4), (2, 4), (3, 4), (4, 4)]


def test_save_load_round_trip(pipe, tmp_path):
    pipe.save_pretrained(tmp_path)
    loaded = SoraPipeline.from_pretrained(tmp_path)
    kw = dict(num_frames=8, num_inference_steps=2, seed=5)
    assert np.array_equal(pipe(PROMPT, **kw).frames, loaded(PROMPT, **kw).frames)
    assert not (tmp_path / "text_encoder").exists()  # MiniLM comes from its wheel, never copied


@pytest.mark.parametrize("kwargs, quoted", [
    (dict(height=300, width=256), "300"), (dict(height=256, width=512), "512"), (dict(num_frames=12), "12"),
    (dict(num_frames=0), "0"), (dict(num_inference_steps=0), "0"), (dict(guidance_scale=-1.0), "-1.0"),
    (dict(known_frames=np.zeros((16, 256, 256, 3), np.uint8), known_mask=np.zeros(8, bool)), "(8,)"),
])
def test_invalid_arguments_raise_value_error(pipe, kwargs, quoted):
    with pytest.raises(ValueError) as err:
        pipe(PROMPT, **kwargs)
    assert quoted in str(err.value)
    if "height" in kwargs:
        assert "384x256" in str(err.value)  # the message lists the supported sizes


def test_training_data_keeps_held_out_scenes_and_words_out():
    scenes = data.training_scenes()
    assert len(scenes) == 432 - len(world.HELD_OUT_SCENES) and not set(scenes) & set(world.HELD_OUT_SCENES)
    texts, owner = data.caption_pool(scenes[:40], per_scene=6, seed=0)
    for text, i in zip(texts, owner):
        assert not set(text.replace(",", " ").split()) & data.HELD_OUT_WORDS, text
        assert world.parse_caption(text) == {"shape": scenes[i].shape, "color": scenes[i].color,
                                             "background": scenes[i].background, "motion": scenes[i].motion}


def test_shipped_model_follows_a_canonical_prompt():
    """The exported model paints the background it is asked for (white vs black), 16 frames at 256x256."""
    pipe = load_default_pipeline()
    assert pipe.transformer.config.in_channels == pipe.vae.config.latent_channels
    for background, rgb in (("white", 255), ("black", 0)):
        frames = pipe(f"a red circle moving right on a {background} background", seed=0).frames
        corners = np.concatenate([frames[:, :16, :16], frames[:, -16:, -16:]]).reshape(-1, 3).astype(float)
        assert np.abs(corners.mean(0) - rgb).max() < 40, (background, corners.mean(0))
    assert DEFAULT_MODEL_DIR.name == "model"


def test_flow_loss_weights_the_shape_latents_and_skips_known_frames():
    from sora_pipeline.train import flow_loss

    torch.manual_seed(0)
    dit = DiT(in_channels=4, width=32, depth=1, heads=2)
    x0 = torch.randn(2, 4, 4, 4, 4)
    fg = torch.zeros(2, 1, 4, 4, 4, dtype=torch.bool)
    fg[..., 1:3, 1:3] = True  # the "shape" covers the centre of every frame
    batch = {"x0": x0, "fg": fg, "tokens": torch.randn(2, 5, 384), "mask": torch.ones(2, 5, dtype=torch.bool),
             "pooled": torch.randn(2, 384), "known": torch.zeros(2, 4, dtype=torch.bool)}

    def loss(weight, **changes):
        return flow_loss(dit, {**batch, **changes}, torch.Generator().manual_seed(1), weight)

    plain, none_marked = loss(0.0), loss(4.0, fg=torch.zeros_like(fg))
    assert torch.allclose(plain, none_marked)  # a weighted mean: with nothing marked it is the plain loss
    assert torch.isfinite(loss(4.0)) and not torch.allclose(loss(4.0), plain)
    assert loss(4.0, known=torch.ones(2, 4, dtype=torch.bool)) == 0  # known frames are never scored
    edge = torch.zeros_like(fg)
    edge[..., 1, 1:3] = True  # the outline: part of the shape's latents

    def edged(weight):
        return flow_loss(dit, {**batch, "edge": edge}, torch.Generator().manual_seed(1), 4.0, weight)

    assert torch.allclose(edged(0.0), loss(4.0))  # no edge weight: the foreground-weighted loss
    assert not torch.allclose(edged(4.0), loss(4.0))


def test_clip_pool_renders_squares_more_often_when_asked():
    # The hardest shape is oversampled: TrainConfig.square_weight scales each square scene's chance of being
    # rendered into the pool (initially and on refresh); 1.0 is uniform over scenes.
    from sora_pipeline.autoencoder import VideoAutoencoder
    from sora_pipeline.train import ClipPool

    torch.manual_seed(0)
    ae = VideoAutoencoder(latent_channels=4, width=8).eval()
    scenes = data.training_scenes()
    squares = np.array([s.shape == "square" for s in scenes])

    def square_share(weight: float) -> tuple[float, ClipPool]:
        pool = ClipPool(ae, scenes, 24, np.random.default_rng(0), square_weight=weight)
        pool.refresh(60)
        owners = np.concatenate(list(pool.owner.values()))
        return squares[owners].mean(), pool

    uniform, pool = square_share(1.0)
    assert np.allclose(pool.scene_p, 1 / len(scenes))
    weighted, pool = square_share(3.0)
    expected = 3 * squares.sum() / (3 * squares.sum() + (~squares).sum())  # ~0.6 of draws
    assert np.isclose(pool.scene_p[squares].sum(), expected)
    assert abs(uniform - squares.mean()) < 0.08 and abs(weighted - expected) < 0.08
    z = next(iter(pool.latents.values()))
    cover = next(iter(pool.cover.values()))
    assert z.shape[1] == 4 and cover.dtype == torch.uint8 and 0 < int(cover.max()) <= 16  # pixels of each 4x4 block


def test_dit_lr_continues_one_schedule_or_restarts_a_cycle():
    # Default: one warm-up + cosine schedule over all runs (a resume continues it over the new total budget).
    # restart_lr > 0: the resumed run is its own cycle (warm-up from the resumed step, cosine over --minutes).
    from sora_pipeline.train import TrainConfig, dit_lr

    cfg = TrainConfig(lr=3e-4)
    start, budget = {"step": 1000, "seconds": 600.0}, 1200.0  # resumed after 10 min, 10 more
    assert np.isclose(dit_lr(cfg, 0, 0.0, {"step": 0, "seconds": 0.0}, 600.0), 3e-4 / 200)  # warm-up
    assert np.isclose(dit_lr(cfg, 1000, 600.0, start, budget), 3e-4 * (0.15 + 0.85 * 0.5))  # half-way down
    assert np.isclose(dit_lr(cfg, 5000, 1200.0, start, budget), 3e-4 * 0.15)  # floor at the end

    restart = TrainConfig(lr=3e-4, restart_lr=1e-4)
    assert np.isclose(dit_lr(restart, 1000, 600.0, start, budget), 1e-4 / 200)  # warm-up again
    assert np.isclose(dit_lr(restart, 1200, 600.0, start, budget), 1e-4)  # peak of the new cycle
    assert np.isclose(dit_lr(restart, 1500, 900.0, start, budget), 1e-4 * (0.15 + 0.85 * 0.5))
    assert np.isclose(dit_lr(restart, 2000, 1200.0, start, budget), 1e-4 * 0.15)
