"""Mutation deadline (domain.md §13): documents by the 5th of the month before a quarter."""

from __future__ import annotations

import datetime as dt

import pytest

from app.domain.mutation import (
    MUTUALITIES,
    affiliation_effective_date,
    mutation_deadline,
    mutation_effective_date,
    mutuality,
)

D = dt.date


@pytest.mark.parametrize(
    ("received", "effective"),
    [
        (D(2026, 11, 25), D(2027, 1, 1)),  # deadline 2026-12-05
        (D(2026, 12, 5), D(2027, 1, 1)),  # on the deadline itself
        (D(2026, 12, 6), D(2027, 4, 1)),  # one day late: the next quarter
        (D(2027, 3, 5), D(2027, 4, 1)),
        (D(2027, 3, 6), D(2027, 7, 1)),
        (D(2026, 9, 5), D(2026, 10, 1)),
        (D(2026, 10, 1), D(2027, 1, 1)),  # on a quarter's first day: that quarter is gone
        (D(2027, 12, 31), D(2028, 4, 1)),
    ],
)
def test_a_mutation_takes_effect_at_the_first_quarter_whose_deadline_is_met(received, effective):
    assert mutation_effective_date(received) == effective


def test_the_deadline_day_is_a_parameter():
    assert mutation_effective_date(D(2026, 12, 6), deadline_day=10) == D(2027, 1, 1)
    assert mutation_effective_date(D(2026, 12, 11), deadline_day=10) == D(2027, 4, 1)
    assert mutation_deadline(D(2027, 1, 1)) == D(2026, 12, 5)
    with pytest.raises(ValueError):
        mutation_deadline(D(2027, 2, 1))
    with pytest.raises(ValueError):
        mutation_effective_date(D(2026, 12, 6), deadline_day=31)


def test_a_first_affiliation_takes_effect_on_the_day_it_is_received():
    assert affiliation_effective_date(D(2026, 11, 25), previous_mutuality=None) == D(2026, 11, 25)
    assert affiliation_effective_date(D(2026, 11, 25), previous_mutuality="100") == D(2027, 1, 1)


def test_the_mutualities_are_the_national_unions_100_to_600():
    assert [m.code for m in MUTUALITIES] == ["100", "200", "300", "400", "500", "600"]
    assert mutuality("300").name("nl") == "Nationaal verbond van socialistische mutualiteiten"
    assert mutuality("900") is None
