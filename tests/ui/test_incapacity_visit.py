"""A member with a running incapacity at the terminal, in real windows: what the next certificate
must say and by when, a certificate checked, a form printed, part-time work asked and signed
with the card's PIN, a return to work declared (and the period closed once the central side
applied it); at the counter the forms are saved as PDF and the request is the member's to sign.
"""

from __future__ import annotations

import base64
import dataclasses
import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QStyle, QTableWidget

from app.services.session import Step
from tests.ui.kiosk_harness import TODAY, traces_of
from tests.ui.test_file_screens import (
    deliver,
    open_at_the_counter,
    open_section,
    open_with_card,
    open_with_password,
    outbox,
    pdf_text,
    wait_idle,
)
from ui.screens.file.incapacity_parts import long_day

S = Step
PIN = "2580"


@pytest.fixture
def ill(cases):
    """The demo member whose incapacity runs (the seed's case; invalidity until it exists)."""
    return cases.get("incapacity_running") or cases["invalidity"]


def incapacity_page(kiosk):
    file = open_section(kiosk, "incapacity")
    wait_idle(kiosk)
    page = file.incapacity
    kiosk.qtbot.waitUntil(lambda: page.overview._mine is not None)
    return file, page


def show(kiosk, page, view: str) -> None:
    kiosk.click(page.switcher.buttons[view])
    assert page.view == view and page.views[view].isVisibleTo(page)


def test_the_member_reads_the_next_certificate_checks_one_prints_a_form_asks_part_time_and_resumes(
    make_kiosk, ill, cups_printer
):
    from app.documents.signing import check_signed_pdf

    kiosk = make_kiosk(printer=cups_printer.printer)
    open_with_card(kiosk, ill, pin=PIN)
    file, page = incapacity_page(kiosk)
    mine = page.overview._mine
    assert mine.running and mine.period is not None

    # What the next certificate must say, in the seed's own words and with weekday names.
    nxt = mine.next_certificate
    said = page.overview.next_certificate.text()
    assert (
        f"Your certificate covers you until {long_day(nxt.covered_until)}. If you cannot resume "
        f"on {long_day(nxt.resume_on)}, your prolongation certificate must start on "
        f"{long_day(nxt.must_start_on)}." in said
    )
    assert f"It must reach us by {long_day(nxt.must_arrive_by)}." in said
    assert nxt.must_start_on == nxt.covered_until + dt.timedelta(days=1)
    assert long_day(dt.date(2016, 1, 8)) == "Friday 08/01/2016"
    assert page.overview.certificates.rowCount() == len(mine.certificates) > 0
    assert "covered by your certificates" in page.overview.coverage.text()
    # A late certificate says its own cut under the table: from its first paid day to arrival.
    last = mine.certificates[-1]
    late = dataclasses.replace(
        last,
        late_penalty_rate=Decimal("0.1000"),
        late_from=last.covers_from,
        late_until=last.received_on,
    )
    page.overview.show_incapacity(
        dataclasses.replace(mine, certificates=(*mine.certificates[:-1], late)), None
    )
    assert (
        f"The certificate received on {last.received_on:%d/%m/%Y} came late: your indemnity is "
        f"10% less from {last.covers_from:%d/%m/%Y} to {last.received_on:%d/%m/%Y}."
    ) in page.overview.coverage.text()
    page.overview.show_incapacity(mine, None)
    assert "by the rules in force on" in page.overview.estimate.text()

    # Check a certificate: the prolongation the overview asks for, then one nobody dated.
    show(kiosk, page, "check")
    checker = page.checker
    assert checker.fields["received_on"].text() == TODAY.strftime("%d/%m/%Y")
    start = nxt.must_start_on.strftime("%d/%m/%Y")
    end = (nxt.must_start_on + dt.timedelta(days=13)).strftime("%d/%m/%Y")
    checker.fields["covers_from"].setText(start)
    checker.fields["covers_to"].setText(end)
    kiosk.click(checker.check_button)
    kiosk.qtbot.waitUntil(lambda: checker.verdict.text() != "")
    assert checker.verdict.text().startswith("This is a prolongation")
    assert f"It must reach us by {long_day(nxt.must_arrive_by)}." in checker.details.text()
    assert checker.fields["covers_from"].text() == start  # what was typed stays
    late = nxt.must_arrive_by + dt.timedelta(days=10)
    checker.fields["received_on"].setText(late.strftime("%d/%m/%Y"))
    kiosk.click(checker.check_button)
    kiosk.qtbot.waitUntil(lambda: "It is late" in checker.details.text())
    assert "10% less for" in checker.details.text()
    assert "The cut is waived if" in checker.details.text()
    checker.fields["covers_from"].setText("")
    kiosk.click(checker.check_button)
    kiosk.qtbot.waitUntil(lambda: checker.problem.text() != "")
    assert checker.problem.text() == "A certificate needs a first and a last day: type both."
    assert checker.fields["covers_to"].text() == end

    # A form to print, in the member's language, with their name on it.
    show(kiosk, page, "forms")
    forms = page.forms
    assert forms.rows and all(not forms.save_button(k).isVisibleTo(page) for k in forms.rows)
    kind = next(iter(forms.rows))
    kiosk.click(forms.print_button(kind))
    kiosk.qtbot.waitUntil(lambda: file.status.property("kind") != "info", timeout=30_000)
    assert file.status.text() == "Printed: take your document from the printer."
    [printed] = cups_printer.printed()
    assert ill.last_name in pdf_text(printed)

    # Part-time work from the Monday after next: its deadline, on time, half time cuts 30 %.
    show(kiosk, page, "part_time")
    part = page.part_time
    monday = TODAY + dt.timedelta(days=7 - TODAY.weekday() + 7)
    part.fields["starts_on"].setText(monday.strftime("%d/%m/%Y"))
    part.fields["work_hours"].setText("19")
    part.fields["reference_hours"].setText("38")
    part.fields["employer"].setText("")
    kiosk.click(part.preview_button)
    kiosk.qtbot.waitUntil(lambda: part.problem.text() != "")
    assert part.problem.text() == "Type the name of your employer."
    assert part.fields["work_hours"].text() == "19" and not part.sign_button.isEnabled()
    part.fields["employer"].setText("Boulangerie Dupont")
    kiosk.click(part.preview_button)
    kiosk.qtbot.waitUntil(lambda: part.result.text() != "")
    friday = monday - dt.timedelta(days=3)
    assert f"Your request must reach us by {long_day(friday)}." in part.result.text()
    assert "Sent today, it is on time." in part.result.text()
    # ... and what each late tier would cost: −10 % up to 14 days after the start, then nothing.
    tier_end = monday + dt.timedelta(days=14)
    assert (
        f"If it reaches us later: until {tier_end:%d/%m/%Y}, your indemnity is 10% less from "
        f"{monday:%d/%m/%Y} until the day it reaches us; after {tier_end:%d/%m/%Y}, no indemnity "
        f"is paid from {monday:%d/%m/%Y}."
    ) in part.result.text()
    assert "Expected effect on your indemnity: \u221230%" in part.result.text()
    assert part.sign_button.isEnabled()
    kiosk.click(part.sign_button)
    assert page.view == "sign" and page.signing.isVisibleTo(page)
    kiosk.type_pin("1111", page.signing)
    kiosk.qtbot.waitUntil(lambda: "left" in page.signing.tries.text(), timeout=15_000)
    assert page.signing.tries.text() == "Wrong PIN code. 2 tries left."
    assert outbox(kiosk, "incapacity.partial_resumption") == []
    kiosk.type_pin(PIN, page.signing)
    kiosk.qtbot.waitUntil(lambda: part.sent.text() != "", timeout=20_000)
    assert page.view == "part_time" and page.signing.pad.field.text() == ""
    assert "is sent to the medical adviser with the form you signed" in part.sent.text()
    [entry] = outbox(kiosk, "incapacity.partial_resumption")
    assert entry.payload["starts_on"] == monday.isoformat()
    assert entry.payload["employer"] == "Boulangerie Dupont"
    check = check_signed_pdf(base64.b64decode(entry.payload["signed_pdf"]),
                             trust_roots=kiosk.pki.roots)  # fmt: skip
    assert check.intact and check.trusted

    # I resume work today: on its way, then closed once the central side applied it.
    show(kiosk, page, "resume")
    resume = page.resume
    assert resume.day.text() == TODAY.strftime("%d/%m/%Y")
    kiosk.click(resume.declare_button)
    kiosk.qtbot.waitUntil(lambda: resume.done.text() != "")
    assert f"Your return on {long_day(TODAY)} is on its way" in resume.done.text()
    assert "on its way to the mutuality" in page.overview.period_facts.text()
    [entry] = outbox(kiosk, "incapacity.return_to_work")
    assert entry.payload["resumes_on"] == TODAY.isoformat()
    assert entry.payload["resumes_as"] == "work"
    deliver(kiosk)
    open_section(kiosk, "data")
    wait_idle(kiosk)
    file, page = incapacity_page(kiosk)
    ended = TODAY - dt.timedelta(days=1)
    assert not page.overview._mine.running
    assert page.overview.period.text().endswith(f"to {ended.strftime('%d/%m/%Y')}: ended.")
    assert not page.resume.declare_button.isEnabled()

    kiosk.slot.remove()
    kiosk.wait_for(S.WELCOME)
    wait_idle(kiosk)
    kiosk.assert_nothing_left_of(*traces_of(ill), "Boulangerie Dupont")
    assert page.overview._mine is None and page.overview.certificates.rowCount() == 0


def test_every_control_of_my_incapacity_has_an_accessible_name(make_kiosk, ill):
    kiosk = make_kiosk()
    open_with_card(kiosk, ill)
    _file, page = incapacity_page(kiosk)
    unnamed = []
    for view in page.switcher.buttons:
        show(kiosk, page, view)
        for widget in page.findChildren(QAbstractButton) + page.findChildren(QLineEdit) + \
                page.findChildren(QComboBox) + page.findChildren(QTableWidget):  # fmt: skip
            if not widget.isVisibleTo(page) or widget.objectName() == "pinField":
                continue
            if isinstance(widget.parent(), QComboBox | QTableWidget):
                continue
            if not (widget.accessibleName() or getattr(widget, "text", lambda: "")()):
                unnamed.append(f"{view}: {widget.objectName() or type(widget).__name__}")
    assert unnamed == []


def cut_in(table: QTableWidget) -> list[str]:
    """What a member would not read whole in the table: a column title elided or past its
    right edge, a cell's word or line cut (its wrapped text wider or taller than the cell)."""
    header, metrics = table.horizontalHeader(), table.fontMetrics()
    margin = table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1
    cut = []
    for column in range(table.columnCount()):
        title = table.horizontalHeaderItem(column).text()
        width = header.sectionSize(column)
        if width < header.sectionSizeHint(column):
            cut.append(f"the title {title!r} is elided")
        if header.sectionViewportPosition(column) + width > table.viewport().width():
            cut.append(f"the column {title!r} goes past the table's edge")
        for row in range(table.rowCount()):
            text = table.item(row, column).text()
            room = QRect(0, 0, width - 2 * margin, 10_000)
            needs = metrics.boundingRect(room, Qt.TextFlag.TextWordWrap, text)
            if needs.width() > room.width() or needs.height() > table.rowHeight(row):
                cut.append(f"{text!r} does not fit its cell ({title!r})")
    return cut


def test_in_the_large_mode_the_certificates_show_whole_and_the_page_scrolls_as_one(make_kiosk, ill):
    """At 200 % (issue 17) the certificates' dates, kinds and channels wrap in their cells and
    the columns share the width, so that no title and no word is cut in any language; the views
    do not scroll inside the screen, the window's page does; back in the normal mode, the
    table is as it was."""
    kiosk = make_kiosk()
    window = kiosk.window
    window.resize(1280, 1024)
    window.show()
    kiosk.qtbot.waitExposed(window)
    open_with_card(kiosk, ill)
    _file, page = incapacity_page(kiosk)
    table = page.overview.certificates
    assert table.rowCount() >= 2
    window.appearance.set_large(True)
    for language in ("de", "nl", "fr", "en"):
        window.translations.set_language(language)
        for _ in range(100):  # the columns are shared once the titles have their new font
            if not cut_in(table):
                break
            kiosk.qtbot.wait(20)
        assert cut_in(table) == [], language
        assert table.wordWrap() and table.verticalScrollBar().maximum() == 0  # every row shown
        assert page.scroll.verticalScrollBar().maximum() == 0  # one scroll: the window's page
    window.appearance.set_large(False)
    kiosk.qtbot.waitUntil(lambda: page.scroll.verticalScrollBar().maximum() > 0)
    assert not table.wordWrap()
    assert {table.rowHeight(row) for row in range(table.rowCount())} == {48}


def test_half_a_pin_never_waits_on_the_pad_when_the_member_goes_elsewhere(make_kiosk, ill):
    kiosk = make_kiosk()
    open_with_card(kiosk, ill, pin=PIN)
    _file, page = incapacity_page(kiosk)
    show(kiosk, page, "part_time")
    part = page.part_time
    monday = TODAY + dt.timedelta(days=7 - TODAY.weekday() + 7)
    for key, value in (("starts_on", monday.strftime("%d/%m/%Y")), ("work_hours", "19"),
                       ("reference_hours", "38"), ("employer", "Atelier")):  # fmt: skip
        part.fields[key].setText(value)
    kiosk.click(part.preview_button)
    kiosk.qtbot.waitUntil(part.sign_button.isEnabled)
    kiosk.click(part.sign_button)
    for digit in "25":
        kiosk.click(page.signing.pad.keys[digit])
    open_section(kiosk, "dmg")
    assert page.signing.pad.field.text() == ""
    open_section(kiosk, "incapacity")
    wait_idle(kiosk)
    assert page.view == "overview" and page.signing.pad.field.text() == ""
    part.fields["work_hours"].setText("20")  # a change after the preview: preview again
    part.fields["work_hours"].textEdited.emit("20")
    assert not part.sign_button.isEnabled()


def test_after_a_password_login_part_time_work_is_signed_elsewhere(make_kiosk, ill):
    kiosk = make_kiosk()
    open_with_password(kiosk, ill)
    _file, page = incapacity_page(kiosk)
    show(kiosk, page, "part_time")
    # Said to the member at the kiosk, not the clerk's sentence about "the member's" card.
    assert page.part_time.rule.text() == (
        "The request is signed with your eID card: log in with your card to send it here, or "
        'print it under "Forms to print".'
    )
    assert not page.part_time.sign_button.isEnabled()


def test_a_late_request_says_its_tier_with_its_rate_and_dates_before_signing(make_kiosk, ill):
    """Issue 15 point 6: sent within 14 days after the start, −10 % from the start to the day
    it reaches us; later, no indemnity from the start."""
    kiosk = make_kiosk()
    open_with_password(kiosk, ill)
    _file, page = incapacity_page(kiosk)
    show(kiosk, page, "part_time")
    part = page.part_time
    for key, value in (("work_hours", "19"), ("reference_hours", "38"),
                       ("employer", "Boulangerie Dupont")):  # fmt: skip
        part.fields[key].setText(value)

    def preview(starts_on: dt.date) -> str:
        part.fields["starts_on"].setText(starts_on.strftime("%d/%m/%Y"))
        part.fields["starts_on"].textEdited.emit(part.fields["starts_on"].text())
        kiosk.click(part.preview_button)
        kiosk.qtbot.waitUntil(lambda: part.result.text() != "")
        return part.result.text()

    started = TODAY - dt.timedelta(days=9)  # within the tier: cut from then until today
    assert (
        f"Sent today, it is late: your indemnity is 10% less from {started:%d/%m/%Y} until "
        f"{TODAY:%d/%m/%Y}, the day it reaches us."
    ) in preview(started)
    started = TODAY - dt.timedelta(days=15)  # after it: nothing from the start
    assert (
        f"Sent today, it is too late: no indemnity is paid from {started:%d/%m/%Y}, the day you "
        "start working."
    ) in preview(started)


def test_a_request_late_before_its_start_says_the_first_day_is_cut(qtbot):
    """After the deadline (the working day before) but before the start, e.g. on the Saturday
    for a Monday: the cut's first and last day is the start."""
    from PySide6.QtCore import QLocale

    from app.services.incapacity import ResumptionForm, ResumptionPreview
    from ui.screens.file.resumption import PartTimeView

    saved = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.Belgium))
    try:
        view = PartTimeView()
        qtbot.addWidget(view)
        monday = dt.date(2026, 1, 12)
        form = ResumptionForm(monday, Decimal(19), Decimal(38), "Boulangerie Dupont", False)
        view.show_preview(form, ResumptionPreview(
            deadline=dt.date(2026, 1, 9), timeliness="late_cut", cut=Decimal("0.30"),
            daily_now=None, daily_after=None, late_penalty=Decimal("0.10"),
            late_until=dt.date(2026, 1, 26), sent_on=dt.date(2026, 1, 10),
        ))  # fmt: skip
        assert (
            "Sent today, it is late: your indemnity is 10% less on 12/01/2026, the day you start."
            in view.result.text()
        )
    finally:
        QLocale.setDefault(saved)


def test_at_the_counter_a_form_is_saved_as_pdf(make_kiosk, ill, tmp_path):
    kiosk = make_kiosk("counter")
    open_at_the_counter(kiosk, ill)
    wait_idle(kiosk)
    file, page = incapacity_page(kiosk)
    show(kiosk, page, "forms")
    kind = next(iter(page.forms.rows))
    assert page.forms.save_button(kind).isVisibleTo(page)
    target = tmp_path / "form.pdf"
    kiosk.controller.file_controller.choose_save_path = lambda _suggested: str(target)
    kiosk.click(page.forms.save_button(kind))
    kiosk.qtbot.waitUntil(lambda: file.status.property("kind") == "success", timeout=20_000)
    assert ill.last_name in pdf_text(target.read_bytes())
    show(kiosk, page, "part_time")
    assert not page.part_time.sign_button.isEnabled()
    # The clerk reads how the member signs it: at a terminal with the card, or on paper.
    assert "signed with the member's eID card" in page.part_time.rule.text()


def test_a_member_never_ill_is_told_so_plainly_and_still_finds_the_forms(make_kiosk, cases):
    kiosk = make_kiosk()
    open_with_card(kiosk, cases["active_account"])
    _file, page = incapacity_page(kiosk)
    if page.overview._mine.period is not None:
        pytest.skip("this demo member has an incapacity in the seed")
    assert page.overview.period.text() == "You have no incapacity for work in your file."
    show(kiosk, page, "forms")
    assert page.forms.rows
    show(kiosk, page, "check")
    assert page.checker.status.isVisibleTo(page)  # the first declaration's deadline needs it
    show(kiosk, page, "resume")
    assert not page.resume.declare_button.isEnabled()
