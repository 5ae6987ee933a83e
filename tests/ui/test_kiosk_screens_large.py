"""The kiosk's own screens in the large high-contrast mode (issue 17), and what the keypad and
speech reach on the welcome screen.

In the large mode every text is at least 44 px: the header puts the languages on a row of their
own under the state and the Speech and Large text buttons (the brand gives way), the home's
tiles stand in fewer columns (one where a German word is half the screen wide), the join form
shows the mutualities in a list (a name is longer than the screen's width at 44 px), a sentence
on a button wraps, and the on-screen keyboard shows its keys whole. The page scrolls up and down
(ui/main_window.py); nothing may be cut or wider than 1280 px (tests/support/fit.py). The walk
of tests/ui/test_screen_fit.py checks the same screens in a real visit; these tests check each
arrangement itself, quickly, and that it goes back in the normal mode.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLineEdit, QScrollArea, QTableWidget

from app.sync.worker import SyncStatus
from tests.support.access import controls as named_controls
from tests.support.access import wrong_language
from tests.support.fit import fit_problems
from ui.accessible import screen_summary
from ui.appearance import HIGH_CONTRAST, NORMAL
from ui.keys import controls as key_controls
from ui.message_screens import Message
from ui.screens.join import JoinScreen
from ui.screens.login import (
    CannotLoginScreen,
    ForgotPasswordScreen,
    LoginScreen,
    TokenLoginScreen,
)
from ui.screens.member import ActivationScreen, DeactivatedScreen, HomeScreen
from ui.screens.message import MessageScreen
from ui.screens.ticket import TicketScreen

LANGUAGES = ("fr", "nl", "de", "en")
MUTUALITIES = [
    ("200", "Landesbund der neutralen Krankenkassen"),
    ("600", "Hilfskasse für Kranken- und Invalidenversicherung (HKIV)"),
]


def window_in(make_window, qtbot, *, large: bool = True, mode: str = "kiosk"):
    window = make_window(mode, "fr")
    window.offer_languages(LANGUAGES)
    window.resize(1280, 1024)
    window.show()
    qtbot.waitExposed(window)
    if large:
        window.appearance.set_large(True)
    return window


def shown(window, qtbot, screen) -> None:
    if screen.name not in window.screens:
        window.add_screen(screen)
    window.show_screen(screen.name)
    settle(window, qtbot)


def settle(window, qtbot) -> None:
    qtbot.wait(10)
    window.resize(1280, 1024)
    qtbot.wait(10)


def problems(window) -> list[str]:
    forms = window.findChildren(QScrollArea, "formScroll")
    return fit_problems(window, scrolling=[window.page, *forms], tables_scroll=True)


def each_language(window, qtbot, check) -> list[str]:
    found = []
    for language in LANGUAGES:
        window.translations.set_language(language)
        settle(window, qtbot)
        found += [f"{language}: {problem}" for problem in check()]
    return found


# -- the header ----------------------------------------------------------------------------------


def test_the_large_header_puts_the_languages_under_the_state_and_shows_them_whole(
    make_window, qtbot
):
    window = window_in(make_window, qtbot)
    # The longest state there is: offline, the central server refusing this terminal's login.
    window.sync_indicator.show_status(SyncStatus(online=False, pending=12, problem="auth"))
    bar, access, state = window.language_bar, window.access_bar, window.sync_indicator

    def check() -> list[str]:
        found = problems(window)
        tops = {button.y() for button in bar.buttons.values()}
        if len(tops) != 1:
            found.append(f"the languages are not on one row: {sorted(tops)}")
        if bar.y() < access.y() + access.height() or bar.y() < state.y() + state.height():
            found.append("the languages are not under the state and the access buttons")
        if window.brand.isVisible():
            found.append("the brand still takes room")
        return found

    assert each_language(window, qtbot, check) == []
    assert window.header.height() < 1024 // 3
    window.appearance.set_large(False)  # the normal header: one row, the brand first
    settle(window, qtbot)
    assert window.brand.isVisible()
    assert bar.y() < access.y() + access.height()


# -- the welcome screen --------------------------------------------------------------------------


def test_the_large_welcome_wraps_its_sentences_on_buttons_and_shows_them_whole(make_window, qtbot):
    window = window_in(make_window, qtbot)
    welcome = window.screens["welcome"]
    welcome.offer_tickets(True)
    assert each_language(window, qtbot, lambda: problems(window)) == []
    caption = welcome.login_button.caption

    def lines() -> int:
        return caption.heightForWidth(caption.width()) // caption.fontMetrics().lineSpacing()

    assert lines() >= 2  # "No card? Log in with a password or a token" is wider than the screen
    window.appearance.set_large(False)
    settle(window, qtbot)
    assert lines() == 1  # where it has room: one line, as before


def test_the_staff_corner_is_out_of_reach_of_keys_and_of_speech(make_window, qtbot):
    window = window_in(make_window, qtbot, large=False)
    corner = window.screens["welcome"].staff_corner
    assert corner.isVisible()
    assert corner not in key_controls(window, window.key_regions())
    assert corner not in named_controls(window)
    window.activateWindow()
    for _ in range(12):  # round the whole screen with the keypad's "next"
        qtbot.keyClick(window, Qt.Key.Key_Tab)
        assert window.focusWidget() is not corner


def test_the_welcome_says_how_to_start_speech(make_window, qtbot):
    window = window_in(make_window, qtbot, large=False)
    window.translations.set_language("en")
    qtbot.wait(10)
    said = screen_summary(window.screens["welcome"])
    assert said.startswith("Welcome to your mutuality.")
    assert "Press plus on the keypad for speech." in said
    counter = window_in(make_window, qtbot, large=False, mode="counter")
    counter.translations.set_language("en")
    qtbot.wait(10)
    assert "keypad" not in screen_summary(counter.screens["welcome"])  # no speech at a counter


def test_each_screen_says_where_the_member_is_and_what_they_can_do(make_window, qtbot):
    """What speech says first on each screen (ui/accessible.py screen_summary): the screen's
    title, then what to do, in the language shown."""
    window = window_in(make_window, qtbot, large=False)
    message = MessageScreen(window.stack)
    message.show_message(Message("card_problem", "problem", {"reason": "expired"}))
    screens = [HomeScreen(window.stack), ActivationScreen(window.stack),
               DeactivatedScreen(window.stack), LoginScreen(window.stack),
               TokenLoginScreen(window.stack), ForgotPasswordScreen(window.stack),
               CannotLoginScreen(window.stack), JoinScreen(window.stack), message,
               TicketScreen(window.stack)]  # fmt: skip
    found = []
    for language in LANGUAGES:
        window.translations.set_language(language)
        qtbot.wait(10)
        for screen in screens:
            where, what = screen.accessibleName(), screen.accessibleDescription()
            if where != screen.title.text() or not what.strip():
                found.append(f"{language}, {screen.name}: {where!r} / {what!r}")
            for words in (where, what):
                other = wrong_language(words, language)
                if other is not None:
                    found.append(f"{language}, {screen.name}: {words!r} is in {other}")
    assert found == []
    # The message's whole sentence and what to do next, not its title alone.
    window.translations.set_language("en")
    qtbot.wait(10)
    assert screen_summary(message) == (
        "We cannot continue. Your card has expired. It cannot be used to identify you. "
        "Please go to the counter: a colleague will help you."
    )


# -- the home ------------------------------------------------------------------------------------


def test_the_home_tiles_stand_in_fewer_columns_in_the_large_mode(make_window, qtbot):
    window = window_in(make_window, qtbot, large=False)
    home = HomeScreen(window.stack)
    shown(window, qtbot, home)
    home.show_member("Manon", "password")
    columns = {}
    for language in LANGUAGES:
        window.translations.set_language(language)
        settle(window, qtbot)
        columns[language] = home.columns
    assert set(columns.values()) == {3}  # the normal mode: three, as always
    window.appearance.set_large(True)
    settle(window, qtbot)
    for language in LANGUAGES:
        window.translations.set_language(language)
        settle(window, qtbot)
        columns[language] = home.columns
    # "Krankenhausaufenthalt", "arbeidsongeschiktheid": a tile as wide as the screen.
    assert columns == {"fr": 2, "nl": 1, "de": 1, "en": 2}
    assert each_language(window, qtbot, lambda: problems(window)) == []
    window.appearance.set_large(False)
    settle(window, qtbot)
    assert home.columns == 3


# -- forms: the join form's mutualities, the keyboard --------------------------------------------


def test_the_join_form_lists_the_mutualities_in_the_large_mode_and_the_choice_carries(
    make_window, qtbot
):
    window = window_in(make_window, qtbot)
    join = JoinScreen(window.stack)
    shown(window, qtbot, join)
    join.prepare(["Alice Marie Dupont", "Rue de la Loi 16", "1000 Bruxelles"],
                 lambda _language: MUTUALITIES)  # fmt: skip
    join.show_effective(True, dt.date(2027, 1, 1))
    assert not join.previous.isVisible() and join.previous_list.isVisible()
    assert join.previous_list.count() == 3  # "None" and the two mutualities
    join.previous_list.setCurrentRow(2)
    assert join.values()["previous_mutuality"] == "600"
    assert each_language(window, qtbot, lambda: problems(window)) == []
    # Every choice whole: the list is as tall as its rows, the page scrolls, not the list.
    rows = sum(join.previous_list.visualItemRect(join.previous_list.item(r)).height()
               for r in range(3))  # fmt: skip
    assert join.previous_list.viewport().height() >= rows
    window.appearance.set_large(False)  # back to the combo box, the choice kept
    settle(window, qtbot)
    assert join.previous.isVisible() and not join.previous_list.isVisible()
    assert join.previous.currentData() == "600"
    join.previous.setCurrentIndex(1)
    assert join.previous_list.currentRow() == 1


def test_the_keyboard_shows_its_keys_whole_and_the_field_stays_in_view(make_window, qtbot):
    window = window_in(make_window, qtbot)
    form = CannotLoginScreen(window.stack)
    shown(window, qtbot, form)
    window.activateWindow()

    def typing() -> list[str]:
        form.email.setFocus()
        qtbot.waitUntil(window.keyboard.isVisible)
        settle(window, qtbot)
        found = problems(window)
        field = form.email.mapTo(window.page.viewport(), form.email.rect().topLeft())
        if not window.page.viewport().rect().contains(field):
            found.append("the field typed in is out of view")
        return found

    assert each_language(window, qtbot, typing) == []
    names = {key.accessibleName() for key in (window.keyboard.shift_key,
             window.keyboard.space_key, window.keyboard.back_key)}  # fmt: skip
    assert "" not in names and not names & {"⇧", "␣", "⌫"}
    assert isinstance(window.focusWidget(), QLineEdit)


# -- what Qt paints outside the stylesheet -------------------------------------------------------


def test_a_table_s_chosen_row_takes_the_mode_s_colours_and_the_switch_keeps_the_window(
    make_kiosk,
):
    """A table's selection is painted from the palette, not the stylesheet: black text on
    yellow in the large mode, white on the normal blue once back. And a switch never leaves the
    window wider or taller than its screen."""
    kiosk = make_kiosk()
    window, qtbot = kiosk.window, kiosk.qtbot
    window.resize(1280, 1024)
    window.show()
    qtbot.waitExposed(window)
    window.appearance.set_large(True)
    qtbot.wait(50)  # laid out, never resized back by the test
    assert window.size() == QSize(1280, 1024)
    table = window.findChild(QTableWidget, "reimbursementTable")
    chosen = QPalette.ColorRole.Highlight, QPalette.ColorRole.HighlightedText
    assert [table.palette().color(role).name() for role in chosen] == [
        HIGH_CONTRAST["primary"],
        HIGH_CONTRAST["on_primary"],
    ]
    window.appearance.set_large(False)
    qtbot.wait(50)
    assert [table.palette().color(role).name() for role in chosen] == [
        NORMAL["primary"],
        NORMAL["on_primary"],
    ]
    assert window.size() == QSize(1280, 1024)
