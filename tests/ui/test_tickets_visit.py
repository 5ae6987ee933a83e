"""Queue tickets in the real windows (issue 16 item 5): a member takes a ticket on the kiosk's
welcome screen, before any card, and it is printed; a clerk's desk at the counter calls it;
the kiosk's welcome screen shows it called, with the desk. Each screen of it fits 1280 × 1024
in the four languages (GUICHET_FIT_SHOTS=DIR saves what was checked)."""

from __future__ import annotations

import io
import os
import re
import threading
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import QThreadPool

from app.appliance.notify import IDLE, PRINTING
from app.domain.codes import ContactService
from app.services.session import Step
from app.store.seed import STAFF
from app.sync.apply import apply_pending
from app.sync.exchange import pull_results, push
from app.sync.operations import OperationKind as K
from app.sync.terminal import OutboxEntry
from tests.support.fit import fit_problems
from tests.ui.kiosk_harness import NOW
from ui.session.tickets import CALL_POLL_MS
from ui.session.visit import Visit

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


def calls(terminal) -> list:
    """The desk's calls in its outbox, whatever their state."""
    with terminal.outbox.engine.connect() as connection:
        return connection.execute(
            OutboxEntry.__table__.select().where(OutboxEntry.kind == K.STAFF_TICKET_CALL)
        ).all()


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
    printed = "".join(page.extract_text() for page in PdfReader(io.BytesIO(paper)).pages)
    assert "A-001" in printed and "Social service" in printed  # the ticket reached the paper
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
    counter.qtbot.waitUntil(
        lambda: "Social service: 1 waiting" in panel.waiting.text(), timeout=WAIT_MS
    )
    panel.service.setCurrentIndex(panel.service.findData(ContactService.SOCIAL.value))
    counter.click(panel.call_button)
    # Followed until the central side answers: a second tap calls nobody else (and skips nobody).
    counter.qtbot.waitUntil(lambda: len(calls(counter)) == 1, timeout=WAIT_MS)
    assert not panel.call_button.isEnabled()
    counter.click(panel.call_button)
    quiet(counter)
    assert len(calls(counter)) == 1 and not panel.call_button.isEnabled()
    assert [o.state for o in deliver(counter, counter.central)] == ["applied"]
    counter.qtbot.waitUntil(lambda: panel.called.text() == "Called: A-001", timeout=WAIT_MS)
    counter.qtbot.waitUntil(
        lambda: "Social service: 0 waiting" in panel.waiting.text(), timeout=WAIT_MS
    )
    assert panel.call_button.isEnabled()
    fits(counter, "desk", problems)

    # Nobody else waits for the social service: the desk says so.
    counter.click(panel.call_button)
    quiet(counter)
    deliver(counter, counter.central)
    counter.qtbot.waitUntil(
        lambda: panel.called.text() == "Nobody is waiting for this service.", timeout=WAIT_MS
    )

    # A call still unanswered when the clerk signs out: the next clerk never sees its answer.
    counter.click(panel.call_button)
    counter.qtbot.waitUntil(lambda: len(calls(counter)) == 3, timeout=WAIT_MS)
    counter.click(counter.controller.desk.logout_button)
    counter.wait_for(S.STAFF_LOGIN)
    assert panel.called.text() == "" and panel.call_button.isEnabled()
    quiet(counter)
    deliver(counter, counter.central)
    login.login.setText(CLERK[0])
    login.password.setText(CLERK[1])
    counter.click(login.login_button)
    counter.wait_for(S.DESK)
    counter.qtbot.wait(3 * CALL_POLL_MS)
    quiet(counter)
    assert panel.called.text() == "" and panel.status.text() == ""
    assert panel.call_button.isEnabled()

    # Back at the kiosk: "Done", and the welcome screen lists the ticket called, with its desk.
    kiosk.click(screen.done_button)
    assert kiosk.window.current_screen is welcome
    called = lambda: welcome.called.latest.text() == "A-001 → Desk 1"  # noqa: E731
    kiosk.qtbot.waitUntil(called, timeout=WAIT_MS)
    assert welcome.called.isVisible()
    fits(kiosk, "welcome", problems)
    assert problems == []


class HeldPrinter:
    """A printer that prints only when the test says so (a slow ticket printer)."""

    def __init__(self):
        self.release = threading.Event()
        self.papers: list[bytes] = []

    def submit(self, pdf: bytes):
        self.papers.append(pdf)
        return self

    def wait(self, _timeout, on_progress=None) -> None:
        assert self.release.wait(WAIT_MS / 1000)

    def cancel(self) -> None:
        pass


def test_a_ticket_printed_while_a_visit_comes_and_goes_still_ends_its_printing(make_kiosk):
    """The kiosk is not left "printing" for good (which would hold back the update restart)
    when a card goes in and out while the ticket is issued and printed."""
    printer = HeldPrinter()
    kiosk = make_kiosk("kiosk", printer=printer, terminal_id="borne_b")
    kiosk.backend.tickets.letter = "B"
    tickets, ctx = kiosk.controller.tickets, kiosk.controller.context
    tickets.refresh()
    kiosk.controller.welcome.ticket_button.click()
    tickets.screen.service_buttons[ContactService.ADVISER.value].click()
    ctx.visit = Visit(ctx.visit.generation + 1)  # a card went in and out while it is issued
    kiosk.qtbot.waitUntil(lambda: printer.papers != [], timeout=WAIT_MS)
    assert kiosk.controller.activity() == PRINTING
    ctx.visit = Visit(ctx.visit.generation + 1)  # …and again while it prints
    printer.release.set()
    kiosk.qtbot.waitUntil(lambda: tickets.printing is None, timeout=WAIT_MS)
    assert kiosk.controller.activity() == IDLE
    assert tickets.screen.number.text() == "B-001"
    assert tickets.screen.status.text() == "Take your ticket from the printer."
