"""What a printer's state means for a document: CUPS's states and reasons, read, and why a
document did not print.

devices/printer.py asks CUPS; this module reads its answers without asking anything: the
printer-state and job-state numbers (RFC 8011), the printer-state-reasons keywords (which of them
stop a document, and which are only warnings), the supplies (CUPS's marker-* attributes), and
the `PrinterError` each failure raises, whose `failure` names the reason a screen translates.
The fleet's heartbeat (app/fleet/heartbeat.py) reads a printer's state with the same rules.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum, StrEnum
from typing import ClassVar


class PrintFailure(StrEnum):
    """Why a document did not print: one sentence each on the screen."""

    NO_PRINTER = "no-printer"  # none configured and no CUPS default, or unknown to CUPS
    CUPS_UNAVAILABLE = "cups-unavailable"  # the print service does not answer
    PRINTER_STOPPED = "printer-stopped"  # disabled (cupsdisable) or refusing jobs (cupsreject)
    OUT_OF_PAPER = "out-of-paper"
    PAPER_JAM = "paper-jam"
    PRINTER_FAULT = "printer-fault"  # any other printer error: door open, toner, offline...
    JOB_REFUSED = "job-refused"  # CUPS would not take the job (format, policy)
    JOB_CANCELLED = "job-cancelled"
    JOB_ABORTED = "job-aborted"
    TIMEOUT = "timeout"
    NOT_A_PDF = "not-a-pdf"


class PrinterError(Exception):
    """A document could not be printed; `failure` says why, `detail` is for the log only.

    `detail` names the printer, the job id and CUPS's reasons, never the document.
    """

    failure: ClassVar[PrintFailure]

    def __init__(self, detail: str, *, printer: str | None = None, reasons: tuple[str, ...] = ()):
        super().__init__(detail)
        self.detail = detail
        self.printer = printer
        self.reasons = reasons


class NoPrinter(PrinterError):
    failure = PrintFailure.NO_PRINTER


class CupsUnavailable(PrinterError):
    failure = PrintFailure.CUPS_UNAVAILABLE


class PrinterStopped(PrinterError):
    failure = PrintFailure.PRINTER_STOPPED


class OutOfPaper(PrinterError):
    failure = PrintFailure.OUT_OF_PAPER


class PaperJam(PrinterError):
    failure = PrintFailure.PAPER_JAM


class PrinterFault(PrinterError):
    failure = PrintFailure.PRINTER_FAULT


class JobRefused(PrinterError):
    failure = PrintFailure.JOB_REFUSED


class JobCancelled(PrinterError):
    failure = PrintFailure.JOB_CANCELLED


class JobAborted(PrinterError):
    failure = PrintFailure.JOB_ABORTED


class PrintTimeout(PrinterError):
    failure = PrintFailure.TIMEOUT


class NotAPdf(PrinterError):
    failure = PrintFailure.NOT_A_PDF


class PrinterState(IntEnum):
    """printer-state (RFC 8011 5.4.11)."""

    IDLE = 3
    PROCESSING = 4
    STOPPED = 5


class JobState(IntEnum):
    """job-state (RFC 8011 5.3.7)."""

    PENDING = 3
    PENDING_HELD = 4
    PROCESSING = 5
    PROCESSING_STOPPED = 6
    CANCELED = 7
    ABORTED = 8
    COMPLETED = 9


class JobProgress(StrEnum):
    """What the screen shows while a document prints."""

    QUEUED = "queued"
    PRINTING = "printing"
    DONE = "done"
    FAILED = "failed"


_SEVERITIES = ("error", "warning", "report")
# printer-state-reasons without a suffix count as errors (RFC 8011 5.4.12), except these states
# of the queue itself and CUPS's own bookkeeping keywords (cups-*).
_NOT_FAULTS = {
    "none",
    "paused",
    "moving-to-paused",
    "connecting-to-device",
    "processing-to-stop-point",
    "printer-restarted",
    "printer-shutdown",
    "shutdown",
}
_OUT_OF_PAPER = {"media-empty", "media-needed"}
_JAM = {"media-jam"}


def split_reason(keyword: str) -> tuple[str, str]:
    """A printer-state-reasons keyword as (reason, severity): 'media-empty-error' →
    ('media-empty', 'error'); a keyword without a suffix is an error."""
    for severity in _SEVERITIES:
        if keyword.endswith(f"-{severity}"):
            return keyword[: -len(severity) - 1], severity
    return keyword, "error"


def is_fault(keyword: str) -> bool:
    """The printer cannot print because of this reason (a warning or a report is not one,
    except 'offline', which CUPS's backends report while the printer is unplugged or off)."""
    reason, severity = split_reason(keyword)
    if reason == "offline":
        return True
    if severity != "error" or reason in _NOT_FAULTS:
        return False
    return not (reason.startswith("cups-") and not keyword.endswith("-error"))


@dataclass(frozen=True)
class Marker:
    """A supply (toner, ink, a waste tank) as the printer reports it through CUPS: its level in
    percent, or -1 unavailable, -2 unknown, -3 "some left" (RFC 8011 5.4.17, CUPS marker-*)."""

    name: str
    kind: str  # marker-types: toner, ink, waste-toner...
    level: int
    low: int | None = None
    high: int | None = None


@dataclass(frozen=True)
class PrinterStatus:
    """A CUPS queue as it is now."""

    name: str
    state: PrinterState
    accepting_jobs: bool
    reasons: tuple[str, ...]
    message: str = ""
    markers: tuple[Marker, ...] = ()

    def problem(self) -> PrinterError | None:
        """Why a document sent now would not print, or None."""
        faults = tuple(r for r in self.reasons if is_fault(r))
        found = {split_reason(r)[0] for r in faults}
        where = f"printer {self.name!r}"
        says = f" ({self.message})" if self.message else ""
        if found & _OUT_OF_PAPER:
            return OutOfPaper(f"{where} is out of paper{says}", printer=self.name, reasons=faults)
        if found & _JAM:
            return PaperJam(f"{where} has a paper jam{says}", printer=self.name, reasons=faults)
        if faults:
            return PrinterFault(
                f"{where} reports {', '.join(faults)}{says}", printer=self.name, reasons=faults
            )
        if self.state is PrinterState.STOPPED or "paused" in self.reasons:
            return PrinterStopped(
                f"{where} is stopped (disabled in CUPS){says}",
                printer=self.name,
                reasons=self.reasons,
            )
        if not self.accepting_jobs:
            return PrinterStopped(
                f"{where} is not accepting jobs (rejecting in CUPS){says}",
                printer=self.name,
                reasons=self.reasons,
            )
        return None


MARKER_ATTRIBUTES = (
    "marker-names", "marker-types", "marker-levels", "marker-low-levels", "marker-high-levels",
)  # fmt: skip


def markers_of(printer: dict[str, list[object]]) -> tuple[Marker, ...]:
    """The queue's supplies: CUPS's marker-* attributes are parallel lists, one entry each."""
    names = printer.get("marker-names", [])
    levels = printer.get("marker-levels", [])
    types = printer.get("marker-types", [])
    lows = printer.get("marker-low-levels", [])
    highs = printer.get("marker-high-levels", [])

    def number(values: list[object], index: int) -> int | None:
        value = values[index] if index < len(values) else None
        return value if isinstance(value, int) and not isinstance(value, bool) else None

    markers = []
    for index, name in enumerate(names):
        level = number(levels, index)
        if level is None:
            continue
        kind = types[index] if index < len(types) else ""
        markers.append(
            Marker(str(name), str(kind or ""), level, number(lows, index), number(highs, index))
        )
    return tuple(markers)
