"""Speech guidance (issue 17): what a screen reader would say, spoken by the terminal itself.

`Speech` owns the engine: Qt's QTextToSpeech (PySide6-Addons) on speech-dispatcher with espeak-ng,
made the first time speech is turned on (it takes a second or two, never at start-up). The spoken
language is the displayed one and follows a switch. The member can pause, repeat and change the
speed and the volume; `reset()` at the end of a visit stops it, empties what it was to say, and
puts speech off and the speed and volume back to their defaults.

Every text goes through `say()`, which refuses one that holds what is typed in a password field
(a PIN, a password): a masked field is never spoken, each digit is confirmed by a tone (`tone()`).
`spoken` is emitted with each text handed to the engine, and `toned` with each tone: what the
tests record.

`Guide` decides what is said: on a screen change, where the member is and what they can do
(the screen's accessible name and description, or its title and instruction as shown); on a
focus change, the control's name, role, state and description from QAccessible, the words a
screen reader gets (ui/accessible.py); and each message announced (ui/accessible.py announce()).
"""

from __future__ import annotations

import logging
import os
import time

from PySide6.QtCore import QLocale, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QLineEdit, QStackedWidget, QWidget

from ui.accessible import announcer, screen_summary, spoken_text

log = logging.getLogger(__name__)

ENGINE_ENV = "GUICHET_SPEECH_ENGINE"  # "speechd" (default), "mock" (Qt's own, tests), "none"
# The voices espeak-ng offers through speech-dispatcher, by interface language: there is no
# Belgian Dutch voice, Dutch is the Netherlands' (reference/accessibility.md §2).
LOCALES = {
    "fr": ("fr_BE", "fr_FR"),
    "nl": ("nl_BE", "nl_NL"),
    "de": ("de_BE", "de_DE"),
    "en": ("en_GB", "en_US"),
}
DEFAULT_RATE = 0.0  # QTextToSpeech: -1 (slowest) … 1 (fastest)
DEFAULT_VOLUME = 0.7
RATE_STEP = 0.25
CUT_WAIT_S = 3.0  # a text cut short is done within this, or the engine is given up
VOLUME_STEP = 0.15


class Speech(QObject):
    """On or off, the engine, and the controls a member has over it."""

    enabled_changed = Signal(bool)
    language_changed = Signal(str)  # the displayed language changed: the guide says it again
    spoken = Signal(str)  # each text handed to the engine
    toned = Signal()  # each key tone (a PIN digit)
    speaking_started = Signal()  # the engine began to speak (the latency benchmark)

    def __init__(self, parent: QObject | None = None, *, engine: str | None = None):
        super().__init__(parent)
        self.engine_name = engine or os.environ.get(ENGINE_ENV, "speechd")
        self.enabled = False
        self.paused = False
        self.rate = DEFAULT_RATE
        self.volume = DEFAULT_VOLUME
        self.language = "en"
        self.last = ""  # the last screen's words, for "Repeat"
        self._engine = None
        self._engine_failed = False
        self._making = None  # the thread making the engine (prepare_in_background)
        self._waiting = ""  # said once the engine is there or done cutting short
        self._busy = False  # a text handed over and not finished
        self._cancelling: float | None = None  # when a cut was asked and not yet done
        self._made.connect(self._adopt)  # queued: emitted by the thread that made it
        self._tone = None
        self.said_at: float | None = None  # monotonic time of the last say(), for the bench

    # -- the engine ------------------------------------------------------------------------
    _made = Signal(object)  # an engine made off the GUI thread (`prepare_in_background`)

    @property
    def engine(self):
        """The QTextToSpeech, made once; None when speech cannot run here (no plugin, no
        speech-dispatcher) — the screens go on, silent, and it is logged once — or while it is
        being made in the background (what was to be said is said once it is there)."""
        if self._engine is None and not self._engine_failed and self.engine_name != "none":
            if self._making is not None:
                return None
            self._adopt(_make_engine(self.engine_name))
        return self._engine

    def prepare_in_background(self) -> None:
        """Make the engine now, off the GUI thread: Qt's speechd plugin lists every voice of
        speech-dispatcher (some 13,000 with espeak-ng: 2–3 s), and a speech-dispatcher without a
        working sound output never answers. The kiosk calls this once its first screen is drawn,
        so that "Speech" speaks at once and a broken sound set-up never freezes the screen. A
        plain daemon thread: one stuck in speech-dispatcher never holds the program's exit."""
        if self._engine is not None or self._making is not None or self.engine_name == "none":
            return
        if self.engine_name == "mock":  # Qt's test engine starts a timer: the GUI thread's
            self.engine  # noqa: B018
            return
        import threading

        def make() -> None:
            engine = _make_engine(self.engine_name)
            if engine is not None:
                engine.moveToThread(self.thread())  # the GUI thread's, where it is used
            self._made.emit(engine)  # queued to the GUI thread

        self._making = threading.Thread(target=make, name="speech-engine", daemon=True)
        self._making.start()

    def _adopt(self, engine) -> None:
        self._making = None
        if engine is None:
            self._engine_failed = True
            return
        engine.setParent(self)
        engine.stateChanged.connect(self._state_changed)
        self._engine = engine
        self._apply_language()
        engine.setRate(self.rate)
        engine.setVolume(self.volume)
        if self.enabled and self._waiting:
            words, self._waiting = self._waiting, ""
            engine.say(words)

    def _state_changed(self, state) -> None:
        from PySide6.QtTextToSpeech import QTextToSpeech

        if state == QTextToSpeech.State.Speaking:
            self._busy = True
            self.speaking_started.emit()
        elif state == QTextToSpeech.State.Ready:
            self._busy = False
            self._cancelling = None
            if self._waiting and self.enabled and self._engine is not None:
                words, self._waiting = self._waiting, ""
                self._busy = True
                self._engine.say(words)
        elif state == QTextToSpeech.State.Error and self._engine is not None:
            self._busy = False
            self._cancelling = None
            log.warning("speech engine error: %s", self._engine.errorString())

    def _apply_language(self) -> None:
        engine = self._engine
        if engine is None:
            return
        available = {locale.name() for locale in engine.availableLocales()}
        for name in LOCALES.get(self.language, ("en_GB",)):
            if name in available:
                engine.setLocale(QLocale(name))
                return

    # -- on, off, the language ---------------------------------------------------------------
    def set_enabled(self, enabled: bool) -> None:
        if enabled == self.enabled:
            return
        self.enabled = enabled
        if not enabled:
            self.stop()
        else:
            self.engine  # noqa: B018 - made now, not at the first word
        self.enabled_changed.emit(enabled)

    def toggle(self) -> None:
        self.set_enabled(not self.enabled)

    def set_language(self, code: str) -> None:
        changed = code != self.language
        self.language = code
        self._apply_language()
        if changed:
            self.language_changed.emit(code)

    # -- speaking ------------------------------------------------------------------------------
    def say(self, text: str, *, interrupt: bool = True) -> bool:
        """Hand `text` to the engine when speech is on; never what a masked field holds."""
        text = " ".join(text.split())
        if not self.enabled or not text:
            return False
        if _holds_a_secret(text):
            log.error("speech refused a text holding what a masked field holds")
            return False
        engine = self.engine
        self.said_at = time.monotonic()
        self.spoken.emit(text)
        self.paused = False
        if engine is None or self._cancelling is not None:
            # Not made yet, or a text being cut short: said once the engine is there or the
            # cut is done (`_state_changed`), never two cuts in flight (see `_interrupt`).
            self._waiting = text if interrupt else f"{self._waiting} {text}".strip()
            return True
        if interrupt and self._busy:
            self._waiting = text  # first: the cut may be done before stop() returns
            self._interrupt()
            return True
        self._busy = True
        if interrupt:
            engine.say(text)
        else:
            engine.enqueue(text)
        return True

    def _interrupt(self) -> None:
        """Cut the engine short, once: with no working sound output speech-dispatcher never
        finishes a text, and a second cut waits on the first for ever — on the GUI thread.
        If the first is not done within CUT_WAIT_S, the engine is given up (logged): the
        screens go on, silent, rather than freeze."""
        self._cancelling = time.monotonic()
        self._engine.stop()
        QTimer.singleShot(int(CUT_WAIT_S * 1000), self, self._cut_overdue)

    def _cut_overdue(self) -> None:
        since = self._cancelling
        if since is not None and time.monotonic() - since >= CUT_WAIT_S:
            log.error("speech engine stopped answering (no sound output?): speech given up")
            self._engine_failed = True
            self._engine = None
            self._cancelling = None
            self._waiting = ""

    def tone(self) -> None:
        """A key's tone, for a PIN digit or its correction: the member hears the key was
        taken, never which."""
        if not self.enabled:
            return
        self.toned.emit()
        if self._tone is None:
            self._tone = _key_tone(self)
        if self._tone is not None:
            self._tone.setVolume(self.volume)
            self._tone.play()

    def stop(self) -> None:
        """Silence: nothing waiting, and the engine cut short if it speaks or is about to (a
        text handed over reads Ready until speech-dispatcher starts it)."""
        self._waiting = ""
        if (
            self._engine is not None
            and self._cancelling is None
            and (self._busy or self._engine.state() != self._engine.State.Ready)
        ):
            self._interrupt()
        self.paused = False

    def pause_or_resume(self) -> None:
        engine = self.engine if self.enabled else None
        if engine is None:
            return
        if self.paused:
            engine.resume()
        else:
            engine.pause()
        self.paused = not self.paused

    def repeat(self) -> None:
        if self.last:
            self.say(self.last)

    def change_rate(self, steps: int) -> None:
        self.rate = max(-1.0, min(1.0, self.rate + steps * RATE_STEP))
        if self._engine is not None:
            self._engine.setRate(self.rate)

    def change_volume(self, steps: int) -> None:
        self.volume = max(0.2, min(1.0, self.volume + steps * VOLUME_STEP))
        if self._engine is not None:
            self._engine.setVolume(self.volume)

    def pending(self) -> str:
        """What is kept to say or repeat, on or off (the tests: nothing of the member after a
        visit)."""
        return f"{self._waiting} {self.last}".strip()

    def reset(self) -> None:
        """A visit ends: silence, nothing kept to repeat, speech off, the speed and the volume
        back to their defaults (EN 301 549 5.1.3.13)."""
        self.stop()
        self.last = ""
        self.rate, self.volume = DEFAULT_RATE, DEFAULT_VOLUME
        if self._engine is not None:
            self._engine.setRate(self.rate)
            self._engine.setVolume(self.volume)
        self.set_enabled(False)


def _make_engine(name: str):
    """A QTextToSpeech on `name`, or None (logged) when it cannot run here."""
    try:
        from PySide6.QtTextToSpeech import QTextToSpeech

        if name not in QTextToSpeech.availableEngines():
            log.error("speech engine %s is not installed", name)
            return None
        return QTextToSpeech(name)
    except Exception:
        log.exception("speech cannot start (engine %s)", name)
        return None


def _holds_a_secret(text: str) -> bool:
    app = QApplication.instance()
    if app is None:
        return False
    for field in app.allWidgets():
        if (
            isinstance(field, QLineEdit)
            and field.echoMode() != QLineEdit.EchoMode.Normal
            and len(field.text()) >= 3
            and field.text() in text
        ):
            return True
    return False


def _key_tone(parent: QObject):
    """A short tone (resources/sounds/key.wav, 60 ms at 1 kHz) played by aplay (alsa-utils):
    no multimedia stack to load for one beep. None where aplay is missing."""
    import shutil

    from PySide6.QtCore import QProcess

    from resources import SOUNDS

    aplay = shutil.which("aplay")
    if aplay is None:
        return None

    class Tone:
        def setVolume(self, _volume: float) -> None:
            pass  # the system's volume: the key tone is short and fixed

        def play(self) -> None:
            QProcess.startDetached(aplay, ["-q", str(SOUNDS / "key.wav")])

    return Tone()


class Guide(QObject):
    """What speech says, and when: the screen, the control that takes the focus, a message."""

    def __init__(self, speech: Speech, window, stack: QStackedWidget):
        super().__init__(window)
        self.speech = speech
        self.window = window
        self.stack = stack
        self._screen_pending = False
        stack.currentChanged.connect(lambda _index: self.screen_changed())
        QApplication.instance().focusChanged.connect(self._focus_changed)
        announcer().message.connect(self._announced)
        speech.enabled_changed.connect(self._enabled)
        # A language chosen: the screen said again, in it (once its texts are retranslated).
        speech.language_changed.connect(lambda _code: self.screen_changed())

    def _enabled(self, on: bool) -> None:
        if on:
            self.speak_screen()

    def screen_changed(self) -> None:
        # After the screen's own showEvent (its focus, its texts): at the next turn of the loop.
        if self.speech.enabled and not self._screen_pending:
            self._screen_pending = True
            QTimer.singleShot(0, self, self.speak_screen)

    def speak_screen(self) -> None:
        """Where the member is and what they can do, then the control that has the focus."""
        self._screen_pending = False
        if not self.speech.enabled:
            return
        words = screen_summary(self.stack.currentWidget())
        focus = QApplication.focusWidget()
        if focus is not None and self.window.isAncestorOf(focus):
            words = f"{words} {spoken_text(focus)}"
        if self.speech.say(words):  # refused (a secret in it): not kept to repeat either
            self.speech.last = words

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if self._screen_pending or new is None or not self.speech.enabled:
            return
        if self.window.isAncestorOf(new):
            self.speech.say(spoken_text(new))

    def _announced(self, text: str) -> None:
        self.speech.say(text, interrupt=False)
