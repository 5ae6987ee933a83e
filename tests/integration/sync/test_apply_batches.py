"""The central worker applies the inbox in batches, a transaction each (issue 18): what an
operator sees of it. A handler's defect or a refusal in the middle of a batch costs the others
nothing; one terminal's changes keep their order across batches; a connection lost in the
middle of a batch leaves nothing of it applied, and the next turn applies it all, once. On
SQLite and on a real PostgreSQL server (the lost connection: PostgreSQL only)."""

from __future__ import annotations

import collections

import psycopg
import pytest
from sqlalchemy import event, select, update
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from app.domain.codes import InboxState
from app.store.models import AuditEntry, ContactRequest, DocumentOrder, InboxOperation, Member
from app.sync import apply, exchange
from tests.integration.sync.conftest import seeded_engine
from tests.integration.sync.test_outbox import case, count, request_payload
from tests.support.visits import member_visit


def ask(outbox, niss: str, *subjects: str) -> list:
    """Questions of "Contact us", one operation each, in this order."""
    return [
        outbox.enqueue(
            "contact_request.create", request_payload(niss, subject), actor="member", version=1
        )
        for subject in subjects
    ]


def questions(central, *subjects: str) -> collections.Counter:
    """How many requests the member data holds of each subject."""
    with central.connect() as connection:
        made = connection.execute(
            select(ContactRequest.subject).where(ContactRequest.subject.in_(subjects))
        ).scalars()
        return collections.Counter(made)


def states(outcomes) -> list[tuple[str, str | None]]:
    return [(o.state, o.reason) for o in outcomes]


APPLIED = (InboxState.APPLIED, None)


def test_a_defect_in_one_handler_costs_the_others_nothing_and_holds_it(
    central, terminal, outbox, monkeypatch
):
    """Its own writes are rolled back, the operations before it stay applied, nothing after it
    is applied before it is held (after MAX_ATTEMPTS tries), and then they all are."""
    niss = case(central, "active_account")
    member_visit(central, outbox, niss)
    before = ask(outbox, niss, "q1", "q2", "q3")
    [stuck] = ask(outbox, niss, "bug")
    after = ask(outbox, niss, "q4", "q5")
    exchange.push(terminal, central)
    honest = apply.HANDLERS["contact_request.create"]

    def defect(session, operation, payload, now):
        result = honest(session, operation, payload, now)  # its rows written, then the bug
        if payload.subject == "bug":
            raise KeyError("a bug")
        return result

    monkeypatch.setitem(apply.HANDLERS, "contact_request.create", defect)
    outcomes = apply.apply_pending(central)

    held = (InboxState.HELD, "held")
    tried_again = [(InboxState.RECEIVED, None)] * (apply.MAX_ATTEMPTS - 1)
    assert states(outcomes) == [APPLIED] * 3 + tried_again + [held] + [APPLIED] * 2
    assert [o.operation_id for o in outcomes] == [
        *map(str, before), *[str(stuck)] * apply.MAX_ATTEMPTS, *map(str, after),
    ]  # fmt: skip
    assert questions(central, "q1", "q2", "q3", "q4", "q5", "bug") == dict.fromkeys(
        ["q1", "q2", "q3", "q4", "q5"], 1
    )  # each once; nothing of the defective one
    with central.connect() as connection:
        row = connection.execute(
            select(InboxOperation.attempts, InboxOperation.detail).where(
                InboxOperation.operation_id == stuck
            )
        ).one()
    assert row.attempts == apply.MAX_ATTEMPTS and "KeyError" in row.detail  # kept for staff


def test_a_row_the_database_refuses_is_traced_to_its_operation_and_held(
    central, terminal, outbox, monkeypatch
):
    """A batch writes its operations' rows together, so the database refuses them together
    (here a request for a member who does not exist: the foreign key): each is then tried
    alone, the guilty one is found and held, and the others are applied."""
    niss = case(central, "active_account")
    member_visit(central, outbox, niss)
    ask(outbox, niss, "fine 1", "fine 2", "orphan", "fine 3")
    exchange.push(terminal, central)
    honest = apply.HANDLERS["contact_request.create"]

    def orphan(session, operation, payload, now):
        result = honest(session, operation, payload, now)
        for request in session.new:
            if isinstance(request, ContactRequest) and request.subject == "orphan":
                request.member_id = -1  # no such member: refused when the rows are written
        return result

    monkeypatch.setitem(apply.HANDLERS, "contact_request.create", orphan)
    outcomes = apply.apply_pending(central)

    tried_again = [(InboxState.RECEIVED, None)] * (apply.MAX_ATTEMPTS - 1)
    assert states(outcomes) == [APPLIED] * 2 + tried_again + [(InboxState.HELD, "held")] + [APPLIED]
    assert questions(central, "fine 1", "fine 2", "orphan", "fine 3") == {
        "fine 1": 1, "fine 2": 1, "fine 3": 1,
    }  # fmt: skip
    with central.connect() as connection:
        detail = connection.execute(
            select(InboxOperation.detail).where(InboxOperation.state == InboxState.HELD)
        ).scalar_one()
    assert "IntegrityError" in detail or "ForeignKeyViolation" in detail


def test_refusals_in_a_batch_are_recorded_and_undo_only_their_own_changes(
    central, terminal, outbox
):
    """A missing proof (refused and audited), a rule's refusal that had already changed the
    member's phone (undone), the operations around them applied, all in one batch."""
    niss = case(central, "active_account")
    stranger = case(central, "no_online_account")  # another household
    with central.begin() as connection:
        connection.execute(update(Member).where(Member.niss == niss).values(email=None))
        phone = connection.execute(select(Member.phone).where(Member.niss == niss)).scalar()
    member_visit(central, outbox, niss)
    ask(outbox, niss, "first")
    prover, outbox.prover = outbox.prover, None
    [unproven] = ask(outbox, niss, "no proof")  # a terminal of before the proofs
    outbox.prover = prover
    ask(outbox, niss, "second")
    by_email = {**request_payload(niss, "by e-mail"), "answer_by": "email",
                "phone": "0470 99 99 99", "mobile": None, "email": None}  # fmt: skip
    outbox.enqueue("contact_request.create", by_email, actor="member", version=2)
    order = {"member_niss": niss, "for_niss": stranger, "kind": "ehic", "quantity": 1,
             "channel": "terminal"}  # fmt: skip
    outbox.enqueue("document_order.create", order, actor="member")
    ask(outbox, niss, "third")
    exchange.push(terminal, central)
    audits_before = count(central, AuditEntry)

    outcomes = apply.apply_pending(central)

    assert states(outcomes) == [
        APPLIED,
        (InboxState.REJECTED, "no_proof"),
        APPLIED,
        (InboxState.REJECTED, "email_required"),  # the phone it set, undone with it
        (InboxState.REJECTED, "not_allowed"),
        APPLIED,
    ]
    assert questions(central, "first", "no proof", "second", "by e-mail", "third") == {
        "first": 1, "second": 1, "third": 1,
    }  # fmt: skip
    assert count(central, DocumentOrder, DocumentOrder.terminal == outbox.terminal_id) == 0
    with central.connect() as connection:
        phone_now = connection.execute(select(Member.phone).where(Member.niss == niss)).scalar()
        audited = connection.execute(
            select(AuditEntry.action, AuditEntry.detail).where(AuditEntry.id > 0)
            .order_by(AuditEntry.id).offset(audits_before)
        ).all()  # fmt: skip
        rejected_at = connection.execute(
            select(InboxOperation.applied_at).where(InboxOperation.operation_id == unproven)
        ).scalar()
    assert phone_now == phone
    assert audited == [("operation_refused", "contact_request.create: no_proof")]
    assert rejected_at is not None  # the refusal dated, as every settled operation


def test_one_terminals_changes_keep_their_order_across_batches(central, terminal, outbox):
    """Nine changes of the member's phone and questions between them, applied in batches of
    four: the last change wins, and the questions were made in the terminal's order."""
    niss = case(central, "active_account")
    member_visit(central, outbox, niss)
    for number in range(9):
        ask(outbox, niss, f"order {number}")
        change = {"member_niss": niss, "phone": f"0470 00 00 {number:02d}"}
        outbox.enqueue("member.contact.update", change, actor="member")
    exchange.push(terminal, central)

    outcomes = apply.apply_pending(central, batch=4)

    assert states(outcomes) == [APPLIED] * 18
    with central.connect() as connection:
        phone = connection.execute(select(Member.phone).where(Member.niss == niss)).scalar()
        made = connection.execute(
            select(ContactRequest.subject)
            .where(ContactRequest.subject.like("order %"))
            .order_by(ContactRequest.id)
        ).scalars()
        applied = connection.execute(
            select(InboxOperation.terminal_seq, InboxOperation.applied_at).order_by(
                InboxOperation.applied_at, InboxOperation.id
            )
        ).all()
    assert phone == "0470 00 00 08"
    assert list(made) == [f"order {number}" for number in range(9)]
    assert [seq for seq, _at in applied] == list(range(1, 19))


def test_a_runs_requests_are_numbered_in_the_terminals_order_and_each_answer_names_its_own(
    central, terminal, outbox
):
    """Thirty questions applied in one run (on PostgreSQL their ids are drawn from the
    sequence before the rows are written): numbered in the order the member asked them, each
    with its "received" event, and the answer each operation sends back to the terminal names
    the request made of it."""
    niss = case(central, "active_account")
    member_visit(central, outbox, niss)
    subjects = [f"run {number:02d}" for number in range(30)]
    operation_ids = ask(outbox, niss, *subjects)
    exchange.push(terminal, central)

    assert states(apply.apply_pending(central)) == [APPLIED] * 30

    with Session(central) as session:
        requests = session.scalars(
            select(ContactRequest)
            .where(ContactRequest.subject.in_(subjects))
            .order_by(ContactRequest.id)
        ).all()
        assert [r.subject for r in requests] == subjects
        assert [[e.status for e in r.events] for r in requests] == [["received"]] * 30
        answers = dict(
            session.execute(
                select(InboxOperation.operation_id, InboxOperation.result).where(
                    InboxOperation.operation_id.in_(operation_ids)
                )
            ).all()
        )
        by_id = {r.id: r.subject for r in requests}
        assert [by_id[answers[o]["request_id"]] for o in operation_ids] == subjects


def test_a_batch_cut_short_by_its_time_leaves_the_rest_for_the_next(
    central, terminal, outbox, monkeypatch
):
    """Slow operations (a letter's PDF each) must not hold a transaction for long: a batch
    takes no new operation after BATCH_SECONDS, and the next batch goes on from there."""
    niss = case(central, "active_account")
    member_visit(central, outbox, niss)
    ask(outbox, niss, "a", "b", "c")
    exchange.push(terminal, central)
    monkeypatch.setattr(apply, "BATCH_SECONDS", 0.0)

    assert len(apply.apply_batch(central)) == 1  # the first, whatever the time
    assert states(apply.apply_pending(central)) == [APPLIED] * 2
    assert questions(central, "a", "b", "c") == {"a": 1, "b": 1, "c": 1}


@pytest.fixture
def pg(postgres_url):
    """A seeded central database on the test PostgreSQL server only."""
    engine, engine.summary = seeded_engine(postgres_url)
    yield engine
    engine.dispose()


@pytest.mark.postgres
@pytest.mark.parametrize("when", ["the run's rows", "the inbox rows"])
def test_a_connection_lost_mid_batch_applies_nothing_of_it_then_all_of_it_once(pg, tmp_path, when):
    """The server ends the worker's connection (a restart, an administrator) while the batch
    writes its operations' rows, or after them while it writes their inbox rows: nothing of
    the batch is applied, the error reaches the worker's loop, and the next turn applies every
    operation once."""
    from app.sync.terminal import Outbox, open_terminal_db

    niss = case(pg, "active_account")
    terminal = open_terminal_db(tmp_path / "terminal.sqlite")
    outbox = Outbox(terminal, "borne-cut")
    member_visit(pg, outbox, niss)
    subjects = [f"cut {number}" for number in range(12)]
    ask(outbox, niss, *subjects[:5])
    outbox.enqueue("member.contact.update", {"member_niss": niss, "phone": "0470 12 12 12"},
                   actor="member")  # fmt: skip
    ask(outbox, niss, *subjects[5:])
    exchange.push(terminal, pg)
    with pg.connect() as connection:
        phone = connection.execute(select(Member.phone).where(Member.niss == niss)).scalar()
    statement = {
        "the run's rows": "INSERT INTO contact_request",
        "the inbox rows": "UPDATE inbox_operation",
    }
    admin = pg.url.set(drivername="postgresql").render_as_string(hide_password=False)
    cut = []

    @event.listens_for(pg, "before_cursor_execute")
    def end_the_connection(connection, cursor, sql, parameters, context, executemany):
        if not cut and sql.startswith(statement[when]):
            pid = connection.connection.dbapi_connection.info.backend_pid
            with psycopg.connect(admin, autocommit=True) as other:
                other.execute("SELECT pg_terminate_backend(%s, 5000)", [pid])
            cut.append(pid)

    with pytest.raises(OperationalError):
        apply.apply_pending(pg)
    event.remove(pg, "before_cursor_execute", end_the_connection)

    assert cut
    with Session(pg) as session:
        left = session.execute(select(InboxOperation.state, InboxOperation.attempts)).all()
        assert left == [(InboxState.RECEIVED, 0)] * 13  # not even an attempt counted
        assert session.scalar(select(Member.phone).where(Member.niss == niss)) == phone
    assert questions(pg, *subjects) == {}

    assert states(apply.apply_pending(pg)) == [APPLIED] * 13
    assert questions(pg, *subjects) == dict.fromkeys(subjects, 1)
    assert apply.apply_pending(pg) == []
    terminal.dispose()


def test_the_worker_stops_within_a_batch_with_a_backlog_waiting(central, terminal, outbox):
    """`systemctl stop` while a fleet's backlog is applied: the worker's thread ends within a
    batch, what it applied is applied once, the rest waits, and the next start applies it."""
    from app.sync.worker import CentralWorker

    niss = case(central, "active_account")
    member_visit(central, outbox, niss)
    subjects = [f"backlog {number}" for number in range(400)]
    ask(outbox, niss, *subjects)
    exchange.push(terminal, central, batch=400)
    applier = CentralWorker(central, interval=60.0, detect_every=0)
    applier.start()
    thread = applier._thread
    for _ in range(200):  # until its first batch is in
        if count(central, InboxOperation, InboxOperation.state == InboxState.APPLIED):
            break
        thread.join(0.05)
    applier.stop(timeout=10)

    assert not thread.is_alive()
    assert set(questions(central, *subjects).values()) == {1}  # what it applied, once
    CentralWorker(central, detect_every=0).run_once()
    assert questions(central, *subjects) == dict.fromkeys(subjects, 1)
