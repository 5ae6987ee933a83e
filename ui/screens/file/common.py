"""What the file's pages share: the sections and their names, `Page` (one section,
retranslated and cleared, told the large mode), `PageScroll` (a page's scroll area, which gives
way to the window's page in the large mode), and the bare `tr()` of texts that belong to no
page."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QFrame,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QWidget,
)


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


def large_mode(widget: QWidget) -> bool:
    """Whether the window shows the large high-contrast mode (ui/appearance.py); a widget
    outside the main window (a test's) is in the normal one."""
    appearance = getattr(widget.window(), "appearance", None)
    return bool(getattr(appearance, "large", False))


class PageScroll(QScrollArea):
    """A section's page in a scroll area of its own. In the normal mode the page scrolls within
    the screen. In the large mode, for the section shown (`set_grow(True)`), the area asks for
    the page's whole height at its width and the window's page scrolls instead
    (ui/main_window.py): one scroll for the whole screen, never one inside another."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.grow = False
        self._width = -1

    def setWidget(self, widget: QWidget) -> None:
        super().setWidget(widget)
        widget.installEventFilter(self)  # its layout's changes: the area's height follows

    def set_grow(self, grow: bool) -> None:
        if grow == self.grow:
            return
        self.grow = grow
        self.setVerticalScrollBarPolicy(
            Qt.ScrollBarPolicy.ScrollBarAlwaysOff if grow else Qt.ScrollBarPolicy.ScrollBarAsNeeded
        )
        self.updateGeometry()

    def page_height(self) -> int:
        """The height the page needs at the area's width."""
        page = self.widget()
        if page is None:
            return 0
        width = self.viewport().width()
        layout = page.layout()
        if layout is None or not layout.hasHeightForWidth():
            return page.minimumSizeHint().height()
        # Each wrapping label's lines at this width, and each other item's height (a table in
        # the large mode is as tall as its rows: parts.LargeTable).
        return max(
            layout.totalHeightForWidth(width),
            layout.totalMinimumHeightForWidth(width),
            page.minimumSizeHint().height(),
        )

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        if self.grow:
            hint.setHeight(max(hint.height(), self.page_height()))
        return hint

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        if self.grow:
            hint.setHeight(max(hint.height(), self.page_height()))
        return hint

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.grow and watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()
        return super().eventFilter(watched, event)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.grow and self.width() != self._width:  # its lines wrap otherwise: a new height
            self._width = self.width()
            self.updateGeometry()


class Page(QWidget):
    """One section: `retranslate()`, `clear()`, and the results the controller hands it.

    `large_mode_changed(large)`: the file's screen tells each page when the window enters or
    leaves the large mode (and when it is first shown in it); `self.large` says which."""

    large = False

    def retranslate(self) -> None:
        pass

    def large_mode_changed(self, large: bool) -> None:
        self.large = large

    def grow_area(self) -> PageScroll | None:
        """The page's own scroll area, when it is its section's (a page that scrolls inside
        itself: "My data"); the screen makes it grow in the large mode."""
        return None

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
