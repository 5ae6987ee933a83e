"""The central job that gives a dependant their own access at majority (issue 19, domain.md
§13): `guichet-central majority run`, and the central worker once a day (app/sync/worker.py).

For a day, it finds the dependants (current members, role dependant) who came of age by their
federation's dated `majority_age` (18, or 16 in Mons Wallonie Picarde) on that day, or on one of
the `CATCH_UP_DAYS` before it (a day the job did not run: a stopped worker, a server down), and
who were not handled yet. For each, in a transaction of its own:
- the online account is opened as a terminal's activation opens it (app/sync/member_apply.py:
  pending its letter, a generated password, its credentials letter posted to the home address
  in the member's language), unless they already have one;
- the letter about the holder's access goes by post with the blocking form enclosed
  (app/documents/majority_letter.py): the holder keeps seeing their file's data unless they
  return the form signed; doing nothing keeps it. Not when the form was already received.
- `majority_notice` records it, written first: its unique `member_id` makes a second run, or a
  concurrent one, add nothing (the loser's transaction is rolled back whole, letters and all).

Both letters leave `letter_working_days` Belgian working days after the day (domain.md §13:
within 3 working days), and wait with the others for the supervisor's printing. A dependant the
job cannot handle (a fault of its own) is logged and tried again at the next run; the others go
on.
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from dataclasses import dataclass

from sqlalchemy import Engine, exists, select
from sqlalchemy.exc import IntegrityError, SQLAlchemyError
from sqlalchemy.orm import Session

from app.domain.codes import LetterKind, MemberRole, MemberStatus
from app.domain.membership import age_on, is_insured_on
from app.store.db import writer
from app.store.models import (
    Federation,
    Household,
    MajorityNotice,
    Member,
    OnlineAccount,
    PostalLetter,
)
from app.store.parameters import federation_parameter, letter_day
from app.sync.member_apply import _recipient, open_account

log = logging.getLogger(__name__)

CATCH_UP_DAYS = 31  # a dependant who came of age within so many days before the run's day


@dataclass(frozen=True)
class MajorityResult:
    day: dt.date
    found: int  # dependants of age in the window and not handled yet, when the run began
    handled: int  # handled by this run (the others: another run's, or failed)
    accounts: int  # accounts opened
    letters: int  # letters posted (credentials and holder's access)
    failed: int  # left for the next run (logged)
    seconds: float


def _years_before(day: dt.date, years: int) -> dt.date:
    """The latest birth date of someone `years` old on `day` (app/domain/membership.age_on:
    born on 29 February, one ages on 1 March)."""
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February into a common year
        return day.replace(year=day.year - years, day=28)


def majority_day(birth: dt.date, majority: int) -> dt.date:
    """The day someone born on `birth` comes of age (29 February: 1 March)."""
    try:
        return birth.replace(year=birth.year + majority)
    except ValueError:
        return dt.date(birth.year + majority, 3, 1)


def _ages(connection, on: dt.date) -> dict[int, int]:
    """Each federation's majority age on `on`."""
    return {
        federation_id: int(
            federation_parameter(connection, "majority_age", on=on, federation_id=federation_id)
        )
        for federation_id in connection.execute(select(Federation.id)).scalars()
    }


def due(central: Engine, on: dt.date) -> list[tuple[int, int]]:
    """(member id, majority age) of the dependants who came of age on `on` or in the
    `CATCH_UP_DAYS` before it, current members, not handled yet; oldest first."""
    earliest = on - dt.timedelta(days=CATCH_UP_DAYS)
    found = []
    with central.connect() as connection:
        for federation_id, majority in sorted(_ages(connection, on).items()):
            rows = connection.execute(
                select(Member.id, Member.birth_date, Member.status, Member.left_on)
                .join(Household, Household.id == Member.household_id)
                .where(
                    Household.federation_id == federation_id,
                    Member.role == MemberRole.DEPENDANT,
                    Member.status.not_in((MemberStatus.DECEASED,)),
                    Member.birth_date <= _years_before(on, majority),
                    Member.birth_date > _years_before(earliest, majority),
                    ~exists().where(MajorityNotice.member_id == Member.id),
                )
            ).all()
            found += [
                (row.birth_date, row.id, majority)
                for row in rows
                if is_insured_on(row.status, row.left_on, on)
                and age_on(row.birth_date, on) >= majority > age_on(row.birth_date, earliest)
            ]
    return [(member_id, majority) for _birth, member_id, majority in sorted(found)]


def _post(session: Session, member: Member, kind: LetterKind, pdf: bytes, *, leaves_on: dt.date,
          now: dt.datetime) -> PostalLetter:  # fmt: skip
    letter = PostalLetter(
        member_id=member.id,
        kind=kind,
        language=member.language,
        created_at=now,
        leaves_on=leaves_on,
        sent_on=None,
        pdf=pdf,
        operation_id=None,
    )
    session.add(letter)
    session.flush()
    return letter


def handle(central: Engine, member_id: int, majority: int, *, on: dt.date,
           now: dt.datetime) -> tuple[int, int] | None:  # fmt: skip
    """One dependant, in its own transaction: (accounts opened, letters posted), or None when
    another run handled them first (or they are no longer a current dependant)."""
    from app.documents.letters import credentials_letter
    from app.documents.majority_letter import HolderAccess, holder_access_letter

    try:
        with Session(writer(central)) as session, session.begin():
            member = session.get(Member, member_id)
            if member.role != MemberRole.DEPENDANT or not is_insured_on(
                member.status, member.left_on, on
            ):
                return None  # changed since it was found: left, or a holder now
            notice = MajorityNotice(
                member_id=member.id,
                majority_on=majority_day(member.birth_date, majority),
                handled_on=on,
                handled_at=now,
            )
            session.add(notice)
            session.flush()  # the unique member_id: a run that comes second stops here
            leaves_on = letter_day(
                session.connection(), on, federation_id=member.household.federation_id
            )
            recipient = _recipient(member)
            language = str(member.language)
            accounts = letters = 0
            has_account = session.scalar(
                select(OnlineAccount.id).where(OnlineAccount.member_id == member.id)
            )
            if has_account is None:
                account, password = open_account(session, member, now)  # as an activation
                pdf = credentials_letter(
                    recipient,
                    username=member.niss,
                    initial_password=password,
                    language=language,
                    dated=on,
                )
                credentials = _post(session, member, LetterKind.CREDENTIALS, pdf,
                                    leaves_on=leaves_on, now=now)  # fmt: skip
                notice.account_id, notice.credentials_letter_id = account.id, credentials.id
                accounts, letters = 1, 1
            holder = member.holder
            if member.access_blocked_on is None and holder is not None:
                about = HolderAccess(
                    dependant_name=f"{member.first_names} {member.last_name}",
                    dependant_niss=member.niss,
                    dependant_birth_date=member.birth_date,
                    holder_name=f"{holder.first_names} {holder.last_name}",
                    majority_on=notice.majority_on,
                    majority_age=majority,
                    account_sent=has_account is None,
                )
                pdf = holder_access_letter(recipient, about, language=language, dated=on)
                access = _post(session, member, LetterKind.HOLDER_ACCESS, pdf,
                               leaves_on=leaves_on, now=now)  # fmt: skip
                notice.access_letter_id = access.id
                letters += 1
            return accounts, letters
    except IntegrityError:
        # Another run wrote this dependant's notice first (or the member's own activation
        # opened their account meanwhile: the next run sends the holder's letter alone).
        return None


def run(central: Engine, *, on: dt.date, now: dt.datetime) -> MajorityResult:
    """One run for the day `on`: each dependant due in a transaction of its own."""
    started = time.perf_counter()
    todo = due(central, on)
    handled = accounts = letters = failed = 0
    for member_id, majority in todo:
        try:
            outcome = handle(central, member_id, majority, on=on, now=now)
        except (SQLAlchemyError, ValueError) as exc:  # this one waits; the others go on
            failed += 1
            log.error("majority: member %s not handled (tried again next run): %s", member_id,
                      str(exc).splitlines()[0] if str(exc) else type(exc).__name__)  # fmt: skip
            continue
        if outcome is not None:
            handled += 1
            accounts += outcome[0]
            letters += outcome[1]
    return MajorityResult(on, len(todo), handled, accounts, letters, failed,
                          time.perf_counter() - started)  # fmt: skip


class DailyMajority:
    """The job in the central worker (app/sync/worker.py, `guichet-central worker`): at its
    first turn, then at the first turn of each new Brussels day; a run that failed (the
    database out of reach) is tried again `retry` seconds later. Never raises: a fault here
    must not stop the inbox being applied."""

    def __init__(self, central: Engine, *, enabled: bool = True, retry: float = 600.0,
                 clock=None):  # fmt: skip
        self.central = central
        self.enabled = enabled
        self.retry = retry
        self.clock = clock or time.monotonic
        self.done_for: dt.date | None = None  # the last day a run went through
        self.not_before = 0.0
        self.last: MajorityResult | None = None

    def tick(self, now: dt.datetime | None = None) -> MajorityResult | None:
        """Run the job when a new day came; its result, or None (done today, or failed)."""
        from app.domain.clock import brussels_today, utc_now

        now = now or utc_now()
        day = brussels_today(now)
        if not self.enabled or day == self.done_for or self.clock() < self.not_before:
            return None
        try:
            self.last = run(self.central, on=day, now=now)
        except Exception as exc:  # logged; the worker goes on
            self.not_before = self.clock() + self.retry
            log.error("majority job failed (tried again in %.0f s): %s", self.retry,
                      str(exc).splitlines()[0] if str(exc) else type(exc).__name__)  # fmt: skip
            return None
        self.done_for = day
        if self.last.handled or self.last.failed:
            log.info("majority: %s dependant(s) handled, %s left for the next run",
                     self.last.handled, self.last.failed)  # fmt: skip
        return self.last
