"""The start-up benchmark's baseline: a bare PySide6 window — a QApplication and a label, full
screen — started as `guichet` is (a new interpreter, the same virtual screen), printing "ready"
on the event-loop turn after its first paint, as `guichet --exit-when-ready` does for its
welcome screen (ui/first_paint.py)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel


class _FirstPaint(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self.ready)
        return False

    def ready(self) -> None:
        print("ready", flush=True)
        QApplication.instance().quit()


def main() -> int:
    app = QApplication(sys.argv[:1])
    label = QLabel("Welcome")
    watch = _FirstPaint(label)
    label.installEventFilter(watch)
    label.showFullScreen()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
