"""The Accidents service's items of the counter's queue, in words: a returned accident
declaration (the presumed accident's date, whose, the day it came in and how: signed at a
terminal or on paper), to mark handled once dealt with. Shared by the queue screen's list and
its detail."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ui import format as fmt

ACCIDENT = "accident"  # app/services/queue.ACCIDENT


def tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("", text, None, n)  # lupdate files a bare tr() there


def is_accident(item) -> bool:
    return item.kind == ACCIDENT


def channel_text(channel: str | None) -> str:
    """How the declaration came back (Channel)."""
    return {
        "terminal": tr("signed at a terminal"),
        "counter": tr("on paper, at the counter"),
        "post": tr("on paper"),
        "online": tr("signed online"),
    }.get(channel or "", channel or "")


def kind_name(_item) -> str:
    """The list's "Kind" column."""
    return tr("Accident")


def what(item) -> str:
    """The list's "What" column: the presumed accident's date (the Kind beside it says
    "Accident"; a longer text is cut in the column's width)."""
    return fmt.day(item.presumed_on)


def status(item) -> str:
    """The list's "Status" column: how it came back."""
    return channel_text(item.channel)


def title(item) -> str:
    return tr("Accident declaration received on %1").replace("%1", fmt.day(item.received_on))


def detail_lines(item) -> list[str]:
    """What the Accidents service reads before dealing with it, one fact a line."""
    lines = [
        tr("Member: %1").replace("%1", f"{item.member_name} ({item.agency_name})"),
        tr("Presumed accident of %1").replace("%1", fmt.day(item.presumed_on)),
        tr("Received on %1, %2")
        .replace("%1", fmt.day(item.received_on))
        .replace("%2", channel_text(item.channel)),
    ]
    due_on = getattr(item, "due_on", None)
    if due_on is not None:
        lines.append(tr("To be returned by %1").replace("%1", fmt.day(due_on)))
    return lines
