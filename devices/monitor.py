"""Card inserted / removed / swapped, from SCardGetStatusChange, for one reader.

Why the event counter: pcsc-lite puts a per-reader counter in the upper 16 bits of the event
state and bumps it on every insertion and removal. A card pulled and another pushed in while we
were busy shows as "present, counter moved": a swap, reported as removed then inserted, so the
previous member's session still ends. The monitor also outlives pcscd: when the service stops
it reports NO_SERVICE and retries until it is back.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from enum import Enum

from smartcard import scard

from devices.errors import DeviceError, ReaderServiceUnavailable
from devices.pcsc import establish_context, list_readers

PNP = "\\\\?PnP?\\Notification"


class MonitorEventKind(Enum):
    SERVICE_DOWN = "service-down"  # reader service (pcscd) not running
    NO_READER = "no-reader"
    READER_EMPTY = "reader-empty"
    CARD_INSERTED = "card-inserted"
    CARD_REMOVED = "card-removed"


@dataclass(frozen=True)
class MonitorEvent:
    kind: MonitorEventKind
    reader: str | None = None
    atr: bytes = b""
    swap: bool = False  # on CARD_INSERTED: another card was in the reader just before


@dataclass(frozen=True)
class Snapshot:
    """What the monitor last saw: the service and reader status, presence, counter, ATR."""

    status: str  # "no-service", "no-reader", "reader"
    reader: str | None = None
    present: bool = False
    counter: int = 0
    atr: bytes = b""


def changes(before: Snapshot | None, after: Snapshot) -> list[MonitorEvent]:
    """The events between two snapshots (a pure function: the monitor's whole logic)."""
    K = MonitorEventKind
    events: list[MonitorEvent] = []
    was_present = before is not None and before.status == "reader" and before.present
    if after.status != "reader":
        if was_present:
            events.append(MonitorEvent(K.CARD_REMOVED, before.reader if before else None))
        if before is None or before.status != after.status:
            kind = K.SERVICE_DOWN if after.status == "no-service" else K.NO_READER
            events.append(MonitorEvent(kind))
        return events
    same_reader = before is not None and before.status == "reader" and before.reader == after.reader
    if not same_reader:
        if was_present:
            events.append(MonitorEvent(K.CARD_REMOVED, before.reader if before else None))
        events.append(
            MonitorEvent(K.CARD_INSERTED, after.reader, after.atr)
            if after.present
            else MonitorEvent(K.READER_EMPTY, after.reader)
        )
        return events
    assert before is not None
    if before.present and not after.present:
        events.append(MonitorEvent(K.CARD_REMOVED, after.reader))
        events.append(MonitorEvent(K.READER_EMPTY, after.reader))
    elif not before.present and after.present:
        events.append(MonitorEvent(K.CARD_INSERTED, after.reader, after.atr))
    elif (
        before.present
        and after.present
        and (before.counter != after.counter or before.atr != after.atr)
    ):
        events.append(MonitorEvent(K.CARD_REMOVED, after.reader))
        events.append(MonitorEvent(K.CARD_INSERTED, after.reader, after.atr, swap=True))
    return events


class ReaderMonitor:
    """Watches one reader (the first one, or the first whose name contains `reader`).

    Use `events()` as a blocking iterator in a worker thread, or `start(callback)`; `cancel()`
    from any thread ends both within one `wait_ms` (SCardCancel wakes a blocked wait at once).
    """

    def __init__(self, reader: str | None = None, *, wait_ms: int = 1000, retry_s: float = 0.5):
        self.reader_filter = reader
        self.wait_ms = wait_ms
        self.retry_s = retry_s
        self._cancelled = threading.Event()
        self._context: int | None = None
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self.snapshot: Snapshot | None = None

    def cancel(self) -> None:
        """Stop watching. SCardCancel wakes a blocked wait; it is repeated while the monitor
        thread runs, because a cancel sent between two waits would otherwise be lost."""
        self._cancelled.set()
        deadline = time.monotonic() + 2.0
        while True:
            with self._lock:
                if self._context is not None:
                    scard.SCardCancel(self._context)
            thread = self._thread
            if thread is None or not thread.is_alive() or time.monotonic() > deadline:
                return
            if thread is threading.current_thread():
                return
            thread.join(0.05)

    def start(self, callback: Callable[[MonitorEvent], None]) -> threading.Thread:
        def run() -> None:
            for event in self.events():
                callback(event)

        self._thread = threading.Thread(target=run, name="card-monitor", daemon=True)
        self._thread.start()
        return self._thread

    def join(self, timeout: float | None = None) -> None:
        if self._thread is not None:
            self._thread.join(timeout)

    def _drop_context(self) -> None:
        with self._lock:
            if self._context is not None:
                scard.SCardReleaseContext(self._context)
                self._context = None

    def _pick(self, readers: list[str]) -> str | None:
        for name in readers:
            if self.reader_filter is None or self.reader_filter in name:
                return name
        return None

    def _observe(self) -> Snapshot | None:
        """Block until something changes (or wait_ms); None when there is nothing new."""
        if self._context is None:
            try:
                context = establish_context()
            except ReaderServiceUnavailable:
                self._cancelled.wait(self.retry_s)
                return Snapshot("no-service")
            with self._lock:
                self._context = context
        context = self._context
        try:
            reader = self._pick(list_readers(context))
        except ReaderServiceUnavailable:
            self._drop_context()
            return Snapshot("no-service")
        except DeviceError:
            reader = None
        if reader is None:
            code, _ = scard.SCardGetStatusChange(context, self.wait_ms, [(PNP, 0)])
            if code in (scard.SCARD_E_NO_SERVICE, scard.SCARD_E_SERVICE_STOPPED):
                self._drop_context()
                return Snapshot("no-service")
            if code not in (scard.SCARD_S_SUCCESS, scard.SCARD_E_TIMEOUT, scard.SCARD_E_CANCELLED):
                self._cancelled.wait(self.retry_s)  # a driver without PnP support: poll
            return Snapshot("no-reader")
        if self._cancelled.is_set():
            return None
        before = self.snapshot
        known = before is not None and before.status == "reader" and before.reader == reader
        current = 0
        if known:
            assert before is not None
            current = (before.counter << 16) | (
                scard.SCARD_STATE_PRESENT if before.present else scard.SCARD_STATE_EMPTY
            )
        code, states = scard.SCardGetStatusChange(
            context, self.wait_ms if known else 0, [(reader, current)]
        )
        if code in (scard.SCARD_E_TIMEOUT, scard.SCARD_E_CANCELLED):
            return None
        if code in (scard.SCARD_E_NO_SERVICE, scard.SCARD_E_SERVICE_STOPPED,
                    scard.SCARD_E_INVALID_HANDLE):  # fmt: skip
            self._drop_context()
            return Snapshot("no-service")
        if code != scard.SCARD_S_SUCCESS:
            return Snapshot("no-reader")
        _, event_state, atr = states[0]
        if event_state & (scard.SCARD_STATE_UNKNOWN | scard.SCARD_STATE_UNAVAILABLE):
            return Snapshot("no-reader")
        present = bool(event_state & scard.SCARD_STATE_PRESENT) and not (
            event_state & scard.SCARD_STATE_MUTE
        )
        return Snapshot("reader", reader, present, (event_state >> 16) & 0xFFFF, bytes(atr))

    def events(self) -> Iterator[MonitorEvent]:
        """Yield events until cancel(); the first ones describe the current situation."""
        try:
            while not self._cancelled.is_set():
                observed = self._observe()
                if observed is None or self._cancelled.is_set():
                    continue
                found = changes(self.snapshot, observed)
                self.snapshot = observed
                yield from found
        finally:
            self._drop_context()
