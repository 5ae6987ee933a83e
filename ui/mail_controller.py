"""Send to my e-mail (issue 19): queue the document a section would print, to the e-mail address
on the member's file, and tell the member when it left.

FileController makes the PDF exactly as for Print (its `_output`) and hands it here. The
backend queues it (app/services/document_mail.py); the member is told at once that it leaves in
a few minutes (offline: when the terminal is connected again), then, asked every few seconds off
the GUI thread, "sent at HH:MM" once the central side's sender handed it to the mail server.
Nothing of the member is kept here but the operation's id, dropped when the visit ends.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QObject, QTimer

from ui import format as fmt
from ui.messages import error_text, rejection_text

log = logging.getLogger(__name__)
FOLLOW_EVERY_MS = 3000
FOLLOW_TRIES = 200  # ten minutes; after that the status line keeps "queued"


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate files a bare tr() there


class MailController(QObject):
    def __init__(self, files):
        super().__init__(files)
        self.files = files  # ui.file_controller.FileController
        self._following: str | None = None  # the operation id of the last mail queued
        self._tries = 0

    def send(self, pdf: bytes, document: str, address: str | None = None) -> None:
        """`address`: the masked address on file the page offered, said in the status line."""
        files = self.files
        session, backend, actor = files._session(), files.backend, files._actor()
        sending = tr("Sending to %1…").replace("%1", address) if address else None
        files.screen.show_status(sending or tr("Sending to your e-mail…"))

        def queued(answer) -> None:
            operation_id, offline = answer
            files.screen.show_status(
                tr("Queued: it leaves when the terminal is connected again.")
                if offline
                else tr("Queued: it leaves in a few minutes."),
                "success",
            )
            self._following, self._tries = operation_id, FOLLOW_TRIES
            QTimer.singleShot(FOLLOW_EVERY_MS, self, lambda: self.check(operation_id))

        def failed(exc: BaseException) -> None:
            if not getattr(exc, "code", None):
                log.error("the document could not be queued: %s", type(exc).__name__)
            files.screen.show_status(error_text(exc), "problem")

        files._run(
            lambda _r: backend.send_by_mail(session, document, pdf, actor=actor),
            queued,
            failed,
            lock=files.screen.stack,  # a second tap would send a second copy
        )

    def check(self, operation_id: str | None = None) -> None:
        """Ask where the mail is (the tests call it once the sender ran)."""
        op = operation_id or self._following
        if op is None or op != self._following:
            return
        backend = self.files.backend

        def seen(progress) -> None:
            if op != self._following:
                return  # the visit ended, or another mail was queued since
            screen = self.files.screen
            if progress.state == "sent":
                self._following = None
                at = fmt.local(progress.sent_at).strftime("%H:%M")
                screen.show_status(tr("Sent to your e-mail at %1.").replace("%1", at), "success")
            elif progress.state == "failed":
                self._following = None
                screen.show_status(
                    tr("The e-mail could not be sent. Print the document, or ask at the counter."),
                    "problem",
                )
            elif progress.state == "refused":
                self._following = None
                screen.show_status(rejection_text(progress.reason), "problem")
            else:
                self._again(op)

        self.files._run(lambda _r: backend.mail_progress(op), seen, lambda _e: self._again(op))

    def _again(self, op: str) -> None:
        if op != self._following:
            return
        self._tries -= 1
        if self._tries > 0:
            QTimer.singleShot(FOLLOW_EVERY_MS, self, lambda: self.check(op))
        else:
            self._following = None

    def visit_ended(self) -> None:
        self._following = None
