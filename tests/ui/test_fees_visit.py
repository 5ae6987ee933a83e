"""Fees and reimbursements in real windows: a member searches the nomenclature by words, opens
a code, reads its amounts by age band and what they would pay; a whole code typed opens it; the
page is empty when they leave. Then the section at the terminal and the counter in four
languages, every text whole (tests/support/fit.py; GUICHET_FIT_SHOTS=DIR keeps the shots)."""

from __future__ import annotations

import pytest

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


def test_a_member_searches_opens_a_code_and_reads_what_they_would_pay(make_kiosk, cases):
    kiosk = make_kiosk()
    member = cases["active_account"]  # ordinary cover, a DMG, in their forties
    open_with_card(kiosk, member)
    file = open_section(kiosk, "fees")
    wait_idle(kiosk)
    page = file.fees
    kiosk.qtbot.waitUntil(lambda: page._status is not None)
    assert page.status.text().startswith("For you: ordinary cover, with a DMG, 10 to 74.")

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


@pytest.mark.parametrize("mode", ["kiosk", "counter"])
def test_fees_and_reimbursements_show_their_texts_whole(make_kiosk, cases, tmp_path, mode):
    member = cases["bim"]
    fit = start(make_kiosk, tmp_path, mode)
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

    holder = file._holders["fees"]
    fit.check("fees, a code by age band", scrolling=[holder],
              again=lambda: opened("103110", "generaliste"))  # fmt: skip
    fit.check("fees, a GP consultation", scrolling=[holder],
              again=lambda: opened("101076", "consultation"))  # fmt: skip
    assert fit.problems == [], "\n".join(fit.problems)
