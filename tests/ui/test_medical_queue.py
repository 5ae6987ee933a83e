"""The medical adviser's queue, end to end in the real windows: a member's partial resumption
request reaches the counter's queue, the adviser refuses it with a reason (or authorises it),
and the member reads the decision in "My requests"; a clerk registers a paper certificate
received and it waits in the queue as received; a clerk who is not an adviser sees the items
but decides nothing; a request and a certificate of the same number stay two items; a
certificate refused at the central side is said on the screen, even with its form closed.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import QDate
from sqlalchemy import select, update

from app.domain.codes import InboxState, LoginMode
from app.services import incapacity, printouts
from app.services.errors import Refused
from app.services.member_file import FileSession
from app.services.session import Step
from app.store.models import IncapacityCertificate, Member, PartialResumption
from app.store.seed import STAFF
from tests.support.cards import sign_as
from tests.support.visits import member_visit
from tests.ui.kiosk_harness import NOW
from tests.ui.test_file_screens import open_section, open_with_card, wait_idle
from tests.ui.test_orders_queue import choose, deliver, refresh, settled, staff_queue
from ui import queue_controller
from ui.incapacity_controller import form_file_name

S = Step
TODAY = NOW.date()  # Wednesday 25/11/2026
MONDAY = dt.date(2026, 11, 30)  # due by Friday 27/11: on time today
CLERK = STAFF[0][:2]  # not a medical adviser
ADVISER = next(s[:2] for s in STAFF if s[0] == "adviser")  # the seed's medical adviser
MEDICAL_ONLY = 3  # the "Show" filter's medical adviser's choice


def ask_part_time(kiosk, member, *, employer: str = "Boulangerie Dupont") -> None:
    """The request as the terminal queues it after the PIN: the form the member's card signed,
    during their visit (the terminal's own path is tests/ui/test_incapacity_visit.py's)."""
    session = FileSession(member.niss, LoginMode.EID)
    form = incapacity.ResumptionForm(MONDAY, Decimal("19"), Decimal("38"), employer, False)
    pdf = printouts.partial_resumption_form(
        kiosk.central, session, form, language="fr", today=TODAY
    )
    member_visit(kiosk.central, kiosk.outbox, member.niss, now=NOW)
    incapacity.request_partial_resumption(
        kiosk.outbox, session, form, sign_as(pdf, kiosk.pki, member.niss), actor="member"
    )
    kiosk.outbox.prover = None
    assert [o.state for o in deliver(kiosk)] == [InboxState.APPLIED]


def medical_queue(counter, login):
    queue = staff_queue(counter, login)
    queue.show.setCurrentIndex(MEDICAL_ONLY)
    queue.show.activated.emit(MEDICAL_ONLY)
    wait_idle(counter)
    return queue


def resumption_of(member):
    return lambda i: (
        i.kind == "medical" and i.subkind == "resumption" and (i.member_niss == member.niss)
    )


def my_resumptions(kiosk, member):
    open_with_card(kiosk, member)
    page = open_section(kiosk, "requests").requests
    wait_idle(kiosk)
    kiosk.qtbot.waitUntil(lambda: page.resumption_table.rowCount() > 0)
    return page


def test_the_adviser_refuses_a_partial_resumption_with_a_reason_the_member_reads(make_kiosk, cases):
    kiosk, counter = make_kiosk(), make_kiosk("counter")
    member = cases["incapacity_running"]
    ask_part_time(kiosk, member)

    queue = medical_queue(counter, ADVISER)
    assert {i.kind for i in queue.items} == {"medical"}  # the filter: the adviser's only
    row = choose(counter, resumption_of(member))
    assert queue.table.item(row, 1).text() == "Part time"
    assert queue.table.item(row, 2).text() == (
        "From 30/11/2026: 19 of 38 h a week, Boulangerie Dupont"
    )
    assert queue.table.item(row, 5).text() == "on time"
    assert queue.table.isColumnHidden(6)  # "Taken by": nobody took one
    assert queue.detail_title.text() == "Partial resumption request of 25/11/2026"  # reached us
    detail = queue.detail.text()
    assert "Starts on 30/11/2026" in detail and "19 h a week of 38 h full time (50 %)" in detail
    assert "Reached us on 25/11/2026: on time" in detail
    assert queue.done_button.text() == "Authorise" and not queue.refuse_button.isHidden()

    counter.click(queue.refuse_button)  # no reason typed
    wait_idle(counter)
    assert queue.problem.text() == "Write the reason for the refusal, for the member."
    queue.answer_edit.setPlainText("Le travail proposé ne convient pas à votre état de santé.")
    counter.click(queue.refuse_button)
    wait_idle(counter)
    assert queue.status.text() == "Sent to the mutuality: waiting for its answer."
    deliver(counter)
    settled(counter)
    assert queue.status.text() == "Done."
    assert not [i for i in queue.items if resumption_of(member)(i)]
    with counter.central.connect() as connection:
        status = connection.execute(select(PartialResumption.status)).scalar_one()
    assert status == "refused"
    counter.click(queue.back_button)
    counter.wait_for(S.DESK)
    counter.assert_nothing_left_of("Boulangerie Dupont", "convient pas", member.niss)

    page = my_resumptions(kiosk, member)
    assert [page.resumption_table.item(0, c).text() for c in range(4)] == [
        "25/11/2026",
        "30/11/2026",
        "19 of 38 h a week",
        "refused on 25/11/2026",
    ]
    text = page.resumption.text()
    assert "The medical adviser refused it on 25/11/2026." in text
    assert "Reason: Le travail proposé ne convient pas à votre état de santé." in text
    assert "Reached us on 25/11/2026: on time" in text


def test_an_authorised_request_shows_as_authorised_in_my_requests(make_kiosk, cases):
    kiosk, counter = make_kiosk(), make_kiosk("counter")
    member = cases["incapacity_running"]
    ask_part_time(kiosk, member, employer="Garage Lemaire")
    queue = medical_queue(counter, ADVISER)
    choose(counter, resumption_of(member))
    counter.click(queue.done_button)
    wait_idle(counter)
    deliver(counter)
    settled(counter)
    assert queue.status.text() == "Done."

    page = my_resumptions(kiosk, member)
    assert page.resumption_table.item(0, 3).text() == "authorised on 25/11/2026"
    assert "The medical adviser authorised it on 25/11/2026." in page.resumption.text()


def test_a_clerk_who_is_not_an_adviser_sees_the_request_but_decides_nothing(make_kiosk, cases):
    kiosk, counter = make_kiosk(), make_kiosk("counter")
    member = cases["incapacity_running"]
    ask_part_time(kiosk, member)
    queue = medical_queue(counter, CLERK)
    choose(counter, resumption_of(member))
    assert "Boulangerie Dupont" in queue.detail.text()
    assert "A medical adviser decides on it." in queue.detail.text()
    for button in (queue.done_button, queue.refuse_button, queue.take_button):
        assert button.isHidden()
    assert queue.answer_edit.isHidden()
    # and the service refuses it anyway, before anything is queued
    staff, item = counter.controller.context.staff, queue.item
    with pytest.raises(Refused) as refused:
        counter.backend.counter.decide_resumption(staff, item, authorised=True, reason=None)
    assert refused.value.code == "adviser_only"


def test_a_clerk_registers_a_paper_certificate_and_it_waits_as_received(make_kiosk, cases):
    counter = make_kiosk("counter")
    member = cases["active_account"]  # no incapacity yet: a first certificate
    queue = staff_queue(counter, CLERK)
    counter.click(queue.certificate_button)
    form = queue.certificate
    assert not form.isHidden() and queue.detail_box.isHidden()
    assert form.received_on.date() == QDate(2026, 11, 25)  # today, unless it came earlier
    form.niss.setText(member.niss[:-1])  # a digit missing
    form.covers_from.setDate(QDate(2026, 11, 23))
    form.covers_to.setDate(QDate(2026, 11, 20))  # before its start
    form.received_on.setDate(QDate(2026, 11, 24))
    counter.click(form.register_button)
    wait_idle(counter)
    problems = form.problem.text().split("\n")
    assert "This national number is not valid: check its 11 digits." in problems
    assert "For a first certificate, choose the member's work status." in problems
    assert "The last day of the certificate is before its first day." in problems
    assert "Type the doctor's name, as the certificate gives it." in problems
    assert form.received_on.date() == QDate(2026, 11, 24)  # what was typed stays
    form.niss.setText(member.niss)
    form.covers_to.setDate(QDate(2026, 12, 11))
    form.work_status.setCurrentIndex(form.work_status.findData("employee"))
    form.doctor.setText("Dr Anne Lambert")
    counter.click(form.register_button)
    wait_idle(counter)
    assert queue.status.text() == "Sent to the mutuality: waiting for its answer."
    deliver(counter)
    settled(counter)
    assert queue.status.text() == "The certificate is registered."
    assert form.isHidden() and form.doctor.text() == ""
    row = choose(
        counter,
        lambda i: i.kind == "medical" and i.subkind == "certificate"
        and i.member_niss == member.niss,
    )  # fmt: skip
    assert queue.table.item(row, 1).text() == "First certificate"
    assert queue.table.item(row, 2).text() == "23/11 – 11/12/2026"
    assert queue.table.item(row, 5).text() == "paper"
    assert "Received on 24/11/2026, paper" in queue.detail.text()
    assert "Doctor: Dr Anne Lambert" in queue.detail.text()
    assert queue.done_button.isHidden()  # a clerk: the adviser marks it seen
    with counter.central.connect() as connection:
        certificate = connection.execute(
            select(
                IncapacityCertificate.received_on,
                IncapacityCertificate.channel,
                IncapacityCertificate.checked_on,
            )
            .join(Member, Member.id == IncapacityCertificate.member_id)
            .where(Member.niss == member.niss)
        ).one()
    assert tuple(certificate) == (
        dt.date(2026, 11, 24),
        "paper",
        None,
    )


def test_the_adviser_marks_a_certificate_seen_and_it_leaves_the_queue(make_kiosk, cases):
    counter = make_kiosk("counter")
    member = cases["active_account"]
    queue = staff_queue(counter, ADVISER)
    counter.click(queue.certificate_button)
    form = queue.certificate
    form.niss.setText(member.niss)
    form.work_status.setCurrentIndex(form.work_status.findData("worker"))
    form.covers_to.setDate(QDate(2026, 12, 4))
    form.doctor.setText("Dr Jan Peeters")
    counter.click(form.register_button)
    wait_idle(counter)
    deliver(counter)
    settled(counter)
    seen = lambda i: i.subkind == "certificate" and i.member_niss == member.niss  # noqa: E731
    choose(counter, seen)
    assert queue.done_button.text() == "Mark as seen"
    counter.click(queue.done_button)
    wait_idle(counter)
    deliver(counter)
    settled(counter)
    assert queue.status.text() == "Done."
    assert not [i for i in queue.items if seen(i)]


def open_the_file_at_the_desk(counter, member, login=CLERK):
    """The clerk's desk: the member's national number and a reason, then their file."""
    screen = counter.controller.staff_login
    screen.login.setText(login[0])
    screen.password.setText(login[1])
    counter.click(screen.login_button)
    counter.wait_for(S.DESK)
    desk = counter.controller.desk
    desk.niss.setText(member.niss)
    desk.reason.setCurrentIndex(desk.reason.findData("mail"))
    counter.click(desk.search_button)
    counter.wait_for(S.MEMBER_FILE)
    wait_idle(counter)
    return counter.controller.member_file


def test_a_clerk_registers_a_paper_certificate_from_the_member_s_file(make_kiosk, cases):
    """The member's file open at the counter: the certificate is theirs, no national number is
    typed; a problem keeps what was typed, the registration is said on the same screen."""
    counter = make_kiosk("counter")
    member = cases["active_account"]  # no incapacity yet: a first certificate
    screen = open_the_file_at_the_desk(counter, member)
    form = screen.certificate
    assert form.isHidden()
    counter.click(screen.certificate_button)
    assert not form.isHidden() and not screen.certificate_button.isEnabled()
    assert form.niss.isHidden() and form.labels["niss"].isHidden()
    assert form.received_on.date() == QDate(2026, 11, 25)  # today, unless it came earlier
    form.covers_from.setDate(QDate(2026, 11, 23))
    form.covers_to.setDate(QDate(2026, 11, 20))  # before its start
    form.received_on.setDate(QDate(2026, 11, 24))
    counter.click(form.register_button)
    wait_idle(counter)
    problems = form.problem.text().split("\n")
    assert sorted(problems) == sorted(
        [
            "For a first certificate, choose the member's work status.",
            "The last day of the certificate is before its first day.",
            "Type the doctor's name, as the certificate gives it.",
        ]
    )  # nothing about a national number: the file's
    assert form.received_on.date() == QDate(2026, 11, 24)  # what was typed stays
    assert form.covers_from.date() == QDate(2026, 11, 23)
    form.covers_to.setDate(QDate(2026, 12, 11))
    form.work_status.setCurrentIndex(form.work_status.findData("employee"))
    form.doctor.setText("Dr Anne Lambert")
    counter.click(form.register_button)
    wait_idle(counter)
    assert screen.answer.text() == "Sent to the mutuality: waiting for its answer."
    assert form.problem.text() == ""
    deliver(counter)
    settled(counter)
    assert screen.answer.text() == "The certificate is registered."
    assert form.isHidden() and form.doctor.text() == "" and screen.certificate_button.isEnabled()
    with counter.central.connect() as connection:
        certificate = connection.execute(
            select(
                IncapacityCertificate.received_on,
                IncapacityCertificate.covers_from,
                IncapacityCertificate.covers_to,
                IncapacityCertificate.channel,
                IncapacityCertificate.doctor_name,
            )
            .join(Member, Member.id == IncapacityCertificate.member_id)
            .where(Member.niss == member.niss)
        ).one()
    assert tuple(certificate) == (
        dt.date(2026, 11, 24),
        dt.date(2026, 11, 23),
        dt.date(2026, 12, 11),
        "paper",
        "Dr Anne Lambert",
    )

    counter.click(screen.back_button)  # the file closed: nothing of the member stays
    counter.wait_for(S.DESK)
    counter.assert_nothing_left_of(member.niss, "Dr Anne Lambert")


def press(counter, key) -> None:
    """A key as the clerk presses it: to the control with the focus (ui/keys.py filters it)."""
    from PySide6.QtWidgets import QApplication

    counter.qtbot.keyClick(QApplication.focusWidget() or counter.window, key)


def test_the_back_key_cancels_an_open_certificate_form_before_it_leaves_the_screen(
    make_kiosk, cases
):
    """Escape (the keypad's −) is each screen's way back: with the certificate's form open it
    closes the form and the clerk stays; then it leaves the queue, the member's file, the desk."""
    from PySide6.QtCore import Qt

    counter = make_kiosk("counter")
    counter.window.show()
    counter.window.activateWindow()
    counter.qtbot.waitUntil(counter.window.isActiveWindow)
    member = cases["active_account"]
    queue = staff_queue(counter, CLERK)
    counter.click(queue.certificate_button)
    assert not queue.certificate.isHidden()
    press(counter, Qt.Key.Key_Escape)
    counter.qtbot.waitUntil(queue.certificate.isHidden)
    assert counter.step == S.QUEUE and not queue.table.isHidden()
    press(counter, Qt.Key.Key_Escape)
    counter.wait_for(S.DESK)

    desk = counter.controller.desk
    desk.niss.setText(member.niss)
    counter.click(desk.search_button)
    counter.wait_for(S.MEMBER_FILE)
    screen = counter.controller.member_file
    counter.click(screen.certificate_button)
    assert not screen.certificate.isHidden()
    press(counter, Qt.Key.Key_Escape)
    counter.qtbot.waitUntil(screen.certificate.isHidden)
    assert counter.step == S.MEMBER_FILE and screen.certificate_button.isEnabled()
    press(counter, Qt.Key.Key_Escape)
    counter.wait_for(S.DESK)
    press(counter, Qt.Key.Key_Escape)  # no way out by a key at the desk: the clerk stays
    counter.qtbot.wait(50)
    assert counter.step == S.DESK


NEW_INCAPACITY = "This certificate starts a new incapacity: choose the member's work status."
NOT_REGISTERED = "The certificate was not registered: " + NEW_INCAPACITY
NO_ANSWER = "No answer yet: look in the queue before registering it again."


def a_prolongation(counter, form) -> None:
    """A prolongation for a member with no incapacity: the central worker refuses it."""
    form.kind.setCurrentIndex(form.kind.findData("prolongation"))
    assert form.work_status.isHidden()  # a first certificate's only
    form.covers_to.setDate(QDate(2026, 12, 4))
    form.doctor.setText("Dr Jan Peeters")
    counter.click(form.register_button)
    wait_idle(counter)


def assert_waits(form) -> None:
    """Sent, no answer yet: Register says it waits, and a second one cannot go."""
    assert not form.register_button.isEnabled()
    assert form.register_button.text() == "Waiting for the answer…"


def test_a_certificate_refused_at_the_central_side_is_said_in_the_member_s_file(make_kiosk, cases):
    """The refusal's sentence shows in the form, what was typed stays to be corrected, and
    the screen's line says it was not registered."""
    counter = make_kiosk("counter")
    member = cases["active_account"]
    screen = open_the_file_at_the_desk(counter, member)
    counter.click(screen.certificate_button)
    form = screen.certificate
    a_prolongation(counter, form)
    assert_waits(form)
    deliver(counter)
    settled(counter)
    assert form.problem.text() == NEW_INCAPACITY
    assert not form.isHidden()
    assert form.doctor.text() == "Dr Jan Peeters"
    assert screen.answer.text() == NOT_REGISTERED
    assert form.register_button.isEnabled()
    assert form.register_button.text() == "Register the certificate"


def test_a_refusal_is_said_in_the_member_s_file_after_its_form_was_closed(make_kiosk, cases):
    """Cancelled while it waited: the refusal shows on the screen, and the form opened again
    still has what was typed and why it was refused (not a blank form to file it twice)."""
    counter = make_kiosk("counter")
    member = cases["active_account"]
    screen = open_the_file_at_the_desk(counter, member)
    counter.click(screen.certificate_button)
    form = screen.certificate
    a_prolongation(counter, form)
    counter.click(form.cancel_button)
    assert form.isHidden()
    counter.click(screen.certificate_button)  # opened again before the answer: still waits
    assert_waits(form)
    counter.click(form.cancel_button)
    deliver(counter)
    settled(counter)
    assert screen.answer.text() == NOT_REGISTERED
    assert screen.answer.property("kind") == "problem"
    counter.click(screen.certificate_button)
    assert form.problem.text() == NEW_INCAPACITY
    assert form.doctor.text() == "Dr Jan Peeters"
    assert form.covers_to.date() == QDate(2026, 12, 4)
    assert form.register_button.isEnabled()


def test_a_refusal_is_said_in_the_queue_after_the_form_was_closed(make_kiosk, cases):
    counter = make_kiosk("counter")
    member = cases["active_account"]
    queue = staff_queue(counter, CLERK)
    counter.click(queue.certificate_button)
    form = queue.certificate
    form.niss.setText(member.niss)
    a_prolongation(counter, form)
    assert queue.status.text() == "Sent to the mutuality: waiting for its answer."
    assert_waits(form)
    counter.click(form.cancel_button)
    assert form.isHidden() and not queue.table.isHidden()
    counter.click(queue.certificate_button)
    assert_waits(form)
    counter.click(form.cancel_button)
    deliver(counter)
    settled(counter)
    assert form.isHidden()
    assert queue.status.text() == NOT_REGISTERED
    assert queue.status.property("kind") == "problem"
    counter.click(queue.certificate_button)
    assert form.problem.text() == NEW_INCAPACITY
    assert form.niss.text() == member.niss and form.doctor.text() == "Dr Jan Peeters"
    assert form.register_button.isEnabled()
    with counter.central.connect() as connection:
        assert connection.execute(select(IncapacityCertificate.id).join(Member).where(
            Member.niss == member.niss)).all() == []  # fmt: skip


def test_the_queue_says_when_it_stopped_waiting_for_the_answer(make_kiosk, cases, monkeypatch):
    """The central worker is slow: after a while the counter stops asking, says so, and lets
    the clerk register again once they looked."""
    monkeypatch.setattr(queue_controller, "FOLLOW_EVERY_MS", 10)
    monkeypatch.setattr(queue_controller, "FOLLOW_TRIES", 2)
    counter = make_kiosk("counter")
    member = cases["active_account"]
    screen = open_the_file_at_the_desk(counter, member)
    counter.click(screen.certificate_button)
    form = screen.certificate
    a_prolongation(counter, form)  # never delivered
    counter.qtbot.waitUntil(lambda: screen.answer.text() == NO_ANSWER)
    assert screen.answer.property("kind") == "problem"
    assert form.register_button.isEnabled()
    assert form.register_button.text() == "Register the certificate"


def test_a_request_and_a_certificate_of_the_same_number_stay_two_items(make_kiosk, cases):
    """Partial resumptions and certificates are numbered in two tables: the same number is
    two items; the one chosen stays chosen after a refresh, and its button decides on it."""
    kiosk, counter = make_kiosk(), make_kiosk("counter")
    member, other = cases["incapacity_running"], cases["active_account"]
    ask_part_time(kiosk, member)
    queue = medical_queue(counter, ADVISER)
    counter.click(queue.certificate_button)
    form = queue.certificate
    form.niss.setText(other.niss)
    form.work_status.setCurrentIndex(form.work_status.findData("worker"))
    form.covers_to.setDate(QDate(2026, 12, 4))
    form.doctor.setText("Dr Jan Peeters")
    counter.click(form.register_button)
    wait_idle(counter)
    deliver(counter)
    settled(counter)
    with counter.central.begin() as connection:
        number = connection.execute(
            select(IncapacityCertificate.id).join(Member).where(Member.niss == other.niss)
        ).scalar_one()
        connection.execute(update(PartialResumption).values(id=number))  # the only one
    refresh(counter)
    certificate = lambda i: i.subkind == "certificate" and i.member_niss == other.niss  # noqa: E731
    resumption = resumption_of(member)
    assert {i.item_id for i in queue.items if certificate(i) or resumption(i)} == {number}

    for chosen, title in ((resumption, "Partial resumption request of"),
                          (certificate, "Certificate received on")):  # fmt: skip
        choose(counter, chosen)
        refresh(counter)
        assert chosen(queue.item), queue.item
        assert chosen(queue.items[queue.table.currentRow()])
        assert queue.detail_title.text().startswith(title)

    choose(counter, resumption)
    refresh(counter)
    assert queue.done_button.text() == "Authorise"
    counter.click(queue.done_button)
    wait_idle(counter)
    deliver(counter)
    settled(counter)
    with counter.central.connect() as connection:
        assert connection.execute(select(PartialResumption.status)).scalar_one() == "authorised"
        checked = connection.execute(
            select(IncapacityCertificate.checked_on).where(IncapacityCertificate.id == number)
        ).scalar_one()
    assert checked is None  # the other member's certificate is not taken for it
    assert [i for i in queue.items if certificate(i)]


def test_each_incapacity_form_is_saved_under_a_name_of_its_own():
    """The Save dialog's name, translated like the other documents' ("official-receipt")."""
    from app.documents.incapacity_forms import IncapacityForm

    names = [form_file_name(kind.value) for kind in IncapacityForm]
    assert len(set(names)) == len(names)
    assert all("_" not in name and name == name.lower() for name in names)
    assert form_file_name("resumption_employee") == "part-time-request-employee"


def test_the_queue_s_status_column_says_a_late_request_in_a_word():
    """The list says on time, late or too late; the detail says what it costs."""
    from types import SimpleNamespace

    from ui.screens import queue_medical

    def request(timeliness):
        return SimpleNamespace(kind="medical", subkind="resumption", timeliness=timeliness)

    assert [queue_medical.status(request(t)) for t in ("on_time", "late_cut",
            "late_no_indemnity")] == ["on time", "late", "too late"]  # fmt: skip
    assert queue_medical.timeliness_text("late_cut") == (
        "late: indemnity cut until the day it was sent"
    )
