"""FirstPaint: an action once a widget is on the glass. Apart from ui/watchdog.py, whose
update check's imports the first screen's start does without (ui/app.py)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer


class FirstPaint(QObject):
    """Calls `action` once, on the event-loop turn after the watched widget is first painted."""

    def __init__(self, watched: QObject, action: Callable[[], None]):
        super().__init__(watched)
        self._action = action
        watched.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self, self._action)
        return False
