"""The central worker: applies inbox operations to the member data, each exactly once.

Each operation is applied in one transaction together with the change of its inbox row to
`applied` (or `rejected`, with its reason): a crash at any point leaves either both or neither.
Operations are taken in arrival order (the inbox id); a terminal pushes its own in its own
sequence, so they are applied in the order it made them, whatever its clock says.

Only one worker applies at a time on PostgreSQL (an advisory lock), so that order holds.

Before a handler runs, the operation's proof is checked (app/sync/proofs.py): a member's change
is applied only within a visit the central side opened for that member, or with the card's
signature over it; a staff operation only for the clerk whose own login pushed it
(staff_apply.py). A refusal for want of a proof is audited.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from cryptography import x509
from sqlalchemy import Engine, func, select, text
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session

from app.domain.codes import (
    AccountStatus,
    AnswerChannel,
    Channel,
    DocumentDirection,
    InboxState,
    Language,
    MemberRole,
    OrderRefusal,
    OrderStatus,
    RequestStatus,
    RequestTopic,
)
from app.domain.iban import formatted_iban
from app.domain.membership import is_insured_on, own_account_refusal
from app.domain.mutation import DEFAULT_DEADLINE_DAY, affiliation_effective_date
from app.domain.niss import Niss
from app.domain.passwords import hash_password
from app.domain.workdays import add_working_days
from app.store.db import writer
from app.store.models import (
    AffiliationRequest,
    AffiliationStatus,
    ContactRequest,
    ContactRequestEvent,
    Document,
    DocumentOrder,
    InboxOperation,
    Insurability,
    LetterKind,
    Member,
    OnlineAccount,
    PostalLetter,
)
from app.store.parameters import federation_parameter
from app.sync import operations as ops
from app.sync import proofs, staff_apply

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 3  # after this many unexpected failures an operation is held for staff
BRUSSELS = ZoneInfo("Europe/Brussels")
# Letters and digits that cannot be misread on paper: no 0/O/o, 1/l/I/i.
PASSWORD_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghjkmnpqrstuvwxyz23456789"
INITIAL_PASSWORD_LENGTH = 12
AFFILIATION_TITLE = {
    Language.FR: "Demande d'affiliation",
    Language.NL: "Aanvraag tot aansluiting",
    Language.DE: "Antrag auf Mitgliedschaft",
    Language.EN: "Request to join",
}
WORKER_LOCK = 0x6775_6963  # "guic": the advisory lock key of the one central worker


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


@dataclass(frozen=True)
class Outcome:
    operation_id: str
    state: InboxState
    reason: str | None = None


Handler = Callable[[Session, InboxOperation, ops.Payload, dt.datetime], dict]


def _member(session: Session, niss: str) -> Member:
    member = session.scalars(select(Member).where(Member.niss == niss)).first()
    if member is None:
        raise ops.OperationRejected("unknown_member", "no member with this national number")
    return member


def _contact_request(session, operation, payload, now) -> dict:
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
    session.flush()
    # "I cannot log in" needs no proof by its nature: kept apart by its topic, which the
    # counter's queue shows as not verified (a stored sentence would be in one language).
    session.add(ContactRequestEvent(request_id=request.id, at=now, status=RequestStatus.RECEIVED))
    return {"request_id": request.id}


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


def _may_see(session: Session, viewer: Member, target: Member, day: dt.date) -> bool:
    """The access rule of the member's file (app/domain/access.py): oneself, or a dependant
    below majority or of age without the blocking form."""
    from app.domain.access import Party, may_see

    def party(m: Member) -> Party:
        return Party(m.id, m.role, m.holder_id, m.birth_date, m.access_blocked_on)

    majority = federation_parameter(
        session.connection(), "majority_age", on=day,
        federation_id=_federation_id(session, target), default=18,
    )  # fmt: skip
    return may_see(party(viewer), party(target), day, int(majority))


def _document_order(session, operation, payload, now) -> dict:
    assert isinstance(payload, ops.DocumentOrderCreateV1)
    member = _member(session, payload.member_niss)
    for_member = _member(session, payload.for_niss)
    if not _may_see(session, member, for_member, _local_day(operation.created_at)):
        raise ops.OperationRejected("not_allowed", "the order is for someone else's file")
    # A European card needs cover in order on the day it was asked. Refused, the order stays
    # in the member's orders with its reason (a terminal that was offline could not check).
    refused = payload.kind == "ehic" and not _cover_in_order(
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


def _aware(moment: dt.datetime) -> dt.datetime:
    return moment.replace(tzinfo=dt.UTC) if moment.tzinfo is None else moment


def _local_day(moment: dt.datetime) -> dt.date:
    return _aware(moment).astimezone(BRUSSELS).date()


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
    working_days = federation_parameter(
        session.connection(), "letter_working_days", on=day,
        federation_id=_federation_id(session, member), default=3,
    )  # fmt: skip
    from app.documents.letters import credentials_letter, new_password_letter

    make = credentials_letter if kind == LetterKind.CREDENTIALS else new_password_letter
    secret = {"initial_password" if kind == LetterKind.CREDENTIALS else "new_password": password}
    pdf = make(_recipient(member), username=member.niss, language=language, dated=day, **secret)
    letter = PostalLetter(
        member_id=member.id,
        kind=kind,
        language=language,
        created_at=now,
        leaves_on=add_working_days(day, int(working_days)),
        sent_on=None,
        pdf=pdf,
        operation_id=operation.operation_id,
    )
    session.add(letter)
    session.flush()
    return letter


def _account_activate(session, operation, payload, now) -> dict:
    assert isinstance(payload, ops.AccountActivateV1)
    day = _local_day(now)
    member = _current_member(session, payload.member_niss, day)
    if _account_of(session, member) is not None:
        raise ops.OperationRejected("account_exists", "the member already has an online account")
    majority = federation_parameter(
        session.connection(), "majority_age", on=day,
        federation_id=_federation_id(session, member), default=18,
    )  # fmt: skip
    if refusal := own_account_refusal(member.role, member.birth_date, day, int(majority)):
        raise ops.OperationRejected(refusal, "a dependant under the majority age")
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
        account.activated_at = _aware(operation.created_at)
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
        title=AFFILIATION_TITLE[Language(payload.language)],
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
        received_at=_aware(operation.created_at),
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


BANK_CHANGE_TITLE = {
    Language.FR: "Changement de compte bancaire",
    Language.NL: "Wijziging van bankrekening",
    Language.DE: "Änderung der Bankverbindung",
    Language.EN: "Change of bank account",
}


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
        title=BANK_CHANGE_TITLE[Language(member.language)],
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


HANDLERS: dict[str, Handler] = {
    "contact_request.create": _contact_request,
    "document_order.create": _document_order,
    "member.contact.update": _contact_update_any_version,
    "account.activate": _account_activate,
    "account.password_reset": _password_reset,
    "account.first_login": _first_login,
    "affiliation.request": _affiliation_request,
    "member.bank.update": _bank_update,
    **staff_apply.HANDLERS,
}


@dataclass(frozen=True)
class SignedForms:
    """What the worker checks a signed form against: the roots of the eID cards' chains (the
    Belgium Root CAs; the test PKI's in the demo and the tests)."""

    trust_roots: tuple[x509.Certificate, ...]


class FormsNotCheckable(Exception):
    """A signed form arrived and the worker has no trust roots: it is held, never applied
    unchecked (`guichet-central worker --trust-roots`)."""


def _bank_form(payload: ops.BankUpdateV1) -> tuple[bytes, set[str], list[str]]:
    # Signed by the member themself, and the form names the account the request sets.
    return payload.pdf_bytes(), {payload.member_niss}, [formatted_iban(payload.iban)]


def _affiliation_form(payload: ops.AffiliationRequestV1) -> tuple[bytes, set[str], list[str]]:
    # Signed by the applicant (or, for a dependant, the holder they join), and it is theirs.
    signers = {payload.member_niss} | ({payload.holder_niss} if payload.holder_niss else set())
    return payload.pdf_bytes(), signers, [Niss(payload.member_niss).formatted()]


# The operations that carry a form signed with an eID card: (pdf, who may sign, what it says).
SIGNED_FORM_OF: dict[str, Callable[[ops.Payload], tuple[bytes, set[str], list[str]]]] = {
    "member.bank.update": _bank_form,
    "affiliation.request": _affiliation_form,
}


def _check_signed_form(kind: str, payload: ops.Payload, forms: SignedForms | None) -> None:
    if kind not in SIGNED_FORM_OF:
        return
    if forms is None:
        raise FormsNotCheckable(kind)
    from app.documents.signing import check_signed_form

    pdf, signers, says = SIGNED_FORM_OF[kind](payload)
    problem = check_signed_form(pdf, forms.trust_roots, signers=signers, must_say=says)
    if problem is not None:
        raise ops.OperationRejected("signature_invalid", problem)


def _next_query(dialect: str):
    query = (
        select(InboxOperation)
        .where(InboxOperation.state == InboxState.RECEIVED)
        .order_by(InboxOperation.id)
        .limit(1)
    )
    if dialect == "postgresql":
        query = query.with_for_update(skip_locked=True)
    return query


def apply_next(
    engine: Engine,
    *,
    now: Callable[[], dt.datetime] = utcnow,
    forms: SignedForms | None = None,
) -> Outcome | None:
    """Apply the oldest received operation; None when there is none.

    `forms`: the trust roots a signed form's card signature, and a card proof, are checked
    against; without them an operation that needs one is held (kept for staff, never applied
    unchecked).
    """
    with Session(writer(engine)) as session, session.begin():
        operation = session.scalars(_next_query(engine.dialect.name)).first()
        if operation is None:
            return None
        at = now()
        try:
            payload = ops.validate(operation.kind, operation.version, operation.payload)
            proofs.check_proof(
                session,
                operation,
                payload,
                trust_roots=forms.trust_roots if forms is not None else None,
                dialect=engine.dialect.name,
            )
            _check_signed_form(operation.kind, payload, forms)
            with session.begin_nested():
                result = HANDLERS[operation.kind](session, operation, payload, at)
        except ops.OperationRejected as exc:
            operation.state = InboxState.REJECTED
            operation.reason = exc.code
            operation.detail = exc.detail[:2000]
            operation.applied_at = at
            if exc.code in proofs.PROOF_REASONS:
                proofs.audit_refusal(session, operation, exc.code, at)
            else:
                staff_apply.audit_outcome(session, operation, applied=False, reason=exc.code, at=at)
        except (FormsNotCheckable, proofs.ProofNotCheckable) as exc:
            what = "signed form" if isinstance(exc, FormsNotCheckable) else "card proof"
            log.warning(
                "operation %s (%s) held: the worker has no trust roots to check its %s",
                operation.operation_id,
                operation.kind,
                what,
            )
            operation.state = InboxState.HELD
            operation.reason = "held"
            operation.detail = f"no trust roots: the {what} cannot be checked"
        except (OperationalError, DBAPIError) as exc:
            if getattr(exc, "connection_invalidated", False) or isinstance(exc, OperationalError):
                raise  # the database is gone: nothing was applied, try again later
            _failed(operation, exc)
        except Exception as exc:  # a defect in a handler: never loop on it, never drop it
            _failed(operation, exc)
        else:
            operation.state = InboxState.APPLIED
            operation.result = result
            operation.applied_at = at
            staff_apply.audit_outcome(session, operation, applied=True, at=at)
        return Outcome(str(operation.operation_id), operation.state, operation.reason)


def _failed(operation: InboxOperation, exc: Exception) -> None:
    operation.attempts = (operation.attempts or 0) + 1
    # The driver's own message, without SQLAlchemy's dump of the statement's parameters.
    cause = getattr(exc, "orig", None) or exc
    operation.detail = f"{type(cause).__name__}: {cause}"[:2000]
    # The log names the operation only: its payload is a member's data and stays out of logs.
    log.error(
        "operation %s (%s) failed: %s", operation.operation_id, operation.kind, type(cause).__name__
    )
    if operation.attempts >= MAX_ATTEMPTS:
        operation.state = InboxState.HELD
        operation.reason = "held"


def apply_pending(
    engine: Engine,
    limit: int | None = None,
    *,
    forms: SignedForms | None = None,
    now: Callable[[], dt.datetime] = utcnow,
) -> list[Outcome]:
    """Apply received operations until none is left (or `limit` were handled)."""
    outcomes: list[Outcome] = []
    while limit is None or len(outcomes) < limit:
        outcome = apply_next(engine, forms=forms, now=now)
        if outcome is None:
            break
        outcomes.append(outcome)
    return outcomes


class WorkerLock:
    """The one-worker lock: a PostgreSQL advisory lock held on its own connection."""

    def __init__(self, engine: Engine):
        self.engine = engine
        self.connection = None

    def acquire(self) -> bool:
        if self.engine.dialect.name != "postgresql":
            return True  # SQLite serialises writers itself
        self.connection = self.engine.connect()
        got = self.connection.execute(
            text("SELECT pg_try_advisory_lock(:key)"), {"key": WORKER_LOCK}
        ).scalar_one()
        if not got:
            self.connection.close()
            self.connection = None
        return bool(got)

    def release(self) -> None:
        if self.connection is not None:
            self.connection.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": WORKER_LOCK})
            self.connection.close()
            self.connection = None
