"""The program under systemd: READY once drawn, WATCHDOG from the GUI thread, STATUS, updates.

The pings come from a QTimer, so they are sent by the GUI thread's event loop: a GUI blocked
or stuck in a loop stops them, systemd (WatchdogSec=) kills the program and Restart=always
starts it again. A ping from another thread would keep a frozen screen alive.

STATUS= says what the terminal is doing: idle (the first screen, no card in the reader),
visit, printing, updating (restarting for an update), or "out-of-order: <reason>".

After an upgrade the program restarts itself (quits; systemd starts the new one) only when it
is idle: an update found during a visit waits for the visit to end and the card to be out.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable

from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal

from app.appliance.notify import IDLE, UPDATING, Notifier
from app.appliance.update import PendingUpdate, installed_version
from ui.first_paint import FirstPaint

log = logging.getLogger(__name__)

STATUS_POLL_MS = 1000  # how often the activity is looked at (printing has no signal of its own)
UPDATE_CHECK_MS = 60_000  # how often the installed version is looked at
UPDATE_RETRY_MS = 500  # once a restart is due: how often "are we idle yet?" is asked


class Watchdog(QObject):
    """READY, WATCHDOG and STATUS for systemd; does nothing outside systemd."""

    status_changed = Signal(str)

    def __init__(self, notifier: Notifier | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.notifier = notifier if notifier is not None else Notifier()
        self.status = ""
        self.is_ready = False
        self._activity: Callable[[], str] | None = None
        self.timer = QTimer(self)
        self.timer.setObjectName("watchdogTimer")
        self.timer.timeout.connect(self.notifier.ping)
        interval = self.notifier.watchdog_interval_ms
        if interval is not None:
            self.timer.start(interval)
        self._poll = QTimer(self)
        self._poll.setInterval(STATUS_POLL_MS)
        self._poll.timeout.connect(self.refresh)

    def ready_when_drawn(self, widget: QObject, status: str | None = None) -> None:
        """READY=1 once `widget` has been painted (the first screen is on the glass)."""
        FirstPaint(widget, lambda: self.ready(status))

    def ready(self, status: str | None = None) -> None:
        if status is not None:
            self.status = status
        elif self._activity is not None:
            self.status = self._activity()
        self.notifier.ready(self.status or IDLE)
        self.is_ready = True

    def set_status(self, status: str) -> None:
        if status == self.status:
            return
        self.status = status
        if self.is_ready:  # before READY, the READY datagram carries the first status
            self.notifier.status(status)
        self.status_changed.emit(status)

    def follow(self, activity: Callable[[], str], *signals) -> None:
        """STATUS follows `activity()`: at each of `signals` and, for what has no signal of its
        own (a print job's end), every second."""
        self._activity = activity
        for signal in signals:
            signal.connect(self.refresh)
        self._poll.start()
        self.refresh()

    def refresh(self, *_args) -> None:
        if self._activity is not None and self.status != UPDATING:
            self.set_status(self._activity())


class UpdateWatch(QObject):
    """Restarts the program for an installed update, at the first idle moment."""

    restarting = Signal(str)  # the version about to start

    def __init__(
        self,
        watchdog: Watchdog,
        activity: Callable[[], str],
        quit_program: Callable[[], None],
        *,
        pending: PendingUpdate | None = None,
        installed: Callable[[], str | None] = installed_version,
        check_ms: int | None = None,
        parent: QObject | None = None,
    ):
        super().__init__(parent if parent is not None else watchdog)
        self.watchdog = watchdog
        self.activity = activity
        self.quit_program = quit_program
        self.pending = pending if pending is not None else PendingUpdate()
        self.installed = installed
        self.done = False
        self.timer = QTimer(self)
        self.timer.setInterval(check_ms or UPDATE_CHECK_MS)
        self.timer.timeout.connect(self.check)
        self._retry = QTimer(self)
        self._retry.setInterval(UPDATE_RETRY_MS)
        self._retry.timeout.connect(self.restart_if_idle)
        watchdog.status_changed.connect(self.restart_if_idle)

    def start(self) -> None:
        self.timer.start()

    def check(self) -> None:
        was_due = self.pending.due
        if self.pending.observe(self.installed()):
            if not was_due:
                print(
                    f"guichet: version {self.pending.version} is installed (running "
                    f"{self.pending.running}); restarting at the next idle moment",
                    file=sys.stderr,
                    flush=True,
                )
            self.restart_if_idle()
            if not self.done:
                self._retry.start()
        else:
            self._retry.stop()

    def restart_if_idle(self, *_args) -> None:
        if self.done or not self.pending.due:
            return
        if self.activity() != IDLE:
            return
        if QThreadPool.globalInstance().activeThreadCount():
            return  # a visit's closing still being written: let it finish
        self.done = True
        self.timer.stop()
        self._retry.stop()
        self.watchdog.set_status(UPDATING)
        print(
            f"guichet: restarting for version {self.pending.version}", file=sys.stderr, flush=True
        )
        self.restarting.emit(self.pending.version or "")
        self.quit_program()
