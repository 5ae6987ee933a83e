"""What a CUPS queue's state and printer-state-reasons mean for a document sent now."""

from __future__ import annotations

import pytest

from devices.printer import Printer
from devices.printer_status import (
    NotAPdf,
    OutOfPaper,
    PaperJam,
    PrinterFault,
    PrinterState,
    PrinterStatus,
    PrinterStopped,
    PrintFailure,
    is_fault,
    split_reason,
)


def status(*reasons: str, state=PrinterState.IDLE, accepting=True) -> PrinterStatus:
    return PrinterStatus("Kiosk", state, accepting, reasons or ("none",))


@pytest.mark.parametrize(
    ("keyword", "split"),
    [
        ("media-empty-error", ("media-empty", "error")),
        ("media-low-warning", ("media-low", "warning")),
        ("offline-report", ("offline", "report")),
        ("media-needed", ("media-needed", "error")),
    ],
)
def test_a_reason_without_a_suffix_is_an_error(keyword, split):
    assert split_reason(keyword) == split


@pytest.mark.parametrize(
    ("keyword", "fault"),
    [
        ("media-empty-error", True),
        ("media-needed", True),
        ("door-open-error", True),
        ("offline-report", True),
        ("media-low-warning", False),
        ("toner-low-report", False),
        ("none", False),
        ("paused", False),
        ("connecting-to-device", False),
        ("cups-waiting-for-job-completed", False),
        ("cups-missing-filter-warning", False),
    ],
)
def test_which_reasons_stop_a_document(keyword, fault):
    assert is_fault(keyword) is fault


def test_a_ready_printer_has_no_problem():
    assert status().problem() is None
    assert status("media-low-warning", state=PrinterState.PROCESSING).problem() is None


@pytest.mark.parametrize(
    ("reasons", "error", "failure"),
    [
        (("media-empty-error",), OutOfPaper, PrintFailure.OUT_OF_PAPER),
        (("media-needed-error",), OutOfPaper, PrintFailure.OUT_OF_PAPER),
        (("media-jam-error",), PaperJam, PrintFailure.PAPER_JAM),
        (("cover-open-error",), PrinterFault, PrintFailure.PRINTER_FAULT),
        (("offline-report",), PrinterFault, PrintFailure.PRINTER_FAULT),
        # The paper is named first even when the queue also stopped.
        (("media-empty-error", "paused"), OutOfPaper, PrintFailure.OUT_OF_PAPER),
        (("paused",), PrinterStopped, PrintFailure.PRINTER_STOPPED),
    ],
)
def test_each_problem_has_its_reason(reasons, error, failure):
    problem = status(*reasons).problem()
    assert isinstance(problem, error)
    assert problem.failure is failure
    assert problem.printer == "Kiosk"


def test_a_stopped_or_rejecting_queue_is_stopped():
    assert isinstance(status(state=PrinterState.STOPPED).problem(), PrinterStopped)
    assert isinstance(status(accepting=False).problem(), PrinterStopped)


def test_bytes_that_are_not_a_pdf_are_refused_before_cups_is_asked():
    # No server at this address: the document is refused before any exchange.
    with pytest.raises(NotAPdf):
        Printer("Kiosk", server="/nonexistent/cups.sock").submit(b"PK\x03\x04 a zip file")
