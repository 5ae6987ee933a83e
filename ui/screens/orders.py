"""Two sections of the member's file: ordering documents (with "My orders"), and "Contact us"
(with "My requests"). They show service results only; ui/file_controller.py asks the services,
which check who may be ordered for and what may be sent."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDateTime, QLocale, QObject, Qt, QTimeZone, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
)

from ui import format as fmt
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
    tr,
)

KINDS = ("stickers", "envelopes", "incapacity_certificate", "ehic")
MANY = {"stickers": 10, "envelopes": 10}  # the others: one at a time
TOPICS = ("reimbursement", "incapacity", "stickers", "membership", "cannot_log_in", "other")
ANSWERS = ("email", "letter", "phone")


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


def _on_the_way(status: str) -> str | None:
    """The first steps, the same for an order and a question."""
    return {
        "waiting_here": tr("leaving this terminal"),
        "on_its_way": tr("sent to the mutuality"),
        "received": tr("received"),
    }.get(status)


def order_status_text(order) -> str:
    status = order.status
    if text := _on_the_way(status):
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


def _moment(value: dt.datetime) -> str:
    """A date and time in Belgian time, in the screen's language."""
    aware = value if value.tzinfo is not None else value.replace(tzinfo=dt.UTC)
    moment = QDateTime.fromSecsSinceEpoch(int(aware.timestamp()), QTimeZone(b"Europe/Brussels"))
    time = QLocale().toString(moment.time(), "HH:mm")
    return f"{fmt.day(moment.date().toPython())} {time}"


def _aware(value: dt.datetime) -> dt.datetime:
    return value if value.tzinfo is not None else value.replace(tzinfo=dt.UTC)


# --- Ordering documents -----------------------------------------------------------------------


class OrdersPage(Page):
    summarize = Signal(str, int)  # kind, quantity: check it and show what will be sent
    # for whom, kind, quantity, again (a repeated order, said yes to): what the summary showed
    confirm = Signal(str, str, int, bool)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("ordersPage")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.hint = _label(self, "hint")
        layout.addWidget(self.hint)
        grid = QGridLayout()
        self.kind_group = QButtonGroup(self)
        self.kind_group.setExclusive(True)
        self.kind_buttons = {}
        for index, kind in enumerate(KINDS):
            button = _button(self, f"order_{kind}")
            button.setCheckable(True)
            button.clicked.connect(lambda _c=False, k=kind: self._kind_chosen(k))
            self.kind_group.addButton(button)
            self.kind_buttons[kind] = button
            grid.addWidget(button, index // 2, index % 2)
        layout.addLayout(grid)
        row = QHBoxLayout()
        self.quantity_label = _label(self, "fieldLabel")
        self.minus = _button(self, "quantityLess", lambda: self._step(-1))
        self.quantity_value = QLabel("1", self)
        self.quantity_value.setObjectName("quantityValue")
        self.quantity_value.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.quantity_value.setMinimumWidth(64)
        self.plus = _button(self, "quantityMore", lambda: self._step(1))
        for button in (self.minus, self.plus):
            button.setMinimumWidth(72)
        self.continue_button = _button(self, "orderContinue", self._continue, primary=True)
        _keep_width(self.continue_button)
        row.addWidget(self.quantity_label)
        row.addWidget(self.minus)
        row.addWidget(self.quantity_value)
        row.addWidget(self.plus)
        row.addStretch(1)
        row.addWidget(self.continue_button)
        layout.addLayout(row)

        self.summary_box = QFrame(self)
        self.summary_box.setObjectName("orderSummary")
        box = QVBoxLayout(self.summary_box)
        self.summary = _label(self.summary_box, "body")
        self.repeat = _message(self.summary_box, "ibanCheck")
        self.repeat.setProperty("warning", True)
        buttons = QHBoxLayout()
        self.change_button = _button(self.summary_box, "orderChange", self._change)
        self.confirm_button = _button(self.summary_box, "orderConfirm", self._confirm, primary=True)
        for button in (self.change_button, self.confirm_button):
            _keep_width(button)
        buttons.addStretch(1)
        buttons.addWidget(self.change_button)
        buttons.addWidget(self.confirm_button)
        box.addWidget(self.summary)
        box.addWidget(self.repeat)
        box.addLayout(buttons)
        self.summary_box.setVisible(False)
        layout.addWidget(self.summary_box)
        self.problem = _message(self, "errorMessage")
        self.done = _message(self, "hint")
        layout.addWidget(self.problem)
        layout.addWidget(self.done)
        self.mine_title = _label(self, "sectionHeading")
        layout.addWidget(self.mine_title)
        self.table = _table(self, "orderTable", 4)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(200)
        self.mine_note = _message(self, "hint")
        layout.addWidget(self.table, 1)
        layout.addWidget(self.mine_note)
        self.kind: str | None = None
        self.quantity = 1
        self._summary = None
        self._orders = None
        self.retranslate()

    # -- the member's choices --------------------------------------------------------------
    def _kind_chosen(self, kind: str) -> None:
        self.kind = kind
        self.quantity = min(self.quantity, MANY.get(kind, 1))
        self._change()

    def _step(self, delta: int) -> None:
        if self.kind is None:
            return
        self.quantity = max(1, min(MANY.get(self.kind, 1), self.quantity + delta))
        self._change()

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
        many = MANY.get(self.kind or "", 1)
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
                .replace("%1", fmt.day(_aware(same.ordered_at).date()))
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
                    _item(fmt.day(_aware(order.ordered_at).date())),
                    _item(kind_name(order.kind, order.quantity)),
                    _item(order.for_name.split(" ")[0] if order.for_name else ""),
                    _item(order_status_text(order)),
                ]
            )
        _fill(self.table, rows)
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
        self.plus.setText("+")
        self.continue_button.setText(self.tr("Continue"))
        self.change_button.setText(self.tr("Change"))
        self.mine_title.setText(self.tr("My orders"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Ordered"), self.tr("Documents"), self.tr("For"), self.tr("Status")]
        )
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
        _empty(self.table)
        self.retranslate()


# --- Contact us -------------------------------------------------------------------------------


def topic_name(topic: str) -> str:
    return {
        "reimbursement": tr("A reimbursement"),
        "incapacity": tr("Incapacity for work"),
        "stickers": tr("Stickers, certificates, European card"),
        "membership": tr("My membership, my dependants"),
        "cannot_log_in": tr("My online account"),
        "other": tr("Something else"),
    }.get(topic, topic)


def request_status_text(status: str) -> str:
    if text := _on_the_way(status):
        return text
    return {
        "in_progress": tr("in progress"),
        "answered": tr("answered"),
        "closed": tr("closed"),
    }.get(status, status)


class RequestsPage(Page):
    send = Signal(dict)  # the form

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("requestsPage")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.hint = _label(self, "hint")
        layout.addWidget(self.hint)
        form = QGridLayout()
        self.topic_label = _label(self, "fieldLabel")
        self.topic = QComboBox(self)
        self.topic.setObjectName("requestTopic")
        for topic in TOPICS:
            self.topic.addItem("", topic)
        self.subject_label = _label(self, "fieldLabel")
        self.subject = QLineEdit(self)
        self.subject.setObjectName("requestSubject")
        self.subject.setMaxLength(200)
        self.message_label = _label(self, "fieldLabel")
        self.message = QPlainTextEdit(self)
        self.message.setObjectName("requestMessage")
        self.message.setFixedHeight(130)
        self.message.setTabChangesFocus(True)
        form.addWidget(self.topic_label, 0, 0)
        form.addWidget(self.topic, 0, 1)
        form.addWidget(self.subject_label, 1, 0)
        form.addWidget(self.subject, 1, 1)
        form.addWidget(self.message_label, 2, 0, Qt.AlignmentFlag.AlignTop)
        form.addWidget(self.message, 2, 1)
        layout.addLayout(form)

        answers = QHBoxLayout()
        self.answer_label = _label(self, "fieldLabel")
        answers.addWidget(self.answer_label)
        self.answer_group = QButtonGroup(self)
        self.answer_buttons = {}
        for answer in ANSWERS:
            button = _button(self, f"answer_{answer}")
            button.setCheckable(True)
            self.answer_group.addButton(button)
            self.answer_buttons[answer] = button
            answers.addWidget(button)
        answers.addStretch(1)
        layout.addLayout(answers)

        self.contact_hint = _label(self, "hint")
        layout.addWidget(self.contact_hint)
        contact = QGridLayout()
        self.contact_labels = {}
        self.contact_edits = {}
        for row, key in enumerate(("phone", "mobile", "email")):
            label = _label(self, "fieldLabel")
            edit = QLineEdit(self)
            edit.setObjectName(f"request_{key}")
            edit.setMaxLength(200 if key == "email" else 20)
            contact.addWidget(label, row, 0)
            contact.addWidget(edit, row, 1)
            self.contact_labels[key] = label
            self.contact_edits[key] = edit
        layout.addLayout(contact)
        send_row = QHBoxLayout()
        self.problem = _message(self, "errorMessage")
        self.send_button = _button(self, "sendRequest", self._send, primary=True)
        _keep_width(self.send_button)
        send_row.addWidget(self.problem, 1)
        send_row.addWidget(self.send_button)
        layout.addLayout(send_row)
        self.done = _message(self, "hint")
        layout.addWidget(self.done)

        self.mine_title = _label(self, "sectionHeading")
        layout.addWidget(self.mine_title)
        self.table = _table(self, "requestTable", 3)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(160)
        self.table.currentCellChanged.connect(lambda row, *_: self._render_history(row))
        layout.addWidget(self.table)
        self.history = _label(self, "paymentDetail")
        layout.addWidget(self.history)
        self.mine_note = _message(self, "hint")
        layout.addWidget(self.mine_note)
        self._on_file: dict[str, str | None] | None = None
        self._requests = None
        self.retranslate()

    # -- what the controller hands over ----------------------------------------------------
    def show_contact(self, data) -> None:
        """The contact details as the file has them. A field the member has not touched shows
        the file's value again; one they changed keeps their text. What a field showed is the
        base its change is measured against, so a field showing an older value never sends it
        back over a newer one."""
        shown = self._on_file or {}
        for key in ("phone", "mobile", "email"):
            edit, value = self.contact_edits[key], getattr(data, key) or ""
            if key not in shown or edit.text() == (shown[key] or ""):
                edit.setText(value)
                shown[key] = value
        self._on_file = shown

    def show_problem(self, text: str) -> None:
        self.done.setText("")
        self.problem.setText(text)

    def show_sent(self, offline: bool) -> None:
        self.problem.setText("")
        self.subject.setText("")
        self.message.setPlainText("")
        text = self.tr("Your question has been sent. You can follow it below.")
        if offline:
            text += " " + self.tr("It waits on this terminal until the connection is back.")
        self.done.setText(text)

    def show_requests(self, mine) -> None:
        self._requests = mine
        self._render_requests()

    # -- the member's action ---------------------------------------------------------------
    def _send(self) -> None:
        self.done.setText("")
        answer = next((a for a, b in self.answer_buttons.items() if b.isChecked()), "")
        self.send.emit(
            {
                "topic": self.topic.currentData(),
                "subject": self.subject.text(),
                "message": self.message.toPlainText(),
                "answer_by": answer,
                **{key: edit.text() for key, edit in self.contact_edits.items()},
                "on_file": dict(self._on_file or {}),
            }
        )

    # -- drawing ---------------------------------------------------------------------------
    def _render_requests(self) -> None:
        mine = self._requests
        rows = [
            [
                _item(fmt.day(_aware(r.created_at).date())),
                _item(r.subject),
                _item(request_status_text(r.status)),
            ]
            for r in (mine.requests if mine is not None else ())
        ]
        _fill(self.table, rows)
        self.history.setText("")
        if mine is None:
            self.mine_note.setText("")
        elif not mine.complete:
            self.mine_note.setText(
                self.tr("No connection: only the questions waiting on this terminal are shown.")
            )
        elif not mine.requests:
            self.mine_note.setText(self.tr("No question yet."))
        else:
            self.mine_note.setText("")

    def _render_history(self, row: int) -> None:
        mine = self._requests
        if mine is None or not 0 <= row < len(mine.requests):
            self.history.setText("")
            return
        request = mine.requests[row]
        lines = [request.subject, request.message, ""]
        for step in request.history:
            lines.append(f"{_moment(step.at)}  {request_status_text(step.status)}")
            if step.answer:
                lines.append(self.tr("Answer: %1").replace("%1", step.answer))
        self.history.setText("\n".join(lines))

    def retranslate(self) -> None:
        self.hint.setText(self.tr("Ask us your question: we answer in the way you choose."))
        self.topic_label.setText(self.tr("About"))
        for index, topic in enumerate(TOPICS):
            self.topic.setItemText(index, topic_name(topic))
        self.subject_label.setText(self.tr("Title"))
        self.message_label.setText(self.tr("Your question"))
        self.answer_label.setText(self.tr("Answer me by"))
        self.answer_buttons["email"].setText(self.tr("Email"))
        self.answer_buttons["letter"].setText(self.tr("Letter"))
        self.answer_buttons["phone"].setText(self.tr("Phone"))
        self.contact_hint.setText(
            self.tr("Check how we can reach you. A change here also updates your file.")
        )
        self.contact_labels["phone"].setText(self.tr("Phone"))
        self.contact_labels["mobile"].setText(self.tr("Mobile"))
        self.contact_labels["email"].setText(self.tr("Email"))
        self.send_button.setText(self.tr("Send my question"))
        self.mine_title.setText(self.tr("My requests"))
        self.table.setHorizontalHeaderLabels([self.tr("Sent"), self.tr("Title"), self.tr("Status")])
        self._render_requests()

    def clear(self) -> None:
        super().clear()
        self._on_file = None
        self._requests = None
        self.topic.setCurrentIndex(0)
        self.answer_group.setExclusive(False)
        for button in self.answer_buttons.values():
            button.setChecked(False)
        self.answer_group.setExclusive(True)
        self.problem.setText("")
        self.done.setText("")
        _empty(self.table)
        self.history.setText("")
        self.retranslate()
