"""Printing a PDF on the terminal's printer through CUPS: submit, follow, cancel, and say why not.

The terminal talks IPP to the local CUPS scheduler (devices/ipp.py), the protocol `lp`, `lpstat`
and `cancel` use underneath, rather than running those commands: the answers are typed (a job
state is an enum, printer-state-reasons are keywords) instead of localized text to parse, the
document goes from memory into the request body (no file of ours on disk, no process per poll),
and the server is found the way `lp` finds it (CUPS_SERVER, client.conf, /run/cups/cups.sock).

A member's document must not come out of the printer once they have left, nor stay anywhere:
- a job that fails (printer stopped, out of paper, jammed, any printer error, time-out) is
  cancelled in CUPS, so it does not print later when someone refills the paper;
- the job carries a neutral name (JOB_NAME), because CUPS keeps job names in its history and logs;
- this module logs job ids and reasons, never a title or a byte of the document;
- CUPS's own copy in its spool is removed after the job with `PreserveJobFiles No` in
  /etc/cups/cupsd.conf (README, "Printer").

Use from a worker thread (`Printer.print_pdf`, or `submit` then `PrintJob.wait`); `PrintJob.cancel`
may be called from another thread. Every failure is a `PrinterError` whose `failure` names the
reason a screen translates (devices/printer_status.py: the states, reasons and failures).
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from urllib.parse import quote

from devices.ipp import (
    Attribute,
    CupsServer,
    HttpRefused,
    IppClient,
    IppError,
    Operation,
    Response,
    ServerUnreachable,
    Status,
    Tag,
    attr,
)
from devices.printer_status import (
    MARKER_ATTRIBUTES,
    CupsUnavailable,
    JobAborted,
    JobCancelled,
    JobProgress,
    JobRefused,
    JobState,
    NoPrinter,
    NotAPdf,
    PrinterError,
    PrinterState,
    PrinterStatus,
    PrinterStopped,
    PrintTimeout,
    markers_of,
)

log = logging.getLogger(__name__)

JOB_NAME = "Guichet"
PDF_FORMAT = "application/pdf"


class Printer:
    """The terminal's printer: a CUPS queue by name, or CUPS's default destination (None).

    `server` is where CUPS listens (a socket path or host:port); by default the one `lp` uses.
    `timeout` bounds each exchange with CUPS, in seconds.
    """

    def __init__(
        self,
        name: str | None = None,
        *,
        server: CupsServer | str | None = None,
        timeout: float = 10.0,
    ):
        if isinstance(server, str):
            server = CupsServer.parse(server)
        self.name = name or None
        self._ipp = IppClient(server, timeout=timeout)

    @property
    def server(self) -> CupsServer:
        return self._ipp.server

    def destination(self) -> str:
        """The queue's name: the configured one, or CUPS's default destination."""
        if self.name:
            return self.name
        response = self._call(
            Operation.CUPS_GET_DEFAULT,
            [*self._operation_attributes(), _requested("printer-name")],
        )
        name = response.first(Tag.PRINTER, "printer-name")
        if response.status == Status.NOT_FOUND or not response.ok or not name:
            raise NoPrinter("no printer is configured and CUPS has no default destination")
        return str(name)

    def status(self) -> PrinterStatus:
        """The queue's state and reasons (NoPrinter if CUPS does not know it)."""
        name = self.destination()
        response = self._call(
            Operation.GET_PRINTER_ATTRIBUTES,
            [
                *self._operation_attributes(name),
                _requested(
                    "printer-name",
                    "printer-state",
                    "printer-state-reasons",
                    "printer-state-message",
                    "printer-is-accepting-jobs",
                    *MARKER_ATTRIBUTES,
                ),
            ],
            resource=f"/printers/{quote(name)}",
        )
        if response.status == Status.NOT_FOUND:
            raise NoPrinter(f"CUPS knows no printer named {name!r}", printer=name)
        self._expect_ok(response, f"reading printer {name!r}", name)
        printer = response.group(Tag.PRINTER)
        try:
            state = PrinterState(int(printer.get("printer-state", [PrinterState.IDLE])[0]))
        except (TypeError, ValueError):
            state = PrinterState.STOPPED
        reasons = tuple(str(r) for r in printer.get("printer-state-reasons", []) if r)
        return PrinterStatus(
            name=name,
            state=state,
            accepting_jobs=bool(printer.get("printer-is-accepting-jobs", [True])[0]),
            reasons=reasons or ("none",),
            message=str(printer.get("printer-state-message", [""])[0] or ""),
            markers=markers_of(printer),
        )

    def check(self) -> PrinterStatus:
        """The queue's status if a document sent now would print; its problem raised if not."""
        status = self.status()
        problem = status.problem()
        if problem is not None:
            raise problem
        return status

    def submit(self, pdf: bytes, *, copies: int = 1) -> PrintJob:
        """Check the printer, then hand the document to CUPS; the job follows with `PrintJob`.

        A printer that cannot print now (stopped, out of paper, jammed...) is refused before
        any job exists, so nothing of the member's is left queued behind it.
        """
        if b"%PDF-" not in pdf[:1024]:
            raise NotAPdf("the document to print is not a PDF")
        if not 1 <= copies <= 99:
            raise ValueError(f"copies must be between 1 and 99, not {copies}")
        status = self.check()
        name = status.name
        attributes = [
            *self._operation_attributes(name),
            attr(Tag.OPERATION, "job-name", Tag.NAME, JOB_NAME),
            attr(Tag.OPERATION, "document-format", Tag.MIME_TYPE, PDF_FORMAT),
        ]
        if copies > 1:
            attributes.append(attr(Tag.JOB, "copies", Tag.INTEGER, copies))
        response = self._call(
            Operation.PRINT_JOB, attributes, resource=f"/printers/{quote(name)}", data=pdf
        )
        if response.status == Status.NOT_FOUND:
            raise NoPrinter(f"CUPS knows no printer named {name!r}", printer=name)
        if response.status == Status.NOT_ACCEPTING_JOBS:
            raise PrinterStopped(f"printer {name!r} is not accepting jobs", printer=name)
        if response.status == Status.DOCUMENT_FORMAT_NOT_SUPPORTED:
            raise JobRefused(
                f"printer {name!r} cannot print PDF (no filter or driver for it in CUPS)",
                printer=name,
            )
        self._expect_ok(response, f"sending a job to {name!r}", name)
        job_id = response.first(Tag.JOB, "job-id")
        if not isinstance(job_id, int):
            raise JobRefused(f"CUPS accepted a job on {name!r} without a job id", printer=name)
        log.info("print job %s-%d submitted", name, job_id)
        return PrintJob(self, name, job_id)

    def print_pdf(
        self,
        pdf: bytes,
        *,
        copies: int = 1,
        timeout: float = 120.0,
        interval: float = 0.5,
        on_progress: Callable[[JobProgress], None] | None = None,
    ) -> PrintJob:
        """Submit and wait until printed: returns the done job or raises a PrinterError."""
        job = self.submit(pdf, copies=copies)
        job.wait(timeout, interval=interval, on_progress=on_progress)
        return job

    # The IPP exchanges.

    def _printer_uri(self, name: str) -> str:
        server = self._ipp.server
        host = "localhost" if server.local else f"{server.host}:{server.port}"
        if ":" in server.host and not server.local:
            host = f"[{server.host}]:{server.port}"
        return f"ipp://{host}/printers/{quote(name)}"

    def _operation_attributes(self, name: str | None = None) -> list[Attribute]:
        attributes = [
            attr(Tag.OPERATION, "attributes-charset", Tag.CHARSET, "utf-8"),
            attr(Tag.OPERATION, "attributes-natural-language", Tag.LANGUAGE, "en"),
        ]
        if name is not None:
            attributes.append(attr(Tag.OPERATION, "printer-uri", Tag.URI, self._printer_uri(name)))
        attributes.append(attr(Tag.OPERATION, "requesting-user-name", Tag.NAME, self._ipp.user))
        return attributes

    def _call(
        self,
        operation: Operation,
        attributes: list[Attribute],
        *,
        resource: str = "/",
        data: bytes = b"",
    ) -> Response:
        try:
            return self._ipp.request(operation, attributes, resource=resource, data=data)
        except ServerUnreachable as exc:
            raise CupsUnavailable(f"the CUPS print service does not answer: {exc}") from exc
        except HttpRefused as exc:
            raise JobRefused(
                f"CUPS at {self._ipp.server} refused {operation.name}: {exc}", printer=self.name
            ) from exc
        except IppError as exc:
            raise CupsUnavailable(f"CUPS answered {operation.name} wrongly: {exc}") from exc

    @staticmethod
    def _expect_ok(response: Response, doing: str, name: str) -> None:
        if response.ok:
            return
        try:
            status = Status(response.status).name.lower()
        except ValueError:
            status = f"0x{response.status:04x}"
        message = f": {response.status_message}" if response.status_message else ""
        raise JobRefused(f"CUPS refused {doing} ({status}{message})", printer=name)

    def job_state(self, name: str, job_id: int) -> tuple[JobState | None, tuple[str, ...]]:
        response = self._call(
            Operation.GET_JOB_ATTRIBUTES,
            [
                *self._operation_attributes(name),
                attr(Tag.OPERATION, "job-id", Tag.INTEGER, job_id),
                _requested("job-state", "job-state-reasons"),
            ],
            resource=f"/printers/{quote(name)}",
        )
        if response.status == Status.NOT_FOUND:
            return None, ()
        self._expect_ok(response, f"reading job {name}-{job_id}", name)
        job = response.group(Tag.JOB)
        reasons = tuple(str(r) for r in job.get("job-state-reasons", []) if r)
        try:
            return JobState(int(job.get("job-state", [0])[0])), reasons
        except (TypeError, ValueError):
            return JobState.PENDING, reasons

    def _cancel(self, name: str, job_id: int) -> bool:
        """Cancel-Job; True if CUPS cancelled it or it had already ended."""
        try:
            response = self._call(
                Operation.CANCEL_JOB,
                [
                    *self._operation_attributes(name),
                    attr(Tag.OPERATION, "job-id", Tag.INTEGER, job_id),
                ],
                resource=f"/printers/{quote(name)}",
            )
        except PrinterError as exc:
            log.warning("could not cancel print job %s-%d: %s", name, job_id, exc.detail)
            return False
        if response.ok or response.status == Status.NOT_POSSIBLE:  # already finished
            return True
        log.warning(
            "CUPS refused to cancel print job %s-%d (status 0x%04x)",
            name,
            job_id,
            response.status,
        )
        return False


def _requested(*names: str) -> Attribute:
    return attr(Tag.OPERATION, "requested-attributes", Tag.KEYWORD, *names)


class PrintJob:
    """One document handed to CUPS, followed by polling (`poll`, `wait`), and cancellable."""

    def __init__(self, printer: Printer, destination: str, job_id: int):
        self.printer = printer
        self.destination = destination
        self.job_id = job_id
        self._lock = threading.Lock()
        self._wakeup = threading.Event()
        self._cancel_requested = False
        self._progress = JobProgress.QUEUED
        self._error: PrinterError | None = None

    @property
    def request_id(self) -> str:
        """The job as `lpstat` and `cancel` name it: 'Kiosk-12'."""
        return f"{self.destination}-{self.job_id}"

    @property
    def progress(self) -> JobProgress:
        return self._progress

    @property
    def error(self) -> PrinterError | None:
        """Why the job failed, once `progress` is FAILED."""
        return self._error

    @property
    def finished(self) -> bool:
        return self._progress in (JobProgress.DONE, JobProgress.FAILED)

    def poll(self) -> JobProgress:
        """Ask CUPS how the job is doing; on a printer problem, cancel it and fail."""
        if self.finished:
            return self._progress
        try:
            state, reasons = self.printer.job_state(self.destination, self.job_id)
        except PrinterError as exc:
            return self._fail(exc)
        if state is JobState.COMPLETED:
            return self._set(JobProgress.DONE)
        if state is JobState.CANCELED:
            who = "at the terminal" if self._cancel_requested else "in CUPS or by the printer"
            return self._fail(
                JobCancelled(
                    f"print job {self.request_id} was cancelled {who}",
                    printer=self.destination,
                    reasons=reasons,
                )
            )
        if state is JobState.ABORTED:
            return self._fail(
                JobAborted(
                    f"CUPS aborted print job {self.request_id} ({', '.join(reasons)})",
                    printer=self.destination,
                    reasons=reasons,
                )
            )
        if state is None:
            return self._fail(
                JobAborted(
                    f"CUPS no longer knows print job {self.request_id} "
                    "(is PreserveJobHistory off in cupsd.conf?)",
                    printer=self.destination,
                )
            )
        try:
            problem = self.printer.status().problem()
        except PrinterError as exc:
            problem = exc
        if problem is not None:
            self._cancel_in_cups()
            return self._fail(problem)
        if state in (JobState.PROCESSING, JobState.PROCESSING_STOPPED):
            return self._set(JobProgress.PRINTING)
        return self._set(JobProgress.QUEUED)

    def wait(
        self,
        timeout: float = 120.0,
        *,
        interval: float = 0.5,
        on_progress: Callable[[JobProgress], None] | None = None,
    ) -> None:
        """Poll until printed (returns) or failed (raises its PrinterError).

        `on_progress` is called from this thread at each change (QUEUED, PRINTING, DONE).
        After `timeout` seconds the job is cancelled and PrintTimeout raised.
        """
        deadline = time.monotonic() + timeout
        shown: JobProgress | None = None
        while True:
            progress = self.poll()
            if progress is not shown and progress is not JobProgress.FAILED:
                shown = progress
                if on_progress is not None:
                    on_progress(progress)
            if progress is JobProgress.DONE:
                return
            if progress is JobProgress.FAILED:
                assert self._error is not None
                raise self._error
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                self._cancel_in_cups()
                self._fail(
                    PrintTimeout(
                        f"print job {self.request_id} not printed after {timeout:g} s",
                        printer=self.destination,
                    )
                )
                assert self._error is not None
                raise self._error
            self._wakeup.wait(min(interval, remaining))
            self._wakeup.clear()

    def cancel(self) -> bool:
        """Cancel the job in CUPS (from any thread); `wait` then raises JobCancelled.

        False if CUPS could not be asked or refused (the job may then still print), or if the
        job was already printed.
        """
        if self.finished:
            return self._progress is JobProgress.FAILED
        self._cancel_requested = True
        cancelled = self.printer._cancel(self.destination, self.job_id)
        self._wakeup.set()
        return cancelled

    def _cancel_in_cups(self) -> None:
        if self.printer._cancel(self.destination, self.job_id):
            log.info("print job %s cancelled so that it does not print later", self.request_id)

    def _set(self, progress: JobProgress) -> JobProgress:
        with self._lock:
            if not self.finished:
                self._progress = progress
            return self._progress

    def _fail(self, error: PrinterError) -> JobProgress:
        with self._lock:
            if not self.finished:
                self._error = error
                self._progress = JobProgress.FAILED
                log.warning(
                    "print job %s failed: %s: %s", self.request_id, error.failure, error.detail
                )
            return self._progress


def main(argv: list[str] | None = None) -> int:
    """`python -m devices.printer [--printer NAME] [FILE.pdf]`: the queue's state, and with a
    file, print it with its progress (for the IT team setting up a terminal)."""
    import argparse
    from pathlib import Path

    parser = argparse.ArgumentParser(prog="python -m devices.printer", description=main.__doc__)
    parser.add_argument("--printer", help="CUPS queue (default: CUPS's default destination)")
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds to wait")
    parser.add_argument("pdf", nargs="?", type=Path, help="a PDF to print")
    args = parser.parse_args(argv)
    target = Printer(args.printer)
    try:
        status = target.status()
        print(f"CUPS server: {target.server}")
        print(f"printer {status.name}: {status.state.name.lower()}, "
              f"{'accepting' if status.accepting_jobs else 'rejecting'} jobs, "
              f"reasons: {' '.join(status.reasons)}"
              + (f", message: {status.message}" if status.message else ""))  # fmt: skip
        problem = status.problem()
        if problem is not None:
            raise problem
        if args.pdf is None:
            print("ready")
            return 0
        job = target.submit(args.pdf.read_bytes())
        print(f"job {job.request_id}")
        job.wait(args.timeout, on_progress=lambda progress: print(progress.value))
        return 0
    except PrinterError as exc:
        print(f"{exc.failure.value}: {exc.detail}")
        return 1


if __name__ == "__main__":
    raise SystemExit(main())
