"""Every screen shows every text whole at 1280 × 1024, in French, Dutch, German and English, in
kiosk and counter mode, with and without the demo's simulated card bar (issue 14); at the kiosk
also in the large high-contrast mode (issue 17: the page may scroll up and down, a table
sideways, as WCAG 1.4.10 allows a data table). At each screen and language every control is
also checked for an accessible name in that language and a control's role
(tests/support/access.py).

One real visit per mode walks the screens as a person would (tests/support/screens.py takes
the same path for the screenshots); at each screen the window is checked in each language,
without and then with the demo bar, by tests/support/fit.py: no label, button, tile, combo box
or table header shows less than its whole text, and no two widgets overlap. Forms, lists and
long sections may scroll up and down (never sideways); the rest must fit.

To look at what was checked: GUICHET_FIT_SHOTS=DIR saves the window at each check (about 400
pictures, "<mode>-<screen>-<language>-bar|plain.png").
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from app.cli.central import main as central_main
from app.services.session import Step
from app.store.seed import STAFF
from devices.simulated.card import VirtualCard
from devices.simulated.image import build_card_image
from devices.simulated.profile import load_profile
from tests.support.access import access_problems
from tests.support.access import controls as access_controls
from tests.support.fit import fit_problems
from tests.support.screens import _report_fleet
from tests.ui.kiosk_harness import member_profile
from tests.ui.test_file_screens import member_by_id, open_section, wait_idle
from tests.ui.test_orders_queue import choose, confirm, deliver, order, staff_queue
from ui.widgets.card_bar import SimulatedCardBar
from ui.wiring import PROFILES

S = Step
LANGUAGES = ("fr", "nl", "de", "en")
SHOTS = os.environ.get("GUICHET_FIT_SHOTS", "")


# -- the checker itself --------------------------------------------------------------------------


@pytest.fixture
def box(qtbot, translations):
    """A 400 × 300 window with the application's stylesheet, for the checker's own tests."""
    window = QWidget()
    window.resize(400, 300)
    QVBoxLayout(window)
    qtbot.addWidget(window)

    def shown() -> QWidget:
        window.show()
        qtbot.waitExposed(window)
        qtbot.wait(10)
        return window

    window.shown = shown
    return window


def test_the_checker_reports_a_button_narrower_than_its_text(box):
    button = QPushButton("Dossier médical global (DMG)", box)
    button.setFixedWidth(200)
    box.layout().addWidget(button)
    [problem] = fit_problems(box.shown())
    assert "Dossier médical global (DMG)" in problem and "needs" in problem


def test_the_checker_reports_a_label_without_word_wrap_cut_by_its_box(box):
    label = QLabel("Persoon ten laste van een lid", box)
    label.setFixedWidth(120)
    box.layout().addWidget(label)
    [problem] = fit_problems(box.shown())
    assert "Persoon ten laste" in problem and "no word wrap" in problem


def test_the_checker_reports_a_wrapped_label_too_short_for_its_lines(box):
    label = QLabel("Type the PIN code of your eID card, then press OK. Hide the keys.", box)
    label.setWordWrap(True)
    label.setFixedSize(200, 30)
    box.layout().addWidget(label)
    assert any("of height" in problem for problem in fit_problems(box.shown()))


def test_the_checker_reports_an_elided_combo_box_and_its_widest_item(box):
    combo = QComboBox(box)
    combo.addItems(["Alle Geschäftsstellen", "Antwerpen Centrum"])
    combo.setFixedWidth(160)
    box.layout().addWidget(combo)
    problems = fit_problems(box.shown())
    assert any("shows 'Alle Geschäftsstellen' cut" in problem for problem in problems)
    combo.setCurrentIndex(1)
    combo.addItem("Bestellungen und Fragen")
    assert any("would show cut" in problem for problem in fit_problems(box))


def test_the_checker_reports_a_column_title_elided_by_its_table(box):
    table = QTableWidget(1, 2, box)
    table.setHorizontalHeaderLabels(["Leistung und Leistungserbringer", "Betrag"])
    table.horizontalHeader().resizeSection(0, 60)
    box.layout().addWidget(table)
    problems = fit_problems(box.shown())
    assert any("'Leistung und Leistungserbringer' is elided" in problem for problem in problems)


def test_the_checker_reports_a_widget_cut_by_its_parent(box):
    inner = QWidget(box)
    inner.setGeometry(0, 0, 150, 80)
    label = QLabel("OK", inner)
    label.setGeometry(120, 10, 60, 40)  # 30 px beyond its parent's right edge
    box.layout().addWidget(QLabel("", box))
    problems = fit_problems(box.shown())
    assert any("'OK': cut by" in problem and "at the right" in problem for problem in problems)


def test_the_checker_reports_overlapping_siblings(box):
    first, second = QPushButton("1", box), QPushButton("2", box)
    box.layout().addWidget(first)
    box.layout().addWidget(second)
    box.shown()
    second.setGeometry(first.geometry().translated(0, first.height() // 2))
    assert any("overlap" in problem for problem in fit_problems(box))


def test_the_checker_passes_what_fits(box):
    for text in ("OK", "Annuler"):
        box.layout().addWidget(QPushButton(text, box))
    box.layout().addWidget(QLabel("Votre code PIN", box))
    assert fit_problems(box.shown()) == []


# -- the demo's card bar -------------------------------------------------------------------------


def test_the_demo_bar_offers_each_card_by_its_holders_name_and_case(make_kiosk, cases, tmp_path):
    kiosk = make_kiosk()
    bar = demo_bar(kiosk, tmp_path)
    offered = [bar.choice.itemText(i) for i in range(bar.choice.count())]
    member = cases["active_account"]
    first_name = member.first_names.split()[0]
    assert f"{first_name} {member.last_name} — active online account" in offered
    assert "Alice Dupont — not a member" in offered
    assert all(" — " in text and "_" not in text for text in offered), offered


# -- every screen ---------------------------------------------------------------------------------


class Fit:
    """Checks one window at each screen of a visit, in every language, without and with the
    demo's card bar, and keeps every problem found with where it was."""

    def __init__(self, kiosk, mode: str, bar: SimulatedCardBar, large: bool = False):
        self.kiosk, self.mode, self.bar = kiosk, mode, bar
        self.large = large  # the large high-contrast mode, for the whole walk (one polish)
        self.problems: list[str] = []
        self.controls_checked = 0

    def settle(self) -> None:
        for _ in range(4):
            self.kiosk.qtbot.wait(1)

    def check(self, where: str, *, scrolling=(), again=None) -> None:
        """`again()` shows the screen again after each change of language, for what comes in
        the language asked (a section's data: the GP consultations' names, an answer)."""
        window = self.kiosk.window
        # A form scrolls (the keyboard slides in under it): its fields may be below the fold.
        scrolling = [*scrolling, *window.findChildren(QScrollArea, "formScroll")]
        large = self.large
        # The end of a visit puts the normal mode back (the next member's choice): the walk's
        # member chooses the large mode again.
        window.appearance.set_large(large)
        # The large mode's page scrolls up and down; so do the tables within it, sideways.
        where_scrolling = [*scrolling, window.page] if large else scrolling
        for language in LANGUAGES:
            window.translations.set_language(language)
            if again is not None:
                again()
            self._check_language(where, language, large, where_scrolling)
        self.bar.setVisible(False)
        window.translations.set_language("en")
        self.settle()

    def _check_language(self, where: str, language: str, large: bool, scrolling) -> None:
        window = self.kiosk.window
        for with_bar in (False, True):
            self.bar.setVisible(with_bar)
            self.settle()
            # The terminal's window is the screen: a minimum wider than that widens it (and
            # is reported), and it never shrinks back by itself.
            window.resize(1280, 1024)
            self.settle()
            bar = "with the demo bar" if with_bar else "without the demo bar"
            mode = f"{self.mode} large" if large else self.mode
            if SHOTS:  # to look at them: GUICHET_FIT_SHOTS=DIR
                name = f"{mode}-{where}-{language}-{'bar' if with_bar else 'plain'}"
                file_name = re.sub(r"[^\w-]+", "-", name) + ".png"
                window.grab().save(str(Path(SHOTS) / file_name))
            self.problems += [
                f"{mode}, {language}, {bar}, {where}: {problem}"
                for problem in fit_problems(window, scrolling=scrolling, tables_scroll=large)
            ]
        if not large:  # names and roles: once per language (the mode changes no word)
            self.controls_checked += len(access_controls(window))
            self.problems += [
                f"{self.mode}, {language}, {where}: {problem}"
                for problem in access_problems(window, language)
            ]


def demo_bar(kiosk, tmp_path) -> SimulatedCardBar:
    """The bar `make demo` shows: a card per demo case (guichet-central demo-cards), then the
    shipped profiles."""
    folder = tmp_path / "demo-cards"
    assert (
        central_main(["--url", str(kiosk.central.url), "demo-cards", "--quiet", str(folder)]) == 0
    )
    profiles = sorted(folder.glob("*.toml")) + sorted(PROFILES.glob("*.toml"))
    bar = SimulatedCardBar(profiles, lambda _path: None, lambda: None, kiosk.window)
    kiosk.window.add_bottom_bar(bar)
    bar.hide()
    return bar


def start(make_kiosk, tmp_path, mode: str, large: bool = False) -> Fit:
    """A window to walk, in the large high-contrast mode when `large` (the kiosk's: the
    member's choice from the header, ui/main_window.py)."""
    kiosk = make_kiosk(mode)
    kiosk.window.resize(1280, 1024)
    kiosk.window.show()
    kiosk.qtbot.waitExposed(kiosk.window)
    if large:
        kiosk.window.appearance.set_large(True)
    return Fit(kiosk, mode, demo_bar(kiosk, tmp_path), large)


def insert_card(kiosk, member, pin: str = "1234") -> None:
    kiosk.insert(kiosk.card(member_profile(member, pin=pin)))
    kiosk.wait_for(S.PIN)


def quiet(kiosk) -> None:
    """No background work left: a result may start the next load (the people, then the
    section), so the pool is watched until it stays empty."""
    pool = QThreadPool.globalInstance()
    for _ in range(3):
        kiosk.qtbot.waitUntil(lambda: pool.activeThreadCount() == 0, timeout=10_000)
        kiosk.qtbot.wait(30)


def visit_the_file(fit: Fit) -> None:
    """Every section of the file with the demo data, the longest answers shown; each section
    is opened again in each language (its data come in the language asked)."""
    kiosk = fit.kiosk
    file = kiosk.window.screens["file"]

    def show(key: str) -> None:
        open_section(kiosk, key)
        quiet(kiosk)
        if key == "data":
            kiosk.qtbot.waitUntil(lambda: file.data._data is not None)
        if key == "data" and fit.mode == "kiosk":  # an unknown bank code: the longest answer
            kiosk.qtbot.waitUntil(file.data.check_button.isEnabled)
            file.data.iban_edit.setText("BE68539007547034")
            kiosk.click(file.data.check_button)
            kiosk.qtbot.waitUntil(lambda: file.data.iban_check.text() != "")
        if key == "reimbursements":
            page = file.reimbursements
            kiosk.qtbot.waitUntil(lambda: page.table.rowCount() > 0)
            page.table.setCurrentCell(0, 1)
            kiosk.qtbot.waitUntil(lambda: page._detail is not None)
            page.table.item(0, 0).setCheckState(Qt.CheckState.Checked)
        quiet(kiosk)

    for key in ("data", "reimbursements", "dmg", "maf", "young_savers", "agreements",
                "documents", "orders", "requests"):  # fmt: skip
        # Lists and forms scroll; a section shown at a glance (a payment's detail beside the
        # calculator, the MAF gauges, a decision) must fit the screen.
        long_page = key in ("data", "orders", "requests", "documents")
        holder = file.data.scroll if key == "data" else file._holders[key]
        fit.check(f"file {key}", scrolling=[holder] if long_page else [],
                  again=lambda key=key: show(key))  # fmt: skip
        if key == "data" and fit.mode == "kiosk":
            kiosk.click(file.data.sign_button)  # the PIN pad of the new bank account
            fit.check("file bank account signature")
            kiosk.click(file.bank_sign.cancel_button)
        if key == "orders":

            def summary() -> None:
                show("orders")
                page = file.orders
                kiosk.click(page.kind_buttons["stickers"])
                kiosk.click(page.continue_button)
                kiosk.qtbot.waitUntil(lambda: page._summary is not None)

            fit.check("file order summary", scrolling=[holder], again=summary)
        if key == "requests":

            def untitled() -> None:
                show("requests")
                file.requests.subject.setText("")
                kiosk.click(file.requests.send_button)
                kiosk.qtbot.waitUntil(lambda: file.requests.problem.text() != "")

            fit.check("file question without a title", scrolling=[holder], again=untitled)


@pytest.mark.parametrize("large", [False, True], ids=["normal", "large"])
def test_every_kiosk_screen_shows_its_texts_whole(make_kiosk, cases, tmp_path, large):
    fit = start(make_kiosk, tmp_path, "kiosk", large)
    kiosk, screens = fit.kiosk, fit.kiosk.window.screens
    fit.check("welcome")

    member = cases["active_account"]
    insert_card(kiosk, member, pin="2580")
    kiosk.qtbot.waitUntil(lambda: not screens["reading"].photo.pixmap().isNull())
    kiosk.window.show_screen("reading")
    fit.check("card reading")
    kiosk.window.show_screen("pin")
    kiosk.type_pin("1111")
    kiosk.qtbot.waitUntil(lambda: screens["pin"].message.text() != "", timeout=10_000)
    fit.check("PIN pad, a wrong PIN")
    kiosk.type_pin("2580")
    kiosk.wait_for(S.HOME)
    fit.check("home")
    kiosk.window.countdown.show_seconds(15)
    fit.check("home with the inactivity countdown")
    kiosk.window.countdown.show_seconds(-1)
    visit_the_file(fit)
    kiosk.slot.remove()
    kiosk.wait_for(S.WELCOME)

    insert_card(kiosk, cases["invalidity"])
    kiosk.type_pin("1234")
    kiosk.wait_for(S.HOME)
    file = kiosk.window.screens["file"]

    def indemnities() -> None:
        open_section(kiosk, "indemnities")
        quiet(kiosk)
        kiosk.qtbot.waitUntil(lambda: file.indemnities._data is not None)

    fit.check("file indemnities", scrolling=[file._holders["indemnities"]], again=indemnities)
    kiosk.slot.remove()
    kiosk.wait_for(S.WELCOME)

    insert_card(kiosk, cases["no_online_account"])
    kiosk.type_pin("1234")
    kiosk.wait_for(S.ACTIVATION)
    fit.check("activation")
    kiosk.click(screens["activation"].activate_button)
    kiosk.wait_for(S.DONE)
    fit.check("activation done")
    kiosk.slot.remove()
    kiosk.wait_for(S.WELCOME)

    insert_card(kiosk, cases["deactivated_account"])
    kiosk.type_pin("1234")
    kiosk.wait_for(S.DEACTIVATED)
    fit.check("deactivated account")
    kiosk.click(screens["deactivated"].help_button)
    kiosk.wait_for(S.CANNOT_LOGIN)
    fit.check("I cannot log in")
    kiosk.window.activateWindow()
    screens["cannot_login"].phone.setFocus()
    kiosk.qtbot.waitUntil(kiosk.window.keyboard.isVisible)
    fit.check("I cannot log in, typing")
    kiosk.slot.remove()
    kiosk.wait_for(S.WELCOME)

    kiosk.insert(kiosk.card(load_profile("alice-dupont-1.7-rsa.toml")))
    kiosk.wait_for(S.PIN)
    kiosk.type_pin("1234")
    kiosk.wait_for(S.JOIN)
    screens["join"].previous.setCurrentIndex(2)
    screens["join"].dependant_radio.setChecked(True)
    fit.check("join form")
    screens["join"].holder_radio.setChecked(True)
    kiosk.click(screens["join"].sign_button)
    kiosk.wait_for(S.SIGN_PIN)
    fit.check("PIN pad to sign")
    kiosk.type_pin("1234", screens["sign_pin"])
    kiosk.wait_for(S.DONE)
    fit.check("joined")
    kiosk.slot.remove()
    kiosk.wait_for(S.WELCOME)

    expired = member_profile(member, validity_begin="2014-01-01", validity_end="2024-01-01")
    kiosk.insert(VirtualCard(build_card_image(expired, kiosk.pki,
                                              key_cache=kiosk.pki_dir / "cards")))  # fmt: skip
    kiosk.wait_for(S.CARD_PROBLEM)
    fit.check("card problem")
    kiosk.slot.remove()
    kiosk.wait_for(S.WELCOME)

    kiosk.click(screens["welcome"].login_button)
    kiosk.wait_for(S.LOGIN)
    login = screens["login"]
    login.username.setText(member.niss)
    login.password.setText("wrong")
    kiosk.click(login.login_button)
    kiosk.qtbot.waitUntil(lambda: login.error.text() != "")
    fit.check("password login, refused")
    kiosk.click(login.token_button)
    kiosk.wait_for(S.TOKEN_LOGIN)
    token = screens["token_login"]
    token.username.setText(member.niss)
    kiosk.click(token.next_button)
    kiosk.qtbot.waitUntil(lambda: token.login_button.isVisible())
    fit.check("token login")
    kiosk.click(token.back_button)
    kiosk.wait_for(S.LOGIN)
    kiosk.click(login.forgot_button)
    kiosk.wait_for(S.FORGOT)
    fit.check("forgotten password")
    screens["forgot"].username.setText(member.niss)
    kiosk.click(screens["forgot"].send_button)
    kiosk.wait_for(S.DONE)
    fit.check("forgotten password, sent")
    kiosk.click(screens["message"].ok)
    kiosk.wait_for(S.WELCOME)

    kiosk.click(screens["welcome"].login_button)
    kiosk.wait_for(S.LOGIN)
    kiosk.click(login.register_button)
    kiosk.wait_for(S.REGISTER)
    fit.check("online access without a card")
    screens["register"].username.setText(cases["no_online_account"].niss)
    kiosk.click(screens["register"].send_button)
    kiosk.wait_for(S.DONE)
    fit.check("online access without a card, sent")
    kiosk.click(screens["message"].ok)
    kiosk.wait_for(S.WELCOME)

    # The member's own password: the letter's replaced first, then a change from home.
    from app.store.seed import DEMO_PASSWORD
    from tests.ui.test_password_visit import GOOD, change, log_in, must_change

    must_change(kiosk, member.niss)
    log_in(kiosk, member.niss)
    kiosk.wait_for(S.FIRST_PASSWORD)
    fit.check("own password instead of the letter's")
    change(kiosk, DEMO_PASSWORD, "password123!")
    kiosk.qtbot.waitUntil(lambda: screens["change_password"].error.text() != "")
    fit.check("own password, refused with advice")
    change(kiosk, DEMO_PASSWORD, GOOD)
    kiosk.wait_for(S.HOME)
    fit.check("home, password changed")
    kiosk.click(screens["home"].password_button)
    kiosk.wait_for(S.CHANGE_PASSWORD)
    fit.check("change my password")
    kiosk.click(screens["change_password"].back_button)
    kiosk.wait_for(S.HOME)
    kiosk.click(screens["home"].finish_button)
    kiosk.wait_for(S.WELCOME)

    for _ in range(screens["welcome"].STAFF_TAPS):
        kiosk.click(screens["welcome"].staff_corner)
    kiosk.wait_for(S.STAFF_CODE)
    fit.check("staff code")
    kiosk.type_pin("246810", screens["staff_pin"])
    kiosk.wait_for(S.MAINTENANCE)
    fit.check("maintenance")
    if not large:  # the closing note's figure (pytest -s)
        print(f"kiosk walk: {fit.controls_checked} controls' names and roles checked")
    assert fit.problems == [], "\n".join(fit.problems)


def test_every_counter_screen_shows_its_texts_whole(make_kiosk, cases, tmp_path):
    member = cases["active_account"]
    member_kiosk = make_kiosk()  # an order and a question from a terminal, for the queue
    insert_card(member_kiosk, member)
    member_kiosk.type_pin("1234")
    member_kiosk.wait_for(S.HOME)
    open_section(member_kiosk, "orders")
    wait_idle(member_kiosk)
    order(member_kiosk, "stickers")
    confirm(member_kiosk)
    page = open_section(member_kiosk, "requests").requests
    wait_idle(member_kiosk)
    page.subject.setText("Remboursement de novembre")
    page.message.setPlainText("Mon remboursement du 3 novembre n'est pas arrivé.")
    member_kiosk.click(page.answer_buttons["letter"])
    member_kiosk.click(page.send_button)
    wait_idle(member_kiosk)
    member_kiosk.slot.remove()
    member_kiosk.wait_for(S.WELCOME)
    deliver(member_kiosk)

    fit = start(make_kiosk, tmp_path, "counter")
    counter, screens = fit.kiosk, fit.kiosk.window.screens
    fit.check("staff login")
    queue = staff_queue(counter, STAFF[1])  # the supervisor: every button and the letters
    choose(counter, lambda i: i.member_niss == member.niss and i.kind == "order")
    fit.check("queue, an order chosen")
    choose(counter, lambda i: i.kind == "request" and i.what == "Remboursement de novembre")
    counter.qtbot.waitUntil(lambda: "novembre n'est pas" in queue.detail.text())
    fit.check("queue, a question chosen", scrolling=[queue.detail_scroll])
    queue.show.setCurrentIndex(1)
    queue.show.activated.emit(1)
    wait_idle(counter)
    fit.check("queue, orders only")
    queue.show.setCurrentIndex(0)
    counter.click(queue.back_button)
    counter.wait_for(S.DESK)
    fit.check("desk")

    counter.insert(counter.card(member_profile(member)))  # at the counter: no PIN
    counter.wait_for(S.MEMBER_FILE)
    counter.qtbot.waitUntil(lambda: screens["member_file"]._facts is not None)
    fit.check("member at the counter")
    counter.slot.remove()
    counter.wait_for(S.DESK)
    holder = member_by_id(counter, cases["blocked_dependant"].holder_id)
    desk = screens["desk"]
    desk.niss.setText(holder.niss)
    counter.click(desk.search_button)
    counter.wait_for(S.MEMBER_FILE)
    counter.click(screens["member_file"].open_button)
    counter.wait_for(S.FILE)
    visit_the_file(fit)
    counter.click(screens["file"].back_button)
    counter.qtbot.waitUntil(lambda: counter.step != S.FILE)

    _report_fleet(counter.central)
    if counter.step != S.DESK:
        counter.click(screens["member_file"].back_button)
        counter.wait_for(S.DESK)
    counter.click(desk.terminals_button)
    counter.wait_for(S.TERMINALS)
    terminals = screens["terminals"]
    counter.qtbot.waitUntil(lambda: terminals.fleet is not None)
    terminals.scope.setCurrentIndex(terminals.scope.findData(None))
    terminals.scope.activated.emit(terminals.scope.currentIndex())
    counter.qtbot.waitUntil(lambda: terminals.fleet.agency_id is None)
    fit.check("terminals, every agency")
    print(f"counter walk: {fit.controls_checked} controls' names and roles checked")
    assert fit.problems == [], "\n".join(fit.problems)


# -- My incapacity (issue 15) -----------------------------------------------------------------


def visit_my_incapacity(fit: Fit, member) -> None:
    """Each view of "My incapacity" with its longest answers: the overview of a running
    incapacity, a late certificate (the cut and the waiver), the forms, a part-time request
    previewed (at the terminal, its PIN pad), a return declared."""
    import datetime as dt

    from tests.ui.kiosk_harness import TODAY

    kiosk, counter = fit.kiosk, fit.mode == "counter"
    file = kiosk.window.screens["file"]
    page = file.incapacity
    holder = page.scroll  # the views scroll under the switcher

    def view(key: str) -> None:
        if file.section != "incapacity":
            open_section(kiosk, "incapacity")
            quiet(kiosk)
            kiosk.qtbot.waitUntil(lambda: page.overview._mine is not None)
        kiosk.click(page.switcher.buttons[key])

    view("overview")
    fit.check("incapacity overview", scrolling=[holder])
    mine = page.overview._mine
    nxt = mine.next_certificate
    view("check")
    checker = page.checker
    if nxt is not None:  # a prolongation ten days late: the cut, the loss and the waiver
        start = nxt.must_start_on
        checker.fields["covers_from"].setText(start.strftime("%d/%m/%Y"))
        checker.fields["covers_to"].setText((start + dt.timedelta(days=30)).strftime("%d/%m/%Y"))
        late = nxt.must_arrive_by + dt.timedelta(days=10)
        checker.fields["received_on"].setText(late.strftime("%d/%m/%Y"))
    kiosk.click(checker.check_button)
    kiosk.qtbot.waitUntil(lambda: checker.details.text() != "" or checker.problem.text() != "")
    fit.check("incapacity certificate checked", scrolling=[holder])
    view("forms")
    fit.check("incapacity forms", scrolling=[holder])
    view("part_time")
    part = page.part_time
    monday = TODAY + dt.timedelta(days=7 - TODAY.weekday())  # next Monday: late already
    for key, value in (("starts_on", monday.strftime("%d/%m/%Y")), ("work_hours", "19"),
                       ("reference_hours", "38"),
                       ("employer", "Boulangerie-Pâtisserie Van den Broeck-Dupont")):  # fmt: skip
        part.fields[key].setText(value)
    kiosk.click(part.preview_button)
    kiosk.qtbot.waitUntil(lambda: part.result.text() != "" or part.problem.text() != "")
    fit.check("incapacity part-time work", scrolling=[holder])
    if not counter and part.sign_button.isEnabled():
        kiosk.click(part.sign_button)
        fit.check("incapacity part-time signature", scrolling=[holder])
        kiosk.click(page.signing.cancel_button)
    view("resume")
    if page.resume.declare_button.isEnabled():
        kiosk.click(page.resume.declare_button)
        kiosk.qtbot.waitUntil(lambda: page.resume.done.text() != "")
    fit.check("incapacity return declared", scrolling=[holder])


@pytest.mark.parametrize(
    ("mode", "large"),
    [("kiosk", False), ("counter", False), ("kiosk", True)],
    ids=["kiosk", "counter", "kiosk-large"],
)
def test_my_incapacity_shows_its_texts_whole(make_kiosk, cases, tmp_path, mode, large):
    member = cases.get("incapacity_running") or cases["invalidity"]
    fit = start(make_kiosk, tmp_path, mode, large)
    kiosk = fit.kiosk
    if mode == "kiosk":
        insert_card(kiosk, member, pin="2580")
        kiosk.type_pin("2580")
        kiosk.wait_for(S.HOME)
        fit.check("home with My incapacity")
    else:
        from tests.ui.test_file_screens import open_at_the_counter

        open_at_the_counter(kiosk, member)
    visit_my_incapacity(fit, member)
    assert fit.problems == [], "\n".join(fit.problems)


def test_the_medical_adviser_s_queue_shows_its_texts_whole(make_kiosk, cases, tmp_path):
    """The adviser's items of the queue and the paper certificate's form, in every language."""
    from tests.ui.test_medical_queue import ADVISER, ask_part_time, medical_queue, resumption_of

    fit = start(make_kiosk, tmp_path, "counter")
    counter = fit.kiosk
    member = cases["incapacity_running"]
    ask_part_time(counter, member)
    queue = medical_queue(counter, ADVISER)
    choose(counter, resumption_of(member))
    fit.check("queue, a partial resumption chosen", scrolling=[queue.detail_scroll])
    counter.click(queue.certificate_button)
    fit.check("queue, a paper certificate to register")

    def every_problem() -> None:
        counter.click(queue.certificate.register_button)  # nothing typed
        counter.qtbot.waitUntil(lambda: queue.certificate.problem.text() != "")

    fit.check("queue, a paper certificate with problems", again=every_problem)
    counter.click(queue.certificate.cancel_button)
    choose(counter, resumption_of(member))
    queue.answer_edit.setPlainText("Le travail proposé ne convient pas à votre état de santé.")
    counter.click(queue.refuse_button)
    wait_idle(counter)
    deliver(counter)

    # The member's "My requests" with the decision and its reason.
    kiosk = make_kiosk()
    kiosk.window.resize(1280, 1024)
    kiosk.window.show()
    kiosk.qtbot.waitExposed(kiosk.window)
    member_fit = Fit(kiosk, "kiosk", demo_bar(kiosk, tmp_path / "member"))
    insert_card(kiosk, member)
    kiosk.type_pin("1234")
    kiosk.wait_for(S.HOME)
    file = kiosk.window.screens["file"]

    def decision() -> None:
        open_section(kiosk, "requests")
        quiet(kiosk)
        kiosk.qtbot.waitUntil(lambda: file.requests.resumption.text() != "")

    member_fit.check("file requests, a partial resumption refused",
                     scrolling=[file._holders["requests"]], again=decision)  # fmt: skip
    assert fit.problems + member_fit.problems == [], "\n".join(fit.problems + member_fit.problems)


def test_the_member_file_with_a_paper_certificate_to_register_shows_its_texts_whole(
    make_kiosk, cases, tmp_path
):
    """The member file screen at the counter with the certificate's form open, then with every
    problem said, for a holder whose dependants of age are listed (the tallest file screen)."""
    from tests.ui.test_medical_queue import open_the_file_at_the_desk

    fit = start(make_kiosk, tmp_path, "counter")
    counter = fit.kiosk
    holder = member_by_id(counter, cases["blocked_dependant"].holder_id)
    screen = open_the_file_at_the_desk(counter, holder, STAFF[1][:2])  # a supervisor
    counter.qtbot.waitUntil(lambda: screen._facts is not None)
    counter.click(screen.certificate_button)
    fit.check("member file, a paper certificate to register", scrolling=[screen.scroll])

    def every_problem() -> None:
        form = screen.certificate
        form.doctor.setText("")
        form.kind.setCurrentIndex(0)  # a first certificate, no work status chosen
        form.covers_to.setDate(form.covers_from.date().addDays(-3))
        counter.click(form.register_button)
        counter.qtbot.waitUntil(lambda: form.problem.text().count("\n") == 2)

    fit.check("member file, a paper certificate with problems", scrolling=[screen.scroll],
              again=every_problem)  # fmt: skip
    assert fit.problems == [], "\n".join(fit.problems)
