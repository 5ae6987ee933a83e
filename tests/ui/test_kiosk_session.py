"""Whole visits at the kiosk, driven like a member would: virtual eID cards of demo members
(in-process), their keys in SoftHSM2, the seeded central database, the terminal's outbox.

After every visit that ends, nothing of the member may remain in any widget or model.
"""

from __future__ import annotations

import base64
import hashlib

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from app.services.local_token_provider import token_card
from app.services.session import Step
from app.store.models import AuditEntry, OnlineLogin, Visit
from app.sync.terminal import OutboxEntry
from devices.cardstate import CardState
from devices.simulated.card import Faults
from devices.simulated.image import Forgery
from devices.simulated.profile import load_profile
from tests.support.cards import ALICE_17, JAN_18
from tests.ui.kiosk_harness import TOKEN_SECRET, member_profile, traces_of

S = Step


def outbox_kinds(kiosk) -> list[str]:
    with kiosk.outbox.engine.connect() as connection:
        return list(
            connection.execute(select(OutboxEntry.kind).order_by(OutboxEntry.seq)).scalars()
        )


def outbox_payloads(kiosk, kind: str) -> list[dict]:
    with kiosk.outbox.engine.connect() as connection:
        rows = connection.execute(select(OutboxEntry.payload).where(OutboxEntry.kind == kind))
        return [row[0] for row in rows]


def open_login(kiosk) -> None:
    """ "No card? Log in…" on the welcome screen."""
    kiosk.click(kiosk.window.screens["welcome"].login_button)
    kiosk.wait_for(S.LOGIN)


def ask_token_position(kiosk, niss: str) -> int:
    """On the token screen: the national number, Next; the position the provider asks for."""
    screen = kiosk.controller.token_login
    screen.username.setText(niss)
    kiosk.click(screen.next_button)
    kiosk.qtbot.waitUntil(lambda: kiosk.controller.visit.token_challenge is not None)
    return kiosk.controller.visit.token_challenge.position


# -- identification -------------------------------------------------------------------------


def test_a_member_with_an_account_reaches_home_and_leaves_no_trace(make_kiosk, cases):
    kiosk = make_kiosk()
    member = cases["active_account"]
    card = kiosk.insert(kiosk.card(member_profile(member, pin="2580")))
    kiosk.wait_for(S.PIN)
    # The name is on screen before the PIN is asked; the photo follows.
    assert member.last_name in kiosk.controller.pin.holder_name.text()
    kiosk.qtbot.waitUntil(lambda: not kiosk.controller.reading.photo.pixmap().isNull())
    kiosk.type_pin("2580")
    kiosk.wait_for(S.HOME)
    home = kiosk.controller.home
    assert member.first_names.split()[0] in home.greeting.text()
    assert "eID" in home.login_mode.text()
    with kiosk.central.connect() as connection:
        modes = connection.execute(select(OnlineLogin.mode, OnlineLogin.terminal)).all()
    assert ("eid", "test-terminal") in [(str(m), t) for m, t in modes]

    kiosk.slot.remove()  # the member takes the card
    kiosk.wait_for(S.WELCOME)
    assert kiosk.window.current_screen.name == "welcome"
    kiosk.assert_nothing_left_of(*traces_of(member))
    assert card.present is False


def test_a_wrong_pin_says_the_tries_left_then_the_right_one_opens_the_file(make_kiosk, cases):
    kiosk = make_kiosk()
    member = cases["active_account"]
    kiosk.insert(kiosk.card(member_profile(member, pin="2580")))
    kiosk.wait_for(S.PIN)
    kiosk.type_pin("1111")
    kiosk.qtbot.waitUntil(lambda: "2" in kiosk.controller.pin.message.text())
    assert kiosk.step == S.PIN
    assert kiosk.controller.pin.pad.field.text() == ""  # the wrong PIN is not kept
    kiosk.type_pin("2580")
    kiosk.wait_for(S.HOME)


def test_a_blocked_pin_sends_the_member_to_the_counter(make_kiosk, cases):
    kiosk = make_kiosk()
    member = cases["active_account"]
    kiosk.insert(kiosk.card(member_profile(member, pin="2580", pin_tries_left=1)))
    kiosk.wait_for(S.PIN)
    kiosk.type_pin("1111")  # the last try
    kiosk.wait_for(S.CARD_PROBLEM)
    message = kiosk.controller.message
    assert "blocked" in message.body.text()
    assert "counter" in message.detail.text()
    kiosk.click(message.ok)
    kiosk.wait_for(S.WELCOME)
    kiosk.assert_nothing_left_of(*traces_of(member))


@pytest.mark.parametrize("forgery", list(Forgery))
def test_a_forged_card_is_refused_with_a_clear_screen(make_kiosk, cases, forgery):
    kiosk = make_kiosk()
    member = cases["active_account"]
    kiosk.insert(kiosk.card(member_profile(member), forge=forgery))
    kiosk.wait_for(S.CARD_PROBLEM)
    message = kiosk.controller.message
    if forgery is Forgery.PHOTO:
        # Identity and address were verified (the name was shown); the photo is not the one
        # the identity file vouches for.
        assert "could not be verified" in message.body.text()
    else:
        # Nothing unverified is ever shown. (A tampered identity file may already fail to
        # parse before its signature is checked: "could not be read"; both send to the counter.)
        assert member.last_name not in kiosk.texts()
        assert message.body.text() in (
            "The data on this card could not be verified. It cannot be used here.",
            "Your card could not be read.",
        )
    assert "counter" in message.detail.text()
    kiosk.click(message.ok)
    kiosk.wait_for(S.WELCOME)
    kiosk.assert_nothing_left_of(*traces_of(member))


def test_an_expired_card_is_refused(make_kiosk, cases):
    kiosk = make_kiosk()
    member = cases["active_account"]
    profile = member_profile(member, validity_begin="2014-01-01", validity_end="2024-01-01")
    kiosk.insert(kiosk.card(profile))
    kiosk.wait_for(S.CARD_PROBLEM)  # before any PIN is asked
    assert "expired" in kiosk.controller.message.body.text()


@pytest.mark.parametrize("apdu", [1, 3, 6, 9])
def test_the_card_pulled_during_the_read_ends_the_visit_cleanly(make_kiosk, cases, apdu):
    kiosk = make_kiosk()
    member = cases["active_account"]
    card = kiosk.card(member_profile(member), faults=Faults(remove_at=apdu))
    kiosk.insert(card)
    kiosk.qtbot.waitUntil(lambda: card.present is False)
    kiosk.slot.remove()  # what the reader monitor reports
    kiosk.wait_for(S.WELCOME)
    kiosk.assert_nothing_left_of(*traces_of(member))


def verify_apdu_after_pin(kiosk, card) -> int:
    """How many APDUs after the PIN is typed the card receives its VERIFY (a dry run on a
    copy of the same card)."""
    from devices.belpic.reader import EidReader
    from devices.inprocess import InProcessTransport
    from devices.simulated.card import VirtualCard

    twin = VirtualCard(card.image)
    reader = EidReader(InProcessTransport(twin), kiosk.backend.trust)
    list(reader.read_all(certificates=False))
    before = twin.apdu_index
    kiosk.backend.identify(reader, card.image.pin)
    verify = next(i for i, apdu in enumerate(twin.log) if apdu[1] == 0x20 and len(apdu) > 5)
    return verify + 1 - before


def test_the_card_pulled_during_the_pin_operation_ends_the_visit(make_kiosk, cases):
    kiosk = make_kiosk()
    member = cases["active_account"]
    kiosk.insert(kiosk.card(member_profile(member, pin="2580")))
    kiosk.wait_for(S.PIN)
    card = kiosk.slot.card
    kiosk.qtbot.waitUntil(lambda: kiosk.controller.visit.read_done)
    card.faults.remove_at = card.apdu_index + verify_apdu_after_pin(kiosk, card)
    kiosk.type_pin("2580")
    kiosk.wait_for(S.CARD_PROBLEM)
    assert "taken out" in kiosk.controller.message.body.text()
    assert card.pin_tries_left == 3  # the VERIFY never reached the card: no try was spent
    kiosk.slot.remove()
    kiosk.wait_for(S.WELCOME)
    kiosk.assert_nothing_left_of(*traces_of(member))


def test_a_forged_photo_stops_the_visit_even_when_the_pin_is_typed_at_once(make_kiosk, cases):
    """The name shows before the photo is read; a PIN typed while the photo is still on its way
    must not open the file when the photo then fails its hash."""
    import threading

    from devices.belpic.reader import EidReader
    from devices.inprocess import InProcessTransport
    from devices.simulated.card import VirtualCard

    kiosk = make_kiosk()
    member = cases["active_account"]
    forged = kiosk.card(member_profile(member, pin="2580"), forge=Forgery.PHOTO)
    twin = VirtualCard(forged.image)
    EidReader(InProcessTransport(twin), kiosk.backend.trust).read_identity()
    photo_starts = twin.apdu_index + 1
    gate = threading.Event()

    class SlowPhotoCard(VirtualCard):
        def process(self, apdu: bytes) -> bytes | None:
            if self.apdu_index + 1 >= photo_starts:
                gate.wait(5)  # the photo is slow to come
            return super().process(apdu)

    kiosk.insert(SlowPhotoCard(forged.image))
    kiosk.wait_for(S.PIN)  # the name is shown; the photo is not read yet
    assert member.last_name in kiosk.controller.pin.holder_name.text()
    assert kiosk.controller.pin.photo.pixmap().isNull()
    kiosk.type_pin("2580")  # queued behind the photo read on the card thread
    gate.set()
    kiosk.qtbot.waitUntil(lambda: kiosk.step in (S.CARD_PROBLEM, S.HOME))
    assert kiosk.step == S.CARD_PROBLEM
    assert "could not be verified" in kiosk.controller.message.body.text()


@pytest.mark.parametrize("fault", ["foreign", "corrupt", "truncate", "mute"])
def test_a_card_that_is_not_an_eid_or_answers_wrongly_is_refused(make_kiosk, cases, fault):
    from devices.simulated.card import ForeignCard

    kiosk = make_kiosk()
    member = cases["active_account"]
    if fault == "foreign":
        card = ForeignCard()
    else:
        card = kiosk.card(member_profile(member), faults=Faults(**{f"{fault}_at": 4}))
    kiosk.insert(card)
    kiosk.wait_for(S.CARD_PROBLEM)
    body = kiosk.controller.message.body.text()
    if fault == "foreign":
        assert "not a Belgian eID card" in body
    else:
        assert body in (
            "Your card could not be read.",
            "The data on this card could not be verified. It cannot be used here.",
        )
    assert member.last_name not in kiosk.texts()


def test_inactivity_shows_a_countdown_then_ends_the_visit(make_kiosk, cases):
    kiosk = make_kiosk(timeout_s=3, warn_s=2)
    member = cases["active_account"]
    kiosk.insert(kiosk.card(member_profile(member)))
    kiosk.wait_for(S.PIN)
    countdown = kiosk.window.countdown
    kiosk.qtbot.waitUntil(lambda: not countdown.isHidden(), timeout=4000)
    assert "second" in countdown.text.text()
    kiosk.wait_for(S.WELCOME, timeout=4000)
    assert countdown.isHidden()
    kiosk.assert_nothing_left_of(*traces_of(member))


def test_the_language_changes_during_a_visit_without_losing_it(make_kiosk, cases):
    kiosk = make_kiosk()
    member = cases["active_account"]
    kiosk.insert(kiosk.card(member_profile(member)))
    kiosk.wait_for(S.PIN)
    kiosk.type_pin("1234")
    kiosk.wait_for(S.HOME)
    before = kiosk.controller.home.title.text()
    kiosk.click(kiosk.window.language_bar.buttons["nl"])
    kiosk.qtbot.waitUntil(lambda: kiosk.controller.home.title.text() != before)
    assert kiosk.step == S.HOME
    assert member.first_names.split()[0] in kiosk.controller.home.greeting.text()


# -- who the card belongs to ----------------------------------------------------------------


def test_a_member_without_an_account_activates_it_and_hears_when_the_letter_leaves(
    make_kiosk, cases
):
    kiosk = make_kiosk()
    member = cases["no_online_account"]
    kiosk.insert(kiosk.card(member_profile(member)))
    kiosk.wait_for(S.PIN)
    kiosk.type_pin("1234")
    kiosk.wait_for(S.ACTIVATION)
    assert member.municipality in kiosk.controller.activation.address.text()
    kiosk.click(kiosk.controller.activation.activate_button)
    kiosk.wait_for(S.DONE)
    # 25/11/2026 (Wednesday) + 3 working days = Monday 30 November 2026
    assert "30" in kiosk.controller.message.detail.text()
    assert "2026" in kiosk.controller.message.detail.text()
    assert outbox_kinds(kiosk) == ["account.activate"]
    kiosk.click(kiosk.controller.message.ok)
    kiosk.wait_for(S.WELCOME)
    kiosk.assert_nothing_left_of(*traces_of(member))


def test_a_deactivated_account_is_explained_with_the_cannot_log_in_form(make_kiosk, cases):
    kiosk = make_kiosk()
    member = cases["deactivated_account"]
    kiosk.insert(kiosk.card(member_profile(member)))
    kiosk.wait_for(S.PIN)
    kiosk.type_pin("1234")
    kiosk.wait_for(S.DEACTIVATED)
    kiosk.click(kiosk.controller.deactivated.help_button)
    kiosk.wait_for(S.CANNOT_LOGIN)
    form = kiosk.controller.cannot_login
    form.message.setPlainText("Mon compte ne fonctionne plus")
    form.phone.setText("0470 12 34 56")
    kiosk.click(form.send_button)
    kiosk.wait_for(S.DONE)
    assert outbox_kinds(kiosk) == ["contact_request.create"]
    [payload] = outbox_payloads(kiosk, "contact_request.create")
    assert payload["member_niss"] == member.niss


def test_a_person_who_is_not_a_member_joins_with_a_form_signed_by_the_card(make_kiosk, pki):
    kiosk = make_kiosk()
    profile = load_profile(ALICE_17)  # Alice Dupont is nobody in the demo database
    kiosk.insert(kiosk.card(profile))
    kiosk.wait_for(S.PIN)
    kiosk.type_pin("1234")
    kiosk.wait_for(S.JOIN)
    join = kiosk.controller.join
    assert "Dupont" in join.person.text()
    assert "2026" in join.effective.text()  # first affiliation: on the day it is received
    index = join.previous.findData(join.previous.itemData(1))
    join.previous.setCurrentIndex(index)  # coming from another mutuality
    kiosk.qtbot.waitUntil(lambda: "2027" in join.effective.text())  # next quarter: 1/1/2027
    join.email.setText("alice@example.be")
    kiosk.click(join.sign_button)
    kiosk.wait_for(S.SIGN_PIN)
    kiosk.type_pin("1234", kiosk.controller.sign_pin)
    kiosk.wait_for(S.DONE)
    assert "2027" in kiosk.controller.message.body.text()
    [payload] = outbox_payloads(kiosk, "affiliation.request")
    assert payload["member_niss"] == profile.national_number
    assert payload["effective_on"] == "2027-01-01"
    pdf = base64.b64decode(payload["signed_pdf"])
    assert hashlib.sha256(pdf).hexdigest() == payload["signed_pdf_sha256"]
    from app.documents.signing import check_signed_pdf

    check = check_signed_pdf(pdf, pki.roots)
    assert check.intact and check.valid and check.trusted
    assert check.signer_national_number == profile.national_number
    kiosk.slot.remove()
    kiosk.wait_for(S.WELCOME)
    kiosk.assert_nothing_left_of("Dupont", profile.national_number)


def test_a_dependant_joins_under_a_holder_and_the_form_follows_the_language(make_kiosk, cases):
    kiosk = make_kiosk()
    holder = cases["active_account"]
    kiosk.insert(kiosk.card(load_profile(ALICE_17)))
    kiosk.wait_for(S.PIN)
    kiosk.type_pin("1234")
    kiosk.wait_for(S.JOIN)
    join = kiosk.controller.join
    english = join.effective.text()
    kiosk.click(kiosk.window.language_bar.buttons["de"])
    kiosk.qtbot.waitUntil(lambda: join.effective.text() != english)
    assert "wirksam" in join.effective.text()  # the date sentence follows the language
    kiosk.click(kiosk.window.language_bar.buttons["en"])
    join.dependant_radio.setChecked(True)
    join.holder_niss.setText("12345")  # not a national number: said, kept
    kiosk.click(join.sign_button)
    kiosk.qtbot.waitUntil(lambda: join.error.text() != "")
    assert join.holder_niss.text() == "12345"
    join.holder_niss.setText(holder.niss)
    kiosk.click(join.sign_button)
    kiosk.wait_for(S.SIGN_PIN)
    kiosk.type_pin("1234", kiosk.controller.sign_pin)
    kiosk.wait_for(S.DONE)
    [payload] = outbox_payloads(kiosk, "affiliation.request")
    assert payload["role"] == "dependant" and payload["holder_niss"] == holder.niss


def test_a_wrong_pin_when_signing_asks_again_and_pulling_the_card_loses_nothing(make_kiosk):
    kiosk = make_kiosk()
    kiosk.insert(kiosk.card(load_profile(JAN_18)))  # applet 1.8, ECDSA keys
    kiosk.wait_for(S.PIN)
    kiosk.type_pin("4321")
    kiosk.wait_for(S.JOIN)
    kiosk.click(kiosk.controller.join.sign_button)
    kiosk.wait_for(S.SIGN_PIN)
    kiosk.type_pin("9999", kiosk.controller.sign_pin)
    kiosk.qtbot.waitUntil(lambda: "2" in kiosk.controller.sign_pin.message.text())
    assert kiosk.step == S.SIGN_PIN
    card = kiosk.slot.card
    card.faults.remove_at = card.apdu_index + 1
    kiosk.type_pin("4321", kiosk.controller.sign_pin)
    kiosk.qtbot.waitUntil(lambda: kiosk.step in (S.CARD_PROBLEM, S.WELCOME))
    kiosk.slot.remove()
    kiosk.wait_for(S.WELCOME)
    assert outbox_kinds(kiosk) == []  # nothing half-signed was queued
    kiosk.assert_nothing_left_of("Peeters")


def test_joining_while_the_central_database_is_offline_is_queued_and_said(make_kiosk, tmp_path):
    from app.store.db import make_engine

    kiosk = make_kiosk(online=False)
    kiosk.insert(kiosk.card(load_profile(ALICE_17)))
    kiosk.wait_for(S.PIN)
    kiosk.type_pin("1234")
    kiosk.wait_for(S.JOIN)
    # The connection drops while the person fills in the form.
    kiosk.backend.central = make_engine(f"sqlite:///{tmp_path / 'gone' / 'central.sqlite'}")
    join = kiosk.controller.join
    join.previous.setCurrentIndex(1)
    join.dependant_radio.setChecked(True)
    join.holder_niss.setText("85.07.30-033.29")  # a typo: still caught without the connection
    kiosk.click(join.sign_button)
    kiosk.qtbot.waitUntil(lambda: join.error.text() != "")
    assert kiosk.step == S.JOIN
    join.holder_radio.setChecked(True)
    kiosk.click(join.sign_button)
    kiosk.wait_for(S.SIGN_PIN)
    kiosk.type_pin("1234", kiosk.controller.sign_pin)
    kiosk.wait_for(S.DONE)
    assert "connection is down" in kiosk.controller.message.detail.text()
    assert outbox_kinds(kiosk) == ["affiliation.request"]


def test_the_central_database_out_of_reach_when_identifying_says_offline(
    make_kiosk, cases, tmp_path
):
    from app.store.db import make_engine

    gone = make_engine(f"sqlite:///{tmp_path / 'missing' / 'central.sqlite'}")
    kiosk = make_kiosk(central_engine=gone)
    member = cases["active_account"]
    kiosk.insert(kiosk.card(member_profile(member)))
    kiosk.wait_for(S.PIN)
    kiosk.type_pin("1234")
    kiosk.wait_for(S.OFFLINE)
    assert "connection" in kiosk.controller.message.body.text()


# -- without a card --------------------------------------------------------------------------


@pytest.mark.parametrize("form", ["digits", "spaced", "dotted"])
def test_password_login_with_the_national_number_in_any_written_form(make_kiosk, cases, form):
    from app.domain.niss import Niss
    from app.store.seed import DEMO_PASSWORD

    kiosk = make_kiosk()
    member = cases["active_account"]
    digits = member.niss
    written = {
        "digits": digits,
        "spaced": f"{digits[:6]} {digits[6:9]} {digits[9:]}",
        "dotted": Niss(digits).formatted(),
    }[form]
    open_login(kiosk)
    login = kiosk.controller.login
    login.username.setText(written)
    login.password.setText(DEMO_PASSWORD)
    kiosk.click(login.login_button)
    kiosk.wait_for(S.HOME)
    assert "password" in kiosk.controller.home.login_mode.text()
    kiosk.click(kiosk.controller.home.finish_button)
    kiosk.wait_for(S.WELCOME)
    kiosk.assert_nothing_left_of(*traces_of(member))


def test_wrong_passwords_keep_the_username_and_lock_the_account(make_kiosk, cases):
    from app.store.seed import DEMO_PASSWORD

    kiosk = make_kiosk()
    member = cases["active_account"]
    open_login(kiosk)
    login = kiosk.controller.login
    login.username.setText(member.niss)
    for attempt in range(5):
        login.password.setText(f"wrong-{attempt}")
        kiosk.click(login.login_button)
        kiosk.qtbot.waitUntil(lambda: login.error.text() != "")
        assert login.username.text() == member.niss  # what was typed stays
        assert login.password.text() == ""  # the password does not
        if attempt < 4:
            assert "not right" in login.error.text()
            login.error.clear()
    assert "locked" in login.error.text()
    login.error.clear()
    login.password.setText(DEMO_PASSWORD)  # even the right one, while locked
    kiosk.click(login.login_button)
    kiosk.qtbot.waitUntil(lambda: login.error.text() != "")
    assert "locked" in login.error.text()
    assert kiosk.step == S.LOGIN


def test_token_login_asks_for_the_code_at_a_position(make_kiosk, cases):
    from app.store.seed import DEMO_PASSWORD

    kiosk = make_kiosk()
    member = cases["active_account"]
    open_login(kiosk)
    kiosk.click(kiosk.controller.login.token_button)
    kiosk.wait_for(S.TOKEN_LOGIN)
    screen = kiosk.controller.token_login
    position = ask_token_position(kiosk, member.niss)
    assert str(position) in screen.position_label.text()
    screen.password.setText(DEMO_PASSWORD)
    screen.code.setText(token_card(TOKEN_SECRET, member.niss)[position - 1])
    kiosk.click(screen.login_button)
    kiosk.wait_for(S.HOME)
    assert "token" in kiosk.controller.home.login_mode.text()


def test_a_wrong_token_code_asks_for_a_new_position_then_the_right_code_works(make_kiosk, cases):
    from app.store.seed import DEMO_PASSWORD

    kiosk = make_kiosk()
    member = cases["active_account"]
    codes = token_card(TOKEN_SECRET, member.niss)
    open_login(kiosk)
    kiosk.click(kiosk.controller.login.token_button)
    kiosk.wait_for(S.TOKEN_LOGIN)
    screen = kiosk.controller.token_login
    position = ask_token_position(kiosk, member.niss)
    screen.password.setText(DEMO_PASSWORD)
    screen.code.setText(codes[position % 24])  # another position's code: wrong
    kiosk.click(screen.login_button)
    kiosk.qtbot.waitUntil(lambda: screen.error.text() != "")
    assert "not right" in screen.error.text()
    assert kiosk.controller.visit.token_challenge is None and screen.next_button.isVisibleTo(screen)
    position = ask_token_position(kiosk, member.niss)  # a new position
    screen.password.setText(DEMO_PASSWORD)
    screen.code.setText(codes[position - 1])
    kiosk.click(screen.login_button)
    kiosk.wait_for(S.HOME)
    kiosk.click(kiosk.controller.home.finish_button)
    kiosk.wait_for(S.WELCOME)
    kiosk.assert_nothing_left_of(*traces_of(member))


def test_a_double_tap_on_log_in_sends_one_try_and_an_empty_password_none(make_kiosk, cases):
    from app.store.models import OnlineAccount

    kiosk = make_kiosk()
    member = cases["active_account"]
    open_login(kiosk)
    login = kiosk.controller.login
    login.username.setText(member.niss)
    kiosk.click(login.login_button)  # no password: said, nothing sent
    assert "password" in login.error.text()
    login.password.setText("wrong-password")
    kiosk.click(login.login_button)
    kiosk.click(login.login_button)  # the second tap lands on a form that waits
    kiosk.qtbot.waitUntil(lambda: "not right" in login.error.text())
    with kiosk.central.connect() as connection:
        failures = connection.execute(
            select(OnlineAccount.failed_attempts).where(OnlineAccount.member_id == member.id)
        ).scalar_one()
    assert failures == 1


def test_forgot_password_queues_a_letter_and_says_when_it_leaves(make_kiosk, cases):
    kiosk = make_kiosk()
    open_login(kiosk)
    kiosk.click(kiosk.controller.login.forgot_button)
    kiosk.wait_for(S.FORGOT)
    forgot = kiosk.controller.forgot
    forgot.username.setText("12.34.56-789.00")  # not a valid number: said, kept
    kiosk.click(forgot.send_button)
    kiosk.qtbot.waitUntil(lambda: forgot.error.text() != "")
    assert forgot.username.text() == "12.34.56-789.00"
    forgot.username.setText(cases["active_account"].niss)
    kiosk.click(forgot.send_button)
    kiosk.wait_for(S.DONE)
    assert "30" in kiosk.controller.message.detail.text()
    assert outbox_kinds(kiosk) == ["account.password_reset"]


# -- lockdown and staff ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("key", "modifiers"),
    [
        (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier),
        (Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier),
        (Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier),
        (Qt.Key.Key_Tab, Qt.KeyboardModifier.AltModifier),
        (Qt.Key.Key_F11, Qt.KeyboardModifier.NoModifier),
    ],
)
def test_kiosk_mode_refuses_every_way_out(make_kiosk, key, modifiers):
    from ui.lockdown import KioskGuard

    kiosk = make_kiosk()
    guard = KioskGuard(kiosk.window)
    kiosk.controller.guard = guard
    kiosk.window.show_for_mode()
    kiosk.qtbot.waitExposed(kiosk.window)
    event = QKeyEvent(QEvent.Type.KeyPress, key, modifiers)
    QApplication.sendEvent(kiosk.window, event)
    assert guard.refused == 1
    assert kiosk.window.close() is False
    assert kiosk.window.isVisible()
    kiosk.window.showNormal()  # something takes it out of full screen
    kiosk.qtbot.waitUntil(kiosk.window.isFullScreen)


def test_the_staff_code_opens_maintenance_and_only_then_the_program_may_close(make_kiosk):
    from ui.lockdown import KioskGuard

    kiosk = make_kiosk()
    kiosk.controller.guard = KioskGuard(kiosk.window)
    kiosk.window.show_for_mode()
    assert kiosk.window.close() is False  # before the staff code: refused
    welcome = kiosk.window.screens["welcome"]
    for _ in range(welcome.STAFF_TAPS):
        kiosk.click(welcome.staff_corner)
    kiosk.wait_for(S.STAFF_CODE)
    kiosk.type_pin("1111", kiosk.controller.staff_code)
    kiosk.qtbot.waitUntil(lambda: kiosk.controller.staff_code.message.text() != "")
    assert kiosk.step == S.STAFF_CODE
    kiosk.type_pin("246810", kiosk.controller.staff_code)
    kiosk.wait_for(S.MAINTENANCE)
    assert "simulated" in kiosk.controller.maintenance.reader.text()
    kiosk.click(kiosk.controller.maintenance.exit_button)
    assert kiosk.controller.guard.exit_allowed
    assert not kiosk.window.isVisible()


def test_five_wrong_staff_codes_lock_the_pad_even_for_the_right_code(make_kiosk):
    kiosk = make_kiosk()
    welcome = kiosk.window.screens["welcome"]
    for _ in range(welcome.STAFF_TAPS):
        kiosk.click(welcome.staff_corner)
    kiosk.wait_for(S.STAFF_CODE)
    pad = kiosk.controller.staff_code
    for attempt in range(5):
        pad.message.clear()
        kiosk.type_pin(f"99999{attempt}", pad)
        kiosk.qtbot.waitUntil(lambda: pad.message.text() != "")
    pad.message.clear()
    kiosk.type_pin("246810", pad)
    kiosk.qtbot.waitUntil(lambda: pad.message.text() != "")
    assert kiosk.step == S.STAFF_CODE


def test_at_the_counter_a_clerk_opens_a_file_and_it_is_audited(make_kiosk, cases):
    kiosk = make_kiosk("counter")
    assert kiosk.step == S.STAFF_LOGIN
    member = cases["active_account"]
    kiosk.insert(kiosk.card(member_profile(member)))  # no clerk yet: nothing read
    assert kiosk.step == S.STAFF_LOGIN
    kiosk.slot.remove()
    screen = kiosk.controller.staff_login
    screen.login.setText("clerk.bxl")
    screen.password.setText("wrong")
    kiosk.click(screen.login_button)
    kiosk.qtbot.waitUntil(lambda: screen.error.text() != "")
    from app.store.seed import STAFF

    login, password = STAFF[0][0], STAFF[0][1]
    screen.login.setText(login)
    screen.password.setText(password)
    kiosk.click(screen.login_button)
    kiosk.wait_for(S.DESK)
    kiosk.controller.desk.niss.setText(member.niss)
    reasons = kiosk.controller.desk.reason
    reasons.setCurrentIndex(reasons.findData("phone_call"))  # the member calls
    kiosk.click(kiosk.controller.desk.search_button)
    kiosk.wait_for(S.MEMBER_FILE)
    assert member.last_name in kiosk.controller.member_file.summary.text()
    kiosk.click(kiosk.controller.member_file.back_button)
    kiosk.wait_for(S.DESK)
    clerk = STAFF[0][2]  # the clerk's own name stays on the desk (it may share a surname)
    traces = [trace for trace in traces_of(member) if trace not in clerk]
    kiosk.assert_nothing_left_of(*traces)
    # The member's own card at the counter finds the file without a PIN.
    kiosk.insert(kiosk.card(member_profile(member)))
    kiosk.wait_for(S.MEMBER_FILE)
    assert clerk in kiosk.controller.desk.clerk.text()  # a member's card does not log out the clerk
    with kiosk.central.connect() as connection:
        audited = connection.execute(
            select(AuditEntry.action, AuditEntry.member_id, AuditEntry.detail).where(
                AuditEntry.action == "member_file_opened"
            )
        ).all()
        visits = connection.execute(select(Visit.mode, Visit.reason, Visit.niss)).all()
    assert len(audited) == 2 and {row.member_id for row in audited} == {member.id}
    # Each opening is a visit the central side recorded, with the reason the clerk gave.
    assert sorted(row.detail for row in audited) == [
        "eID card; at_the_counter",
        "national number; phone_call",
    ]
    assert sorted(tuple(v) for v in visits) == [
        ("staff", "at_the_counter", member.niss),
        ("staff", "phone_call", member.niss),
    ]
    kiosk.slot.remove()
    kiosk.wait_for(S.DESK)
    kiosk.assert_nothing_left_of(*traces)


def test_at_the_counter_a_card_of_a_non_member_opens_the_enrolment_form(make_kiosk):
    from app.store.seed import STAFF

    kiosk = make_kiosk("counter")
    # Before a clerk signs in, a card put in the reader is not read at all, not even its name.
    assert kiosk.controller.card.accepting is False
    kiosk.insert(kiosk.card(load_profile(ALICE_17)))
    kiosk.qtbot.waitUntil(lambda: kiosk.controller.card.state is CardState.UNUSED)
    kiosk.qtbot.wait(300)
    assert kiosk.controller.context.visit.holder is None
    assert kiosk.controller.context.machine.step == S.STAFF_LOGIN
    kiosk.slot.remove()
    screen = kiosk.controller.staff_login
    screen.login.setText(STAFF[0][0])
    screen.password.setText(STAFF[0][1])
    kiosk.click(screen.login_button)
    kiosk.wait_for(S.DESK)
    assert kiosk.controller.card.accepting is True
    kiosk.insert(kiosk.card(load_profile(ALICE_17)))
    kiosk.wait_for(S.JOIN)
    assert "Dupont" in kiosk.controller.join.person.text()


def test_a_kids_card_without_an_authentication_key_is_explained(make_kiosk):
    from tests.support.cards import EMMA_KIDS

    kiosk = make_kiosk()
    card = kiosk.insert(kiosk.card(load_profile(EMMA_KIDS)))
    kiosk.wait_for(S.PIN)
    kiosk.type_pin("1111")
    kiosk.wait_for(S.CARD_PROBLEM)
    assert "cannot be used with a PIN code" in kiosk.controller.message.body.text()
    assert card.pin_tries_left == card.image.pin_tries_left  # refused before any PIN try
