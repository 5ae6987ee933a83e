"""Accident declarations (issue 16, domain.md §10, §14): the member fills one in and signs it
with the card at the terminal, or prints it prefilled; the counter registers a paper one
received and the Accidents service handles the returned ones (its queue: kind ACCIDENT of
app/services/queue.py). Every change goes through the outbox; the central worker
(app/sync/accident_apply.py) checks again.

Returning a declaration is a legal obligation even when it was not an accident: the form then
carries no place, kind or third party. Signing with the card is for one's own declarations (the
signature must be the member's, as the worker checks); a dependant's is printed and returned on
paper.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Engine, select
from sqlalchemy.orm import Session

from app.domain.clock import BRUSSELS, brussels_today
from app.domain.codes import AccidentKind, AccidentStatus, Channel
from app.domain.niss import Niss
from app.services.accounts import parse_niss
from app.services.errors import InvalidForm, Refused, reaching_central, refuse_unless_signed
from app.services.member_file import FileSession, Queued, _viewer, _visible
from app.services.member_file.accidents import (
    AccidentDeclarationView,
    _waiting_here,
    contact,
    declarations_of,
)
from app.services.staff import StaffSession
from app.store.models import (
    AccidentDeclaration,
    Agency,
    Document,
    Federation,
    Household,
    Member,
)
from app.sync.operations import OperationKind as K
from app.sync.terminal import Outbox

ACCIDENT = "accident"  # QueueItem.kind: a returned declaration the Accidents service handles
# The payload's bounds (AccidentDeclarationReturnV1): what a field holds, not a rule.
LIMITS = {"place": 200, "description": 2000, "third_party_name": 200,
          "third_party_address": 300, "insurer": 200, "policy_number": 60,
          "police_report": 60}  # fmt: skip
UNKNOWN = "unknown_declaration"
RETURNED = "declaration_already_returned"


@dataclass(frozen=True)
class AccidentForm:
    declaration_id: int
    was_accident: bool
    kind: str | None  # AccidentKind value
    happened_on: dt.date | None
    place: str | None
    description: str | None
    third_party: bool
    third_party_name: str | None
    third_party_address: str | None
    insurer: str | None
    policy_number: str | None
    police_report: str | None


def _text(value: Any) -> str | None:
    folded = " ".join(str(value or "").split())
    return folded or None


def _date(value: dt.date | str | None) -> dt.date | None:
    """None when empty; ValueError when not a date (dd/mm/yyyy or yyyy-mm-dd)."""
    if value is None or isinstance(value, dt.date):
        return value
    typed = value.strip()
    if not typed:
        return None
    for parse in (
        lambda t: dt.datetime.strptime(t, "%d/%m/%Y").date(),
        dt.date.fromisoformat,
    ):
        try:
            return parse(typed)
        except ValueError:
            continue
    raise ValueError(typed)


def parse_accident_form(
    *,
    declaration_id: int | str,
    was_accident: bool,
    kind: str | None = None,
    happened_on: dt.date | str | None = None,
    place: str | None = None,
    description: str | None = None,
    third_party: bool = False,
    third_party_name: str | None = None,
    third_party_address: str | None = None,
    insurer: str | None = None,
    policy_number: str | None = None,
    police_report: str | None = None,
    today: dt.date | None = None,
) -> AccidentForm:
    """The declaration as typed, checked: every problem at once as InvalidForm({field: code})
    with what was typed kept in `values` (and each field's bound, `max_<field>`).

    Not an accident: only an optional description is kept. An accident: where
    (`accident_kind_required`), when (`accident_date_required`, `accident_date_invalid`,
    `in_future`), the place (`accident_place_required`) and what happened
    (`accident_description_required`); a liable third party has a name
    (`third_party_name_required`); a text too long for its field: `too_long`."""
    today = today or brussels_today()
    typed = {
        "declaration_id": declaration_id, "was_accident": was_accident, "kind": kind,
        "happened_on": happened_on, "place": place, "description": description,
        "third_party": third_party, "third_party_name": third_party_name,
        "third_party_address": third_party_address, "insurer": insurer,
        "policy_number": policy_number, "police_report": police_report,
    }  # fmt: skip
    values = {**typed, **{f"max_{field}": limit for field, limit in LIMITS.items()}}
    problems: dict[str, str] = {}
    try:
        number = int(declaration_id)
    except (TypeError, ValueError):
        number = 0
    if number < 1:
        problems["declaration_id"] = UNKNOWN
    texts = {field: _text(typed[field]) for field in LIMITS}
    accident = bool(was_accident)
    third = accident and bool(third_party)
    if not accident:  # nothing but what the member wishes to say
        texts = {field: None for field in LIMITS} | {"description": texts["description"]}
    for field, limit in LIMITS.items():
        if texts[field] is not None and len(texts[field]) > limit:
            problems[field] = "too_long"
    chosen = None
    day = None
    if accident:
        try:
            chosen = AccidentKind(kind) if kind else None
        except ValueError:
            chosen = None
        if chosen is None or chosen == AccidentKind.NOT_AN_ACCIDENT:
            problems["kind"] = "accident_kind_required"
        try:
            day = _date(happened_on)
        except ValueError:
            problems["happened_on"] = "accident_date_invalid"
        else:
            if day is None:
                problems["happened_on"] = "accident_date_required"
            elif day > today:
                problems["happened_on"] = "in_future"
        if texts["place"] is None:
            problems["place"] = "accident_place_required"
        if texts["description"] is None:
            problems["description"] = "accident_description_required"
        if third and texts["third_party_name"] is None:
            problems["third_party_name"] = "third_party_name_required"
    if problems:
        raise InvalidForm(problems, values)
    if not third:
        for field in ("third_party_name", "third_party_address", "insurer", "policy_number"):
            texts[field] = None
    return AccidentForm(
        declaration_id=number,
        was_accident=accident,
        kind=(chosen.value if chosen else AccidentKind.NOT_AN_ACCIDENT.value),
        happened_on=day,
        third_party=third,
        **texts,
    )


# --- The member's declaration: its form, printed or signed ---------------------------------


def _declaration(
    connection: Connection, session: FileSession, declaration_id: int, today: dt.date, language
) -> tuple[Member, AccidentDeclarationView]:
    """A declaration of a person this session may see, with its member's row."""
    viewer = _viewer(connection, session, today)
    members = [member for member, _reason in _visible(connection, viewer, today)]
    owner = connection.execute(
        select(AccidentDeclaration.member_id).where(AccidentDeclaration.id == declaration_id)
    ).scalar()
    member = next((m for m in members if m.id == owner), None)
    if member is None:
        raise Refused(UNKNOWN)
    view = next(
        v
        for v in declarations_of(connection, [member], today, language=language)
        if v.id == declaration_id
    )
    return member, view


def _form_data(connection: Connection, member: Member, view, today: dt.date, language: str):
    from app.documents.accident_form import AccidentCareLine, AccidentFormData
    from app.documents.layout import Agency as Sender
    from app.services.printouts import _recipient

    agency = connection.execute(
        select(
            getattr(Federation, f"name_{language}").label("federation"),
            Agency.name,
            Agency.street,
            Agency.house_number,
            Agency.postcode,
            Agency.municipality,
            Agency.phone,
        )
        .join(Household, Household.federation_id == Federation.id)
        .join(Agency, Agency.id == Household.agency_id)
        .where(Household.id == member.household_id)
    ).one()
    service = contact()
    return AccidentFormData(
        declaration_id=view.id,
        surname=member.last_name,
        first_names=member.first_names,
        niss=member.niss,
        birth_date=member.birth_date,
        address_lines=tuple(_recipient(member).address_lines(language)[1:]),
        federation=agency.federation,
        agency=Sender(
            name=agency.name,
            street_and_number=f"{agency.street} {agency.house_number}",
            postcode=agency.postcode,
            municipality=agency.municipality,
            phone=agency.phone,
        ),
        presumed_on=view.presumed_on,
        due_on=view.due_on,
        care=tuple(
            AccidentCareLine(c.care_date, c.code, c.label, c.provider_name) for c in view.care
        ),
        service_phone=service.phone,
        service_email=service.email,
        issued_on=today,
    )


def _answers(form: AccidentForm):
    from app.documents.accident_form import AccidentAnswers

    return AccidentAnswers(
        was_accident=form.was_accident, kind=form.kind, happened_on=form.happened_on,
        place=form.place, description=form.description, third_party=form.third_party,
        third_party_name=form.third_party_name, third_party_address=form.third_party_address,
        insurer=form.insurer, policy_number=form.policy_number, police_report=form.police_report,
    )  # fmt: skip


def _check_form(form: AccidentForm, view: AccidentDeclarationView) -> None:
    if form.happened_on is not None and form.happened_on > view.presumed_on:
        raise InvalidForm({"happened_on": "accident_after_care"}, {"presumed_on": view.presumed_on})


@reaching_central
def accident_form_pdf(
    central: Engine,
    session: FileSession,
    form: AccidentForm | None,
    declaration_id: int,
    *,
    language: str,
    today: dt.date,
) -> bytes:
    """The declaration prefilled: with `form`, its answers and an empty signature field (what
    the card signs); without, blanks to fill in by hand (to print)."""
    from app.documents.accident_form import accident_form

    with central.connect() as connection:
        member, view = _declaration(connection, session, declaration_id, today, language)
        if form is not None:
            _check_form(form, view)
        data = _form_data(connection, member, view, today, language)
    return accident_form(data, _answers(form) if form else None, language=language)


def accident_form_says(form: AccidentForm, member_niss: str, language: str) -> list[str]:
    """What the signed form must say (the terminal checks it before queueing, the worker after)."""
    from app.documents.accident_form import accident_form_says as says

    return [
        Niss(member_niss).formatted(),
        *says(declaration_id=form.declaration_id, was_accident=form.was_accident,
              happened_on=form.happened_on, language=language),
    ]  # fmt: skip


def sign_and_queue(
    central: Engine,
    outbox: Outbox,
    session: FileSession,
    form: AccidentForm,
    *,
    sign: Callable[[bytes], bytes],
    trust_roots: Sequence,
    actor: str,
    language: str,
    today: dt.date,
) -> Queued:
    """Make the declaration with its answers, have `sign` sign it with the card (its PIN,
    the Signature key), check the signature and what it says, and queue it.

    Refused("unknown_declaration") for a declaration the session may not see,
    Refused("accident_sign_own_only") for another person's (a dependant's is printed),
    Refused("declaration_already_returned") for one returned or waiting here already;
    InvalidForm({"happened_on": "accident_after_care"}) for an accident after its care."""
    with central.connect() as connection:
        member, view = _declaration(connection, session, form.declaration_id, today, language)
    if member.niss != session.niss:
        raise Refused("accident_sign_own_only")
    if view.status != AccidentStatus.TO_RETURN or view.id in _waiting_here(outbox, [member.niss]):
        raise Refused(RETURNED)
    _check_form(form, view)
    pdf = accident_form_pdf(central, session, form, form.declaration_id, language=language,
                            today=today)  # fmt: skip
    signed = sign(pdf)
    # What the central worker will check, checked here first: the member hears it now.
    refuse_unless_signed(
        signed, trust_roots, signer=session.niss,
        must_say=accident_form_says(form, member.niss, language),
    )  # fmt: skip
    payload = {
        "member_niss": member.niss,
        "declaration_id": form.declaration_id,
        "was_accident": form.was_accident,
        "kind": form.kind if form.was_accident else AccidentKind.NOT_AN_ACCIDENT.value,
        "happened_on": form.happened_on.isoformat() if form.happened_on else None,
        "place": form.place,
        "description": form.description,
        "third_party": form.third_party,
        "third_party_name": form.third_party_name,
        "third_party_address": form.third_party_address,
        "insurer": form.insurer,
        "policy_number": form.policy_number,
        "police_report": form.police_report,
        "channel": (Channel.COUNTER if actor.startswith("staff:") else Channel.TERMINAL).value,
        "signed_pdf": base64.b64encode(signed).decode("ascii"),
        "signed_pdf_sha256": hashlib.sha256(signed).hexdigest(),
    }
    return Queued(str(outbox.enqueue(K.ACCIDENT_RETURN.value, payload, actor=actor, version=1)))


# --- The counter's ---------------------------------------------------------------------------


@reaching_central
def counter_declarations(
    central: Engine,
    member_niss: str,
    today: dt.date,
    *,
    language: str,
    outbox: Outbox | None = None,
) -> tuple[AccidentDeclarationView, ...]:
    """The open member's declarations and those of the dependants they may see, read within
    the clerk's visit (on PostgreSQL row-level security shows nothing outside it)."""
    session = FileSession(member_niss, "eid")
    with central.connect() as connection:
        viewer = _viewer(connection, session, today)
        members = [member for member, _reason in _visible(connection, viewer, today)]
        waiting = _waiting_here(outbox, [m.niss for m in members])
        return declarations_of(connection, members, today, language=language, waiting=waiting)


def register_paper(
    outbox: Outbox,
    staff: StaffSession,
    member_niss: str,
    declaration_id: int,
    received_on: dt.date | None,
    *,
    today: dt.date,
) -> Queued:
    """A paper declaration received (an agency's letterbox, the prepaid envelope, by e-mail),
    dated the day it came in, registered from the member's file: the household's block lifts
    once the worker applies it (which refuses one not pushed during the clerk's own visit of
    the file: `declaration_not_in_visit`)."""
    problems: dict[str, str] = {}
    niss = None
    try:
        niss = parse_niss(member_niss)
    except InvalidForm as invalid:
        problems.update(invalid.problems)
    if received_on is None:
        problems["received_on"] = "accident_date_required"
    elif received_on > today:
        problems["received_on"] = "in_future"
    if not isinstance(declaration_id, int) or declaration_id < 1:
        problems["declaration_id"] = UNKNOWN
    if problems:
        raise InvalidForm(problems)
    assert niss is not None and received_on is not None
    payload = {
        "member_niss": niss.digits,
        "declaration_id": declaration_id,
        "received_on": received_on.isoformat(),
    }
    kind = K.STAFF_ACCIDENT_REGISTER.value
    return Queued(str(outbox.enqueue(kind, payload, actor=staff.actor)))


def handle(outbox: Outbox, staff: StaffSession, item) -> Queued:
    """The Accidents service dealt with a returned declaration: it leaves their queue (the
    worker takes it from a clerk of the member's household's agency or a supervisor:
    `declaration_other_agency`)."""
    if item.kind != ACCIDENT:
        raise ValueError("not an accident declaration")
    payload = {"member_niss": item.member_niss, "declaration_id": item.item_id}
    kind = K.STAFF_ACCIDENT_HANDLE.value
    return Queued(str(outbox.enqueue(kind, payload, actor=staff.actor)))


def _start_of(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(), tzinfo=BRUSSELS).astimezone(dt.UTC)


def accident_items(
    session: Session, staff_id: int, *, agency_id: int | None, now: dt.datetime
) -> list[dict[str, Any]]:
    """The returned declarations not handled yet, with their member: each a QueueItem's fields
    (on PostgreSQL a clerk's login reads these, no other declaration outside a visit)."""
    query = (
        select(AccidentDeclaration, Member, Agency.id.label("agency_id"),
               Agency.name.label("agency_name"))
        .join(Member, Member.id == AccidentDeclaration.member_id)
        .join(Household, Household.id == Member.household_id)
        .join(Agency, Agency.id == Household.agency_id)
        .where(AccidentDeclaration.status == AccidentStatus.RECEIVED)
    )  # fmt: skip
    if agency_id is not None:
        query = query.where(Household.agency_id == agency_id)
    items = []
    for row in session.execute(query):
        declaration, member = row.AccidentDeclaration, row.Member
        received_at = _start_of(declaration.received_on or declaration.opened_on)
        items.append(
            {
                "kind": ACCIDENT,
                "item_id": declaration.id,
                "member_niss": member.niss,
                "member_name": f"{member.first_names} {member.last_name}",
                "agency_id": row.agency_id,
                "agency_name": row.agency_name,
                "received_at": received_at,
                "age": now - received_at,
                "status": str(AccidentStatus(declaration.status)),
                "taken_by": None,
                "taken_by_me": False,
                "what": ACCIDENT,
                "quantity": None,
                "for_name": None,
                "received_on": declaration.received_on,
                "channel": str(declaration.channel) if declaration.channel else None,
                "presumed_on": declaration.presumed_on,
                "due_on": declaration.due_on,
                # What the member answered (a paper one: nothing typed here, its paper says it).
                "was_accident": declaration.was_accident,
                "accident_kind": str(declaration.kind) if declaration.kind else None,
                "happened_on": declaration.happened_on,
                "place": declaration.place,
                "description": declaration.description,
                "third_party": declaration.third_party,
                "third_party_name": declaration.third_party_name,
                "third_party_address": declaration.third_party_address,
                "insurer": declaration.insurer,
                "policy_number": declaration.policy_number,
                "police_report": declaration.police_report,
                "document_id": declaration.document_id,
            }
        )
    return items


@reaching_central
def signed_form(central: Engine, staff: StaffSession, declaration_id: int) -> bytes:
    """The form a returned declaration came with (signed at a terminal), for the Accidents
    service: refused for a declaration not returned, or returned without a kept form."""
    with central.connect() as connection:
        row = connection.execute(
            select(AccidentDeclaration.status, Document.content)
            .select_from(AccidentDeclaration)
            .outerjoin(Document, Document.id == AccidentDeclaration.document_id)
            .where(AccidentDeclaration.id == declaration_id)
        ).one_or_none()
    if row is None or row.status == AccidentStatus.TO_RETURN:
        raise Refused(UNKNOWN, "no such returned declaration")
    if row.content is None:
        raise Refused("document_not_kept", "no signed form kept with this declaration")
    return bytes(row.content)
