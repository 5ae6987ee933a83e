"""The keypad's words (ui/keys.py, issue 17): what each key asks where the focus is, the order
the focus moves in, which controls it reaches, and a ring it shows on every kind of control, in
the normal palette and the high-contrast one."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from ui import keys
from ui.appearance import colour, palette, stylesheet
from ui.widgets.pin_pad import PinPad
from ui.widgets.tile import Tile

K = Qt.Key
PAD = Qt.KeyboardModifier.KeypadModifier
NONE = Qt.KeyboardModifier.NoModifier


def key(code: Qt.Key, modifiers=NONE, text: str = "") -> QKeyEvent:
    return QKeyEvent(QEvent.Type.KeyPress, code, modifiers, text)


@pytest.fixture
def widgets(qapp):
    made = {
        "button": QPushButton("OK"),
        "field": QLineEdit(),
        "table": QTableWidget(3, 2),
        "combo": QComboBox(),
        "date": QDateEdit(),
    }
    yield made
    for widget in made.values():
        widget.deleteLater()


ON_A_BUTTON = [
    (K.Key_2, PAD, keys.NEXT),
    (K.Key_6, PAD, keys.NEXT),
    (K.Key_Down, NONE, keys.NEXT),
    (K.Key_Right, NONE, keys.NEXT),
    (K.Key_Tab, NONE, keys.NEXT),
    (K.Key_8, PAD, keys.PREVIOUS),
    (K.Key_4, PAD, keys.PREVIOUS),
    (K.Key_Up, NONE, keys.PREVIOUS),
    (K.Key_Backtab, NONE, keys.PREVIOUS),
    (K.Key_5, PAD, keys.CHOOSE),
    (K.Key_Enter, PAD, keys.CHOOSE),
    (K.Key_Return, NONE, keys.CHOOSE),
    (K.Key_Minus, PAD, keys.BACK),
    (K.Key_Escape, NONE, keys.BACK),
    (K.Key_Asterisk, PAD, keys.HELP),
    (K.Key_F1, NONE, keys.HELP),
    (K.Key_Plus, PAD, keys.SPEECH),
    (K.Key_Slash, PAD, keys.LARGE),
    (K.Key_Period, PAD, keys.PAUSE),
    (K.Key_9, PAD, keys.FASTER),
    (K.Key_3, PAD, keys.SLOWER),
    # A keyboard's top row is not the keypad: its digits and signs ask nothing of a button.
    (K.Key_2, NONE, None),
    (K.Key_5, NONE, None),
    (K.Key_Minus, NONE, None),
    (K.Key_A, NONE, None),
]


@pytest.mark.parametrize(("code", "modifiers", "expected"), ON_A_BUTTON)
def test_what_a_key_asks_on_a_button(widgets, code, modifiers, expected):
    assert keys.command(key(code, modifiers), widgets["button"]) == expected


@pytest.mark.parametrize(
    ("code", "modifiers", "expected"),
    [
        (K.Key_2, PAD, None),  # a digit typed, from the keypad too
        (K.Key_5, PAD, None),
        (K.Key_Plus, PAD, None),  # "+32"
        (K.Key_Minus, PAD, None),
        (K.Key_Period, PAD, None),  # "12.50"
        (K.Key_Left, NONE, None),  # within the text
        (K.Key_Down, NONE, keys.NEXT),
        (K.Key_Up, NONE, keys.PREVIOUS),
        (K.Key_Enter, PAD, keys.NEXT),  # a line typed: on to the next
        (K.Key_Escape, NONE, keys.BACK),
        (K.Key_F1, NONE, keys.HELP),
    ],
)
def test_in_a_field_typing_is_typing_and_up_down_leave_it(widgets, code, modifiers, expected):
    assert keys.command(key(code, modifiers), widgets["field"]) == expected


def test_in_a_date_field_the_keypad_types_and_enter_does_not_leave(widgets):
    date = widgets["date"]
    assert keys.command(key(K.Key_1, PAD), date) is None
    assert keys.command(key(K.Key_Down), date) == keys.NEXT
    assert keys.command(key(K.Key_Enter, PAD), date) is None  # the field's own


@pytest.mark.parametrize(
    ("code", "modifiers", "expected"),
    [
        (K.Key_Down, NONE, keys.ROW_DOWN),  # row to row (and said)
        (K.Key_Up, NONE, keys.ROW_UP),
        (K.Key_2, PAD, keys.ROW_DOWN),
        (K.Key_8, PAD, keys.ROW_UP),
        (K.Key_6, PAD, keys.NEXT),  # sideways: out of the table
        (K.Key_4, PAD, keys.PREVIOUS),
        (K.Key_Right, NONE, keys.NEXT),
        (K.Key_5, PAD, keys.CHOOSE),  # the row
        (K.Key_Enter, PAD, keys.CHOOSE),
        (K.Key_Minus, PAD, keys.BACK),
    ],
)
def test_in_a_table_up_down_move_from_row_to_row(widgets, code, modifiers, expected):
    assert keys.command(key(code, modifiers), widgets["table"]) == expected


def test_on_a_combo_box_up_down_move_on_and_enter_opens_it(widgets):
    combo = widgets["combo"]
    assert keys.command(key(K.Key_2, PAD), combo) == keys.NEXT
    assert keys.command(key(K.Key_Up), combo) == keys.PREVIOUS
    assert keys.command(key(K.Key_5, PAD), combo) == keys.CHOOSE


# -- reading order --------------------------------------------------------------------------


@pytest.fixture
def page(qapp):
    root = QWidget()
    root.resize(1000, 700)
    yield root
    root.deleteLater()


def shown(root: QWidget) -> QWidget:
    root.show()
    root.layout().activate()
    for widget in root.findChildren(QWidget):
        if widget.layout() is not None:
            widget.layout().activate()
    return root


def names(widgets) -> list[str]:
    return [widget.objectName() for widget in widgets]


def button(parent: QWidget, name: str) -> QPushButton:
    widget = QPushButton(name, parent)
    widget.setObjectName(name)
    return widget


def test_a_grid_reads_row_by_row_whatever_order_it_was_built_in(page):
    grid = QGridLayout(page)
    for row, column in ((1, 2), (0, 1), (1, 0), (0, 0), (1, 1), (0, 2)):
        grid.addWidget(button(page, f"r{row}c{column}"), row, column)
    shown(page)
    built = page.findChildren(QPushButton)
    assert names(keys.reading_order(built, page)) == [
        "r0c0", "r0c1", "r0c2", "r1c0", "r1c1", "r1c2"
    ]  # fmt: skip


def test_a_row_reads_left_to_right_even_when_its_tops_differ_a_little(page):
    row = QHBoxLayout(page)
    for name, nudge in (("right", 0), ("middle", 6), ("left", 3)):
        widget = button(page, name)
        widget.setContentsMargins(0, 0, 0, 0)
        row.insertWidget(0, widget, 0, Qt.AlignmentFlag.AlignTop)
        widget.setMinimumHeight(60 - nudge)
    shown(page)
    assert names(keys.reading_order(page.findChildren(QPushButton), page)) == [
        "left", "middle", "right"
    ]  # fmt: skip


def test_a_column_of_sections_is_read_whole_before_the_form_beside_it(page):
    """The member's file: a column of sections and its way back on the left, the section on the
    right (a choice, a table, its buttons). Rows across both would mix them."""
    outer = QHBoxLayout(page)
    column = QWidget(page)
    column_layout = QVBoxLayout(column)
    list_area = QScrollArea(column)
    list_area.setWidgetResizable(True)
    sections = QWidget()
    sections_layout = QVBoxLayout(sections)
    for index in range(12):  # more than the area shows: the list scrolls
        sections_layout.addWidget(button(sections, f"section{index}"))
    list_area.setWidget(sections)
    column_layout.addWidget(list_area, 1)
    column_layout.addWidget(button(column, "back"))
    outer.addWidget(column)
    form = QVBoxLayout()
    choice = QComboBox(page)
    choice.setObjectName("choice")
    table = QTableWidget(8, 3, page)
    table.setObjectName("table")
    form.addWidget(choice)
    form.addWidget(table, 1)
    buttons = QHBoxLayout()
    buttons.addWidget(button(page, "more"))
    buttons.addStretch(1)
    buttons.addWidget(button(page, "print"))
    form.addLayout(buttons)
    outer.addLayout(form, 1)
    shown(page)
    reachable = keys.controls(page, [page])
    expected = [f"section{index}" for index in range(12)]
    expected += ["back", "choice", "table", "more", "print"]
    assert names(reachable) == expected


def test_what_the_keys_never_reach(page):
    layout = QVBoxLayout(page)
    pad = PinPad(page)
    layout.addWidget(pad)
    skipped = button(page, "staffOnly")
    skipped.setProperty("keySkip", True)
    off = button(page, "unavailable")
    off.setEnabled(False)
    hidden = button(page, "hidden")
    combo = QComboBox(page)
    combo.setObjectName("editable")
    combo.setEditable(True)  # its own line edit is reached through it
    for widget in (skipped, off, hidden, combo):
        layout.addWidget(widget)
    shown(page)
    hidden.hide()
    assert names(keys.controls(page, [page])) == ["pinCorrection", "editable"]
    for digit in "1234":
        pad.press(digit)
    # The digits are typed, never reached; OK once it can be used.
    assert names(keys.controls(page, [page])) == ["pinCorrection", "pinOk", "editable"]


# -- the focus ring -------------------------------------------------------------------------

RINGS = ("focus", "focus_on_header", "focus_on_primary")


def edge_colours(widget: QWidget) -> list[str]:
    """The colours one pixel inside the middle of each of the control's four edges."""
    image = widget.grab().toImage()
    width, height = image.width(), image.height()
    points = ((width // 2, 1), (width // 2, height - 2), (1, height // 2), (width - 2, height // 2))
    return [image.pixelColor(x, y).name() for x, y in points]


def every_kind_of_control(parent: QWidget) -> dict[str, QWidget]:
    header = QWidget(parent)
    header.setObjectName("header")
    QHBoxLayout(header)
    primary = QPushButton("Print", parent)
    primary.setProperty("primary", True)
    checked = QPushButton("Reimbursements", parent)
    checked.setCheckable(True)
    checked.setChecked(True)
    combo = QComboBox(parent)
    combo.addItems(["By date of care", "By date of processing"])
    listed = QListWidget(parent)
    listed.addItems(["09:00", "09:30"])
    tile = Tile(parent)
    tile.setText("My data")
    controls = {
        "a button": QPushButton("Back", parent),
        "a primary button": primary,
        "a chosen button": checked,
        "a header's button": QPushButton("FR", header),
        "a tile": tile,
        "a field": QLineEdit("0470 12 34 56", parent),
        "a text box": QPlainTextEdit("Hello", parent),
        "a combo box": combo,
        "a table": QTableWidget(3, 2, parent),
        "a list": listed,
        "a check box": QCheckBox("Third party involved", parent),
        "a radio button": QRadioButton("At work", parent),
        "a date": QDateEdit(QDate(2026, 11, 25), parent),
        "a number": QSpinBox(parent),
    }
    header.layout().addWidget(controls["a header's button"])
    return {"header": header, **controls}


@pytest.mark.parametrize("large", [False, True], ids=["normal", "high contrast"])
def test_every_kind_of_control_shows_the_focus_ring_all_round(qapp, large):
    root = QWidget()
    root.setPalette(palette(large))
    root.setStyleSheet(stylesheet(large))
    layout = QVBoxLayout(root)
    made = every_kind_of_control(root)
    for widget in made.values():
        if widget.parentWidget() is root:
            layout.addWidget(widget)
    root.resize(700, 2000)
    root.show()
    rings = {colour(role, large) for role in RINGS}
    unringed = {}
    try:
        for what, widget in made.items():
            if what == "header":
                continue
            widget.setFocus(Qt.FocusReason.TabFocusReason)
            qapp.processEvents()
            assert widget.hasFocus(), what
            focused = edge_colours(widget)
            widget.clearFocus()
            qapp.processEvents()
            plain = edge_colours(widget)
            # Each edge in a ring colour, and not so without the focus.
            if not all(c in rings for c in focused) or focused == plain:
                unringed[what] = (focused, plain)
    finally:
        root.close()
        root.deleteLater()
    assert unringed == {}
