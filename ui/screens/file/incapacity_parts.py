"""What the "My incapacity" views share: a day with its weekday in the member's language, a
date typed on the keyboard, a percentage, a field with its label, and the views' switcher; and
what the sections of this part of the file (incapacity, orders, requests) share for the large
mode (issue 17): fields whose width follows their font, and tables whose columns share the
width so that every title shows whole. The file's screen tells each page the mode
(`Page.large_mode_changed`, ui/screens/file/common.py); a page tells its own parts."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

from PySide6.QtCore import QEvent, QLocale, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHeaderView,
    QLineEdit,
    QScrollArea,
    QSizePolicy,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from ui import format as fmt
from ui.screens import parts
from ui.widgets.headers import two_lines
from ui.widgets.tile import Tile

_DATE = re.compile(r"^\s*(\d{1,2})\s*[./-]\s*(\d{1,2})\s*[./-]\s*(\d{4})\s*$")
_ISO = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$")


def long_day(day: dt.date) -> str:
    """ "Friday 08/01/2016", "vendredi 08/01/2016", "Freitag 08.01.2016": the weekday from
    QLocale, so it follows the screen's language."""
    name = QLocale().dayName(day.isoweekday(), QLocale.FormatType.LongFormat)
    return f"{name} {fmt.day(day)}"


def typed_date(text: str) -> dt.date | None:
    """A day typed as 08/01/2016, 8.1.2016, 08-01-2016 or 2016-01-08; None when empty.

    ValueError when something was typed that is not a day (the view says how to type it)."""
    if not text.strip():
        return None
    match = _DATE.match(text)
    if match:
        day, month, year = (int(g) for g in match.groups())
    else:
        match = _ISO.match(text)
        if not match:
            raise ValueError(text)
        year, month, day = (int(g) for g in match.groups())
    return dt.date(year, month, day)  # ValueError for 31/02


def percent(rate: Decimal) -> str:
    """0.30 → "30 %" in French and German, "30%" in Dutch and English."""
    number = fmt.number(rate * 100)
    tight = QLocale().language() in (QLocale.Language.English, QLocale.Language.Dutch)
    return f"{number}%" if tight else f"{number}\u00a0%"


def view_top(view: QWidget) -> QVBoxLayout:
    """A view's column, with its heading and its hint at the top (`view.heading`,
    `view.hint`; the view writes their texts in its retranslate)."""
    layout = QVBoxLayout(view)
    layout.setContentsMargins(0, 8, 0, 0)
    view.heading = parts.label(view, "sectionHeading")
    view.hint = parts.label(view, "hint")
    layout.addWidget(view.heading)
    layout.addWidget(view.hint)
    return layout


def scroll_to(widget: QWidget) -> None:
    """The answer in view once it is laid out: the section scrolls, and an answer under the
    form's button would otherwise stay below the fold."""

    def now() -> None:
        if not widget.isVisible():
            return
        area = widget.parentWidget()
        while area is not None:  # the section's area, then the window's page (large mode)
            if isinstance(area, QScrollArea):
                area.ensureWidgetVisible(widget, 0, 16)
            area = area.parentWidget()

    QTimer.singleShot(0, widget, now)


class ShortField(QLineEdit):
    """A field for a short value (a day, a number of hours), as wide as `sample` in its own
    font: in the large mode it widens with its text instead of cutting it."""

    def __init__(self, parent: QWidget, name: str, sample: str, max_length: int):
        super().__init__(parent)
        self.setObjectName(name)
        self.setMinimumHeight(56)
        self.setMaxLength(max_length)
        self.sample = sample
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        # QLineEdit asks room for 17 "x"; the sample and a character to spare instead.
        hint = super().sizeHint()
        metrics = self.fontMetrics()
        room = metrics.horizontalAdvance(self.sample + "0") - 17 * metrics.horizontalAdvance("x")
        return QSize(hint.width() + room, hint.height())

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()


CELL_MARGIN = 8  # px each side of a cell's text (its focus frame and a little air)


class LargeTable(QObject):
    """A table that changes with the mode. In the large mode its titles break onto two lines
    (`set_titles`), its cells wrap and its rows grow; the columns `shared` (the long texts)
    share what the others, sized to their contents, leave: each at least as wide as its title
    and its longest word, so that nothing shows cut without the table scrolling sideways, and
    the rest to the ones whose cells need it. `arranged` says that the columns were shared
    again (the rows' heights follow). In the normal mode the table is as it was made."""

    Mode = QHeaderView.ResizeMode
    arranged = Signal()

    def __init__(self, table: QTableWidget, shared: tuple[int, ...]):
        super().__init__(table)
        self.table, self.shared = table, shared
        header = table.horizontalHeader()
        self.modes = [header.sectionResizeMode(c) for c in range(table.columnCount())]
        self.stretch_last = header.stretchLastSection()
        self.row_height = table.verticalHeader().defaultSectionSize()
        self.large = False
        self.titles: list[str] = []
        self._width = -1
        self._timer = QTimer(self)  # one sharing for a burst of changes (a fill, a language)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.share)
        header.sectionResized.connect(self._resized)
        model = table.model()
        for signal in (model.headerDataChanged, model.dataChanged, model.rowsInserted,
                       model.rowsRemoved, model.modelReset):  # fmt: skip
            signal.connect(self._later)
        table.viewport().installEventFilter(self)

    def set_titles(self, titles: list[str]) -> None:
        """The columns' titles: on two lines in the large mode (a long one breaks at a space)."""
        self.titles = titles
        self.table.setHorizontalHeaderLabels([two_lines(t) for t in titles] if self.large
                                             else titles)  # fmt: skip

    def set_large(self, large: bool) -> None:
        if large == self.large:
            return
        self.large = large
        table, header, rows = self.table, self.table.horizontalHeader(), self.table.verticalHeader()
        table.setWordWrap(large)
        if self.titles:
            self.set_titles(self.titles)
        if large:
            header.setStretchLastSection(False)
            for column in range(table.columnCount()):
                shared = column in self.shared
                header.setSectionResizeMode(column, self.Mode.Interactive if shared
                                            else self.Mode.ResizeToContents)  # fmt: skip
            rows.setSectionResizeMode(self.Mode.ResizeToContents)
            self._later()  # once the titles have the mode's font
            return
        for column, mode in enumerate(self.modes):
            header.setSectionResizeMode(column, mode)
        header.setStretchLastSection(self.stretch_last)
        rows.setSectionResizeMode(self.Mode.Interactive)
        for row in range(table.rowCount()):
            table.setRowHeight(row, self.row_height)
        self.arranged.emit()

    def share(self) -> None:
        """The room the other columns leave, shared: each shared column at least its title and
        its longest word (else what its title needs), what is left to the cells that wrap,
        by how much they need, and then in equal parts."""
        if not self.large:
            return
        table, header = self.table, self.table.horizontalHeader()
        shown = [c for c in range(table.columnCount()) if not header.isSectionHidden(c)]
        shared = [c for c in shown if c in self.shared]
        if shared:
            room = table.viewport().width() - sum(
                header.sectionSize(c) for c in shown if c not in self.shared
            )
            titles = {c: header.sectionSizeHint(c) for c in shared}
            words = {c: max(titles[c], self._longest_word(c)) for c in shared}
            cells = {c: max(words[c], table.sizeHintForColumn(c)) for c in shared}
            if sum(cells.values()) <= room:  # every cell on one line, and room to spare
                base, spare, wants = cells, room - sum(cells.values()), dict.fromkeys(shared, 1)
            else:  # no word cut if there is room for that, else no title cut
                base = words if sum(words.values()) <= room else titles
                spare = max(0, room - sum(base.values()))
                wants = {c: cells[c] - base[c] for c in shared}
            total = sum(wants.values()) or 1
            sizes = {c: base[c] + spare * wants[c] // total for c in shared}
            sizes[shared[0]] += max(0, room - sum(sizes.values()))  # the pixels rounded off
            for column, size in sizes.items():
                if header.sectionSize(column) != size:
                    header.resizeSection(column, size)
        self.arranged.emit()

    def _longest_word(self, column: int) -> int:
        """The width of the longest word of the column's cells (word wrap cannot break it)."""
        metrics = self.table.fontMetrics()
        widest = 0
        for row in range(self.table.rowCount()):
            item = self.table.item(row, column)
            for word in (item.text() if item is not None else "").split():
                widest = max(widest, metrics.horizontalAdvance(word))
        return widest + 2 * CELL_MARGIN if widest else 0

    def _later(self, *_args) -> None:
        if self.large:
            self._timer.start()

    def _resized(self, column: int, _old: int, _new: int) -> None:
        if self.large and column not in self.shared:  # a column sized to its contents
            self._later()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and self.table.viewport().width() != self._width:
            self._width = self.table.viewport().width()
            self._later()
        return False


def date_field(parent: QWidget, name: str) -> QLineEdit:
    """A day typed on the keyboard (the on-screen one at the terminal): what was typed stays."""
    return ShortField(parent, name, "00/00/0000", 10)


def fill_date(edit: QLineEdit, day: dt.date | None) -> None:
    """Put a day in a field that is still empty (a default); a typed one stays."""
    if day is not None and not edit.text().strip():
        edit.setText(fmt.day(day))


class ViewSwitcher(QWidget):
    """The views of the section side by side, as tiles whose titles wrap (a long German title
    takes two lines instead of losing its ends); the one shown stays checked."""

    chosen = Signal(str)
    LARGE_COLUMNS = 3  # in the large mode: a title's longest word at 44 px fits a third

    def __init__(self, keys: tuple[str, ...], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("incapacityViews")  # its look: touch.qss
        self.grid = grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(8)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: dict[str, Tile] = {}
        for key in keys:
            tile = Tile(self)
            tile.setObjectName(f"view_{key}")
            tile.setCheckable(True)
            tile.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            tile.setMinimumHeight(56)
            tile.caption.setContentsMargins(0, 0, 0, 0)
            tile.layout().setContentsMargins(6, 4, 6, 4)
            tile.toggled.connect(lambda on, t=tile: self._mark(t, on))
            tile.clicked.connect(lambda _c=False, k=key: self.chosen.emit(k))
            self.group.addButton(tile)
            self.buttons[key] = tile
        self.large: bool | None = None
        self.set_large(False)

    def set_large(self, large: bool) -> None:
        """One row of tiles, or rows of LARGE_COLUMNS in the large mode."""
        if large == self.large:
            return
        self.large = large
        columns = self.LARGE_COLUMNS if large else len(self.buttons)
        for tile in self.buttons.values():
            self.grid.removeWidget(tile)
        for column in range(self.grid.columnCount()):
            self.grid.setColumnStretch(column, 0)
        for index, tile in enumerate(self.buttons.values()):
            self.grid.addWidget(tile, index // columns, index % columns)
        for column in range(columns):
            self.grid.setColumnStretch(column, 1)

    def show_view(self, key: str) -> None:
        button = self.buttons.get(key)
        if button is not None:
            button.setChecked(True)

    @staticmethod
    def _mark(tile: Tile, on: bool) -> None:
        tile.caption.setProperty("on", on)
        tile.caption.style().unpolish(tile.caption)
        tile.caption.style().polish(tile.caption)
