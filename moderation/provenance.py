"""C2PA content credentials: the studio's signing keys, the manifest it attaches, signing and reading, in memory.

Contract:
- `SigningKeys` holds PEM text: the signing certificate chain (end-entity first), its PKCS#8 private key, and the
  root certificate verifiers use as a trust anchor. `SigningKeys.resolve(data_dir)` takes the keys from the
  environment (STUDIO_C2PA_CERT_CHAIN / STUDIO_C2PA_PRIVATE_KEY / STUDIO_C2PA_TRUST_ROOT, each PEM text or a file
  path, as a Space's secrets provide them) or else creates a root CA and a P-256 signing certificate under
  data_dir on first run and reuses them afterwards. The root's private key is discarded after issuing: nothing
  needs it later, and a key that does not exist cannot leak.
- `build_manifest(...)` -> manifest dict; `sign(data, mime, manifest, keys)` -> signed bytes (ES256, no
  timestamp authority: the machine is offline). Sign LAST, after the final encode: a remux strips the manifest.
- `read_credentials(data, mime, trust_root_pem)` -> `Credentials(state, manifest, generation_id, errors)` where
  state is "Trusted" (valid and chained to the given root), "Valid" (intact, signer not trusted), "Invalid"
  (content or manifest changed after signing) or "none" (no manifest).

Certificate profile (checked against c2pa-python 0.38.1, see STACK.md): root CA (CA=true, keyCertSign) and a
P-256 end-entity cert with digitalSignature key usage, CA=false, an authority key identifier and the
emailProtection extended key usage; c2pa-rs rejects other EKUs unless configured.
"""

from __future__ import annotations

import datetime
import io
import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import c2pa
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from moderation.watermark import id_digest

STUDIO_NAME, STUDIO_VERSION = "Open Sora Studio", "0.1.0"
GENERATION_LABEL = "org.opensorastudio.generation"
TRAINED_ALGORITHMIC_MEDIA = "http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia"
MIME_TYPES = ("video/mp4", "image/png")
ENV_CHAIN, ENV_KEY, ENV_ROOT = "STUDIO_C2PA_CERT_CHAIN", "STUDIO_C2PA_PRIVATE_KEY", "STUDIO_C2PA_TRUST_ROOT"
KEY_DIR = "c2pa"  # under data_dir
CHAIN_FILE, KEY_FILE, ROOT_FILE = "chain.pem", "signing_key.pem", "root.pem"
ROOT_DAYS, SIGNER_DAYS = 3650, 825  # 825 days: the longest leaf lifetime browsers' CA rules allow


@dataclass(frozen=True)
class SigningKeys:
    """PEM text: cert_chain (end-entity first, then intermediates/root), private_key (PKCS#8), root (anchor)."""

    cert_chain_pem: str
    private_key_pem: str
    root_pem: str

    def __post_init__(self) -> None:
        for name in ("cert_chain_pem", "root_pem"):
            if "-----BEGIN CERTIFICATE-----" not in getattr(self, name):
                raise ValueError(f"{name} is not PEM certificate text: {getattr(self, name)[:40]!r}")
        if "PRIVATE KEY-----" not in self.private_key_pem:
            raise ValueError("private_key_pem is not PEM private-key text")

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None) -> SigningKeys | None:
        """Keys from the three environment variables, or None when none is set; ValueError when only some are."""
        env = os.environ if environ is None else environ
        values = {name: env.get(name, "").strip() for name in (ENV_CHAIN, ENV_KEY, ENV_ROOT)}
        if not any(values.values()):
            return None
        missing = [name for name, value in values.items() if not value]
        if missing:
            raise ValueError(f"C2PA keys are partly configured: {', '.join(missing)} not set")
        chain, key, root = (_pem_text(name, values[name]) for name in (ENV_CHAIN, ENV_KEY, ENV_ROOT))
        return cls(cert_chain_pem=chain, private_key_pem=key, root_pem=root)

    @classmethod
    def load_or_create(cls, data_dir: str | Path) -> SigningKeys:
        """The keys under data_dir/c2pa, created there (key file mode 0600) on first use and reused after."""
        folder = Path(data_dir) / KEY_DIR
        if not (folder / KEY_FILE).exists():
            folder.parent.mkdir(parents=True, exist_ok=True)
            _create_key_folder(folder)
        return cls(cert_chain_pem=(folder / CHAIN_FILE).read_text(), private_key_pem=(folder / KEY_FILE).read_text(),
                   root_pem=(folder / ROOT_FILE).read_text())

    @classmethod
    def resolve(cls, data_dir: str | Path) -> SigningKeys:
        """Environment keys when configured, else the data folder's own (created on first run)."""
        return cls.from_env() or cls.load_or_create(data_dir)

    def signer(self) -> c2pa.Signer:
        """A fresh c2pa Signer (a Builder consumes its signer's state, so make one per signature)."""
        info = c2pa.C2paSignerInfo(alg=c2pa.C2paSigningAlg.ES256, sign_cert=self.cert_chain_pem.encode(),
                                   private_key=self.private_key_pem.encode(), ta_url=None)
        return c2pa.Signer.from_info(info)


def _pem_text(name: str, value: str) -> str:
    """An environment value is PEM text itself or the path of a file holding it."""
    if "-----BEGIN" in value:
        return value.replace("\\n", "\n").strip() + "\n"  # secrets UIs often store newlines escaped
    path = Path(value).expanduser()
    if not path.is_file():
        raise ValueError(f"{name}={value[:80]!r} is neither PEM text nor an existing file")
    return path.read_text()


def _pem(cert: x509.Certificate) -> str:
    return cert.public_bytes(serialization.Encoding.PEM).decode()


def _key_usage(*, sign: bool, ca: bool) -> x509.KeyUsage:
    return x509.KeyUsage(digital_signature=sign, content_commitment=False, key_encipherment=False,
                         data_encipherment=False, key_agreement=False, key_cert_sign=ca, crl_sign=ca,
                         encipher_only=False, decipher_only=False)


def create_keys(organization: str = STUDIO_NAME) -> SigningKeys:
    """A new root CA and a P-256 signing certificate it issued (the profile in the module docstring)."""
    now = datetime.datetime.now(datetime.timezone.utc)
    root_key = ec.generate_private_key(ec.SECP256R1())
    root_name = x509.Name([x509.NameAttribute(NameOID.ORGANIZATION_NAME, organization),
                           x509.NameAttribute(NameOID.COMMON_NAME, f"{organization} Root CA")])
    root = (x509.CertificateBuilder().subject_name(root_name).issuer_name(root_name)
            .public_key(root_key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - datetime.timedelta(minutes=5))
            .not_valid_after(now + datetime.timedelta(days=ROOT_DAYS))
            .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
            .add_extension(_key_usage(sign=False, ca=True), critical=True)
            .add_extension(x509.SubjectKeyIdentifier.from_public_key(root_key.public_key()), critical=False)
            .sign(root_key, hashes.SHA256()))
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.ORGANIZATION_NAME, organization),
                      x509.NameAttribute(NameOID.COMMON_NAME, f"{organization} Content Credentials")])
    leaf = (x509.CertificateBuilder().subject_name(name).issuer_name(root_name)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - datetime.timedelta(minutes=5))
            .not_valid_after(now + datetime.timedelta(days=SIGNER_DAYS))
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(_key_usage(sign=True, ca=False), critical=True)
            .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.EMAIL_PROTECTION]), critical=False)
            .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
            .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(root_key.public_key()), critical=False)
            .sign(root_key, hashes.SHA256()))
    key_pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                serialization.NoEncryption()).decode()
    return SigningKeys(cert_chain_pem=_pem(leaf) + _pem(root), private_key_pem=key_pem, root_pem=_pem(root))


def _create_key_folder(folder: Path) -> None:
    """Write new keys into a private temp folder, then rename it into place (atomic: a concurrent first run
    either wins or finds the other's complete folder)."""
    keys = create_keys()
    staging = Path(tempfile.mkdtemp(prefix=".c2pa-", dir=folder.parent))  # mkdtemp makes it 0700
    for file, text, mode in ((CHAIN_FILE, keys.cert_chain_pem, 0o644), (ROOT_FILE, keys.root_pem, 0o644),
                             (KEY_FILE, keys.private_key_pem, 0o600)):
        fd = os.open(staging / file, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
        with os.fdopen(fd, "w") as f:
            f.write(text)
        os.chmod(staging / file, mode)  # os.open's mode is filtered by the umask
    try:
        os.rename(staging, folder)
    except OSError:
        for file in (CHAIN_FILE, ROOT_FILE, KEY_FILE):
            (staging / file).unlink()
        staging.rmdir()
        if not (folder / KEY_FILE).exists():
            raise


def build_manifest(generation_id: str, model_name: str, model_version: str, moderation_summary: dict[str, Any],
                   settings: dict[str, Any], prompt: str | None = None) -> dict[str, Any]:
    """The manifest for one release: a c2pa.created action marked trainedAlgorithmicMedia plus the studio's
    own assertion (generation id, watermark digest, model, settings, moderation summary). The raw prompt is
    included only when given, i.e. when the operator allows publishing prompts."""
    if not isinstance(generation_id, str) or not generation_id:
        raise ValueError(f"generation_id must be a non-empty string, got {generation_id!r}")
    generation: dict[str, Any] = {
        "generation_id": generation_id,
        "watermark_id_digest": id_digest(generation_id),
        "model": {"name": model_name, "version": model_version},
        "settings": settings,
        "moderation": moderation_summary,
        "created": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
    }
    if prompt is not None:
        generation["prompt"] = prompt
    try:
        json.dumps(generation, allow_nan=False)
    except (TypeError, ValueError) as e:
        raise ValueError(f"settings and moderation_summary must be plain JSON values: {e}") from e
    return {
        "claim_generator_info": [{"name": STUDIO_NAME, "version": STUDIO_VERSION}],
        "title": generation_id,
        "assertions": [
            {"label": "c2pa.actions", "data": {"actions": [{
                "action": "c2pa.created",
                "digitalSourceType": TRAINED_ALGORITHMIC_MEDIA,
                "softwareAgent": {"name": model_name, "version": model_version},
            }]}},
            {"label": GENERATION_LABEL, "data": generation},
        ],
    }


def _check_mime(mime: str) -> None:
    if mime not in MIME_TYPES:
        raise ValueError(f"mime must be one of {MIME_TYPES}, got {mime!r}")


def sign(data: bytes, mime: str, manifest: dict[str, Any], keys: SigningKeys) -> bytes:
    """The asset with the manifest embedded and signed (ES256), all in memory. ValueError if c2pa refuses it."""
    _check_mime(mime)
    if not isinstance(data, (bytes, bytearray)) or not data:
        raise ValueError(f"data must be non-empty bytes, got {type(data).__name__}")
    out = io.BytesIO()
    try:
        with c2pa.Builder(manifest) as builder:
            builder.sign(keys.signer(), mime, io.BytesIO(bytes(data)), out)
    except c2pa.C2paError as e:
        raise ValueError(f"could not sign the {mime} asset: {e}") from e
    return out.getvalue()


@dataclass(frozen=True)
class Credentials:
    """What a file's C2PA manifest says.

    state: "Trusted" | "Valid" | "Invalid" | "none".
    manifest: the active manifest as c2pa reports it (assertions, signature_info, ...), None if absent.
    generation_id: from the studio's assertion, None if absent.
    errors: validation failure codes with explanations (or the reader's error when the asset is unreadable).
    """

    state: str
    manifest: dict[str, Any] | None
    generation_id: str | None
    errors: tuple[str, ...] = ()

    def generation(self) -> dict[str, Any] | None:
        """The studio's assertion data, if the manifest carries one."""
        return studio_assertion(self.manifest)


def studio_assertion(manifest: dict[str, Any] | None) -> dict[str, Any] | None:
    """The data of the manifest's org.opensorastudio.generation assertion, or None."""
    for assertion in (manifest or {}).get("assertions", []):
        if assertion.get("label") == GENERATION_LABEL and isinstance(assertion.get("data"), dict):
            return assertion["data"]
    return None


def read_credentials(data: bytes, mime: str, trust_root_pem: str | None = None) -> Credentials:
    """Read and validate the embedded manifest; with trust_root_pem a manifest chained to that root is Trusted."""
    _check_mime(mime)
    context = c2pa.Context.from_dict({"trust": {"user_anchors": trust_root_pem}}) if trust_root_pem else None
    try:
        with c2pa.Reader(mime, io.BytesIO(bytes(data)), context=context) as reader:
            store = json.loads(reader.json())
            state = reader.get_validation_state() or "Invalid"
    except c2pa.C2paError as e:
        if "ManifestNotFound" in type(e).__name__ or "ManifestNotFound" in str(e):
            return Credentials(state="none", manifest=None, generation_id=None)
        return Credentials(state="none", manifest=None, generation_id=None, errors=(f"unreadable: {e}",))
    manifest = store.get("manifests", {}).get(store.get("active_manifest", ""))
    failures = ((store.get("validation_results") or {}).get("activeManifest") or {}).get("failure", [])
    errors = tuple(f"{f.get('code')}: {f.get('explanation', '')}" for f in failures)
    generation = studio_assertion(manifest)
    generation_id = generation.get("generation_id") if generation else None
    return Credentials(state=state, manifest=manifest, generation_id=generation_id, errors=errors)
