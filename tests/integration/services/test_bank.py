"""Changing the bank account the mutuality pays to (app/services/bank.py), to the member's file.

Only after a login with the eID card or the federal token; the IBAN checked with python-stdnum
(an unknown Belgian bank code is a warning, not a refusal: stdnum's list ages); the signed form
travels with the operation and lands, byte for byte, in the member's documents.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import uuid
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, insert, select, text, update
from sqlalchemy.orm import Session
from stdnum.be import iban as be_iban

from app.domain.codes import InboxState, LoginMode, MemberStatus
from app.domain.iban import belgian_iban_text
from app.services import bank, printouts
from app.services import member_file as mf
from app.services.errors import InvalidForm, Refused
from app.services.member_file import FileSession
from app.store.models import Document, InboxOperation, Member
from app.sync import apply, exchange, proofs
from app.sync import operations as ops
from app.sync.terminal import Outbox, OutboxEntry
from tests.integration.services.conftest import NOW, TODAY, seeded
from tests.integration.services.families import add_families, pdf_bytes
from tests.integration.services.test_roles_postgres import as_role, denied, terminal_role
from tests.support.cards import sign_as
from tests.support.visits import member_visit

BELFIUS = "BE71 0961 2345 6769"  # domain.md §2: valid, bank code 096 known to stdnum
BRUSSELS = ZoneInfo("Europe/Brussels")
SIGNED = pdf_bytes("bank change signed with the card")


def unknown_bank_iban() -> str:
    """A Belgian IBAN with both check digits right whose bank code stdnum's list lacks (the
    list changes with the package, so it is looked for, not written down)."""
    for code in range(1000):
        candidate = belgian_iban_text(f"{code:03d}", "1234567")
        if not be_iban.info(candidate):
            return candidate
    raise AssertionError("stdnum knows every Belgian bank code")


@pytest.fixture
def signed_form(pki):
    """The bank change form of a families member for an account, signed as their card
    signs it (tests/support/cards.sign_as)."""

    def make(central, label: str, iban: str = BELFIUS, *, signer: str | None = None) -> bytes:
        niss = central.world.niss[label]
        form = printouts.bank_change_form(
            central, FileSession(niss, LoginMode.EID), iban, language="fr", today=TODAY
        )
        return sign_as(form, pki, signer or niss)

    return make


def session_of(central, label: str, mode: str) -> FileSession:
    return FileSession(central.world.niss[label], mode)


def outbox_rows(outbox: Outbox) -> list[OutboxEntry]:
    with Session(outbox.engine) as session:
        return list(session.scalars(select(OutboxEntry)))


def iban_of(central, label: str) -> str | None:
    with central.connect() as connection:
        return connection.execute(
            select(Member.iban).where(Member.niss == central.world.niss[label])
        ).scalar_one()


def bank_documents(central, label: str) -> int:
    with central.connect() as connection:
        return connection.execute(
            select(func.count())
            .select_from(Document)
            .join(Member, Member.id == Document.member_id)
            .where(Member.niss == central.world.niss[label], Document.kind == "bank_change")
        ).scalar_one()


# --- Who may change it ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("mode", "allowed"),
    [(LoginMode.PASSWORD, False), (LoginMode.EID, True), (LoginMode.TOKEN, True)],
)
def test_the_bank_account_changes_only_after_an_eid_or_token_login(outbox, mode, allowed):
    session = FileSession("85073003328", mode)
    assert bank.may_change_bank(session) is allowed
    if allowed:
        bank.request_bank_change(outbox, session, BELFIUS, SIGNED)
        assert len(outbox_rows(outbox)) == 1
    else:
        with pytest.raises(Refused) as refused:
            bank.request_bank_change(outbox, session, BELFIUS, SIGNED)
        assert refused.value.code == "strong_login_required"
        assert outbox_rows(outbox) == []


def test_after_a_password_login_even_a_wrong_iban_gets_the_login_answer_first(outbox):
    session = FileSession("85073003328", LoginMode.PASSWORD)
    with pytest.raises(Refused) as refused:
        bank.request_bank_change(outbox, session, "nonsense", b"")
    assert refused.value.code == "strong_login_required"


# --- The IBAN typed -------------------------------------------------------------------------


def test_a_known_belgian_account_is_accepted_with_its_bank():
    for typed in (BELFIUS, "be71096123456769", " BE71-0961-2345-6769 "):
        checked = bank.check_new_iban(typed)
        assert checked.iban == "BE71096123456769"
        assert checked.formatted == BELFIUS
        assert checked.bank_name == "BELFIUS BANQUE"
        assert checked.warning is None


def wrong_national_check_digits() -> str:
    """BE71 0961 2345 6769 with national check digits 68: the IBAN's own check digits are
    recomputed, so only the Belgian check is wrong."""
    bban = "096123456768"
    from stdnum import iban as stdnum_iban

    return f"BE{stdnum_iban.calc_check_digits('BE00' + bban)}{bban}"


@pytest.mark.parametrize(
    ("typed", "problem"),
    [
        ("BE72 0961 2345 6769", "iban_check_digits"),  # IBAN check digits
        ("NL92 ABNA 0417 1643 00", "iban_check_digits"),
        (wrong_national_check_digits(), "iban_check_digits"),  # Belgian check digits
        ("BE71 0961 2345 676", "iban_invalid"),  # a digit short
        ("hello", "iban_invalid"),
        ("BE12", "iban_invalid"),
        ("12345678901234", "iban_invalid"),
        ("XX71 0961 2345 6769", "iban_invalid"),
        ("", "iban_missing"),
        ("   ", "iban_missing"),
    ],
)
def test_a_wrong_iban_is_refused_with_its_reason(outbox, typed, problem):
    with pytest.raises(InvalidForm) as invalid:
        bank.check_new_iban(typed)
    assert invalid.value.problems == {"iban": problem}
    with pytest.raises(InvalidForm) as invalid:
        bank.request_bank_change(outbox, FileSession("85073003328", LoginMode.EID), typed, SIGNED)
    assert invalid.value.problems == {"iban": problem}
    assert outbox_rows(outbox) == []


def test_an_unknown_belgian_bank_code_is_a_warning_not_a_refusal(outbox):
    typed = unknown_bank_iban()
    checked = bank.check_new_iban(typed)
    assert checked.iban == typed
    assert (checked.bank_name, checked.warning) == (None, "unknown_bank_code")
    queued = bank.request_bank_change(
        outbox, FileSession("85073003328", LoginMode.EID), typed, SIGNED
    )
    (row,) = outbox_rows(outbox)
    assert str(row.operation_id) == queued.operation_id
    assert row.payload["iban"] == typed


def test_an_account_abroad_is_accepted_without_a_belgian_bank():
    checked = bank.check_new_iban("NL91 ABNA 0417 1643 00")
    assert (checked.iban, checked.bank_name, checked.warning) == ("NL91ABNA0417164300", None, None)


@pytest.mark.parametrize(
    "signed", [b"", b"not a pdf", b"%PDF-" + b"0" * (ops.MAX_SIGNED_PDF_BYTES + 1)]
)
def test_the_signed_form_must_be_a_pdf_of_at_most_5_mb(outbox, signed):
    with pytest.raises(InvalidForm) as invalid:
        bank.request_bank_change(outbox, FileSession("85073003328", LoginMode.EID), BELFIUS, signed)
    assert invalid.value.problems == {"signed_pdf": "not_a_pdf"}
    assert outbox_rows(outbox) == []


# --- Through the outbox and the central worker ------------------------------------------------


def test_the_worker_sets_the_new_account_and_files_the_signed_form(
    families, outbox, deliver, signed_form
):
    central = families
    session = session_of(central, "ant_holder", LoginMode.TOKEN)
    member_visit(central, outbox, session.niss)  # the visit the central side opened
    before = iban_of(central, "ant_holder")
    signed = signed_form(central, "ant_holder")
    queued = bank.request_bank_change(outbox, session, BELFIUS, signed)
    assert iban_of(central, "ant_holder") == before  # nothing changes before the worker runs
    assert [o.state for o in deliver(central)] == [InboxState.APPLIED]
    assert iban_of(central, "ant_holder") == "BE71096123456769"
    assert mf.my_data(central, session, TODAY).iban == "BE71096123456769"
    (form,) = [
        d for d in mf.documents(central, session, session.niss, TODAY) if d.kind == "bank_change"
    ]
    assert (form.title, form.direction, form.signed, form.has_content) == (
        "Changement de compte bancaire",
        "received",
        True,
        True,
    )
    (row,) = outbox_rows(outbox)
    signed_on = row.created_at.replace(tzinfo=dt.UTC).astimezone(BRUSSELS).date()
    assert form.dated_on == form.signed_on == signed_on  # the day it was signed, in Belgium
    kept = mf.document_content(central, session, form.document_id, TODAY)
    assert kept.content == signed
    assert kept.sha256 == hashlib.sha256(signed).hexdigest()
    # Settled: the terminal keeps the operation's state, not the signed form.
    assert (str(row.operation_id), row.state, row.payload) == (queued.operation_id, "applied", None)
    # Nobody else's file shows it; the holder's dependant does not see the holder's documents.
    dependant = session_of(central, "ant_19", LoginMode.EID)
    with pytest.raises(Refused):
        mf.document_content(central, dependant, form.document_id, TODAY)


def test_an_unknown_bank_code_reaches_the_file_too(families, outbox, deliver, signed_form):
    typed = unknown_bank_iban()
    signed = signed_form(families, "mwp_holder", typed)
    member_visit(families, outbox, families.world.niss["mwp_holder"])
    bank.request_bank_change(
        outbox, session_of(families, "mwp_holder", LoginMode.EID), typed, signed
    )
    assert [o.state for o in deliver(families)] == [InboxState.APPLIED]
    assert iban_of(families, "mwp_holder") == typed


@pytest.mark.parametrize(
    ("form", "problem"),
    [
        ("unsigned", "not_signed"),
        ("someone_else", "wrong_signer"),  # signed with another person's card
        ("other_account", "form_mismatch"),  # the signed form names another account
        ("changed", "changed_after_signing"),
        ("garbled", "not_signed"),  # the signature's own bytes broken
    ],
)
def test_the_worker_refuses_a_change_whose_signed_form_does_not_hold(
    families, outbox, deliver, signed_form, form, problem
):
    central = families
    session = session_of(central, "ant_holder", LoginMode.EID)
    member_visit(central, outbox, session.niss)
    before = iban_of(central, "ant_holder")
    if form == "unsigned":
        pdf = SIGNED
    elif form == "someone_else":
        pdf = signed_form(central, "ant_holder", signer=central.world.niss["mwp_holder"])
    elif form == "other_account":
        pdf = signed_form(central, "ant_holder", unknown_bank_iban())
    elif form == "garbled":
        good = signed_form(central, "ant_holder")
        at = good.index(b"/Contents <") + 40
        pdf = good[:at] + (b"0" if good[at : at + 1] != b"0" else b"1") + good[at + 1 :]
    else:
        good = signed_form(central, "ant_holder")
        at = good.index(b"ReportLab")  # one letter of what was signed, in the Info dictionary
        pdf = good[:at] + b"Reportlab" + good[at + len(b"ReportLab") :]
    bank.request_bank_change(outbox, session, BELFIUS, pdf)
    [outcome] = deliver(central)
    assert (outcome.state, outcome.reason) == (InboxState.REJECTED, "signature_invalid")
    with Session(central) as db:
        detail = db.scalar(select(InboxOperation.detail))
    assert detail == problem
    assert iban_of(central, "ant_holder") == before
    assert bank_documents(central, "ant_holder") == 0


def test_without_trust_roots_the_worker_holds_a_signed_form_and_applies_nothing(
    families, outbox, terminal, signed_form
):
    central = families
    before = iban_of(central, "ant_holder")
    signed = signed_form(central, "ant_holder")
    member_visit(central, outbox, central.world.niss["ant_holder"])
    bank.request_bank_change(outbox, session_of(central, "ant_holder", LoginMode.EID), BELFIUS,
                             signed)  # fmt: skip
    exchange.push(terminal, central)
    [outcome] = apply.apply_pending(central)  # a worker started without --trust-roots
    assert (outcome.state, outcome.reason) == (InboxState.HELD, "held")
    assert iban_of(central, "ant_holder") == before


def inbox_raw(central, kind: str, version: int, payload: dict, visit=None) -> uuid.UUID:
    """An operation as a terminal with broken code would push it, unchecked (with a MAC of
    `visit`, a tests.support.visits grant, when given)."""
    operation_id = uuid.uuid4()
    proof = None
    if visit is not None:
        content = proofs.canonical(
            operation_id=operation_id,
            kind=kind,
            version=version,
            payload=payload,
            member_niss=payload["member_niss"],
            actor="member",
            visit_id=visit.visit_id,
        )
        proof = proofs.Prover(proofs.VisitKey(visit.visit_id, visit.key)).prove(content)
    with central.begin() as connection:
        connection.execute(
            insert(InboxOperation).values(
                operation_id=operation_id,
                terminal_id="borne-broken",
                terminal_seq=int(operation_id) % 10**9,
                kind=kind,
                version=version,
                payload=payload,
                actor="member",
                member_niss=payload["member_niss"],
                created_at=NOW,
                received_at=NOW,
                state=InboxState.RECEIVED,
                attempts=0,
                visit_id=visit.visit_id if visit is not None else None,
                proof=proof,
            )
        )
    return operation_id


def bank_payload(niss: str, iban: str = "BE71096123456769", pdf: bytes = SIGNED) -> dict:
    return {
        "member_niss": niss,
        "iban": iban,
        "signed_pdf": base64.b64encode(pdf).decode("ascii"),
        "signed_pdf_sha256": hashlib.sha256(pdf).hexdigest(),
    }


@pytest.mark.parametrize(
    "broken",
    [
        {"signed_pdf_sha256": hashlib.sha256(b"another file").hexdigest()},
        {"signed_pdf": base64.b64encode(pdf_bytes("swapped")).decode("ascii")},
        {"signed_pdf": "%%% not base64 %%%"},
        {"iban": "BE72096123456769"},
        {"iban": "BE71 0961 2345 6769"},  # not in compact form
    ],
)
def test_a_payload_that_does_not_hold_together_is_rejected_as_invalid(families, outbox, broken):
    central = families
    niss = central.world.niss["ant_holder"]
    payload = bank_payload(niss) | broken
    # The terminal refuses to queue it...
    with pytest.raises(ops.OperationRejected) as rejected:
        outbox.enqueue("member.bank.update", payload, actor="member", version=1)
    assert rejected.value.code == "invalid_payload"
    assert outbox_rows(outbox) == []
    # ...and the central worker, should one arrive anyway, rejects it without a trace.
    before = iban_of(central, "ant_holder")
    operation_id = inbox_raw(central, "member.bank.update", 1, payload)
    outcome = apply.apply_next(central, now=lambda: NOW)
    assert (outcome.operation_id, outcome.state, outcome.reason) == (
        str(operation_id),
        InboxState.REJECTED,
        "invalid_payload",
    )
    assert iban_of(central, "ant_holder") == before
    assert bank_documents(central, "ant_holder") == 0


def test_the_worker_refuses_a_bank_change_for_someone_who_has_left(families, forms, signed_form):
    central = families
    niss = central.world.niss["ant_holder"]
    signed = signed_form(central, "ant_holder")
    with central.begin() as connection:
        connection.execute(
            update(Member)
            .where(Member.niss == niss)
            .values(status=MemberStatus.LEFT, left_on=dt.date(2026, 10, 1))
        )
    # Within a visit opened just before it arrived (at NOW, as inbox_raw says).
    visit = member_visit(central, None, niss, now=NOW - dt.timedelta(minutes=1))
    inbox_raw(central, "member.bank.update", 1, bank_payload(niss, pdf=signed), visit)
    outcome = apply.apply_next(central, now=lambda: NOW, forms=forms)
    assert (outcome.state, outcome.reason) == (InboxState.REJECTED, "not_member")
    assert bank_documents(central, "ant_holder") == 0


# --- PostgreSQL: through the terminal's role ------------------------------------------------


@pytest.mark.postgres
def test_a_bank_change_goes_through_the_terminal_role_and_back(
    postgres_url, postgres_server, outbox, terminal, forms, signed_form
):
    owner = seeded(postgres_url)
    owner.world = add_families(owner)
    role = as_role(owner, postgres_server, terminal_role, "guichet_terminal")
    role.world = owner.world
    # The central side opened the visit (a terminal's login reads a file within one only),
    # and the outbox proves the change with its key.
    member_visit(owner, outbox, owner.world.niss["ant_holder"], login_role="guichet_terminal")
    try:
        session = session_of(role, "ant_holder", LoginMode.EID)
        signed = signed_form(role, "ant_holder")
        bank.request_bank_change(outbox, session, BELFIUS, signed)
        assert exchange.push(terminal, role) == 1
        assert [o.state for o in apply.apply_pending(owner, forms=forms)] == [InboxState.APPLIED]
        exchange.pull_results(terminal, role)
        assert mf.my_data(role, session, TODAY).iban == "BE71096123456769"
        (form,) = [
            d for d in mf.documents(role, session, session.niss, TODAY) if d.kind == "bank_change"
        ]
        assert mf.document_content(role, session, form.document_id, TODAY).content == signed
        # The terminal itself cannot change an account or a document.
        niss = session.niss
        assert denied(role, f"UPDATE member SET iban = 'BE71096123456769' WHERE niss = '{niss}'")
        assert denied(role, f"UPDATE document SET content = NULL WHERE id = {form.document_id}")
        assert denied(role, "INSERT INTO document (kind, title, direction, dated_on, signed) "
                      "VALUES ('x', 'x', 'received', now(), true)")  # fmt: skip
        with role.connect() as connection:
            assert connection.execute(text("SELECT count(*) FROM member")).scalar() > 0
    finally:
        role.dispose()
        owner.dispose()
