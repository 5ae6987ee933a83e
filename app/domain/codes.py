"""The closed lists of the mutuality's world (statuses, kinds, roles), as string enums."""

from __future__ import annotations

from enum import StrEnum


class Language(StrEnum):
    FR = "fr"
    NL = "nl"
    DE = "de"
    EN = "en"


class Sex(StrEnum):
    MALE = "M"
    FEMALE = "F"
    OTHER = "X"


class MemberRole(StrEnum):
    HOLDER = "holder"  # titulaire: insured in their own right, pays the contribution
    DEPENDANT = "dependant"  # personne à charge: insured through a holder


class MemberStatus(StrEnum):
    ACTIVE = "active"
    MUTATION_PENDING = "mutation_pending"  # joining from another mutuality, effective next quarter
    LEFT = "left"
    DECEASED = "deceased"


class AccountStatus(StrEnum):
    PENDING_LETTER = "pending_letter"  # created, credentials letter on its way by post
    ACTIVE = "active"
    DEACTIVATED = "deactivated"


class LoginMode(StrEnum):
    PASSWORD = "password"
    EID = "eid"
    TOKEN = "token"  # federal token: username, password and a code from the 24-code card


class PaymentKind(StrEnum):
    REIMBURSEMENT = "reimbursement"
    MAF_REFUND = "maf_refund"


class WorkStatus(StrEnum):
    EMPLOYEE = "employee"
    WORKER = "worker"
    UNEMPLOYED = "unemployed"
    SELF_EMPLOYED = "self_employed"


class IncapacityPhase(StrEnum):
    PRIMARY = "primary"  # first year
    INVALIDITY = "invalidity"  # recognised after the first year


class CertificateKind(StrEnum):
    INITIAL = "initial"
    PROLONGATION = "prolongation"
    RESUMPTION = "resumption"  # end of incapacity / return to work
    PARTIAL_RESUMPTION = "partial_resumption"


class ConvocationStatus(StrEnum):
    PLANNED = "planned"
    ATTENDED = "attended"
    MISSED = "missed"
    CANCELLED = "cancelled"


class MafKind(StrEnum):
    INCOME = "income"  # MAF revenus: ceiling by household income bracket
    SOCIAL = "social"  # BIM households
    CHILD = "child"  # individual ceiling for a child under 19


class AgreementDecision(StrEnum):
    PENDING = "pending"
    GRANTED = "granted"
    REFUSED = "refused"


class DocumentDirection(StrEnum):
    RECEIVED = "received"  # from the member (forms, certificates)
    SENT = "sent"  # to the member (letters, statements, cards)


class OrderKind(StrEnum):
    STICKERS = "stickers"  # pink vignettes
    ENVELOPES = "envelopes"  # pre-addressed envelopes
    INCAPACITY_CERTIFICATE = "incapacity_certificate"  # blank confidential certificate form
    EHIC = "ehic"  # European health insurance card


class OrderStatus(StrEnum):
    RECEIVED = "received"
    PROCESSING = "processing"
    SENT = "sent"
    REJECTED = "rejected"


class Channel(StrEnum):
    TERMINAL = "terminal"
    COUNTER = "counter"
    ONLINE = "online"
    POST = "post"


class RequestStatus(StrEnum):
    RECEIVED = "received"
    IN_PROGRESS = "in_progress"
    ANSWERED = "answered"
    CLOSED = "closed"


class AnswerChannel(StrEnum):
    """How a member asked to be answered ("Contact us")."""

    EMAIL = "email"
    LETTER = "letter"
    PHONE = "phone"


class RequestTopic(StrEnum):
    """What a question is about, so that it reaches the right desk."""

    REIMBURSEMENT = "reimbursement"
    INCAPACITY = "incapacity"
    STICKERS = "stickers"  # stickers, envelopes, certificates, the European card
    MEMBERSHIP = "membership"  # affiliation, dependants, contributions
    CANNOT_LOG_IN = "cannot_log_in"  # the online account ("I cannot log in")
    OTHER = "other"


class OrderRefusal(StrEnum):
    """Why an order is refused, as the member reads it (a clerk may add a note)."""

    COVER_NOT_IN_ORDER = "cover_not_in_order"  # the European card needs cover in order
    ALREADY_SENT = "already_sent"  # the same documents went out a short while ago
    ADDRESS_UNKNOWN = "address_unknown"  # post comes back: the address must be checked first
    OTHER = "other"


class StaffRole(StrEnum):
    CLERK = "clerk"
    SUPERVISOR = "supervisor"
    ADMIN = "admin"


class InboxState(StrEnum):
    """An operation in the central inbox."""

    RECEIVED = "received"  # pushed by a terminal, not yet applied
    APPLIED = "applied"
    REJECTED = "rejected"  # refused with a reason (invalid, or against a business rule)
    HELD = "held"  # failed unexpectedly several times: kept for staff, never dropped


class OutboxState(StrEnum):
    """An operation in a terminal's outbox."""

    PENDING = "pending"  # not yet in the central inbox
    SENT = "sent"  # in the central inbox, result not known yet
    APPLIED = "applied"
    REJECTED = "rejected"
