"""My data: identity, address, contacts, federation and insurability of the session's member."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import Engine, select

from app.domain.codes import Language, MemberRole
from app.services.errors import reaching_central
from app.services.member_file.access import FileSession, Person, _person, _viewer, _visible
from app.store.models import Federation, Household, Insurability, Member


@dataclass(frozen=True)
class Address:
    street: str
    house_number: str
    box: str | None
    postcode: str
    municipality: str
    country: str


@dataclass(frozen=True)
class InsurabilityPeriod:
    ct1: str
    ct2: str
    bim: bool
    valid_from: dt.date
    valid_to: dt.date | None


@dataclass(frozen=True)
class MyData:
    niss: str
    affiliation_number: str
    first_names: str
    last_name: str
    birth_date: dt.date
    language: str
    address: Address
    phone: str | None
    mobile: str | None
    email: str | None
    iban: str | None
    role: str  # holder / dependant
    status: str  # MemberStatus value
    federation_code: str
    federation_name: str  # in the member's language
    federation_names: dict[str, str]  # in each language, for a screen in another one
    holder_name: str | None  # for a dependant: through whom they are insured
    bim: bool  # on the day asked (the current insurability's CT1 ends in 1)
    cover_in_order: bool  # an insurability valid on the day asked
    current: InsurabilityPeriod | None
    insurability: tuple[InsurabilityPeriod, ...]  # newest first
    dependants: tuple[Person, ...]  # the ones this session may see


def _covers(period: InsurabilityPeriod, day: dt.date) -> bool:
    return period.valid_from <= day and (period.valid_to is None or period.valid_to >= day)


@reaching_central
def my_data(central: Engine, session: FileSession, today: dt.date) -> MyData:
    with central.connect() as connection:
        viewer = _viewer(connection, session, today)
        people = _visible(connection, viewer, today)
        periods = tuple(
            InsurabilityPeriod(row.ct1, row.ct2, row.bim, row.valid_from, row.valid_to)
            for row in connection.execute(
                select(Insurability)
                .where(Insurability.member_id == viewer.id)
                .order_by(Insurability.valid_from.desc())
            )
        )
        current = next((p for p in periods if _covers(p, today)), None)
        federation = connection.execute(
            select(Federation)
            .join(Household, Household.federation_id == Federation.id)
            .where(Household.id == viewer.household_id)
        ).one()
        language = Language(viewer.language)
        holder_name = None
        if viewer.holder_id is not None:
            row = connection.execute(
                select(Member.first_names, Member.last_name).where(Member.id == viewer.holder_id)
            ).one()
            holder_name = f"{row.first_names} {row.last_name}"
        return MyData(
            niss=viewer.niss,
            affiliation_number=viewer.affiliation_number,
            first_names=viewer.first_names,
            last_name=viewer.last_name,
            birth_date=viewer.birth_date,
            language=language.value,
            address=Address(
                viewer.street,
                viewer.house_number,
                viewer.box,
                viewer.postcode,
                viewer.municipality,
                viewer.country,
            ),
            phone=viewer.phone,
            mobile=viewer.mobile,
            email=viewer.email,
            iban=viewer.iban,
            role=str(MemberRole(viewer.role)),
            status=str(viewer.status),
            federation_code=federation.code,
            federation_name=getattr(federation, f"name_{language.value}"),
            federation_names={
                code.value: getattr(federation, f"name_{code.value}") for code in Language
            },
            holder_name=holder_name,
            bim=bool(current and current.bim),
            cover_in_order=current is not None,
            current=current,
            insurability=periods,
            dependants=tuple(_person(m, reason) for m, reason in people[1:]),
        )
