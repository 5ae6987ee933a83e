"""The overview of "My incapacity": the period and its certificates, the days covered, what the
next certificate must say and by when, part-time work asked, the next payments and the
indemnity's estimate with its calculation lines."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QTableWidget, QVBoxLayout, QWidget

from ui import format as fmt
from ui.screens import parts
from ui.screens.file.incapacity_parts import LargeTable, long_day, percent

MAX_TABLE_ROWS = 8  # certificates shown before the table scrolls on its own


def _table_to_rows(table: QTableWidget) -> None:
    """The table as tall as its rows (up to MAX_TABLE_ROWS): the page scrolls, not the table.
    In the large mode a row is as tall as its wrapped cells (measured now, at the columns'
    widths)."""
    if table.verticalHeader().sectionResizeMode(0) == QHeaderView.ResizeMode.ResizeToContents:
        table.resizeRowsToContents()
    rows = min(table.rowCount(), MAX_TABLE_ROWS)
    header = table.horizontalHeader().sizeHint().height()
    frame = 2 * table.frameWidth()
    table.setFixedHeight(header + sum(table.rowHeight(row) for row in range(rows)) + frame)


class OverviewView(QWidget):
    """The period, its certificates, the next certificate, payments and the estimate."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("incapacityOverview")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        self.period = parts.label(self, "factValue")
        self.period_facts = parts.label(self, "hint")
        self.period_facts.setObjectName("incapacityFacts")
        self.certificates_title = parts.label(self, "sectionHeading")
        self.certificates = parts.table(self, "certificateTable", 4)
        header = self.certificates.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.certificates.setTextElideMode(Qt.TextElideMode.ElideRight)
        # Large mode: the dates sized to them, the period, kind and channel share the rest.
        self.certificates_large = LargeTable(self.certificates, (1, 2, 3))
        self.certificates_large.arranged.connect(lambda: _table_to_rows(self.certificates))
        self.coverage = parts.label(self)
        self.coverage.setObjectName("certificateCoverage")
        self.next_title = parts.label(self, "sectionHeading")
        self.next_certificate = parts.label(self)
        self.next_certificate.setObjectName("nextCertificate")
        self.resumptions_title = parts.label(self, "sectionHeading")
        self.resumptions = parts.label(self)
        self.resumptions.setObjectName("resumptionList")
        self.payments_title = parts.label(self, "sectionHeading")
        self.payments = parts.label(self)
        self.payments.setObjectName("incapacityPayments")
        self.estimate_title = parts.label(self, "sectionHeading")
        self.estimate = parts.label(self)
        self.estimate.setObjectName("indemnityEstimate")
        for widget in (
            self.period, self.period_facts, self.certificates_title, self.certificates,
            self.coverage, self.next_title, self.next_certificate, self.resumptions_title,
            self.resumptions, self.payments_title, self.payments, self.estimate_title,
            self.estimate,
        ):  # fmt: skip
            layout.addWidget(widget)
        self._mine = None
        self._return_sent: dt.date | None = None

    def large_mode_changed(self, large: bool) -> None:
        self.certificates_large.set_large(large)  # then `arranged`: the heights follow

    def show_incapacity(self, mine, return_sent: dt.date | None) -> None:
        self._mine = mine
        self._return_sent = return_sent
        self.retranslate()

    def show_return(self, day: dt.date | None) -> None:
        self._return_sent = day
        self._render()

    def retranslate(self) -> None:
        self.certificates.setAccessibleName(self.tr("Your certificates"))
        self.certificates_large.set_titles(
            [self.tr("Received on"), self.tr("Covers"), self.tr("Certificate"), self.tr("Sent")]
        )
        self.certificates_title.setText(self.tr("Your certificates"))
        self.next_title.setText(self.tr("Your next certificate"))
        self.resumptions_title.setText(self.tr("Part-time work"))
        self.payments_title.setText(self.tr("Next payments"))
        self.estimate_title.setText(self.tr("Your indemnity (estimate)"))
        self._render()

    def _render(self) -> None:
        mine = self._mine
        period = mine.period if mine is not None else None
        shown = period is not None
        for widget in (self.certificates_title, self.certificates, self.coverage):
            widget.setVisible(shown)
        running = shown and mine.running
        for title, body, visible in (
            (self.next_title, self.next_certificate, running and mine.next_certificate is not None),
            (self.resumptions_title, self.resumptions, shown and bool(mine.resumptions)),
            (self.payments_title, self.payments, running and bool(mine.next_payments)),
            (self.estimate_title, self.estimate, running and mine.estimate_now is not None),
        ):
            title.setVisible(visible)
            body.setVisible(visible)
        for label in (self.coverage, self.next_certificate, self.resumptions, self.payments,
                      self.estimate):  # fmt: skip
            label.setText("")  # nothing of a previous answer (or member) stays behind
        if mine is None:
            self.period.setText("")
            self.period_facts.setText("")
            parts.empty(self.certificates)
            return
        if period is None:
            self.period.setText(self.tr("You have no incapacity for work in your file."))
            self.period_facts.setText(
                self.tr(
                    'If you fall ill: "Forms to print" has the certificate for your doctor, and '
                    '"Check a certificate" tells you by when it must reach us.'
                )
            )
            parts.empty(self.certificates)
            return
        self.period.setText(self._period_text(mine))
        self.period_facts.setText("\n".join(self._facts(mine)))
        self._fill_certificates(mine)
        self.coverage.setText("\n".join(self._coverage(mine)))
        if mine.next_certificate is not None:
            self.next_certificate.setText("\n".join(self._next(mine.next_certificate)))
        self.resumptions.setText("\n".join(self._resumption(r) for r in mine.resumptions))
        self.payments.setText("\n".join(self._payment(p) for p in mine.next_payments))
        if mine.estimate_now is not None:
            self.estimate.setText("\n".join(self._estimates(mine)))

    # -- the parts of the overview -----------------------------------------------------------
    def _period_text(self, mine) -> str:
        period = mine.period
        if mine.running:
            text = self.tr("Incapacity for work since %1").replace(
                "%1", long_day(period.started_on)
            )
            if period.phase:
                text += f" — {self._phase(period.phase)}"
            return text
        return (
            self.tr("Incapacity for work from %1 to %2: ended.")
            .replace("%1", fmt.day(period.started_on))
            .replace("%2", fmt.day(period.ended_on) if period.ended_on else "")
        )

    def _facts(self, mine) -> list[str]:
        period = mine.period
        lines = [self.tr("Work status: %1").replace("%1", self._work_status(period.work_status))]
        if mine.declaration_deadline is not None:
            lines.append(
                self.tr("The first certificate was to reach us by %1.").replace(
                    "%1", long_day(mine.declaration_deadline)
                )
            )
        if mine.running and period.ended_on is not None:
            lines.append(
                self.tr("Your incapacity ends on %1: you resume the next day.").replace(
                    "%1", long_day(period.ended_on)
                )
            )
        elif mine.running and self._return_sent is not None:
            lines.append(
                self.tr("Your return to work on %1 is on its way to the mutuality.").replace(
                    "%1", long_day(self._return_sent)
                )
            )
        if mine.history:
            lines.append(
                self.tr("%n earlier period(s) of incapacity: see Indemnities.", "", mine.history)
            )
        return lines

    def _fill_certificates(self, mine) -> None:
        kinds = {
            "initial": self.tr("first certificate"),
            "prolongation": self.tr("prolongation"),
            "resumption": self.tr("return to work"),
            "partial_resumption": self.tr("part-time work"),
        }
        channels = {
            "paper": self.tr("on paper"),
            "electronic": self.tr("electronically by the doctor"),
            "declaration": self.tr("your declaration"),
        }
        rows = []
        for c in mine.certificates:
            covers = (
                fmt.period(c.covers_from, c.covers_to)
                if c.covers_to is not None
                else self.tr("from %1").replace("%1", fmt.day(c.covers_from))
            )
            rows.append(
                [
                    parts.item(fmt.day(c.received_on)),
                    parts.item(covers),
                    parts.item(kinds.get(c.kind, c.kind)),
                    parts.item(channels.get(c.channel, c.channel)),
                ]
            )
        parts.fill(self.certificates, rows)
        _table_to_rows(self.certificates)

    def _coverage(self, mine) -> list[str]:
        lines = [self.tr("%n day(s) covered by your certificates.", "", mine.days_covered)]
        if not mine.uncovered:
            lines.append(self.tr("No day without a certificate."))
        for start, end in mine.uncovered:
            text = self.tr("Not covered by a certificate: %1 – %2")
            lines.append(text.replace("%1", fmt.day(start)).replace("%2", fmt.day(end)))
        lines += [self._cut(c) for c in mine.certificates if _cut_days(c)]
        return lines

    def _cut(self, c) -> str:
        """A late certificate's own cut, on the paid days from the first it concerns to the day
        it arrived (not the whole period's)."""
        return (
            self.tr(
                "The certificate received on %1 came late: your indemnity is %2 less from %3 to %4."
            )
            .replace("%1", fmt.day(c.received_on))
            .replace("%2", percent(c.late_penalty_rate))
            .replace("%3", fmt.day(c.late_from))
            .replace("%4", fmt.day(c.late_until))
        )

    def _next(self, nxt) -> list[str]:
        lines = [
            self.tr(
                "Your certificate covers you until %1. If you cannot resume on %2, your "
                "prolongation certificate must start on %3."
            )
            .replace("%1", long_day(nxt.covered_until))
            .replace("%2", long_day(nxt.resume_on))
            .replace("%3", long_day(nxt.must_start_on)),
            self.tr("It must reach us by %1.").replace("%1", long_day(nxt.must_arrive_by)),
        ]
        if nxt.electronic_until is not None:
            lines.append(
                self.tr(
                    "A certificate your GP sends electronically needs no paper from you; one "
                    "such certificate covers at most until %1."
                ).replace("%1", long_day(nxt.electronic_until))
            )
        return lines

    def _resumption(self, r) -> str:
        statuses = {
            "received": self.tr("waiting for the medical adviser's decision"),
            "authorised": self.tr("authorised"),
            "refused": self.tr("refused"),
        }
        text = (
            self.tr("From %1: %2 h a week of %3 h, at %4 — %5")
            .replace("%1", fmt.day(r.starts_on))
            .replace("%2", fmt.number(r.work_hours))
            .replace("%3", fmt.number(r.reference_hours))
            .replace("%4", r.employer)
            .replace("%5", statuses.get(r.status, r.status))
        )
        if r.status == "refused" and r.reason:
            text += f" ({r.reason})"
        if r.timeliness == "late_cut":
            text += " — " + self.tr("it arrived late: the indemnity is cut until it arrived")
        elif r.timeliness == "late_no_indemnity":
            text += " — " + self.tr("it arrived too late: no indemnity from the day it concerns")
        return text

    def _payment(self, p) -> str:
        text = (
            self.tr("Next payment on %1 (for %2 to %3)")
            if p.published
            else self.tr("Next payment expected on %1 (for %2 to %3): not published yet")
        )
        return (
            text.replace("%1", fmt.day(p.pay_on))
            .replace("%2", fmt.day(p.covers_from))
            .replace("%3", fmt.day(p.covers_to))
        )

    def _estimates(self, mine) -> list[str]:
        lines = self._estimate(mine.estimate_now, self.tr("Now"))
        after = mine.estimate_after_year
        if after is not None:
            lines.append("")
            lines += self._estimate(
                after,
                self.tr("After the first year (invalidity, from %1)").replace(
                    "%1", fmt.day(after.on)
                ),
            )
        return lines

    def _estimate(self, e, when: str) -> list[str]:
        if e.daily_gross is None:
            head = self.tr(
                "%1: by the rules in force on %2, your daily amount cannot be estimated."
            )
        else:
            head = self.tr("%1: by the rules in force on %2, about %3 gross a day, %4 net.")
        lines = [
            head.replace("%1", when)
            .replace("%2", fmt.day(e.on))
            .replace("%3", fmt.money(e.daily_gross))
            .replace("%4", fmt.money(e.daily_net))
        ]
        lines += [f"  • {text}" for text in (self._line(line) for line in e.lines) if text]
        if e.figures_from.year < e.on.year:  # not brought up to date this year: say how old
            lines.append(self.tr("Figures from %1.").replace("%1", fmt.day(e.figures_from)))
        return lines

    def _line(self, line) -> str:
        """One calculation line in words: %1 its amount, %2 its rate."""
        texts = {
            "wage": self.tr("Your gross daily wage: %1"),
            "capped_wage": self.tr("Wage taken into account, at most: %1"),
            "rate": self.tr("At %2 of it: %1"),
            "gross": self.tr("Gross daily indemnity: %1"),
            "maximum": self.tr("Maximum daily amount applied: %1"),
            "minimum": self.tr("Minimum daily amount applied: %1"),
            "flat_rate": self.tr("Flat daily amount for the self-employed: %1"),
            "withholding": self.tr("Withholding of %2: %1"),
            "net": self.tr("Net daily indemnity: %1"),
            "family_unknown": self.tr(
                "Your family situation is not known yet: the amount depends on it."
            ),
            "wage_unknown": self.tr(
                "Your wage is not known yet: the amount is computed once your employer has sent it."
            ),
        }
        text = texts.get(line.code)
        if text is None:  # a line this screen has no words for: its figure alone, if any
            return fmt.money(line.amount) if line.amount is not None else ""
        amount = fmt.money(line.amount) if line.amount is not None else "—"
        return text.replace("%1", amount).replace(
            "%2", percent(line.rate) if line.rate is not None else "—"
        )

    def _phase(self, phase: str) -> str:
        return {
            "primary": self.tr("primary incapacity (first year)"),
            "invalidity": self.tr("invalidity"),
        }.get(phase, phase)

    def _work_status(self, status: str) -> str:
        return {
            "employee": self.tr("employee"),
            "worker": self.tr("worker"),
            "unemployed": self.tr("unemployed"),
            "self_employed": self.tr("self-employed"),
        }.get(status, status)

    def clear(self) -> None:
        self._mine = None
        self._return_sent = None
        self._render()


def _cut_days(certificate) -> bool:
    """A late certificate that cuts paid days (one late within the guaranteed salary cuts none)."""
    return (
        certificate.late_penalty_rate is not None
        and certificate.late_from is not None
        and certificate.late_until is not None
    )
