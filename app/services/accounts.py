"""Who an eID card belongs to for the mutuality, and what they can do about their online account.

`card_owner` reads the central database and says which way the session goes: to the member's
home (an active account), to activation (a member without an account), to "your letter is on
its way", to the help form of a deactivated account, or to joining (not a member).

Decisions of this project:
* A member whose account is pending (created, its credentials letter on its way) may still log
  in with their eID at the terminal: the card and its PIN prove who they are, the letter only
  brings a password for e-Mut at home (login.eid_login accepts pending accounts).
* Only a member can have an account: a member who left, or died, is "not a member" here
  (status left/deceased with a leaving date reached); a received affiliation request makes that
  "affiliation pending" until staff decide.
* A dependant below their federation's majority age sees nothing of their own online
  (domain.md §13): activation is refused with "too_young".

Writes go through the terminal's outbox (account.activate, contact_request.create). The
letter's date told to the member reads the same dated `letter_working_days` of the same
federation on the same day as the central worker that dates the letter
(app/store/parameters.latest_letter_day): on the central database, or, while it cannot be
reached, on this terminal's copy of the reference data.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import Connection, Engine, Row, select

from app.domain.codes import (
    AccountStatus,
    AnswerChannel,
    Channel,
    Language,
    MemberRole,
    MemberStatus,
    RouteKind,
)
from app.domain.membership import is_insured_on, own_account_refusal
from app.domain.niss import InvalidNiss, Niss
from app.services.errors import (
    CentralUnavailable,
    InvalidForm,
    InvalidUsername,
    Refused,
    niss_problem,
    reaching_central,
)
from app.store.models import (
    AffiliationRequest,
    AffiliationStatus,
    Federation,
    Household,
    Member,
    OnlineAccount,
)
from app.store.parameters import federation_parameter, latest_letter_day, letter_day
from app.sync import operations as ops
from app.sync.terminal import Outbox, ReferenceCache

HELP_TOPIC = "cannot_log_in"
HELP_SUBJECT = {
    Language.FR: "Je ne peux pas me connecter",
    Language.NL: "Ik kan niet inloggen",
    Language.DE: "Ich kann mich nicht anmelden",
    Language.EN: "I cannot log in",
}


# Whose card it is decides where its holder goes: the route kinds (app/domain/codes.py).
OwnerKind = RouteKind


@dataclass(frozen=True)
class MemberSummary:
    """What the screens need to know about a member: who, where, and in which language."""

    member_id: int
    niss: str
    first_names: str
    last_name: str
    language: Language
    role: MemberRole
    holder_id: int | None
    street: str
    house_number: str
    box: str | None
    postcode: str
    municipality: str
    federation_code: str
    affiliation_number: str
    birth_date: dt.date

    @property
    def full_name(self) -> str:
        return f"{self.first_names} {self.last_name}".strip()

    @property
    def street_and_number(self) -> str:
        return f"{self.street} {self.house_number}".strip()


@dataclass(frozen=True)
class CardOwner:
    """Whose card this is for the mutuality, and the state of their online account."""

    kind: OwnerKind
    member: MemberSummary | None
    account_status: AccountStatus | None
    deactivation_reason: str | None
    pending_since: dt.date | None  # account created / affiliation request received
    activation_refusal: str | None = None  # why a member without account cannot ask for one


@dataclass(frozen=True)
class ActivationQueued:
    operation_id: uuid.UUID
    letter_leaves_on: dt.date


@dataclass(frozen=True)
class HelpQueued:
    operation_id: uuid.UUID


# --- Reading members ----------------------------------------------------------------------

_MEMBER_COLUMNS = (
    Member.id,
    Member.niss,
    Member.first_names,
    Member.last_name,
    Member.language,
    Member.role,
    Member.holder_id,
    Member.street,
    Member.house_number,
    Member.box,
    Member.postcode,
    Member.municipality,
    Federation.code.label("federation_code"),
    Member.affiliation_number,
    Member.birth_date,
    Member.status,
    Member.left_on,
    Household.federation_id,
)


def _member_query():
    return (
        select(*_MEMBER_COLUMNS)
        .join(Household, Household.id == Member.household_id)
        .join(Federation, Federation.id == Household.federation_id)
    )


def member_row(connection: Connection, *, niss: str | None = None, member_id: int | None = None):
    """The member's row with its federation (summary fields, status, left_on), or None."""
    query = _member_query()
    query = query.where(Member.niss == niss) if niss is not None else query
    query = query.where(Member.id == member_id) if member_id is not None else query
    return connection.execute(query).first()


def summary_of(row: Row) -> MemberSummary:
    return MemberSummary(
        member_id=row.id,
        niss=row.niss,
        first_names=row.first_names,
        last_name=row.last_name,
        language=Language(row.language),
        role=MemberRole(row.role),
        holder_id=row.holder_id,
        street=row.street,
        house_number=row.house_number,
        box=row.box,
        postcode=row.postcode,
        municipality=row.municipality,
        federation_code=row.federation_code,
        affiliation_number=row.affiliation_number,
        birth_date=row.birth_date,
    )


def is_current_member(status: MemberStatus | str, left_on: dt.date | None, today: dt.date) -> bool:
    """Insured today (app/domain/membership.is_insured_on)."""
    return is_insured_on(status, left_on, today)


def parse_niss(text: str, field: str = "niss") -> Niss:
    """A NISS from any of its written forms, or InvalidForm naming the field and the problem."""
    try:
        return Niss.parse(text or "")
    except InvalidNiss as exc:
        raise InvalidForm({field: niss_problem(exc)}) from exc


def _activation_refusal(connection: Connection, row: Row, today: dt.date) -> str | None:
    majority = federation_parameter(
        connection, "majority_age", on=today, federation_id=row.federation_id
    )
    return own_account_refusal(row.role, row.birth_date, today, int(majority))


# --- Who the card belongs to --------------------------------------------------------------


@reaching_central
def card_owner(central: Engine, niss: str, *, today: dt.date) -> CardOwner:
    """The card holder's standing: member or not, and their online account's state."""
    try:
        digits = Niss.parse(niss).digits
    except InvalidNiss as exc:
        raise InvalidUsername(niss_problem(exc)) from exc
    with central.connect() as connection:
        row = member_row(connection, niss=digits)
        if row is None or not is_current_member(row.status, row.left_on, today):
            received = connection.execute(
                select(AffiliationRequest.received_at)
                .where(
                    AffiliationRequest.niss == digits,
                    AffiliationRequest.status == AffiliationStatus.RECEIVED,
                )
                .order_by(AffiliationRequest.received_at.desc())
                .limit(1)
            ).scalar()
            if received is not None:
                return CardOwner(OwnerKind.AFFILIATION_PENDING, None, None, None, received.date())
            return CardOwner(OwnerKind.NOT_MEMBER, None, None, None, None)
        member = summary_of(row)
        account = connection.execute(
            select(
                OnlineAccount.status,
                OnlineAccount.deactivation_reason,
                OnlineAccount.created_at,
            ).where(OnlineAccount.member_id == row.id)
        ).first()
        if account is None:
            refusal = _activation_refusal(connection, row, today)
            return CardOwner(OwnerKind.NO_ACCOUNT, member, None, None, None, refusal)
    status = AccountStatus(account.status)
    if status == AccountStatus.PENDING_LETTER:
        return CardOwner(OwnerKind.ACCOUNT_PENDING, member, status, None, account.created_at.date())
    if status == AccountStatus.DEACTIVATED:
        return CardOwner(
            OwnerKind.ACCOUNT_DEACTIVATED, member, status, account.deactivation_reason, None
        )
    return CardOwner(OwnerKind.ACTIVE_ACCOUNT, member, status, None, None)


# --- The letter's date --------------------------------------------------------------------


@reaching_central
def _central_letter_day(central: Engine, today: dt.date, federation_code: str | None) -> dt.date:
    with central.connect() as connection:
        federation_id = None
        if federation_code is not None:
            federation_id = connection.execute(
                select(Federation.id).where(Federation.code == federation_code)
            ).scalar_one()
        return letter_day(connection, today, federation_id=federation_id)


def _cached_letter_day(outbox: Outbox, today: dt.date, federation_code: str | None) -> dt.date:
    with outbox.engine.connect() as connection:
        cached = dict(
            connection.execute(
                select(ReferenceCache.name, ReferenceCache.rows).where(
                    ReferenceCache.name.in_(("federation", "federation_parameter"))
                )
            ).all()
        )
    if "federation_parameter" not in cached:
        raise CentralUnavailable("no copy of the reference data on this terminal yet")
    federation_id = None
    if federation_code is not None:
        federation_id = next(
            (row["id"] for row in cached.get("federation", ()) if row["code"] == federation_code),
            None,
        )
        if federation_id is None:
            raise CentralUnavailable(f"federation {federation_code} not in the cached copy")
    return latest_letter_day(cached["federation_parameter"], today, federation_id=federation_id)


def letter_leaves_on(
    central: Engine, outbox: Outbox, today: dt.date, *, federation_code: str | None = None
) -> dt.date:
    """When a letter asked for today leaves at the latest, by the federation's dated rule (the
    latest of all federations' when the asker is not identified): read on the central
    database, or on this terminal's copy of the reference data while it is out of reach."""
    try:
        return _central_letter_day(central, today, federation_code)
    except CentralUnavailable:
        return _cached_letter_day(outbox, today, federation_code)


# --- Activating e-Mut at the terminal -----------------------------------------------------


def request_activation(
    central: Engine,
    outbox: Outbox,
    owner: CardOwner,
    *,
    actor: str,
    today: dt.date,
    language: str | None = None,
) -> ActivationQueued:
    """Queue the creation of the member's account; its credentials letter leaves by post, on
    the day the member's federation's `letter_working_days` gives.

    `language` is the letter's (the member's own by default). Refused with "account_exists"
    (any account, even pending or deactivated), "not_member" or "too_young".
    """
    if owner.kind in (
        OwnerKind.ACTIVE_ACCOUNT,
        OwnerKind.ACCOUNT_PENDING,
        OwnerKind.ACCOUNT_DEACTIVATED,
    ):
        raise Refused("account_exists")
    if owner.kind != OwnerKind.NO_ACCOUNT or owner.member is None:
        raise Refused("not_member")
    if owner.activation_refusal:
        raise Refused(owner.activation_refusal)
    leaves_on = letter_leaves_on(
        central, outbox, today, federation_code=owner.member.federation_code
    )
    payload = {"member_niss": owner.member.niss, "language": language or owner.member.language}
    operation_id = outbox.enqueue("account.activate", payload, actor=actor)
    return ActivationQueued(operation_id, leaves_on)


def register_by_number(
    central: Engine, outbox: Outbox, *, niss_text: str, actor: str, today: dt.date, language: str
) -> ActivationQueued:
    """No card (e-Mut's "classic" route): queue the opening of the account of this national
    number, its credentials letter posted to the home address on file.

    Nothing is read of the number here and the answer is the same whoever it is: a terminal
    knows nobody before a login, and a stranger typing someone's number must learn nothing (a
    member or not, an account or not). The central worker refuses what the card route refuses
    ("not_member", "account_exists", under the majority age), where only staff see it. The
    date told is the latest any federation's `letter_working_days` gives today."""
    niss = parse_niss(niss_text, "username")
    leaves_on = letter_leaves_on(central, outbox, today)
    operation_id = outbox.enqueue(
        "account.register", {"member_niss": niss.digits, "language": language}, actor=actor
    )
    return ActivationQueued(operation_id, leaves_on)


# --- "I cannot log in" --------------------------------------------------------------------


def _help_message(message: str, phone: str | None, email: str | None) -> str:
    lines = [message.strip()] if message and message.strip() else []
    if phone:
        lines.append(f"Tel: {phone}")
    if email:
        lines.append(f"E-mail: {email}")
    return "\n".join(lines)


def _queue_help(
    outbox: Outbox,
    niss: str,
    *,
    message: str,
    phone: str | None,
    email: str | None,
    actor: str,
    language: str,
) -> HelpQueued:
    phone = (phone or "").strip() or None
    email = (email or "").strip() or None
    problems = {}
    if problem := ops.phone_problem(phone):
        problems["phone"] = problem
    if problem := ops.email_problem(email):
        problems["email"] = problem
    if not phone and not email:
        problems["contact"] = "phone_or_email_required"  # or nobody can answer them
    if message and len(message) > 4000:
        problems["message"] = "too_long"
    if problems:
        raise InvalidForm(problems)
    payload = {
        "member_niss": niss,
        "topic": HELP_TOPIC,
        "subject": HELP_SUBJECT.get(Language(language), HELP_SUBJECT[Language.EN]),
        "message": _help_message(message, phone, email),
        "channel": Channel.COUNTER if actor.startswith("staff:") else Channel.TERMINAL,
        # The phone or address given here is in the message: whoever asks may not be logged
        # in, so the file's own contact details are left as they are.
        "answer_by": AnswerChannel.PHONE if phone else AnswerChannel.EMAIL,
    }
    return HelpQueued(outbox.enqueue("contact_request.create", payload, actor=actor))


def cannot_log_in(
    outbox: Outbox,
    *,
    niss_text: str,
    message: str,
    phone: str | None,
    email: str | None,
    actor: str,
    language: str = Language.FR,
) -> HelpQueued:
    """The "I cannot log in" form: the card's number (a deactivated account), or without a
    card the national number typed in any of its written forms.

    A number that is no member's is refused by the central side ("unknown_member"); the
    terminal answers the same either way.
    """
    niss = parse_niss(niss_text)
    return _queue_help(
        outbox, niss.digits, message=message, phone=phone, email=email, actor=actor,
        language=language,
    )  # fmt: skip
