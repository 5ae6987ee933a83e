"""Operations: the only way a terminal changes central data, each a kind, a version, a payload.

A payload is validated with the same pydantic model on the terminal (before it is queued, so
the member hears about a mistake at once) and in the central worker (before it is applied, so a
terminal with old or broken code cannot write nonsense). A new field that changes meaning is a
new version; old versions stay registered until no terminal sends them.

Rejections carry a stable `code` (the terminal translates it for the member) and a `detail`
for staff.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import hashlib
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationError,
    model_validator,
)

from app.domain import phone as phone_rules
from app.domain.codes import (
    AnswerChannel,
    CertificateKind,
    Channel,
    Language,
    MemberRole,
    OrderKind,
    OrderRefusal,
    RequestTopic,
    ResumedAs,
    Sex,
    WorkStatus,
)
from app.domain.iban import Iban, InvalidIban
from app.domain.mutation import MUTUALITY_CODES
from app.sync.contact_point_operations import (
    AccidentDeclarationReturnV1,
    AppointmentBookV1,
    AppointmentCancelV1,
    AppointmentMoveV1,
    StaffAccidentRegisterV1,
    StaffAccidentV1,
    StaffSlotsOpenV1,
    StaffSlotsWithdrawV1,
    StaffTicketCallV1,
    TicketIssueV1,
)
from app.sync.payload import (
    MAX_SIGNED_PDF_BYTES,
    POSTCODE,
    NissText,
    OperationRejected,
    Payload,
    SignedForm,
    Text,
    email_problem,
    phone_problem,
)


class ContactRequestCreateV1(Payload):
    """A question asked through "Contact us"."""

    topic: Annotated[Text, Field(max_length=40)]
    subject: Annotated[Text, Field(max_length=200)]
    message: Annotated[Text, Field(max_length=5000)]
    channel: Channel


class ContactRequestCreateV2(Payload):
    """A question asked through "Contact us": how to be answered, and the contact details the
    form showed, changed or not (None keeps a value, "" clears it; the file takes them too)."""

    topic: RequestTopic
    subject: Annotated[Text, Field(max_length=200)]
    message: Annotated[Text, Field(max_length=5000)]
    channel: Channel
    answer_by: AnswerChannel
    phone: str | None = None
    mobile: str | None = None
    email: str | None = None

    @model_validator(mode="after")
    def _check(self) -> ContactRequestCreateV2:
        if phone_problem(self.phone):
            raise ValueError("not a phone number")
        if phone_rules.mobile_problem(self.mobile):
            raise ValueError("not a mobile number")
        if email_problem(self.email):
            raise ValueError("not an e-mail address")
        if self.answer_by == AnswerChannel.EMAIL and self.email == "":
            raise ValueError("an answer by e-mail needs an e-mail address")
        return self


class DocumentOrderCreateV1(Payload):
    """Documents ordered for oneself or a person one may see."""

    for_niss: NissText
    kind: OrderKind
    quantity: Annotated[int, Field(ge=1, le=10)]
    channel: Channel

    @model_validator(mode="after")
    def _one_card(self) -> DocumentOrderCreateV1:
        if self.kind in (OrderKind.EHIC, OrderKind.INCAPACITY_CERTIFICATE) and self.quantity != 1:
            raise ValueError("this document is ordered one at a time")
        return self


class ContactUpdateV1(Payload):
    """New phone or e-mail address; None keeps the current value, "" clears it."""

    phone: str | None = None
    email: str | None = None

    @model_validator(mode="after")
    def _check(self) -> ContactUpdateV1:
        if self.phone is None and self.email is None:
            raise ValueError("nothing to change")
        if phone_problem(self.phone):
            raise ValueError("not a phone number")
        if email_problem(self.email):
            raise ValueError("not an e-mail address")
        return self


class AccountActivateV1(Payload):
    """A member with no online account asks for one: it is created and its letter posted."""

    language: Language  # of the credentials letter


class AccountRegisterV1(Payload):
    """No card, no account (e-Mut's "classic" route): the account is opened and its
    credentials posted to the home address on file, as with the card. The terminal tells
    whoever typed the number the same thing whatever the central side decides."""

    language: Language  # of the credentials letter


class AccountPasswordResetV1(Payload):
    """After "I forgot my password": a new one is made and posted, the account unlocked."""


class AccountFirstLoginV1(Payload):
    """The first login with the letter's password: the pending account becomes active."""


class AffiliationRequestV1(Payload):
    """A person joins, as a holder or as a dependant, with their signed request (a PDF).

    `member_niss` is the applicant's national number (from their eID card).
    """

    surname: Annotated[Text, Field(max_length=120)]
    first_names: Annotated[str, StringConstraints(strip_whitespace=True, max_length=120)]
    birth_date: dt.date | None
    sex: Sex | None
    nationality: Annotated[str, Field(max_length=60)] | None = None
    street_and_number: Annotated[Text, Field(max_length=160)]
    postcode: Annotated[str, StringConstraints(pattern=POSTCODE.pattern)]
    municipality: Annotated[Text, Field(max_length=80)]
    language: Language
    role: MemberRole
    holder_niss: NissText | None = None
    previous_mutuality: str | None = None
    phone: str | None = None
    email: str | None = None
    federation_code: Annotated[str, Field(max_length=8)] | None = None
    effective_on: dt.date  # as the terminal worked it out; the central side works it out again
    signed_pdf: str  # base64
    signed_pdf_sha256: Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")]

    @model_validator(mode="after")
    def _check(self) -> AffiliationRequestV1:
        if (self.role == MemberRole.DEPENDANT) != (self.holder_niss is not None):
            raise ValueError("a dependant names a holder, a holder does not")
        if self.holder_niss == self.member_niss:
            raise ValueError("a person cannot be their own holder")
        if self.previous_mutuality is not None and self.previous_mutuality not in MUTUALITY_CODES:
            raise ValueError("not a Belgian mutuality")
        if phone_problem(self.phone):
            raise ValueError("not a phone number")
        if email_problem(self.email):
            raise ValueError("not an e-mail address")
        pdf = self.pdf_bytes()
        if not pdf.startswith(b"%PDF-") or len(pdf) > MAX_SIGNED_PDF_BYTES:
            raise ValueError("the signed request is not a PDF of at most 5 MB")
        if hashlib.sha256(pdf).hexdigest() != self.signed_pdf_sha256:
            raise ValueError("the signed request does not match its SHA-256")
        return self

    def pdf_bytes(self) -> bytes:
        try:
            return base64.b64decode(self.signed_pdf, validate=True)
        except (binascii.Error, ValueError) as exc:
            raise ValueError("the signed request is not base64") from exc


class ContactUpdateV2(Payload):
    """New phone, mobile or e-mail address; None keeps the current value, "" clears it."""

    phone: str | None = None
    mobile: str | None = None
    email: str | None = None

    @model_validator(mode="after")
    def _check(self) -> ContactUpdateV2:
        if self.phone is None and self.mobile is None and self.email is None:
            raise ValueError("nothing to change")
        if phone_problem(self.phone):
            raise ValueError("not a phone number")
        if phone_rules.mobile_problem(self.mobile):
            raise ValueError("not a mobile number")
        if email_problem(self.email):
            raise ValueError("not an e-mail address")
        return self


class BankUpdateV1(SignedForm):
    """A new bank account, with the change form the member signed with their card (a PDF)."""

    iban: Annotated[str, StringConstraints(pattern=r"^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$")]

    @model_validator(mode="after")
    def _check(self) -> BankUpdateV1:
        try:
            if Iban.parse(self.iban).compact != self.iban:
                raise ValueError("the IBAN is not in compact form")
        except InvalidIban as exc:
            raise ValueError(exc.reason) from exc
        return self


Hours = Annotated[Decimal, Field(gt=0, le=168, max_digits=5, decimal_places=2)]


class PartialResumptionV1(SignedForm):
    """A request to work part time during an incapacity (domain.md §14), with the form the
    member signed with their card. The central worker dates its arrival and its timeliness."""

    starts_on: dt.date
    work_hours: Hours  # a week
    reference_hours: Hours  # a full-time week of the same job
    employer: Annotated[Text, Field(max_length=200)]
    self_employed: bool = False
    channel: Channel

    @model_validator(mode="after")
    def _check(self) -> PartialResumptionV1:
        if self.work_hours >= self.reference_hours:
            raise ValueError("the hours worked must be fewer than the reference hours")
        return self


class ReturnToWorkV1(Payload):
    """The member declares the day they resume (work or unemployment): their incapacity ends
    the day before."""

    resumes_on: dt.date
    resumes_as: ResumedAs
    channel: Channel


GENERIC_FILE_NAME = r"^document-[0-9]{4}-[0-9]{2}-[0-9]{2}\.pdf$"  # nothing of what it is


class DocumentEmailV1(Payload):
    """Send to my e-mail (issue 19): a document the terminal made for the member (the same PDF
    it would print) to send to the e-mail address on the member's file. No address here: the
    central worker reads it from the file (app/sync/mail.py); the name is generic."""

    document: Literal["official_receipt", "indemnity_statement", "document"]
    file_name: Annotated[str, StringConstraints(pattern=GENERIC_FILE_NAME)]
    pdf: str  # base64

    @model_validator(mode="after")
    def _check(self) -> DocumentEmailV1:
        pdf = self.pdf_bytes()
        if not pdf.startswith(b"%PDF-") or len(pdf) > MAX_SIGNED_PDF_BYTES:
            raise ValueError("the document is not a PDF of at most 5 MB")
        return self

    def pdf_bytes(self) -> bytes:
        try:
            return base64.b64decode(self.pdf, validate=True)
        except (binascii.Error, ValueError) as exc:
            raise ValueError("the document is not base64") from exc


# --- What counter staff do (actor "staff:<login>"; the worker checks who, and from where) ---


class StaffOrderV1(Payload):
    """Take an order from the queue, or mark it sent (`member_niss`: whose order it is)."""

    order_id: Annotated[int, Field(ge=1)]


class StaffOrderRejectV1(StaffOrderV1):
    reason: OrderRefusal
    # Kept with the reason's code in document_order.reason (200 characters in all).
    note: Annotated[str, StringConstraints(strip_whitespace=True, max_length=150)] | None = None


class StaffRequestV1(Payload):
    """Take a question from the queue."""

    request_id: Annotated[int, Field(ge=1)]


class StaffRequestAnswerV1(StaffRequestV1):
    answer: Annotated[Text, Field(max_length=5000)]


class StaffCertificateRegisterV1(Payload):
    """A paper certificate a clerk registers (`member_niss`: whose it is), dated the day it came
    in; the worker files it as a first declaration, a prolongation or a relapse."""

    kind: CertificateKind
    covers_from: dt.date
    covers_to: dt.date
    received_on: dt.date
    doctor_name: Annotated[Text, Field(max_length=120)]
    work_status: WorkStatus | None = None  # for a first declaration (a new incapacity)

    @model_validator(mode="after")
    def _check(self) -> StaffCertificateRegisterV1:
        if self.covers_to < self.covers_from:
            raise ValueError("the certificate ends before it starts")
        return self


class StaffCertificateCheckV1(Payload):
    """The medical adviser saw a received certificate (it leaves the queue)."""

    certificate_id: Annotated[int, Field(ge=1)]


class StaffResumptionV1(Payload):
    """Take a partial resumption request from the queue."""

    resumption_id: Annotated[int, Field(ge=1)]


class StaffResumptionDecideV1(StaffResumptionV1):
    """The medical adviser's decision on a partial resumption (a refusal says why)."""

    authorised: bool
    reason: Annotated[str, StringConstraints(strip_whitespace=True, max_length=500)] | None = None

    @model_validator(mode="after")
    def _check(self) -> StaffResumptionDecideV1:
        if not self.authorised and not self.reason:
            raise ValueError("a refusal says why")
        return self


class StaffAccountReactivateV1(Payload):
    """A deactivated online account made active again (a supervisor's decision)."""


class StaffBlockingFormV1(Payload):
    """The signed blocking form a dependant of age returned (`member_niss`: the dependant):
    from `received_on`, their holder no longer sees their file (domain.md §13)."""

    received_on: dt.date


class StaffLettersPostedV1(BaseModel):
    """The letters printed as one batch at the counter went to the post: each is marked sent
    and its PDF (a password in clear) erased. Many members: no `member_niss`."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    member_niss: None = None
    letter_ids: Annotated[list[Annotated[int, Field(ge=1)]], Field(min_length=1, max_length=500)]
    posted_on: dt.date


class OperationKind(StrEnum):
    """What an operation does: the terminal queues it under this name, the central worker
    finds its handler by it (app/sync/member_apply.py, app/sync/staff_apply.py)."""

    CONTACT_REQUEST = "contact_request.create"
    DOCUMENT_ORDER = "document_order.create"
    CONTACT_UPDATE = "member.contact.update"
    BANK_UPDATE = "member.bank.update"
    ACCOUNT_ACTIVATE = "account.activate"
    ACCOUNT_REGISTER = "account.register"
    PASSWORD_RESET = "account.password_reset"
    FIRST_LOGIN = "account.first_login"
    AFFILIATION_REQUEST = "affiliation.request"
    PARTIAL_RESUMPTION = "incapacity.partial_resumption"
    RETURN_TO_WORK = "incapacity.return_to_work"
    ACCIDENT_RETURN = "accident.declaration.return"
    APPOINTMENT_BOOK = "appointment.book"
    APPOINTMENT_MOVE = "appointment.move"
    APPOINTMENT_CANCEL = "appointment.cancel"
    TICKET_ISSUE = "ticket.issue"  # anonymous: no member, no proof (app/sync/proofs.py)
    DOCUMENT_EMAIL = "document.email"  # to the address on file (app/sync/mail.py)
    # a clerk's (actor "staff:<login>")
    STAFF_ORDER_TAKE = "staff.order.take"
    STAFF_ORDER_FULFIL = "staff.order.fulfil"
    STAFF_ORDER_REJECT = "staff.order.reject"
    STAFF_REQUEST_TAKE = "staff.request.take"
    STAFF_REQUEST_ANSWER = "staff.request.answer"
    STAFF_ACCOUNT_REACTIVATE = "staff.account.reactivate"
    STAFF_ACCESS_BLOCK = "staff.access.block"
    STAFF_LETTERS_POSTED = "staff.letters.posted"
    STAFF_CERTIFICATE_REGISTER = "staff.certificate.register"
    STAFF_CERTIFICATE_CHECK = "staff.certificate.check"  # a medical adviser's
    STAFF_RESUMPTION_TAKE = "staff.resumption.take"
    STAFF_RESUMPTION_DECIDE = "staff.resumption.decide"  # a medical adviser's
    STAFF_ACCIDENT_REGISTER = "staff.accident.register"  # a paper declaration received
    STAFF_ACCIDENT_HANDLE = "staff.accident.handle"  # the Accidents service dealt with it
    STAFF_SLOTS_OPEN = "staff.slots.open"
    STAFF_SLOTS_WITHDRAW = "staff.slots.withdraw"
    STAFF_TICKET_CALL = "staff.ticket.call"


K = OperationKind

STAFF_KINDS = frozenset(kind for kind in OperationKind if kind.startswith("staff."))


@dataclass(frozen=True)
class OperationType:
    kind: OperationKind
    version: int
    model: type[BaseModel]


REGISTRY: dict[tuple[str, int], OperationType] = {
    (t.kind, t.version): t
    for t in (
        OperationType(K.CONTACT_REQUEST, 1, ContactRequestCreateV1),
        OperationType(K.DOCUMENT_ORDER, 1, DocumentOrderCreateV1),
        OperationType(K.CONTACT_UPDATE, 1, ContactUpdateV1),
        OperationType(K.ACCOUNT_ACTIVATE, 1, AccountActivateV1),
        OperationType(K.ACCOUNT_REGISTER, 1, AccountRegisterV1),
        OperationType(K.PASSWORD_RESET, 1, AccountPasswordResetV1),
        OperationType(K.FIRST_LOGIN, 1, AccountFirstLoginV1),
        OperationType(K.AFFILIATION_REQUEST, 1, AffiliationRequestV1),
        OperationType(K.CONTACT_UPDATE, 2, ContactUpdateV2),
        OperationType(K.BANK_UPDATE, 1, BankUpdateV1),
        OperationType(K.CONTACT_REQUEST, 2, ContactRequestCreateV2),
        OperationType(K.STAFF_ORDER_TAKE, 1, StaffOrderV1),
        OperationType(K.STAFF_ORDER_FULFIL, 1, StaffOrderV1),
        OperationType(K.STAFF_ORDER_REJECT, 1, StaffOrderRejectV1),
        OperationType(K.STAFF_REQUEST_TAKE, 1, StaffRequestV1),
        OperationType(K.STAFF_REQUEST_ANSWER, 1, StaffRequestAnswerV1),
        OperationType(K.STAFF_ACCOUNT_REACTIVATE, 1, StaffAccountReactivateV1),
        OperationType(K.STAFF_ACCESS_BLOCK, 1, StaffBlockingFormV1),
        OperationType(K.STAFF_LETTERS_POSTED, 1, StaffLettersPostedV1),
        OperationType(K.PARTIAL_RESUMPTION, 1, PartialResumptionV1),
        OperationType(K.RETURN_TO_WORK, 1, ReturnToWorkV1),
        OperationType(K.STAFF_CERTIFICATE_REGISTER, 1, StaffCertificateRegisterV1),
        OperationType(K.STAFF_CERTIFICATE_CHECK, 1, StaffCertificateCheckV1),
        OperationType(K.STAFF_RESUMPTION_TAKE, 1, StaffResumptionV1),
        OperationType(K.STAFF_RESUMPTION_DECIDE, 1, StaffResumptionDecideV1),
        OperationType(K.ACCIDENT_RETURN, 1, AccidentDeclarationReturnV1),
        OperationType(K.APPOINTMENT_BOOK, 1, AppointmentBookV1),
        OperationType(K.APPOINTMENT_MOVE, 1, AppointmentMoveV1),
        OperationType(K.APPOINTMENT_CANCEL, 1, AppointmentCancelV1),
        OperationType(K.TICKET_ISSUE, 1, TicketIssueV1),
        OperationType(K.DOCUMENT_EMAIL, 1, DocumentEmailV1),
        OperationType(K.STAFF_ACCIDENT_REGISTER, 1, StaffAccidentRegisterV1),
        OperationType(K.STAFF_ACCIDENT_HANDLE, 1, StaffAccidentV1),
        OperationType(K.STAFF_SLOTS_OPEN, 1, StaffSlotsOpenV1),
        OperationType(K.STAFF_SLOTS_WITHDRAW, 1, StaffSlotsWithdrawV1),
        OperationType(K.STAFF_TICKET_CALL, 1, StaffTicketCallV1),
    )
}


def validate(kind: str, version: int, payload: Any) -> BaseModel:
    """The payload as its model, or OperationRejected saying what is wrong with it."""
    if not any(k == kind for k, _v in REGISTRY):
        raise OperationRejected("unknown_kind", f"unknown operation {kind!r}")
    operation = REGISTRY.get((kind, version))
    if operation is None:
        raise OperationRejected("unsupported_version", f"{kind} has no version {version}")
    if not isinstance(payload, dict):
        raise OperationRejected("invalid_payload", "the payload is not an object")
    try:
        return operation.model.model_validate(payload)
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in error['loc']) or 'payload'}: {error['msg']}"
            for error in exc.errors(include_url=False)
        )
        raise OperationRejected("invalid_payload", problems) from exc


def latest_version(kind: str) -> int:
    versions = [v for k, v in REGISTRY if k == kind]
    if not versions:
        raise OperationRejected("unknown_kind", f"unknown operation {kind!r}")
    return max(versions)
