"""A hospital stay's daily personal share and the rooms' rules (domain.md §9, §14), with the
figures the seeder writes (app/store/reference.py), read by the stay's first day."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from app.domain.codes import HospitalCategory, RoomType
from app.domain.hospital import (
    CheckReason,
    NoSupplementCase,
    category_of,
    cover_check,
    lookup_in,
    room_rule,
    stay_estimate,
)
from app.store import reference

D = Decimal
C = HospitalCategory
NOW = dt.date(2026, 12, 1)  # a stay planned under the current set (from 1/1/2024)


@pytest.fixture(scope="module")
def lookup():
    """One federation's rows, as the seeder writes them."""
    federation = reference.FEDERATIONS[0].number
    return lookup_in(r for r in reference.parameter_rows() if r["federation_id"] == federation)


def test_a_stay_of_10_days_for_an_ordinary_member_costs_225_37(lookup):
    stay = stay_estimate(C.ORDINARY, 10, NOW, lookup)
    assert [(b.first_day, b.last_day, b.daily, b.amount) for b in stay.bands] == [
        (1, 1, D("47.08"), D("47.08")),
        (2, 10, D("19.81"), D("178.29")),
    ]
    assert stay.total == D("225.37")  # 47.08 + 9 × 19.81


def test_a_stay_of_10_days_for_a_bim_member_costs_70_30(lookup):
    stay = stay_estimate(C.BIM, 10, NOW, lookup)
    assert stay.total == D("70.30")  # 10 × 7.03
    assert {b.daily for b in stay.bands} == {D("7.03")}


def test_a_dependant_pays_34_30_on_day_1_then_7_03(lookup):
    stay = stay_estimate(C.DEPENDANT, 10, NOW, lookup)
    assert stay.total == D("34.30") + 9 * D("7.03")


def test_from_day_91_an_ordinary_member_with_dependants_pays_the_lower_share(lookup):
    stay = stay_estimate(C.ORDINARY, 100, NOW, lookup, with_dependants=True)
    assert [(b.first_day, b.last_day, b.daily) for b in stay.bands] == [
        (1, 1, D("47.08")),
        (2, 90, D("19.81")),
        (91, 100, D("7.03")),
    ]
    assert stay.total == D("47.08") + 89 * D("19.81") + 10 * D("7.03")


def test_from_day_91_an_ordinary_member_without_dependants_keeps_the_day_2_share(lookup):
    stay = stay_estimate(C.ORDINARY, 100, NOW, lookup)
    assert stay.bands[-1].first_day == 91 and stay.bands[-1].daily == D("19.81")
    assert stay.total == D("47.08") + 99 * D("19.81")
    # The flag only changes an ordinary member's share: a BIM member's is the same.
    bim = stay_estimate(C.BIM, 100, NOW, lookup, with_dependants=True)
    assert bim.total == 100 * D("7.03") and not bim.shares.with_dependants


def test_the_shares_of_2018_and_2019_apply_by_the_stay_s_first_day(lookup):
    in_2018 = stay_estimate(C.ORDINARY, 10, dt.date(2018, 3, 1), lookup)
    assert in_2018.total == D("43.20") + 9 * D("15.93")
    assert in_2018.shares.valid_from == dt.date(2018, 1, 1)
    assert "1/1/2018" in in_2018.shares.sources[0]
    # The day before the 2019 set, and its first day.
    assert stay_estimate(C.BIM, 1, dt.date(2019, 6, 30), lookup).total == D("5.66")
    in_2019 = stay_estimate(C.DEPENDANT, 2, dt.date(2019, 7, 1), lookup)
    assert in_2019.total == D("33.04") + D("5.77")
    assert in_2019.shares.valid_from == dt.date(2019, 7, 1)
    # The current set says its date and its source.
    now = stay_estimate(C.ORDINARY, 1, NOW, lookup).shares
    assert now.valid_from == dt.date(2024, 1, 1) and "uzleuven" in " ".join(now.sources)


def test_a_stay_before_any_set_has_no_figure(lookup):
    with pytest.raises(KeyError):
        stay_estimate(C.ORDINARY, 3, dt.date(2017, 12, 31), lookup)


def test_a_stay_has_at_least_one_day(lookup):
    with pytest.raises(ValueError):
        stay_estimate(C.ORDINARY, 0, NOW, lookup)


def test_a_one_day_stay_is_day_1_alone(lookup):
    stay = stay_estimate(C.ORDINARY, 1, NOW, lookup)
    assert len(stay.bands) == 1 and stay.total == D("47.08")


def test_a_bim_member_pays_bim_shares_even_as_a_dependant():
    assert category_of(bim=True, dependant=True) == C.BIM
    assert category_of(bim=False, dependant=True) == C.DEPENDANT
    assert category_of(bim=False, dependant=False) == C.ORDINARY


def test_shared_and_two_bed_rooms_cost_no_supplement_a_chosen_single_room_does():
    for room in (RoomType.SHARED, RoomType.TWO_BED):
        rule = room_rule(room)
        assert not rule.room_supplement and not rule.fee_supplements
    single = room_rule(RoomType.SINGLE)
    assert single.room_supplement and single.fee_supplements


@pytest.mark.parametrize("case", list(NoSupplementCase))
def test_a_single_room_costs_no_supplement_in_the_exceptions(case):
    rule = room_rule(RoomType.SINGLE, case)
    assert not rule.room_supplement and not rule.fee_supplements


def test_the_cover_must_reach_the_last_day_of_the_stay():
    first, last = dt.date(2026, 12, 1), dt.date(2026, 12, 11)
    open_ended = [(dt.date(2020, 1, 1), None)]
    assert cover_check(open_ended, first, last).ok
    # Two periods end to end cover it; one ending during the stay does not.
    joined = [(dt.date(2026, 12, 6), None), (dt.date(2020, 1, 1), dt.date(2026, 12, 5))]
    assert cover_check(joined, first, last).ok
    ends = cover_check([(dt.date(2020, 1, 1), dt.date(2026, 12, 5))], first, last)
    assert (ends.ok, ends.reason, ends.day) == (False, CheckReason.COVER_ENDS, dt.date(2026, 12, 5))
    gap = cover_check(
        [(dt.date(2020, 1, 1), dt.date(2026, 12, 5)), (dt.date(2026, 12, 7), None)], first, last
    )
    assert (gap.ok, gap.day) == (False, dt.date(2026, 12, 5))
    none = cover_check([(dt.date(2020, 1, 1), dt.date(2026, 11, 30))], first, last)
    assert (none.ok, none.reason) == (False, CheckReason.NO_COVER)
    assert cover_check([], first, last).reason == CheckReason.NO_COVER


def test_the_summary_s_sentences_are_in_the_four_languages_with_the_same_figures():
    import re

    from app.documents.texts.hospital import TEXTS

    def figures(sentence: str) -> list[str]:
        return sorted(re.findall(r"{(\w+)}", sentence))

    for language in ("nl", "de", "en"):
        assert TEXTS[language].keys() == TEXTS["fr"].keys()
        for key, sentence in TEXTS["fr"].items():
            assert figures(TEXTS[language][key]) == figures(sentence), (language, key)
