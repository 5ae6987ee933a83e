"""The counter's work: the queue screen (orders, questions, the medical adviser's items and
the paper certificates registered), the letters, and the decisions on the member file screen.

Given the session's context (ui/session/context.py) in counter mode, whose `run` it uses
(off the GUI thread, late results dropped). Every change is a staff operation queued in the
counter's outbox; the list is read again a moment after (the central worker applies it) and
with "Refresh".
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QObject, QTimer

from app.domain.codes import OutboxState, StaffRole
from app.services.session import Step, Trigger
from ui.messages import error_text, rejection_text
from ui.printing import PrintTask, printer_error_text
from ui.screens.queue import item_key

log = logging.getLogger(__name__)
S, T = Step, Trigger
FOLLOW_EVERY_MS = 1000
FOLLOW_TRIES = 20  # results come back with the sync worker's next round


def tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("", text, None, n)  # lupdate files a bare tr() there


def no_answer() -> str:
    """We stopped asking before the central worker answered: look before sending it again."""
    return tr("No answer yet: look in the queue before registering it again.")


class QueueController(QObject):
    def __init__(self, context, backend, screen, member_file, printer):
        super().__init__(context)
        self.sc = context
        self.backend = backend  # app.services.counter_backend.CounterBackend
        self.screen = screen  # ui.screens.queue.QueueScreen
        self.member_file = member_file  # ui.screens.staff.MemberFileScreen
        self.printer = printer
        self._asked = 0
        self._following: dict[str, tuple] = {}  # operation id → (when applied, when refused)
        self._tries: dict[str, int] = {}
        s = screen
        s.back.connect(lambda: self.sc.trigger(T.BACK))
        s.refresh.connect(self.refresh)
        s.chosen.connect(self._chosen)
        s.take.connect(lambda item: self._change(lambda st: backend.take(st, item)))
        s.fulfil.connect(lambda item: self._change(lambda st: backend.fulfil_order(st, item)))
        s.refuse.connect(
            lambda item, reason, note: self._change(
                lambda st: backend.refuse_order(st, item, reason, note)
            )
        )
        s.answer.connect(
            lambda item, text: self._change(lambda st: backend.answer_request(st, item, text))
        )
        s.decide.connect(
            lambda item, authorised, reason: self._change(
                lambda st: backend.decide_resumption(
                    st, item, authorised=authorised, reason=reason or None
                )
            )
        )
        s.seen.connect(lambda item: self._change(lambda st: backend.check_certificate(st, item)))
        s.handled.connect(lambda item: self._change(lambda st: backend.handle_accident(st, item)))
        s.register.connect(self._register)
        s.print_letters.connect(self._print_letters)
        member_file.reactivate.connect(self._reactivate)
        member_file.block.connect(self._block)
        member_file.register_certificate.connect(self._register_for_member)

    @property
    def staff(self):
        return self.sc.staff

    def _supervisor(self) -> bool:
        return self.staff is not None and self.staff.role != StaffRole.CLERK

    def _adviser(self) -> bool:
        """A medical adviser decides partial resumptions and marks certificates seen."""
        return self.staff is not None and bool(self.staff.medical_adviser)

    # -- the queue -------------------------------------------------------------------------
    def open(self) -> None:
        """From the desk: the queue of the clerk's agency, and the letters for a supervisor."""
        if self.sc.trigger(T.OPEN_QUEUE).after != S.QUEUE:
            return
        staff, backend, screen = self.staff, self.backend, self.screen

        def loaded(agencies) -> None:
            screen.show_agencies(
                agencies,
                supervisor=self._supervisor(),
                adviser=self._adviser(),
                today=self.sc.backend.today(),
            )
            self.refresh()

        self.sc.run(lambda _r: backend.agencies(staff), loaded, self._failed)

    def refresh(self) -> None:
        if self.sc.machine.step != S.QUEUE:
            return
        staff, backend, screen = self.staff, self.backend, self.screen
        agency_id, kinds = screen.agency_id, screen.kinds
        self._asked += 1
        number = self._asked

        def shown(items) -> None:
            if number == self._asked:  # an older answer arriving late is dropped
                screen.show_items(items)

        self.sc.run(
            lambda _r: backend.open_items(staff, agency_id=agency_id, kinds=kinds),
            shown,
            self._failed,
        )
        if self._supervisor():
            self.sc.run(lambda _r: backend.letters_waiting(staff), screen.show_letters,
                         self._failed)  # fmt: skip

    def _chosen(self, item) -> None:
        if item.kind != "request":
            return
        staff, backend, screen = self.staff, self.backend, self.screen

        def shown(detail) -> None:
            if screen.item is not None and item_key(screen.item) == item_key(detail.item):
                screen.show_detail(detail)

        self.sc.run(lambda _r: backend.request_detail(staff, item), shown, self._failed)

    def _change(self, queue_it) -> None:
        staff, screen = self.staff, self.screen

        def queued(sent) -> None:
            self._say_sent(screen.show_status, sent.offline)
            self._follow(
                sent.operation_id,
                applied=lambda: (screen.action_done(tr("Done.")), self.refresh()),
                refused=lambda why: (screen.show_problem(rejection_text(why)), self.refresh()),
            )

        self.sc.run(
            lambda _r: queue_it(staff),
            queued,
            lambda exc: screen.show_problem(error_text(exc)),
            lock=screen,
        )

    def _register(self, form: dict) -> None:
        """A paper certificate received: filed by the central worker, then in the list as a
        received certificate; a problem keeps what was typed and says what to fix. Until the
        answer, Register waits (a second one would be filed twice); a refusal shows on the
        status line too (the form may have been cancelled meanwhile)."""
        staff, backend, screen = self.staff, self.backend, self.screen

        def queued(sent) -> None:
            self._say_sent(screen.show_status, sent.offline)
            screen.certificate_waiting()
            self._follow(
                sent.operation_id,
                applied=lambda: (
                    screen.certificate_registered(tr("The certificate is registered.")),
                    self.refresh(),
                ),
                refused=lambda why: screen.certificate_refused(rejection_text(why)),
                unanswered=lambda: screen.certificate_unanswered(no_answer()),
            )

        self.sc.run(
            lambda _r: backend.register_certificate(staff, **form),
            queued,
            lambda exc: screen.show_form_problem(error_text(exc)),
            lock=screen,
        )

    @staticmethod
    def _say_sent(show, offline: bool) -> None:
        text = tr("Sent to the mutuality: waiting for its answer.")
        if offline:
            text += " " + tr("It waits on this counter until the connection is back.")
        show(text)

    def _follow(
        self, operation_id: str, *, applied, refused, unanswered=None, tries: int | None = None
    ) -> None:
        """Ask the counter's outbox what became of the operation, every second for a while:
        the clerk hears of a refusal (another clerk was faster, a supervisor's decision);
        `unanswered` when we stop asking without an answer."""
        self._following[operation_id] = (applied, refused, unanswered)
        self._tries[operation_id] = FOLLOW_TRIES if tries is None else tries
        QTimer.singleShot(FOLLOW_EVERY_MS, self, lambda: self.check(operation_id))

    def check(self, operation_id: str | None = None) -> None:
        """Look now (the tests call it once results are back)."""
        backend = self.backend
        for op in [operation_id] if operation_id else list(self._following):
            if op not in self._following:
                continue

            def seen(outcome, op=op) -> None:
                if op not in self._following:
                    return
                applied, refused, _unanswered = self._following[op]
                if outcome.state == OutboxState.APPLIED:
                    del self._following[op]
                    applied()
                elif outcome.state == OutboxState.REJECTED:
                    del self._following[op]
                    refused(outcome.reason)
                else:
                    self._not_yet(op)

            self.sc.run(
                lambda _r, op=op: backend.outcome(op), seen, lambda _e, op=op: self._not_yet(op)
            )

    def _not_yet(self, op: str) -> None:
        """No answer yet (or the outbox could not be read): again in a moment, or say that
        we stopped asking."""
        if op not in self._following:
            return
        self._tries[op] -= 1
        if self._tries[op] > 0:
            QTimer.singleShot(FOLLOW_EVERY_MS, self, lambda: self.check(op))
            return
        unanswered = self._following.pop(op)[2]
        if unanswered is not None:
            unanswered()

    def visit_ended(self) -> None:
        self._following.clear()
        self._tries.clear()

    def _failed(self, exc: BaseException) -> None:
        if not getattr(exc, "code", None) and not self.sc.backend.is_offline(exc):
            log.error("counter request failed: %s", type(exc).__name__)
        self.screen.show_status(error_text(exc), "problem")

    # -- the letters (a supervisor's) ------------------------------------------------------
    def _print_letters(self, letter_ids: list) -> None:
        staff, backend, screen = self.staff, self.backend, self.screen
        screen.show_status(tr("Preparing the document…"))

        def made(pdf: bytes) -> None:
            task = PrintTask(self.printer, pdf)

            def print_and_post(report):
                task.run(report)
                # Out of the printer: they leave today, and their passwords are erased. In the
                # same job, so a visit ending meanwhile cannot leave them printed, not posted.
                return backend.mark_letters_posted(staff, letter_ids)

            def failed(exc) -> None:
                screen.show_status(printer_error_text(exc), "problem")

            def queued(sent) -> None:
                self._say_sent(screen.show_status, sent.offline)
                self._follow(
                    sent.operation_id,
                    applied=lambda: (screen.show_status(tr("Done."), "success"), self.refresh()),
                    refused=lambda r: screen.show_status(rejection_text(r), "problem"),
                )

            screen.show_status(tr("Sending to the printer…"))
            self.sc.run(print_and_post, queued, failed, lock=screen)

        self.sc.run(
            lambda _r: backend.letters_batch(staff, letter_ids), made, self._failed, lock=screen
        )

    # -- the member file screen's decisions ------------------------------------------------
    def member_file_shown(self) -> None:
        niss = self.sc.visit.niss
        if not niss:
            return
        self.member_file.reset_received(self.sc.backend.today())
        self.member_file.for_member(niss)
        backend = self.backend
        self.sc.run(
            lambda _r: backend.counter_facts(niss),
            lambda facts: self.member_file.show_facts(facts, supervisor=self._supervisor()),
            lambda exc: self.member_file.show_problem(error_text(exc)),
        )

    def _reactivate(self) -> None:
        niss, backend = self.sc.visit.niss, self.backend
        if not niss:
            return
        self._decide(lambda st: backend.reactivate_account(st, niss))

    def _block(self, dependant, received_on) -> None:
        backend = self.backend
        self._decide(lambda st: backend.register_blocking_form(st, dependant, received_on))

    def _register_for_member(self, form: dict) -> None:
        """A paper certificate for the member whose file is open (the visit's, whatever the
        form says): filed as the queue's are; the answer shows on the member file screen."""
        niss, staff, screen = self.sc.visit.niss, self.staff, self.member_file
        backend = self.backend
        if not niss:
            return
        form = {**form, "member_niss": niss}

        def queued(sent) -> None:
            self._say_sent(screen.show_done, sent.offline)
            screen.certificate_waiting()
            self._follow(
                sent.operation_id,
                applied=lambda: screen.certificate_registered(tr("The certificate is registered.")),
                refused=lambda why: screen.certificate_refused(rejection_text(why)),
                unanswered=lambda: screen.certificate_unanswered(no_answer()),
            )

        self.sc.run(
            lambda _r: backend.register_certificate(staff, **form),
            queued,
            lambda exc: screen.show_certificate_problem(error_text(exc)),
            lock=screen,
        )

    def _decide(self, queue_it) -> None:
        staff, screen = self.staff, self.member_file

        def queued(sent) -> None:
            self._say_sent(screen.show_done, sent.offline)
            self._follow(
                sent.operation_id,
                applied=lambda: (screen.show_done(tr("Done.")), self.member_file_shown()),
                refused=lambda reason: screen.show_problem(rejection_text(reason)),
            )

        self.sc.run(
            lambda _r: queue_it(staff),
            queued,
            lambda exc: screen.show_problem(error_text(exc)),
            lock=screen,
        )
