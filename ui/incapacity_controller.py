"""The "My incapacity" section's actions: check a certificate, print a form, preview and sign a
partial resumption with the card's PIN, declare a return to work.

FileController (ui/file_controller.py) makes one and lends it its means: `run` off the GUI
thread (late answers dropped), the visit's session, language and actor, and its printing and
saving. The section's own load is a row of ui/file_sections.py (`incapacity_answer`). Nothing
of the member is kept here; the PIN lives only in the pad until the card job takes it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

from app.domain.codes import BankChangeMode
from app.services.session import Step, Trigger
from devices import errors as card_errors
from ui.message_screens import card_problem
from ui.messages import error_text


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate files a bare tr() there


def form_file_name(kind: str) -> str:
    """The name a saved form is offered under, in the member's language, as the other
    documents' ("official-receipt")."""
    return {
        "certificate_employee": tr("incapacity-certificate-employee"),
        "certificate_self_employed": tr("incapacity-certificate-self-employed"),
        "secondary_activity": tr("secondary-activity-declaration"),
        "return_employee": tr("return-to-work-employee"),
        "return_self_employed": tr("return-to-work-self-employed"),
        "resumption_employee": tr("part-time-request-employee"),
        "resumption_self_employed": tr("part-time-request-self-employed"),
        "voluntary_work": tr("voluntary-work-request"),
    }.get(kind, kind.replace("_", "-"))


def incapacity_answer(backend, asked) -> tuple:
    """The section's answer, off the GUI thread: the member's incapacity and the forms offered
    to them (by their work status; every form when no period says it)."""
    mine = backend.my_incapacity(asked.session, asked.session.niss)
    period = mine.period
    return mine, backend.incapacity_forms_for(period.work_status if period else None)


class IncapacityController(QObject):
    def __init__(self, files):
        super().__init__(files)
        self.files = files  # ui.file_controller.FileController
        self.page = page = files.screen.incapacity
        page.check.connect(self._check)
        page.print_form.connect(lambda kind: self._form(kind, save=False))
        page.save_form.connect(lambda kind: self._form(kind, save=True))
        page.preview.connect(self._preview)
        page.sign.connect(self._ask_pin)
        page.signing.pad.submitted.connect(self._pin_submitted)
        page.declare_return.connect(self._declare_return)

    @property
    def _backend(self):
        return self.files.backend

    # -- check a certificate ---------------------------------------------------------------
    def _check(self, form: dict) -> None:
        f, backend, view = self.files, self._backend, self.page.checker
        session = f._session()
        self.files._run(
            lambda _r: backend.check_certificate(session, session.niss, **form),
            *f._latest("certificate_check", view.show_check,
                       lambda exc: view.show_problem(error_text(exc))),
            lock=view,
        )  # fmt: skip

    # -- forms -----------------------------------------------------------------------------
    def _form(self, kind: str, *, save: bool) -> None:
        f, backend = self.files, self._backend
        session, language = f._session(), f._language()
        f._output(
            lambda: backend.incapacity_form(session, kind, language=language),
            form_file_name(kind),
            save,
        )

    # -- partial resumption ----------------------------------------------------------------
    def _preview(self, typed: dict) -> None:
        f, backend, view = self.files, self._backend, self.page.part_time
        session = f._session()

        def preview(_r):
            form = backend.parse_resumption_form(**typed)  # InvalidForm keeps the typed values
            return form, backend.resumption_preview(session, form)

        f._run(
            preview,
            *f._latest("resumption_preview", lambda answer: view.show_preview(*answer),
                       lambda exc: view.show_problem(error_text(exc))),
            lock=view,
        )  # fmt: skip

    def _signing_allowed(self) -> bool:
        f = self.files
        return f._opening().bank == BankChangeMode.ALLOWED

    def _ask_pin(self) -> None:
        form = self.page.part_time.form
        if form is None or not self._signing_allowed():  # the page does not offer it; a late tap
            return
        self.page.signing.prepare(form.starts_on)
        self.page.show_view("sign")

    def _pin_submitted(self) -> None:
        f, page = self.files, self.page
        pin = page.signing.pad.take_pin()
        form = page.part_time.form
        if form is None or page.view != "sign" or f.sc.machine.step != Step.FILE:
            return
        visit, backend, session = f.sc.visit, self._backend, f._session()
        actor, language = f._actor(), f._language()
        f.screen.show_status(tr("Signing with your card…"))

        def sign(_report):
            visit.check_read()
            return backend.sign_and_queue_resumption(
                visit.reader, session, form, pin, actor=actor, language=language
            )

        def done(offline: bool) -> None:
            f.screen.show_status("")
            page.signing.clear()
            page.show_view("part_time")
            page.part_time.show_sent(offline)

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
                page.signing.clear()
                page.show_view("part_time")
                page.part_time.show_problem(error_text(exc))

        f._run(sign, done, failed, card=True, lock=f.screen)  # no other tap meanwhile

    # -- return to work --------------------------------------------------------------------
    def _declare_return(self, day, resumes_as: str) -> None:
        f, backend, page = self.files, self._backend, self.page
        session, actor, view = f._session(), f._actor(), page.resume
        f._run(
            lambda _r: backend.declare_return(session, day, resumes_as, actor=actor),
            page.return_sent,
            lambda exc: view.show_problem(error_text(exc)),
            lock=view,
        )
