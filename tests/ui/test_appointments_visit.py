"""Appointments in real windows, one seeded database for the module: a member books a free time
at the kiosk, the central worker applies it, it shows booked and its confirmation prints;
another member took the time just before → the refusal, and the next free times of the same
agency and service offered at once, one of them booked; moved, then cancelled after the
question. At the counter the clerk opens slots, a member books one at a terminal, the day list
shows who and why (and the clerk books one for a member from the member's file), and a
free slot is withdrawn.
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import insert, select

from app.domain.clock import BRUSSELS
from app.services.session import Step
from app.store.db import make_engine
from app.store.models import Agency, AppointmentSlot, Household
from tests.ui.kiosk_harness import traces_of
from tests.ui.test_fees_visit import unnamed_controls
from tests.ui.test_file_screens import (
    open_section,
    open_with_card,
    open_with_password,
    outbox,
    pdf_text,
    wait_idle,
)
from tests.ui.test_orders_queue import deliver

S = Step
DAY = dt.date(2026, 11, 26)  # the day after the tests' today (25/11/2026), a Thursday
TIMES = ((7, 0), (7, 30), (8, 0), (8, 30))  # before the seed's first (09:00): first in the list
MEMBER, RIVAL = "bim", "active_account"


def brussels(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute), BRUSSELS).astimezone(dt.UTC)


@pytest.fixture(scope="module")
def central(seeded_central_file, tmp_path_factory):
    """One copy for the module (the tests use different members, services and times)."""
    import shutil

    copy = tmp_path_factory.mktemp("appointments") / "central.sqlite"
    shutil.copy(seeded_central_file, copy)
    engine = make_engine(f"sqlite:///{copy}")
    yield engine
    engine.dispose()


@pytest.fixture(scope="module")
def agencies(central):
    """(the member's agency id, another agency's id), each with early adviser slots on DAY
    besides the seed's."""
    from app.store.demo_cases import demo_cases

    with central.begin() as connection:
        member = demo_cases(connection)[MEMBER]
        own = connection.execute(
            select(Household.agency_id).where(Household.id == member.household_id)
        ).scalar_one()
        other = (
            connection.execute(select(Agency.id).where(Agency.id != own).order_by(Agency.id))
            .scalars()
            .first()
        )
        rows = [
            {"agency_id": agency, "service": "adviser", "starts_at": brussels(DAY, h, m),
             "minutes": 30, "booked": False, "withdrawn": False}
            for agency in (own, other) for h, m in TIMES
        ]  # fmt: skip
        connection.execute(insert(AppointmentSlot), rows)
    return own, other


def appointments(kiosk):
    file = open_section(kiosk, "appointments")
    wait_idle(kiosk)
    page = file.appointments
    kiosk.qtbot.waitUntil(lambda: page._appointments is not None)
    return file, page


def book_view(kiosk, page, service: str = "adviser"):
    kiosk.click(page.switcher.buttons["book"])
    assert page.view == "book"
    kiosk.click(page.service_buttons[service])
    wait_idle(kiosk)
    kiosk.qtbot.waitUntil(lambda: page.slots.count() > 0)


def times_listed(page) -> list[str]:
    return [page.slots.item(r).text().strip() for r in range(page.slots.count())]


def slot_at(page, hour: int, minute: int):
    wanted = brussels(DAY, hour, minute)
    return next(s for s in page._free if s.starts_at == wanted)


def social_rows(slots) -> list[list[str]]:
    """The day list's social service slots in the afternoon (the seed's are in the morning)."""
    rows = [[slots.table.item(r, c).text() for c in range(5)]
            for r in range(slots.table.rowCount())]  # fmt: skip
    return [row for row in rows if row[1] == "The social service" and row[0] >= "14"]


def settle(kiosk) -> None:
    """The results are back (deliver pulled them): the page hears of them now."""
    kiosk.controller.file_controller.appointments.follower.check()
    wait_idle(kiosk)


def test_a_member_books_loses_a_time_to_another_books_the_next_prints_moves_and_cancels(
    make_kiosk, cases, agencies, cups_printer
):
    own, _other = agencies
    member, rival = cases[MEMBER], cases[RIVAL]
    kiosk = make_kiosk(printer=cups_printer.printer)
    second = make_kiosk()
    open_with_card(kiosk, member)
    file, page = appointments(kiosk)
    assert page.none.text() == "You have no appointment coming."

    # The adviser's free times by day, the member's own agency first.
    book_view(kiosk, page)
    assert page.agency.currentData() == own
    day_name = page.slots.item(0).text()
    assert day_name == "Thursday 26/11/2026"
    assert times_listed(page)[1:5] == ["07:00 – 07:30", "07:30 – 08:00", "08:00 – 08:30",
                                       "08:30 – 09:00"]  # fmt: skip
    assert not page.confirm_button.isEnabled()  # no time chosen yet
    assert page.choose_slot(slot_at(page, 7, 0).id)
    page.subject.setText("Pension of my mother")

    # Another member books 07:00 at another terminal; ours is queued meanwhile, theirs first.
    open_with_password(second, rival)
    _file2, page2 = appointments(second)
    book_view(second, page2)
    page2.agency.setCurrentIndex(page2.agency.findData(own))
    page2.agency.activated.emit(page2.agency.currentIndex())
    wait_idle(second)
    assert page2.choose_slot(slot_at(page2, 7, 0).id)
    second.click(page2.confirm_button)
    wait_idle(second)
    kiosk.click(page.confirm_button)
    wait_idle(kiosk)
    assert page.answer.text() == "Sent to the mutuality: waiting for its answer…"
    assert not page.confirm_button.isEnabled()  # no second booking while it waits
    [mine] = page._appointments
    assert mine.waiting_here and "On its way to the mutuality" in page.rows[0].what.text()
    deliver(second)
    deliver(kiosk)
    settle(kiosk)
    assert page.answer.text().startswith("Someone booked this time just before you.")
    assert times_listed(page)[1:4] == ["07:30 – 08:00", "08:00 – 08:30", "08:30 – 09:00"]
    assert page.subject.text() == "Pension of my mother"  # what was typed stays

    # One of the next free times, booked with the keys: Enter on the time goes on to the
    # subject, Enter there books it.
    assert page.choose_slot(slot_at(page, 7, 30).id)
    kiosk.qtbot.keyClick(page.slots, Qt.Key.Key_Return)
    assert page.window().focusWidget() is page.subject
    kiosk.qtbot.keyClick(page.subject, Qt.Key.Key_Return)
    wait_idle(kiosk)
    assert page.answer.text() == "Sent to the mutuality: waiting for its answer…"
    deliver(kiosk)
    settle(kiosk)
    assert page.answer.text().startswith("Booked: Thursday 26/11/2026, 07:30 at ")
    assert page.done_button.isVisibleTo(page) and page.done_button.text() == (
        "Print the confirmation"
    )
    assert not page.done_save_button.isVisibleTo(page)  # the terminal prints, it saves nothing
    kiosk.click(page.done_button)
    kiosk.qtbot.waitUntil(lambda: file.status.property("kind") != "info", timeout=30_000)
    assert file.status.text() == "Printed: take your document from the printer."
    [printed] = cups_printer.printed()
    text = pdf_text(printed)
    assert member.last_name in text and "Pension of my mother" in text
    [booked] = page._appointments
    assert not booked.waiting_here and booked.status == "booked"

    # Moved to 08:30: chosen the same way, the old time free again once applied.
    kiosk.click(page.switcher.buttons["mine"])
    row = page.rows[0]
    assert "Booked" in row.what.text() and "Subject: Pension of my mother" in row.what.text()
    kiosk.click(row.move_button)
    wait_idle(kiosk)
    assert page.view == "book" and page.booking.heading.text() == "Move an appointment"
    assert not page.subject_box.isVisibleTo(page)
    assert page.choose_slot(slot_at(page, 8, 30).id)
    kiosk.click(page.confirm_button)
    wait_idle(kiosk)
    deliver(kiosk)
    settle(kiosk)
    assert page.answer.text().startswith("Booked: Thursday 26/11/2026, 08:30 at ")
    [moved] = page._appointments
    assert moved.slot.starts_at == brussels(DAY, 8, 30)

    # Cancelled after the question ("No" first keeps it).
    kiosk.click(page.switcher.buttons["mine"])
    kiosk.click(page.rows[0].cancel_button)
    assert page.question.isVisibleTo(page)
    assert page.question_text.text().startswith("Cancel your appointment of Thursday 26/11/2026")
    kiosk.click(page.keep_button)
    assert outbox(kiosk, "appointment.cancel") == []
    kiosk.click(page.rows[0].cancel_button)
    kiosk.click(page.confirm_cancel)
    wait_idle(kiosk)
    [entry] = outbox(kiosk, "appointment.cancel")
    assert entry.payload["appointment_id"] == moved.id
    deliver(kiosk)
    settle(kiosk)
    assert page.mine_answer.text() == "Your appointment is cancelled."
    assert page.none.text() == "You have no appointment coming."

    kiosk.slot.remove()
    kiosk.wait_for(S.WELCOME)
    wait_idle(kiosk)
    kiosk.assert_nothing_left_of(*traces_of(member), "Pension of my mother")


def test_the_clerk_opens_slots_members_book_at_a_terminal_and_at_the_counter_the_list_shows_it(
    make_kiosk, cases, agencies, tmp_path
):
    # Terminal ids of their own: the module's database holds the first test's sequences.
    counter = make_kiosk("counter", terminal_id="appointments-counter")
    kiosk = make_kiosk(terminal_id="appointments-kiosk")
    clerk = counter.controller
    screen = clerk.staff_login
    screen.login.setText("clerk")
    screen.password.setText("clerk-demo")
    counter.click(screen.login_button)
    counter.wait_for(S.DESK)
    counter.click(clerk.desk.slots_button)
    counter.wait_for(S.APPOINTMENT_SLOTS)
    wait_idle(counter)
    slots = clerk.appointment_slots
    with counter.central.connect() as connection:
        mons = connection.execute(select(Agency.id).where(Agency.code == "MWP-MONS")).scalar_one()
    assert slots.agency.currentData() == mons  # the clerk's own agency first
    assert unnamed_controls(slots) == []

    # Social service, Tuesday 01/12 from 14:00 to 15:30 every 30 minutes: three slots.
    day = dt.date(2026, 12, 1)
    slots.open_day.setDate(day)
    slots.start.setTime(slots.start.time().fromString("14:00", "HH:mm"))
    slots.end.setTime(slots.end.time().fromString("15:30", "HH:mm"))
    slots.every.setValue(30)
    slots.service.setCurrentIndex(slots.service.findData("social"))
    counter.click(slots.open_button)
    wait_idle(counter)
    [opened] = outbox(counter, "staff.slots.open")
    assert [dt.datetime.fromisoformat(t) for t in opened.payload["starts_at"]] == [
        brussels(day, 14), brussels(day, 14, 30), brussels(day, 15)
    ]  # fmt: skip
    deliver(counter)
    clerk.slots_controller.follower.check()
    wait_idle(counter)
    assert slots.status.text() == "The slots are open."
    slots.day_edit.setDate(day)
    wait_idle(counter)
    assert [row[2] for row in social_rows(slots)] == ["Free", "Free", "Free"]

    # A member books 14:00 at the terminal, with a subject.
    member = cases["invalidity"]
    open_with_card(kiosk, member)
    _file, page = appointments(kiosk)
    book_view(kiosk, page, "social")
    page.agency.setCurrentIndex(page.agency.findData(mons))
    page.agency.activated.emit(page.agency.currentIndex())
    wait_idle(kiosk)
    first = next(s for s in page._free if s.starts_at == brussels(day, 14))
    assert page.choose_slot(first.id)
    page.subject.setText("Home help")
    kiosk.click(page.confirm_button)
    wait_idle(kiosk)
    deliver(kiosk)

    # The clerk books 14:30 for a member from the member's file, the same section.
    counter.click(slots.back_button)
    counter.wait_for(S.DESK)
    other = cases["bim"]
    clerk.desk.niss.setText(other.niss)
    counter.click(clerk.desk.search_button)
    counter.wait_for(S.MEMBER_FILE)
    counter.click(clerk.member_file.open_button)
    counter.wait_for(S.FILE)
    file, at_counter = appointments(counter)
    # The counter speaks to the clerk of the member.
    listed = at_counter._appointments  # the household's: the terminal's booking above
    at_counter.show_appointments(())
    assert at_counter.none.text() == "The member has no appointment coming."
    at_counter.show_appointments(listed)
    assert at_counter.mine.hint.text() == "The member's coming appointments at our agencies."
    book_view(counter, at_counter, "social")
    assert at_counter.service_label.text() == "Whom would the member like to see?"
    at_counter.agency.setCurrentIndex(at_counter.agency.findData(mons))
    at_counter.agency.activated.emit(at_counter.agency.currentIndex())
    wait_idle(counter)
    second = next(s for s in at_counter._free if s.starts_at == brussels(day, 14, 30))
    assert at_counter.choose_slot(second.id)
    counter.click(at_counter.confirm_button)
    wait_idle(counter)
    [entry] = outbox(counter, "appointment.book")
    assert entry.actor == "staff:clerk" and entry.payload["channel"] == "counter"
    deliver(counter)
    counter.controller.file_controller.appointments.follower.check()
    wait_idle(counter)
    # The confirmation printed, or saved as a PDF, at the counter.
    assert at_counter.done_button.isVisibleTo(at_counter)
    assert at_counter.done_button.text() == "Print the confirmation"
    assert at_counter.done_save_button.isVisibleTo(at_counter)
    assert at_counter.done_save_button.text() == "Save as PDF"
    target = tmp_path / "confirmation.pdf"
    counter.controller.file_controller.choose_save_path = lambda _suggested: str(target)
    counter.click(at_counter.done_save_button)
    counter.qtbot.waitUntil(lambda: file.status.property("kind") == "success", timeout=20_000)
    assert other.last_name in pdf_text(target.read_bytes())
    counter.click(at_counter.switcher.buttons["mine"])
    [row] = [r for r in at_counter.rows if r.appointment.slot.starts_at == brussels(day, 14, 30)]
    assert not row.confirmation.isHidden() and not row.save_button.isHidden()
    assert (row.confirmation.text(), row.save_button.text()) == (
        "Print the confirmation", "Save as PDF")  # fmt: skip
    assert unnamed_controls(at_counter) == []
    counter.click(row.cancel_button)
    assert at_counter.question_text.text().startswith("Cancel the member's appointment of ")
    counter.click(at_counter.keep_button)
    counter.click(counter.controller.file.back_button)
    counter.wait_for(S.MEMBER_FILE)
    counter.click(clerk.member_file.back_button)
    counter.wait_for(S.DESK)
    counter.click(clerk.desk.slots_button)
    counter.wait_for(S.APPOINTMENT_SLOTS)
    wait_idle(counter)  # the agencies, and today's list
    slots.day_edit.setDate(day)
    wait_idle(counter)
    booked, by_clerk, free = social_rows(slots)
    assert booked[0] == "14:00 – 14:30" and booked[2] == "Booked"
    assert member.last_name in booked[3] and booked[4] == "Home help"
    assert by_clerk[2] == "Booked" and other.last_name in by_clerk[3]
    assert free[0] == "15:00 – 15:30" and free[2] == "Free"

    # The free one withdrawn (a booked one cannot be ticked).
    rows = {slots.table.item(r, 0).text(): r for r in range(slots.table.rowCount())
            if slots.table.item(r, 1).text() == "The social service"}  # fmt: skip
    assert not slots.table.item(rows["14:00 – 14:30"], 0).flags() & Qt.ItemFlag.ItemIsUserCheckable
    slots.tick(slots.table.item(rows["15:00 – 15:30"], 0).data(Qt.ItemDataRole.UserRole))
    counter.click(slots.withdraw_button)
    wait_idle(counter)
    deliver(counter)
    clerk.slots_controller.follower.check()
    wait_idle(counter)
    assert slots.status.text() == "The slots are withdrawn."
    assert [row[2] for row in social_rows(slots)] == ["Booked", "Booked", "Withdrawn"]

    # The clerk leaves: nothing of the members stays on the counter's screens.
    counter.click(slots.back_button)
    counter.wait_for(S.DESK)
    counter.click(clerk.desk.logout_button)
    counter.wait_for(S.STAFF_LOGIN)
    wait_idle(counter)
    counter.assert_nothing_left_of(*traces_of(member), *traces_of(other), "Home help")
