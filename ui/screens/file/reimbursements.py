"""The reimbursements section: the lines (sorted by care or processing date, a page at a time),
a payment's detail, the calculator of the personal share, and the official receipt to print."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.member_file import personal_share
from ui import format as fmt
from ui.appearance import reflow
from ui.screens import parts
from ui.screens.file.accidents import banner, block_text
from ui.screens.file.common import Page, section_title
from ui.screens.file.mail_offer import MailOffer


class ReimbursementsPage(Page):
    reload = Signal()
    more = Signal()
    detail = Signal(int)  # payment id
    print_receipt = Signal(list)  # line ids
    save_receipt = Signal(list)
    mail_receipt = Signal(list)  # "Send to my e-mail" (issue 19)

    # ✓, the date the list is sorted by (care or processing; the other date is in the payment's
    # detail), the patient, the service over its provider, reimbursed, personal share.
    COLUMNS = 6
    SERVICE_COLUMN = 3
    REIMBURSED_COLUMN = 4
    # The large mode's list has no room for six columns at 44 px: the patient's first name goes
    # under the date, and the personal share is the calculator's (and the payment's detail).
    PATIENT_COLUMN, SHARE_COLUMN = 2, 5

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("reimbursementsPage")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        # The sort choice sits in the screen's person row (FileScreen puts `tools` there).
        self.tools = QWidget(self)
        tools = QHBoxLayout(self.tools)
        tools.setContentsMargins(0, 0, 0, 0)
        # Never wider than its choices beside the person; under it (large mode), on the left.
        self.tools.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)
        # Its name wraps ("Sortieren / nach") rather than squeeze the choices beside it: a
        # long name in the person chooser takes the room (a household's three first names).
        self.order_label = parts.label(self.tools, "fieldLabel")
        self.order = QComboBox(self.tools)
        self.order.setObjectName("reimbursementOrder")
        self.order.addItem("", "care")
        self.order.addItem("", "processing")
        self.order.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.order.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        self.order.currentIndexChanged.connect(self._order_changed)
        self.order_label.setBuddy(self.order)
        tools.addWidget(self.order_label)
        tools.addWidget(self.order)
        tools.addStretch(1)
        self.table = parts.table(self, "reimbursementTable", self.COLUMNS)
        self.table.verticalHeader().setDefaultSectionSize(60)  # the service over its provider
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(self.SERVICE_COLUMN, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        # Some lines at least; the list scrolls, and the payment's detail and the calculator
        # below it keep their room when the screen is shorter (the demo's card bar).
        self.table.setMinimumHeight(200)
        # The banner's wrapped lines make the page's height depend on its width, reckoned from
        # the preferred heights: the list asks for none, and takes what is left.
        policy = self.table.sizePolicy()
        policy.setVerticalPolicy(QSizePolicy.Policy.Ignored)
        self.table.setSizePolicy(policy)
        self.table.itemChanged.connect(self._checked)
        self.table.currentCellChanged.connect(self._current)
        self.table_fit = parts.LargeTable(
            self.table,
            stretch=self.SERVICE_COLUMN,
            hidden=(self.PATIENT_COLUMN, self.SHARE_COLUMN),
            rows=3,  # the payment's detail and the calculator below stay near
        )
        self.block = banner(self, "reimbursementsBlocked")  # an accident declaration overdue
        layout.addWidget(self.block)
        layout.addWidget(self.table, 1)
        buttons = reflow(QHBoxLayout(), "stack")  # one under another at 44 px
        self.more_button = parts.button(self, "moreLines", self.more.emit)
        parts.keep_width(self.more_button)
        self.print_button = parts.button(self, "printReceipt", self._print, primary=True)
        parts.keep_width(self.print_button)
        self.save_button = parts.button(self, "saveReceipt", self._save)
        parts.keep_width(self.save_button)
        self.save_button.setVisible(False)
        self.selected = parts.label(self, "hint")
        self.selected.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        # "Send to my e-mail" beside Print, without a row of its own: the payment's detail and
        # the calculator keep their room with the banner and the card bar; the status line says
        # the address when the member sends.
        self.mail = MailOffer(self, "mailReceipt", compact=True)  # when the controller offers it
        self.mail.send.connect(self._mail)
        buttons.addWidget(self.more_button)
        buttons.addWidget(self.selected, 1)
        buttons.addWidget(self.mail)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.print_button)
        layout.addLayout(buttons)
        lower = reflow(QHBoxLayout(), "stack")  # the calculator under the detail at 44 px
        detail_frame = QFrame(self)
        detail_frame.setObjectName("paymentDetailBox")
        detail_layout = QVBoxLayout(detail_frame)
        detail_layout.setContentsMargins(12, 4, 12, 8)
        self.detail_title = parts.label(detail_frame, "sectionHeading")
        self.detail_box = parts.label(detail_frame, "paymentDetail")
        self.detail_box.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        detail_layout.addWidget(self.detail_title)
        detail_layout.addWidget(self.detail_box, 1)
        lower.addWidget(detail_frame, 3)
        calc = QGridLayout()
        self.calc_title = parts.label(self, "sectionHeading")
        calc.addWidget(self.calc_title, 0, 0, 1, 2)
        self.calc_edits: dict[str, QLineEdit] = {}
        self.calc_labels: dict[str, QLabel] = {}
        for i, key in enumerate(("fee", "supplement", "reimbursed"), start=1):
            label = parts.label(self, "hint")
            edit = QLineEdit(self)
            edit.setObjectName(f"calc_{key}")
            edit.setMinimumHeight(48)
            edit.setMaxLength(12)
            edit.textEdited.connect(lambda _t: self._calculate())
            label.setBuddy(edit)  # the field's name for speech and a screen reader
            calc.addWidget(label, i, 0)
            calc.addWidget(edit, i, 1)
            self.calc_labels[key] = label
            self.calc_edits[key] = edit
        self.calc_result = parts.label(self, "calcResult")
        calc.addWidget(self.calc_result, 4, 0, 1, 2)
        calc.setRowStretch(5, 1)
        calc.setColumnStretch(2, 1)  # the fields as wide as an amount, not as the column
        lower.addLayout(calc, 2)
        layout.addLayout(lower)
        self._size_fields()
        self.lines: list = []
        self.after = None  # the keyset position of the next page
        self.has_more = False
        self._detail = None
        self._block = None
        self.retranslate()

    def _size_fields(self) -> None:
        """The calculator's fields as wide as an amount in their font (twice as wide at 44 px)."""
        for edit in self.calc_edits.values():
            edit.ensurePolished()
            edit.setFixedWidth(edit.fontMetrics().horizontalAdvance("00000,00") + 48)

    def large_mode_changed(self, large: bool) -> None:
        super().large_mode_changed(large)
        self.table_fit.set_large(large)
        self._size_fields()
        self.retranslate()

    @property
    def order_value(self) -> str:
        return self.order.currentData()

    def _order_changed(self, _index: int) -> None:
        self.retranslate()  # the date column follows the order
        self.reload.emit()

    def show_first_page(self, page) -> None:
        self.show_page(page, append=False)

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
            box = parts.item("", data=line.line_id)
            box.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            box.setCheckState(
                Qt.CheckState.Checked if line.line_id in checked else Qt.CheckState.Unchecked
            )
            day = line.processed_on if self.order_value == "processing" else line.care_date
            first_name = line.beneficiary_name.split(" ")[0]  # a household's first names
            rows.append(
                [
                    box,
                    parts.item(f"{fmt.day(day)}\n{first_name}" if self.large else fmt.day(day)),
                    parts.item(first_name),
                    parts.item(f"{line.nomenclature_code} {line.label}\n{line.provider}"),
                    parts.item(fmt.money(line.reimbursed), amount=True),
                    parts.item(fmt.money(line.personal_share), amount=True),
                ]
            )
        parts.fill(self.table, rows)
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
        self.mail.set_enabled(count > 0)

    def _current(self, row: int, _column: int, _prev_row: int, _prev_column: int) -> None:
        if not 0 <= row < len(self.lines):
            return
        line = self.lines[row]
        self.calc_edits["fee"].setText(_plain(line.official_fee))
        self.calc_edits["supplement"].setText(_plain(line.supplement))
        self.calc_edits["reimbursed"].setText(_plain(line.reimbursed))
        self._calculate()
        self.detail.emit(line.payment_id)

    def show_block(self, block) -> None:
        """FileBlock: the household's reimbursements are held, why and what to do."""
        self._block = block
        counter = not self.save_button.isHidden()  # the counter's page saves PDFs
        self.block.setText(block_text(block, counter=counter))
        self._fit_list()

    def _fit_list(self) -> None:
        # The banner takes its room from the list's least height (the list scrolls): the
        # payment's detail and the calculator stay in view.
        self.table_fit.set_normal_minimum(120 if self.block.text() else 200)

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

    def _mail(self) -> None:
        if ids := self.checked_ids():
            self.mail_receipt.emit(ids)

    def show_mail_offer(self, masked_address: str | None) -> None:
        self.mail.offer(masked_address)
        self._fit_list()

    def retranslate(self) -> None:
        self.order_label.setText(self.tr("Sort by"))
        self.order_label.ensurePolished()  # the stylesheet's font, also before it is shown
        # Beside the person, on two lines if need be; under it (large mode), on one.
        wide = self.order_label.fontMetrics().horizontalAdvance(self.order_label.text()) > 130
        wide = wide and not self.large
        self.order_label.setWordWrap(wide)
        self.order_label.setMaximumWidth(130 if wide else 16777215)
        self.order.setItemText(0, self.tr("date of care"))
        self.order.setItemText(1, self.tr("processing date"))
        parts.keep_items_whole(self.order)
        self.table.setAccessibleName(section_title("reimbursements"))
        parts.titles(
            self.table,
            [
                "✓",
                self.tr("Processed") if self.order_value == "processing" else self.tr("Care"),
                self.tr("Patient"),
                self.tr("Service and provider"),
                self.tr("Reimbursed"),
                self.tr("Your share"),
            ],
            large=self.large,
            two_lines=True,
        )
        self.show_block(self._block)
        self.more_button.setText(self.tr("Older lines"))
        self.print_button.setText(self.tr("Print an official receipt"))
        self.save_button.setText(self.tr("Save as PDF"))
        self.mail.retranslate()
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
        self.mail.clear()
        self.lines = []
        self.after = None
        self.has_more = False
        self._detail = None
        self.show_block(None)
        self.table.blockSignals(True)
        parts.empty(self.table)
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
