"""The counter's appointment slots: an agency's day (each slot's time, service, whether it is
free, booked or withdrawn, who booked it and about what), slots opened for a day (from–to,
every N minutes, one service) and free ones withdrawn.

Fed by ui/appointments_controller.py (`SlotsController`) with app/services/appointments.py's
`DayEntry` rows; reached from the clerk's desk. Booking, moving or cancelling for a member is
done from the member's file (its "Appointments" section).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain.niss import Niss
from ui import format as fmt
from ui.screens import parts
from ui.screens.base import Screen
from ui.screens.file.appointment_parts import SERVICES, clock

TIME, SERVICE, STATE, MEMBER, SUBJECT = range(5)


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


class AppointmentSlotsScreen(Screen):
    name = "appointment_slots"
    back = Signal()
    refresh = Signal()
    open_slots = Signal(dict)  # agency_id, service, day, start, end (dt.time), every (minutes)
    withdraw = Signal(list)  # the ids of the free slots ticked

    def __init__(self, parent=None):
        super().__init__(parent)
        self.layout_.setContentsMargins(24, 8, 24, 8)
        top = QHBoxLayout()
        self.agency_label = parts.label(self, "fieldLabel")
        self.agency = QComboBox(self)
        self.agency.setObjectName("slotsAgency")
        self.agency.setMinimumHeight(56)
        self.agency.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.agency_label.setBuddy(self.agency)
        self.agency.activated.connect(lambda _i: self.refresh.emit())
        self.day_label = parts.label(self, "fieldLabel")
        self.day_edit = self._date_edit("slotsDay")
        self.day_label.setBuddy(self.day_edit)
        self.day_edit.dateChanged.connect(lambda _d: self.refresh.emit())
        self.refresh_button = parts.button(self, "slotsRefresh", self.refresh.emit)
        parts.keep_width(self.refresh_button)
        for widget in (self.agency_label, self.agency, self.day_label, self.day_edit):
            top.addWidget(widget)
        top.addStretch(1)
        top.addWidget(self.refresh_button)
        self.layout_.addLayout(top)

        self.summary = parts.label(self, "hint")
        self.layout_.addWidget(self.summary)
        self.table = parts.table(self, "slotsTable", 5)
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(SUBJECT, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(180)  # the rest scrolls inside it
        self.layout_.addWidget(self.table, 1)
        withdraw_row = QHBoxLayout()
        self.tick_hint = parts.label(self, "hint")
        self.withdraw_button = parts.button(self, "withdrawSlots", self._withdraw)
        parts.keep_width(self.withdraw_button)
        withdraw_row.addWidget(self.tick_hint, 1)
        withdraw_row.addWidget(self.withdraw_button)
        self.layout_.addLayout(withdraw_row)
        self.table.itemChanged.connect(lambda _i: self._render_withdraw())

        # -- open slots ----------------------------------------------------------------------
        self.opening = QFrame(self)
        self.opening.setObjectName("openSlots")
        column = QVBoxLayout(self.opening)
        column.setContentsMargins(0, 8, 0, 0)
        self.open_heading = parts.label(self.opening, "sectionHeading")
        column.addWidget(self.open_heading)
        self.open_day_label = parts.label(self.opening, "fieldLabel")
        self.open_day = self._date_edit("openDay", self.opening)
        self.from_label = parts.label(self.opening, "fieldLabel")
        self.start = self._time_edit("openFrom", QTime(9, 0))
        self.to_label = parts.label(self.opening, "fieldLabel")
        self.end = self._time_edit("openTo", QTime(12, 0))
        self.every_label = parts.label(self.opening, "fieldLabel")
        self.every = QSpinBox(self.opening)
        self.every.setObjectName("openEvery")
        self.every.setRange(5, 240)
        self.every.setSingleStep(5)
        self.every.setValue(30)
        self.every.setMinimumHeight(56)
        self.service_label = parts.label(self.opening, "fieldLabel")
        self.service = QComboBox(self.opening)
        self.service.setObjectName("openService")
        self.service.setMinimumHeight(56)
        self.service.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for key in SERVICES:
            self.service.addItem("", key)
        for field in (self.open_day, self.start, self.end, self.every):
            field.setMinimumWidth(140)
            field.setMaximumWidth(200)
        self.open_button = parts.button(self.opening, "openSlotsButton", self._open, primary=True)
        parts.keep_width(self.open_button)
        first, second = QHBoxLayout(), QHBoxLayout()
        for caption, field in (
            (self.open_day_label, self.open_day),
            (self.from_label, self.start),
            (self.to_label, self.end),
            (self.every_label, self.every),
        ):
            caption.setBuddy(field)
            first.addWidget(caption)
            first.addWidget(field)
        first.addStretch(1)
        self.service_label.setBuddy(self.service)
        second.addWidget(self.service_label)
        second.addWidget(self.service)
        second.addStretch(1)
        second.addWidget(self.open_button)
        column.addLayout(first)
        column.addLayout(second)
        self.layout_.addWidget(self.opening)

        self.status = parts.message(self, "hint")
        self.status.setObjectName("slotsStatus")
        self.layout_.addWidget(self.status)
        self.back_button = parts.button(self, "slotsBack", self.back.emit)
        parts.keep_width(self.back_button)
        self.layout_.addLayout(parts.button_row(self.back_button))
        self.entries: tuple = ()
        self._agencies = None
        self.retranslate()

    def _date_edit(self, name: str, parent: QWidget | None = None) -> QDateEdit:
        edit = QDateEdit(parent or self)
        edit.setObjectName(name)
        edit.setDisplayFormat("dd/MM/yyyy")
        edit.setCalendarPopup(True)
        edit.setMinimumHeight(56)
        return edit

    def _time_edit(self, name: str, value: QTime) -> QTimeEdit:
        edit = QTimeEdit(value, self.opening)
        edit.setObjectName(name)
        edit.setDisplayFormat("HH:mm")
        edit.setMinimumHeight(56)
        return edit

    # -- what the controller hands over ----------------------------------------------------
    def show_agencies(self, agencies, *, today: dt.date) -> None:
        """`agencies`: queue.Agencies (the clerk's own first), and today, the day shown."""
        self._agencies = agencies
        names = dict(agencies.all)
        ordered = [(agencies.mine, names[agencies.mine])] if agencies.mine in names else []
        ordered += [(i, n) for i, n in agencies.all if i != agencies.mine]
        self.agency.blockSignals(True)
        self.agency.clear()
        for agency_id, name in ordered:
            self.agency.addItem(name, agency_id)
        self.agency.blockSignals(False)
        self.day_edit.blockSignals(True)
        self.day_edit.setDate(_qdate(today))
        self.day_edit.blockSignals(False)
        self.open_day.setMinimumDate(_qdate(today))
        self.open_day.setDate(_qdate(today + dt.timedelta(days=1)))

    @property
    def agency_id(self) -> int | None:
        return self.agency.currentData()

    @property
    def day(self) -> dt.date:
        return self.day_edit.date().toPython()

    def show_day(self, entries) -> None:
        self.entries = tuple(entries)
        self._render()

    def show_status(self, text: str, kind: str = "info") -> None:
        self.status.setProperty("kind", kind)
        self.status.setText(text)
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)

    def show_problem(self, text: str) -> None:
        self.show_status(text, "problem")

    # -- the clerk's moves -----------------------------------------------------------------
    def ticked(self) -> list[int]:
        ids = []
        for row in range(self.table.rowCount()):
            cell = self.table.item(row, TIME)
            if cell is not None and cell.checkState() == Qt.CheckState.Checked:
                ids.append(cell.data(Qt.ItemDataRole.UserRole))
        return ids

    def tick(self, slot_id: int) -> None:
        for row in range(self.table.rowCount()):
            cell = self.table.item(row, TIME)
            if cell is not None and cell.data(Qt.ItemDataRole.UserRole) == slot_id:
                cell.setCheckState(Qt.CheckState.Checked)

    def _withdraw(self) -> None:
        ids = self.ticked()
        if ids:
            self.withdraw.emit(ids)

    def _open(self) -> None:
        start, end = self.start.time().toPython(), self.end.time().toPython()
        if end <= start:
            self.show_problem(self.tr("The last time must come after the first."))
            return
        self.open_slots.emit(
            {
                "agency_id": self.agency_id,
                "service": self.service.currentData(),
                "day": self.open_day.date().toPython(),
                "start": start,
                "end": end,
                "every": self.every.value(),
            }
        )

    # -- drawing -------------------------------------------------------------------------------
    def service_name(self, service: str) -> str:
        return {
            "adviser": self.tr("An adviser"),
            "social": self.tr("The social service"),
            "medical": self.tr("The medical adviser"),
        }.get(service, service)

    def state_word(self, entry) -> str:
        if entry.withdrawn:
            return self.tr("Withdrawn")
        return self.tr("Booked") if entry.booked else self.tr("Free")

    def _render(self) -> None:
        self.table.blockSignals(True)
        rows = []
        for entry in self.entries:
            slot = entry.slot
            end = slot.starts_at + dt.timedelta(minutes=slot.minutes)
            when = parts.item(f"{clock(slot.starts_at)} – {clock(end)}", data=slot.id)
            free = not entry.booked and not entry.withdrawn
            flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            if free:  # only a free slot may be withdrawn: a booked one is cancelled first
                when.setFlags(flags | Qt.ItemFlag.ItemIsUserCheckable)
                when.setCheckState(Qt.CheckState.Unchecked)
            else:
                when.setFlags(flags)
            who = ""
            if entry.member_name:
                who = entry.member_name
                if entry.member_niss:
                    who += f" ({Niss(entry.member_niss).formatted()})"
            rows.append([
                when,
                parts.item(self.service_name(slot.service)),
                parts.item(self.state_word(entry)),
                parts.item(who),
                parts.item(entry.subject or ""),
            ])  # fmt: skip
        parts.fill(self.table, rows)
        self.table.resizeRowsToContents()
        self.table.blockSignals(False)
        booked = sum(1 for e in self.entries if e.booked)
        free = sum(1 for e in self.entries if not e.booked and not e.withdrawn)
        if self.agency_id is None:
            self.summary.setText("")
        elif not self.entries:
            self.summary.setText(
                self.tr("No slot on %1 at this agency.").replace("%1", fmt.day(self.day))
            )
        else:
            self.summary.setText(
                self.tr("%1: %2 booked, %3 free.")
                .replace("%1", fmt.day(self.day))
                .replace("%2", str(booked))
                .replace("%3", str(free))
            )
        self._render_withdraw()

    def _render_withdraw(self) -> None:
        self.withdraw_button.setEnabled(bool(self.ticked()))

    def retranslate(self) -> None:
        self.title.setText(self.tr("Appointment slots"))
        self.setAccessibleName(self.tr("Appointment slots"))
        self.setAccessibleDescription(
            self.tr("An agency's slots of a day. Open new ones, or withdraw free ones.")
        )
        self.agency_label.setText(self.tr("Agency"))
        self.agency.setAccessibleName(self.tr("Agency"))
        self.day_label.setText(self.tr("Day"))
        self.day_edit.setAccessibleName(self.tr("Day"))
        self.refresh_button.setText(self.tr("Refresh"))
        self.table.setAccessibleName(self.tr("The day's appointment slots"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Time"), self.tr("Service"), self.tr("State"), self.tr("Member"),
             self.tr("Subject")]
        )  # fmt: skip
        self.tick_hint.setText(self.tr("Tick free slots to withdraw them."))
        self.withdraw_button.setText(self.tr("Withdraw the slots ticked"))
        self.open_heading.setText(self.tr("Open slots"))
        self.open_day_label.setText(self.tr("Day"))
        self.open_day.setAccessibleName(self.tr("Day of the new slots"))
        self.from_label.setText(self.tr("From"))
        self.start.setAccessibleName(self.tr("From"))
        self.to_label.setText(self.tr("To"))
        self.end.setAccessibleName(self.tr("To"))
        self.every_label.setText(self.tr("Every (minutes)"))
        self.every.setAccessibleName(self.tr("Every (minutes)"))
        self.service_label.setText(self.tr("Service"))
        self.service.setAccessibleName(self.tr("Service"))
        for index in range(self.service.count()):
            self.service.setItemText(index, self.service_name(self.service.itemData(index)))
        self.open_button.setText(self.tr("Open these slots"))
        self.back_button.setText(self.tr("Back"))
        self._render()

    def clear(self) -> None:
        super().clear()
        self.entries = ()
        self._agencies = None
        self.agency.clear()
        self.status.setText("")
        self.summary.setText("")
        parts.empty(self.table)
        self.retranslate()
