"""The sync worker: offline and back, backoff, two terminals at once, and the terminal's rights."""

from __future__ import annotations

import random
import threading

import pytest
from cryptography.hazmat.primitives import serialization
from sqlalchemy import create_engine, func, select, text
from sqlalchemy.exc import ProgrammingError

from app.cli.central import main as central_main
from app.domain.codes import InboxState
from app.store.db import make_engine
from app.store.models import ContactRequest, InboxOperation, Member
from app.sync import exchange
from app.sync.terminal import Outbox, OutboxEntry, SyncState, open_terminal_db
from app.sync.worker import Backoff, CentralWorker, SyncWorker
from tests.integration.sync.test_outbox import case, request_payload
from tests.support.visits import member_visit

UNREACHABLE = "postgresql+psycopg://nobody@127.0.0.1:1/none?connect_timeout=1"


def test_backoff_doubles_up_to_its_cap_with_jitter():
    backoff = Backoff(base=1.0, cap=30.0, rng=random.Random(4))
    delays = [backoff.next_delay() for _ in range(8)]
    ceilings = [1, 2, 4, 8, 16, 30, 30, 30]
    for delay, ceiling in zip(delays, ceilings, strict=True):
        assert ceiling / 2 <= delay <= ceiling
    backoff.reset()
    assert backoff.next_delay() <= 1.0


def test_offline_queues_and_says_so_then_everything_goes_through(central, terminal, outbox):
    niss = case(central, "active_account")
    member_visit(central, outbox, niss)
    for number in range(3):
        outbox.enqueue("contact_request.create", request_payload(niss, f"Question {number}"),
                       actor="member", version=1)  # fmt: skip
    statuses = []
    reachable = {"now": False}
    unreachable = create_engine(UNREACHABLE)

    worker = SyncWorker(
        terminal,
        lambda: central if reachable["now"] else unreachable,
        "borne-test-1",
        backoff=Backoff(base=0.5, cap=4.0, rng=random.Random(1)),
        on_status=statuses.append,
    )
    first = worker.run_once()
    assert first.online is False and first.pending == 3
    assert "OperationalError" in first.last_error
    second = worker.run_once()
    assert second.retry_in > 0 and worker.backoff.failures == 2
    with terminal.connect() as connection:
        attempts = connection.execute(select(OutboxEntry.attempts, OutboxEntry.last_error)).all()
        error = connection.execute(
            select(SyncState.value).where(SyncState.key == "last_error")
        ).scalar_one()
    assert attempts == [(2, "OperationalError")] * 3 and "OperationalError" in error

    reachable["now"] = True
    pushed = worker.run_once()
    assert pushed.online is True and pushed.last_error is None
    assert pushed.pending == 3  # in the inbox, not applied yet
    CentralWorker(central).run_once()
    done = worker.run_once()
    assert done.online is True and done.pending == 0
    assert [s.online for s in statuses] == [False, False, True, True]
    with central.connect() as connection:
        subjects = connection.execute(
            select(ContactRequest.subject)
            .where(ContactRequest.operation_id.is_not(None))
            .order_by(ContactRequest.id)
        ).scalars()
        assert list(subjects) == ["Question 0", "Question 1", "Question 2"]
    unreachable.dispose()


def test_the_worker_thread_pushes_when_woken_and_stops_promptly(central, terminal, outbox):
    niss = case(central, "active_account")
    member_visit(central, outbox, niss)
    seen = threading.Event()
    worker = SyncWorker(terminal, central, "borne-test-1", interval=60.0,
                        on_status=lambda s: s.pending == 0 and s.online and seen.set())  # fmt: skip
    applier = CentralWorker(central, interval=0.05)
    applier.start()
    worker.start()
    try:
        outbox.enqueue("contact_request.create", request_payload(niss), actor="member", version=1)
        worker.wake()
        for _ in range(100):
            worker.wake()
            if seen.wait(0.1):
                break
        assert seen.is_set(), "the operation was not settled"
    finally:
        worker.stop()
        applier.stop()
    assert worker._thread is None and applier._thread is None


@pytest.mark.postgres
def test_two_terminals_pushing_at_once_to_postgresql(postgres_url, tmp_path):
    from tests.integration.sync.conftest import seeded_engine

    central, summary = seeded_engine(postgres_url)
    niss = summary.cases["active_account"][0]
    terminals = []
    for name in ("borne-a", "borne-b"):
        engine = open_terminal_db(tmp_path / f"{name}.sqlite")
        outbox = Outbox(engine, name)
        member_visit(central, outbox, niss, terminal_id=name)
        for number in range(150):
            payload = request_payload(niss, f"{name} {number:03d}")
            outbox.enqueue("contact_request.create", payload, actor="member", version=1)
        terminals.append(engine)
    errors = []

    def push_all(engine):
        try:
            while exchange.push(engine, central, batch=20):
                pass
        except Exception as exc:  # reported below: a thread must not swallow it
            errors.append(exc)

    applier = CentralWorker(central, interval=0.01)
    applier.start()
    threads = [threading.Thread(target=push_all, args=(engine,)) for engine in terminals]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    applier.stop()
    CentralWorker(central).run_once()
    assert not errors
    with central.connect() as connection:
        rows = connection.execute(
            select(
                InboxOperation.terminal_id, InboxOperation.terminal_seq, InboxOperation.state
            ).order_by(InboxOperation.id)
        ).all()
        applied = connection.execute(
            select(func.count())
            .select_from(ContactRequest)
            .where(ContactRequest.operation_id.is_not(None))
        ).scalar_one()
    assert len(rows) == 300 and applied == 300
    assert {row.state for row in rows} == {InboxState.APPLIED}
    for name in ("borne-a", "borne-b"):
        sequence = [row.terminal_seq for row in rows if row.terminal_id == name]
        assert sequence == sorted(sequence) == list(range(1, 151))  # each terminal in its order
    for engine in terminals:
        assert exchange.pull_results(engine, central) == 150
        engine.dispose()
    central.dispose()


@pytest.mark.postgres
def test_the_terminal_role_reads_member_screens_and_writes_only_the_inbox(
    postgres_url, postgres_server, terminal, outbox
):
    from tests.integration.services.test_roles_postgres import terminal_role
    from tests.integration.sync.conftest import seeded_engine

    central, central.summary = seeded_engine(postgres_url)
    terminal_role(central, "guichet_terminal", "terminal-secret")  # its own login
    database = central.url.database
    as_terminal = make_engine(postgres_server.url(database, "guichet_terminal", "terminal-secret"))
    niss = case(central, "active_account")
    # It reads a member's rows within a visit the central side opened for it (migration 0008).
    member_visit(central, outbox, niss, login_role="guichet_terminal")

    with as_terminal.connect() as connection:
        name = connection.execute(select(Member.last_name).where(Member.niss == niss)).scalar()
        assert name
        connection.execute(text("SELECT username, status FROM online_account")).all()
    for forbidden in (
        # Login bookkeeping is the gatekeeper's (it connects as the owner).
        f"UPDATE online_account SET failed_attempts = 0 WHERE username = '{niss}'",
        "SELECT password_hash FROM online_account",
        "SELECT * FROM staff",
        "SELECT * FROM audit_log",
        "SELECT * FROM postal_letter",
        f"UPDATE online_account SET status = 'deactivated' WHERE username = '{niss}'",
        f"UPDATE member SET phone = '0' WHERE niss = '{niss}'",
        "DELETE FROM payment",
        "INSERT INTO contact_request (member_id, topic, subject, message, channel, created_at)"
        " VALUES (1, 't', 's', 'm', 'terminal', now())",
        "UPDATE inbox_operation SET state = 'applied'",
    ):
        with as_terminal.connect() as connection, pytest.raises(ProgrammingError) as denied:
            connection.execute(text(forbidden))
        assert "permission denied" in str(denied.value)

    outbox.enqueue("contact_request.create", request_payload(niss), actor="member", version=1)
    assert exchange.push(terminal, as_terminal) == 1  # the inbox accepts it
    CentralWorker(central).run_once()  # the worker, as the owner, applies it
    assert exchange.pull_results(terminal, as_terminal) == 1
    assert exchange.pull_reference(terminal, as_terminal)
    as_terminal.dispose()
    central.dispose()


def test_the_worker_command_applies_once(central, terminal, outbox, capsys, pki, tmp_path):
    niss = case(central, "active_account")
    member_visit(central, outbox, niss)
    outbox.enqueue("contact_request.create", request_payload(niss), actor="member", version=1)
    outbox.enqueue(
        "contact_request.create", request_payload("85073003328"), actor="member", version=1
    )  # not covered by the visit: refused
    exchange.push(terminal, central)
    url = central.url.render_as_string(hide_password=False)
    roots = tmp_path / "roots.pem"
    roots.write_bytes(b"".join(r.public_bytes(serialization.Encoding.PEM) for r in pki.roots))
    assert central_main(["--url", url, "worker", "--once", "--trust-roots", str(roots)]) == 0
    assert "applied 1, rejected or held 1" in capsys.readouterr().out


def test_the_worker_command_refuses_to_run_without_trust_roots(central, capsys, monkeypatch):
    """It would otherwise have to apply signed forms (a new bank account) unchecked."""
    monkeypatch.delenv("GUICHET_TRUST_ROOTS", raising=False)
    url = central.url.render_as_string(hide_password=False)
    assert central_main(["--url", url, "worker", "--once"]) == 2
    assert "--trust-roots" in capsys.readouterr().err
