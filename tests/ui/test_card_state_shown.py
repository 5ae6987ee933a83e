"""The maintenance screen says the card's state from the card backend's state machine, in words,
in the terminal's language, and follows it while it shows."""

from __future__ import annotations

import pytest

from app.services.session import Step as S
from devices.card_slot import SimulatedSlot
from devices.cardstate import CardEvent, CardState
from tests.ui.kiosk_harness import member_profile
from ui.screens.staff import MaintenanceScreen


class ReaderSlot(SimulatedSlot):
    """A reader that is not the demo's: the tests say what its monitor would report."""

    simulated = False

    def report(self, event: CardEvent) -> None:
        self._listener(event)


def open_maintenance(kiosk) -> None:
    welcome = kiosk.window.screens["welcome"]
    for _ in range(welcome.STAFF_TAPS):
        kiosk.click(welcome.staff_corner)
    kiosk.wait_for(S.STAFF_CODE)
    kiosk.type_pin("246810", kiosk.controller.staff_code)
    kiosk.wait_for(S.MAINTENANCE)


def test_the_maintenance_screen_follows_the_reader_while_it_shows(make_kiosk):
    slot = ReaderSlot()
    kiosk = make_kiosk(slot=slot)
    open_maintenance(kiosk)
    reader = kiosk.controller.maintenance.reader
    assert reader.text() == "Card reader: ready"
    slot.report(CardEvent.SERVICE_DOWN)
    kiosk.qtbot.waitUntil(lambda: reader.text() == "Card reader: the reader service is not running")
    slot.report(CardEvent.NO_READER)
    kiosk.qtbot.waitUntil(lambda: reader.text() == "Card reader: none connected")
    slot.report(CardEvent.READER_EMPTY)
    kiosk.qtbot.waitUntil(lambda: reader.text() == "Card reader: ready")


def test_the_demo_says_its_card_is_simulated(make_kiosk):
    kiosk = make_kiosk()
    open_maintenance(kiosk)
    text = kiosk.controller.maintenance.reader.text()
    assert text == "Card reader: ready (simulated card, demo)"


def test_a_card_left_in_after_its_visit_shows_as_not_in_use(make_kiosk, cases):
    kiosk = make_kiosk(timeout_s=3, warn_s=2)
    kiosk.insert(kiosk.card(member_profile(cases["active_account"])))
    kiosk.wait_for(S.PIN)
    kiosk.wait_for(S.WELCOME, timeout=5000)  # the member walked away, the card stayed
    assert kiosk.controller.card.state is CardState.UNUSED
    assert kiosk.controller.activity() == "visit"  # no update restart with a card in
    open_maintenance(kiosk)
    reader = kiosk.controller.maintenance.reader
    assert reader.text().startswith("Card reader: a card is inserted, not in use")
    kiosk.slot.remove()
    kiosk.qtbot.waitUntil(lambda: reader.text().startswith("Card reader: ready"))
    assert kiosk.step == S.MAINTENANCE  # the card was not the visit's: nothing ends


@pytest.mark.parametrize("language", ["fr", "nl", "de"])
def test_every_card_state_is_said_in_the_terminals_language(make_window, language):
    def words(lang: str) -> dict[CardState, str]:
        make_window(language=lang)
        screen = MaintenanceScreen()
        said = {}
        for state in CardState:
            screen.show_status(card=state, online=True, pending=0, refused=0)
            said[state] = screen.reader.text()
        screen.deleteLater()
        return said

    english, translated = words("en"), words(language)
    assert len(set(translated.values())) == len(CardState)  # each state its own words
    untranslated = [state for state in CardState if translated[state] == english[state]]
    assert untranslated == []
