"""The in-process transport: APDUs go straight to a virtual card object, no pcscd involved."""

from __future__ import annotations

from typing import Protocol

from devices.apdu import Response
from devices.errors import CardMute, CardRemoved


class SimulatedCard(Protocol):
    """What the transport needs of a card: an ATR, presence, and an APDU → R-APDU function."""

    present: bool

    @property
    def atr(self) -> bytes: ...

    def process(self, apdu: bytes) -> bytes | None: ...


class InProcessTransport:
    """Calls the virtual card directly; fast enough for every-APDU fault tests.

    A card that stops being present raises CardRemoved (now and on every later call); a card
    that does not answer raises CardMute, which is what a real reader's time-out becomes.
    """

    def __init__(self, card: SimulatedCard):
        self._card = card
        self.closed = False

    @property
    def atr(self) -> bytes:
        return self._card.atr

    def transmit(self, apdu: bytes) -> Response:
        if self.closed:
            raise CardRemoved("the connection to the card is closed")
        if not self._card.present:
            raise CardRemoved("the card is not in the reader")
        raw = self._card.process(bytes(apdu))
        if not self._card.present:
            raise CardRemoved("the card was removed during the command")
        if raw is None:
            raise CardMute("the card did not answer")
        return Response.parse(raw)

    def close(self) -> None:
        self.closed = True
