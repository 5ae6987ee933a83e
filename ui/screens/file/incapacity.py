"""The "My incapacity" section: the period and its certificates, what the next certificate must
say and by when, the next payments and the indemnity's estimate (the overview), and the views
the member acts from: check a certificate, forms to print, work part time (signed with the
card), I resume work.

The views are shown one at a time under a row of tiles; the controller
(ui/incapacity_controller.py) asks the services and hands the answers to `show_*`. In the large
mode (issue 17) the tiles go on two rows and the views no longer scroll under them: their area
grows (`grow_area`, ui/screens/file/common.py) and the window's page scrolls, one scroll bar for
the whole screen."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from app.domain.codes import BankChangeMode
from ui.screens.file.common import Page, PageScroll
from ui.screens.file.incapacity_check import CheckView
from ui.screens.file.incapacity_overview import OverviewView
from ui.screens.file.incapacity_parts import ViewSwitcher
from ui.screens.file.incapacity_printouts import FormsView
from ui.screens.file.resumption import PartTimeView, SignView
from ui.screens.file.return_to_work import ReturnView

VIEWS = ("overview", "check", "forms", "part_time", "resume")


class IncapacityPage(Page):
    """The section: a switcher over the views, the overview first."""

    check = Signal(dict)  # covers_from, covers_to, received_on (dates or None), electronic
    print_form = Signal(str)  # IncapacityForm value
    save_form = Signal(str)
    preview = Signal(dict)  # the typed partial resumption form
    sign = Signal()  # the member asks to sign the request previewed
    declare_return = Signal(object, str)  # the day they resume, ResumedAs value

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("incapacityPage")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.switcher = ViewSwitcher(VIEWS, self)
        self.switcher.chosen.connect(self.show_view)
        layout.addWidget(self.switcher)
        # The views scroll under the switcher, which stays in view (as "My data" keeps its own
        # scrolling: screen.py does not wrap this page in another one).
        self.scroll = PageScroll(self)
        self.scroll.setObjectName("incapacityScroll")
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget(self.scroll)
        views = QVBoxLayout(body)
        views.setContentsMargins(0, 0, 0, 0)
        self.scroll.setWidget(body)
        layout.addWidget(self.scroll, 1)
        self.overview = OverviewView(body)
        self.checker = CheckView(body)
        self.forms = FormsView(body)
        self.part_time = PartTimeView(body)
        self.signing = SignView(body)
        self.resume = ReturnView(body)
        self.views: dict[str, QWidget] = {
            "overview": self.overview,
            "check": self.checker,
            "forms": self.forms,
            "part_time": self.part_time,
            "sign": self.signing,
            "resume": self.resume,
        }
        for view in self.views.values():
            views.addWidget(view)  # hidden ones take no room
        views.addStretch(1)
        self.checker.check.connect(self.check.emit)
        self.forms.print_form.connect(self.print_form.emit)
        self.forms.save_form.connect(self.save_form.emit)
        self.part_time.preview.connect(self.preview.emit)
        self.part_time.sign.connect(self.sign.emit)
        self.signing.cancelled.connect(lambda: self.show_view("part_time"))
        self.resume.declare.connect(self.declare_return.emit)
        self.view = "overview"
        self.show_view("overview")
        self.retranslate()

    # -- what the controller hands over ------------------------------------------------------
    def opened(self, bank: BankChangeMode, today: dt.date) -> None:
        """The section opens: the overview first; whether the request can be signed here (as
        the bank change: an eID login with the card in the reader); today's date as the
        default of the days asked."""
        self.show_view("overview")
        self.part_time.offer_signing(bank)
        self.checker.opened(today)
        self.resume.opened(today)

    def set_counter(self, counter: bool) -> None:
        self.forms.set_counter(counter)
        self.part_time.set_counter(counter)

    def show_incapacity(self, answer) -> None:
        """`answer`: (MyIncapacity, the forms offered to this member)."""
        mine, forms = answer
        self.overview.show_incapacity(mine, self.resume.sent_on)
        self.forms.show_forms(forms)
        self.checker.show_incapacity(mine)
        self.part_time.show_incapacity(mine)
        self.resume.show_incapacity(mine)

    def return_sent(self, offline: bool) -> None:
        """The return to work is queued: said here and on the overview until it is applied."""
        self.resume.show_sent(offline)
        self.overview.show_return(self.resume.sent_on)

    def show_view(self, key: str) -> None:
        if key != "sign":  # a PIN half typed does not wait on a hidden pad
            self.signing.clear()
        self.view = key
        for name, view in self.views.items():
            view.setVisible(name == key)
        self.scroll.verticalScrollBar().setValue(0)
        self.switcher.show_view("part_time" if key == "sign" else key)

    def leave(self) -> None:
        """Another section is shown: nothing of a PIN stays on the pad."""
        self.signing.clear()
        if self.view == "sign":
            self.show_view("part_time")

    # -- the large mode ----------------------------------------------------------------------
    def grow_area(self) -> PageScroll:
        return self.scroll  # the views' area: the screen makes it grow in the large mode

    def large_mode_changed(self, large: bool) -> None:
        super().large_mode_changed(large)
        self.switcher.set_large(large)
        self.overview.large_mode_changed(large)
        self.signing.large_mode_changed(large)

    # -- texts -------------------------------------------------------------------------------
    def retranslate(self) -> None:
        titles = {
            "overview": self.tr("Overview"),
            "check": self.tr("Check a certificate"),
            "forms": self.tr("Forms to print"),
            "part_time": self.tr("Work part time"),
            "resume": self.tr("I resume work"),
        }
        for key, button in self.switcher.buttons.items():
            button.setText(titles[key])
        for view in self.views.values():
            view.retranslate()

    def clear(self) -> None:
        super().clear()
        for view in self.views.values():
            view.clear()
        self.show_view("overview")
