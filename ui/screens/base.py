"""What every screen shares: a title, a body, retranslation on language change, and `clear()`.
Its labels and buttons come from ui/screens/parts.py, as every page's do.

`large_mode_changed(large)` is called when the screen is first shown and whenever the large
high-contrast mode is switched (the window's `appearance`, ui/appearance.py): a screen whose
arrangement differs in that mode (fewer columns, a list for a choice too long for one line)
does it there; the stylesheet and the reflowing layouts follow by themselves.

`clear()` is the privacy contract: after it, the screen shows nothing of the member who left
(fields emptied, labels reset, models dropped). The session controller calls it on every screen
when a visit ends; tests/ui/test_kiosk_session.py checks the whole widget tree afterwards.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from ui.screens import parts


class Screen(QWidget):
    name = ""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(f"{self.name}Screen")
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(40, 16, 40, 16)
        self.layout_.setSpacing(12)
        self.title = parts.label(self, "screenTitle", center=True)
        self.layout_.addWidget(self.title)
        # The mode last told (private: a screen may keep its own `large`).
        self.__large = False
        self.__watching = False

    # -- the large mode ------------------------------------------------------------------------
    def large_mode_changed(self, large: bool) -> None:  # a screen arranged otherwise there
        pass

    def __follow(self, large: bool) -> None:
        if large != self.__large:
            self.__large = large
            self.large_mode_changed(large)

    def showEvent(self, event) -> None:
        appearance = getattr(self.window(), "appearance", None)
        if appearance is not None:
            if not self.__watching:
                self.__watching = True
                appearance.changed.connect(self.__follow)
            self.__follow(appearance.large)
        super().showEvent(event)

    # -- life cycle ----------------------------------------------------------------------------
    def retranslate(self) -> None:  # each screen sets its texts here
        pass

    def clear(self) -> None:
        """Forget everything of the visit; the default empties every line edit.

        setText("") and not clear(): clear() keeps the undo history, from which the previous
        member's text could be brought back.
        """
        for edit in self.findChildren(QLineEdit):
            edit.setText("")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
