"""Train the embedded model: `python -m sora_pipeline.train --stage all` reproduces assets/model.

Stage "ae": the per-frame autoencoder on rendered frames (a few minutes), then its latent shift/scale.
Stage "dit": rectified-flow training of the DiT on latents of rendered clips in shape buckets (one bucket per
batch), canonical captions and paraphrases (MiniLM embeddings cached once in <out>/captions.pt), 10% dropped
text (classifier-free guidance) and ~40% of samples with known frames (the editing mechanism). Every
`--checkpoint-every` steps it writes <out>/dit_ckpt.pt (resumable: weights, EMA, optimizer, step, clock) and
exports the EMA model to --export-dir atomically (temp dir, then rename), plus a compact resume state
(assets/model/training_state.pt) so a later session can continue from the committed model with `--resume`.
Logs go to <out>/train.log (and stdout). Stops after --minutes of DiT training or on SIGTERM, saving first.
"""

from __future__ import annotations

import argparse
import copy
import logging
import math
import shutil
import signal
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import torch
import torch.nn.functional as F

from sora_pipeline import data
from sora_pipeline.autoencoder import VideoAutoencoder
from sora_pipeline.dit import DiT

log = logging.getLogger("sora_pipeline.train")
REPO = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class TrainConfig:
    out: Path = REPO / "runs" / "main"
    export_dir: Path = REPO / "assets" / "model"
    seed: int = 0
    threads: int = 2
    ae_steps: int = 3000  # flat shapes reconstruct sharply after several hundred steps of 32 frames
    ae_width: int = 64
    decoder_steps: int = 4000  # decoder-only refinement (can run while the DiT trains: latents do not change)
    latent_channels: int = 8
    ae_lr: float = 2e-3
    minutes: float = 80.0  # wall-clock budget of the DiT stage (CPU time is the constraint)
    lr: float = 3e-4
    restart_lr: float = 0.0  # > 0 with --resume: a fresh warm-up + cosine cycle peaking here over --minutes
    batch_tokens: int = 2048  # tokens per batch; the batch size follows from the bucket's token count
    max_batch: int = 64
    captions_per_scene: int = 12
    pool_per_bucket: int = 300  # rendered clips kept per bucket; `refresh` are replaced by fresh renders each step
    refresh: int = 3
    square_weight: float = 2.0  # squares are rendered this much more often than circles and triangles (hardest class)
    fg_weight: float = 4.0  # extra loss weight on latents covered by the shape (see flow_loss)
    edge_weight: float = 4.0  # further weight on latents the shape's outline crosses (where its identity lives)
    p_uncond: float = 0.1  # classifier-free guidance: text replaced by the empty prompt's embedding
    p_known: float = 0.4  # samples trained with known frames (image-to-video, extend, loop, blend)
    p_canonical: float = 0.25  # share of canonical captions among the sampled captions
    ema: float = 0.999
    checkpoint_every: int = 250
    log_every: int = 25
    width: int = 128
    depth: int = 4
    heads: int = 4


# ----------------------------------------------------------------------------------------------- autoencoder
def foreground(x: torch.Tensor) -> torch.Tensor:
    """(B, 1, T, H, W) bool: pixels of rendered clips (B, 3, T, H, W) in [-1, 1] that differ from the
    background, read from the top-left pixel (the world keeps shapes off the corners)."""
    return (x - x[..., :1, :1]).abs().amax(1, keepdim=True) > 0.05


def train_autoencoder(cfg: TrainConfig) -> VideoAutoencoder:
    """Train the autoencoder on frames of rendered training clips; save it to <out>/ae and return it."""
    rng = np.random.default_rng(cfg.seed)
    torch.manual_seed(cfg.seed)
    scenes = data.training_scenes()
    ae = VideoAutoencoder(latent_channels=cfg.latent_channels, width=cfg.ae_width)
    opt = torch.optim.AdamW(ae.parameters(), lr=cfg.ae_lr, weight_decay=0.0)
    t0 = time.time()
    for step in range(1, cfg.ae_steps + 1):
        lr = cfg.ae_lr * min(1.0, step / 100) * 0.5 * (1 + math.cos(math.pi * step / cfg.ae_steps))
        for group in opt.param_groups:
            group["lr"] = lr
        h, w = list(data.NATIVE_SIZES.values())[rng.integers(3)]
        batch = [scenes[i] for i in rng.integers(len(scenes), size=4)]
        x = data.render_batch(batch, (8, h, w), rng)  # (4, 3, 8, H, W)
        z = ae.encode_raw(x)
        # Decoding slightly noisy latents teaches the decoder to snap imperfect diffusion samples back to clean
        # shapes; the noise level varies per clip, zero for some, so reconstruction stays exact.
        sigma = 0.05 * torch.rand(z.shape[0], 1, 1, 1, 1) * z.detach().std()
        recon = ae.decode_raw(z + sigma * torch.randn_like(z))
        # Shapes cover a few percent of the pixels: weight them up so the background cannot win the loss.
        fg = foreground(x).float()  # (B, 1, T, H, W)
        weight = 1 + 9 * fg
        loss = ((recon - x).abs() * weight).mean() + ((recon - x).pow(2) * weight).mean() + 1e-4 * z.pow(2).mean()
        opt.zero_grad(set_to_none=True)
        loss.backward()
        opt.step()
        if step % cfg.log_every == 0 or step == 1:
            psnr = -10 * math.log10(F.mse_loss(recon, x).item() / 4 + 1e-12)  # range 2 -> peak^2 = 4
            log.info("ae step %d loss %.4f psnr %.1f dB lr %.2e %.1fs", step, loss.item(), psnr, lr, time.time() - t0)
    ae.eval()
    with torch.no_grad():  # latent statistics for normalisation, as Stable Diffusion's scaling_factor
        zs = torch.cat([ae.encode_raw(data.render_batch([scenes[i] for i in rng.integers(len(scenes), size=16)],
                                                        (16, 32, 32), rng)) for _ in range(8)])
    ae.register_to_config(shift_factor=float(zs.mean()), scaling_factor=float(1.0 / zs.std()))
    log.info("ae latent shift %.4f scale %.4f", ae.config.shift_factor, ae.config.scaling_factor)
    ae.save_pretrained(cfg.out / "ae")
    return ae


def refine_decoder(cfg: TrainConfig, steps: int) -> None:
    """Train only the decoder of <out>/ae for `steps` more steps and save it back; the encoder (and so every
    latent the DiT trains on) is unchanged, which is checked before saving."""
    rng = np.random.default_rng(cfg.seed + 7)
    scenes = data.training_scenes()
    ae = VideoAutoencoder.from_pretrained(cfg.out / "ae")
    encoder_before = {k: v.clone() for k, v in ae.encoder.state_dict().items()}
    ae.encoder.requires_grad_(False)
    opt = torch.optim.AdamW(ae.decoder.parameters(), lr=cfg.ae_lr / 2, weight_decay=0.0)
    t0 = time.time()
    for step in range(1, steps + 1):
        for group in opt.param_groups:
            group["lr"] = cfg.ae_lr / 2 * min(1.0, step / 50) * 0.5 * (1 + math.cos(math.pi * step / steps))
        h, w = list(data.NATIVE_SIZES.values())[rng.integers(3)]
        x = data.render_batch([scenes[i] for i in rng.integers(len(scenes), size=4)], (8, h, w), rng)
        with torch.no_grad():
            z = ae.encode(x)
        sigma = 0.1 * torch.rand(z.shape[0], 1, 1, 1, 1)  # normalised latents: unit scale
        recon = ae.decode(z + sigma * torch.randn_like(z))
        fg = foreground(x).float()  # (B, 1, T, H, W)
        loss = ((recon - x).abs() * (1 + 9 * fg)).mean() + ((recon - x).pow(2) * (1 + 9 * fg)).mean()
        opt.zero_grad(set_to_none=True)
        loss.backward()
        opt.step()
        if step % cfg.log_every == 0:
            psnr = -10 * math.log10(F.mse_loss(recon, x).item() / 4 + 1e-12)
            log.info("decoder step %d loss %.4f psnr %.1f dB %.1fs", step, loss.item(), psnr, time.time() - t0)
    if any(not torch.equal(v, ae.encoder.state_dict()[k]) for k, v in encoder_before.items()):
        raise RuntimeError("encoder weights changed during decoder refinement")
    tmp = cfg.out / "ae.tmp"
    shutil.rmtree(tmp, ignore_errors=True)
    ae.save_pretrained(tmp)
    shutil.rmtree(cfg.out / "ae")
    tmp.rename(cfg.out / "ae")
    log.info("refined decoder saved to %s", cfg.out / "ae")


# ----------------------------------------------------------------------------------------------- captions
def caption_cache(cfg: TrainConfig, scenes) -> dict:
    """MiniLM embeddings of the training caption pool, computed once and cached in <out>/captions.pt."""
    path = cfg.out / "captions.pt"
    if path.exists():
        return torch.load(path)
    from sora_pipeline.text_encoder import TextEncoder

    texts, owner = data.caption_pool(scenes, cfg.captions_per_scene, seed=cfg.seed)
    encoder = TextEncoder.load()
    parts = [encoder(texts[i:i + 128]) for i in range(0, len(texts), 128)]
    length = max(p.tokens.shape[1] for p in parts)
    parts = [p.pad_to(length) for p in parts]
    empty = encoder([""]).pad_to(length)
    cache = {
        "texts": texts, "owner": torch.tensor(owner),
        "tokens": torch.cat([p.tokens for p in parts]).half(), "mask": torch.cat([p.mask for p in parts]),
        "pooled": torch.cat([p.pooled for p in parts]),
        "empty_tokens": empty.tokens, "empty_mask": empty.mask, "empty_pooled": empty.pooled,
    }
    torch.save(cache, path)
    log.info("cached %d caption embeddings (L=%d)", len(texts), length)
    return cache


# ----------------------------------------------------------------------------------------------- DiT
class ClipPool:
    """Latents of rendered clips per bucket; a few slots are re-rendered every step so data keeps growing."""

    def __init__(self, ae: VideoAutoencoder, scenes, size: int, rng: np.random.Generator,
                 square_weight: float = 1.0) -> None:
        self.ae, self.scenes, self.rng = ae, scenes, rng
        w = np.array([square_weight if s.shape == "square" else 1.0 for s in scenes])
        self.scene_p = w / w.sum()  # (len(scenes),) sampling probability of each scene
        self.latents: dict[tuple[int, int, int], torch.Tensor] = {}
        # (N, 1, T, h, w) uint8: how many of each latent's 4x4 pixels the shape covers (0-16); the loss weights
        # latents it touches (> 0) and those its outline crosses (1-15), see make_batch.
        self.cover: dict[tuple[int, int, int], torch.Tensor] = {}
        self.owner: dict[tuple[int, int, int], np.ndarray] = {}
        for bucket in data.BUCKETS:
            idx = rng.choice(len(scenes), size=size, replace=size > len(scenes), p=self.scene_p)
            self.owner[bucket] = idx
            parts = [self._encode(idx[i:i + 32], bucket) for i in range(0, size, 32)]
            self.latents[bucket] = torch.cat([z for z, _ in parts])
            self.cover[bucket] = torch.cat([cover for _, cover in parts])

    @torch.no_grad()
    def _encode(self, idx: np.ndarray, bucket: tuple[int, int, int]) -> tuple[torch.Tensor, torch.Tensor]:
        x = data.render_batch([self.scenes[i] for i in idx], bucket, self.rng)  # (B, 3, T, H, W) in [-1, 1]
        cover = F.avg_pool3d(foreground(x).float(), (1, 4, 4), divisor_override=1)  # (B, 1, T, h, w): pixels 0-16
        return self.ae.encode(x), cover.to(torch.uint8)

    def refresh(self, count: int) -> None:
        for _ in range(count):
            bucket = data.BUCKETS[self.rng.choice(len(data.BUCKETS), p=_bucket_p())]
            slot, scene = self.rng.integers(len(self.owner[bucket])), self.rng.choice(len(self.scenes), p=self.scene_p)
            z, cover = self._encode(np.array([scene]), bucket)
            self.latents[bucket][slot], self.cover[bucket][slot] = z[0], cover[0]
            self.owner[bucket][slot] = scene


def _bucket_p() -> np.ndarray:
    w = np.asarray(data.BUCKET_WEIGHTS)
    return w / w.sum()


def _tokens(bucket: tuple[int, int, int], model: DiT) -> int:
    t, h, w = bucket
    p, pt = model.config.patch_size, model.config.patch_t
    return math.ceil(t / pt) * (h // 4 // p) * (w // 4 // p)


def make_batch(cfg: TrainConfig, pool: ClipPool, captions: dict, by_scene: list[np.ndarray], model: DiT,
               rng: np.random.Generator) -> dict:
    """One batch of a single bucket: clean latents, text embeddings (some dropped) and known-frame masks."""
    bucket = data.BUCKETS[rng.choice(len(data.BUCKETS), p=_bucket_p())]
    size = int(np.clip(cfg.batch_tokens // _tokens(bucket, model), 4, cfg.max_batch))
    slots = rng.integers(len(pool.owner[bucket]), size=size)
    x0, cover = pool.latents[bucket][slots], pool.cover[bucket][slots]  # (B, C, T, h, w), (B, 1, T, h, w)
    fg, edge = cover > 0, (cover > 0) & (cover < 16)  # touched by the shape; crossed by its outline
    caps = []
    for scene in pool.owner[bucket][slots]:
        options = by_scene[scene]  # options[0] is the canonical caption
        caps.append(options[0] if rng.random() < cfg.p_canonical else options[rng.integers(len(options))])
    caps = torch.as_tensor(np.array(caps))
    tokens, mask, pooled = captions["tokens"][caps].float(), captions["mask"][caps], captions["pooled"][caps]
    drop = torch.from_numpy(rng.random(size) < cfg.p_uncond)
    tokens[drop], mask[drop], pooled[drop] = captions["empty_tokens"][0], captions["empty_mask"][0], \
        captions["empty_pooled"][0]
    known = np.zeros((size, bucket[0]), dtype=bool)
    for i in range(size):
        if rng.random() < cfg.p_known:
            known[i] = data.sample_known_mask(bucket[0], rng)
    return {"x0": x0, "fg": fg, "edge": edge, "tokens": tokens, "mask": mask, "pooled": pooled, "known": torch.from_numpy(known)}


def flow_loss(model: DiT, batch: dict, generator: torch.Generator, fg_weight: float = 0.0,
              edge_weight: float = 0.0) -> torch.Tensor:
    """Rectified flow: x_t = (1 - t) x0 + t noise, predict v = noise - x0 on the frames that are not known."""
    x0, known = batch["x0"], batch["known"]
    b = x0.shape[0]
    noise = torch.randn(x0.shape, generator=generator)
    t = torch.rand(b, generator=generator)  # uniform t: it doubled motion accuracy over logit-normal here
    tt = t[:, None, None, None, None]
    m = known[:, None, :, None, None].float()  # (B, 1, T, 1, 1)
    xt = (1 - tt) * x0 + tt * noise
    xt = m * x0 + (1 - m) * xt  # known frames enter clean, as in sampling
    cond = torch.cat([x0 * m, m.expand(-1, -1, -1, *x0.shape[-2:])], dim=1)  # (B, C+1, T, h, w)
    v = model(xt, cond, t, batch["tokens"], batch["mask"], batch["pooled"])
    # Shape identity and position live in the few latents the shape covers; an unweighted loss spends most of
    # its signal on the flat background, so those latents weigh 1 + fg_weight, and the ones its outline crosses
    # (corners and edges: circle vs square) edge_weight more (the mean weight divides out).
    weight = torch.ones_like(m)
    if fg_weight > 0 and "fg" in batch:
        weight = weight + fg_weight * batch["fg"].float()
    if edge_weight > 0 and "edge" in batch:
        weight = weight + edge_weight * batch["edge"].float()
    err = (v - (noise - x0)).pow(2) * (1 - m) * weight
    return err.sum() / ((1 - m) * weight).expand_as(err).sum().clamp(min=1)


def export(cfg: TrainConfig, ema: DiT, model: DiT, opt: torch.optim.Optimizer, state: dict) -> None:
    """Write the EMA pipeline + compact resume state to export_dir atomically (temp dir, then rename).

    The autoencoder is re-read from <out>/ae each time: the decoder may be refined by `--stage decoder` while
    the DiT trains (the DiT only ever sees encoder latents, which that stage leaves unchanged).
    """
    from sora_pipeline.pipeline import SoraPipeline

    dst = Path(cfg.export_dir)
    ae = VideoAutoencoder.from_pretrained(cfg.out / "ae" if (cfg.out / "ae").exists() else dst / "vae")
    tmp, old = dst.with_name(dst.name + ".tmp"), dst.with_name(dst.name + ".old")
    shutil.rmtree(tmp, ignore_errors=True)
    SoraPipeline(vae=ae, transformer=ema).save_pretrained(tmp)
    bf16 = {k: {n: (v.to(torch.bfloat16) if torch.is_tensor(v) and v.dim() else v) for n, v in s.items()}
            for k, s in opt.state_dict()["state"].items()}
    torch.save({"model": model.state_dict(), "opt": {"state": bf16, "param_groups": opt.state_dict()["param_groups"]},
                **state}, tmp / "training_state.pt")
    shutil.rmtree(old, ignore_errors=True)
    if dst.exists():
        dst.rename(old)
    tmp.rename(dst)
    shutil.rmtree(old, ignore_errors=True)


def dit_lr(cfg: TrainConfig, step: int, seconds: float, start: dict, budget: float) -> float:
    """Learning rate: warm-up over 200 steps, then cosine to 15% of the peak over the time budget. By default one
    schedule spans all runs (a --resume continues it over the new total); with `restart_lr` > 0 this run is a
    fresh cycle (warm restart) from `start` (the step and seconds it resumed at) peaking at `restart_lr`."""
    peak, done, total = cfg.lr, step + 1, seconds / budget
    if cfg.restart_lr > 0:
        peak, done = cfg.restart_lr, step - start["step"] + 1
        total = (seconds - start["seconds"]) / max(budget - start["seconds"], 1e-9)
    return peak * min(1.0, done / 200) * (0.15 + 0.85 * 0.5 * (1 + math.cos(math.pi * total)))


def train_dit(cfg: TrainConfig, resume: bool) -> None:
    rng = np.random.default_rng(cfg.seed + 1)
    generator = torch.Generator().manual_seed(cfg.seed + 1)
    ae = VideoAutoencoder.from_pretrained(cfg.out / "ae") if (cfg.out / "ae").exists() else \
        VideoAutoencoder.from_pretrained(cfg.export_dir / "vae")
    ae.eval().requires_grad_(False)
    scenes = data.training_scenes()
    captions = caption_cache(cfg, scenes)
    owner = captions["owner"].numpy()
    by_scene = [np.flatnonzero(owner == i) for i in range(len(scenes))]
    model = DiT(in_channels=ae.config.latent_channels, width=cfg.width, depth=cfg.depth, heads=cfg.heads)
    ema = copy.deepcopy(model).requires_grad_(False)
    opt = torch.optim.AdamW(model.parameters(), lr=cfg.lr, weight_decay=0.0)
    state = {"step": 0, "seconds": 0.0}
    ckpt = cfg.out / "dit_ckpt.pt"
    if resume:
        if ckpt.exists():
            saved = torch.load(ckpt, weights_only=False)
            model.load_state_dict(saved["model"])
            ema.load_state_dict(saved["ema"])
            opt.load_state_dict(saved["opt"])
        else:  # continue from the exported model: EMA weights + compact state
            saved = torch.load(cfg.export_dir / "training_state.pt", weights_only=False)
            model.load_state_dict(saved["model"])
            ema.load_state_dict(DiT.from_pretrained(cfg.export_dir / "transformer").state_dict())
            opt.load_state_dict(saved["opt"])
        state = {"step": saved["step"], "seconds": saved["seconds"]}
        log.info("resumed at step %d (%.1f min trained)", state["step"], state["seconds"] / 60)
    log.info("DiT %.2fM params; building clip pool", sum(p.numel() for p in model.parameters()) / 1e6)
    pool = ClipPool(ae, scenes, cfg.pool_per_bucket, rng, cfg.square_weight)
    log.info("clip pool ready")
    stop = {"now": False}
    signal.signal(signal.SIGTERM, lambda *_: stop.update(now=True))

    def save() -> None:
        torch.save({"model": model.state_dict(), "ema": ema.state_dict(), "opt": opt.state_dict(), **state}, ckpt)
        export(cfg, ema, model, opt, state)
        log.info("checkpoint + export at step %d", state["step"])

    start = {"step": state["step"], "seconds": state["seconds"]}
    budget = state["seconds"] + cfg.minutes * 60  # --minutes more of training, also when resuming
    t_last, losses = time.time(), []
    while state["seconds"] < budget and not stop["now"]:
        lr = dit_lr(cfg, state["step"], state["seconds"], start, budget)
        for group in opt.param_groups:
            group["lr"] = lr
        t0 = time.time()
        batch = make_batch(cfg, pool, captions, by_scene, model, rng)
        loss = flow_loss(model, batch, generator, cfg.fg_weight, cfg.edge_weight)
        opt.zero_grad(set_to_none=True)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        opt.step()
        with torch.no_grad():
            for pe, pm in zip(ema.parameters(), model.parameters()):
                pe.lerp_(pm, 1 - cfg.ema)
        pool.refresh(cfg.refresh)
        state["step"] += 1
        state["seconds"] += time.time() - t0
        losses.append(loss.item())
        if state["step"] % cfg.log_every == 0:
            log.info("dit step %d loss %.4f lr %.2e %.2fs/step %.1f min", state["step"], np.mean(losses), lr,
                     (time.time() - t_last) / cfg.log_every, state["seconds"] / 60)
            t_last, losses = time.time(), []
        if state["step"] % cfg.checkpoint_every == 0:
            save()
    save()
    log.info("done: step %d, %.1f min of DiT training", state["step"], state["seconds"] / 60)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--stage", choices=["ae", "decoder", "dit", "all"], default="all",
                        help="ae: autoencoder; decoder: refine only the decoder (--decoder-steps); dit: the DiT")
    parser.add_argument("--resume", action="store_true", help="continue the DiT from <out>/dit_ckpt.pt, else "
                        "from --export-dir (the committed model)")
    for name, default in TrainConfig.__dataclass_fields__.items():
        if name in ("out", "export_dir"):
            parser.add_argument(f"--{name.replace('_', '-')}", type=Path, default=default.default)
        else:
            parser.add_argument(f"--{name.replace('_', '-')}", type=type(default.default), default=default.default)
    args = parser.parse_args()
    cfg = TrainConfig(**{k: getattr(args, k) for k in TrainConfig.__dataclass_fields__})
    cfg.out.mkdir(parents=True, exist_ok=True)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s",
                        handlers=[logging.FileHandler(cfg.out / "train.log"), logging.StreamHandler()])
    torch.set_num_threads(cfg.threads)
    log.info("config %s", cfg)
    if args.stage in ("ae", "all"):
        train_autoencoder(cfg)
    if args.stage in ("decoder", "all"):
        refine_decoder(cfg, cfg.decoder_steps)
    if args.stage in ("dit", "all"):
        train_dit(cfg, args.resume)


if __name__ == "__main__":
    main()
