"""Joining the mutuality: the affiliation form prefilled from the card, then signed with it."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import QButtonGroup, QComboBox, QLabel, QRadioButton, QVBoxLayout

from ui.messages import long_date
from ui.screens import parts
from ui.screens.login import FormScreen


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
        self.form.addRow(self.previous_label)
        self.form.addRow(self.previous)
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
        self.set_label("phone", self.tr("Phone"))
        self.set_label("email", self.tr("Email"))
        self.sign_button.setText(self.tr("Sign with my eID card"))
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
