"""The card state machine: one transition function, late events ignored."""

from __future__ import annotations

import pytest

from devices.cardstate import CardEvent as E
from devices.cardstate import CardState as S
from devices.cardstate import transition


def run(state: S, *events: E) -> S:
    for event in events:
        state = transition(state, event)
    return state


def test_a_member_session_from_insertion_to_removal():
    assert run(S.READY, E.CARD_INSERTED) is S.READING
    assert run(S.READY, E.CARD_INSERTED, E.READ_DONE) is S.READ
    assert run(S.READY, E.CARD_INSERTED, E.READ_DONE, E.PIN_STARTED) is S.PIN_OPERATION
    session = (E.CARD_INSERTED, E.READ_DONE, E.PIN_STARTED, E.PIN_DONE, E.CARD_REMOVED)
    assert run(S.READY, *session) is S.REMOVED
    assert run(S.READY, *session, E.ACKNOWLEDGED) is S.READY


@pytest.mark.parametrize("state", [S.READING, S.READ, S.PIN_OPERATION, S.INVALID_CARD])
def test_removal_ends_every_card_state(state):
    assert transition(state, E.CARD_REMOVED) is S.REMOVED


def test_an_unreadable_or_forged_card_is_invalid_until_removed():
    assert run(S.READY, E.CARD_INSERTED, E.READ_FAILED) is S.INVALID_CARD
    assert run(S.INVALID_CARD, E.PIN_STARTED) is S.INVALID_CARD
    assert run(S.INVALID_CARD, E.CARD_REMOVED) is S.REMOVED


def test_a_swap_starts_a_new_read():
    assert run(S.READ, E.CARD_INSERTED) is S.READING


def test_service_and_reader_loss_from_anywhere():
    for state in S:
        assert transition(state, E.SERVICE_DOWN) is S.NO_SERVICE
        assert transition(state, E.NO_READER) is S.NO_READER
    assert run(S.NO_SERVICE, E.READER_EMPTY) is S.READY


def test_a_read_result_arriving_after_removal_is_ignored():
    assert run(S.READING, E.CARD_REMOVED, E.READ_DONE) is S.REMOVED
    assert run(S.READY, E.PIN_DONE) is S.READY
