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
