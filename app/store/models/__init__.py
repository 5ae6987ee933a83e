"""The central database's schema: the mutuality's members, their cover, payments and requests.

Money is Decimal (ExactDecimal); rules that change with time (ages, contributions, fees, ceilings,
payment dates) are dated rows, looked up for the date they apply to. One module per part of the
mutuality's world; every table is importable from here (Alembic's environment imports `Base`
from here, so every table is in its metadata):

- base.py: the declarative base, the naming convention, closed lists as columns (`code_enum`)
- members.py: federations and their dated parameters, agencies, households, members, their
  insurability, online accounts and logins
- care.py: nomenclature and fees, payments and reimbursement lines, the GMD, incapacity and
  indemnities, the payment calendar, convocations, the MAF, young savers, medical agreements
- requests.py: documents, orders, questions and their history, postal letters, joining, the
  dependants handled at majority
- staff.py: staff and the audit log
- accidents.py: the care that suggests an accident, the declarations asked for, detection runs
- appointments.py: an agency's slots per service and the members' appointments
- tickets.py: queue tickets printed by terminals and called by counter desks
- contributions.py: the household's contributions, paid or not
- mail.py: the documents members asked to have sent to their e-mail address on file
- terminals.py: the inbox, terminals and their heartbeats, visits, challenges, gate requests
"""

from __future__ import annotations

from app.domain.codes import AffiliationStatus, LetterKind
from app.store.models.accidents import (
    AccidentDeclaration,
    AccidentDeclarationLine,
    AccidentDetectionRun,
    AccidentRule,
)
from app.store.models.appointments import Appointment, AppointmentSlot
from app.store.models.base import NAMING, Base, Timestamp, code_enum
from app.store.models.care import (
    Dmg,
    Incapacity,
    IncapacityCertificate,
    IndemnityPayment,
    MafCeiling,
    MafCounter,
    MedicalAgreement,
    MedicalConvocation,
    NomenclatureCode,
    NomenclatureFee,
    NomenclatureWord,
    Payment,
    PaymentCalendar,
    ReimbursementLine,
    YoungSaverAccount,
    YoungSaverMovement,
)
from app.store.models.contributions import Contribution
from app.store.models.mail import MailMessage
from app.store.models.members import (
    Agency,
    Federation,
    FederationParameter,
    Household,
    Insurability,
    Member,
    OnlineAccount,
    OnlineLogin,
)
from app.store.models.requests import (
    AffiliationRequest,
    ContactRequest,
    ContactRequestEvent,
    Document,
    DocumentOrder,
    MajorityNotice,
    PartialResumption,
    PostalLetter,
)
from app.store.models.staff import AuditEntry, Staff
from app.store.models.terminals import (
    GateRequest,
    InboxOperation,
    Terminal,
    TerminalStatus,
    Visit,
    VisitChallenge,
    VisitPerson,
)
from app.store.models.tickets import QueueTicket

__all__ = [
    "NAMING",
    "AccidentDeclaration",
    "AccidentDeclarationLine",
    "AccidentDetectionRun",
    "AccidentRule",
    "AffiliationRequest",
    "AffiliationStatus",
    "Agency",
    "Appointment",
    "AppointmentSlot",
    "AuditEntry",
    "Base",
    "ContactRequest",
    "ContactRequestEvent",
    "Contribution",
    "Dmg",
    "Document",
    "DocumentOrder",
    "Federation",
    "FederationParameter",
    "GateRequest",
    "Household",
    "InboxOperation",
    "Incapacity",
    "IncapacityCertificate",
    "IndemnityPayment",
    "Insurability",
    "LetterKind",
    "MafCeiling",
    "MafCounter",
    "MailMessage",
    "MajorityNotice",  # issue 19: a dependant handled at majority (app/sync/majority.py)
    "MedicalAgreement",
    "MedicalConvocation",
    "Member",
    "NomenclatureCode",
    "NomenclatureFee",
    "NomenclatureWord",
    "OnlineAccount",
    "OnlineLogin",
    "PartialResumption",
    "Payment",
    "PaymentCalendar",
    "PostalLetter",
    "QueueTicket",
    "ReimbursementLine",
    "Staff",
    "Terminal",
    "TerminalStatus",
    "Timestamp",
    "Visit",
    "VisitChallenge",
    "VisitPerson",
    "YoungSaverAccount",
    "YoungSaverMovement",
    "code_enum",
]
