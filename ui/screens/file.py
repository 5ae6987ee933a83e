"""The member's file: one screen with a section list on the left and the section on the right.

Sections: my data (with the contact and bank account changes), reimbursements (detail of a
payment, the calculator, the official receipt), indemnities (with the statement), DMG, MAF,
young savers, medical agreements and my documents. The screen shows service results only;
ui/file_controller.py asks the services (which enforce who may see whom) and hands the
results here. `clear()` empties every table, label, field and the PDF being shown.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QDate, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.iban import formatted_iban
from app.domain.niss import Niss
from app.domain.statement_period import default_period
from app.services.member_file import personal_share
from ui import format as fmt
from ui.screens.base import Screen
from ui.screens.orders import OrdersPage, RequestsPage
from ui.screens.parts import (
    Page,
    _button,
    _empty,
    _fill,
    _item,
    _keep_width,
    _label,
    _message,
    _table,
    _ui_language,
    tr,
)
from ui.widgets.pin_pad import PinPad

SECTIONS = (
    "data",
    "reimbursements",
    "indemnities",
    "dmg",
    "maf",
    "young_savers",
    "agreements",
    "documents",
    "orders",
    "requests",
)
# Sections about one person at a time (chosen in the person list); reimbursements also "all".
PER_PERSON = frozenset(
    {"reimbursements", "indemnities", "dmg", "maf", "agreements", "documents", "orders"}
)
ALL = ""


def nav_title(key: str) -> str:
    """A section's short name, in the file's list of sections."""
    short = {
        "dmg": tr("DMG"),
        "maf": tr("MAF"),
        "agreements": tr("Agreements"),
        "orders": tr("Order"),
    }
    return short.get(key) or section_title(key)


def section_title(key: str) -> str:
    """A section's name, on the home tiles, in the file's list and as the screen's title."""
    return {
        "data": tr("My data"),
        "reimbursements": tr("Reimbursements"),
        "indemnities": tr("Indemnities"),
        "dmg": tr("Global medical file (DMG)"),
        "maf": tr("Maximum billing (MAF)"),
        "young_savers": tr("Young savers"),
        "agreements": tr("Medical agreements"),
        "documents": tr("My documents"),
        "orders": tr("Order documents"),
        "requests": tr("Contact us"),
        "bank_sign": tr("Sign the change of bank account"),
    }[key]


# --- My data ----------------------------------------------------------------------------------


class MyDataPage(Page):
    save_contact = Signal(dict)
    check_iban = Signal(str)
    sign_bank = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("myDataPage")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.scroll = scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget(scroll)
        layout = QVBoxLayout(body)
        scroll.setWidget(body)
        outer.addWidget(scroll)
        self.facts_title = _label(body, "sectionHeading")
        self.facts = QFormLayout()
        self._fact_labels: dict[str, tuple[QLabel, QLabel]] = {}
        for key in (
            "name", "niss", "affiliation", "address", "role", "holder", "federation",
            "status", "cover", "bim", "codes",
        ):  # fmt: skip
            name, value = _label(body, "fieldLabel"), _label(body, "factValue")
            value.setObjectName(f"fact_{key}")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
            self.facts.addRow(name, value)
            self._fact_labels[key] = (name, value)
        self.dependants_title = _label(body, "sectionHeading")
        self.dependants = _label(body, "factValue")
        self.dependants.setObjectName("dependantsList")
        layout.addWidget(self.facts_title)
        layout.addLayout(self.facts)
        layout.addWidget(self.dependants_title)
        layout.addWidget(self.dependants)

        # contact data
        self.contact_title = _label(body, "sectionHeading")
        self.contact_hint = _label(body, "hint")
        grid = QGridLayout()
        self.contact_edits: dict[str, QLineEdit] = {}
        self.contact_labels: dict[str, QLabel] = {}
        for row, key in enumerate(("phone", "mobile", "email")):
            label = _label(body, "fieldLabel")
            edit = QLineEdit(body)
            edit.setObjectName(f"contact_{key}")
            edit.setMinimumHeight(56)
            edit.setMaxLength(200 if key == "email" else 20)
            grid.addWidget(label, row, 0)
            grid.addWidget(edit, row, 1)
            self.contact_labels[key] = label
            self.contact_edits[key] = edit
        self.contact_error = _message(body, "errorMessage")
        self.contact_done = _message(body, "hint")
        self.save_button = _button(body, "saveContact", self._save, primary=True)
        layout.addWidget(self.contact_title)
        layout.addWidget(self.contact_hint)
        layout.addLayout(grid)
        layout.addWidget(self.contact_error)
        layout.addWidget(self.contact_done)
        layout.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignRight)

        # bank account
        self.bank_title = _label(body, "sectionHeading")
        self.bank_current = _label(body, "factValue")
        self.bank_current.setObjectName("bankCurrent")
        self.bank_rule = _label(body, "hint")
        self.iban_edit = QLineEdit(body)
        self.iban_edit.setObjectName("newIban")
        self.iban_edit.setMinimumHeight(56)
        self.iban_edit.setMaxLength(42)
        self.iban_check = _message(body, "ibanCheck")
        self.iban_error = _message(body, "errorMessage")
        self.check_button = _button(body, "checkIban", self._check)
        self.sign_button = _button(body, "signBank", self._sign, primary=True)
        self.sign_button.setEnabled(False)
        self.iban_edit.textEdited.connect(self._iban_edited)
        row = QHBoxLayout()
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
        self._bank = "password"
        self._bank_allowed = False
        self._checked_iban: str | None = None
        self.retranslate()

    # -- what the controller hands over ------------------------------------------------------
    def show_data(self, data, *, bank: str) -> None:
        """`bank`: "allowed" (eID session, card in the reader), "password" (a password login
        cannot redirect payments) or "card_needed" (token login: the card must sign)."""
        self._data = data
        self._bank = bank
        self._bank_allowed = bank == "allowed"
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
        QTimer.singleShot(0, self._scroll_to_bank_now)

    def _scroll_to_bank_now(self) -> None:
        last = next((w for w in (self.iban_error, self.iban_check) if w.text()), self.sign_button)
        self.scroll.ensureWidgetVisible(self.bank_title, 0, 0)
        self.scroll.ensureWidgetVisible(last, 0, 16)

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
            "federation": data.federation_names.get(_ui_language(), data.federation_name),
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
            if self._bank == "password"
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
        self._render()

    def clear(self) -> None:
        super().clear()
        self._data = None
        self._contact_base = {}
        self._contact_sent = {}
        self._bank = "password"
        self._bank_allowed = False
        self._checked_iban = None
        self.sign_button.setEnabled(False)
        for label in (
            self.contact_error, self.contact_done, self.iban_check, self.iban_error,
        ):  # fmt: skip
            label.setText("")
        self._render()


# --- Reimbursements ---------------------------------------------------------------------------


class ReimbursementsPage(Page):
    reload = Signal()
    more = Signal()
    detail = Signal(int)  # payment id
    print_receipt = Signal(list)  # line ids
    save_receipt = Signal(list)

    # ✓, the date the list is sorted by (care or processing; the other date is in the payment's
    # detail), the patient, the service over its provider, reimbursed, personal share.
    COLUMNS = 6
    SERVICE_COLUMN = 3
    REIMBURSED_COLUMN = 4

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("reimbursementsPage")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        # The sort choice sits in the screen's person row (FileScreen puts `tools` there).
        self.tools = QWidget(self)
        tools = QHBoxLayout(self.tools)
        tools.setContentsMargins(0, 0, 0, 0)
        self.order_label = _label(self.tools, "fieldLabel")
        self.order_label.setWordWrap(False)
        self.order = QComboBox(self.tools)
        self.order.setObjectName("reimbursementOrder")
        self.order.addItem("", "care")
        self.order.addItem("", "processing")
        self.order.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.order.currentIndexChanged.connect(self._order_changed)
        tools.addWidget(self.order_label)
        tools.addWidget(self.order)
        self.table = _table(self, "reimbursementTable", self.COLUMNS)
        self.table.verticalHeader().setDefaultSectionSize(60)  # the service over its provider
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(self.SERVICE_COLUMN, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setMinimumHeight(260)  # four lines at least
        self.table.itemChanged.connect(self._checked)
        self.table.currentCellChanged.connect(self._current)
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.more_button = _button(self, "moreLines", self.more.emit)
        _keep_width(self.more_button)
        self.print_button = _button(self, "printReceipt", self._print, primary=True)
        _keep_width(self.print_button)
        self.save_button = _button(self, "saveReceipt", self._save)
        _keep_width(self.save_button)
        self.save_button.setVisible(False)
        self.selected = _label(self, "hint")
        self.selected.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        buttons.addWidget(self.more_button)
        buttons.addWidget(self.selected, 1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.print_button)
        layout.addLayout(buttons)
        lower = QHBoxLayout()
        detail_frame = QFrame(self)
        detail_frame.setObjectName("paymentDetailBox")
        detail_layout = QVBoxLayout(detail_frame)
        detail_layout.setContentsMargins(12, 4, 12, 8)
        self.detail_title = _label(detail_frame, "sectionHeading")
        self.detail_box = _label(detail_frame, "paymentDetail")
        self.detail_box.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        detail_layout.addWidget(self.detail_title)
        detail_layout.addWidget(self.detail_box, 1)
        lower.addWidget(detail_frame, 3)
        calc = QGridLayout()
        self.calc_title = _label(self, "sectionHeading")
        calc.addWidget(self.calc_title, 0, 0, 1, 2)
        self.calc_edits: dict[str, QLineEdit] = {}
        self.calc_labels: dict[str, QLabel] = {}
        for i, key in enumerate(("fee", "supplement", "reimbursed"), start=1):
            label = _label(self, "hint")
            edit = QLineEdit(self)
            edit.setObjectName(f"calc_{key}")
            edit.setMinimumHeight(48)
            edit.setMaxLength(12)
            edit.setFixedWidth(150)
            edit.textEdited.connect(lambda _t: self._calculate())
            calc.addWidget(label, i, 0)
            calc.addWidget(edit, i, 1)
            self.calc_labels[key] = label
            self.calc_edits[key] = edit
        self.calc_result = _label(self, "calcResult")
        calc.addWidget(self.calc_result, 4, 0, 1, 2)
        calc.setRowStretch(5, 1)
        lower.addLayout(calc, 2)
        layout.addLayout(lower)
        self.lines: list = []
        self.after = None  # the keyset position of the next page
        self.has_more = False
        self._detail = None
        self.retranslate()

    @property
    def order_value(self) -> str:
        return self.order.currentData()

    def _order_changed(self, _index: int) -> None:
        self.retranslate()  # the date column follows the order
        self.reload.emit()

    def show_page(self, page, *, append: bool) -> None:
        if not append:
            self.lines = []
            self._detail = None
            self._render_detail()
        self.lines.extend(page.lines)
        self.after = page.after
        self.has_more = page.after is not None
        self._render_lines()

    def _render_lines(self) -> None:
        checked = self.checked_ids()
        self.table.blockSignals(True)
        rows = []
        for line in self.lines:
            box = _item("", data=line.line_id)
            box.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            box.setCheckState(
                Qt.CheckState.Checked if line.line_id in checked else Qt.CheckState.Unchecked
            )
            day = line.processed_on if self.order_value == "processing" else line.care_date
            rows.append(
                [
                    box,
                    _item(fmt.day(day)),
                    _item(line.beneficiary_name.split(" ")[0]),  # a household's first names
                    _item(f"{line.nomenclature_code} {line.label}\n{line.provider}"),
                    _item(fmt.money(line.reimbursed), amount=True),
                    _item(fmt.money(line.personal_share), amount=True),
                ]
            )
        _fill(self.table, rows)
        self.table.blockSignals(False)
        self.more_button.setEnabled(self.has_more)
        self._update_selected()

    def checked_ids(self) -> list[int]:
        ids = []
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if item is not None and item.checkState() == Qt.CheckState.Checked:
                ids.append(item.data(Qt.ItemDataRole.UserRole))
        return ids

    def _checked(self, item: QTableWidgetItem) -> None:
        if item.column() == 0:
            self._update_selected()

    def _update_selected(self) -> None:
        count = len(self.checked_ids())
        self.selected.setText(self.tr("%n line(s) selected", "", count) if count else "")
        self.print_button.setEnabled(count > 0)
        self.save_button.setEnabled(count > 0)

    def _current(self, row: int, _column: int, _prev_row: int, _prev_column: int) -> None:
        if not 0 <= row < len(self.lines):
            return
        line = self.lines[row]
        self.calc_edits["fee"].setText(_plain(line.official_fee))
        self.calc_edits["supplement"].setText(_plain(line.supplement))
        self.calc_edits["reimbursed"].setText(_plain(line.reimbursed))
        self._calculate()
        self.detail.emit(line.payment_id)

    def show_detail(self, detail) -> None:
        self._detail = detail
        self._render_detail()

    def _render_detail(self) -> None:
        d = self._detail
        if d is None:
            self.detail_title.setText(self.tr("Payment"))
            self.detail_box.setText(self.tr("Tap a line to see its payment."))
            return
        natures = {
            "reimbursement": self.tr("reimbursement of care"),
            "maf_refund": self.tr("refund under the maximum billing (MAF)"),
        }
        self.detail_title.setText(self.tr("Payment of %1").replace("%1", fmt.day(d.processed_on)))
        lines = [
            self.tr("Nature: %1").replace("%1", natures.get(d.nature, d.nature)),
            self.tr("Paid to the account %1").replace("%1", d.iban_formatted),
            self.tr("Amount: %1").replace("%1", fmt.money(d.amount)),
            self.tr("Communication: %1").replace("%1", d.communication),
            self.tr("Services of this payment:"),
        ]
        for s in d.services:
            first_name = s.beneficiary_name.split(" ")[0]
            lines.append(
                f"• {fmt.day(s.care_date)} · {first_name} · {s.nomenclature_code} {s.label} · "
                f"{s.provider} · {fmt.money(s.reimbursed)}"
            )
        lines.append(
            self.tr("Total of the services: %1").replace("%1", fmt.money(d.services_total))
        )
        self.detail_box.setText("\n".join(lines))

    def _calculate(self) -> None:
        values = {k: fmt.amount_typed(e.text()) for k, e in self.calc_edits.items()}
        if all(v is None for v in values.values()):
            self.calc_result.setText("")
            return
        if values["fee"] is None or values["reimbursed"] is None:
            self.calc_result.setText(self.tr("Type the official fee and the reimbursement."))
            return
        share = personal_share(
            values["fee"], values["supplement"] or Decimal("0"), values["reimbursed"]
        )
        self.calc_result.setText(self.tr("Your personal share: %1").replace("%1", fmt.money(share)))

    def _print(self) -> None:
        if ids := self.checked_ids():
            self.print_receipt.emit(ids)

    def _save(self) -> None:
        if ids := self.checked_ids():
            self.save_receipt.emit(ids)

    def retranslate(self) -> None:
        self.order_label.setText(self.tr("Sort by"))
        self.order.setItemText(0, self.tr("date of care"))
        self.order.setItemText(1, self.tr("processing date"))
        self.table.setHorizontalHeaderLabels(
            [
                "✓",
                self.tr("Processed") if self.order_value == "processing" else self.tr("Care"),
                self.tr("Patient"),
                self.tr("Service and provider"),
                self.tr("Reimbursed"),
                self.tr("Your share"),
            ]
        )
        self.more_button.setText(self.tr("Older lines"))
        self.print_button.setText(self.tr("Print an official receipt"))
        self.save_button.setText(self.tr("Save as PDF"))
        self.calc_title.setText(self.tr("Calculator"))
        self.calc_labels["fee"].setText(self.tr("Official fee"))
        self.calc_labels["supplement"].setText(self.tr("Supplement"))
        self.calc_labels["reimbursed"].setText(self.tr("Reimbursement"))
        if self.lines:
            self._render_lines()
        self._render_detail()
        self._calculate()

    def clear(self) -> None:
        super().clear()
        self.lines = []
        self.after = None
        self.has_more = False
        self._detail = None
        self.table.blockSignals(True)
        _empty(self.table)
        self.table.blockSignals(False)
        self.order.blockSignals(True)
        self.order.setCurrentIndex(0)
        self.order.blockSignals(False)
        self.calc_result.setText("")
        self.selected.setText("")
        self.more_button.setEnabled(False)
        self._render_detail()
        self._update_selected()


def _plain(amount: Decimal) -> str:
    """An amount in a field the member may edit: 25,68 (with a comma) in every language but
    English."""
    text = f"{amount:.2f}"
    return text if QLocale().language() == QLocale.Language.English else text.replace(".", ",")


# --- Indemnities ------------------------------------------------------------------------------


class IndemnitiesPage(Page):
    print_statement = Signal(object, object, str)  # start, end, language
    save_statement = Signal(object, object, str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("indemnitiesPage")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.summary = _label(self, "indemnitySummary")
        layout.addWidget(self.summary)
        self.table = _table(self, "indemnityTable", 7)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)  # the kind, elided
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        layout.addWidget(self.table, 1)
        self.statement_title = _label(self, "sectionHeading")
        layout.addWidget(self.statement_title)
        row = QHBoxLayout()
        self.from_label = _label(self, "hint")
        self.to_label = _label(self, "hint")
        self.lang_label = _label(self, "hint")
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
        self.print_button = _button(self, "printStatement", self._print, primary=True)
        _keep_width(self.print_button)
        self.save_button = _button(self, "saveStatement", self._save)
        _keep_width(self.save_button)
        self.save_button.setVisible(False)
        for widget in (
            self.from_label, self.start, self.to_label, self.end, self.lang_label, self.language,
        ):  # fmt: skip
            row.addWidget(widget)
        row.addStretch(1)
        layout.addLayout(row)
        actions = QHBoxLayout()
        self.period_error = _label(self, "errorMessage")
        actions.addWidget(self.period_error, 1)
        actions.addWidget(self.save_button)
        actions.addWidget(self.print_button)
        layout.addLayout(actions)
        self._data = None
        self.reset_period(dt.date.today(), "fr")
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

    def _render(self) -> None:
        data = self._data
        if data is None:
            self.summary.setText("")
            _empty(self.table)
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
            lines.append(
                self.tr("Next payment on %1 (for %2 to %3)")
                .replace("%1", fmt.day(n.pay_on))
                .replace("%2", fmt.day(n.covers_from))
                .replace("%3", fmt.day(n.covers_to))
            )
        self.summary.setText("\n".join(lines))
        _fill(
            self.table,
            [
                [
                    _item(fmt.day(p.paid_on)),
                    _item(fmt.period(p.covers_from, p.covers_to)),
                    _item(phases.get(p.phase, p.phase)),
                    _item(str(p.days), amount=True),
                    _item(fmt.money(p.gross), amount=True),
                    _item(fmt.money(p.withholding), amount=True),
                    _item(fmt.money(p.net), amount=True),
                ]
                for p in data.payments
            ],
        )

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Paid on"),
                self.tr("Period"),
                self.tr("Kind"),
                self.tr("Days"),
                self.tr("Gross"),
                self.tr("Withholding"),
                self.tr("Net"),
            ]
        )
        self.statement_title.setText(self.tr("Indemnity statement"))
        self.from_label.setText(self.tr("From"))
        self.to_label.setText(self.tr("to"))
        self.lang_label.setText(self.tr("in"))
        self.print_button.setText(self.tr("Print the statement"))
        self.save_button.setText(self.tr("Save as PDF"))
        self._render()

    def clear(self) -> None:
        super().clear()
        self._data = None
        self.period_error.setText("")
        self._render()


# --- DMG, MAF, young savers, agreements ------------------------------------------------------


class DmgPage(Page):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("dmgPage")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.summary = _label(self, "dmgSummary")
        self.explain = _label(self, "hint")
        self.table = _table(self, "dmgTable", 4)
        layout.addWidget(self.summary)
        layout.addWidget(self.explain)
        layout.addWidget(self.table, 1)
        self._data = None
        self.retranslate()

    def show_dmg(self, data) -> None:
        self._data = data
        self._render()

    def _render(self) -> None:
        data = self._data
        if data is None:
            self.summary.setText("")
            _empty(self.table)
            return
        current = data.current
        if current is None:
            self.summary.setText(
                self.tr(
                    "No global medical file (DMG). Ask your GP to open one: it costs you nothing."
                )
            )
        else:
            text = (
                self.tr("Global medical file with %1, valid until %2.")
                if current.valid
                else self.tr(
                    "Your global medical file with %1 ended on %2: ask your GP to renew it."
                )
            )
            self.summary.setText(
                text.replace("%1", current.doctor_name).replace("%2", fmt.day(current.valid_until))
            )
        _fill(
            self.table,
            [
                [
                    _item(f"{a.nomenclature_code} {a.label}"),
                    _item(fmt.money(a.official_fee), amount=True),
                    _item(fmt.money(a.personal_share_without), amount=True),
                    _item(fmt.money(a.personal_share_with), amount=True),
                ]
                for a in data.advantages
            ],
        )

    def retranslate(self) -> None:
        self.explain.setText(
            self.tr(
                "With a DMG your GP consultations cost you less: your share with and without it."
            )
        )
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Consultation"),
                self.tr("Official fee"),
                self.tr("Without DMG"),
                self.tr("With DMG"),
            ]
        )
        self._render()

    def clear(self) -> None:
        self._data = None
        self._render()


class MafPage(Page):
    """The household's maximum billing counters of the last three years, each as a gauge."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("mafPage")
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.explain = _label(self, "hint")
        self.layout_.addWidget(self.explain)
        self.years = QVBoxLayout()
        self.layout_.addLayout(self.years)
        self.layout_.addStretch(1)
        self._data: tuple = ()
        self.retranslate()

    def show_maf(self, years) -> None:
        self._data = tuple(years)
        self._render()

    def _render(self) -> None:
        while self.years.count():
            widget = self.years.takeAt(0).widget()
            if widget is not None:
                widget.setParent(None)  # out of the window's tree now, not at deleteLater
                widget.deleteLater()
        if not self._data:
            return
        for year in self._data:
            box = QWidget(self)
            box.setObjectName("mafYear")
            column = QVBoxLayout(box)
            title = _label(box, "sectionHeading")
            title.setText(
                f"{year.year}: {fmt.money(year.personal_shares)} / {fmt.money(year.ceiling)}"
            )
            gauge = QProgressBar(box)
            gauge.setObjectName("mafGauge")
            gauge.setRange(0, 1000)
            ratio = 0 if year.ceiling <= 0 else min(1, year.personal_shares / year.ceiling)
            gauge.setValue(int(ratio * 1000))
            gauge.setTextVisible(False)  # the figures are in the title, readable on any fill
            left, right = _label(box, "body"), _label(box, "body")
            left.setText(
                "\n".join(
                    [
                        self.tr("Ceiling: %1").replace("%1", fmt.money(year.ceiling)),
                        self.tr("Personal shares counted: %1").replace(
                            "%1", fmt.money(year.personal_shares)
                        ),
                    ]
                )
            )
            if year.reached_on:
                last = self.tr("Ceiling reached on %1").replace("%1", fmt.day(year.reached_on))
            else:
                last = self.tr("Still %1 before the ceiling").replace(
                    "%1", fmt.money(year.remaining)
                )
            right.setText(
                "\n".join(
                    [
                        self.tr("Already refunded: %1").replace("%1", fmt.money(year.refunded)),
                        self.tr("Still due to you: %1").replace("%1", fmt.money(year.still_due)),
                        last,
                    ]
                )
            )
            for label in (left, right):
                label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            figures = QHBoxLayout()
            figures.addWidget(left, 1)
            figures.addWidget(right, 1)
            column.setContentsMargins(0, 0, 0, 8)
            column.addWidget(title)
            column.addWidget(gauge)
            column.addLayout(figures)
            self.years.addWidget(box)

    def retranslate(self) -> None:
        self.explain.setText(
            self.tr(
                "Maximum billing (MAF): above a ceiling, your household's personal shares of the "
                "year are refunded."
            )
        )
        self._render()

    def clear(self) -> None:
        self._data = ()
        self._render()


class YoungSaversPage(Page):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("youngSaversPage")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.explain = _label(self, "hint")
        self.table = _table(self, "youngSaverTable", 4)
        layout.addWidget(self.explain)
        layout.addWidget(self.table, 1)
        self._data: tuple = ()
        self.retranslate()

    def show_savers(self, savers) -> None:
        self._data = tuple(savers)
        self._render()

    def _render(self) -> None:
        _fill(
            self.table,
            [
                [
                    _item(s.name),
                    _item(str(s.age), amount=True),
                    _item(
                        fmt.money(s.saved) if s.has_account else self.tr("no account yet"),
                        amount=True,
                    ),
                    _item(fmt.money(s.still_possible), amount=True),
                ]
                for s in self._data
            ],
        )

    def retranslate(self) -> None:
        self.explain.setText(
            self.tr("Young savers' account: for young people, what is saved and still possible.")
        )
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Age"), self.tr("Saved"), self.tr("Still possible")]
        )
        self._render()

    def clear(self) -> None:
        self._data = ()
        self._render()


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
        self.table = _table(self, "agreementTable", 4)
        self.empty = _label(self, "hint")
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
            rows.append([_item(kind), _item(state), _item(validity), _item(a.reference)])
        _fill(self.table, rows)
        self.empty.setText(
            self.tr("No medical agreement in this file.") if self._data == () else ""
        )

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels(
            [self.tr("Agreement"), self.tr("Decision"), self.tr("Valid"), self.tr("Reference")]
        )
        self._render()

    def clear(self) -> None:
        self._data = None
        self._render()


# --- My documents -----------------------------------------------------------------------------


class DocumentsPage(Page):
    open_document = Signal(int)
    print_document = Signal(int)
    save_document = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("documentsPage")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.table = _table(self, "documentTable", 4)
        self.table.currentCellChanged.connect(lambda *_a: self._update_buttons())
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.open_button = _button(self, "openDocument", lambda: self._emit(self.open_document))
        self.print_button = _button(
            self, "printDocument", lambda: self._emit(self.print_document), primary=True
        )
        self.save_button = _button(self, "saveDocument", lambda: self._emit(self.save_document))
        self.save_button.setVisible(False)
        row.addStretch(1)
        row.addWidget(self.open_button)
        row.addWidget(self.save_button)
        row.addWidget(self.print_button)
        layout.addLayout(row)
        self.viewer = QScrollArea(self)
        self.viewer.setObjectName("documentViewer")
        self.viewer.setWidgetResizable(True)
        self.pages = QWidget(self.viewer)
        self.pages_layout = QVBoxLayout(self.pages)
        self.viewer.setWidget(self.pages)
        self.viewer.setVisible(False)
        layout.addWidget(self.viewer, 2)
        self._data: tuple = ()
        self.retranslate()

    def _current(self):
        row = self.table.currentRow()
        return self._data[row] if 0 <= row < len(self._data) else None

    def _emit(self, signal) -> None:
        doc = self._current()
        if doc is not None and doc.has_content:
            signal.emit(doc.document_id)

    def _update_buttons(self) -> None:
        doc = self._current()
        enabled = doc is not None and doc.has_content
        for button in (self.open_button, self.print_button, self.save_button):
            button.setEnabled(enabled)

    def show_documents(self, documents) -> None:
        self._data = tuple(documents)
        self.close_viewer()
        self._render()

    def show_pages(self, images: list[QImage]) -> None:
        self.close_viewer()
        for image in images:
            label = QLabel(self.pages)
            label.setObjectName("documentPage")
            label.setPixmap(QPixmap.fromImage(image))
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            self.pages_layout.addWidget(label)
        self.viewer.setVisible(True)

    def close_viewer(self) -> None:
        while self.pages_layout.count():
            widget = self.pages_layout.takeAt(0).widget()
            if isinstance(widget, QLabel):
                widget.setPixmap(QPixmap())  # the page image goes at once, not at deleteLater
            if widget is not None:
                widget.setParent(None)
                widget.deleteLater()
        self.viewer.setVisible(False)

    def _render(self) -> None:
        directions = {"received": self.tr("from you"), "sent": self.tr("to you")}
        rows = []
        for d in self._data:
            signed = (
                self.tr("signed on %1").replace("%1", fmt.day(d.signed_on))
                if d.signed and d.signed_on
                else ""
            )
            rows.append(
                [
                    _item(fmt.day(d.dated_on)),
                    _item(d.title),
                    _item(directions.get(d.direction, d.direction)),
                    _item(
                        signed
                        if d.has_content
                        else (signed + " " + self.tr("(paper only)")).strip()
                    ),
                ]
            )
        _fill(self.table, rows)
        self._update_buttons()

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("Document"), self.tr("Sent"), self.tr("Signature")]
        )
        self.open_button.setText(self.tr("Open"))
        self.print_button.setText(self.tr("Print"))
        self.save_button.setText(self.tr("Save as PDF"))
        self._render()

    def clear(self) -> None:
        self._data = ()
        self.close_viewer()
        self._render()


# --- The bank change signature ----------------------------------------------------------------


class BankSignPage(Page):
    """The PIN for the card's Signature key, with what is being signed above it."""

    cancelled = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("bankSignPage")
        layout = QVBoxLayout(self)
        self.what = _label(self, "instruction")
        self.what.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.tries = _label(self, "errorMessage")
        self.tries.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pad = PinPad(self)
        self.pad.setMaximumWidth(420)
        self.cancel_button = _button(self, "cancelSign", self.cancelled.emit)
        layout.addWidget(self.what)
        layout.addWidget(self.tries)
        layout.addWidget(self.pad, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.cancel_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)
        self._iban = ""
        self.retranslate()

    @property
    def iban(self) -> str:
        return self._iban

    def prepare(self, iban: str) -> None:
        self._iban = iban
        self.tries.setText("")
        self.pad.take_pin()
        self.retranslate()

    def show_wrong_pin(self, tries_left: int) -> None:
        self.tries.setText(
            self.tr("Wrong PIN code. %n try(ies) left.", "", tries_left)
            if tries_left >= 0
            else self.tr("A PIN code has 4 to 12 digits.")
        )

    def retranslate(self) -> None:
        self.what.setText(
            self.tr("Type your PIN code to sign the change of your bank account to %1.").replace(
                "%1", formatted_iban(self._iban)
            )
        )
        self.cancel_button.setText(self.tr("Cancel"))

    def clear(self) -> None:
        self.pad.take_pin()
        self._iban = ""
        self.tries.setText("")
        self.retranslate()


# --- The screen -------------------------------------------------------------------------------


class FileScreen(Screen):
    name = "file"
    back = Signal()
    section_chosen = Signal(str)
    person_chosen = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.layout_.setContentsMargins(24, 8, 24, 8)
        body = QHBoxLayout()
        nav_box = QWidget(self)
        nav_box.setObjectName("fileNav")
        nav_box.setFixedWidth(240)
        nav = QVBoxLayout(nav_box)
        nav.setContentsMargins(0, 0, 0, 0)
        nav.setSpacing(6)
        self.nav_group = QButtonGroup(self)
        self.nav_group.setExclusive(True)
        self.nav: dict[str, QPushButton] = {}
        for key in SECTIONS:
            button = _button(self, f"section_{key}")
            button.setCheckable(True)
            button.clicked.connect(lambda _c=False, k=key: self.section_chosen.emit(k))
            self.nav_group.addButton(button)
            self.nav[key] = button
            nav.addWidget(button)
        nav.addStretch(1)
        self.back_button = _button(self, "backHome", self.back.emit)
        nav.addWidget(self.back_button)
        body.addWidget(nav_box)
        right = QVBoxLayout()
        person_row = QHBoxLayout()
        self.person_label = _label(self, "fieldLabel")
        self.person = QComboBox(self)
        self.person.setObjectName("personChoice")
        self.person.setMinimumWidth(320)
        self.person.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.person.activated.connect(self._person_activated)
        person_row.addWidget(self.person_label)
        person_row.addWidget(self.person)
        person_row.addStretch(1)
        right.addLayout(person_row)
        self._person_row = person_row
        self.stack = QStackedWidget(self)
        self.data = MyDataPage(self.stack)
        self.reimbursements = ReimbursementsPage(self.stack)
        self.indemnities = IndemnitiesPage(self.stack)
        self.dmg = DmgPage(self.stack)
        self.maf = MafPage(self.stack)
        self.young_savers = YoungSaversPage(self.stack)
        self.agreements = AgreementsPage(self.stack)
        self.documents = DocumentsPage(self.stack)
        self.orders = OrdersPage(self.stack)
        self.requests = RequestsPage(self.stack)
        self.bank_sign = BankSignPage(self.stack)
        self.pages: dict[str, Page] = {
            "data": self.data,
            "reimbursements": self.reimbursements,
            "indemnities": self.indemnities,
            "dmg": self.dmg,
            "maf": self.maf,
            "young_savers": self.young_savers,
            "agreements": self.agreements,
            "documents": self.documents,
            "orders": self.orders,
            "requests": self.requests,
            "bank_sign": self.bank_sign,
        }
        # Each page scrolls on its own: the tallest section (three MAF gauges, the PIN pad) must
        # not set the height of all of them, nor push the window past the screen.
        self._holders: dict[str, QWidget] = {}
        for key, page in self.pages.items():
            if key == "data":  # scrolls inside, its bank field kept in view
                holder = page
            else:
                holder = QScrollArea(self.stack)
                holder.setWidgetResizable(True)
                holder.setFrameShape(QFrame.Shape.NoFrame)
                holder.setWidget(page)
            self._holders[key] = holder
            self.stack.addWidget(holder)
        person_row.addWidget(self.reimbursements.tools)  # the list's sort, beside the person
        right.addWidget(self.stack, 1)
        self.status = _label(self, "fileStatus")
        self.status.setProperty("kind", "info")
        right.addWidget(self.status)
        body.addLayout(right, 1)
        self.layout_.addLayout(body, 1)
        self.section = "data"
        self._people: list = []
        self._picked: str | None = None
        self.counter = False
        self.retranslate()

    # -- the controller's calls --------------------------------------------------------------
    def set_counter(self, counter: bool) -> None:
        """Counter mode: every printout can also be saved as a PDF."""
        self.counter = counter
        for page in (self.reimbursements, self.indemnities, self.documents):
            page.save_button.setVisible(counter)

    def show_section(self, key: str) -> None:
        if key != "bank_sign":  # a PIN half typed, and the account, do not wait on the pad
            self.bank_sign.clear()
        self.section = key
        if key in self.nav:
            self.nav[key].setChecked(True)
        self.stack.setCurrentWidget(self._holders[key])
        per_person = key in PER_PERSON
        self.person_label.setVisible(per_person)
        self.person.setVisible(per_person)
        self.reimbursements.tools.setVisible(key == "reimbursements")
        if per_person:
            self._fill_people()
        self.show_status("")
        self.retranslate()

    def set_people(self, people) -> None:
        self._people = list(people)
        self._fill_people()

    def _person_activated(self, _index: int) -> None:
        self._picked = self.person.currentData()
        self.person_chosen.emit()

    def _fill_people(self) -> None:
        # The person the member picked stays picked from section to section; until they pick,
        # reimbursements show everyone and the other sections the member themself.
        current = self._picked
        self.person.blockSignals(True)
        self.person.clear()
        if self.section == "reimbursements":
            self.person.addItem(self.tr("Everyone"), ALL)
        for p in self._people:
            label = f"{p.first_names} {p.last_name}"
            if p.is_self:
                label = self.tr("%1 (me)").replace("%1", label)
            self.person.addItem(label, p.niss)
        index = self.person.findData(current) if current is not None else -1
        if index < 0:  # the member themself by default, "everyone" for reimbursements
            index = 0
        self.person.setCurrentIndex(index)
        self.person.blockSignals(False)

    @property
    def has_people(self) -> bool:
        return bool(self._people)

    @property
    def current_page(self) -> Page:
        return self.pages[self.section]

    @property
    def person_niss(self) -> str | None:
        value = self.person.currentData()
        return value or None

    def show_status(self, text: str, kind: str = "info") -> None:
        self.status.setText(text)
        self.status.setProperty("kind", kind)
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)

    # -- texts -------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.title.setText(section_title(self.section))
        for key, button in self.nav.items():
            button.setText(nav_title(key))
        self.back_button.setText(self.tr("Back"))
        self.person_label.setText(self.tr("For"))
        if self._people:
            self._fill_people()

    def clear(self) -> None:
        for page in self.pages.values():
            page.clear()
        self._people = []
        self._picked = None
        self.person.clear()
        self.show_status("")
        self.section = "data"
        self.stack.setCurrentWidget(self._holders["data"])
        self.retranslate()
