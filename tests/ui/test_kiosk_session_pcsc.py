"""One whole visit through the real stack: pcscd with the vpcd virtual reader, the reader
monitor, PC/SC transport, and the card's keys in SoftHSM2 — card in, PIN, home, card out."""

from __future__ import annotations

from app.services.session import Step
from devices.card_slot import PcscSlot
from devices.cardstate import CardState
from devices.simulated.card import VirtualCard
from tests.support.reader import READER
from tests.ui.kiosk_harness import member_profile, traces_of


def test_a_visit_through_pcscd_vpcd_and_softhsm(make_kiosk, cases, slot):
    reader_slot = PcscSlot(READER)
    kiosk = make_kiosk(slot=reader_slot)
    member = cases["active_account"]
    image_card = kiosk.card(member_profile(member, applet="1.8", pin="2580"))
    card_state = kiosk.controller.card
    kiosk.qtbot.waitUntil(lambda: card_state.state is CardState.READY, timeout=10_000)
    slot.insert(VirtualCard(image_card.image))
    kiosk.wait_for(Step.PIN)
    assert member.last_name in kiosk.controller.pin.holder_name.text()
    kiosk.type_pin("2580")
    kiosk.wait_for(Step.HOME)
    slot.remove()  # the monitor sees the card leave: the visit ends
    kiosk.wait_for(Step.WELCOME)
    kiosk.assert_nothing_left_of(*traces_of(member))
