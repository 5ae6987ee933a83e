"""The card backend (devices/card_backend.py): it drives the card state machine in the order a
visit goes, tells its listeners the name before the photo, and drops what arrives late."""

from __future__ import annotations

import threading
import time

import pytest

from devices.belpic.files import EidFile
from devices.belpic.reader import EidReader, HolderData
from devices.card_backend import CardBackend, CardListener
from devices.card_slot import SimulatedSlot
from devices.cardstate import CardEvent
from devices.cardstate import CardState as S
from devices.errors import CardRemoved, NoCard, NotAnEidCard, PinIncorrect
from devices.simulated.card import ForeignCard, VirtualCard
from tests.unit.devices.conftest import ALICE_17

WAIT_S = 10


class Heard(CardListener):
    """Every call, in order, from whichever thread."""

    def __init__(self):
        self.calls: list[tuple] = []
        self._changed = threading.Condition()

    def _hear(self, *call) -> None:
        with self._changed:
            self.calls.append(call)
            self._changed.notify_all()

    def wait_for(self, name: str, *args) -> None:
        with self._changed:
            assert self._changed.wait_for(
                lambda: any(c[0] == name and c[1 : 1 + len(args)] == args for c in self.calls),
                WAIT_S,
            ), f"{name}{args} never came: {self.names()}"

    def names(self) -> list[str]:
        return [call[0] for call in self.calls]

    def states(self) -> list[S]:
        return [call[1] for call in self.calls if call[0] == "card_state"]

    def card_state(self, state):
        self._hear("card_state", state)

    def card_inserted(self, serial):
        self._hear("card_inserted", serial)

    def holder_read(self, serial, holder):
        self._hear("holder_read", serial, holder)

    def photo_read(self, serial, photo):
        self._hear("photo_read", serial, photo)

    def read_progress(self, serial, done, total):
        self._hear("read_progress", serial, done, total)

    def read_done(self, serial):
        self._hear("read_done", serial)

    def read_failed(self, serial, error):
        self._hear("read_failed", serial, error)

    def card_removed(self, serial):
        self._hear("card_removed", serial)


@pytest.fixture
def card(trust):
    slot = SimulatedSlot()
    backend = CardBackend(slot, trust)
    heard = Heard()
    backend.add_listener(heard)
    backend.start()
    yield backend, slot, heard
    backend.stop()


def test_a_visit_drives_the_states_in_the_order_of_the_evid_viewer(card, make_image):
    backend, slot, heard = card
    image = make_image(ALICE_17)
    slot.insert(VirtualCard(image))
    heard.wait_for("read_done", 1)
    assert backend.state is S.READ
    seen = backend.pin_operation(1, lambda reader: reader.verify_pin(image.pin))
    assert seen.result(WAIT_S) is None
    slot.remove()
    heard.wait_for("card_removed", 1)
    assert backend.state is S.REMOVED
    backend.acknowledge()
    assert heard.states() == [
        S.READY, S.READING, S.READ, S.PIN_OPERATION, S.READ, S.REMOVED, S.READY
    ]  # fmt: skip


def test_listeners_hear_the_name_before_the_photo_then_that_the_read_is_over(card, make_image):
    _backend, slot, heard = card
    slot.insert(VirtualCard(make_image(ALICE_17)))
    heard.wait_for("read_done", 1)
    read = [n for n in heard.names() if n in ("holder_read", "photo_read", "read_done")]
    assert read == ["holder_read", "photo_read", "read_done"]
    holder = next(c[2] for c in heard.calls if c[0] == "holder_read")
    assert isinstance(holder, HolderData) and holder.identity.surname == "Dupont"
    photo = next(c[2] for c in heard.calls if c[0] == "photo_read")
    assert photo[:2] == b"\xff\xd8"  # a JPEG
    stages = [c[2:] for c in heard.calls if c[0] == "read_progress"]
    assert stages == [(0, 2), (1, 2), (2, 2)]


def test_a_read_result_arriving_after_the_card_was_pulled_is_dropped(card, make_image):
    """The photo is on its way when the card leaves: nothing of that card reaches the
    listeners any more, and the state stays REMOVED."""
    backend, slot, heard = card
    gate, at_photo = threading.Event(), threading.Event()

    class SlowPhoto(VirtualCard):
        photo = False

        def process(self, apdu: bytes) -> bytes | None:
            if apdu[1] == 0xA4:  # SELECT: is it the photo's (EF 4035)?
                self.photo = apdu.endswith(EidFile.PHOTO.fid.to_bytes(2, "big"))
            elif self.photo and apdu[1] == 0xB0 and apdu[2:4] != b"\x00\x00":
                at_photo.set()
                gate.wait(WAIT_S)  # the photo's second part is slow to come
            return super().process(apdu)

    slowcard = SlowPhoto(make_image(ALICE_17))
    slot.insert(slowcard)
    assert at_photo.wait(WAIT_S)
    slot.remove()
    slowcard.present = True  # the late answers would still make a whole, valid read
    gate.set()
    backend.stop()  # waits for the card thread: the read is over either way
    after = heard.names()[heard.names().index("card_removed") :]
    assert not {"holder_read", "photo_read", "read_done", "read_failed"} & set(after)
    assert backend.state is S.REMOVED
    assert backend.reader_of(1) is None and not backend.in_use


def test_a_card_swapped_in_gets_a_new_serial_and_the_old_serial_is_refused(card, make_image):
    backend, slot, heard = card
    image = make_image(ALICE_17)
    slot.insert(VirtualCard(image))
    heard.wait_for("read_done", 1)
    slot.insert(VirtualCard(image))  # a swap: out, then in
    heard.wait_for("read_done", 2)
    assert heard.names().count("card_removed") == 1
    with pytest.raises(CardRemoved):
        backend.pin_operation(1, lambda reader: reader.verify_pin(image.pin)).result(WAIT_S)
    assert isinstance(backend.reader_of(2), EidReader) and backend.reader_of(1) is None


def test_a_card_that_is_not_an_eid_is_invalid_and_no_pin_operation_runs(card):
    backend, slot, heard = card
    slot.insert(ForeignCard())
    heard.wait_for("read_failed", 1)
    assert backend.state is S.INVALID_CARD
    ran = []
    future = backend.pin_operation(1, lambda reader: ran.append(reader))
    with pytest.raises(NotAnEidCard):
        future.result(WAIT_S)
    assert ran == [] and backend.state is S.INVALID_CARD


def test_a_pin_typed_during_the_read_waits_for_it_and_ends_back_in_read(card, make_image):
    backend, slot, heard = card
    image = make_image(ALICE_17)
    slot.insert(VirtualCard(image))
    heard.wait_for("card_inserted", 1)
    future = backend.pin_operation(1, lambda reader: reader.verify_pin("0000"))
    with pytest.raises(PinIncorrect):
        future.result(WAIT_S)
    read_over = heard.calls.index(("read_done", 1))
    pin_started = heard.calls.index(("card_state", S.PIN_OPERATION))
    assert read_over < pin_started
    assert heard.states()[-3:] == [S.READ, S.PIN_OPERATION, S.READ]


def test_a_released_card_is_forgotten_while_it_stays_in(card, make_image):
    """The visit ended on a timeout with the card still in: its data goes, it is not used."""
    backend, slot, heard = card
    image = make_image(ALICE_17)
    slot.insert(VirtualCard(image))
    heard.wait_for("read_done", 1)
    backend.release(1)
    assert backend.state is S.UNUSED and backend.card_present and not backend.in_use
    with pytest.raises(CardRemoved):
        backend.pin_operation(1, lambda reader: reader.verify_pin(image.pin)).result(WAIT_S)
    backend.release(2)  # not the card in: nothing happens
    slot.remove()
    assert backend.state is S.REMOVED


def test_a_card_put_in_while_no_card_is_taken_is_never_read(card, make_image):
    """A counter with no clerk signed in: a card left in the reader is not opened at all, not
    even its name; once a clerk is there, the next card is read."""
    backend, slot, heard = card
    backend.accepting = False
    image = make_image(ALICE_17)
    slot.insert(VirtualCard(image))
    heard.wait_for("card_inserted", 1)
    time.sleep(0.3)  # a read, had one started, would have told the name by now
    assert backend.state is S.UNUSED and not backend.in_use
    assert "holder_read" not in heard.names() and "read_progress" not in heard.names()
    slot.remove()
    backend.accepting = True
    slot.insert(VirtualCard(image))
    heard.wait_for("read_done", 2)


def test_a_card_pulled_before_the_connection_opened_is_a_removal_not_a_faulty_card(
    card, make_image
):
    _backend, slot, heard = card
    image = make_image(ALICE_17)
    opened = slot.open

    def pulled_while_connecting():
        raise NoCard("the card left before the connection")

    slot.open = pulled_while_connecting
    slot.insert(VirtualCard(image))
    heard.wait_for("read_failed", 1)
    failed = next(c for c in heard.calls if c[0] == "read_failed")
    assert isinstance(failed[2], CardRemoved)
    assert S.INVALID_CARD not in heard.states()
    slot.open = opened


def test_the_reader_service_and_the_reader_come_and_go(card):
    backend, _slot, _heard = card
    backend.slot_event(CardEvent.SERVICE_DOWN)
    assert backend.state is S.NO_SERVICE and not backend.reader_present
    backend.slot_event(CardEvent.NO_READER)
    assert backend.state is S.NO_READER
    backend.slot_event(CardEvent.READER_EMPTY)
    assert backend.state is S.READY and backend.reader_present and not backend.card_present
