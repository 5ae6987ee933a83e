"""Push and apply throughput of the central path, on a PostgreSQL server the benchmark starts.

    python -m tests.bench.run sync        (BENCH_OPERATIONS=10000 to change the count)

A terminal queues 10,000 questions of "Contact us" for the member of its visit, built by the
service the screen calls (app/services/requests.py `send_request`: the payload is what today's
program queues, checked against app/sync/operations.py as it is queued), each with the visit's
proof; they are pushed into the central inbox in batches of 200, then the central worker
applies them in its batches (app/sync/apply.py: BATCH_SIZE a transaction), checking every
proof. Every one must be applied: a rejection fails the benchmark instead of being counted as
throughput. Median of 3 runs, each figure next to its goal (issue 18).

Beside them, on the same server in the same run, a tenth as many (at most 1,000) applied
`batch=1`: a transaction each, as the worker applied every operation before issue 18 (275 a
second then), so that the gain is read on the machine of the day, not against a figure of
another.
"""

from __future__ import annotations

import collections
import os
import statistics
import tempfile
import time
from pathlib import Path

from app.domain.codes import InboxState, LoginMode
from app.services.member_file import FileSession
from app.services.requests import send_request
from app.sync import apply, exchange
from app.sync.terminal import Outbox, open_terminal_db
from tests.bench.queries import seeded
from tests.support.postgres import PostgresServer
from tests.support.visits import member_visit


def _queue(outbox: Outbox, niss: str, operations: int) -> None:
    session = FileSession(niss, LoginMode.EID)
    for number in range(operations):
        send_request(
            outbox, session, topic="other", subject=f"Question {number}",
            message="Benchmark question.", answer_by="letter", phone=None, mobile=None,
            email=None, on_file={}, actor="bench",
        )  # fmt: skip


# Issue 18's goals, and the apply figure before it (one transaction an operation).
PUSH_GOAL = 5_000
APPLY_GOAL = 2_000
APPLY_BEFORE = 275


def _rates(rates: list[float]) -> str:
    return ", ".join(f"{r:,.0f}" for r in rates)


def bench_sync(operations: int | None = None, runs: int = 3) -> None:
    operations = operations or int(os.environ.get("BENCH_OPERATIONS", "10000"))
    alone = max(1, min(1_000, operations // 10))  # applied a transaction each, as before
    server = PostgresServer().start()
    try:
        push_rates, apply_rates, alone_rates = [], [], []
        for run in range(runs):
            central, niss = seeded(server, f"bench_sync_{run}")
            with tempfile.TemporaryDirectory(prefix="guichet-bench-") as tmp:
                terminal = open_terminal_db(Path(tmp) / "terminal.sqlite")
                outbox = Outbox(terminal, f"bench-{run}")
                # The member at the terminal: each operation carries the visit's proof, which
                # the worker checks as it applies it.
                member_visit(central, outbox, niss)
                _queue(outbox, niss, alone + operations)
                started = time.perf_counter()
                while exchange.push(terminal, central, batch=200):
                    pass
                push_rates.append((alone + operations) / (time.perf_counter() - started))
                # The oldest, a transaction each; then the rest as the worker applies them.
                started = time.perf_counter()
                outcomes = apply.apply_pending(central, alone, batch=1)
                alone_rates.append(len(outcomes) / (time.perf_counter() - started))
                started = time.perf_counter()
                batched = apply.apply_pending(central)
                apply_rates.append(len(batched) / (time.perf_counter() - started))
                states = collections.Counter((o.state, o.reason) for o in outcomes + batched)
                if states != {(InboxState.APPLIED, None): alone + operations}:
                    raise RuntimeError(f"not every operation was applied: {dict(states)}")
                terminal.dispose()
            central.dispose()
        apply_median, alone_median = map(statistics.median, (apply_rates, alone_rates))
        print(f"sync: {operations:,} operations, one terminal → PostgreSQL, {runs} runs")
        print(f"  push  median {statistics.median(push_rates):,.0f} operations/s "
              f"(goal ≥ {PUSH_GOAL:,}; runs: {_rates(push_rates)})")  # fmt: skip
        print(f"  apply median {apply_median:,.0f} operations/s (goal ≥ {APPLY_GOAL:,}; "
              f"before: {APPLY_BEFORE}, one transaction each)")  # fmt: skip
        print(f"        batches of {apply.BATCH_SIZE}, every one applied, "
              f"{apply_median / alone_median:.1f} × a transaction each on this machine today "
              f"(runs: {_rates(apply_rates)})")  # fmt: skip
        print(f"  a transaction each today, {alone:,} operations: median {alone_median:,.0f} "
              f"operations/s (runs: {_rates(alone_rates)})")  # fmt: skip
    finally:
        server.stop()
