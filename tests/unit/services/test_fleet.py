"""A terminal's heartbeat judged green, amber or red, with its reasons and their figures: the
examples of issue 13 ("out of paper since 10:42", "offline for 2 h, 14 operations waiting",
"no news for 12 minutes") and each threshold."""

from __future__ import annotations

import datetime as dt

import pytest

from app.services.fleet import (
    AMBER,
    GREEN,
    LOW_DISK_AMBER,
    NO_NEWS_AFTER,
    OFFLINE_AMBER,
    OFFLINE_RED,
    RED,
    RESTARTS_AMBER,
    judge,
)
from app.store.models import TerminalStatus

BRUSSELS = dt.timezone(dt.timedelta(hours=1))
NOW = dt.datetime(2026, 12, 8, 11, 5, tzinfo=BRUSSELS)


def healthy(**changes) -> TerminalStatus:
    values = {
        "login_role": "kiosk_mons_1",
        "version": "1.4.2",
        "started_at": NOW - dt.timedelta(hours=3),
        "restarts": 0,
        "last_sync_at": NOW - dt.timedelta(seconds=4),
        "waiting": 0,
        "oldest_waiting_at": None,
        "reader_present": True,
        "printer_state": "idle",
        "printer_reasons": {},
        "supplies": [{"name": "Black", "type": "toner", "level": 70, "low": 10, "high": 100}],
        "disk_free_bytes": 30 * 1024**3,
        "reported_at": NOW - dt.timedelta(seconds=20),
    }
    return TerminalStatus(**{**values, **changes})


def codes(status) -> list[tuple[str, str]]:
    return [(r.code, r.colour) for r in judge(status, NOW)]


def colour(status) -> str:
    reasons = judge(status, NOW)
    order = {GREEN: 0, AMBER: 1, RED: 2}
    return max((r.colour for r in reasons), key=order.__getitem__, default=GREEN)


def test_a_terminal_that_reports_and_lacks_nothing_is_green():
    assert judge(healthy(), NOW) == []


def test_out_of_paper_since_10_42():
    status = healthy(
        printer_state="stopped",
        printer_reasons={"media-empty-error": "2026-12-08T10:42:00+01:00"},
    )
    (reason,) = judge(status, NOW)
    assert (reason.code, reason.colour) == ("out_of_paper", RED)
    assert reason.since == dt.datetime(2026, 12, 8, 10, 42, tzinfo=BRUSSELS)


def test_offline_for_2_hours_with_14_operations_waiting():
    status = healthy(
        last_sync_at=NOW - dt.timedelta(hours=2),
        waiting=14,
        oldest_waiting_at=NOW - dt.timedelta(hours=1, minutes=50),
    )
    (reason,) = judge(status, NOW)
    assert (reason.code, reason.colour, reason.minutes, reason.count) == ("offline", RED, 120, 14)


def test_no_news_for_12_minutes():
    status = healthy(reported_at=NOW - dt.timedelta(minutes=12))
    reasons = judge(status, NOW)
    assert [(r.code, r.colour, r.minutes) for r in reasons] == [("no_news", RED, 12)]


def test_no_news_after_three_minutes_not_before():
    assert codes(healthy(reported_at=NOW - NO_NEWS_AFTER)) == []
    assert codes(healthy(reported_at=NOW - NO_NEWS_AFTER - dt.timedelta(seconds=1))) == [
        ("no_news", RED)
    ]


def test_offline_is_amber_after_10_minutes_and_red_after_an_hour_only_with_operations_waiting():
    def offline(late: dt.timedelta, waiting: int = 3):
        return codes(healthy(last_sync_at=NOW - late, waiting=waiting))

    assert offline(OFFLINE_AMBER - dt.timedelta(seconds=1)) == []
    assert offline(OFFLINE_AMBER) == [("offline", AMBER)]
    assert offline(OFFLINE_RED) == [("offline", RED)]
    assert offline(dt.timedelta(hours=5), waiting=0) == []  # nothing waits: nothing is late


def test_a_terminal_that_never_synchronised_is_judged_by_its_oldest_waiting_operation():
    status = healthy(last_sync_at=None, waiting=2, oldest_waiting_at=NOW - dt.timedelta(hours=3))
    (reason,) = judge(status, NOW)
    assert (reason.code, reason.colour, reason.since, reason.count) == ("offline", RED, None, 2)


@pytest.mark.parametrize(
    ("keyword", "code"),
    [
        ("media-needed", "out_of_paper"),
        ("media-jam-error", "paper_jam"),
        ("door-open-error", "door_open"),
        ("cover-open-warning", "door_open"),
        ("toner-empty-error", "toner_empty"),
        ("input-tray-missing-error", "printer_fault"),
        ("offline-report", "printer_fault"),
    ],
)
def test_printer_faults_are_red_with_since_when(keyword, code):
    status = healthy(printer_reasons={keyword: "2026-12-08T09:15:00+00:00"})
    (reason,) = judge(status, NOW)
    assert (reason.code, reason.colour) == (code, RED)
    assert reason.since == dt.datetime(2026, 12, 8, 9, 15, tzinfo=dt.UTC)


def test_paper_low_and_toner_low_are_amber():
    status = healthy(
        printer_reasons={
            "media-low-report": "2026-12-08T08:00:00+00:00",
            "toner-low-warning": "2026-12-08T07:00:00+00:00",
        }
    )
    assert codes(status) == [("paper_low", AMBER), ("toner_low", AMBER)]


def test_a_supply_at_its_low_level_is_toner_low_with_its_level():
    status = healthy(
        supplies=[
            {"name": "Black", "type": "toner", "level": 8, "low": 10, "high": 100},
            {"name": "Waste", "type": "waste-toner", "level": -2, "low": None, "high": None},
        ]
    )
    (reason,) = judge(status, NOW)
    assert (reason.code, reason.colour, reason.count, reason.detail) == (
        "toner_low", AMBER, 8, "Black",
    )  # fmt: skip


def test_the_queues_own_states_and_cups_bookkeeping_are_no_problem():
    status = healthy(
        printer_state="processing",
        printer_reasons={
            "connecting-to-device": "2026-12-08T10:00:00+00:00",
            "cups-waiting-for-job-completed": "2026-12-08T10:00:00+00:00",
        },
    )
    assert judge(status, NOW) == []


def test_a_stopped_printer_without_a_reason_is_red():
    assert codes(healthy(printer_state="stopped")) == [("printer_stopped", RED)]


def test_no_printer_and_no_print_service_are_red():
    assert codes(healthy(printer_state="none")) == [("no_printer", RED)]
    assert codes(healthy(printer_state="cups-down")) == [("print_service_down", RED)]


def test_low_disk_is_amber_under_1_gib_and_red_under_200_mib():
    assert codes(healthy(disk_free_bytes=LOW_DISK_AMBER)) == []
    assert codes(healthy(disk_free_bytes=LOW_DISK_AMBER - 1)) == [("low_disk", AMBER)]
    (reason,) = judge(healthy(disk_free_bytes=150 * 1024**2), NOW)
    assert (reason.code, reason.colour, reason.free_bytes) == ("low_disk", RED, 150 * 1024**2)


def test_restarted_three_times_today_is_amber():
    assert codes(healthy(restarts=RESTARTS_AMBER - 1)) == []
    (reason,) = judge(healthy(restarts=4), NOW)
    assert (reason.code, reason.colour, reason.count) == ("restarts", AMBER, 4)


def test_no_card_reader_is_amber_and_unknown_is_nothing():
    assert codes(healthy(reader_present=False)) == [("no_card_reader", AMBER)]
    assert codes(healthy(reader_present=None)) == []


def test_the_worst_reason_gives_the_colour_and_comes_first():
    status = healthy(
        reader_present=False,
        reported_at=NOW - dt.timedelta(minutes=12),
        printer_reasons={"media-empty-error": "2026-12-08T10:42:00+01:00"},
    )
    assert codes(status) == [("no_news", RED), ("out_of_paper", RED), ("no_card_reader", AMBER)]
    assert colour(status) == RED
