"""The accessibility controls on every screen (issue 17): in the header, "Speech" and "Large
text" as two big square buttons with a picture (a loudspeaker, a small and a large A) that needs
no reading, named for speech and screen readers, reachable before any card (each with its keypad
key: + and /); under the header, while speech is on, the speech's own controls: pause, repeat,
slower, faster, softer, louder.

The pictures are resources/icons/*.svg drawn in the palette's header colours (ui/appearance.py):
white on the header, the header's colour once on (checked), in either mode."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, QSize, Qt, Signal
from PySide6.QtGui import QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QPushButton, QSizePolicy, QWidget

from resources import ICONS
from ui.appearance import colour, reflow

ICON_PX = 40


def icon(name: str, off: str, on: str) -> QIcon:
    """resources/icons/<name>.svg in colour `off`, and `on` when checked."""
    source = (ICONS / f"{name}.svg").read_text(encoding="utf-8")
    result = QIcon()
    for state, value in ((QIcon.State.Off, off), (QIcon.State.On, on)):
        renderer = QSvgRenderer(QByteArray(source.replace("currentColor", value).encode()))
        pixmap = QPixmap(ICON_PX * 2, ICON_PX * 2)  # sharp on a high-density screen too
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        renderer.render(painter)
        painter.end()
        pixmap.setDevicePixelRatio(2)
        result.addPixmap(pixmap, QIcon.Mode.Normal, state)
    return result


class AccessBar(QWidget):
    speech_toggled = Signal()
    large_toggled = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("accessBar")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        reflow(layout, "keep")  # two buttons side by side in the header, in either mode
        self.speech = QPushButton(self)
        self.speech.setObjectName("speechToggle")
        self.large = QPushButton(self)
        self.large.setObjectName("largeToggle")
        for button in (self.speech, self.large):
            button.setCheckable(True)
            button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            button.setIconSize(QSize(ICON_PX, ICON_PX))
            layout.addWidget(button)
        self.paint_icons(large=False)
        self.speech.clicked.connect(lambda _checked=False: self.speech_toggled.emit())
        self.large.clicked.connect(lambda _checked=False: self.large_toggled.emit())
        self.retranslate()

    def show_state(self, *, speech: bool, large: bool) -> None:
        self.speech.setChecked(speech)
        self.large.setChecked(large)

    def paint_icons(self, large: bool) -> None:
        off, on = colour("on_header", large), colour("header", large)
        self.speech.setIcon(icon("speech", off, on))
        self.large.setIcon(icon("large", off, on))

    def retranslate(self) -> None:
        self.speech.setToolTip(self.tr("Speech"))
        self.speech.setAccessibleName(self.tr("Speech guidance"))
        self.speech.setAccessibleDescription(
            self.tr("Reads the screen aloud. Key: plus on the keypad.")
        )
        self.large.setToolTip(self.tr("Large text"))
        self.large.setAccessibleName(self.tr("Large text and high contrast"))
        self.large.setAccessibleDescription(
            self.tr("Shows larger text in yellow and white on black. Key: slash on the keypad.")
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class SpeechBar(QWidget):
    """Shown while speech is on: the member's hold on it."""

    def __init__(self, speech, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("speechBar")
        self.speech = speech
        grid = QGridLayout(self)
        grid.setContentsMargins(24, 8, 24, 8)
        self.buttons: dict[str, QPushButton] = {}
        actions = {
            "pause": speech.pause_or_resume,
            "repeat": speech.repeat,
            "slower": lambda: speech.change_rate(-1),
            "faster": lambda: speech.change_rate(1),
            "softer": lambda: speech.change_volume(-1),
            "louder": lambda: speech.change_volume(1),
        }
        for index, (key, action) in enumerate(actions.items()):
            button = QPushButton(self)
            button.setObjectName(f"speech_{key}")
            button.clicked.connect(lambda _checked=False, act=action: act())
            grid.addWidget(button, index // 3, index % 3)
            self.buttons[key] = button
        self.setVisible(False)
        speech.enabled_changed.connect(self.setVisible)
        self.retranslate()

    def retranslate(self) -> None:
        texts = {
            "pause": (self.tr("Pause"), self.tr("Pauses or resumes speech. Key: point.")),
            "repeat": (self.tr("Repeat"), self.tr("Says the screen again. Key: star.")),
            "slower": (self.tr("Slower"), self.tr("Speaks more slowly. Key: 3.")),
            "faster": (self.tr("Faster"), self.tr("Speaks faster. Key: 9.")),
            "softer": (self.tr("Softer"), self.tr("Lowers the volume.")),
            "louder": (self.tr("Louder"), self.tr("Raises the volume.")),
        }
        for key, (text, description) in texts.items():
            self.buttons[key].setText(text)
            self.buttons[key].setAccessibleDescription(description)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
