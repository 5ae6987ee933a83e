"""Queue tickets in the real windows (issue 16 item 5): a member takes a ticket on the kiosk's
welcome screen, before any card, and it is printed; a clerk's desk at the counter calls it;
the kiosk's welcome screen shows it called, with the desk. Each screen of it fits 1280 × 1024
in the four languages (GUICHET_FIT_SHOTS=DIR saves what was checked)."""

from __future__ import annotations

import os
import re
from pathlib import Path

from PySide6.QtCore import QThreadPool

from app.domain.codes import ContactService
from app.services.session import Step
from app.store.seed import STAFF
from app.sync.apply import apply_pending
from app.sync.exchange import pull_results, push
from tests.support.fit import fit_problems
from tests.ui.kiosk_harness import NOW

S = Step
CLERK = STAFF[0][:2]  # at MWP-MONS, the demo's first agency: the kiosk's here
LANGUAGES = ("fr", "nl", "de", "en")
SHOTS = os.environ.get("GUICHET_FIT_SHOTS", "")
WAIT_MS = 10_000


def quiet(kiosk) -> None:
    pool = QThreadPool.globalInstance()
    for _ in range(3):
        kiosk.qtbot.waitUntil(lambda: pool.activeThreadCount() == 0, timeout=WAIT_MS)
        kiosk.qtbot.wait(30)


def deliver(terminal, central) -> list:
    push(terminal.outbox.engine, central, now=NOW)
    outcomes = apply_pending(central, now=lambda: NOW)
    pull_results(terminal.outbox.engine, central)
    return outcomes


def fits(kiosk, where: str, problems: list[str]) -> None:
    window = kiosk.window
    for language in LANGUAGES:
        window.translations.set_language(language)
        quiet(kiosk)
        window.resize(1280, 1024)
        kiosk.qtbot.wait(30)
        if SHOTS:
            name = re.sub(r"[^\w-]+", "-", f"{window.mode}-tickets-{where}-{language}") + ".png"
            window.grab().save(str(Path(SHOTS) / name))
        problems += [f"{language}, {where}: {p}" for p in fit_problems(window)]
    window.translations.set_language("en")
    quiet(kiosk)


def shown(kiosk) -> None:
    kiosk.window.resize(1280, 1024)
    kiosk.window.show()
    kiosk.qtbot.waitExposed(kiosk.window)


def test_a_ticket_taken_at_the_kiosk_is_printed_called_at_the_desk_and_shown_called(
    make_kiosk, cups_printer
):
    problems: list[str] = []
    kiosk = make_kiosk("kiosk", printer=cups_printer.printer, terminal_id="borne_a")
    kiosk.backend.tickets.letter = "A"  # enrolled with its letter (settings.ticket_letter)
    shown(kiosk)
    welcome, tickets = kiosk.controller.welcome, kiosk.controller.tickets
    tickets.refresh()
    assert welcome.ticket_button.isVisible()
    assert welcome.called.isHidden()  # nobody called yet today

    kiosk.click(welcome.ticket_button)  # before any card
    screen = tickets.screen
    assert kiosk.window.current_screen is screen and kiosk.step == S.WELCOME
    assert screen.title.text() == "Take a ticket"
    fits(kiosk, "chooser", problems)

    kiosk.click(screen.service_buttons[ContactService.SOCIAL.value])
    kiosk.qtbot.waitUntil(lambda: screen.number.text() == "A-001", timeout=WAIT_MS)
    assert screen.service.text() == "Social service"
    assert screen.wait.text() == "You are next."
    kiosk.qtbot.waitUntil(
        lambda: screen.status.text() == "Take your ticket from the printer.", timeout=30_000
    )
    [paper] = cups_printer.printed()
    assert paper.startswith(b"%PDF") and b"A-001" not in paper[:0]  # a PDF reached the paper
    fits(kiosk, "number", problems)
    assert [o.state for o in deliver(kiosk, kiosk.central)] == ["applied"]

    # The counter: the clerk's desk calls the next ticket of the social service.
    counter = make_kiosk("counter", terminal_id="guichet_1")
    shown(counter)
    login = counter.controller.staff_login
    login.login.setText(CLERK[0])
    login.password.setText(CLERK[1])
    counter.click(login.login_button)
    counter.wait_for(S.DESK)
    panel = counter.controller.desk.tickets
    counter.qtbot.waitUntil(lambda: "Social service 1" in panel.waiting.text(), timeout=WAIT_MS)
    panel.service.setCurrentIndex(panel.service.findData(ContactService.SOCIAL.value))
    counter.click(panel.call_button)
    quiet(counter)
    assert [o.state for o in deliver(counter, counter.central)] == ["applied"]
    counter.qtbot.waitUntil(lambda: panel.called.text() == "Called: A-001", timeout=WAIT_MS)
    counter.qtbot.waitUntil(lambda: "Social service 0" in panel.waiting.text(), timeout=WAIT_MS)
    fits(counter, "desk", problems)

    # Nobody else waits for the social service: the desk says so.
    counter.click(panel.call_button)
    quiet(counter)
    deliver(counter, counter.central)
    counter.qtbot.waitUntil(
        lambda: panel.called.text() == "Nobody is waiting for this service.", timeout=WAIT_MS
    )

    # Back at the kiosk: "Done", and the welcome screen lists the ticket called, with its desk.
    kiosk.click(screen.done_button)
    assert kiosk.window.current_screen is welcome
    called = lambda: welcome.called.latest.text() == "A-001 → guichet_1"  # noqa: E731
    kiosk.qtbot.waitUntil(called, timeout=WAIT_MS)
    assert welcome.called.isVisible()
    fits(kiosk, "welcome", problems)
    assert problems == []
