"""Preparing a hospital stay in real windows: a member with a demo card types the admission and
the nights, reads "Is my file in order?" (the unpaid contribution in red, with a word and a
symbol, and what to do), the estimate for her category (ordinary, with dependants: 10 days
cost 225.37 €), every category's shares and their date, the rooms' rules; chooses her child
whose cover ended (a dependant's share); prints the summary; leaves, and nothing of her stays.
At the counter the summary is saved as PDF. Every state fits 1280 × 1024 in the four
languages, kiosk and counter, and at the kiosk in the large mode too (issue 17: what to do under
each point's state; GUICHET_FIT_SHOTS=DIR saves the pictures).
"""

from __future__ import annotations

import datetime as dt
import shutil
import threading

import pytest
from PySide6.QtCore import Qt

from app.domain.niss import Niss
from app.services.session import Step
from app.store.db import make_engine
from tests.ui.kiosk_harness import TODAY, traces_of
from tests.ui.test_file_screens import (
    open_at_the_counter,
    open_section,
    open_with_card,
    pdf_text,
    wait_idle,
)
from tests.ui.test_screen_fit import Fit, insert_card, quiet, start

S = Step
ADMISSION = TODAY + dt.timedelta(days=14)


@pytest.fixture(scope="module")
def central(seeded_central_file, tmp_path_factory):
    """One copy for the module: nothing here changes the central database."""
    copy = tmp_path_factory.mktemp("hospital") / "central.sqlite"
    shutil.copy(seeded_central_file, copy)
    engine = make_engine(f"sqlite:///{copy}")
    yield engine
    engine.dispose()


def check_stay(kiosk, admission: str, nights: str):
    page = kiosk.controller.file.hospital
    page.admission.setText(admission)
    page.nights.setText(nights)
    kiosk.click(page.check_button)
    kiosk.qtbot.waitUntil(lambda: page._stay is not None or page.problem.text() != "")
    wait_idle(kiosk)
    return page


def shown_checks(page) -> dict[str, tuple[str, str]]:
    return {key: (status.text(), what.text()) for key, (status, _i, what) in
            page.check_rows.items()}  # fmt: skip


def test_a_member_checks_her_stay_reads_the_estimate_prints_it_and_leaves_nothing(
    make_kiosk, cases, cups_printer
):
    member, child = cases["active_account"], cases["cover_not_in_order"]
    kiosk = make_kiosk(printer=cups_printer.printer)
    open_with_card(kiosk, member)
    file = open_section(kiosk, "hospital")
    wait_idle(kiosk)
    assert file.title.text() == "Preparing a hospital stay"
    page = file.hospital
    assert not page.result.isVisibleTo(page)  # nothing until a stay is typed
    assert not page.save_button.isVisibleTo(page.result)  # the kiosk prints, it saves nothing

    # A day in the past: said beside the form, what was typed stays.
    yesterday = (TODAY - dt.timedelta(days=1)).strftime("%d/%m/%Y")
    check_stay(kiosk, yesterday, "10")
    assert page.problem.text() == "The admission date cannot be before today."
    assert page.admission.text() == yesterday and not page.result.isVisibleTo(page)

    check_stay(kiosk, ADMISSION.strftime("%d/%m/%Y"), "10")
    assert page.result.isVisibleTo(page) and page.problem.text() == ""
    said = shown_checks(page)
    # The unpaid contribution: red, a word and a symbol, and what to do.
    status, what = said["contributions"]
    assert status == "✖ To do"
    assert page.check_rows["contributions"][0].property("ok") == "false"
    assert "Contributions due before the admission are not paid: €11.40" in what
    assert "Pay them before the admission, or come to the counter." in what
    assert {key: s for key, (s, _w) in said.items() if key != "contributions"} == {
        "cover": "✔ In order", "accidents": "✔ In order", "insurability": "✔ In order"
    }  # fmt: skip
    assert page.verdict.text() == "Before the admission, settle the points marked “To do”."
    # Her estimate: an ordinary member with dependants, 47.08 + 9 × 19.81.
    assert page.total.text() == "Estimated personal share: €225.37"
    assert "Category: Ordinary insured person with dependants." in page.category.text()
    discharge = ADMISSION + dt.timedelta(days=10)
    assert f"from Wednesday {ADMISSION:%d/%m/%Y} to Saturday {discharge:%d/%m/%Y}" in (
        page.category.text()
    )
    shares = [page.shares.itemAtPosition(row, 0).widget().text() for row in range(1, 5)]
    assert shares[1] == "▶ Ordinary insured person with dependants (you)"
    assert page.shares.itemAtPosition(2, 3).widget().text() == "€7.03"  # from day 91
    assert page.figures.text().startswith("Amounts in force since 01/01/2024 (source: ")
    assert "fee supplements up to the percentage the hospital states" in (
        page.room_rows["single"][1].text()
    )

    # Her child, whose cover ended: the same stay asked again for him.
    file.person.setCurrentIndex(file.person.findData(child.niss))
    file.person.activated.emit(file.person.currentIndex())
    kiosk.qtbot.waitUntil(lambda: page._stay is not None and page._stay.person_niss == child.niss)
    wait_idle(kiosk)
    assert shown_checks(page)["cover"][0] == "✖ To do"
    assert "Not insured on the day of admission." in shown_checks(page)["cover"][1]
    assert page.total.text() == "Estimated personal share: €97.57"  # 34.30 + 9 × 7.03
    assert "Category: Dependant." in page.category.text()
    own = [page.shares.itemAtPosition(row, 0).widget().text() for row in range(1, 5)]
    assert own[3] == f"▶ Dependant ({page._stay.person_name})"  # him, not "(you)"
    assert child.first_names.split()[0] in own[3]

    kiosk.click(page.print_button)
    kiosk.qtbot.waitUntil(lambda: file.status.property("kind") == "success", timeout=30_000)
    [printed] = cups_printer.printed()
    text = " ".join(pdf_text(printed).split())
    assert "Preparing a hospital stay" in text and child.last_name in text
    assert "✖ To do" in text and "€97.57" in text

    kiosk.slot.remove()
    kiosk.wait_for(S.WELCOME)
    wait_idle(kiosk)
    kiosk.assert_nothing_left_of(*traces_of(member), *traces_of(child))
    assert page._stay is None and page.admission.text() == "" and page.asked is None


def fit_the_section(fit: Fit) -> None:
    kiosk = fit.kiosk
    file = open_section(kiosk, "hospital")
    quiet(kiosk)
    holder = file._holders["hospital"]
    check_stay(kiosk, "", "")  # both problems, under the form
    fit.check("hospital stay not typed", scrolling=[holder])
    check_stay(kiosk, ADMISSION.strftime("%d/%m/%Y"), "120")  # the long stay's band too
    fit.check("hospital stay checked", scrolling=[holder])
    status, _item, what = (label.geometry() for label in file.hospital.check_rows["cover"])
    if fit.large:  # at 44 px what to do goes under its state, the whole width its own
        assert what.top() > status.bottom()
    else:  # beside it
        assert what.left() > status.right()


@pytest.mark.parametrize("large", [False, True], ids=["normal", "large"])
def test_the_hospital_stay_fits_the_kiosk_in_every_language(make_kiosk, cases, tmp_path, large):
    fit = start(make_kiosk, tmp_path, "kiosk", large=large)
    insert_card(fit.kiosk, cases["active_account"])
    fit.kiosk.type_pin("1234")
    fit.kiosk.wait_for(S.HOME)
    if not large:  # the large home: the kiosk walk's (tests/ui/test_screen_fit.py)
        fit.check("home with the hospital stay")
    fit_the_section(fit)
    assert fit.problems == [], "\n".join(fit.problems)


def test_at_the_counter_the_stay_fits_and_its_summary_is_saved_as_pdf(make_kiosk, cases, tmp_path):
    fit = start(make_kiosk, tmp_path, "counter")
    kiosk = fit.kiosk
    member = cases["active_account"]
    open_at_the_counter(kiosk, member)
    fit_the_section(fit)
    assert fit.problems == [], "\n".join(fit.problems)
    page = kiosk.controller.file.hospital
    assert page.save_button.isVisibleTo(page.result)
    # The counter speaks to the clerk of the member, by name.
    assert page.checks_heading.text() == "Is the file in order?"
    mine = page.shares.itemAtPosition(2, 0).widget().text()
    assert mine.startswith("▶ Ordinary insured person with dependants (") and "(you)" not in mine
    assert member.last_name in mine
    target = tmp_path / "summary.pdf"
    kiosk.controller.file_controller.choose_save_path = lambda _suggested: str(target)
    kiosk.click(page.save_button)
    kiosk.qtbot.waitUntil(target.exists, timeout=20_000)
    wait_idle(kiosk)
    text = " ".join(pdf_text(target.read_bytes()).split())
    assert "Preparing a hospital stay" in text and member.last_name in text
    assert "From day 91" in text and "€7.03" in text
    assert Niss(member.niss).formatted() in text

    # Enter in Nights checks the stay; until its answer is shown, the summary is the one shown.
    shown = page.asked
    backend = kiosk.controller.file_controller.backend
    answer, release = backend.hospital_stay, threading.Event()

    def held(*args, **kwargs):
        release.wait(10)
        return answer(*args, **kwargs)

    backend.hospital_stay = held
    try:
        page.nights.setText("10")
        kiosk.qtbot.keyClick(page.nights, Qt.Key.Key_Return)
        assert not page.check_button.isEnabled()  # the check is under way
        assert page.asked == shown == (ADMISSION.strftime("%d/%m/%Y"), "120")
    finally:
        release.set()
    kiosk.qtbot.waitUntil(lambda: page.asked == (ADMISSION.strftime("%d/%m/%Y"), "10"))
    wait_idle(kiosk)
    del backend.hospital_stay
    assert page._stay.stay.nights == 10
