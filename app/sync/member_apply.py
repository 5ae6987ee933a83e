"""The central worker's side of a member's own operations: questions, orders, contact details,
the bank account, online accounts and their letters, and requests to join; each handler runs
inside the worker's transaction (app/sync/apply.py), after the operation's proof was checked.

A handler refuses what breaks a rule with `OperationRejected` (its code flows back to the
terminal); what it writes is applied with the operation's inbox row, or not at all.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets
from collections.abc import Callable

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.documents.texts import text
from app.domain.clock import brussels_today, stored_utc
from app.domain.codes import (
    AccountStatus,
    AffiliationStatus,
    AnswerChannel,
    Channel,
    DocumentDirection,
    LetterKind,
    MemberRole,
    OrderKind,
    OrderRefusal,
    OrderStatus,
    RequestStatus,
    RequestTopic,
)
from app.domain.membership import is_insured_on, own_account_refusal
from app.domain.mutation import DEFAULT_DEADLINE_DAY, affiliation_effective_date
from app.domain.passwords import hash_password
from app.store.models import (
    AffiliationRequest,
    ContactRequest,
    ContactRequestEvent,
    Document,
    DocumentOrder,
    InboxOperation,
    Insurability,
    Member,
    OnlineAccount,
    PostalLetter,
)
from app.store.parameters import federation_parameter, letter_day, majority_age
from app.sync import operations as ops
from app.sync.operations import OperationKind as K

# Letters and digits that cannot be misread on paper: no 0/O/o, 1/l/I/i.
PASSWORD_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghjkmnpqrstuvwxyz23456789"
INITIAL_PASSWORD_LENGTH = 12

# What a handler returns: its result, or a function that makes it once the operation's rows
# are written, for a new row's id (the worker writes a run of operations' rows together,
# app/sync/apply.py: a handler that flushed for its id would cost a round trip each).
Result = dict | Callable[[], dict]
Handler = Callable[[Session, InboxOperation, ops.Payload, dt.datetime], Result]


# session.info's key of the members a session has read, by national number (member_by_niss).
MEMBERS_READ = "guichet_members_by_niss"


def member_by_niss(session: Session, niss: str) -> Member | None:
    """The member with this national number, read once a session: the worker's session holds
    a batch of operations (app/sync/apply.py), often for the same member, and the next one finds
    the member in the session (`session.get`: no query) with what the batch changed on them.

    Kept for the batch: the worker is the only writer of member rows, and a national number
    stays with its row. A member changed in an operation that was rolled back is expired with
    its savepoint, and read again."""
    read = session.info.setdefault(MEMBERS_READ, {})
    member = read.get(niss)
    if member is None or member not in session:
        member = session.scalars(select(Member).where(Member.niss == niss)).first()
        read[niss] = member  # held here: the session itself keeps only what changed
    return member


def _member(session: Session, niss: str) -> Member:
    member = member_by_niss(session, niss)
    if member is None:
        raise ops.OperationRejected("unknown_member", "no member with this national number")
    return member


def _contact_request(session, operation, payload, now) -> Result:
    """A question, received; a v2 one also brings the contact details the form showed (the
    form says so: "these details also update your file") and how to answer."""
    assert isinstance(payload, ops.ContactRequestCreateV1 | ops.ContactRequestCreateV2)
    member = _member(session, payload.member_niss)
    answer_by = getattr(payload, "answer_by", None)
    if isinstance(payload, ops.ContactRequestCreateV2):
        for field in ("phone", "mobile", "email"):
            value = getattr(payload, field)
            if value is not None:
                setattr(member, field, value or None)
        # "I cannot log in": whoever asks gives a phone or an address in the message, not on
        # the file (they may not be logged in); a question from the file is answered from it.
        from_the_file = payload.topic != RequestTopic.CANNOT_LOG_IN
        if from_the_file and answer_by == AnswerChannel.EMAIL and not member.email:
            raise ops.OperationRejected("email_required", "an answer by e-mail needs an address")
        if (
            from_the_file
            and answer_by == AnswerChannel.PHONE
            and not (member.phone or member.mobile)
        ):
            raise ops.OperationRejected("phone_required", "an answer by phone needs a number")
    request = ContactRequest(
        member_id=member.id,
        topic=str(payload.topic),
        subject=payload.subject,
        message=payload.message,
        channel=payload.channel,
        created_at=operation.created_at,
        operation_id=operation.operation_id,
        answer_by=answer_by,
        status=RequestStatus.RECEIVED,
    )
    session.add(request)
    # "I cannot log in" needs no proof by its nature: kept apart by its topic, which the
    # counter's queue shows as not verified (a stored sentence would be in one language).
    session.add(ContactRequestEvent(request=request, at=now, status=RequestStatus.RECEIVED))
    return lambda: {"request_id": request.id}


def _cover_in_order(session: Session, member: Member, today: dt.date) -> bool:
    return (
        session.scalar(
            select(func.count())
            .select_from(Insurability)
            .where(
                Insurability.member_id == member.id,
                Insurability.valid_from <= today,
                (Insurability.valid_to.is_(None)) | (Insurability.valid_to >= today),
            )
        )
        > 0
    )


def may_see(session: Session, viewer: Member, target: Member, day: dt.date) -> bool:
    """The access rule of the member's file (app/domain/access.py): oneself, or a dependant
    below majority or of age without the blocking form."""
    from app.domain.access import Party, may_see

    def party(m: Member) -> Party:
        return Party(m.id, m.role, m.holder_id, m.birth_date, m.access_blocked_on)

    majority = majority_age(session.connection(), household_id=target.household_id, on=day)
    return may_see(party(viewer), party(target), day, majority)


def _document_order(session, operation, payload, now) -> dict:
    assert isinstance(payload, ops.DocumentOrderCreateV1)
    member = _member(session, payload.member_niss)
    for_member = _member(session, payload.for_niss)
    if not may_see(session, member, for_member, _local_day(operation.created_at)):
        raise ops.OperationRejected("not_allowed", "the order is for someone else's file")
    # A European card needs cover in order on the day it was asked. Refused, the order stays
    # in the member's orders with its reason (a terminal that was offline could not check).
    refused = payload.kind == OrderKind.EHIC and not _cover_in_order(
        session, for_member, _local_day(operation.created_at)
    )
    order = DocumentOrder(
        member_id=member.id,
        for_member_id=for_member.id,
        kind=payload.kind,
        quantity=payload.quantity,
        channel=payload.channel,
        terminal=operation.terminal_id,
        ordered_at=operation.created_at,
        status=OrderStatus.REJECTED if refused else OrderStatus.RECEIVED,
        reason=OrderRefusal.COVER_NOT_IN_ORDER.value if refused else None,
        operation_id=operation.operation_id,
    )
    session.add(order)
    session.flush()
    return {"order_id": order.id, "status": str(order.status)}


def _contact_update(session, operation, payload, now) -> dict:
    assert isinstance(payload, ops.ContactUpdateV1)
    member = _member(session, payload.member_niss)
    if payload.phone is not None:
        member.phone = payload.phone or None
    if payload.email is not None:
        member.email = payload.email or None
    return {"member_id": member.id}


# --- Online accounts and their letters ----------------------------------------------------


def initial_password(length: int = INITIAL_PASSWORD_LENGTH) -> str:
    """A random password for a letter: unambiguous characters, at least one digit."""
    while True:
        password = "".join(secrets.choice(PASSWORD_ALPHABET) for _ in range(length))
        if any(c.isdigit() for c in password) and any(c.isalpha() for c in password):
            return password


def _local_day(moment: dt.datetime) -> dt.date:
    return brussels_today(moment)


def _federation_id(session: Session, member: Member) -> int:
    return member.household.federation_id


def _current_member(session: Session, niss: str, day: dt.date) -> Member:
    member = _member(session, niss)
    if not is_insured_on(member.status, member.left_on, day):
        raise ops.OperationRejected("not_member", "the member has left the mutuality")
    return member


def _account_of(session: Session, member: Member) -> OnlineAccount | None:
    return session.scalars(
        select(OnlineAccount).where(OnlineAccount.member_id == member.id)
    ).first()


def _recipient(member: Member):
    # Imported here: reportlab costs ~0.1 s at start-up, and only letters need it.
    from app.documents.letters import Recipient

    return Recipient(
        full_name=f"{member.first_names} {member.last_name}",
        street_and_number=f"{member.street} {member.house_number}",
        postcode=member.postcode,
        municipality=member.municipality,
        box=member.box,
        country=member.country or "BE",
    )


def _post_letter(
    session: Session,
    operation: InboxOperation,
    member: Member,
    kind: LetterKind,
    language: str,
    password: str,
    now: dt.datetime,
) -> PostalLetter:
    """Make the letter (the only place the password is written) and queue it for the post."""
    day = _local_day(now)
    # The date the terminal promised: counted from the day the member asked (an operation queued
    # offline, or applied after a weekend, keeps its promise; a terminal's clock ahead of ours
    # counts from today), never a day already gone.
    asked = min(_local_day(operation.created_at), day)
    federation_id = _federation_id(session, member)
    promised = letter_day(session.connection(), asked, federation_id=federation_id)
    leaves_on = max(promised, day)
    from app.documents.letters import credentials_letter, new_password_letter

    make = credentials_letter if kind == LetterKind.CREDENTIALS else new_password_letter
    secret = {"initial_password" if kind == LetterKind.CREDENTIALS else "new_password": password}
    pdf = make(_recipient(member), username=member.niss, language=language, dated=day, **secret)
    letter = PostalLetter(
        member_id=member.id,
        kind=kind,
        language=language,
        created_at=now,
        leaves_on=leaves_on,
        sent_on=None,
        pdf=pdf,
        operation_id=operation.operation_id,
    )
    session.add(letter)
    session.flush()
    return letter


def open_account(session: Session, member: Member, now: dt.datetime) -> tuple[OnlineAccount, str]:
    """A new account pending its credentials letter, flushed: (the account, the password its
    letter carries, which is written nowhere else)."""
    password = initial_password()
    account = OnlineAccount(
        member_id=member.id,
        username=member.niss,
        status=AccountStatus.PENDING_LETTER,
        password_hash=hash_password(password),
        created_at=now,
        failed_attempts=0,
    )
    session.add(account)
    session.flush()
    return account, password


def _account_activate(session, operation, payload, now) -> dict:
    assert isinstance(payload, ops.AccountActivateV1 | ops.AccountRegisterV1)
    day = _local_day(now)
    member = _current_member(session, payload.member_niss, day)
    if _account_of(session, member) is not None:
        raise ops.OperationRejected("account_exists", "the member already has an online account")
    majority = majority_age(session.connection(), household_id=member.household_id, on=day)
    if refusal := own_account_refusal(member.role, member.birth_date, day, majority):
        raise ops.OperationRejected(refusal, "a dependant under the majority age")
    account, password = open_account(session, member, now)
    letter = _post_letter(
        session, operation, member, LetterKind.CREDENTIALS, payload.language, password, now
    )
    return {
        "account_id": account.id,
        "letter_id": letter.id,
        "leaves_on": letter.leaves_on.isoformat(),
    }


def _password_reset(session, operation, payload, now) -> dict:
    assert isinstance(payload, ops.AccountPasswordResetV1)
    member = _member(session, payload.member_niss)
    account = _account_of(session, member)
    if account is None:
        raise ops.OperationRejected("no_account", "the member has no online account")
    if account.status == AccountStatus.DEACTIVATED:
        raise ops.OperationRejected("account_deactivated", "a deactivated account")
    waiting = session.scalar(
        select(PostalLetter.id).where(
            PostalLetter.member_id == member.id,
            PostalLetter.kind == LetterKind.NEW_PASSWORD,
            PostalLetter.sent_on.is_(None),
        )
    )
    if waiting is not None:
        # One new password at a time: a stranger asking again and again changes nothing more.
        raise ops.OperationRejected("letter_already_queued", f"letter {waiting} not posted yet")
    password = initial_password()
    # The old password keeps working until this one is first used (app/services/login.py):
    # anyone may ask for a new password with a national number, and must lock nobody out.
    account.new_password_hash = hash_password(password)
    letter = _post_letter(
        session, operation, member, LetterKind.NEW_PASSWORD, member.language, password, now
    )
    return {"account_id": account.id, "letter_id": letter.id,
            "leaves_on": letter.leaves_on.isoformat()}  # fmt: skip


def _first_login(session, operation, payload, now) -> dict:
    assert isinstance(payload, ops.AccountFirstLoginV1)
    member = _member(session, payload.member_niss)
    account = _account_of(session, member)
    if account is None:
        raise ops.OperationRejected("no_account", "the member has no online account")
    if account.status == AccountStatus.DEACTIVATED:
        raise ops.OperationRejected("account_deactivated", "deactivated since the login")
    activated = account.status == AccountStatus.PENDING_LETTER
    if activated:
        account.status = AccountStatus.ACTIVE
        account.activated_at = stored_utc(operation.created_at)
    return {"account_id": account.id, "activated": activated}


# --- Joining ------------------------------------------------------------------------------


def _affiliation_request(session, operation, payload, now) -> dict:
    assert isinstance(payload, ops.AffiliationRequestV1)
    received_on = _local_day(operation.created_at)  # the day it reached a contact point
    existing = session.scalars(select(Member).where(Member.niss == payload.member_niss)).first()
    if existing is not None and is_insured_on(existing.status, existing.left_on, received_on):
        raise ops.OperationRejected("already_member", "this person is a member")
    pending = session.scalar(
        select(AffiliationRequest.id).where(
            AffiliationRequest.niss == payload.member_niss,
            AffiliationRequest.status == AffiliationStatus.RECEIVED,
        )
    )
    if pending is not None:
        raise ops.OperationRejected("affiliation_pending", f"request {pending} is waiting")
    holder = None
    federation = {"federation_code": payload.federation_code}
    if payload.role == MemberRole.DEPENDANT:
        holder = session.scalars(select(Member).where(Member.niss == payload.holder_niss)).first()
        if (
            holder is None
            or holder.role != MemberRole.HOLDER
            or not is_insured_on(holder.status, holder.left_on, received_on)
        ):
            raise ops.OperationRejected("unknown_holder", "no such holder among the members")
        federation = {"federation_id": _federation_id(session, holder)}
    deadline_day = federation_parameter(
        session.connection(), "mutation_deadline_day", on=received_on,
        default=DEFAULT_DEADLINE_DAY, **federation,
    )  # fmt: skip
    effective_on = affiliation_effective_date(
        received_on, previous_mutuality=payload.previous_mutuality, deadline_day=int(deadline_day)
    )
    pdf = payload.pdf_bytes()
    document = Document(
        member_id=existing.id if existing is not None else None,
        kind="affiliation_request",
        title=text(payload.language, "form_title"),  # the signed form's own title
        direction=DocumentDirection.RECEIVED,
        dated_on=received_on,
        signed=True,
        signed_on=received_on,
        content_sha256=hashlib.sha256(pdf).hexdigest(),
        content=pdf,
        operation_id=operation.operation_id,
    )
    session.add(document)
    session.flush()
    request = AffiliationRequest(
        niss=payload.member_niss,
        surname=payload.surname,
        first_names=payload.first_names,
        birth_date=payload.birth_date,
        sex=payload.sex,
        nationality=payload.nationality,
        street_and_number=payload.street_and_number,
        postcode=payload.postcode,
        municipality=payload.municipality,
        language=payload.language,
        role=payload.role,
        holder_member_id=holder.id if holder is not None else None,
        previous_mutuality=payload.previous_mutuality,
        phone=payload.phone,
        email=payload.email,
        effective_on=effective_on,
        channel=Channel.COUNTER if operation.actor.startswith("staff:") else Channel.TERMINAL,
        received_at=stored_utc(operation.created_at),
        status=AffiliationStatus.RECEIVED,
        document_id=document.id,
        operation_id=operation.operation_id,
    )
    session.add(request)
    session.flush()
    return {
        "request_id": request.id,
        "document_id": document.id,
        "effective_on": effective_on.isoformat(),
    }


# --- The member's file: contact data (v2 adds the mobile) and bank account ---------------


def _contact_update_any_version(session, operation, payload, now) -> dict:
    if isinstance(payload, ops.ContactUpdateV1):
        return _contact_update(session, operation, payload, now)
    assert isinstance(payload, ops.ContactUpdateV2)
    member = _member(session, payload.member_niss)
    for field in ("phone", "mobile", "email"):
        value = getattr(payload, field)
        if value is not None:
            setattr(member, field, value or None)
    return {"member_id": member.id}


def _bank_update(session, operation, payload, now) -> dict:
    """The new account on the member, and the signed change form in their documents."""
    assert isinstance(payload, ops.BankUpdateV1)
    day = _local_day(operation.created_at)  # the day it was signed at the terminal
    member = _current_member(session, payload.member_niss, day)
    pdf = payload.pdf_bytes()
    document = Document(
        member_id=member.id,
        kind="bank_change",
        title=text(member.language, "bank_title"),  # the signed form's own title
        direction=DocumentDirection.RECEIVED,
        dated_on=day,
        signed=True,
        signed_on=day,
        content_sha256=payload.signed_pdf_sha256,
        content=pdf,
        operation_id=operation.operation_id,
    )
    session.add(document)
    member.iban = payload.iban
    session.flush()
    return {"member_id": member.id, "document_id": document.id}


def _account_register(session, operation, payload, now) -> dict:
    """No card (e-Mut's "classic" route): the account is opened as with the card, its letter
    posted to the home address on file. Whoever typed the number was told the same whatever
    happens here; a refusal (not a member, an account already, under age) is audited for staff.
    """
    assert isinstance(payload, ops.AccountRegisterV1)
    return _account_activate(session, operation, payload, now)


HANDLERS: dict[str, Handler] = {
    K.CONTACT_REQUEST: _contact_request,
    K.DOCUMENT_ORDER: _document_order,
    K.CONTACT_UPDATE: _contact_update_any_version,
    K.ACCOUNT_ACTIVATE: _account_activate,
    K.ACCOUNT_REGISTER: _account_register,
    K.PASSWORD_RESET: _password_reset,
    K.FIRST_LOGIN: _first_login,
    K.AFFILIATION_REQUEST: _affiliation_request,
    K.BANK_UPDATE: _bank_update,
}
