"""The card behind one backend, as the eID Viewer's: the slot, the state machine, the read, the PIN.

`CardBackend` owns everything of the inserted card: the slot's events (a reader monitor's thread
or the demo bar), the `EidReader` on its transport, what was read, and one card thread on which
every command to the card runs, one at a time. Every change of state goes through
devices/cardstate.py's `transition`. Front ends only listen: they register a `CardListener`
(plain callbacks, called on the monitor's or the card's thread; a Qt front end moves them to its
GUI thread) and ask for PIN operations, whose results come back as a `Future`.

    a card in  → READING: the read starts by itself; the listeners hear `card_inserted`, then
                 `holder_read` (identity and address, verified: the name shows first), then
                 `photo_read`, with `read_progress` between, then `read_done` (READ) or
                 `read_failed` (INVALID_CARD)
    PIN        → `pin_operation(serial, job)`: after the read, READ → PIN_OPERATION → READ
    a card out → REMOVED: the listeners hear `card_removed`; `acknowledge()` → READY
    `release(serial)`: the session is done with a card that stays in → UNUSED

Each inserted card gets a serial number. Whatever belongs to an earlier serial (a read result
that arrives after the card was pulled, a PIN operation for a card swapped since) is dropped or
refused, never delivered as the new card's. The PIN is never kept: it lives in the job a front
end hands to `pin_operation`, and in the reader's APDU buffer, wiped once sent.
"""

from __future__ import annotations

import contextlib
import logging
import queue
import threading
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass, field
from typing import TypeVar

from devices.apdu import Transport
from devices.belpic.reader import EidReader, HolderData, PhotoRead
from devices.belpic.verify import TrustStore
from devices.cardstate import CARD_PRESENT, READER_PRESENT, CardEvent, CardState, transition
from devices.errors import (
    CardRemoved,
    DeviceError,
    NoCard,
    VerificationFailed,
    VerificationReason,
)

log = logging.getLogger(__name__)
T = TypeVar("T")
READ_STAGES = 2  # the holder's identity and address, then the photo


class CardListener:
    """What a front end hears from the card backend. Override what you need; each method is
    called on the monitor's, the card's or the caller's thread, and must return at once."""

    def card_state(self, state: CardState) -> None:
        """The card state machine moved to `state`."""

    def card_inserted(self, serial: int) -> None:
        """A card is in (a new serial); its read has started."""

    def holder_read(self, serial: int, holder: HolderData) -> None:
        """Identity and address, verified: the name may show."""

    def photo_read(self, serial: int, photo: bytes) -> None:
        """The photo, checked against the identity's hash."""

    def read_progress(self, serial: int, done: int, total: int) -> None:
        """`done` of `total` stages read."""

    def read_done(self, serial: int) -> None:
        """The whole read is over and verified: PIN operations may run."""

    def read_failed(self, serial: int, error: BaseException) -> None:
        """The read stopped (not an eID, unreadable, forged, pulled out); `error` says why."""

    def card_removed(self, serial: int) -> None:
        """The card left the reader: forget everything of it."""


@dataclass
class _Card:
    """What belongs to one inserted card, dropped as a whole when it leaves or is released."""

    serial: int
    transport: Transport | None = None
    reader: EidReader | None = field(default=None, repr=False)
    read_done: bool = False
    read_error: BaseException | None = None


class CardThread:
    """One thread for every command to the card, in the order asked (a card answers one
    command at a time; the identification must follow the read)."""

    def __init__(self, name: str = "card"):
        self._name = name
        self._jobs: queue.SimpleQueue = queue.SimpleQueue()
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()

    def submit(self, job: Callable[[], T]) -> Future[T]:
        future: Future[T] = Future()
        with self._lock:
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._run, name=self._name, daemon=True)
                self._thread.start()
            self._jobs.put((job, future))
        return future

    def _run(self) -> None:
        while True:
            job, future = self._jobs.get()
            if job is None:
                return
            if not future.set_running_or_notify_cancel():
                continue
            try:
                future.set_result(job())
            except BaseException as exc:  # every failure goes back to who asked
                future.set_exception(exc)
            del job, future  # a PIN operation's job holds the PIN: not one moment longer

    def stop(self, timeout: float = 3.0) -> None:
        """Finish what was asked (within `timeout`), then end the thread."""
        with self._lock:
            thread = self._thread
            if thread is None:
                return
            self._jobs.put((None, None))
            self._thread = None
        if thread is not threading.current_thread():
            thread.join(timeout)


class CardBackend:
    """The card of one terminal: see the module's description."""

    def __init__(self, slot, trust: TrustStore | None):
        self.slot = slot
        self.trust = trust
        self._lock = threading.RLock()
        self._state = CardState.NO_SERVICE
        self._serial = 0
        self._card: _Card | None = None
        self._listeners: list[CardListener] = []
        self._thread = CardThread()
        # Whether a card put in now is read; False at a counter with no clerk signed in: the
        # card goes UNUSED at once, nothing of it read (the front end sets it, any thread).
        self.accepting = True

    # -- what a front end may read -----------------------------------------------------------
    @property
    def state(self) -> CardState:
        return self._state

    @property
    def simulated(self) -> bool:
        """The demo's in-process card, not a reader."""
        return bool(getattr(self.slot, "simulated", False))

    @property
    def reader_present(self) -> bool:
        return self._state in READER_PRESENT

    @property
    def card_present(self) -> bool:
        return self._state in CARD_PRESENT

    @property
    def in_use(self) -> bool:
        """A card's reader and what was read from it are held (until it leaves or is
        released)."""
        with self._lock:
            return self._card is not None

    def reader_of(self, serial: int | None) -> EidReader | None:
        """The reader of card `serial` while it is the one in use; None otherwise."""
        with self._lock:
            card = self._card
            return card.reader if card is not None and card.serial == serial else None

    def check_read(self, serial: int | None) -> None:
        """Card work after the read runs only on the card still in use, whose every file was
        verified: a photo that fails its hash stops the visit there."""
        with self._lock:
            card = self._card
            if card is None or card.serial != serial:
                raise CardRemoved("the card was taken out")
            if card.read_error is not None:
                raise card.read_error
            if not card.read_done:
                raise VerificationFailed(
                    VerificationReason.PHOTO_HASH, "the card was not read completely"
                )

    # -- life --------------------------------------------------------------------------------
    def add_listener(self, listener: CardListener) -> None:
        with self._lock:
            self._listeners.append(listener)

    def start(self) -> None:
        """Start listening to the slot (its first events say what is there now)."""
        self.slot.start(self.slot_event)

    def stop(self, timeout: float = 3.0) -> None:
        self.slot.stop()
        with self._lock:
            self._drop()
        self._thread.stop(timeout)

    def slot_event(self, event: CardEvent) -> None:
        """What the slot saw (any thread)."""
        with self._lock:
            if event is CardEvent.CARD_REMOVED or event is CardEvent.CARD_INSERTED:
                self._drop()
                if event is CardEvent.CARD_REMOVED:
                    was_in = self.card_present
                    self._change(event)
                    if was_in:  # the card in use, or one left in after its visit
                        self._tell("card_removed", self._serial)
                    return
                self._serial += 1
                card = self._card = _Card(self._serial)
                self._change(event)
                self._tell("card_inserted", card.serial)
                if not self.accepting:
                    self._drop()
                    self._change(CardEvent.RELEASED)
                    return
                self._thread.submit(lambda: self._read(card))
                return
            self._change(event)

    def acknowledge(self) -> None:
        """The front end has wiped what it showed of a removed card: READY again."""
        with self._lock:
            self._change(CardEvent.ACKNOWLEDGED)

    def release(self, serial: int | None) -> None:
        """The session is done with card `serial` while it stays in: forget what was read,
        close its transport (after the command in flight), drop its late results."""
        with self._lock:
            if self._card is None or self._card.serial != serial:
                return
            self._drop()
            self._change(CardEvent.RELEASED)

    def pin_operation(self, serial: int | None, job: Callable[[EidReader], T]) -> Future[T]:
        """Run `job(reader)` on the card thread once the read is over (READ → PIN_OPERATION →
        READ). Refused with the read's own error when it failed, CardRemoved when card
        `serial` is not the one in use any more."""

        def run() -> T:
            with self._lock:
                self.check_read(serial)
                card = self._card
                assert card is not None and card.reader is not None
                reader = card.reader
                self._change(CardEvent.PIN_STARTED)
            try:
                return job(reader)
            finally:
                with self._lock:
                    if self._card is card:
                        self._change(CardEvent.PIN_DONE)

        return self._thread.submit(run)

    # -- inside ------------------------------------------------------------------------------
    def _change(self, event: CardEvent) -> None:
        after = transition(self._state, event)
        if after is not self._state:
            self._state = after
            self._tell("card_state", after)

    def _tell(self, what: str, *args) -> None:
        for listener in list(self._listeners):
            try:
                getattr(listener, what)(*args)
            except Exception:  # one broken listener must not stop the card
                log.exception("card listener %s failed", what)

    def _drop(self) -> _Card | None:
        """Forget the card in use; its transport is closed on the card thread, after the
        command in flight (closing may wait for it)."""
        card, self._card = self._card, None
        if card is not None and card.transport is not None:
            transport = card.transport

            def close() -> None:
                with contextlib.suppress(DeviceError):
                    transport.close()

            self._thread.submit(close)
        if card is not None:
            card.transport = card.reader = None
        return card

    def _current(self, card: _Card) -> bool:
        return self._card is card

    def _read(self, card: _Card) -> None:
        """On the card thread: connect, read and verify; tell as it goes (name first)."""
        with self._lock:
            if not self._current(card):
                return
        try:
            transport = self.slot.open()
        except NoCard:  # pulled before the connection opened: a removal, not a faulty card
            self._read_failed(card, CardRemoved("the card was taken out while connecting"))
            return
        except Exception as exc:
            self._read_failed(card, exc)
            return
        with self._lock:
            if not self._current(card):  # pulled or released while connecting
                with contextlib.suppress(DeviceError):
                    transport.close()
                return
            card.transport = transport
            reader = card.reader = EidReader(transport, self.trust)
            self._tell("read_progress", card.serial, 0, READ_STAGES)
        try:
            for item in reader.read_all(certificates=False):
                with self._lock:
                    if not self._current(card):
                        return
                    if isinstance(item, HolderData):
                        self._tell("holder_read", card.serial, item)
                        self._tell("read_progress", card.serial, 1, READ_STAGES)
                    elif isinstance(item, PhotoRead):
                        self._tell("photo_read", card.serial, item.photo)
                        self._tell("read_progress", card.serial, 2, READ_STAGES)
        except Exception as exc:
            self._read_failed(card, exc)
            return
        with self._lock:
            if not self._current(card):
                return
            card.read_done = True
            self._change(CardEvent.READ_DONE)
            self._tell("read_done", card.serial)

    def _read_failed(self, card: _Card, exc: Exception) -> None:
        with self._lock:
            if not self._current(card):
                return  # a late failure of a card already gone: nothing to tell
            card.read_error = exc
            if not isinstance(exc, CardRemoved):  # pulled out: the removal event follows
                self._change(CardEvent.READ_FAILED)
            self._tell("read_failed", card.serial, exc)
