"""The medical adviser's items of the counter's queue, in words: a partial resumption request
(its start, the hours against the full-time hours, the employer, the day it reached the
mutuality and whether in time) and a received certificate (what it covers, the day it came in,
paper or electronic). Shared by the queue screen's list and its detail; the hours and the
timeliness also by the member's "My requests" (ui/screens/file/requests.py)."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from ui import format as fmt

MEDICAL = "medical"  # app/services/queue.MEDICAL
RESUMPTION, CERTIFICATE = "resumption", "certificate"  # QueueItem.subkind


def tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("", text, None, n)  # lupdate files a bare tr() there


def is_resumption(item) -> bool:
    return item.kind == MEDICAL and item.subkind == RESUMPTION


def is_certificate(item) -> bool:
    return item.kind == MEDICAL and item.subkind == CERTIFICATE


def timeliness_text(timeliness: str | None) -> str:
    """How a request stood against its deadline the day it reached the mutuality."""
    return {
        "on_time": tr("on time"),
        "late_cut": tr("late: indemnity cut until the day it was sent"),
        "late_no_indemnity": tr("too late: no indemnity from its start"),
    }.get(timeliness or "", timeliness or "")


def timeliness_word(timeliness: str | None) -> str:
    """The list's "Status" column: the same, in a word (the detail says what it costs)."""
    return {
        "on_time": tr("on time"),
        "late_cut": tr("late"),
        "late_no_indemnity": tr("too late"),
    }.get(timeliness or "", timeliness or "")


def certificate_kind_text(kind: str | None) -> str:
    return {
        "initial": tr("First certificate"),
        "prolongation": tr("Prolongation"),
        "resumption": tr("Return to work"),
        "partial_resumption": tr("Partial resumption"),
    }.get(kind or "", kind or "")


def channel_text(channel: str | None) -> str:
    return {
        "paper": tr("paper"),
        "electronic": tr("electronic"),
        "declaration": tr("declared by the member"),
    }.get(channel or "", channel or "")


def kind_name(item) -> str:
    """The list's "Kind" column: part time, or which certificate (the "What" beside it, the
    period it covers, gets the room: seven columns hardly fit 1280 px in German)."""
    return tr("Part time") if is_resumption(item) else certificate_kind_text(item.certificate_kind)


def what(item) -> str:
    """The list's "What" column: the request's start and hours (the employer last: the
    detail says it whole), or the period covered."""
    if is_resumption(item):
        return (
            tr("From %1: %2 of %3 h a week, %4")
            .replace("%1", fmt.day(item.starts_on))
            .replace("%2", fmt.number(item.work_hours))
            .replace("%3", fmt.number(item.reference_hours))
            .replace("%4", item.employer)
        )
    return covers(item)


def covers(item) -> str:
    if item.covers_to is None:
        return tr("from %1").replace("%1", fmt.day(item.covers_from))
    return fmt.period(item.covers_from, item.covers_to)


def status(item) -> str:
    """The list's "Status" column: in time or late, or how the certificate came."""
    if is_resumption(item):
        return timeliness_word(item.timeliness)
    return channel_text(item.channel)


def title(item) -> str:
    """Dated the day it reached the mutuality, as its deadline is judged (not the day the
    central worker filed it: a request queued offline is filed days later)."""
    if is_resumption(item):
        day = fmt.day(item.reached_on) if item.reached_on else fmt.moment_day(item.received_at)
        return tr("Partial resumption request of %1").replace("%1", day)
    return tr("Certificate received on %1").replace("%1", fmt.day(item.received_on))


def detail_lines(item) -> list[str]:
    """Everything the adviser decides on, one fact a line."""
    member = tr("Member: %1").replace("%1", f"{item.member_name} ({item.agency_name})")
    if is_resumption(item):
        share = Decimal(item.work_hours) / Decimal(item.reference_hours) * 100
        who = tr("Self-employed activity: %1") if item.self_employed else tr("Employer: %1")
        return [
            member,
            tr("Starts on %1").replace("%1", fmt.day(item.starts_on)),
            tr("%1 h a week of %2 h full time (%3 %)")
            .replace("%1", fmt.number(item.work_hours))
            .replace("%2", fmt.number(item.reference_hours))
            .replace("%3", fmt.number(share.quantize(Decimal(1)))),
            who.replace("%1", item.employer),
            tr("Reached us on %1: %2")
            .replace("%1", fmt.day(item.reached_on))
            .replace("%2", timeliness_text(item.timeliness)),
        ]
    lines = [
        member,
        certificate_kind_text(item.certificate_kind),
        tr("Covers %1").replace("%1", covers(item)),
        tr("Received on %1, %2")
        .replace("%1", fmt.day(item.received_on))
        .replace("%2", channel_text(item.channel)),
    ]
    if item.doctor_name:
        lines.append(tr("Doctor: %1").replace("%1", item.doctor_name))
    return lines
