"""The indemnities section: periods of incapacity, convocations, payments, and the statement
of a period to print."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QVBoxLayout,
)

from app.domain.clock import brussels_today
from app.domain.statement_period import default_period
from ui import format as fmt
from ui.appearance import reflow
from ui.screens import parts
from ui.screens.file.common import Page
from ui.screens.file.mail_offer import MailOffer


class IndemnitiesPage(Page):
    print_statement = Signal(object, object, str)  # start, end, language
    save_statement = Signal(object, object, str)
    mail_statement = Signal(object, object, str)  # "Send to my e-mail" (issue 19)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("indemnitiesPage")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.summary = parts.label(self, "indemnitySummary")
        layout.addWidget(self.summary)
        self.table = parts.table(self, "indemnityTable", 7)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)  # the kind, elided
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        # At 44 px: the day paid, the period, the kind and the net amount; the days, the gross
        # and the withholding are on the statement to print.
        self.table_fit = parts.LargeTable(self.table, stretch=2, hidden=(3, 4, 5))
        layout.addWidget(self.table, 1)
        self.statement_title = parts.label(self, "sectionHeading")
        layout.addWidget(self.statement_title)
        # "From [day] to [day] in [language]": one line, or each pair on its own at 44 px.
        row = reflow(QBoxLayout(QBoxLayout.Direction.LeftToRight), "stack")
        self.from_label = parts.label(self, "hint")
        self.to_label = parts.label(self, "hint")
        self.lang_label = parts.label(self, "hint")
        self.start = QDateEdit(self)
        self.start.setObjectName("statementStart")
        self.end = QDateEdit(self)
        self.end.setObjectName("statementEnd")
        for edit in (self.start, self.end):
            edit.setDisplayFormat("dd/MM/yyyy")
            edit.setCalendarPopup(True)
            edit.setMinimumHeight(60)
        self.language = QComboBox(self)
        self.language.setObjectName("statementLanguage")
        for code, name in (("fr", "Français"), ("nl", "Nederlands"), ("de", "Deutsch")):
            self.language.addItem(name, code)
        self.print_button = parts.button(self, "printStatement", self._print, primary=True)
        parts.keep_width(self.print_button)
        self.save_button = parts.button(self, "saveStatement", self._save)
        parts.keep_width(self.save_button)
        self.save_button.setVisible(False)
        for label, field in (
            (self.from_label, self.start), (self.to_label, self.end),
            (self.lang_label, self.language),
        ):  # fmt: skip
            label.setBuddy(field)
            pair = reflow(QHBoxLayout(), "keep")
            pair.addWidget(label)
            pair.addWidget(field)
            pair.setAlignment(Qt.AlignmentFlag.AlignLeft)  # as wide as its two, not the row
            row.addLayout(pair)
        row.addStretch(1)
        layout.addLayout(row)
        actions = reflow(QHBoxLayout(), "stack")
        self.period_error = parts.label(self, "errorMessage")
        actions.addWidget(self.period_error, 1)
        actions.addWidget(self.save_button)
        actions.addWidget(self.print_button)
        layout.addLayout(actions)
        self.mail = MailOffer(self, "mailStatement")  # shown when the controller offers it
        self.mail.send.connect(self._mail)
        layout.addWidget(self.mail)
        self._data = None
        self.reset_period(brussels_today(), "fr")
        self.retranslate()

    def reset_period(self, today: dt.date, language: str) -> None:
        """Last calendar year, the statement most asked for (within the one-year limit)."""
        start, end = default_period(today)
        self.start.setDate(QDate(start.year, start.month, start.day))
        self.end.setDate(QDate(end.year, end.month, end.day))
        index = self.language.findData(language if language in ("fr", "nl", "de") else "fr")
        self.language.setCurrentIndex(index)

    def show_indemnities(self, data) -> None:
        self._data = data
        self.period_error.setText("")
        self._render()

    def show_period_problem(self, text: str) -> None:
        self.period_error.setText(text)

    def _period(self) -> tuple[dt.date, dt.date, str]:
        return (
            self.start.date().toPython(),
            self.end.date().toPython(),
            self.language.currentData(),
        )

    def _print(self) -> None:
        self.period_error.setText("")
        self.print_statement.emit(*self._period())

    def _save(self) -> None:
        self.period_error.setText("")
        self.save_statement.emit(*self._period())

    def _mail(self) -> None:
        self.period_error.setText("")
        self.mail_statement.emit(*self._period())

    def show_mail_offer(self, masked_address: str | None) -> None:
        self.mail.offer(masked_address)

    def _render(self) -> None:
        data = self._data
        if data is None:
            self.summary.setText("")
            parts.empty(self.table)
            return
        phases = {
            "primary": self.tr("primary incapacity"),
            "invalidity": self.tr("invalidity"),
            "maternity": self.tr("maternity leave"),
        }
        lines = []
        if not data.periods:
            lines.append(self.tr("No period of incapacity for work in this file."))
        for p in data.periods:
            end = fmt.day(p.ended_on) if p.ended_on else self.tr("ongoing")
            text = self.tr("Incapacity for work: %1 – %2").replace("%1", fmt.day(p.started_on))
            text = text.replace("%2", end)
            if p.phase:
                text += f" — {phases.get(p.phase, p.phase)}"
            lines.append(text)
        upcoming = [c for c in data.convocations if c.status == "planned"]
        for c in upcoming[:1]:
            lines.append(
                self.tr("Medical adviser: convocation on %1 at %2, %3 (%4)")
                .replace("%1", fmt.day(c.scheduled_at.date()))
                .replace("%2", c.scheduled_at.strftime("%H:%M"))
                .replace("%3", c.agency_name)
                .replace("%4", c.agency_address)
            )
        for n in data.next_payments:
            # A date not published yet is the rule's expectation, and said to be one.
            lines.append(
                (
                    self.tr("Next payment on %1 (for %2 to %3)")
                    if n.published
                    else self.tr("Next payment expected on %1 (for %2 to %3): not published yet")
                )
                .replace("%1", fmt.day(n.pay_on))
                .replace("%2", fmt.day(n.covers_from))
                .replace("%3", fmt.day(n.covers_to))
            )
        self.summary.setText("\n".join(lines))
        parts.fill(
            self.table,
            [
                [
                    parts.item(fmt.day(p.paid_on)),
                    parts.item(fmt.period(p.covers_from, p.covers_to)),
                    parts.item(phases.get(p.phase, p.phase)),
                    parts.item(str(p.days), amount=True),
                    parts.item(fmt.money(p.gross), amount=True),
                    parts.item(fmt.money(p.withholding), amount=True),
                    parts.item(fmt.money(p.net), amount=True),
                ]
                for p in data.payments
            ],
        )

    def retranslate(self) -> None:
        self.table.setAccessibleName(self.tr("Indemnities paid"))
        parts.titles(
            self.table,
            [
                self.tr("Paid on"),
                self.tr("Period"),
                self.tr("Kind"),
                self.tr("Days"),
                self.tr("Gross"),
                self.tr("Withholding"),
                self.tr("Net"),
            ],
            large=self.large,
        )
        self.statement_title.setText(self.tr("Indemnity statement"))
        self.from_label.setText(self.tr("From"))
        self.to_label.setText(self.tr("to"))
        self.lang_label.setText(self.tr("in"))
        self.start.setAccessibleName(self.tr("First day of the statement"))
        self.end.setAccessibleName(self.tr("Last day of the statement"))
        self.language.setAccessibleName(self.tr("Language of the statement"))
        self.print_button.setText(self.tr("Print the statement"))
        self.save_button.setText(self.tr("Save as PDF"))
        self.mail.retranslate()
        self._render()

    def large_mode_changed(self, large: bool) -> None:
        super().large_mode_changed(large)
        self.table_fit.set_large(large)
        parts.keep_items_whole(self.language)  # "Nederlands" whole at 44 px
        self.retranslate()

    def clear(self) -> None:
        super().clear()
        self.mail.clear()
        self._data = None
        self.period_error.setText("")
        self._render()
