"""The one main window: a header with the accessibility controls and the language bar above a
stack of screens.

Issue 17: the header's "Speech" and "Large text" are on every screen, before any card; the
speech's own controls (ui/widgets/access_bar.py SpeechBar) sit above the screen while speech is
on. The screens are in a page that scrolls up and down in the large mode only (a screen at 44 px
may be taller than the terminal's); in the normal mode each screen fits the window as before.
`speech` (ui/speech.py), `guide`, `appearance` (ui/appearance.py) and `keys` (ui/keys.py) are the
window's; the session controller resets them when a visit ends.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.codes import TerminalMode
from ui.appearance import Appearance, apply_reflow
from ui.i18n import Translations
from ui.keys import KeypadNavigator
from ui.screens.welcome import WelcomeScreen
from ui.speech import Guide, Speech
from ui.widgets.access_bar import AccessBar, SpeechBar
from ui.widgets.countdown import CountdownBanner
from ui.widgets.keyboard import OnScreenKeyboard
from ui.widgets.language_bar import LanguageBar
from ui.widgets.sync_indicator import SyncIndicator


class MainWindow(QMainWindow):
    def __init__(self, translations: Translations, mode: str):
        # Kiosk: frameless from the start (`show_for_mode`); set later, the flag re-creates the
        # window (6 ms of the first frame's start, issue 18).
        kiosk = mode == TerminalMode.KIOSK
        super().__init__(None, Qt.WindowType.FramelessWindowHint if kiosk else Qt.WindowType.Widget)
        self.setObjectName("mainWindow")
        self.mode = mode
        self.translations = translations
        central = QWidget(self)
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)

        self.header = header = QWidget(central)
        header.setObjectName("header")
        self._header_grid = QGridLayout(header)
        self._header_grid.setContentsMargins(24, 12, 24, 12)
        self._header_grid.setHorizontalSpacing(16)
        self.brand = QLabel(header)
        self.brand.setObjectName("brand")
        # On two lines when the header is short of room (counter mode, a long sync state in
        # German), so that the language names and the state stay whole.
        self.brand.setWordWrap(True)
        self.mode_label = QLabel(header)
        self.mode_label.setObjectName("modeLabel")
        self.language_bar = LanguageBar(header)
        self.sync_indicator = SyncIndicator(header)
        self.access_bar = AccessBar(header)
        # Speech and the large mode are the public terminal's: at the counter the clerk's own
        # desktop serves them (a screen reader reads Guichet's accessible names, ui/accessible.py).
        self.access_bar.setVisible(mode == TerminalMode.KIOSK)
        self.arrange_for_mode(large=False)
        outer.addWidget(header)

        # The speech's controls and the screens, in a page that scrolls in the large mode.
        self.speech = Speech(self)
        self.page = QScrollArea(central)
        self.page.setObjectName("pageScroll")
        self.page.setWidgetResizable(True)
        self.page.setFrameShape(QFrame.Shape.NoFrame)
        self.page.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.page.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        page_body = QWidget(self.page)
        page_body.setObjectName("pageBody")
        page_layout = QVBoxLayout(page_body)
        page_layout.setContentsMargins(0, 0, 0, 0)
        page_layout.setSpacing(0)
        self.speech_bar = SpeechBar(self.speech, page_body)
        page_layout.addWidget(self.speech_bar)
        self.stack = _Screens(page_body)
        self.stack.setObjectName("screens")
        # The stack takes the height left by the header and the keyboard, whatever the largest
        # screen would like: forms scroll, and the PIN screen never shows the keyboard. In the
        # large mode it is as tall as the screen shown needs (`_fit_page`), and the page scrolls.
        # Never wider than the window: a stack is as wide as its widest screen would like, and
        # the page would carry every screen past the window's right edge (the page never
        # scrolls sideways); a screen too wide shows its own problem, not every screen's.
        self.stack.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        page_layout.addWidget(self.stack, 1)
        self.page.setWidget(page_body)
        outer.addWidget(self.page, 1)
        self.page.viewport().installEventFilter(self)
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

        # Accessibility (issue 17): the large mode, speech and its guide, the keypad.
        self.appearance = Appearance(self)
        self.appearance.watch(self)
        self.guide = Guide(self.speech, self, self.stack)
        self.keys = KeypadNavigator(self, self.speech, self.appearance, self.key_regions)
        self.access_bar.speech_toggled.connect(self.speech.toggle)
        self.access_bar.large_toggled.connect(self.appearance.toggle)
        self.speech.enabled_changed.connect(lambda _on: self._show_access_state())
        self.appearance.changed.connect(lambda _on: self._show_access_state())
        self.stack.currentChanged.connect(lambda _index: self._screen_shown())
        self._page_watch = _LayoutWatch(self._fit_page, self)
        self._page_watch.follow(self.stack.currentWidget())  # the welcome, shown already
        QApplication.instance().focusChanged.connect(lambda _old, _new: self._focus_in_view())
        self.speech.set_language(translations.language or "en")
        translations.language_changed.connect(self.speech.set_language)

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
        if getattr(self, "appearance", None) is not None and self.appearance.large:
            apply_reflow(screen, True)  # a screen made in the large mode is arranged for it

    def add_bottom_bar(self, bar: QWidget) -> None:
        self._outer.addWidget(bar)

    def show_screen(self, name: str) -> None:
        self.stack.setCurrentWidget(self.screens[name])

    # -- accessibility (issue 17) ----------------------------------------------------------------
    def key_regions(self) -> list[QWidget]:
        """What the keypad moves through, in reading order: the header, the speech's controls,
        the screen, the countdown."""
        return [self.header, self.speech_bar, self.stack.currentWidget(), self.countdown]

    def _screen_shown(self) -> None:
        self._page_watch.follow(self.stack.currentWidget())
        self.page.verticalScrollBar().setValue(0)
        self._fit_page()
        self.keys.focus_first(self.stack.currentWidget())

    def _show_access_state(self) -> None:
        self.access_bar.show_state(speech=self.speech.enabled, large=self.appearance.large)

    def large_mode_changed(self, large: bool) -> None:
        """Once the mode's style is on: the icons and the languages' names at its size, the
        page scrolls (ui/appearance.py)."""
        self.access_bar.paint_icons(large)
        self.language_bar.keep_names_whole()  # their names at the mode's size
        self.page.setVerticalScrollBarPolicy(
            Qt.ScrollBarPolicy.ScrollBarAsNeeded if large else Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        )
        self._fit_page()

    def _fit_page(self) -> None:
        if not hasattr(self, "appearance"):
            return  # still being built
        screen = self.stack.currentWidget()
        body = self.page.widget()
        if self.appearance.large and screen is not None:
            self.stack.setMinimumHeight(_height_needed(screen, self.page.viewport().width()))
            body.setMaximumHeight(16777215)
        else:  # exactly the page's height: the screen fits it, as before the page scrolled
            self.stack.setMinimumHeight(0)
            body.setMaximumHeight(self.page.viewport().height())

    def _focus_in_view(self) -> None:
        """In the large mode the page scrolls: the control with the focus stays in view (a
        field as the keyboard slides in under the page, a control the keypad moved to)."""
        if not hasattr(self, "appearance") or not self.appearance.large:
            return
        focus = QApplication.focusWidget()
        body = self.page.widget()
        if focus is not None and body.isAncestorOf(focus):
            self.page.ensureWidgetVisible(focus, 0, 24)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.page.viewport():
            self._fit_page()
            self._focus_in_view()
        return False

    def arrange_for_mode(self, large: bool) -> None:
        """The header on two rows in the large mode, the brand giving way; called before the
        text grows and after it shrinks (ui/appearance.py)."""
        grid = self._header_grid
        for widget in (self.brand, self.mode_label, self.sync_indicator, self.access_bar,
                       self.language_bar):  # fmt: skip
            grid.removeWidget(widget)
        for column in range(6):
            grid.setColumnStretch(column, 0)
        if large:  # the state and the controls above, the languages below
            self.brand.hide()
            grid.addWidget(self.mode_label, 0, 0)
            grid.addWidget(self.sync_indicator, 0, 1)
            grid.addWidget(self.access_bar, 0, 3)
            grid.addWidget(self.language_bar, 1, 0, 1, 4, Qt.AlignmentFlag.AlignRight)
            grid.setColumnStretch(2, 1)
        else:
            self.brand.show()
            grid.addWidget(self.brand, 0, 0)
            grid.addWidget(self.mode_label, 0, 1)
            grid.addWidget(self.sync_indicator, 0, 3)
            grid.addWidget(self.access_bar, 0, 4)
            grid.addWidget(self.language_bar, 0, 5)
            grid.setColumnStretch(2, 1)

    def reset_access(self) -> None:
        """The end of a visit: speech off and silent, the normal mode, keys forgotten."""
        self.speech.reset()
        self.appearance.reset()
        self.keys.reset()

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


class _Screens(QStackedWidget):
    """The screens' stack: as tall as the window gives it, or (the large mode) as the screen
    shown needs (`MainWindow._fit_page`), never as the tallest of all screens would be at its
    width (a stack's height for a width is its tallest page's, and the page would scroll past
    the end of every other screen)."""

    def hasHeightForWidth(self) -> bool:
        return False

    def heightForWidth(self, _width: int) -> int:
        return -1


def _height_needed(screen: QWidget, width: int) -> int:
    """The height `screen` needs at `width`: its wrapping labels' lines at that width (a
    minimum size is a label's on one line, far too short at 44 px)."""
    height = screen.minimumSizeHint().height()
    if screen.hasHeightForWidth():
        height = max(height, screen.heightForWidth(width))
    return height


class _LayoutWatch(QObject):
    """Calls `changed` when the screen shown lays itself out again (a section loaded, a form
    opened): in the large mode the page's height follows."""

    def __init__(self, changed, parent: QObject):
        super().__init__(parent)
        self.changed = changed
        self.watched: QWidget | None = None

    def follow(self, widget: QWidget | None) -> None:
        if self.watched is not None:
            self.watched.removeEventFilter(self)
        self.watched = widget
        if widget is not None:
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:
            self.changed()
        return False
