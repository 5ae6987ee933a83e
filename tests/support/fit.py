"""Whether a window shows every text whole: the geometry checks of the screen-fit tests.

`fit_problems(window)` lists, in words a person would use, every visible label, button (the
home's tiles, the PIN keys), combo box or table header whose text is not shown whole, and every
pair of sibling widgets laid over one another:

- wider than its box without word wrap (the text's advance in its font against the box's
  contents: a centred button loses both ends, "ossier médical global (DMC");
- taller than its box (a wrapping label whose lines need more height than it was given, a
  button's text cut at its foot);
- a word longer than a wrapping label's width (word wrap cannot break it);
- elided (a combo box's current text, or its widest item once chosen; a table header section
  narrower than its title);
- cut by an ancestor or by the screen (the widget's rectangle mapped to the window, clipped by
  every parent's rectangle and by the screen's);
- overlapping: two visible widgets placed by the same parent's layout whose rectangles
  intersect (what a squeezed layout does when the window is shorter than its minimum).

A widget inside a scroll area may be cut by the area's viewport only when `scrolling` lets
that area scroll (a long form, a list of documents), or when the area is a list made to
scroll wherever it is shown (its `listScrolls` property: the file's sections): the rest of its
page must fit.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QComboBox,
    QHeaderView,
    QLabel,
    QLayout,
    QPushButton,
    QScrollArea,
    QStyle,
    QStyleOptionButton,
    QStyleOptionComboBox,
    QWidget,
)

SCREEN = QSize(1280, 1024)
_WORDS = re.compile(r"[ \t\n]+")  # where word wrap may break (a no-break space holds)


def fit_problems(
    window: QWidget,
    *,
    screen: QSize = SCREEN,
    scrolling: Iterable[QWidget] = (),
    tables_scroll: bool = False,
) -> list[str]:
    """Every text of `window` not shown whole, and every overlap, as readable lines.

    `tables_scroll` (the large mode): what is inside a table (a cell's widget) may be scrolled
    to, sideways too, as WCAG 1.4.10 allows a data table; the table's column titles must
    still be whole."""
    may_scroll = {id(area) for area in scrolling}
    # A list made to scroll wherever it is shown (the file's sections) says so itself.
    may_scroll |= {
        id(area) for area in window.findChildren(QScrollArea) if area.property("listScrolls")
    }
    problems: list[str] = []
    if window.width() > screen.width() or window.height() > screen.height():
        problems.append(
            f"the window is {window.width()} × {window.height()}, larger than the screen "
            f"({screen.width()} × {screen.height()})"
        )
    shown = [w for w in window.findChildren(QWidget) if _shown(w, window)]
    for widget in shown:
        problems += _text_problems(widget)
        if _has_text(widget):
            cut = _cut_by(widget, window, screen, may_scroll, tables_scroll)
            if cut:
                problems.append(f"{describe(widget)}: cut by {cut}")
    problems += _overlaps(shown)
    return problems


def texts_cut(root: QWidget) -> list[str]:
    """Only the texts not shown whole in their own boxes, under `root` (a screen, a page)."""
    return [
        problem
        for widget in root.findChildren(QWidget)
        if widget.isVisible() and not widget.isWindow()
        for problem in _text_problems(widget)
    ]


def describe(widget: QWidget) -> str:
    """A widget as a person finds it: its name, its text, where it is."""
    name = widget.objectName() or type(widget).__name__
    text = _text(widget)
    where = _owner(widget)
    said = f" {text[:60]!r}" if text else ""
    return f"{where}/{name}{said}"


# -- what is shown -------------------------------------------------------------------------------


def _shown(widget: QWidget, window: QWidget) -> bool:
    """Visible in this window (a widget squeezed to nothing counts: its text is not shown)."""
    return widget.isVisible() and not widget.isWindow() and widget.window() is window


def _owner(widget: QWidget) -> str:
    """The nearest named ancestor (a screen, a page), for the reader of a report."""
    parent = widget.parentWidget()
    while parent is not None and not parent.isWindow():
        name = parent.objectName()
        if name and not name.startswith("qt_"):
            return name
        parent = parent.parentWidget()
    return "window"


def _text(widget: QWidget) -> str:
    if isinstance(widget, QLabel):
        return widget.text()
    if isinstance(widget, QAbstractButton):
        return QAbstractButton.text(widget)  # its own text (a tile's title is a label in it)
    if isinstance(widget, QComboBox):
        return widget.currentText()
    return ""


def _has_text(widget: QWidget) -> bool:
    if isinstance(widget, QHeaderView):
        return True
    return bool(_text(widget).strip())


def _cut_by(
    widget: QWidget, window: QWidget, screen: QSize, may_scroll: set[int], tables_scroll=False
) -> str:
    """What hides part of the widget: an ancestor, the window or the screen ('' if nothing)."""
    rect = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        visible = QRect(parent.mapTo(window, QPoint(0, 0)), parent.size())
        if not visible.contains(rect):
            area = _scroll_area_of(parent)
            # An area that may scroll hides what is above or below its view, never what is
            # beyond its sides (no terminal scrolls sideways).
            sideways = rect.left() < visible.left() or rect.right() > visible.right()
            if tables_scroll and isinstance(area, QAbstractItemView):
                sideways = False
                may_scroll = may_scroll | {id(area)}
            if area is None or id(area) not in may_scroll or sideways:
                what = f"the scroll area {describe(area)}" if area is not None else describe(parent)
                return f"{what} ({_missing(rect, visible)})"
            rect = rect.intersected(visible)
            if rect.isEmpty():
                return ""  # scrolled out of view: there to be scrolled to
        parent = parent.parentWidget()
    visible = QRect(QPoint(0, 0), window.size()).intersected(QRect(QPoint(0, 0), screen))
    if not visible.contains(rect):
        return f"the screen ({_missing(rect, visible)})"
    return ""


def _scroll_area_of(viewport: QWidget) -> QAbstractScrollArea | None:
    area = viewport.parentWidget()
    if isinstance(area, QAbstractScrollArea) and area.viewport() is viewport:
        return area
    return None


def _missing(rect: QRect, visible: QRect) -> str:
    sides = []
    if rect.left() < visible.left():
        sides.append(f"{visible.left() - rect.left()} px at the left")
    if rect.right() > visible.right():
        sides.append(f"{rect.right() - visible.right()} px at the right")
    if rect.top() < visible.top():
        sides.append(f"{visible.top() - rect.top()} px at the top")
    if rect.bottom() > visible.bottom():
        sides.append(f"{rect.bottom() - visible.bottom()} px at the foot")
    return ", ".join(sides)


# -- texts in their boxes ------------------------------------------------------------------------


def _width(metrics: QFontMetrics, text: str) -> int:
    """How far the text's ink reaches: its advance, less the space its last glyph leaves."""
    if not text:
        return 0
    return metrics.horizontalAdvance(text) - max(metrics.rightBearing(text[-1]), 0)


def _text_problems(widget: QWidget) -> list[str]:
    if isinstance(widget, QLabel):
        return _label_problems(widget)
    if isinstance(widget, QPushButton):
        return _push_button_problems(widget)
    if isinstance(widget, QAbstractButton):
        return _button_problems(widget)
    if isinstance(widget, QComboBox):
        return _combo_problems(widget)
    if isinstance(widget, QHeaderView):
        return _header_problems(widget)
    return []


def _lines(text: str) -> list[str]:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").split("\n")


def _label_problems(label: QLabel) -> list[str]:
    text = label.text()
    if not text.strip() or (label.pixmap() is not None and not label.pixmap().isNull()):
        return []
    box = label.contentsRect()
    inset = 2 * label.margin() + max(label.indent(), 0)
    room = box.width() - inset
    metrics = QFontMetrics(label.font())
    plain = label.textFormat() == Qt.TextFormat.PlainText or (
        label.textFormat() == Qt.TextFormat.AutoText and not GuiQt.mightBeRichText(text)
    )
    problems = []
    if label.wordWrap():
        if plain:
            longest = max(_WORDS.split(text), key=lambda word: _width(metrics, word))
            if _width(metrics, longest) > room:
                problems.append(
                    f"{describe(label)}: the word {longest!r} needs "
                    f"{_width(metrics, longest)} px, the label has {room}"
                )
        needed = label.heightForWidth(label.width())
        if needed > label.height():
            problems.append(
                f"{describe(label)}: its lines need {needed} px of height, it has {label.height()}"
            )
        return problems
    if plain:
        wide = max(_width(metrics, line) for line in text.split("\n"))
        tall = metrics.lineSpacing() * (text.count("\n") + 1) - metrics.leading()
    else:
        hint = label.sizeHint()
        wide = hint.width() - (label.width() - box.width())
        tall = hint.height() - (label.height() - box.height())
    if wide > room:
        problems.append(f"{describe(label)}: needs {wide} px, has {room} (no word wrap)")
    if tall > box.height():
        problems.append(f"{describe(label)}: needs {tall} px of height, has {box.height()}")
    return problems


def _push_button_problems(button: QPushButton) -> list[str]:
    text = QAbstractButton.text(button)
    if not text.strip():
        return []
    option = QStyleOptionButton()
    button.initStyleOption(option)
    box = button.style().subElementRect(QStyle.SubElement.SE_PushButtonContents, option, button)
    metrics = QFontMetrics(button.font())
    lines = _lines(text)
    wide = max(_width(metrics, line) for line in lines)
    if not button.icon().isNull():
        wide += button.iconSize().width() + 4
    tall = metrics.height() * len(lines)
    problems = []
    if wide > box.width():
        problems.append(f"{describe(button)}: its text needs {wide} px, it shows {box.width()}")
    if tall > box.height():
        problems.append(
            f"{describe(button)}: its text needs {tall} px of height, it shows {box.height()}"
        )
    return problems


def _button_problems(button: QAbstractButton) -> list[str]:
    """Radio buttons, check boxes, tool buttons: their own size hint holds text and mark."""
    if not QAbstractButton.text(button).strip():
        return []
    hint = button.sizeHint()
    if hint.width() > button.width() or hint.height() > button.height():
        return [
            f"{describe(button)}: needs {hint.width()} × {hint.height()}, "
            f"has {button.width()} × {button.height()}"
        ]
    return []


def _combo_problems(combo: QComboBox) -> list[str]:
    if combo.count() == 0:
        return []
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    metrics = QFontMetrics(combo.font())
    room = field.width()  # the stylesheet style draws the text in the whole field
    problems = []
    current = combo.currentText()
    if current and _width(metrics, current) > room:
        problems.append(
            f"{describe(combo)}: shows {current!r} cut ({_width(metrics, current)} px in {room})"
        )
    items = [combo.itemText(i) for i in range(combo.count())]
    widest = max(items, key=lambda item: _width(metrics, item))
    if widest != current and _width(metrics, widest) > room:
        problems.append(
            f"{describe(combo)}: its item {widest!r} would show cut once chosen "
            f"({_width(metrics, widest)} px in {room})"
        )
    return problems


def _header_problems(header: QHeaderView) -> list[str]:
    model = header.model()
    if model is None or header.orientation() != Qt.Orientation.Horizontal:
        return []
    problems = []
    room = header.viewport().width()
    for logical in range(header.count()):
        if header.isSectionHidden(logical):
            continue
        title = model.headerData(logical, Qt.Orientation.Horizontal)
        if not title:
            continue
        size, needed = header.sectionSize(logical), header.sectionSizeHint(logical)
        if size < needed:
            problems.append(
                f"{describe(header.parentWidget())}: the column {title!r} is elided "
                f"({size} px, its title needs {needed})"
            )
        start = header.sectionViewportPosition(logical)
        if start < 0 or start + size > room:
            problems.append(
                f"{describe(header.parentWidget())}: the column {title!r} is cut by the table"
            )
    return problems


# -- widgets over one another --------------------------------------------------------------------


def _laid_out(layout: QLayout) -> list[QWidget]:
    found = []
    for index in range(layout.count()):
        item = layout.itemAt(index)
        if item.widget() is not None:
            found.append(item.widget())
        elif item.layout() is not None:
            found += _laid_out(item.layout())
    return found


def _overlaps(shown: list[QWidget]) -> list[str]:
    visible = {id(w) for w in shown}
    parents = {id(w.parentWidget()): w.parentWidget() for w in shown if w.parentWidget()}
    problems = []
    for parent in parents.values():
        layout = parent.layout()
        if layout is None or isinstance(parent, QScrollArea):
            continue
        children = [w for w in _laid_out(layout) if id(w) in visible]
        for i, first in enumerate(children):
            for second in children[i + 1 :]:
                common = first.geometry().intersected(second.geometry())
                if common.width() > 0 and common.height() > 0:
                    problems.append(
                        f"{describe(first)} and {describe(second)} overlap "
                        f"({common.width()} × {common.height()} px)"
                    )
    return problems
