"""The member's file: one screen with the section list on the left and a section on the right;
in the large mode (issue 17) Back and "All sections" above the section, the list a grid of big
buttons that opens in the section's place.

The screen shows service results only; ui/file_controller.py asks the services (which
enforce who may see whom) and hands the results to the pages. `clear()` empties every page."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QBoxLayout,
    QButtonGroup,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QScroller,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ui.appearance import reflow
from ui.screens import parts
from ui.screens.base import Screen
from ui.screens.file.accidents import AccidentsPage
from ui.screens.file.agreements import AgreementsPage
from ui.screens.file.appointments import AppointmentsPage
from ui.screens.file.bank_sign import BankSignPage
from ui.screens.file.common import (
    ALL,
    PER_PERSON,
    SECTIONS,
    Page,
    PageScroll,
    large_mode,
    nav_title,
    section_title,
)
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
        self.large = False
        # The large mode's frame (issue 17): the section list cannot stand beside the section at
        # 44 px. Back and "All sections" above the title; the sections' buttons in a grid that
        # opens in the section's place and closes once one is chosen.
        self.large_bar = QWidget(self)
        self.large_bar.setObjectName("fileBar")
        self._bar = reflow(QHBoxLayout(self.large_bar), "keep")  # two buttons that fit
        self._bar.setContentsMargins(0, 0, 0, 0)
        self.sections_button = parts.button(self.large_bar, "allSections", self._sections_tapped)
        self.sections_button.setCheckable(True)
        self._bar.addStretch(1)
        self._bar.addWidget(self.sections_button)
        self.large_bar.hide()
        self.layout_.insertWidget(0, self.large_bar)
        self.nav_grid_box = QWidget(self)
        self.nav_grid_box.setObjectName("fileNavGrid")
        self.nav_grid = QGridLayout(self.nav_grid_box)
        self.nav_grid.setContentsMargins(0, 0, 0, 0)
        self.nav_grid.setSpacing(8)
        self.nav_grid_box.hide()
        self.layout_.addWidget(self.nav_grid_box)
        self._columns = 0

        body = QHBoxLayout()
        self.nav_box = nav_box = QWidget(self)
        nav_box.setObjectName("fileNav")
        nav_box.setFixedWidth(248)  # the buttons' 240 px and a thin scroll bar
        self._nav_outer = outer = QVBoxLayout(nav_box)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(4)
        # Fifteen sections do not all fit beside a title on two lines above the demo's card
        # bar in every language: the list scrolls (up and down, never sideways; the section
        # chosen is kept in view) and the way back stays below it, always visible.
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
        self._nav_list = nav = QVBoxLayout(list_box)
        nav.setContentsMargins(0, 0, 0, 0)
        nav.setSpacing(4)
        self.nav_group = QButtonGroup(self)
        self.nav_group.setExclusive(True)
        self.nav: dict[str, QPushButton] = {}
        for key in SECTIONS:
            button = parts.button(list_box, f"section_{key}")
            button.setCheckable(True)
            button.clicked.connect(lambda _c=False, k=key: self._section_tapped(k))
            self.nav_group.addButton(button)
            self.nav[key] = button
            nav.addWidget(button)
        nav.addStretch(1)
        self.nav_scroll.setWidget(list_box)
        outer.addWidget(self.nav_scroll, 1)
        self.back_button = parts.button(self, "backHome", self.back.emit)
        outer.addWidget(self.back_button)
        body.addWidget(nav_box)
        self.section_box = QWidget(self)
        self.section_box.setObjectName("fileSection")
        right = QVBoxLayout(self.section_box)
        right.setContentsMargins(0, 0, 0, 0)
        # The person, and the reimbursements' order beside it; one under the other in the large
        # mode (a household's three first names at 44 px take the width).
        choices = reflow(QBoxLayout(QBoxLayout.Direction.LeftToRight), "stack")
        person_row = QHBoxLayout()
        self.person_label = parts.label(self.section_box, "fieldLabel")
        self.person = QComboBox(self.section_box)
        self.person.setObjectName("personChoice")
        self.person.setMinimumWidth(320)
        self.person.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.person.activated.connect(self._person_activated)
        self.person_label.setBuddy(self.person)  # the list's name, for speech
        person_row.addWidget(self.person_label)
        person_row.addWidget(self.person)
        person_row.addStretch(1)
        choices.addLayout(person_row)
        right.addLayout(choices)
        self._person_row = person_row
        self.stack = QStackedWidget(self.section_box)
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
        # not set the height of all of them, nor push the window past the screen. In the large
        # mode the section shown is as tall as it needs, and the window's page scrolls.
        self._holders: dict[str, QWidget] = {}
        for key, page in self.pages.items():
            if key in ("data", "incapacity"):  # scroll inside (a field, a switcher kept in view)
                holder = page
            else:
                holder = PageScroll(self.stack)
                holder.setWidget(page)
            self._holders[key] = holder
            self.stack.addWidget(holder)
        choices.addWidget(self.reimbursements.tools)  # the list's sort, beside the person
        right.addWidget(self.stack, 1)
        self.status = parts.label(self.section_box, "fileStatus")
        self.status.setProperty("kind", "info")
        right.addWidget(self.status)
        body.addWidget(self.section_box, 1)
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
            page.mail.allowed = not counter  # the member's own, at the kiosk (issue 19)
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
        self._open_sections(False)
        self.stack.setCurrentWidget(self._holders[key])
        self._grow()
        if self.large:  # the new section from its title (the page may be scrolled down)
            self._page_to_top()
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
        parts.keep_items_whole(self.person, 320)  # a household's three first names

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

    # -- the large mode (issue 17) -----------------------------------------------------------
    def _section_tapped(self, key: str) -> None:
        self._open_sections(False)
        self.section_chosen.emit(key)

    def _sections_tapped(self) -> None:
        self._open_sections(self.sections_button.isChecked())

    def _open_sections(self, shown: bool) -> None:
        """Large mode: the grid of sections in the section's place, or the section."""
        shown = shown and self.large
        self.sections_button.setChecked(shown)
        self.nav_grid_box.setVisible(shown)
        self.section_box.setVisible(not shown)
        self.title.setVisible(not shown)  # the section shown is the grid's marked button
        if shown:
            self._arrange_grid()
            self._page_to_top()

    def _page_to_top(self) -> None:
        page = getattr(self.window(), "page", None)  # the window's page (ui/main_window.py)
        if page is not None:
            page.verticalScrollBar().setValue(0)

    def _grow(self) -> None:
        """Large mode: the section shown as tall as it needs (the others ask for nothing, or
        the stack would be as tall as the tallest of them)."""
        for key, holder in self._holders.items():
            area = holder if isinstance(holder, PageScroll) else self.pages[key].grow_area()
            if area is not None:
                area.set_grow(self.large and key == self.section)

    def large_mode_changed(self, large: bool) -> None:
        """The frame of the mode: the list beside the section (normal), or Back and "All
        sections" above it and the list in a grid that opens in its place (large)."""
        if large == self.large:
            return
        self.large = large
        self.nav_box.setVisible(not large)
        self.large_bar.setVisible(large)
        self.layout_.setContentsMargins(*((8, 4, 8, 8) if large else (24, 8, 24, 8)))
        if large:
            self._bar.insertWidget(0, self.back_button)
            self._columns = 0
        else:
            for index, key in enumerate(SECTIONS):
                self._nav_list.insertWidget(index, self.nav[key])
                self.nav[key].show()  # a widget moved to another parent is hidden until shown
            self._nav_outer.addWidget(self.back_button)
        self.back_button.show()
        self._open_sections(False)
        for page in self.pages.values():
            page.large_mode_changed(large)
        self._grow()
        self.retranslate()

    def _arrange_grid(self) -> None:
        """The sections' buttons in as many columns as their widest text allows (two at 44 px
        in every language: "Arbeitsunfähigkeit")."""
        if not self.large:
            return
        buttons = [self.nav[key] for key in SECTIONS]
        for button in buttons:
            button.ensurePolished()
        widest = max(button.sizeHint().width() for button in buttons)
        margins = self.layout_.contentsMargins()
        room = self.width() - margins.left() - margins.right()
        spacing = self.nav_grid.horizontalSpacing()
        columns = max(1, min(3, (room + spacing) // (widest + spacing)))
        if columns == self._columns and self.nav_grid.count() == len(buttons):
            return
        self._columns = columns
        for index, button in enumerate(buttons):
            self.nav_grid.addWidget(button, index // columns, index % columns)
            button.show()  # moved from the list: hidden until shown
        for column in range(3):
            self.nav_grid.setColumnStretch(column, 1 if column < columns else 0)

    def _follow_mode(self) -> None:
        if large_mode(self) != self.large:
            self.large_mode_changed(not self.large)

    def showEvent(self, event) -> None:
        self._follow_mode()
        super().showEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.StyleChange:  # the mode sets the stylesheet again:
            QTimer.singleShot(0, self, self._follow_mode)  # once every widget has its font
        super().changeEvent(event)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.large and self.nav_grid_box.isVisible():
            self._arrange_grid()

    # -- texts -------------------------------------------------------------------------------
    def retranslate(self) -> None:
        title = section_title(self.section)
        self.title.setText(title)
        for key, button in self.nav.items():
            button.setText(nav_title(key))
        self.back_button.setText(self.tr("Back"))
        self.sections_button.setText(self.tr("All sections"))
        self.sections_button.setAccessibleDescription(
            self.tr("Shows the sections of your file, to choose another.")
        )
        self.person_label.setText(self.tr("For"))
        self.setAccessibleName(title)
        self.setAccessibleDescription(
            self.tr("Your file. Choose a section, or Back to leave your file.")
        )
        if self._people:
            self._fill_people()
        if self.large:
            self._columns = 0  # the texts' widths changed
            if self.nav_grid_box.isVisible():
                self._arrange_grid()

    def clear(self) -> None:
        for page in self.pages.values():
            page.clear()
        self._people = []
        self._picked = None
        self.person.clear()
        self.show_status("")
        self.section = "data"
        self.stack.setCurrentWidget(self._holders["data"])
        self._open_sections(False)
        self._grow()
        self.retranslate()
