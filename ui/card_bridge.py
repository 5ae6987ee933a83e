"""The one Qt bridge to the card backend (devices/card_backend.py): its news, and the results of
the card work asked of it, moved onto the GUI thread.

The backend calls its listeners on the reader monitor's or the card's thread; `CardBridge`
re-emits each call as a signal that is always queued, so the screens see the card's news on
the GUI thread, in the order it happened, and never inside the backend's own call.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from concurrent.futures import Future

from PySide6.QtCore import QObject, Qt, Signal, Slot

from devices.card_backend import CardBackend, CardListener
from devices.cardstate import CardState

QUEUED = Qt.ConnectionType.QueuedConnection


class CardBridge(QObject, CardListener):
    """Listens to one CardBackend; connect to its signals with `on` (always queued)."""

    state_changed = Signal(object)  # CardState
    inserted = Signal(int)  # serial
    holder = Signal(int, object)  # serial, HolderData
    photo = Signal(int, object)  # serial, JPEG bytes
    progressed = Signal(int, int, int)  # serial, done, total
    done = Signal(int)
    failed = Signal(int, object)  # serial, the exception
    removed = Signal(int)

    def __init__(self, card: CardBackend, parent: QObject | None = None):
        QObject.__init__(self, parent)
        self.card = card
        card.add_listener(self)

    @staticmethod
    def on(signal, slot) -> None:
        """Connect `slot` to one of the bridge's signals, queued even on the GUI thread: a
        slot never runs inside the backend's own call (the demo bar inserts on the GUI
        thread)."""
        signal.connect(slot, QUEUED)

    # CardListener: called on the backend's threads; emitting is all they do.
    def card_state(self, state: CardState) -> None:
        self._emit(self.state_changed, state)

    def card_inserted(self, serial: int) -> None:
        self._emit(self.inserted, serial)

    def holder_read(self, serial: int, holder) -> None:
        self._emit(self.holder, serial, holder)

    def photo_read(self, serial: int, photo: bytes) -> None:
        self._emit(self.photo, serial, photo)

    def read_progress(self, serial: int, done: int, total: int) -> None:
        self._emit(self.progressed, serial, done, total)

    def read_done(self, serial: int) -> None:
        self._emit(self.done, serial)

    def read_failed(self, serial: int, error: BaseException) -> None:
        self._emit(self.failed, serial, error)

    def card_removed(self, serial: int) -> None:
        self._emit(self.removed, serial)

    @staticmethod
    def _emit(signal, *args) -> None:
        # RuntimeError: the bridge was destroyed with its window; nobody listens any more.
        with contextlib.suppress(RuntimeError):
            signal.emit(*args)


class _Delivery(QObject):
    """One card job's result, from the card thread to the GUI thread."""

    finished = Signal(object)

    def __init__(self, parent: QObject, success, failure):
        super().__init__(parent)
        self._success = success
        self._failure = failure
        self.finished.connect(self._deliver, QUEUED)

    @Slot(object)
    def _deliver(self, future: Future) -> None:
        self.deleteLater()
        exc = future.exception()
        if exc is None:
            self._success(future.result())
        else:
            self._failure(exc)

    def emit(self, future: Future) -> None:
        with contextlib.suppress(RuntimeError):  # the parent went away first: nobody waits
            self.finished.emit(future)


def deliver(
    parent: QObject,
    future: Future,
    success: Callable[[object], None],
    failure: Callable[[BaseException], None],
) -> None:
    """Call `success(result)` or `failure(exception)` on the GUI thread once `future` is done;
    nothing when `parent` was destroyed first."""
    future.add_done_callback(_Delivery(parent, success, failure).emit)
