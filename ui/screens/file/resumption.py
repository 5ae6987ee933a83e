"""Work part time: a partial resumption's request, its deadline and effect, then signed with
the card's PIN on its own view (as the bank change)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain.codes import BankChangeMode
from ui import format as fmt
from ui.screens import parts
from ui.screens.file.incapacity_parts import (
    ShortField,
    date_field,
    long_day,
    percent,
    scroll_to,
    typed_date,
    view_top,
)
from ui.widgets.pin_pad import PinPad

EXAMPLE_DAY = dt.date(2016, 1, 8)
PAD_WIDTH = 420  # the PIN pad's width in the normal mode (in the large one, its keys')


class PartTimeView(QWidget):
    """The request to work part time: typed, previewed (deadline, timeliness, cut), signed."""

    preview = Signal(dict)
    sign = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("partTimeView")
        layout = view_top(self)  # self.heading, self.hint
        form = QFormLayout()  # in the large mode, each label above its field
        self.labels = {}
        self.fields: dict[str, QLineEdit] = {}
        for key in ("starts_on", "work_hours", "reference_hours", "employer"):
            label = parts.label(self, "fieldLabel")
            if key == "starts_on":
                edit = date_field(self, "resumption_starts_on")
            elif key == "employer":
                edit = QLineEdit(self)
                edit.setObjectName("resumption_employer")
                edit.setMinimumHeight(56)
                edit.setMaxLength(200)
            else:  # hours, as wide as "38,5" in the field's font
                edit = ShortField(self, f"resumption_{key}", "00,00", 6)
            edit.textEdited.connect(self._edited)
            label.setBuddy(edit)
            form.addRow(label, edit)
            self.labels[key] = label
            self.fields[key] = edit
        layout.addLayout(form)
        self.self_employed = QCheckBox(self)
        self.self_employed.setObjectName("resumptionSelfEmployed")  # its size: touch.qss
        self.self_employed.toggled.connect(lambda _on: self._edited(""))
        layout.addWidget(self.self_employed)
        self.problem = parts.message(self, "errorMessage")
        layout.addWidget(self.problem)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.preview_button = parts.button(self, "previewResumption", self._preview)
        parts.keep_width(self.preview_button)
        self.sign_button = parts.button(self, "signResumption", self.sign.emit, primary=True)
        parts.keep_width(self.sign_button)
        self.sign_button.setEnabled(False)
        buttons.addWidget(self.preview_button)
        buttons.addWidget(self.sign_button)
        layout.addLayout(buttons)
        self.rule = parts.label(self, "hint")
        self.rule.setObjectName("resumptionRule")
        self.result = parts.message(self, "factValue")
        self.sent = parts.message(self, "hint")
        self.sent.setObjectName("resumptionSent")
        layout.addWidget(self.rule)
        layout.addWidget(self.result)
        layout.addWidget(self.sent)
        self._bank = BankChangeMode.PASSWORD_LOGIN
        self._counter = False  # the terminal's mode: at the counter a clerk reads the page
        self._preview_result = None
        self._form = None  # the form previewed, what the member signs
        self._sent: tuple[dt.date, bool] | None = None
        self._running = False

    # -- what the controller hands over ------------------------------------------------------
    def set_counter(self, counter: bool) -> None:
        """Counter mode: the page speaks to the clerk about the member's card, not to the
        member (a terminal's mode, kept across visits)."""
        self._counter = counter
        self._render()

    def offer_signing(self, bank: BankChangeMode) -> None:
        self._bank = bank
        self._render()

    def show_incapacity(self, mine) -> None:
        self._running = bool(mine is not None and mine.running)
        period = mine.period if mine is not None else None
        if period is not None and not self.fields["employer"].text():
            self.self_employed.setChecked(period.work_status == "self_employed")
        self._render()

    def show_preview(self, form, preview) -> None:
        self._form, self._preview_result = form, preview
        self.problem.setText("")
        self._render()
        scroll_to(self.result)

    def show_problem(self, text: str) -> None:
        self._form = self._preview_result = None
        self.problem.setText(text)
        self._render()

    def show_sent(self, offline: bool) -> None:
        starts_on = self._form.starts_on if self._form is not None else None
        self._form = self._preview_result = None
        self._sent = (starts_on, offline) if starts_on is not None else None
        self._render()
        scroll_to(self.sent)

    @property
    def form(self):
        """The request previewed (a ResumptionForm), what the PIN signs; None before."""
        return self._form

    # -- the member's actions ----------------------------------------------------------------
    def _preview(self) -> None:
        self.problem.setText("")
        self._sent = None
        typed = self.fields["starts_on"].text()
        try:
            starts_on = typed_date(typed)
        except ValueError:
            starts_on = typed  # the service says it is not a date, in the catalogue's words
        self.preview.emit(
            {
                "starts_on": starts_on,
                "work_hours": self.fields["work_hours"].text(),
                "reference_hours": self.fields["reference_hours"].text(),
                "employer": self.fields["employer"].text(),
                "self_employed": self.self_employed.isChecked(),
            }
        )

    def _edited(self, _text: str) -> None:
        """A change after the preview: the member sees the new effect before signing."""
        if self._form is not None:
            self._form = self._preview_result = None
            self._render()

    # -- texts -------------------------------------------------------------------------------
    def _render(self) -> None:
        allowed = self._bank == BankChangeMode.ALLOWED
        if not self._running:
            rule = self.tr("You can ask to work part time while your incapacity runs.")
        elif allowed:
            rule = self.tr("You sign the request with your eID card and PIN code.")
        elif self._counter:  # the clerk reads it: the member signs at a terminal or on paper
            rule = self.tr(
                "The request is signed with the member's eID card: at a terminal after logging "
                'in with the card, or on paper ("Forms to print").'
            )
        else:  # the member at a terminal, logged in with a password or without the card
            rule = self.tr(
                "The request is signed with your eID card: log in with your card to send it "
                'here, or print it under "Forms to print".'
            )
        self.rule.setText(rule)
        self.sign_button.setEnabled(allowed and self._running and self._form is not None)
        self.result.setText("\n".join(self._preview_lines()))
        if self._sent is not None:
            starts_on, offline = self._sent
            self.sent.setText(
                self.tr(
                    "Your request to work part time from %1 is sent to the medical adviser with "
                    "the form you signed."
                ).replace("%1", fmt.day(starts_on))
                + (
                    " " + self.tr("It waits on this terminal until the connection is back.")
                    if offline
                    else ""
                )
            )
        else:
            self.sent.setText("")

    def _preview_lines(self) -> list[str]:
        p = self._preview_result
        if p is None:
            return []
        lines = [self.tr("Your request must reach us by %1.").replace("%1", long_day(p.deadline))]
        lines.extend(self._late_lines(p))
        if p.cut is None:  # self-employed, after the flat cut's years
            lines.append(
                self.tr(
                    "Expected effect on your indemnity: set by your income; the medical adviser "
                    "tells you how much."
                )
            )
        elif p.cut > 0:
            lines.append(
                self.tr("Expected effect on your indemnity: %1").replace(
                    "%1", "\u2212" + percent(p.cut)
                )
            )
        else:
            lines.append(self.tr("Expected effect on your indemnity: none."))
        stages = getattr(p, "self_employed", None)
        if stages is not None and p.cut is not None:
            if p.cut > 0:
                text = self.tr(
                    "As self-employed: %1 until %2; after that, the cut is set by your income and "
                    "the medical adviser tells you how much."
                )
            else:
                text = self.tr(
                    "As self-employed: no cut until %3, then %1 until %2; after that, the cut is "
                    "set by your income and the medical adviser tells you how much."
                )
            lines.append(
                text.replace("%2", fmt.day(stages.cut_until))
                .replace("%3", fmt.day(stages.free_until))
                .replace("%1", "\u2212" + percent(stages.cut))
            )
        if p.cut and p.daily_now is not None and p.daily_after is not None:  # not "60 for 60"
            lines.append(
                self.tr("About %1 a day instead of %2.")
                .replace("%1", fmt.money(p.daily_after))
                .replace("%2", fmt.money(p.daily_now))
            )
        return lines

    def _late_lines(self, p) -> list[str]:
        """Sent today, on time or which late tier, in full: its rate and days (issue 15 point 6);
        on time, what each tier would cost, with its dates."""
        rate = percent(p.late_penalty)
        start = self._form.starts_on
        if p.timeliness == "on_time":
            return [
                self.tr("Sent today, it is on time."),
                self.tr(
                    "If it reaches us later: until %1, your indemnity is %2 less from %3 until "
                    "the day it reaches us; after %1, no indemnity is paid from %3."
                )
                .replace("%1", fmt.day(p.late_until))
                .replace("%3", fmt.day(start))
                .replace("%2", rate),
            ]
        if p.timeliness == "late_cut":
            if p.sent_on >= start:
                text = self.tr(
                    "Sent today, it is late: your indemnity is %1 less from %2 until %3, the day "
                    "it reaches us."
                )
            else:  # after the deadline, before the start: the first day is cut
                text = self.tr(
                    "Sent today, it is late: your indemnity is %1 less on %2, the day you start."
                )
            return [
                text.replace("%3", fmt.day(p.sent_on))
                .replace("%2", fmt.day(start))
                .replace("%1", rate)
            ]
        if p.timeliness == "late_no_indemnity":
            return [
                self.tr(
                    "Sent today, it is too late: no indemnity is paid from %1, the day you start "
                    "working."
                ).replace("%1", fmt.day(start))
            ]
        return []

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Work part time"))
        self.hint.setText(
            self.tr(
                "Tell the medical adviser before you start. You see by when the request must "
                "reach us and its effect on your indemnity before you sign it."
            )
        )
        names = {
            "starts_on": self.tr("First day of work"),
            "work_hours": self.tr("Hours a week you will work"),
            "reference_hours": self.tr("Hours a week of the full-time job"),
            "employer": self.tr("Employer"),
        }
        for key, label in self.labels.items():
            label.setText(names[key])
            self.fields[key].setAccessibleName(names[key])
        self.fields["starts_on"].setPlaceholderText(fmt.day(EXAMPLE_DAY))
        self.self_employed.setText(self.tr("I work as self-employed"))
        self.preview_button.setText(self.tr("See the deadline and the effect"))
        self.sign_button.setText(self.tr("Sign with my card"))
        self._render()

    def clear(self) -> None:
        self._form = self._preview_result = None
        self._sent = None
        self._running = False
        self._bank = BankChangeMode.PASSWORD_LOGIN
        self.self_employed.setChecked(False)
        self.problem.setText("")
        self._render()


class SignView(QWidget):
    """The PIN for the card's Signature key, under what is signed (as the bank change's)."""

    cancelled = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("resumptionSign")
        layout = QVBoxLayout(self)
        self.what = parts.label(self, "instruction", center=True)
        self.tries = parts.label(self, "errorMessage", center=True)
        self.pad = PinPad(self)
        self.pad.setMaximumWidth(PAD_WIDTH)
        self.cancel_button = parts.button(self, "cancelResumptionSign", self.cancelled.emit)
        self.cancel_button.setProperty("keyRole", "back")  # the keypad's back key (ui/keys.py)
        layout.addWidget(self.what)
        layout.addWidget(self.tries)
        layout.addWidget(self.pad, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.cancel_button, 0, Qt.AlignmentFlag.AlignHCenter)
        self._starts_on: dt.date | None = None
        self.retranslate()

    def large_mode_changed(self, large: bool) -> None:
        self.pad.setMaximumWidth(16777215 if large else PAD_WIDTH)  # its keys' own at 44 px

    def prepare(self, starts_on: dt.date) -> None:
        self._starts_on = starts_on
        self.tries.setText("")
        self.pad.take_pin()
        self.retranslate()
        scroll_to(self.what)  # the large mode's page scrolls: what is signed shows first

    def show_wrong_pin(self, tries_left: int) -> None:
        # The bank change's words (its pad says the same); self.tr so that lupdate files a plural.
        self.tries.setText(
            self.tr("Wrong PIN code. %n try(ies) left.", "", tries_left)
            if tries_left >= 0
            else self.tr("A PIN code has 4 to 12 digits.")
        )

    def retranslate(self) -> None:
        self.what.setText(
            self.tr("Type your PIN code to sign your request to work part time from %1.").replace(
                "%1", fmt.day(self._starts_on) if self._starts_on else ""
            )
        )
        self.pad.setAccessibleName(self.tr("PIN code"))
        self.cancel_button.setText(QCoreApplication.translate("BankSignPage", "Cancel"))

    def clear(self) -> None:
        self.pad.take_pin()
        self._starts_on = None
        self.tries.setText("")
        self.retranslate()
