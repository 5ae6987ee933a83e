"""What the "My incapacity" views share: a day with its weekday in the member's language, a
date typed on the keyboard, a percentage, a field with its label, and the views' switcher."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

from PySide6.QtCore import QLocale, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ui import format as fmt
from ui.screens import parts
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
        area = widget.parentWidget()
        while area is not None and not isinstance(area, QScrollArea):
            area = area.parentWidget()
        if area is not None and widget.isVisible():
            area.ensureWidgetVisible(widget, 0, 16)

    QTimer.singleShot(0, widget, now)


def date_field(parent: QWidget, name: str) -> QLineEdit:
    """A day typed on the keyboard (the on-screen one at the terminal): what was typed stays."""
    edit = QLineEdit(parent)
    edit.setObjectName(name)
    edit.setMinimumHeight(56)
    edit.setMaxLength(10)
    edit.setMaximumWidth(260)
    return edit


def fill_date(edit: QLineEdit, day: dt.date | None) -> None:
    """Put a day in a field that is still empty (a default); a typed one stays."""
    if day is not None and not edit.text().strip():
        edit.setText(fmt.day(day))


class ViewSwitcher(QWidget):
    """The views of the section side by side, as tiles whose titles wrap (a long German title
    takes two lines instead of losing its ends); the one shown stays checked."""

    chosen = Signal(str)

    STYLE = (
        "#incapacityViews #tileCaption { font-size: 19px; }"
        "#incapacityViews QPushButton { min-height: 56px; min-width: 0px; padding: 2px 4px; }"
        "#incapacityViews QPushButton:checked { background: #0b5394; }"
        '#incapacityViews #tileCaption[on="true"] { color: #ffffff; }'
    )

    def __init__(self, keys: tuple[str, ...], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("incapacityViews")
        self.setStyleSheet(self.STYLE)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(8)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: dict[str, Tile] = {}
        for column, key in enumerate(keys):
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
            grid.addWidget(tile, 0, column)
            grid.setColumnStretch(column, 1)

    def show_view(self, key: str) -> None:
        button = self.buttons.get(key)
        if button is not None:
            button.setChecked(True)

    @staticmethod
    def _mark(tile: Tile, on: bool) -> None:
        tile.caption.setProperty("on", on)
        tile.caption.style().unpolish(tile.caption)
        tile.caption.style().polish(tile.caption)
