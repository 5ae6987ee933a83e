"""`guichet`: starts the terminal (kiosk) or counter program."""

from __future__ import annotations

import argparse
import os
import sys
import tomllib
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from sqlalchemy.exc import SQLAlchemyError

from app.config import (
    LANGUAGES,
    MODES,
    ConfigError,
    default_config_file,
    load_terminal_settings,
)
from app.domain.codes import TerminalMode
from app.services.kiosk import KioskBackend
from app.services.local_token_provider import LocalTokenProvider
from app.sync.runtime import SyncRuntime
from app.version import version_line
from ui.appearance import palette, stylesheet
from ui.i18n import MissingTranslations, Translations
from ui.lockdown import KioskGuard
from ui.main_window import MainWindow
from ui.out_of_order import load_stylesheet as load_out_of_order_style
from ui.out_of_order import read_staff_code_hash, show_out_of_order
from ui.printing import Printer
from ui.session import SessionController
from ui.watchdog import FirstPaint as _FirstPaint
from ui.watchdog import UpdateWatch, Watchdog
from ui.widgets.card_bar import SimulatedCardBar
from ui.widgets.sync_indicator import SyncBridge
from ui.wiring import card_setup


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="guichet", description=__doc__)
    parser.add_argument("--version", action="version", version=version_line())
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

    app = QApplication(sys.argv[:1])
    app.setApplicationName("Guichet")
    style_application(app)
    translations = Translations(app)
    try:
        translations.set_language(settings.language)
    except MissingTranslations as exc:
        return cannot_start(str(exc))

    window = MainWindow(translations, settings.mode)
    window.offer_languages(settings.languages)
    bridge = SyncBridge(app)
    bridge.status.connect(window.sync_indicator.show_status)
    try:
        runtime = SyncRuntime(settings, on_status=bridge.publish)
    except (SQLAlchemyError, OSError) as exc:
        window.deleteLater()
        return cannot_start(f"the terminal database cannot be opened: {exc}")
    try:
        setup = card_setup(settings)
    except (ConfigError, OSError, RuntimeError) as exc:
        runtime.stop()
        window.deleteLater()
        return cannot_start(str(exc))
    app.aboutToQuit.connect(runtime.stop)
    # The local token provider is the demo's; a real terminal plugs the federal one here.
    provider = (
        LocalTokenProvider(runtime.central, settings.token_secret.encode())
        if settings.simulated_card
        else None
    )
    backend = KioskBackend(
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
    controller = SessionController(
        window,
        backend,
        setup.card,
        timeout_s=settings.inactivity_seconds,
        printer=Printer(settings.printer),
    )
    bridge.status.connect(controller.show_sync_status)
    app.aboutToQuit.connect(controller.stop)
    if settings.mode == TerminalMode.KIOSK:
        controller.guard = window.kiosk_guard = KioskGuard(window)
    if setup.insert is not None and setup.remove is not None:
        window.add_bottom_bar(SimulatedCardBar(setup.profiles, setup.insert, setup.remove, window))
    # The heartbeat (app/fleet/heartbeat.py) says whether a card reader is there: the card
    # backend's state machine knows.
    runtime.heartbeat.reader_present = lambda: setup.card.reader_present
    runtime.check_forms_with(setup.trust.roots)
    runtime.start()
    if args.screenshot:
        _FirstPaint(window.current_screen, lambda: _save_screenshot(window, args.screenshot))
    elif args.exit_when_ready:

        def ready() -> None:
            print("ready", flush=True)
            quit_program(window)

        _FirstPaint(window.current_screen, ready)
    # systemd: READY once the welcome screen is drawn, then WATCHDOG from this (GUI) thread
    # and STATUS following the visit; in kiosk mode, restart for an update when idle.
    watchdog = Watchdog(parent=window)
    watchdog.follow(controller.activity, controller.step_changed)
    watchdog.ready_when_drawn(window.current_screen)
    if settings.mode == TerminalMode.KIOSK:
        UpdateWatch(watchdog, controller.activity, lambda: quit_program(window)).start()
    if settings.mode == TerminalMode.KIOSK:
        # Speech's engine made while the welcome screen waits (ui/speech.py): "Speech" then
        # speaks at once.
        QTimer.singleShot(1500, window, window.speech.prepare_in_background)
    window.show_for_mode()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
