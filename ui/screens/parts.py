"""The pieces every screen is built of, one set for all: labels, messages that take no room when
empty, buttons and a row of them, line edits, dense tables and their rows.

Call them with the module's name (`parts.label(self, "hint")`): a page's own variables are often
called `label`, `button` or `item`. ui/out_of_order.py keeps copies on purpose: it must start
when the rest of the program is broken, so it imports only PySide6 and the catalogues.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, QObject, QRect, Qt, QTimer
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QStyle,
    QStyleOptionComboBox,
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


BACK_NAMES = {"back", "finish", "cancel", "backHome"}


def is_way_back(object_name: str) -> bool:
    """A screen's way back or out, by its name: back, finish, cancel, backHome, or a name ending
    in "Back" (slotsBack, queueBack…)."""
    return object_name in BACK_NAMES or object_name.endswith("Back")


def button(parent: QWidget, object_name: str, slot=None, *, primary: bool = False) -> QPushButton:
    """A button that a touch does not give the focus (no ring left after a tap); keys reach it
    (ui/keys.py). `primary` styles it as the main action; a way back or out is the keypad's
    back key's (`keyRole` "back")."""
    widget = QPushButton(parent)
    widget.setObjectName(object_name)
    widget.setProperty("primary", primary)
    widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    if is_way_back(object_name):
        widget.setProperty("keyRole", "back")
        # Finish ends the visit: the keypad's back key reaches it before taking it (ui/keys.py).
        widget.setProperty("keyConfirm", object_name == "finish")
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


# -- tables in the large mode (issue 17) ---------------------------------------------------------


def titles(
    widget: QTableWidget, texts: list[str], *, large: bool = False, two_lines: bool = False
) -> None:
    """Column titles: as they are, or a long one on two lines (`two_lines`,
    ui/widgets/headers.py); in the large mode every title of several words on two lines, so
    that its column needs about half its width."""
    from ui.widgets.headers import two_lines as balanced

    if large:
        widget.setHorizontalHeaderLabels([_halves(text) for text in texts])
    else:
        widget.setHorizontalHeaderLabels([balanced(t) if two_lines else t for t in texts])


def _halves(title: str) -> str:
    words = title.split(" ")
    if len(words) < 2:
        return title
    middle = len(title) / 2
    spaces = [i for i, char in enumerate(title) if char == " "]
    cut = min(spaces, key=lambda i: abs(i - middle))
    return f"{title[:cut]}\n{title[cut + 1 :]}"


class LargeTable(QObject):
    """A table that fits the screen's width in the large mode, without scrolling sideways: the
    columns `hidden` are hidden (what they say is elsewhere on the page), every other column is
    as wide as its title or its cells' longest word, the column `stretch` takes what is left, the
    cells wrap their words and each row is as tall as its lines. Its height shows `rows` rows at
    most (all when None): the window's page scrolls rather than the table. In the normal mode
    the table is as its page made it (what it was when this was made)."""

    def __init__(
        self, table: QTableWidget, *, stretch: int, hidden=(), rows: int | None = None,
        normal_rows: QHeaderView.ResizeMode = QHeaderView.ResizeMode.Interactive,
    ):  # fmt: skip
        super().__init__(table)
        self.table = table
        self.stretch = stretch
        self.hidden = frozenset(hidden)
        self.rows = rows
        self.large = False
        header = table.horizontalHeader()
        self._normal = (
            [header.sectionResizeMode(c) for c in range(table.columnCount())],
            header.stretchLastSection(),
            table.wordWrap(),
            table.minimumHeight(),
            normal_rows,  # the rows' sizes in the normal mode (a header has no default to read)
            table.textElideMode(),
            table.sizePolicy().verticalPolicy(),
        )
        self._width = -1
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.fit)
        model = table.model()
        changes = (model.rowsInserted, model.rowsRemoved, model.modelReset, model.dataChanged,
                   model.headerDataChanged, model.layoutChanged)  # fmt: skip
        for signal in changes:
            signal.connect(self._soon)
        table.installEventFilter(self)

    def set_large(self, large: bool) -> None:
        if large == self.large:
            return
        self.large = large
        table, header = self.table, self.table.horizontalHeader()
        modes, stretch_last, wrap, least, rows_mode, elide, policy = self._normal
        for column in range(table.columnCount()):
            table.setColumnHidden(column, large and column in self.hidden)
        if large:
            header.setStretchLastSection(False)
            table.setWordWrap(True)
            table.setTextElideMode(Qt.TextElideMode.ElideNone)
            table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            self._policy(QSizePolicy.Policy.Fixed)  # as tall as its rows (`fit`), no more
            self.fit()
            return
        for column, mode in enumerate(modes):
            header.setSectionResizeMode(column, mode)
        header.setStretchLastSection(stretch_last)
        table.setWordWrap(wrap)
        table.setTextElideMode(elide)
        table.verticalHeader().setSectionResizeMode(rows_mode)
        lines = table.verticalHeader()
        if rows_mode != QHeaderView.ResizeMode.ResizeToContents:
            for row in range(table.rowCount()):  # back to the default height
                lines.resizeSection(row, lines.defaultSectionSize())
        self._policy(policy)
        table.setMaximumHeight(16777215)
        table.setMinimumHeight(least)

    def _policy(self, vertical: QSizePolicy.Policy) -> None:
        policy = self.table.sizePolicy()
        policy.setVerticalPolicy(vertical)
        self.table.setSizePolicy(policy)

    def set_normal_minimum(self, height: int) -> None:
        """The table's least height in the normal mode (a page changes it: a banner above)."""
        modes, stretch_last, wrap, _least, rows_mode, elide, policy = self._normal
        self._normal = (modes, stretch_last, wrap, height, rows_mode, elide, policy)
        if not self.large:
            self.table.setMinimumHeight(height)

    def _soon(self, *_args) -> None:
        if self.large:
            self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        # A new height alone changes no column (the table's least height is set here).
        wider = kind == QEvent.Type.Resize and self.table.width() != self._width
        if self.large and (wider or kind in (QEvent.Type.FontChange, QEvent.Type.StyleChange)):
            self._width = self.table.width()
            self._soon()
        return False

    def fit(self) -> None:
        """The columns' widths and the table's height, for its texts now."""
        if not self.large:
            return
        table, header = self.table, self.table.horizontalHeader()
        table.ensurePolished()
        metrics = QFontMetrics(table.font())
        margin = table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table)
        padding = 2 * (margin + 1) + 8
        for column in range(table.columnCount()):
            if table.isColumnHidden(column):
                continue
            if column == self.stretch:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
                continue
            words = [
                word for row in range(table.rowCount()) for word in _words(table.item(row, column))
            ]
            widest = max((metrics.horizontalAdvance(word) for word in words), default=0)
            needed = max(header.sectionSizeHint(column), widest + padding)
            if not words:  # a check box, a picture: the cell's own size
                needed = max(needed, table.sizeHintForColumn(column))
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(column, needed)
        table.resizeRowsToContents()
        shown = table.rowCount() if self.rows is None else min(self.rows, table.rowCount())
        height = 2 * table.frameWidth() + header.sizeHint().height()
        height += sum(table.rowHeight(row) for row in range(shown))
        if shown == 0:
            height += metrics.height() + padding
        if table.minimumHeight() != height or table.maximumHeight() != height:
            table.setFixedHeight(height)


def _words(cell: QTableWidgetItem | None) -> list[str]:
    """A cell's words, where its lines may break (a no-break space holds: "12,00 €")."""
    if cell is None:
        return []
    return [word for word in _BREAKS.split(cell.text()) if word]


_BREAKS = re.compile(r"[ \t\n]+")


def keep_items_whole(combo: QComboBox, least: int = 0) -> None:
    """A combo box at least as wide as its widest item in its font, with its frame and arrow:
    none shows cut once chosen, whatever the mode's size (`least`: the width it keeps)."""
    combo.ensurePolished()
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    option.rect = QRect(0, 0, 1000, 100)
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    metrics = combo.fontMetrics()
    texts = [combo.itemText(index) for index in range(combo.count())]
    widest = max((metrics.horizontalAdvance(text) for text in texts), default=0)
    combo.setMinimumWidth(max(least, widest + option.rect.width() - field.width() + 4))
