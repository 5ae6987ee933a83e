"""Exactly once under SIGKILL: a terminal process killed at random points of push and apply.

The operations are the offline queue of a member whose card signed each one (a card proof,
app/sync/proofs.py: the central side was out of reach, no visit). The child (`python -m
tests.support.chaos child TERMINAL_DB CENTRAL_URL ROOTS_PEM`) pushes the outbox in small
batches, applies the inbox one operation at a time (checking each card signature against the
test PKI's roots) and pulls the results, until nothing is left. The parent kills it with
SIGKILL after a random delay, again and again, then lets one run finish and checks: every
operation applied exactly once, none lost, one terminal's changes in its order, no payload and
no proof left on the terminal. `make chaos` runs 100 kills; the suite runs a small sample.
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def child(terminal_path: str, central_url: str, roots_pem: str) -> int:
    from app.store.db import make_engine
    from app.sync import apply, exchange
    from app.sync.terminal import Outbox, open_terminal_db
    from devices.belpic.verify import TrustStore

    terminal = open_terminal_db(terminal_path)
    central = make_engine(central_url)
    outbox = Outbox(terminal, "chaos-terminal")
    forms = apply.SignedForms(TrustStore.from_pem(roots_pem).roots)
    print("ready", flush=True)  # the parent's random delay starts here, in the work itself
    while True:
        pushed = exchange.push(terminal, central, batch=3)
        # A batch at a time, as the worker applies (app/sync/apply.py), small so that kills
        # land inside batches and between them alike.
        applied = apply.apply_pending(central, 5, forms=forms, batch=5)
        settled = exchange.pull_results(terminal, central)
        if not pushed and not applied and not settled and outbox.pending_count() == 0:
            return 0


@dataclass
class ChaosReport:
    kills: int
    killed_mid_run: int
    operations: int
    seconds: float


def prepare(
    terminal_path: Path, central_url: str, operations: int, pki, *, ec_family: bool
) -> tuple[str, list[str]]:
    """A terminal with `operations` queued operations for one member, each signed by the
    member's card (RSA or EC: `ec_family`) from the test PKI `pki`; returns the member and the
    expected request subjects."""
    from sqlalchemy import select

    from app.store.db import make_engine
    from app.store.models import Member
    from app.sync.proofs import Prover
    from app.sync.terminal import Outbox, open_terminal_db
    from tests.support.visits import card_of

    central = make_engine(central_url)
    with central.connect() as connection:
        niss = connection.execute(select(Member.niss).order_by(Member.id)).scalars().first()
    central.dispose()
    terminal = open_terminal_db(terminal_path)
    outbox = Outbox(terminal, "chaos-terminal")
    # Offline: no visit could be opened, the card signs every operation.
    outbox.prover = Prover(card=card_of(pki, niss, ec_family=ec_family))
    subjects = []
    for number in range(operations):
        if number % 4 == 3:
            phone = f"0470 00 {number // 100:02d} {number % 100:02d}"
            outbox.enqueue(
                "member.contact.update", {"member_niss": niss, "phone": phone}, actor="chaos"
            )
        else:
            subject = f"chaos {number:04d}"
            subjects.append(subject)
            payload = {"member_niss": niss, "topic": "chaos", "subject": subject,
                       "message": "kill me", "channel": "terminal"}  # fmt: skip
            outbox.enqueue("contact_request.create", payload, actor="chaos", version=1)
    terminal.dispose()
    return niss, subjects


def run_chaos(
    central_url: str,
    workdir: Path,
    *,
    kills: int,
    operations: int = 60,
    seed: int = 0,
    pki_dir: Path | None = None,
    ec_family: bool | None = None,
) -> ChaosReport:
    """Kill the child `kills` times, let it finish, check exactly once; raise AssertionError.

    `pki_dir`: the test PKI (made there when absent; a fresh one in `workdir` by default);
    `ec_family`: the member's card, EC or RSA (by default: EC for an odd seed)."""
    from cryptography.hazmat.primitives import serialization
    from sqlalchemy import func, select

    from app.domain.codes import InboxState, OutboxState
    from app.store.db import make_engine
    from app.store.models import ContactRequest, InboxOperation, Member
    from app.sync.terminal import OutboxEntry
    from devices.simulated.pki import TestPki

    rng = random.Random(seed)
    pki = TestPki.load_or_make(pki_dir or workdir / "pki")
    roots = workdir / "roots.pem"
    roots.write_bytes(b"".join(r.public_bytes(serialization.Encoding.PEM) for r in pki.roots))
    terminal_path = workdir / "chaos-terminal.sqlite"
    ec_family = bool(seed % 2) if ec_family is None else ec_family
    niss, subjects = prepare(terminal_path, central_url, operations, pki, ec_family=ec_family)
    command = [sys.executable, "-m", "tests.support.chaos", "child", str(terminal_path),
               central_url, str(roots)]  # fmt: skip
    started = time.perf_counter()
    mid_run = 0
    for _ in range(kills):
        process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, text=True)
        assert process.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0, 0.06))  # a few operations in: somewhere in push or apply
        process.send_signal(signal.SIGKILL)
        process.stdout.close()
        if process.wait() == -signal.SIGKILL:
            mid_run += 1
    finished = subprocess.run(command, cwd=ROOT, timeout=300, capture_output=True)
    assert finished.returncode == 0, "the last run did not finish cleanly"
    elapsed = time.perf_counter() - started

    central = make_engine(central_url)
    with central.connect() as connection:
        states = Counter(
            connection.execute(
                select(InboxOperation.state).where(InboxOperation.terminal_id == "chaos-terminal")
            ).scalars()
        )
        refusals = connection.execute(
            select(InboxOperation.reason, InboxOperation.detail).where(
                InboxOperation.terminal_id == "chaos-terminal",
                InboxOperation.state != InboxState.APPLIED,
            )
        ).all()
        made = Counter(
            connection.execute(
                select(ContactRequest.subject).where(ContactRequest.topic == "chaos")
            ).scalars()
        )
        phone = connection.execute(select(Member.phone).where(Member.niss == niss)).scalar_one()
        card_signed = connection.execute(
            select(func.count())
            .select_from(InboxOperation)
            .where(
                InboxOperation.terminal_id == "chaos-terminal", InboxOperation.proof.is_not(None)
            )
        ).scalar_one()
        sequence = list(
            connection.execute(
                select(InboxOperation.terminal_seq)
                .where(InboxOperation.terminal_id == "chaos-terminal")
                .order_by(InboxOperation.id)
            ).scalars()
        )
        # The worker applies in batches (app/sync/apply.py): the order it applied them in, and
        # the rows they made, follow the terminal's too.
        applied_order = list(
            connection.execute(
                select(InboxOperation.terminal_seq)
                .where(InboxOperation.terminal_id == "chaos-terminal")
                .order_by(InboxOperation.applied_at, InboxOperation.id)
            ).scalars()
        )
        requests_in_order = list(
            connection.execute(
                select(ContactRequest.subject)
                .where(ContactRequest.topic == "chaos")
                .order_by(ContactRequest.id)
            ).scalars()
        )
    central.dispose()
    terminal = make_engine(f"sqlite:///{terminal_path}")
    with terminal.connect() as connection:
        local = Counter(connection.execute(select(OutboxEntry.state)).scalars())
        leftovers = connection.execute(
            select(func.count())
            .select_from(OutboxEntry)
            .where(OutboxEntry.payload.is_not(None) | OutboxEntry.proof.is_not(None))
        ).scalar_one()
    terminal.dispose()

    assert states == {InboxState.APPLIED: operations}, f"inbox: {states} {refusals}"
    assert card_signed == operations, "an operation went without the card's signature"
    assert made == dict.fromkeys(subjects, 1), "a request was lost or made twice"
    last_update = max(n for n in range(operations) if n % 4 == 3)
    assert phone == f"0470 00 {last_update // 100:02d} {last_update % 100:02d}"
    assert sequence == list(range(1, operations + 1)), "one terminal's operations reordered"
    assert applied_order == sequence, "the worker applied a terminal's operations out of order"
    assert requests_in_order == subjects, "the requests were made out of order"
    assert local == {OutboxState.APPLIED: operations} and leftovers == 0
    return ChaosReport(kills, mid_run, operations, elapsed)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    p_child = sub.add_parser("child")
    p_child.add_argument("terminal")
    p_child.add_argument("central")
    p_child.add_argument("roots")
    p_run = sub.add_parser("run", help="kill runs on SQLite and PostgreSQL, figures printed")
    p_run.add_argument("--kills", type=int, default=100, help="kills in all, split over backends")
    args = parser.parse_args(argv)
    if args.command == "child":
        return child(args.terminal, args.central, args.roots)

    from app.store import migrate
    from app.store.db import make_engine
    from app.store.seed import seed_database
    from tests.support.postgres import PostgresServer

    server = PostgresServer().start()
    try:
        with tempfile.TemporaryDirectory(prefix="guichet-chaos-") as tmp:
            urls = {
                "sqlite": f"sqlite:///{Path(tmp) / 'central.sqlite'}",
                "postgresql": server.create_database("chaos"),
            }
            total = 0
            for index, (name, url) in enumerate(urls.items()):
                engine = make_engine(url)
                migrate.upgrade(engine)
                import datetime as dt

                seed_database(engine, households=3, seed=1, as_of=dt.date(2026, 11, 22))
                engine.dispose()
                workdir = Path(tmp) / name
                workdir.mkdir()
                kills = args.kills // 2 + (args.kills % 2 if index == 0 else 0)
                report = run_chaos(
                    url,
                    workdir,
                    kills=kills,
                    operations=4 * kills + 20,
                    seed=index,  # an RSA card on SQLite, an EC card on PostgreSQL
                    pki_dir=Path(tmp) / "pki",
                )
                total += report.kills
                print(
                    f"chaos {name}: {report.kills} SIGKILLs ({report.killed_mid_run} mid-run), "
                    f"{report.operations} card-signed operations: none lost, none applied "
                    f"twice, in order ({report.seconds:.0f} s)"
                )
            print(f"chaos: {total} kills in all, exactly once held")
    finally:
        server.stop()
    return 0


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    sys.exit(main())
