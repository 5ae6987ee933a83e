"""Monitor events from two PC/SC snapshots: insertion, removal, swap by event counter."""

from __future__ import annotations

from devices.monitor import MonitorEventKind as K
from devices.monitor import Snapshot, changes

READER = "Virtual PCD 00 00"


def kinds(before, after):
    return [(e.kind, e.swap) for e in changes(before, after)]


def test_first_look_at_an_empty_reader_and_at_a_card():
    assert kinds(None, Snapshot("reader", READER, False, 0)) == [(K.READER_EMPTY, False)]
    assert kinds(None, Snapshot("reader", READER, True, 1, b"\x3b")) == [(K.CARD_INSERTED, False)]


def test_insertion_and_removal():
    empty, card = Snapshot("reader", READER, False, 2), Snapshot("reader", READER, True, 3, b"\x3b")
    assert kinds(empty, card) == [(K.CARD_INSERTED, False)]
    assert kinds(card, Snapshot("reader", READER, False, 4)) == [
        (K.CARD_REMOVED, False), (K.READER_EMPTY, False),
    ]  # fmt: skip


def test_a_quick_swap_is_seen_by_the_event_counter_even_with_the_same_atr():
    before = Snapshot("reader", READER, True, 3, b"\x3b\x98")
    after = Snapshot("reader", READER, True, 5, b"\x3b\x98")
    assert kinds(before, after) == [(K.CARD_REMOVED, False), (K.CARD_INSERTED, True)]


def test_a_swap_to_a_card_with_another_atr():
    before = Snapshot("reader", READER, True, 3, b"\x3b\x98")
    after = Snapshot("reader", READER, True, 3, b"\x3b\x7f")
    assert kinds(before, after)[-1] == (K.CARD_INSERTED, True)


def test_nothing_changed_means_no_event():
    same = Snapshot("reader", READER, True, 3, b"\x3b")
    assert kinds(same, same) == []


def test_the_service_stopping_removes_the_card_then_says_service_down():
    card = Snapshot("reader", READER, True, 3, b"\x3b")
    assert kinds(card, Snapshot("no-service")) == [(K.CARD_REMOVED, False), (K.SERVICE_DOWN, False)]
    assert kinds(Snapshot("no-service"), Snapshot("no-service")) == []


def test_no_reader_and_service_down_are_distinct():
    assert kinds(Snapshot("no-service"), Snapshot("no-reader")) == [(K.NO_READER, False)]
    assert kinds(Snapshot("no-reader"), Snapshot("no-service")) == [(K.SERVICE_DOWN, False)]
    assert kinds(Snapshot("no-reader"), Snapshot("reader", READER, False, 0)) == [
        (K.READER_EMPTY, False)
    ]
