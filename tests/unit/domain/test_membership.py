"""Who is insured on a day, and who may have their own online account (domain.md §13)."""

from __future__ import annotations

import datetime as dt

from app.domain.membership import age_on, is_insured_on, own_account_refusal

D = dt.date


def test_a_member_who_left_is_no_longer_insured_once_the_leaving_date_is_reached():
    assert is_insured_on("active", None, D(2026, 11, 25))
    assert is_insured_on("mutation_pending", None, D(2026, 11, 25))
    assert is_insured_on("left", D(2026, 12, 31), D(2026, 11, 25))
    assert not is_insured_on("left", D(2026, 11, 25), D(2026, 11, 25))
    assert not is_insured_on("deceased", None, D(2026, 11, 25))


def test_age_counts_whole_years():
    assert age_on(D(2008, 11, 26), D(2026, 11, 25)) == 17
    assert age_on(D(2008, 11, 25), D(2026, 11, 25)) == 18
    assert age_on(D(2008, 2, 29), D(2026, 2, 28)) == 17


def test_a_dependant_has_no_account_of_their_own_before_majority():
    today = D(2026, 11, 25)
    assert own_account_refusal("dependant", D(2009, 1, 1), today, 18) == "too_young"
    assert own_account_refusal("dependant", D(2008, 11, 25), today, 18) is None
    # Mons Wallonie Picarde: 16.
    assert own_account_refusal("dependant", D(2010, 6, 1), today, 16) is None
    assert own_account_refusal("holder", D(2010, 6, 1), today, 18) is None
