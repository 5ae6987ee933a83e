"""The DMG section: the global medical file, and what it saves at the GP's."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QVBoxLayout

from ui import format as fmt
from ui.screens import parts
from ui.screens.file.common import Page


class DmgPage(Page):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("dmgPage")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.summary = parts.label(self, "dmgSummary")
        self.explain = parts.label(self, "hint")
        self.table = parts.table(self, "dmgTable", 4)
        # The consultation's name takes the width the amounts leave, on two lines if need be
        # ("Consultation au cabinet…" in French): the amounts and their titles stay whole.
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table_fit = parts.LargeTable(
            self.table, stretch=0, normal_rows=QHeaderView.ResizeMode.ResizeToContents
        )
        layout.addWidget(self.summary)
        layout.addWidget(self.explain)
        layout.addWidget(self.table, 1)
        self._data = None
        self.retranslate()

    def show_dmg(self, data) -> None:
        self._data = data
        self._render()

    def _render(self) -> None:
        data = self._data
        if data is None:
            self.summary.setText("")
            parts.empty(self.table)
            return
        current = data.current
        if current is None:
            self.summary.setText(
                self.tr(
                    "No global medical file (DMG). Ask your GP to open one: it costs you nothing."
                )
            )
        else:
            text = (
                self.tr("Global medical file with %1, valid until %2.")
                if current.valid
                else self.tr(
                    "Your global medical file with %1 ended on %2: ask your GP to renew it."
                )
            )
            self.summary.setText(
                text.replace("%1", current.doctor_name).replace("%2", fmt.day(current.valid_until))
            )
        parts.fill(
            self.table,
            [
                [
                    parts.item(f"{a.nomenclature_code} {a.label}"),
                    parts.item(fmt.money(a.official_fee), amount=True),
                    parts.item(fmt.money(a.personal_share_without), amount=True),
                    parts.item(fmt.money(a.personal_share_with), amount=True),
                ]
                for a in data.advantages
            ],
        )

    def retranslate(self) -> None:
        self.explain.setText(
            self.tr(
                "With a DMG your GP consultations cost you less: your share with and without it."
            )
        )
        self.table.setAccessibleName(self.tr("Consultations with and without a DMG"))
        parts.titles(
            self.table,
            [
                self.tr("Consultation"),
                self.tr("Official fee"),
                self.tr("Without DMG"),
                self.tr("With DMG"),
            ],
            large=self.large,
        )
        self._render()

    def large_mode_changed(self, large: bool) -> None:
        super().large_mode_changed(large)
        self.table_fit.set_large(large)
        self.retranslate()

    def clear(self) -> None:
        self._data = None
        self._render()
