"""Where cards come from: a PC/SC reader (pcscd, real or vpcd), or a simulated card in-process.

Both report what happens in the reader as `CardEvent`s through `on_event(event)` (called on
any thread: the monitor's, or the demo bar's) and open a Transport to the inserted card. The
card backend (devices/card_backend.py) is their one listener.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from devices.apdu import Transport
from devices.cardstate import CardEvent
from devices.errors import NoCard
from devices.inprocess import InProcessTransport
from devices.monitor import MonitorEvent, MonitorEventKind, ReaderMonitor
from devices.pcsc import PcscTransport

log = logging.getLogger(__name__)

Listener = Callable[[CardEvent], None]

_K = MonitorEventKind
_EVENTS = {
    _K.SERVICE_DOWN: CardEvent.SERVICE_DOWN,
    _K.NO_READER: CardEvent.NO_READER,
    _K.READER_EMPTY: CardEvent.READER_EMPTY,
    _K.CARD_INSERTED: CardEvent.CARD_INSERTED,
    _K.CARD_REMOVED: CardEvent.CARD_REMOVED,
}


class PcscSlot:
    """The first reader (or the first whose name contains `reader`), watched by ReaderMonitor."""

    simulated = False

    def __init__(self, reader: str | None = None):
        self.reader_filter = reader
        self.monitor = ReaderMonitor(reader)
        self._reader_name: str | None = None
        self._listener: Listener | None = None

    def start(self, listener: Listener) -> None:
        self._listener = listener
        self.monitor.start(self._event)

    def _event(self, event: MonitorEvent) -> None:
        if event.reader:
            self._reader_name = event.reader
        if self._listener is not None:
            self._listener(_EVENTS[event.kind])

    def open(self) -> Transport:
        return PcscTransport(self._reader_name or self.reader_filter)

    def stop(self) -> None:
        self.monitor.cancel()


class SimulatedSlot:
    """A virtual card (devices.simulated) inserted and removed by the demo or a test."""

    simulated = True

    def __init__(self):
        self.card = None
        self._listener: Listener | None = None

    def start(self, listener: Listener) -> None:
        self._listener = listener
        listener(CardEvent.CARD_INSERTED if self.card is not None else CardEvent.READER_EMPTY)

    def insert(self, card) -> None:
        if self.card is not None:
            self.remove()
        self.card = card
        card.present = True
        if self._listener is not None:
            self._listener(CardEvent.CARD_INSERTED)

    def remove(self) -> None:
        if self.card is None:
            return
        self.card.present = False
        self.card = None
        if self._listener is not None:
            self._listener(CardEvent.CARD_REMOVED)

    def open(self) -> Transport:
        if self.card is None:
            raise NoCard("no simulated card is inserted")
        return InProcessTransport(self.card)

    def stop(self) -> None:
        pass
