"""The header's connection state: online, or offline with the operations that wait."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QLabel, QWidget

if TYPE_CHECKING:  # the sync's machinery stays out of the first screen's start (ui/app.py)
    from app.sync.worker import SyncStatus


class SyncBridge(QObject):
    """Carries SyncStatus from the sync thread to the GUI thread (a queued signal)."""

    status = Signal(object)

    def publish(self, status: SyncStatus) -> None:  # called on the sync thread
        self.status.emit(status)


class SyncIndicator(QLabel):
    """Says plainly whether the central database is reachable, and what is still pending."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("syncIndicator")
        self.setWordWrap(True)  # a long state in German wraps rather than squeeze the header
        self._status: SyncStatus | None = None
        self.retranslate()

    def show_status(self, status: SyncStatus) -> None:
        self._status = status
        self.retranslate()

    def retranslate(self) -> None:
        status = self._status
        if status is None or status.online is None:
            text, state = self.tr("Connecting…"), "unknown"
        elif status.online:
            text, state = self.tr("Online"), "online"
            if status.pending:
                text = self.tr("Online — %n operation(s) being sent", "", status.pending)
        else:
            text, state = self.tr("Offline"), "offline"
            if status.pending:
                text = self.tr("Offline — %n operation(s) waiting", "", status.pending)
            # Not a network that comes back by itself: the IT staff must act (the maintenance
            # screen gives the detail).
            if status.problem == "tls":
                text = self.tr("Offline — the central server's certificate is refused")
            elif status.problem == "auth":
                text = self.tr("Offline — the central server refuses this terminal's login")
        self.setText(text)
        self.setProperty("problem", (status.problem or "") if status is not None else "")
        self.setProperty("state", state)
        self.style().unpolish(self)
        self.style().polish(self)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
