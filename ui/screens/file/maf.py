"""The MAF section: the household's maximum billing counters, a gauge per year."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QVBoxLayout, QWidget

from ui import format as fmt
from ui.screens import parts
from ui.screens.file.common import Page


class MafPage(Page):
    """The household's maximum billing counters of the last three years, each as a gauge."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("mafPage")
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.explain = parts.label(self, "hint")
        self.layout_.addWidget(self.explain)
        self.years = QVBoxLayout()
        self.layout_.addLayout(self.years)
        self.layout_.addStretch(1)
        self._data: tuple = ()
        self.retranslate()

    def show_maf(self, years) -> None:
        self._data = tuple(years)
        self._render()

    def _render(self) -> None:
        while self.years.count():
            widget = self.years.takeAt(0).widget()
            if widget is not None:
                widget.setParent(None)  # out of the window's tree now, not at deleteLater
                widget.deleteLater()
        if not self._data:
            return
        for year in self._data:
            box = QWidget(self)
            box.setObjectName("mafYear")
            column = QVBoxLayout(box)
            title = parts.label(box, "sectionHeading")
            title.setText(
                f"{year.year}: {fmt.money(year.personal_shares)} / {fmt.money(year.ceiling)}"
            )
            gauge = QProgressBar(box)
            gauge.setObjectName("mafGauge")
            gauge.setRange(0, 1000)
            ratio = 0 if year.ceiling <= 0 else min(1, year.personal_shares / year.ceiling)
            gauge.setValue(int(ratio * 1000))
            gauge.setTextVisible(False)  # the figures are in the title, readable on any fill
            left, right = parts.label(box, "body"), parts.label(box, "body")
            left.setText(
                "\n".join(
                    [
                        self.tr("Ceiling: %1").replace("%1", fmt.money(year.ceiling)),
                        self.tr("Personal shares counted: %1").replace(
                            "%1", fmt.money(year.personal_shares)
                        ),
                    ]
                )
            )
            if year.reached_on:
                last = self.tr("Ceiling reached on %1").replace("%1", fmt.day(year.reached_on))
            else:
                last = self.tr("Still %1 before the ceiling").replace(
                    "%1", fmt.money(year.remaining)
                )
            right.setText(
                "\n".join(
                    [
                        self.tr("Already refunded: %1").replace("%1", fmt.money(year.refunded)),
                        self.tr("Still due to you: %1").replace("%1", fmt.money(year.still_due)),
                        last,
                    ]
                )
            )
            for label in (left, right):
                label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            figures = QHBoxLayout()
            if self.large:  # one column at 44 px
                figures.setDirection(QHBoxLayout.Direction.TopToBottom)
            figures.addWidget(left, 1)
            figures.addWidget(right, 1)
            column.setContentsMargins(0, 0, 0, 8)
            column.addWidget(title)
            column.addWidget(gauge)
            column.addLayout(figures)
            self.years.addWidget(box)

    def retranslate(self) -> None:
        self.explain.setText(
            self.tr(
                "Maximum billing (MAF): above a ceiling, your household's personal shares of the "
                "year are refunded."
            )
        )
        self._render()

    def large_mode_changed(self, large: bool) -> None:
        super().large_mode_changed(large)
        self._render()

    def clear(self) -> None:
        self._data = ()
        self._render()
