"""Joining the mutuality: the affiliation form prefilled from the card, then signed with it."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QLocale, QRect, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QFrame,
    QLabel,
    QListView,
    QListWidget,
    QRadioButton,
    QSizePolicy,
    QVBoxLayout,
)

from ui.messages import long_date
from ui.screens import parts
from ui.screens.login import FormScreen


class ChoiceList(QListWidget):
    """The large mode's face of a combo box whose choices are longer than a line at 44 px
    ("600 — Hilfskasse für Kranken- und Invalidenversicherung (HKIV)"): every choice shown,
    each on the lines it needs, the chosen one marked; the page scrolls, not the list."""

    ROW_MARGIN = 12  # above and below a choice's lines
    TEXT_MARGIN = 12  # the delegate's margins at its sides, and some air

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setFrameShape(QFrame.Shape.NoFrame)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def set_choices(self, texts: list[str], current: int) -> None:
        self.blockSignals(True)
        self.clear()
        self.addItems(texts)
        self.setCurrentRow(current)
        self.blockSignals(False)
        self._size_rows(self.width())
        self.updateGeometry()

    def _row_height(self, text: str, width: int) -> int:
        room = max(width - 2 * self.frameWidth() - 2 * self.TEXT_MARGIN, 1)
        flags = int(Qt.TextFlag.TextWordWrap)
        lines = self.fontMetrics().boundingRect(QRect(0, 0, room, 100_000), flags, text)
        return lines.height() + 2 * self.ROW_MARGIN

    def _size_rows(self, width: int) -> None:
        inner = max(width - 2 * self.frameWidth(), 1)
        for row in range(self.count()):
            item = self.item(row)
            item.setSizeHint(QSize(inner, self._row_height(item.text(), width)))

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        rows = sum(self._row_height(self.item(r).text(), width) for r in range(self.count()))
        return rows + 2 * self.frameWidth()

    def sizeHint(self) -> QSize:
        width = max(self.width(), 400)
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        return QSize(200, self.heightForWidth(self.width() or 400))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._size_rows(event.size().width())
            self.updateGeometry()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == event.Type.FontChange:
            self._size_rows(self.width())
            self.updateGeometry()


class JoinScreen(FormScreen):
    name = "join"
    sign = Signal(dict)
    changed = Signal(dict)  # a choice that moves the effective date

    def __init__(self, parent=None):
        super().__init__(parent)
        self.person = parts.label(self, "address")
        self.layout_.insertWidget(1, self.person)
        self.holder_radio = QRadioButton(self.body)
        self.holder_radio.setObjectName("roleHolder")
        self.dependant_radio = QRadioButton(self.body)
        self.dependant_radio.setObjectName("roleDependant")
        self.holder_radio.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.holder_radio)
        group.addButton(self.dependant_radio)
        roles = QVBoxLayout()  # one under the other: "Persoon ten laste van een lid" is long
        roles.addWidget(self.holder_radio)
        roles.addWidget(self.dependant_radio)
        self.role_label = QLabel(self.body)
        self.role_label.setObjectName("fieldLabel")
        self.form.addRow(self.role_label, roles)
        self.holder_niss = self.field("holderNiss")
        self.previous = QComboBox(self.body)
        self.previous.setObjectName("previousMutuality")
        self.previous.setMinimumHeight(64)
        self.previous_label = QLabel(self.body)
        self.previous_label.setObjectName("fieldLabel")
        # Under its label, the form's whole width: a mutuality's name is long in every language
        # ("600 — Auxiliary Fund for Sickness and Disability Insurance (CAAMI/HZIV)").
        self.previous_label.setBuddy(self.previous)
        self.form.addRow(self.previous_label)
        self.form.addRow(self.previous)
        # In the large mode a choice is longer than the screen's width: the choices are shown
        # in a list instead, each on its lines, and the combo box follows the list's choice.
        self.previous_list = ChoiceList(self.body)
        self.previous_list.setObjectName("previousMutualityList")
        self.previous_list.hide()
        self.form.addRow(self.previous_list)
        self.previous_list.currentRowChanged.connect(
            lambda row: self.previous.setCurrentIndex(row) if row >= 0 else None
        )
        self.previous.currentIndexChanged.connect(self._show_choice)
        self.phone = self.field("phone")
        self.email = self.field("email")
        self.effective = parts.label(self, "instruction", center=True)
        self.layout_.insertWidget(2, self.effective)
        self.sign_button = parts.button(self, "sign", self._sign, primary=True)
        self.finish_layout(self.sign_button)
        self._mutualities = None  # language -> [(code, name)]
        self._effective: tuple[bool, dt.date] | None = None
        self.dependant_radio.toggled.connect(self._role_changed)
        self.previous.currentIndexChanged.connect(lambda _i: self.changed.emit(self.values()))
        self._role_changed()
        self.retranslate()

    def prepare(self, person_lines: list[str], mutualities) -> None:
        """`mutualities(language)` lists (code, name) in that language (names follow a switch)."""
        self.person.setText("\n".join(person_lines))
        self._mutualities = mutualities
        self._fill_previous()

    def _fill_previous(self) -> None:
        current = self.previous.currentData()
        self.previous.blockSignals(True)
        self.previous.clear()
        self.previous.addItem(self.tr("None: I am not affiliated anywhere yet"), "")
        language = QLocale().name()[:2]
        for code, name in self._mutualities(language) if self._mutualities else ():
            self.previous.addItem(f"{code} — {name}", code)
        index = self.previous.findData(current) if current else 0
        self.previous.setCurrentIndex(max(index, 0))
        self.previous.blockSignals(False)
        self._list_choices()

    def _list_choices(self) -> None:
        texts = [self.previous.itemText(i) for i in range(self.previous.count())]
        self.previous_list.set_choices(texts, self.previous.currentIndex())

    def _show_choice(self, index: int) -> None:
        if self.previous_list.currentRow() != index:
            self.previous_list.setCurrentRow(index)

    def large_mode_changed(self, large: bool) -> None:
        super().large_mode_changed(large)
        self.previous.setVisible(not large)
        self.previous_list.setVisible(large)
        self.previous_label.setBuddy(self.previous_list if large else self.previous)
        self._list_choices()

    def _role_changed(self) -> None:
        dependant = self.dependant_radio.isChecked()
        self.holder_niss.setEnabled(dependant)
        self._labels["holderNiss"].setEnabled(dependant)

    def values(self) -> dict:
        return {
            "role": "dependant" if self.dependant_radio.isChecked() else "holder",
            "holder_niss": self.holder_niss.text(),
            "previous_mutuality": self.previous.currentData() or None,
            "phone": self.phone.text(),
            "email": self.email.text(),
        }

    def show_effective(self, mutation: bool, day: dt.date) -> None:
        self._effective = (mutation, day)
        self.retranslate()

    def _sign(self) -> None:
        self.sign.emit(self.values())

    def retranslate(self) -> None:
        super().retranslate()
        self.title.setText(self.tr("Join the mutuality"))
        self.role_label.setText(self.tr("I join as"))
        self.holder_radio.setText(self.tr("Holder (in my own right)"))
        self.dependant_radio.setText(self.tr("Dependant of a member"))
        self.set_label("holderNiss", self.tr("Holder's national number"))
        self.previous_label.setText(self.tr("Current mutuality"))
        self.previous_list.setAccessibleName(self.previous_label.text())
        self.set_label("phone", self.tr("Phone"))
        self.set_label("email", self.tr("Email"))
        self.sign_button.setText(self.tr("Sign with my eID card"))
        self.setAccessibleName(self.title.text())
        self.setAccessibleDescription(
            self.tr("Check your details, choose how you join, then Sign with my eID card.")
        )
        if self._mutualities:
            self._fill_previous()
        if self._effective is not None:
            mutation, day = self._effective
            if mutation:
                text = self.tr("Your change of mutuality would take effect on %1.")
            else:
                text = self.tr("Your affiliation would take effect on %1.")
            self.effective.setText(text.replace("%1", long_date(day)))

    def clear(self) -> None:
        super().clear()
        self.person.clear()
        self.effective.clear()
        self._effective = None
        self._mutualities = None
        self.holder_radio.setChecked(True)
        self.previous.setCurrentIndex(0)
