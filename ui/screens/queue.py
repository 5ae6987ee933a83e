"""The counter's work queue: orders, questions, the medical adviser's items (partial
resumption requests, received certificates) and the Accidents service's (accident declarations
returned) by agency and age, the one chosen in detail with what can be done to it, a paper
certificate to register, and (for supervisors) the letters waiting for the post.

Fed by ui/queue_controller.py with app/services/queue.py results; `clear()` empties the list,
the detail, the answer or reason typed and the certificate form (the queue shows members' names,
questions and medical requests). The medical items' words: ui/screens/queue_medical.py; the
accident declarations': ui/screens/queue_accidents.py.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
)

from app.domain.clock import brussels_today
from ui import format as fmt
from ui.screens import parts
from ui.screens import queue_accidents as accidents
from ui.screens import queue_medical as medical
from ui.screens.base import Screen
from ui.screens.certificate_form import CertificateForm
from ui.screens.file.orders import kind_name
from ui.screens.file.requests import request_status_text, topic_name
from ui.screens.queue_letters import LettersRow
from ui.screens.staff import back_key_to

REFUSALS = ("cover_not_in_order", "already_sent", "address_unknown", "other")
MEDICAL, ACCIDENT = medical.MEDICAL, accidents.ACCIDENT
SHOW = (("order", "request", MEDICAL, ACCIDENT), ("order",), ("request",), (MEDICAL,), (ACCIDENT,))


def item_key(item) -> tuple:
    """What tells one item of the list from another: a medical item's id is its partial
    resumption's or its certificate's (two tables), so its subkind is part of it."""
    return (item.kind, item.subkind, item.item_id)


class QueueScreen(Screen):
    name = "queue"
    back = Signal()
    refresh = Signal()
    chosen = Signal(object)  # the QueueItem tapped
    take = Signal(object)
    fulfil = Signal(object)
    refuse = Signal(object, str, str)  # item, reason, note
    answer = Signal(object, str)  # item, answer
    decide = Signal(object, bool, str)  # a partial resumption, authorised, the refusal's reason
    seen = Signal(object)  # a certificate the adviser saw
    handled = Signal(object)  # an accident declaration the Accidents service dealt with
    save_accident_form = Signal(object)  # its signed form, saved (ui/accidents_controller.py)
    register = Signal(dict)  # a paper certificate received (ui/screens/certificate_form.py)
    print_letters = Signal(list)  # letter ids

    def __init__(self, parent=None):
        super().__init__(parent)
        self.layout_.setContentsMargins(24, 8, 24, 8)
        top = QHBoxLayout()
        self.agency_label = parts.label(self, "fieldLabel")
        self.agency = QComboBox(self)
        self.agency.setObjectName("queueAgency")
        # As wide as the longest agency's name and the longest choice, in every language: the
        # clerk reads the whole filter ("Alle Geschäftsstellen", "Bestellungen und Fragen").
        self.agency.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.show_label = parts.label(self, "fieldLabel")
        self.show = QComboBox(self)
        self.show.setObjectName("queueShow")
        self.show.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for _ in SHOW:
            self.show.addItem("")
        self.refresh_button = parts.button(self, "queueRefresh", self.refresh.emit)
        self.back_button = parts.button(self, "queueBack", self.back.emit)
        self.certificate_button = parts.button(self, "registerCertificate", self._open_form)
        for button in (self.refresh_button, self.back_button, self.certificate_button):
            parts.keep_width(button)
        # Each filter under its name: side by side, the names and the whole choices do not fit
        # the screen's width in German.
        for label, combo in ((self.agency_label, self.agency), (self.show_label, self.show)):
            pair = QVBoxLayout()
            pair.setSpacing(2)
            pair.addWidget(label)
            pair.addWidget(combo)
            top.addLayout(pair)
        top.addStretch(1)
        top.addWidget(self.certificate_button, 0, Qt.AlignmentFlag.AlignBottom)
        top.addWidget(self.refresh_button, 0, Qt.AlignmentFlag.AlignBottom)
        self.layout_.addLayout(top)
        self.agency.activated.connect(lambda _i: self.refresh.emit())
        self.show.activated.connect(lambda _i: self.refresh.emit())

        self.table = parts.table(self, "queueTable", 7)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setMinimumHeight(200)
        self.table.currentCellChanged.connect(lambda row, *_: self._current(row))
        # The detail opening under it shortens the list: the row chosen stays in view.
        self.table.verticalScrollBar().rangeChanged.connect(
            lambda *_: self.table.scrollTo(self.table.currentIndex())
        )
        self.layout_.addWidget(self.table, 2)
        self.empty = parts.message(self, "hint")
        self.layout_.addWidget(self.empty)

        self.detail_box = QFrame(self)
        self.detail_box.setObjectName("paymentDetailBox")
        self.detail_box.setVisible(False)  # hidden from the start: no stale minimum size
        detail = QVBoxLayout(self.detail_box)
        self.detail_title = parts.label(self.detail_box, "sectionHeading")
        # A question and its history can be long: the detail scrolls, the actions stay in view.
        self.detail_scroll = QScrollArea(self.detail_box)
        self.detail_scroll.setObjectName("queueDetailScroll")
        self.detail_scroll.setWidgetResizable(True)
        self.detail_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.detail_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.detail = parts.label(self.detail_scroll, "paymentDetail")
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.detail_scroll.setWidget(self.detail)
        self.answer_edit = QPlainTextEdit(self.detail_box)
        self.answer_edit.setObjectName("queueAnswer")
        self.answer_edit.setFixedHeight(110)
        self.answer_edit.setTabChangesFocus(True)
        refuse_row = QHBoxLayout()
        self.reason = QComboBox(self.detail_box)
        self.reason.setObjectName("refusalReason")
        # The whole reason shown, in every language; the note beside it gives way.
        self.reason.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for _ in REFUSALS:
            self.reason.addItem("")
        self.note = QLineEdit(self.detail_box)
        self.note.setObjectName("refusalNote")
        self.note.setMaxLength(150)  # app/services/queue.MAX_NOTE
        refuse_row.addWidget(self.reason)
        refuse_row.addWidget(self.note, 1)
        actions = QHBoxLayout()
        self.problem = parts.message(self.detail_box, "errorMessage")
        self.take_button = parts.button(self.detail_box, "queueTake", self._take)
        self.refuse_button = parts.button(self.detail_box, "queueRefuse", self._refuse)
        self.done_button = parts.button(self.detail_box, "queueDone", self._done, primary=True)
        self.form_button = parts.button(
            self.detail_box, "queueAccidentForm", lambda: self.save_accident_form.emit(self.item)
        )
        for button in (self.take_button, self.refuse_button, self.form_button, self.done_button):
            parts.keep_width(button)
        actions.addWidget(self.problem, 1)
        actions.addWidget(self.form_button)
        actions.addWidget(self.take_button)
        actions.addWidget(self.refuse_button)
        actions.addWidget(self.done_button)
        detail.addWidget(self.detail_title)
        detail.addWidget(self.detail_scroll, 1)
        detail.addWidget(self.answer_edit)
        detail.addLayout(refuse_row)
        detail.addLayout(actions)
        self.layout_.addWidget(self.detail_box, 3)
        self.certificate = CertificateForm(self)
        self.certificate.setVisible(False)
        self.certificate.submitted.connect(self.register.emit)
        self.certificate.cancelled.connect(self._close_form)
        self.layout_.addWidget(self.certificate, 3)

        self.letters_row = LettersRow(self)  # a supervisor's
        self.letters_row.print_letters.connect(self.print_letters.emit)
        self.letters_label = self.letters_row.label
        self.print_letters_button = self.letters_row.button
        bottom = QHBoxLayout()
        bottom.addWidget(self.back_button)
        bottom.addWidget(self.letters_row, 1)
        self.layout_.addLayout(bottom)
        self.status = parts.message(self, "fileStatus")
        self.layout_.addWidget(self.status)

        self.items: tuple = ()
        self.item = None
        self._detail = None
        self._agencies = None
        self.supervisor = False
        self.adviser = False
        self.today: dt.date | None = None
        self.retranslate()

    # -- what the controller hands over ----------------------------------------------------
    def show_agencies(
        self, agencies, *, supervisor: bool, adviser: bool = False, today: dt.date | None = None
    ) -> None:
        """`adviser`: the clerk is a medical adviser (decides partial resumptions, marks
        certificates seen); `today`: a certificate registered is received today by default."""
        self._agencies = agencies
        self.supervisor, self.adviser, self.today = supervisor, adviser, today
        self._fill_agencies(mine_first=True)
        self._render_detail()

    def _fill_agencies(self, *, mine_first: bool = False) -> None:
        current = None if mine_first else self.agency.currentData()
        self.agency.blockSignals(True)
        self.agency.clear()
        self.agency.addItem(self.tr("All agencies"), None)
        for agency_id, name in self._agencies.all if self._agencies else ():
            self.agency.addItem(name, agency_id)
        wanted = self._agencies.mine if mine_first and self._agencies else current
        index = self.agency.findData(wanted) if wanted is not None else 0
        self.agency.setCurrentIndex(max(index, 0))
        self.agency.blockSignals(False)

    @property
    def agency_id(self) -> int | None:
        return self.agency.currentData()

    @property
    def kinds(self) -> tuple[str, ...]:
        return SHOW[max(self.show.currentIndex(), 0)]

    def show_items(self, items) -> None:
        chosen = item_key(self.item) if self.item is not None else None
        self.items = tuple(items)
        self._render_items()
        keys = [item_key(i) for i in self.items]
        if chosen in keys:
            self.table.setCurrentCell(keys.index(chosen), 0)
        else:
            self.item = None
            self._detail = None
            self.answer_edit.setPlainText("")
            self._render_detail()

    def show_detail(self, detail) -> None:
        self._detail = detail
        self._render_detail()

    def show_letters(self, letters) -> None:
        self.letters_row.letters = tuple(letters)
        self._render_letters()

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)

    def show_status(self, text: str, kind: str = "info") -> None:
        self.status.setText(text)
        self.status.setProperty("kind", kind)
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)

    def action_done(self, text: str) -> None:
        """The central worker applied it: what was typed for it is no longer needed (until
        then it stays, should the action be refused)."""
        self.problem.setText("")
        self.answer_edit.setPlainText("")
        self.note.setText("")
        self.show_status(text, "success")

    def certificate_registered(self, text: str) -> None:
        """The central worker filed the certificate: the form closes (reset: Register again),
        the list shows it."""
        self.certificate.reset()
        self._close_form()
        self.show_status(text, "success")

    def show_form_problem(self, text: str) -> None:
        self.certificate.show_problem(text)

    def certificate_waiting(self) -> None:
        """Sent: no second one until the central worker answered (or we stopped asking)."""
        self.certificate.waiting(True)

    def certificate_refused(self, text: str) -> None:
        """Refused by the central worker: said in the form (what was typed stays) and on the
        screen's status line, seen even when the form was cancelled meanwhile."""
        self.certificate.refused(text)
        self.show_status(
            self.tr("The certificate was not registered: %1").replace("%1", text), "problem"
        )

    def certificate_unanswered(self, text: str) -> None:
        """We stopped asking before the answer came: Register again, but say to look first."""
        self.certificate.waiting(False)
        self.show_status(text, "problem")

    def _open_form(self) -> None:
        """The form takes the list's place until it is registered or cancelled."""
        self.certificate.start(self.today or brussels_today())
        self.certificate.setVisible(True)
        for widget in (self.table, self.empty, self.detail_box):
            widget.setVisible(False)
        self.certificate_button.setEnabled(False)
        back_key_to(self.certificate.cancel_button, self.back_button)

    def _close_form(self) -> None:
        self.certificate.setVisible(False)
        self.table.setVisible(True)
        self.empty.setVisible(bool(self.empty.text()))
        self.certificate_button.setEnabled(True)
        back_key_to(self.back_button, self.certificate.cancel_button)
        self._render_detail()

    # -- the clerk's actions ---------------------------------------------------------------
    def _current(self, row: int) -> None:
        if not 0 <= row < len(self.items):
            return
        item = self.items[row]
        if self.item is not None and item_key(self.item) == item_key(item):
            self.item = item
            self._render_detail()
            return
        self.item, self._detail = item, None
        self.problem.setText("")
        self.answer_edit.setPlainText("")
        self._render_detail()
        self.chosen.emit(item)

    def _take(self) -> None:
        if self.item is not None:
            self.take.emit(self.item)

    def _refuse(self) -> None:
        if self.item is None:
            return
        if self.item.kind == "order":
            self.refuse.emit(self.item, REFUSALS[self.reason.currentIndex()], self.note.text())
        elif medical.is_resumption(self.item):
            self.decide.emit(self.item, False, self.answer_edit.toPlainText())

    def _done(self) -> None:
        if self.item is None:
            return
        if self.item.kind == "order":
            self.fulfil.emit(self.item)
        elif medical.is_resumption(self.item):
            self.decide.emit(self.item, True, "")
        elif medical.is_certificate(self.item):
            self.seen.emit(self.item)
        elif accidents.is_accident(self.item):
            self.handled.emit(self.item)
        else:
            self.answer.emit(self.item, self.answer_edit.toPlainText())

    # -- drawing ---------------------------------------------------------------------------
    def _waited(self, age: dt.timedelta) -> str:
        """How long an item has waited: "3 h", "2 d"."""
        hours = max(int(age.total_seconds() // 3600), 0)
        if hours < 24:
            return self.tr("%n h", "", hours)
        return self.tr("%n d", "", hours // 24)

    def _what(self, item) -> str:
        if item.kind == "order":
            return kind_name(item.what, item.quantity or 1)
        if item.kind == MEDICAL:
            return medical.what(item)
        return accidents.what(item) if item.kind == ACCIDENT else item.what

    def _kind(self, item) -> str:
        if item.kind in (MEDICAL, ACCIDENT):
            return (medical if item.kind == MEDICAL else accidents).kind_name(item)
        return self.tr("Order") if item.kind == "order" else self.tr("Question")

    def _status(self, item) -> str:
        if item.kind in (MEDICAL, ACCIDENT):
            return (medical if item.kind == MEDICAL else accidents).status(item)
        if item.kind == "order":
            return {"received": self.tr("new"), "processing": self.tr("being prepared")}.get(
                item.status, item.status
            )
        return request_status_text(item.status) if item.status != "received" else self.tr("new")

    def _render_items(self) -> None:
        rows = []
        for item in self.items:
            rows.append(
                [
                    parts.item(self._waited(item.age)),
                    parts.item(self._kind(item)),
                    parts.item(self._what(item)),
                    parts.item(item.member_name),
                    parts.item(item.agency_name),
                    parts.item(self._status(item)),
                    parts.item(item.taken_by or ""),
                ]
            )
        parts.fill(self.table, rows)
        # "Taken by" only when someone took one: its title alone would take the room "What"
        # needs (a certificate's dates, a request's hours, elided to "Verlä…" in German).
        self.table.setColumnHidden(6, not any(item.taken_by for item in self.items))
        self.empty.setText("" if self.items else self.tr("Nothing waits in this queue."))
        if self.certificate.isVisibleTo(self):
            self.empty.setVisible(False)

    def _render_detail(self) -> None:
        item = self.item
        self.detail_box.setVisible(item is not None and not self.certificate.isVisibleTo(self))
        if item is None:
            self.detail_title.setText("")
            self.detail.setText("")
            return
        taken_by_other = item.taken_by is not None and not item.taken_by_me
        may_override = self.supervisor
        self.take_button.setEnabled(not item.taken_by_me and (not taken_by_other or may_override))
        self.done_button.setEnabled(not taken_by_other or may_override)
        self.refuse_button.setEnabled(not taken_by_other or may_override)
        self.form_button.setVisible(getattr(item, "document_id", None) is not None)
        if item.kind == MEDICAL:
            lines = self._render_medical(item)
        elif item.kind == ACCIDENT:
            lines = self._render_accident(item)
        else:
            lines = self._render_order_or_question(item)
        if taken_by_other:
            lines.append(self.tr("Taken by %1.").replace("%1", item.taken_by))
        self.detail.setText("\n".join(lines))

    def _render_medical(self, item) -> list[str]:
        """A medical adviser decides (a clerk sees the item, not the buttons: the service
        refuses them anyway); a refusal's reason is typed as the member will read it."""
        resumption = medical.is_resumption(item)
        adviser = self.adviser
        self.take_button.setVisible(adviser and resumption)
        self.refuse_button.setVisible(adviser and resumption)
        self.done_button.setVisible(adviser)
        self.reason.setVisible(False)
        self.note.setVisible(False)
        self.answer_edit.setVisible(adviser and resumption)
        self.answer_edit.setPlaceholderText(
            self.tr("The reason for a refusal, as the member will read it")
        )
        self.done_button.setText(self.tr("Authorise") if resumption else self.tr("Mark as seen"))
        self.detail_title.setText(medical.title(item))
        lines = medical.detail_lines(item)
        if not adviser:
            lines.append(self.tr("A medical adviser decides on it."))
        return lines

    def _render_accident(self, item) -> list[str]:
        for widget in (self.take_button, self.refuse_button, self.reason, self.note,
                       self.answer_edit):  # fmt: skip
            widget.setVisible(False)
        self.done_button.setVisible(True)
        self.done_button.setText(self.tr("Mark handled"))
        self.form_button.setText(self.tr("Save the signed form"))
        self.detail_title.setText(accidents.title(item))
        return accidents.detail_lines(item)

    def _render_order_or_question(self, item) -> list[str]:
        is_order = item.kind == "order"
        self.take_button.setVisible(True)
        self.done_button.setVisible(True)
        self.refuse_button.setVisible(is_order)
        self.reason.setVisible(is_order)
        self.note.setVisible(is_order)
        self.answer_edit.setVisible(not is_order)
        self.answer_edit.setPlaceholderText(self.tr("The answer, as the member will read it"))
        self.done_button.setText(
            self.tr("Mark as sent") if is_order else self.tr("Send the answer")
        )
        received = fmt.moment_day(item.received_at)
        if is_order:
            self.detail_title.setText(self.tr("Order of %1").replace("%1", received))
            return [
                self.tr("%1 for %2")
                .replace("%1", self._what(item))
                .replace("%2", item.for_name or item.member_name),
                self.tr("Ordered by %1 (%2)")
                .replace("%1", item.member_name)
                .replace("%2", item.agency_name),
            ]
        self.detail_title.setText(self.tr("Question of %1").replace("%1", received))
        lines = [item.what, self.tr("From %1").replace("%1", item.member_name)]
        d = self._detail
        if d is not None:
            answer_by = {
                "email": self.tr("by email: %1").replace("%1", d.email or "—"),
                "letter": self.tr("by letter: %1").replace("%1", self._address(d)),
                "phone": self.tr("by phone: %1").replace(
                    "%1", " / ".join(p for p in (d.phone, d.mobile) if p) or "—"
                ),
            }.get(d.answer_by or "", self.tr("as said in the question"))
            lines.append(self.tr("About: %1").replace("%1", topic_name(d.topic)))
            if d.topic == "cannot_log_in":  # taken without identification, by its nature
                lines.append(self.tr("Not verified: asked without logging in."))
            lines += [d.message, self.tr("Answer wanted %1").replace("%1", answer_by)]
            for step in d.history:
                who = f" ({step.by})" if step.by else ""
                lines.append(f"{fmt.moment_day(step.at)}  {request_status_text(step.status)}{who}")
                if step.note:
                    lines.append(step.note)
        return lines

    def _address(self, d) -> str:
        box = " " + self.tr("box %1").replace("%1", d.box) if d.box else ""
        return f"{d.street_and_number}{box}, {d.postcode} {d.municipality}"

    def _render_letters(self) -> None:
        self.letters_row.setVisible(self.supervisor)
        count = len(self.letters_row.letters)
        self.letters_label.setText(
            # credentials, new passwords, and the holder's access at majority (issue 19)
            self.tr("%n letter(s) wait for the post.", "", count)
            if count
            else self.tr("No letter waits for the post.")
        )
        self.print_letters_button.setEnabled(count > 0)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Work queue"))
        self.setAccessibleName(self.tr("Work queue"))
        self.setAccessibleDescription(
            self.tr("Choose an item in the list to see it and deal with it.")
        )
        self.agency_label.setText(self.tr("Agency"))
        self.show_label.setText(self.tr("Show"))
        for index, text in enumerate(
            (
                self.tr("Everything"),
                self.tr("Orders"),
                self.tr("Questions"),
                self.tr("Medical"),
                self.tr("Accidents"),
            )
        ):
            self.show.setItemText(index, text)
        self.agency.setAccessibleName(self.tr("Which agency's work to show"))
        self.show.setAccessibleName(self.tr("Which kind of work to show"))
        self.table.setAccessibleName(self.tr("The work waiting"))
        self.answer_edit.setAccessibleName(self.tr("Answer or reason for the member"))
        self.reason.setAccessibleName(self.tr("Reason for refusing the order"))
        self.note.setAccessibleName(self.tr("Note for the member"))
        self.certificate_button.setText(self.tr("Register a certificate"))
        if self._agencies is not None:
            self._fill_agencies()
        self.refresh_button.setText(self.tr("Refresh"))
        self.back_button.setText(self.tr("Back to the desk"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Waiting"),
                self.tr("Kind"),
                self.tr("What"),
                self.tr("Member"),
                self.tr("Agency"),
                self.tr("Status"),
                self.tr("Taken by"),
            ]
        )
        refusals = {
            "cover_not_in_order": self.tr("Cover not in order"),
            "already_sent": self.tr("Already sent a short while ago"),
            "address_unknown": self.tr("Address to check"),
            "other": self.tr("Other reason (write it)"),
        }
        for index, code in enumerate(REFUSALS):
            self.reason.setItemText(index, refusals[code])
        self.note.setPlaceholderText(self.tr("Note for the member"))
        self.take_button.setText(self.tr("Take it"))
        self.refuse_button.setText(self.tr("Refuse"))
        self.print_letters_button.setText(self.tr("Print them and mark them posted"))
        self.certificate.retranslate()
        self._render_items()
        self._render_detail()
        self._render_letters()

    def clear(self) -> None:
        super().clear()
        self.items = ()
        self.item = None
        self._detail = None
        self.letters_row.letters = ()
        self._agencies = None
        self.supervisor = False
        self.adviser = False
        self.today = None
        self.certificate.clear()
        self._close_form()
        self.answer_edit.setPlainText("")
        self.agency.clear()
        self.show.setCurrentIndex(0)
        self.problem.setText("")
        self.show_status("")
        parts.empty(self.table)
        self.retranslate()
