"""The reader monitor on a real pcscd: insert, remove, swap, pcscd restarts, no reader."""

from __future__ import annotations

import time

from devices.cardstate import CardEvent, CardState, transition
from devices.monitor import MonitorEventKind as K
from devices.monitor import ReaderMonitor
from devices.simulated.card import ForeignCard, VirtualCard
from devices.simulated.pcscd import Pcscd
from devices.simulated.vpcd import VpcdCard
from tests.integration.devices.conftest import READER, EventLog
from tests.unit.devices.conftest import ALICE_17, JAN_18


def test_insert_remove_and_swap_are_reported(monitor, slot, make_image):
    second = VirtualCard(make_image(JAN_18))
    monitor.wait_for(K.READER_EMPTY)
    slot.insert(VirtualCard(make_image(ALICE_17)))
    inserted = monitor.wait_for(K.CARD_INSERTED)
    assert inserted.atr == make_image(ALICE_17).atr and inserted.reader == READER
    slot.remove()
    monitor.wait_for(K.CARD_REMOVED)
    slot.insert(VirtualCard(make_image(ALICE_17)))
    monitor.wait_for(K.CARD_INSERTED)
    slot.swap(second)  # out for one pcscd poll, then another card in
    monitor.wait_for(K.CARD_REMOVED)
    swapped_in = monitor.wait_for(K.CARD_INSERTED)
    assert swapped_in.atr == make_image(JAN_18).atr


def test_a_swap_while_the_monitor_was_busy_is_seen_by_the_counter(pcscd, slot, make_image):
    watcher = ReaderMonitor(READER, wait_ms=300)
    events = watcher.events()
    slot.insert(VirtualCard(make_image(ALICE_17)))
    time.sleep(1.0)
    first = next(events)
    assert first.kind is K.CARD_INSERTED
    slot.remove()  # the monitor is not looking: nothing consumes events meanwhile
    time.sleep(0.9)
    slot.insert(VirtualCard(make_image(ALICE_17)))  # same ATR: only the counter tells
    time.sleep(1.0)
    removed, inserted = next(events), next(events)
    watcher.cancel()
    assert (removed.kind, inserted.kind, inserted.swap) == (K.CARD_REMOVED, K.CARD_INSERTED, True)


def test_cancel_stops_the_monitor_quickly(pcscd):
    watcher = ReaderMonitor(READER, wait_ms=10_000)
    log = EventLog(watcher)
    log.wait_for(K.READER_EMPTY)
    started = time.monotonic()
    watcher.cancel()
    watcher.join(3)
    assert time.monotonic() - started < 1.5


def test_the_monitor_survives_pcscd_restarting_and_tells_no_service(monitor, pcscd, slot,
                                                                     make_image):  # fmt: skip
    monitor.wait_for(K.READER_EMPTY)
    slot.insert(VirtualCard(make_image(JAN_18)))
    monitor.wait_for(K.CARD_INSERTED)
    pcscd.stop()
    monitor.wait_for(K.CARD_REMOVED)
    monitor.wait_for(K.SERVICE_DOWN)
    pcscd.start()
    monitor.wait_for(K.READER_EMPTY, timeout=8)
    slot.insert(VirtualCard(make_image(JAN_18)))
    monitor.wait_for(K.CARD_INSERTED)


def test_no_reader_is_distinct_from_no_service(pcscd):
    watcher = ReaderMonitor(READER, wait_ms=300, retry_s=0.2)
    log = EventLog(watcher)
    log.wait_for(K.READER_EMPTY)
    pcscd.stop()
    log.wait_for(K.SERVICE_DOWN)
    bare = Pcscd(readers=False).start()  # the service runs but has no reader
    try:
        log.wait_for(K.NO_READER)
    finally:
        bare.stop()
        pcscd.start()
    log.wait_for(K.READER_EMPTY, timeout=8)
    watcher.cancel()
    watcher.join(3)


def test_monitor_events_drive_the_card_state_machine(monitor, slot, make_image):
    to_event = {
        K.SERVICE_DOWN: CardEvent.SERVICE_DOWN, K.NO_READER: CardEvent.NO_READER,
        K.READER_EMPTY: CardEvent.READER_EMPTY, K.CARD_INSERTED: CardEvent.CARD_INSERTED,
        K.CARD_REMOVED: CardEvent.CARD_REMOVED,
    }  # fmt: skip
    state = CardState.NO_SERVICE
    state = transition(state, to_event[monitor.wait_for(K.READER_EMPTY).kind])
    assert state is CardState.READY
    slot.insert(ForeignCard())
    state = transition(state, to_event[monitor.wait_for(K.CARD_INSERTED).kind])
    assert state is CardState.READING
    state = transition(state, CardEvent.READ_FAILED)  # not an eID
    assert state is CardState.INVALID_CARD
    slot.remove()
    state = transition(state, to_event[monitor.wait_for(K.CARD_REMOVED).kind])
    assert state is CardState.REMOVED


def test_two_virtual_readers(pcscd, make_image):
    second = VpcdCard(port=pcscd.port + 1)
    watcher = ReaderMonitor("Virtual PCD 00 01", wait_ms=300)
    log = EventLog(watcher)
    try:
        log.wait_for(K.READER_EMPTY)
        second.insert(VirtualCard(make_image(ALICE_17)))
        assert log.wait_for(K.CARD_INSERTED).reader == "Virtual PCD 00 01"
    finally:
        second.remove()
        watcher.cancel()
        watcher.join(3)
