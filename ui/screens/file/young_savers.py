"""The young savers section: what each young person saved and may still save."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout

from ui import format as fmt
from ui.screens import parts
from ui.screens.file.common import Page, section_title


class YoungSaversPage(Page):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("youngSaversPage")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.explain = parts.label(self, "hint")
        self.table = parts.table(self, "youngSaverTable", 4)
        self.table_fit = parts.LargeTable(self.table, stretch=0)
        layout.addWidget(self.explain)
        layout.addWidget(self.table, 1)
        self._data: tuple = ()
        self.retranslate()

    def show_savers(self, savers) -> None:
        self._data = tuple(savers)
        self._render()

    def _render(self) -> None:
        parts.fill(
            self.table,
            [
                [
                    parts.item(s.name),
                    parts.item(str(s.age), amount=True),
                    parts.item(
                        fmt.money(s.saved) if s.has_account else self.tr("no account yet"),
                        amount=True,
                    ),
                    parts.item(fmt.money(s.still_possible), amount=True),
                ]
                for s in self._data
            ],
        )

    def retranslate(self) -> None:
        self.explain.setText(
            self.tr("Young savers' account: for young people, what is saved and still possible.")
        )
        self.table.setAccessibleName(section_title("young_savers"))
        parts.titles(
            self.table,
            [self.tr("Name"), self.tr("Age"), self.tr("Saved"), self.tr("Still possible")],
            large=self.large,
        )
        self._render()

    def large_mode_changed(self, large: bool) -> None:
        super().large_mode_changed(large)
        self.table_fit.set_large(large)
        self.retranslate()

    def clear(self) -> None:
        self._data = ()
        self._render()
