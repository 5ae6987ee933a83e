"""The medical agreements section: what the medical adviser granted, refused or examines."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout

from ui import format as fmt
from ui.screens import parts
from ui.screens.file.common import Page, section_title, tr


def _agreement_kind(code: str) -> str:
    """What the medical adviser agreed to, in words (a code the screen does not know yet is
    shown as it is stored rather than hidden)."""
    return {
        "physiotherapy_e_list": tr("Physiotherapy for a serious condition (E list)"),
        "chronic_illness_status": tr("Status of person with a chronic illness"),
        "orthodontics": tr("Orthodontic treatment"),
        "chapter_iv_medicine": tr("Medicine under conditions (chapter IV)"),
        "home_nursing": tr("Home nursing"),
    }.get(code, code)


class AgreementsPage(Page):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("agreementsPage")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.table = parts.table(self, "agreementTable", 4)
        # At 44 px the reference goes under the agreement's name (the large mode's column).
        self.table_fit = parts.LargeTable(self.table, stretch=0, hidden=(3,))
        self.empty = parts.label(self, "hint")
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        self._data: tuple | None = None
        self.retranslate()

    def show_agreements(self, agreements) -> None:
        self._data = tuple(agreements)
        self._render()

    def _render(self) -> None:
        decisions = {
            "granted": self.tr("granted"),
            "refused": self.tr("refused"),
            "pending": self.tr("being examined"),
        }
        rows = []
        for a in self._data or ():
            if a.valid_from:
                validity = f"{fmt.day(a.valid_from)} – {fmt.day(a.valid_to) if a.valid_to else '…'}"
            else:
                validity = "—"
            state = decisions.get(a.decision, a.decision)
            if a.decision == "granted" and not a.valid:
                state = self.tr("expired")
            kind = _agreement_kind(a.kind)
            if self.large and a.reference:
                kind = f"{kind}\n{a.reference}"
            rows.append(
                [parts.item(kind), parts.item(state), parts.item(validity), parts.item(a.reference)]
            )
        parts.fill(self.table, rows)
        self.empty.setText(
            self.tr("No medical agreement in this file.") if self._data == () else ""
        )

    def retranslate(self) -> None:
        self.table.setAccessibleName(section_title("agreements"))
        parts.titles(
            self.table,
            [self.tr("Agreement"), self.tr("Decision"), self.tr("Valid"), self.tr("Reference")],
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
