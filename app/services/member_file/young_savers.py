"""Young savers' accounts: who may have one (the dated ages), what is saved and still possible."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import Engine, select

from app.domain.membership import age_on
from app.services.errors import reaching_central
from app.services.member_file.access import FileSession, _viewer, _visible
from app.store.models import Household, YoungSaverAccount
from app.store.parameters import federation_parameter


@dataclass(frozen=True)
class YoungSaver:
    niss: str
    name: str
    age: int
    has_account: bool
    opened_on: dt.date | None
    saved: Decimal
    still_possible: Decimal  # up to the account's ceiling


@reaching_central
def young_savers(central: Engine, session: FileSession, today: dt.date) -> tuple[YoungSaver, ...]:
    """The member and the dependants they may see who are of young-saver age (the federation's
    dated ages: 14 to 30 in the seed)."""
    with central.connect() as connection:
        viewer = _viewer(connection, session, today)
        result = []
        for person, _reason in _visible(connection, viewer, today):
            federation_id = connection.execute(
                select(Household.federation_id).where(Household.id == person.household_id)
            ).scalar_one()

            def parameter(name: str, federation_id=federation_id) -> Decimal:
                return federation_parameter(connection, name, on=today, federation_id=federation_id)

            age = age_on(person.birth_date, today)
            if not parameter("young_saver_min_age") <= age <= parameter("young_saver_max_age"):
                continue
            ceiling = parameter("young_saver_max_balance")
            account = connection.execute(
                select(YoungSaverAccount).where(
                    YoungSaverAccount.member_id == person.id,
                    YoungSaverAccount.closed_on.is_(None),
                )
            ).first()
            saved = account.balance if account is not None else Decimal("0.00")
            result.append(
                YoungSaver(
                    niss=person.niss,
                    name=f"{person.first_names} {person.last_name}",
                    age=age,
                    has_account=account is not None,
                    opened_on=account.opened_on if account is not None else None,
                    saved=saved,
                    still_possible=max(Decimal("0.00"), ceiling - saved),
                )
            )
        return tuple(result)
