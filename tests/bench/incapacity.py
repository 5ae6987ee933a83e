"""Opening "My incapacity" for a member with ten years of incapacity history, on a central
PostgreSQL database of 1,000,000 reimbursement lines (BENCH_LINES to change it).

    python -m tests.bench.run incapacity

What is timed is the service the page calls, the way the terminal calls it:
`member_file.my_incapacity` as a terminal's own login under row-level security, within a visit
the central side opened for the member (as tests/bench/queries.py does). The database is the
queries benchmark's (`seeded`, then `grow_lines` to the size), with an incapacity for one
synthetic member in 25 (certificates, payments) so that the incapacity tables are not empty
around the member; the member is the demo's "incapacity_running" case, given ten years of
earlier periods before their running one: certificates every 2 to 4 weeks, payments twice a
month, a partial resumption request in some. Median and p95 over the opens after warm-ups,
and how many statements one open sends, next to its baseline: the same member on the same
database before the history is added (their running period alone), and the ratio of medians.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import statistics
import time
from decimal import Decimal

from sqlalchemy import Engine, event, insert, select, text

from app.domain.codes import LoginMode
from app.services import member_file
from app.store.models import (
    Incapacity,
    IncapacityCertificate,
    IndemnityPayment,
    Member,
    PartialResumption,
)
from app.store.seed import seed_database
from tests.bench.queries import AS_OF, TERMINAL, _terminal, grow_lines, vacuum
from tests.support.postgres import PostgresServer
from tests.support.visits import member_visit

YEARS = 10
TODAY = AS_OF + dt.timedelta(days=3)  # a Wednesday, the running case's certificate still on
WARM = 3


def _seeded(server: PostgresServer, name: str) -> tuple[Engine, str]:
    from app.store import migrate
    from app.store.db import make_engine

    engine = make_engine(server.create_database(name))
    migrate.upgrade(engine)
    summary = seed_database(engine, households=50, seed=1, as_of=AS_OF)
    return engine, summary.cases["incapacity_running"][0]


def add_history(connection, niss: str, rng: random.Random) -> dict[str, int]:
    """Ten years of earlier incapacities for this member, ended before their running one:
    periods of 4 to 14 months with gaps of 3 weeks to 5 months, certificates every 2 to 4
    weeks, payments twice a month, a partial resumption request in every other period.
    Returns the rows added per table."""
    member_id, running_start = connection.execute(
        select(Member.id, Incapacity.started_on)
        .join(Incapacity, Incapacity.member_id == Member.id)
        .where(Member.niss == niss)
    ).one()
    counts = dict.fromkeys(("periods", "certificates", "payments", "resumptions"), 0)
    start = AS_OF.replace(year=AS_OF.year - YEARS)
    while True:
        end = start + dt.timedelta(days=rng.randint(120, 420))
        if end >= running_start - dt.timedelta(days=21):
            break
        incapacity_id = connection.execute(
            insert(Incapacity)
            .values(
                member_id=member_id, work_status="employee", started_on=start, ended_on=end,
                declared_on=start + dt.timedelta(days=2), late_penalty_rate=Decimal(0),
                gross_daily_wage=Decimal(150), family_situation="single", regular_worker=True,
                resumed_as="work",
            )
            .returning(Incapacity.id)
        ).scalar_one()  # fmt: skip
        counts["periods"] += 1
        certificates, covers_from, kind = [], start, "initial"
        while covers_from <= end:
            covers_to = min(end, covers_from + dt.timedelta(days=rng.randint(13, 27)))
            certificates.append({
                "incapacity_id": incapacity_id, "member_id": member_id, "kind": kind,
                "received_on": max(start, covers_from - dt.timedelta(days=1)),
                "covers_from": covers_from, "covers_to": covers_to, "doctor_name": "Dr Bench",
                "channel": "paper", "checked_on": covers_from,
            })  # fmt: skip
            covers_from, kind = covers_to + dt.timedelta(days=1), "prolongation"
        connection.execute(insert(IncapacityCertificate), certificates)
        counts["certificates"] += len(certificates)
        payments, day = [], start.replace(day=1)
        while day <= end:
            for first, last in ((1, 15), (16, None)):
                low = day.replace(day=first)
                high = (
                    day.replace(day=15)
                    if last
                    else (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
                    - dt.timedelta(days=1)
                )
                low, high = max(low, start + dt.timedelta(days=30)), min(high, end)
                if low > high:
                    continue
                payments.append({
                    "incapacity_id": incapacity_id, "member_id": member_id, "phase": "primary",
                    "covers_from": low, "covers_to": high, "days": 12, "daily_amount": Decimal(90),
                    "gross": Decimal(1080), "withholding": Decimal("118.80"),
                    "net": Decimal("961.20"),
                    "paid_on": high + dt.timedelta(days=4), "iban": "BE71096123456769",
                })  # fmt: skip
            day = (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
        if payments:
            connection.execute(insert(IndemnityPayment), payments)
            counts["payments"] += len(payments)
        if counts["periods"] % 2 == 0:
            resumes = start + dt.timedelta(days=60)
            connection.execute(
                insert(PartialResumption).values(
                    member_id=member_id, incapacity_id=incapacity_id, starts_on=resumes,
                    work_hours=Decimal(19), reference_hours=Decimal(38), employer="Bench SA",
                    self_employed=False,
                    channel="terminal", reached_on=resumes - dt.timedelta(days=3),
                    created_at=dt.datetime.combine(resumes, dt.time(9), dt.UTC) -
                    dt.timedelta(days=3), timeliness="on_time", status="authorised",
                    decided_at=dt.datetime.combine(resumes, dt.time(9), dt.UTC),
                )
            )  # fmt: skip
            counts["resumptions"] += 1
        start = end + dt.timedelta(days=rng.randint(21, 150))
    return counts


def grow_incapacities(connection) -> int:
    """An ended incapacity for one synthetic member in 25 (grow_lines' members), with six
    certificates and a payment a fortnight: the tables the page reads are not empty around
    the member measured. Returns the incapacities added."""
    connection.execute(text("""
        INSERT INTO incapacity (member_id, work_status, started_on, ended_on, declared_on,
            late_penalty_rate, gross_daily_wage, family_situation, regular_worker)
        SELECT m.id, 'worker', DATE '2025-01-06' + (m.id % 300), DATE '2025-03-30' + (m.id % 300),
            DATE '2025-01-08' + (m.id % 300), 0, 120, 'cohabitant', true
        FROM member m
        WHERE m.niss LIKE '9%' AND m.id % 25 = 0
    """))  # fmt: skip
    connection.execute(text("""
        INSERT INTO incapacity_certificate (incapacity_id, member_id, kind, received_on,
            covers_from, covers_to, doctor_name, channel, checked_on)
        SELECT i.id, i.member_id, CASE WHEN k = 0 THEN 'initial' ELSE 'prolongation' END,
            i.started_on + 14 * k, i.started_on + 14 * k, i.started_on + 14 * k + 13,
            'Dr Bench', 'paper', i.started_on + 14 * k
        FROM incapacity i JOIN member m ON m.id = i.member_id, generate_series(0, 5) k
        WHERE m.niss LIKE '9%'
    """))  # fmt: skip
    connection.execute(text("""
        INSERT INTO indemnity_payment (incapacity_id, member_id, phase, covers_from, covers_to,
            days, daily_amount, gross, withholding, net, paid_on, iban)
        SELECT i.id, i.member_id, 'primary', i.started_on + 14 * k, i.started_on + 14 * k + 13,
            12, 72, 864, 95.04, 768.96, i.started_on + 14 * k + 18, 'BE71096123456769'
        FROM incapacity i JOIN member m ON m.id = i.member_id, generate_series(1, 5) k
        WHERE m.niss LIKE '9%'
    """))  # fmt: skip
    return connection.execute(
        text("SELECT count(*) FROM incapacity i JOIN member m ON m.id = i.member_id "
             "WHERE m.niss LIKE '9%'")
    ).scalar_one()  # fmt: skip


def _vacuum_incapacity(engine: Engine) -> None:
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        connection.execute(text(
            "VACUUM (ANALYZE) incapacity, incapacity_certificate, indemnity_payment, "
            "partial_resumption, payment_calendar, federation_parameter"
        ))  # fmt: skip


class _Statements:
    """How many statements the terminal's engine sends."""

    def __init__(self, engine: Engine) -> None:
        self.count = 0
        self.engine = engine
        event.listen(engine, "before_cursor_execute", self._seen)

    def _seen(self, *_args) -> None:
        self.count += 1

    def close(self) -> None:
        event.remove(self.engine, "before_cursor_execute", self._seen)


def _opens(terminal: Engine, niss: str, runs: int, history: int) -> tuple[list[float], int]:
    """`runs` opens of My incapacity after the warm-ups: their times (ms), statements an open."""
    session = member_file.FileSession(niss, LoginMode.EID)
    statements = _Statements(terminal)
    times, sent = [], 0
    for run in range(runs + WARM):
        before = statements.count
        began = time.perf_counter()
        page = member_file.my_incapacity(terminal, session, niss, TODAY)
        elapsed = (time.perf_counter() - began) * 1000
        sent = statements.count - before
        assert page.running and page.history == history, page.history
        assert page.next_certificate is not None and page.next_payments
        if run >= WARM:
            times.append(elapsed)
    statements.close()
    return times, sent


def _figures(times: list[float]) -> str:
    ordered = sorted(times)
    p95 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))]
    return (
        f"median {statistics.median(times):.1f} ms, p95 {p95:.1f} ms (min {min(times):.1f}, "
        f"max {max(times):.1f}, {len(times)} opens)"
    )


def bench_incapacity(runs: int = 50, lines: int | None = None) -> None:
    target = lines or int(os.environ.get("BENCH_LINES", "1000000").split(",")[0])
    server = PostgresServer().start()
    try:
        central, niss = _seeded(server, "bench_incapacity")
        started = time.perf_counter()
        with central.begin() as connection:
            grow_lines(connection, target)
            others = grow_incapacities(connection)
            total = connection.execute(text("SELECT count(*) FROM reimbursement_line")).scalar()
        vacuum(central)
        _vacuum_incapacity(central)
        terminal = _terminal(server, central)
        member_visit(central, None, niss, login_role=TERMINAL, terminal_id=TERMINAL)
        # The baseline: the same member with their running period alone, on the same database.
        alone, alone_sent = _opens(terminal, niss, runs, 0)
        with central.begin() as connection:
            history = add_history(connection, niss, random.Random(1))
        _vacuum_incapacity(central)
        print(
            f"incapacity: {total:,} reimbursement lines, {others:,} other members with an "
            f"incapacity (built in {time.perf_counter() - started:.0f} s); the member has "
            f"{history['periods'] + 1} periods over {YEARS} years, {history['certificates']:,} "
            f"certificates, {history['payments']:,} payments, {history['resumptions']} partial "
            f"resumption requests"
        )
        times, sent = _opens(terminal, niss, runs, history["periods"])
        print(
            f"  My incapacity as a terminal's login in a visit, ten years of history: "
            f"{_figures(times)}, {sent} statements an open"
        )
        print(
            f"  baseline, the same member with one period: {_figures(alone)}, {alone_sent} "
            f"statements an open; ratio of medians "
            f"{statistics.median(times) / statistics.median(alone):.2f}"
        )
        terminal.dispose()
        central.dispose()
    finally:
        server.stop()
