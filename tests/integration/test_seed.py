"""Demo data: every case exists, the figures follow the rules, the same seed gives the same data.

Each check reads the seeded database with SQL, as a service would, and recomputes what the rule
says (domain.md §3–§6 and §13) from the rows themselves.
"""

from __future__ import annotations

import datetime as dt
import itertools
import unicodedata
from collections import defaultdict
from decimal import Decimal

import pytest
from dateutil.relativedelta import relativedelta
from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from app.domain.iban import Iban
from app.domain.incapacity import expected_first_paid_day, first_declaration_deadline
from app.domain.money import money
from app.domain.niss import Niss
from app.domain.passwords import verify_password
from app.domain.payment_calendar import PayDate, calendar_for
from app.store import migrate, seed_accidents
from app.store import reference as ref
from app.store.db import make_engine
from app.store.models import (
    Dmg,
    Document,
    Federation,
    FederationParameter,
    Household,
    Incapacity,
    IncapacityCertificate,
    IndemnityPayment,
    Insurability,
    MafCounter,
    Member,
    OnlineAccount,
    Payment,
    PaymentCalendar,
    ReimbursementLine,
    Staff,
    YoungSaverAccount,
    YoungSaverMovement,
)
from app.store.parameters import federation_parameter, rule_book
from app.store.seed import CASES, seed_database

AS_OF = dt.date(2026, 11, 22)
D = Decimal
INDEMNITY_RULES = (
    "primary_indemnity_rate",
    "invalidity_rate_with_dependants",
    "invalidity_rate_single",
    "invalidity_rate_cohabitant",
    "primary_withholding_rate",
    "invalidity_withholding_rate",
    "capped_daily_wage",
    "primary_max_daily",
)


def _age(birth: dt.date, day: dt.date = AS_OF) -> int:
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


def _seed(path, households: int, seed: int, as_of: dt.date = AS_OF):
    engine = make_engine(f"sqlite:///{path}")
    migrate.upgrade(engine)
    summary = seed_database(engine, households=households, seed=seed, as_of=as_of)
    return engine, summary


@pytest.fixture(scope="module")
def seeded(tmp_path_factory):
    engine, summary = _seed(tmp_path_factory.mktemp("seed") / "central.sqlite", 150, seed=3)
    yield engine, summary
    engine.dispose()


@pytest.fixture
def db(seeded):
    engine, _summary = seeded
    with Session(engine) as session:
        yield session


def member(db, niss: str):
    return db.execute(select(Member).where(Member.niss == niss)).scalar_one()


def federation_code(db, member_row) -> str:
    return db.execute(
        select(Federation.code)
        .join(Household, Household.federation_id == Federation.id)
        .where(Household.id == member_row.household_id)
    ).scalar_one()


def test_every_case_has_a_member(seeded):
    _engine, summary = seeded
    assert set(summary.cases) == set(CASES)
    assert all(len(nisses) >= 1 for nisses in summary.cases.values())


def test_the_accounts_cases(db, seeded):
    cases = seeded[1].cases
    holder = member(db, cases["no_online_account"][0])
    assert holder.role == "holder" and _age(holder.birth_date) >= 18
    assert (
        db.execute(select(OnlineAccount).where(OnlineAccount.member_id == holder.id)).first()
        is None
    )

    deactivated = member(db, cases["deactivated_account"][0])
    account = db.execute(
        select(OnlineAccount).where(OnlineAccount.member_id == deactivated.id)
    ).scalar_one()
    assert account.status == "deactivated" and account.deactivated_at is not None

    active = member(db, cases["active_account"][0])
    stored = db.execute(
        select(OnlineAccount.password_hash).where(OnlineAccount.member_id == active.id)
    ).scalar_one()
    assert verify_password("demo1234", stored)
    assert not verify_password("demo12345", stored)


def test_staff_can_log_in_with_the_readme_passwords(db):
    clerk = db.execute(select(Staff).where(Staff.login == "clerk")).scalar_one()
    assert clerk.role == "clerk" and verify_password("clerk-demo", clerk.password_hash)
    supervisor = db.execute(select(Staff).where(Staff.login == "supervisor")).scalar_one()
    assert supervisor.role == "supervisor"


def test_the_demo_medical_adviser_logs_in_with_the_readme_password(db):
    adviser = db.execute(select(Staff).where(Staff.login == "adviser")).scalar_one()
    assert adviser.medical_adviser and verify_password("adviser-demo", adviser.password_hash)
    clerk = db.execute(select(Staff).where(Staff.login == "clerk")).scalar_one()
    assert not clerk.medical_adviser


def test_the_running_incapacity_case_shows_what_the_next_certificate_must_say(db, seeded):
    """An employee with an active account, in French, two months into a primary incapacity
    whose latest certificate ends on the Friday after the demo's today, with a current DMG."""
    holder = member(db, seeded[1].cases["incapacity_running"][0])
    assert holder.role == "holder" and holder.language == "fr"
    account = db.execute(
        select(OnlineAccount).where(OnlineAccount.member_id == holder.id)
    ).scalar_one()
    assert account.status == "active"
    (incapacity,) = db.execute(
        select(Incapacity).where(Incapacity.member_id == holder.id)
    ).scalars()
    assert incapacity.work_status == "employee" and incapacity.ended_on is None
    assert incapacity.invalidity_from is None
    assert 55 <= (AS_OF - incapacity.started_on).days <= 65
    certificates = (
        db.execute(
            select(IncapacityCertificate)
            .where(IncapacityCertificate.incapacity_id == incapacity.id)
            .order_by(IncapacityCertificate.covers_from)
        )
        .scalars()
        .all()
    )
    last = certificates[-1].covers_to
    assert last.weekday() == 4 and AS_OF < last <= AS_OF + dt.timedelta(days=7)
    assert certificates[0].covers_from == incapacity.started_on
    # One came electronically (2026), the latest on paper this week: the adviser's queue.
    assert {c.channel for c in certificates} == {"paper", "electronic"}
    assert certificates[-1].checked_on is None
    assert db.execute(
        select(Dmg).where(Dmg.member_id == holder.id, Dmg.valid_until >= AS_OF)
    ).first()


def test_declarations_and_first_paid_days_follow_the_dated_rules(db):
    """The first declaration's deadline and the first paid day are the federation's dated rows
    (issue 15, point 9: the unemployed have 7 days, day 1 not counted, not 2): a declaration
    is late, and cut, exactly when it came after the deadline; nothing is paid before the
    first paid day."""
    books = {}
    statuses = set()
    for incapacity, federation in db.execute(
        select(Incapacity, Household.federation_id)
        .join(Member, Member.id == Incapacity.member_id)
        .join(Household, Household.id == Member.household_id)
    ).all():
        if federation not in books:
            books[federation] = rule_book(db.connection(), federation_id=federation)
        book = books[federation]
        status = str(incapacity.work_status)
        statuses.add(status)
        deadline = first_declaration_deadline(incapacity.started_on, status, book)
        late = incapacity.declared_on > deadline
        assert (incapacity.late_penalty_rate > 0) == late, (status, incapacity.started_on)
        first_paid = expected_first_paid_day(incapacity.started_on, status, book)
        earliest = db.execute(
            select(func.min(IndemnityPayment.covers_from)).where(
                IndemnityPayment.incapacity_id == incapacity.id
            )
        ).scalar()
        assert earliest is None or earliest >= first_paid
    assert statuses
    # The seeded rows themselves: an unemployed member ill from Monday 02/11/2026 declares by
    # Monday 09/11 (7 days, day 1 not counted), a worker by Sunday 15/11 → Monday 16/11.
    book = next(iter(books.values()))
    assert first_declaration_deadline(dt.date(2026, 11, 2), "unemployed", book) == dt.date(
        2026, 11, 9
    )
    assert first_declaration_deadline(dt.date(2026, 11, 2), "worker", book) == dt.date(2026, 11, 16)


def test_what_the_indemnity_is_computed_from_is_on_every_incapacity(db):
    rows = db.execute(select(Incapacity, Member.household_id).join(Member)).all()
    assert rows
    for incapacity, household in rows:
        assert incapacity.gross_daily_wage is not None and incapacity.gross_daily_wage > 0
        assert incapacity.family_situation in ("with_dependants", "single", "cohabitant")
        assert incapacity.regular_worker is not None
        people = db.execute(
            select(func.count()).select_from(Member).where(Member.household_id == household)
        ).scalar_one()
        assert (incapacity.family_situation == "with_dependants") == (people > 1)


def test_electronic_prolongations_from_2026_and_recent_certificates_wait_for_the_adviser(db):
    certificates = db.execute(select(IncapacityCertificate)).scalars().all()
    electronic = [c for c in certificates if c.channel == "electronic"]
    assert electronic, "some prolongations came electronically"
    for certificate in electronic:
        assert certificate.kind == "prolongation"
        assert certificate.covers_from >= dt.date(2026, 1, 1)
        # At most the rule's three months each.
        assert certificate.covers_to < certificate.covers_from + relativedelta(months=3)
    assert all(c.channel == "paper" for c in certificates if c.covers_from < dt.date(2026, 1, 1))
    last_week = AS_OF - dt.timedelta(days=7)
    for certificate in certificates:
        if certificate.received_on > last_week:
            assert certificate.checked_on is None
        else:
            assert certificate.checked_on == certificate.received_on
    assert any(c.checked_on is None for c in certificates)


def test_dependants_on_both_sides_of_16_and_18(db, seeded):
    cases = seeded[1].cases
    under_16 = member(db, cases["dependant_under_16_mwp"][0])
    from_16 = member(db, cases["dependant_16_17_mwp"][0])
    under_18 = member(db, cases["dependant_under_18"][0])
    adult = member(db, cases["dependant_18_or_more"][0])
    assert _age(under_16.birth_date) < 16 and federation_code(db, under_16) == "MWP"
    assert 16 <= _age(from_16.birth_date) < 18 and federation_code(db, from_16) == "MWP"
    assert 16 <= _age(under_18.birth_date) < 18 and federation_code(db, under_18) != "MWP"
    assert _age(adult.birth_date) >= 18 and adult.access_blocked_on is None
    for person in (under_16, from_16, under_18, adult):
        assert person.role == "dependant" and person.holder_id is not None


def test_the_blocked_dependant_returned_the_signed_form(db, seeded):
    blocked = member(db, seeded[1].cases["blocked_dependant"][0])
    assert blocked.role == "dependant" and _age(blocked.birth_date) >= 18
    assert blocked.access_blocked_on is not None and blocked.access_blocked_on <= AS_OF
    form = db.execute(
        select(Document).where(Document.member_id == blocked.id, Document.kind == "blocking_form")
    ).scalar_one()
    assert form.direction == "received" and form.signed


def test_majority_age_is_a_dated_parameter_per_federation(db):
    rows = db.execute(
        select(Federation.code, FederationParameter.value)
        .join(FederationParameter)
        .where(FederationParameter.name == "majority_age")
    ).all()
    ages = dict(rows)
    assert ages.pop("MWP") == 16
    assert set(ages.values()) == {18}
    contributions = db.execute(
        select(FederationParameter.value).where(FederationParameter.name == "holder_contribution")
    ).scalars()
    assert set(contributions) == {D("11.40")}
    mwp = db.execute(select(Federation.name_fr).where(Federation.code == "MWP")).scalar_one()
    assert mwp == "Mons Wallonie Picarde"


def test_bim_member_has_matching_insurability_codes(db, seeded):
    bim = member(db, seeded[1].cases["bim"][0])
    row = db.execute(select(Insurability).where(Insurability.member_id == bim.id)).scalar_one()
    assert row.bim and row.ct1.endswith("1") and row.ct2.endswith("1")
    # And no BIM member anywhere pays a fee supplement (law of 29 Nov 2022).
    supplements_to_bim = db.execute(
        select(func.count())
        .select_from(ReimbursementLine)
        .join(Insurability, Insurability.member_id == ReimbursementLine.beneficiary_id)
        .where(Insurability.bim.is_(True), ReimbursementLine.supplement > 0)
    ).scalar_one()
    assert supplements_to_bim == 0


def test_invalidity_after_a_year_with_indemnities_on_the_calendar(db, seeded):
    holder = member(db, seeded[1].cases["invalidity"][0])
    incapacity = db.execute(
        select(Incapacity).where(Incapacity.member_id == holder.id)
    ).scalar_one()
    assert incapacity.ended_on is None
    assert incapacity.invalidity_from == incapacity.started_on + dt.timedelta(days=365)
    payments = (
        db.execute(select(IndemnityPayment).where(IndemnityPayment.incapacity_id == incapacity.id))
        .scalars()
        .all()
    )
    phases = {p.phase for p in payments}
    assert phases == {"primary", "invalidity"}
    # Paid on the published date of its period where there is one, else on the expected one.
    published = [
        PayDate(str(r.phase), r.covers_from, r.covers_to, r.pay_on, True)
        for r in db.execute(select(PaymentCalendar)).scalars()
    ]
    assert published, "the published calendar is loaded"
    calendar = {
        (d.phase, d.covers_from, d.pay_on)
        for phase in ("primary", "invalidity")
        for d in calendar_for(phase, incapacity.started_on, AS_OF, published)
    }
    for payment in payments:
        assert any(
            (payment.phase, payment.paid_on) == (phase, pay_on) and start <= payment.covers_from
            for phase, start, pay_on in calendar
        )
        assert payment.paid_on <= AS_OF
        assert payment.net == payment.gross - payment.withholding
        if payment.phase == "invalidity":
            assert payment.covers_from >= incapacity.invalidity_from
        else:
            assert payment.covers_to < incapacity.invalidity_from


def _rule(db, name: str, federation_id: int, on: dt.date) -> Decimal:
    return federation_parameter(db.connection(), name, on=on, federation_id=federation_id)


def _indemnities(db):
    return db.execute(
        select(IndemnityPayment, Incapacity, Household.federation_id)
        .join(Incapacity, Incapacity.id == IndemnityPayment.incapacity_id)
        .join(Member, Member.id == Incapacity.member_id)
        .join(Household, Household.id == Member.household_id)
    ).all()


def test_indemnities_follow_the_dated_rates_ceilings_and_withholdings(db):
    rows = _indemnities(db)
    assert {payment.phase for payment, _i, _f in rows} == {"primary", "invalidity"}
    for payment, incapacity, federation in rows:
        rate = _rule(db, f"{payment.phase}_withholding_rate", federation, payment.paid_on)
        assert payment.withholding == money(payment.gross * rate)
        if payment.phase == "primary":
            ceiling = _rule(db, "primary_max_daily", federation, incapacity.started_on)
            assert payment.daily_amount <= ceiling
        else:
            wage = _rule(db, "capped_daily_wage", federation, incapacity.started_on)
            highest = _rule(db, "invalidity_rate_with_dependants", federation, AS_OF)
            assert payment.daily_amount <= money(wage * highest)


def test_a_changed_indemnity_row_changes_the_seeded_indemnities(tmp_path, monkeypatch):
    """The seeder reads the rates and ceilings from the dated rows it writes, by date: a capped
    wage of 50.00 (below every drawn wage) gives 60 % = 30.00 a day in year 1 (27.00 while a
    late declaration is cut by 10 %), and 65 / 55 / 40 % of it in invalidity."""
    changed = []
    for name, value, valid_from, source in ref.PARAMETERS:
        if name == "capped_daily_wage":
            if valid_from == dt.date(2022, 1, 1):
                changed.append((name, D("50.00"), valid_from, "test"))
            continue  # the 2024 row goes: 50.00 holds from 2022 on
        if name == "primary_withholding_rate":
            value = D("0.20")
        changed.append((name, value, valid_from, source))
    monkeypatch.setattr(ref, "PARAMETERS", tuple(changed))
    engine, _summary = _seed(tmp_path / "changed.sqlite", 20, seed=3)
    with Session(engine) as db:
        rows = _indemnities(db)
        daily = defaultdict(set)
        for payment, _incapacity, _federation in rows:
            daily[payment.phase].add(payment.daily_amount)
            if payment.phase == "primary":
                assert payment.withholding == money(payment.gross * D("0.20"))
        assert daily["primary"] <= {D("30.00"), D("27.00")} and daily["primary"]
        assert daily["invalidity"] <= {D("32.50"), D("27.50"), D("20.00")}
        assert daily["invalidity"]
    engine.dispose()


def test_a_database_seeded_before_the_indemnity_rows_gets_them_by_migration(tmp_path):
    engine, _summary = _seed(tmp_path / "old.sqlite", 1, seed=1)

    def indemnity_rows():
        with engine.connect() as connection:
            return sorted(
                connection.execute(
                    select(
                        FederationParameter.federation_id,
                        FederationParameter.name,
                        FederationParameter.value,
                        FederationParameter.valid_from,
                        FederationParameter.source,
                    ).where(FederationParameter.name.in_(INDEMNITY_RULES))
                ).all()
            )

    seeded_rows = indemnity_rows()
    assert len(seeded_rows) == len(ref.FEDERATIONS) * 10
    migrate.downgrade(engine, "0009")  # as seeded before the rows existed
    assert indemnity_rows() == []
    migrate.upgrade(engine)
    assert indemnity_rows() == seeded_rows
    engine.dispose()


def test_certificates_follow_each_other_without_a_gap(db):
    by_file = defaultdict(list)
    for cert in db.execute(
        select(IncapacityCertificate).order_by(IncapacityCertificate.covers_from)
    ).scalars():
        if cert.kind in ("initial", "prolongation"):
            by_file[cert.incapacity_id].append(cert)
    assert by_file
    for certificates in by_file.values():
        assert certificates[0].kind == "initial"
        for previous, nxt in itertools.pairwise(certificates):
            assert nxt.covers_from == previous.covers_to + dt.timedelta(days=1)
            # Received within 48 hours of the previous certificate's end (domain.md §13).
            assert nxt.received_on <= previous.covers_to + dt.timedelta(days=2)


def test_the_payment_calendar_holds_the_seed_dates_of_the_rules(db):
    rows = set(db.execute(select(PaymentCalendar.phase, PaymentCalendar.pay_on)).all())
    assert ("primary", dt.date(2025, 12, 30)) in rows
    assert ("invalidity", dt.date(2025, 12, 19)) in rows


def test_maf_counters_are_the_households_personal_shares(db, seeded):
    shares = defaultdict(Decimal)
    for household_id, care_date, fee, reimbursed in db.execute(
        select(
            Member.household_id,
            ReimbursementLine.care_date,
            ReimbursementLine.official_fee,
            ReimbursementLine.reimbursed,
        ).join(Member, Member.id == ReimbursementLine.beneficiary_id)
    ):
        shares[(household_id, care_date.year)] += fee - reimbursed
    counters = db.execute(select(MafCounter)).scalars().all()
    assert counters
    for counter in counters:
        assert counter.personal_shares == shares[(counter.household_id, counter.year)]

    reached = member(db, seeded[1].cases["maf_ceiling_reached"][0])
    counter = (
        db.execute(
            select(MafCounter)
            .where(MafCounter.household_id == reached.household_id)
            .order_by(MafCounter.year)
        )
        .scalars()
        .first()
    )
    assert counter.kind == "income" and counter.ceiling == D("250.00")
    assert counter.personal_shares >= counter.ceiling and counter.reached_on is not None
    # Above the ceiling, the mutuality refunds the rest, as a payment of its own.
    assert counter.refunded == counter.personal_shares - counter.ceiling
    refund = (
        db.execute(
            select(Payment.amount).where(
                Payment.payee_id == reached.id, Payment.kind == "maf_refund"
            )
        )
        .scalars()
        .first()
    )
    assert refund == counter.refunded


def test_dmg_validity_and_the_expired_case(db, seeded):
    for opened, valid_until in db.execute(select(Dmg.opened_on, Dmg.valid_until)):
        assert valid_until == dt.date(opened.year + 2, 12, 31)  # e.g. 21 Jan 2017 → 31 Dec 2019
    expired = member(db, seeded[1].cases["dmg_expired"][0])
    latest = db.execute(
        select(func.max(Dmg.valid_until)).where(Dmg.member_id == expired.id)
    ).scalar_one()
    assert latest < AS_OF


def test_young_saver_between_14_and_30_with_the_balance_of_the_movements(db, seeded):
    saver = member(db, seeded[1].cases["young_saver"][0])
    assert 14 <= _age(saver.birth_date) <= 30
    for account in db.execute(select(YoungSaverAccount)).scalars():
        total = db.execute(
            select(func.sum(YoungSaverMovement.amount)).where(
                YoungSaverMovement.account_id == account.id
            )
        ).scalar_one()
        assert account.balance == (total or D("0.00"))


def test_payments_are_the_sum_of_their_lines(db):
    sums = dict(
        db.execute(
            select(ReimbursementLine.payment_id, func.sum(ReimbursementLine.reimbursed)).group_by(
                ReimbursementLine.payment_id
            )
        ).all()
    )
    payments = db.execute(select(Payment).where(Payment.kind == "reimbursement")).scalars().all()
    assert len(payments) > 100
    assert all(p.amount == sums[p.id] for p in payments)
    # A duplicate taken back gives a negative line (and, alone, a negative payment).
    negative = db.execute(
        select(func.count()).select_from(ReimbursementLine).where(ReimbursementLine.reimbursed < 0)
    ).scalar_one()
    assert negative > 0


# What the fee table of domain.md §3 says each GP consultation costs the member (TM).
GP_TM = {
    # code: (fee, {(bim, dmg): personal share})
    "101010": (D("18.85"), {(False, False): "6.00", (False, True): "4.00",
                            (True, False): "1.50", (True, True): "1.00"}),
    "101032": (D("25.68"), {(False, False): "6.00", (False, True): "4.00",
                            (True, False): "1.50", (True, True): "1.00"}),
    "101076": (D("31.81"), {(False, False): "6.00", (False, True): "4.00",
                            (True, False): "1.50", (True, True): "1.00"}),
}  # fmt: skip


def test_every_line_is_priced_by_the_rules(db):
    dmg_periods = defaultdict(list)
    for member_id, opened, until in db.execute(
        select(Dmg.member_id, Dmg.opened_on, Dmg.valid_until)
    ):
        dmg_periods[member_id].append((opened, until))
    people = {
        row.id: row
        for row in db.execute(
            select(Member.id, Member.birth_date, Insurability.bim).join(
                Insurability, Insurability.member_id == Member.id
            )
        )
    }
    seen = defaultdict(int)
    for line in db.execute(select(ReimbursementLine)).scalars():
        if line.reimbursed < 0:
            continue
        person = people[line.beneficiary_id]
        dmg = any(a <= line.care_date <= b for a, b in dmg_periods[line.beneficiary_id])
        young_free = person.bim and dmg and _age(person.birth_date, line.care_date) <= 24
        share = line.official_fee - line.reimbursed
        if line.nomenclature_code in GP_TM:
            fee, shares = GP_TM[line.nomenclature_code]
            assert line.official_fee == fee
            expected = D("0.00") if young_free else D(shares[(person.bim, dmg)])
            assert share == expected, (line.nomenclature_code, person.bim, dmg)
            seen[(person.bim, dmg, young_free)] += 1
        elif line.nomenclature_code.startswith("102"):
            expected = D("0.00") if young_free else (D("3.00") if person.bim else D("12.00"))
            assert share == expected
        elif line.nomenclature_code in seed_accidents.AMOUNTS:  # the accident cases' care
            fee, reimbursed = seed_accidents.AMOUNTS[line.nomenclature_code]
            assert (line.official_fee, line.reimbursed) == (fee, reimbursed)
        else:  # opening or extension of the DMG: reimbursed in full
            assert line.nomenclature_code in ("101496", "101533")
            assert line.official_fee == D("36.61") and share == 0
        if line.supplement:
            assert line.nomenclature_code.startswith("102") and not person.bim
    # The sample covers ordinary and BIM members, with and without a DMG.
    assert {(False, False, False), (False, True, False), (True, True, False)} <= set(seen)


def test_national_numbers_and_ibans_are_valid(db):
    for niss, birth, sex in db.execute(select(Member.niss, Member.birth_date, Member.sex)):
        parsed = Niss.parse(niss)
        assert parsed.birth_date == birth and parsed.sex == sex
    ibans = [i for (i,) in db.execute(select(Member.iban).where(Member.iban.is_not(None)))]
    assert ibans
    for iban in ibans:
        assert Iban.parse(iban).compact == iban


def test_names_addresses_and_languages_look_belgian(db):
    rows = db.execute(
        select(Member.first_names, Member.last_name, Member.language, Member.postcode,
               Member.municipality)
    ).all()  # fmt: skip
    assert {row.language for row in rows} == {"fr", "nl", "de"}
    accented = [r for r in rows if unicodedata.normalize("NFD", r.first_names + r.last_name)
                != r.first_names + r.last_name]  # fmt: skip
    assert len(accented) > len(rows) // 10
    places = {(r.postcode, r.municipality) for r in rows}
    assert ("7000", "Mons") in places or ("4700", "Eupen") in places or ("9000", "Gent") in places
    for postcode, municipality in places:
        assert len(postcode) == 4 and postcode.isdigit() and municipality


def test_same_seed_same_data_other_seed_other_data(tmp_path):
    def dump(engine):
        with engine.connect() as connection:
            return [
                connection.execute(text(f"SELECT * FROM {table} ORDER BY id")).all()
                for table in ("member", "payment", "reimbursement_line", "online_account")
            ]

    one, _ = _seed(tmp_path / "a.sqlite", 12, seed=5)
    two, _ = _seed(tmp_path / "b.sqlite", 12, seed=5)
    other, _ = _seed(tmp_path / "c.sqlite", 12, seed=6)
    assert dump(one) == dump(two)
    assert dump(one)[0] != dump(other)[0]
    for engine in (one, two, other):
        engine.dispose()


def test_fewer_households_than_cases_still_seeds(tmp_path):
    engine, summary = _seed(tmp_path / "small.sqlite", 2, seed=1)
    assert summary.counts["household"] == 2
    assert "dependant_under_16_mwp" in summary.cases
    engine.dispose()
