"""The "Appointments" section: the member's appointments (coming ones first), and booking one
with an adviser, the social service or the medical adviser at an agency (the member's own
first): a free time from the list, an optional subject, then the central side's answer. A time
someone else booked just before is said, and the next free times of the same agency and service
are offered at once. An appointment is moved by choosing a new time the same way, or cancelled
after a question.

The same page at the kiosk and the counter (it speaks of the member, and saves PDFs too); the
controller (ui/appointments_controller.py) asks the services and hands the answers to `show_*`.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.appearance import apply_reflow
from ui.screens import parts
from ui.screens.file.appointment_parts import (
    SERVICES,
    AppointmentRow,
    CancelQuestion,
    FreeSlots,
    labelled,
    right_row,
    when,
)
from ui.screens.file.common import Page, section_title
from ui.screens.file.incapacity_parts import ViewSwitcher, scroll_to, view_top

VIEWS = ("mine", "book")


class AppointmentsPage(Page):
    """The section: "My appointments" and "Book an appointment" under a switcher."""

    service_chosen = Signal(str)  # ContactService value: the agencies offering it
    slots_asked = Signal(int, str)  # agency id, service: its free times
    book = Signal(object, str)  # the Slot, the subject typed ("" for none)
    move = Signal(object, object)  # the AppointmentView, the new Slot
    cancel = Signal(object)  # the AppointmentView
    print_confirmation = Signal(object)  # the AppointmentView
    save_confirmation = Signal(object)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("appointmentsPage")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.switcher = ViewSwitcher(VIEWS, self)
        self.switcher.chosen.connect(self.show_view)
        layout.addWidget(self.switcher)
        self.counter = False
        self.offline = False  # the last change queued here waits for the connection
        self._appointments: tuple | None = None
        self._moving = None  # the AppointmentView being moved
        self._cancelling = None  # the AppointmentView the question is about
        self._sent = None  # the slot of the change waiting for its answer
        self._done = None  # the AppointmentView just booked (its confirmation)

        # -- my appointments ----------------------------------------------------------------
        self.mine = QWidget(self)
        self.mine.setObjectName("appointmentsMine")
        mine = view_top(self.mine)
        self.question = CancelQuestion(self.mine, self._keep, self._confirm_cancel)
        self.question_text = self.question.text
        self.keep_button, self.confirm_cancel = self.question.keep, self.question.confirm
        mine.addWidget(self.question)
        self.mine_answer = parts.message(self.mine, "hint")
        self.mine_answer.setObjectName("mineAnswer")
        mine.addWidget(self.mine_answer)
        self.list_box = QVBoxLayout()
        self.list_box.setSpacing(0)
        mine.addLayout(self.list_box)
        self.none = parts.label(self.mine, "hint")
        self.none.setObjectName("noAppointment")
        mine.addWidget(self.none)
        self.rows: list[AppointmentRow] = []
        self.new_button = parts.button(
            self.mine, "newAppointment", lambda: self.show_view("book"), primary=True
        )
        new_row = QHBoxLayout()
        new_row.addStretch(1)
        new_row.addWidget(self.new_button)
        mine.addLayout(new_row)
        layout.addWidget(self.mine)

        # -- book an appointment ------------------------------------------------------------
        self.booking = QWidget(self)
        self.booking.setObjectName("appointmentsBook")
        book = view_top(self.booking)
        self.service_label = parts.label(self.booking, "fieldLabel")
        book.addWidget(self.service_label)
        services = QHBoxLayout()
        self.service_group = QButtonGroup(self)
        self.service_group.setExclusive(True)
        self.service_buttons: dict[str, QPushButton] = {}
        for key in SERVICES:
            button = parts.button(
                self.booking, f"service_{key}", lambda _c=False, k=key: self._service(k)
            )
            button.setCheckable(True)
            self.service_group.addButton(button)
            self.service_buttons[key] = button
            services.addWidget(button, 1)
        book.addLayout(services)
        self.agency = QComboBox(self.booking)
        self.agency.setObjectName("appointmentAgency")
        self.agency.setMinimumHeight(56)
        self.agency.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.agency.activated.connect(lambda _i: self._ask_slots())
        self.agency_label, agency_row = labelled(self.booking, self.agency)
        book.addLayout(agency_row)
        self.slots_label = parts.label(self.booking, "fieldLabel")
        book.addWidget(self.slots_label)
        self.slots = FreeSlots(self.booking)
        self.slots.currentItemChanged.connect(lambda *_a: self._render_confirm())
        self.slots.itemActivated.connect(self._slot_activated)  # Enter on a time
        self.slots_label.setBuddy(self.slots)
        book.addWidget(self.slots)
        self.no_slots = parts.message(self.booking, "hint")
        self.no_slots.setObjectName("noFreeSlots")
        book.addWidget(self.no_slots)
        self.subject = QLineEdit(self.booking)
        self.subject.setObjectName("appointmentSubject")
        self.subject.setMinimumHeight(56)
        self.subject.setMaxLength(200)
        self.subject.returnPressed.connect(self._confirm)  # Enter books the time chosen
        self.subject_label, subject_row = labelled(self.booking, self.subject)
        self.subject_box = QWidget(self.booking)
        self.subject_box.setLayout(subject_row)
        subject_row.setContentsMargins(0, 0, 0, 0)
        book.addWidget(self.subject_box)
        self.problem = parts.message(self.booking, "errorMessage")
        book.addWidget(self.problem)
        self.keep_move_button = parts.button(self.booking, "keepAsItIs", self._stop_moving)
        self.keep_move_button.setProperty("keyRole", "back")  # the keypad's back key: no move
        self.confirm_button = parts.button(self.booking, "confirmAppointment", self._confirm,
                                           primary=True)  # fmt: skip
        book.addLayout(right_row(self.keep_move_button, self.confirm_button))
        self.answer = parts.message(self.booking, "hint")
        self.answer.setObjectName("bookingAnswer")
        book.addWidget(self.answer)
        self.done_save_button = parts.button(  # the counter's: printed or saved
            self.booking, "bookedSave", lambda: self._done and self.output(self._done, save=True)
        )
        self.done_button = parts.button(
            self.booking, "bookedConfirmation", lambda: self._done and self.output(self._done)
        )
        self._show_done(False)
        book.addLayout(right_row(self.done_save_button, self.done_button))
        layout.addWidget(self.booking)
        layout.addStretch(1)
        self.views = {"mine": self.mine, "book": self.booking}
        self.view = "mine"
        self.service: str | None = None
        self._agencies: tuple = ()
        self._free: tuple = ()
        self._offered = False  # the free times shown follow a time someone else took
        self.show_view("mine")
        self.retranslate()

    # -- what the controller hands over ------------------------------------------------------
    def opened(self) -> None:
        """The section opens on the member's appointments."""
        self._stop_moving(show=False)
        self.show_view("mine")

    def set_counter(self, counter: bool) -> None:
        """At the counter the page speaks to the clerk of the member, at the terminal to them."""
        self.counter = counter
        self._render_rows()
        self.retranslate()

    def show_appointments(self, appointments) -> None:
        self._appointments = tuple(appointments)
        self._render_rows()

    def show_agencies(self, answer) -> None:
        """`answer`: (the service asked, ((agency id, name), …), the member's own agency id or
        None): the member's own first, then the others as given."""
        service, agencies, own = answer
        if service != self.service:
            return  # the member chose another service meanwhile
        agencies = tuple(agencies)
        ordered = [a for a in agencies if a[0] == own] + [a for a in agencies if a[0] != own]
        self._agencies = tuple(ordered)
        keep = self.agency.currentData()
        if self._moving is not None and service == self._moving.slot.service:
            keep = self._moving.slot.agency_id
        self.agency.clear()
        for agency_id, name in ordered:
            self.agency.addItem(name, agency_id)
        index = self.agency.findData(keep) if keep is not None else -1
        self.agency.setCurrentIndex(max(index, 0))
        self._free = ()
        self._fill_slots()
        if ordered:
            self._ask_slots()
        else:
            self.no_slots.setText(
                self.tr("No agency offers free times for this service now: choose another service.")
            )

    def show_slots(self, answer) -> None:
        """`answer`: (agency id, service, the free Slots, soonest first)."""
        agency_id, service, slots = answer
        if agency_id != self.agency.currentData() or service != self.service:
            return  # an older question's answer
        self._free = tuple(slots)
        self._fill_slots()
        if self._offered:
            scroll_to(self.answer)

    def waiting(self, offline: bool) -> None:
        """Queued: the central side's answer is awaited (offline: it waits here, unconfirmed)."""
        self.offline = offline
        self.answer.setProperty("kind", "info")
        if offline:
            self.answer.setText(self._say("waits_here"))
        else:
            self.answer.setText(self.tr("Sent to the mutuality: waiting for its answer…"))
        self.problem.setText("")
        self._show_done(False)
        self._render_confirm()
        scroll_to(self.answer)

    def booked(self, appointment) -> None:
        """The central side booked it (or moved it there): said, and its confirmation offered."""
        self._sent, self._done, self._offered = None, appointment, False
        self._stop_moving(show=False)
        self.answer.setText(
            self.tr("Booked: %1 at %2.")
            .replace("%1", when(appointment.slot.starts_at))
            .replace("%2", appointment.slot.agency_name)
        )
        self._show_done(True)
        self._retranslate_done()
        self.subject.setText("")
        self._render_confirm()
        scroll_to(self.done_button)

    def slot_taken(self) -> None:
        """Someone booked the time just before: the next free ones come at once."""
        self._sent, self._offered = None, True
        self.answer.setText(self._say("taken"))
        self._render_confirm()

    def cancel_sent(self, offline: bool) -> None:
        self.offline = offline
        self.mine_answer.setText(self._say("cancel_waits" if offline else "cancel_sent"))

    def cancelled(self) -> None:
        self.mine_answer.setText(self._say("cancelled"))

    def show_problem(self, text: str) -> None:
        """A refusal or a failure: said where the member is."""
        self._sent = None
        if self.view == "book":
            self.problem.setText(text)
            self.answer.setText("")
            scroll_to(self.problem)
        else:
            self.mine_answer.setText(text)
        self._render_confirm()

    def unanswered(self) -> None:
        """We stopped asking before the answer came: the list says where it is."""
        self._sent = None
        self.answer.setText(self._say("unanswered"))
        self._render_confirm()

    # -- the member's own moves ------------------------------------------------------------
    def show_view(self, key: str) -> None:
        if key == "mine":
            self._stop_moving(show=False)
        self.view = key
        for name, view in self.views.items():
            view.setVisible(name == key)
        self.switcher.show_view(key)
        if key == "book" and self.service is None:
            self._service(SERVICES[0])
        elif key == "book":
            self._render_confirm()
        self.question.setVisible(False)
        self._cancelling = None

    def _service(self, key: str) -> None:
        self.service_buttons[key].setChecked(True)
        if key == self.service and self._agencies:
            return
        self.service = key
        self.agency.clear()
        self._agencies, self._free, self._offered = (), (), False
        self._fill_slots()
        self.service_chosen.emit(key)

    def _ask_slots(self) -> None:
        agency_id = self.agency.currentData()
        if agency_id is None or self.service is None:
            return
        self._free = ()
        self._fill_slots()
        self.slots_asked.emit(agency_id, self.service)

    def _fill_slots(self) -> None:
        self.slots.fill(self._free)
        self.no_slots.setText(
            self.tr(
                "This agency has no free time for this service in the coming weeks: choose "
                "another agency."
            )
            if not self._free and self._agencies
            else ""
        )
        self._render_confirm()

    @property
    def chosen_slot(self):
        return self.slots.chosen()

    def choose_slot(self, slot_id: int) -> bool:
        """Select the free time of this id (the tests' touch, the keys' Enter)."""
        return self.slots.choose(slot_id)

    def _slot_activated(self, _item) -> None:
        """Enter on a free time: on to the subject when booking; a move goes at once."""
        if self._moving is None:
            self.subject.setFocus()
        elif self.confirm_button.isEnabled():
            self._confirm()

    def _confirm(self) -> None:
        slot = self.chosen_slot
        if slot is None:
            self.problem.setText(self.tr("Choose a free time in the list."))
            return
        self.problem.setText("")
        self._sent, self._done = slot, None
        if self._moving is not None:
            self.move.emit(self._moving, slot)
        else:
            self.book.emit(slot, self.subject.text().strip())
        self._render_confirm()

    def start_move(self, appointment) -> None:
        """Move: the same service and agency first, a new time chosen as for a booking."""
        self._moving = appointment
        self.answer.setText("")
        self.problem.setText("")
        self._show_done(False)
        self.view = "book"
        for name, view in self.views.items():
            view.setVisible(name == "book")
        self.switcher.show_view("book")
        service = appointment.slot.service
        self.service_buttons[service].setChecked(True)
        self.service = service
        self._agencies, self._free = (), ()
        self._fill_slots()
        self.service_chosen.emit(service)
        self.retranslate()

    def _stop_moving(self, show: bool = True) -> None:
        if self._moving is None:
            return
        self._moving = None
        self.retranslate()
        if show:
            self.show_view("mine")

    def ask_cancel(self, appointment) -> None:
        self._cancelling = appointment
        self.question_text.setText(
            self._say("cancel_question")
            .replace("%1", when(appointment.slot.starts_at))
            .replace("%2", appointment.slot.agency_name)
        )
        self.mine_answer.setText("")
        self.question.setVisible(True)
        scroll_to(self.question)

    def _keep(self) -> None:
        self._cancelling = None
        self.question.setVisible(False)

    def _confirm_cancel(self) -> None:
        appointment, self._cancelling = self._cancelling, None
        self.question.setVisible(False)
        if appointment is not None:
            self.cancel.emit(appointment)

    def output(self, appointment, save: bool = False) -> None:
        """The confirmation printed; at the counter it may be saved as a PDF instead."""
        (self.save_confirmation if save else self.print_confirmation).emit(appointment)

    def _show_done(self, shown: bool) -> None:
        self.done_button.setVisible(shown)
        self.done_save_button.setVisible(shown and self.counter)

    # -- drawing -----------------------------------------------------------------------------
    def _say(self, key: str) -> str:
        """A sentence to the member at the terminal, to the clerk about the member at the
        counter."""
        texts = {  # (the terminal's, the counter's)
            "waits_here": (
                self.tr("Your request waits on this terminal until the connection is back: it "
                        "is not confirmed yet."),
                self.tr("The request waits on this terminal until the connection is back: it "
                        "is not confirmed yet."),
            ),
            "taken": (
                self.tr("Someone booked this time just before you. Here are the next free times "
                        "of the same agency and service: choose one."),
                self.tr("Someone else booked this time just before. Here are the next free "
                        "times of the same agency and service: choose one with the member."),
            ),
            "cancel_waits": (
                self.tr("Your cancellation waits on this terminal until the connection is back."),
                self.tr("The cancellation waits on this terminal until the connection is back."),
            ),
            "cancel_sent": (self.tr("Your cancellation is on its way to the mutuality…"),
                            self.tr("The cancellation is on its way to the mutuality…")),
            "cancelled": (self.tr("Your appointment is cancelled."),
                          self.tr("The member's appointment is cancelled.")),
            "unanswered": (
                self.tr("No answer yet: your request waits to be confirmed. My appointments "
                        "shows it until then."),
                self.tr("No answer yet: the request waits to be confirmed. The member's "
                        "appointments show it until then."),
            ),
            "cancel_question": (self.tr("Cancel your appointment of %1 at %2?"),
                                self.tr("Cancel the member's appointment of %1 at %2?")),
            "none": (self.tr("You have no appointment coming."),
                     self.tr("The member has no appointment coming.")),
            "mine_hint": (self.tr("Your coming appointments at our agencies."),
                          self.tr("The member's coming appointments at our agencies.")),
            "book_hint": (
                self.tr("Choose whom you would like to see, the agency and a free time."),
                self.tr("Choose whom the member would like to see, the agency and a free time."),
            ),
            "whom": (self.tr("Whom would you like to see?"),
                     self.tr("Whom would the member like to see?")),
        }  # fmt: skip
        return texts[key][1 if self.counter else 0]

    def service_name(self, service: str) -> str:
        return {
            "adviser": self.tr("An adviser"),
            "social": self.tr("The social service"),
            "medical": self.tr("The medical adviser"),
        }.get(service, service)

    def row_texts(self, a) -> tuple[str, str, str, str, str, str]:
        """An appointment's row: when and where; with whom, about what, its state; its
        buttons (print, save as PDF at the counter, move, cancel)."""
        facts = [self.service_name(a.slot.service)]
        if a.subject:
            facts.append(self.tr("Subject: %1").replace("%1", a.subject))
        facts.append(self.state_text(a))
        return (
            f"{when(a.slot.starts_at)} — {a.slot.agency_name}",
            " · ".join(facts),
            self.tr("Print the confirmation"),
            self.tr("Save as PDF"),
            self.tr("Move"),
            self.tr("Cancel"),
        )

    def state_text(self, appointment) -> str:
        if appointment.waiting_here and appointment.status == "cancelled":
            if self.offline:
                return self.tr("Cancellation waiting on this terminal")
            return self.tr("Cancellation on its way to the mutuality")
        if appointment.waiting_here:
            if self.offline:
                return self.tr("Waiting on this terminal: not confirmed yet")
            return self.tr("On its way to the mutuality")
        return {
            "booked": self.tr("Booked"),
            "cancelled": self.tr("Cancelled"),
            "moved": self.tr("Moved"),
        }.get(appointment.status, appointment.status)

    def _render_rows(self) -> None:
        for row in self.rows:
            self.list_box.removeWidget(row)
            row.setParent(None)
            row.deleteLater()
        self.rows = []
        for appointment in self._appointments or ():
            row = AppointmentRow(self, appointment, self.mine)
            row.retranslate(self)
            apply_reflow(row, self.large)  # drawn after the mode was set: its buttons stack
            self.list_box.addWidget(row)
            self.rows.append(row)
        self._render_rows_text()
        self.none.setVisible(self._appointments is not None and not self.rows)

    def _render_confirm(self) -> None:
        waiting = self._sent is not None
        self.confirm_button.setEnabled(not waiting and self.chosen_slot is not None)
        self.keep_move_button.setVisible(self._moving is not None)
        self.subject_box.setVisible(self._moving is None)

    def _retranslate_done(self) -> None:
        self.done_button.setText(self.tr("Print the confirmation"))
        self.done_save_button.setText(self.tr("Save as PDF"))

    def retranslate(self) -> None:
        # Where the member is and what they can do (speech and a screen reader, issue 17).
        self.setAccessibleName(section_title("appointments"))
        self.setAccessibleDescription(
            self.tr("The member's appointments: book one, move it or cancel it.")
            if self.counter
            else self.tr("Your appointments: book one, move it or cancel it.")
        )
        self.switcher.buttons["mine"].setText(self.tr("My appointments"))
        self.switcher.buttons["book"].setText(self.tr("Book an appointment"))
        self.mine.heading.setText(self.tr("My appointments"))
        self.mine.hint.setText(self._say("mine_hint"))
        self.new_button.setText(self.tr("Book an appointment"))
        self.keep_button.setText(self.tr("No, keep it"))
        self.confirm_cancel.setText(self.tr("Yes, cancel it"))
        if self._cancelling is not None:
            self.ask_cancel(self._cancelling)
        if self._moving is not None:
            self.booking.heading.setText(self.tr("Move an appointment"))
            self.booking.hint.setText(
                self.tr("Now: %1 at %2. Choose a new time.")
                .replace("%1", when(self._moving.slot.starts_at))
                .replace("%2", self._moving.slot.agency_name)
            )
            self.confirm_button.setText(self.tr("Move it to this time"))
        else:
            self.booking.heading.setText(self.tr("Book an appointment"))
            self.booking.hint.setText(self._say("book_hint"))
            self.confirm_button.setText(self.tr("Book this time"))
        self.keep_move_button.setText(self.tr("Keep it as it is"))
        self.service_label.setText(self._say("whom"))
        for key, button in self.service_buttons.items():
            button.setText(self.service_name(key))
        self.agency_label.setText(self.tr("Agency"))
        self.agency.setAccessibleName(self.tr("Agency"))
        self.slots_label.setText(self.tr("Free times"))
        self.slots.setAccessibleName(self.tr("Free times"))
        self.subject_label.setText(self.tr("Subject (optional)"))
        self.subject.setAccessibleName(self.tr("Subject (optional)"))
        self._retranslate_done()
        self._fill_slots()  # the days' names in the new language
        for row in self.rows:
            row.retranslate(self)
        self._render_rows_text()

    def _render_rows_text(self) -> None:
        if self._appointments is None or self.rows:
            self.none.setText("")
        else:
            self.none.setText(self._say("none"))

    def clear(self) -> None:
        super().clear()
        self._appointments = None
        self._moving = self._cancelling = self._sent = self._done = None
        self.service = None
        self._agencies, self._free, self._offered = (), (), False
        self.offline = False
        self.service_group.setExclusive(False)
        for button in self.service_buttons.values():
            button.setChecked(False)
        self.service_group.setExclusive(True)
        self.agency.clear()
        self.answer.setText("")
        self.problem.setText("")
        self.mine_answer.setText("")
        self.no_slots.setText("")
        self._show_done(False)
        self.question.setVisible(False)
        self._render_rows()
        self.show_view("mine")
        self.retranslate()
