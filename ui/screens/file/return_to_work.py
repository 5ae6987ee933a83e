"""I resume work: the day the member starts again, at work or as a jobseeker, through the
outbox; said on its way until the central side applies it (the period then shows closed)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QFormLayout, QHBoxLayout, QRadioButton, QWidget

from ui import format as fmt
from ui.screens import parts
from ui.screens.file.incapacity_parts import (
    date_field,
    fill_date,
    long_day,
    scroll_to,
    typed_date,
    view_top,
)

EXAMPLE_DAY = dt.date(2016, 1, 8)  # how to type a date, shown in the screen's own form


class ReturnView(QWidget):
    """I resume work: the day, and whether at work or as a jobseeker."""

    declare = Signal(object, str)  # the day, ResumedAs value

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("returnView")
        layout = view_top(self)  # self.heading, self.hint
        form = QFormLayout()  # in the large mode, the label above its field
        self.day_label = parts.label(self, "fieldLabel")
        self.day = date_field(self, "returnDay")
        self.day_label.setBuddy(self.day)
        form.addRow(self.day_label, self.day)
        layout.addLayout(form)
        self.work = QRadioButton(self)
        self.work.setObjectName("returnToWork")
        self.unemployment = QRadioButton(self)
        self.unemployment.setObjectName("returnToUnemployment")
        self.group = QButtonGroup(self)
        self.group.addButton(self.work)
        self.group.addButton(self.unemployment)
        self.work.setChecked(True)
        layout.addWidget(self.work)
        layout.addWidget(self.unemployment)
        self.problem = parts.message(self, "errorMessage")
        layout.addWidget(self.problem)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.declare_button = parts.button(self, "declareReturn", self._declare, primary=True)
        parts.keep_width(self.declare_button)
        buttons.addWidget(self.declare_button)
        layout.addLayout(buttons)
        self.done = parts.message(self, "hint")
        self.done.setObjectName("returnSent")
        layout.addWidget(self.done)
        self.sent_on: dt.date | None = None  # this visit's declaration, until it is applied
        self._offline = False
        self._running = False
        self._asked: dt.date | None = None

    def opened(self, today: dt.date) -> None:
        fill_date(self.day, today)

    def show_incapacity(self, mine) -> None:
        self._running = bool(mine is not None and mine.running)
        if not self._running:
            self.sent_on = None  # applied: the period shows as closed
        self._render()

    def _declare(self) -> None:
        self.problem.setText("")
        try:
            day = typed_date(self.day.text())
        except ValueError:
            day = None
        if day is None:
            self.problem.setText(
                self.tr("Type the day you resume as %1.").replace("%1", fmt.day(EXAMPLE_DAY))
            )
            return
        self._asked = day
        self.declare.emit(day, "work" if self.work.isChecked() else "unemployment")

    def show_sent(self, offline: bool) -> None:
        self.sent_on, self._offline = self._asked, offline
        self.problem.setText("")
        self._render()
        scroll_to(self.done)

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)

    def _render(self) -> None:
        self.declare_button.setEnabled(self._running and self.sent_on is None)
        if self.sent_on is not None:
            self.done.setText(
                self.tr(
                    "Your return on %1 is on its way to the mutuality: your incapacity ends the "
                    "day before."
                ).replace("%1", long_day(self.sent_on))
                + (
                    " " + self.tr("It waits on this terminal until the connection is back.")
                    if self._offline
                    else ""
                )
            )
        elif not self._running:
            self.done.setText(self.tr("You have no running incapacity to end."))
        else:
            self.done.setText("")

    def retranslate(self) -> None:
        self.heading.setText(self.tr("I resume work"))
        self.hint.setText(self.tr("Tell us the day you start again, at work or as a jobseeker."))
        self.day_label.setText(self.tr("Day I resume"))
        self.day.setAccessibleName(self.tr("Day I resume"))
        self.day.setPlaceholderText(fmt.day(EXAMPLE_DAY))
        self.work.setText(self.tr("At work"))
        self.unemployment.setText(self.tr("As a jobseeker (unemployment)"))
        self.declare_button.setText(self.tr("Declare my return"))
        self._render()

    def clear(self) -> None:
        self.sent_on = None
        self._asked = None
        self._offline = False
        self._running = False
        self.work.setChecked(True)
        self.problem.setText("")
        self._render()
