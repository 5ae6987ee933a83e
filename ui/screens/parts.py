"""The pieces every screen is built of, one set for all: labels, messages that take no room when
empty, buttons and a row of them, line edits, dense tables and their rows.

Call them with the module's name (`parts.label(self, "hint")`): a page's own variables are often
called `label`, `button` or `item`. ui/out_of_order.py keeps copies on purpose: it must start
when the rest of the program is broken, so it imports only PySide6 and the catalogues.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from ui.accessible import announce


def label(parent: QWidget, object_name: str = "body", *, center: bool = False) -> QLabel:
    """Plain text (never rich text from a database), wrapped."""
    widget = QLabel(parent)
    widget.setObjectName(object_name)
    widget.setWordWrap(True)
    widget.setTextFormat(Qt.TextFormat.PlainText)
    if center:
        widget.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return widget


class _Message(QLabel):
    """A line that answers the member (an error, a confirmation): it takes no room when empty,
    and each new text is announced (speech says it, a screen reader gets an alert: issue 17)."""

    def setText(self, text: str) -> None:
        changed = text != self.text()
        super().setText(text)
        self.setVisible(bool(text))
        if changed and text and self.isVisibleTo(self.window()) and self.window().isVisible():
            announce(self, text)


def message(parent: QWidget, object_name: str) -> QLabel:
    widget = _Message(parent)
    widget.setObjectName(object_name)
    widget.setWordWrap(True)
    widget.setTextFormat(Qt.TextFormat.PlainText)
    widget.setVisible(False)
    return widget


BACK_NAMES = {"back", "finish", "terminalsBack", "slotsBack", "queueBack", "cancel"}


def button(parent: QWidget, object_name: str, slot=None, *, primary: bool = False) -> QPushButton:
    """A button that a touch does not give the focus (no ring left after a tap); keys reach it
    (ui/keys.py). `primary` styles it as the main action; a way back or out is the keypad's
    back key's (`keyRole` "back")."""
    widget = QPushButton(parent)
    widget.setObjectName(object_name)
    widget.setProperty("primary", primary)
    widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    if object_name in BACK_NAMES:
        widget.setProperty("keyRole", "back")
    if slot is not None:
        widget.clicked.connect(slot)
    return widget


def button_row(*buttons: QPushButton) -> QHBoxLayout:
    """Buttons side by side, centred."""
    row = QHBoxLayout()
    row.setSpacing(24)
    row.addStretch(1)
    for widget in buttons:
        row.addWidget(widget)
    row.addStretch(1)
    return row


def keep_width(widget: QPushButton) -> None:
    """A button the layout may not squeeze below its text (the fields beside it give way)."""
    widget.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)


def line_edit(parent: QWidget, object_name: str, *, password: bool = False) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setObjectName(object_name)
    edit.setMinimumHeight(64)
    if password:
        edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


def table(parent: QWidget, object_name: str, columns: int) -> QTableWidget:
    """A read-only table of whole rows, one selected at a time, no context menu."""
    widget = QTableWidget(0, columns, parent)
    widget.setObjectName(object_name)
    widget.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    widget.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    widget.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    widget.verticalHeader().setVisible(False)
    widget.verticalHeader().setDefaultSectionSize(48)
    widget.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    widget.horizontalHeader().setStretchLastSection(True)
    widget.setWordWrap(False)
    widget.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
    return widget


def item(text: str, *, amount: bool = False, data=None) -> QTableWidgetItem:
    """A cell; an amount is aligned right; `data` rides along (UserRole)."""
    cell = QTableWidgetItem(text)
    if amount:
        cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    if data is not None:
        cell.setData(Qt.ItemDataRole.UserRole, data)
    return cell


def fill(widget: QTableWidget, rows: list[list[QTableWidgetItem]]) -> None:
    widget.setRowCount(0)
    widget.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, cell in enumerate(row):
            widget.setItem(r, c, cell)


def empty(widget: QTableWidget) -> None:
    widget.clearSelection()
    widget.setRowCount(0)
