"""Printing through a real cupsd that the tests start (tests/support/cups.py): the document reaches
the printer byte for byte, progress is reported, and every way it can fail has its reason."""

from __future__ import annotations

import datetime as dt
import logging
import os
import threading
import time

import pytest

from app.documents.letters import Recipient, credentials_letter
from devices.ipp import Operation, Tag, attr
from devices.printer import JOB_NAME, Printer
from devices.printer_status import (
    CupsUnavailable,
    JobAborted,
    JobCancelled,
    JobProgress,
    JobState,
    NoPrinter,
    NotAPdf,
    OutOfPaper,
    PaperJam,
    PrinterFault,
    PrinterStopped,
    PrintFailure,
    PrintTimeout,
)

pytestmark = pytest.mark.cups

MEMBER = Recipient(
    full_name="Geneviève Dupont-Müller",
    street_and_number="Rue de la Senne 32",
    postcode="1000",
    municipality="Bruxelles",
)
SECRET = "Kx7#pQ&<2m"
FAST = {"interval": 0.05, "timeout": 10.0}


@pytest.fixture(scope="module")
def letter() -> bytes:
    return credentials_letter(
        MEMBER,
        username="85073003328",
        initial_password=SECRET,
        language="fr",
        dated=dt.date(2026, 11, 25),
    )


def printer(cups, name: str | None) -> Printer:
    return Printer(name, server=str(cups.daemon.socket), timeout=5)


def jobs_of(cups, name: str) -> str:
    return cups.daemon.run("lpstat", "-W", "not-completed", "-o", name).strip()


def wait_for(condition, timeout: float = 5.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "condition not met in time"
        time.sleep(0.02)


# Printing.


def test_the_document_reaches_the_printer_byte_for_byte(cups, letter):
    output = cups.file_printer("Kiosk")
    seen: list[JobProgress] = []

    job = printer(cups, "Kiosk").print_pdf(letter, on_progress=seen.append, **FAST)

    assert output.read_bytes() == letter
    assert job.progress is JobProgress.DONE and job.error is None
    assert seen[-1] is JobProgress.DONE
    assert job.request_id == f"Kiosk-{job.job_id}"


def test_progress_goes_from_queued_through_printing_to_done(cups, letter):
    output = cups.test_printer("Slow", delay=0.6)
    seen: list[JobProgress] = []

    printer(cups, "Slow").print_pdf(letter, on_progress=seen.append, **FAST)

    assert seen[-2:] == [JobProgress.PRINTING, JobProgress.DONE]
    assert seen in ([JobProgress.QUEUED, *seen[-2:]], seen[-2:])
    assert output.read_bytes() == letter


def test_job_progress_can_be_polled_from_a_worker_thread(cups, letter):
    cups.test_printer("Polled", delay=0.3)
    job = printer(cups, "Polled").submit(letter)
    states: list[JobProgress] = []

    def worker():
        while not job.finished:
            states.append(job.poll())
            time.sleep(0.05)

    thread = threading.Thread(target=worker)
    thread.start()
    thread.join(10)
    assert states[-1] is JobProgress.DONE
    assert JobProgress.PRINTING in states


def test_no_copy_of_the_document_stays_in_the_spool(cups, letter):
    cups.file_printer("Spooled")
    printer(cups, "Spooled").print_pdf(letter, **FAST)
    # cupsd removes the document file when the job ends (PreserveJobFiles No, as README says).
    wait_for(lambda: cups.daemon.documents_in_spool() == [])


def test_the_job_has_a_neutral_name_and_nothing_of_the_document_is_logged(cups, letter, caplog):
    cups.file_printer("Private")
    target = printer(cups, "Private")
    with caplog.at_level(logging.DEBUG):
        job = target.print_pdf(letter, **FAST)

    response = target._ipp.request(
        Operation.GET_JOB_ATTRIBUTES,
        [
            *target._operation_attributes("Private"),
            attr(Tag.OPERATION, "job-id", Tag.INTEGER, job.job_id),
        ],
    )
    assert response.first(Tag.JOB, "job-name") == JOB_NAME
    logged = caplog.text + cups.daemon.log.read_text(errors="replace")
    for private in (MEMBER.full_name, "Dupont", SECRET, "Rue de la Senne"):
        assert private not in logged
    assert f"Private-{job.job_id}" in caplog.text


def test_the_cups_default_destination_is_used_when_no_printer_is_configured(cups, letter):
    output = cups.file_printer("Default")
    cups.daemon.set_default("Default")

    job = printer(cups, None).print_pdf(letter, **FAST)

    assert job.destination == "Default"
    assert output.read_bytes() == letter


def test_the_server_is_found_as_lp_finds_it_through_cups_server(cups, letter, monkeypatch):
    output = cups.file_printer("Found")
    monkeypatch.setenv("CUPS_SERVER", str(cups.daemon.socket))

    Printer("Found").print_pdf(letter, **FAST)

    assert output.read_bytes() == letter


def test_cups_can_also_be_reached_over_tcp(cups, letter):
    output = cups.file_printer("Network")
    over_tcp = Printer("Network", server=f"127.0.0.1:{cups.daemon.port}", timeout=5)

    over_tcp.print_pdf(letter, **FAST)

    assert output.read_bytes() == letter


def test_printer_warnings_do_not_stop_printing(cups, letter):
    output = cups.test_printer("LowPaper", reasons=("media-low-warning", "toner-low-report"))
    printer(cups, "LowPaper").print_pdf(letter, **FAST)
    assert output.read_bytes() == letter


# Before any job: no printer, no service, a stopped printer, not a PDF.


def test_an_unknown_printer_is_no_printer(cups, letter):
    with pytest.raises(NoPrinter) as caught:
        printer(cups, "Nowhere").submit(letter)
    assert caught.value.failure is PrintFailure.NO_PRINTER
    assert "Nowhere" in caught.value.detail


def test_no_printer_configured_and_no_cups_default_is_no_printer(cups, letter):
    cups.file_printer("NotDefault")
    with pytest.raises(NoPrinter, match="no default destination"):
        printer(cups, None).submit(letter)


def test_a_disabled_printer_is_refused_before_any_job_exists(cups, letter):
    cups.file_printer("Disabled")
    cups.daemon.run("cupsdisable", "Disabled")

    with pytest.raises(PrinterStopped) as caught:
        printer(cups, "Disabled").submit(letter)

    assert caught.value.failure is PrintFailure.PRINTER_STOPPED
    assert jobs_of(cups, "Disabled") == ""


def test_a_printer_rejecting_jobs_is_stopped(cups, letter):
    cups.file_printer("Rejecting")
    cups.daemon.run("cupsreject", "Rejecting")
    with pytest.raises(PrinterStopped, match="not accepting jobs"):
        printer(cups, "Rejecting").submit(letter)


def test_a_printer_enabled_again_prints(cups, letter):
    output = cups.file_printer("Again")
    cups.daemon.run("cupsdisable", "Again")
    with pytest.raises(PrinterStopped):
        printer(cups, "Again").check()
    cups.daemon.run("cupsenable", "Again")
    printer(cups, "Again").print_pdf(letter, **FAST)
    assert output.read_bytes() == letter


def test_bytes_that_are_not_a_pdf_are_refused(cups):
    cups.file_printer("Picky")
    with pytest.raises(NotAPdf):
        printer(cups, "Picky").submit(b"<html>not a pdf</html>")
    assert jobs_of(cups, "Picky") == ""


def test_cups_not_running_is_cups_unavailable(own_cupsd, letter):
    own_cupsd.add_file_printer("Kiosk")
    target = Printer("Kiosk", server=str(own_cupsd.socket), timeout=2)
    assert target.check().name == "Kiosk"
    own_cupsd.stop(remove=False)

    with pytest.raises(CupsUnavailable) as caught:
        target.submit(letter)
    assert caught.value.failure is PrintFailure.CUPS_UNAVAILABLE
    with pytest.raises(CupsUnavailable):
        Printer("Kiosk", server=f"127.0.0.1:{own_cupsd.port}", timeout=2).status()


def test_cups_stopping_during_a_job_is_cups_unavailable(own_cupsd, letter):
    own_cupsd.add_test_printer("Hanging", then="wait")
    job = Printer("Hanging", server=str(own_cupsd.socket), timeout=2).submit(letter)
    own_cupsd.stop(remove=False)
    with pytest.raises(CupsUnavailable):
        job.wait(**FAST)


# While printing: the printer's state reasons, as a backend reports them to cupsd.


@pytest.mark.parametrize(
    ("reason", "error"),
    [
        ("media-empty-error", OutOfPaper),
        ("media-needed", OutOfPaper),
        ("media-jam-error", PaperJam),
        ("door-open-error", PrinterFault),
    ],
)
def test_a_printer_problem_while_printing_fails_the_job_and_cancels_it(cups, letter, reason, error):
    """The printer waits (for paper, for the jam to be cleared): the member is told, and the job
    is cancelled so it does not come out later for someone else."""
    output = cups.test_printer("Waiting", reasons=(reason,), then="wait")
    target = printer(cups, "Waiting")
    job = target.submit(letter)

    with pytest.raises(error) as caught:
        job.wait(**FAST)

    assert reason in caught.value.reasons
    assert job.progress is JobProgress.FAILED and job.error is caught.value
    assert target.job_state("Waiting", job.job_id)[0] is JobState.CANCELED
    assert not output.exists()
    wait_for(lambda: cups.daemon.documents_in_spool() == [])


def test_out_of_paper_that_stops_the_printer_fails_and_refuses_the_next_document(cups, letter):
    """A backend that gives up (exit 4, "stop printer") with media-empty-error: the queue stops,
    the job is cancelled, and the next document is refused before a job is made."""
    cups.test_printer("Empty", reasons=("media-empty-error",), then="4")
    target = printer(cups, "Empty")
    job = target.submit(letter)

    with pytest.raises(OutOfPaper):
        job.wait(**FAST)

    assert target.job_state("Empty", job.job_id)[0] is JobState.CANCELED
    status = target.status()
    assert "media-empty-error" in status.reasons
    with pytest.raises(OutOfPaper):
        target.submit(letter)
    assert jobs_of(cups, "Empty") == ""


def test_a_job_aborted_by_cups_is_job_aborted(cups, letter):
    cups.test_printer("Aborting", then="1", options=("printer-error-policy=abort-job",))
    with pytest.raises(JobAborted) as caught:
        printer(cups, "Aborting").print_pdf(letter, **FAST)
    assert caught.value.failure is PrintFailure.JOB_ABORTED


def test_a_job_the_printer_cancels_is_job_cancelled(cups, letter):
    cups.test_printer("Cancelling", then="5")
    with pytest.raises(JobCancelled, match="in CUPS or by the printer"):
        printer(cups, "Cancelling").print_pdf(letter, **FAST)


def test_a_job_cancelled_by_staff_with_the_cancel_command_is_job_cancelled(cups, letter):
    cups.test_printer("Staff", then="wait")
    job = printer(cups, "Staff").submit(letter)
    cups.daemon.run("cancel", job.request_id)
    with pytest.raises(JobCancelled):
        job.wait(**FAST)


def test_cancel_from_another_thread_stops_the_wait_and_the_job(cups, letter):
    output = cups.test_printer("Busy", then="wait")
    target = printer(cups, "Busy")
    job = target.submit(letter)
    outcome: list[BaseException | None] = []
    progress: list[JobProgress] = []

    def worker():
        try:
            job.wait(interval=0.05, timeout=30, on_progress=progress.append)
            outcome.append(None)
        except Exception as exc:
            outcome.append(exc)

    thread = threading.Thread(target=worker)
    thread.start()
    wait_for(lambda: JobProgress.PRINTING in progress)
    assert job.cancel() is True
    thread.join(5)

    assert isinstance(outcome[0], JobCancelled)
    assert "at the terminal" in outcome[0].detail
    assert target.job_state("Busy", job.job_id)[0] is JobState.CANCELED
    assert not output.exists()


def test_a_job_not_printed_in_time_times_out_and_is_cancelled(cups, letter):
    cups.test_printer("Stuck", then="wait")
    target = printer(cups, "Stuck")
    job = target.submit(letter)
    started = time.monotonic()

    with pytest.raises(PrintTimeout) as caught:
        job.wait(timeout=0.5, interval=0.05)

    assert time.monotonic() - started < 3
    assert caught.value.failure is PrintFailure.TIMEOUT
    assert target.job_state("Stuck", job.job_id)[0] is JobState.CANCELED


def test_the_it_teams_command_shows_the_queue_and_prints_a_file(
    cups, letter, monkeypatch, tmp_path, capsys
):
    from devices.printer import main

    output = cups.file_printer("Setup")
    monkeypatch.setenv("CUPS_SERVER", str(cups.daemon.socket))
    document = tmp_path / "test-page.pdf"
    document.write_bytes(letter)

    assert main(["--printer", "Setup"]) == 0
    assert "printer Setup: idle, accepting jobs, reasons: none" in capsys.readouterr().out
    assert main(["--printer", "Setup", str(document)]) == 0
    assert capsys.readouterr().out.rstrip().endswith("done")
    assert output.read_bytes() == letter
    cups.daemon.run("cupsdisable", "Setup")
    assert main(["--printer", "Setup"]) == 1
    assert capsys.readouterr().out.rstrip().splitlines()[-1].startswith("printer-stopped:")


def test_the_installers_printer_set_up_keeps_no_copy_and_aborts_a_failed_job(own_cupsd, letter):
    """installer/setup-printer.sh on a scheduler that keeps printed documents (CUPS's default,
    one day): after it, the queue is the default, a failed job is aborted, and no document
    stays in the spool once printed."""
    import subprocess
    from pathlib import Path

    conf = own_cupsd.base / "cupsd.conf"
    conf.write_text(conf.read_text().replace("PreserveJobFiles No", "PreserveJobFiles 1d"))
    output = own_cupsd.out / "Counter.prn"
    output.touch()  # the "printer" plugged in (see tests/support/cups.py)
    if os.geteuid() == 0:
        os.chown(output, own_cupsd.uid, own_cupsd.gid)
    script = Path(__file__).resolve().parents[3] / "installer" / "setup-printer.sh"
    ppd = own_cupsd.base / "pass-through.ppd"
    done = subprocess.run(
        [str(script), "Counter", f"file://{output}", str(ppd)],
        env=own_cupsd.env | {"CUPSD_CONF": str(conf)}, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert 'printer = "Counter"' in done.stdout
    assert "PreserveJobFiles No" in conf.read_text() and "1d" not in conf.read_text()
    own_cupsd.stop(remove=False)  # what `systemctl restart cups` does on a terminal
    own_cupsd.start()
    assert "system default destination: Counter" in own_cupsd.run("lpstat", "-d")
    assert "ErrorPolicy abort-job" in (own_cupsd.base / "printers.conf").read_text()
    Printer(None, server=str(own_cupsd.socket), timeout=5).print_pdf(letter, **FAST)
    assert output.read_bytes() == letter
    wait_for(lambda: own_cupsd.documents_in_spool() == [])
