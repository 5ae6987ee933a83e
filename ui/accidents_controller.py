"""The "Accident declarations" section's actions: a declaration read, signed with the card's PIN
and queued; printed prefilled (saved as a PDF at the counter); at the counter a paper one
registered as received; and the banner of a blocked file on the member's home.

FileController (ui/file_controller.py) makes one and lends it its means, as it does to
IncapacityController: `run` off the GUI thread (late answers dropped), the visit's session,
language and actor, and its printing and saving. The section's own load is a row of
ui/file_sections.py. Nothing of the member is kept here; the PIN lives only in the pad until the
card job takes it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QTimer

from app.domain.codes import BankChangeMode, OutboxState, TerminalMode
from app.services.session import Step, Trigger
from devices import errors as card_errors
from ui.message_screens import card_problem
from ui.messages import error_text, rejection_text

FOLLOW_EVERY_MS = 1000
FOLLOW_TRIES = 20  # a registration's answer comes with the sync worker's next round


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate files a bare tr() there


def declaration_file_name() -> str:
    """The name a saved declaration is offered under, in the member's language."""
    return tr("accident-declaration")


class AccidentsController(QObject):
    def __init__(self, files):
        super().__init__(files)
        self.files = files  # ui.file_controller.FileController
        self.page = page = files.screen.accidents
        page.sign.connect(self._read_then_sign)
        page.signing.pad.submitted.connect(self._pin_submitted)
        page.print_filled.connect(lambda typed: self._filled(typed, save=False))
        page.save_filled.connect(lambda typed: self._filled(typed, save=True))
        page.print_declaration.connect(lambda i: self._prefilled(i, save=False))
        page.save_declaration.connect(lambda i: self._prefilled(i, save=True))
        page.register_paper.connect(self._register_paper)
        files.sc.step_changed.connect(self._step_changed)
        self._registering: dict[str, int] = {}  # operation id → tries left

    @property
    def _backend(self):
        return self.files.backend

    def _reload(self) -> None:
        if self.files.screen.section == "accidents" and self.files.sc.machine.step == Step.FILE:
            self.files._load_section()

    # -- the home's banner -----------------------------------------------------------------
    def _step_changed(self, step: str) -> None:
        """On the member's home: whether the household's file is blocked, said at once. Out
        of the file, a registration's answer is no longer awaited."""
        if step != Step.FILE.value:
            self._registering.clear()
        if step != Step.HOME.value:
            return
        f, backend, home = self.files, self._backend, self.files.sc.screens.home
        session = f._session()
        f._run(
            lambda _r: backend.file_block(session),
            *f._latest("home_block", home.show_block, lambda _exc: None),
        )  # fmt: skip

    # -- sign ------------------------------------------------------------------------------
    def _read_then_sign(self, typed: dict) -> None:
        """The form read by the service (its problems said in the form, what was typed stays),
        then the PIN pad, only when this visit may sign (an eID login, the card in the reader)."""
        f, backend, page = self.files, self._backend, self.page
        if f._opening().bank != BankChangeMode.ALLOWED or f.sc.mode == TerminalMode.COUNTER:
            return  # the form does not offer it; a late tap
        f._run(
            lambda _r: backend.parse_accident_form(**typed),
            page.ask_pin,
            lambda exc: page.form.show_problem(error_text(exc)),
            lock=page.form,
        )

    def _pin_submitted(self) -> None:
        f, page = self.files, self.page
        pin = page.signing.pad.take_pin()
        form = page.signing.form
        if form is None or page.view != "sign" or f.sc.machine.step != Step.FILE:
            return
        visit, backend, session = f.sc.visit, self._backend, f._session()
        actor, language = f._actor(), f._language()
        f.screen.show_status(tr("Signing with your card…"))

        def sign(_report):
            visit.check_read()
            return backend.sign_and_queue_accident(
                visit.reader, session, form, pin, actor=actor, language=language
            )

        def done(offline: bool) -> None:
            f.screen.show_status("")
            page.show_sent(offline)
            self._reload()  # the declaration now says it is on its way

        def failed(exc) -> None:
            if isinstance(exc, card_errors.PinIncorrect):
                f.screen.show_status("")
                page.signing.show_wrong_pin(exc.tries_left)
            elif isinstance(exc, card_errors.PinFormatError):
                f.screen.show_status("")
                page.signing.show_wrong_pin(-1)
            elif isinstance(exc, card_errors.DeviceError):
                f.sc.message.show_message(card_problem(exc))
                f.sc.trigger(Trigger.FAULT)
            else:
                f.screen.show_status("")
                page.show_view("form")
                page.form.show_problem(error_text(exc))

        f._run(sign, done, failed, card=True, lock=f.screen)  # no other tap meanwhile

    # -- print or save ---------------------------------------------------------------------
    def _prefilled(self, declaration_id: int, *, save: bool) -> None:
        f, backend = self.files, self._backend
        session, language = f._session(), f._language()
        f._output(
            lambda: backend.accident_form_pdf(session, None, declaration_id, language=language),
            declaration_file_name(),
            save,
        )

    def _filled(self, typed: dict, *, save: bool) -> None:
        """The answers typed, on paper to sign by hand: read by the service first (a problem
        is said in the form)."""
        f, backend, page = self.files, self._backend, self.page
        session, language = f._session(), f._language()

        def made():
            form = backend.parse_accident_form(**typed)
            return backend.accident_form_pdf(session, form, form.declaration_id, language=language)

        def failed(exc) -> None:
            f.screen.show_status("")
            if getattr(exc, "problems", None):
                page.form.show_problem(error_text(exc))
            else:
                f._failed(exc)

        f._output(made, declaration_file_name(), save, failed)

    # -- the counter: a paper one received -------------------------------------------------
    def _register_paper(self, declaration_id: int, received_on) -> None:
        f, page = self.files, self.page
        counter, staff, niss = f.sc.backend.counter, f.sc.staff, f.sc.visit.niss
        if staff is None or not niss:
            return

        def queued(sent) -> None:
            text = tr("Sent to the mutuality: waiting for its answer.")
            if sent.offline:
                text += " " + tr("It waits on this counter until the connection is back.")
            page.show_answer(text)
            self._follow(sent.operation_id)

        f._run(
            lambda _r: counter.register_paper_accident(staff, niss, declaration_id, received_on),
            queued,
            lambda exc: page.show_answer(error_text(exc), "problem"),
            lock=page,
        )

    def _follow(self, operation_id: str, tries: int = FOLLOW_TRIES) -> None:
        self._registering[operation_id] = tries
        QTimer.singleShot(FOLLOW_EVERY_MS, lambda: self.check(operation_id))

    def check(self, operation_id: str | None = None) -> None:
        """Ask the counter's outbox what became of a registration (the tests call it once the
        central worker applied it)."""
        f, page = self.files, self.page
        counter = f.sc.backend.counter
        for op in [operation_id] if operation_id else list(self._registering):
            if op not in self._registering:
                continue

            def seen(outcome, op=op) -> None:
                if op not in self._registering:
                    return
                if outcome.state == OutboxState.APPLIED:
                    del self._registering[op]
                    self._reload()  # the section opens again: its answer line first emptied
                    page.show_answer(tr("The declaration is registered as returned."), "success")
                elif outcome.state == OutboxState.REJECTED:
                    del self._registering[op]
                    page.show_answer(rejection_text(outcome.reason), "problem")
                else:
                    self._not_yet(op)

            f._run(lambda _r, op=op: counter.outcome(op), seen, lambda _e, op=op: self._not_yet(op))

    def _not_yet(self, op: str) -> None:
        if op not in self._registering:
            return
        self._registering[op] -= 1
        if self._registering[op] > 0:
            QTimer.singleShot(FOLLOW_EVERY_MS, lambda: self.check(op))
            return
        del self._registering[op]
        self.page.show_answer(
            tr("No answer yet: look at the list again before registering it again."), "problem"
        )
