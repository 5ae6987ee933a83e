"""The incapacity rules (domain.md §6, §13, §14), with the examples the texts give, read from
the seed's own dated rows (reference.parameter_rows) as a federation's RuleBook."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import create_engine, insert

from app.domain.codes import Timeliness
from app.domain.incapacity import (
    PreviousPeriod,
    SelfEmployedResumption,
    check_certificate,
    continuation,
    expected_first_paid_day,
    first_declaration_deadline,
    next_certificate,
    paid_days,
    prolongation_deadline,
    resumption_cut,
    resumption_deadline,
    resumption_timeliness,
    self_employed_resumption,
)
from app.store import reference
from app.store.models import Federation, FederationParameter
from app.store.parameters import MemoryRuleBook, rule_book

D = dt.date
FEDERATION = 1


@pytest.fixture(scope="module")
def rules() -> MemoryRuleBook:
    return MemoryRuleBook(reference.parameter_rows(), FEDERATION)


def check(rules, **given):
    form = {
        "received_on": D(2026, 3, 5),
        "electronic": False,
        "previous": None,
        "work_status": "worker",
        "daily_amount": Decimal("80.00"),
        "household_members": 1,
    } | given
    return check_certificate(rules=rules, **form)


# -- the next certificate (domain.md §13) ----------------------------------------------------


def test_a_prolongation_starts_the_day_after_and_arrives_within_48_hours_or_the_next_working_day(
    rules,
):
    # "Your certificate covers you until Friday 08/01/2016. If you cannot resume on Monday
    # 11/01/2016, your prolongation certificate must start on Saturday 09/01/2016."
    nxt = next_certificate(D(2016, 1, 8), rules)
    assert nxt.covered_until == D(2016, 1, 8)
    assert nxt.must_start_on == D(2016, 1, 9)  # Saturday
    assert nxt.resume_on == D(2016, 1, 11)  # Monday
    # 48 h after Friday's end is Sunday 10/01: the next working day.
    assert nxt.must_arrive_by == D(2016, 1, 11)
    assert prolongation_deadline(D(2016, 1, 8), rules) == D(2016, 1, 11)
    assert nxt.deadline_hours == 48
    assert nxt.electronic_until is None  # no 3-month electronic rule before 2026


def test_a_prolongation_due_on_a_working_day_is_due_that_day(rules):
    assert prolongation_deadline(D(2016, 1, 11), rules) == D(2016, 1, 13)  # Mon → Wed


# -- continuation: prolongation, relapse, new (domain.md §6) ---------------------------------


def test_a_relapse_starts_by_the_14th_day_after_the_end_and_the_15th_is_a_new_incapacity(rules):
    # The 14 days count from the day after the last day of incapacity (mc.be, securex.be,
    # droitsquotidiens.be; issue 15: "a relapse at 14 days and a new incapacity at 15").
    end = D(2026, 1, 31)
    assert continuation(end, "primary", D(2026, 2, 1), rules) == "prolongation"
    assert continuation(end, "primary", D(2026, 2, 2), rules) == "relapse"
    assert continuation(end, "primary", D(2026, 2, 14), rules) == "relapse"  # the 14th day
    assert continuation(end, "primary", D(2026, 2, 15), rules) == "new"  # the 15th
    assert continuation(end, "primary", D(2026, 2, 16), rules) == "new"


def test_in_invalidity_a_relapse_starts_within_3_months_of_the_day_after_the_end(rules):
    end = D(2026, 1, 31)  # the 3 months run from 01/02 to 30/04
    assert continuation(end, "invalidity", D(2026, 4, 30), rules) == "relapse"
    assert continuation(end, "invalidity", D(2026, 5, 1), rules) == "new"
    assert continuation(end, "primary", D(2026, 4, 30), rules) == "new"  # 14 days in year 1
    end = D(2026, 2, 28)  # from 01/03 to 31/05
    assert continuation(end, "invalidity", D(2026, 5, 31), rules) == "relapse"
    assert continuation(end, "invalidity", D(2026, 6, 1), rules) == "new"


def test_the_checker_files_a_certificate_on_the_14th_day_as_a_relapse_and_the_15th_as_new(rules):
    previous = PreviousPeriod(D(2026, 1, 5), D(2026, 1, 31), "primary", D(2026, 1, 19))
    form = {"covers_to": D(2026, 3, 15), "received_on": D(2026, 2, 14), "previous": previous}
    relapse = check(rules, covers_from=D(2026, 2, 14), **form)
    assert relapse.kind == "relapse"
    assert relapse.uncovered == ((D(2026, 2, 1), D(2026, 2, 13)),)
    new = check(rules, covers_from=D(2026, 2, 15), **form | {"received_on": D(2026, 2, 15)})
    assert new.kind == "new"


# -- the first declaration (domain.md §14; issue 15 point 9) ---------------------------------


@pytest.mark.parametrize(
    ("work_status", "deadline"),
    [
        ("worker", D(2026, 3, 17)),  # 14 days, day 1 counted: 04/03 + 13
        ("employee", D(2026, 3, 31)),  # 28 days, day 1 counted: 04/03 + 27
        ("unemployed", D(2026, 3, 11)),  # 7 days, day 1 not counted (not 2 days: §6 is old)
        ("self_employed", D(2026, 3, 11)),  # 7 days, day 1 not counted
    ],
)
def test_the_first_declaration_deadline_depends_on_the_work_status(rules, work_status, deadline):
    assert first_declaration_deadline(D(2026, 3, 4), work_status, rules) == deadline  # a Wed


def test_the_unemployed_have_7_days_not_2(rules):
    assert first_declaration_deadline(D(2026, 3, 4), "unemployed", rules) - D(2026, 3, 4) == (
        dt.timedelta(days=7)
    )


def test_before_2022_the_unemployed_declared_by_the_2nd_day_and_the_self_employed_in_14_days(
    rules,
):
    # domain.md §6: "48 h / 2nd day" (day 1 counted), "older sources 14 days" (day 1 not
    # counted); the 7 days from 1/1/2022 (§14).
    wednesday = D(2021, 3, 3)
    assert first_declaration_deadline(wednesday, "unemployed", rules) == D(2021, 3, 4)
    assert first_declaration_deadline(wednesday, "self_employed", rules) == D(2021, 3, 17)
    # Ill on Friday 31/12/2021: the old rule; the 2nd day is New Year's Day, a Saturday.
    assert first_declaration_deadline(D(2021, 12, 31), "unemployed", rules) == D(2022, 1, 3)
    assert first_declaration_deadline(D(2021, 12, 31), "self_employed", rules) == D(2022, 1, 14)
    # Ill on 01/01/2022: the new rule, 7 days, to Saturday 08/01, so Monday 10/01.
    assert first_declaration_deadline(D(2022, 1, 1), "unemployed", rules) == D(2022, 1, 10)
    assert first_declaration_deadline(D(2022, 1, 5), "self_employed", rules) == D(2022, 1, 12)


def test_before_2022_a_late_self_employed_member_has_no_months_grace(rules):
    # No self_employed_late_grace_months row before 2022: no grace, and no crash.
    late = check(
        rules,
        covers_from=D(2021, 3, 3),
        covers_to=D(2021, 4, 30),
        received_on=D(2021, 3, 25),
        work_status="self_employed",
        daily_amount=Decimal("50.67"),
    )
    assert late.late and late.deadline == D(2021, 3, 17)
    assert late.waiver.self_employed_grace_months is None
    assert late.waiver.grace_until is None
    assert late.waiver.applies is None  # a loss over 25 €: ask
    assert (late.late_from, late.late_until) == (D(2021, 3, 10), D(2021, 3, 25))


def test_a_declaration_deadline_on_a_sunday_moves_to_monday(rules):
    # A worker ill from Monday 02/03/2026: day 14 is Sunday 15/03.
    assert first_declaration_deadline(D(2026, 3, 2), "worker", rules) == D(2026, 3, 16)


def test_a_declaration_deadline_on_11_november_moves_to_the_next_working_day(rules):
    # Armistice day, Wednesday 11/11/2026, is a Belgian holiday.
    assert first_declaration_deadline(D(2026, 11, 4), "unemployed", rules) == D(2026, 11, 12)
    assert first_declaration_deadline(D(2026, 10, 15), "employee", rules) == D(2026, 11, 12)


def test_the_first_paid_day_follows_the_guaranteed_salary(rules):
    start = D(2026, 3, 4)
    assert expected_first_paid_day(start, "worker", rules) == D(2026, 3, 18)
    assert expected_first_paid_day(start, "employee", rules) == D(2026, 4, 3)
    assert expected_first_paid_day(start, "unemployed", rules) == start
    assert expected_first_paid_day(start, "self_employed", rules) == D(2026, 3, 11)


# -- a rule changed from a date is a new row -------------------------------------------------


def test_a_rule_changed_from_a_date_is_a_new_row_and_the_old_one_still_holds_before(rules):
    eight_days = {
        "id": 10_000,
        "federation_id": FEDERATION,
        "name": "prolongation_deadline_hours",
        "value": Decimal(192),
        "valid_from": D(2027, 1, 1),
        "valid_to": None,
        "source": "a later rule (mutualia.be: '8 jours maximum')",
    }
    changed = MemoryRuleBook([*reference.parameter_rows(), eight_days], FEDERATION)
    # The new figure for a certificate whose next starts after the change...
    assert prolongation_deadline(D(2027, 1, 4), changed) == D(2027, 1, 12)
    assert next_certificate(D(2027, 1, 4), changed).deadline_hours == 192
    assert changed.valid_from("prolongation_deadline_hours", D(2027, 1, 5)) == D(2027, 1, 1)
    # ... the old one before it, and in the other federations.
    assert prolongation_deadline(D(2026, 12, 14), changed) == D(2026, 12, 16)
    assert prolongation_deadline(D(2027, 1, 4), rules) == D(2027, 1, 6)
    other = MemoryRuleBook([*reference.parameter_rows(), eight_days], 2)
    assert prolongation_deadline(D(2027, 1, 4), other) == D(2027, 1, 6)


def test_a_day_without_a_rule_is_a_key_error_not_a_guess(rules):
    with pytest.raises(KeyError):
        rules.value("electronic_certificate_max_months", D(2025, 12, 31))  # from 1/1/2026
    with pytest.raises(KeyError):
        rules.value("no_such_rule", D(2026, 1, 1))


def test_the_rule_book_over_the_database_reads_the_same_rows():
    engine = create_engine("sqlite://")
    Federation.__table__.create(engine)
    FederationParameter.__table__.create(engine)
    with engine.begin() as connection:
        connection.execute(insert(Federation), reference.federation_rows())
        connection.execute(insert(FederationParameter), reference.parameter_rows())
        book = rule_book(connection, federation_id=FEDERATION)
    assert book.federation_id == FEDERATION
    assert book.value("capped_daily_wage", D(2023, 6, 1)) == Decimal("174.1052")
    assert book.value("capped_daily_wage", D(2024, 6, 1)) == Decimal("179.5442")
    assert book.valid_from("capped_daily_wage", D(2024, 6, 1)) == D(2024, 1, 1)
    assert next_certificate(D(2016, 1, 8), book).must_arrive_by == D(2016, 1, 11)


# -- checking a certificate ------------------------------------------------------------------


def test_a_certificate_needs_a_start_and_an_end_date(rules):
    missing = check(rules, covers_from=D(2026, 3, 2), covers_to=None)
    assert missing.problems == ("certificate_dates_missing",)
    assert missing.kind is None and not missing.late
    backwards = check(rules, covers_from=D(2026, 3, 2), covers_to=D(2026, 3, 1))
    assert backwards.problems == ("certificate_ends_before_start",)


def test_a_prolongation_may_not_start_before_the_previous_end(rules):
    previous = PreviousPeriod(D(2026, 1, 5), D(2026, 1, 31), "primary", D(2026, 1, 19))
    overlap = check(rules, covers_from=D(2026, 1, 31), covers_to=D(2026, 2, 14), previous=previous)
    assert overlap.problems == ("certificate_overlaps",)


def test_a_first_certificate_in_time(rules):
    first = check(rules, covers_from=D(2026, 3, 2), covers_to=D(2026, 3, 31))
    assert first.problems == ()
    assert first.kind == "first"
    assert first.deadline == D(2026, 3, 16)
    assert not first.late and first.waiver is None
    assert first.late_days == 0 and first.estimated_loss == Decimal("0.00")


def test_a_gap_before_a_certificate_is_uncovered_and_makes_it_a_relapse(rules):
    previous = PreviousPeriod(D(2026, 1, 5), D(2026, 1, 31), "primary", D(2026, 1, 19))
    relapse = check(
        rules,
        covers_from=D(2026, 2, 10),
        covers_to=D(2026, 2, 28),
        received_on=D(2026, 2, 11),
        previous=previous,
    )
    assert relapse.kind == "relapse"
    assert relapse.uncovered == ((D(2026, 2, 1), D(2026, 2, 9)),)
    assert relapse.deadline == D(2026, 2, 11)  # 48 h from its own start
    assert not relapse.late


def test_a_late_certificate_costs_10_percent_from_the_first_paid_day_to_its_arrival(rules):
    # A worker ill from Monday 02/03/2026: due by Monday 16/03, paid from 16/03, arrived
    # Friday 20/03: five paid days cut by 10 % of 80.00 €.
    late = check(
        rules,
        covers_from=D(2026, 3, 2),
        covers_to=D(2026, 3, 31),
        received_on=D(2026, 3, 20),
        household_members=3,
    )
    assert late.late and late.deadline == D(2026, 3, 16)
    assert late.penalty_rate == Decimal("0.10")
    assert late.late_days == 5
    assert (late.late_from, late.late_until) == (D(2026, 3, 16), D(2026, 3, 20))
    assert late.estimated_loss == Decimal("40.00")
    waiver = late.waiver
    assert waiver.min_loss == Decimal("25.00")
    assert waiver.income_limit == Decimal("25836.99")  # 18,855.63 + 2 × 3,490.68
    assert waiver.once_in_years == 3
    assert waiver.self_employed_grace_months is None
    assert waiver.applies is None  # a loss of 25 € or more: force majeure or income, ask


def test_paid_days_are_a_six_day_week(rules):
    assert paid_days(D(2026, 3, 16), D(2026, 3, 23)) == 7  # Sunday 22/03 is not paid
    assert paid_days(D(2026, 3, 16), D(2026, 3, 15)) == 0
    late = check(
        rules, covers_from=D(2026, 3, 2), covers_to=D(2026, 3, 31), received_on=D(2026, 3, 23)
    )
    assert late.late_days == 7 and late.estimated_loss == Decimal("56.00")


def test_no_waiver_for_a_loss_under_25_euros(rules):
    late = check(
        rules, covers_from=D(2026, 3, 2), covers_to=D(2026, 3, 31), received_on=D(2026, 3, 18)
    )
    assert late.late_days == 3 and late.estimated_loss == Decimal("24.00")
    assert late.waiver.applies is False


def test_a_cut_starting_on_a_sunday_is_said_from_the_monday(rules):
    # A prolongation from Sunday 10/01/2016 (the previous ended Saturday 09/01), due Monday
    # 11/01 (48 h), received Wednesday 13/01: cut on Monday 11 to Wednesday 13.
    previous = PreviousPeriod(D(2015, 11, 2), D(2016, 1, 9), "primary", D(2015, 11, 16))
    late = check(
        rules,
        covers_from=D(2016, 1, 10),
        covers_to=D(2016, 1, 31),
        received_on=D(2016, 1, 13),
        previous=previous,
    )
    assert late.late and late.deadline == D(2016, 1, 11)
    assert late.late_days == 3
    assert (late.late_from, late.late_until) == (D(2016, 1, 11), D(2016, 1, 13))


def test_a_late_first_certificate_before_the_first_paid_day_cuts_nothing(rules):
    # An employee ill from Monday 02/03/2026: due by Monday 30/03 (28 days, 29/03 a Sunday);
    # the mutuality pays from 01/04, after the guaranteed salary. Arrived Tuesday 31/03.
    late = check(
        rules,
        covers_from=D(2026, 3, 2),
        covers_to=D(2026, 4, 30),
        received_on=D(2026, 3, 31),
        work_status="employee",
    )
    assert late.late and late.deadline == D(2026, 3, 30)
    assert late.late_days == 0 and late.estimated_loss == Decimal("0.00")
    assert (late.late_from, late.late_until) == (None, None)


def test_a_late_loss_without_a_daily_amount_is_not_guessed(rules):
    late = check(
        rules,
        covers_from=D(2026, 3, 2),
        covers_to=D(2026, 3, 31),
        received_on=D(2026, 3, 20),
        daily_amount=None,
    )
    assert late.late_days == 5 and late.estimated_loss is None
    assert late.waiver.applies is None


def test_a_late_prolongation_costs_from_its_own_first_day(rules):
    previous = PreviousPeriod(D(2015, 11, 2), D(2016, 1, 8), "primary", D(2015, 11, 16))
    on_time = check(
        rules,
        covers_from=D(2016, 1, 9),
        covers_to=D(2016, 1, 31),
        received_on=D(2016, 1, 11),
        previous=previous,
        daily_amount=Decimal("50.00"),
    )
    assert on_time.kind == "prolongation" and not on_time.late
    late = check(
        rules,
        covers_from=D(2016, 1, 9),
        covers_to=D(2016, 1, 31),
        received_on=D(2016, 1, 13),
        previous=previous,
        daily_amount=Decimal("50.00"),
    )
    assert late.late and late.deadline == D(2016, 1, 11)
    assert late.late_days == 4  # Sat 09, Mon 11, Tue 12, Wed 13
    assert (late.late_from, late.late_until) == (D(2016, 1, 9), D(2016, 1, 13))
    assert (on_time.late_from, on_time.late_until) == (None, None)
    assert late.estimated_loss == Decimal("20.00")
    assert late.waiver.applies is False


def test_a_self_employed_member_up_to_a_month_late_keeps_the_indemnity(rules):
    # Ill from Wednesday 04/03/2026: due by 11/03; a month's grace until 11/04.
    within = check(
        rules,
        covers_from=D(2026, 3, 4),
        covers_to=D(2026, 4, 30),
        received_on=D(2026, 4, 10),
        work_status="self_employed",
        daily_amount=Decimal("50.67"),
    )
    assert within.late
    assert within.waiver.self_employed_grace_months == 1
    assert within.waiver.grace_until == D(2026, 4, 11)
    assert within.waiver.applies is True
    beyond = check(
        rules,
        covers_from=D(2026, 3, 4),
        covers_to=D(2026, 4, 30),
        received_on=D(2026, 4, 13),
        work_status="self_employed",
        daily_amount=Decimal("50.67"),
    )
    assert beyond.waiver.applies is None


def test_an_electronic_certificate_needs_no_paper_and_covers_at_most_3_months_from_2026(rules):
    three_months = check(
        rules,
        covers_from=D(2026, 1, 5),
        covers_to=D(2026, 4, 4),
        received_on=D(2026, 1, 5),
        electronic=True,
    )
    assert three_months.electronic_needs_no_paper and not three_months.electronic_too_long
    longer = check(
        rules,
        covers_from=D(2026, 1, 5),
        covers_to=D(2026, 4, 5),
        received_on=D(2026, 1, 5),
        electronic=True,
    )
    assert longer.electronic_too_long
    before_2026 = check(
        rules,
        covers_from=D(2025, 1, 6),
        covers_to=D(2025, 6, 30),
        received_on=D(2025, 1, 6),
        electronic=True,
    )
    assert not before_2026.electronic_too_long
    paper = check(rules, covers_from=D(2026, 1, 5), covers_to=D(2026, 6, 30))
    assert not paper.electronic_needs_no_paper and not paper.electronic_too_long
    assert next_certificate(D(2026, 1, 8), rules).electronic_until == D(2026, 4, 8)


# -- partial resumption (domain.md §13, §14) -------------------------------------------------


def test_a_partial_resumption_request_reaches_the_adviser_the_working_day_before(rules):
    assert resumption_deadline(D(2026, 1, 12), rules) == D(2026, 1, 9)  # Mon 12/1 → Fri 9/1
    assert resumption_deadline(D(2026, 4, 7), rules) == D(2026, 4, 3)  # Easter Monday 6/4


@pytest.mark.parametrize(
    ("reached_on", "timeliness"),
    [
        (D(2026, 1, 9), Timeliness.ON_TIME),
        (D(2026, 1, 12), Timeliness.LATE_CUT),  # on the day itself: late
        (D(2026, 1, 22), Timeliness.LATE_CUT),  # 10 days late
        (D(2026, 1, 26), Timeliness.LATE_CUT),  # 14 days
        (D(2026, 1, 27), Timeliness.LATE_NO_INDEMNITY),  # 15 days
        (D(2026, 2, 1), Timeliness.LATE_NO_INDEMNITY),  # 20 days late
    ],
)
def test_a_late_partial_resumption_is_cut_within_14_days_and_unpaid_after(
    rules, reached_on, timeliness
):
    assert resumption_timeliness(D(2026, 1, 12), reached_on, rules) == timeliness


@pytest.mark.parametrize(
    ("work", "reference_hours", "cut"),
    [
        ("19", "38", "0.30"),  # half time → −30 %
        ("7.6", "38", "0"),  # 20 % → no cut
        ("3.8", "38", "0"),  # 10 %: never below 0
        ("30", "38", "0.5895"),
    ],
)
def test_partial_resumption_cuts_the_work_fraction_minus_20_percent(
    rules, work, reference_hours, cut
):
    assert resumption_cut(
        Decimal(work), Decimal(reference_hours), rules, D(2026, 1, 12)
    ) == Decimal(cut)


def test_a_self_employed_partial_resumption_is_not_cut_for_6_months_then_10_percent(rules):
    # domain.md §14: no cut for 6 months, −10 % until 31/12 of year 3, then by income.
    stages = self_employed_resumption(D(2026, 3, 15), rules)
    assert stages == SelfEmployedResumption(
        starts_on=D(2026, 3, 15),
        free_until=D(2026, 9, 14),
        cut=Decimal("0.10"),
        cut_until=D(2028, 12, 31),
    )
    assert stages.cut_on(D(2026, 3, 15)) == 0
    assert stages.cut_on(D(2026, 9, 14)) == 0
    assert stages.cut_on(D(2026, 9, 15)) == Decimal("0.10")
    assert stages.cut_on(D(2028, 12, 31)) == Decimal("0.10")
    assert stages.cut_on(D(2029, 1, 1)) is None  # by the income: the adviser says


def test_a_self_employed_resumption_rule_changed_from_a_date_holds_for_later_starts(rules):
    twelve = {
        "id": 10_001,
        "federation_id": FEDERATION,
        "name": "self_employed_resumption_free_months",
        "value": Decimal(12),
        "valid_from": D(2027, 1, 1),
        "valid_to": None,
        "source": "a later rule",
    }
    changed = MemoryRuleBook([*reference.parameter_rows(), twelve], FEDERATION)
    assert self_employed_resumption(D(2027, 1, 4), changed).free_until == D(2028, 1, 3)
    assert self_employed_resumption(D(2026, 12, 28), changed).free_until == D(2027, 6, 27)
