"""Exactly once when the worker is killed (SIGKILL) in the middle of a batch.

The same offline queue as `make chaos` (tests/support/chaos.py: questions and phone changes,
each signed by the member's card), but the child applies the inbox as the central worker does,
in batches (`apply.apply_pending`, a few operations a batch so that the kills land inside
them), where the chaos child applies one operation at a time. Killed again and again, then left
to finish: every operation applied once, none lost, in the terminal's order."""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from sqlalchemy import select

from app.domain.codes import InboxState, OutboxState
from app.store.db import make_engine
from app.store.models import ContactRequest, InboxOperation, Member
from app.sync.terminal import OutboxEntry
from tests.support.chaos import prepare

ROOT = Path(__file__).resolve().parents[3]
BATCH = 4


def child(terminal_path: str, central_url: str, roots_pem: str) -> int:
    """Push, apply in batches, pull, until nothing is left (run in a process of its own)."""
    from app.sync import apply, exchange
    from app.sync.terminal import Outbox, open_terminal_db
    from devices.belpic.verify import TrustStore

    terminal = open_terminal_db(terminal_path)
    central = make_engine(central_url)
    outbox = Outbox(terminal, "chaos-terminal")
    forms = apply.SignedForms(TrustStore.from_pem(roots_pem).roots)
    print("ready", flush=True)
    while True:
        pushed = exchange.push(terminal, central, batch=10)
        applied = apply.apply_pending(central, forms=forms, batch=BATCH)
        settled = exchange.pull_results(terminal, central)
        if not (pushed or applied or settled) and outbox.pending_count() == 0:
            return 0


def test_sigkill_in_the_middle_of_batches_loses_nothing_and_applies_nothing_twice(
    central, tmp_path, pki
):
    operations, kills = 48, 6
    rng = random.Random(18)
    url = central.url.render_as_string(hide_password=False)
    roots = tmp_path / "roots.pem"
    roots.write_bytes(b"".join(r.public_bytes(serialization.Encoding.PEM) for r in pki.roots))
    terminal_path = tmp_path / "terminal.sqlite"
    ec_family = central.dialect.name == "postgresql"
    niss, subjects = prepare(terminal_path, url, operations, pki, ec_family=ec_family)
    command = [
        sys.executable, "-c",
        "import sys; from tests.integration.sync.test_apply_batches_sigkill import child; "
        "sys.exit(child(*sys.argv[1:]))",
        str(terminal_path), url, str(roots),
    ]  # fmt: skip
    killed_mid_run = 0
    for _ in range(kills):
        process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, text=True)
        assert process.stdout.readline().strip() == "ready"
        process.stdout.close()
        time.sleep(rng.uniform(0.02, 0.3))  # somewhere in push, a batch or pull
        process.send_signal(signal.SIGKILL)
        killed_mid_run += process.wait() == -signal.SIGKILL
    finished = subprocess.run(command, cwd=ROOT, timeout=300, capture_output=True)
    assert finished.returncode == 0, finished.stderr[-2000:]
    assert killed_mid_run >= kills - 2  # most kills landed while it worked

    with central.connect() as connection:
        states = Counter(
            connection.execute(
                select(InboxOperation.state).where(InboxOperation.terminal_id == "chaos-terminal")
            ).scalars()
        )
        made = Counter(
            connection.execute(
                select(ContactRequest.subject).where(ContactRequest.topic == "chaos")
            ).scalars()
        )
        phone = connection.execute(select(Member.phone).where(Member.niss == niss)).scalar_one()
        sequence = connection.execute(
            select(InboxOperation.terminal_seq)
            .where(InboxOperation.terminal_id == "chaos-terminal")
            .order_by(InboxOperation.applied_at, InboxOperation.id)
        ).scalars()
        requests_in_order = connection.execute(
            select(ContactRequest.subject)
            .where(ContactRequest.topic == "chaos")
            .order_by(ContactRequest.id)
        ).scalars()
    assert states == {InboxState.APPLIED: operations}
    assert made == dict.fromkeys(subjects, 1), "a request was lost or made twice"
    last = max(n for n in range(operations) if n % 4 == 3)
    assert phone == f"0470 00 {last // 100:02d} {last % 100:02d}"
    assert list(sequence) == list(range(1, operations + 1)), "the terminal's order was lost"
    assert list(requests_in_order) == subjects
    terminal = make_engine(f"sqlite:///{terminal_path}")
    with terminal.connect() as connection:
        local = Counter(connection.execute(select(OutboxEntry.state)).scalars())
    terminal.dispose()
    assert local == {OutboxState.APPLIED: operations}
