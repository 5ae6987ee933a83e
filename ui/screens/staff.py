"""Staff screens: the kiosk's maintenance screen (behind the staff code) and the counter desk."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.domain.clock import brussels_today
from app.domain.codes import AccountStatus
from app.services.kiosk import CONSULT_REASONS
from devices.cardstate import CardState
from ui import format as fmt
from ui.screens import parts
from ui.screens.base import Screen
from ui.screens.certificate_form import CertificateForm
from ui.screens.file.accidents import banner, block_text
from ui.screens.login import FormScreen
from ui.screens.ticket import DeskTickets


def back_key_to(button: QPushButton, *others: QPushButton) -> None:
    """The keypad's back key (ui/keys.py) goes to `button`: a form open on the screen is
    cancelled before the screen is left."""
    button.setProperty("keyRole", "back")
    for other in others:
        other.setProperty("keyRole", "")


class MaintenanceScreen(Screen):
    name = "maintenance"
    exit_requested = Signal()
    back = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.reader = parts.label(self, "body")
        self.sync = parts.label(self, "body")
        self.sync_detail = parts.label(self, "hint")  # the server and what failed
        self.sync_detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.refused = parts.label(self, "hint")
        self.exit_button = parts.button(self, "exitProgram", self.exit_requested.emit)
        self.back_button = parts.button(self, "back", self.back.emit, primary=True)
        for widget in (self.reader, self.sync, self.sync_detail, self.refused):
            self.layout_.addWidget(widget)
        self.layout_.addStretch(1)
        self.layout_.addLayout(parts.button_row(self.exit_button, self.back_button))
        self._status: dict = {}
        self.retranslate()

    def show_status(
        self,
        *,
        card: CardState,
        simulated: bool = False,
        online: bool | None,
        pending: int,
        refused: int,
        problem: str | None = None,
        detail: str | None = None,
    ):
        """`card`: the card backend's state (devices/cardstate.py), said in words."""
        self._status = {"card": card, "simulated": simulated, "online": online,
                        "pending": pending, "refused": refused, "problem": problem,
                        "detail": detail}  # fmt: skip
        self.retranslate()

    def _card_words(self, state: CardState) -> str:
        C = CardState
        words = {
            C.NO_SERVICE: self.tr("Card reader: the reader service is not running"),
            C.NO_READER: self.tr("Card reader: none connected"),
            C.READY: self.tr("Card reader: ready"),
            C.READING: self.tr("Card reader: reading a card"),
            C.READ: self.tr("Card reader: a card is inserted and read"),
            C.PIN_OPERATION: self.tr("Card reader: the card is checking a PIN code"),
            C.REMOVED: self.tr("Card reader: the card was taken out"),
            C.INVALID_CARD: self.tr("Card reader: the card in it cannot be used"),
            C.UNUSED: self.tr("Card reader: a card is inserted, not in use"),
        }
        return words[state]

    def retranslate(self) -> None:
        self.title.setText(self.tr("Maintenance"))
        self.setAccessibleName(self.tr("Maintenance"))
        self.setAccessibleDescription(
            self.tr(
                "The state of the card reader and the central database. "
                "Go back, or close the program."
            )
        )
        self.exit_button.setText(self.tr("Close the program"))
        self.back_button.setText(self.tr("Back to the welcome screen"))
        status = self._status
        if not status:
            return
        reader = self._card_words(status["card"])
        if status["simulated"]:
            reader += " " + self.tr("(simulated card, demo)")
        self.reader.setText(reader)
        if status["online"] is None:
            sync = self.tr("Central database: connecting…")
        elif status["online"]:
            sync = self.tr("Central database: online")
        elif status.get("problem") == "tls":
            sync = self.tr("Central database: offline, its server's certificate is refused")
        elif status.get("problem") == "auth":
            sync = self.tr("Central database: offline, it refuses this terminal's login")
        else:
            sync = self.tr("Central database: offline")
        self.sync.setText(sync + " — " + self.tr("%n operation(s) waiting", "", status["pending"]))
        detail = status.get("detail") if status["online"] is False else None
        self.sync_detail.setText(detail or "")  # libpq's words, for the IT staff: not translated
        self.sync_detail.setVisible(bool(detail))
        self.refused.setText(
            self.tr("Escape attempts refused since start: %1").replace("%1", str(status["refused"]))
        )


class StaffLoginScreen(FormScreen):
    name = "staff_login"
    submitted = Signal(str, str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.login = self.field("staffLogin")
        self.password = self.field("staffPassword", password=True)
        for key, field in (("staffLogin", self.login), ("staffPassword", self.password)):
            self._labels[key].setBuddy(field)  # the label names its field (speech, readers)
        self.login_button = parts.button(self, "logIn", self._submit, primary=True)
        self.back_button.hide()
        self.finish_layout(self.login_button)
        self.password.returnPressed.connect(self._submit)
        self.retranslate()

    def _submit(self) -> None:
        password = self.password.text()
        self.password.clear()
        self.submitted.emit(self.login.text(), password)

    def retranslate(self) -> None:
        super().retranslate()
        self.title.setText(self.tr("Counter — staff login"))
        self.setAccessibleName(self.tr("Counter — staff login"))
        self.setAccessibleDescription(self.tr("Type your login and your password, then Log in."))
        self.set_label("staffLogin", self.tr("Login"))
        self.set_label("staffPassword", self.tr("Password"))
        self.login_button.setText(self.tr("Log in"))


class DeskScreen(FormScreen):
    """The clerk's desk: find a member by national number, or read their eID card."""

    name = "desk"
    search = Signal(str)
    logout = Signal()
    open_queue = Signal()
    open_terminals = Signal()
    open_slots = Signal()  # the agency's appointment slots

    def __init__(self, parent=None):
        super().__init__(parent)
        self.clerk = parts.label(self, "hint", center=True)
        self.layout_.insertWidget(1, self.clerk)
        self.hint = parts.label(self, "instruction", center=True)
        self.layout_.insertWidget(2, self.hint)
        self.niss = self.field("memberNiss")
        self._labels["memberNiss"].setBuddy(self.niss)
        # Why the clerk opens the file: the central side records it with the visit and in the
        # audit log (app/services/kiosk.py CONSULT_REASONS).
        self.reason = QComboBox(self.body)
        self.reason.setObjectName("consultReason")
        self.reason.setMinimumHeight(60)
        for code in CONSULT_REASONS:
            self.reason.addItem("", code)
        reason_label = QLabel(self.body)
        reason_label.setObjectName("fieldLabel")
        reason_label.setBuddy(self.reason)
        self._labels["consultReason"] = reason_label
        self.form.addRow(reason_label, self.reason)
        # Queue tickets: this desk calls the next one (ui/screens/ticket.py, ui/session/tickets.py).
        self.tickets = DeskTickets(self.body)
        self.body.layout().insertWidget(1, self.tickets)
        self.search_button = parts.button(
            self, "search", lambda: self.search.emit(self.niss.text()), primary=True
        )
        self.back_button.hide()
        self.logout_button = parts.button(self, "logout", self.logout.emit)
        # No back key at the desk: Escape in the national number's field must not log the
        # clerk out (they log out by the button, on purpose).
        self.queue_button = parts.button(self, "openQueue", self.open_queue.emit)
        # A supervisor's only: the fleet's terminals, green, amber or red.
        self.terminals_button = parts.button(self, "openTerminals", self.open_terminals.emit)
        self.terminals_button.setVisible(False)
        self.slots_button = parts.button(self, "openSlots", self.open_slots.emit)
        self.finish_layout(
            self.logout_button,
            self.queue_button,
            self.slots_button,
            self.terminals_button,
            self.search_button,
        )
        self.niss.returnPressed.connect(lambda: self.search.emit(self.niss.text()))
        self._clerk = ""
        self.retranslate()

    def show_clerk(self, full_name: str) -> None:
        self._clerk = full_name
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.title.setText(self.tr("Counter"))
        self.setAccessibleName(self.tr("Counter"))
        self.setAccessibleDescription(
            self.tr("Insert the member's eID card, or type their national number and choose Find.")
        )
        self.clerk.setText(self.tr("Logged in: %1").replace("%1", self._clerk))
        self.hint.setText(self.tr("Insert the member's eID card, or type their national number."))
        self.set_label("memberNiss", self.tr("National number"))
        self.set_label("consultReason", self.tr("Reason for opening the file"))
        reasons = {
            "at_the_counter": self.tr("The member is at the counter"),
            "phone_call": self.tr("A phone call from the member"),
            "mail": self.tr("A letter or an e-mail from the member"),
            "follow_up": self.tr("Follow-up of a request"),
        }
        for index in range(self.reason.count()):
            self.reason.setItemText(index, reasons[self.reason.itemData(index)])
        self.reason.setAccessibleName(self.tr("Reason for opening the file"))
        self.search_button.setText(self.tr("Find"))
        self.logout_button.setText(self.tr("Log out"))
        self.queue_button.setText(self.tr("Work queue"))
        self.terminals_button.setText(self.tr("Terminals"))
        self.slots_button.setText(self.tr("Appointments"))

    def consult_reason(self) -> str:
        return self.reason.currentData() or CONSULT_REASONS[0]

    def clear_member(self) -> None:
        self.niss.setText("")  # not clear(): its undo history would keep the number
        self.reason.setCurrentIndex(0)
        self.show_error("")

    def clear(self) -> None:
        self.clear_member()

    def show_supervisor(self, supervisor: bool) -> None:
        self.terminals_button.setVisible(supervisor)

    def clear_all(self) -> None:
        super().clear()
        self._clerk = ""
        self.terminals_button.setVisible(False)
        self.retranslate()


class MemberFileScreen(Screen):
    """What the clerk opened (and what the audit log recorded): the member's main data, and
    three decisions: the online account made active again (a supervisor's), a dependant's
    blocking form registered, a paper incapacity certificate registered for this member (the
    queue's form, ui/screens/certificate_form.py, without the national number: the file's)."""

    name = "member_file"
    back = Signal()
    enrol = Signal()
    section_chosen = Signal(str)
    reactivate = Signal()
    block = Signal(object, object)  # the DependantAccess whose form came in, and when
    register_certificate = Signal(dict)  # a paper certificate received (CertificateForm's)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.summary = parts.label(self, "address")
        # The household's reimbursements held (an accident declaration overdue): seen first.
        self.block_banner = banner(self, "memberFileBlock")
        self.audit_note = parts.label(self, "hint", center=True)
        self.account = parts.label(self, "body")
        self.reactivate_button = parts.button(self, "reactivateAccount", self.reactivate.emit)
        account_row = QHBoxLayout()
        account_row.addWidget(self.account, 1)
        account_row.addWidget(self.reactivate_button)
        self.dependants_title = parts.label(self, "sectionHeading")
        received = QHBoxLayout()
        self.received_label = parts.label(self, "hint")
        self.received_on = QDateEdit(self)
        self.received_on.setObjectName("blockingFormReceived")
        self.received_on.setDisplayFormat("dd/MM/yyyy")
        self.received_on.setCalendarPopup(True)
        self.received_on.setMinimumHeight(60)
        self.received_label.setBuddy(self.received_on)
        received.addWidget(self.received_label)
        received.addWidget(self.received_on)
        received.addStretch(1)
        self.received_row = QWidget(self)
        self.received_row.setLayout(received)
        self.dependants = QVBoxLayout()
        self.certificate = CertificateForm(self, with_niss=False)
        self.certificate.setVisible(False)
        self.certificate.submitted.connect(self.register_certificate.emit)
        self.certificate.cancelled.connect(self._close_certificate)
        self.answer = parts.label(self, "hint")
        self.back_button = parts.button(self, "back", self.back.emit)
        self.certificate_button = parts.button(
            self, "memberRegisterCertificate", self._open_certificate
        )
        self.open_button = parts.button(
            self, "openFile", lambda: self.section_chosen.emit("data"), primary=True
        )
        # Everything above the buttons scrolls: a holder with dependants of age and the
        # certificate's form open with its problems are taller than the screen.
        body = QWidget(self)
        body.setObjectName("memberFileBody")
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(12)
        column.addWidget(self.block_banner)
        column.addWidget(self.summary)
        column.addWidget(self.audit_note)
        column.addLayout(account_row)
        column.addWidget(self.dependants_title)
        column.addWidget(self.received_row)
        column.addLayout(self.dependants)
        column.addWidget(self.certificate)
        column.addWidget(self.answer)
        column.addStretch(1)
        self.scroll = QScrollArea(self)
        self.scroll.setObjectName("memberFileScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(body)
        self.layout_.addWidget(self.scroll, 1)
        self.layout_.addLayout(
            parts.button_row(self.back_button, self.certificate_button, self.open_button)
        )
        self._today = None
        self._facts = None
        self._block = None
        self._supervisor = False
        self.block_buttons: dict[str, QPushButton] = {}
        self.retranslate()

    def show_member(self, lines: list[str]) -> None:
        self.summary.setText("\n".join(lines))

    def show_block(self, block) -> None:
        """FileBlock: the household's reimbursements are held, why and what to do (the
        clerk's words)."""
        self._block = block
        self.block_banner.setText(block_text(block, counter=True))

    def show_facts(self, facts, *, supervisor: bool) -> None:
        self._facts, self._supervisor = facts, supervisor
        self._render_facts()

    def _received(self):
        return self.received_on.date().toPython()

    def reset_received(self, today) -> None:
        """A form is registered the day it comes in, unless the clerk says it came earlier."""
        self._today = today
        self.received_on.setMaximumDate(QDate(today.year, today.month, today.day))
        self.received_on.setDate(QDate(today.year, today.month, today.day))

    def show_problem(self, text: str) -> None:
        self.answer.setProperty("kind", "problem")
        self.answer.setText(text)

    def show_done(self, text: str) -> None:
        self.answer.setProperty("kind", "success")
        self.answer.setText(text)

    # -- a paper certificate received for this member ----------------------------------------
    def for_member(self, niss: str) -> None:
        """The open file's national number: the certificate's, never typed again."""
        self.certificate.for_member(niss)

    def _open_certificate(self) -> None:
        self.certificate.start(self._today or brussels_today())
        self.certificate.setVisible(True)
        self.certificate_button.setEnabled(False)
        back_key_to(self.certificate.cancel_button, self.back_button)
        self.answer.setText("")
        self._bring_into_view(self.certificate)
        self.certificate.kind.setFocus()

    def _bring_into_view(self, widget) -> None:
        """Scrolled to once laid out (the form was hidden until now): below the dependants it
        may start under the fold."""

        def scroll() -> None:
            for _ in range(3):  # the form's layout, the body's, the scroll area's
                QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
            self.scroll.ensureWidgetVisible(widget, 0, 16)

        QTimer.singleShot(0, self, scroll)

    def _close_certificate(self) -> None:
        self.certificate.setVisible(False)
        self.certificate_button.setEnabled(True)
        back_key_to(self.back_button, self.certificate.cancel_button)

    def show_certificate_problem(self, text: str) -> None:
        """To correct: said in the form, what was typed stays."""
        self.certificate.show_problem(text)
        self.answer.setText("")
        self._bring_into_view(self.certificate.problem)

    def certificate_waiting(self) -> None:
        """Sent: no second one until the central worker answered (or we stopped asking)."""
        self.certificate.waiting(True)

    def certificate_refused(self, text: str) -> None:
        """Refused by the central worker: said in the form (what was typed stays) and on the
        screen's answer line, seen even when the form was cancelled meanwhile."""
        self.certificate.refused(text)
        self.show_problem(self.tr("The certificate was not registered: %1").replace("%1", text))
        self._bring_into_view(self.answer)

    def certificate_unanswered(self, text: str) -> None:
        """We stopped asking before the answer came: Register again, but say to look first."""
        self.certificate.waiting(False)
        self.show_problem(text)
        self._bring_into_view(self.answer)

    def certificate_registered(self, text: str) -> None:
        """The central worker filed it: the form closes, the sentence stays on the screen."""
        self.certificate.reset()
        self._close_certificate()
        self.show_done(text)
        self._bring_into_view(self.answer)

    def _render_facts(self) -> None:
        facts = self._facts
        while self.dependants.count():
            widget = self.dependants.takeAt(0).widget()
            if widget is not None:
                widget.setParent(None)
                widget.deleteLater()
        self.block_buttons = {}
        statuses = {
            "active": self.tr("Online account: active"),
            "pending_letter": self.tr("Online account: its letter is on its way"),
            "deactivated": self.tr("Online account: deactivated"),
        }
        if facts is None:
            self.account.setText("")
            self.reactivate_button.hide()
            self.dependants_title.hide()
            self.received_row.hide()
            return
        self.account.setText(statuses.get(facts.account_status or "", self.tr("No online account")))
        self.reactivate_button.setVisible(
            facts.account_status == AccountStatus.DEACTIVATED and self._supervisor
        )
        of_age = [d for d in facts.dependants if d.of_age]
        self.dependants_title.setVisible(bool(of_age))
        self.received_row.setVisible(any(d.blocked_on is None for d in of_age))
        for dependant in of_age:
            row = QWidget(self)
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            name = QLabel(row)
            name.setObjectName("body")
            name.setTextFormat(Qt.TextFormat.PlainText)
            if dependant.blocked_on is not None:
                name.setText(
                    self.tr("%1: the holder no longer sees this file (form of %2)")
                    .replace("%1", dependant.name)
                    .replace("%2", fmt.day(dependant.blocked_on))
                )
            else:
                name.setText(self.tr("%1: the holder sees this file").replace("%1", dependant.name))
            line.addWidget(name, 1)
            if dependant.blocked_on is None:
                button = parts.button(
                    self,
                    f"block_{dependant.niss}",
                    lambda _c=False, d=dependant: self.block.emit(d, self._received()),
                )
                button.setText(self.tr("Blocking form received"))
                button.setAccessibleDescription(name.text())  # whose: the row's words
                button.setParent(row)
                line.addWidget(button)
                self.block_buttons[dependant.niss] = button
            self.dependants.addWidget(row)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Member file"))
        self.setAccessibleName(self.tr("Member file"))
        self.setAccessibleDescription(
            self.tr("See the whole file, register a certificate, or close the file.")
        )
        self.audit_note.setText(self.tr("Opening this file has been recorded in the audit log."))
        self.reactivate_button.setText(self.tr("Reactivate the online account"))
        self.dependants_title.setText(self.tr("Dependants of age"))
        self.received_label.setText(self.tr("Blocking form received on"))
        self.back_button.setText(self.tr("Close the file"))
        self.certificate_button.setText(self.tr("Register a certificate"))
        self.open_button.setText(self.tr("See the whole file"))
        self.certificate.retranslate()
        self.block_banner.setText(block_text(self._block, counter=True))
        self._render_facts()

    def clear(self) -> None:
        super().clear()
        self.summary.clear()
        self._block = None
        self.block_banner.setText("")
        self._facts = None
        self._supervisor = False
        self._today = None
        self.answer.setText("")
        self.certificate.clear()
        self._close_certificate()
        self._render_facts()
