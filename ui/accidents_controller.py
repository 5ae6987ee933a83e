"""The "Accident declarations" section's actions: a declaration read, signed with the card's PIN
and queued; printed prefilled (saved as a PDF at the counter); at the counter a paper one
registered as received (Register and Fill it in wait for its answer); a return signed here
followed until the mutuality answers (a refusal said on that declaration); the banner of a
blocked file on the member's home and on the counter's member file screen; and the Accidents
service's "Save the signed form" on the counter's queue.

FileController (ui/file_controller.py) makes one and lends it its means, as it does to
IncapacityController: `run` off the GUI thread (late answers dropped), the visit's session,
language and actor, and its printing and saving. The section's own load is a row of
ui/file_sections.py. Nothing of the member is kept here; the PIN lives only in the pad until the
card job takes it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject

from app.domain.codes import BankChangeMode, TerminalMode
from app.services.accidents import signed_form
from app.services.counter_backend import outcome_of
from app.services.session import Step, Trigger
from devices import errors as card_errors
from ui.appointments_controller import Follower
from ui.message_screens import card_problem
from ui.messages import error_text, rejection_text

# Out of a visit: what was followed is forgotten (the next member's file opens on these).
VISIT_OVER = (Step.WELCOME.value, Step.DESK.value, Step.STAFF_LOGIN.value)


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate files a bare tr() there


def declaration_file_name() -> str:
    """The name a saved declaration is offered under, in the member's language."""
    return tr("accident-declaration")


def no_answer() -> str:
    """We stopped asking before the central worker answered: look before registering again."""
    return tr("No answer yet: look at the list again before registering it again.")


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
        page.returning.connect(self._follow_return)
        files.sc.step_changed.connect(self._step_changed)
        sc = files.sc
        # A paper one registered (the counter's outbox), a return signed here (this terminal's).
        self.registrations = Follower(sc, lambda op: sc.backend.counter.outcome(op), self)
        self.returns = Follower(sc, lambda op: outcome_of(self._backend.outbox, op), self)
        self._registering: dict[str, int] = {}  # operation id → its declaration
        self._returning: set[str] = set()  # returns followed
        screens = getattr(sc, "screens", None)
        queue = getattr(screens, "queue", None)
        if queue is not None and hasattr(queue, "save_accident_form"):
            queue.save_accident_form.connect(self._save_signed_form)

    @property
    def _backend(self):
        return self.files.backend

    def _reload(self) -> None:
        if self.files.screen.section == "accidents" and self.files.sc.machine.step == Step.FILE:
            self.files._load_section()

    # -- the banner of a blocked file -------------------------------------------------------
    def _step_changed(self, step: str) -> None:
        """On the member's home and the counter's member file screen: whether the household's
        file is blocked, said at once. Out of the file, a registration's answer is no longer
        awaited: said on the member file screen (look before registering it again)."""
        if step != Step.FILE.value:
            self._stop_registrations(step)
        if step in VISIT_OVER:
            self.returns.stop()
            self._returning.clear()
        screens = self.files.sc.screens
        if step == Step.HOME.value:
            shown, key = screens.home.show_block, "home_block"
        elif step == Step.MEMBER_FILE.value and hasattr(screens.member_file, "show_block"):
            shown, key = screens.member_file.show_block, "member_file_block"
        else:
            return
        f, backend = self.files, self._backend
        session = f._session()
        if not session.niss:
            return
        f._run(
            lambda _r: backend.file_block(session),
            *f._latest(key, shown, lambda _exc: None),
        )  # fmt: skip

    def _stop_registrations(self, step: str) -> None:
        if not self._registering:
            return
        self.registrations.stop()
        for declaration_id in self._registering.values():
            self.page.registering(declaration_id, False)
        self._registering.clear()
        member_file = self.files.sc.screens.member_file
        if step == Step.MEMBER_FILE.value:
            member_file.show_problem(no_answer())

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
            page.show_answer(
                tr(
                    "Sent to the mutuality: waiting for its answer. It waits on this counter "
                    "until the connection is back."
                )
                if sent.offline
                else tr("Sent to the mutuality: waiting for its answer.")
            )
            self._follow(sent.operation_id, declaration_id)

        f._run(
            lambda _r: counter.register_paper_accident(staff, niss, declaration_id, received_on),
            queued,
            lambda exc: page.show_answer(error_text(exc), "problem"),
            lock=page,
        )

    def _follow(self, operation_id: str, declaration_id: int) -> None:
        """Until the answer, that declaration's Register and Fill it in wait."""
        page = self.page
        self._registering[operation_id] = declaration_id
        page.registering(declaration_id, True)

        def settled() -> None:
            self._registering.pop(operation_id, None)
            page.registering(declaration_id, False)

        def applied() -> None:
            settled()
            self._reload()  # the section opens again: its answer line first emptied
            page.show_answer(tr("The declaration is registered as returned."), "success")

        def refused(reason) -> None:
            settled()
            page.show_answer(rejection_text(reason), "problem")

        def unanswered() -> None:
            settled()
            page.show_answer(no_answer(), "problem")

        self.registrations.follow(
            operation_id, applied=applied, refused=refused, unanswered=unanswered
        )

    def check(self, operation_id: str | None = None) -> None:
        """Ask the outbox what became of a registration or a return (the tests call it once
        the central worker applied it)."""
        self.registrations.check(operation_id)
        self.returns.check(operation_id)

    # -- a return signed here --------------------------------------------------------------
    def _follow_return(self, operation_id: str, declaration_id: int) -> None:
        """A return on its way: applied, the list is read again (returned); refused, the
        refusal is said on that declaration (to return again) for the rest of the visit."""
        if operation_id in self._returning:
            return
        self._returning.add(operation_id)
        page = self.page

        def applied() -> None:
            self._returning.discard(operation_id)
            self._reload()

        def refused(reason) -> None:
            self._returning.discard(operation_id)
            page.show_refused(declaration_id, rejection_text(reason))
            self._reload()

        def unanswered() -> None:  # still on its way: followed again when the list is read
            self._returning.discard(operation_id)

        self.returns.follow(operation_id, applied=applied, refused=refused, unanswered=unanswered)

    # -- the Accidents service's queue: the signed form ------------------------------------
    def _save_signed_form(self, item) -> None:
        """The form the member signed (or the clerk's scan), saved where the clerk says."""
        sc = self.files.sc
        counter, staff, queue = sc.backend.counter, sc.staff, sc.screens.queue
        if staff is None:
            return
        path = self.files.choose_save_path(f"{declaration_file_name()}.pdf")
        if not path:
            return
        queue.show_status(tr("Preparing the document…"))

        def save(_r) -> None:  # a network home folder can take its time: not on the GUI thread
            Path(path).write_bytes(signed_form(counter.central, staff, item.item_id))

        def failed(exc) -> None:
            reason = exc.strerror if isinstance(exc, OSError) else None
            queue.show_status(
                tr("The file could not be saved: %1").replace("%1", reason)
                if reason
                else error_text(exc),
                "problem",
            )

        def saved(_none) -> None:
            queue.show_status(tr("Saved as %1").replace("%1", Path(path).name), "success")

        sc.run(save, saved, failed, lock=queue)
