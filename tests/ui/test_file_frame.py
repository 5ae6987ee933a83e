"""The frame of the member's file: the list of sections and the way back, the language switched
inside a section, the sections at the terminal's 1280 × 1024 in every language, and the large
high-contrast mode (issue 17): Back and "All sections" above the section, the list a grid of big
buttons opened in the section's place, the section as tall as it needs under the window's one
scroll, and tables that fit the width instead of scrolling sideways.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QHeaderView

from app.services.session import Step
from tests.support.access import access_problems
from tests.support.fit import fit_problems, texts_cut
from tests.ui.test_file_screens import (
    member_by_id,
    open_at_the_counter,
    open_section,
    open_with_card,
    wait_idle,
)
from ui.screens.file.common import SECTIONS

S = Step
SHOTS = os.environ.get("GUICHET_FIT_SHOTS")


def test_the_language_changes_inside_the_file_without_losing_the_section(make_kiosk, cases):
    kiosk = make_kiosk()
    open_with_card(kiosk, cases["active_account"])
    file = open_section(kiosk, "reimbursements")
    wait_idle(kiosk)
    rows = file.reimbursements.table.rowCount()
    kiosk.window.translations.set_language("nl")
    kiosk.qtbot.waitUntil(lambda: file.title.text() == "Terugbetalingen")  # LanguageChange
    assert kiosk.step == S.FILE and file.section == "reimbursements"
    assert file.reimbursements.table.rowCount() == rows
    amount = file.reimbursements.lines[0].reimbursed
    cell = file.reimbursements.table.item(0, file.reimbursements.REIMBURSED_COLUMN).text()
    assert cell.endswith("€") or cell.startswith("€")
    assert f"{abs(amount):.2f}".replace(".", ",") in cell.replace(".", "")


@pytest.mark.parametrize("mode", ["kiosk", "counter"])
@pytest.mark.parametrize("language", ["fr", "nl", "de", "en"])
def test_every_section_fits_the_terminals_screen_in_every_language(
    make_kiosk, cases, language, mode
):
    """1280 × 1024, the terminal's screen: no section widens the window, scrolls sideways or
    cuts a text (tests/support/fit.py: buttons, labels, combo boxes, column titles), with the
    demo data and a payment's detail open (at the counter,
    with the "Save as PDF" buttons too)."""
    kiosk = make_kiosk(mode, language=language)
    kiosk.window.resize(1280, 1024)
    kiosk.window.show()
    kiosk.qtbot.waitExposed(kiosk.window)
    holder = member_by_id(kiosk, cases["blocked_dependant"].holder_id)
    if mode == "kiosk":
        open_with_card(kiosk, holder)
    else:
        open_at_the_counter(kiosk, holder)
    problems = []
    kiosk.window.countdown.show_seconds(20)  # the inactivity banner at the bottom
    kiosk.qtbot.wait(20)
    if kiosk.window.minimumSizeHint().width() > 1280:
        problems.append(f"countdown: the window needs {kiosk.window.minimumSizeHint().width()}")
    kiosk.window.countdown.show_seconds(-1)
    for key in ("data", "reimbursements", "indemnities", "dmg", "maf", "young_savers",
                "agreements", "documents", "orders", "requests"):  # fmt: skip
        file = open_section(kiosk, key)
        wait_idle(kiosk)
        if key == "data" and mode == "kiosk":  # an unknown bank code: the longest answer
            # the page fills after two loads (the people, then the section): wait for the data
            kiosk.qtbot.waitUntil(lambda file=file: file.data._data is not None)
            wait_idle(kiosk)
            file.data.iban_edit.setText("BE68539007547034")
            kiosk.click(file.data.check_button)
            kiosk.qtbot.waitUntil(lambda file=file: file.data.iban_check.text() != "")
        if key == "reimbursements":
            file.reimbursements.table.setCurrentCell(0, 1)
            page = file.reimbursements
            kiosk.qtbot.waitUntil(lambda page=page: page._detail is not None)
            page.table.item(0, 0).setCheckState(Qt.CheckState.Checked)
        kiosk.qtbot.wait(20)
        hint = kiosk.window.minimumSizeHint()
        if hint.width() > 1280 or hint.height() > 1024 or kiosk.window.width() > 1280:
            problems.append(f"{key}: the window needs {hint.width()} × {hint.height()}")
        holder = file._holders[key]
        bar = getattr(holder, "horizontalScrollBar", None)
        if bar is not None and bar().isVisible():
            problems.append(f"{key}: scrolls sideways by {bar().maximum()} px")
        problems += [f"{key}: {clipped}" for clipped in texts_cut(file)]
    assert problems == []


def test_the_file_s_list_of_sections_scrolls_to_the_one_chosen_and_keeps_the_way_back(
    make_kiosk, cases
):
    """Fifteen sections do not all fit beside the page with the demo's bar: the list scrolls,
    the section chosen from the home is in view, and Back stays below the list."""
    kiosk = make_kiosk()
    kiosk.window.resize(1280, 1024)  # the terminal's screen
    kiosk.window.show()
    open_with_card(kiosk, cases["active_account"])
    file = open_section(kiosk, "fees")  # the last of the list, from the home's tile
    wait_idle(kiosk)
    viewport = file.nav_scroll.viewport()
    assert file.nav_scroll.verticalScrollBar().maximum() > 0  # it does scroll
    chosen = file.nav["fees"]
    top_left = chosen.mapTo(viewport, chosen.rect().topLeft())
    assert (
        viewport.rect().contains(top_left) and top_left.y() + chosen.height() <= viewport.height()
    )
    back = file.back_button
    assert (
        back.isVisible()
        and back.mapTo(file, back.rect().topLeft()).y()
        >= file.nav_scroll.mapTo(file, file.nav_scroll.rect().bottomLeft()).y()
    )


# -- the large mode ------------------------------------------------------------------------------


def large_file(make_kiosk, cases, section: str, member: str = "active_account"):
    """A member's file at the terminal's screen, in the large mode chosen from the header."""
    kiosk = make_kiosk()
    kiosk.window.resize(1280, 1024)
    kiosk.window.show()
    kiosk.qtbot.waitExposed(kiosk.window)
    open_with_card(kiosk, cases[member])
    kiosk.click(kiosk.window.access_bar.large)
    kiosk.qtbot.waitUntil(lambda: kiosk.window.appearance.large)
    file = open_section(kiosk, section)
    wait_idle(kiosk)
    kiosk.qtbot.wait(30)  # the tables' widths and the page's height, laid out
    return kiosk, file


def top(widget, window) -> int:
    return widget.mapTo(window, QPoint(0, 0)).y()


def test_in_the_large_mode_the_sections_open_as_a_grid_in_the_section_s_place(make_kiosk, cases):
    kiosk, file = large_file(make_kiosk, cases, "reimbursements")
    window = kiosk.window
    # No list beside the section: Back and "All sections" above its title, Back the keypad's.
    assert not file.nav_box.isVisible() and not any(b.isVisible() for b in file.nav.values())
    way_back = file.back_button
    assert way_back.isVisible() and way_back.property("keyRole") == "back"
    assert file.sections_button.isVisible()
    assert top(way_back, window) < top(file.title, window) < top(file.reimbursements.table, window)
    assert file.section_box.width() > 1100  # the section has the screen's width

    kiosk.click(file.sections_button)
    kiosk.qtbot.waitUntil(lambda: file.nav_grid_box.isVisible())
    kiosk.qtbot.wait(30)
    assert not file.section_box.isVisible()  # the grid in its place
    buttons = [file.nav[key] for key in SECTIONS]
    assert all(button.isVisible() for button in buttons)
    assert len({button.mapTo(window, QPoint(0, 0)).x() for button in buttons}) >= 2  # columns
    back = {"fr": "Retour", "nl": "Terug", "de": "Zurück", "en": "Back"}
    for language in ("fr", "nl", "de", "en"):  # every name whole, nothing wider than the screen
        window.translations.set_language(language)
        kiosk.qtbot.waitUntil(lambda language=language: file.back_button.text() == back[language])
        kiosk.qtbot.waitUntil(lambda: texts_cut(file) == [], timeout=2000)  # once laid out
        bottom = max(b.mapTo(window, QPoint(0, b.height())).y() for b in buttons)
        assert bottom <= window.page.viewport().height() + window.page.y(), language  # no scroll
        if SHOTS:  # to look at it: GUICHET_FIT_SHOTS=DIR
            window.grab().save(str(Path(SHOTS) / f"kiosk-large-file-sections-{language}.png"))
        assert all(b.mapTo(window, QPoint(b.width(), 0)).x() <= 1280 for b in buttons), language
    assert file.nav["reimbursements"].isChecked()  # the section shown, marked

    kiosk.click(file.nav["dmg"])
    kiosk.qtbot.waitUntil(lambda: file.section == "dmg" and file.section_box.isVisible())
    assert not file.nav_grid_box.isVisible() and not file.sections_button.isChecked()
    assert file.title.text() == "Global medical file (DMG)"

    kiosk.qtbot.keyClick(window, Qt.Key.Key_Escape)  # the keypad's back key: the home
    kiosk.wait_for(S.HOME)


def test_in_the_large_mode_a_section_grows_and_the_window_s_page_scrolls(make_kiosk, cases):
    kiosk, file = large_file(make_kiosk, cases, "reimbursements")
    page = file.reimbursements
    page.table.setCurrentCell(0, 1)
    kiosk.qtbot.waitUntil(lambda: page._detail is not None)
    kiosk.qtbot.wait(50)
    holder = file._holders["reimbursements"]
    # One scroll for the whole screen: the section's own area never scrolls, the page does,
    # down to the calculator below the payment's detail.
    assert holder.verticalScrollBar().maximum() == 0
    assert holder.height() >= page.height() - 1
    assert kiosk.window.page.verticalScrollBar().maximum() > 0
    window = kiosk.window
    problems = fit_problems(window, scrolling=[window.page], tables_scroll=True)
    assert [p for p in problems if "reimbursements" in p or "fileSection" in p] == []
    # The calculator's fields say what they hold (their labels name them).
    assert [e for e in access_problems(window, "en") if "calc_" in e] == []

    kiosk.click(window.access_bar.large)  # back to the normal mode: the list beside
    kiosk.qtbot.waitUntil(lambda: not window.appearance.large)
    kiosk.qtbot.waitUntil(lambda: file.nav_box.isVisible())
    assert all(file.nav[key].isVisible() for key in SECTIONS)
    assert not file.large_bar.isVisible()
    assert file.back_button.parentWidget() is file.nav_box
    assert page.table.isColumnHidden(page.PATIENT_COLUMN) is False


@pytest.mark.parametrize(
    ("section", "member"),
    [("reimbursements", "active_account"), ("dmg", "active_account"),
     ("young_savers", "active_account"), ("documents", "active_account"),
     ("indemnities", "invalidity")],
)  # fmt: skip
def test_in_the_large_mode_a_table_fits_the_width_with_every_title_whole(
    make_kiosk, cases, section, member
):
    """WCAG 1.4.10 lets a data table scroll sideways; these do not need to: their columns fit
    the screen at 44 px, none elided, what is hidden said elsewhere on the page."""
    kiosk, file = large_file(make_kiosk, cases, section, member)
    table = file.pages[section].table
    kiosk.qtbot.waitUntil(lambda: table.rowCount() > 0)
    for language in ("fr", "nl", "de", "en"):
        kiosk.window.translations.set_language(language)
        open_section(kiosk, section)
        wait_idle(kiosk)
        kiosk.qtbot.wait(30)
        header = table.horizontalHeader()
        assert table.horizontalScrollBar().maximum() == 0, language
        shown = [c for c in range(table.columnCount()) if not table.isColumnHidden(c)]
        assert len(shown) >= 3, language
        for column in shown:
            title = table.model().headerData(column, Qt.Orientation.Horizontal)
            assert header.sectionSize(column) >= header.sectionSizeHint(column), (language, title)
        assert header.length() <= header.viewport().width() + 1, language
        metrics = QFontMetrics(table.font())
        for row in range(table.rowCount()):  # no word cut in its cell
            for column in shown:
                words = re.split(r"[ \n]+", table.item(row, column).text())
                widest = max(metrics.horizontalAdvance(word) for word in words)
                assert widest <= header.sectionSize(column), (language, words)
        if section != "reimbursements":  # a long list keeps three rows in view, and scrolls
            assert table.height() >= table.verticalHeader().length(), language
    assert all(
        header.sectionResizeMode(c) != QHeaderView.ResizeMode.Interactive
        for c in range(table.columnCount())
    )
