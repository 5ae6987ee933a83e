"""Where cards come from: a PC/SC reader (pcscd, real or vpcd), or a simulated card in-process.

Both report insert/remove through `on_event(kind, detail)` — called on any thread; the session
controller moves it to the GUI thread — and open a Transport to the inserted card.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from devices.apdu import Transport
from devices.inprocess import InProcessTransport
from devices.monitor import MonitorEvent, MonitorEventKind, ReaderMonitor
from devices.pcsc import PcscTransport

log = logging.getLogger(__name__)

Listener = Callable[[str], None]  # "inserted", "removed", "no-reader", "no-service", "ready"


class PcscSlot:
    """The first reader (or the first whose name contains `reader`), watched by ReaderMonitor."""

    def __init__(self, reader: str | None = None):
        self.reader_filter = reader
        self.monitor = ReaderMonitor(reader)
        self.status = "no-service"
        self._reader_name: str | None = None
        self._listener: Listener | None = None

    def start(self, listener: Listener) -> None:
        self._listener = listener
        self.monitor.start(self._event)

    def _event(self, event: MonitorEvent) -> None:
        K = MonitorEventKind
        kinds = {
            K.SERVICE_DOWN: "no-service",
            K.NO_READER: "no-reader",
            K.READER_EMPTY: "ready",
            K.CARD_INSERTED: "inserted",
            K.CARD_REMOVED: "removed",
        }
        kind = kinds[event.kind]
        if event.reader:
            self._reader_name = event.reader
        self.status = {"inserted": "card", "removed": "ready"}.get(kind, kind)
        if self._listener is not None:
            self._listener(kind)

    def open(self) -> Transport:
        return PcscTransport(self._reader_name or self.reader_filter)

    def stop(self) -> None:
        self.monitor.cancel()


class SimulatedSlot:
    """A virtual card (devices.simulated) inserted and removed by the demo or a test."""

    status = "simulated"

    def __init__(self):
        self.card = None
        self._listener: Listener | None = None

    def start(self, listener: Listener) -> None:
        self._listener = listener

    def insert(self, card) -> None:
        if self.card is not None:
            self.remove()
        self.card = card
        card.present = True
        if self._listener is not None:
            self._listener("inserted")

    def remove(self) -> None:
        if self.card is None:
            return
        self.card.present = False
        self.card = None
        if self._listener is not None:
            self._listener("removed")

    def open(self) -> Transport:
        if self.card is None:
            from devices.errors import NoCard

            raise NoCard("no simulated card is inserted")
        return InProcessTransport(self.card)

    def stop(self) -> None:
        pass
