"""Households made for the member-file tests, added to a seeded central database.

Ages sit on both sides of 16 (Mons Wallonie Picarde, whose majority is 16 through its dated
federation parameter) and of 18 (Antwerp), each with a dependant who returned the blocking
form and one who did not; the young savers' family sits one day on each side of 14 and of 30.
Every person has something in every part of their file (care, indemnities, DMG, agreements,
documents, a young savers' account when of age for one), so a read that leaks shows it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from app.domain.codes import (
    AgreementDecision,
    ConvocationStatus,
    DocumentDirection,
    IncapacityPhase,
    Language,
    MafKind,
    MemberRole,
    MemberStatus,
    PaymentKind,
    Sex,
    WorkStatus,
)
from app.domain.iban import belgian_iban_text
from app.domain.niss import niss_check_digits
from app.store.models import (
    Agency,
    Dmg,
    Document,
    Federation,
    Household,
    Incapacity,
    IndemnityPayment,
    Insurability,
    MafCounter,
    MedicalAgreement,
    MedicalConvocation,
    Member,
    Payment,
    ReimbursementLine,
    YoungSaverAccount,
)

TODAY = dt.date(2026, 11, 25)  # a Wednesday, as in conftest.py
D = Decimal
GP = ("101032", D("25.68"), D("19.68"))  # recognised GP without DMG: personal share 6.00
NO_SUPPLEMENT = D("0.00")
SPECIALIST = ("102034", D("37.15"), D("25.15"))  # internal medicine: personal share 12.00


def born(years: int, days: int = 0) -> dt.date:
    """Born `years` years before TODAY and `days` days earlier still (negative: later)."""
    return TODAY.replace(year=TODAY.year - years) - dt.timedelta(days=days)


def birthday(birth: dt.date, years: int, days_after: int = 0) -> dt.date:
    """The day someone born on `birth` turns `years`, plus `days_after` days."""
    return birth.replace(year=birth.year + years) + dt.timedelta(days=days_after)


def pdf_bytes(label: str) -> bytes:
    """A small file that starts like a PDF, with bytes that are not text."""
    return b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n% " + label.encode() + b"\n%%EOF\n"


@dataclass(frozen=True)
class PersonSpec:
    label: str
    birth: dt.date
    blocked_on: dt.date | None = None


@dataclass
class World:
    """Who is who: label → NISS / member id, and the rows the tests look for."""

    niss: dict[str, str] = field(default_factory=dict)
    ids: dict[str, int] = field(default_factory=dict)
    payments: dict[str, int] = field(default_factory=dict)
    documents: dict[str, int] = field(default_factory=dict)  # label → a kept document's id
    contents: dict[str, bytes] = field(default_factory=dict)  # label → that document's bytes
    lines: dict[str, list[int]] = field(default_factory=dict)  # label → reimbursement line ids


FAMILIES = {
    # Majority 16: a 15-year-old and a 17-year-old, each with and without the blocking form,
    # and one who turns 16 today, whose form came while still a minor.
    "MWP": (
        PersonSpec("mwp_holder", born(44, 100)),
        (
            PersonSpec("mwp_15", born(15, 30)),
            PersonSpec("mwp_15_blocked", born(15, 60), TODAY - dt.timedelta(days=10)),
            PersonSpec("mwp_16_today", born(16), dt.date(2026, 6, 1)),
            PersonSpec("mwp_17", born(17, 30)),
            PersonSpec("mwp_17_blocked", born(17, 60), birthday(born(17, 60), 16, 90)),
        ),
    ),
    # Majority 18: a 17-year-old and a 19-year-old, each with and without the form.
    "ANT": (
        PersonSpec("ant_holder", born(50, 10)),
        (
            PersonSpec("ant_17", born(17, 30)),
            PersonSpec("ant_17_blocked", born(17, 60), TODAY - dt.timedelta(days=10)),
            PersonSpec("ant_19", born(19, 30)),
            PersonSpec("ant_19_blocked", born(19, 60), birthday(born(19, 60), 18, 90)),
        ),
    ),
    # Young savers, 14 to 30 inclusive: one day on each side of 14 and of 30 (a BIM household).
    "NAM": (
        PersonSpec("young_holder", born(31, -1)),  # 30 today, 31 tomorrow
        (
            PersonSpec("young_13", born(14, -1)),  # 14 tomorrow
            PersonSpec("young_14", born(14)),  # 14 today
            PersonSpec("young_31", born(31)),  # 31 today
        ),
    ),
}
BLOCKED = ("mwp_17_blocked", "ant_19_blocked", "mwp_16_today")  # closed to the holder today
# Who has a young savers' account (125.00 saved); young_14 has none yet, young_31 still one.
YOUNG_SAVER_ACCOUNTS = {
    "mwp_15", "mwp_15_blocked", "mwp_16_today", "mwp_17", "mwp_17_blocked", "ant_17",
    "ant_17_blocked", "ant_19", "ant_19_blocked", "young_holder", "young_31",
}  # fmt: skip
HOLDERS = {"MWP": "mwp_holder", "ANT": "ant_holder", "NAM": "young_holder"}


class _Builder:
    def __init__(self, session: Session):
        self.session = session
        self.world = World()
        self.used = set(session.scalars(select(Member.niss)))

    def niss(self, birth: dt.date, sex: Sex) -> str:
        serial = 997 if sex == Sex.MALE else 998
        while True:
            first_nine = f"{birth:%y%m%d}{serial:03d}"
            niss = first_nine + niss_check_digits(first_nine, birth.year >= 2000)
            if niss not in self.used:
                self.used.add(niss)
                return niss
            serial -= 2

    def add(self, row):
        self.session.add(row)
        self.session.flush()
        return row

    def family(self, federation_code: str) -> None:
        holder_spec, dependant_specs = FAMILIES[federation_code]
        federation = self.session.scalars(
            select(Federation).where(Federation.code == federation_code)
        ).one()
        agency = self.session.scalars(
            select(Agency).where(Agency.federation_id == federation.id).order_by(Agency.id)
        ).first()
        household = self.add(
            Household(federation_id=federation.id, agency_id=agency.id, created_on=born(30))
        )
        bim = federation_code == "NAM"
        holder = self.member(holder_spec, household, None, bim, federation.id)
        people = [holder]
        for spec in dependant_specs:
            people.append(self.member(spec, household, holder, bim, federation.id))
        labels = [holder_spec.label] + [s.label for s in dependant_specs]
        for label, person in zip(labels, people, strict=True):
            self.file_of(label, person, agency)
        self.shared_payment(federation_code, holder, labels, people)
        self.maf(household)
        if federation_code == "MWP":
            self.mwp_holder(holder, agency)
        elif federation_code == "ANT":
            self.ant_holder(holder, agency)

    def member(self, spec, household, holder, bim, federation_number) -> Member:
        sex = Sex.FEMALE if len(spec.label) % 2 else Sex.MALE
        niss = self.niss(spec.birth, sex)
        member = self.add(
            Member(
                niss=niss,
                affiliation_number=f"{federation_number:02d}/9{len(self.used):07d}",
                first_names=spec.label.replace("_", " ").title(),
                last_name="Testfamily",
                birth_date=spec.birth,
                sex=sex,
                language=Language.FR,
                household_id=household.id,
                role=MemberRole.DEPENDANT if holder else MemberRole.HOLDER,
                holder_id=holder.id if holder else None,
                status=MemberStatus.ACTIVE,
                affiliated_on=max(spec.birth, dt.date(2010, 1, 1)),
                street="Rue des Tests",
                house_number="12",
                box="b3" if holder is None else None,
                postcode="7000",
                municipality="Mons",
                country="BE",
                phone="065 12 34 56" if holder is None else None,
                email=f"{spec.label}@example.be" if holder is None else None,
                iban=belgian_iban_text("001", f"{household.id:07d}") if holder is None else None,
                access_blocked_on=spec.blocked_on,
            )
        )
        ct = "111" if bim else "110"
        self.add(
            Insurability(
                member_id=member.id,
                valid_from=max(spec.birth, dt.date(2024, 1, 1)),
                valid_to=None,
                ct1=ct,
                ct2=ct,
                bim=bim,
            )
        )
        self.world.niss[spec.label] = niss
        self.world.ids[spec.label] = member.id
        return member

    def file_of(self, label: str, person: Member, agency: Agency) -> None:
        """Something in every part of one person's file."""
        payee = person.holder_id or person.id
        payment = self.add(
            Payment(
                payee_id=payee,
                kind=PaymentKind.REIMBURSEMENT,
                processed_on=dt.date(2026, 9, 8),
                iban=belgian_iban_text("001", f"{person.household_id:07d}"),
                communication=f"Remboursement {label}",
                amount=GP[2],
            )
        )
        self.world.payments[f"{label}_alone"] = payment.id
        self.line(label, payment, person, dt.date(2026, 9, 1), GP)
        if label not in ("mwp_holder", "ant_holder"):  # theirs are running, see below
            self.incapacity(person, agency, dt.date(2026, 7, 1), dt.date(2026, 7, 20))
        self.add(
            Dmg(
                member_id=person.id,
                doctor_name="Dr Généraliste",
                doctor_inami="10000000003",
                opened_on=dt.date(2025, 2, 10),
                valid_until=dt.date(2027, 12, 31),
            )
        )
        self.add(
            MedicalAgreement(
                member_id=person.id,
                kind="physiotherapy",
                reference=f"AGR-{label}",
                requested_on=dt.date(2026, 1, 5),
                decision=AgreementDecision.GRANTED,
                decided_on=dt.date(2026, 1, 20),
                valid_from=dt.date(2026, 2, 1),
                valid_to=dt.date(2027, 1, 31),
            )
        )
        content = pdf_bytes(label)
        document = self.add(
            Document(
                member_id=person.id,
                kind="certificate",
                title=f"Certificat {label}",
                direction=DocumentDirection.RECEIVED,
                dated_on=dt.date(2026, 10, 1),
                signed=True,
                signed_on=dt.date(2026, 10, 1),
                content_sha256=hashlib.sha256(content).hexdigest(),
                content=content,
            )
        )
        self.world.documents[label] = document.id
        self.world.contents[label] = content
        if label in YOUNG_SAVER_ACCOUNTS:
            self.add(
                YoungSaverAccount(
                    member_id=person.id,
                    opened_on=dt.date(2026, 3, 15),
                    closed_on=None,
                    balance=D("125.00"),
                )
            )

    def incapacity(self, person, agency, started, ended, invalidity_from=None) -> Incapacity:
        """An incapacity with a convocation a fortnight in and its first payment."""
        incapacity = self.add(
            Incapacity(
                member_id=person.id,
                work_status=WorkStatus.EMPLOYEE,
                started_on=started,
                ended_on=ended,
                declared_on=started + dt.timedelta(days=1),
                invalidity_from=invalidity_from,
                late_penalty_rate=D("0"),
            )
        )
        self.add(
            MedicalConvocation(
                member_id=person.id,
                incapacity_id=incapacity.id,
                agency_id=agency.id,
                scheduled_at=dt.datetime.combine(
                    started + dt.timedelta(days=13), dt.time(8, 30), tzinfo=dt.UTC
                ),
                adviser_name="Dr Conseil",
                status=ConvocationStatus.ATTENDED,
            )
        )
        self.add(
            IndemnityPayment(
                incapacity_id=incapacity.id,
                member_id=person.id,
                phase=IncapacityPhase.PRIMARY,
                covers_from=started,
                covers_to=started + dt.timedelta(days=14),
                days=13,
                daily_amount=D("50.00"),
                gross=D("650.00"),
                withholding=D("71.50"),
                net=D("578.50"),
                paid_on=started + dt.timedelta(days=28),
                iban=belgian_iban_text("001", f"{person.household_id:07d}"),
            )
        )
        return incapacity

    def line(self, label, payment, person, care_date, service, *, supplement=NO_SUPPLEMENT, sign=1):
        code, fee, reimbursed = service
        line = self.add(
            ReimbursementLine(
                payment_id=payment.id,
                beneficiary_id=person.id,
                care_date=care_date,
                provider_name="Dr Test",
                provider_inami="10000000580",
                nomenclature_code=code,
                official_fee=sign * fee,
                supplement=supplement,
                reimbursed=sign * reimbursed,
            )
        )
        self.world.lines.setdefault(label, []).append(line.id)
        return line

    def shared_payment(self, code: str, holder: Member, labels, people) -> None:
        """One payment to the holder for the care of everyone in the household."""
        payment = self.add(
            Payment(
                payee_id=holder.id,
                kind=PaymentKind.REIMBURSEMENT,
                processed_on=dt.date(2026, 10, 6),
                iban=holder.iban,
                communication=f"Remboursement {code}",
                amount=GP[2] * len(people),
            )
        )
        self.world.payments[f"{code}_shared"] = payment.id
        for label, person in zip(labels, people, strict=True):
            self.line(label, payment, person, dt.date(2026, 9, 28), GP)

    def mwp_holder(self, holder: Member, agency: Agency) -> None:
        """BIM since July, in invalidity, an expired DMG before the current one, agreements of
        every outcome, a letter whose file is not kept."""
        period = self.session.scalars(
            select(Insurability).where(Insurability.member_id == holder.id)
        ).one()
        period.valid_to = dt.date(2026, 6, 30)
        self.add(
            Insurability(
                member_id=holder.id,
                valid_from=dt.date(2026, 7, 1),
                valid_to=None,
                ct1="111",
                ct2="111",
                bim=True,
            )
        )
        self.incapacity(holder, agency, dt.date(2024, 9, 2), None, dt.date(2025, 9, 2))
        self.add(
            Dmg(
                member_id=holder.id,
                doctor_name="Dr Ancien",
                doctor_inami="10000001003",
                opened_on=dt.date(2021, 2, 10),
                valid_until=dt.date(2023, 12, 31),
            )
        )
        for reference, decision, decided, valid_from, valid_to in (
            ("AGR-expired", AgreementDecision.GRANTED, dt.date(2024, 1, 10),
             dt.date(2024, 1, 15), dt.date(2024, 12, 31)),
            ("AGR-pending", AgreementDecision.PENDING, None, None, None),
            ("AGR-refused", AgreementDecision.REFUSED, dt.date(2026, 4, 2), None, None),
        ):  # fmt: skip
            self.add(
                MedicalAgreement(
                    member_id=holder.id,
                    kind="physiotherapy",
                    reference=reference,
                    requested_on=(decided or TODAY) - dt.timedelta(days=20),
                    decision=decision,
                    decided_on=decided,
                    valid_from=valid_from,
                    valid_to=valid_to,
                )
            )
        letter = self.add(
            Document(
                member_id=holder.id,
                kind="credentials_letter",
                title="Vos codes d'accès",
                direction=DocumentDirection.SENT,
                dated_on=dt.date(2026, 11, 2),
                signed=False,
            )
        )
        self.world.documents["mwp_holder_letter"] = letter.id

    def ant_holder(self, holder: Member, agency: Agency) -> None:
        """A running primary incapacity with convocations to come, and a long care history:
        two services on the same day each month, one processed late, one taken back."""
        incapacity = self.incapacity(holder, agency, dt.date(2026, 6, 1), None)
        for at, status in (
            (dt.datetime(2027, 1, 14, 13, 0, tzinfo=dt.UTC), ConvocationStatus.PLANNED),
            (dt.datetime(2026, 12, 3, 9, 30, tzinfo=dt.UTC), ConvocationStatus.PLANNED),
        ):
            self.add(
                MedicalConvocation(
                    member_id=holder.id,
                    incapacity_id=incapacity.id,
                    agency_id=agency.id,
                    scheduled_at=at,
                    adviser_name="Dr Avenir",
                    status=status,
                )
            )
        for month in range(1, 11):
            care = dt.date(2026, month, 5)
            payment = self.add(
                Payment(
                    payee_id=holder.id,
                    kind=PaymentKind.REIMBURSEMENT,
                    processed_on=dt.date(2026, month, 19),
                    iban=holder.iban,
                    communication=f"Remboursement 2026-{month:02d}",
                    amount=GP[2] + SPECIALIST[2],
                )
            )
            self.line("ant_holder", payment, holder, care, GP)
            self.line("ant_holder", payment, holder, care, SPECIALIST, supplement=D("10.00"))
        late = self.add(
            Payment(
                payee_id=holder.id,
                kind=PaymentKind.REIMBURSEMENT,
                processed_on=dt.date(2026, 10, 13),
                iban=holder.iban,
                communication="Remboursement tardif et correction",
                amount=SPECIALIST[2] - GP[2],
            )
        )
        self.world.payments["ant_late"] = late.id
        self.line("ant_holder", late, holder, dt.date(2025, 12, 20), SPECIALIST)
        self.line("ant_holder", late, holder, dt.date(2026, 3, 5), GP, sign=-1)

    def maf(self, household: Household) -> None:
        for year, shares, refunded, reached in (
            (2023, "900.00", "400.00", dt.date(2023, 6, 1)),  # more than 3 years ago
            (2024, "700.00", "200.00", dt.date(2024, 9, 3)),  # refunded in full
            (2025, "620.00", "100.00", dt.date(2025, 10, 7)),  # 20.00 still due
            (2026, "123.45", "0.00", None),  # 376.55 before the ceiling
        ):
            self.add(
                MafCounter(
                    household_id=household.id,
                    year=year,
                    kind=MafKind.INCOME,
                    ceiling=D("500.00"),
                    personal_shares=D(shares),
                    refunded=D(refunded),
                    reached_on=reached,
                    updated_on=min(TODAY, dt.date(year, 12, 31)),
                )
            )


def add_families(engine: Engine) -> World:
    """Add the three families to a seeded central database; who is who."""
    with Session(engine) as session, session.begin():
        builder = _Builder(session)
        for code in FAMILIES:
            builder.family(code)
        return builder.world
