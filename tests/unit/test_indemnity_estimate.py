"""The indemnity estimate (domain.md §6, §14), by the seed's own dated rows: year 1 60 % of the
capped wage, invalidity 65 / 55 / 40 %, minimum and maximum amounts, withholdings, the
self-employed flat rates, and from when the figures date."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from app.domain.indemnity_estimate import estimate, month_of_incapacity
from app.store import reference
from app.store.parameters import MemoryRuleBook

D = dt.date
M = Decimal


@pytest.fixture(scope="module")
def rules() -> MemoryRuleBook:
    return MemoryRuleBook(reference.parameter_rows(), 1)


def employee(rules, **given):
    form = {
        "on": D(2024, 3, 1),
        "phase": "primary",
        "work_status": "employee",
        "started_on": D(2024, 2, 1),
        "invalidity_from": None,
        "gross_daily_wage": M("250.00"),
        "family_situation": "single",
        "regular_worker": True,
    } | given
    return estimate(rules=rules, **form)


def line(result, code):
    (found,) = [line for line in result.lines if line.code == code]
    return found


def codes(result):
    return [line.code for line in result.lines]


def test_year_1_pays_60_percent_of_the_capped_wage_at_most_the_maximum(rules):
    # An incapacity from 2024: the wage capped at 179.5442 €, 60 % → 107.73 €, the maximum.
    result = employee(rules)
    assert result.phase == "primary" and result.on == D(2024, 3, 1)
    assert result.daily_gross == M("107.73")
    assert codes(result) == [
        "wage", "capped_wage", "rate", "maximum", "gross", "withholding", "net",
    ]  # fmt: skip
    assert line(result, "capped_wage").amount == M("179.5442")
    assert line(result, "capped_wage").since == D(2024, 1, 1)
    assert line(result, "rate").rate == M("0.60")
    assert line(result, "maximum").amount == M("107.73")
    assert result.figures_from == D(2024, 1, 1)


def test_the_ceilings_are_those_of_the_incapacitys_start(rules):
    result = employee(rules, started_on=D(2023, 5, 2), on=D(2024, 3, 1))
    assert line(result, "capped_wage").amount == M("174.1052")
    assert result.daily_gross == M("104.46")
    assert result.figures_from == D(2022, 1, 1)


def test_year_1_withholds_11_percent_tax(rules):
    result = employee(rules)
    assert result.withholding_rate == M("0.11")
    assert line(result, "withholding").amount == M("11.85")
    assert result.daily_net == M("95.88")


def test_a_wage_under_the_ceiling_is_paid_60_percent(rules):
    assert employee(rules, gross_daily_wage=M("150.00")).daily_gross == M("90.00")


def test_month_of_incapacity_counts_from_the_first_day():
    assert month_of_incapacity(D(2025, 1, 6), D(2025, 1, 6)) == 1
    assert month_of_incapacity(D(2025, 1, 6), D(2025, 4, 5)) == 3
    assert month_of_incapacity(D(2025, 1, 6), D(2025, 4, 6)) == 4
    assert month_of_incapacity(D(2025, 1, 6), D(2025, 7, 6)) == 7


@pytest.mark.parametrize(
    ("on", "family", "regular", "gross"),
    [
        (D(2025, 3, 5), "with_dependants", True, "48.00"),  # month 2: no minimum yet
        (D(2025, 4, 6), "with_dependants", True, "73.10"),  # month 4, with dependants
        (D(2025, 4, 6), "with_dependants", False, "61.54"),
        (D(2025, 4, 6), "single", True, "58.21"),  # month 4: the others
        (D(2025, 4, 6), "cohabitant", True, "58.21"),
        (D(2025, 7, 6), "single", True, "58.21"),  # month 7: by family
        (D(2025, 7, 6), "cohabitant", True, "49.91"),
        (D(2025, 7, 6), "cohabitant", False, "48.00"),  # 45.54 is less than 60 % of the wage
        (D(2025, 7, 6), "with_dependants", False, "61.54"),
    ],
)
def test_a_low_wage_is_lifted_to_the_minimum_from_month_4_and_by_family_from_month_7(
    rules, on, family, regular, gross
):
    result = employee(
        rules,
        started_on=D(2025, 1, 6),
        on=on,
        gross_daily_wage=M("80.00"),
        family_situation=family,
        regular_worker=regular,
    )
    assert result.daily_gross == M(gross)
    if on >= D(2025, 4, 6):
        assert line(result, "minimum").since == D(2022, 12, 1)
        assert result.figures_from == D(2022, 12, 1)
    else:
        assert "minimum" not in codes(result)


def test_a_worker_not_known_to_be_regular_gets_the_lower_minimum(rules):
    result = employee(
        rules,
        started_on=D(2025, 1, 6),
        on=D(2025, 4, 6),
        gross_daily_wage=M("80.00"),
        family_situation="with_dependants",
        regular_worker=None,
    )
    assert result.daily_gross == M("61.54")


@pytest.mark.parametrize(
    ("family", "rate", "gross", "net"),
    [
        ("with_dependants", "0.65", "97.50", "94.09"),
        ("single", "0.55", "82.50", "79.61"),
        ("cohabitant", "0.40", "60.00", "57.90"),
    ],
)
def test_invalidity_pays_65_55_or_40_percent_and_withholds_3_5_percent(
    rules, family, rate, gross, net
):
    result = employee(
        rules,
        phase="invalidity",
        started_on=D(2024, 1, 8),
        invalidity_from=D(2025, 1, 8),
        on=D(2026, 12, 3),
        gross_daily_wage=M("150.00"),
        family_situation=family,
    )
    assert line(result, "rate").rate == M(rate)
    assert result.daily_gross == M(gross)
    assert result.withholding_rate == M("0.035")
    assert result.daily_net == M(net)
    assert "maximum" not in codes(result)  # year 1's maximum only


def test_the_self_employed_get_a_flat_rate_by_family(rules):
    result = employee(rules, work_status="self_employed", on=D(2026, 12, 3), gross_daily_wage=None)
    assert result.daily_gross == M("50.67")
    assert codes(result) == ["flat_rate", "gross", "withholding", "net"]
    assert line(result, "flat_rate").since == D(2021, 7, 1)
    assert result.figures_from == D(2021, 7, 1)  # old figures: the screen says so
    with_dependants = employee(
        rules, work_status="self_employed", family_situation="with_dependants"
    )
    assert with_dependants.daily_gross == M("63.63")
    cohabitant = employee(rules, work_status="self_employed", family_situation="cohabitant")
    assert cohabitant.daily_gross == M("38.86")


def test_an_unknown_wage_gives_no_amount_but_the_rules(rules):
    result = employee(rules, gross_daily_wage=None)
    assert result.daily_gross is None and result.daily_net is None
    assert codes(result) == ["wage_unknown", "capped_wage", "rate", "maximum", "withholding"]
    assert line(result, "rate").rate == M("0.60") and line(result, "rate").amount is None
    assert line(result, "maximum").amount == M("107.73")
    assert line(result, "withholding").rate == M("0.11")
    assert result.figures_from == D(2024, 1, 1)


def test_an_unknown_family_situation_is_said_where_it_decides(rules):
    invalidity = employee(
        rules,
        phase="invalidity",
        started_on=D(2024, 1, 8),
        invalidity_from=D(2025, 1, 8),
        on=D(2026, 12, 3),
        family_situation=None,
    )
    assert invalidity.daily_gross is None and "family_unknown" in codes(invalidity)
    month_2 = employee(rules, family_situation=None)
    assert month_2.daily_gross == M("107.73") and "family_unknown" not in codes(month_2)
    month_7 = employee(rules, family_situation=None, on=D(2024, 8, 1), gross_daily_wage=M("80.00"))
    assert month_7.daily_gross == M("48.00") and "family_unknown" in codes(month_7)
    self_employed = employee(rules, work_status="self_employed", family_situation=None)
    assert self_employed.daily_gross is None
    assert [line.amount for line in self_employed.lines if line.code == "flat_rate"] == [
        M("63.63"), M("50.67"), M("38.86"),
    ]  # fmt: skip


def test_an_old_start_without_a_ceiling_uses_the_days_own_and_says_from_when(rules):
    result = employee(
        rules,
        phase="invalidity",
        started_on=D(2018, 3, 5),
        invalidity_from=D(2019, 3, 5),
        on=D(2026, 12, 3),
        gross_daily_wage=M("200.00"),
        family_situation="single",
    )
    assert line(result, "capped_wage").since == D(2024, 1, 1)
    assert result.daily_gross == M("98.75")  # 55 % of 179.5442


def test_the_figures_date_from_the_oldest_amount_used(rules):
    # The 2024 ceilings with the minimum of the 1/12/2022 index notice.
    result = employee(
        rules,
        started_on=D(2024, 2, 1),
        on=D(2024, 9, 1),
        gross_daily_wage=M("60.00"),
        family_situation="single",
    )
    assert line(result, "capped_wage").since == D(2024, 1, 1)
    assert line(result, "minimum").since == D(2022, 12, 1)
    assert result.figures_from == D(2022, 12, 1)
    assert result.daily_gross == M("58.21")
