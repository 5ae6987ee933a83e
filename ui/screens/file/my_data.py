"""The "My data" section: the file's facts, the contact details to change, and the bank
account change (checked here, signed on the bank_sign page)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain.codes import BankChangeMode
from app.domain.iban import formatted_iban
from app.domain.niss import Niss
from ui import format as fmt
from ui.appearance import reflow
from ui.screens import parts
from ui.screens.file.common import Page, PageScroll, ui_language


class MyDataPage(Page):
    save_contact = Signal(dict)
    check_iban = Signal(str)
    sign_bank = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("myDataPage")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.scroll = scroll = PageScroll(self)  # the window's page scrolls in the large mode
        body = QWidget(scroll)
        layout = QVBoxLayout(body)
        scroll.setWidget(body)
        outer.addWidget(scroll)
        self.facts_title = parts.label(body, "sectionHeading")
        self.facts = QFormLayout()
        self._fact_labels: dict[str, tuple[QLabel, QLabel]] = {}
        for key in (
            "name", "niss", "affiliation", "address", "role", "holder", "federation",
            "status", "cover", "bim", "codes",
        ):  # fmt: skip
            name, value = parts.label(body, "fieldLabel"), parts.label(body, "factValue")
            value.setObjectName(f"fact_{key}")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
            self.facts.addRow(name, value)
            self._fact_labels[key] = (name, value)
        self.dependants_title = parts.label(body, "sectionHeading")
        self.dependants = parts.label(body, "factValue")
        self.dependants.setObjectName("dependantsList")
        layout.addWidget(self.facts_title)
        layout.addLayout(self.facts)
        layout.addWidget(self.dependants_title)
        layout.addWidget(self.dependants)

        # contact data
        self.contact_title = parts.label(body, "sectionHeading")
        self.contact_hint = parts.label(body, "hint")
        grid = QGridLayout()
        self.contact_edits: dict[str, QLineEdit] = {}
        self.contact_labels: dict[str, QLabel] = {}
        for row, key in enumerate(("phone", "mobile", "email")):
            label = parts.label(body, "fieldLabel")
            edit = QLineEdit(body)
            edit.setObjectName(f"contact_{key}")
            edit.setMinimumHeight(56)
            edit.setMaxLength(200 if key == "email" else 20)
            label.setBuddy(edit)  # the field's name for speech and a screen reader
            grid.addWidget(label, row, 0)
            grid.addWidget(edit, row, 1)
            self.contact_labels[key] = label
            self.contact_edits[key] = edit
        self.contact_error = parts.message(body, "errorMessage")
        self.contact_done = parts.message(body, "hint")
        self.save_button = parts.button(body, "saveContact", self._save, primary=True)
        layout.addWidget(self.contact_title)
        layout.addWidget(self.contact_hint)
        layout.addLayout(grid)
        layout.addWidget(self.contact_error)
        layout.addWidget(self.contact_done)
        layout.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignRight)

        # bank account
        self.bank_title = parts.label(body, "sectionHeading")
        self.bank_current = parts.label(body, "factValue")
        self.bank_current.setObjectName("bankCurrent")
        self.bank_rule = parts.label(body, "hint")
        self.iban_edit = QLineEdit(body)
        self.iban_edit.setObjectName("newIban")
        self.iban_edit.setMinimumHeight(56)
        self.iban_edit.setMaxLength(42)
        self.iban_check = parts.message(body, "ibanCheck")
        self.iban_error = parts.message(body, "errorMessage")
        self.check_button = parts.button(body, "checkIban", self._check)
        self.sign_button = parts.button(body, "signBank", self._sign, primary=True)
        self.sign_button.setEnabled(False)
        self.iban_edit.textEdited.connect(self._iban_edited)
        row = reflow(QHBoxLayout(), "stack")  # the field, then each button, at 44 px
        row.addWidget(self.iban_edit, 1)
        row.addWidget(self.check_button)
        row.addWidget(self.sign_button)
        layout.addWidget(self.bank_title)
        layout.addWidget(self.bank_current)
        layout.addWidget(self.bank_rule)
        layout.addLayout(row)
        layout.addWidget(self.iban_check)
        layout.addWidget(self.iban_error)
        layout.addStretch(1)
        self._data = None
        self._contact_base: dict[str, str] = {}
        self._contact_sent: dict[str, str] = {}  # this visit's changes, until the visit ends
        self._bank = BankChangeMode.PASSWORD_LOGIN
        self._bank_allowed = False
        self._checked_iban: str | None = None
        self.retranslate()

    # -- what the controller hands over ------------------------------------------------------
    def offer_bank_change(self, bank: BankChangeMode) -> None:
        """Whether the bank account may change, shown with the next `show_data`: allowed (eID
        or token login, card in the reader), password (a password login cannot redirect
        payments) or card needed (the card must sign)."""
        self._bank = bank
        self._bank_allowed = bank == BankChangeMode.ALLOWED

    def show_data(self, data) -> None:
        self._data = data
        # What the file says, or what this visit already sent and the mutuality has not
        # applied yet: the base a change is measured against.
        sent = self._contact_sent
        self._contact_base = {
            key: sent.get(key, getattr(data, key) or "") for key in ("phone", "mobile", "email")
        }
        for key, value in self._contact_base.items():
            self.contact_edits[key].setText(value)
        self._render()

    def show_contact_saved(self, offline: bool, sent: dict | None = None) -> None:
        for key, value in (sent or {}).items():
            if value is not None:
                self._contact_sent[key] = value
                self._contact_base[key] = value
        self.contact_error.setText("")
        text = self.tr("Your new contact details are sent to the mutuality.")
        self.contact_done.setText(text + self._offline_note(offline))

    def show_contact_problem(self, text: str) -> None:
        self.contact_done.setText("")
        self.contact_error.setText(text)

    def show_iban_checked(self, check) -> None:
        if self._data is not None and self._data.iban == check.iban:
            self.show_iban_problem(self.tr("This is already the account in your file."))
            return
        self.iban_error.setText("")
        self._checked_iban = check.iban
        self.iban_edit.setText(check.formatted)
        lines = [self.tr("Account %1").replace("%1", check.formatted)]
        if check.bank_name:
            lines.append(self.tr("Bank: %1").replace("%1", check.bank_name))
        if check.warning == "unknown_bank_code":
            lines.append(
                self.tr(
                    "We do not recognise this bank's code. Check the number with your bank "
                    "statement: you can still sign the change."
                )
            )
        self.iban_check.setText("\n".join(lines))
        self.iban_check.setProperty("warning", check.warning is not None)
        self.iban_check.style().unpolish(self.iban_check)
        self.iban_check.style().polish(self.iban_check)
        self.sign_button.setEnabled(self._bank_allowed)
        self.scroll_to_bank()

    def show_iban_problem(self, text: str) -> None:
        self._checked_iban = None
        self.iban_check.setText("")
        self.iban_error.setText(text)
        self.sign_button.setEnabled(False)
        self.scroll_to_bank()

    def show_bank_queued(self, offline: bool) -> None:
        self._checked_iban = None
        self.iban_edit.setText("")
        self.sign_button.setEnabled(False)
        text = self.tr(
            "Your new account is sent to the mutuality with the form you signed. It is in "
            '"My documents" once the mutuality has received it.'
        )
        self.iban_check.setText(text + self._offline_note(offline))

    def _offline_note(self, offline: bool) -> str:
        if not offline:
            return ""
        return " " + self.tr("It waits on this terminal until the connection is back.")

    def scroll_to_bank(self) -> None:
        """The bank part in view, down to the answer of the check (once it is laid out)."""
        QTimer.singleShot(0, self, self._scroll_to_bank_now)

    def _scroll_to_bank_now(self) -> None:
        last = next((w for w in (self.iban_error, self.iban_check) if w.text()), self.sign_button)
        # The large mode's page scrolls in the window's (ui/main_window.py), not in this one.
        page = getattr(self.window(), "page", None) if self.scroll.grow else None
        scroll = page if page is not None else self.scroll
        scroll.ensureWidgetVisible(self.bank_title, 0, 0)
        scroll.ensureWidgetVisible(last, 0, 16)

    # -- the member's actions ----------------------------------------------------------------
    def _save(self) -> None:
        """Send only what the member changed: a field left as it was loaded is None (kept),
        so a field that did not load, or a change still on its way, is never overwritten."""
        self.contact_error.setText("")
        self.contact_done.setText("")
        if self._data is None:  # the form shows nothing of the file yet: nothing to compare
            return
        changes = {}
        for key, edit in self.contact_edits.items():
            typed = edit.text().strip()
            changes[key] = None if typed == self._contact_base.get(key, "") else typed
        if all(value is None for value in changes.values()):
            self.contact_error.setText(self.tr("Nothing was changed."))
            return
        self.save_contact.emit(changes)

    def _check(self) -> None:
        self.check_iban.emit(self.iban_edit.text())

    def _sign(self) -> None:
        if self._checked_iban:
            self.sign_bank.emit(self._checked_iban)

    def _iban_edited(self, _text: str) -> None:
        self._checked_iban = None
        self.sign_button.setEnabled(False)
        self.iban_check.setText("")
        self.iban_error.setText("")

    # -- texts -------------------------------------------------------------------------------
    def _render(self) -> None:
        data = self._data
        names = {
            "name": self.tr("Name"),
            "niss": self.tr("National number"),
            "affiliation": self.tr("Membership number"),
            "address": self.tr("Address"),
            "role": self.tr("Insured as"),
            "holder": self.tr("Through the holder"),
            "federation": self.tr("Regional mutuality"),
            "status": self.tr("Membership"),
            "cover": self.tr("Cover"),
            "bim": self.tr("Increased reimbursement (BIM)"),
            "codes": self.tr("Insurability codes (CT1/CT2)"),
        }
        for key, (name, value) in self._fact_labels.items():
            name.setText(names[key])
            value.setText("")
        for edit in self.contact_edits.values():
            edit.setEnabled(data is not None)
        self.save_button.setEnabled(data is not None)
        if data is None:
            self.dependants.setText("")
            self.bank_current.setText("")
            self.bank_rule.setText("")
            self.iban_edit.setEnabled(False)
            self.check_button.setEnabled(False)
            return
        a = data.address
        box = self.tr("box %1").replace("%1", a.box) if a.box else ""
        street = f"{a.street} {a.house_number}" + (f" {box}" if box else "")
        roles = {"holder": self.tr("holder"), "dependant": self.tr("dependant")}
        statuses = {
            "active": self.tr("active"),
            "pending": self.tr("being processed"),
            "left": self.tr("left the mutuality"),
            "deceased": self.tr("deceased"),
        }
        values = {
            "name": f"{data.first_names} {data.last_name}",
            "niss": Niss(data.niss).formatted(),
            "affiliation": data.affiliation_number,
            "address": f"{street}, {a.postcode} {a.municipality}",
            "role": roles.get(data.role, data.role),
            "holder": data.holder_name or "—",
            "federation": data.federation_names.get(ui_language(), data.federation_name),
            "status": statuses.get(data.status, data.status),
            "cover": (
                self.tr("in order since %1").replace("%1", fmt.day(data.current.valid_from))
                if data.cover_in_order and data.current is not None
                else self.tr("not in order: please contact the counter")
            ),
            "bim": self.tr("yes") if data.bim else self.tr("no"),
            "codes": f"{data.current.ct1}/{data.current.ct2}" if data.current else "—",
        }
        for key, (_name, value) in self._fact_labels.items():
            value.setText(values[key])
        self.dependants.setText(
            "\n".join(
                f"{p.first_names} {p.last_name} ({fmt.day(p.birth_date)})" for p in data.dependants
            )
            or self.tr("No dependant in your file.")
        )
        self.bank_current.setText(
            self.tr("Payments go to %1").replace("%1", formatted_iban(data.iban))
            if data.iban
            else self.tr("No bank account is known: payments are sent by post.")
        )
        self.bank_rule.setText(
            self.tr("Type the new account. You sign the change with your eID card and PIN code.")
            if self._bank_allowed
            else self.tr(
                "To change your bank account, log in with your eID card or your federal token: "
                "a password alone is not enough to redirect payments."
            )
            if self._bank == BankChangeMode.PASSWORD_LOGIN
            else self.tr(
                "The change of bank account is signed with your eID card: log in with your card "
                "to change it."
            )
        )
        self.iban_edit.setEnabled(self._bank_allowed)
        self.check_button.setEnabled(self._bank_allowed)

    def retranslate(self) -> None:
        self.facts_title.setText(self.tr("Your details"))
        self.dependants_title.setText(self.tr("People insured through you"))
        self.contact_title.setText(self.tr("Contact details"))
        self.contact_hint.setText(self.tr("Empty a field to remove it from your file."))
        self.contact_labels["phone"].setText(self.tr("Phone"))
        self.contact_labels["mobile"].setText(self.tr("Mobile"))
        self.contact_labels["email"].setText(self.tr("Email"))
        self.save_button.setText(self.tr("Save my contact details"))
        self.bank_title.setText(self.tr("Bank account"))
        self.check_button.setText(self.tr("Check"))
        self.sign_button.setText(self.tr("Sign with my card"))
        self.iban_edit.setPlaceholderText("BE68 5390 0754 7034")
        self.iban_edit.setAccessibleName(self.tr("New account number (IBAN)"))
        self._render()

    def grow_area(self) -> PageScroll:
        return self.scroll

    def clear(self) -> None:
        super().clear()
        self._data = None
        self._contact_base = {}
        self._contact_sent = {}
        self._bank = BankChangeMode.PASSWORD_LOGIN
        self._bank_allowed = False
        self._checked_iban = None
        self.sign_button.setEnabled(False)
        for label in (
            self.contact_error, self.contact_done, self.iban_check, self.iban_error,
        ):  # fmt: skip
            label.setText("")
        self._render()
