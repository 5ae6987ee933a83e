"""Builds what a session needs from the settings: the card backend, the trust roots, the signer.

Production: a PC/SC reader watched through pcscd, the Belgium Root CAs from `trust_roots`, the
eID middleware's PKCS#11 module. Demo: a simulated card served in-process, the test PKI's roots,
and a SoftHSM2 token (under the data folder) holding the simulated card's keys. Either way the
card is one `CardBackend` (devices/card_backend.py) over the slot.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from app.config import ConfigError, Settings
from devices.belpic.verify import TrustStore
from devices.card_backend import CardBackend
from devices.card_slot import PcscSlot, SimulatedSlot

PROFILES = Path(__file__).resolve().parent.parent / "devices" / "simulated" / "profiles"


@dataclass
class CardSetup:
    card: CardBackend
    trust: TrustStore
    pkcs11_module: str
    profiles: list[Path]
    insert: Callable[[Path], None] | None = None  # the demo bar's: a profile's card in
    remove: Callable[[], None] | None = None  # the demo bar's: the card out


def demo_profiles(settings: Settings) -> list[Path]:
    """The demo members' cards (guichet-central demo-cards) first, then the shipped profiles."""
    found = sorted((settings.data_dir / "demo-cards").glob("*.toml"))
    first = Path(settings.simulated_card)
    if first.suffix in (".toml", ".json", ".eid") and first.exists():
        found.insert(0, first)
    return found + sorted(PROFILES.glob("*.toml"))


def card_setup(settings: Settings) -> CardSetup:
    if settings.simulated_card:
        return _simulated(settings)
    if not settings.trust_roots:
        raise ConfigError(
            "trust_roots must name the Belgium Root CA certificates (PEM files or a folder), "
            "or run with a simulated card for the demo"
        )
    roots = Path(settings.trust_roots).expanduser()
    if not roots.exists():
        raise ConfigError(f"trust_roots: {roots} does not exist")
    trust = TrustStore.from_pem(roots)
    return CardSetup(
        CardBackend(PcscSlot(settings.reader or None), trust), trust, settings.pkcs11_module, []
    )


def _simulated(settings: Settings) -> CardSetup:
    from devices.pkcs11 import SOFTHSM_MODULE
    from devices.simulated.card import VirtualCard
    from devices.simulated.cli import open_profile
    from devices.simulated.image import build_card_image
    from devices.simulated.pki import TestPki
    from devices.simulated.softhsm import init_token_dir, provision

    pki_dir = settings.data_dir / "test-pki"
    pki = TestPki.load_or_make(pki_dir)
    token_dir = settings.data_dir / "softhsm"
    shutil.rmtree(token_dir, ignore_errors=True)  # a fresh token each start: no stale keys
    init_token_dir(token_dir)
    slot = SimulatedSlot()

    def insert(path: Path) -> None:
        image = build_card_image(open_profile(str(path)), pki, key_cache=pki_dir / "cards")
        provision(image)  # the token now holds this card's keys, with this card's PIN
        slot.insert(VirtualCard(image))

    trust = TrustStore.of(pki.roots)
    return CardSetup(CardBackend(slot, trust), trust, SOFTHSM_MODULE, demo_profiles(settings),
                     insert, slot.remove)  # fmt: skip
