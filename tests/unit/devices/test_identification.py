"""PIN-signed identification: VERIFY on the card, then C_Login + signature through PKCS#11
(SoftHSM2 holding the virtual card's keys), checked against the card's certificate chain."""

from __future__ import annotations

import datetime as dt
import logging

import pytest

from devices.belpic.reader import EidReader
from devices.belpic.verify import TrustStore
from devices.errors import (
    CardRemoved,
    DeviceError,
    PinBlocked,
    PinFormatError,
    PinIncorrect,
    Pkcs11Error,
    VerificationFailed,
    VerificationReason,
)
from devices.identification import identify
from devices.inprocess import InProcessTransport
from devices.pkcs11 import SOFTHSM_MODULE, Pkcs11Signer
from devices.simulated import pki as test_pki
from devices.simulated.card import Faults, VirtualCard
from devices.simulated.softhsm import provision
from tests.unit.devices.conftest import ALICE_17, EMMA_KIDS, JAN_18

SIGNER = Pkcs11Signer(module=SOFTHSM_MODULE)
PINS = {ALICE_17: "1234", JAN_18: "4321"}


@pytest.fixture
def token_for(softhsm, make_image):
    def provision_for(profile: str):
        provision(make_image(profile))

    return provision_for


@pytest.mark.parametrize("profile", [ALICE_17, JAN_18])
def test_identification_signs_a_fresh_challenge_checked_with_the_card_certificate(
    reader_for, token_for, profile
):
    token_for(profile)
    reader, _ = reader_for(profile)
    holder = reader.read_identity()
    first = identify(reader, SIGNER, PINS[profile])
    second = identify(reader, SIGNER, PINS[profile])
    assert first.national_number == holder.identity.national_number
    assert first.challenge != second.challenge
    assert len(first.signature) == (96 if profile == JAN_18 else 256)


def test_a_wrong_pin_reports_the_card_tries_left_and_never_reaches_pkcs11(
    reader_for, token_for, monkeypatch
):
    token_for(JAN_18)
    reader, card = reader_for(JAN_18)
    monkeypatch.setattr(Pkcs11Signer, "sign", lambda *a, **k: pytest.fail("C_Login was called"))
    with pytest.raises(PinIncorrect) as wrong:
        identify(reader, SIGNER, "0000")
    assert wrong.value.tries_left == 2
    assert card.pin_tries_left == 2


def test_a_blocked_pin_is_reported_as_blocked(reader_for, token_for):
    token_for(JAN_18)
    reader, card = reader_for(JAN_18)
    card.pin_tries_left = 0
    with pytest.raises(PinBlocked):
        identify(reader, SIGNER, "4321")


def test_the_empty_verify_tells_the_state_without_costing_a_try(reader_for):
    reader, card = reader_for(JAN_18)
    status = reader.pin_status()
    assert (status.verified, status.tries_left, status.blocked) == (False, 3, False)
    reader.verify_pin("4321")
    assert reader.pin_status().verified
    assert card.pin_tries_left == 3


@pytest.mark.parametrize("pin", ["12", "1234567890123", "12a4", "", "١٢٣٤"])
def test_a_pin_that_is_not_4_to_12_digits_is_refused_before_the_card(reader_for, pin):
    reader, card = reader_for(JAN_18)
    with pytest.raises(PinFormatError):
        reader.verify_pin(pin)
    assert card.apdu_index == 0


def test_a_kids_card_without_authentication_certificate_cannot_identify(reader_for):
    reader, _ = reader_for(EMMA_KIDS)
    with pytest.raises(VerificationFailed) as failure:
        identify(reader, SIGNER, "1111")
    assert failure.value.reason is VerificationReason.AUTH_CERTIFICATE_MISSING


def test_an_expired_authentication_certificate_is_refused(reader_for, token_for):
    token_for(JAN_18)
    reader, _ = reader_for(JAN_18)
    later = dt.datetime(2050, 1, 1, tzinfo=dt.UTC)
    with pytest.raises(VerificationFailed) as failure:
        identify(reader, SIGNER, "4321", now=later)
    assert failure.value.reason is VerificationReason.AUTH_CERTIFICATE_EXPIRED


def test_an_authentication_certificate_from_unknown_roots_is_refused(make_image):
    other = TrustStore.of(test_pki.TestPki.generate().roots)
    reader = EidReader(InProcessTransport(VirtualCard(make_image(JAN_18))), other)
    with pytest.raises(VerificationFailed) as failure:
        identify(reader, SIGNER, "4321")
    assert failure.value.reason is VerificationReason.AUTH_CERTIFICATE_UNTRUSTED


def test_a_token_holding_another_card_keys_fails_the_challenge(reader_for, token_for):
    token_for(ALICE_17)  # the PKCS#11 side has Alice's RSA keys, the card is Jan's EC card
    reader, _ = reader_for(JAN_18)
    with pytest.raises((VerificationFailed, PinIncorrect)):
        identify(reader, SIGNER, "4321")


def test_a_missing_pkcs11_module_is_a_typed_error(reader_for):
    reader, _ = reader_for(JAN_18)
    with pytest.raises(Pkcs11Error, match="cannot load"):
        identify(reader, Pkcs11Signer(module="/nonexistent/libbeidpkcs11.so"), "4321")


def test_the_pin_is_never_logged(reader_for, token_for, caplog):
    token_for(JAN_18)
    reader, card = reader_for(JAN_18)
    with caplog.at_level(logging.DEBUG):
        identify(reader, SIGNER, "4321")
    assert "4321" not in caplog.text
    assert all(b"\x43\x21" not in apdu for apdu in card.log)


def read_and_identify(reader: EidReader, pin: str) -> list[object]:
    stages: list[object] = list(reader.read_all())
    stages.append(identify(reader, SIGNER, pin))
    return stages


@pytest.mark.parametrize("profile", [ALICE_17, JAN_18])
def test_card_pulled_at_every_apdu_of_read_and_identify_ends_in_card_removed(
    reader_for, token_for, profile
):
    token_for(profile)
    reader, card = reader_for(profile)
    read_and_identify(reader, PINS[profile])
    total = card.apdu_index
    assert total > 40
    for index in range(1, total + 1):
        reader, card = reader_for(profile, faults=Faults(remove_at=index))
        stages: list[object] = []
        with pytest.raises(CardRemoved):
            for stage in reader.read_all():
                stages.append(stage)
            identify(reader, SIGNER, PINS[profile])
        assert card.apdu_index == index
        assert len(stages) <= 3


@pytest.mark.parametrize("fault", ["mute_at", "corrupt_at", "truncate_at"])
def test_other_faults_during_identification_end_in_typed_errors(reader_for, token_for, fault):
    token_for(JAN_18)
    reader, card = reader_for(JAN_18)
    read_and_identify(reader, "4321")
    total = card.apdu_index
    outcomes = []
    for index in range(total - 12, total + 1):
        reader, _ = reader_for(JAN_18, faults=Faults(**{fault: index}))
        try:
            read_and_identify(reader, "4321")
            outcomes.append(None)
        except DeviceError as exc:
            outcomes.append(type(exc))
    assert any(outcomes)


def test_a_card_swapped_between_reading_and_pin_is_a_holder_mismatch(reader_for, token_for):
    token_for(JAN_18)
    alice, _ = reader_for(ALICE_17)
    jan, _ = reader_for(JAN_18)
    jan.holder = alice.read_identity()  # what the screen shows is Alice; the card is now Jan's
    with pytest.raises(VerificationFailed) as failure:
        identify(jan, SIGNER, "4321")
    assert failure.value.reason is VerificationReason.HOLDER_MISMATCH
