"""Preparing a hospital stay (issue 16 item 3): "Is my file in order?" for a planned admission,
and what the stay will cost the person a day (domain.md §9, §13, §14).

Four points, each in order or not with what to do (the screen and the summary word them from
app/domain/hospital.py's reasons): the cover (insurability rows cover every day from the
admission to the discharge), the contributions (none due before the admission left unpaid),
no accident declaration blocking the family's file (the accidents part's `file_block`), and
the insurability itself (an active member: not left, not still joining). The person's
category comes from the file: BIM by the insurability on the admission day, a dependant, an
ordinary member with dependants. The shares are the federation's dated rows on the admission
day, read with their date and source. Read within the visit like every section
(`_target`: oneself, or a dependant the session may see).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Connection, Engine, func, select

from app.domain.codes import MemberRole, MemberStatus
from app.domain.hospital import (
    CheckItem,
    CheckReason,
    HospitalStay,
    PlannedStay,
    StayCheck,
    category_of,
    cover_check,
    every_category,
    lookup_in,
    room_rules,
    stay_estimate,
)
from app.services.errors import InvalidForm, reaching_central
from app.services.member_file.access import FileSession, _target
from app.services.member_file.accidents import file_block
from app.store.models import Contribution, FederationParameter, Household, Insurability, Member

# The form's bound, not a rule of the mutuality: an estimate for up to a year in hospital.
MAX_NIGHTS = 365
HOSPITAL_PARAMETERS = "hospital_%"  # the shares and the long-stay day (migration 0015)


def _typed_day(value: dt.date | str | None) -> dt.date | None:
    """A day typed as 08/01/2026, 8.1.2026, 08-01-2026 or 2026-01-08; None when empty;
    ValueError when it is not a day."""
    if value is None or isinstance(value, dt.date):
        return value
    text = value.strip()
    if not text:
        return None
    for form in ("%d/%m/%Y", "%d.%m.%Y", "%d-%m-%Y", "%Y-%m-%d"):
        try:
            return dt.datetime.strptime(text, form).date()
        except ValueError:
            continue
    raise ValueError(text)


def parse_stay(
    *, admission: dt.date | str | None, nights: int | str | None, today: dt.date
) -> PlannedStay:
    """The planned stay as typed, checked: every problem at once as InvalidForm({field: code}),
    what was typed kept in `values` (with the nights' bound, `max_nights`)."""
    problems: dict[str, str] = {}
    try:
        day = _typed_day(admission)
    except ValueError:
        day = None
        problems["admission"] = "admission_invalid"
    if day is None and "admission" not in problems:
        problems["admission"] = "admission_missing"
    elif day is not None and day < today:
        problems["admission"] = "admission_past"
    count = None
    text = str(nights if nights is not None else "").strip()
    if not text:
        problems["nights"] = "nights_missing"
    else:
        count = int(text) if text.isdigit() else None
        if count is None or not 1 <= count <= MAX_NIGHTS:
            problems["nights"] = "nights_invalid"
    if problems:
        raise InvalidForm(
            problems, {"admission": admission, "nights": nights, "max_nights": MAX_NIGHTS}
        )
    return PlannedStay(day, count)


def _lookup(connection: Connection, federation_id: int):
    rows = (
        connection.execute(
            select(
                FederationParameter.name,
                FederationParameter.value,
                FederationParameter.valid_from,
                FederationParameter.valid_to,
                FederationParameter.source,
            ).where(
                FederationParameter.federation_id == federation_id,
                FederationParameter.name.like(HOSPITAL_PARAMETERS),
            )
        )
        .mappings()
        .all()
    )
    return lookup_in(rows)


def _contributions(connection: Connection, household_id: int, admission: dt.date) -> StayCheck:
    """Nothing due before the admission may be left unpaid."""
    row = connection.execute(
        select(
            func.count(Contribution.id),
            func.sum(Contribution.amount),
            func.min(Contribution.due_on),
        ).where(
            Contribution.household_id == household_id,
            Contribution.due_on < admission,
            Contribution.paid_on.is_(None),
        )
    ).one()
    count, amount, oldest = row
    if not count:
        return StayCheck(CheckItem.CONTRIBUTIONS, True, CheckReason.PAID)
    return StayCheck(
        CheckItem.CONTRIBUTIONS, False, CheckReason.UNPAID, day=oldest, amount=amount, count=count
    )


def _accidents(connection: Connection, member_id: int, today: dt.date) -> StayCheck:
    block = file_block(connection, member_id, today)
    if not block.blocked:
        return StayCheck(CheckItem.ACCIDENTS, True, CheckReason.NOT_BLOCKED)
    return StayCheck(CheckItem.ACCIDENTS, False, CheckReason.BLOCKED, day=block.since)


def _standing(member: Member, stay: PlannedStay) -> StayCheck:
    """An active member for the whole stay: not left (nor leaving before the discharge), not
    still joining from another mutuality."""
    status = MemberStatus(member.status)
    if status == MemberStatus.DECEASED:
        return StayCheck(CheckItem.INSURABILITY, False, CheckReason.DECEASED)
    if status == MemberStatus.LEFT or (
        member.left_on is not None and member.left_on <= stay.discharge
    ):
        return StayCheck(CheckItem.INSURABILITY, False, CheckReason.LEFT, day=member.left_on)
    if status == MemberStatus.MUTATION_PENDING:
        return StayCheck(CheckItem.INSURABILITY, False, CheckReason.MUTATION_PENDING)
    return StayCheck(CheckItem.INSURABILITY, True, CheckReason.ACTIVE)


def _bim_on(periods, day: dt.date) -> bool:
    """BIM on the admission day; without cover that day, as the latest period before it says."""
    started = [p for p in periods if p.valid_from <= day]
    valid = [p for p in started if p.valid_to is None or p.valid_to >= day]
    chosen = max(valid or started or periods, key=lambda p: p.valid_from, default=None)
    return bool(chosen is not None and chosen.bim)


def _has_dependants(connection: Connection, member: Member) -> bool:
    if member.role != MemberRole.HOLDER:
        return False
    count = connection.execute(
        select(func.count(Member.id)).where(
            Member.holder_id == member.id,
            Member.role == MemberRole.DEPENDANT,
            Member.status.not_in((MemberStatus.LEFT, MemberStatus.DECEASED)),
        )
    ).scalar()
    return bool(count)


@reaching_central
def hospital_stay(
    central: Engine,
    session: FileSession,
    target_niss: str,
    stay: PlannedStay,
    today: dt.date,
) -> HospitalStay:
    """The four points for this stay and its estimate, for the session's member or a
    dependant it may see (Refused("not_allowed") for anyone else)."""
    with central.connect() as connection:
        _viewer_row, target = _target(connection, session, target_niss, today)
        periods = connection.execute(
            select(Insurability.valid_from, Insurability.valid_to, Insurability.bim).where(
                Insurability.member_id == target.id
            )
        ).all()
        federation_id = connection.execute(
            select(Household.federation_id).where(Household.id == target.household_id)
        ).scalar_one()
        lookup = _lookup(connection, federation_id)
        checks = (
            cover_check(
                [(p.valid_from, p.valid_to) for p in periods], stay.admission, stay.discharge
            ),
            _contributions(connection, target.household_id, stay.admission),
            _accidents(connection, target.id, today),
            _standing(target, stay),
        )
        category = category_of(
            bim=_bim_on(periods, stay.admission), dependant=target.role == MemberRole.DEPENDANT
        )
        estimate = stay_estimate(
            category,
            stay.nights,
            stay.admission,
            lookup,
            with_dependants=_has_dependants(connection, target),
        )
        return HospitalStay(
            person_niss=target.niss,
            person_name=f"{target.first_names} {target.last_name}",
            stay=stay,
            checks=checks,
            category=category,
            estimate=estimate,
            categories=every_category(lookup, stay.admission),
            rooms=room_rules(),
            issued_on=today,
        )


def hospital_summary(
    central: Engine,
    session: FileSession,
    target_niss: str,
    stay: PlannedStay,
    *,
    language: str,
    today: dt.date,
) -> bytes:
    """The summary to print (or save at the counter), in `language`."""
    from app.documents.hospital_summary import hospital_summary_pdf

    return hospital_summary_pdf(
        hospital_stay(central, session, target_niss, stay, today), language=language
    )
