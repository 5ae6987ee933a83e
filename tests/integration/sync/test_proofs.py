"""Every change for a member carries a proof the central worker checks (issue 12, point 3).

An attacker with nothing but a terminal's database login can insert any operation into the
inbox; these tests are that attacker, and the honest terminal next to them: operations of every
member kind without a proof, with another member's, with a copied one, with a wrong key, too
late, from another terminal's login, signed by another person's card: each refused with its
reason, audited, nothing applied. Honest ones, made within a visit or signed by the card while
offline, are applied once. On SQLite and on a real PostgreSQL server.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import os
import uuid

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from app.domain.codes import InboxState, OutboxState
from app.store.db import make_engine
from app.store.models import (
    AuditEntry,
    ContactRequest,
    ContactRequestEvent,
    Document,
    DocumentOrder,
    InboxOperation,
    Member,
    OnlineAccount,
    Staff,
)
from app.sync import apply, exchange, proofs
from app.sync.proofs import Prover, VisitKey
from app.sync.terminal import Outbox, OutboxEntry, open_terminal_db
from tests.integration.sync.conftest import seeded_engine
from tests.integration.sync.test_outbox import case, count, local_entry, request_payload
from tests.support.visits import card_of, member_visit, session_user


@pytest.fixture
def forms(pki) -> apply.SignedForms:
    return apply.SignedForms(tuple(pki.roots))


@pytest.fixture
def pg(postgres_url):
    """A seeded central database on the test PostgreSQL server only."""
    engine, engine.summary = seeded_engine(postgres_url)
    yield engine
    engine.dispose()


def deliver(terminal, central, forms=None) -> list[apply.Outcome]:
    exchange.push(terminal, central)
    outcomes = apply.apply_pending(central, forms=forms)
    exchange.pull_results(terminal, central)
    return outcomes


def member_row(central, niss: str):
    with central.connect() as connection:
        return connection.execute(select(Member).where(Member.niss == niss)).one()


def refusals(central) -> list[tuple]:
    with central.connect() as connection:
        return connection.execute(
            select(AuditEntry.action, AuditEntry.member_id, AuditEntry.detail)
            .where(AuditEntry.action == proofs.REFUSED_ACTION)
            .order_by(AuditEntry.id)
        ).all()


def forge(
    central,
    kind: str,
    payload: dict,
    *,
    version: int = 1,
    proof=None,
    visit_id=None,
    operation_id=None,
    actor: str = "member",
    seq: int | None = None,
) -> uuid.UUID:
    """An operation inserted by hand into the inbox, as a terminal's login may: raw SQL, the
    columns a terminal writes (on PostgreSQL the server fills in who and when)."""
    operation_id = operation_id or uuid.uuid4()
    niss = payload.get("member_niss") if isinstance(payload, dict) else None
    with central.begin() as connection:
        seq = seq or (
            connection.execute(
                select(func.coalesce(func.max(InboxOperation.terminal_seq), 0)).where(
                    InboxOperation.terminal_id == "forger"
                )
            ).scalar_one()
            + 1
        )
        connection.execute(
            InboxOperation.__table__.insert(),
            {
                "operation_id": operation_id,
                "terminal_id": "forger",
                "terminal_seq": seq,
                "kind": kind,
                "version": version,
                "payload": payload,
                "actor": actor,
                "member_niss": niss,
                "created_at": dt.datetime.now(dt.UTC),
                "received_at": dt.datetime.now(dt.UTC),
                "state": InboxState.RECEIVED,
                "attempts": 0,
                "visit_id": visit_id,
                "proof": proof,
            },
        )
    return operation_id


def change(outbox: Outbox, niss: str, **fields) -> uuid.UUID:
    """A contact change for `niss`, queued as the member's terminal queues it."""
    return outbox.enqueue("member.contact.update", {"member_niss": niss, **fields}, actor="member")


def inbox_row(central, operation_id):
    with central.connect() as connection:
        return connection.execute(
            select(InboxOperation).where(InboxOperation.operation_id == operation_id)
        ).one()


def pdf_payload(text_: bytes = b"%PDF-1.4 a form\n%%EOF") -> dict:
    return {
        "signed_pdf": base64.b64encode(text_).decode(),
        "signed_pdf_sha256": hashlib.sha256(text_).hexdigest(),
    }


def member_kinds(niss: str, child: str) -> list[tuple[str, int, dict]]:
    """One operation of every kind that changes a member's file, valid but for its proof."""
    question = {
        "member_niss": niss,
        "topic": "reimbursement",
        "subject": "S",
        "message": "M",
        "channel": "terminal",
        "answer_by": "letter",
    }
    return [
        ("contact_request.create", 1, request_payload(niss)),
        ("contact_request.create", 2, question),
        # "I cannot log in" needs no proof, but not when it changes the file's contact details.
        (
            "contact_request.create",
            2,
            {**question, "topic": "cannot_log_in", "email": "attacker@example.org"},
        ),
        (
            "document_order.create",
            1,
            {
                "member_niss": niss,
                "for_niss": child,
                "kind": "stickers",
                "quantity": 1,
                "channel": "terminal",
            },
        ),
        ("member.contact.update", 1, {"member_niss": niss, "email": "attacker@example.org"}),
        ("member.contact.update", 2, {"member_niss": niss, "mobile": "0470 99 99 99"}),
        ("account.activate", 1, {"member_niss": niss, "language": "fr"}),
        ("account.first_login", 1, {"member_niss": niss}),
        (
            "member.bank.update",
            1,
            {"member_niss": niss, "iban": "BE68539007547034", **pdf_payload()},
        ),
    ]


# --- The canonical content -----------------------------------------------------------------


def test_the_canonical_content_is_the_same_after_the_inbox_and_jsonb(central, terminal, outbox):
    niss = case(central, "active_account")
    member_visit(central, outbox, niss)
    payload = {
        "member_niss": niss,
        "topic": "other",
        "subject": "Zoë à l'Ölberg ✓ 日本",
        "message": 'quotes " and \\ and\nnew lines, 1e3, 007',
        "channel": "terminal",
        "answer_by": "email",
        "email": "zoë@example.org",
    }
    operation_id = outbox.enqueue("contact_request.create", payload, actor=f"member:{niss}")
    entry = local_entry(terminal, operation_id)
    on_the_terminal = proofs.canonical(
        operation_id=entry.operation_id,
        kind=entry.kind,
        version=entry.version,
        payload=entry.payload,
        member_niss=entry.member_niss,
        actor=entry.actor,
        visit_id=entry.visit_id,
    )
    exchange.push(terminal, central)
    with Session(central) as session:
        stored = session.scalars(
            select(InboxOperation).where(InboxOperation.operation_id == operation_id)
        ).one()
        assert proofs.canonical_of(stored) == on_the_terminal
        assert stored.proof == entry.proof and stored.visit_id == entry.visit_id
        if central.dialect.name == "postgresql":  # jsonb reorders keys and rewrites spacing
            back = session.execute(
                text("SELECT CAST(CAST(:doc AS jsonb) AS text)"), {"doc": json.dumps(entry.payload)}
            ).scalar_one()
            assert back != json.dumps(entry.payload)  # it did change the text
            assert (
                proofs.canonical(
                    operation_id=operation_id,
                    kind=entry.kind,
                    version=entry.version,
                    payload=json.loads(back),
                    member_niss=niss,
                    actor=entry.actor,
                    visit_id=entry.visit_id,
                )
                == on_the_terminal
            )
    assert [o.state for o in apply.apply_pending(central)] == [InboxState.APPLIED]


# --- Forged operations ---------------------------------------------------------------------


def test_every_member_kind_forged_without_a_proof_is_refused_and_audited(central, forms):
    niss = case(central, "active_account")
    child = case(central, "dependant_under_16_mwp")
    before = member_row(central, niss)
    counts = [
        count(central, model) for model in (ContactRequest, DocumentOrder, Document, OnlineAccount)
    ]
    kinds = member_kinds(niss, child)
    for kind, version, payload in kinds:
        forge(central, kind, payload, version=version)
    # A proof of nothing, and a MAC with no visit: no better than none.
    forge(
        central,
        "member.contact.update",
        {"member_niss": niss, "phone": "0470 11 22 33"},
        proof={"v": 1},
    )
    forge(
        central,
        "member.contact.update",
        {"member_niss": niss, "phone": "0470 11 22 33"},
        proof={"v": 1, "mac": base64.b64encode(os.urandom(32)).decode()},
    )
    outcomes = apply.apply_pending(central, forms=forms)
    reasons = [(o.state, o.reason) for o in outcomes]
    assert reasons == [(InboxState.REJECTED, "no_proof")] * (len(kinds) + 1) + [
        (InboxState.REJECTED, "proof_invalid")
    ]
    after = member_row(central, niss)
    assert (after.email, after.phone, after.mobile, after.iban) == (
        before.email,
        before.phone,
        before.mobile,
        before.iban,
    )
    assert counts == [
        count(central, model) for model in (ContactRequest, DocumentOrder, Document, OnlineAccount)
    ]
    audited = refusals(central)
    assert len(audited) == len(outcomes)
    assert {member_id for _a, member_id, _d in audited} == {before.id}
    assert [detail for _a, _m, detail in audited][: len(kinds)] == [
        f"{kind}: no_proof" for kind, _v, _p in kinds
    ]
    assert not any("attacker" in (detail or "") for _a, _m, detail in audited)  # no payload


def test_the_issues_forged_email_change_is_refused(central, forms):
    """The issue's example, as the attacker typed it with a terminal's login."""
    niss = case(central, "active_account")
    before = member_row(central, niss)
    operation_id = uuid.uuid4()
    now = dt.datetime.now(dt.UTC)
    if central.dialect.name == "sqlite":  # as SQLAlchemy writes it there
        now = now.strftime("%Y-%m-%d %H:%M:%S.%f")
    with central.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO inbox_operation (operation_id, terminal_id, terminal_seq, kind, "
                "version, payload, actor, member_niss, created_at, received_at, state, attempts)"
                " VALUES (:id, 'borne-x', 1, 'member.contact.update', 1, :payload, 'member', "
                ":niss, :now, :now, 'received', 0)"
            ),
            {
                "id": operation_id.hex if central.dialect.name == "sqlite" else operation_id,
                "payload": json.dumps({"member_niss": niss, "email": "attacker@example.org"}),
                "niss": niss,
                "now": now,
            },
        )
    [outcome] = apply.apply_pending(central, forms=forms)
    assert (outcome.state, outcome.reason) == (InboxState.REJECTED, "no_proof")
    assert member_row(central, niss).email == before.email
    assert refusals(central) == [
        (proofs.REFUSED_ACTION, before.id, "member.contact.update: no_proof")
    ]


def test_a_visit_proves_its_own_member_not_another(central, terminal, outbox):
    niss = case(central, "active_account")
    stranger = case(central, "bim")  # another household
    member_visit(central, outbox, niss)
    before = member_row(central, stranger)
    # The terminal program holds the key: it MACs an operation for someone else. The MAC is
    # right, the visit does not cover that person.
    operation_id = change(outbox, stranger, email="x@example.org")
    [outcome] = deliver(terminal, central)
    assert (outcome.state, outcome.reason) == (InboxState.REJECTED, "no_proof")
    assert member_row(central, stranger).email == before.email
    entry = local_entry(terminal, operation_id)
    assert entry.state == OutboxState.REJECTED and entry.reason == "no_proof"
    assert entry.proof is None and entry.payload is None  # erased once settled


def test_a_copied_proof_a_wrong_key_and_a_made_up_visit_are_invalid(central, terminal, outbox):
    niss = case(central, "active_account")
    grant = member_visit(central, outbox, niss)
    genuine = change(outbox, niss, phone="0470 12 34 56")
    entry = local_entry(terminal, genuine)
    exchange.push(terminal, central)
    # Replayed: the genuine proof and visit, copied onto another operation.
    copied = forge(
        central,
        "member.contact.update",
        {"member_niss": niss, "email": "attacker@example.org"},
        proof=entry.proof,
        visit_id=entry.visit_id,
    )
    # The same operation again under a new id (a replay of the whole row).
    again = forge(
        central,
        "member.contact.update",
        entry.payload,
        version=entry.version,
        proof=entry.proof,
        visit_id=entry.visit_id,
    )
    # A MAC with a key of one's own for the real visit, and a visit that does not exist.
    outbox.prover = Prover(VisitKey(grant.visit_id, os.urandom(32)))
    change(outbox, niss, phone="0470 00 00 01")
    outbox.prover = Prover(VisitKey(uuid.uuid4(), grant.key))
    change(outbox, niss, phone="0470 00 00 02")
    exchange.push(terminal, central)
    outcomes = {o.operation_id: (o.state, o.reason) for o in apply.apply_pending(central)}
    assert outcomes[str(genuine)] == (InboxState.APPLIED, None)
    assert outcomes[str(copied)] == outcomes[str(again)] == (InboxState.REJECTED, "proof_invalid")
    assert list(outcomes.values()).count((InboxState.REJECTED, "proof_invalid")) == 4
    row = member_row(central, niss)
    assert row.phone == "0470 12 34 56" and row.email != "attacker@example.org"
    assert [d for _a, _m, d in refusals(central)] == ["member.contact.update: proof_invalid"] * 4


def test_a_visit_proves_for_a_day_after_it_ended_and_not_longer(central, terminal, outbox):
    niss = case(central, "active_account")
    now = dt.datetime.now(dt.UTC)
    half_hour = dt.timedelta(minutes=30)
    # Opened in this order: on PostgreSQL a login's new visit closes its open one.
    ended_days_ago = member_visit(
        central, None, niss, now=now - dt.timedelta(days=2), lifetime=half_hour
    )
    ended_hours_ago = member_visit(
        central, None, niss, now=now - dt.timedelta(hours=3), lifetime=half_hour
    )
    not_yet = member_visit(central, None, niss, now=now + dt.timedelta(hours=1))

    def queue(grant, phone: str) -> uuid.UUID:
        outbox.prover = Prover(VisitKey(grant.visit_id, grant.key))
        return outbox.enqueue(
            "member.contact.update", {"member_niss": niss, "phone": phone}, actor="member"
        )

    # Ended three hours ago (the connection lost at card-out): within the grace.
    late = queue(ended_hours_ago, "0470 33 33 33")
    stale = queue(ended_days_ago, "0470 44 44 44")  # ended two days ago: too late
    early = queue(not_yet, "0470 55 55 55")  # a proof cannot come before its visit
    outcomes = {o.operation_id: (o.state, o.reason) for o in deliver(terminal, central)}
    assert outcomes == {
        str(late): (InboxState.APPLIED, None),
        str(stale): (InboxState.REJECTED, "proof_expired"),
        str(early): (InboxState.REJECTED, "proof_expired"),
    }
    assert member_row(central, niss).phone == "0470 33 33 33"


def test_a_valid_visit_proof_is_applied_exactly_once(central, terminal, outbox):
    niss = case(central, "active_account")
    child = case(central, "dependant_under_16_mwp")
    grant = member_visit(central, outbox, niss)
    assert member_row(central, child).id in grant.persons
    asked = outbox.enqueue(
        "contact_request.create", request_payload(niss, "Visité"), actor="member", version=1
    )
    # The visit covers the dependant the holder may see: a change on the child's file.
    changed = change(outbox, child, phone="0470 66 66 66")
    assert exchange.push(terminal, central) == 2
    with terminal.begin() as connection:  # killed before it recorded `sent`: sent again
        connection.execute(OutboxEntry.__table__.update().values(state=OutboxState.PENDING))
    assert exchange.push(terminal, central) == 2
    assert [o.state for o in apply.apply_pending(central)] == [InboxState.APPLIED] * 2
    assert apply.apply_pending(central) == []
    assert exchange.pull_results(terminal, central) == 2
    assert count(central, ContactRequest, ContactRequest.operation_id == asked) == 1
    assert member_row(central, child).phone == "0470 66 66 66"
    assert local_entry(terminal, changed).proof is None
    assert refusals(central) == []


def test_what_needs_no_proof_by_its_nature_goes_through_without_one(central, outbox, terminal):
    """A forgotten password (a letter to the address on file) and "I cannot log in" (kept
    apart as unverified) need no visit; joining is proven by its signed form."""
    niss = case(central, "active_account")
    assert not proofs.needs_member_proof("account.password_reset", {"member_niss": niss})
    assert not proofs.needs_member_proof("affiliation.request", {"member_niss": niss})
    assert proofs.needs_member_proof("member.contact.update", {"member_niss": niss})
    assert not proofs.needs_member_proof("staff.order.take", {"member_niss": niss})
    help_ = {
        "member_niss": niss,
        "topic": "cannot_log_in",
        "subject": "Aide",
        "message": "Je ne sais plus me connecter: 0470 12 34 56",
        "channel": "terminal",
        "answer_by": "phone",
    }
    asked = outbox.enqueue("contact_request.create", help_, actor="member")
    outbox.enqueue("account.password_reset", {"member_niss": niss}, actor="member")
    assert local_entry(terminal, asked).proof is None
    assert [o.state for o in deliver(terminal, central)] == [InboxState.APPLIED] * 2
    with central.connect() as connection:
        topic, note = connection.execute(
            select(ContactRequest.topic, ContactRequestEvent.note)
            .join(ContactRequest, ContactRequest.id == ContactRequestEvent.request_id)
            .where(ContactRequest.operation_id == asked)
        ).one()
    # Kept apart as unverified by its topic (the queue says so in the clerk's language).
    assert not proofs.needs_member_proof("contact_request.create", help_)
    assert (topic, note) == ("cannot_log_in", None)


# --- Card proofs: queued while the central side was out of reach ------------------------------


@pytest.mark.parametrize("ec_family", [False, True], ids=["rsa-card", "ec-card"])
def test_an_operation_signed_by_the_members_card_is_applied_once(
    central, terminal, outbox, pki, pki_dir, forms, ec_family
):
    niss = case(central, "active_account")
    card = card_of(pki, niss, ec_family=ec_family, cache=pki_dir / "proof-cards")
    outbox.prover = Prover(card=card)  # no visit: the central side was out of reach
    operation_id = change(outbox, niss, phone="0470 77 77 77")
    entry = local_entry(terminal, operation_id)
    assert entry.visit_id is None and set(entry.proof) == {"v", "card"}
    exchange.push(terminal, central)
    # Without the eID roots the worker cannot tell: held, never applied unchecked.
    [held] = apply.apply_pending(central)
    assert held.state == InboxState.HELD
    with central.begin() as connection:
        connection.execute(
            InboxOperation.__table__.update()
            .where(InboxOperation.operation_id == operation_id)
            .values(state=InboxState.RECEIVED, reason=None)
        )
    assert [o.state for o in apply.apply_pending(central, forms=forms)] == [InboxState.APPLIED]
    assert apply.apply_pending(central, forms=forms) == []
    assert member_row(central, niss).phone == "0470 77 77 77"
    exchange.pull_results(terminal, central)
    assert local_entry(terminal, operation_id).proof is None  # the certificate is gone


def test_a_visit_that_loses_the_connection_adds_the_cards_signature(
    central, terminal, outbox, pki, pki_dir, forms
):
    niss = case(central, "active_account")
    grant = member_visit(
        central,
        None,
        niss,
        now=dt.datetime.now(dt.UTC) - dt.timedelta(days=3),
        lifetime=dt.timedelta(minutes=30),
    )
    online = {"now": True}
    outbox.prover = Prover(
        VisitKey(grant.visit_id, grant.key),
        card_of(pki, niss, cache=pki_dir / "proof-cards"),
        is_online=lambda: online["now"],
    )
    first = change(outbox, niss, phone="0470 10 10 10")
    online["now"] = False
    second = change(outbox, niss, phone="0470 20 20 20")
    assert set(local_entry(terminal, first).proof) == {"v", "mac"}
    assert set(local_entry(terminal, second).proof) == {"v", "mac", "card"}
    # Pushed three days later: the visit's grace is over, the card's signature still holds.
    outcomes = {o.operation_id: (o.state, o.reason) for o in deliver(terminal, central, forms)}
    assert outcomes == {
        str(first): (InboxState.REJECTED, "proof_expired"),
        str(second): (InboxState.APPLIED, None),
    }


def test_a_card_of_someone_else_is_refused_a_holders_card_for_their_child_is_not(
    central, terminal, outbox, pki, pki_dir, forms
):
    holder = case(central, "active_account")
    child = case(central, "dependant_under_16_mwp")
    stranger = case(central, "bim")
    cache = pki_dir / "proof-cards"
    before = member_row(central, stranger)
    outbox.prover = Prover(card=card_of(pki, holder, cache=cache))
    for_child = change(outbox, child, phone="0470 88 88 88")
    for_stranger = change(outbox, stranger, email="x@example.org")
    # The child's card may not act for their holder.
    outbox.prover = Prover(card=card_of(pki, child, ec_family=True, cache=cache))
    for_holder = change(outbox, holder, email="x@example.org")
    outcomes = {o.operation_id: (o.state, o.reason) for o in deliver(terminal, central, forms)}
    assert outcomes == {
        str(for_child): (InboxState.APPLIED, None),
        str(for_stranger): (InboxState.REJECTED, "proof_other_person"),
        str(for_holder): (InboxState.REJECTED, "proof_other_person"),
    }
    assert member_row(central, child).phone == "0470 88 88 88"
    assert member_row(central, stranger).email == before.email
    assert (
        sorted(d for _a, _m, d in refusals(central))
        == ["member.contact.update: proof_other_person"] * 2
    )


def test_a_card_from_an_untrusted_pki_or_a_signature_moved_is_invalid(
    central, terminal, outbox, pki, pki_dir, forms
):
    from devices.simulated.pki import Family, TestPki, make_ca, make_root, make_rrn

    niss = case(central, "active_account")
    root = make_root("Belgium Test Root CA6", True)  # the right names, a forger's keys
    forger = TestPki(
        rsa=pki.rsa, ec=Family(root, make_ca(root, "Citizen Test CA", "202601"), make_rrn(root))
    )
    outbox.prover = Prover(card=card_of(forger, niss, ec_family=True))
    change(outbox, niss, email="a@example.org")
    outbox.prover = Prover(card=card_of(pki, niss, cache=pki_dir / "proof-cards"))
    signed = change(outbox, niss, phone="0470 90 90 90")
    proof = local_entry(terminal, signed).proof
    exchange.push(terminal, central)
    moved = forge(
        central,
        "member.contact.update",
        {"member_niss": niss, "email": "b@example.org"},
        proof=proof,
    )
    outcomes = [(o.state, o.reason) for o in apply.apply_pending(central, forms=forms)]
    assert outcomes == [
        (InboxState.REJECTED, "proof_invalid"),
        (InboxState.APPLIED, None),
        (InboxState.REJECTED, "proof_invalid"),
    ]
    assert inbox_row(central, moved).detail == "card proof: challenge-signature"
    assert member_row(central, niss).email not in ("a@example.org", "b@example.org")


# --- PostgreSQL: who pushed is the server's to say ---------------------------------------------


@pytest.fixture
def logins(pg, postgres_server):
    """Make PostgreSQL logins that may push into the inbox (nothing else); dropped after."""
    made: list[str] = []
    engines = []
    database = pg.url.database
    with pg.connect() as connection:
        had_supervisors = connection.execute(
            text("SELECT count(*) FROM pg_roles WHERE rolname = 'guichet_supervisors'")
        ).scalar_one()

    def make(name: str, *, supervisor: bool = False):
        role = f"{name}_{uuid.uuid4().hex[:6]}"
        postgres_server.admin_execute(f"CREATE ROLE \"{role}\" LOGIN PASSWORD 'pw-{role}'")
        made.append(role)
        with pg.begin() as connection:
            connection.execute(text(f'GRANT SELECT, INSERT ON inbox_operation TO "{role}"'))
            connection.execute(text(f'GRANT USAGE ON SEQUENCE inbox_operation_id_seq TO "{role}"'))
            # The inbox's read policy asks which terminal a login is registered as.
            connection.execute(
                text(f'GRANT EXECUTE ON FUNCTION guichet_terminal_name() TO "{role}"')
            )
        if supervisor:
            postgres_server.admin_execute(
                "DO $$ BEGIN CREATE ROLE guichet_supervisors NOLOGIN; "
                "EXCEPTION WHEN duplicate_object THEN NULL; END $$"
            )
            postgres_server.admin_execute(f'GRANT guichet_supervisors TO "{role}"')
        engine = make_engine(postgres_server.url(database, role, f"pw-{role}"))
        engines.append(engine)
        return role, engine

    yield make
    for engine in engines:
        engine.dispose()
    for role in made:
        postgres_server.admin_execute(f'DROP OWNED BY "{role}"', database=database)
        postgres_server.admin_execute(f'DROP ROLE "{role}"')
    if not had_supervisors:
        postgres_server.admin_execute("DROP ROLE IF EXISTS guichet_supervisors")


@pytest.mark.postgres
def test_a_visit_of_another_terminals_login_proves_nothing(pg, logins, terminal, outbox):
    niss = case(pg, "active_account")
    role_a, borne_a = logins("borne_a")
    _role_b, borne_b = logins("borne_b")
    member_visit(pg, outbox, niss, login_role=role_a)
    mine = change(outbox, niss, phone="0470 12 12 12")
    exchange.push(terminal, borne_a)
    # Terminal B got hold of A's key (say, a memory dump) and pushes with its own login.
    theirs = change(outbox, niss, email="b@example.org")
    exchange.push(terminal, borne_b)
    outcomes = {o.operation_id: (o.state, o.reason) for o in apply.apply_pending(pg)}
    assert outcomes == {
        str(mine): (InboxState.APPLIED, None),
        str(theirs): (InboxState.REJECTED, "proof_other_terminal"),
    }
    with pg.connect() as connection:
        pushed_by = dict(
            connection.execute(
                select(InboxOperation.operation_id, InboxOperation.inserted_by)
            ).all()
        )
    assert pushed_by[mine] == role_a and pushed_by[theirs] != role_a
    assert member_row(pg, niss).email != "b@example.org"


@pytest.mark.postgres
def test_a_counter_is_the_clerk_whose_login_pushed_it(pg, logins, tmp_path):
    role_clerk, as_clerk = logins("anne")
    role_boss, as_boss = logins("bea", supervisor=True)
    deactivated = case(pg, "deactivated_account")
    with pg.begin() as connection:
        audit_before = connection.execute(select(func.coalesce(func.max(AuditEntry.id), 0)))
        audit_before = audit_before.scalar_one()
        connection.execute(
            Staff.__table__.update().where(Staff.login == "clerk").values(db_role=role_clerk)
        )
        # The supervisor row says "clerk": on PostgreSQL the role membership decides.
        connection.execute(
            Staff.__table__.update()
            .where(Staff.login == "supervisor")
            .values(db_role=role_boss, role="clerk")
        )
        niss, member_id = connection.execute(select(Member.niss, Member.id)).first()
        order_id = connection.execute(
            DocumentOrder.__table__.insert()
            .values(
                member_id=member_id,
                for_member_id=member_id,
                kind="stickers",
                quantity=1,
                channel="terminal",
                ordered_at=dt.datetime.now(dt.UTC),
                status="received",
            )
            .returning(DocumentOrder.id)
        ).scalar_one()
    counter = open_terminal_db(tmp_path / "counter.sqlite")
    desk = Outbox(counter, "guichet-pg")
    take = {"member_niss": niss, "order_id": order_id}
    reactivate = {"member_niss": deactivated}
    claimed = desk.enqueue("staff.order.take", take, actor="staff:supervisor")  # not Anne
    taken = desk.enqueue("staff.order.take", take, actor="staff:clerk")
    not_hers = desk.enqueue("staff.account.reactivate", reactivate, actor="staff:clerk")
    exchange.push(counter, as_clerk)
    boss = desk.enqueue("staff.account.reactivate", reactivate, actor="staff:supervisor")
    exchange.push(counter, as_boss)
    kiosk = desk.enqueue("staff.account.reactivate", reactivate, actor="staff:supervisor")
    exchange.push(counter, pg)  # a login that is no clerk's
    outcomes = {o.operation_id: (o.state, o.reason) for o in apply.apply_pending(pg)}
    assert outcomes == {
        str(claimed): (InboxState.REJECTED, "not_allowed"),
        str(taken): (InboxState.APPLIED, None),
        str(not_hers): (InboxState.REJECTED, "supervisor_only"),
        str(boss): (InboxState.APPLIED, None),
        str(kiosk): (InboxState.REJECTED, "not_allowed"),
    }
    with pg.connect() as connection:
        details = dict(
            connection.execute(select(InboxOperation.operation_id, InboxOperation.detail)).all()
        )
        audited = connection.execute(
            select(AuditEntry.action, Staff.login)
            .outerjoin(Staff, Staff.id == AuditEntry.staff_id)
            .where(AuditEntry.id > audit_before)
            .order_by(AuditEntry.id)
        ).all()
    assert details[claimed] == "the counter claims another person"
    assert details[kiosk] == "not pushed by a clerk's own login"
    # The forged claim is written against whoever's login pushed it, not the one it named.
    assert audited == [
        ("staff_action_refused", "clerk"),
        ("order_taken", "clerk"),
        ("staff_action_refused", "clerk"),
        ("account_reactivated", "supervisor"),
        ("staff_action_refused", None),
    ]
    assert session_user(as_clerk) == role_clerk
    counter.dispose()
