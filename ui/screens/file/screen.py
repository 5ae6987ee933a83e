"""The member's file: one screen with the section list on the left and a section on the right.

The screen shows service results only; ui/file_controller.py asks the services (which
enforce who may see whom) and hands the results to the pages. `clear()` empties every page."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QScroller,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ui.screens import parts
from ui.screens.base import Screen
from ui.screens.file.accidents import AccidentsPage
from ui.screens.file.agreements import AgreementsPage
from ui.screens.file.appointments import AppointmentsPage
from ui.screens.file.bank_sign import BankSignPage
from ui.screens.file.common import ALL, PER_PERSON, SECTIONS, Page, nav_title, section_title
from ui.screens.file.dmg import DmgPage
from ui.screens.file.documents import DocumentsPage
from ui.screens.file.fees import FeesPage
from ui.screens.file.hospital import HospitalPage
from ui.screens.file.incapacity import IncapacityPage
from ui.screens.file.indemnities import IndemnitiesPage
from ui.screens.file.maf import MafPage
from ui.screens.file.my_data import MyDataPage
from ui.screens.file.orders import OrdersPage
from ui.screens.file.reimbursements import ReimbursementsPage
from ui.screens.file.requests import RequestsPage
from ui.screens.file.young_savers import YoungSaversPage


class FileScreen(Screen):
    name = "file"
    back = Signal()
    section_chosen = Signal(str)
    person_chosen = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.layout_.setContentsMargins(24, 8, 24, 8)
        body = QHBoxLayout()
        nav_box = QWidget(self)
        nav_box.setObjectName("fileNav")
        nav_box.setFixedWidth(248)  # the buttons' 240 px and a thin scroll bar
        outer = QVBoxLayout(nav_box)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(4)
        # Fifteen sections do not all fit beside a title on two lines above the demo's card
        # bar in every language: the list scrolls (up and down, never sideways; the section
        # chosen is kept in view) and the way back stays below it, always visible.
        nav_box.setStyleSheet(
            "QPushButton { min-height: 46px; } QScrollBar:vertical { width: 8px; }"
        )
        self.nav_scroll = QScrollArea(nav_box)
        self.nav_scroll.setObjectName("fileNavList")
        self.nav_scroll.setProperty("listScrolls", True)  # tests/support/fit.py
        self.nav_scroll.setWidgetResizable(True)
        self.nav_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.nav_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        QScroller.grabGesture(
            self.nav_scroll.viewport(), QScroller.ScrollerGestureType.TouchGesture
        )
        list_box = QWidget(self.nav_scroll)
        nav = QVBoxLayout(list_box)
        nav.setContentsMargins(0, 0, 0, 0)
        nav.setSpacing(4)
        self.nav_group = QButtonGroup(self)
        self.nav_group.setExclusive(True)
        self.nav: dict[str, QPushButton] = {}
        for key in SECTIONS:
            button = parts.button(list_box, f"section_{key}")
            button.setCheckable(True)
            button.clicked.connect(lambda _c=False, k=key: self.section_chosen.emit(k))
            self.nav_group.addButton(button)
            self.nav[key] = button
            nav.addWidget(button)
        nav.addStretch(1)
        self.nav_scroll.setWidget(list_box)
        outer.addWidget(self.nav_scroll, 1)
        self.back_button = parts.button(self, "backHome", self.back.emit)
        outer.addWidget(self.back_button)
        body.addWidget(nav_box)
        right = QVBoxLayout()
        person_row = QHBoxLayout()
        self.person_label = parts.label(self, "fieldLabel")
        self.person = QComboBox(self)
        self.person.setObjectName("personChoice")
        self.person.setMinimumWidth(320)
        self.person.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.person.activated.connect(self._person_activated)
        person_row.addWidget(self.person_label)
        person_row.addWidget(self.person)
        person_row.addStretch(1)
        right.addLayout(person_row)
        self._person_row = person_row
        self.stack = QStackedWidget(self)
        self.data = MyDataPage(self.stack)
        self.reimbursements = ReimbursementsPage(self.stack)
        self.indemnities = IndemnitiesPage(self.stack)
        self.incapacity = IncapacityPage(self.stack)
        self.dmg = DmgPage(self.stack)
        self.maf = MafPage(self.stack)
        self.young_savers = YoungSaversPage(self.stack)
        self.agreements = AgreementsPage(self.stack)
        self.documents = DocumentsPage(self.stack)
        self.orders = OrdersPage(self.stack)
        self.requests = RequestsPage(self.stack)
        self.bank_sign = BankSignPage(self.stack)
        self.accidents = AccidentsPage(self.stack)
        self.appointments = AppointmentsPage(self.stack)
        self.hospital = HospitalPage(self.stack)
        self.fees = FeesPage(self.stack)
        self.pages: dict[str, Page] = {
            "data": self.data,
            "reimbursements": self.reimbursements,
            "indemnities": self.indemnities,
            "incapacity": self.incapacity,
            "dmg": self.dmg,
            "maf": self.maf,
            "young_savers": self.young_savers,
            "agreements": self.agreements,
            "documents": self.documents,
            "orders": self.orders,
            "requests": self.requests,
            "bank_sign": self.bank_sign,
            "accidents": self.accidents,
            "appointments": self.appointments,
            "hospital": self.hospital,
            "fees": self.fees,
        }
        # Each page scrolls on its own: the tallest section (three MAF gauges, the PIN pad) must
        # not set the height of all of them, nor push the window past the screen.
        self._holders: dict[str, QWidget] = {}
        for key, page in self.pages.items():
            if key in ("data", "incapacity"):  # scroll inside (a field, a switcher kept in view)
                holder = page
            else:
                holder = QScrollArea(self.stack)
                holder.setWidgetResizable(True)
                holder.setFrameShape(QFrame.Shape.NoFrame)
                holder.setWidget(page)
            self._holders[key] = holder
            self.stack.addWidget(holder)
        person_row.addWidget(self.reimbursements.tools)  # the list's sort, beside the person
        right.addWidget(self.stack, 1)
        self.status = parts.label(self, "fileStatus")
        self.status.setProperty("kind", "info")
        right.addWidget(self.status)
        body.addLayout(right, 1)
        self.layout_.addLayout(body, 1)
        self.section = "data"
        self._people: list = []
        self._picked: str | None = None
        self.counter = False
        self.retranslate()

    # -- the controller's calls --------------------------------------------------------------
    def set_counter(self, counter: bool) -> None:
        """Counter mode: every printout can also be saved as a PDF."""
        self.counter = counter
        for page in (self.reimbursements, self.indemnities, self.documents):
            page.save_button.setVisible(counter)
        self.incapacity.set_counter(counter)
        self.accidents.set_counter(counter)
        self.appointments.set_counter(counter)
        self.hospital.set_counter(counter)

    def show_section(self, key: str) -> None:
        if key != "bank_sign":  # a PIN half typed, and the account, do not wait on the pad
            self.bank_sign.clear()
        if key != "incapacity":  # nor the partial resumption's PIN
            self.incapacity.leave()
        if key != "accidents":  # nor an accident declaration's
            self.accidents.leave()
        self.section = key
        if key in self.nav:
            self.nav[key].setChecked(True)
            # Once laid out (the screen may be shown only now): the chosen section in view.
            button = self.nav[key]
            QTimer.singleShot(0, self, lambda: self.nav_scroll.ensureWidgetVisible(button, 0, 8))
        self.stack.setCurrentWidget(self._holders[key])
        per_person = key in PER_PERSON
        self.person_label.setVisible(per_person)
        self.person.setVisible(per_person)
        self.reimbursements.tools.setVisible(key == "reimbursements")
        if per_person:
            self._fill_people()
        self.show_status("")
        self.retranslate()

    def set_people(self, people) -> None:
        self._people = list(people)
        self._fill_people()

    def _person_activated(self, _index: int) -> None:
        self._picked = self.person.currentData()
        self.person_chosen.emit()

    def _fill_people(self) -> None:
        # The person the member picked stays picked from section to section; until they pick,
        # reimbursements show everyone and the other sections the member themself.
        current = self._picked
        self.person.blockSignals(True)
        self.person.clear()
        if self.section == "reimbursements":
            self.person.addItem(self.tr("Everyone"), ALL)
        for p in self._people:
            label = f"{p.first_names} {p.last_name}"
            if p.is_self:
                label = self.tr("%1 (me)").replace("%1", label)
            self.person.addItem(label, p.niss)
        index = self.person.findData(current) if current is not None else -1
        if index < 0:  # the member themself by default, "everyone" for reimbursements
            index = 0
        self.person.setCurrentIndex(index)
        self.person.blockSignals(False)

    @property
    def has_people(self) -> bool:
        return bool(self._people)

    @property
    def current_page(self) -> Page:
        return self.pages[self.section]

    @property
    def person_niss(self) -> str | None:
        value = self.person.currentData()
        return value or None

    def show_status(self, text: str, kind: str = "info") -> None:
        self.status.setText(text)
        self.status.setProperty("kind", kind)
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)

    # -- texts -------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.title.setText(section_title(self.section))
        for key, button in self.nav.items():
            button.setText(nav_title(key))
        self.back_button.setText(self.tr("Back"))
        self.person_label.setText(self.tr("For"))
        if self._people:
            self._fill_people()

    def clear(self) -> None:
        for page in self.pages.values():
            page.clear()
        self._people = []
        self._picked = None
        self.person.clear()
        self.show_status("")
        self.section = "data"
        self.stack.setCurrentWidget(self._holders["data"])
        self.retranslate()
