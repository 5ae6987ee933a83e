"""Inactivity: a watch on every touch and key, and the countdown the member sees before the end.

The watch is an application-wide event filter; any press or key resets it. When `warn_s`
seconds remain, the countdown banner appears ("Are you still there? 20 s"); at zero `expired` is
emitted and the session controller ends the visit (which wipes every screen).

Issue 17 (EN 301 549 / WCAG 2.2.1, timing adjustable): the countdown's start is announced on
screen and by speech (ui/accessible.py announce(): a screen reader's alert, the terminal's
speech); its "More time" button, a touch anywhere or any key gives the visit its whole limit
again, as many times as the member needs. `set_timeout` changes the limit during a visit (the
session controller's longer one while speech is on).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QPushButton, QWidget

from ui.accessible import announce

_ACTIVITY = {
    QEvent.Type.MouseButtonPress,
    QEvent.Type.KeyPress,
    QEvent.Type.TouchBegin,
    QEvent.Type.Wheel,
}


class InactivityWatch(QObject):
    expired = Signal()
    tick = Signal(int)  # seconds left, only while warning

    def __init__(self, parent: QObject, *, timeout_s: int = 90, warn_s: int = 20):
        super().__init__(parent)
        self.timeout_s = timeout_s
        self.warn_s = min(warn_s, timeout_s)
        self.remaining = timeout_s
        self.active = False
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self._second)
        QApplication.instance().installEventFilter(self)

    def arm(self) -> None:
        """Start (or restart) counting: a visit is in progress."""
        self.active = True
        self.remaining = self.timeout_s
        self._timer.start()
        self.tick.emit(-1)

    def set_timeout(self, timeout_s: int) -> None:
        """A new idle limit; during a visit it counts again from now (the member just acted:
        speech turned on or off)."""
        self.timeout_s = timeout_s
        if self.active:
            warned = self.remaining <= self.warn_s
            self.remaining = timeout_s
            if warned:
                self.tick.emit(-1)

    def disarm(self) -> None:
        self.active = False
        self._timer.stop()
        self.tick.emit(-1)

    def poke(self) -> None:
        if self.active:
            warned = self.remaining <= self.warn_s
            self.remaining = self.timeout_s
            if warned:
                self.tick.emit(-1)

    def _second(self) -> None:
        self.remaining -= 1
        if self.remaining <= 0:
            self.disarm()
            self.expired.emit()
        elif self.remaining <= self.warn_s:
            self.tick.emit(self.remaining)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.active and event.type() in _ACTIVITY:
            self.poke()
        return False


class CountdownBanner(QWidget):
    """Shown over the bottom of the screen during the last seconds; one touch keeps the visit.
    Its start is announced (speech says it, a screen reader gets an alert)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("countdownBanner")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(24, 12, 24, 12)
        self.text = QLabel(self)
        self.text.setObjectName("countdownText")
        self.text.setWordWrap(True)  # "Êtes-vous toujours là ?…" is wider than the screen
        self.stay = QPushButton(self)
        self.stay.setObjectName("countdownStay")
        layout.addWidget(self.text, 1)
        layout.addWidget(self.stay)
        self.seconds = -1
        self.hide()
        self.retranslate()

    def show_seconds(self, seconds: int) -> None:
        starting = seconds >= 0 > self.seconds
        self.seconds = seconds
        self.setVisible(seconds >= 0)
        self.retranslate()
        if starting:
            announce(self.text, self.text.text())

    def retranslate(self) -> None:
        self.text.setText(
            self.tr("Are you still there? Your session ends in %n second(s).", "", self.seconds)
            + " "
            + self.tr("Touch More time or press a key.")
        )
        self.stay.setText(self.tr("More time"))
        self.stay.setAccessibleDescription(self.tr("Your visit gets its whole time again."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
