"""The diffusion transformer: spacetime latent patches, adaLN-Zero, cross-attention to MiniLM tokens.

Contract: `DiT(latents, cond, timestep, text_tokens, text_mask, pooled_text) -> velocity` where
  latents (B, C, t, h, w) noisy latents (t >= 1, any h, w divisible by the patch; odd t is padded internally),
  cond (B, C + 1, t, h, w) known-frame conditioning: masked clean latents and the mask channel (image-to-video
    style; all zeros for plain text-to-video),
  timestep (B,) flow time in [0, 1] (1 = pure noise), text_tokens (B, L, 384), text_mask (B, L) bool,
  pooled_text (B, 384); the output velocity has the shape of `latents`.

Ideas: DiT (Peebles & Xie) blocks with adaLN-Zero conditioning on timestep + pooled text, PixArt-alpha style
cross-attention to the text tokens, Sora's spacetime patches ("tubelets") and fixed 3D sin-cos position
embeddings computed for whatever grid comes in, so one model serves every aspect ratio and duration.

Shapes: B batch, C latent channels, t h w latent frames / height / width, N spacetime tokens, L text tokens,
D width.
"""

from __future__ import annotations

import math

import torch
import torch.nn.functional as F
from diffusers.configuration_utils import ConfigMixin, register_to_config
from diffusers.models.cache_utils import CacheMixin
from diffusers.models.modeling_utils import ModelMixin
from torch import nn


def modulate(x: torch.Tensor, shift: torch.Tensor, scale: torch.Tensor) -> torch.Tensor:
    return x * (1 + scale[:, None]) + shift[:, None]


def sincos_1d(dim: int, positions: torch.Tensor) -> torch.Tensor:
    """(len(positions), dim) fixed sin-cos embedding of positions, as in the Transformer paper."""
    freqs = torch.exp(-math.log(10000.0) * torch.arange(dim // 2, dtype=torch.float32) / (dim // 2))
    angles = positions.float()[:, None] * freqs[None]  # (n, dim/2)
    return torch.cat([angles.sin(), angles.cos()], dim=1)


def sincos_3d(dim: int, t: int, h: int, w: int) -> torch.Tensor:
    """(t*h*w, dim) fixed position embedding of a (t, h, w) token grid; time gets a quarter of the channels."""
    dh = dw = 2 * ((3 * dim // 8) // 2)
    dt = dim - dh - dw
    et = sincos_1d(dt, torch.arange(t))[:, None, None].expand(t, h, w, dt)  # (t, h, w, dt)
    eh = sincos_1d(dh, torch.arange(h))[None, :, None].expand(t, h, w, dh)
    ew = sincos_1d(dw, torch.arange(w))[None, None, :].expand(t, h, w, dw)
    return torch.cat([et, eh, ew], dim=-1).reshape(t * h * w, dim)  # (N, D)


def timestep_embedding(t: torch.Tensor, dim: int = 256) -> torch.Tensor:
    """(B, dim) sinusoidal embedding of flow time t in [0, 1], scaled to the DiT's 0..1000 range."""
    return sincos_1d(dim, t * 1000.0)


class Attention(nn.Module):
    """Multi-head attention; self-attention when `context` is None, else cross-attention to it."""

    def __init__(self, dim: int, heads: int, context_dim: int | None = None) -> None:
        super().__init__()
        self.heads = heads
        self.q = nn.Linear(dim, dim)
        self.kv = nn.Linear(context_dim or dim, 2 * dim)
        self.out = nn.Linear(dim, dim)

    def forward(self, x: torch.Tensor, context: torch.Tensor | None = None,
                mask: torch.Tensor | None = None) -> torch.Tensor:
        b, n, d = x.shape
        ctx = x if context is None else context
        q = self.q(x).reshape(b, n, self.heads, -1).transpose(1, 2)  # (B, heads, N, d/heads)
        k, v = self.kv(ctx).reshape(b, ctx.shape[1], 2, self.heads, -1).permute(2, 0, 3, 1, 4)  # (B, heads, L, .)
        attn_mask = None if mask is None else mask[:, None, None, :]  # (B, 1, 1, L)
        y = F.scaled_dot_product_attention(q, k, v, attn_mask=attn_mask)  # (B, heads, N, d/heads)
        return self.out(y.transpose(1, 2).reshape(b, n, d))


class DiTBlock(nn.Module):
    """Self-attention and MLP gated by adaLN-Zero, with cross-attention to the text tokens between them."""

    def __init__(self, dim: int, heads: int, text_dim: int, mlp_ratio: float) -> None:
        super().__init__()
        self.norm1 = nn.LayerNorm(dim, elementwise_affine=False, eps=1e-6)
        self.attn = Attention(dim, heads)
        self.norm_cross = nn.LayerNorm(dim, eps=1e-6)
        self.cross = Attention(dim, heads, context_dim=text_dim)
        self.norm2 = nn.LayerNorm(dim, elementwise_affine=False, eps=1e-6)
        hidden = int(dim * mlp_ratio)
        self.mlp = nn.Sequential(nn.Linear(dim, hidden), nn.GELU(approximate="tanh"), nn.Linear(hidden, dim))
        self.adaLN_modulation = nn.Sequential(nn.SiLU(), nn.Linear(dim, 6 * dim))

    def forward(self, hidden_states: torch.Tensor, encoder_hidden_states: torch.Tensor, temb: torch.Tensor,
                encoder_attention_mask: torch.Tensor) -> torch.Tensor:
        x = hidden_states
        shift1, scale1, gate1, shift2, scale2, gate2 = self.adaLN_modulation(temb).chunk(6, dim=1)
        x = x + gate1[:, None] * self.attn(modulate(self.norm1(x), shift1, scale1))
        x = x + self.cross(self.norm_cross(x), encoder_hidden_states, encoder_attention_mask)
        return x + gate2[:, None] * self.mlp(modulate(self.norm2(x), shift2, scale2))


class FinalLayer(nn.Module):
    def __init__(self, dim: int, out_dim: int) -> None:
        super().__init__()
        self.norm = nn.LayerNorm(dim, elementwise_affine=False, eps=1e-6)
        self.linear = nn.Linear(dim, out_dim)
        self.adaLN_modulation = nn.Sequential(nn.SiLU(), nn.Linear(dim, 2 * dim))

    def forward(self, x: torch.Tensor, c: torch.Tensor) -> torch.Tensor:
        shift, scale = self.adaLN_modulation(c).chunk(2, dim=1)
        return self.linear(modulate(self.norm(x), shift, scale))


class DiT(ModelMixin, ConfigMixin, CacheMixin):
    """Text-conditioned video DiT over (patch_t x patch_size x patch_size) latent tubelets."""

    _supports_gradient_checkpointing = False

    @register_to_config
    def __init__(self, in_channels: int = 4, width: int = 128, depth: int = 6, heads: int = 4,
                 mlp_ratio: float = 4.0, patch_size: int = 2, patch_t: int = 2, text_dim: int = 384) -> None:
        super().__init__()
        c, p, pt = in_channels, patch_size, patch_t
        # Noisy latents + masked clean latents + mask channel, per tubelet.
        self.patch_in = nn.Linear((2 * c + 1) * pt * p * p, width)
        self.t_embed = nn.Sequential(nn.Linear(256, width), nn.SiLU(), nn.Linear(width, width))
        self.pooled_embed = nn.Sequential(nn.Linear(text_dim, width), nn.SiLU(), nn.Linear(width, width))
        self.transformer_blocks = nn.ModuleList(DiTBlock(width, heads, text_dim, mlp_ratio) for _ in range(depth))
        self.final = FinalLayer(width, c * pt * p * p)
        self.initialize_weights()

    def initialize_weights(self) -> None:
        def _basic(m: nn.Module) -> None:
            if isinstance(m, nn.Linear):
                nn.init.xavier_uniform_(m.weight)
                nn.init.zeros_(m.bias)

        self.apply(_basic)
        for emb in (self.t_embed, self.pooled_embed):
            nn.init.normal_(emb[0].weight, std=0.02)
            nn.init.normal_(emb[2].weight, std=0.02)
        # adaLN-Zero: every block starts as the identity (gates are zero) ...
        for block in self.transformer_blocks:
            nn.init.zeros_(block.adaLN_modulation[-1].weight)
            nn.init.zeros_(block.adaLN_modulation[-1].bias)
            # ... including its ungated cross-attention branch, whose output projection starts at zero.
            nn.init.zeros_(block.cross.out.weight)
            nn.init.zeros_(block.cross.out.bias)
        # ... and the model starts by predicting zero velocity.
        nn.init.zeros_(self.final.adaLN_modulation[-1].weight)
        nn.init.zeros_(self.final.adaLN_modulation[-1].bias)
        nn.init.zeros_(self.final.linear.weight)
        nn.init.zeros_(self.final.linear.bias)

    def patchify(self, x: torch.Tensor) -> torch.Tensor:
        """(B, c, t, h, w) -> (B, N, c*pt*p*p) tubelet tokens, t/h/w divisible by the patch sizes."""
        b, c, t, h, w = x.shape
        p, pt = self.config.patch_size, self.config.patch_t
        x = x.reshape(b, c, t // pt, pt, h // p, p, w // p, p)
        x = x.permute(0, 2, 4, 6, 1, 3, 5, 7)  # (B, t/pt, h/p, w/p, c, pt, p, p)
        return x.reshape(b, (t // pt) * (h // p) * (w // p), c * pt * p * p)

    def unpatchify(self, x: torch.Tensor, t: int, h: int, w: int) -> torch.Tensor:
        """(B, N, c*pt*p*p) -> (B, c, t, h, w); the inverse of `patchify`."""
        b = x.shape[0]
        p, pt = self.config.patch_size, self.config.patch_t
        x = x.reshape(b, t // pt, h // p, w // p, -1, pt, p, p)
        x = x.permute(0, 4, 1, 5, 2, 6, 3, 7)  # (B, c, t/pt, pt, h/p, p, w/p, p)
        return x.reshape(b, -1, t, h, w)

    def forward(self, latents: torch.Tensor, cond: torch.Tensor, timestep: torch.Tensor,
                text_tokens: torch.Tensor, text_mask: torch.Tensor, pooled_text: torch.Tensor) -> torch.Tensor:
        b, c, t, h, w = latents.shape
        p, pt = self.config.patch_size, self.config.patch_t
        if h % p or w % p:
            raise ValueError(f"latent height/width must be divisible by {p}, got {h}x{w}")
        pad = (-t) % pt
        x = torch.cat([latents, cond], dim=1)  # (B, 2C+1, t, h, w)
        if pad:  # repeat the last frame so an odd clip (a single image) fills whole tubelets
            x = torch.cat([x, x[:, :, -1:].expand(-1, -1, pad, -1, -1)], dim=2)
        tp = t + pad
        tokens = self.patch_in(self.patchify(x))  # (B, N, D)
        tokens = tokens + sincos_3d(self.config.width, tp // pt, h // p, w // p).to(tokens)
        temb = self.t_embed(timestep_embedding(timestep).to(tokens)) + self.pooled_embed(pooled_text)  # (B, D)
        for block in self.transformer_blocks:
            tokens = block(tokens, text_tokens, temb, text_mask)
        out = self.unpatchify(self.final(tokens, temb), tp, h, w)  # (B, C, tp, h, w)
        return out[:, :, :t]
