"""The "Order documents" section (with "My orders"), and the order texts the counter's queue
shares. The page shows service results only; the services check who may be ordered for."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QVBoxLayout,
)

from app.services.orders import MAX_QUANTITY
from ui import format as fmt
from ui.accessible import announce
from ui.screens import parts
from ui.screens.file.common import Page, tr
from ui.screens.file.incapacity_parts import LargeTable

KINDS = ("stickers", "envelopes", "incapacity_certificate", "ehic")


def most(kind: str | None) -> int:
    """How many of a kind one order holds: the service's rule, read when asked."""
    return MAX_QUANTITY.get(kind, 1) if kind else 1


class OrderTexts(QObject):
    """Plural texts shared by the member's and the counter's screens (lupdate finds numerus
    forms in `self.tr(text, "", n)` calls, so they live on an object of their own)."""

    def sheets(self, n: int) -> str:
        return self.tr("%n sheet(s) of pink stickers", "", n)

    def packs(self, n: int) -> str:
        return self.tr("%n pack(s) of pre-addressed envelopes", "", n)


_TEXTS: OrderTexts | None = None


def _texts() -> OrderTexts:
    global _TEXTS
    if _TEXTS is None:
        _TEXTS = OrderTexts()
    return _TEXTS


def kind_name(kind: str, quantity: int = 1) -> str:
    """The documents in words ("3 sheets of pink stickers")."""
    if kind == "stickers":
        return _texts().sheets(quantity)
    if kind == "envelopes":
        return _texts().packs(quantity)
    return {
        "incapacity_certificate": tr("a confidential incapacity certificate"),
        "ehic": tr("a European health insurance card"),
    }.get(kind, kind)


def kind_button_text(kind: str) -> str:
    return {
        "stickers": tr("Pink stickers"),
        "envelopes": tr("Envelopes"),
        "incapacity_certificate": tr("Incapacity certificate"),
        "ehic": tr("European card"),
    }[kind]


def on_the_way(status: str) -> str | None:
    """The first steps, the same for an order and a question."""
    return {
        "waiting_here": tr("leaving this terminal"),
        "on_its_way": tr("sent to the mutuality"),
        "received": tr("received"),
    }.get(status)


def order_status_text(order) -> str:
    status = order.status
    if text := on_the_way(status):
        return text
    if status == "processing":
        return tr("being prepared")
    if status == "sent":
        return (
            tr("sent on %1").replace("%1", fmt.day(order.sent_on)) if order.sent_on else tr("sent")
        )
    if status == "rejected":
        return tr("refused: %1").replace("%1", refusal_text(order.reason))
    return status


def refusal_text(reason: str | None) -> str:
    code, _, note = (reason or "").partition(": ")
    text = {
        "cover_not_in_order": tr("your cover is not in order: please contact the counter"),
        "already_sent": tr("the same documents were sent a short while ago"),
        "address_unknown": tr("your address must be checked at the counter first"),
        "other": tr("see the note"),
    }.get(code, code)
    return f"{text} ({note})" if note else text


class OrdersPage(Page):
    summarize = Signal(str, int)  # kind, quantity: check it and show what will be sent
    # for whom, kind, quantity, again (a repeated order, said yes to): what the summary showed
    confirm = Signal(str, str, int, bool)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("ordersPage")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.hint = parts.label(self, "hint")
        layout.addWidget(self.hint)
        self.kind_grid = QGridLayout()  # two columns, one in the large mode (`_place`)
        self.kind_group = QButtonGroup(self)
        self.kind_group.setExclusive(True)
        self.kind_buttons = {}
        for kind in KINDS:
            button = parts.button(self, f"order_{kind}")
            button.setCheckable(True)
            button.clicked.connect(lambda _c=False, k=kind: self._kind_chosen(k))
            self.kind_group.addButton(button)
            self.kind_buttons[kind] = button
        layout.addLayout(self.kind_grid)
        self.quantity_row = row = QHBoxLayout()
        self.quantity_label = parts.label(self, "fieldLabel")
        self.minus = parts.button(self, "quantityLess", lambda: self._step(-1))
        self.quantity_value = QLabel("1", self)
        self.quantity_value.setObjectName("quantityValue")
        self.quantity_value.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.quantity_value.setMinimumWidth(64)
        self.plus = parts.button(self, "quantityMore", lambda: self._step(1))
        for button in (self.minus, self.plus):
            button.setMinimumWidth(72)
        self.continue_button = parts.button(self, "orderContinue", self._continue, primary=True)
        parts.keep_width(self.continue_button)
        row.addWidget(self.quantity_label)
        row.addWidget(self.minus)
        row.addWidget(self.quantity_value)
        row.addWidget(self.plus)
        row.addStretch(1)
        layout.addLayout(row)
        self.continue_row = QHBoxLayout()  # Continue under the quantity in the large mode
        self.continue_row.addStretch(1)
        layout.addLayout(self.continue_row)

        self.summary_box = QFrame(self)
        self.summary_box.setObjectName("orderSummary")
        box = QVBoxLayout(self.summary_box)
        self.summary = parts.label(self.summary_box, "body")
        self.repeat = parts.message(self.summary_box, "ibanCheck")
        self.repeat.setProperty("warning", True)
        buttons = QHBoxLayout()
        self.change_button = parts.button(self.summary_box, "orderChange", self._change)
        self.confirm_button = parts.button(
            self.summary_box, "orderConfirm", self._confirm, primary=True
        )
        for button in (self.change_button, self.confirm_button):
            parts.keep_width(button)
        buttons.addStretch(1)
        buttons.addWidget(self.change_button)
        buttons.addWidget(self.confirm_button)
        box.addWidget(self.summary)
        box.addWidget(self.repeat)
        box.addLayout(buttons)
        self.summary_box.setVisible(False)
        layout.addWidget(self.summary_box)
        self.problem = parts.message(self, "errorMessage")
        self.done = parts.message(self, "hint")
        layout.addWidget(self.problem)
        layout.addWidget(self.done)
        self.mine_title = parts.label(self, "sectionHeading")
        layout.addWidget(self.mine_title)
        self.table = parts.table(self, "orderTable", 4)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(200)
        self.table_large = LargeTable(self.table, (1, 3))  # the documents and their status
        self.mine_note = parts.message(self, "hint")
        layout.addWidget(self.table, 1)
        layout.addWidget(self.mine_note)
        self.kind: str | None = None
        self.quantity = 1
        self._summary = None
        self._orders = None
        self._placed: bool | None = None
        self._place(False)
        self.retranslate()

    # -- the large mode ----------------------------------------------------------------------
    def _place(self, large: bool) -> None:
        """The documents in two columns and Continue beside the quantity; in the large mode
        one column (a title at 44 px takes the width) and Continue under the quantity."""
        if large == self._placed:
            return
        self._placed = large
        columns = 1 if large else 2
        for button in self.kind_buttons.values():
            self.kind_grid.removeWidget(button)
        for index, button in enumerate(self.kind_buttons.values()):
            self.kind_grid.addWidget(button, index // columns, index % columns)
        self.quantity_row.removeWidget(self.continue_button)
        self.continue_row.removeWidget(self.continue_button)
        (self.continue_row if large else self.quantity_row).addWidget(self.continue_button)

    def large_mode_changed(self, large: bool) -> None:
        super().large_mode_changed(large)
        self._place(large)
        self.table_large.set_large(large)

    # -- the member's choices --------------------------------------------------------------
    def _kind_chosen(self, kind: str) -> None:
        self.kind = kind
        self.quantity = min(self.quantity, most(kind))
        self._change()

    def _step(self, delta: int) -> None:
        if self.kind is None:
            return
        self.quantity = max(1, min(most(self.kind), self.quantity + delta))
        self._change()
        # Speech and a screen reader hear the new number (the keys stay on − or +).
        announce(self.quantity_value, f"{self.quantity_label.text()} {self.quantity}")

    def _continue(self) -> None:
        self.done.setText("")
        if self.kind is None:
            self.problem.setText(self.tr("Choose the documents you need."))
            return
        self.problem.setText("")
        self.summarize.emit(self.kind, self.quantity)

    def person_changed(self) -> None:
        """Another person chosen: a summary made for the one before no longer holds."""
        self.done.setText("")
        self._change()

    def _change(self) -> None:
        """Back to the choice: the summary shown no longer holds."""
        self._summary = None
        self.problem.setText("")
        self._render_choice()

    def _confirm(self) -> None:
        summary = self._summary
        if summary is not None:
            again = summary.same_open_order is not None
            self.confirm.emit(summary.for_niss, summary.kind, summary.quantity, again)

    # -- what the controller hands over ----------------------------------------------------
    def show_summary(self, summary) -> None:
        self._summary = summary
        self.problem.setText("")
        self._render_choice()

    def show_problem(self, text: str) -> None:
        self._summary = None
        self._render_choice()
        self.problem.setText(text)

    def show_placed(self, offline: bool) -> None:
        self._summary = None
        self.kind = None
        self.quantity = 1
        self.kind_group.setExclusive(False)
        for button in self.kind_buttons.values():
            button.setChecked(False)
        self.kind_group.setExclusive(True)
        self._render_choice()
        text = self.tr("Your order has been sent to the mutuality.")
        if offline:
            text += " " + self.tr("It waits on this terminal until the connection is back.")
        self.done.setText(text)

    def show_orders(self, mine) -> None:
        self._orders = mine
        self._render_orders()

    # -- drawing ---------------------------------------------------------------------------
    def _render_choice(self) -> None:
        many = most(self.kind)
        for widget in (self.minus, self.plus, self.quantity_value, self.quantity_label):
            widget.setVisible(self.kind is not None)
        self.minus.setEnabled(self.quantity > 1)
        self.plus.setEnabled(self.quantity < many)
        self.quantity_value.setText(str(self.quantity))
        self.quantity_label.setText(
            self.tr("How many?") if many > 1 else self.tr("One at a time, for one person.")
        )
        summary = self._summary
        self.summary_box.setVisible(summary is not None)
        self.continue_button.setVisible(summary is None)
        if summary is None:
            self.summary.setText("")
            self.repeat.setText("")
            return
        what = kind_name(summary.kind, summary.quantity)
        if summary.for_name:
            first = self.tr("You order %1 for %2.").replace("%1", what)
            lines = [first.replace("%2", summary.for_name)]
        else:  # offline: oneself, whose name the central database has
            lines = [self.tr("You order %1 for yourself.").replace("%1", what)]
        if summary.address is not None:
            a = summary.address
            box = " " + self.tr("box %1").replace("%1", a.box) if a.box else ""
            lines.append(
                self.tr("They are sent by post to: %1").replace(
                    "%1", f"{a.street} {a.house_number}{box}, {a.postcode} {a.municipality}"
                )
            )
        else:
            lines.append(self.tr("They are sent by post to your home address."))
        self.summary.setText("\n".join(lines))
        same = summary.same_open_order
        if same is not None:
            self.repeat.setText(
                self.tr("You already ordered this on %1 (%2). Order it again?")
                .replace("%1", fmt.moment_day(same.ordered_at))
                .replace("%2", order_status_text(same))
            )
            self.confirm_button.setText(self.tr("Yes, order again"))
        else:
            self.repeat.setText("")
            self.confirm_button.setText(self.tr("Confirm the order"))

    def _render_orders(self) -> None:
        mine = self._orders
        rows = []
        for order in mine.orders if mine is not None else ():
            rows.append(
                [
                    parts.item(fmt.moment_day(order.ordered_at)),
                    parts.item(kind_name(order.kind, order.quantity)),
                    parts.item(order.for_name.split(" ")[0] if order.for_name else ""),
                    parts.item(order_status_text(order)),
                ]
            )
        parts.fill(self.table, rows)
        if mine is None:
            self.mine_note.setText("")
        elif not mine.complete:
            self.mine_note.setText(
                self.tr("No connection: only the orders waiting on this terminal are shown.")
            )
        elif not mine.orders:
            self.mine_note.setText(self.tr("No order yet."))
        else:
            self.mine_note.setText("")

    def retranslate(self) -> None:
        self.hint.setText(
            self.tr("Choose the documents, then check and confirm. They are sent by post.")
        )
        for kind, button in self.kind_buttons.items():
            button.setText(kind_button_text(kind))
        self.minus.setText("−")
        self.minus.setAccessibleName(self.tr("One less"))
        self.plus.setText("+")
        self.plus.setAccessibleName(self.tr("One more"))
        self.continue_button.setText(self.tr("Continue"))
        self.change_button.setText(self.tr("Change"))
        self.mine_title.setText(self.tr("My orders"))
        self.table_large.set_titles(
            [self.tr("Ordered"), self.tr("Documents"), self.tr("For"), self.tr("Status")]
        )
        self.table.setAccessibleName(self.tr("My orders"))
        self._render_choice()
        self._render_orders()

    def clear(self) -> None:
        super().clear()
        self._summary = None
        self._orders = None
        self.kind = None
        self.quantity = 1
        self.kind_group.setExclusive(False)
        for button in self.kind_buttons.values():
            button.setChecked(False)
        self.kind_group.setExclusive(True)
        self.problem.setText("")
        self.done.setText("")
        parts.empty(self.table)
        self.retranslate()
