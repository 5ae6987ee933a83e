"""What the file's pages share: the sections and their names, `Page` (one section,
retranslated and cleared), and the bare `tr()` of texts that belong to no page."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QLocale
from PySide6.QtWidgets import QAbstractSpinBox, QLineEdit, QPlainTextEdit, QWidget


def tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("", text, None, n)  # lupdate files a bare tr() there


def ui_language() -> str:
    """The screen's language as a code (fr, nl, de, en), from the locale the switch sets."""
    return QLocale().name()[:2]


SECTIONS = (
    "data",
    "reimbursements",
    "indemnities",
    "incapacity",
    "dmg",
    "maf",
    "young_savers",
    "agreements",
    "documents",
    "orders",
    "requests",
    "accidents",
    "appointments",
    "hospital",
    "fees",
)
# Sections about one person at a time (chosen in the person list); reimbursements also "all".
PER_PERSON = frozenset(
    {"reimbursements", "indemnities", "dmg", "maf", "agreements", "documents", "orders",
     "hospital", "fees"}
)  # fmt: skip
ALL = ""


def nav_title(key: str) -> str:
    """A section's short name, in the file's list of sections."""
    short = {
        "dmg": tr("DMG"),
        "maf": tr("MAF"),
        "agreements": tr("Agreements"),
        "orders": tr("Order"),
        "incapacity": tr("Incapacity"),
        "accidents": tr("Accidents"),
        "appointments": tr("Appointments"),
        "hospital": tr("Hospital stay"),
        "fees": tr("Fees"),
    }
    return short.get(key) or section_title(key)


def section_title(key: str) -> str:
    """A section's name, on the home tiles, in the file's list and as the screen's title."""
    return {
        "data": tr("My data"),
        "reimbursements": tr("Reimbursements"),
        "indemnities": tr("Indemnities"),
        "incapacity": tr("My incapacity"),
        "dmg": tr("Global medical file (DMG)"),
        "maf": tr("Maximum billing (MAF)"),
        "young_savers": tr("Young savers"),
        "agreements": tr("Medical agreements"),
        "documents": tr("My documents"),
        "orders": tr("Order documents"),
        "requests": tr("Contact us"),
        "bank_sign": tr("Sign the change of bank account"),
        "accidents": tr("Accident declarations"),
        "appointments": tr("Appointments"),
        "hospital": tr("Preparing a hospital stay"),
        "fees": tr("Fees and reimbursements"),
    }[key]


class Page(QWidget):
    """One section: `retranslate()`, `clear()`, and the results the controller hands it."""

    def retranslate(self) -> None:
        pass

    def clear(self) -> None:
        for edit in self.findChildren(QLineEdit):
            if not isinstance(edit.parent(), QAbstractSpinBox):  # a date field's inner editor
                edit.setText("")
        for edit in self.findChildren(QPlainTextEdit):
            edit.setPlainText("")  # setPlainText also forgets the undo history

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()  # texts, and amounts and dates in the new language's form
        super().changeEvent(event)
