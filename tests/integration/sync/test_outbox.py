"""An operation from a terminal's outbox to the member data and back: once, in order, or refused
with a reason; on SQLite and on a real PostgreSQL server."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from app.domain.codes import InboxState, OutboxState
from app.store.models import (
    ContactRequest,
    ContactRequestEvent,
    DocumentOrder,
    InboxOperation,
    Member,
)
from app.sync import apply, exchange
from app.sync.operations import OperationRejected
from app.sync.terminal import OutboxEntry, ReferenceCache
from tests.support.visits import member_visit


def request_payload(niss: str, subject: str = "Remboursement") -> dict:
    return {
        "member_niss": niss,
        "topic": "reimbursement",
        "subject": subject,
        "message": "Je n'ai pas reçu le remboursement de ma consultation.",
        "channel": "terminal",
    }


def case(central, name: str) -> str:
    return central.summary.cases[name][0]


def count(engine, model, *where) -> int:
    with engine.connect() as connection:
        return connection.execute(select(func.count()).select_from(model).where(*where)).scalar()


def local_entry(terminal, operation_id) -> OutboxEntry:
    with Session(terminal) as session:
        return session.scalars(
            select(OutboxEntry).where(OutboxEntry.operation_id == operation_id)
        ).one()


def test_a_request_goes_through_once_even_when_pushed_twice(central, terminal, outbox):
    niss = case(central, "active_account")
    member_visit(central, outbox, niss)  # the member at the terminal, verified centrally
    operation_id = outbox.enqueue(
        "contact_request.create", request_payload(niss), actor=f"member:{niss}", version=1
    )
    assert outbox.pending_count() == 1

    assert exchange.push(terminal, central) == 1
    assert exchange.push(terminal, central) == 0  # nothing pending any more
    # The terminal was killed after the central insert and before it recorded `sent`: it sends
    # the same operation again, which changes nothing in the inbox.
    with terminal.begin() as connection:
        connection.execute(update(OutboxEntry).values(state=OutboxState.PENDING))
    assert exchange.push(terminal, central) == 1
    assert count(central, InboxOperation) == 1

    outcomes = apply.apply_pending(central)
    assert [o.state for o in outcomes] == [InboxState.APPLIED]
    assert apply.apply_pending(central) == []  # applied once, never again

    assert exchange.pull_results(terminal, central) == 1
    entry = local_entry(terminal, operation_id)
    assert entry.state == OutboxState.APPLIED
    assert entry.payload is None and entry.member_niss is None  # nothing personal stays
    assert outbox.pending_count() == 0

    with Session(central) as session:
        request = session.scalars(
            select(ContactRequest).where(ContactRequest.operation_id == operation_id)
        ).one()
        assert entry.result == {"request_id": request.id}
        assert request.subject == "Remboursement"
        events = session.scalars(
            select(ContactRequestEvent.status).where(ContactRequestEvent.request_id == request.id)
        ).all()
        assert events == ["received"]


def test_a_rule_refusal_flows_back_with_its_reason(central, terminal, outbox):
    holder = case(central, "active_account")
    stranger = case(central, "no_online_account")  # another household
    member_visit(central, outbox, holder)
    operation_id = outbox.enqueue(
        "document_order.create",
        {"member_niss": holder, "for_niss": stranger, "kind": "ehic", "quantity": 1,
         "channel": "terminal"},
        actor=f"member:{holder}",
    )  # fmt: skip
    exchange.push(terminal, central)
    apply.apply_pending(central)
    exchange.pull_results(terminal, central)
    entry = local_entry(terminal, operation_id)
    assert entry.state == OutboxState.REJECTED and entry.reason == "not_allowed"
    assert count(central, DocumentOrder, DocumentOrder.operation_id == operation_id) == 0
    # The member's own history (by national number) shows the refused operation and why.
    with central.connect() as connection:
        reason = connection.execute(
            select(InboxOperation.reason).where(InboxOperation.member_niss == holder)
        ).scalar_one()
    assert reason == "not_allowed"


def test_an_order_for_ones_own_dependant_is_applied(central, terminal, outbox):
    holder = case(central, "active_account")
    child = case(central, "dependant_under_16_mwp")
    member_visit(central, outbox, holder)
    outbox.enqueue(
        "document_order.create",
        {"member_niss": holder, "for_niss": child, "kind": "stickers", "quantity": 2,
         "channel": "terminal"},
        actor=f"member:{holder}",
    )  # fmt: skip
    exchange.push(terminal, central)
    assert [o.state for o in apply.apply_pending(central)] == ["applied"]
    with Session(central) as session:
        order = session.scalars(select(DocumentOrder).where(DocumentOrder.terminal.is_not(None)))
        order = next(o for o in order if o.terminal == "borne-test-1")
        assert order.quantity == 2 and order.status == "received"


def test_the_terminal_refuses_a_malformed_operation_before_queueing_it(outbox):
    with pytest.raises(OperationRejected) as refused:
        outbox.enqueue(
            "contact_request.create", request_payload("12345678901"), actor="member:x", version=1
        )
    assert refused.value.code == "invalid_payload"
    assert "member_niss" in refused.value.detail
    with pytest.raises(OperationRejected) as unknown:
        outbox.enqueue("member.delete", {"member_niss": "85073003328"}, actor="member:x")
    assert unknown.value.code == "unknown_kind"
    assert outbox.pending_count() == 0


def _inject(central, kind: str, version: int, payload, seq: int) -> uuid.UUID:
    """An operation as an old or broken terminal might send it, straight into the inbox."""
    operation_id = uuid.uuid4()
    now = dt.datetime.now(dt.UTC)
    with central.begin() as connection:
        connection.execute(
            InboxOperation.__table__.insert(),
            {"operation_id": operation_id, "terminal_id": "old-terminal", "terminal_seq": seq,
             "kind": kind, "version": version, "payload": payload, "actor": "member:?",
             "member_niss": None, "created_at": now, "received_at": now,
             "state": InboxState.RECEIVED, "attempts": 0},
        )  # fmt: skip
    return operation_id


def test_central_rejects_unknown_or_malformed_operations_without_applying_half(central):
    niss = case(central, "active_account")
    before = count(central, ContactRequest)
    _inject(central, "member.delete", 1, {"member_niss": niss}, 1)
    _inject(central, "contact_request.create", 9, request_payload(niss), 2)
    broken = request_payload(niss)
    del broken["message"]
    _inject(central, "contact_request.create", 1, broken, 3)
    _inject(central, "contact_request.create", 1, ["not", "an", "object"], 4)
    _inject(central, "contact_request.create", 1, request_payload("85073003328"), 5)
    outcomes = apply.apply_pending(central)
    assert [o.reason for o in outcomes] == [
        "unknown_kind", "unsupported_version", "invalid_payload", "invalid_payload",
        "no_proof",  # a terminal of before the proofs (app/sync/proofs.py): refused
    ]  # fmt: skip
    assert count(central, ContactRequest) == before  # nothing applied, not even half
    with central.connect() as connection:
        detail = connection.execute(
            select(InboxOperation.detail).where(InboxOperation.terminal_seq == 3)
        ).scalar_one()
    assert "message" in detail  # staff see which field was missing


def test_a_failing_handler_holds_the_operation_and_the_others_go_on(
    central, terminal, outbox, monkeypatch
):
    niss = case(central, "active_account")
    member_visit(central, outbox, niss)
    phone = {"member_niss": niss, "phone": "0470 12 34 56"}
    stuck = outbox.enqueue("member.contact.update", phone, actor="member")
    fine = outbox.enqueue(
        "contact_request.create", request_payload(niss), actor="member", version=1
    )
    exchange.push(terminal, central)

    def defect(*_args):
        raise KeyError("a bug")

    monkeypatch.setitem(apply.HANDLERS, "member.contact.update", defect)
    for _ in range(apply.MAX_ATTEMPTS - 1):
        outcome = apply.apply_next(central)
        assert outcome.operation_id == str(stuck) and outcome.state == "received"
    assert apply.apply_next(central).state == "held"
    assert apply.apply_next(central).operation_id == str(fine)
    with central.connect() as connection:
        held = connection.execute(
            select(InboxOperation.state, InboxOperation.detail).where(
                InboxOperation.operation_id == stuck
            )
        ).one()
    assert held.state == "held" and "KeyError" in held.detail  # kept, never dropped


def test_a_skewed_terminal_clock_does_not_reorder_its_operations(central, terminal, outbox):
    niss = case(central, "active_account")
    now = dt.datetime.now(dt.UTC)
    member_visit(central, outbox, niss)
    # The terminal's clock jumps back two hours between the two changes.
    outbox.enqueue("member.contact.update", {"member_niss": niss, "phone": "0470 11 11 11"},
                   actor="member", now=now + dt.timedelta(hours=2))  # fmt: skip
    outbox.enqueue("member.contact.update", {"member_niss": niss, "phone": "0470 22 22 22"},
                   actor="member", now=now - dt.timedelta(hours=2))  # fmt: skip
    exchange.push(terminal, central)
    apply.apply_pending(central)
    with central.connect() as connection:
        phone = connection.execute(select(Member.phone).where(Member.niss == niss)).scalar_one()
    assert phone == "0470 22 22 22"  # the later change wins, as the member made it


def test_reference_data_is_cached_and_refreshed_only_when_it_changes(central, terminal):
    first = exchange.pull_reference(terminal, central)
    assert set(first) == {
        "federation", "federation_parameter", "agency", "nomenclature_code", "nomenclature_fee",
        "payment_calendar",
    }  # fmt: skip
    assert exchange.pull_reference(terminal, central) == []
    with central.begin() as connection:
        connection.execute(
            update(InboxOperation.metadata.tables["agency"])
            .where(InboxOperation.metadata.tables["agency"].c.code == "MWP-MONS")
            .values(phone="065 99 99 99")
        )
    assert exchange.pull_reference(terminal, central) == ["agency"]
    with Session(terminal) as session:
        agencies = session.get(ReferenceCache, "agency").rows
        fees = session.get(ReferenceCache, "nomenclature_fee").rows
    assert {"code": "MWP-MONS", "phone": "065 99 99 99"}.items() <= next(
        a for a in agencies if a["code"] == "MWP-MONS"
    ).items()
    gp = next(f for f in fees if f["code"] == "101032" and not f["with_dmg"])
    assert gp["official_fee"] == "25.68" and gp["reimbursement_ordinary"] == "19.68"
