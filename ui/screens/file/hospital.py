"""The "Preparing a hospital stay" section: the planned admission and nights, "Is my file in
order?" (four points, each in order or to do, said with a word and a symbol as well as a
colour, with what to do), the estimate of the daily personal share for the person's category,
every category's shares and the figures' date, the rooms and their rules; printed (saved as
PDF at the counter) as a summary. What was typed stays; another person chosen asks again.
In the large mode (issue 17) each label goes above its field, and what to do and a room's rule
under their names."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ui import format as fmt
from ui.appearance import reflow
from ui.messages import error_text
from ui.screens import parts
from ui.screens.file.common import Page, section_title
from ui.screens.file.incapacity_parts import ShortField, date_field, long_day, scroll_to

EXAMPLE_DAY = dt.date(2027, 1, 18)  # how to type a date, shown in the screen's own form
ITEMS = ("cover", "contributions", "accidents", "insurability")
CASES = ("medical_need", "no_other_bed", "intensive_or_emergency", "child_with_parent")


def _set_ok(label: QLabel, ok: bool | None) -> None:
    label.setProperty("ok", "" if ok is None else ("true" if ok else "false"))
    label.style().unpolish(label)
    label.style().polish(label)


class HospitalPage(Page):
    check = Signal(str, str)  # the admission and the nights, as typed
    print_summary = Signal()
    save_summary = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("hospitalPage")  # its look: touch.qss
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.hint = parts.label(self, "hint")
        layout.addWidget(self.hint)
        form = QHBoxLayout()
        self.admission_label = parts.label(self, "fieldLabel")
        self.admission_label.setWordWrap(False)
        self.admission = date_field(self, "stayAdmission")
        self.nights_label = parts.label(self, "fieldLabel")
        self.nights_label.setWordWrap(False)
        self.nights = ShortField(self, "stayNights", "000", 3)  # as wide as 3 digits
        self.admission.returnPressed.connect(self.nights.setFocus)  # Enter: on to the nights
        self.nights.returnPressed.connect(self._check)  # Enter checks the stay
        self.check_button = parts.button(self, "checkStay", self._check, primary=True)
        parts.keep_width(self.check_button)
        for widget in (self.admission_label, self.admission, self.nights_label, self.nights):
            form.addWidget(widget)
        form.addStretch(1)
        form.addWidget(self.check_button)
        layout.addLayout(reflow(form, "stack"))  # large mode: each label above its field
        self.problem = parts.message(self, "errorMessage")
        layout.addWidget(self.problem)

        self.result = QWidget(self)
        self.result.setObjectName("stayResult")
        body = QVBoxLayout(self.result)
        body.setContentsMargins(0, 0, 0, 0)
        self.checks_heading = parts.label(self.result, "sectionHeading")
        self.verdict = parts.label(self.result, "factValue")
        body.addWidget(self.checks_heading)
        body.addWidget(self.verdict)
        self.checks = QGridLayout()  # placed by `_arrange`: the mode decides the columns
        self.checks.setHorizontalSpacing(16)
        self.check_rows: dict[str, tuple[QLabel, QLabel, QLabel]] = {}
        for key in ITEMS:
            status = parts.label(self.result, "stayStatus")
            status.setWordWrap(False)
            item = parts.label(self.result, "stayItem")
            what = parts.label(self.result, "stayCell")
            self.check_rows[key] = (status, item, what)
        body.addLayout(self.checks)

        self.estimate_heading = parts.label(self.result, "sectionHeading")
        self.category = parts.label(self.result, "stayCell")
        self.bands = QGridLayout()
        self.bands.setHorizontalSpacing(24)
        self.total = parts.label(self.result, "stayTotal")
        body.addWidget(self.estimate_heading)
        body.addWidget(self.category)
        body.addLayout(self.bands)
        body.addWidget(self.total)

        self.categories_heading = parts.label(self.result, "sectionHeading")
        self.shares = QGridLayout()
        self.shares.setHorizontalSpacing(24)
        self.shares.setColumnStretch(0, 1)
        self.figures = parts.label(self.result, "stayNote")
        self.note = parts.label(self.result, "stayNote")
        body.addWidget(self.categories_heading)
        body.addLayout(self.shares)
        body.addWidget(self.figures)
        body.addWidget(self.note)

        self.rooms_heading = parts.label(self.result, "sectionHeading")
        body.addWidget(self.rooms_heading)
        self.rooms = QGridLayout()  # placed by `_arrange`
        self.rooms.setHorizontalSpacing(16)
        self.room_rows: dict[str, tuple[QLabel, QLabel]] = {}
        for key in ("shared", "two_bed", "single"):
            name = parts.label(self.result, "stayItem")
            rule = parts.label(self.result, "stayCell")
            self.room_rows[key] = (name, rule)
        body.addLayout(self.rooms)
        self.exceptions = parts.label(self.result, "stayCell")
        body.addWidget(self.exceptions)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.save_button = parts.button(self.result, "saveStay", self.save_summary.emit)
        self.print_button = parts.button(
            self.result, "printStay", self.print_summary.emit, primary=True
        )
        for button in (self.save_button, self.print_button):
            parts.keep_width(button)
            buttons.addWidget(button)
        self.save_button.setVisible(False)
        body.addLayout(buttons)
        layout.addWidget(self.result)
        layout.addStretch(1)
        self._stay = None  # the answer shown (app.domain.hospital.HospitalStay)
        self._problem: BaseException | None = None  # why the stay typed was not checked
        self._asked: tuple[str, str] | None = None  # what was checked last, as typed
        self._shown: tuple[str, str] | None = None  # what the answer shown was asked for
        self.counter = False
        self.own_niss: str | None = None  # the visit's member: "(you)" at the terminal
        self._cells: list[QLabel] = []
        self._arranged: bool | None = None  # the mode the grids are arranged for
        self._arrange(False)
        self.retranslate()

    # -- the large mode ------------------------------------------------------------------------
    def _arrange(self, large: bool) -> None:
        """The grids for the mode: in the normal one a point's state, name and what to do on
        one line, a room's name beside its rule; in the large one (text at 44 px) what to do
        and the rule go under, the whole width theirs."""
        if large == self._arranged:
            return
        self._arranged = large
        top = Qt.AlignmentFlag.AlignTop
        for grid, rows in ((self.checks, self.check_rows), (self.rooms, self.room_rows)):
            for widgets in rows.values():
                for widget in widgets:
                    grid.removeWidget(widget)
            for column in range(grid.columnCount()):
                grid.setColumnStretch(column, 0)
        for row, (status, item, what) in enumerate(self.check_rows.values()):
            if large:
                self.checks.addWidget(status, 2 * row, 0, top)
                self.checks.addWidget(item, 2 * row, 1, top)
                self.checks.addWidget(what, 2 * row + 1, 0, 1, 2, top)
            else:
                self.checks.addWidget(status, row, 0, top)
                self.checks.addWidget(item, row, 1, top)
                self.checks.addWidget(what, row, 2, top)
        self.checks.setColumnStretch(1 if large else 2, 1)
        for row, (name, rule) in enumerate(self.room_rows.values()):
            if large:
                self.rooms.addWidget(name, 2 * row, 0, top)
                self.rooms.addWidget(rule, 2 * row + 1, 0, top)
            else:
                self.rooms.addWidget(name, row, 0, top)
                self.rooms.addWidget(rule, row, 1, top)
        self.rooms.setColumnStretch(0 if large else 1, 1)
        if self._stay is not None:  # the tables' titles wrap in the large mode
            self._render()

    def large_mode_changed(self, large: bool) -> None:
        super().large_mode_changed(large)
        self._arrange(large)

    # -- the controller's calls ----------------------------------------------------------------
    def set_counter(self, counter: bool) -> None:
        """At the counter the page speaks to the clerk of the person, at the terminal to the
        member; the counter saves the summary as a PDF too."""
        self.counter = counter
        self.save_button.setVisible(counter)
        self.retranslate()

    def opened(self) -> None:
        """The section shown, or another person chosen: the answer was someone else's; what
        was checked is asked again for this person."""
        self._stay = None
        self._problem = None
        self._render()
        if self._asked is not None:
            self.check.emit(*self._asked)

    @property
    def asked(self) -> tuple[str, str] | None:
        """The admission and nights of the answer shown (what the summary prints): not those
        of a check still under way."""
        return self._shown if self._stay is not None else None

    def show_stay(self, stay) -> None:
        self._stay = stay
        self._shown = self._asked  # the answer to the last check (earlier ones are dropped)
        self._problem = None
        self._render()
        scroll_to(self.checks_heading)

    def show_problem(self, exc: BaseException) -> None:
        """A stay that cannot be checked (a date mistyped, offline): said under the form, in
        the language shown, again after a change of language."""
        self._stay = None
        self._problem = exc
        self._render()

    # -- the member's action -------------------------------------------------------------------
    def _check(self) -> None:
        self._problem = None
        self.problem.setText("")
        self._asked = (self.admission.text(), self.nights.text())
        self.check.emit(*self._asked)

    # -- texts ---------------------------------------------------------------------------------
    def _category_name(self, shares) -> str:
        if str(shares.category) == "ordinary" and shares.with_dependants:
            return self.tr("Ordinary insured person with dependants")
        return {
            "ordinary": self.tr("Ordinary insured person"),
            "bim": self.tr("Increased reimbursement (BIM)"),
            "dependant": self.tr("Dependant"),
        }[str(shares.category)]

    def _item_title(self, key: str) -> str:
        return {
            "cover": self.tr("Cover during the stay"),
            "contributions": self.tr("Contributions"),
            "accidents": self.tr("Accident declarations"),
            "insurability": self.tr("Insurability"),
        }[key]

    def _reason(self, check) -> str:
        day = fmt.day(check.day) if check.day is not None else ""
        reason = str(check.reason)
        if reason == "left" and check.day is None:
            reason = "left_undated"
        text = {
            "covered": self.tr("Insured every day of the stay."),
            "no_cover": self.tr(
                "Not insured on the day of admission. Come to the counter before the admission "
                "to put the insurability in order."
            ),
            "cover_ends": self.tr(
                "The cover ends on %1, before the end of the stay. Come to the counter before "
                "the admission to put the insurability in order."
            ),
            "paid": self.tr("Every contribution due before the admission is paid."),
            "unpaid": self.tr(
                "Contributions due before the admission are not paid: %2 (the oldest due on "
                "%1). Pay them before the admission, or come to the counter."
            ),
            "not_blocked": self.tr("No accident declaration is blocking the file."),
            "blocked": self.tr(
                "An accident declaration was not returned: the family's file has been blocked "
                "since %1 and reimbursements are held. Return the declaration (Accident "
                "declarations), or contact the Accidents service."
            ),
            "active": self.tr("An active member of the health fund."),
            "left": self.tr(
                "Leaves the health fund on %1: it does not cover this stay. Come to the counter."
            ),
            "left_undated": self.tr(
                "Has left the health fund: it does not cover this stay. Come to the counter."
            ),
            "mutation_pending": self.tr(
                "The move to the health fund has not taken effect yet: until it does, the "
                "current insurer covers the stay. Ask at the counter."
            ),
            "deceased": self.tr("This file is closed. Please come to the counter."),
        }[reason]
        return text.replace("%1", day).replace("%2", fmt.money(check.amount))

    def _clear_grid(self, grid: QGridLayout) -> None:
        while grid.count():
            widget = grid.takeAt(0).widget()
            if widget is not None:
                widget.setParent(None)
                widget.deleteLater()

    def _cell(self, text: str, name: str = "stayCell", *, right: bool = False) -> QLabel:
        """A table's cell; an amount (`right`) on one line; a column's title in the large mode
        wraps ("From day 91" at 44 px is wider than its amounts)."""
        label = parts.label(self.result, name)
        label.setText(text)
        if right:
            label.setWordWrap(self.large and name == "stayHead")
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        return label

    def _render_estimate(self, stay) -> None:
        self._clear_grid(self.bands)
        estimate = stay.estimate
        heads = (self.tr("Days of the stay"), self.tr("Days"), self.tr("Per day"),
                 self.tr("Amount"))  # fmt: skip
        for column, head in enumerate(heads):
            self.bands.addWidget(self._cell(head, "stayHead", right=column > 0), 0, column)
        for row, band in enumerate(estimate.bands, start=1):
            days = (
                self.tr("Day %1").replace("%1", str(band.first_day))
                if band.days == 1
                else self.tr("Days %1 to %2")
                .replace("%1", str(band.first_day))
                .replace("%2", str(band.last_day))
            )
            cells = (days, str(band.days), fmt.money(band.daily), fmt.money(band.amount))
            for column, text in enumerate(cells):
                self.bands.addWidget(self._cell(text, right=column > 0), row, column)
        self.bands.setColumnStretch(0, 1)
        self.category.setText(
            self.tr("The stay from %1 to %2, for %3. Category: %4.")
            .replace("%1", long_day(stay.stay.admission))
            .replace("%2", long_day(stay.stay.discharge))
            .replace("%3", stay.person_name)
            .replace("%4", self._category_name(estimate.shares))
        )
        self.total.setText(
            self.tr("Estimated personal share: %1").replace("%1", fmt.money(estimate.total))
        )

    def _render_categories(self, stay) -> None:
        self._clear_grid(self.shares)
        mine = stay.estimate.shares
        long_day_number = str(mine.long_from_day)
        heads = (self.tr("Category"), self.tr("Day 1"), self.tr("From day 2"),
                 self.tr("From day %1").replace("%1", long_day_number))  # fmt: skip
        for column, head in enumerate(heads):
            self.shares.addWidget(self._cell(head, "stayHead", right=column > 0), 0, column)
        for row, shares in enumerate(stay.categories, start=1):
            own = (shares.category, shares.with_dependants) == (mine.category, mine.with_dependants)
            name = self._category_name(shares)
            if own and not self.counter and stay.person_niss == self.own_niss:
                name = self.tr("▶ %1 (you)").replace("%1", name)
            elif own:  # at the counter, or a relative chosen: by their name
                name = self.tr("▶ %1 (%2)").replace("%1", name).replace("%2", stay.person_name)
            kind = "stayMine" if own else "stayCell"
            self.shares.addWidget(self._cell(name, kind), row, 0)
            for column, amount in enumerate((shares.day1, shares.day2, shares.long), start=1):
                self.shares.addWidget(self._cell(fmt.money(amount), kind, right=True), row, column)
        sources = "; ".join(mine.sources)
        self.figures.setText(
            self.tr("Amounts in force since %1 (source: %2).")
            .replace("%1", fmt.day(mine.valid_from))
            .replace("%2", sources)
        )

    def _render(self) -> None:
        stay = self._stay
        self.problem.setText("" if self._problem is None else error_text(self._problem))
        self.result.setVisible(stay is not None)
        if stay is None:  # nothing of the person stays behind, hidden or not
            self._clear_grid(self.bands)
            self._clear_grid(self.shares)
            for label in (self.verdict, self.category, self.total, self.figures):
                label.setText("")
            for status, _item, what in self.check_rows.values():
                status.setText("")
                what.setText("")
            return
        self.verdict.setText(
            self.tr("The file is in order for this stay.")
            if stay.in_order
            else self.tr("Before the admission, settle the points marked “To do”.")
        )
        _set_ok(self.verdict, stay.in_order)
        for check in stay.checks:
            status, item, what = self.check_rows[str(check.item)]
            status.setText(self.tr("✔ In order") if check.ok else self.tr("✖ To do"))
            _set_ok(status, check.ok)
            item.setText(self._item_title(str(check.item)))
            what.setText(self._reason(check))
        self._render_estimate(stay)
        self._render_categories(stay)

    def retranslate(self) -> None:
        # Where the member is and what they can do (speech and a screen reader, issue 17).
        self.setAccessibleName(section_title("hospital"))
        self.setAccessibleDescription(
            self.tr("Type the admission date and the number of nights, then choose Check.")
        )
        self.hint.setText(
            self.tr(
                "Planning an admission? Type its date and the nights you expect to stay: we "
                "check the file and estimate the daily personal share."
            )
        )
        self.admission_label.setText(self.tr("Admission date"))
        self.admission.setAccessibleName(self.admission_label.text())
        self.admission.setPlaceholderText(fmt.day(EXAMPLE_DAY))
        self.nights_label.setText(self.tr("Nights"))
        self.nights.setAccessibleName(self.nights_label.text())
        self.check_button.setText(self.tr("Check"))
        self.checks_heading.setText(
            self.tr("Is the file in order?") if self.counter else self.tr("Is my file in order?")
        )
        self.estimate_heading.setText(self.tr("The estimated personal share"))
        self.categories_heading.setText(self.tr("Personal share per day by category"))
        self.note.setText(
            self.tr(
                "This estimates the daily personal share only: the hospital also bills "
                "medicines, implants and any supplements. A day in day hospital costs no daily "
                "share."
            )
        )
        self.rooms_heading.setText(self.tr("Rooms and supplements"))
        names = {
            "shared": self.tr("Shared room (three beds or more)"),
            "two_bed": self.tr("Two-bed room"),
            "single": self.tr("Single room, chosen"),
        }
        none = self.tr("No room supplement and no fee supplements, whoever the doctor.")
        single = self.tr(
            "A room supplement, and fee supplements up to the percentage the hospital states on "
            "its admission declaration: read it before you sign."
        )
        for key, (name, rule) in self.room_rows.items():
            name.setText(names[key])
            rule.setText(single if key == "single" else none)
        cases = {
            "medical_need": self.tr("when the patient's health requires it;"),
            "no_other_bed": self.tr(
                "when the service requires it, or no bed is free in a shared or two-bed room;"
            ),
            "intensive_or_emergency": self.tr("in intensive care, and for an emergency admission;"),
            "child_with_parent": self.tr(
                "for a child admitted with a parent, without a signed request for a single room."
            ),
        }
        self.exceptions.setText(
            "\n".join(
                [self.tr("No supplement at all, even in a single room:")]
                + [f"• {cases[key]}" for key in CASES]
            )
        )
        self.print_button.setText(self.tr("Print the summary"))
        self.save_button.setText(self.tr("Save as PDF"))
        self._render()

    def clear(self) -> None:
        super().clear()
        self._stay = None
        self._asked = self._shown = None
        self.own_niss = None
        self._problem = None
        self._render()
