"""Randomly initialised Wan2.1 and LTX-Video pipelines: the real diffusers code with no weights to download.

Two sizes:
- "tiny": a few thousand parameters and a 32x32 native frame, so a call on CPU takes well under a second (the
  tests of `backends.py` run the integration code with these, as diffusers' own tests do).
- "released": the published models' layer shapes (Wan2.1-T2V-1.3B with its UMT5-XXL text encoder; LTX-Video 2B
  with T5-v1.1-XXL and the 0.9.0 VAE, diffusers' defaults), so time and memory per clip are those of the real
  models while the frames are noise. `benchmark_backends.py` times these on a GPU.

The tokenizer is a T5 Unigram tokenizer whose vocabulary is a sentencepiece model trained here on a few words:
its ids are valid for every text encoder below (their embedding tables are larger), and prompts are padded to
the backend's max_sequence_length, so the text sequence the transformer attends to has the released length.

    tok = tokenizer(tmp_dir)
    pipe = wan_pipeline(tok, "released", device="cuda")  # WanPipeline; or ltx_pipeline(...)
    backend = Backend(pipe, spec("wan2.1-t2v-1.3b", "released"))
"""

from __future__ import annotations

import itertools
from dataclasses import replace
from pathlib import Path
from typing import Literal

import numpy as np
import sentencepiece as spm
import torch
from diffusers import (AutoencoderKLLTXVideo, AutoencoderKLWan, FlowMatchEulerDiscreteScheduler,
                       LTXVideoTransformer3DModel, UniPCMultistepScheduler, WanTransformer3DModel)
from transformers import T5Config, T5EncoderModel, T5Tokenizer, UMT5Config, UMT5EncoderModel

from sora_pipeline.backends import BACKENDS, BackendSpec, LTXPipeline, WanPipeline

Size = Literal["tiny", "released"]
SIZES: tuple[Size, ...] = ("tiny", "released")
TINY_NATIVE_AREA, TINY_TEXT_TOKENS = 32 * 32, 16
# T5-v1.1-XXL / UMT5-XXL encoders (24 layers, d_model 4096, 64 heads, gated GELU): the published text encoders.
_XXL = dict(d_model=4096, d_kv=64, d_ff=10240, num_layers=24, num_heads=64, feed_forward_proj="gated-gelu",
            relative_attention_num_buckets=32, relative_attention_max_distance=128)
_TINY_T5 = dict(d_model=32, d_kv=8, d_ff=37, num_layers=2, num_heads=4, relative_attention_num_buckets=8)


def spec(name: str, size: Size) -> BackendSpec:
    """The preset, with a tiny native frame and text length for tiny models (the planning code is unchanged)."""
    _check_size(size)
    base = BACKENDS[name]
    return base if size == "released" else replace(base, native_area=TINY_NATIVE_AREA,
                                                   max_sequence_length=TINY_TEXT_TOKENS)


def tokenizer(workdir: str | Path) -> T5Tokenizer:
    """A 48-piece T5 Unigram tokenizer trained here (files written under workdir)."""
    words = "a red green blue ball cube circle moves rolls left right up down on the white black sky".split()
    lines = [" ".join(np.roll(words, k)) for k in range(len(words))] * 10
    prefix = Path(workdir) / "tiny"
    prefix.parent.mkdir(parents=True, exist_ok=True)
    spm.SentencePieceTrainer.train(sentence_iterator=iter(lines), model_prefix=str(prefix), vocab_size=48,
                                   model_type="unigram", pad_id=0, eos_id=1, unk_id=2, bos_id=-1,
                                   hard_vocab_limit=False, minloglevel=2)
    sp = spm.SentencePieceProcessor(model_file=f"{prefix}.model")
    vocab = [(sp.id_to_piece(i), sp.get_score(i)) for i in range(sp.get_piece_size())]  # T5 order: pad, eos, unk
    return T5Tokenizer(vocab=vocab, extra_ids=0, model_max_length=512)


def wan_pipeline(tok: T5Tokenizer, size: Size = "tiny", device: str | torch.device = "cpu",
                 dtype: torch.dtype = torch.float32, seed: int = 0) -> WanPipeline:
    """Wan2.1-T2V-1.3B's architecture (transformer and text encoder in dtype, VAE in float32 as the card says)."""
    _check_size(size)
    with torch.device(device):
        torch.manual_seed(seed)
        if size == "tiny":
            vae = AutoencoderKLWan(base_dim=3, z_dim=16, dim_mult=[1, 1, 1, 1], num_res_blocks=1,
                                   temperal_downsample=[False, True, True])
            transformer = WanTransformer3DModel(patch_size=(1, 2, 2), num_attention_heads=2, attention_head_dim=12,
                                                in_channels=16, out_channels=16, text_dim=32, freq_dim=256,
                                                ffn_dim=32, num_layers=2, cross_attn_norm=True,
                                                qk_norm="rms_norm_across_heads", rope_max_seq_len=32)
            text_encoder = UMT5EncoderModel(_t5_config(UMT5Config, len(tok), _TINY_T5))
        else:
            vae = AutoencoderKLWan()  # the defaults are the released VAE (base_dim 96, z_dim 16)
            transformer = WanTransformer3DModel(num_attention_heads=12, attention_head_dim=128, ffn_dim=8960,
                                                num_layers=30)  # 1.3B: dim 1536, 30 blocks
            text_encoder = UMT5EncoderModel(_t5_config(UMT5Config, 256384, _XXL))
    # The released repo's scheduler: UniPC on flow-matching sigmas, shift 3 (480p).
    scheduler = UniPCMultistepScheduler(prediction_type="flow_prediction", use_flow_sigmas=True, flow_shift=3.0)
    pipe = WanPipeline(tokenizer=tok, text_encoder=text_encoder.to(dtype), vae=vae,
                       transformer=_cast(transformer, dtype), scheduler=scheduler)
    pipe.set_progress_bar_config(disable=True)
    return pipe


def ltx_pipeline(tok: T5Tokenizer, size: Size = "tiny", device: str | torch.device = "cpu",
                 dtype: torch.dtype = torch.float32, seed: int = 0) -> LTXPipeline:
    """LTX-Video's architecture (every module in dtype)."""
    _check_size(size)
    with torch.device(device):
        torch.manual_seed(seed)
        if size == "tiny":
            transformer = LTXVideoTransformer3DModel(in_channels=8, out_channels=8, patch_size=1, patch_size_t=1,
                                                     num_attention_heads=4, attention_head_dim=8,
                                                     cross_attention_dim=32, num_layers=2,
                                                     caption_channels=32)  # first-block cache needs 2 blocks
            # Compresses 4x in space and time (the released VAE: 32x, 8x).
            vae = AutoencoderKLLTXVideo(latent_channels=8, block_out_channels=(8, 8, 8, 8),
                                        decoder_block_out_channels=(8, 8, 8, 8), layers_per_block=(1, 1, 1, 1, 1),
                                        decoder_layers_per_block=(1, 1, 1, 1, 1),
                                        spatio_temporal_scaling=(True, True, False, False),
                                        decoder_spatio_temporal_scaling=(True, True, False, False),
                                        patch_size=1, patch_size_t=1, encoder_causal=True, decoder_causal=False)
            text_encoder = T5EncoderModel(_t5_config(T5Config, len(tok), _TINY_T5))
        else:
            transformer = LTXVideoTransformer3DModel()  # the defaults are the released 2B (28 blocks, dim 2048)
            vae = AutoencoderKLLTXVideo()  # 0.9.0's VAE (32x space, 8x time, 128 latent channels)
            text_encoder = T5EncoderModel(_t5_config(T5Config, 32128, _XXL))
    # The released repo's scheduler: flow matching with resolution-dependent (dynamic) shifting.
    scheduler = FlowMatchEulerDiscreteScheduler(use_dynamic_shifting=True, base_shift=0.95, max_shift=2.05,
                                                base_image_seq_len=1024, max_image_seq_len=4096, shift_terminal=0.1)
    pipe = LTXPipeline(scheduler=scheduler, vae=_cast(vae, dtype),
                       text_encoder=text_encoder.to(dtype), tokenizer=tok, transformer=_cast(transformer, dtype))
    pipe.set_progress_bar_config(disable=True)
    return pipe


BUILDERS = {"wan2.1-t2v-1.3b": wan_pipeline, "ltx-video": ltx_pipeline}


def _t5_config(cls: type[T5Config] | type[UMT5Config], vocab_size: int, shape: dict) -> T5Config | UMT5Config:
    """An encoder-only (U)T5 configuration of the given shape."""
    return cls(vocab_size=vocab_size, is_encoder_decoder=False, use_cache=False, **shape)


def _cast(model: torch.nn.Module, dtype: torch.dtype) -> torch.nn.Module:
    """model.to(dtype) except the modules diffusers keeps in float32 when loading weights in a lower precision."""
    keep = getattr(model, "_keep_in_fp32_modules", None) or []
    for name, tensor in itertools.chain(model.named_parameters(), model.named_buffers()):
        if tensor.is_floating_point() and not any(k in name.split(".") for k in keep):
            tensor.data = tensor.data.to(dtype)
    return model


def _check_size(size: str) -> None:
    if size not in SIZES:
        raise ValueError(f"size {size!r} is not one of {SIZES}")
