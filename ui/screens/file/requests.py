"""The "Contact us" section (with "My requests": the questions, and the partial resumption
requests with the medical adviser's decision and its reason), and the request texts the
counter's queue shares. The page shows service results only; the services check what may be
sent."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ui import format as fmt
from ui.appearance import reflow
from ui.screens import parts
from ui.screens.file.common import Page, tr
from ui.screens.file.incapacity_parts import LargeTable
from ui.screens.file.orders import on_the_way
from ui.screens.queue_medical import timeliness_text

TOPICS = ("reimbursement", "incapacity", "stickers", "membership", "cannot_log_in", "other")
ANSWERS = ("email", "letter", "phone")


def _moment(value: dt.datetime) -> str:
    """A date and time in Belgian time, in the screen's language."""
    local = fmt.local(value)
    return f"{fmt.day(local.date())} {local:%H:%M}"


def topic_name(topic: str) -> str:
    return {
        "reimbursement": tr("A reimbursement"),
        "incapacity": tr("Incapacity for work"),
        "stickers": tr("Stickers, certificates, European card"),
        "membership": tr("My membership, my dependants"),
        "cannot_log_in": tr("My online account"),
        "other": tr("Something else"),
    }.get(topic, topic)


def resumption_status_text(row) -> str:
    """A partial resumption request's state in "My requests": leaving this terminal or sent (as
    a question), received (waiting for the medical adviser), authorised or refused, and the day
    of the decision."""
    if row.status == "authorised":
        return tr("authorised on %1").replace("%1", fmt.moment_day(row.decided_at))
    if row.status == "refused":
        return tr("refused on %1").replace("%1", fmt.moment_day(row.decided_at))
    return on_the_way(row.status) or row.status


def request_status_text(status: str) -> str:
    if text := on_the_way(status):
        return text
    return {
        "in_progress": tr("in progress"),
        "answered": tr("answered"),
        "closed": tr("closed"),
    }.get(status, status)


class TextBox(QPlainTextEdit):
    """A question's text box, `lines` lines of its font high (so taller in the large mode)."""

    def __init__(self, parent: QWidget, lines: int):
        super().__init__(parent)
        self.lines = lines
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        # the lines, and about one more for its padding and frame (130 px at 26 px)
        height = round((self.lines + 1.2) * self.fontMetrics().lineSpacing())
        return QSize(super().sizeHint().width(), height)

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), self.sizeHint().height())


class RequestsPage(Page):
    send = Signal(dict)  # the form

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("requestsPage")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.hint = parts.label(self, "hint")
        layout.addWidget(self.hint)
        # Each label names its field (setBuddy: a screen reader and speech say it); in the
        # large mode each label goes above its field and the answer's buttons one under another.
        form = QFormLayout()
        self.topic_label = parts.label(self, "fieldLabel")
        self.topic = QComboBox(self)
        self.topic.setObjectName("requestTopic")
        for topic in TOPICS:
            self.topic.addItem("", topic)
        self.subject_label = parts.label(self, "fieldLabel")
        self.subject = QLineEdit(self)
        self.subject.setObjectName("requestSubject")
        self.subject.setMaxLength(200)
        self.message_label = parts.label(self, "fieldLabel")
        self.message = TextBox(self, 3)
        self.message.setObjectName("requestMessage")
        self.message.setTabChangesFocus(True)
        for label, field in ((self.topic_label, self.topic), (self.subject_label, self.subject),
                             (self.message_label, self.message)):  # fmt: skip
            label.setBuddy(field)
            form.addRow(label, field)

        answers = QHBoxLayout()
        self.answer_label = parts.label(self, "fieldLabel")
        self.answer_group = QButtonGroup(self)
        self.answer_buttons = {}
        for answer in ANSWERS:
            button = parts.button(self, f"answer_{answer}")
            button.setCheckable(True)
            self.answer_group.addButton(button)
            self.answer_buttons[answer] = button
            answers.addWidget(button)
        answers.addStretch(1)
        form.addRow(self.answer_label, answers)
        layout.addLayout(form)

        self.contact_hint = parts.label(self, "hint")
        layout.addWidget(self.contact_hint)
        contact = QFormLayout()
        self.contact_labels = {}
        self.contact_edits = {}
        for key in ("phone", "mobile", "email"):
            label = parts.label(self, "fieldLabel")
            edit = QLineEdit(self)
            edit.setObjectName(f"request_{key}")
            edit.setMaxLength(200 if key == "email" else 20)
            label.setBuddy(edit)
            contact.addRow(label, edit)
            self.contact_labels[key] = label
            self.contact_edits[key] = edit
        layout.addLayout(contact)
        send_row = reflow(QHBoxLayout())  # the problem above the button in the large mode
        self.problem = parts.message(self, "errorMessage")
        self.send_button = parts.button(self, "sendRequest", self._send, primary=True)
        parts.keep_width(self.send_button)
        send_row.addWidget(self.problem, 1)
        send_row.addWidget(self.send_button)
        layout.addLayout(send_row)
        self.done = parts.message(self, "hint")
        layout.addWidget(self.done)

        self.mine_title = parts.label(self, "sectionHeading")
        layout.addWidget(self.mine_title)
        self.table = parts.table(self, "requestTable", 3)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(160)
        self.table_large = LargeTable(self.table, (1, 2))  # the title and the status
        self.table.currentCellChanged.connect(lambda row, *_: self._render_history(row))
        layout.addWidget(self.table)
        self.history = parts.label(self, "paymentDetail")
        layout.addWidget(self.history)
        self.mine_note = parts.message(self, "hint")
        layout.addWidget(self.mine_note)

        # Partial resumption requests (asked in "My incapacity"): the adviser's decision.
        self.resumptions_title = parts.label(self, "sectionHeading")
        layout.addWidget(self.resumptions_title)
        self.resumption_table = parts.table(self, "resumptionTable", 4)
        self.resumption_table.horizontalHeader().setSectionResizeMode(
            2, QHeaderView.ResizeMode.Stretch
        )
        self.resumption_table.setMinimumHeight(120)
        self.resumption_large = LargeTable(self.resumption_table, (2, 3))  # hours, status
        self.resumption_table.currentCellChanged.connect(
            lambda row, *_: self._render_resumption(row)
        )
        layout.addWidget(self.resumption_table)
        self.resumption = parts.label(self, "paymentDetail")
        layout.addWidget(self.resumption)
        self._on_file: dict[str, str | None] | None = None
        self._requests = None
        self.retranslate()

    def large_mode_changed(self, large: bool) -> None:
        super().large_mode_changed(large)
        self.table_large.set_large(large)
        self.resumption_large.set_large(large)

    # -- what the controller hands over ----------------------------------------------------
    def opened(self) -> None:
        """Opened again: the confirmation of a question sent before goes."""
        self.done.setText("")

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
                parts.item(fmt.moment_day(r.created_at)),
                parts.item(r.subject),
                parts.item(request_status_text(r.status)),
            ]
            for r in (mine.requests if mine is not None else ())
        ]
        parts.fill(self.table, rows)
        self.history.setText("")
        self._render_resumptions()
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

    def _resumption_rows(self) -> tuple:
        mine = self._requests
        return mine.resumptions if mine is not None else ()

    def _render_resumptions(self) -> None:
        """The partial resumption requests, newest first; the newest one's detail shown (the
        decision and its reason), another one's when chosen."""
        resumptions = self._resumption_rows()
        rows = [
            [
                parts.item(fmt.day(r.reached_on) if r.reached_on is not None else "—"),
                parts.item(fmt.day(r.starts_on)),
                parts.item(
                    self.tr("%1 of %2 h a week")
                    .replace("%1", fmt.number(r.work_hours))
                    .replace("%2", fmt.number(r.reference_hours))
                ),
                parts.item(resumption_status_text(r)),
            ]
            for r in resumptions
        ]
        parts.fill(self.resumption_table, rows)
        shown = bool(resumptions)
        self.resumptions_title.setVisible(shown)
        self.resumption_table.setVisible(shown)
        self.resumption.setVisible(shown)
        self._render_resumption(0)

    def _render_resumption(self, row: int) -> None:
        resumptions = self._resumption_rows()
        if not 0 <= row < len(resumptions):
            self.resumption.setText("")
            return
        r = resumptions[row]
        lines = [
            self.tr("Part-time work from %1: %2 of %3 hours a week")
            .replace("%1", fmt.day(r.starts_on))
            .replace("%2", fmt.number(r.work_hours))
            .replace("%3", fmt.number(r.reference_hours)),
            self.tr("Employer: %1").replace("%1", r.employer),
        ]
        if r.reached_on is None:  # signed here, not reached us yet (as a question)
            lines.append(
                self.tr("It waits on this terminal until the connection is back.")
                if r.status == "waiting_here"
                else self.tr("It is on its way to the mutuality: it has not reached us yet.")
            )
            self.resumption.setText("\n".join(lines))
            return
        lines.append(
            self.tr("Reached us on %1: %2")
            .replace("%1", fmt.day(r.reached_on))
            .replace("%2", timeliness_text(r.timeliness))
        )
        if r.status == "authorised":
            lines.append(
                self.tr("The medical adviser authorised it on %1.").replace(
                    "%1", fmt.moment_day(r.decided_at)
                )
            )
        elif r.status == "refused":
            lines.append(
                self.tr("The medical adviser refused it on %1.").replace(
                    "%1", fmt.moment_day(r.decided_at)
                )
            )
            if r.reason:
                lines.append(self.tr("Reason: %1").replace("%1", r.reason))
        else:
            lines.append(self.tr("The medical adviser has not decided yet."))
        self.resumption.setText("\n".join(lines))

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
        self.table_large.set_titles([self.tr("Sent"), self.tr("Title"), self.tr("Status")])
        self.table.setAccessibleName(self.tr("My questions"))
        self.resumptions_title.setText(self.tr("My partial resumption requests"))
        self.resumption_large.set_titles(
            [self.tr("Reached us"), self.tr("Starts on"), self.tr("Hours"), self.tr("Status")]
        )
        self.resumption_table.setAccessibleName(self.tr("My partial resumption requests"))
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
        parts.empty(self.table)
        parts.empty(self.resumption_table)
        self.history.setText("")
        self.resumption.setText("")
        self.retranslate()
