"""Speech guidance (issue 17 §1 and its tests): what the terminal says, that it really comes out,
that a PIN is never spoken, and that nothing of the member is left once the visit ends.

Most tests run on Qt's mock engine (tests/ui/conftest.py); where the real engine matters (the
spoken language's voice, sound produced) they use speech-dispatcher with espeak-ng through the
tests' own daemon (tests/support/speech.py). What is handed to the engine is recorded twice:
`Speech.spoken` (each text the program hands over) and QTextToSpeech.say/enqueue wrapped (each
text that reaches Qt's engine, whoever calls it).
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTextToSpeech import QTextToSpeech
from PySide6.QtWidgets import QApplication

from app.services.session import Step
from tests.support.access import catalogue
from tests.support.speech import ENGINE_LOCALES, loudness, synthesise
from tests.ui.kiosk_harness import member_profile
from ui.accessible import screen_summary, spoken_text
from ui.speech import DEFAULT_RATE, DEFAULT_VOLUME

S = Step
LANGUAGES = ("fr", "nl", "de", "en")
KEYPAD = Qt.KeyboardModifier.KeypadModifier
# "button" as speech says it, in each language (ui/accessible.py role_words, Speech context).
BUTTON = {"fr": "bouton", "nl": "knop", "de": "Schaltfläche", "en": "button"}
VOICES = {"fr": "French (Belgium)", "nl": "Dutch", "de": "German", "en": "English (Great Britain)"}


@pytest.fixture
def engine_said(monkeypatch) -> list[str]:
    """Every text that reaches Qt's speech engine."""
    said: list[str] = []
    say, enqueue = QTextToSpeech.say, QTextToSpeech.enqueue

    def recorded_say(engine, text):
        said.append(text)
        return say(engine, text)

    def recorded_enqueue(engine, text):
        said.append(text)
        return enqueue(engine, text)

    monkeypatch.setattr(QTextToSpeech, "say", recorded_say)
    monkeypatch.setattr(QTextToSpeech, "enqueue", recorded_enqueue)
    return said


def shown(kiosk):
    window = kiosk.window
    window.resize(1280, 1024)
    window.show()
    kiosk.qtbot.waitExposed(window)
    window.activateWindow()
    kiosk.qtbot.waitUntil(window.isActiveWindow)
    return window


def listen(speech) -> tuple[list[str], list[int]]:
    spoken: list[str] = []
    tones: list[int] = []
    speech.spoken.connect(spoken.append)
    speech.toned.connect(lambda: tones.append(1))
    return spoken, tones


def screen_pieces(screen) -> list[str]:
    """The translated texts a screen's words are made of (ui/accessible.py screen_summary)."""
    if screen.accessibleName():
        return [t for t in (screen.accessibleName(), screen.accessibleDescription()) if t]
    return [label.text() for label in (screen.title, getattr(screen, "instruction", None))
            if label is not None and label.text()]  # fmt: skip


def wait_said(kiosk, spoken: list[str], piece: str) -> str:
    kiosk.qtbot.waitUntil(lambda: any(piece in text for text in spoken), timeout=5000)
    return next(text for text in spoken if piece in text)


# -- (a) the words come out as speech, in each language ---------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_welcome_and_pin_screens_words_are_synthesised_and_heard(
    make_kiosk, cases, tmp_path, language
):
    kiosk = make_kiosk(language=language)
    window = shown(kiosk)
    spoken, _tones = listen(window.speech)
    window.speech.set_enabled(True)  # the member's "Speech" (header, or + on the keypad)
    welcome = window.screens["welcome"]
    words = {"welcome": wait_said(kiosk, spoken, screen_summary(welcome))}
    kiosk.insert(kiosk.card(member_profile(cases["active_account"], pin="4679")))
    kiosk.wait_for(S.PIN)
    pin = kiosk.controller.pin
    words["pin"] = wait_said(kiosk, spoken, screen_summary(pin))
    texts = catalogue()
    for where, screen in (("welcome", welcome), ("pin", pin)):
        # In the shown language: each piece is that language's catalogue text.
        for piece in screen_pieces(screen):
            assert piece in texts[language], f"{where}: {piece!r} is not a {language} text"
            assert piece in words[where]
        # And heard: espeak-ng (the engine's synthesiser) makes sound of it in that voice.
        wav = synthesise(words[where], language, tmp_path / f"{where}-{language}.wav")
        heard = loudness(wav)
        assert heard.seconds > 0.5 and heard.rms > 500, (where, words[where], heard)
    # The measure itself tells silence from speech.
    silent = loudness(synthesise("", language, tmp_path / "nothing.wav"))
    assert silent.seconds < 0.5 or silent.rms < 50


# -- (b) a PIN is never spoken ----------------------------------------------------------------


@pytest.mark.parametrize("typed_on", ["pad", "keyboard"])
def test_a_pin_is_never_spoken_and_each_digit_gives_a_tone(
    make_kiosk, cases, engine_said, typed_on
):
    kiosk = make_kiosk(language="fr")
    window = shown(kiosk)
    speech = window.speech
    spoken, tones = listen(speech)
    speech.set_enabled(True)
    wrong, right = "9990", "4679"
    kiosk.insert(kiosk.card(member_profile(cases["active_account"], pin=right)))
    kiosk.wait_for(S.PIN)
    pin = kiosk.controller.pin
    field = pin.pad.field
    wait_said(kiosk, spoken, screen_summary(pin))
    heard_of_the_field: list[str] = []

    def type_pin(code: str) -> None:
        for digit in code:
            if typed_on == "pad":
                kiosk.click(pin.pad.keys[digit])
            else:  # the keypad's digits, whatever has the focus
                target = QApplication.focusWidget() or window
                kiosk.qtbot.keyClick(target, getattr(Qt.Key, f"Key_{digit}"), KEYPAD)
            heard_of_the_field.append(spoken_text(field))
        if typed_on == "pad":
            kiosk.click(pin.pad.ok)
        else:
            kiosk.qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Enter, KEYPAD)

    at_home: list[int] = []
    kiosk.controller.step_changed.connect(
        lambda step: at_home.append(len(spoken)) if step == S.HOME.value else None
    )
    at_pin = spoken.index(wait_said(kiosk, spoken, screen_summary(pin)))
    tones_before = len(tones)
    type_pin(wrong)
    kiosk.qtbot.waitUntil(lambda: pin.message.text() != "", timeout=10_000)
    wait_said(kiosk, spoken, pin.message.text())  # the tries left: announced
    type_pin(right)
    kiosk.wait_for(S.HOME)
    assert len(tones) - tones_before == len(wrong) + len(right)  # a tone per digit
    # What reached the engine is what the program handed over, nothing else (in its order; a
    # text replaced while the one before was being cut short never reaches it).
    assert engine_said and is_subsequence(engine_said, spoken), (engine_said, spoken)
    # No text of the visit holds a PIN typed; from the PIN screen until the card said yes,
    # none holds even one of their digits.
    assert not [text for text in spoken if right in text or wrong in text]
    digits = set(wrong + right)
    while_typing = spoken[at_pin : at_home[0]]
    assert while_typing, spoken
    assert not [text for text in while_typing if digits & set(text)], while_typing
    # The field says its name, never what it holds.
    assert len(heard_of_the_field) == len(wrong) + len(right)
    assert all(
        field.accessibleName() in text and not (digits & set(text)) for text in heard_of_the_field
    ), heard_of_the_field


def test_a_text_holding_what_a_pin_field_holds_is_refused(make_kiosk, cases, engine_said):
    kiosk = make_kiosk()
    window = shown(kiosk)
    speech = window.speech
    spoken, _tones = listen(speech)
    speech.set_enabled(True)
    kiosk.insert(kiosk.card(member_profile(cases["active_account"], pin="4679")))
    kiosk.wait_for(S.PIN)
    for digit in "467":
        kiosk.click(kiosk.controller.pin.pad.keys[digit])
    assert speech.say("the code is 467") is False
    assert not [t for t in spoken + engine_said if "467" in t]


# -- (c) nothing of the member once the visit ends --------------------------------------------


def end_by(kiosk, how: str) -> None:
    if how == "card out":
        kiosk.slot.remove()
    elif how == "timeout":
        kiosk.controller.inactivity.expired.emit()  # what the watch says when time is up
    else:  # the member's Finish
        kiosk.click(kiosk.controller.home.finish_button)
    kiosk.wait_for(S.WELCOME)


@pytest.mark.parametrize("how", ["card out", "timeout", "logout"])
def test_after_the_visit_speech_is_silent_off_and_back_to_its_defaults(
    make_kiosk, cases, engine_said, how
):
    kiosk = make_kiosk()
    window = shown(kiosk)
    speech = window.speech
    spoken, _tones = listen(speech)
    member = cases["active_account"]
    kiosk.insert(kiosk.card(member_profile(member, pin="4679")))
    kiosk.wait_for(S.PIN)
    speech.set_enabled(True)
    kiosk.type_pin("4679")
    kiosk.wait_for(S.HOME)
    first_name = member.first_names.split()[0]
    wait_said(kiosk, spoken, screen_summary(kiosk.controller.home))  # the member's home: said
    speech.change_rate(2)
    speech.change_volume(1)
    window.appearance.set_large(True)
    speech.say(f"{first_name}, a long text left to say", interrupt=False)
    engine = speech.engine
    assert engine.rate() != DEFAULT_RATE or engine.volume() != DEFAULT_VOLUME
    end_by(kiosk, how)
    after = len(spoken), len(engine_said)
    kiosk.qtbot.waitUntil(lambda: engine.state() == QTextToSpeech.State.Ready, timeout=3000)
    assert speech.last == "" and speech.pending() == ""
    assert speech.enabled is False and window.appearance.large is False
    assert (speech.rate, speech.volume) == (DEFAULT_RATE, DEFAULT_VOLUME)
    assert engine.rate() == pytest.approx(DEFAULT_RATE)
    assert engine.volume() == pytest.approx(DEFAULT_VOLUME)
    # Nothing more is said: the welcome screen is not read to the next person.
    kiosk.qtbot.wait(300)
    assert engine.state() == QTextToSpeech.State.Ready
    assert (len(spoken), len(engine_said)) == after
    assert not [t for t in spoken[after[0] :] if first_name in t]


# -- (d) the spoken language follows the displayed one (the real engine) ------------------------


def test_the_voice_follows_a_language_switch(make_kiosk, speech_dispatcher, monkeypatch):
    monkeypatch.setenv("GUICHET_SPEECH_ENGINE", "speechd")
    kiosk = make_kiosk(language="fr")
    window = shown(kiosk)
    speech = window.speech
    spoken, _tones = listen(speech)
    started: list[str] = []
    speech.speaking_started.connect(lambda: started.append(speech.engine.locale().name()))
    speech.set_enabled(True)
    engine = speech.engine
    assert engine is not None and engine.engine() == "speechd"
    kiosk.qtbot.waitUntil(lambda: bool(spoken))  # the welcome screen, in French
    welcome = window.screens["welcome"]
    untranslated = []
    for language in LANGUAGES:
        before = len(spoken)
        if language != "fr":
            window.language_bar.language_chosen.emit(language)  # the member's language button
            # The screen is said again, in the new language, once its texts follow.
            kiosk.qtbot.waitUntil(lambda before=before: len(spoken) > before, timeout=5000)
        words = spoken[-1]
        locale = ENGINE_LOCALES[language]
        assert engine.locale().name() == locale
        assert VOICES[language] in engine.voice().name()
        assert all(piece in words for piece in screen_pieces(welcome)), (words, language)
        untranslated += [p for p in screen_pieces(welcome) if p not in catalogue()[language]]
        # And the engine speaks it, in that locale.
        kiosk.qtbot.waitUntil(lambda locale=locale: locale in started, timeout=10_000)
    assert engine.state() != QTextToSpeech.State.Error, engine.errorString()
    assert untranslated == []  # each time in the language shown


# -- (e) screens, focus and messages are said ---------------------------------------------------


@pytest.mark.parametrize("language", ["fr", "de"])
def test_a_screen_a_control_taking_the_focus_and_a_message_are_said(make_kiosk, cases, language):
    kiosk = make_kiosk(language=language)
    window = shown(kiosk)
    speech = window.speech
    spoken, _tones = listen(speech)
    speech.set_enabled(True)
    kiosk.insert(kiosk.card(member_profile(cases["active_account"], pin="4679")))
    kiosk.wait_for(S.PIN)
    pin = kiosk.controller.pin
    # The screen change: where the member is and what they can do.
    wait_said(kiosk, spoken, screen_summary(pin))
    # A control taking the focus (keys): its name and its role, in the shown language.
    before = len(spoken)
    pin.cancel.setFocus(Qt.FocusReason.TabFocusReason)
    kiosk.qtbot.waitUntil(lambda: len(spoken) > before)
    said = spoken[-1]
    assert said.startswith(f"{pin.cancel.text()}. {BUTTON[language]}"), said
    assert pin.cancel.text() in catalogue()[language]
    # A message that appears: said after what is being said (queued, not cutting it off).
    kiosk.type_pin("9990")
    kiosk.qtbot.waitUntil(lambda: pin.message.text() != "", timeout=10_000)
    wait_said(kiosk, spoken, pin.message.text())


def is_subsequence(part: list[str], whole: list[str]) -> bool:
    """Each text of `part`, in order, is a run of consecutive texts of `whole` said as one (an
    announcement joins the text still waiting for the engine)."""
    start = 0
    for text in part:
        for begin in range(start, len(whole)):
            run = ""
            for end in range(begin, len(whole)):
                run = f"{run} {whole[end]}".strip()
                if run == text:
                    start = end + 1
                    break
                if len(run) >= len(text):
                    break
            else:
                continue
            if start > begin:
                break
        else:
            return False
    return True
