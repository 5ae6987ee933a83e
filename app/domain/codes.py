"""The closed lists of the mutuality's world (statuses, kinds, roles), as string enums.

String enums, so that a value stored, sent in an operation or shown by a screen is its plain
string, and compares equal to it; the core and the screens name the members.
"""

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


class CertificateChannel(StrEnum):
    """How a certificate reached the mutuality (domain.md §14: electronic from GPs since 2026)."""

    PAPER = "paper"  # posted or handed in; registered by a clerk on the day it came in
    ELECTRONIC = "electronic"  # sent by the doctor (Mult-eMediatt): nothing for the member to send
    DECLARATION = "declaration"  # the member's own declaration (a return to work at a terminal)


class FamilySituation(StrEnum):
    """The family situation the indemnity's rate and minimum depend on (domain.md §6, §14)."""

    WITH_DEPENDANTS = "with_dependants"  # chef de famille / met gezinslast
    SINGLE = "single"  # isolé / alleenstaande
    COHABITANT = "cohabitant"  # cohabitant / samenwonende


class ResumedAs(StrEnum):
    """What a member resumes when their incapacity ends."""

    WORK = "work"
    UNEMPLOYMENT = "unemployment"


class ResumptionStatus(StrEnum):
    """A partial resumption request (travail autorisé): the medical adviser's decision."""

    RECEIVED = "received"  # the member may already start (employees); waits for the adviser
    AUTHORISED = "authorised"
    REFUSED = "refused"  # the member must stop at once


class Timeliness(StrEnum):
    """How a declaration or a request stood against its deadline on the day it reached us."""

    ON_TIME = "on_time"
    LATE_CUT = "late_cut"  # late: the indemnity is cut (10 %) up to the day it arrived
    LATE_NO_INDEMNITY = "late_no_indemnity"  # too late: no indemnity from the day it concerns


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


class LetterKind(StrEnum):
    """A letter the mutuality posts: because a terminal asked for it, or at a dependant's
    majority (app/sync/majority.py)."""

    CREDENTIALS = "credentials"  # a new online account's username and initial password
    NEW_PASSWORD = "new_password"  # after "I forgot my password"
    # At majority: the holder keeps seeing the dependant's file unless they return the signed
    # blocking form enclosed (no password in it).
    HOLDER_ACCESS = "holder_access"


class AffiliationStatus(StrEnum):
    RECEIVED = "received"  # signed at a terminal or a counter, waiting for staff
    ACCEPTED = "accepted"
    REFUSED = "refused"


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


# --- Values that cross from the core to the screens -------------------------------------------


class TerminalMode(StrEnum):
    """How the program serves (`--mode`, the `mode` setting): a kiosk the member uses alone, or
    a counter where a clerk signs in and serves the person in front of them."""

    KIOSK = "kiosk"
    COUNTER = "counter"


class RouteKind(StrEnum):
    """Where a person goes once the central side knows who they are (the card's holder, or a
    login): the gatekeeper says it when it opens the visit, the session's next step follows."""

    ACTIVE_ACCOUNT = "active_account"  # the member's home
    NO_ACCOUNT = "no_account"  # a member without an online account: ask for one
    ACCOUNT_PENDING = "account_pending"  # its letter is on its way: explained
    ACCOUNT_DEACTIVATED = "account_deactivated"  # said, with whom to ask
    NOT_MEMBER = "not_member"  # joining
    AFFILIATION_PENDING = "affiliation_pending"  # a request to join waits for staff: explained
    MEMBER = "member"  # at a counter: the member's file is open (the account does not matter)


class BankChangeMode(StrEnum):
    """Whether the bank account page lets the member change the account payments go to."""

    ALLOWED = "allowed"  # an eID or token login, and a card in the reader to sign the form
    CARD_NEEDED = "card_needed"  # an eID or token login, no card in the reader to sign it
    PASSWORD_LOGIN = "password"  # a password alone cannot redirect payments


# --- Issue 16: accidents, the nomenclature, a hospital stay, appointments, queue tickets -----


class AccidentStatus(StrEnum):
    """An accident declaration the mutuality asks for (domain.md §10, §14)."""

    TO_RETURN = "to_return"  # opened by the detection job: the member must return it
    RECEIVED = "received"  # returned: signed at a terminal, or a paper one a clerk registered
    HANDLED = "handled"  # the Accidents service dealt with it (it leaves their queue)


class AccidentKind(StrEnum):
    """Where an accident happened, as the member says on the declaration."""

    WORK = "work"  # at work or on the way to work
    SCHOOL = "school"
    ROAD = "road"
    SPORT = "sport"
    HOME = "home"  # at home or in private life
    OTHER = "other"
    NOT_AN_ACCIDENT = "not_an_accident"  # returning it is an obligation even then


class AgeBand(StrEnum):
    """The age bands some reimbursements depend on (domain.md §14: < 10, 10–75, 75+ or
    chronic); ALL when the fee does not depend on age."""

    ALL = "all"
    UNDER_10 = "under_10"
    FROM_10 = "from_10"  # 10 to 74
    FROM_75 = "from_75"  # 75 and over, or chronically ill


class HospitalCategory(StrEnum):
    """Whose daily personal share a hospital stay costs (domain.md §14)."""

    ORDINARY = "ordinary"
    BIM = "bim"
    DEPENDANT = "dependant"  # a child or dependant, a long-term unemployed person


class RoomType(StrEnum):
    SHARED = "shared"  # three beds or more
    TWO_BED = "two_bed"
    SINGLE = "single"  # chosen for comfort: supplements allowed


class ContactService(StrEnum):
    """Whom a member comes to see at an agency: appointments and queue tickets."""

    ADVISER = "adviser"  # a counter adviser
    SOCIAL = "social"  # the social service
    MEDICAL = "medical"  # the medical adviser


class AppointmentStatus(StrEnum):
    BOOKED = "booked"
    CANCELLED = "cancelled"
    MOVED = "moved"  # replaced by another appointment (`replaced_by_id`)


class TicketStatus(StrEnum):
    WAITING = "waiting"
    CALLED = "called"  # called to a desk
    DONE = "done"  # the desk called the next one
