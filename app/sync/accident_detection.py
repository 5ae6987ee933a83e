"""The central job that opens accident declarations (domain.md §10, §14) from the reimbursement
lines it has not read yet: `guichet-central accidents detect`, and the central worker every few
minutes (app/sync/worker.py).

Each run reads the lines above the last run's watermark (`accident_detection_run.to_line_id`)
up to the newest one every line below which is committed (`settled_upto`), so a line is read
once however often the job runs; the runs take an
advisory lock on PostgreSQL (BEGIN IMMEDIATE on SQLite), so two never read the same lines. The
database itself picks the lines worth reading (a set-based filter on the rules' codes), the
rules (app/domain/accidents.py) group them into presumed accidents, and each presumed date of a
beneficiary gets one declaration, due the federation's `accident_return_days` after it was
opened. A combination rule also looks at the beneficiary's earlier lines within its window,
so care read in two runs can still complete one; a line an earlier declaration holds only
completes it (never attached twice: a unique index on `accident_declaration_line.line_id`).
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import Connection, Engine, and_, exists, func, insert, select, text, update
from sqlalchemy.exc import OperationalError

from app.domain.accidents import CareLine, DetectionRule, presumed_accidents, rule_codes
from app.domain.codes import AccidentStatus
from app.store.db import writer
from app.store.models import (
    AccidentDeclaration,
    AccidentDeclarationLine,
    AccidentDetectionRun,
    AccidentRule,
    Household,
    Member,
    ReimbursementLine,
)
from app.store.parameters import federation_parameter

DETECTION_LOCK = 0x6775_6961  # "guia": the advisory lock of the detection job
RETURN_DAYS = "accident_return_days"
SAME_EVENT_DAYS = "accident_same_event_days"
BATCH = 500  # beneficiaries per look-up of their earlier lines


@dataclass(frozen=True)
class DetectionResult:
    lines_read: int
    declarations_opened: int
    run_id: int | None  # None: no new line, no run recorded


def settled_upto(central: Engine, *, lock_timeout: str = "5s") -> int | None:
    """The newest line id below which every line is committed; None when lines are being
    loaded right now (a run then waits for the next turn).

    A sequence hands out ids before commit: a load committing id 100 after another committed
    id 200 would leave 100 below a watermark of 200, never read. On PostgreSQL a brief SHARE
    lock waits for the transactions inserting lines to end (and lets none start) while the
    maximum is read; `lock_timeout` keeps a long load from queueing behind the job. SQLite has
    one writer at a time: its maximum is always settled."""
    with writer(central).begin() as connection:
        if connection.dialect.name == "postgresql":
            connection.execute(
                text("SELECT set_config('lock_timeout', :t, true)"), {"t": lock_timeout}
            )
            try:
                connection.execute(text("LOCK TABLE reimbursement_line IN SHARE MODE"))
            except OperationalError:
                return None
        return connection.execute(select(func.max(ReimbursementLine.id))).scalar() or 0


def detect(central: Engine, *, today: dt.date, now: dt.datetime) -> DetectionResult:
    """One run over the lines not read yet, in its own transaction."""
    upto = settled_upto(central)
    if upto is None:
        return DetectionResult(0, 0, None)
    with writer(central).begin() as connection:
        return detect_on(connection, today=today, now=now, upto=upto)


def _rules(connection: Connection) -> list[DetectionRule]:
    return [DetectionRule.of(row) for row in connection.execute(select(AccidentRule))]


def _candidates(
    connection: Connection, codes: frozenset[str], after: int, upto: int
) -> list[tuple[CareLine, int]]:
    """The new lines a rule names (not a correction taking a line back), with the
    beneficiary's federation: the set-based filter, done by the database."""
    rows = connection.execute(
        select(
            ReimbursementLine.id,
            ReimbursementLine.beneficiary_id,
            ReimbursementLine.care_date,
            ReimbursementLine.nomenclature_code,
            Household.federation_id,
        )
        .join(Member, Member.id == ReimbursementLine.beneficiary_id)
        .join(Household, Household.id == Member.household_id)
        .where(
            ReimbursementLine.id > after,
            ReimbursementLine.id <= upto,
            ReimbursementLine.nomenclature_code.in_(sorted(codes)),
            ReimbursementLine.official_fee > 0,
        )
    )
    return [
        (CareLine(r.id, r.beneficiary_id, r.care_date, r.nomenclature_code), r[4]) for r in rows
    ]


def _earlier(
    connection: Connection,
    rules: list[DetectionRule],
    new: list[CareLine],
    after: int,
) -> list[CareLine]:
    """The beneficiaries' lines read by earlier runs that a combination rule could pair with a
    new one (its codes, within its window before the earliest new line), each saying whether
    a declaration holds it already."""
    combined = [rule for rule in rules if len(rule.groups) > 1]
    if not combined or not new:
        return []
    codes = sorted(rule_codes(combined))
    window = dt.timedelta(days=max(rule.window_days for rule in combined))
    since = min(line.care_date for line in new) - window
    beneficiaries = sorted({line.beneficiary_id for line in new})
    found = []
    for start in range(0, len(beneficiaries), BATCH):
        rows = connection.execute(
            select(
                ReimbursementLine.id,
                ReimbursementLine.beneficiary_id,
                ReimbursementLine.care_date,
                ReimbursementLine.nomenclature_code,
                exists()
                .where(AccidentDeclarationLine.line_id == ReimbursementLine.id)
                .label("declared"),
            ).where(
                ReimbursementLine.beneficiary_id.in_(beneficiaries[start : start + BATCH]),
                ReimbursementLine.id <= after,
                ReimbursementLine.nomenclature_code.in_(codes),
                ReimbursementLine.official_fee > 0,
                ReimbursementLine.care_date >= since,
            )
        )
        found += [CareLine(r[0], r[1], r[2], r[3], new=False, declared=bool(r[4])) for r in rows]
    return found


def _per_federation(
    connection: Connection, name: str, federations: Iterable[int], on: dt.date
) -> dict[int, int]:
    return {
        federation_id: int(
            federation_parameter(connection, name, on=on, federation_id=federation_id)
        )
        for federation_id in federations
    }


def detect_on(
    connection: Connection, *, today: dt.date, now: dt.datetime, upto: int | None = None
) -> DetectionResult:
    """One run inside the caller's transaction (the seeder's, or `detect`'s), up to the line
    `upto` (`settled_upto`; the newest line when the caller is the only writer)."""
    started = time.perf_counter()
    if connection.dialect.name == "postgresql":
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": DETECTION_LOCK})
    after = connection.execute(
        select(func.coalesce(func.max(AccidentDetectionRun.to_line_id), 0))
    ).scalar_one()
    if upto is None:
        upto = connection.execute(select(func.max(ReimbursementLine.id))).scalar() or 0
    if upto <= after:
        return DetectionResult(0, 0, None)
    lines_read = connection.execute(
        select(func.count())
        .select_from(ReimbursementLine)
        .where(and_(ReimbursementLine.id > after, ReimbursementLine.id <= upto))
    ).scalar_one()
    run_id = connection.execute(
        insert(AccidentDetectionRun).returning(AccidentDetectionRun.id),
        {
            "started_at": now,
            "from_line_id": after,
            "to_line_id": upto,
            "lines_read": lines_read,
            "declarations_opened": 0,
        },
    ).scalar_one()
    rules = _rules(connection)
    opened = 0
    if rules:
        candidates = _candidates(connection, rule_codes(rules), after, upto)
        federation_of = {line.beneficiary_id: federation for line, federation in candidates}
        new = [line for line, _federation in candidates]
        federations = sorted(set(federation_of.values()))
        accidents = presumed_accidents(
            [*new, *_earlier(connection, rules, new, after)],
            rules,
            same_event_days=_per_federation(connection, SAME_EVENT_DAYS, federations, today),
            federation_of=federation_of,
        )
        opened = _open(connection, accidents, federation_of, run_id, today)
    elapsed = dt.timedelta(seconds=time.perf_counter() - started)
    connection.execute(
        update(AccidentDetectionRun)
        .where(AccidentDetectionRun.id == run_id)
        .values(finished_at=now + elapsed, declarations_opened=opened)
    )
    return DetectionResult(lines_read, opened, run_id)


def _open(connection, accidents, federation_of, run_id: int, today: dt.date) -> int:
    """One declaration per presumed accident, with the lines that raised it."""
    if not accidents:
        return 0
    due_days = _per_federation(connection, RETURN_DAYS, set(federation_of.values()), today)
    rows = [
        {
            "member_id": accident.beneficiary_id,
            "presumed_on": accident.presumed_on,
            "opened_on": today,
            "due_on": today + dt.timedelta(days=due_days[federation_of[accident.beneficiary_id]]),
            "run_id": run_id,
            "status": AccidentStatus.TO_RETURN,
        }
        for accident in accidents
    ]
    if connection.dialect.name == "postgresql":
        ids = _insert_postgres(connection, rows)
    else:
        ids = connection.execute(
            insert(AccidentDeclaration).returning(
                AccidentDeclaration.id, sort_by_parameter_order=True
            ),
            rows,
        ).scalars()
    lines = [
        (declaration_id, line_id, rule_id)
        for declaration_id, accident in zip(ids, accidents, strict=True)
        for line_id, rule_id in accident.lines
    ]
    if connection.dialect.name == "postgresql":
        # One statement over arrays: tens of thousands of rows in a fraction of a second.
        connection.execute(
            text(
                "INSERT INTO accident_declaration_line (declaration_id, line_id, rule_id) "
                "SELECT * FROM unnest(CAST(:d AS integer[]), CAST(:l AS integer[]), "
                "CAST(:r AS integer[]))"
            ),
            {"d": [x[0] for x in lines], "l": [x[1] for x in lines], "r": [x[2] for x in lines]},
        )
    else:
        connection.execute(
            insert(AccidentDeclarationLine),
            [{"declaration_id": d, "line_id": line, "rule_id": r} for d, line, r in lines],
        )
    return len(rows)


def _insert_postgres(connection, rows: list[dict]) -> list[int]:
    """The declarations in one statement over arrays; their ids in the rows' order (a run
    opens one declaration per member and presumed date)."""
    found = connection.execute(
        text(
            "INSERT INTO accident_declaration (member_id, presumed_on, opened_on, due_on, "
            "run_id, status) SELECT m, p, o, d, :run, :status FROM unnest(CAST(:m AS integer[]), "
            "CAST(:p AS date[]), CAST(:o AS date[]), CAST(:d AS date[])) AS t(m, p, o, d) "
            "RETURNING id, member_id, presumed_on"
        ),
        {
            "m": [row["member_id"] for row in rows],
            "p": [row["presumed_on"] for row in rows],
            "o": [row["opened_on"] for row in rows],
            "d": [row["due_on"] for row in rows],
            "run": rows[0]["run_id"],
            "status": AccidentStatus.TO_RETURN.value,
        },
    ).all()
    by_key = {(r.member_id, r.presumed_on): r.id for r in found}
    return [by_key[(row["member_id"], row["presumed_on"])] for row in rows]
