"""The video autoencoder: compresses each frame 4x in space into a few latent channels, and back.

Contract: pixels (B, 3, T, H, W) float in [-1, 1] <-> latents (B, C, T, h, w) with h = H / 4, w = W / 4.
Latents leave `encode` already normalised (shift and scale measured on training data after the autoencoder is
trained, stored in the config like Stable Diffusion's `scaling_factor`), so the diffusion model sees roughly unit
variance. Time is not compressed: one latent frame per pixel frame, so a known-frame mask maps to latent frames
exactly and single images (T = 1) need no special case. The flat-shape world needs no KL term; the decoder is
trained on noisy latents instead, so small errors left by the diffusion model decode to clean shapes.

Shapes: B batch, T H W frames / height / width in pixels, t h w in latents (t == T here), C latent channels.
"""

from __future__ import annotations

import torch
from diffusers.configuration_utils import ConfigMixin, register_to_config
from diffusers.models.modeling_utils import ModelMixin
from torch import nn


def _conv(cin: int, cout: int) -> nn.Sequential:
    return nn.Sequential(nn.Conv2d(cin, cout, 3, padding=1), nn.SiLU())


class VideoAutoencoder(ModelMixin, ConfigMixin):
    """Per-frame autoencoder with a 4x spatial factor: pixel-unshuffle, then 3x3 convs at latent resolution.

    Every conv runs at 1/16 of the pixel count (the CPU budget), and the decoder predicts each 4x4 pixel block
    directly (pixel-shuffle), which keeps the edges of flat shapes sharp.
    """

    @register_to_config
    def __init__(self, latent_channels: int = 8, width: int = 64, shift_factor: float = 0.0,
                 scaling_factor: float = 1.0) -> None:
        super().__init__()
        w = width
        self.encoder = nn.Sequential(
            nn.PixelUnshuffle(4), _conv(48, w), _conv(w, w), _conv(w, w), nn.Conv2d(w, latent_channels, 1),
        )
        self.decoder = nn.Sequential(
            _conv(latent_channels, w), _conv(w, w), _conv(w, w), _conv(w, w), nn.Conv2d(w, 48, 1),
            nn.PixelShuffle(4), nn.Tanh(),
        )

    @property
    def spatial_factor(self) -> int:
        return 4

    def _frames(self, x: torch.Tensor, net: nn.Module) -> torch.Tensor:
        b, c, t, h, w = x.shape
        y = net(x.permute(0, 2, 1, 3, 4).reshape(b * t, c, h, w))  # (B*T, C', h', w')
        return y.reshape(b, t, *y.shape[1:]).permute(0, 2, 1, 3, 4)  # (B, C', T, h', w')

    def encode_raw(self, pixels: torch.Tensor) -> torch.Tensor:
        """Un-normalised latents (B, C, T, H/4, W/4) of pixels (B, 3, T, H, W) in [-1, 1]."""
        b, c, t, h, w = pixels.shape
        if c != 3 or h % 4 or w % 4:
            raise ValueError(f"pixels must be (B, 3, T, H, W) with H, W divisible by 4, got {tuple(pixels.shape)}")
        return self._frames(pixels, self.encoder)

    def encode(self, pixels: torch.Tensor) -> torch.Tensor:
        """Normalised latents (B, C, T, H/4, W/4) of pixels (B, 3, T, H, W) in [-1, 1]."""
        return (self.encode_raw(pixels) - self.config.shift_factor) * self.config.scaling_factor

    def decode_raw(self, latents: torch.Tensor) -> torch.Tensor:
        return self._frames(latents, self.decoder)

    def decode(self, latents: torch.Tensor) -> torch.Tensor:
        """Pixels (B, 3, T, 4h, 4w) in [-1, 1] of normalised latents (B, C, T, h, w)."""
        return self.decode_raw(latents / self.config.scaling_factor + self.config.shift_factor)

    def forward(self, pixels: torch.Tensor) -> torch.Tensor:
        return self.decode(self.encode(pixels))
