"""The card's life as one explicit state machine, as the eID Viewer documents its own.

    NO_SERVICE ──service up──▶ NO_READER ──reader──▶ READY ──inserted──▶ READING
    READING ──read done──▶ READ ──PIN asked──▶ PIN_OPERATION ──PIN done──▶ READ
    READING ──read failed (not an eID, forged, unreadable)──▶ INVALID_CARD
    READING / READ / PIN_OPERATION / INVALID_CARD ──released──▶ UNUSED
    READING / READ / PIN_OPERATION / INVALID_CARD / UNUSED ──removed──▶ REMOVED
    REMOVED ──acknowledged──▶ READY
    any state ──service down──▶ NO_SERVICE;  any state ──no reader──▶ NO_READER
    a card inserted in any card state (a swap) ──▶ READING

UNUSED is a card left in the reader after its visit ended (the inactivity timeout, "finish"):
what was read from it is forgotten and it is not used again until it is taken out and put back.

Every change goes through `transition`, so "wipe everything on removal" is decided in one
place. An event that does not apply to the current state (a read result arriving after the
card was pulled) leaves the state unchanged: late events are normal with worker threads.
devices/card_backend.py drives this machine in production.
"""

from __future__ import annotations

from enum import Enum


class CardState(Enum):
    NO_SERVICE = "no-service"  # pcscd not running: "reader service not running"
    NO_READER = "no-reader"
    READY = "ready"  # a reader, no card
    READING = "reading"
    READ = "read"  # identity shown; idle, waiting for the member
    PIN_OPERATION = "pin-operation"
    REMOVED = "removed"
    INVALID_CARD = "invalid-card"
    UNUSED = "unused"  # still in the reader after its visit ended; forgotten


class CardEvent(Enum):
    SERVICE_DOWN = "service-down"
    NO_READER = "no-reader"
    READER_EMPTY = "reader-empty"
    CARD_INSERTED = "card-inserted"
    CARD_REMOVED = "card-removed"
    READ_DONE = "read-done"
    READ_FAILED = "read-failed"
    PIN_STARTED = "pin-started"
    PIN_DONE = "pin-done"
    RELEASED = "released"  # the session is done with the card while it stays in
    ACKNOWLEDGED = "acknowledged"


S, E = CardState, CardEvent
_IN_USE = {S.READING, S.READ, S.PIN_OPERATION, S.INVALID_CARD}
# The states in which a card is in the reader.
CARD_PRESENT = frozenset(_IN_USE | {S.UNUSED})
# The states in which a reader is there (with or without a card).
READER_PRESENT = frozenset(set(CardState) - {S.NO_SERVICE, S.NO_READER})

_TABLE: dict[tuple[CardState, CardEvent], CardState] = {
    (S.NO_SERVICE, E.READER_EMPTY): S.READY,
    (S.NO_READER, E.READER_EMPTY): S.READY,
    (S.READING, E.READ_DONE): S.READ,
    (S.READING, E.READ_FAILED): S.INVALID_CARD,
    (S.READ, E.PIN_STARTED): S.PIN_OPERATION,
    (S.PIN_OPERATION, E.PIN_DONE): S.READ,
    (S.REMOVED, E.ACKNOWLEDGED): S.READY,
    (S.REMOVED, E.READER_EMPTY): S.REMOVED,
    **{(state, E.RELEASED): S.UNUSED for state in _IN_USE},
    **{(state, E.CARD_REMOVED): S.REMOVED for state in CARD_PRESENT},
    **{(state, E.CARD_INSERTED): S.READING for state in CardState},
    **{(state, E.SERVICE_DOWN): S.NO_SERVICE for state in CardState},
    **{(state, E.NO_READER): S.NO_READER for state in CardState},
}


def transition(state: CardState, event: CardEvent) -> CardState:
    """The next state; unchanged when the event does not apply to this state."""
    return _TABLE.get((state, event), state)
