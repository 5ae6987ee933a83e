"""Time to book a slot while 20 members book at once, on a PostgreSQL server the benchmark starts
(TLS, each terminal with its own login), next to one member booking alone.

    python -m tests.bench.run appointments       (BENCH_MEMBERS=20 to change the count)

What is timed is what the program runs, from the member's "book" to the booking read back as
booked: the service the file screen calls (app/services/appointments.py `book`, which checks
the slot is still free on the central side as the terminal's login, then queues the operation
with the visit's proof), the terminal's sync worker woken to push it (app/sync/worker.py
SyncWorker, as the program's `queued()` wakes it) and the central worker to apply it
(CentralWorker, the unique index deciding, in a process of its own as on the central side,
rounding every WORKER_INTERVAL, 0.05 s: its default 1 s would add a random wait of up to a
second), then "My appointments" as the terminal's login within the member's visit (row-level
security), asked every POLL seconds until the booking shows booked with its number. The
worker applies one operation at a time (one transaction each, under its lock): the time an
operation waited in the inbox is printed too. Each member sits at a terminal of their own
(their own login, outbox and visit) and books a free slot of their own; all start together (a
barrier). Median and p95 over the rounds, and the baseline: the same path with one member
alone.
"""

from __future__ import annotations

import multiprocessing
import os
import statistics
import tempfile
import threading
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from sqlalchemy import select, text

from app.domain.clock import brussels_today, utc_now
from app.domain.codes import LoginMode, MemberRole, OutboxState
from app.services import appointments as appt
from app.services.member_file import FileSession
from app.store import migrate
from app.store.db import make_engine
from app.store.models import Member
from app.store.roles import add_terminal
from app.store.seed import seed_database
from app.sync.terminal import Outbox, open_terminal_db
from app.sync.worker import CentralWorker, SyncWorker
from tests.support.postgres import PostgresServer
from tests.support.visits import member_visit

POLL = 0.05  # how often the member's screen asks again (s): 20 screens, 400 reads a second
TIMEOUT = 60.0
AGENCY = "MWP-MONS"
WORKER_INTERVAL = float(os.environ.get("BENCH_WORKER_INTERVAL", "0.05"))  # seconds


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


class Seat:
    """A member at a terminal of their own: its login, outbox, sync worker and the visit."""

    def __init__(self, server, owner, folder: Path, number: int, niss: str):
        login = f"bench_appt_{number}"
        add_terminal(owner, login, agency_code=AGENCY, password=f"{login}-pw")
        self.central = make_engine(server.url(owner.url.database, login, f"{login}-pw"))
        self.terminal = open_terminal_db(folder / f"{login}.sqlite")
        self.outbox = Outbox(self.terminal, login)
        self.session = FileSession(niss, LoginMode.EID)
        member_visit(owner, self.outbox, niss, login_role=login, terminal_id=login)
        self.sync = SyncWorker(self.terminal, self.central, login, interval=5.0)

    def book(self, slot: appt.Slot) -> tuple[float, float]:
        """Seconds from "book" to the operation queued (the service), and to the booking read
        back as booked."""
        started = time.perf_counter()
        queued = appt.book(self.outbox, self.session, slot, None, actor="member",
                           channel="terminal", central=self.central)  # fmt: skip
        queued_after = time.perf_counter() - started
        self.sync.wake()  # as SyncRuntime.queued(): the push at once
        while time.perf_counter() - started < TIMEOUT:
            for seen in appt.my_appointments(self.central, self.session, now=utc_now(),
                                             outbox=self.outbox):  # fmt: skip
                if seen.slot.id == slot.id and seen.id is not None and not seen.waiting_here:
                    return queued_after, time.perf_counter() - started
            entry = self.outbox.entry(uuid.UUID(queued.operation_id))
            if entry is not None and entry.state == OutboxState.REJECTED:
                raise RuntimeError(f"booking refused: {entry.reason}")
            time.sleep(POLL)
        raise RuntimeError("the booking did not come back in time")

    def close(self) -> None:
        self.sync.stop()
        self.central.dispose()
        self.terminal.dispose()


def _apply_until(url: str, interval: float, stop) -> None:
    """The central worker's loop (CentralWorker: apply what is there, pause), in a process."""
    engine = make_engine(url)
    worker = CentralWorker(engine, interval=interval)
    worker.start()
    stop.wait()
    worker.stop()
    engine.dispose()


class CentralProcess:
    def __init__(self, url: str):
        context = multiprocessing.get_context("spawn")
        self.stop_event = context.Event()
        self.process = context.Process(
            target=_apply_until, args=(url, WORKER_INTERVAL, self.stop_event), daemon=True
        )
        self.process.start()

    def stop(self) -> None:
        self.stop_event.set()
        self.process.join(30)


def _free_slots(owner, count: int) -> list[appt.Slot]:
    """`count` free slots, every agency and service, earliest first."""
    now = utc_now()
    slots: list[appt.Slot] = []
    for agency_id, _name in appt.agencies_with_slots(owner, service="adviser", now=now):
        for service in ("adviser", "social", "medical"):
            slots += appt.free_slots(
                owner, agency_id=agency_id, service=service, now=now, limit=500
            )
    slots.sort(key=lambda slot: (slot.starts_at, slot.id))
    if len(slots) < count:
        raise RuntimeError(f"only {len(slots)} free slots for {count} bookings")
    return slots[:count]


def _measure(owner, seats: list[Seat], members: int, rounds: int, runs: int):
    """(alone, together): (queued, booked) seconds of each booking of one member alone, then
    of `members` at once, `rounds` times."""
    for seat in seats:
        seat.sync.start()
    slots = iter(_free_slots(owner, runs + rounds * members + 1))
    alone_seat, crowd = seats[0], seats[1 : members + 1]
    alone_seat.book(next(slots))  # warm-up: connections, the first sync round
    alone = [alone_seat.book(next(slots)) for _ in range(runs)]
    together: list[tuple[float, float]] = []
    for _ in range(rounds):
        picked = [next(slots) for _ in crowd]
        barrier = threading.Barrier(len(crowd))

        def one(pair, barrier=barrier):
            seat, slot = pair
            barrier.wait()
            return seat.book(slot)

        with ThreadPoolExecutor(len(crowd)) as pool:
            together += list(pool.map(one, zip(crowd, picked, strict=True)))
    return alone, together


def _report(label: str, times: list[tuple[float, float]]) -> None:
    queued, booked = [q for q, _t in times], [t for _q, t in times]
    print(
        f"  {label}: booked median {statistics.median(booked) * 1000:.0f} ms, "
        f"p95 {_percentile(booked, 0.95) * 1000:.0f} ms; queued (the service) median "
        f"{statistics.median(queued) * 1000:.0f} ms ({len(times)} bookings)"
    )


def bench_appointments(members: int | None = None, rounds: int = 3, runs: int = 5) -> None:
    members = members or int(os.environ.get("BENCH_MEMBERS", "20"))
    server = PostgresServer().start()
    seats: list[Seat] = []
    applier = None
    try:
        owner = make_engine(server.create_database("bench_appointments"))
        migrate.upgrade(owner)
        # The demo's day is today: the seed's slots are the coming weeks, as the worker's
        # clock (the real one) sees them.
        seed_database(owner, households=max(40, 2 * members), seed=1, as_of=brussels_today())
        with owner.connect() as connection:
            holders = list(
                connection.execute(
                    select(Member.niss)
                    .where(Member.role == MemberRole.HOLDER)
                    .order_by(Member.id)
                    .limit(members + 1)
                ).scalars()
            )
        # The central worker runs on the central side, not in the terminals' process: its own
        # process here, rounding every WORKER_INTERVAL (`guichet-central worker --interval`;
        # its default, 1 s, would add a random wait of up to a second to every booking).
        applier = CentralProcess(owner.url.render_as_string(hide_password=False))
        with tempfile.TemporaryDirectory(prefix="guichet-bench-") as tmp:
            for number, niss in enumerate(holders):
                seats.append(Seat(server, owner, Path(tmp), number, niss))
            alone, together = _measure(owner, seats, members, rounds, runs)
            for seat in seats:
                seat.close()
            seats.clear()
        worker = WORKER_INTERVAL
        print(
            f"appointments: book → read back as booked, PostgreSQL, each member at a terminal of "
            f"their own login; {members} members at once × {rounds} rounds; the central worker "
            f"rounds every {worker:g} s in its own process"
        )
        _report(f"{members} at once", together)
        _report("baseline, one member alone", alone)
        with owner.connect() as connection:
            waits = connection.execute(
                text(
                    "SELECT extract(epoch FROM applied_at - received_at) FROM inbox_operation "
                    "WHERE kind = 'appointment.book' ORDER BY id DESC LIMIT :n"
                ),
                {"n": rounds * members},
            ).scalars()
            waited = statistics.median(float(w) for w in waits)
        print(f"  {members} at once: pushed → taken by the worker, median {waited * 1000:.0f} ms")
        ratio = statistics.median(t for _q, t in together) / statistics.median(t for _q, t in alone)
        print(f"  ratio of medians (booked) {ratio:.1f}")
    finally:
        for seat in seats:
            seat.close()
        if applier is not None:
            applier.stop()
        server.stop()
