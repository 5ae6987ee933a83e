"""The simulated reader's controls (demo only): choose a virtual card, insert it, take it out.

Shown only when the program runs with a simulated card (`--simulated-card` or the
`simulated_card` setting); a real terminal has a real reader and never shows this bar.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QWidget


class SimulatedCardBar(QWidget):
    def __init__(
        self,
        profiles: list[Path],
        insert: Callable[[Path], None],
        remove: Callable[[], None],
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("simulatedCardBar")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(24, 6, 24, 6)
        self.caption = QLabel(self)
        self.choice = QComboBox(self)
        self.choice.setObjectName("simulatedProfile")
        for path in profiles:
            self.choice.addItem(path.stem, str(path))
        self.insert_button = QPushButton(self)
        self.remove_button = QPushButton(self)
        for button in (self.insert_button, self.remove_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.insert_button.clicked.connect(lambda: insert(Path(self.choice.currentData())))
        self.remove_button.clicked.connect(remove)
        layout.addWidget(self.caption)
        layout.addWidget(self.choice, 1)
        layout.addWidget(self.insert_button)
        layout.addWidget(self.remove_button)
        self.retranslate()

    def retranslate(self) -> None:
        self.caption.setText(self.tr("Simulated card reader (demo):"))
        self.insert_button.setText(self.tr("Insert card"))
        self.remove_button.setText(self.tr("Remove card"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
