"""`guichet`: starts the terminal (kiosk) or counter program.

The welcome screen first, the rest after (issue 18). `main` imports only what the first window
needs — Qt, the settings, the translations, the main window with its welcome screen — and puts it
on the glass; then `Loading` brings in what a visit needs while the member reads it: the modules
in a thread (about 1.3 s of imports: SQLAlchemy, the services, the screens), then the program's
parts on the GUI thread, one per event-loop turn (the terminal database and the sync, the card
reader, the services, the session's screens and controller). A card already in the reader when
the reader's watch starts is read as if inserted then (devices/card_slot.py), so a member who
inserts it while the program loads goes on to the PIN screen. The welcome's own buttons wait for
the load (`WelcomeScreen.hold`); languages, speech and the large mode work from the first frame.
systemd hears READY once the load is done: the terminal can serve.

This module's imports are the first screen's: what the load needs is imported in `Loading`.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys
import threading
import tomllib
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

from app.config import (
    LANGUAGES,
    MODES,
    ConfigError,
    default_config_file,
    load_terminal_settings,
)
from app.domain.codes import TerminalMode
from ui.appearance import palette, stylesheet
from ui.first_paint import FirstPaint
from ui.i18n import MissingTranslations, Translations
from ui.lockdown import KioskGuard
from ui.main_window import MainWindow

log = logging.getLogger(__name__)


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="guichet", description=__doc__)
    parser.add_argument("--version", action=_Version, nargs=0, help="show the version and exit")
    parser.add_argument("--mode", choices=MODES, help="kiosk (terminal, default) or counter")
    parser.add_argument("--language", choices=LANGUAGES, help="language of the first screen")
    parser.add_argument("--config", type=Path, help="settings file (TOML)")
    parser.add_argument(
        "--simulated-card",
        metavar="PROFILE",
        help="demo: a simulated card reader in the window (a profile file, or 'demo')",
    )
    parser.add_argument(
        "--screenshot",
        type=Path,
        metavar="PNG",
        help="save a picture of the screen once the first screen is drawn, then quit",
    )
    parser.add_argument(
        "--exit-when-ready",
        action="store_true",
        help="print 'ready' once the first screen is drawn, then quit (start-up benchmark)",
    )
    return parser.parse_args(argv)


class _Version(argparse.Action):
    """--version, its line read only when asked: importlib.metadata is 40 ms of every start."""

    def __call__(self, parser, namespace, values, option_string=None):
        from app.version import version_line

        print(version_line())
        parser.exit()


def style_application(app: QApplication) -> None:
    """The normal mode's stylesheet and palette, as the program starts (the large mode is a
    window's: ui/appearance.py); the tests, the screenshots and the benchmarks start the same.
    The stylesheet only when it changed: setting one polishes again every widget alive."""
    normal = stylesheet(large=False)
    if app.styleSheet() != normal:
        app.setStyleSheet(normal)
    app.setPalette(palette(False))


def _intended_mode(args: argparse.Namespace) -> str:
    """The mode asked for, when the settings cannot be loaded: the command line, GUICHET_MODE,
    or the settings file's own `mode` when it can be read; kiosk (the default) otherwise."""
    candidates = [args.mode, os.environ.get("GUICHET_MODE")]
    try:
        path = args.config or Path(os.environ.get("GUICHET_CONFIG", default_config_file()))
        with path.open("rb") as fh:
            candidates.append(tomllib.load(fh).get("mode"))
    except (OSError, tomllib.TOMLDecodeError):
        pass
    return next((mode for mode in candidates if mode in MODES), "kiosk")


def _cannot_start(
    args: argparse.Namespace,
    mode: str,
    reason: str,
    *,
    language: str | None = None,
    staff_code_hash: str = "",
) -> int:
    """A terminal that cannot serve. Kiosk: the out-of-order screen, READY and the watchdog
    going (systemd must not restart it in a loop: the fault is not in the program), the reason
    for staff behind the hidden corner and in the journal; an installed update restarts it.
    Counter: a message on stderr and exit status 2."""
    if mode != "kiosk":
        print(f"guichet: {reason}", file=sys.stderr)
        return 2
    from ui.out_of_order import load_stylesheet as load_out_of_order_style
    from ui.out_of_order import read_staff_code_hash, show_out_of_order

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Guichet")
    load_out_of_order_style(app)
    return show_out_of_order(
        app,
        reason,
        language=language if language in LANGUAGES else "fr",
        staff_code_hash=staff_code_hash or read_staff_code_hash(),
        can_restart=True,
        watch_updates=True,
        exit_when_ready=2 if args.exit_when_ready else None,
        screenshot=args.screenshot,
        screenshot_exit=2,
    )


def _save_screenshot(window: MainWindow, path: Path) -> None:
    if QApplication.platformName() == "xcb" and window.screen() is not None:
        # The whole screen, so the picture shows the window really is full screen.
        picture = window.screen().grabWindow(0)
    else:
        picture = window.grab()
    path.parent.mkdir(parents=True, exist_ok=True)
    picture.save(str(path))
    print(f"screenshot saved to {path}", flush=True)
    quit_program(window)


def quit_program(window: MainWindow) -> None:
    """Quit on purpose (screenshot, start-up benchmark): the kiosk guard refuses every close
    request, and Qt cancels quit() when a window refuses, so the guard is told first."""
    guard = getattr(window, "kiosk_guard", None)
    if guard is not None:
        guard.allow_exit()
    QApplication.instance().quit()


# What the load imports, in the thread, while the welcome screen is on the glass: the modules
# `Loading`'s steps use, and through them the services, the sync and every screen.
LOADED_MODULES = (
    "sqlalchemy.exc",
    "app.sync.runtime",
    "app.services.kiosk",
    "app.services.local_token_provider",
    "ui.wiring",
    "ui.printing",
    "ui.watchdog",
    "ui.widgets.card_bar",
    "ui.session",
)


class Loading(QObject):
    """What a visit needs, loaded once the welcome screen is drawn (see the module's text).

    `loaded` when the terminal can serve; `failed` with the reason when it cannot (the
    terminal database, the card reader's settings…): `main` then shows the out-of-order screen.
    `steps()` are the GUI thread's parts, in order; `start()` runs them one per event-loop turn
    once the imports are done."""

    loaded = Signal()
    failed = Signal(str)
    _imported = Signal(object)  # from the import thread: None, or the exception it met

    def __init__(self, app: QApplication, window: MainWindow, settings):
        super().__init__(window)
        self.app, self.window, self.settings = app, window, settings
        self.runtime = self.setup = self.backend = self.controller = self.watchdog = None
        self.failure: str | None = None
        self._steps = None
        self._imported.connect(self._imports_done)  # queued: emitted by the import thread

    def start(self) -> None:
        threading.Thread(target=self._import, name="guichet-load", daemon=True).start()

    def _import(self) -> None:
        try:
            for name in LOADED_MODULES:
                importlib.import_module(name)
        except Exception as exc:  # a broken installation: said on the out-of-order screen
            self._imported.emit(exc)
        else:
            self._imported.emit(None)

    def _imports_done(self, error: BaseException | None) -> None:
        if error is not None:
            self._fail(f"the program is incomplete: {type(error).__name__}: {error}")
            return
        self._steps = self.steps()
        QTimer.singleShot(0, self, self._next)

    def _next(self) -> None:
        try:
            failure = next(self._steps)
        except StopIteration:
            self.loaded.emit()
            return
        except Exception as exc:  # a defect: a known state (out of order), its trace logged
            log.exception("the program could not load")
            failure = f"the program could not load: {type(exc).__name__}: {exc}"
        if failure:
            self._fail(failure)
        else:
            QTimer.singleShot(0, self, self._next)

    def _fail(self, reason: str) -> None:
        if self.runtime is not None:
            self.runtime.stop()
        self.failure = reason
        self.failed.emit(reason)

    def steps(self):
        """The parts, made one per turn; each yields None, or the reason the terminal cannot
        serve."""
        from sqlalchemy.exc import SQLAlchemyError

        from app.services.kiosk import KioskBackend
        from app.services.local_token_provider import LocalTokenProvider
        from app.sync.runtime import SyncRuntime
        from ui.printing import Printer
        from ui.session import SessionController
        from ui.watchdog import UpdateWatch, Watchdog
        from ui.widgets.card_bar import SimulatedCardBar
        from ui.widgets.sync_indicator import SyncBridge
        from ui.wiring import card_setup

        app, window, settings = self.app, self.window, self.settings
        bridge = SyncBridge(app)
        bridge.status.connect(window.sync_indicator.show_status)
        try:
            self.runtime = runtime = SyncRuntime(settings, on_status=bridge.publish)
        except (SQLAlchemyError, OSError) as exc:
            yield f"the terminal database cannot be opened: {exc}"
            return
        app.aboutToQuit.connect(runtime.stop)
        yield None
        try:
            self.setup = setup = card_setup(settings)
        except (ConfigError, OSError, RuntimeError) as exc:
            yield str(exc)
            return
        yield None
        # The local token provider is the demo's; a real terminal plugs the federal one here.
        provider = (
            LocalTokenProvider(runtime.central, settings.token_secret.encode())
            if settings.simulated_card
            else None
        )
        self.backend = backend = KioskBackend(
            runtime.central,
            runtime.outbox,
            trust=setup.trust,
            pkcs11_module=setup.pkcs11_module,
            terminal_id=settings.terminal_id,
            identity_provider=provider,
            staff_code_hash=settings.staff_code_hash,
            on_queued=runtime.queued,
            is_online=lambda: runtime.sync.status.online,
            gate=runtime.gate_client(),
            agency=settings.agency,
            ticket_letter=settings.ticket_letter if settings.mode == TerminalMode.KIOSK else "",
        )
        yield None
        # The session's screens and controller; the card reader's watch starts here, and a card
        # already in the reader is read at once.
        self.controller = controller = SessionController(
            window,
            backend,
            setup.card,
            timeout_s=settings.inactivity_seconds,
            printer=Printer(settings.printer),
        )
        bridge.status.connect(controller.show_sync_status)
        app.aboutToQuit.connect(controller.stop)
        controller.guard = getattr(window, "kiosk_guard", None)
        yield None
        if setup.insert is not None and setup.remove is not None:
            bar = SimulatedCardBar(setup.profiles, setup.insert, setup.remove, window)
            window.add_bottom_bar(bar)
            yield None  # shown on the next turn (a widget added to a window on the glass)
        # The heartbeat (app/fleet/heartbeat.py) says whether a card reader is there: the card
        # backend's state machine knows.
        runtime.heartbeat.reader_present = lambda: setup.card.reader_present
        runtime.check_forms_with(setup.trust.roots)
        runtime.start()
        # systemd: READY now that a visit can start, then WATCHDOG from this (GUI) thread and
        # STATUS following the visit; in kiosk mode, restart for an update when idle.
        self.watchdog = watchdog = Watchdog(parent=window)
        watchdog.follow(controller.activity, controller.step_changed)
        if settings.mode == TerminalMode.KIOSK:
            UpdateWatch(watchdog, controller.activity, lambda: quit_program(window)).start()
            # Speech's engine made while the welcome screen waits (ui/speech.py): "Speech" then
            # speaks at once.
            QTimer.singleShot(1500, window, window.speech.prepare_in_background)
        window.screens["welcome"].hold(False)
        watchdog.ready()


def first_screen(window: MainWindow, settings) -> None:
    """The main window as it first shows, before the load: the terminal's languages, the
    welcome's buttons waiting, and (kiosk) locked from the first frame."""
    window.offer_languages(settings.languages)
    window.screens["welcome"].hold(True)
    if settings.mode == TerminalMode.KIOSK:
        window.kiosk_guard = KioskGuard(window)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    try:
        settings = load_terminal_settings(
            args.config,
            mode=args.mode,
            language=args.language,
            simulated_card=args.simulated_card,
        )
    except ConfigError as exc:
        return _cannot_start(args, _intended_mode(args), str(exc), language=args.language)

    def cannot_start(reason: str) -> int:
        return _cannot_start(
            args,
            settings.mode,
            reason,
            language=settings.language,
            staff_code_hash=settings.staff_code_hash,
        )

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Guichet")
    style_application(app)
    translations = Translations(app)
    try:
        translations.set_language(settings.language)
    except MissingTranslations as exc:
        return cannot_start(str(exc))

    # The welcome screen on the glass first; its buttons wait for the load.
    window = MainWindow(translations, settings.mode)
    first_screen(window, settings)
    loading = Loading(app, window, settings)
    loading.failed.connect(lambda _reason: quit_program(window))
    if args.screenshot:
        loading.loaded.connect(
            lambda: _after_paint(window, lambda: _save_screenshot(window, args.screenshot))
        )
    elif args.exit_when_ready:

        def loaded() -> None:
            print("loaded", flush=True)
            quit_program(window)

        loading.loaded.connect(lambda: _after_paint(window, loaded))

    def drawn() -> None:
        if args.exit_when_ready and not args.screenshot:
            print("ready", flush=True)  # the welcome screen is drawn (the start-up benchmark)
        loading.start()

    FirstPaint(window.current_screen, drawn)
    window.show_for_mode()
    status = app.exec()
    if loading.failure is not None:
        window.hide()
        window.deleteLater()
        return cannot_start(loading.failure)
    return status


def _after_paint(window: MainWindow, action) -> None:
    """`action` once the screen shown is painted again (the load changed it: the sync's state,
    the demo's card bar)."""
    FirstPaint(window.current_screen, action)
    window.current_screen.update()


if __name__ == "__main__":
    sys.exit(main())
