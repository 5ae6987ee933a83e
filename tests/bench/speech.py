"""Speech guidance: the time from a screen change to the start of its speech, on the real engine.

    python -m tests.bench.run speech        (BENCH_CHANGES=… to change the number of changes)

The kiosk's own window (ui/main_window.py: the Guide, speech on) with every screen of a session
(ui/session/screens.py, no backend behind them), on the offscreen platform. The engine is the
terminal's: Qt's speechd plugin on speech-dispatcher with espeak-ng, here the tests' own daemon
whose audio goes to ALSA's null device (tests/support/speech.py): the words are synthesised as
on a terminal, then dropped.

Timed, for each screen change (welcome → reading → PIN → one moment → …): from
`stack.setCurrentWidget(screen)` to `Speech.speaking_started`, the engine's state Speaking (what
the member hears start). Next to it, its baseline: the same words handed directly to
QTextToSpeech.say, from the call to Speaking (the engine's own latency, without the Guide: its
turn of the event loop, the screen's words, the check that no PIN is in them). Each speech is let
finish before the next change. Also the engine's creation, paid when speech is first turned on
(the speechd plugin lists every voice of speech-dispatcher then).
"""

from __future__ import annotations

import os
import statistics
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SCREENS = ("reading", "pin", "busy", "welcome")
WAIT_S = 15.0


def _wait(app, done, timeout: float = WAIT_S) -> bool:
    deadline = time.perf_counter() + timeout
    while not done():
        if time.perf_counter() > deadline:
            return False
        app.processEvents()
        time.sleep(0.0005)
    return True


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def _window(app):
    from ui.app import style_application
    from ui.i18n import Translations
    from ui.main_window import MainWindow
    from ui.session.screens import SessionScreens

    style_application(app)
    translations = Translations(app)
    translations.set_language("fr")
    window = MainWindow(translations, "kiosk")
    # Every screen of a session, as on a terminal: the Guide's check that no masked field's
    # text is in the words runs over every widget alive.
    window.session_screens = SessionScreens(window)
    window.resize(1280, 1024)
    window.show()
    window.activateWindow()
    return window, translations


def _measure(app, window, changes: int) -> tuple[float, list[float], list[float]]:
    from PySide6.QtTextToSpeech import QTextToSpeech

    speech = window.speech
    started_at: list[float] = []
    speech.speaking_started.connect(lambda: started_at.append(time.perf_counter()))

    created = time.perf_counter()
    speech.set_enabled(True)  # the engine is made now (and says the welcome screen)
    creation = time.perf_counter() - created
    engine = speech.engine
    if engine is None or engine.engine() != "speechd":
        raise RuntimeError("the speechd engine did not start (speech-dispatcher, espeak-ng?)")

    def ready() -> bool:
        return engine.state() == QTextToSpeech.State.Ready

    _wait(app, lambda: started_at)
    _wait(app, ready)
    guided, direct = [], []
    for index in range(changes):
        screen = window.screens[SCREENS[index % len(SCREENS)]]
        before = len(started_at)
        changed = time.perf_counter()
        window.stack.setCurrentWidget(screen)
        if not _wait(app, lambda before=before: len(started_at) > before):
            raise RuntimeError(f"no speech after the change to {screen.name}")
        guided.append(started_at[before] - changed)
        words = speech.last
        _wait(app, ready)
        # The baseline: the same words, straight to the engine.
        before = len(started_at)
        said = time.perf_counter()
        engine.say(words)
        if not _wait(app, lambda before=before: len(started_at) > before):
            raise RuntimeError("no speech from QTextToSpeech.say")
        direct.append(started_at[before] - said)
        _wait(app, ready)
    speech.reset()
    return creation, guided, direct


def bench_speech(changes: int | None = None) -> None:
    from PySide6.QtWidgets import QApplication

    from tests.support.speech import SpeechDispatcher, missing

    changes = changes or int(os.environ.get("BENCH_CHANGES", "20"))
    absent = missing()
    if absent:
        raise RuntimeError(f"the speech benchmark needs: {', '.join(absent)}")
    engine_before = os.environ.get("GUICHET_SPEECH_ENGINE")
    os.environ["GUICHET_SPEECH_ENGINE"] = "speechd"
    app = QApplication.instance() or QApplication([])
    try:
        with SpeechDispatcher():
            window, translations = _window(app)
            try:
                creation, guided, direct = _measure(app, window, changes)
            finally:
                window.close()
                window.deleteLater()
                translations.uninstall()
                app.processEvents()
    finally:
        if engine_before is None:
            os.environ.pop("GUICHET_SPEECH_ENGINE", None)
        else:
            os.environ["GUICHET_SPEECH_ENGINE"] = engine_before
    ms = 1000
    ratio = statistics.median(guided) / statistics.median(direct)
    print(f"speech: screen change to the start of its speech, {changes} changes, "
          "speechd + espeak-ng (ALSA null)")  # fmt: skip
    print(f"  screen change → speaking: median {statistics.median(guided) * ms:.0f} ms, "
          f"p95 {_p95(guided) * ms:.0f} ms")  # fmt: skip
    print(f"  baseline, QTextToSpeech.say → speaking (same words): median "
          f"{statistics.median(direct) * ms:.0f} ms, p95 {_p95(direct) * ms:.0f} ms; "
          f"ratio of medians {ratio:.2f}")  # fmt: skip
    print(f"  engine creation (speech first turned on): {creation * ms:.0f} ms")
