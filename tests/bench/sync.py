"""Push and apply throughput of the central path, on a PostgreSQL server the benchmark starts.

    python -m tests.bench.run sync        (BENCH_OPERATIONS=10000 to change the count)

A terminal queues 10,000 questions of "Contact us" for the member of its visit, built by the
service the screen calls (app/services/requests.py `send_request`: the payload is what today's
program queues, checked against app/sync/operations.py as it is queued), each with the visit's
proof; they are pushed into the central inbox in batches of 200, then the central worker
applies them, one transaction each, checking every proof. Every one must be applied: a
rejection fails the benchmark instead of being counted as throughput. Median of 3 runs.
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


def bench_sync(operations: int | None = None, runs: int = 3) -> None:
    operations = operations or int(os.environ.get("BENCH_OPERATIONS", "10000"))
    server = PostgresServer().start()
    try:
        push_rates, apply_rates = [], []
        for run in range(runs):
            central, niss = seeded(server, f"bench_sync_{run}")
            with tempfile.TemporaryDirectory(prefix="guichet-bench-") as tmp:
                terminal = open_terminal_db(Path(tmp) / "terminal.sqlite")
                outbox = Outbox(terminal, f"bench-{run}")
                # The member at the terminal: each operation carries the visit's proof, which
                # the worker checks as it applies it.
                member_visit(central, outbox, niss)
                _queue(outbox, niss, operations)
                started = time.perf_counter()
                while exchange.push(terminal, central, batch=200):
                    pass
                push_rates.append(operations / (time.perf_counter() - started))
                started = time.perf_counter()
                outcomes = apply.apply_pending(central)
                apply_rates.append(len(outcomes) / (time.perf_counter() - started))
                states = collections.Counter((o.state, o.reason) for o in outcomes)
                if states != {(InboxState.APPLIED, None): operations}:
                    raise RuntimeError(f"not every operation was applied: {dict(states)}")
                terminal.dispose()
            central.dispose()
        print(f"sync: {operations:,} operations, one terminal → PostgreSQL, {runs} runs")
        print(f"  push  median {statistics.median(push_rates):,.0f} operations/s "
              f"(runs: {', '.join(f'{r:,.0f}' for r in push_rates)})")  # fmt: skip
        each = ", ".join(f"{r:,.0f}" for r in apply_rates)
        print(f"  apply median {statistics.median(apply_rates):,.0f} operations/s, "
              f"one transaction each, every one applied (runs: {each})")  # fmt: skip
    finally:
        server.stop()
