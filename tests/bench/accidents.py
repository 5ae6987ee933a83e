"""The accident detection job over 1,000,000 new reimbursement lines, on PostgreSQL.

    python -m tests.bench.run accidents        (BENCH_LINES=… to change the size)

What is timed is what the central worker runs: `accident_detection.detect_on`, the job's one
transaction (watermark, the set-based filter on the rules' codes, the grouping, the
declarations and their lines), over the lines no run has read yet; each run is rolled back so
that the next reads the same lines. The lines are the queries benchmark's (`grow_lines`: a
GP's consultation each), one in 40 then made an X-ray and one in 97 an emergency admission,
so that about 3.5 % of the lines match a rule. Next to it, its baseline: reading the same
lines from the database without matching them (their id, beneficiary, date and code fetched
into the program), and the ratio of medians.
"""

from __future__ import annotations

import datetime as dt
import os
import statistics
import time

from sqlalchemy import text

from app.sync.accident_detection import detect_on
from tests.bench.queries import AS_OF, grow_lines, seeded, vacuum
from tests.support.postgres import PostgresServer

NOW = dt.datetime(2026, 11, 25, 3, tzinfo=dt.UTC)


def _mark_accidents(connection, after: int) -> int:
    """Some of the new lines become care a rule names; how many match."""
    connection.execute(
        text("UPDATE reimbursement_line SET nomenclature_code = '455015' "
             "WHERE id > :after AND id % 40 = 0"), {"after": after},
    )  # fmt: skip
    connection.execute(
        text("UPDATE reimbursement_line SET nomenclature_code = '590015' "
             "WHERE id > :after AND id % 97 = 0 AND id % 40 <> 0"), {"after": after},
    )  # fmt: skip
    return connection.execute(
        text("SELECT count(*) FROM reimbursement_line WHERE id > :after "
             "AND nomenclature_code IN ('455015', '590015')"), {"after": after},
    ).scalar_one()  # fmt: skip


def _detect(central) -> tuple[float, object]:
    with central.connect() as connection:
        transaction = connection.begin()
        started = time.perf_counter()
        result = detect_on(connection, today=AS_OF + dt.timedelta(days=3), now=NOW)
        elapsed = time.perf_counter() - started
        transaction.rollback()
    return elapsed, result


def _read(central, after: int) -> tuple[float, int]:
    with central.connect() as connection:
        started = time.perf_counter()
        rows = connection.execute(
            text("SELECT id, beneficiary_id, care_date, nomenclature_code "
                 "FROM reimbursement_line WHERE id > :after"), {"after": after},
        ).all()  # fmt: skip
        return time.perf_counter() - started, len(rows)


def bench_accidents(runs: int = 5, lines: int | None = None) -> None:
    target = lines or int(os.environ.get("BENCH_LINES", "1000000").split(",")[0])
    server = PostgresServer().start()
    try:
        central, _niss = seeded(server, "bench_accidents")
        started = time.perf_counter()
        with central.begin() as connection:
            after = connection.execute(
                text("SELECT coalesce(max(to_line_id), 0) FROM accident_detection_run")
            ).scalar_one()
            existing = connection.execute(text("SELECT count(*) FROM reimbursement_line")).scalar()
            grow_lines(connection, existing + target)
            matching = _mark_accidents(connection, after)
        vacuum(central)
        print(
            f"accidents: {target:,} new reimbursement lines wanted, {matching:,} of them care a "
            f"rule names (built in {time.perf_counter() - started:.0f} s)"
        )
        detections = [_detect(central) for _ in range(runs)]
        times = [elapsed for elapsed, _result in detections]
        result = detections[-1][1]
        reads = [_read(central, after) for _ in range(runs)]
        baseline = [elapsed for elapsed, _count in reads]
        median = statistics.median(times)
        print(
            f"  detection: {result.lines_read:,} lines read, {result.declarations_opened:,} "
            f"declarations opened; median {median:.2f} s, max {max(times):.2f} s over {runs} "
            f"runs ({result.lines_read / median:,.0f} lines/s)"
        )
        print(
            f"  baseline, reading the same {reads[-1][1]:,} lines without matching: median "
            f"{statistics.median(baseline):.2f} s; ratio of medians "
            f"{median / statistics.median(baseline):.2f}"
        )
        central.dispose()
    finally:
        server.stop()
