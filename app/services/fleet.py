"""The fleet as the counter sees it: each terminal's heartbeat written, and judged green, amber
or red with its reasons.

A terminal reports every minute (app/fleet/heartbeat.py) into its own row of `terminal_status`:
on PostgreSQL through `guichet_heartbeat(jsonb)` (migration 0009: keyed to the login, the row's
times the server's), on the embedded SQLite demo by writing the row here, the same way. A
supervisor's Terminals screen reads the rows back through `terminals()`, which says, per
terminal, a colour and reasons as codes with their figures (since when, how many minutes, how
many operations); the screen makes the words.

The thresholds below are named with why; they are operating choices of this program, not rules
of the mutuality, so they live here rather than in the dated parameters.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine, select, text

from app.domain.clock import stored_utc, utc_now
from app.domain.codes import StaffRole
from app.services.errors import Refused, reaching_central
from app.services.staff import StaffSession
from app.store.db import writer
from app.store.models import Agency, Terminal, TerminalStatus

# -- thresholds ---------------------------------------------------------------------------------
# A terminal reports every 60 s: three reports missed is no accident of one network hiccup.
NO_NEWS_AFTER = dt.timedelta(minutes=3)
# The sync worker exchanges every 5 s and backs off to 5 minutes at most (app/sync/worker.py):
# no success for 10 minutes while operations wait is a connection really down (amber); after an
# hour, members' changes are late enough that someone should go and look (red).
OFFLINE_AMBER = dt.timedelta(minutes=10)
OFFLINE_RED = dt.timedelta(hours=1)
# The terminal's database and the journal live on the data dir's disk: below 1 GiB an update or
# a busy day may fill it (amber); below 200 MiB SQLite may soon fail to write the outbox (red).
LOW_DISK_AMBER = 1024**3
LOW_DISK_RED = 200 * 1024**2
# systemd restarts a crashed program at once (Restart=always); three restarts in a day is a
# program that crashes, not an update (one restart each).
RESTARTS_AMBER = 3
# A marker (toner, ink) whose printer gives no low level of its own: warn at 10 %.
DEFAULT_LOW_LEVEL = 10

HEARTBEAT_INTERVAL = 60  # seconds, app/fleet/heartbeat.py

# -- colours and reasons -----------------------------------------------------------------------
GREEN, AMBER, RED = "green", "amber", "red"
_RANK = {GREEN: 0, AMBER: 1, RED: 2}

# printer-state-reasons keywords (RFC 8011 5.4.12, PWG 5100.9), without their -error/-warning/
# -report suffix, by what the supervisor is told.
OUT_OF_PAPER = ("media-empty", "media-needed")
PAPER_JAM = ("media-jam",)
DOOR_OPEN = ("door-open", "cover-open", "interlock-open")
TONER_EMPTY = ("toner-empty", "marker-supply-empty", "marker-ink-almost-empty")
PAPER_LOW = ("media-low",)
TONER_LOW = ("toner-low", "marker-supply-low", "marker-waste-almost-full")
# Reasons that are the queue's own state or CUPS's bookkeeping, not a fault to report.
NOT_PROBLEMS = (
    "none", "paused", "moving-to-paused", "connecting-to-device", "processing-to-stop-point",
    "printer-restarted", "printer-shutdown", "shutdown", "cups-waiting-for-job-completed",
    "cups-insecure-filter", "cups-missing-filter", "other",
)  # fmt: skip
SEVERITIES = ("error", "warning", "report")


@dataclass(frozen=True)
class Reason:
    """Why a terminal is not green: a code the screen translates, and its figures."""

    code: str
    colour: str
    since: dt.datetime | None = None  # the server's time it began (printer problems, offline)
    minutes: int | None = None  # how long (no news, offline)
    count: int | None = None  # operations waiting, restarts, a supply's level in %
    detail: str = ""  # a printer reason keyword or a supply's name, as the printer says it
    free_bytes: int | None = None


@dataclass(frozen=True)
class TerminalState:
    name: str
    kind: str  # kiosk / counter
    agency_id: int | None
    agency_name: str
    version: str | None
    colour: str
    reasons: tuple[Reason, ...]
    reported_at: dt.datetime | None
    waiting: int


@dataclass(frozen=True)
class Fleet:
    checked_at: dt.datetime  # the central server's clock, that the figures are measured on
    agency_id: int | None  # the agency shown, None: all
    terminals: tuple[TerminalState, ...]  # red first, then amber, then green; by name


# -- writing a heartbeat ------------------------------------------------------------------------


def record_heartbeat(
    central: Engine,
    report: Mapping[str, Any],
    *,
    terminal: str,
    kind: str = "kiosk",
    agency_code: str = "",
    now: dt.datetime | None = None,
) -> dt.datetime:
    """Write this terminal's row; returns the central side's time of the report.

    PostgreSQL: `guichet_heartbeat(report)`, which writes the row of the login connected
    (`terminal` is not sent: the server knows who asks). SQLite (the demo, no logins): the row
    of `terminal`, registered here first if it is not yet (the demo registers no terminals).
    """
    if central.dialect.name == "postgresql":
        with central.begin() as connection:
            return connection.execute(
                text("SELECT guichet_heartbeat(CAST(:report AS jsonb))"),
                {"report": json.dumps(dict(report))},
            ).scalar_one()
    return _record_locally(central, report, terminal, kind, agency_code, now or utc_now())


def _record_locally(central, report, terminal, kind, agency_code, now) -> dt.datetime:
    def age(key: str) -> dt.datetime | None:
        seconds = report.get(key)
        if seconds is None:
            return None
        return now - dt.timedelta(seconds=min(max(float(seconds), 0.0), 315_360_000))

    def not_negative(key: str) -> int | None:
        value = report.get(key)
        return None if value is None else max(int(value), 0)

    with writer(central).begin() as connection:  # reads, then writes: BEGIN IMMEDIATE
        registered = connection.execute(
            select(Terminal.login_role).where(Terminal.login_role == terminal)
        ).scalar()
        if registered is None:
            agency_id = None
            if agency_code:
                agency_id = connection.execute(
                    select(Agency.id).where(Agency.code == agency_code)
                ).scalar()
            connection.execute(
                Terminal.__table__.insert().values(
                    login_role=terminal, name=terminal, agency_id=agency_id, kind=kind,
                    created_at=now,
                )
            )  # fmt: skip
        before = connection.execute(
            select(TerminalStatus.printer_reasons).where(TerminalStatus.login_role == terminal)
        ).scalar()
        before = before if isinstance(before, dict) else {}
        reasons: dict[str, str] = {}
        for keyword in report.get("printer_reasons") or ():
            keyword = str(keyword)[:60]
            if keyword != "none" and len(reasons) < 20:
                reasons[keyword] = before.get(keyword) or now.isoformat()
        values = {
            "version": (str(report["version"])[:40] if report.get("version") else None),
            "started_at": age("uptime_s"),
            "restarts": not_negative("restarts"),
            "last_sync_at": age("last_sync_age_s"),
            "waiting": not_negative("waiting") or 0,
            "oldest_waiting_at": age("oldest_waiting_age_s"),
            "reader_present": report.get("reader_present"),
            "printer_state": str(report.get("printer_state") or "unknown")[:20],
            "printer_reasons": reasons,
            "supplies": list(report.get("supplies") or ()),
            "disk_free_bytes": not_negative("disk_free_bytes"),
            "reported_at": now,
        }
        table = TerminalStatus.__table__
        changed = connection.execute(
            table.update().where(table.c.login_role == terminal).values(**values)
        ).rowcount
        if not changed:
            connection.execute(table.insert().values(login_role=terminal, **values))
    return now


# -- reading the fleet --------------------------------------------------------------------------


@reaching_central
def terminals(
    central: Engine, staff: StaffSession, *, agency_id: int | None, now: dt.datetime | None = None
) -> Fleet:
    """The terminals of an agency (None: all), each judged; a supervisor's only.

    On PostgreSQL the database says so too: only guichet_supervisors may read the rows, and the
    figures are measured on the server's clock (the rows' times are the server's)."""
    if staff.role == StaffRole.CLERK:
        raise Refused("supervisor_only")
    status_columns = [c for c in TerminalStatus.__table__.c if c.name != "login_role"]
    query = (
        select(
            Terminal.name,
            Terminal.kind,
            Terminal.agency_id,
            Agency.name.label("agency_name"),
            TerminalStatus.login_role.label("reported"),
            *status_columns,
        )
        .select_from(Terminal)
        .outerjoin(TerminalStatus, TerminalStatus.login_role == Terminal.login_role)
        .outerjoin(Agency, Agency.id == Terminal.agency_id)
        .order_by(Terminal.name)
    )
    if agency_id is not None:
        query = query.where(Terminal.agency_id == agency_id)
    with central.connect() as connection:
        if now is None:
            now = (
                connection.execute(text("SELECT now()")).scalar_one()
                if central.dialect.name == "postgresql"
                else utc_now()
            )
        found = connection.execute(query).all()
    now = stored_utc(now)
    judged = [_judge(row, now) for row in found]
    judged.sort(key=lambda t: (-_RANK[t.colour], t.name))
    return Fleet(now, agency_id, tuple(judged))


def _judge(row, now: dt.datetime) -> TerminalState:
    """A terminal (with its status's columns on the same row, None if it never reported)."""
    agency = row.agency_name or ""
    if row.reported is None:
        return TerminalState(row.name, row.kind, row.agency_id, agency, None, RED,
                             (Reason("never_reported", RED),), None, 0)  # fmt: skip
    reasons = judge(row, now)
    colour = max((r.colour for r in reasons), key=_RANK.__getitem__, default=GREEN)
    return TerminalState(
        name=row.name,
        kind=row.kind,
        agency_id=row.agency_id,
        agency_name=agency,
        version=row.version,
        colour=colour,
        reasons=tuple(reasons),
        reported_at=stored_utc(row.reported_at),
        waiting=row.waiting or 0,
    )


def judge(status, now: dt.datetime) -> list[Reason]:
    """A heartbeat row's reasons, worst first: what a supervisor is told of the terminal."""
    now = stored_utc(now)
    reasons: list[Reason] = []
    silent = now - stored_utc(status.reported_at)
    if silent > NO_NEWS_AFTER:
        reasons.append(Reason("no_news", RED, since=stored_utc(status.reported_at),
                              minutes=_minutes(silent)))  # fmt: skip
    reasons += _offline(status, now)
    reasons += _printer(status)
    if status.reader_present is False:
        reasons.append(Reason("no_card_reader", AMBER))
    free = status.disk_free_bytes
    if free is not None and free < LOW_DISK_AMBER:
        reasons.append(
            Reason("low_disk", RED if free < LOW_DISK_RED else AMBER, free_bytes=int(free))
        )
    if (status.restarts or 0) >= RESTARTS_AMBER:
        reasons.append(Reason("restarts", AMBER, count=int(status.restarts)))
    reasons.sort(key=lambda r: -_RANK[r.colour])  # stable: the order above within a colour
    return reasons


def _offline(status, now: dt.datetime) -> list[Reason]:
    waiting = status.waiting or 0
    if not waiting:
        return []
    since = stored_utc(status.last_sync_at) if status.last_sync_at is not None else None
    oldest = stored_utc(status.oldest_waiting_at) if status.oldest_waiting_at is not None else None
    # Never synchronised since it was installed: the oldest waiting operation says how long.
    start = since or oldest
    if start is None:
        return []
    late = now - start
    if late < OFFLINE_AMBER:
        return []
    colour = RED if late >= OFFLINE_RED else AMBER
    return [Reason("offline", colour, since=since, minutes=_minutes(late), count=waiting)]


def split_reason(keyword: str) -> tuple[str, str]:
    """'media-empty-error' → ('media-empty', 'error'); no suffix is an error (RFC 8011)."""
    for severity in SEVERITIES:
        if keyword.endswith(f"-{severity}"):
            return keyword[: -len(severity) - 1], severity
    return keyword, "error"


def _printer(status) -> list[Reason]:
    state = status.printer_state or "unknown"
    if state == "none":
        return [Reason("no_printer", RED)]
    if state == "cups-down":
        return [Reason("print_service_down", RED)]
    found: dict[str, dt.datetime | None] = {}
    keywords: dict[str, str] = {}
    for keyword, since in (status.printer_reasons or {}).items():
        reason, _severity = split_reason(str(keyword))
        if reason in NOT_PROBLEMS or reason.startswith("cups-"):
            continue
        moment = _parse(since)
        if reason not in found or (moment and (found[reason] is None or moment < found[reason])):
            found[reason] = moment
            keywords[reason] = str(keyword)
    reasons: list[Reason] = []
    taken: set[str] = set()

    def take(code: str, colour: str, names: tuple[str, ...]) -> None:
        hits = [r for r in names if r in found]
        if hits:
            moments = [found[r] for r in hits if found[r] is not None]
            reasons.append(Reason(code, colour, since=min(moments) if moments else None))
            taken.update(hits)

    take("out_of_paper", RED, OUT_OF_PAPER)
    take("paper_jam", RED, PAPER_JAM)
    take("door_open", RED, DOOR_OPEN)
    take("toner_empty", RED, TONER_EMPTY)
    for reason, moment in found.items():
        if reason in taken or reason in PAPER_LOW or reason in TONER_LOW:
            continue
        _, severity = split_reason(keywords[reason])
        if severity == "error" or reason == "offline":
            reasons.append(Reason("printer_fault", RED, since=moment, detail=reason))
            taken.add(reason)
    if state == "stopped" and not any(r.colour == RED for r in reasons):
        reasons.append(Reason("printer_stopped", RED))
    take("paper_low", AMBER, PAPER_LOW)
    low = [r for r in TONER_LOW if r in found]
    levels = _low_supplies(status.supplies)
    if low or levels:
        moments = [found[r] for r in low if found[r] is not None]
        level, name = min(levels) if levels else (None, "")
        reasons.append(Reason("toner_low", AMBER, since=min(moments) if moments else None,
                              count=level, detail=name))  # fmt: skip
    return reasons


def _low_supplies(supplies) -> list[tuple[int, str]]:
    """(level %, name) of each marker at or under its low level (levels < 0 are unknown)."""
    low = []
    for supply in supplies or ():
        if not isinstance(supply, Mapping):
            continue
        try:
            level = int(supply.get("level"))
            threshold = supply.get("low")
            threshold = DEFAULT_LOW_LEVEL if threshold in (None, "") else int(threshold)
        except (TypeError, ValueError):
            continue
        if 0 <= level <= max(threshold, 0):
            low.append((level, str(supply.get("name") or "")[:40]))
    return low


def _parse(value) -> dt.datetime | None:
    if isinstance(value, dt.datetime):
        return stored_utc(value)
    try:
        return stored_utc(dt.datetime.fromisoformat(str(value)))
    except (TypeError, ValueError):
        return None


def _minutes(delta: dt.timedelta) -> int:
    return max(int(delta.total_seconds() // 60), 0)
