"""Fees and reimbursements in real windows: a member searches the nomenclature by words, opens
a code, reads its amounts by age band and what they would pay; a whole code typed opens it; the
page is empty when they leave; every control has an accessible name. Then the section at the
terminal and the counter in four languages, every text whole, the code's table's cells too
(tests/support/fit.py; GUICHET_FIT_SHOTS=DIR keeps the shots), at the kiosk also in the large
mode (issue 17: three columns under a row per period), and a BIM member with a DMG reads her
€1.00 for the GP consultation 101076."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QStyle,
    QWidget,
)

from app.services.session import Step
from tests.ui.test_file_screens import open_at_the_counter, open_section, open_with_card, wait_idle
from tests.ui.test_screen_fit import insert_card, quiet, start

S = Step


def search(kiosk, page, text: str) -> None:
    page.query.setText(text)
    kiosk.click(page.search_button)
    wait_idle(kiosk)


def choose_code(kiosk, page, code: str) -> None:
    row = next(r for r in range(page.results.rowCount()) if page.results.item(r, 0).text() == code)
    page.results.selectRow(row)
    kiosk.qtbot.waitUntil(lambda: page._code is not None and page._code.code == code)


def unnamed_controls(root) -> list[str]:
    """The controls shown under `root` that a screen reader could not name: a field, a list, a
    table, a combo box needs an accessible name (a placeholder or the text typed is none); a
    button its text or one."""
    unnamed = []
    kinds = (QAbstractButton, QLineEdit, QComboBox, QAbstractItemView, QAbstractSpinBox)
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, kinds) or not widget.isVisibleTo(root):
            continue
        if isinstance(widget.parent(), QComboBox | QAbstractItemView | QAbstractSpinBox):
            continue  # a part of a control (a combo box's list, a spin box's field)
        own = widget.text() if isinstance(widget, QAbstractButton) else ""
        if not (widget.accessibleName() or own):
            unnamed.append(widget.objectName() or type(widget).__name__)
    return unnamed


def cells_cut(table) -> list[str]:
    """The cells whose text the table cannot show whole: a word wider than its column (elided
    "tegemoetko…"), or wrapped lines taller than the row (the last one cut at its foot); a cell
    across columns (the large mode's period) has their widths."""
    metrics = QFontMetrics(table.font())
    focus = table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table)
    margin = 2 * (focus + 1)  # the text's margin each side (QCommonStyle's viewItem)
    problems = []
    for row in range(table.rowCount()):
        for column in range(table.columnCount()):
            cell = table.item(row, column)
            if table.isColumnHidden(column) or cell is None or not cell.text():
                continue
            span = range(column, column + table.columnSpan(row, column))  # a large mode's title
            room = sum(table.columnWidth(c) for c in span if not table.isColumnHidden(c)) - margin
            widest = max(metrics.horizontalAdvance(word) for word in cell.text().split())
            wrapped = metrics.boundingRect(
                QRect(0, 0, room, 10_000), Qt.TextFlag.TextWordWrap, cell.text()
            )
            if widest > room or wrapped.height() > table.rowHeight(row):
                problems.append(f"{table.objectName()}: {cell.text()!r} cut in its cell")
    return problems


def test_a_member_searches_opens_a_code_and_reads_what_they_would_pay(make_kiosk, cases):
    kiosk = make_kiosk()
    member = cases["active_account"]  # ordinary cover, a DMG, in their forties
    open_with_card(kiosk, member)
    file = open_section(kiosk, "fees")
    wait_idle(kiosk)
    page = file.fees
    kiosk.qtbot.waitUntil(lambda: page._status is not None)
    assert page.status.text().startswith("For you: ordinary cover, with a DMG, 10 to 74.")
    assert unnamed_controls(page) == []  # the search field, before any result

    search(kiosk, page, "Huisarts BEZOEK")  # Dutch words, any case
    shown = [page.results.item(r, 0).text() for r in range(page.results.rowCount())]
    assert shown == ["103110", "103132", "104215", "104230"]
    choose_code(kiosk, page, "103110")
    assert page.title.text().startswith("103110 — GP home visit")
    assert not page.detail.isColumnHidden(1)  # the age bands
    assert page.for_you.text() == (
        "For you — ordinary cover, with a DMG, 10 to 74 — your share is €14.09."
    )
    selected = page.detail.selectionModel().selectedRows()[0].row()
    assert [page.detail.item(selected, c).text() for c in (1, 2, 5)] == [
        "10 to 74", "Ordinary", "€14.09"]  # fmt: skip

    search(kiosk, page, "101076")  # a whole code: straight to it
    kiosk.qtbot.waitUntil(lambda: page._code.code == "101076")
    assert page.for_you.text() == "For you — ordinary cover, with a DMG — your share is €4.00."
    assert page.detail.isColumnHidden(1)  # no age band for this one
    cases_shown = [page.detail.item(r, 2).text() for r in range(page.detail.rowCount())]
    assert cases_shown == ["Ordinary, without DMG", "Ordinary, with DMG", "BIM, without DMG",
                           "BIM, with DMG"]  # fmt: skip
    assert [page.detail.item(r, 5).text() for r in range(4)] == [
        "€6.00", "€4.00", "€1.50", "€1.00"]  # fmt: skip
    assert unnamed_controls(page) == []  # the results and the code's table too

    search(kiosk, page, "104215")  # no reimbursement in the data: said
    kiosk.qtbot.waitUntil(lambda: page._code.code == "104215")
    assert "the data hold no reimbursement" in page.for_you.text()
    search(kiosk, page, "xylophone")
    assert page.results.rowCount() == 0 and "No code matches" in page.more.text()
    assert "BVAC" in page.bvac_text.text() and "official fee minus" in page.share_text.text()

    kiosk.slot.remove()
    kiosk.wait_for(S.WELCOME)
    assert page._status is None and page._code is None and page.results.rowCount() == 0
    assert page.query.text() == "" and page.for_you.text() == ""


@pytest.mark.parametrize(
    ("mode", "large"),
    [("kiosk", False), ("kiosk", True), ("counter", False)],
    ids=["kiosk", "kiosk-large", "counter"],
)
def test_fees_and_reimbursements_show_their_texts_whole(make_kiosk, cases, tmp_path, mode, large):
    member = cases["bim"]
    fit = start(make_kiosk, tmp_path, mode, large=large)
    kiosk = fit.kiosk
    if mode == "kiosk":
        insert_card(kiosk, member)
        kiosk.type_pin("1234")
        kiosk.wait_for(S.HOME)
    else:
        open_at_the_counter(kiosk, member)
    file = kiosk.window.screens["file"]
    page = file.fees

    def opened(code: str, words: str) -> None:
        """The section in the language now set: a search, then a code with its age bands."""
        if file.section != "fees":
            open_section(kiosk, "fees")
        quiet(kiosk)
        kiosk.qtbot.waitUntil(lambda: page._status is not None)
        page.query.setText(words)
        kiosk.click(page.search_button)
        quiet(kiosk)
        kiosk.qtbot.waitUntil(lambda: page.results.rowCount() > 0)
        choose_code(kiosk, page, code)
        quiet(kiosk)
        fit.problems += [f"{mode}, {code}: {cut}" for cut in cells_cut(page.detail)]

    holder = file._holders["fees"]
    fit.check("fees, a code by age band", scrolling=[holder],
              again=lambda: opened("103110", "generaliste"))  # fmt: skip
    fit.check("fees, a GP consultation", scrolling=[holder],
              again=lambda: opened("101076", "consultation"))  # fmt: skip
    assert fit.problems == [], "\n".join(fit.problems)
    if large:  # at 44 px three columns; the period and its official fee on a row across them
        detail = page.detail
        kiosk.qtbot.waitUntil(
            lambda: detail.item(0, 2) is not None and "—" in detail.item(0, 2).text()
        )
        shown = [c for c in range(detail.columnCount()) if not detail.isColumnHidden(c)]
        assert shown == [2, 4, 5] and detail.columnSpan(0, 2) == 4
        assert detail.item(0, 2).text().startswith("from ")
        assert "Official fee: €" in detail.item(0, 2).text()
    # The issue's own example: a BIM member with a DMG pays €1.00 of the GP consultation.
    kiosk.qtbot.waitUntil(lambda: "—" in page.for_you.text() and "DMG" in page.for_you.text())
    if mode == "kiosk":
        assert page.for_you.text() == "For you — BIM, with a DMG — your share is €1.00."
    else:  # the counter speaks of the member, to the clerk
        assert page.for_you.text() == (
            f"For {member.first_names} — BIM, with a DMG — the share is €1.00."
        )
