"""Check a certificate: its dates, the day it reaches the mutuality and how it is sent, then the
verdict in words (prolongation, relapse, new incapacity; its deadline; late: the cut, the
estimated loss and when it is waived). What was typed stays."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QRadioButton,
    QSizePolicy,
    QWidget,
)

from ui import format as fmt
from ui.messages import certificate_problem_text
from ui.screens import parts
from ui.screens.file.incapacity_parts import (
    date_field,
    fill_date,
    long_day,
    percent,
    scroll_to,
    typed_date,
    view_top,
)

EXAMPLE_DAY = dt.date(2016, 1, 8)  # how to type a date, shown in the screen's own form


class CheckView(QWidget):
    check = Signal(dict)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("certificateCheck")
        layout = view_top(self)  # self.heading, self.hint
        self.form = form = QFormLayout()  # in the large mode, each label above its field
        self.labels: dict[str, object] = {}
        self.fields = {}
        for key in ("covers_from", "covers_to", "received_on"):
            label = parts.label(self, "fieldLabel")
            edit = date_field(self, f"certificate_{key}")  # as wide as a date, at the left
            label.setBuddy(edit)
            form.addRow(label, edit)
            self.labels[key] = label
            self.fields[key] = edit
        # Someone with no period in the file: the first declaration's deadline depends on it.
        self.status_label = parts.label(self, "fieldLabel")
        self.status = QComboBox(self)
        self.status.setObjectName("certificateWorkStatus")
        self.status.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        for key in ("worker", "employee", "unemployed", "self_employed"):
            self.status.addItem("", key)
        self.status_label.setBuddy(self.status)
        form.addRow(self.status_label, self.status)
        layout.addLayout(form)
        self.paper = QRadioButton(self)
        self.paper.setObjectName("certificatePaper")
        self.electronic = QRadioButton(self)
        self.electronic.setObjectName("certificateElectronic")
        self.channel = QButtonGroup(self)
        self.channel.addButton(self.paper)
        self.channel.addButton(self.electronic)
        self.paper.setChecked(True)
        layout.addWidget(self.paper)
        layout.addWidget(self.electronic)
        self.problem = parts.message(self, "errorMessage")
        layout.addWidget(self.problem)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.check_button = parts.button(self, "checkCertificate", self._check, primary=True)
        parts.keep_width(self.check_button)
        buttons.addWidget(self.check_button)
        layout.addLayout(buttons)
        self.verdict = parts.message(self, "factValue")
        self.details = parts.message(self, "hint")
        layout.addWidget(self.verdict)
        layout.addWidget(self.details)
        self._check_result = None
        self._asked: dict | None = None
        self._ask_status = False
        self._show_status()

    def opened(self, today: dt.date) -> None:
        fill_date(self.fields["received_on"], today)

    def show_incapacity(self, mine) -> None:
        """With no period in the file, the member says their work status."""
        self._ask_status = mine is not None and mine.period is None
        self._show_status()

    def _show_status(self) -> None:
        self.form.setRowVisible(self.status, self._ask_status)

    # -- the member's action -----------------------------------------------------------------
    def _check(self) -> None:
        self.problem.setText("")
        form: dict = {}
        try:
            for key, edit in self.fields.items():
                form[key] = typed_date(edit.text())
        except ValueError:
            self._show_unreadable()
            return
        form["electronic"] = self.electronic.isChecked()
        if self._ask_status:
            form["work_status"] = self.status.currentData()
        self._asked = form
        self.check.emit(form)

    def _show_unreadable(self) -> None:
        self._check_result = None
        self.verdict.setText("")
        self.details.setText("")
        self.problem.setText(self.tr("Type each date as %1.").replace("%1", fmt.day(EXAMPLE_DAY)))

    # -- the controller's answers ------------------------------------------------------------
    def show_check(self, result) -> None:
        self._check_result = result
        self.problem.setText("")
        self._render()
        scroll_to(self.details if self.details.text() else self.problem)

    def show_problem(self, text: str) -> None:
        self._check_result = None
        self.verdict.setText("")
        self.details.setText("")
        self.problem.setText(text)

    def _render(self) -> None:
        c = self._check_result
        if c is None:
            self.verdict.setText("")
            self.details.setText("")
            return
        if c.problems:
            self.verdict.setText("")
            self.details.setText("")
            self.problem.setText("\n".join(certificate_problem_text(code) for code in c.problems))
            return
        self.verdict.setText(self._kind(c.kind))
        self.details.setText("\n".join(self._details(c)))

    def _kind(self, kind: str | None) -> str:
        return {
            "first": self.tr("This is the first certificate of a new incapacity."),
            "prolongation": self.tr(
                "This is a prolongation: it starts the day after your previous certificate ends."
            ),
            "relapse": self.tr(
                "This is a relapse: it starts after a short gap, so it continues your "
                "incapacity in a new file."
            ),
            "new": self.tr(
                "This is a new incapacity: the gap since your previous certificate is too long "
                "for a relapse. Send it as a first certificate."
            ),
        }.get(kind or "", "")

    def _details(self, c) -> list[str]:
        lines = []
        for start, end in c.uncovered:
            text = self.tr("Not covered by a certificate: %1 – %2")
            lines.append(text.replace("%1", fmt.day(start)).replace("%2", fmt.day(end)))
        if c.electronic_needs_no_paper and (self._asked or {}).get("electronic"):
            lines.append(self.tr("Your doctor sends it electronically: you have nothing to send."))
        if c.electronic_too_long:
            lines.append(
                self.tr(
                    "An electronic certificate cannot cover so long: your doctor sends a new one "
                    "before this one ends."
                )
            )
        if c.deadline is not None:
            lines.append(self.tr("It must reach us by %1.").replace("%1", long_day(c.deadline)))
        received = (self._asked or {}).get("received_on")
        if not c.late:
            if c.deadline is not None and received is not None:
                lines.append(
                    self.tr("Received on %1, it is on time.").replace("%1", long_day(received))
                )
            return lines
        lines.append(self._late(c))
        if c.waiver is not None and c.late_days:
            lines += self._waiver(c.waiver)
        return lines

    def _late(self, c) -> str:
        """The cut runs on the paid days from the first it concerns up to the day it arrived
        (no further than its last day): the check says both."""
        if not c.late_days or c.late_from is None or c.late_until is None:
            return self.tr("It is late, but no paid day is cut.")
        text = self.tr(
            "It is late: your indemnity is %1 less for %n paid day(s), from %2 to %3.",
            "",
            c.late_days,
        )
        text = (
            text.replace("%2", fmt.day(c.late_from))
            .replace("%3", fmt.day(c.late_until))
            .replace("%1", percent(c.penalty_rate))
        )
        if c.estimated_loss is not None:
            text += " " + self.tr("About %1.").replace("%1", fmt.money(c.estimated_loss))
        return text

    def _waiver(self, w) -> list[str]:
        lines = [
            self.tr(
                "The cut is waived if it costs you at least %1 and you could not send it in "
                "time (force majeure) or your household earns less than %2 a year; at most once "
                "in %n year(s).",
                "",
                w.once_in_years,
            )
            .replace("%1", fmt.money(w.min_loss))
            .replace("%2", fmt.money(w.income_limit))
        ]
        grace_until = getattr(w, "grace_until", None)
        if grace_until is not None:
            lines.append(
                self.tr(
                    "Self-employed: no cut if it reached us by %1, once per period of incapacity."
                ).replace("%1", fmt.day(grace_until))
            )
        elif w.self_employed_grace_months is not None:
            lines.append(
                self.tr(
                    "Self-employed: up to %n month(s) late there is no cut, once per period of "
                    "incapacity.",
                    "",
                    w.self_employed_grace_months,
                )
            )
        if w.applies is False:
            lines.append(self.tr("Here the waiver does not apply."))
        elif w.applies is None:
            lines.append(self.tr("Ask the counter whether it applies to you."))
        else:
            lines.append(self.tr("Here the cut can be waived: tell the counter."))
        return lines

    # -- texts -------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.heading.setText(self.tr("Check a certificate"))
        self.hint.setText(
            self.tr(
                "Type the dates your doctor wrote and the day the certificate reaches us: you "
                "see what kind of certificate it is and whether it is on time."
            )
        )
        names = {
            "covers_from": self.tr("First day it covers"),
            "covers_to": self.tr("Last day it covers"),
            "received_on": self.tr("Day it reaches us"),
        }
        placeholder = fmt.day(EXAMPLE_DAY)
        for key, label in self.labels.items():
            label.setText(names[key])
            self.fields[key].setAccessibleName(names[key])
            self.fields[key].setPlaceholderText(placeholder)
        self.status_label.setText(self.tr("I am"))
        self.status.setAccessibleName(self.tr("Your work status"))
        statuses = {
            "worker": self.tr("a worker"),
            "employee": self.tr("an employee"),
            "unemployed": self.tr("unemployed"),
            "self_employed": self.tr("self-employed"),
        }
        for index in range(self.status.count()):
            self.status.setItemText(index, statuses[self.status.itemData(index)])
        self.paper.setText(self.tr("On paper: I send it"))
        self.electronic.setText(self.tr("Electronically: my doctor sends it"))
        self.check_button.setText(self.tr("Check"))
        self._render()

    def clear(self) -> None:
        self._check_result = None
        self._asked = None
        self._ask_status = False
        self._show_status()
        self.status.setCurrentIndex(0)
        self.paper.setChecked(True)
        self.problem.setText("")
        self._render()
