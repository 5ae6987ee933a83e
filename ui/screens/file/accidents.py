"""Accident declarations: the ones to return with the care that raised each, filled in on
screen and signed with the card's PIN (or printed prefilled), the ones returned; at the counter
a paper one registered as received the day it came in.

Three views, one at a time: the list, the form of one declaration and the PIN pad that signs
it (ui/screens/file/accident_form.py). The controller (ui/accidents_controller.py) asks the
services and hands the answers to `show_*`; nothing typed survives `clear()`. The boxes' and
the banner's look is the stylesheet's (touch.qss: `#accidentDeclaration`, `blockBanner`)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QTimer, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.domain.codes import AccidentStatus, BankChangeMode
from ui import format as fmt
from ui.appearance import apply_reflow, reflow
from ui.screens import parts
from ui.screens.file.accident_form import AccidentFormView, AccidentSignView, care_lines
from ui.screens.file.common import Page, section_title
from ui.screens.file.incapacity_parts import scroll_to, view_top


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate files a bare tr() there


def block_text(block, *, counter: bool = False) -> str:
    """The banner of a blocked file (FileBlock), on the home, the reimbursements and here; ""
    when the file is not blocked."""
    if block is None or not block.blocked:
        return ""
    since = fmt.day(block.since)
    if counter:
        text = tr(
            "The household's reimbursements are held: an accident declaration was not returned "
            "by %1. Register the paper one received under %2, or the member signs it at a "
            "terminal."
        )
    elif block.own:
        text = tr(
            "Your household's reimbursements are held: an accident declaration was not "
            "returned by %1. Return it here (%2) or at the counter."
        )
    else:  # another member of the household's, whom this visit does not cover
        text = tr(
            "Your household's reimbursements are held: an accident declaration of another "
            "member of your household was not returned by %1. That person returns it at a "
            "terminal (%2) or at the counter."
        )
    return text.replace("%1", since).replace("%2", section_title("accidents"))


def banner(parent: QWidget, name: str) -> QLabel:
    """The blocked file's banner: red, framed (touch.qss, `blockBanner`), and no room when
    empty."""
    widget = parts.message(parent, name)
    widget.setProperty("blockBanner", True)
    return widget


class AccidentsPage(Page):
    """The section: the list, one declaration's form, or the PIN pad."""

    sign = Signal(dict)  # the typed form, to read and then sign
    print_filled = Signal(dict)  # the typed form, printed (saved at the counter) to sign by hand
    save_filled = Signal(dict)
    print_declaration = Signal(int)  # prefilled with the member and the care, blanks to fill
    save_declaration = Signal(int)
    register_paper = Signal(int, object)  # a paper one received (counter), the day it came in
    returning = Signal(str, int)  # a return signed here on its way: its operation, its declaration

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("accidentsPage")  # its boxes' look: touch.qss
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.list_view = QWidget(self)
        column = view_top(self.list_view)  # heading, hint
        self.heading, self.hint = self.list_view.heading, self.list_view.hint
        self.banner = banner(self.list_view, "accidentBlock")
        self.sent = parts.message(self.list_view, "hint")
        self.sent.setObjectName("accidentSent")
        self.answer = parts.message(self.list_view, "fileStatus")
        self.answer.setObjectName("accidentAnswer")
        received = reflow(QHBoxLayout(), "stack")  # the large mode: the label above its field
        self.received_label = parts.label(self.list_view, "fieldLabel")
        self.received_on = QDateEdit(self.list_view)
        self.received_on.setObjectName("accidentReceivedOn")
        self.received_on.setDisplayFormat("dd/MM/yyyy")
        self.received_on.setCalendarPopup(True)
        self.received_on.setMinimumHeight(60)
        self.received_label.setBuddy(self.received_on)
        received.addWidget(self.received_label)
        received.addWidget(self.received_on)
        received.addStretch(1)
        self.received_row = QWidget(self.list_view)
        self.received_row.setLayout(received)
        self.boxes = QVBoxLayout()
        self.empty = parts.message(self.list_view, "body")
        self.returned_title = parts.label(self.list_view, "sectionHeading")
        self.returned = parts.label(self.list_view, "paymentDetail")
        self.returned.setObjectName("accidentsReturned")
        self.contact = parts.label(self.list_view, "hint")
        self.contact.setObjectName("accidentsContact")
        for widget in (self.banner, self.sent, self.answer, self.received_row):
            column.addWidget(widget)
        column.addLayout(self.boxes)
        for widget in (self.empty, self.returned_title, self.returned, self.contact):
            column.addWidget(widget)
        self.form = AccidentFormView(self)
        self.signing = AccidentSignView(self)
        self.views = {"list": self.list_view, "form": self.form, "sign": self.signing}
        for view in self.views.values():
            layout.addWidget(view)
        layout.addStretch(1)
        self.form.submit.connect(self._form_submitted)
        self.form.cancelled.connect(lambda: self.show_view("list"))
        self.signing.cancelled.connect(lambda: self.show_view("form"))
        self.mine = None  # MyAccidents
        self.fill_buttons: dict[int, QPushButton] = {}
        self.print_buttons: dict[int, QPushButton] = {}
        self.save_buttons: dict[int, QPushButton] = {}
        self.register_buttons: dict[int, QPushButton] = {}
        self._bank = BankChangeMode.PASSWORD_LOGIN
        self._niss: str | None = None
        self._counter = False
        self._sent: tuple[dt.date, bool] | None = None
        self._registering: set[int] = set()  # paper ones sent, their answer awaited (counter)
        self._refused: dict[int, str] = {}  # returns signed in this visit, refused: why
        self.view = "list"
        self.show_view("list")
        self.retranslate()

    # -- what the controller hands over ------------------------------------------------------
    def set_counter(self, counter: bool) -> None:
        self._counter = counter
        self.retranslate()

    def opened(self, bank: BankChangeMode, today: dt.date, niss: str | None = None) -> None:
        """The section opens on the list; whether a declaration can be signed here (as the bank
        change: an eID login with the card in the reader, and only the member's own: `niss`);
        a paper one is received today."""
        self._bank, self._niss = bank, niss
        self.answer.setText("")
        self.received_on.setMaximumDate(QDate(today.year, today.month, today.day))
        self.received_on.setDate(QDate(today.year, today.month, today.day))
        self.show_view("list")

    def show_accidents(self, mine) -> None:
        self.mine = mine
        self._render()
        for declaration in mine.declarations if mine is not None else ():
            operation = getattr(declaration, "return_operation", None)
            if declaration.waiting_here and operation:
                self.returning.emit(operation, declaration.id)

    def registering(self, declaration_id: int, waiting: bool) -> None:
        """A paper one registered, its answer awaited: no second registration and no form to
        fill meanwhile (a second one would be refused, its answer lost)."""
        if waiting:
            self._registering.add(declaration_id)
        else:
            self._registering.discard(declaration_id)
        for store in (self.register_buttons, self.fill_buttons):
            if declaration_id in store:
                store[declaration_id].setEnabled(not waiting)

    def show_refused(self, declaration_id: int, text: str) -> None:
        """A return signed in this visit was refused by the mutuality: said on that
        declaration (to return again) until the visit ends."""
        self._refused[declaration_id] = text
        self._render()

    def ask_pin(self, form) -> None:
        """The form was read: its PIN pad, under what is signed."""
        declaration = self.form.declaration
        if declaration is None:
            return
        self.signing.prepare(form, declaration.presumed_on)
        self.show_view("sign")

    def show_sent(self, offline: bool) -> None:
        """Signed and queued: back to the list, said above it (the list is asked again)."""
        declaration = self.form.declaration
        self._sent = (declaration.presumed_on, offline) if declaration is not None else None
        self.form.clear()
        self.signing.clear()
        self.show_view("list")
        self._render()
        scroll_to(self.sent)

    def show_answer(self, text: str, kind: str = "info") -> None:
        """The counter's registration: sent, done or refused."""
        self.answer.setProperty("kind", kind)
        self.answer.style().unpolish(self.answer)
        self.answer.style().polish(self.answer)
        self.answer.setText(text)

    def show_view(self, key: str) -> None:
        if key != "sign":  # a PIN half typed does not wait on a hidden pad
            self.signing.clear()
        self.view = key
        for name, view in self.views.items():
            view.setVisible(name == key)
        area = self.parentWidget()  # the screen's scroll area (its viewport, then itself)
        while area is not None and not isinstance(area, QScrollArea):
            area = area.parentWidget()
        if area is not None:  # each view from its top
            QTimer.singleShot(0, area, lambda: area.verticalScrollBar().setValue(0))

    def leave(self) -> None:
        """Another section is shown: nothing of a PIN stays on the pad."""
        self.signing.clear()
        if self.view == "sign":
            self.show_view("form")

    def large_mode_changed(self, large: bool) -> None:
        super().large_mode_changed(large)
        self.form.arrange(large)

    # -- the member's actions ----------------------------------------------------------------
    def _fill_in(self, declaration) -> None:
        self._sent = None
        own = self._niss is None or declaration.member_niss == self._niss
        self.form.start(declaration, self._bank, self._counter, own)
        self.show_view("form")

    def _form_submitted(self, typed: dict, how: str) -> None:
        {"sign": self.sign, "print": self.print_filled, "save": self.save_filled}[how].emit(typed)

    # -- drawing -----------------------------------------------------------------------------
    def _render(self) -> None:
        mine = self.mine
        while self.boxes.count():
            widget = self.boxes.takeAt(0).widget()
            if widget is not None:
                widget.setParent(None)
                widget.deleteLater()
        self.fill_buttons, self.print_buttons = {}, {}
        self.save_buttons, self.register_buttons = {}, {}
        declarations = mine.declarations if mine is not None else ()
        to_return = [d for d in declarations if d.status == AccidentStatus.TO_RETURN]
        returned = [d for d in declarations if d.status != AccidentStatus.TO_RETURN]
        self.banner.setText(block_text(mine.block if mine else None, counter=self._counter))
        for declaration in to_return:
            self.boxes.addWidget(self._box(declaration))
        self.received_row.setVisible(self._counter and any(not d.waiting_here for d in to_return))
        nothing = (
            self.tr("The member has no accident declaration to return.")
            if self._counter
            else self.tr("You have no accident declaration to return.")
        )
        self.empty.setText(nothing if mine is not None and not to_return else "")
        self.returned_title.setVisible(bool(returned))
        self.returned.setText("\n".join(self._returned_line(d) for d in returned))
        self.returned.setVisible(bool(returned))
        contact = mine.contact if mine is not None else None
        self.contact.setText(
            self.tr("The Accidents service: %1, %2")
            .replace("%1", contact.phone)
            .replace("%2", contact.email)
            if contact is not None
            else ""
        )
        if self._sent is not None:
            presumed_on, offline = self._sent
            text = (
                self.tr(
                    "Your declaration for the care of %1 is sent to the Accidents service with "
                    "the form you signed. It waits on this terminal until the connection is back."
                )
                if offline
                else self.tr(
                    "Your declaration for the care of %1 is sent to the Accidents service with "
                    "the form you signed."
                )
            )
            self.sent.setText(text.replace("%1", fmt.day(presumed_on)))
        else:
            self.sent.setText("")

    def _box(self, d) -> QFrame:
        box = QFrame(self.list_view)
        box.setObjectName("accidentDeclaration")
        column = QVBoxLayout(box)
        column.setContentsMargins(12, 4, 12, 8)
        title = parts.label(box, "sectionHeading")
        title.setText(
            self.tr("Care of %1 — %2").replace("%1", fmt.day(d.presumed_on))
            .replace("%2", d.member_name)
        )  # fmt: skip
        column.addWidget(title)
        due = parts.label(box, "errorMessage" if d.overdue else "body")
        due.setText(
            self.tr("It was to be returned by %1: return it now.").replace("%1", fmt.day(d.due_on))
            if d.overdue
            else self.tr("Return it by %1.").replace("%1", fmt.day(d.due_on))
        )
        column.addWidget(due)
        care = parts.label(box, "paymentDetail")
        care.setText(care_lines(d))
        column.addWidget(care)
        notes = []
        if d.crossed_with is not None and self.mine is not None:
            contact = self.mine.contact
            notes.append(
                self.tr(
                    "A declaration for care of %1 was already returned: our documents may have "
                    "crossed. If this care comes from the same accident, call the Accidents "
                    "service at %2 or write to %3."
                )
                .replace("%1", fmt.day(d.crossed_with))
                .replace("%2", contact.phone)
                .replace("%3", contact.email)
            )
        refused = self._refused.get(d.id) if not d.waiting_here else None
        if refused:
            problem = parts.label(box, "errorMessage")
            problem.setObjectName("accidentRefused")
            problem.setText(
                self.tr("Your signed declaration was refused: %1").replace("%1", refused)
            )
            column.addWidget(problem)
        if d.waiting_here:
            notes.append(
                self.tr("You returned it here: it is on its way to the mutuality.")
                if not self._counter
                else self.tr("Returned at a terminal: on its way to the mutuality.")
            )
        if notes:
            note = parts.label(box, "hint")
            note.setObjectName("accidentNote")
            note.setText("\n".join(notes))
            column.addWidget(note)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        made = [
            (self.print_buttons, "accidentPrint", self.tr("Print it"), self.print_declaration),
        ]
        if self._counter:
            made.append((self.save_buttons, "accidentSave", self.tr("Save as PDF"),
                         self.save_declaration))  # fmt: skip
        for store, name, text, signal in made:
            button = parts.button(box, f"{name}_{d.id}", lambda _c=False, s=signal: s.emit(d.id))
            button.setText(text)
            store[d.id] = button
        if not d.waiting_here:
            if self._counter:
                button = parts.button(box, f"accidentRegister_{d.id}",
                                      lambda _c=False: self.register_paper.emit(
                                          d.id, self.received_on.date().toPython()))  # fmt: skip
                button.setText(self.tr("Register a paper declaration received"))
                self.register_buttons[d.id] = button
            button = parts.button(box, f"accidentFill_{d.id}", lambda _c=False: self._fill_in(d),
                                  primary=not self._counter)  # fmt: skip
            button.setText(self.tr("Fill it in"))
            self.fill_buttons[d.id] = button
        for store in (self.register_buttons, self.fill_buttons):
            if d.id in store and d.id in self._registering:
                store[d.id].setEnabled(False)
        for store in (self.print_buttons, self.save_buttons, self.fill_buttons):
            if d.id in store:
                parts.keep_width(store[d.id])
                buttons.addWidget(store[d.id])
        column.addLayout(buttons)
        if d.id in self.register_buttons:  # on its own row: the clerk's, and long in German
            row = QHBoxLayout()
            row.addStretch(1)
            parts.keep_width(self.register_buttons[d.id])
            row.addWidget(self.register_buttons[d.id])
            column.addLayout(row)
        apply_reflow(box, self.large)  # drawn after the mode was set: its buttons stack
        return box

    def _returned_line(self, d) -> str:
        text = (
            self.tr("Care of %1 — %2: returned on %3, dealt with by the Accidents service.")
            if d.status == AccidentStatus.HANDLED
            else self.tr("Care of %1 — %2: returned on %3.")
        )
        return (
            text.replace("%1", fmt.day(d.presumed_on))
            .replace("%2", d.member_name)
            .replace("%3", fmt.day(d.received_on))
        )

    # -- texts -------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.heading.setText(self.tr("Accident declarations to return"))
        self.hint.setText(
            self.tr(
                "Some care of the member suggests an accident. Returning each declaration is a "
                "legal obligation, even when it was not an accident: the mutuality pays the care "
                "and recovers it from whoever is liable."
            )
            if self._counter
            else self.tr(
                "Some care suggests an accident. Returning each declaration is a legal "
                "obligation, even when it was not an accident: the mutuality pays your care and "
                "recovers it from whoever is liable."
            )
        )
        # Where the member is and what they can do (speech and a screen reader, issue 17).
        self.setAccessibleName(section_title("accidents"))
        self.setAccessibleDescription(
            self.tr("Print a declaration, or register a paper one received.")
            if self._counter
            else self.tr("Fill in each declaration and sign it with your card, or print it.")
        )
        self.received_label.setText(self.tr("Paper declaration received on"))
        self.received_on.setAccessibleName(self.tr("Paper declaration received on"))
        self.returned_title.setText(self.tr("Declarations returned"))
        self.form.retranslate()
        self.signing.retranslate()
        self._render()

    def clear(self) -> None:
        super().clear()
        self.mine = None
        self._sent = None
        self._registering.clear()
        self._refused.clear()
        self._bank, self._niss = BankChangeMode.PASSWORD_LOGIN, None
        self.answer.setText("")
        self.form.clear()
        self.signing.clear()
        self.show_view("list")
        self._render()
