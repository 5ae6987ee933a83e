"""The virtual BELPIC card behaves at APDU level as the applet manuals say."""

from __future__ import annotations

import hashlib

import pytest
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, padding, utils

from devices.belpic.files import ATR_APPLET_17, ATR_APPLET_18, EidFile
from devices.simulated.card import VirtualCard
from tests.unit.devices.conftest import ALICE_17, JAN_18


def send(card: VirtualCard, hex_apdu: str) -> str:
    return card.process(bytes.fromhex(hex_apdu.replace(" ", ""))).hex().upper()


@pytest.fixture
def card17(make_image) -> VirtualCard:
    return VirtualCard(make_image(ALICE_17))


@pytest.fixture
def card18(make_image) -> VirtualCard:
    return VirtualCard(make_image(JAN_18))


def test_atrs_offer_t0(card17, card18):
    assert card17.atr == ATR_APPLET_17 and card18.atr == ATR_APPLET_18


def test_select_by_path_with_or_without_the_mf(card17):
    assert send(card17, "00 A4 08 0C 06 3F00 DF01 4031") == "9000"
    assert send(card17, "00 A4 08 0C 04 DF01 4033") == "9000"
    assert send(card17, "00 A4 08 0C 04 DF01 9999") == "6A82"


def test_a_bare_fid_is_only_found_in_the_current_df(card17):
    assert send(card17, "00 A4 02 0C 02 5038") == "6A82"  # MF is current, 5038 is in DF00
    for fid in ("3F00", "DF00", "5038"):
        assert send(card17, f"00 A4 02 0C 02 {fid}") == "9000"
    assert send(card17, "00 A4 02 0C 02 4031") == "6A82"  # now DF00 is current


def test_select_the_applet_by_aid(card17):
    assert send(card17, "00 A4 04 0C 0F A00000003029057000AD13100101FF") == "9000"
    assert send(card17, "00 A4 04 0C 05 A000000000") == "6A82"


def test_read_binary_answers_6cxx_for_too_long_and_6b00_past_the_end(card17, make_image):
    size = len(make_image(ALICE_17).files[EidFile.IDENTITY])
    send(card17, "00 A4 08 0C 06 3F00 DF01 4031")
    assert send(card17, "00 B0 0000 00") == f"6C{size:02X}"
    assert len(bytes.fromhex(send(card17, f"00 B0 0000 {size:02X}"))) == size + 2
    assert send(card17, f"00 B0 00{size:02X} 01") == "6B00"


def test_read_binary_without_a_current_file(card17):
    assert send(card17, "00 B0 0000 10") == "6986"


def test_get_card_data_tells_the_applet_version(card17, card18):
    data17 = bytes.fromhex(send(card17, "80 E4 0000 1C"))
    data18 = bytes.fromhex(send(card18, "80 E4 0000 1C"))
    assert (data17[21], data18[21]) == (0x17, 0x18)
    assert (data17[22:24], data18[22:24]) == (b"\x00\x03", b"\x00\x01")
    assert send(card17, "80 E4 0001 1F") == "6A86"  # the PIN counter exists on 1.8 only
    assert bytes.fromhex(send(card18, "80 E4 0001 1F"))[28] == 3
    assert send(card18, "80 E4 0000 10") == "6C1C"


def test_verify_counts_tries_and_the_empty_verify_costs_none(card18):
    wrong = "00 20 0001 08 24 9999 FFFFFFFFFFFF"
    right = "00 20 0001 08 24 4321 FFFFFFFFFFFF"
    assert send(card18, "00 20 0001") == "63C3"
    assert send(card18, wrong) == "63C2"
    assert send(card18, "00 20 0001") == "63C2"
    assert send(card18, right) == "9000"
    assert send(card18, "00 20 0001") == "9000"
    assert bytes.fromhex(send(card18, "80 E4 0001 1F"))[28] == 3


def test_three_wrong_pins_block_the_card(card18):
    wrong = "00 20 0001 08 24 9999 FFFFFFFFFFFF"
    assert [send(card18, wrong) for _ in range(3)] == ["63C2", "63C1", "63C0"]
    assert send(card18, "00 20 0001 08 24 4321 FFFFFFFFFFFF") == "6983"
    assert send(card18, "00 20 0001") == "6983"


def test_a_malformed_pin_block_is_refused_without_cost(card18):
    assert send(card18, "00 20 0001 08 14 4321 FFFFFFFFFFFF") == "6A80"
    assert send(card18, "00 20 0001 08 24 43A1 FFFFFFFFFFFF") == "6A80"
    assert send(card18, "00 20 0002 08 24 4321 FFFFFFFFFFFF") == "6A88"
    assert send(card18, "00 20 0001") == "63C3"


def test_authentication_signature_needs_mse_and_pin_and_comes_by_get_response(card18):
    digest = hashlib.sha384(b"challenge").digest()
    pso = "00 2A 9E9A 30 " + digest.hex()
    assert send(card18, pso) == "6985"  # no MSE SET
    assert send(card18, "00 22 41B6 05 04 80 02 84 82") == "9000"
    assert send(card18, pso) == "6982"  # no PIN yet
    assert send(card18, "00 20 0001 08 24 4321 FFFFFFFFFFFF") == "9000"
    assert send(card18, pso) == "6160"
    raw = bytes.fromhex(send(card18, "00 C0 0000 60"))
    assert raw[-2:] == b"\x90\x00"
    r, s = int.from_bytes(raw[:48], "big"), int.from_bytes(raw[48:96], "big")
    key = card18.image.keys.auth.cert.public_key()
    key.verify(utils.encode_dss_signature(r, s), digest, ec.ECDSA(utils.Prehashed(hashes.SHA384())))


def test_rsa_card_signs_a_sha256_with_pkcs1(card17):
    digest = hashlib.sha256(b"challenge").digest()
    send(card17, "00 22 41B6 05 04 80 08 84 82")
    send(card17, "00 20 0001 08 24 1234 FFFFFFFFFFFF")
    assert send(card17, "00 2A 9E9A 20 " + digest.hex()) == "6100"  # 256 bytes
    raw = bytes.fromhex(send(card17, "00 C0 0000 00"))
    key = card17.image.keys.auth.cert.public_key()
    key.verify(raw[:-2], b"challenge", padding.PKCS1v15(), hashes.SHA256())


def test_ecdsa_algorithms_are_refused_by_a_17_card(card17):
    assert send(card17, "00 22 41B6 05 04 80 40 84 82") == "6A80"


def test_the_signature_key_needs_the_pin_just_before(card18):
    digest = hashlib.sha384(b"doc").digest().hex()
    send(card18, "00 22 41B6 05 04 80 02 84 83")
    send(card18, "00 20 0001 08 24 4321 FFFFFFFFFFFF")
    send(card18, "80 E4 0000 1C")
    send(card18, "80 E4 0000 1C")
    assert send(card18, "00 2A 9E9A 30 " + digest) == "6982"
    send(card18, "00 20 0001 08 24 4321 FFFFFFFFFFFF")
    assert send(card18, "00 2A 9E9A 30 " + digest) == "6160"


def test_internal_authenticate_with_the_basic_key_on_18_only(card17, card18):
    challenge = bytes(range(48))
    assert send(card18, "00 88 0281 32 9430 " + challenge.hex()) == "6160"
    assert send(card17, "00 88 0281 32 9430 " + challenge.hex()) == "6D00"


def test_unknown_instruction_and_class(card17):
    assert send(card17, "00 12 0000 00") == "6D00"
    assert send(card17, "90 B0 0000 00") == "6E00"


def test_log_off_drops_the_pin(card18):
    send(card18, "00 20 0001 08 24 4321 FFFFFFFFFFFF")
    assert send(card18, "80 E6 0000") == "9000"
    assert send(card18, "00 20 0001") == "63C3"


def test_the_card_log_never_holds_the_pin(card18):
    send(card18, "00 20 0001 08 24 4321 FFFFFFFFFFFF")
    assert all(b"\x43\x21" not in apdu for apdu in card18.log)
