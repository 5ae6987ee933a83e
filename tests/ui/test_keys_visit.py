"""Whole visits without touching the screen (issue 17 §3): a numeric keypad's keys alone, sent
as a keypad sends them (QTest key clicks with the keypad modifier, to the control with the focus
or the window), never a mouse click or a call on a widget; the card inserted is the one physical
act. The focus ring shows on every control the keys reach.

The white-cane card's visit (issue 17 §6) is made by speech and keys: the PIN screen's offer
"Turn on speech" chosen by keys, the words spoken recorded, and no PIN digit among them.

The key presses of each visit are printed (`pytest -s`): the issue's closing note gives them.
"""

from __future__ import annotations

import io
import re

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QWidget

from app.services.session import Step
from tests.ui.kiosk_harness import member_profile, traces_of
from ui import keys
from ui.appearance import colour

S = Step
K = Qt.Key
PAD = Qt.KeyboardModifier.KeypadModifier
PIN = "7395"
RINGS = ("focus", "focus_on_header", "focus_on_primary")
NAMES = {K.Key_2: "2", K.Key_6: "6", K.Key_8: "8", K.Key_Down: "↓", K.Key_Up: "↑"}


class Keypad:
    """The member's hands: keypad keys, counted, to the control with the focus (or the
    window, as a keyboard's key goes when nothing has it)."""

    def __init__(self, kiosk):
        self.kiosk = kiosk
        self.presses: list[str] = []

    def press(self, key: Qt.Key, label: str) -> None:
        target = QApplication.focusWidget() or self.kiosk.window
        self.kiosk.qtbot.keyClick(target, key, PAD)
        self.presses.append(label)
        self.kiosk.qtbot.wait(10)

    def type(self, digits: str) -> None:
        for digit in digits:
            self.press(getattr(K, f"Key_{digit}"), "digit")

    def enter(self) -> None:
        self.press(K.Key_Enter, "Enter")

    def choose(self) -> None:
        self.press(K.Key_5, "5 choose")

    def back(self) -> None:
        self.press(K.Key_Minus, "− back")

    def move_to(self, widget: QWidget, key: Qt.Key = K.Key_2, most: int = 30) -> None:
        """2 (or 6) until `widget` has the focus; each control reached shows its ring."""
        for _ in range(most):
            if QApplication.focusWidget() is widget:
                return
            self.press(key, f"{NAMES[key]} move")
            self.kiosk.qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
            assert_ring(QApplication.focusWidget(), self.kiosk.window.appearance.large)
        assert QApplication.focusWidget() is widget, describe(QApplication.focusWidget())

    def steps(self) -> str:
        counted: dict[str, int] = {}
        for label in self.presses:
            counted[label] = counted.get(label, 0) + 1
        return ", ".join(f"{label} ×{count}" for label, count in counted.items())


def describe(widget) -> str:
    return f"{type(widget).__name__} {widget.objectName()!r}" if widget else "nothing"


def edge_colours(widget: QWidget) -> list[str]:
    image = widget.grab().toImage()
    width, height = image.width(), image.height()
    points = ((width // 2, 1), (width // 2, height - 2), (1, height // 2), (width - 2, height // 2))
    return [image.pixelColor(x, y).name() for x, y in points]


def assert_ring(widget: QWidget, large: bool) -> None:
    """The control with the focus shows the ring all round: the member sees where they are."""
    rings = {colour(role, large) for role in RINGS}
    edges = edge_colours(widget)
    assert all(edge in rings for edge in edges), f"{describe(widget)} shows no ring: {edges}"


def pdf_text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def terminal(make_kiosk, monkeypatch, **options):
    """A kiosk window as the terminal shows it, active (keys go to it), speech on Qt's mock."""
    monkeypatch.setenv("GUICHET_SPEECH_ENGINE", "mock")
    kiosk = make_kiosk(**options)
    kiosk.window.resize(1280, 1024)
    kiosk.window.show()
    kiosk.qtbot.waitExposed(kiosk.window)
    kiosk.window.activateWindow()
    kiosk.qtbot.waitUntil(kiosk.window.isActiveWindow)
    return kiosk


def reimbursements_by_keys(kiosk, hands: Keypad, cups_printer, member):
    """From the home: Reimbursements, a payment's line, its official receipt, then out."""
    controller = kiosk.controller
    kiosk.qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    hands.move_to(controller.home.section_tiles["reimbursements"], K.Key_6)
    hands.choose()
    kiosk.wait_for(S.FILE)
    file = controller.file
    page = file.reimbursements
    kiosk.qtbot.waitUntil(lambda: page.table.rowCount() >= 2, timeout=10_000)
    hands.move_to(page.table)
    # The row with the focus shows (selected); 2 goes down a row, its payment's detail below.
    assert page.table.currentRow() == 0 and page.table.selectionModel().isRowSelected(0)
    hands.press(K.Key_2, "2 row")
    assert page.table.currentRow() == 1 and page.table.selectionModel().isRowSelected(1)
    line = page.lines[1]
    kiosk.qtbot.waitUntil(lambda: line.label in page.detail_box.text())
    hands.choose()  # the line's box ticked
    assert page.checked_ids() == [line.line_id]
    hands.move_to(page.print_button, K.Key_6)
    hands.choose()
    kiosk.qtbot.waitUntil(lambda: file.status.property("kind") != "info", timeout=20_000)
    assert file.status.text() == "Printed: take your document from the printer."
    [printed] = cups_printer.printed()
    text = pdf_text(printed)
    assert member.last_name in text and "Official receipt" in text
    hands.back()  # the file → the home
    kiosk.wait_for(S.HOME)
    # The home's way back is "Finish and log out": a back pressed once too often only brings
    # the focus (and speech) to it; back again takes it.
    hands.back()
    kiosk.qtbot.waitUntil(lambda: QApplication.focusWidget() is controller.home.finish_button)
    assert kiosk.window.current_screen is controller.home
    hands.back()
    kiosk.wait_for(S.WELCOME)
    return line


@pytest.mark.parametrize("large", [False, True], ids=["normal", "large"])
def test_a_whole_visit_by_keys_alone(make_kiosk, cases, cups_printer, monkeypatch, large):
    kiosk = terminal(make_kiosk, monkeypatch, printer=cups_printer.printer)
    hands = Keypad(kiosk)
    member = cases["active_account"]
    if large:  # the member's first key, before the card: large text and high contrast
        hands.press(K.Key_Slash, "/ large")
        assert kiosk.window.appearance.large
    kiosk.insert(kiosk.card(member_profile(member, pin=PIN)))
    kiosk.wait_for(S.PIN)
    # Whatever Qt gave the focus (a header's button), Enter after the digits confirms them.
    hands.type(PIN)
    hands.enter()
    kiosk.wait_for(S.HOME)
    reimbursements_by_keys(kiosk, hands, cups_printer, member)
    mode = "large" if large else "normal"
    print(f"\nkeys-only visit ({mode}): {len(hands.presses)} key presses: {hands.steps()}")
    kiosk.assert_nothing_left_of(*traces_of(member))
    # The next member starts afresh: keys unused, the normal mode.
    assert not kiosk.window.keys.used and not kiosk.window.appearance.large


def test_back_on_the_home_says_finish_and_5_then_ends_the_visit(make_kiosk, cases, monkeypatch):
    kiosk = terminal(make_kiosk, monkeypatch)
    speech = kiosk.window.speech
    hands = Keypad(kiosk)
    kiosk.insert(kiosk.card(member_profile(cases["active_account"], pin=PIN)))
    kiosk.wait_for(S.PIN)
    hands.type(PIN)
    hands.enter()
    kiosk.wait_for(S.HOME)
    spoken: list[str] = []
    speech.spoken.connect(spoken.append)
    hands.press(K.Key_Plus, "+ speech")
    kiosk.qtbot.waitUntil(lambda: speech.enabled)
    hands.back()  # once too often on the way back: the visit goes on, Finish is said
    finish = kiosk.controller.home.finish_button
    kiosk.qtbot.waitUntil(lambda: QApplication.focusWidget() is finish)
    kiosk.qtbot.waitUntil(lambda: any("Finish and log out" in words for words in spoken))
    assert kiosk.window.current_screen is kiosk.controller.home
    hands.choose()
    kiosk.wait_for(S.WELCOME)


def test_a_white_cane_card_visit_by_speech_and_keys(make_kiosk, cases, cups_printer, monkeypatch):
    kiosk = terminal(make_kiosk, monkeypatch, printer=cups_printer.printer)
    speech = kiosk.window.speech
    spoken: list[str] = []
    tones: list[None] = []
    speech.spoken.connect(spoken.append)
    speech.toned.connect(lambda: tones.append(None))
    hands = Keypad(kiosk)
    member = cases["active_account"]
    kiosk.insert(kiosk.card(member_profile(member, pin=PIN, special_status=1)))
    kiosk.wait_for(S.PIN)
    pin_screen = kiosk.controller.pin
    offer = pin_screen.findChild(QWidget, "offerSpeech")
    assert offer is not None and offer.isVisible()  # offered, not imposed
    assert not speech.enabled
    # At the PIN pad the keypad's digits are the PIN's: its arrows move (num lock off).
    hands.move_to(offer, K.Key_Down)
    hands.enter()  # (5 is a digit here)
    kiosk.qtbot.waitUntil(lambda: speech.enabled)
    kiosk.qtbot.waitUntil(lambda: any("PIN" in words for words in spoken))  # the screen said
    at_the_pin = len(spoken)
    hands.type(PIN)
    assert len(tones) == len(PIN)  # a tone per digit
    hands.enter()
    kiosk.wait_for(S.HOME)
    typed_then = spoken[at_the_pin:]
    assert not [words for words in typed_then if re.search(r"\d", words)], typed_then
    line = reimbursements_by_keys(kiosk, hands, cups_printer, member)
    print(f"\nspeech and keys visit: {len(hands.presses)} key presses: {hands.steps()}")
    assert not [words for words in spoken if PIN in words or " ".join(PIN) in words]
    # Each screen said where the member is; the controls said as the focus reached them.
    said = "\n".join(spoken)
    assert "Reimbursements" in said and "Print an official receipt" in said
    # The row moved to said as the keys reach it, then its box ticked.
    rows = [words for words in spoken if line.label in words and line.provider in words]
    assert rows and rows[-1].startswith("chosen, "), rows
    # After the visit: speech off and silent, nothing of the member left to repeat.
    assert not speech.enabled and speech.last == "" and speech.pending() == ""
    kiosk.assert_nothing_left_of(*traces_of(member))


# -- the controls' own keys ---------------------------------------------------------------


def test_enter_opens_a_combo_box_and_the_keypad_chooses_in_its_list(make_kiosk, cases, monkeypatch):
    kiosk = terminal(make_kiosk, monkeypatch)
    hands = Keypad(kiosk)
    member = cases["active_account"]
    kiosk.insert(kiosk.card(member_profile(member, pin=PIN)))
    kiosk.wait_for(S.PIN)
    hands.type(PIN)
    hands.enter()
    kiosk.wait_for(S.HOME)
    hands.move_to(kiosk.controller.home.section_tiles["reimbursements"], K.Key_6)
    hands.choose()
    kiosk.wait_for(S.FILE)
    order: QComboBox = kiosk.controller.file.reimbursements.order
    assert order.currentData() == "care"
    hands.move_to(order)
    hands.enter()
    kiosk.qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None)
    hands.press(K.Key_2, "2 in the list")
    hands.choose()
    kiosk.qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None)
    assert order.currentData() == "processing"
    assert QApplication.focusWidget() is order
    # − closes an open list without choosing.
    hands.enter()
    kiosk.qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None)
    hands.press(K.Key_8, "8 in the list")
    hands.back()
    kiosk.qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None)
    assert order.currentData() == "processing" and kiosk.step == S.FILE


def test_a_check_box_and_a_table_row_are_chosen_by_enter(make_window, qtbot, monkeypatch):
    from PySide6.QtWidgets import (
        QCheckBox,
        QPushButton,
        QTableWidget,
        QTableWidgetItem,
        QVBoxLayout,
    )

    monkeypatch.setenv("GUICHET_SPEECH_ENGINE", "mock")
    window = make_window("kiosk", "en")
    screen = QWidget()
    screen.name = "probe"
    layout = QVBoxLayout(screen)
    layout.addWidget(QPushButton("A list of sections", screen))
    section = QWidget(screen)
    section.setProperty("keyStart", True)  # where the screen's focus starts
    layout.addWidget(section)
    layout = QVBoxLayout(section)
    box = QCheckBox("Third party involved", section)
    table = QTableWidget(3, 1, section)
    table.setHorizontalHeaderLabels(["Line"])
    for row in range(3):
        item = QTableWidgetItem(f"line {row}")
        flags = Qt.ItemFlag
        item.setFlags(flags.ItemIsUserCheckable | flags.ItemIsEnabled | flags.ItemIsSelectable)
        item.setCheckState(Qt.CheckState.Unchecked)
        table.setItem(row, 0, item)
    activated = []
    table.activated.connect(lambda index: activated.append(index.row()))
    layout.addWidget(box)
    layout.addWidget(table)
    window.add_screen(screen)
    window.show_screen("probe")
    window.resize(1280, 1024)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.keys.used = True
    window.keys.focus_first(screen)
    assert QApplication.focusWidget() is box  # the first control where the screen starts
    assert_ring(box, large=False)
    qtbot.keyClick(box, K.Key_Enter, PAD)
    qtbot.waitUntil(box.isChecked)  # Enter on a check box ticks it
    qtbot.keyClick(box, K.Key_2, PAD)
    assert QApplication.focusWidget() is table
    assert_ring(table, large=False)
    qtbot.keyClick(table, K.Key_2, PAD)  # down a row
    assert table.currentRow() == 1 and table.selectionModel().isRowSelected(1)
    qtbot.keyClick(table, K.Key_5, PAD)
    assert table.item(1, 0).checkState() == Qt.CheckState.Checked
    assert activated == [1]  # what a tap on the row does
    qtbot.keyClick(table, K.Key_Enter, PAD)
    assert table.item(1, 0).checkState() == Qt.CheckState.Unchecked


@pytest.mark.parametrize("text", ["7", "0"])
def test_the_pin_pad_takes_the_keyboard_s_top_row_whatever_has_the_focus(
    make_kiosk, cases, monkeypatch, text
):
    kiosk = terminal(make_kiosk, monkeypatch)
    kiosk.insert(kiosk.card(member_profile(cases["active_account"], pin=PIN)))
    kiosk.wait_for(S.PIN)
    pad = kiosk.controller.pin.pad
    cancel = kiosk.controller.pin.cancel
    kiosk.window.keys.used = True
    hands = Keypad(kiosk)
    hands.move_to(cancel, K.Key_Down)
    kiosk.qtbot.keyClick(cancel, getattr(K, f"Key_{text}"))  # a keyboard's digit, no keypad
    assert pad.field.text() == text
    assert kiosk.step == S.PIN  # not Cancel
    # A move, then Enter: the control moved to is chosen (here Cancel: the card's visit ends).
    hands.press(K.Key_Up, "↑ move")
    hands.press(K.Key_Down, "↓ move")
    assert QApplication.focusWidget() is cancel
    hands.enter()
    kiosk.qtbot.waitUntil(lambda: kiosk.step != S.PIN)


def test_the_reading_order_of_the_file_reads_its_sections_then_the_section(
    make_kiosk, cases, monkeypatch
):
    kiosk = terminal(make_kiosk, monkeypatch)
    kiosk.insert(kiosk.card(member_profile(cases["active_account"], pin=PIN)))
    kiosk.wait_for(S.PIN)
    Keypad(kiosk).type(PIN)
    Keypad(kiosk).enter()
    kiosk.wait_for(S.HOME)
    file = kiosk.controller.file
    kiosk.click(kiosk.controller.home.section_tiles["reimbursements"])
    kiosk.wait_for(S.FILE)
    page = file.reimbursements
    kiosk.qtbot.waitUntil(lambda: page.table.rowCount() >= 2)
    order = keys.controls(kiosk.window, [kiosk.window.current_screen])
    sections = [order.index(button) for button in file.nav.values() if button in order]
    content = [order.index(w) for w in (page.order, page.table, *page.calc_edits.values())]
    # The list of sections whole, its way back after it; the section after them, in its order.
    assert sections == sorted(sections) and max(sections) < order.index(file.back_button)
    assert order.index(file.back_button) < min(content)
    assert content == sorted(content)
