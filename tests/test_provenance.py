"""C2PA credentials: keys made once and reused, env keys, the manifest's content, sign/read/tamper states."""

from __future__ import annotations

import stat

import numpy as np
import pytest
from cryptography import x509
from cryptography.x509.oid import ExtendedKeyUsageOID

from moderation.provenance import (ENV_CHAIN, ENV_KEY, ENV_ROOT, GENERATION_LABEL, TRAINED_ALGORITHMIC_MEDIA,
                                   SigningKeys, build_manifest, create_keys, read_credentials, sign)
from moderation.watermark import id_digest
from sora_pipeline.video_io import encode_mp4, encode_png

GID = "9b1e2d3c4a5f46078899aabbccddeeff"


@pytest.fixture(scope="module")
def keys(tmp_path_factory) -> SigningKeys:
    return SigningKeys.load_or_create(tmp_path_factory.mktemp("data"))


@pytest.fixture(scope="module")
def mp4() -> bytes:
    return encode_mp4(np.random.default_rng(0).integers(0, 256, (4, 256, 256, 3), dtype=np.uint8))


def _manifest(prompt: str | None = None) -> dict:
    return build_manifest(GID, "tiny-sora-dit", "2026.11", {"prompt": "allowed", "frames": "allowed"},
                          {"seed": 3, "num_inference_steps": 20, "guidance_scale": 4.0}, prompt=prompt)


def _env(keys: SigningKeys) -> dict[str, str]:
    return {ENV_CHAIN: keys.cert_chain_pem, ENV_KEY: keys.private_key_pem, ENV_ROOT: keys.root_pem}


# ------------------------------------------------------------------ keys

def test_keys_are_created_once_with_a_private_key_file_and_reused(tmp_path):
    first = SigningKeys.load_or_create(tmp_path)
    second = SigningKeys.load_or_create(tmp_path)
    assert first == second  # same certificate and key on the second load
    files = {p.name: stat.S_IMODE(p.stat().st_mode) for p in (tmp_path / "c2pa").iterdir()}
    assert files["signing_key.pem"] == 0o600 and set(files) == {"chain.pem", "root.pem", "signing_key.pem"}
    assert "PRIVATE KEY" not in (tmp_path / "c2pa" / "root.pem").read_text()


def test_certificate_profile_is_what_c2pa_requires(keys):
    leaf, root = x509.load_pem_x509_certificates(keys.cert_chain_pem.encode())
    assert root == x509.load_pem_x509_certificate(keys.root_pem.encode())
    assert leaf.issuer == root.subject and leaf.public_key().curve.name == "secp256r1"
    assert leaf.extensions.get_extension_for_class(x509.BasicConstraints).value.ca is False
    assert root.extensions.get_extension_for_class(x509.BasicConstraints).value.ca is True
    assert leaf.extensions.get_extension_for_class(x509.KeyUsage).value.digital_signature is True
    eku = leaf.extensions.get_extension_for_class(x509.ExtendedKeyUsage).value
    assert list(eku) == [ExtendedKeyUsageOID.EMAIL_PROTECTION]
    leaf.extensions.get_extension_for_class(x509.AuthorityKeyIdentifier)  # raises if absent


def test_env_keys_are_used_when_set_as_text_or_paths(keys, tmp_path, monkeypatch):
    for name in (ENV_CHAIN, ENV_KEY, ENV_ROOT):
        monkeypatch.delenv(name, raising=False)
    assert SigningKeys.from_env() is None
    other = create_keys("Space Secrets")
    for name, value in _env(other).items():
        monkeypatch.setenv(name, value)
    assert SigningKeys.from_env() == other
    assert SigningKeys.resolve(tmp_path / "unused") == other
    assert not (tmp_path / "unused").exists()  # nothing created when env keys are configured
    for name, value in _env(other).items():
        (tmp_path / name).write_text(value)
        monkeypatch.setenv(name, str(tmp_path / name))
    assert SigningKeys.from_env() == other
    monkeypatch.delenv(ENV_ROOT)
    with pytest.raises(ValueError, match=ENV_ROOT):
        SigningKeys.from_env()
    monkeypatch.setenv(ENV_ROOT, "/no/such/root.pem")
    with pytest.raises(ValueError, match="neither PEM text nor an existing file"):
        SigningKeys.from_env()


# ------------------------------------------------------------------ manifest

def test_manifest_marks_ai_generation_and_carries_no_prompt_unless_allowed():
    manifest = _manifest()
    assert manifest["claim_generator_info"][0]["name"] == "Open Sora Studio"
    action = manifest["assertions"][0]["data"]["actions"][0]
    assert action["action"] == "c2pa.created" and action["digitalSourceType"] == TRAINED_ALGORITHMIC_MEDIA
    generation = next(a["data"] for a in manifest["assertions"] if a["label"] == GENERATION_LABEL)
    assert generation["generation_id"] == GID and generation["watermark_id_digest"] == id_digest(GID)
    assert generation["model"] == {"name": "tiny-sora-dit", "version": "2026.11"}
    assert generation["settings"]["seed"] == 3 and generation["moderation"]["prompt"] == "allowed"
    assert "prompt" not in generation and "a red circle" not in str(manifest)
    allowed = next(a["data"] for a in _manifest("a red circle")["assertions"] if a["label"] == GENERATION_LABEL)
    assert allowed["prompt"] == "a red circle"
    with pytest.raises(ValueError, match="JSON"):
        build_manifest(GID, "m", "1", {}, {"seed": object()})


# ------------------------------------------------------------------ sign and read

def test_sign_then_read_is_valid_and_trusted_with_the_root(keys, mp4):
    signed = sign(mp4, "video/mp4", _manifest(), keys)
    plain = read_credentials(signed, "video/mp4")
    assert plain.state == "Valid" and plain.generation_id == GID
    assert any(e.startswith("signingCredential.untrusted") for e in plain.errors)
    trusted = read_credentials(signed, "video/mp4", trust_root_pem=keys.root_pem)
    assert trusted.state == "Trusted" and trusted.errors == () and trusted.generation_id == GID
    assert trusted.generation()["settings"]["num_inference_steps"] == 20
    actions = next(a for a in trusted.manifest["assertions"] if a["label"].startswith("c2pa.actions"))
    assert actions["data"]["actions"][0]["digitalSourceType"] == TRAINED_ALGORITHMIC_MEDIA


def test_png_is_signed_too(keys):
    png = encode_png(np.full((256, 256, 3), 90, dtype=np.uint8))
    signed = sign(png, "image/png", _manifest(), keys)
    assert read_credentials(signed, "image/png", keys.root_pem).state == "Trusted"


def test_one_flipped_byte_in_the_media_data_is_invalid(keys, mp4):
    signed = bytearray(sign(mp4, "video/mp4", _manifest(), keys))
    mdat = signed.find(b"mdat")
    assert mdat > 0
    signed[mdat + 1000] ^= 0x01
    creds = read_credentials(bytes(signed), "video/mp4", keys.root_pem)
    assert creds.state == "Invalid" and creds.generation_id == GID
    assert any(e.startswith("assertion.bmffHash.mismatch") for e in creds.errors)


def test_foreign_signer_is_not_trusted_and_unsigned_has_no_credentials(keys, mp4):
    foreign = sign(mp4, "video/mp4", _manifest(), create_keys("Someone Else"))
    assert read_credentials(foreign, "video/mp4", keys.root_pem).state == "Valid"
    assert read_credentials(mp4, "video/mp4", keys.root_pem) == read_credentials(mp4, "video/mp4")
    assert read_credentials(mp4, "video/mp4").state == "none"
    garbage = read_credentials(b"not a video", "video/mp4")
    assert garbage.state == "none" and garbage.errors and garbage.errors[0].startswith("unreadable")


def test_bad_sign_inputs_are_value_errors(keys, mp4):
    with pytest.raises(ValueError, match="image/gif"):
        sign(mp4, "image/gif", _manifest(), keys)
    with pytest.raises(ValueError, match="could not sign"):
        sign(b"not an mp4 at all", "video/mp4", _manifest(), keys)
    with pytest.raises(ValueError, match="PEM"):
        SigningKeys(cert_chain_pem="nope", private_key_pem=keys.private_key_pem, root_pem=keys.root_pem)
