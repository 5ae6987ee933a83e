"""What the "Appointments" section is drawn with: a slot's time as Belgium reads it, one
appointment's row with its actions, and the list of free times by day (keys and touch)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QHBoxLayout, QListWidget, QListWidgetItem, QVBoxLayout

from ui import format as fmt
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


class FreeSlots(QListWidget):
    """The free times by day: a day's name, then its times (a day cannot be chosen). Arrows
    and a tap choose a time; the one chosen stays chosen when the list is drawn again (a
    change of language)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("freeSlots")
        self.setMinimumHeight(240)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)

    def fill(self, slots) -> None:
        kept = self.chosen()
        self.blockSignals(True)
        self.clear()
        day = None
        bold = QFont(self.font())
        bold.setBold(True)
        for slot in slots:
            local = fmt.local(slot.starts_at)
            if local.date() != day:
                day = local.date()
                header = QListWidgetItem(long_day(day))
                header.setFlags(Qt.ItemFlag.NoItemFlags)
                header.setFont(bold)
                header.setSizeHint(QSize(0, 44))
                self.addItem(header)
            end = slot.starts_at + dt.timedelta(minutes=slot.minutes)
            item = QListWidgetItem(f"    {clock(slot.starts_at)} – {clock(end)}")
            item.setData(SLOT_ROLE, slot)
            item.setSizeHint(QSize(0, 52))
            self.addItem(item)
        if kept is not None:
            self.choose(kept.id)
        self.blockSignals(False)

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
