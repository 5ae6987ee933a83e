"""Card fixtures for every test directory (registered in tests/conftest.py): one test PKI per
session (cached), virtual cards read in-process, the SoftHSM2 token."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from devices.belpic.reader import EidReader
from devices.belpic.verify import TrustStore
from devices.inprocess import InProcessTransport
from devices.simulated.card import Faults, VirtualCard
from devices.simulated.image import CardImage, Forgery, build_card_image
from devices.simulated.pki import TestPki
from devices.simulated.profile import Profile, load_profile

ALICE_17 = "alice-dupont-1.7-rsa.toml"
JAN_18 = "jan-peeters-1.8-ec.toml"
EMMA_KIDS = "emma-lambert-kids.toml"
LUKAS_FOREIGNER = "lukas-weber-foreigner.toml"


@pytest.fixture(scope="session")
def pki_dir(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("test-pki")


@pytest.fixture(scope="session")
def pki(pki_dir) -> TestPki:
    """Made once per session: RSA keys are the slow part."""
    return TestPki.load_or_make(pki_dir)


@pytest.fixture(scope="session")
def trust(pki) -> TrustStore:
    return TrustStore.of(pki.roots)


@pytest.fixture(scope="session")
def make_image(pki, pki_dir) -> Callable[..., CardImage]:
    cache: dict[tuple, CardImage] = {}

    def make(profile: Profile | str, forge: Forgery | None = None) -> CardImage:
        if isinstance(profile, str):
            key = (profile, forge)
            if key not in cache:
                cache[key] = build_card_image(
                    load_profile(profile), pki, forge=forge, key_cache=pki_dir / "cards"
                )
            return cache[key]
        return build_card_image(profile, pki, forge=forge, key_cache=pki_dir / "cards")

    return make


@pytest.fixture
def reader_for(make_image, trust) -> Callable[..., tuple[EidReader, VirtualCard]]:
    def make(
        profile: Profile | str, *, faults: Faults | None = None, forge: Forgery | None = None
    ) -> tuple[EidReader, VirtualCard]:
        card = VirtualCard(make_image(profile, forge), faults)
        return EidReader(InProcessTransport(card), trust), card

    return make


_SOFTHSM_CONF: list[Path] = []


@pytest.fixture(scope="session")
def softhsm(tmp_path_factory) -> Path:
    """One SoftHSM2 token directory for the whole run (unit and integration tests share it:
    SoftHSM reads SOFTHSM2_CONF once per process), with an empty BELPIC token."""
    from devices.simulated.softhsm import init_token_dir

    if not _SOFTHSM_CONF:
        _SOFTHSM_CONF.append(init_token_dir(tmp_path_factory.mktemp("softhsm")))
    return _SOFTHSM_CONF[0]


def sign_as(pdf: bytes, pki: TestPki, niss: str, *, name: str = "Test Signer") -> bytes:
    """`pdf` signed as the eID card of `niss` would sign it: its Signature key and certificate
    from the test PKI (software keys here, no PKCS#11: for tests of what receives a signed
    form, not of the signing), the citizen CA in the chain."""
    import io

    from asn1crypto import keys as asn1_keys
    from asn1crypto import x509 as asn1_x509
    from cryptography.hazmat.primitives import serialization
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    surname, _, given = name.partition(" ")[::-1]
    keys = pki.card_keys(
        ec_family=False, surname=surname or "Signer", given_names=given or "Test",
        national_number=niss, cache=None,
    )  # fmt: skip

    def der(cert) -> asn1_x509.Certificate:
        return asn1_x509.Certificate.load(cert.public_bytes(serialization.Encoding.DER))

    key = asn1_keys.PrivateKeyInfo.load(
        keys.sign.key.private_bytes(
            serialization.Encoding.DER,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    signer = signers.SimpleSigner(
        signing_cert=der(keys.sign.cert),
        signing_key=key,
        cert_registry=SimpleCertificateStore.from_certs([der(pki.rsa.ca.cert)]),
    )
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
    out = signers.sign_pdf(
        writer,
        signers.PdfSignatureMetadata(field_name="Signature1", md_algorithm="sha256"),
        signer=signer,
        new_field_spec=fields.SigFieldSpec("Signature1", box=(0, 0, 0, 0)),
    )
    return out.getvalue()
