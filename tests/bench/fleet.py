"""The heartbeat's cost on the central database, and the Terminals screen's query, on a
PostgreSQL server the benchmark starts itself (TLS, each terminal with its own login).

- 200 terminals report once each, then again (the steady state: an UPDATE of their own row):
  the WAL written per heartbeat (pg_current_wal_lsn before and after a round), the time of a
  heartbeat as the program sends it (a new connection, TLS and SCRAM, then the function) and on
  an open connection; the rows written per hour are computed (60 an hour each, in place).
- the supervisor's Terminals screen: its query (app/services/fleet.py `terminals`, through the
  supervisor's own login, row-level security included) with the 200 terminals, median and p95.
"""

from __future__ import annotations

import datetime as dt
import os
import statistics
import time

from sqlalchemy import text
from sqlalchemy.pool import NullPool

from app.domain.codes import StaffRole
from app.services.fleet import HEARTBEAT_INTERVAL, record_heartbeat, terminals
from app.services.staff import StaffSession
from app.store import migrate
from app.store.db import make_engine
from app.store.roles import add_staff, add_terminal, ensure_groups
from app.store.seed import seed_database
from tests.support.postgres import PostgresServer

REPORT = {
    "version": "1.4.2", "uptime_s": 36000, "restarts": 0, "last_sync_age_s": 4, "waiting": 0,
    "oldest_waiting_age_s": None, "reader_present": True, "printer_state": "idle",
    "printer_reasons": [], "disk_free_bytes": 40 * 1024**3,
    "supplies": [{"name": "Black", "type": "toner", "level": 64, "low": 10, "high": 100}],
}  # fmt: skip


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def _seconds(setting: str) -> float:
    """PostgreSQL's '5min', '30s', '1h' in seconds."""
    units = {"ms": 0.001, "s": 1, "min": 60, "h": 3600, "d": 86400}
    number = setting.rstrip("abcdefghijklmnopqrstuvwxyz")
    return float(number) * units.get(setting[len(number) :], 1)


def _wal(owner) -> int:
    with owner.connect() as connection:
        return connection.execute(
            text("SELECT pg_wal_lsn_diff(pg_current_wal_lsn(), '0/0')::bigint")
        ).scalar_one()


def bench_fleet(terminal_count: int | None = None, queries: int = 50, rounds: int = 3) -> None:
    terminal_count = terminal_count or int(os.environ.get("BENCH_TERMINALS", "200"))
    server = PostgresServer().start()
    try:
        owner = make_engine(server.create_database("bench_fleet"))
        migrate.upgrade(owner)
        seed_database(owner, households=2, seed=1, as_of=dt.date(2026, 11, 22))
        ensure_groups(owner)
        with owner.connect() as connection:
            agencies = connection.execute(text("SELECT code FROM agency ORDER BY id")).scalars()
            agencies = list(agencies)
        names = [f"kiosk_{n:03d}" for n in range(terminal_count)]
        for n, name in enumerate(names):
            add_terminal(owner, name, agency_code=agencies[n % len(agencies)], password="pw")
        database = owner.url.database
        # As the program sends it: a connection made for each report (app/fleet/heartbeat.py).
        fresh = {
            name: make_engine(server.url(database, name, "pw"), poolclass=NullPool)
            for name in names
        }
        # The first round inserts each terminal's row; the rounds after update it in place.
        per_connect, per_open, wal_rounds = [], [], []
        for name in names:
            started = time.perf_counter()
            record_heartbeat(fresh[name], REPORT, terminal=name)
            per_connect.append(time.perf_counter() - started)
        for engine in fresh.values():
            engine.dispose()
        # The report itself on a connection already open (opened outside the measure, one
        # terminal at a time: 200 open connections would pass max_connections' default 100,
        # one reason the program opens one per report and closes it).
        for _ in range(rounds):
            before = _wal(owner)  # a connection writes no WAL: the round's is the reports'
            for name in names:
                engine = make_engine(server.url(database, name, "pw"))
                with engine.connect():
                    pass
                started = time.perf_counter()
                record_heartbeat(engine, REPORT, terminal=name)
                per_open.append(time.perf_counter() - started)
                engine.dispose()
            wal_rounds.append((_wal(owner) - before) / terminal_count)
        with owner.connect() as connection:
            rows = connection.execute(text("SELECT count(*) FROM terminal_status")).scalar_one()
            # With full_page_writes on (production; the test server runs with it off), each
            # page's first change after a checkpoint is written whole: at most every page of
            # the table once a checkpoint (the updates are HOT: the index is not touched).
            pages = connection.execute(
                text("SELECT pg_relation_size('terminal_status') / 8192")
            ).scalar_one()
            timeout = connection.execute(text("SHOW checkpoint_timeout")).scalar_one()
        assert rows == terminal_count

        add_staff(owner, "supervisor", password="supervisor-pw", supervisor=True)
        supervisor = make_engine(server.url(database, "staff_supervisor", "supervisor-pw"))
        staff = StaffSession(0, "supervisor", "Supervisor", StaffRole.SUPERVISOR, None)
        with owner.connect() as connection:
            first_agency = connection.execute(text("SELECT min(id) FROM agency")).scalar_one()
        timings: dict[str, list[float]] = {"all": [], "one agency": []}
        for _ in range(queries):
            for label, agency in (("all", None), ("one agency", first_agency)):
                started = time.perf_counter()
                fleet = terminals(supervisor, staff, agency_id=agency)
                timings[label].append(time.perf_counter() - started)
        assert len(terminals(supervisor, staff, agency_id=None).terminals) == terminal_count
        supervisor.dispose()

        per_hour = 3600 // HEARTBEAT_INTERVAL * terminal_count
        wal = statistics.median(wal_rounds)
        checkpoints = 3600 / _seconds(timeout)
        full_pages = pages * 8192 * checkpoints
        hourly = (wal * per_hour + full_pages) / 2**20
        print(f"fleet: {terminal_count} terminals on PostgreSQL (TLS, each its own login)")
        print(f"  rows written per hour: {per_hour:,} updates in place of {terminal_count} rows "
              f"(one a minute each; the table stays {terminal_count} rows)")  # fmt: skip
        print(
            f"  WAL per heartbeat (update): median {wal:,.0f} bytes over {rounds} rounds "
            f"(rounds: {', '.join(f'{w:,.0f}' for w in wal_rounds)})"
        )
        print(f"  WAL per hour: {wal * per_hour / 2**20:,.1f} MiB of updates, plus at most "
              f"{full_pages / 2**20:,.1f} MiB of full pages with full_page_writes on ({pages} "
              f"pages, a checkpoint every {timeout}): about {hourly:,.1f} MiB")  # fmt: skip
        print(f"  heartbeat with a new connection (TLS, SCRAM, first report): median "
              f"{statistics.median(per_connect) * 1000:.1f} ms, "
              f"p95 {_percentile(per_connect, 0.95) * 1000:.1f} ms")  # fmt: skip
        print(f"  heartbeat on an open connection: median "
              f"{statistics.median(per_open) * 1000:.2f} ms, "
              f"p95 {_percentile(per_open, 0.95) * 1000:.2f} ms")  # fmt: skip
        for label, values in timings.items():
            shown = len(fleet.terminals) if label == "one agency" else terminal_count
            print(f"  Terminals screen query, {label} ({shown} terminals), {queries} runs: "
                  f"median {statistics.median(values) * 1000:.1f} ms, "
                  f"p95 {_percentile(values, 0.95) * 1000:.1f} ms")  # fmt: skip
        owner.dispose()
    finally:
        server.stop()
