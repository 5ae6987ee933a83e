"""The Accidents service's items of the counter's queue, in words: a returned accident
declaration (the presumed accident's date, whose, the day it came in and how: signed at a
terminal or on paper) and what the member answered on it, to mark handled once dealt with;
its signed form saved from the detail. Shared by the queue screen's list and its detail."""

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


def kind_text(kind: str | None) -> str:
    """Where it happened, as the member answered (AccidentKind)."""
    return {
        "work": tr("at work or on the way to work"),
        "school": tr("at school"),
        "road": tr("on the road"),
        "sport": tr("during sport"),
        "home": tr("at home or in private life"),
        "other": tr("elsewhere"),
    }.get(kind or "", kind or "")


def answer_lines(item) -> list[str]:
    """What the member answered on the declaration; a paper one's answers are on its paper."""
    if getattr(item, "was_accident", None) is None:
        return [tr("Its answers are on the paper declaration.")]
    if not item.was_accident:
        return [tr("The member says it was not an accident.")]
    lines = [tr("An accident, %1").replace("%1", kind_text(item.accident_kind))]
    facts = (
        (tr("Happened on %1"), fmt.day(item.happened_on) if item.happened_on else None),
        (tr("Place: %1"), item.place),
        (tr("What happened: %1"), item.description),
    )
    lines += [text.replace("%1", value) for text, value in facts if value]
    if item.third_party:
        party = ", ".join(v for v in (item.third_party_name, item.third_party_address) if v)
        lines.append(tr("Third party: %1").replace("%1", party or tr("not named")))
        if item.insurer or item.policy_number:
            lines.append(
                tr("Their insurer: %1, policy %2")
                .replace("%1", item.insurer or "—")
                .replace("%2", item.policy_number or "—")
            )
    else:
        lines.append(tr("No third party."))
    if item.police_report:
        lines.append(tr("Police report: %1").replace("%1", item.police_report))
    return lines


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
    return lines + answer_lines(item)
