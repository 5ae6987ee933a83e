"""Accident declarations in the member's file (issue 16, domain.md §10, §14): the declarations
the mutuality asks the people of this visit to return, the care that raised each, and whether
the household's file is blocked by one not returned in time.

The declarations shown are those of the people the session may see (oneself, the dependants
the access rule lets one see): to return first, the oldest due first, then the returned ones.
A declaration to return for a date close to one already returned (within the federation's
`accident_same_event_days`) says the documents may have crossed. A declaration signed at this
terminal and still in its outbox (or on its way) says so.

The block: any member of the household with a declaration to return past its due date. On
PostgreSQL it is asked of `guichet_file_blocked(member_id)` (migration 0013), which answers
only for a member of the caller's open visit: the household's other members' declarations stay
unread (row-level security).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Mapping
from dataclasses import dataclass

from sqlalchemy import Connection, Engine, select, text

from app.domain.codes import AccidentStatus
from app.services.errors import reaching_central
from app.services.member_file.access import FileSession, _viewer, _visible
from app.services.member_file.payments import _label_column
from app.store import reference
from app.store.models import (
    AccidentDeclaration,
    AccidentDeclarationLine,
    Household,
    Member,
    NomenclatureCode,
    ReimbursementLine,
)
from app.store.parameters import federation_parameter
from app.sync.operations import OperationKind

SAME_EVENT_DAYS = "accident_same_event_days"
RETURNED = (AccidentStatus.RECEIVED, AccidentStatus.HANDLED)


@dataclass(frozen=True)
class AccidentCare:  # a reimbursement line that raised the declaration
    care_date: dt.date
    code: str
    label: str  # the nomenclature's label in the asked language
    provider_name: str


@dataclass(frozen=True)
class AccidentDeclarationView:
    id: int
    member_niss: str
    member_name: str
    presumed_on: dt.date  # the first care date that raised it
    opened_on: dt.date
    due_on: dt.date
    status: str  # AccidentStatus value
    received_on: dt.date | None
    overdue: bool  # TO_RETURN and due_on < today
    care: tuple[AccidentCare, ...]
    # A returned declaration of the same member for a presumed date within
    # accident_same_event_days: "documents may have crossed".
    crossed_with: dt.date | None
    waiting_here: bool  # returned at this terminal, still in its outbox (or on its way)
    # That return's operation id: the file's controller asks what became of it (a refusal is
    # said on this declaration; once settled the outbox no longer knows whose it was).
    return_operation: str | None = None


@dataclass(frozen=True)
class FileBlock:  # the household's file is blocked: reimbursements are held
    blocked: bool
    since: dt.date | None  # the earliest due_on passed (the day after it the block began)
    own: tuple[int, ...]  # ids of the overdue declarations of people in this visit


@dataclass(frozen=True)
class AccidentsContact:  # the Accidents service (domain.md §14)
    phone: str
    email: str


@dataclass(frozen=True)
class MyAccidents:
    declarations: tuple[AccidentDeclarationView, ...]  # to return first, then returned
    block: FileBlock
    contact: AccidentsContact


def contact() -> AccidentsContact:
    service = reference.ACCIDENTS_SERVICE
    return AccidentsContact(phone=service.phone, email=service.email)


def _earliest_overdue(connection: Connection, member_id: int, today: dt.date) -> dt.date | None:
    if connection.dialect.name == "postgresql":
        since = connection.execute(
            text("SELECT guichet_file_blocked(:member)"), {"member": member_id}
        ).scalar()
        return since if since is not None and since < today else None
    household = select(Member.household_id).where(Member.id == member_id).scalar_subquery()
    return connection.execute(
        select(AccidentDeclaration.due_on)
        .join(Member, Member.id == AccidentDeclaration.member_id)
        .where(
            Member.household_id == household,
            AccidentDeclaration.status == AccidentStatus.TO_RETURN,
            AccidentDeclaration.due_on < today,
        )
        .order_by(AccidentDeclaration.due_on)
        .limit(1)
    ).scalar()


def file_block(
    connection: Connection,
    member_id: int,
    today: dt.date,
    *,
    visible: Collection[int] | None = None,
) -> FileBlock:
    """Whether `member_id`'s household is blocked on `today` by a declaration to return past
    its due date, since when, and which of those the caller may read (`visible`: the member
    ids of the visit; on PostgreSQL row-level security decides as well)."""
    since = _earliest_overdue(connection, member_id, today)
    if since is None:
        return FileBlock(False, None, ())
    household = select(Member.household_id).where(Member.id == member_id).scalar_subquery()
    query = (
        select(AccidentDeclaration.id)
        .join(Member, Member.id == AccidentDeclaration.member_id)
        .where(
            Member.household_id == household,
            AccidentDeclaration.status == AccidentStatus.TO_RETURN,
            AccidentDeclaration.due_on < today,
        )
        .order_by(AccidentDeclaration.due_on, AccidentDeclaration.id)
    )
    if visible is not None:
        query = query.where(AccidentDeclaration.member_id.in_(list(visible)))
    return FileBlock(True, since, tuple(connection.execute(query).scalars()))


def _waiting_here(outbox, niss_list: Collection[str]) -> dict[int, str]:
    """The declarations returned at this terminal that the central side has not applied yet,
    each with its return's operation id (the newest)."""
    if outbox is None:
        return {}
    found: dict[int, str] = {}
    for niss in niss_list:
        for entry in outbox.unsettled(niss, (OperationKind.ACCIDENT_RETURN.value,)):
            declaration_id = (entry.payload or {}).get("declaration_id")
            if declaration_id is not None:
                found.setdefault(int(declaration_id), str(entry.operation_id))
    return found


def declarations_of(
    connection: Connection,
    members: list[Member],
    today: dt.date,
    *,
    language: str,
    waiting: Collection[int] | Mapping[int, str] = (),
) -> tuple[AccidentDeclarationView, ...]:
    """The declarations of `members` (rows), to return first (oldest due first), then the
    returned ones (latest received first). `waiting`: those returned here and not settled
    (with their return's operation id, from `_waiting_here`)."""
    if not members:
        return ()
    by_id = {member.id: member for member in members}
    rows = connection.execute(
        select(AccidentDeclaration, Household.federation_id)
        .join(Member, Member.id == AccidentDeclaration.member_id)
        .join(Household, Household.id == Member.household_id)
        .where(AccidentDeclaration.member_id.in_(list(by_id)))
    ).all()
    if not rows:
        return ()
    care: dict[int, list[AccidentCare]] = {}
    for row in connection.execute(
        select(
            AccidentDeclarationLine.declaration_id,
            ReimbursementLine.care_date,
            ReimbursementLine.nomenclature_code,
            _label_column(language).label("label"),
            ReimbursementLine.provider_name,
        )
        .join(ReimbursementLine, ReimbursementLine.id == AccidentDeclarationLine.line_id)
        .join(NomenclatureCode, NomenclatureCode.code == ReimbursementLine.nomenclature_code)
        .where(AccidentDeclarationLine.declaration_id.in_([r.id for r in rows]))
        .order_by(ReimbursementLine.care_date, ReimbursementLine.id)
    ):
        care.setdefault(row.declaration_id, []).append(
            AccidentCare(row.care_date, row.nomenclature_code, row.label, row.provider_name)
        )
    days: dict[int, int] = {}
    views = []
    for declaration in rows:
        federation_id = declaration.federation_id
        if federation_id not in days:
            days[federation_id] = int(
                federation_parameter(
                    connection, SAME_EVENT_DAYS, on=today, federation_id=federation_id, default=0
                )
            )
        to_return = declaration.status == AccidentStatus.TO_RETURN
        crossed = None
        if to_return:
            near = [
                other.presumed_on
                for other in rows
                if other.member_id == declaration.member_id
                and other.status in RETURNED
                and abs((other.presumed_on - declaration.presumed_on).days) <= days[federation_id]
            ]
            crossed = min(near, default=None)
        member = by_id[declaration.member_id]
        views.append(
            AccidentDeclarationView(
                id=declaration.id,
                member_niss=member.niss,
                member_name=f"{member.first_names} {member.last_name}",
                presumed_on=declaration.presumed_on,
                opened_on=declaration.opened_on,
                due_on=declaration.due_on,
                status=str(AccidentStatus(declaration.status)),
                received_on=declaration.received_on,
                overdue=to_return and declaration.due_on < today,
                care=tuple(care.get(declaration.id, ())),
                crossed_with=crossed,
                waiting_here=declaration.id in waiting,
                return_operation=(
                    waiting.get(declaration.id) if isinstance(waiting, Mapping) else None
                ),
            )
        )
    pending = sorted((v for v in views if v.status == AccidentStatus.TO_RETURN),
                     key=lambda v: (v.due_on, v.presumed_on, v.id))  # fmt: skip
    returned = sorted((v for v in views if v.status != AccidentStatus.TO_RETURN),
                      key=lambda v: (v.received_on or v.opened_on, v.id), reverse=True)  # fmt: skip
    return tuple(pending + returned)


@reaching_central
def my_accidents(
    central: Engine, session: FileSession, today: dt.date, *, language: str, outbox=None
) -> MyAccidents:
    """The declarations of the people this session may see, the household's block, and the
    Accidents service's contact. `outbox`: this terminal's, to say which wait here."""
    people_niss: list[str] = []
    with central.connect() as connection:
        viewer = _viewer(connection, session, today)
        members = [member for member, _reason in _visible(connection, viewer, today)]
        people_niss = [member.niss for member in members]
        waiting = _waiting_here(outbox, people_niss)
        declarations = declarations_of(
            connection, members, today, language=language, waiting=waiting
        )
        block = file_block(connection, viewer.id, today, visible=[m.id for m in members])
    return MyAccidents(declarations, block, contact())


@reaching_central
def my_file_block(central: Engine, session: FileSession, today: dt.date) -> FileBlock:
    """The household's block alone (the home's and the reimbursements' banner)."""
    with central.connect() as connection:
        viewer = _viewer(connection, session, today)
        members = [member.id for member, _reason in _visible(connection, viewer, today)]
        return file_block(connection, viewer.id, today, visible=members)
