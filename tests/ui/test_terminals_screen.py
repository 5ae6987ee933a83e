"""The supervisor's Terminals screen at the counter: the agency's terminals by default, all at a
switch, each with its state in words (and a symbol, not the colour alone) and what is wrong."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from app.domain.clock import BRUSSELS
from app.services.fleet import AMBER, GREEN, RED, Reason, record_heartbeat
from app.services.session import Step
from tests.ui.test_file_screens import wait_idle
from ui.appearance import colour

S = Step
HEALTHY = {
    "version": "1.4.2", "uptime_s": 3600, "restarts": 0, "last_sync_age_s": 5, "waiting": 0,
    "oldest_waiting_age_s": None, "reader_present": True, "printer_state": "idle",
    "printer_reasons": [], "supplies": [], "disk_free_bytes": 20 * 1024**3,
}  # fmt: skip


def report(central, name: str, agency: str, when: dt.datetime, **changes) -> None:
    record_heartbeat(central, {**HEALTHY, **changes}, terminal=name, agency_code=agency, now=when)


def fleet(central) -> dt.datetime:
    """Four kiosks of the supervisor's agency (Antwerp) and one of Mons, in every state."""
    now = dt.datetime.now(dt.UTC)
    empty = {"printer_state": "stopped", "printer_reasons": ["media-empty-error"]}
    report(central, "kiosk-ant-1", "ANT-CENT", now - dt.timedelta(minutes=20), **empty)
    report(central, "kiosk-ant-1", "ANT-CENT", now, **empty)  # still out of paper
    report(central, "kiosk-ant-2", "ANT-CENT", now, last_sync_age_s=2 * 3600 + 60, waiting=14,
           oldest_waiting_age_s=2 * 3600 + 120)  # fmt: skip
    report(central, "kiosk-ant-3", "ANT-CENT", now, printer_reasons=["media-low-report"])
    report(central, "kiosk-ant-4", "ANT-CENT", now)
    report(central, "kiosk-mons-1", "MWP-MONS", now - dt.timedelta(minutes=12, seconds=30))
    return now - dt.timedelta(minutes=20)


def log_in(counter, login: str, password: str) -> None:
    screen = counter.controller.staff_login
    screen.login.setText(login)
    screen.password.setText(password)
    counter.click(screen.login_button)
    counter.wait_for(S.DESK)


def rows(screen) -> dict[str, tuple[str, str]]:
    """terminal name → (its state cell, what is wrong)."""
    table = screen.table
    return {
        table.item(r, 1).text().split("\n")[0]: (table.item(r, 0).text(), table.item(r, 4).text())
        for r in range(table.rowCount())
    }


def test_a_supervisor_sees_the_agencys_terminals_in_words_then_all(make_kiosk, central):
    out_since = fleet(central).astimezone(BRUSSELS)
    counter = make_kiosk("counter")
    log_in(counter, "supervisor", "supervisor-demo")
    desk = counter.controller.desk
    assert not desk.terminals_button.isHidden()
    counter.click(desk.terminals_button)
    counter.wait_for(S.TERMINALS)
    screen = counter.controller.terminals
    counter.qtbot.waitUntil(lambda: screen.fleet is not None)

    shown = rows(screen)
    assert set(shown) == {"kiosk-ant-1", "kiosk-ant-2", "kiosk-ant-3", "kiosk-ant-4"}
    # The time alone today; the day too when it began before midnight (a run at 00:10).
    today = dt.datetime.now(BRUSSELS).date()
    since = f"{out_since:%H:%M}" if out_since.date() == today else f"{out_since:%d/%m %H:%M}"
    assert shown["kiosk-ant-1"] == ("✖ Problem", f"Out of paper since {since}")
    assert shown["kiosk-ant-2"] == ("✖ Problem", "Offline for 2 h, 14 operations waiting")
    assert shown["kiosk-ant-3"] == ("▲ Warning", "Paper low")
    assert shown["kiosk-ant-4"] == ("✔ OK", "All is well")
    assert list(shown)[:2] == ["kiosk-ant-1", "kiosk-ant-2"]  # problems first
    assert screen.summary.text().endswith("2 with a problem, 1 to watch, 1 fine")
    assert screen.scope.accessibleName() and screen.table.accessibleName()
    # The state in the palette's colour for it (ui/appearance.py's checked pairs), and heard
    # as its word: a screen reader does not read "heavy multiplication x" before it.
    states = {screen.table.item(r, 0).data(Qt.ItemDataRole.UserRole): screen.table.item(r, 0)
              for r in range(screen.table.rowCount())}  # fmt: skip
    for state, role, word in ((RED, "danger", "Problem"), (AMBER, "warning", "Warning"),
                              (GREEN, "success", "OK")):  # fmt: skip
        assert states[state].foreground().color().name() == colour(role)
        assert states[state].data(Qt.ItemDataRole.AccessibleTextRole) == word

    screen.scope.setCurrentIndex(screen.scope.findData(None))  # all agencies
    screen.scope.activated.emit(screen.scope.currentIndex())
    counter.qtbot.waitUntil(lambda: "kiosk-mons-1" in rows(screen))
    assert rows(screen)["kiosk-mons-1"] == ("✖ Problem", "No news for 12 minutes")

    counter.click(screen.back_button)
    counter.wait_for(S.DESK)


def test_a_clerk_has_no_terminals_button_and_cannot_open_the_screen(make_kiosk, central):
    fleet(central)
    counter = make_kiosk("counter")
    log_in(counter, "clerk", "clerk-demo")
    assert counter.controller.desk.terminals_button.isHidden()
    counter.controller.terminals_controller.open()
    wait_idle(counter)
    assert counter.controller.machine.step == S.DESK
    assert counter.controller.terminals.fleet is None


def test_a_reason_says_since_when_in_belgian_time(make_kiosk):
    """Whatever the machine's own time zone: 09:42 UTC in winter is 10:42 in Brussels."""
    counter = make_kiosk("counter")
    screen = counter.controller.terminals
    at = dt.datetime.now(BRUSSELS).replace(hour=10, minute=42)
    assert (
        screen.reason_text(Reason("out_of_paper", RED, since=at.astimezone(dt.UTC)))
        == "Out of paper since 10:42"
    )
    assert screen.reason_text(Reason("out_of_paper", RED, since=at)) == "Out of paper since 10:42"
    assert screen.reason_text(Reason("no_news", RED, minutes=12)) == "No news for 12 minutes"
    assert screen.reason_text(Reason("paper_jam", RED, since=at - dt.timedelta(days=1))) == (
        f"Paper jam since {at - dt.timedelta(days=1):%d/%m} 10:42"
    )
