"""The member's file during a visit: loads each section, prints, saves, changes contact and bank.

Given the session's context (ui/session/context.py), whose `run` it uses: every call runs
off the GUI thread and a late result (the member left meanwhile) is dropped. The visit's
identity comes from the visit object (NISS and login mode) each time; this class keeps nothing
of the member itself, the screen's pages hold what is shown and `FileScreen.clear()` empties
them when the visit ends.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QImage

from app.domain.codes import BankChangeMode, LoginMode, TerminalMode
from app.services.member_file import FileSession
from app.services.session import Step, Trigger
from devices import errors as card_errors
from ui.accidents_controller import AccidentsController
from ui.appointments_controller import AppointmentsController
from ui.fees_controller import FeesController
from ui.file_sections import SECTION_LOADS, Asked
from ui.hospital_controller import HospitalController
from ui.incapacity_controller import IncapacityController
from ui.mail_controller import MailController
from ui.message_screens import card_problem
from ui.messages import error_text
from ui.printing import PrintTask, printer_error_text

log = logging.getLogger(__name__)
S, T = Step, Trigger
VIEW_WIDTH = 860  # pixels a document page is drawn at in the viewer


def tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("", text, None, n)  # lupdate files a bare tr() there


class FileController(QObject):
    def __init__(self, context, backend, screen, printer):
        super().__init__(context)
        self.sc = context
        self.backend = backend  # app.services.file_backend.FileBackend
        self.screen = screen  # ui.screens.file.FileScreen
        self.printer = printer  # ui.printing.Printer
        # Counter mode: where "Save as PDF" writes; a dialog by default, a path in tests.
        self.choose_save_path: Callable[[str], str | None] = self._ask_save_path
        self._asked: dict[str, int] = {}  # request counters per kind (no member data)
        self._printing: PrintTask | None = None
        s = screen
        s.back.connect(lambda: self.sc.trigger(T.BACK))
        s.section_chosen.connect(self.open)
        s.person_chosen.connect(self._load_section)
        s.data.save_contact.connect(self._save_contact)
        s.data.check_iban.connect(self._check_iban)
        s.data.sign_bank.connect(self._ask_bank_pin)
        s.bank_sign.pad.submitted.connect(self._bank_pin_submitted)
        s.bank_sign.cancelled.connect(self._bank_cancelled)
        s.reimbursements.reload.connect(lambda: self._load_reimbursements(append=False))
        s.reimbursements.more.connect(lambda: self._load_reimbursements(append=True))
        s.reimbursements.detail.connect(self._load_detail)
        s.reimbursements.print_receipt.connect(lambda ids: self._receipt(ids, save=False))
        s.reimbursements.save_receipt.connect(lambda ids: self._receipt(ids, save=True))
        s.indemnities.print_statement.connect(lambda a, b, c: self._statement(a, b, c, False))
        s.indemnities.save_statement.connect(lambda a, b, c: self._statement(a, b, c, True))
        s.documents.open_document.connect(self._open_document)
        s.documents.print_document.connect(lambda i: self._document_out(i, save=False))
        s.documents.save_document.connect(lambda i: self._document_out(i, save=True))
        # "Send to my e-mail" (issue 19): the same PDF as Print, to the address on file.
        s.reimbursements.mail_receipt.connect(lambda ids: self._receipt(ids, save=False, mail=True))
        s.indemnities.mail_statement.connect(lambda a, b, c: self._statement(a, b, c, False, True))
        s.documents.mail_document.connect(lambda i: self._document_out(i, save=False, mail=True))
        s.orders.summarize.connect(self._summarize_order)
        s.orders.confirm.connect(self._place_order)
        s.requests.send.connect(self._send_request)
        s.set_counter(context.window.mode == TerminalMode.COUNTER)
        self.incapacity = IncapacityController(self)  # the "My incapacity" section's actions
        self.accidents = AccidentsController(self)  # the "Accident declarations" section's
        self.appointments = AppointmentsController(self)  # the "Appointments" section's
        self.hospital = HospitalController(self)  # the "Preparing a hospital stay" section's
        self.fees = FeesController(self)  # the "Fees and reimbursements" section's
        self.mail = MailController(self)  # "Send to my e-mail" beside Print

    # -- who and how -------------------------------------------------------------------------

    @property
    def printing(self) -> bool:
        """A document is on its way to the printer (systemd's STATUS=printing)."""
        return self._printing is not None

    def _session(self) -> FileSession:
        visit = self.sc.visit
        # At the counter the clerk sees the file as its member does after a password login:
        # everything but the bank account change, which needs the member's own signature.
        return FileSession(visit.niss, visit.mode or LoginMode.PASSWORD)

    def _language(self) -> str:
        return self.sc.language()

    def _actor(self) -> str:
        return self.sc.actor()

    def _run(self, op, success, failure=None, *, card: bool = False, lock=None) -> None:
        self.sc.run(op, success, failure or self._failed, card=card, lock=lock)

    def _latest(self, key: str, success, failure=None):
        """Deliver only the newest request of its kind, its answer or its failure: the
        database pool runs several at once, so person A's answer (or error) may arrive after
        the member switched to B; it is dropped. Returns (success, failure) for `_run`."""
        self._asked[key] = number = self._asked.get(key, 0) + 1
        failure = failure or self._failed

        def newest(deliver):
            return lambda value: self._asked.get(key) == number and deliver(value)

        return newest(success), newest(failure)

    def visit_ended(self) -> None:
        """The member left: a print job still waiting (no paper, a jam) must not print later
        for the next person; it is cancelled in CUPS, off the GUI thread."""
        self.appointments.visit_ended()  # no answer awaited for the member who left
        self.mail.visit_ended()
        task, self._printing = self._printing, None
        if task is not None:
            threading.Thread(target=task.cancel, name="print-cancel", daemon=True).start()

    def _failed(self, exc: BaseException) -> None:
        if not (getattr(exc, "code", None) or self.backend_offline(exc)):
            log.error("file request failed: %s", type(exc).__name__)
        self.screen.show_status(error_text(exc), "problem")

    def backend_offline(self, exc: BaseException) -> bool:
        return self.sc.backend.is_offline(exc)

    # -- sections ----------------------------------------------------------------------------
    def open(self, section: str) -> None:
        """From the member's home (or the counter's file summary) to a section of the file."""
        if self.sc.machine.step != S.FILE and self.sc.trigger(T.OPEN_FILE).after != S.FILE:
            return
        first = not self.screen.has_people
        self._show(section)
        if first:
            session = self._session()
            backend = self.backend

            def loaded(people):
                self.screen.set_people(people)
                self._load_section()

            self._run(lambda _r: backend.people(session), loaded)
        else:
            self._load_section()

    def _show(self, section: str) -> None:
        self.screen.show_section(section)

    def _load_section(self) -> None:
        """The section shown, for the person chosen: its row of ui/file_sections.py."""
        key = self.screen.section
        section = SECTION_LOADS.get(key)
        if section is None:  # the bank change's PIN page: nothing to load
            return
        page, asked = self.screen.pages[key], self._opening()
        if section.first is not None:
            section.first(page, asked)
        backend = self.backend
        for load in section.loads:
            quiet = (lambda _exc: None) if load.quiet else None
            self._run(
                lambda _r, call=load.call: call(backend, asked),
                *self._latest(load.key, getattr(page, load.show), quiet),
            )

    def _opening(self) -> Asked:
        session, visit = self._session(), self.sc.visit
        if not self.backend.may_change_bank(session):
            bank = BankChangeMode.PASSWORD_LOGIN
        elif visit.reader is None:
            bank = BankChangeMode.CARD_NEEDED
        else:
            bank = BankChangeMode.ALLOWED
        return Asked(
            session=session,
            person=self.screen.person_niss,
            target=self.screen.person_niss or visit.niss,
            order=self.screen.reimbursements.order_value,
            language=self._language(),
            today=self.backend.today(),
            bank=bank,
        )

    def _load_orders(self) -> None:
        session, backend = self._session(), self.backend
        self._run(
            lambda _r: backend.my_orders(session),
            *self._latest("orders", self.screen.orders.show_orders),
        )

    def _load_requests(self) -> None:
        session, backend = self._session(), self.backend
        self._run(
            lambda _r: backend.my_requests(session),
            *self._latest("requests", self.screen.requests.show_requests),
        )

    # -- orders and questions ----------------------------------------------------------------
    def _order_target(self) -> str:
        return self.screen.person_niss or self.sc.visit.niss

    def _summarize_order(self, kind: str, quantity: int) -> None:
        session, backend, page = self._session(), self.backend, self.screen.orders
        target = self._order_target()
        self._run(
            lambda _r: backend.order_summary(session, target, kind, quantity),
            page.show_summary,
            lambda exc: page.show_problem(error_text(exc)),
            lock=page,
        )

    def _place_order(self, target: str, kind: str, quantity: int, again: bool) -> None:
        """The order the summary showed, for the person it named (not whoever the chooser
        shows now)."""
        session, backend, page = self._session(), self.backend, self.screen.orders
        actor = self._actor()

        def placed(offline: bool) -> None:
            page.show_placed(offline)
            self._load_orders()

        self._run(
            lambda _r: backend.place_order(
                session, target, kind, quantity, actor=actor, again=again
            ),
            placed,
            lambda exc: page.show_problem(error_text(exc)),
            lock=page,
        )

    def _send_request(self, form: dict) -> None:
        session, backend, page = self._session(), self.backend, self.screen.requests
        actor = self._actor()

        def sent(offline: bool) -> None:
            page.show_sent(offline)
            self._load_requests()

        self._run(
            lambda _r: backend.send_request(session, actor=actor, **form),
            sent,
            lambda exc: page.show_problem(error_text(exc)),
            lock=page,
        )

    def _load_reimbursements(self, *, append: bool) -> None:
        page = self.screen.reimbursements
        session = self._session()
        backend = self.backend
        target = self.screen.person_niss  # None: everyone the session may see
        order = page.order_value
        after = page.after if append else None
        if append and after is None:  # no older lines (or the first page not there yet)
            return
        language = self._language()
        self._run(
            lambda _r: backend.reimbursements(
                session, target, order=order, after=after, language=language
            ),
            *self._latest("section", lambda result: page.show_page(result, append=append)),
            lock=page.more_button if append else None,
        )

    def _load_detail(self, payment_id: int) -> None:
        session = self._session()
        backend = self.backend
        language = self._language()
        self._run(
            lambda _r: backend.payment_detail(session, payment_id, language=language),
            *self._latest("detail", self.screen.reimbursements.show_detail),
        )

    # -- contact data and bank account -------------------------------------------------------
    def _save_contact(self, values: dict) -> None:
        session = self._session()
        backend = self.backend
        actor = self._actor()
        page = self.screen.data
        self._run(
            lambda _r: backend.change_contact(session, actor=actor, **values),
            lambda offline: page.show_contact_saved(offline, values),
            lambda exc: page.show_contact_problem(error_text(exc)),
            lock=page.save_button,
        )

    def _check_iban(self, text: str) -> None:
        page = self.screen.data
        backend = self.backend
        self._run(
            lambda _r: backend.check_iban(text),  # stdnum reads its bank list the first time
            page.show_iban_checked,
            lambda exc: page.show_iban_problem(error_text(exc)),
            lock=page.check_button,
        )

    def _ask_bank_pin(self, iban: str) -> None:
        if self.sc.visit.reader is None:  # the page does not offer it; a late tap
            return
        self.screen.bank_sign.prepare(iban)  # the page holds it: wiped with the screen
        self._show("bank_sign")

    def _bank_cancelled(self) -> None:
        self.screen.bank_sign.clear()
        self._show("data")

    def _bank_pin_submitted(self) -> None:
        pad = self.screen.bank_sign.pad
        pin = pad.take_pin()
        iban = self.screen.bank_sign.iban
        if not iban or self.sc.machine.step != S.FILE:
            return
        visit = self.sc.visit
        session = self._session()
        backend = self.backend
        actor, language = self._actor(), self._language()
        self.screen.show_status(tr("Signing with your card…"))

        def sign(_report):
            visit.check_read()
            return backend.sign_and_queue_bank(
                visit.reader, session, iban, pin, actor=actor, language=language
            )

        def done(offline: bool) -> None:
            self.screen.bank_sign.clear()
            self._show("data")
            self.screen.data.show_bank_queued(offline)

        def failed(exc) -> None:
            if isinstance(exc, card_errors.PinIncorrect):
                self.screen.show_status("")
                self.screen.bank_sign.show_wrong_pin(exc.tries_left)
            elif isinstance(exc, card_errors.PinFormatError):
                self.screen.show_status("")
                self.screen.bank_sign.show_wrong_pin(-1)
            elif isinstance(exc, card_errors.DeviceError):
                self.sc.message.show_message(card_problem(exc))
                self.sc.trigger(T.FAULT)
            else:
                self.screen.bank_sign.clear()
                self._show("data")
                self.screen.data.show_iban_problem(error_text(exc))

        self._run(sign, done, failed, card=True, lock=self.screen)  # no other tap meanwhile

    # -- printouts ---------------------------------------------------------------------------
    def _receipt(self, line_ids: list, *, save: bool, mail: bool = False) -> None:
        session = self._session()
        backend = self.backend
        language = self._language()
        self._output(
            lambda: backend.official_receipt(session, line_ids, language=language),
            tr("official-receipt"),
            save,
            mail="official_receipt" if mail else None,
        )

    def _statement(self, start, end, language: str, save: bool, mail: bool = False) -> None:
        session = self._session()
        backend = self.backend
        target = self.screen.person_niss or self.sc.visit.niss

        def failed(exc):
            problems = getattr(exc, "problems", None) or {}
            if "period" in problems:  # said beside the dates, with the limits applied
                self.screen.show_status("")
                self.screen.indemnities.show_period_problem(error_text(exc))
            else:
                self._failed(exc)

        self._output(
            lambda: backend.indemnity_statement(session, target, start, end, language=language),
            tr("indemnity-statement"),
            save,
            failed,
            mail="indemnity_statement" if mail else None,
        )

    def _document_out(self, document_id: int, *, save: bool, mail: bool = False) -> None:
        session = self._session()
        backend = self.backend
        self._output(
            lambda: backend.document_content(session, document_id).content,
            tr("document"),
            save,
            mail="document" if mail else None,
        )

    def _output(self, make_pdf, name: str, save: bool, failed=None, *, mail=None) -> None:
        """Make the PDF off the GUI thread, then print it, save it or (`mail`: the document's
        kind) send it to the member's e-mail address on file."""
        self.screen.show_status(tr("Preparing the document…"))

        def made(pdf: bytes) -> None:
            if mail:
                # Every page offers the same address, the file's: the receipt's row has it too.
                self.mail.send(pdf, mail, self.screen.reimbursements.mail.address)
            elif save:
                self._save(pdf, name)
            else:
                self._print(pdf)

        self._run(lambda _r: make_pdf(), made, failed, lock=self.screen.stack)

    def _save(self, pdf: bytes, name: str) -> None:
        path = self.choose_save_path(f"{name}.pdf")
        if not path:
            self.screen.show_status("")
            return

        def failed(exc: BaseException) -> None:
            reason = exc.strerror if isinstance(exc, OSError) else None
            self.screen.show_status(
                tr("The file could not be saved: %1").replace("%1", reason or ""), "problem"
            )

        self._run(  # a network home folder can take its time: not on the GUI thread
            lambda _r: Path(path).write_bytes(pdf),
            lambda _n: self.screen.show_status(
                tr("Saved as %1").replace("%1", Path(path).name), "success"
            ),
            failed,
            lock=self.screen.stack,
        )

    def _ask_save_path(self, suggested: str) -> str | None:
        from PySide6.QtWidgets import QFileDialog

        path, _filter = QFileDialog.getSaveFileName(
            self.screen, tr("Save as PDF"), str(Path.home() / suggested), "PDF (*.pdf)"
        )
        return path or None

    def _print(self, pdf: bytes) -> None:
        task = PrintTask(self.printer, pdf)
        self._printing = task
        self.screen.show_status(tr("Sending to the printer…"))

        def progress(p) -> None:
            self.screen.show_status(
                tr("Printing… please wait.")
                if p.label == "printing"
                else tr("Waiting for the printer…")
            )

        def done(_result) -> None:
            self._printing = None
            self.screen.show_status(tr("Printed: take your document from the printer."), "success")

        def failed(exc) -> None:
            self._printing = None
            if getattr(exc, "failure", None) is None:
                log.error("printing failed unexpectedly: %s", type(exc).__name__)
            self.screen.show_status(printer_error_text(exc), "problem")

        # The sections stay locked while it prints: a second tap would print a second copy.
        self.sc.run(task.run, done, failed, progress=progress, lock=self.screen.stack)

    # -- documents on screen -----------------------------------------------------------------
    def _open_document(self, document_id: int) -> None:
        session = self._session()
        backend = self.backend

        def load(_r):
            from app.documents import render  # PDFium: loaded when a document is opened

            content = backend.document_content(session, document_id).content
            with render.PdfDocument(content) as document:
                return [document.render(i, VIEW_WIDTH) for i in range(document.page_count)]

        def show(pages) -> None:
            images = [
                QImage(p.data, p.width, p.height, p.stride, QImage.Format.Format_RGBA8888).copy()
                for p in pages
            ]
            self.screen.documents.show_pages(images)

        self._run(load, *self._latest("open", show), lock=self.screen.documents)
