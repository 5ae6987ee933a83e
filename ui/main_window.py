"""The one main window: a header with the language bar above a stack of screens."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.codes import TerminalMode
from ui.i18n import Translations
from ui.screens.welcome import WelcomeScreen
from ui.widgets.countdown import CountdownBanner
from ui.widgets.keyboard import OnScreenKeyboard
from ui.widgets.language_bar import LanguageBar
from ui.widgets.sync_indicator import SyncIndicator


class MainWindow(QMainWindow):
    def __init__(self, translations: Translations, mode: str):
        super().__init__()
        self.setObjectName("mainWindow")
        self.mode = mode
        self.translations = translations
        central = QWidget(self)
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)

        header = QWidget(central)
        header.setObjectName("header")
        header_layout = QHBoxLayout(header)
        header_layout.setContentsMargins(24, 12, 24, 12)
        self.brand = QLabel(header)
        self.brand.setObjectName("brand")
        # On two lines when the header is short of room (counter mode, a long sync state in
        # German), so that the language names and the state stay whole.
        self.brand.setWordWrap(True)
        self.mode_label = QLabel(header)
        self.mode_label.setObjectName("modeLabel")
        self.language_bar = LanguageBar(header)
        self.sync_indicator = SyncIndicator(header)
        header_layout.addWidget(self.brand)
        header_layout.addWidget(self.mode_label)
        header_layout.addStretch(1)
        header_layout.addWidget(self.sync_indicator)
        header_layout.addSpacing(16)
        header_layout.addWidget(self.language_bar)
        outer.addWidget(header)

        self.stack = QStackedWidget(central)
        self.stack.setObjectName("screens")
        # The stack takes the height left by the header and the keyboard, whatever the largest
        # screen would like: forms scroll, and the PIN screen never shows the keyboard.
        self.stack.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)
        outer.addWidget(self.stack, 1)
        self.keyboard = OnScreenKeyboard(central)
        self.keyboard.hide()
        keyboard_row = QHBoxLayout()
        keyboard_row.setContentsMargins(40, 0, 40, 8)
        keyboard_row.addWidget(self.keyboard)
        outer.addLayout(keyboard_row)
        self.countdown = CountdownBanner(central)
        outer.addWidget(self.countdown)
        self._outer = outer
        self.setCentralWidget(central)

        self.screens: dict[str, QWidget] = {}
        self.add_screen(WelcomeScreen(mode, self.stack))
        self.show_screen(WelcomeScreen.name)

        self.language_bar.language_chosen.connect(translations.set_language)
        translations.language_changed.connect(self.language_bar.show_current)
        if translations.language:
            self.language_bar.show_current(translations.language)
        self.retranslate()

    def offer_languages(self, codes) -> None:
        """The languages this terminal offers (the `languages` setting), in the header's bar
        and on the welcome screen."""
        self.language_bar.offer(codes)
        self.screens["welcome"].offer_languages(codes)

    def add_screen(self, screen: QWidget) -> None:
        self.screens[screen.name] = screen  # type: ignore[attr-defined]
        self.stack.addWidget(screen)

    def add_bottom_bar(self, bar: QWidget) -> None:
        self._outer.addWidget(bar)

    def show_screen(self, name: str) -> None:
        self.stack.setCurrentWidget(self.screens[name])

    @property
    def current_screen(self) -> QWidget:
        return self.stack.currentWidget()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Guichet — your mutuality"))
        self.brand.setText(self.tr("Your mutuality"))
        self.mode_label.setText(self.tr("Counter") if self.mode == TerminalMode.COUNTER else "")
        self.mode_label.setVisible(self.mode == TerminalMode.COUNTER)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_for_mode(self) -> None:
        """Kiosk: frameless and full screen. Counter: an ordinary window, maximised."""
        if self.mode == TerminalMode.KIOSK:
            self.setWindowFlag(Qt.WindowType.FramelessWindowHint, True)
            # Without a window manager (a bare X server, some kiosk sessions) full screen is only
            # a hint: give the window the whole screen ourselves.
            screen = self.screen()
            if screen is not None:
                self.setGeometry(screen.geometry())
            self.showFullScreen()
        else:
            self.resize(1280, 800)
            self.showMaximized()
