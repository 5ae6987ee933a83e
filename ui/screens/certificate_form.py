"""A paper certificate received at the counter, registered by a clerk: whose it is (the national
number), what kind, what it covers, the day it came in (today unless the clerk says earlier),
the doctor, and for a first certificate the member's work status (its deadline depends on it).

The form only gathers what was typed; app/services/queue.register_certificate checks it and says
every problem at once (InvalidForm), and what was typed stays until the central worker filed it.
Two places: the queue's "Register a certificate" (the clerk types whose it is) and the member
file screen (`with_niss=False`: the national number is the open file's, hidden). While one sent
waits for the central worker's answer, Register waits too (`waiting`): a second one typed
meanwhile would be filed twice.
"""

from __future__ import annotations

import datetime as dt
import itertools

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ui.screens import parts

KINDS = ("initial", "prolongation")  # CertificateKind values a clerk registers
WORK_STATUSES = ("employee", "worker", "unemployed", "self_employed")  # WorkStatus values


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


class CertificateForm(QFrame):
    submitted = Signal(dict)  # member_niss, kind, covers_from, covers_to, received_on, …
    cancelled = Signal()

    def __init__(self, parent=None, *, with_niss: bool = True):
        super().__init__(parent)
        self.setObjectName("paymentDetailBox")
        layout = QVBoxLayout(self)
        self.heading = parts.label(self, "sectionHeading")
        layout.addWidget(self.heading)
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(4)
        self.labels: dict[str, object] = {}

        self.niss = QLineEdit(self)
        self.niss.setObjectName("certificateNiss")
        self.niss.setMaxLength(20)
        self.kind = QComboBox(self)
        self.kind.setObjectName("certificateKind")
        self.kind.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for kind in KINDS:
            self.kind.addItem("", kind)
        self.kind.currentIndexChanged.connect(lambda _i: self._kind_changed())
        self.work_status = QComboBox(self)
        self.work_status.setObjectName("certificateWorkStatus")
        self.work_status.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.work_status.addItem("", None)
        for status in WORK_STATUSES:
            self.work_status.addItem("", status)
        self.covers_from = QDateEdit(self)
        self.covers_from.setObjectName("certificateFrom")
        self.covers_to = QDateEdit(self)
        self.covers_to.setObjectName("certificateTo")
        self.received_on = QDateEdit(self)
        self.received_on.setObjectName("certificateReceived")
        for edit in (self.covers_from, self.covers_to, self.received_on):
            edit.setDisplayFormat("dd/MM/yyyy")
            edit.setCalendarPopup(True)
            edit.setMinimumHeight(48)
        self.doctor = QLineEdit(self)
        self.doctor.setObjectName("certificateDoctor")
        self.doctor.setMaxLength(120)  # incapacity_certificate.doctor_name
        if with_niss:
            fields = (
                ("niss", self.niss, 0, 0, 1),
                ("kind", self.kind, 0, 1, 1),
                ("work_status", self.work_status, 0, 2, 1),
                ("covers_from", self.covers_from, 1, 0, 1),
                ("covers_to", self.covers_to, 1, 1, 1),
                ("received_on", self.received_on, 1, 2, 1),
                ("doctor", self.doctor, 2, 0, 1),
            )
        else:  # the open file's member: the doctor takes the number's place, the work status
            # (a first certificate's only) last, so that nothing leaves a hole when it hides
            self.niss.setVisible(False)
            fields = (
                ("kind", self.kind, 0, 0, 1),
                ("doctor", self.doctor, 0, 1, 1),
                ("work_status", self.work_status, 0, 2, 1),
                ("covers_from", self.covers_from, 1, 0, 1),
                ("covers_to", self.covers_to, 1, 1, 1),
                ("received_on", self.received_on, 1, 2, 1),
            )
            self.labels["niss"] = parts.label(self, "fieldLabel")
            self.labels["niss"].setBuddy(self.niss)
            self.labels["niss"].setVisible(False)
            order = (self.kind, self.doctor, self.work_status, self.covers_from,
                     self.covers_to, self.received_on)  # fmt: skip
            for before, after in itertools.pairwise(order):
                QWidget.setTabOrder(before, after)
        for key, widget, row, column, span in fields:
            pair = QVBoxLayout()
            pair.setSpacing(2)
            label = parts.label(self, "fieldLabel")
            label.setBuddy(widget)
            pair.addWidget(label)
            pair.addWidget(widget)
            grid.addLayout(pair, row, column, 1, span)
            self.labels[key] = label
        for column in range(3):
            grid.setColumnStretch(column, 1)
        # The buttons beside the doctor's name, the problems under it all, on the whole width.
        actions = QHBoxLayout()
        actions.setSpacing(12)  # two buttons side by side, not one wide one
        self.cancel_button = parts.button(self, "certificateCancel", self.cancelled.emit)
        self.register_button = parts.button(self, "certificateRegister", self._submit, primary=True)
        for button in (self.cancel_button, self.register_button):
            parts.keep_width(button)
        actions.addStretch(1)
        actions.addWidget(self.cancel_button)
        actions.addWidget(self.register_button)
        if with_niss:
            grid.addLayout(actions, 2, 1, 1, 2, Qt.AlignmentFlag.AlignBottom)
        else:
            grid.addLayout(actions, 2, 0, 1, 3)
        layout.addLayout(grid)
        self.problem = parts.message(self, "errorMessage")
        layout.addWidget(self.problem)
        layout.addStretch(1)  # given more height (the queue's), the form stays at the top
        self._today: dt.date | None = None
        self._waiting = False
        self._refused = False  # the central worker refused what the form holds
        self._member = ""  # with_niss=False: the open file's national number
        self.retranslate()
        self._kind_changed()

    # -- what the screen hands over --------------------------------------------------------
    def start(self, today: dt.date) -> None:
        """A new form: received today unless the clerk says it came earlier (never later).
        Opened again while it waits for its answer or after a refusal, it keeps what was
        sent (and why it was refused)."""
        self._today = today
        self.received_on.setMaximumDate(_qdate(today))
        if self._waiting or self._refused:
            return
        for edit in (self.covers_from, self.covers_to, self.received_on):
            edit.setDate(_qdate(today))
        self.problem.setText("")

    def for_member(self, niss: str) -> None:
        """The member whose file is open: the hidden national number the form hands over."""
        self._member = niss
        self.niss.setText(niss)

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)

    def waiting(self, waiting: bool) -> None:
        """Sent, its answer not back yet: Register is off and says so (cancelled and opened
        again, the form still waits)."""
        self._waiting = waiting
        self.register_button.setEnabled(not waiting)
        self.register_button.setText(
            self.tr("Waiting for the answer…") if waiting else self.tr("Register the certificate")
        )

    def refused(self, text: str) -> None:
        """The central worker refused it: why, with what was typed, until it is sent again."""
        self.waiting(False)
        self._refused = True
        self.show_problem(text)

    def reset(self) -> None:
        """Filed: what was typed is no longer needed (until then it stays, should it be
        refused)."""
        self.niss.setText(self._member)
        self.doctor.setText("")
        self.kind.setCurrentIndex(0)
        self.work_status.setCurrentIndex(0)
        self.problem.setText("")
        self.waiting(False)
        self._refused = False
        if self._today is not None:
            self.start(self._today)

    def _kind_changed(self) -> None:
        first = self.kind.currentData() == "initial"
        self.work_status.setVisible(first)
        self.labels["work_status"].setVisible(first)

    def _submit(self) -> None:
        if self._waiting:  # the last one's answer first
            return
        self._refused = False
        self.problem.setText("")
        first = self.kind.currentData() == "initial"
        self.submitted.emit(
            {
                "member_niss": self.niss.text(),
                "kind": self.kind.currentData(),
                "covers_from": self.covers_from.date().toPython(),
                "covers_to": self.covers_to.date().toPython(),
                "received_on": self.received_on.date().toPython(),
                "doctor_name": self.doctor.text(),
                "work_status": self.work_status.currentData() if first else None,
            }
        )

    def retranslate(self) -> None:
        self.heading.setText(self.tr("A paper certificate received"))
        names = {
            "niss": self.tr("Member's national number"),
            "kind": self.tr("Certificate"),
            "work_status": self.tr("Work status"),
            "covers_from": self.tr("Covers from"),
            "covers_to": self.tr("Covers to"),
            "received_on": self.tr("Received on"),
            "doctor": self.tr("Doctor's name"),
        }
        for key, text in names.items():
            self.labels[key].setText(text)
            self.labels[key].buddy().setAccessibleName(text)
        kinds = {"initial": self.tr("First certificate"), "prolongation": self.tr("Prolongation")}
        for index, kind in enumerate(KINDS):
            self.kind.setItemText(index, kinds[kind])
        statuses = {
            "employee": self.tr("Employee"),
            "worker": self.tr("Worker"),
            "unemployed": self.tr("Unemployed"),
            "self_employed": self.tr("Self-employed"),
        }
        self.work_status.setItemText(0, self.tr("Choose"))
        for index, status in enumerate(WORK_STATUSES, start=1):
            self.work_status.setItemText(index, statuses[status])
        self.niss.setPlaceholderText("85.07.30-033.28")
        self.cancel_button.setText(self.tr("Cancel"))
        self.waiting(self._waiting)

    def clear(self) -> None:
        self._member = ""
        self.niss.setText("")
        self.doctor.setText("")
        self.kind.setCurrentIndex(0)
        self.work_status.setCurrentIndex(0)
        self.problem.setText("")
        self._today = None
        self._refused = False
        self.waiting(False)
