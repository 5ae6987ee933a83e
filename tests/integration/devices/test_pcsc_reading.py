"""Reading and identifying through a real pcscd and the vpcd virtual reader."""

from __future__ import annotations

import time

import pytest

from devices.belpic.reader import EidReader
from devices.errors import CardRemoved, DeviceError, NoCard, NotAnEidCard, PinBlocked, PinIncorrect
from devices.identification import identify
from devices.inprocess import InProcessTransport
from devices.pcsc import PcscTransport
from devices.pkcs11 import SOFTHSM_MODULE, Pkcs11Signer
from devices.simulated.card import Faults, ForeignCard, VirtualCard
from devices.simulated.softhsm import provision
from tests.integration.devices.conftest import READER, connect
from tests.unit.devices.conftest import ALICE_17, JAN_18

SIGNER = Pkcs11Signer(module=SOFTHSM_MODULE)
PINS = {ALICE_17: "1234", JAN_18: "4321"}


def read_and_identify(reader: EidReader, pin: str):
    stages = list(reader.read_all())
    return stages, identify(reader, SIGNER, pin)


@pytest.mark.parametrize("profile", [ALICE_17, JAN_18])
def test_full_read_and_identification_through_pcscd(slot, make_image, trust, softhsm, profile):
    image = make_image(profile)
    provision(image)
    slot.insert(VirtualCard(image))
    with connect() as transport:
        assert transport.atr == image.atr
        assert transport.reader == READER
        reader = EidReader(transport, trust)
        stages, identification = read_and_identify(reader, PINS[profile])
    holder, photo, _ = stages
    assert identification.national_number == holder.identity.national_number
    assert photo.photo == image.files[next(f for f in image.files if f.name == "PHOTO")]
    in_process = EidReader(InProcessTransport(VirtualCard(image)), trust)
    read_and_identify(in_process, PINS[profile])
    assert reader.apdu_count == in_process.apdu_count == slot.apdus


def test_an_empty_reader_is_no_card(slot):
    with pytest.raises(NoCard):
        PcscTransport(READER)


def test_a_card_that_is_not_an_eid_through_pcscd(slot, trust):
    slot.insert(ForeignCard())
    with connect() as transport, pytest.raises(NotAnEidCard):
        EidReader(transport, trust).read_identity()


@pytest.mark.parametrize("index", [1, 2, 9, 24, 40])
def test_card_pulled_mid_read_through_pcscd_is_card_removed(slot, make_image, trust, index):
    slot.insert(VirtualCard(make_image(JAN_18), Faults(remove_at=index)))
    started = time.monotonic()
    with connect() as transport:
        reader = EidReader(transport, trust)
        stages = []
        with pytest.raises(CardRemoved):
            for stage in reader.read_all():
                stages.append(stage)
    assert len(stages) <= 2
    assert time.monotonic() - started < 5


def test_a_mute_card_through_pcscd_ends_in_a_typed_error(slot, make_image, trust):
    slot.insert(VirtualCard(make_image(JAN_18), Faults(mute_at=3)))
    with connect() as transport, pytest.raises(DeviceError):
        EidReader(transport, trust).read_identity()


def test_wrong_then_blocked_pin_through_pcscd(slot, make_image, trust, softhsm):
    image = make_image(JAN_18)
    provision(image)
    card = VirtualCard(image)
    slot.insert(card)
    with connect() as transport:
        reader = EidReader(transport, trust)
        reader.read_identity()
        for left in (2, 1):
            with pytest.raises(PinIncorrect) as wrong:
                identify(reader, SIGNER, "0000")
            assert wrong.value.tries_left == left
        with pytest.raises(PinBlocked):
            identify(reader, SIGNER, "0000")
        with pytest.raises(PinBlocked):
            identify(reader, SIGNER, "4321")
        assert reader.pin_status().blocked
