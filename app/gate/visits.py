"""Visits: the central side's record of who is at a terminal, and what it lets the terminal read.

A visit is opened only by the gatekeeper (app/gate/gatekeeper.py), running with the schema
owner's rights, once it verified the person: the card's signature over a challenge it issued,
the password, or the token. It names the terminal's database login (`login_role`, the
PostgreSQL `session_user` that asked; NULL on the embedded SQLite database) and lists the
people the terminal may read during it (`visit_person`: the member and the dependants the
access rules let them see). PostgreSQL's row-level security (migration 0008) keys every read of
a member's row to the open visits of the reading login. A visit ends when the terminal closes
it (card out, timeout, finish) or at `expires_at`, whichever comes first.

Each visit has a random key, handed to the terminal program once, in memory: operations made
during the visit carry a MAC with it (app/sync/proofs.py), which the central worker checks.
"""

from __future__ import annotations

import datetime as dt
import secrets
import uuid
from dataclasses import dataclass

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from app.domain.access import AccessReason, Party, decide
from app.domain.clock import brussels_today
from app.domain.codes import MemberRole
from app.store.models import Member, Visit, VisitChallenge, VisitPerson
from app.store.parameters import majority_age

VISIT_LIFETIME = dt.timedelta(minutes=30)  # the longest a visit lasts, whatever the terminal says
CHALLENGE_LIFETIME = dt.timedelta(seconds=60)  # a card signs within a second of getting one
CHALLENGE_BYTES = 48
KEY_BYTES = 32


@dataclass(frozen=True)
class VisitGrant:
    visit_id: uuid.UUID
    key: bytes
    niss: str
    member_id: int | None
    persons: tuple[int, ...]
    opened_at: dt.datetime
    expires_at: dt.datetime


class GateRefused(Exception):
    """The gatekeeper will not open a visit; `reason` says why (kept in the audit log)."""

    def __init__(self, reason: str, detail: str = ""):
        super().__init__(detail or reason)
        self.reason = reason
        self.detail = detail


def _party(member: Member) -> Party:
    return Party(
        member.id, member.role, member.holder_id, member.birth_date, member.access_blocked_on
    )


def _majority_age(session: Session, member: Member, day: dt.date) -> int:
    return majority_age(session.connection(), household_id=member.household_id, on=day)


def persons_of(session: Session, member: Member, day: dt.date) -> list[int]:
    """The member (when the rules let them see their own file) and the dependants they may see:
    what app/services/member_file/ shows them, and nothing more."""
    own = decide(_party(member), _party(member), day, _majority_age(session, member, day))
    if not own.allowed:
        return []
    people = [member.id]
    dependants = session.scalars(
        select(Member)
        .where(Member.holder_id == member.id, Member.role == MemberRole.DEPENDANT)
        .order_by(Member.id)
    ).all()
    for dependant in dependants:
        decision = decide(
            _party(member), _party(dependant), day, _majority_age(session, dependant, day)
        )
        if decision.allowed and decision.reason != AccessReason.SELF:
            people.append(dependant.id)
    return people


def open_visit(
    session: Session,
    *,
    niss: str,
    mode: str,
    terminal_id: str,
    login_role: str | None,
    now: dt.datetime,
    lifetime: dt.timedelta | None = None,
    staff_id: int | None = None,
    reason: str | None = None,
) -> VisitGrant:
    """Open a visit for the person `niss` (verified by the caller); the rows are added and
    flushed, the caller commits. A login holds one open visit at a time: opening one closes
    any other the same login left open (a terminal that crashed mid-visit)."""
    day = brussels_today(now)
    if login_role is not None:
        session.execute(
            update(Visit)
            .where(Visit.login_role == login_role, Visit.closed_at.is_(None))
            .values(closed_at=now, close_reason="replaced")
        )
    member = session.scalars(select(Member).where(Member.niss == niss)).first()
    persons = persons_of(session, member, day) if member is not None else []
    expires_at = now + (lifetime or VISIT_LIFETIME)
    visit = Visit(
        id=uuid.uuid4(),
        login_role=login_role,
        terminal_id=terminal_id[:40],
        niss=niss,
        member_id=member.id if member is not None else None,
        mode=mode,
        staff_id=staff_id,
        reason=reason,
        key=secrets.token_bytes(KEY_BYTES),
        opened_at=now,
        expires_at=expires_at,
    )
    session.add(visit)
    session.flush()
    session.add_all(VisitPerson(visit_id=visit.id, member_id=person) for person in persons)
    session.flush()
    return VisitGrant(
        visit.id,
        visit.key,
        niss,
        visit.member_id,
        tuple(persons),
        now,
        expires_at,
    )


def close_visit(
    session: Session, visit_id: uuid.UUID, *, login_role: str | None, now: dt.datetime, reason: str
) -> bool:
    """End a visit of this login (True), or nothing (another login's, or already ended)."""
    query = update(Visit).where(Visit.id == visit_id, Visit.closed_at.is_(None))
    if login_role is not None:
        query = query.where(Visit.login_role == login_role)
    done = session.execute(query.values(closed_at=now, close_reason=reason[:40]))
    return done.rowcount == 1


def issue_challenge(
    session: Session, *, login_role: str | None, now: dt.datetime
) -> tuple[uuid.UUID, bytes]:
    """A fresh random challenge for a card to sign, good once, for CHALLENGE_LIFETIME."""
    challenge = VisitChallenge(
        id=uuid.uuid4(),
        login_role=login_role,
        nonce=secrets.token_bytes(CHALLENGE_BYTES),
        issued_at=now,
    )
    session.add(challenge)
    session.flush()
    return challenge.id, challenge.nonce


def use_challenge(
    session: Session, challenge_id: uuid.UUID, *, login_role: str | None, now: dt.datetime
) -> bytes:
    """The challenge's nonce, marked used; GateRefused when unknown, another login's, used or
    too old. Marked used even when the signature then fails: a challenge is good for one try."""
    from app.domain.clock import stored_utc

    challenge = session.get(VisitChallenge, challenge_id, with_for_update=True)
    if challenge is None or (login_role is not None and challenge.login_role != login_role):
        raise GateRefused("challenge_unknown", "no such challenge for this terminal")
    if challenge.used_at is not None:
        raise GateRefused("challenge_used", "this challenge was already answered")
    challenge.used_at = now
    session.flush()
    if now - stored_utc(challenge.issued_at) > CHALLENGE_LIFETIME:
        raise GateRefused("challenge_expired", "the challenge is too old")
    return challenge.nonce
