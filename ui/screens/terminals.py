"""A supervisor's Terminals screen at the counter: the agency's terminals (or all), each green,
amber or red with what is wrong in words ("Out of paper since 10:42", "Offline for 2 h, 14
operations waiting", "No news for 12 minutes").

Fed by ui/terminals_controller.py with app/services/fleet.py's `Fleet`; the colour is always
said in words and with a symbol too, for whoever does not tell red from green.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QHeaderView

from app.domain.clock import BRUSSELS, utc_now
from app.services.fleet import AMBER, GREEN, RED, Reason
from ui.appearance import colour
from ui.screens import parts
from ui.screens.base import Screen

# The state's word and symbol in the palette's colour for it, on the table's ground (pairs
# checked in ui/appearance.py: success, warning and danger on paper).
ROLES = {GREEN: "success", AMBER: "warning", RED: "danger"}
SYMBOLS = {GREEN: "✔", AMBER: "▲", RED: "✖"}
STATE, NAME, AGENCY, VERSION, REASONS = range(5)


class TerminalsScreen(Screen):
    name = "terminals"
    back = Signal()
    refresh = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.layout_.setContentsMargins(24, 8, 24, 8)
        top = QHBoxLayout()
        self.scope_label = parts.label(self, "fieldLabel")
        self.scope = QComboBox(self)
        self.scope.setObjectName("terminalsScope")
        self.scope.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.scope_label.setBuddy(self.scope)
        self.refresh_button = parts.button(self, "terminalsRefresh", self.refresh.emit)
        parts.keep_width(self.refresh_button)
        top.addWidget(self.scope_label)
        top.addWidget(self.scope)
        top.addStretch(1)
        top.addWidget(self.refresh_button)
        self.layout_.addLayout(top)
        self.scope.activated.connect(lambda _i: self.refresh.emit())

        self.summary = parts.label(self, "hint")
        self.layout_.addWidget(self.summary)
        self.table = parts.table(self, "terminalsTable", 5)
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(REASONS, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(True)
        self.table.setMinimumHeight(300)
        self.layout_.addWidget(self.table, 1)
        self.empty = parts.message(self, "hint")
        self.layout_.addWidget(self.empty)
        self.status = parts.message(self, "errorMessage")
        self.layout_.addWidget(self.status)
        self.back_button = parts.button(self, "terminalsBack", self.back.emit)
        parts.keep_width(self.back_button)
        self.layout_.addLayout(parts.button_row(self.back_button))

        self.fleet = None
        self._agency: tuple[int, str] | None = None  # the supervisor's (id, name)
        self._problem = ""
        self.retranslate()

    # -- what the controller hands over ----------------------------------------------------
    def show_agency(self, agency: tuple[int, str] | None) -> None:
        """The supervisor's own agency, shown first (None: they have none, all are shown)."""
        self._agency = agency
        self._fill_scope(mine_first=True)

    @property
    def agency_id(self) -> int | None:
        return self.scope.currentData()

    def show_fleet(self, fleet) -> None:
        self.fleet = fleet
        self._problem = ""
        self.status.setText("")
        self._render()

    def show_problem(self, text: str) -> None:
        self._problem = text
        self.status.setText(text)

    # -- words -------------------------------------------------------------------------------
    def colour_word(self, colour: str) -> str:
        return {
            GREEN: self.tr("OK"),
            AMBER: self.tr("Warning"),
            RED: self.tr("Problem"),
        }[colour]

    def duration(self, minutes: int) -> str:
        """12 minutes, 2 h, 3 days: as precise as a supervisor needs it."""
        if minutes < 60:
            return self.tr("%n minute(s)", "", minutes)
        if minutes < 48 * 60:
            return self.tr("%n h", "", minutes // 60)
        return self.tr("%n day(s)", "", minutes // (24 * 60))

    def moment(self, when: dt.datetime | None) -> str:
        """10:42 today (Belgian time, whatever the machine's zone), 07/12 10:42 another day."""
        if when is None:
            return ""
        local = when.astimezone(BRUSSELS)
        checked = self.fleet.checked_at if self.fleet else utc_now()
        today = checked.astimezone(BRUSSELS).date()
        clock = f"{local.hour:02d}:{local.minute:02d}"
        if local.date() == today:
            return clock
        german = QLocale().language() == QLocale.Language.German
        return f"{local.strftime('%d.%m.' if german else '%d/%m')} {clock}"

    def reason_text(self, reason: Reason) -> str:
        since = self.moment(reason.since)

        def with_since(plain: str, dated: str) -> str:
            return dated.replace("%1", since) if since else plain

        code = reason.code
        if code == "never_reported":
            return self.tr("Has never reported")
        if code == "no_news":
            return self.tr("No news for %1").replace("%1", self.duration(reason.minutes or 0))
        if code == "offline":
            return (
                self.tr("Offline for %1, %n operation(s) waiting", "", reason.count or 0)
                .replace("%1", self.duration(reason.minutes or 0))
            )  # fmt: skip
        if code == "out_of_paper":
            return with_since(self.tr("Out of paper"), self.tr("Out of paper since %1"))
        if code == "paper_jam":
            return with_since(self.tr("Paper jam"), self.tr("Paper jam since %1"))
        if code == "door_open":
            return with_since(self.tr("Printer door open"), self.tr("Printer door open since %1"))
        if code == "toner_empty":
            return with_since(self.tr("Toner empty"), self.tr("Toner empty since %1"))
        if code == "printer_fault":
            text = with_since(
                self.tr("The printer reports: %2"), self.tr("The printer reports: %2 (since %1)")
            )
            return text.replace("%2", reason.detail)
        if code == "printer_stopped":
            return self.tr("Printer stopped")
        if code == "no_printer":
            return self.tr("No printer")
        if code == "print_service_down":
            return self.tr("The print service does not answer")
        if code == "paper_low":
            return self.tr("Paper low")
        if code == "toner_low":
            if reason.count is not None:
                return self.tr("Toner low (%1 %)").replace("%1", str(reason.count))
            return self.tr("Toner low")
        if code == "low_disk":
            size = QLocale().formattedDataSize(
                reason.free_bytes or 0, 0, QLocale.DataSizeFormat.DataSizeTraditionalFormat
            )
            return self.tr("Low disk space (%1 free)").replace("%1", size)
        if code == "restarts":
            return self.tr("Restarted %n time(s) today", "", reason.count or 0)
        if code == "no_card_reader":
            return self.tr("No card reader")
        return code

    # -- rendering ---------------------------------------------------------------------------
    def _fill_scope(self, *, mine_first: bool = False) -> None:
        current = None if mine_first else self.scope.currentIndex()
        self.scope.blockSignals(True)
        self.scope.clear()
        if self._agency is not None:
            self.scope.addItem(self.tr("Agency %1").replace("%1", self._agency[1]), self._agency[0])
        self.scope.addItem(self.tr("All agencies"), None)
        self.scope.setCurrentIndex(0 if current is None else min(current, self.scope.count() - 1))
        self.scope.blockSignals(False)

    def _large(self) -> bool:
        """The window's mode (the counter has only the normal one)."""
        appearance = getattr(self.window(), "appearance", None)
        return bool(getattr(appearance, "large", False))

    def _render(self) -> None:
        fleet = self.fleet
        if fleet is None:
            parts.empty(self.table)
            self.summary.setText("")
            self.empty.setText("")
            return
        rows = []
        for terminal in fleet.terminals:
            word = self.colour_word(terminal.colour)
            state = parts.item(f"{SYMBOLS[terminal.colour]} {word}", data=terminal.colour)
            state.setForeground(QBrush(QColor(colour(ROLES[terminal.colour], self._large()))))
            reasons = [self.reason_text(r) for r in terminal.reasons] or [self.tr("All is well")]
            kind = self.tr("counter") if terminal.kind == "counter" else self.tr("kiosk")
            name = parts.item(f"{terminal.name}\n{kind}")
            detail = parts.item("\n".join(reasons))
            for item in (name, detail):
                item.setData(Qt.ItemDataRole.AccessibleTextRole, item.text().replace("\n", ", "))
            state.setData(Qt.ItemDataRole.AccessibleTextRole, word)  # the word, not the symbol
            rows.append(
                [
                    state,
                    name,
                    parts.item(terminal.agency_name),
                    parts.item(terminal.version or "—"),
                    detail,
                ]
            )
        parts.fill(self.table, rows)
        self.table.resizeRowsToContents()
        counts = {c: sum(1 for t in fleet.terminals if t.colour == c) for c in (RED, AMBER, GREEN)}
        self.summary.setText(
            self.tr("Checked at %1: %2 with a problem, %3 to watch, %4 fine")
            .replace("%1", self.moment(fleet.checked_at))
            .replace("%2", str(counts[RED]))
            .replace("%3", str(counts[AMBER]))
            .replace("%4", str(counts[GREEN]))
        )
        self.empty.setText("" if rows else self.tr("No terminal is registered here."))

    def retranslate(self) -> None:
        self.title.setText(self.tr("Terminals"))
        self.setAccessibleName(self.tr("Terminals"))
        self.setAccessibleDescription(self.tr("Each terminal's state, and what is wrong with it."))
        self.scope_label.setText(self.tr("Show"))
        self.scope.setAccessibleName(self.tr("Which agency's terminals to show"))
        self.table.setAccessibleName(self.tr("The terminals and their state"))
        self._fill_scope()
        self.refresh_button.setText(self.tr("Refresh"))
        self.refresh_button.setAccessibleName(self.tr("Refresh"))
        self.back_button.setText(self.tr("Back to the desk"))
        self.back_button.setAccessibleName(self.tr("Back to the desk"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("State"),
                self.tr("Terminal"),
                self.tr("Agency"),
                self.tr("Version"),
                self.tr("What is wrong"),
            ]
        )
        self._render()

    def clear(self) -> None:
        super().clear()
        self.fleet = None
        self._agency = None
        self._problem = ""
        self.status.setText("")
        self._fill_scope(mine_first=True)
        self._render()
