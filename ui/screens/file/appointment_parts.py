"""What the "Appointments" section is drawn with: a slot's time as Belgium reads it, one
appointment's row with its actions, the list of free times by day (keys and touch), the
question before a cancellation, a field with its label, a row of buttons at the right. In the
large mode (issue 17) a label goes above its field and a row's buttons one under another."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui import format as fmt
from ui.appearance import reflow
from ui.screens import parts
from ui.screens.file.incapacity_parts import long_day

SERVICES = ("adviser", "social", "medical")  # ContactService values, in the order offered
SLOT_ROLE = Qt.ItemDataRole.UserRole


def clock(moment: dt.datetime) -> str:
    """A slot's time as Belgium reads it, 24 hours in every language: "09:30"."""
    return fmt.local(moment).strftime("%H:%M")


def when(moment: dt.datetime) -> str:
    """ "Tuesday 01/12/2026, 09:30" in the screen's language."""
    return f"{long_day(fmt.local(moment).date())}, {clock(moment)}"


def labelled(parent: QWidget, field: QWidget) -> tuple[QLabel, QHBoxLayout]:
    """A field with its label (which names it, for speech) before it; above it in the large
    mode."""
    label = parts.label(parent, "fieldLabel")
    label.setBuddy(field)
    row = reflow(QHBoxLayout(), "stack")
    row.addWidget(label)
    row.addWidget(field, 1)
    return label, row


def right_row(*buttons: QPushButton) -> QHBoxLayout:
    """Buttons at the right, each as wide as its text (one under another in the large mode)."""
    row = QHBoxLayout()
    row.addStretch(1)
    for button in buttons:
        parts.keep_width(button)
        row.addWidget(button)
    return row


class CancelQuestion(QFrame):
    """ "Cancel your appointment of …?" and its two answers (their words are the page's); the
    keypad's back key keeps the appointment."""

    def __init__(self, parent: QWidget, keep, confirm):
        super().__init__(parent)
        self.setObjectName("cancelQuestion")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.text = parts.label(self, "instruction")
        layout.addWidget(self.text)
        self.keep = parts.button(self, "keepAppointment", keep)
        self.keep.setProperty("keyRole", "back")
        self.confirm = parts.button(self, "confirmCancel", confirm, primary=True)
        layout.addLayout(right_row(self.keep, self.confirm))
        self.setVisible(False)


class FreeSlots(QListWidget):
    """The free times by day: a day's name, then its times (a day cannot be chosen). Arrows
    and a tap choose a time; the one chosen stays chosen when the list is drawn again (a
    change of language)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("freeSlots")
        self.setMinimumHeight(240)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self._slots: tuple = ()

    def fill(self, slots) -> None:
        self._slots = tuple(slots)
        kept = self.chosen()
        self.blockSignals(True)
        self.clear()
        day = None
        bold = QFont()  # bold only: the family and size are the list's (the mode's)
        bold.setBold(True)
        line = self.fontMetrics().lineSpacing()
        day_height, time_height = max(44, line + 16), max(52, line + 26)  # a finger's at least
        # A day and three times and a half at least: more times are there to scroll to.
        self.setMinimumHeight(max(240, day_height + 4 * time_height - time_height // 2))
        for slot in self._slots:
            local = fmt.local(slot.starts_at)
            if local.date() != day:
                day = local.date()
                header = QListWidgetItem(long_day(day))
                header.setFlags(Qt.ItemFlag.NoItemFlags)
                header.setFont(bold)
                header.setSizeHint(QSize(0, day_height))
                self.addItem(header)
            end = slot.starts_at + dt.timedelta(minutes=slot.minutes)
            item = QListWidgetItem(f"    {clock(slot.starts_at)} – {clock(end)}")
            item.setData(SLOT_ROLE, slot)
            item.setSizeHint(QSize(0, time_height))
            self.addItem(item)
        if kept is not None:
            self.choose(kept.id)
        self.blockSignals(False)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.fill(self._slots)  # the rows' height follows the font (the large mode's)

    def chosen(self):
        item = self.currentItem()
        return item.data(SLOT_ROLE) if item is not None else None

    def choose(self, slot_id: int) -> bool:
        for row in range(self.count()):
            slot = self.item(row).data(SLOT_ROLE)
            if slot is not None and slot.id == slot_id:
                self.setCurrentRow(row)
                return True
        return False


class AppointmentRow(QFrame):
    """One appointment: when, where, with whom, about what, its state; its actions."""

    def __init__(self, page, appointment, parent=None):
        super().__init__(parent)
        self.setObjectName("appointmentRow")
        self.appointment = appointment
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 8)
        self.when = parts.label(self, "body")
        self.when.setObjectName("appointmentWhen")
        self.what = parts.label(self, "hint")
        self.what.setObjectName("appointmentWhat")
        layout.addWidget(self.when)
        layout.addWidget(self.what)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.confirmation = parts.button(
            self, "appointmentConfirmation", lambda: page.output(appointment)
        )
        self.save_button = parts.button(  # the counter's: printed or saved as a PDF
            self, "appointmentSave", lambda: page.output(appointment, save=True)
        )
        self.move_button = parts.button(
            self, "appointmentMove", lambda: page.start_move(appointment)
        )
        self.cancel_button = parts.button(
            self, "appointmentCancel", lambda: page.ask_cancel(appointment)
        )
        for button in (self.confirmation, self.save_button, self.move_button, self.cancel_button):
            parts.keep_width(button)
            buttons.addWidget(button)
        layout.addLayout(buttons)
        booked = appointment.status == "booked" and appointment.id is not None
        settled = booked and not appointment.waiting_here
        self.confirmation.setVisible(settled)
        self.save_button.setVisible(settled and page.counter)
        self.move_button.setVisible(settled)
        self.cancel_button.setVisible(settled)

    def retranslate(self, page) -> None:
        when_text, what_text, confirmation, save, move, cancel = page.row_texts(self.appointment)
        self.when.setText(when_text)
        self.what.setText(what_text)
        self.confirmation.setText(confirmation)
        self.save_button.setText(save)
        self.move_button.setText(move)
        self.cancel_button.setText(cancel)
