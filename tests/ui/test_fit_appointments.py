"""The appointments' pages show every text whole at 1280 × 1024 in French, Dutch, German and
English, with and without the demo's card bar (tests/support/fit.py, as
tests/ui/test_screen_fit.py): at the kiosk the member's list with the cancel question open,
the booking with its free times and a time someone took first, a move; at the counter the same
section with its "Save as PDF" and the clerk's slot screen with a day's list and its form.
At the kiosk also in the large mode (issue 17): the list and the booking, an appointment's
buttons one under another. GUICHET_FIT_SHOTS=DIR saves each check's window.
"""

from __future__ import annotations

import datetime as dt
import shutil

import pytest

from app.services.session import Step
from app.store.db import make_engine
from tests.ui.test_file_screens import open_section, open_with_card, wait_idle
from tests.ui.test_screen_fit import quiet, start

S = Step
DAY = dt.date(2026, 11, 30)  # a Monday the seed offers slots on


@pytest.fixture(scope="module")
def central(seeded_central_file, tmp_path_factory):
    """One copy for the module: the seed's slots of every service, and the active_account
    member's coming appointment with an adviser (app/store/seed_appointments.py)."""
    copy = tmp_path_factory.mktemp("fit-appointments") / "central.sqlite"
    shutil.copy(seeded_central_file, copy)
    engine = make_engine(f"sqlite:///{copy}")
    yield engine
    engine.dispose()


def _section(fit, view: str) -> None:
    kiosk = fit.kiosk
    file = open_section(kiosk, "appointments")
    quiet(kiosk)
    page = file.appointments
    kiosk.qtbot.waitUntil(lambda: page._appointments is not None)
    if view == "mine":
        return
    kiosk.click(page.switcher.buttons["book"])
    kiosk.click(page.service_buttons["social"])
    quiet(kiosk)
    kiosk.qtbot.waitUntil(lambda: page.slots.count() > 0)
    page.slots.setCurrentRow(1)


@pytest.mark.parametrize(
    ("mode", "large"),
    [("kiosk", False), ("kiosk", True), ("counter", False)],
    ids=["kiosk", "kiosk-large", "counter"],
)
def test_the_appointments_pages_show_their_texts_whole(make_kiosk, cases, tmp_path, mode, large):
    fit = start(make_kiosk, tmp_path, mode, large=large)
    kiosk = fit.kiosk
    member = cases["active_account"]
    file = kiosk.window.screens["file"]
    page = file.appointments
    holder = file._holders["appointments"]
    if mode == "kiosk":
        open_with_card(kiosk, member)
        if not large:  # the large home: the kiosk walk's (tests/ui/test_screen_fit.py)
            fit.check("home")
    else:
        from tests.ui.test_file_screens import open_at_the_counter

        open_at_the_counter(kiosk, member)

    def mine_with_question() -> None:
        _section(fit, "mine")
        kiosk.qtbot.waitUntil(lambda: len(page.rows) == 1)
        kiosk.click(page.rows[0].cancel_button)

    fit.check("appointments mine", scrolling=[holder], again=mine_with_question)
    row = page.rows[0]
    if large:  # an appointment's buttons one under another, each as wide as the page
        assert row.confirmation.y() < row.move_button.y() < row.cancel_button.y()
    else:
        assert row.confirmation.y() == row.move_button.y() == row.cancel_button.y()

    if mode == "kiosk":  # the same views at the counter: its own "Save as PDF" is above

        def taken() -> None:
            _section(fit, "book")
            page.slot_taken()
            page.subject.setText("Aide à domicile pour ma mère après son hospitalisation")

        fit.check("appointments book, a time taken", scrolling=[holder], again=taken)

        def moving() -> None:
            _section(fit, "mine")
            kiosk.qtbot.waitUntil(lambda: len(page.rows) == 1)
            kiosk.click(page.rows[0].move_button)
            quiet(kiosk)
            kiosk.qtbot.waitUntil(lambda: page.slots.count() > 0)

        if not large:  # the same view as the booking's in the large mode
            fit.check("appointments move", scrolling=[holder], again=moving)

    else:
        kiosk.click(file.back_button)
        kiosk.wait_for(S.MEMBER_FILE)
        kiosk.click(kiosk.controller.member_file.back_button)
        kiosk.wait_for(S.DESK)
        fit.check("desk")
        kiosk.click(kiosk.controller.desk.slots_button)
        kiosk.wait_for(S.APPOINTMENT_SLOTS)
        wait_idle(kiosk)
        slots = kiosk.controller.appointment_slots

        def day_list() -> None:
            slots.day_edit.setDate(DAY)
            quiet(kiosk)
            kiosk.qtbot.waitUntil(lambda: slots.table.rowCount() > 0)

        fit.check("appointment slots", again=day_list)
    assert fit.problems == [], "\n".join(fit.problems)
