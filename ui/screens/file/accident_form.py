"""One accident declaration filled in on screen (it was not an accident, or what happened,
where and when, a liable third party, a police report), and the PIN pad of the card's
Signature key that signs it. Views of the "Accident declarations" section
(ui/screens/file/accidents.py). In the large mode (issue 17) the form is one column, each label
above its field."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.domain.codes import BankChangeMode
from ui import format as fmt
from ui.screens import parts
from ui.screens.file.incapacity_parts import date_field, scroll_to, typed_date, view_top
from ui.widgets.pin_pad import PinPad

KINDS = ("work", "school", "road", "sport", "home", "other")  # AccidentKind, where it happened
TEXT_FIELDS = (  # (name, maximum length): the payload's limits
    ("place", 200),
    ("third_party_name", 200),
    ("third_party_address", 300),
    ("insurer", 200),
    ("policy_number", 60),
    ("police_report", 60),
)
EXAMPLE_DAY = dt.date(2016, 1, 8)
LABEL_WIDTH = 260  # px, the normal mode's labels beside their fields (a long one wraps)
DESCRIPTION_LINES = 3  # what happened: lines in view


class Lines(QPlainTextEdit):
    """A text typed on a few lines: as tall as `lines` lines of its own font (the large
    mode's too), never taller."""

    def __init__(self, parent: QWidget, lines: int):
        super().__init__(parent)
        self.lines = lines
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        margins = self.contentsMargins()
        document = 2 * round(self.document().documentMargin())
        height = self.fontMetrics().lineSpacing() * self.lines + document
        return QSize(super().sizeHint().width(), height + margins.top() + margins.bottom())

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), self.sizeHint().height())


def care_lines(declaration) -> str:
    return "\n".join(
        f"• {fmt.day(c.care_date)} · {c.label} · {c.provider_name}" for c in declaration.care
    )


class AccidentFormView(QWidget):
    """One declaration filled in: not an accident, or what happened, where and when, a liable
    third party, a police report; then signed with the card, or printed to sign by hand."""

    submit = Signal(dict, str)  # the typed form, and "sign", "print" or "save"
    cancelled = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("accidentForm")
        layout = view_top(self)  # self.heading, self.hint
        self.care = parts.label(self, "paymentDetail")
        layout.addWidget(self.care)
        self.not_accident = QRadioButton(self)
        self.not_accident.setObjectName("accidentNo")
        self.accident = QRadioButton(self)
        self.accident.setObjectName("accidentYes")
        self.answer = QButtonGroup(self)
        for radio in (self.not_accident, self.accident):
            self.answer.addButton(radio)
            layout.addWidget(radio)
            radio.toggled.connect(lambda _on: self._render())
        self.details = QWidget(self)
        details = QVBoxLayout(self.details)
        details.setContentsMargins(24, 0, 0, 0)
        self.kind_label = parts.label(self.details, "fieldLabel")
        details.addWidget(self.kind_label)
        self.kind_grid = QGridLayout()  # two columns, one in the large mode (`arrange`)
        self.kind_group = QButtonGroup(self)
        self.kinds: dict[str, QRadioButton] = {}
        for kind in KINDS:
            radio = QRadioButton(self.details)
            radio.setObjectName(f"accidentKind_{kind}")
            self.kind_group.addButton(radio)
            self.kinds[kind] = radio
        details.addLayout(self.kind_grid)
        self.grid = QGridLayout()  # labels beside their fields, above them in the large mode
        self.labels = {}
        self.fields: dict[str, QLineEdit] = {}
        self.happened_on = date_field(self.details, "accident_happened_on")
        self.description = Lines(self.details, DESCRIPTION_LINES)
        self.description.setObjectName("accident_description")
        self.description.setTabChangesFocus(True)
        self.third_party = QCheckBox(self.details)
        self.third_party.setObjectName("accidentThirdParty")  # as large as a radio: touch.qss
        self.third_party.toggled.connect(lambda _on: self._render())
        for name, length in TEXT_FIELDS:
            edit = QLineEdit(self.details)
            edit.setObjectName(f"accident_{name}")
            edit.setMinimumHeight(56)
            edit.setMaxLength(length)
            self.fields[name] = edit
        self.rows = [("happened_on", self.happened_on), ("place", self.fields["place"]),
                     ("description", self.description), (None, self.third_party)]  # fmt: skip
        self.rows += [(n, self.fields[n]) for n, _ in TEXT_FIELDS[1:]]
        for name, widget in self.rows:
            if name is not None:
                label = parts.label(self.details, "fieldLabel")
                label.setBuddy(widget)  # its name for speech and a screen reader
                self.labels[name] = label
        self._third_rows = ("third_party_name", "third_party_address", "insurer", "policy_number")
        details.addLayout(self.grid)
        layout.addWidget(self.details)
        self.problem = parts.message(self, "errorMessage")
        self.rule = parts.label(self, "hint")
        self.rule.setObjectName("accidentRule")
        layout.addWidget(self.problem)
        layout.addWidget(self.rule)
        buttons = QHBoxLayout()
        self.back_button = parts.button(self, "accidentBack", self.cancelled.emit)
        self.print_button = parts.button(self, "accidentPrintFilled", lambda: self._submit("print"))
        self.save_button = parts.button(self, "accidentSaveFilled", lambda: self._submit("save"))
        self.sign_button = parts.button(
            self, "accidentSign", lambda: self._submit("sign"), primary=True
        )
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        for button in (self.back_button, self.print_button, self.save_button, self.sign_button):
            parts.keep_width(button)
            if button is not self.back_button:
                buttons.addWidget(button)
        layout.addLayout(buttons)
        self.declaration = None
        self._bank = BankChangeMode.PASSWORD_LOGIN
        self._counter = False
        self._own = True
        self._arranged: bool | None = None  # the mode the form is arranged for
        self.arrange(False)

    # -- the large mode ------------------------------------------------------------------------
    def arrange(self, large: bool) -> None:
        """The places where it happened in two columns and each label beside its field; in
        the large mode (text at 44 px) one column, each label above its field."""
        if large == self._arranged:
            return
        self._arranged = large
        for radio in self.kinds.values():
            self.kind_grid.removeWidget(radio)
        columns = 1 if large else 2
        for index, radio in enumerate(self.kinds.values()):
            self.kind_grid.addWidget(radio, index // columns, index % columns)
        for name, widget in self.rows:
            self.grid.removeWidget(widget)
            if name is not None:
                self.grid.removeWidget(self.labels[name])
        top = Qt.AlignmentFlag.AlignTop
        line = 0
        for name, widget in self.rows:
            label = self.labels.get(name)
            if label is None:  # the third party's check box: the whole width
                self.grid.addWidget(widget, line, 0, 1, 2)
            elif large:
                label.setMinimumWidth(0)
                label.setMaximumWidth(16777215)
                self.grid.addWidget(label, line, 0, 1, 2, top)
                line += 1
                self.grid.addWidget(widget, line, 0, 1, 2)
            else:
                label.setFixedWidth(LABEL_WIDTH)  # a long name wraps: the fields keep theirs
                self.grid.addWidget(label, line, 0, top)
                self.grid.addWidget(widget, line, 1)
            line += 1
        self.grid.setColumnStretch(0, 1 if large else 0)
        self.grid.setColumnStretch(1, 0 if large else 1)

    def start(self, declaration, bank: BankChangeMode, counter: bool, own: bool) -> None:
        """`own`: the declaration is the visit's member's (a dependant's is signed with the
        dependant's own card)."""
        self.clear()
        self.declaration, self._bank, self._counter = declaration, bank, counter
        self._own = own
        self.retranslate()

    def typed(self) -> dict | None:
        """The form as typed, for the service to read; None (and said) without an answer to
        "was it an accident?"."""
        if not (self.accident.isChecked() or self.not_accident.isChecked()):
            self.problem.setText(self.tr("Say whether it was an accident."))
            scroll_to(self.problem)
            return None
        was = self.accident.isChecked()
        kind = next((k for k, r in self.kinds.items() if r.isChecked()), None) if was else None
        third = was and self.third_party.isChecked()
        text = self.happened_on.text()
        try:
            happened_on = typed_date(text)
        except ValueError:
            happened_on = text  # the service says it is not a date, in the catalogue's words
        values = {name: (edit.text() if was else "") for name, edit in self.fields.items()}
        for name in self._third_rows:
            values[name] = values[name] if third else ""
        return {
            **values,
            "declaration_id": self.declaration.id,
            "was_accident": was,
            "kind": kind,
            "happened_on": happened_on if was else None,
            "description": self.description.toPlainText() if was else "",
            "third_party": third,
        }

    def _submit(self, how: str) -> None:
        self.problem.setText("")
        typed = self.typed()
        if typed is not None and self.declaration is not None:
            self.submit.emit(typed, how)

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)
        scroll_to(self.problem)

    def _render(self) -> None:
        was = self.accident.isChecked()
        self.details.setVisible(was)
        third = self.third_party.isChecked()
        for name in self._third_rows:
            self.labels[name].setVisible(third)
            self.fields[name].setVisible(third)
        allowed = self._bank == BankChangeMode.ALLOWED and not self._counter and self._own
        self.sign_button.setVisible(not self._counter)
        self.sign_button.setEnabled(allowed)
        self.save_button.setVisible(self._counter)
        if allowed:
            rule = self.tr("You sign the declaration with your eID card and PIN code.")
        elif not self._own and not self._counter:
            rule = self.tr(
                "%1 signs this declaration with their own eID card: at a terminal, or by hand "
                "once you print it filled in."
            ).replace("%1", self.declaration.member_name if self.declaration else "")
        elif self._counter:
            rule = self.tr(
                "The member signs the declaration with their eID card at a terminal, or by hand: "
                "print it filled in, and register it once it comes back signed."
            )
        elif self._bank == BankChangeMode.CARD_NEEDED:
            rule = self.tr(
                "Signing needs your eID card in the reader: log in with your card to send it "
                "here, or print it filled in, sign it and return it to us."
            )
        else:
            rule = self.tr(
                "A password proves who you are but cannot sign: only your eID card can. Log in "
                "with your card to send it here, or print it filled in, sign it and return it "
                "to us."
            )
        self.rule.setText(rule)

    def retranslate(self) -> None:
        d = self.declaration
        self.heading.setText(
            self.tr("Accident declaration: care of %1 (%2)")
            .replace("%1", fmt.day(d.presumed_on) if d else "")
            .replace("%2", d.member_name if d else "")
        )
        self.hint.setText(
            self.tr(
                "Answer for the care below. If it was not an accident, say so: the declaration "
                "must be returned all the same."
            )
        )
        self.care.setText(care_lines(d) if d else "")
        self.not_accident.setText(self.tr("It was not an accident"))
        self.accident.setText(self.tr("It was an accident"))
        self.kind_label.setText(self.tr("Where did it happen?"))
        names = {
            "work": self.tr("At work or on the way to work"),
            "school": self.tr("At school"),
            "road": self.tr("On the road"),
            "sport": self.tr("During sport"),
            "home": self.tr("At home or in private life"),
            "other": self.tr("Elsewhere"),
        }
        for kind, radio in self.kinds.items():
            radio.setText(names[kind])
        fields = {
            "happened_on": self.tr("When"),
            "place": self.tr("Where (address or place)"),
            "description": self.tr("What happened"),
            "third_party_name": self.tr("Their name"),
            "third_party_address": self.tr("Their address"),
            "insurer": self.tr("Their insurer"),
            "policy_number": self.tr("Policy number"),
            "police_report": self.tr("Police report number (if any)"),
        }
        for name, label in self.labels.items():
            label.setText(fields[name])
        for name, edit in self.fields.items():
            edit.setAccessibleName(fields[name])
        self.happened_on.setAccessibleName(fields["happened_on"])
        self.happened_on.setPlaceholderText(fmt.day(EXAMPLE_DAY))
        self.description.setAccessibleName(fields["description"])
        self.third_party.setText(self.tr("Someone else may be liable"))
        self.back_button.setText(self.tr("Back to the list"))
        self.print_button.setText(self.tr("Print it filled in"))
        self.save_button.setText(self.tr("Save as PDF"))
        self.sign_button.setText(self.tr("Sign with my card"))
        self._render()

    def clear(self) -> None:
        self.declaration = None
        for group in (self.answer, self.kind_group):
            group.setExclusive(False)  # an exclusive group keeps one checked
            for radio in group.buttons():
                radio.setChecked(False)
            group.setExclusive(True)
        self.third_party.setChecked(False)
        for edit in (*self.fields.values(), self.happened_on):
            edit.setText("")
        self.description.setPlainText("")
        self.problem.setText("")
        self.retranslate()


class AccidentSignView(QWidget):
    """The PIN of the card's Signature key, under what is signed (as the bank change's)."""

    cancelled = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("accidentSignView")
        layout = QVBoxLayout(self)
        self.what = parts.label(self, "instruction", center=True)
        self.tries = parts.label(self, "errorMessage", center=True)
        self.pad = PinPad(self)
        self.pad.fix_width()  # 420 px, more when the large mode's keys need it
        self.cancel_button = parts.button(self, "cancelAccidentSign", self.cancelled.emit)
        self.cancel_button.setProperty("keyRole", "back")  # the keypad's back key: the form
        layout.addWidget(self.what)
        layout.addWidget(self.tries)
        layout.addWidget(self.pad, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.cancel_button, 0, Qt.AlignmentFlag.AlignHCenter)
        self.form = None  # the AccidentForm the PIN signs (read by the service)
        self._presumed_on: dt.date | None = None

    def prepare(self, form, presumed_on: dt.date) -> None:
        self.form, self._presumed_on = form, presumed_on
        self.tries.setText("")
        self.pad.take_pin()
        self.retranslate()

    def show_wrong_pin(self, tries_left: int) -> None:
        # The bank change's words (its pad says the same); self.tr so that lupdate files a plural.
        self.tries.setText(
            self.tr("Wrong PIN code. %n try(ies) left.", "", tries_left)
            if tries_left >= 0
            else self.tr("A PIN code has 4 to 12 digits.")
        )

    def retranslate(self) -> None:
        self.what.setText(
            self.tr("Type your PIN code to sign your accident declaration for the care of %1.")
            .replace("%1", fmt.day(self._presumed_on) if self._presumed_on else "")
        )  # fmt: skip
        self.pad.setAccessibleName(self.tr("PIN code"))
        self.cancel_button.setText(QCoreApplication.translate("BankSignPage", "Cancel"))

    def clear(self) -> None:
        self.pad.take_pin()
        self.form = self._presumed_on = None
        self.tries.setText("")
        self.retranslate()
