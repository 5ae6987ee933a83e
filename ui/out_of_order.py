"""The out-of-order screen: what a member sees when the terminal cannot serve them.

"This terminal is out of order. Our staff at the counter will help you." in French, Dutch,
German and English at once (one QTranslator per language, asked directly: the application's
own translators would give one language only). Behind the same hidden gesture as the welcome
screen (five taps on the bottom-right corner), then the staff code when one can be read, a
panel shows staff the reason.

Two uses:
- inside `guichet` (ui/app.py), in kiosk mode, when the configuration is missing or broken,
  the terminal database cannot be opened or the card setup fails: READY and the watchdog keep
  going, STATUS says "out-of-order: <reason>", and an installed update restarts the program;
- `guichet-out-of-order` (`main()`), the program guichet-out-of-order.service runs when the
  kiosk unit gave up restarting Guichet. It imports as little as possible (Qt, the
  translations, the PIN pad, the domain's password check), so it starts even when the rest of
  the program is broken.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import os
import sys
import threading
from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, Qt, QTimer, QTranslator, Signal
from PySide6.QtGui import QTextOption
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

CONTEXT = "OutOfOrderWindow"
NOTICE = QT_TRANSLATE_NOOP(
    "OutOfOrderWindow",
    "This terminal is out of order. Our staff at the counter will help you.",
)
NOTICE_LANGUAGES = ("fr", "nl", "de", "en")
STANDALONE_REASON = (
    "Guichet stopped several times in a row and systemd stopped restarting it "
    "(guichet-kiosk.service reached its start limit). See `journalctl -u guichet-kiosk`."
)
STAFF_IDLE_MS = 120_000  # the code pad and the panel go back to the notice after 2 min untouched
STAFF_CODE_FILE = "staff-code-hash"  # under $CREDENTIALS_DIRECTORY (systemd's LoadCredential=)

_STYLE = """
#outOfOrderWindow { background: #f4f7fa; }
#outOfOrderBand { background: #b3261e; min-height: 24px; max-height: 24px; }
#outOfOrderNotice { font-size: 40px; font-weight: bold; color: #1b2631; }
#outOfOrderRule { background: #d5dde5; min-height: 2px; max-height: 2px; }
#outOfOrderReason { font-size: 24px; background: #ffffff; border: 2px solid #8a9aa9; }
"""


def read_staff_code_hash(environ: Mapping[str, str] | None = None) -> str:
    """The staff code's hash from systemd's credential (or GUICHET_STAFF_CODE_HASH); "" when
    none can be read: the panel then opens with the gesture alone."""
    environ = os.environ if environ is None else environ
    directory = environ.get("CREDENTIALS_DIRECTORY", "")
    if directory:
        try:
            text = (Path(directory) / STAFF_CODE_FILE).read_text(encoding="utf-8").strip()
        except (OSError, UnicodeDecodeError):
            text = ""
        if text:
            return text
    return environ.get("GUICHET_STAFF_CODE_HASH", "").strip()


def notice_texts() -> list[tuple[str, str]]:
    """(language, sentence) for each language whose catalogue can be loaded; the English
    source alone when none can (a broken install must still say something)."""
    from resources import TRANSLATIONS

    texts: list[tuple[str, str]] = []
    for code in NOTICE_LANGUAGES:
        translator = QTranslator()
        if translator.load(str(TRANSLATIONS / f"guichet_{code}.qm")):
            text = translator.translate(CONTEXT, NOTICE) or (NOTICE if code == "en" else "")
            if text and text not in (t for _c, t in texts):
                texts.append((code, text))
    return texts or [("en", NOTICE)]


class _CodeCheck(QObject):
    """The staff code's scrypt hash is checked off the GUI thread (it takes ~50 ms and 32 MiB)."""

    done = Signal(bool)

    def __init__(self, stored_hash: str, parent: QObject):
        super().__init__(parent)
        self.stored_hash = stored_hash
        self.failed_attempts = 0
        self.locked_until: dt.datetime | None = None

    def locked(self) -> bool:
        from app.domain.clock import utc_now
        from app.domain.lockout import is_locked

        return is_locked(self.locked_until, utc_now())

    def check(self, code: str) -> None:
        from app.domain.clock import utc_now
        from app.domain.lockout import next_state
        from app.domain.passwords import verify_password

        def run() -> None:
            now = utc_now()
            ok = len(code) >= 6 and verify_password(code, self.stored_hash)
            state = next_state(self.failed_attempts, self.locked_until, now, ok)
            self.failed_attempts, self.locked_until = state.failed_attempts, state.locked_until
            self.done.emit(ok)  # queued to the GUI thread: this object lives there

        threading.Thread(target=run, name="staff-code", daemon=True).start()


class OutOfOrderWindow(QWidget):
    """The notice in four languages; behind the hidden corner, the code pad and the panel."""

    restart_requested = Signal()

    def __init__(
        self,
        reason: str,
        *,
        staff_code_hash: str = "",
        can_restart: bool = False,
        version: str = "",
        since: dt.datetime | None = None,
        parent: QWidget | None = None,
    ):
        from app.domain.clock import BRUSSELS, utc_now
        from ui.screens.welcome import WelcomeScreen
        from ui.widgets.pin_pad import PinPad

        super().__init__(parent)
        self.setObjectName("outOfOrderWindow")
        self.setStyleSheet(_STYLE)
        self.reason = reason
        self.version = version
        self.since = (since or utc_now()).astimezone(BRUSSELS)
        self.staff_taps = WelcomeScreen.STAFF_TAPS
        self._taps = 0
        self._code = _CodeCheck(staff_code_hash, self) if staff_code_hash else None
        if self._code is not None:
            self._code.done.connect(self._code_checked)
        self._wrong = ""  # "", "wrong" or "locked": the code pad's message

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        band = QWidget(self)
        band.setObjectName("outOfOrderBand")
        outer.addWidget(band)
        self.pages = QStackedWidget(self)
        outer.addWidget(self.pages, 1)

        # -- the notice --------------------------------------------------------------------------
        self.notice = QWidget(self.pages)
        self.notice.setObjectName("outOfOrderNoticePage")
        notice = QVBoxLayout(self.notice)
        notice.setContentsMargins(48, 48, 48, 48)
        notice.setSpacing(28)
        notice.addStretch(1)
        self.notices: list[QLabel] = []
        for index, (code, text) in enumerate(notice_texts()):
            if index:
                rule = QWidget(self.notice)
                rule.setObjectName("outOfOrderRule")
                notice.addWidget(rule)
            label = QLabel(text, self.notice)
            label.setObjectName("outOfOrderNotice")
            label.setProperty("language", code)
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setAccessibleName(text)
            self.notices.append(label)
            notice.addWidget(label)
        notice.addStretch(1)
        self.staff_corner = QPushButton(self.notice)
        self.staff_corner.setObjectName("staffCorner")
        self.staff_corner.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.staff_corner.setFlat(True)
        self.staff_corner.setFixedSize(96, 96)
        self.staff_corner.clicked.connect(self._corner_tapped)
        corner = QHBoxLayout()
        corner.addStretch(1)
        corner.addWidget(self.staff_corner)
        notice.addLayout(corner)
        self.pages.addWidget(self.notice)

        # -- the staff code ------------------------------------------------------------------
        self.code_page = QWidget(self.pages)
        code = QVBoxLayout(self.code_page)
        code.setContentsMargins(40, 32, 40, 32)
        code.setSpacing(16)
        self.code_title = self._label("screenTitle", self.code_page)
        self.code_instruction = self._label("instruction", self.code_page)
        self.code_message = self._label("errorMessage", self.code_page)
        self.pad = PinPad(self.code_page)
        self.pad.setFixedWidth(420)
        self.pad.submitted.connect(self._code_submitted)
        pad_row = QHBoxLayout()
        pad_row.addStretch(1)
        pad_row.addWidget(self.pad)
        pad_row.addStretch(1)
        self.code_cancel = self._button("cancel", self.show_notice, self.code_page)
        for widget in (self.code_title, self.code_instruction, self.code_message):
            code.addWidget(widget)
        code.addLayout(pad_row)
        code.addLayout(self._row(self.code_cancel))
        code.addStretch(1)
        self.pages.addWidget(self.code_page)

        # -- the staff panel -------------------------------------------------------------------
        self.panel = QWidget(self.pages)
        panel = QVBoxLayout(self.panel)
        panel.setContentsMargins(40, 32, 40, 32)
        panel.setSpacing(16)
        self.panel_title = self._label("screenTitle", self.panel)
        self.reason_label = self._label("fieldLabel", self.panel, center=False)
        self.reason_text = QPlainTextEdit(self.panel)
        self.reason_text.setObjectName("outOfOrderReason")
        self.reason_text.setReadOnly(True)
        self.reason_text.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.reason_text.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.reason_text.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.reason_text.setPlainText(reason)
        self.details = self._label("hint", self.panel, center=False)
        self.journal = self._label("hint", self.panel, center=False)
        self.back_button = self._button("back", self.show_notice, self.panel, primary=True)
        self.restart_button = self._button("restartProgram", self._restart, self.panel)
        self.restart_button.setVisible(can_restart)
        for widget in (self.panel_title, self.reason_label, self.reason_text):
            panel.addWidget(widget)
        panel.addWidget(self.details)
        panel.addWidget(self.journal)
        panel.addStretch(1)
        panel.addLayout(self._row(self.restart_button, self.back_button))
        self.pages.addWidget(self.panel)

        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.setInterval(STAFF_IDLE_MS)
        self._idle.timeout.connect(self.show_notice)
        self.show_notice()
        self.retranslate()

    # -- building blocks ---------------------------------------------------------------------
    def _label(self, name: str, parent: QWidget, *, center: bool = True) -> QLabel:
        label = QLabel(parent)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        if center:
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        return label

    def _button(self, name: str, slot, parent: QWidget, *, primary: bool = False) -> QPushButton:
        button = QPushButton(parent)
        button.setObjectName(name)
        button.setProperty("primary", primary)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        if name in ("cancel", "back"):
            button.setProperty("keyRole", "back")  # as ui/screens/parts.py's: the way back
        button.clicked.connect(slot)
        return button

    @staticmethod
    def _row(*buttons: QPushButton) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(24)
        row.addStretch(1)
        for button in buttons:
            row.addWidget(button)
        row.addStretch(1)
        return row

    # -- the staff gesture and code ----------------------------------------------------------
    def _corner_tapped(self) -> None:
        self._taps += 1
        if self._taps < self.staff_taps:
            return
        self._taps = 0
        if self._code is None:
            self.show_panel()
        else:
            self.pad.clear()
            self._wrong = "locked" if self._code.locked() else ""
            self.retranslate()
            self.pages.setCurrentWidget(self.code_page)
            self._idle.start()

    def _code_submitted(self) -> None:
        code = self.pad.take_pin()
        self.pad.setEnabled(False)
        self._code.check(code)

    def _code_checked(self, ok: bool) -> None:
        self.pad.setEnabled(True)
        if self.pages.currentWidget() is not self.code_page:
            return  # cancelled or timed out meanwhile
        if ok:
            self.show_panel()
            return
        self._wrong = "locked" if self._code.locked() else "wrong"
        self.retranslate()

    def show_panel(self) -> None:
        self.pages.setCurrentWidget(self.panel)
        self._idle.start()

    def show_notice(self) -> None:
        self._idle.stop()
        self._taps = 0
        self.pad.clear()
        self._wrong = ""
        self.pages.setCurrentWidget(self.notice)

    def _restart(self) -> None:
        self.restart_requested.emit()

    def event(self, event: QEvent) -> bool:
        touched = event.type() in (QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin)
        if touched and self._idle.isActive():
            self._idle.start()  # a staff member still at it
        handled = super().event(event)
        if event.type() == QEvent.Type.LanguageChange:
            self._name_code_field()  # after the pad's own words (its children get it later)
        return handled

    def _name_code_field(self) -> None:
        """The pad's field holds the staff code, not a card's PIN: named so."""
        self.pad.field.setAccessibleName(self.tr("Staff code"))

    # -- texts -----------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Out of order"))
        self.setAccessibleName(self.tr("Out of order"))
        self.setAccessibleDescription(
            self.tr("This terminal is out of order. Our staff at the counter will help you.")
        )
        self.notice.setAccessibleName(" ".join(label.text() for label in self.notices))
        self.staff_corner.setAccessibleName(self.tr("Staff access"))
        self.code_title.setText(self.tr("Staff access"))
        self.code_instruction.setText(self.tr("Type the staff code."))
        from app.domain.lockout import LOCK_DURATION  # the rule's figure, not a copy

        minutes = int(LOCK_DURATION.total_seconds() // 60)
        messages = {
            "": "",
            "wrong": self.tr("Wrong code. Please try again."),
            "locked": self.tr("Too many wrong codes. Please wait %n minute(s).", "", minutes),
        }
        self.code_message.setText(messages[self._wrong])
        self.pad.setAccessibleName(self.tr("Staff code"))
        self._name_code_field()
        self.code_cancel.setText(self.tr("Cancel"))
        self.code_cancel.setAccessibleName(self.tr("Cancel"))
        self.panel_title.setText(self.tr("Out of order: maintenance"))
        self.reason_label.setText(self.tr("Why this terminal is out of order:"))
        self.reason_text.setAccessibleName(self.tr("Why this terminal is out of order"))
        self.details.setText(
            self.tr("Guichet version %1 — out of order since %2")
            .replace("%1", self.version or "?")
            .replace("%2", self.since.strftime("%d/%m/%Y %H:%M"))
        )
        self.journal.setText(self.tr("The same reason is in the system journal (journalctl)."))
        self.back_button.setText(self.tr("Back"))
        self.back_button.setAccessibleName(self.tr("Back"))
        self.restart_button.setText(self.tr("Restart the program"))
        self.restart_button.setAccessibleName(self.tr("Restart the program"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_full_screen(self) -> None:
        """As the kiosk's main window: frameless, the whole screen even without a window manager."""
        self.setWindowFlag(Qt.WindowType.FramelessWindowHint, True)
        screen = self.screen()
        if screen is not None:
            self.setGeometry(screen.geometry())
        self.showFullScreen()


def show_out_of_order(
    app: QApplication,
    reason: str,
    *,
    language: str = "fr",
    staff_code_hash: str = "",
    can_restart: bool = False,
    watch_updates: bool = False,
    exit_when_ready: int | None = None,
    screenshot: Path | None = None,
    screenshot_exit: int = 0,
) -> int:
    """Show the out-of-order window until the program is restarted; returns the exit status.

    `exit_when_ready`: quit with this status once the notice is drawn (tests, benchmarks).
    """
    from app.appliance.notify import IDLE, out_of_order_status
    from app.version import __version__
    from ui.lockdown import KioskGuard
    from ui.watchdog import FirstPaint, UpdateWatch, Watchdog

    print(f"guichet: out of order: {reason}", file=sys.stderr, flush=True)
    translations = _install_language(app, language)
    window = OutOfOrderWindow(
        reason, staff_code_hash=staff_code_hash, can_restart=can_restart, version=__version__
    )
    guard = KioskGuard(window)

    def leave(status: int = 0) -> None:
        guard.allow_exit()
        app.exit(status)

    window.restart_requested.connect(lambda: leave(0))
    watchdog = Watchdog(parent=window)
    if watch_updates:
        UpdateWatch(watchdog, lambda: IDLE, leave).start()

    def drawn() -> None:
        watchdog.ready(out_of_order_status(reason))
        if screenshot is not None:
            screenshot.parent.mkdir(parents=True, exist_ok=True)
            window.grab().save(str(screenshot))
            print(f"screenshot saved to {screenshot}", flush=True)
            leave(screenshot_exit)
        elif exit_when_ready is not None:
            leave(exit_when_ready)

    FirstPaint(window.notice, drawn)
    window.show_full_screen()
    status = app.exec()
    window.deleteLater()
    if translations is not None:
        translations.uninstall()
    return status


def _install_language(app: QApplication, language: str):
    """The staff texts in the terminal's language; English source texts if it cannot load."""
    from ui.i18n import MissingTranslations, Translations

    translations = Translations(app)
    try:
        translations.set_language(language)
    except (MissingTranslations, ValueError) as exc:
        print(f"guichet-out-of-order: {exc}", file=sys.stderr)
        return None
    return translations


def load_stylesheet(app: QApplication) -> None:
    from ui.appearance import stylesheet

    with contextlib.suppress(OSError, KeyError, ValueError):  # unstyled, but still the notice
        app.setStyleSheet(stylesheet(large=False))


def main(argv: list[str] | None = None) -> int:
    """`guichet-out-of-order`: the notice alone, for guichet-out-of-order.service."""
    from app.version import version_line

    parser = argparse.ArgumentParser(
        prog="guichet-out-of-order", description=__doc__.split("\n")[0]
    )
    parser.add_argument("--version", action="version", version=version_line())
    parser.add_argument("--reason", default=STANDALONE_REASON, help="shown to staff on the panel")
    parser.add_argument("--language", default="fr", choices=NOTICE_LANGUAGES,
                        help="the staff panel's language")  # fmt: skip
    parser.add_argument("--screenshot", type=Path, metavar="PNG",
                        help="save a picture of the notice once drawn, then quit")  # fmt: skip
    args = parser.parse_args(argv)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Guichet")
    load_stylesheet(app)
    return show_out_of_order(
        app,
        args.reason,
        language=args.language,
        staff_code_hash=read_staff_code_hash(),
        screenshot=args.screenshot,
    )


if __name__ == "__main__":
    sys.exit(main())
