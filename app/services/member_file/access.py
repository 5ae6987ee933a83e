"""Who a file session may see: oneself, and the dependants the access rule lets them see.

Every read of the member's file calls `_viewer`, `_target` or `_visible` first (the rule is
app/domain/access.py's, the majority age the federation's dated parameter): a person the session
may not see (a stranger, an adult dependant who returned the blocking form) gets
`Refused("not_allowed")`, whatever the call.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import Connection, Engine, select

from app.domain.access import AccessReason, Party, decide
from app.domain.clock import brussels_today
from app.domain.codes import LoginMode, MemberRole
from app.services.errors import Refused, reaching_central
from app.store.models import Member
from app.store.parameters import majority_age

NOT_ALLOWED = "not_allowed"
# One message for a stranger and for a number, payment or document that does not exist, so
# that nothing (not even a log line) tells who is a member or what exists.
NOT_IN_FILE = "not in this file"


@dataclass(frozen=True)
class FileSession:
    """Whose session it is and how they logged in (a LoginMode value)."""

    niss: str
    login_mode: str

    def __post_init__(self) -> None:
        LoginMode(self.login_mode)  # ValueError for anything else


@dataclass(frozen=True)
class Person:
    niss: str
    first_names: str
    last_name: str
    birth_date: dt.date
    role: str  # MemberRole value
    is_self: bool
    access: str  # AccessReason value: self / dependant_minor / dependant_adult


def _party(member: Member) -> Party:
    return Party(
        member.id, member.role, member.holder_id, member.birth_date, member.access_blocked_on
    )


def _member_by_niss(connection: Connection, niss: str) -> Member | None:
    return connection.execute(select(Member).where(Member.niss == niss)).first()


def _majority_age(connection: Connection, member: Member, today: dt.date) -> int:
    return majority_age(connection, household_id=member.household_id, on=today)


def _viewer(connection: Connection, session: FileSession, today: dt.date) -> Member:
    viewer = _member_by_niss(connection, session.niss)
    if viewer is None:
        raise Refused("file_not_found")  # the member's own file, gone from here
    decision = decide(
        _party(viewer), _party(viewer), today, _majority_age(connection, viewer, today)
    )
    if not decision.allowed:
        raise Refused(NOT_ALLOWED, decision.reason)
    return viewer


def _target(
    connection: Connection, session: FileSession, target_niss: str, today: dt.date
) -> tuple[Member, Member]:
    """(viewer, target) when the session may see the target, else Refused("not_allowed").

    An unknown national number is refused the same way: nobody learns who is a member.
    """
    viewer = _viewer(connection, session, today)
    target = viewer if target_niss == viewer.niss else _member_by_niss(connection, target_niss)
    if target is None:
        raise Refused(NOT_ALLOWED, NOT_IN_FILE)
    decision = decide(
        _party(viewer), _party(target), today, _majority_age(connection, target, today)
    )
    if decision.reason == AccessReason.STRANGER:
        raise Refused(NOT_ALLOWED, NOT_IN_FILE)
    if not decision.allowed:
        raise Refused(NOT_ALLOWED, decision.reason)
    return viewer, target


def _visible(connection: Connection, viewer: Member, today: dt.date) -> list[tuple[Member, str]]:
    """The viewer, then the dependants they may see, each with the reason."""
    people = [(viewer, AccessReason.SELF.value)]
    dependants = connection.execute(
        select(Member)
        .where(Member.holder_id == viewer.id, Member.role == MemberRole.DEPENDANT)
        .order_by(Member.birth_date, Member.id)
    ).all()
    for dependant in dependants:
        majority = _majority_age(connection, dependant, today)
        decision = decide(_party(viewer), _party(dependant), today, majority)
        if decision.allowed:
            people.append((dependant, decision.reason.value))
    return people


def _person(member: Member, reason: str) -> Person:
    return Person(
        niss=member.niss,
        first_names=member.first_names,
        last_name=member.last_name,
        birth_date=member.birth_date,
        role=str(MemberRole(member.role)),
        is_self=reason == AccessReason.SELF,
        access=reason,
    )


def _today(today: dt.date | None) -> dt.date:
    return today or brussels_today()


@reaching_central
def visible_people(central: Engine, session: FileSession, today: dt.date) -> list[Person]:
    """Oneself first, then the dependants this session may see today."""
    with central.connect() as connection:
        viewer = _viewer(connection, session, today)
        return [_person(m, reason) for m, reason in _visible(connection, viewer, today)]
