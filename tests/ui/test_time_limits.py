"""Time at the terminal (issue 17 §4; EN 301 549 / WCAG 2.2.1, timing adjustable): the countdown's
start is announced on the screen and by speech, "More time" gives the visit its whole limit
again as often as the member asks, and while speech is on the idle limit is the federation's
longer one (a dated parameter the terminal reads from its own copy of the reference tables,
even with the central database out of reach), back to the configured one once the visit ends.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import select

from app.services.session import Step
from app.store import migrate
from app.store.db import make_engine
from app.store.models import FederationParameter
from app.store.reference import parameter_rows
from app.sync.exchange import pull_reference
from tests.ui.kiosk_harness import member_profile

S = Step
PIN = "1234"
SPEECH_LIMIT = "speech_inactivity_seconds"


def visit(make_kiosk, cases, monkeypatch, **options):
    """A member at the home of their file (card and PIN), speech on Qt's mock engine."""
    monkeypatch.setenv("GUICHET_SPEECH_ENGINE", "mock")
    kiosk = make_kiosk(**options)
    kiosk.window.resize(1280, 1024)
    kiosk.window.show()
    kiosk.qtbot.waitExposed(kiosk.window)
    card = kiosk.card(member_profile(cases["active_account"], pin=PIN))
    kiosk.insert(card)
    kiosk.wait_for(S.PIN)
    kiosk.type_pin(PIN)
    kiosk.wait_for(S.HOME)
    return kiosk


def speech_on(kiosk, expected_limit: int) -> list[str]:
    """Speech turned on from the header; the words it says from then on."""
    spoken: list[str] = []
    kiosk.window.speech.spoken.connect(spoken.append)
    kiosk.click(kiosk.window.access_bar.speech)
    watch = kiosk.controller.inactivity
    kiosk.qtbot.waitUntil(lambda: watch.timeout_s == expected_limit)
    return spoken


def test_the_countdown_is_announced_on_screen_and_by_speech(make_kiosk, cases, monkeypatch):
    kiosk = visit(make_kiosk, cases, monkeypatch, timeout_s=3, warn_s=2)
    spoken = speech_on(kiosk, 6)  # no copy of the reference tables yet: twice the setting
    banner = kiosk.window.countdown
    assert not banner.isVisible()
    kiosk.qtbot.waitUntil(banner.isVisible, timeout=8_000)
    shown = banner.text.text()
    assert shown.startswith("Are you still there? Your session ends in 2 seconds.")
    assert "More time" in shown  # what to do to go on
    kiosk.qtbot.waitUntil(lambda: shown in spoken)  # said once, as it appeared
    kiosk.qtbot.waitUntil(lambda: banner.seconds == 1)
    assert sum("Are you still there?" in words for words in spoken) == 1  # not every second
    assert banner.stay.text() == "More time"


def test_more_time_gives_the_whole_limit_again_as_often_as_asked(make_kiosk, cases, monkeypatch):
    kiosk = visit(make_kiosk, cases, monkeypatch, timeout_s=3, warn_s=2)
    banner, watch = kiosk.window.countdown, kiosk.controller.inactivity
    for _ in range(3):
        kiosk.qtbot.waitUntil(banner.isVisible, timeout=5_000)
        assert watch.remaining <= 2
        kiosk.click(banner.stay)
        assert watch.remaining == 3  # the whole limit, not a few seconds
        assert not banner.isVisible()
        assert kiosk.step == S.HOME
    # Without an answer, the visit ends at zero.
    kiosk.qtbot.waitUntil(banner.isVisible, timeout=5_000)
    kiosk.wait_for(S.WELCOME, timeout=5_000)
    assert not banner.isVisible()


def test_with_speech_on_the_idle_limit_is_the_federation_s_longer_one(
    make_kiosk, cases, monkeypatch
):
    kiosk = visit(make_kiosk, cases, monkeypatch, timeout_s=90)
    watch = kiosk.controller.inactivity
    assert watch.timeout_s == 90
    speech_on(kiosk, 180)  # no copy of the reference tables yet: twice the setting
    kiosk.click(kiosk.window.access_bar.speech)
    kiosk.qtbot.waitUntil(lambda: watch.timeout_s == 90)
    # The terminal's copy of the reference tables, then the central database out of reach:
    # the copy answers.
    pull_reference(kiosk.outbox.engine, kiosk.central)
    kiosk.backend.central = make_engine("sqlite:////nonexistent/central.sqlite")
    speech_on(kiosk, 240)  # 240 s from 28/06/2025 (app/store/reference.py)
    assert watch.active and watch.remaining == 240
    kiosk.click(kiosk.window.access_bar.speech)  # speech off: the setting again
    kiosk.qtbot.waitUntil(lambda: watch.timeout_s == 90)
    kiosk.click(kiosk.window.access_bar.speech)
    kiosk.qtbot.waitUntil(lambda: watch.timeout_s == 240)
    # The visit ends with speech on: the next one starts with the configured limit.
    kiosk.slot.remove()
    kiosk.wait_for(S.WELCOME)
    assert not kiosk.window.speech.enabled and watch.timeout_s == 90
    kiosk.insert(kiosk.card(member_profile(cases["active_account"], pin=PIN)))
    kiosk.wait_for(S.PIN)
    assert watch.active and watch.timeout_s == 90 and watch.remaining > 80


def test_a_configured_limit_longer_than_the_federation_s_stays(make_kiosk, cases, monkeypatch):
    kiosk = visit(make_kiosk, cases, monkeypatch, timeout_s=600)
    pull_reference(kiosk.outbox.engine, kiosk.central)
    speech_on(kiosk, 600)
    kiosk.qtbot.wait(200)  # the copy's 240 read meanwhile does not shorten it
    assert kiosk.controller.inactivity.timeout_s == 600


def test_speech_turned_on_before_the_card_gives_the_visit_the_longer_limit(
    make_kiosk, cases, monkeypatch
):
    monkeypatch.setenv("GUICHET_SPEECH_ENGINE", "mock")
    kiosk = make_kiosk(timeout_s=90)
    pull_reference(kiosk.outbox.engine, kiosk.central)
    kiosk.window.show()
    kiosk.qtbot.waitExposed(kiosk.window)
    kiosk.click(kiosk.window.access_bar.speech)  # at the welcome screen
    watch = kiosk.controller.inactivity
    kiosk.qtbot.waitUntil(lambda: watch.timeout_s == 240)
    assert not watch.active
    kiosk.insert(kiosk.card(member_profile(cases["active_account"], pin=PIN)))
    kiosk.wait_for(S.PIN)
    assert watch.active and watch.remaining > 200


def test_existing_databases_get_the_speech_limit_for_every_federation(central):
    """Migration 0018: a database made before it gets the row the seed gives a new one."""
    with central.connect() as connection:
        seeded = sorted(
            connection.execute(
                select(
                    FederationParameter.federation_id,
                    FederationParameter.value,
                    FederationParameter.valid_from,
                ).where(FederationParameter.name == SPEECH_LIMIT)
            ).all()
        )
    expected = sorted(
        (row["federation_id"], row["value"], row["valid_from"])
        for row in parameter_rows()
        if row["name"] == SPEECH_LIMIT
    )
    assert seeded == expected and expected
    assert {value for _fed, value, _from in expected} == {Decimal(240)}
    assert {since for _fed, _value, since in expected} == {dt.date(2025, 6, 28)}
    migrate.downgrade(central, "0017")
    with central.connect() as connection:
        gone = connection.execute(
            select(FederationParameter.id).where(FederationParameter.name == SPEECH_LIMIT)
        ).all()
    assert gone == []
    migrate.upgrade(central)
    with central.connect() as connection:
        rows = connection.execute(
            select(
                FederationParameter.federation_id,
                FederationParameter.value,
                FederationParameter.valid_from,
                FederationParameter.source,
            ).where(FederationParameter.name == SPEECH_LIMIT)
        ).all()
    assert sorted(row[:3] for row in rows) == expected
    assert all("WCAG 2.2.1" in row.source for row in rows)
