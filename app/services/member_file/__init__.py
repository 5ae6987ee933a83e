"""The member's file at the terminal: what a session may read, for whom, and contact changes.

One module per part of the file, as the screens show them: access (who the session may see),
my_data, payments (reimbursed care and payments), indemnities, incapacity (My incapacity and
the certificate checker), dmg, maf, young_savers, agreements, documents, contact (changing
one's contact details). Every read takes the
`FileSession` it serves and the person whose data is asked for, and checks the access rule
(app/domain/access.py) first: a person the session may not see (a stranger, an adult dependant
who returned the blocking form) gets `Refused("not_allowed")`, whatever the call. Reads return
frozen dataclasses; money stays Decimal, positive and negative as booked.

Every name below is importable from `app.services.member_file` itself.
"""

from app.services.member_file.access import (
    NOT_ALLOWED,
    NOT_IN_FILE,
    FileSession,
    Person,
    _target,
    _viewer,
    _visible,
    visible_people,
)
from app.services.member_file.agreements import Agreement, medical_agreements
from app.services.member_file.contact import Queued, change_contact
from app.services.member_file.dmg import DmgAdvantage, DmgFile, DmgInfo, dmg
from app.services.member_file.documents import (
    DocumentContent,
    DocumentInfo,
    document_content,
    documents,
)
from app.services.member_file.incapacity import (
    CertificateRow,
    MyIncapacity,
    ResumptionRow,
    check_my_certificate,
    my_incapacity,
)
from app.services.member_file.indemnities import (
    Convocation,
    IncapacityPeriod,
    Indemnities,
    IndemnityLine,
    NextPayment,
    indemnities,
)
from app.services.member_file.maf import MafYear, maf
from app.services.member_file.my_data import Address, InsurabilityPeriod, MyData, my_data
from app.services.member_file.payments import (
    PaymentDetail,
    Reimbursement,
    ReimbursementPage,
    payment_detail,
    personal_share,
    reimbursement_line_query,
    reimbursements,
)
from app.services.member_file.young_savers import YoungSaver, young_savers

__all__ = [
    "NOT_ALLOWED",
    "NOT_IN_FILE",
    "Address",
    "Agreement",
    "CertificateRow",
    "Convocation",
    "DmgAdvantage",
    "DmgFile",
    "DmgInfo",
    "DocumentContent",
    "DocumentInfo",
    "FileSession",
    "IncapacityPeriod",
    "Indemnities",
    "IndemnityLine",
    "InsurabilityPeriod",
    "MafYear",
    "MyData",
    "MyIncapacity",
    "NextPayment",
    "PaymentDetail",
    "Person",
    "Queued",
    "Reimbursement",
    "ReimbursementPage",
    "ResumptionRow",
    "YoungSaver",
    "_target",
    "_viewer",
    "_visible",
    "change_contact",
    "check_my_certificate",
    "dmg",
    "document_content",
    "documents",
    "indemnities",
    "maf",
    "medical_agreements",
    "my_data",
    "my_incapacity",
    "payment_detail",
    "personal_share",
    "reimbursement_line_query",
    "reimbursements",
    "visible_people",
    "young_savers",
]
