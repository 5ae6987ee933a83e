"""Printing a PDF on the terminal's printer, off the GUI thread, with progress and clear faults.

devices/printer.py talks to CUPS (no Qt); this module runs one job to its end on a worker
thread (reporting "queued" / "printing" as progress) and turns the printer's typed failures
into a sentence in the member's language.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from devices.printer import Printer
from devices.printer_status import JobProgress, PrintFailure

TIMEOUT_S = 120.0

__all__ = ["PrintTask", "Printer", "printer_error_text"]


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate files a bare tr() there


class PrintTask:
    """One document to print; `run(report)` blocks until it is printed or raises why not."""

    def __init__(self, printer: Printer, pdf: bytes):
        self.printer = printer
        self.pdf = pdf
        self.job = None
        self.cancelled = False

    def cancel(self) -> None:
        """From any thread: the job is cancelled in CUPS (or never sent, if not yet)."""
        self.cancelled = True
        job = self.job
        if job is not None:
            job.cancel()

    def run(self, report) -> None:
        pdf, self.pdf = self.pdf, b""  # CUPS holds it now; nothing of the member stays here
        if self.cancelled:
            return
        job = self.job = self.printer.submit(pdf)
        del pdf
        if self.cancelled:  # the member left while it was being sent
            job.cancel()

        def progressed(progress: JobProgress) -> None:
            if progress in (JobProgress.QUEUED, JobProgress.PRINTING):
                report(0, None, str(progress))

        job.wait(TIMEOUT_S, on_progress=progressed)


def printer_error_text(exc: BaseException) -> str:
    F = PrintFailure
    texts = {
        F.NO_PRINTER: tr("This terminal has no printer. Please ask at the counter."),
        F.CUPS_UNAVAILABLE: tr("The printer cannot be reached. Please ask at the counter."),
        F.PRINTER_STOPPED: tr("The printer is out of service. Please ask at the counter."),
        F.OUT_OF_PAPER: tr("The printer is out of paper. Please ask a staff member to refill it."),
        F.PAPER_JAM: tr("The paper is jammed in the printer. Please ask a staff member."),
        F.PRINTER_FAULT: tr("The printer has a problem. Please ask a staff member."),
        F.JOB_CANCELLED: tr("The printing was cancelled."),
        F.TIMEOUT: tr("The printer did not finish in time. Please ask at the counter."),
    }
    failure = getattr(exc, "failure", None)
    return texts.get(failure, tr("The document could not be printed. Please ask at the counter."))
