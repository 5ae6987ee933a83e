"""The eID card's special status (identity tag 0x10) at the kiosk (issue 17 §6).

A white or yellow cane (1, 3, 4, 5) makes the PIN screen offer speech and the large text, which
the member may take or leave; 0 and 2 (extended minority: a legal capacity, not a need) offer
nothing. The status is health data: used for the visit only, never kept after it, never logged,
never sent to the central side, never shown (the offer's words are the same for everyone, and
nothing else on the screen differs from a card without a status).

The virtual cards are the shipped profiles (devices/simulated/profiles/), one per value.
"""

from __future__ import annotations

import base64
import dataclasses
import json
import logging

import pytest
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget
from sqlalchemy import inspect, select

from app.services.session import Step
from app.sync.terminal import OutboxEntry
from devices.belpic.identity import Identity, SpecialStatus
from devices.belpic.reader import HolderData
from devices.simulated.profile import load_profile
from tests.ui.test_screen_fit import start

S = Step
PROFILES = {
    0: "alice-dupont-1.7-rsa.toml",
    1: "marc-lenoir-white-cane.toml",
    2: "sofie-claes-extended-minority.toml",
    3: "luc-mertens-white-cane-minority.toml",
    4: "anna-schmitz-yellow-cane.toml",
    5: "paul-dubois-yellow-cane-minority.toml",
}
OFFERED = {1, 3, 4, 5}
# Words that would give the status away, in the four languages and in the program's own names.
TELLING = ("special", "status", "cane", "canne", "stok", "stock", "blind", "aveugle",
           "malvoyant", "slechtziend", "sehbehindert", "minority", "minorité",
           "minderjarig")  # fmt: skip


def shown_texts(window: QWidget) -> set[str]:
    """The texts a person in front of the screen can read now (visible labels and buttons)."""
    texts = set()
    for widget in window.findChildren(QLabel) + window.findChildren(QAbstractButton):
        if widget.isVisibleTo(window) and widget.text():
            texts.add(widget.text())
    return texts


def offer_texts(pin) -> set[str]:
    return {pin.offer_text.text(), pin.offer_speech.text(), pin.offer_large.text()}


def show(kiosk) -> None:
    kiosk.window.resize(1280, 1024)
    kiosk.window.show()
    kiosk.qtbot.waitExposed(kiosk.window)


def at_the_pin_screen(kiosk, status: int):
    profile = load_profile(PROFILES[status])
    assert profile.special_status == status
    kiosk.insert(kiosk.card(profile))
    kiosk.wait_for(S.PIN)
    kiosk.qtbot.wait(50)
    return profile


def test_each_status_has_a_virtual_card():
    assert {status: load_profile(name).special_status for status, name in PROFILES.items()} == {
        status: status for status in PROFILES
    }


@pytest.mark.parametrize("status", sorted(PROFILES))
def test_a_cane_offers_speech_and_large_text_at_the_pin_screen_and_imposes_nothing(
    make_kiosk, status
):
    kiosk = make_kiosk()
    show(kiosk)
    window, pin = kiosk.window, kiosk.controller.pin
    at_the_pin_screen(kiosk, status)
    offered = status in OFFERED
    assert pin.offer.isVisible() is offered
    # Nothing is turned on for the member.
    assert window.speech.enabled is False and window.appearance.large is False
    # Nothing else on the screen differs from a card without a status: a short sentence and
    # two buttons, the same for everyone, and only these.
    kiosk.slot.remove()
    kiosk.wait_for(S.WELCOME)
    at_the_pin_screen(kiosk, 0)
    plain = shown_texts(window)
    kiosk.slot.remove()
    kiosk.wait_for(S.WELCOME)
    at_the_pin_screen(kiosk, status)
    with_status = shown_texts(window)
    for texts in (plain, with_status):  # the holder's own name differs, and only it
        texts.discard(pin.holder_name.text())
    plain.discard("Alice Marie Dupont")
    assert with_status - plain == (offer_texts(pin) if offered else set())
    assert plain - with_status == set()
    assert not any(word in text.lower() for text in with_status for word in TELLING)


@pytest.mark.parametrize("status", sorted(OFFERED))
def test_the_member_chooses_speech_then_large_text_and_the_offer_goes(make_kiosk, status):
    kiosk = make_kiosk()
    show(kiosk)
    window, pin = kiosk.window, kiosk.controller.pin
    at_the_pin_screen(kiosk, status)
    kiosk.click(pin.offer_speech)
    assert window.speech.enabled is True and window.appearance.large is False
    assert pin.offer.isVisible() and not pin.offer_speech.isVisible()
    kiosk.click(pin.offer_large)
    assert window.appearance.large is True
    assert not pin.offer.isVisible()
    # Turned off again from the header: offered again, for this visit.
    window.speech.set_enabled(False)
    assert pin.offer.isVisible() and pin.offer_speech.isVisible()
    assert not pin.offer_large.isVisible()
    kiosk.slot.remove()
    kiosk.wait_for(S.WELCOME)
    assert window.speech.enabled is False and window.appearance.large is False
    assert not pin.offer.isVisibleTo(window) and pin._offered is False


def test_the_offer_is_reached_first_by_keys_and_said_in_the_shown_language(make_kiosk):
    from PySide6.QtCore import Qt

    kiosk = make_kiosk(language="nl")
    show(kiosk)
    window, pin = kiosk.window, kiosk.controller.pin
    window.activateWindow()
    kiosk.qtbot.waitUntil(window.isActiveWindow)
    spoken: list[str] = []
    window.speech.spoken.connect(spoken.append)
    at_the_pin_screen(kiosk, 1)
    from ui import keys

    reachable = keys.controls(window, [window.stack.currentWidget()])
    assert reachable[:2] == [pin.offer_speech, pin.offer_large]
    assert not any(key in reachable for key in pin.pad.keys.values())  # digits: never focused
    # The member (keys in use) takes the offer with Enter.
    pin.offer_speech.setFocus(Qt.FocusReason.TabFocusReason)
    kiosk.qtbot.keyClick(pin.offer_speech, Qt.Key.Key_Return)
    kiosk.qtbot.waitUntil(lambda: window.speech.enabled)
    kiosk.qtbot.waitUntil(lambda: any("pincode" in text.lower() for text in spoken))
    assert pin.pad.field.text() == ""  # Enter chose the offer, typed nothing
    said = " ".join(spoken)
    assert "Lenoir" not in said  # the holder's name is not said aloud


def _values(obj, seen: set[int], depth: int = 0):
    """Every value reachable from `obj`'s attributes (Python's, not Qt's), a few levels down."""
    if id(obj) in seen or depth > 4:
        return
    seen.add(id(obj))
    yield obj
    if isinstance(obj, (str, bytes, int, float, bool, type(None))):
        return
    if isinstance(obj, dict):
        children = list(obj.values())
    elif isinstance(obj, (list, tuple, set, frozenset)):
        children = list(obj)
    elif dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        children = [getattr(obj, f.name, None) for f in dataclasses.fields(obj)]
    else:
        try:
            children = list(vars(obj).values())
        except TypeError:
            return
    for child in children:
        if isinstance(child, type) or (callable(child) and not isinstance(child, QWidget)):
            continue
        yield from _values(child, seen, depth + 1)


def kept_anywhere(kiosk) -> list[str]:
    """What of a card's identity the session still holds: its status, its identity, its read."""
    roots = [kiosk.controller, kiosk.controller.context, kiosk.controller.visit,
             kiosk.controller.card_visit, *kiosk.window.screens.values()]  # fmt: skip
    found = []
    seen: set[int] = set()
    for root in roots:
        for value in _values(root, seen):
            if isinstance(value, (SpecialStatus, Identity, HolderData)):
                found.append(f"{type(value).__name__} under {type(root).__name__}")
    return found


def test_the_status_is_used_for_the_visit_only_never_kept_logged_sent_or_shown(
    make_kiosk, caplog, pki
):
    """A white-cane card of someone who is not a member: the visit that sends the most of a
    card's data (the affiliation form, signed by the card, queued for the central side)."""
    caplog.set_level(logging.DEBUG)  # every logger, every level
    kiosk = make_kiosk(language="fr")
    show(kiosk)
    window, pin = kiosk.window, kiosk.controller.pin
    profile = at_the_pin_screen(kiosk, 1)
    assert pin.offer.isVisible()
    # During the visit the identity (and so the status) is the visit's, as any card's: the
    # search below finds it there.
    assert kiosk.controller.visit.holder.identity.special_status is SpecialStatus.WHITE_CANE
    assert any(found.startswith("HolderData") for found in kept_anywhere(kiosk))
    kiosk.click(pin.offer_speech)
    kiosk.type_pin(profile.pin)
    kiosk.wait_for(S.JOIN)
    join = kiosk.controller.join
    kiosk.click(join.sign_button)
    kiosk.wait_for(S.SIGN_PIN)
    assert not kiosk.controller.sign_pin.offer.isVisible()  # offered once, at the PIN only
    kiosk.type_pin(profile.pin, kiosk.controller.sign_pin)
    kiosk.wait_for(S.DONE)
    kiosk.slot.remove()
    kiosk.wait_for(S.WELCOME)

    # Kept: nowhere, once the visit is over.
    kiosk.assert_nothing_left_of(profile.surname, profile.national_number)
    assert kept_anywhere(kiosk) == []
    assert not pin.offer.isVisibleTo(window) and pin._offered is False
    assert window.speech.enabled is False and window.speech.last == ""

    # Logged: never (the visit's whole log, at DEBUG).
    logged = "\n".join(
        f"{record.name} {record.getMessage()} {record.exc_text or ''}" for record in caplog.records
    ).lower()
    assert "special" not in logged and "white_cane" not in logged and "cane" not in logged

    # Sent: the affiliation request carries the person, not the status.
    with kiosk.outbox.engine.connect() as connection:
        rows = connection.execute(select(OutboxEntry.kind, OutboxEntry.payload)).all()
    assert [kind for kind, _ in rows].count("affiliation.request") == 1
    for kind, payload in rows:
        signed = payload.get("signed_pdf")
        text = json.dumps({k: v for k, v in payload.items() if k != "signed_pdf"}).lower()
        assert not any(word in text for word in ("special", "cane", "status_card")), kind
        assert "white_cane" not in text and "specialstatus" not in text
        if signed:  # the signed form itself says nothing of it either
            assert b"canne" not in base64.b64decode(signed).lower()
    # Neither database has a place for it.
    for engine in (kiosk.outbox.engine, kiosk.central):
        inspector = inspect(engine)
        columns = [
            f"{table}.{column['name']}"
            for table in inspector.get_table_names()
            for column in inspector.get_columns(table)
        ]
        assert not [c for c in columns if "special_status" in c or "cane" in c], columns


def test_at_the_counter_a_cane_card_offers_nothing(make_kiosk):
    """The clerk reads the card; the status is not shown to them, nor offered."""
    from app.store.seed import STAFF

    kiosk = make_kiosk("counter")
    show(kiosk)
    screen = kiosk.controller.staff_login
    screen.login.setText(STAFF[0][0])
    screen.password.setText(STAFF[0][1])
    kiosk.click(screen.login_button)
    kiosk.wait_for(S.DESK)
    kiosk.insert(kiosk.card(load_profile(PROFILES[1])))
    kiosk.wait_for(S.JOIN)
    assert not kiosk.controller.pin.offer.isVisibleTo(kiosk.window)
    assert not any(word in text.lower() for text in shown_texts(kiosk.window) for word in TELLING)


@pytest.mark.parametrize("large", [False, True], ids=["normal", "large"])
def test_the_pin_screen_with_the_offer_and_the_busy_screen_show_their_texts_whole(
    make_kiosk, tmp_path, large
):
    """Four languages, with and without the demo bar; in the large mode the page may scroll
    up and down, nothing may be cut (tests/ui/test_screen_fit.py's walk, for these screens)."""
    fit = start(make_kiosk, tmp_path, "kiosk", large)
    kiosk = fit.kiosk
    pin = kiosk.controller.pin
    at_the_pin_screen(kiosk, 1)
    assert pin.offer.isVisible() and pin.offer_large.isVisible() is not large
    fit.check("PIN pad with the offer")
    kiosk.click(pin.offer_speech)
    if not large:
        fit.check("PIN pad with the offer of the large text")
    kiosk.type_pin("9999")  # a wrong PIN: the tries left, under the offer
    kiosk.qtbot.waitUntil(lambda: pin.message.text() != "", timeout=10_000)
    fit.check("PIN pad with the offer, a wrong PIN")
    kiosk.qtbot.waitUntil(lambda: not kiosk.controller.reading.photo.pixmap().isNull())
    kiosk.window.show_screen("reading")
    fit.check("card read")
    busy = kiosk.window.screens["busy"]
    kiosk.window.show_screen("busy")
    for what in ("identify", "route", "sign", "login", "queue"):
        busy.show_busy(what)
        fit.check(f"one moment ({what})")
    assert fit.problems == [], "\n".join(fit.problems)
