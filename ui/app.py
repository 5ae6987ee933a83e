"""`guichet`: starts the terminal (kiosk) or counter program."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication
from sqlalchemy.exc import SQLAlchemyError

from app.config import LANGUAGES, MODES, ConfigError, load_settings
from app.services.identity_provider import LocalTokenProvider
from app.services.kiosk import KioskBackend
from app.sync.runtime import SyncRuntime
from resources import STYLES
from ui.i18n import MissingTranslations, Translations
from ui.lockdown import KioskGuard
from ui.main_window import MainWindow
from ui.printing import Printer
from ui.session_controller import SessionController
from ui.widgets.card_bar import SimulatedCardBar
from ui.widgets.sync_indicator import SyncBridge
from ui.wiring import card_setup


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="guichet", description=__doc__)
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


def load_stylesheet() -> str:
    return (STYLES / "touch.qss").read_text(encoding="utf-8")


class _FirstPaint(QObject):
    """Calls `action` once, on the event-loop turn after the watched widget is first painted."""

    def __init__(self, watched: QObject, action):
        super().__init__(watched)
        self._action = action
        watched.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._action)
        return False


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
        settings = load_settings(
            args.config,
            mode=args.mode,
            language=args.language,
            simulated_card=args.simulated_card,
        )
    except ConfigError as exc:
        print(f"guichet: {exc}", file=sys.stderr)
        return 2

    app = QApplication(sys.argv[:1])
    app.setApplicationName("Guichet")
    app.setStyleSheet(load_stylesheet())
    translations = Translations(app)
    try:
        translations.set_language(settings.language)
    except MissingTranslations as exc:
        print(f"guichet: {exc}", file=sys.stderr)
        return 2

    window = MainWindow(translations, settings.mode)
    bridge = SyncBridge(app)
    bridge.status.connect(window.sync_indicator.show_status)
    try:
        runtime = SyncRuntime(settings, on_status=bridge.publish)
    except (SQLAlchemyError, OSError) as exc:
        print(f"guichet: the terminal database cannot be opened: {exc}", file=sys.stderr)
        return 2
    app.aboutToQuit.connect(runtime.stop)
    try:
        setup = card_setup(settings)
    except (ConfigError, OSError, RuntimeError) as exc:
        print(f"guichet: {exc}", file=sys.stderr)
        runtime.stop()
        return 2
    if not settings.simulated_card and not settings.staff_code_hash:
        print(
            "guichet: staff_code_hash must be set on a real terminal "
            "(`guichet-central staff-code` makes one); the demo code is for the demo only",
            file=sys.stderr,
        )
        runtime.stop()
        return 2
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
    )
    controller = SessionController(
        window,
        backend,
        setup.slot,
        timeout_s=settings.inactivity_seconds,
        printer=Printer(settings.printer),
    )
    bridge.status.connect(controller.show_sync_status)
    app.aboutToQuit.connect(controller.stop)
    if settings.mode == "kiosk":
        controller.guard = window.kiosk_guard = KioskGuard(window)
    if setup.insert is not None:
        window.add_bottom_bar(
            SimulatedCardBar(setup.profiles, setup.insert, setup.slot.remove, window)
        )
    runtime.check_forms_with(setup.trust.roots)
    runtime.start()
    if args.screenshot:
        _FirstPaint(window.current_screen, lambda: _save_screenshot(window, args.screenshot))
    elif args.exit_when_ready:

        def ready() -> None:
            print("ready", flush=True)
            quit_program(window)

        _FirstPaint(window.current_screen, ready)
    window.show_for_mode()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
