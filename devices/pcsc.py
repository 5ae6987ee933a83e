"""The PC/SC transport (pyscard): any reader, vpcd's virtual one included, T=0, shared mode.

pyscard's low-level `smartcard.scard` API is used rather than its object layer so that every
PC/SC return code can be mapped to one of our typed errors (no reader, service down, card
removed, card mute), which is what the member is told.
"""

from __future__ import annotations

from smartcard import scard

from devices.apdu import Response
from devices.errors import (
    CardMute,
    CardRemoved,
    DeviceError,
    MalformedResponse,
    NoCard,
    NoReader,
    ReaderServiceUnavailable,
    TransportError,
)

_SERVICE_DOWN = {scard.SCARD_E_NO_SERVICE, scard.SCARD_E_SERVICE_STOPPED}
_NO_READER = {
    scard.SCARD_E_NO_READERS_AVAILABLE,
    scard.SCARD_E_UNKNOWN_READER,
    scard.SCARD_E_READER_UNAVAILABLE,
}
_CARD_GONE = {
    scard.SCARD_W_REMOVED_CARD,
    scard.SCARD_E_NO_SMARTCARD,
    scard.SCARD_W_RESET_CARD,  # someone reset it: our selected file and PIN state are gone
    scard.SCARD_E_INVALID_HANDLE,
}
_MUTE = {scard.SCARD_W_UNRESPONSIVE_CARD, scard.SCARD_W_UNPOWERED_CARD, scard.SCARD_E_TIMEOUT}


def error_for(code: int, doing: str) -> DeviceError:
    """The typed error for a PC/SC return code."""
    message = f"{doing}: {scard.SCardGetErrorMessage(code)} (0x{code & 0xFFFFFFFF:08X})"
    if code in _SERVICE_DOWN:
        return ReaderServiceUnavailable(message)
    if code in _NO_READER:
        return NoReader(message)
    if code in _CARD_GONE:
        return CardRemoved(message)
    if code in _MUTE:
        return CardMute(message)
    return TransportError(message)


def establish_context() -> int:
    code, context = scard.SCardEstablishContext(scard.SCARD_SCOPE_USER)
    if code != scard.SCARD_S_SUCCESS:
        raise error_for(code, "SCardEstablishContext")
    return context


def list_readers(context: int) -> list[str]:
    code, readers = scard.SCardListReaders(context, [])
    if code == scard.SCARD_E_NO_READERS_AVAILABLE:
        return []
    if code != scard.SCARD_S_SUCCESS:
        raise error_for(code, "SCardListReaders")
    return list(readers)


class PcscTransport:
    """A connection to the card in one reader (shared mode, T=0 as eid-mw does).

    `reader` None takes the first reader that holds a card. Connection failures raise
    ReaderServiceUnavailable / NoReader / NoCard / CardMute; transmit failures CardRemoved,
    CardMute or TransportError.
    """

    def __init__(self, reader: str | None = None, *, protocol: int = scard.SCARD_PROTOCOL_T0):
        self._context = establish_context()
        self._card: int | None = None
        try:
            readers = list_readers(self._context)
            if not readers:
                raise NoReader("no card reader is connected")
            candidates = [reader] if reader else readers
            if reader and reader not in readers:
                raise NoReader(f"reader {reader!r} is not connected")
            last: DeviceError = NoCard("no card in any reader")
            for name in candidates:
                code, card, active = scard.SCardConnect(
                    self._context, name, scard.SCARD_SHARE_SHARED, protocol
                )
                if code == scard.SCARD_S_SUCCESS:
                    self._card, self.reader, self.protocol = card, name, active
                    self._pci = (
                        scard.SCARD_PCI_T0 if active == scard.SCARD_PROTOCOL_T0
                        else scard.SCARD_PCI_T1
                    )  # fmt: skip
                    break
                last = (
                    NoCard(f"no card in {name}")
                    if code in (scard.SCARD_E_NO_SMARTCARD, scard.SCARD_W_REMOVED_CARD)
                    else error_for(code, f"SCardConnect {name}")
                )
            else:
                raise last
            code, _, _, _, atr = scard.SCardStatus(self._card)
            if code != scard.SCARD_S_SUCCESS:
                raise error_for(code, "SCardStatus")
            self._atr = bytes(atr)
        except BaseException:
            self.close()
            raise

    @property
    def atr(self) -> bytes:
        return self._atr

    def transmit(self, apdu: bytes) -> Response:
        return Response.parse(self.exchange(apdu))

    def exchange(self, apdu: bytes) -> bytes:
        """One SCardTransmit on the held handle; the raw response APDU (data and status)."""
        card = self._card
        if card is None:
            raise CardRemoved("the connection to the card is closed")
        code, response = scard.SCardTransmit(card, self._pci, list(apdu))
        if code != scard.SCARD_S_SUCCESS:
            if code in (scard.SCARD_E_NOT_TRANSACTED, scard.SCARD_F_COMM_ERROR):
                # What pcscd says when the card vanishes mid-command (vpcd: the socket closed).
                raise CardRemoved(f"SCardTransmit: {scard.SCardGetErrorMessage(code)}")
            raise error_for(code, "SCardTransmit")
        if len(response) < 2:
            if not response:
                # vpcd reports a link closed mid-command as an empty answer, not as an error.
                raise CardRemoved("SCardTransmit: the card gave no answer")
            raise MalformedResponse(f"response of {len(response)} byte(s), a status word needs 2")
        return bytes(response)

    def close(self) -> None:
        if self._card is not None:
            scard.SCardDisconnect(self._card, scard.SCARD_LEAVE_CARD)
            self._card = None
        if self._context is not None:
            scard.SCardReleaseContext(self._context)
            self._context = None

    def __enter__(self) -> PcscTransport:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
