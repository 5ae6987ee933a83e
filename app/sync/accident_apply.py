"""The central worker's side of accident declarations (issue 16): the declaration a member
returned signed with their card, a paper one a clerk registers as received, and one the
Accidents service handled. Each handler runs inside the worker's transaction
(app/sync/apply.py), after the operation's proof, and a signed form's signature and what it
says (SIGNED_FORMS: the member's own signature, the declaration's number, the answer), were
checked.

- a returned declaration must be the member's and still to return (`unknown_declaration`,
  `declaration_already_returned`); it is received on the day the member sent it (never after
  the day it is applied, never before its visit opened), with its channel, the answers and the
  signed form among the member's documents;
- a paper one received, dated the day it came in (not after today, not before the declaration
  was opened: `received_before_opened`), registered by a clerk on the member's file: pushed
  while a visit of that clerk covering the member was open (`declaration_not_in_visit`), as
  the counter's member file opens one (app/gate/gatekeeper.py); the household's block lifts;
- a handled one leaves the Accidents service's queue, handled by a clerk of the member's
  household's agency or a supervisor (`declaration_other_agency`; `declaration_not_received`
  before it came in, `already_done` after).
"""

from __future__ import annotations

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from app.domain.clock import stored_utc
from app.domain.codes import AccidentStatus, Channel, DocumentDirection, Language
from app.domain.niss import Niss
from app.store.models import (
    AccidentDeclaration,
    AuditEntry,
    Document,
    Household,
    Member,
    Visit,
    VisitPerson,
)
from app.sync import operations as ops
from app.sync.incapacity_apply import _day, _member, _sent_on
from app.sync.member_apply import Handler
from app.sync.operations import OperationKind as K
from app.sync.staff_apply import Clerk, acting_staff

DOCUMENT_KIND = "accident_declaration"  # Document.kind
TITLE = {
    Language.FR: "Déclaration d'accident",
    Language.NL: "Aangifte van een ongeval",
    Language.DE: "Unfallerklärung",
    Language.EN: "Accident declaration",
}
AUDIT = {
    K.STAFF_ACCIDENT_REGISTER: "accident_registered",
    K.STAFF_ACCIDENT_HANDLE: "accident_handled",
}


def _declaration(session: Session, payload, member_id: int) -> AccidentDeclaration:
    declaration = session.get(AccidentDeclaration, payload.declaration_id, with_for_update=True)
    if declaration is None or declaration.member_id != member_id:
        raise ops.OperationRejected("unknown_declaration", "no such declaration of this member")
    return declaration


def _to_return(declaration: AccidentDeclaration) -> None:
    if declaration.status != AccidentStatus.TO_RETURN:
        raise ops.OperationRejected(
            "declaration_already_returned", f"received on {declaration.received_on}"
        )


def _on_clerks_visit(session: Session, operation, staff: Clerk, member: Member) -> None:
    """The operation reached the inbox while a visit of this clerk covering the member was open
    (the gatekeeper opened it for the clerk: `staff_id`, on PostgreSQL for their own login)."""
    received = stored_utc(operation.received_at)
    covered = or_(
        Visit.member_id == member.id,
        Visit.id.in_(select(VisitPerson.visit_id).where(VisitPerson.member_id == member.id)),
    )
    visits = session.execute(
        select(Visit.opened_at, Visit.expires_at, Visit.closed_at).where(
            Visit.staff_id == staff.id, covered, Visit.opened_at <= received
        )
    ).all()
    for opened_at, expires_at, closed_at in visits:
        ended = stored_utc(expires_at)
        if closed_at is not None:
            ended = min(ended, stored_utc(closed_at))
        if stored_utc(opened_at) <= received <= ended:
            return
    raise ops.OperationRejected(
        "declaration_not_in_visit", "no visit of this clerk on the member's file was open"
    )


def _of_agency(session: Session, staff: Clerk, member: Member) -> None:
    """A supervisor, or a clerk of the agency of the member's household."""
    agency_id = session.scalar(
        select(Household.agency_id).where(Household.id == member.household_id)
    )
    if not staff.supervisor and staff.staff.agency_id != agency_id:
        raise ops.OperationRejected(
            "declaration_other_agency", "the member's household belongs to another agency"
        )


def _audit(session, operation, staff: Clerk, member_id: int, at, detail: str) -> None:
    session.add(
        AuditEntry(
            at=at,
            staff_id=staff.id,
            terminal=operation.terminal_id,
            action=AUDIT[operation.kind],
            member_id=member_id,
            detail=detail,
        )
    )


def accident_return(session, operation, payload, now) -> dict:
    """The declaration the member filled in and signed: received, with its answers and form."""
    assert isinstance(payload, ops.AccidentDeclarationReturnV1)
    received_on = _sent_on(session, operation, now)
    member = _member(session, payload.member_niss)
    declaration = _declaration(session, payload, member.id)
    _to_return(declaration)
    document = Document(
        member_id=member.id,
        kind=DOCUMENT_KIND,
        title=TITLE[Language(member.language)],
        direction=DocumentDirection.RECEIVED,
        dated_on=received_on,
        signed=True,
        signed_on=received_on,
        content_sha256=payload.signed_pdf_sha256,
        content=payload.pdf_bytes(),
        operation_id=operation.operation_id,
    )
    session.add(document)
    session.flush()
    declaration.status = AccidentStatus.RECEIVED
    declaration.received_on = received_on
    declaration.channel = payload.channel
    declaration.was_accident = payload.was_accident
    declaration.kind = payload.kind
    for field in ("happened_on", "place", "description", "third_party", "third_party_name",
                  "third_party_address", "insurer", "policy_number", "police_report"):  # fmt: skip
        setattr(declaration, field, getattr(payload, field))
    declaration.document_id = document.id
    declaration.operation_id = operation.operation_id
    session.flush()
    return {
        "declaration_id": declaration.id,
        "document_id": document.id,
        "received_on": received_on.isoformat(),
    }


def accident_register(session, operation, payload, now) -> dict:
    """A paper declaration received, registered by a clerk: the household's block lifts."""
    assert isinstance(payload, ops.StaffAccidentRegisterV1)
    staff = acting_staff(session, operation)
    if payload.received_on > _day(now):
        raise ops.OperationRejected("in_future", "a declaration cannot come in after today")
    member = _member(session, payload.member_niss)
    _on_clerks_visit(session, operation, staff, member)
    declaration = _declaration(session, payload, member.id)
    _to_return(declaration)
    if payload.received_on < declaration.opened_on:
        raise ops.OperationRejected(
            "received_before_opened", f"the declaration was opened on {declaration.opened_on}"
        )
    declaration.status = AccidentStatus.RECEIVED
    declaration.received_on = payload.received_on
    declaration.channel = Channel.POST
    declaration.registered_by = staff.id
    declaration.operation_id = operation.operation_id
    _audit(session, operation, staff, member.id, now, f"accident declaration {declaration.id}")
    return {"declaration_id": declaration.id, "received_on": payload.received_on.isoformat()}


def accident_handle(session, operation, payload, now) -> dict:
    """The Accidents service dealt with a returned declaration: it leaves their queue."""
    assert isinstance(payload, ops.StaffAccidentV1)
    staff = acting_staff(session, operation)
    member = _member(session, payload.member_niss)
    _of_agency(session, staff, member)
    declaration = _declaration(session, payload, member.id)
    if declaration.status == AccidentStatus.HANDLED:
        raise ops.OperationRejected("already_done", f"handled on {declaration.handled_on}")
    if declaration.status != AccidentStatus.RECEIVED:
        raise ops.OperationRejected("declaration_not_received", "not returned yet")
    declaration.status = AccidentStatus.HANDLED
    declaration.handled_on, declaration.handled_by = _day(now), staff.id
    _audit(session, operation, staff, member.id, now, f"accident declaration {declaration.id}")
    return {"declaration_id": declaration.id, "handled_on": declaration.handled_on.isoformat()}


def _returned_form(payload: ops.AccidentDeclarationReturnV1):
    # Signed by the member themself, and the form is theirs and this declaration's: its
    # number and the answer, in one of its languages (any form they ever signed is not enough).
    from app.documents.accident_form import accident_form_says
    from app.documents.texts import LANGUAGES

    niss = Niss(payload.member_niss).formatted()
    says = [
        [niss, *accident_form_says(declaration_id=payload.declaration_id,
                                   was_accident=payload.was_accident,
                                   happened_on=payload.happened_on, language=language)]
        for language in LANGUAGES
    ]  # fmt: skip
    return payload.pdf_bytes(), {payload.member_niss}, says


HANDLERS: dict[str, Handler] = {
    K.ACCIDENT_RETURN: accident_return,
    K.STAFF_ACCIDENT_REGISTER: accident_register,
    K.STAFF_ACCIDENT_HANDLE: accident_handle,
}
# The operations carrying a form signed with the card (app/sync/apply.SIGNED_FORM_OF).
SIGNED_FORMS = {K.ACCIDENT_RETURN: _returned_form}
