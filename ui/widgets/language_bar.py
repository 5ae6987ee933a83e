"""Large buttons to switch the interface language (those the terminal offers), each named in its
own language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QPushButton, QSizePolicy, QWidget

from ui.appearance import reflow
from ui.i18n import LANGUAGES


def language_name(code: str) -> str:
    # A language is named in itself (an endonym) whatever the interface language, so a member
    # finds theirs; the catalogues carry these unchanged.
    names = {
        "fr": QCoreApplication.translate("LanguageName", "Français"),
        "nl": QCoreApplication.translate("LanguageName", "Nederlands"),
        "de": QCoreApplication.translate("LanguageName", "Deutsch"),
        "en": QCoreApplication.translate("LanguageName", "English"),
    }
    return names[code]


class LanguageBar(QWidget):
    language_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("languageBar")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        # One row in either mode: in the large mode the header gives the languages a row of
        # their own (ui/main_window.py), where the four names fit at 44 px.
        reflow(layout, "keep")
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self.buttons: dict[str, QPushButton] = {}
        for code in LANGUAGES:
            button = QPushButton(self)
            button.setObjectName(f"language_{code}")
            button.setCheckable(True)
            button.setProperty("languageCode", code)
            # Its name whole: the header's other parts give way (the sync state wraps).
            button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            button.clicked.connect(lambda _checked=False, c=code: self.language_chosen.emit(c))
            self._group.addButton(button)
            layout.addWidget(button)
            self.buttons[code] = button
        self.retranslate()

    def show_current(self, code: str) -> None:
        self.buttons[code].setChecked(True)

    def offer(self, codes) -> None:
        """Only the languages this terminal offers (the `languages` setting); none to choose
        from when it offers one."""
        for code, button in self.buttons.items():
            button.setVisible(code in codes)
        self.setVisible(len(codes) > 1)

    def retranslate(self) -> None:
        for code, button in self.buttons.items():
            button.setText(language_name(code))
        self.keep_names_whole()

    def keep_names_whole(self) -> None:
        # The stylesheet's min-width is an explicit minimum, which a layout short of room takes
        # over a Fixed policy: the names were cut in counter mode beside a long sync state.
        # Each button's minimum is its whole name (its size hint under the current style).
        for button in self.buttons.values():
            button.setMinimumWidth(0)
            button.setMinimumWidth(button.sizeHint().width())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() in (QEvent.Type.StyleChange, QEvent.Type.FontChange):
            self.keep_names_whole()
        super().changeEvent(event)

    def showEvent(self, event) -> None:
        self.keep_names_whole()  # the stylesheet is applied (polished) by now
        super().showEvent(event)
