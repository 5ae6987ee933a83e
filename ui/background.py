"""The one helper for slow work: runs an operation off the GUI thread, reports back on it.

Modelled on Anki's QueryOp:

    BackgroundOp(parent, op=read_card, success=show_identity).failure(show_error).with_progress(
        update_bar).run()

`op` runs on a pool thread and must not touch widgets; it receives a `report(done, total, label)`
callable. `success`, `failure` and the progress callback are called on the GUI thread. If `parent`
is destroyed first (the member left and the screen was wiped), nothing is delivered.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, Self, TypeVar

from PySide6.QtCore import QObject, QThreadPool, Signal, Slot

T = TypeVar("T")
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Progress:
    done: int
    total: int | None
    label: str = ""


Report = Callable[[int, "int | None", str], None]


class _Relay(QObject):
    """Lives on the GUI thread. Its signals are emitted on the pool thread and connected to its own
    slots, so Qt queues each delivery to the GUI thread (a plain function as receiver would not be
    guaranteed to run there)."""

    succeeded = Signal(object)
    failed = Signal(object)
    progressed = Signal(object)

    def __init__(self, parent: QObject, on_success, on_failure, on_progress):
        super().__init__(parent)
        self._on_success = on_success
        self._on_failure = on_failure
        self._on_progress = on_progress
        self.succeeded.connect(self._deliver_success)
        self.failed.connect(self._deliver_failure)
        self.progressed.connect(self._deliver_progress)

    @Slot(object)
    def _deliver_success(self, value: object) -> None:
        self.deleteLater()
        self._on_success(value)

    @Slot(object)
    def _deliver_failure(self, exc: object) -> None:
        self.deleteLater()
        self._on_failure(exc)

    @Slot(object)
    def _deliver_progress(self, progress: object) -> None:
        if self._on_progress is not None:
            self._on_progress(progress)


class _Job:
    """What a pool thread runs: a plain callable, not a QRunnable subclass. PySide6 (6.11) keeps
    the Python side of many QRunnable subclasses alive after their run (a race in its ownership
    transfer; measured here: 71 of 2,000 bare ones, 1,218 of 3,000 of this module's), and with
    it the op's closure — a member's file session among them, past the end of the visit (the
    memory benchmark found them). A callable handed to QThreadPool.start is released once run:
    none of 5,000 left."""

    def __init__(self, op: Callable[[Report], object], relay: _Relay):
        self._op = op
        self._relay = relay

    def __call__(self) -> None:
        try:
            self.run()
        finally:  # nothing of the work outlives it, whoever still holds the job
            self._op = self._relay = None

    def _emit(self, signal_name: str, value: object) -> None:
        # RuntimeError: the relay's parent (a screen) was destroyed; nobody waits any more.
        with contextlib.suppress(RuntimeError):
            getattr(self._relay, signal_name).emit(value)

    def run(self) -> None:
        def report(done: int, total: int | None = None, label: str = "") -> None:
            self._emit("progressed", Progress(done, total, label))

        try:
            result = self._op(report)
        except Exception as exc:  # every failure goes back to the GUI thread, none is lost
            self._emit("failed", exc)
        else:
            self._emit("succeeded", result)


def _log_failure(exc: Exception) -> None:
    log.error("background operation failed: %s", type(exc).__name__)


class BackgroundOp(Generic[T]):
    def __init__(
        self,
        parent: QObject,
        op: Callable[[Report], T],
        success: Callable[[T], None],
        *,
        pool: QThreadPool | None = None,
    ):
        self._parent = parent
        self._op = op
        self._success = success
        self._failure: Callable[[Exception], None] = _log_failure
        self._progress: Callable[[Progress], None] | None = None
        self._pool = pool or QThreadPool.globalInstance()

    def failure(self, callback: Callable[[Exception], None]) -> Self:
        self._failure = callback
        return self

    def with_progress(self, callback: Callable[[Progress], None]) -> Self:
        self._progress = callback
        return self

    def run(self) -> None:
        relay = _Relay(self._parent, self._success, self._failure, self._progress)
        self._pool.start(_Job(self._op, relay))
