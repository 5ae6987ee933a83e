"""The payment calendar is data (issue 15 point 4, domain.md §14): the published dates as
loaded from a file, and the expected date of a period with none published, near the national
calendar's pattern (not two weeks after it)."""

from __future__ import annotations

import datetime as dt

import pytest

from app.domain.payment_calendar import PayDate, calendar_for, expected_dates
from app.store.payment_calendar import SHIPPED, CalendarError, parse, shipped_rows

D = dt.date
HEADER = "phase,covers_from,covers_to,paid_on,source\n"
NATIONAL = "CAAMI/HZIV calendar 2025"


def expected(phase: str, covers_from: dt.date) -> PayDate:
    (found,) = [
        d
        for d in expected_dates(phase, covers_from.year, covers_from.month)
        if d.covers_from == covers_from
    ]
    return found


@pytest.mark.parametrize(
    ("phase", "covers_from", "covers_to", "pay_on"),
    [
        ("primary", D(2025, 1, 1), D(2025, 1, 15), D(2025, 1, 16)),  # not 30/01 (issue 15)
        ("primary", D(2025, 1, 16), D(2025, 1, 31), D(2025, 2, 4)),
        ("primary", D(2025, 2, 16), D(2025, 2, 28), D(2025, 3, 4)),
        ("invalidity", D(2025, 1, 1), D(2025, 1, 31), D(2025, 1, 29)),
        ("invalidity", D(2025, 2, 1), D(2025, 2, 28), D(2025, 2, 26)),
        ("invalidity", D(2025, 3, 1), D(2025, 3, 31), D(2025, 3, 27)),
        ("invalidity", D(2025, 4, 1), D(2025, 4, 30), D(2025, 4, 28)),
        ("invalidity", D(2025, 12, 1), D(2025, 12, 31), D(2025, 12, 19)),  # before the holidays
    ],
)
def test_the_expected_dates_follow_the_2025_national_calendar(
    phase, covers_from, covers_to, pay_on
):
    date = expected(phase, covers_from)
    assert (date.covers_to, date.pay_on, date.published) == (covers_to, pay_on, False)


def test_year_1_is_paid_twice_a_month_and_invalidity_once():
    assert [(d.covers_from, d.covers_to) for d in expected_dates("primary", 2025, 12)] == [
        (D(2025, 12, 1), D(2025, 12, 15)),
        (D(2025, 12, 16), D(2025, 12, 31)),
    ]
    assert expected("primary", D(2025, 12, 16)).pay_on == D(2026, 1, 5)  # 4/1 is a Sunday
    assert len(expected_dates("invalidity", 2026, 2)) == 1


def test_every_expected_date_is_within_two_days_of_the_national_calendars():
    national = [row.date for row in shipped_rows() if row.source.startswith(NATIONAL)]
    assert len(national) >= 16
    for date in national:
        guess = expected(date.phase, date.covers_from)
        assert guess.covers_to == date.covers_to
        assert abs((guess.pay_on - date.pay_on).days) <= 2, date


def test_a_month_without_a_published_date_shows_an_expected_one_marked_as_such():
    published = [row.date for row in shipped_rows()]
    dates = calendar_for("primary", D(2025, 1, 1), D(2025, 3, 31), published)
    assert [(d.covers_from, d.pay_on, d.published) for d in dates] == [
        (D(2025, 1, 1), D(2025, 1, 16), True),
        (D(2025, 1, 16), D(2025, 2, 4), True),
        (D(2025, 2, 1), D(2025, 2, 18), True),
        (D(2025, 2, 16), D(2025, 3, 4), True),
        (D(2025, 3, 1), D(2025, 3, 17), False),  # 16/03 is a Sunday
        (D(2025, 3, 16), D(2025, 4, 4), False),
    ]


def test_the_seeds_dates_are_published():
    published = {(row.date.phase, row.date.covers_from): row.date for row in shipped_rows()}
    assert published[("primary", D(2025, 12, 16))].pay_on == D(2025, 12, 30)
    assert published[("invalidity", D(2025, 12, 1))].pay_on == D(2025, 12, 19)


def test_the_shipped_file_loads_and_a_payment_on_a_sunday_is_kept_with_a_warning():
    rows, warnings = parse(SHIPPED.read_text(encoding="utf-8"))
    assert len(rows) == len(shipped_rows()) and all(row.date.published for row in rows)
    # The national calendar says 27/07/2025, a Sunday: kept as published, said.
    assert [w for w in warnings if "2025-07-27" in w] and len(warnings) == 1


def test_a_file_with_comments_and_a_spreadsheets_byte_order_mark_loads():
    text = "\ufeff# a comment\n" + HEADER + "primary,2026-01-01,2026-01-15,2026-01-16,INAMI\n"
    rows, warnings = parse(text)
    assert [(r.date.phase, r.date.pay_on, r.source) for r in rows] == [
        ("primary", D(2026, 1, 16), "INAMI")
    ]
    assert warnings == []


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "no header"),
        ("phase,from,to,paid,source\n", "line 1: the header must be"),
        (HEADER.strip() + ",note\nprimary,2026-01-01,2026-01-15,2026-01-16,x,y\n", "header"),
        (HEADER + "primary,2026-01-01,2026-01-15,2026-01-16\n", "line 2: 5 fields expected"),
        (HEADER + "yearly,2026-01-01,2026-01-15,2026-01-16,x\n", "line 2: phase 'yearly'"),
        (HEADER + "primary,2026-01-32,2026-01-15,2026-01-16,x\n", "line 2: covers_from"),
        (HEADER + "primary,2026-01-16,2026-01-15,2026-01-16,x\n", "covers_to is before"),
        (HEADER + "primary,2026-01-01,2026-01-15,2026-01-16, \n", "a source of 1 to 200"),
        (
            HEADER
            + "primary,2026-01-01,2026-01-15,2026-01-16,x\n"
            + "primary,2026-01-01,2026-01-15,2026-01-19,x\n",
            "line 3: the period primary from 2026-01-01 is already on line 2",
        ),
        (
            HEADER
            + "primary,2026-01-01,2026-01-15,2026-01-16,x\n"
            + "primary,2026-01-10,2026-01-31,2026-02-04,x\n",
            "line 3: the period primary 2026-01-10 to 2026-01-31 overlaps",
        ),
    ],
)
def test_a_file_that_cannot_be_loaded_names_its_line(text, message):
    with pytest.raises(CalendarError, match=message):
        parse(text)


@pytest.mark.parametrize(
    ("row", "message"),
    [
        (
            "primary,2026-01-02,2026-01-15,2026-01-16,x",
            "line 2: primary 2026-01-02 to 2026-01-15 is not a payment period, so it would "
            "never be shown; primary is paid for 2026-01-01 to 2026-01-15 or 2026-01-16 to "
            "2026-01-31",
        ),
        ("primary,2026-01-16,2026-02-15,2026-02-18,x", "line 2: primary 2026-01-16 to 2026-02-15"),
        ("primary,2026-01-01,2026-01-31,2026-02-04,x", "line 2: primary 2026-01-01 to 2026-01-31"),
        (
            "invalidity,2026-01-16,2026-01-31,2026-01-28,x",
            "line 2: invalidity 2026-01-16 to 2026-01-31 is not a payment period, so it would "
            "never be shown; invalidity is paid for 2026-01-01 to 2026-01-31",
        ),
        ("invalidity,2026-02-01,2026-02-27,2026-02-25,x", "invalidity 2026-02-01 to 2026-02-27"),
    ],
)
def test_a_period_the_payments_do_not_follow_is_refused_with_its_line(row, message):
    # Shown by its period's start (year 1: the 1st and the 16th; invalidity: the 1st): any other
    # row would load and never be shown.
    with pytest.raises(CalendarError, match=message):
        parse(HEADER + row + "\n")


def test_every_payment_period_of_a_year_loads():
    rows = [
        f"{d.phase},{d.covers_from},{d.covers_to},{d.pay_on},x"
        for phase in ("primary", "invalidity")
        for month in range(1, 13)
        for d in expected_dates(phase, 2028, month)  # a leap year
    ]
    assert len(parse(HEADER + "\n".join(rows) + "\n")[0]) == 36


def test_the_two_phases_may_cover_the_same_days():
    text = (
        HEADER
        + "primary,2026-01-01,2026-01-15,2026-01-16,x\n"
        + "invalidity,2026-01-01,2026-01-31,2026-01-28,x\n"
    )
    assert len(parse(text)[0]) == 2
