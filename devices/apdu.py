"""Command and response APDUs, the Transport interface, and the T=0 status-word handling."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from devices.errors import (
    CardStatusError,
    ConditionsNotSatisfied,
    FileNotFound,
    MalformedResponse,
    PinBlocked,
    PinIncorrect,
    SecurityStatusNotSatisfied,
    UnsupportedCommand,
    WrongParameters,
)

SW_OK = 0x9000


@dataclass(frozen=True, slots=True)
class Response:
    """A response APDU split into its data and its status word."""

    data: bytes
    sw: int

    @classmethod
    def parse(cls, raw: bytes) -> Response:
        """Split raw R-APDU bytes; fewer than two bytes is not a response at all."""
        if len(raw) < 2:
            raise MalformedResponse(f"response of {len(raw)} byte(s), a status word needs 2")
        return cls(bytes(raw[:-2]), (raw[-2] << 8) | raw[-1])

    @property
    def sw1(self) -> int:
        return self.sw >> 8

    @property
    def sw2(self) -> int:
        return self.sw & 0xFF

    def to_bytes(self) -> bytes:
        return self.data + self.sw.to_bytes(2, "big")


def command(
    cla: int, ins: int, p1: int, p2: int, data: bytes = b"", le: int | None = None
) -> bytes:
    """A short command APDU; `le` 256 is written 00, as ISO 7816-4 says."""
    if len(data) > 255:
        raise ValueError("short APDUs carry at most 255 data bytes")
    apdu = bytes([cla, ins, p1, p2])
    if data:
        apdu += bytes([len(data)]) + data
    if le is not None:
        if not 1 <= le <= 256:
            raise ValueError("Le must be 1..256")
        apdu += bytes([le & 0xFF])
    return apdu


class Transport(Protocol):
    """Sends one command APDU and returns the card's answer, nothing more.

    Why an interface: the same reading code runs on a real reader (PC/SC), on pcscd's virtual
    reader, and straight on the virtual card in-process for fast tests. A transport raises
    only `DeviceError` subclasses (CardRemoved, CardMute, TransportError...).

    A transport may also offer `exchange(apdu) -> bytes`, the raw response APDU (at least the
    two status bytes, else it raises): `CardChannel` then uses it and makes no `Response` per
    APDU (PcscTransport does; a full read is some 40 APDUs of a tenth of a millisecond each
    on pcscd's virtual reader, where per-APDU objects showed in the time).
    """

    def transmit(self, apdu: bytes) -> Response: ...

    @property
    def atr(self) -> bytes: ...

    def close(self) -> None: ...


def status_error(sw: int, what: str) -> CardStatusError:
    """The typed error for a status word that is not 9000."""
    if sw == 0x6A82:
        return FileNotFound(sw, what)
    if sw == 0x6982:
        return SecurityStatusNotSatisfied(sw, what)
    if sw == 0x6985:
        return ConditionsNotSatisfied(sw, what)
    if sw in (0x6A86, 0x6B00, 0x6A80, 0x6700) or sw >> 8 == 0x6C:
        return WrongParameters(sw, what)
    if sw in (0x6D00, 0x6E00):
        return UnsupportedCommand(sw, what)
    return CardStatusError(sw, what)


def _has_le(apdu: bytes) -> bool:
    """True for case 2 and case 4 short APDUs (those whose last byte is Le)."""
    return len(apdu) == 5 or (len(apdu) > 5 and len(apdu) == 6 + apdu[4])


def raise_for_pin_status(sw: int) -> None:
    """Map VERIFY's status words: 63Cx → PinIncorrect(x), 6983 → PinBlocked."""
    if sw >> 4 == 0x63C:
        if sw & 0xF == 0:
            raise PinBlocked("no PIN tries left")
        raise PinIncorrect(sw & 0xF)
    if sw == 0x6983:
        raise PinBlocked("the PIN is blocked")


class CardChannel:
    """A transport plus the T=0 rules every caller would otherwise repeat.

    61xx is followed by GET RESPONSE (repeatedly) and 6Cxx by the same command with Le=xx, so
    callers see one logical answer. It also counts the APDUs actually sent, which the benchmark
    and the "card pulled at APDU n" tests rely on.
    """

    def __init__(self, transport: Transport, on_apdu: Callable[[bytes], None] | None = None):
        self.transport = transport
        self.apdu_count = 0
        self._on_apdu = on_apdu
        exchange = getattr(transport, "exchange", None)
        self._exchange: Callable[[bytes], bytes] = (
            exchange if exchange is not None else lambda apdu: transport.transmit(apdu).to_bytes()
        )

    @property
    def atr(self) -> bytes:
        return self.transport.atr

    def _send(self, apdu: bytes) -> bytes:
        self.apdu_count += 1
        if self._on_apdu is not None:
            self._on_apdu(apdu)
        return self._exchange(apdu)

    def transceive(self, apdu: bytes) -> tuple[bytes, int]:
        """Send one logical command; returns the final data and status word, no objects made
        (what the read loop calls for every chunk)."""
        raw = self._send(apdu)
        if raw[-2] == 0x6C and _has_le(apdu):
            # Wrong Le: the card tells the right one; resend once with it.
            raw = self._send(apdu[:-1] + raw[-1:])
        if raw[-2] != 0x61:
            return raw[:-2], (raw[-2] << 8) | raw[-1]
        data = bytearray(raw[:-2])
        rounds = 0
        while raw[-2] == 0x61:
            rounds += 1
            if rounds > 64:
                raise MalformedResponse("the card keeps answering 61xx")
            raw = self._send(command(0x00, 0xC0, 0x00, 0x00, le=raw[-1] or 256))
            data += raw[:-2]
        return bytes(data), (raw[-2] << 8) | raw[-1]

    def send(self, apdu: bytes) -> Response:
        """Send one logical command; returns the final data and status word."""
        data, sw = self.transceive(apdu)
        return Response(data, sw)

    def check(self, apdu: bytes, what: str) -> bytes:
        """Send and require 9000; any other status word raises its typed error."""
        data, sw = self.transceive(apdu)
        if sw != SW_OK:
            raise status_error(sw, what)
        return data
