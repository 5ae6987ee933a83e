"""Status-word handling over T=0: 61xx → GET RESPONSE, 6Cxx → resend, typed errors."""

from __future__ import annotations

import pytest

from devices.apdu import CardChannel, Response, command, raise_for_pin_status, status_error
from devices.errors import (
    CardStatusError,
    FileNotFound,
    MalformedResponse,
    PinBlocked,
    PinIncorrect,
    SecurityStatusNotSatisfied,
    UnsupportedCommand,
    WrongParameters,
)


class ScriptedTransport:
    """Answers from a script and records what was sent."""

    atr = b"\x3b\x00"

    def __init__(self, *answers: str):
        self.answers = [bytes.fromhex(a) for a in answers]
        self.sent: list[bytes] = []

    def transmit(self, apdu: bytes) -> Response:
        self.sent.append(apdu)
        return Response.parse(self.answers.pop(0))

    def close(self) -> None: ...


def test_command_encodes_le_256_as_00():
    assert command(0x00, 0xB0, 0x01, 0x00, le=256) == bytes.fromhex("00B0010000")
    assert command(0x00, 0xA4, 0x02, 0x0C, b"\x40\x31") == bytes.fromhex("00A4020C024031")


def test_61xx_is_followed_by_get_response_until_done():
    transport = ScriptedTransport("6104", "AABBCCDD6102", "EEFF9000")
    channel = CardChannel(transport)
    response = channel.send(bytes.fromhex("002A9E9A0401020304"))
    assert response == Response(bytes.fromhex("AABBCCDDEEFF"), 0x9000)
    assert transport.sent[1:] == [bytes.fromhex("00C0000004"), bytes.fromhex("00C0000002")]
    assert channel.apdu_count == 3


def test_6cxx_resends_the_same_command_with_the_right_le():
    transport = ScriptedTransport("6C77", "01029000")
    response = CardChannel(transport).send(bytes.fromhex("00B00000FC"))
    assert transport.sent[1] == bytes.fromhex("00B0000077")
    assert response.data == b"\x01\x02"


def test_6cxx_on_a_command_without_le_is_returned_as_is():
    transport = ScriptedTransport("6C10")
    assert CardChannel(transport).send(bytes.fromhex("00A4020C024031")).sw == 0x6C10


@pytest.mark.parametrize(
    ("sw", "error"),
    [
        (0x6A82, FileNotFound),
        (0x6982, SecurityStatusNotSatisfied),
        (0x6B00, WrongParameters),
        (0x6D00, UnsupportedCommand),
        (0x6F00, CardStatusError),
    ],
)
def test_status_words_become_typed_errors(sw, error):
    exc = status_error(sw, "READ BINARY")
    assert type(exc) is error and exc.sw == sw


def test_check_raises_the_typed_error():
    with pytest.raises(FileNotFound, match="SELECT failed with status 6A82"):
        CardChannel(ScriptedTransport("6A82")).check(b"\x00\xa4\x08\x0c\x02\x3f\x00", "SELECT")


def test_pin_status_words():
    with pytest.raises(PinIncorrect) as wrong:
        raise_for_pin_status(0x63C2)
    assert wrong.value.tries_left == 2
    with pytest.raises(PinBlocked):
        raise_for_pin_status(0x6983)
    with pytest.raises(PinBlocked):
        raise_for_pin_status(0x63C0)


def test_a_one_byte_answer_is_not_a_response():
    with pytest.raises(MalformedResponse):
        Response.parse(b"\x90")


def test_an_endless_61xx_loop_is_cut():
    transport = ScriptedTransport(*["6101"] * 70)
    with pytest.raises(MalformedResponse):
        CardChannel(transport).send(bytes.fromhex("002A9E9A0101"))
