"""A large touch button whose title wraps onto a second line rather than lose its ends.

A QPushButton draws its text on one line and cuts it on both sides when the button is
narrower ("ossier médical global (DMC"); a tile holds its title in a wrapping label instead,
and asks its layout for the room the label needs.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget


class Tile(QPushButton):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.caption = QLabel(self)
        self.caption.setObjectName("tileCaption")
        self.caption.setWordWrap(True)
        self.caption.setTextFormat(Qt.TextFormat.PlainText)
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 8)
        layout.addWidget(self.caption)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def setText(self, text: str) -> None:
        self.caption.setText(text)
        self.setAccessibleName(text)  # the button's own text stays empty: say what it opens
        self.updateGeometry()

    def text(self) -> str:
        return self.caption.text()

    def sizeHint(self) -> QSize:
        return self.layout().sizeHint().expandedTo(self.minimumSizeHint())

    def minimumSizeHint(self) -> QSize:
        return self.layout().minimumSize().expandedTo(QSize(0, self.minimumHeight()))

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return max(self.layout().totalHeightForWidth(width), self.minimumHeight())


class WrapButton(Tile):
    """A button of one sentence ("No card? Log in with a password or a token"): on one line
    where the screen has room for it, on two or more where it has not (the large mode, a long
    German sentence), never cut."""

    def sizeHint(self) -> QSize:
        margins = self.layout().contentsMargins()
        one_line = self.caption.fontMetrics().horizontalAdvance(self.caption.text())
        width = one_line + margins.left() + margins.right() + 2 * self.caption.margin() + 4
        return QSize(width, self.heightForWidth(width)).expandedTo(self.minimumSizeHint())
