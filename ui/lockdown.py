"""Kiosk lockdown inside the program: no way out by keyboard, close or leaving full screen.

The operating-system side (a kiosk compositor session without a desktop, autologin, a watchdog
that restarts the program) is in installer/; this guard is what the program itself refuses:
- close requests (window manager close, Alt+F4 delivered as a close) are ignored;
- Escape, Alt+F4, Ctrl+Q, Ctrl+W, Alt+Tab, the Menu/Meta keys and every Ctrl/Alt/Meta
  combination are swallowed before any widget or shortcut sees them;
- the window goes back to full screen whenever something takes it out (a dialog, a WM key);
- only `allow_exit()` (after the staff code, from the maintenance screen) lets the program quit.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget

_BLOCKED_KEYS = {
    Qt.Key.Key_Escape,
    Qt.Key.Key_F4,
    Qt.Key.Key_Tab,
    Qt.Key.Key_Backtab,
    Qt.Key.Key_Meta,
    Qt.Key.Key_Super_L,
    Qt.Key.Key_Super_R,
    Qt.Key.Key_Menu,
    Qt.Key.Key_Close,
    Qt.Key.Key_Exit,
    Qt.Key.Key_Sleep,
    Qt.Key.Key_PowerOff,
}
_MODIFIERS = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)


def is_escape_key(event: QEvent) -> bool:
    """True for every key press the kiosk must swallow (Alt+F4, Escape, Ctrl+Q...)."""
    key = event.key()
    if key in _BLOCKED_KEYS:
        return True
    if event.modifiers() & _MODIFIERS:
        return True
    return Qt.Key.Key_F1 <= key <= Qt.Key.Key_F35


class KioskGuard(QObject):
    def __init__(self, window: QWidget):
        super().__init__(window)
        self.window = window
        self.exit_allowed = False
        self.refused = 0  # escape attempts refused, for the maintenance screen and the tests
        app = QApplication.instance()
        app.setQuitOnLastWindowClosed(False)
        app.installEventFilter(self)

    def allow_exit(self) -> None:
        self.exit_allowed = True
        QApplication.instance().setQuitOnLastWindowClosed(True)

    def _back_to_full_screen(self) -> None:
        if self.exit_allowed:
            return
        self.window.setWindowState(Qt.WindowState.WindowFullScreen)
        self.window.showFullScreen()
        self.window.raise_()
        self.window.activateWindow()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride, QEvent.Type.KeyRelease):
            if is_escape_key(event):
                if kind == QEvent.Type.KeyPress:
                    self.refused += 1
                event.accept()
                return True
        elif kind == QEvent.Type.Close and watched is self.window and not self.exit_allowed:
            self.refused += 1
            event.ignore()
            return True
        elif kind in (QEvent.Type.WindowStateChange, QEvent.Type.Hide) and watched is self.window:
            # Minimised keeps the full-screen bit: compare the whole state.
            if (
                not self.exit_allowed
                and self.window.windowState() != Qt.WindowState.WindowFullScreen
            ):
                QTimer.singleShot(0, self, self._back_to_full_screen)
        elif kind == QEvent.Type.ContextMenu:
            return True
        return False
