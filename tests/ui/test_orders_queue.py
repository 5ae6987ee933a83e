"""Orders and questions, end to end in the real windows: a kiosk and a counter on one central
database. The member orders and asks at the kiosk, staff work the queue at the counter, and the
member sees the result at their next visit; offline orders wait on the terminal and go once.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from app.domain.codes import InboxState
from app.services.session import Step
from app.store.models import DocumentOrder, Member, PostalLetter
from app.sync.apply import SignedForms, apply_pending
from app.sync.exchange import pull_results, push
from tests.support.visits import member_visit
from tests.ui.kiosk_harness import NOW
from tests.ui.test_file_screens import (
    member_by_id,
    open_section,
    open_with_card,
    outbox,
    wait_idle,
)

S = Step


def deliver(*terminals) -> list:
    """Each terminal's outbox to the central database, applied there, results back."""
    central = terminals[0].central
    for kiosk in terminals:
        push(kiosk.outbox.engine, central, now=NOW)
    outcomes = apply_pending(
        central, forms=SignedForms(tuple(terminals[0].pki.roots)), now=lambda: NOW
    )
    for kiosk in terminals:
        pull_results(kiosk.outbox.engine, central)
    return outcomes


def order(kiosk, kind: str, more: int = 0) -> None:
    page = kiosk.controller.file.orders
    kiosk.click(page.kind_buttons[kind])
    for _ in range(more):
        kiosk.click(page.plus)
    kiosk.click(page.continue_button)
    kiosk.qtbot.waitUntil(lambda: page._summary is not None or page.problem.text() != "")


def confirm(kiosk) -> None:
    page = kiosk.controller.file.orders
    kiosk.click(page.confirm_button)
    kiosk.qtbot.waitUntil(lambda: page.done.text() != "" or page.problem.text() != "")
    wait_idle(kiosk)


def statuses(table, column: int) -> list[str]:
    return [table.item(r, column).text() for r in range(table.rowCount())]


def staff_queue(counter, login=("clerk", "clerk-demo")):
    screen = counter.controller.staff_login
    screen.login.setText(login[0])
    screen.password.setText(login[1])
    counter.click(screen.login_button)
    counter.wait_for(S.DESK)
    counter.click(counter.controller.desk.queue_button)
    counter.wait_for(S.QUEUE)
    wait_idle(counter)
    queue = counter.controller.queue
    mine = queue.agency.currentData()
    assert mine is not None  # the clerk's own agency first
    queue.agency.setCurrentIndex(0)  # then every agency's: the demo members live all over
    queue.agency.activated.emit(0)
    wait_idle(counter)
    return queue


def settled(counter) -> None:
    """The counter reads what the central worker made of its actions (deliver brought the
    results back), and shows it."""
    counter.controller.queue_controller.check()
    wait_idle(counter)


def refresh(counter) -> None:
    counter.click(counter.controller.queue.refresh_button)
    wait_idle(counter)


def choose(counter, predicate) -> int:
    queue = counter.controller.queue
    rows = [r for r, item in enumerate(queue.items) if predicate(item)]
    assert rows, [(i.kind, i.what, i.member_name) for i in queue.items]
    queue.table.setCurrentCell(rows[0], 0)
    wait_idle(counter)
    return rows[0]


def test_an_order_at_the_kiosk_is_sent_at_the_counter_and_seen_sent_at_the_next_visit(
    make_kiosk, cases
):
    kiosk, counter = make_kiosk(), make_kiosk("counter")
    member = cases["active_account"]
    child = cases["dependant_16_17_mwp"]
    open_with_card(kiosk, member)
    file = open_section(kiosk, "orders")
    wait_idle(kiosk)
    index = file.person.findData(child.niss)
    file.person.setCurrentIndex(index)
    file.person.activated.emit(index)
    order(kiosk, "stickers", more=2)
    summary = file.orders.summary.text()
    assert "3 sheets of pink stickers" in summary and child.first_names in summary
    assert member.postcode in summary  # the post goes to the household's home
    confirm(kiosk)
    assert file.orders.done.text() == "Your order has been sent to the mutuality."
    assert statuses(file.orders.table, 3)[0] == "leaving this terminal"  # not pushed yet
    kiosk.slot.remove()
    kiosk.wait_for(S.WELCOME)
    assert [o.state for o in deliver(kiosk)] == [InboxState.APPLIED]

    queue = staff_queue(counter)
    row = choose(
        counter, lambda i: i.kind == "order" and i.quantity == 3 and i.member_niss == member.niss
    )
    assert queue.table.item(row, 2).text() == "3 sheets of pink stickers"
    assert queue.table.item(row, 5).text() == "new"
    counter.click(queue.take_button)
    wait_idle(counter)
    deliver(counter)
    refresh(counter)
    row = choose(counter, lambda i: i.kind == "order" and i.quantity == 3)
    assert queue.table.item(row, 6).text() == "Céline Dufrêne"  # taken: the others see by whom
    counter.click(queue.done_button)
    wait_idle(counter)
    assert queue.status.text() == "Sent to the mutuality: waiting for its answer."
    deliver(counter)
    settled(counter)
    assert queue.status.text() == "Done."
    assert not [i for i in queue.items if i.kind == "order" and i.quantity == 3]

    open_with_card(kiosk, member)
    file = open_section(kiosk, "orders")
    wait_idle(kiosk)
    index = file.person.findData(child.niss)
    file.person.setCurrentIndex(index)
    file.person.activated.emit(index)
    wait_idle(kiosk)
    texts = [
        (file.orders.table.item(r, 1).text(), file.orders.table.item(r, 3).text())
        for r in range(file.orders.table.rowCount())
    ]
    assert ("3 sheets of pink stickers", "sent on 25/11/2026") in texts


def test_the_same_order_twice_in_a_row_is_asked_about(make_kiosk, cases):
    kiosk = make_kiosk()
    open_with_card(kiosk, cases["active_account"])
    open_section(kiosk, "orders")
    wait_idle(kiosk)
    order(kiosk, "envelopes")
    confirm(kiosk)
    order(kiosk, "envelopes")
    page = kiosk.controller.file.orders
    assert page.repeat.text().startswith("You already ordered this on ")
    assert page.confirm_button.text() == "Yes, order again"
    kiosk.click(page.change_button)  # no: nothing more is queued
    assert page.summary_box.isHidden()
    assert len(outbox(kiosk, "document_order.create")) == 1
    order(kiosk, "envelopes")
    confirm(kiosk)  # yes: a second one
    assert len(outbox(kiosk, "document_order.create")) == 2


def test_the_number_chosen_with_plus_and_minus_is_said(make_kiosk, cases):
    """Speech and a screen reader hear the new number at each press of − or + (issue 17), and
    the two buttons say what they do, not "minus" and "plus"."""
    from ui.accessible import announcer

    kiosk = make_kiosk()
    open_with_card(kiosk, cases["active_account"])
    open_section(kiosk, "orders")
    wait_idle(kiosk)
    page = kiosk.controller.file.orders
    assert (page.minus.accessibleName(), page.plus.accessibleName()) == ("One less", "One more")
    heard: list[str] = []
    announcer().message.connect(heard.append)
    try:
        kiosk.click(page.kind_buttons["stickers"])
        for button in (page.plus, page.plus, page.minus):
            kiosk.click(button)
    finally:
        announcer().message.disconnect(heard.append)
    assert heard == ["How many? 2", "How many? 3", "How many? 2"]


def test_a_european_card_for_a_child_without_cover_is_refused_with_the_reason(make_kiosk, cases):
    kiosk = make_kiosk()
    open_with_card(kiosk, cases["active_account"])
    file = open_section(kiosk, "orders")
    wait_idle(kiosk)
    child = cases["cover_not_in_order"]
    index = file.person.findData(child.niss)
    file.person.setCurrentIndex(index)
    file.person.activated.emit(index)
    order(kiosk, "ehic")
    assert "needs cover in order" in file.orders.problem.text()
    assert file.orders.summary_box.isHidden()
    assert outbox(kiosk, "document_order.create") == []


def test_offline_an_order_waits_on_the_terminal_then_goes_once(make_kiosk, cases, tmp_path):
    from app.store.db import make_engine

    kiosk = make_kiosk(online=False)
    member = cases["active_account"]
    open_with_card(kiosk, member)
    file = open_section(kiosk, "orders")
    wait_idle(kiosk)
    real = kiosk.backend.file.central
    kiosk.backend.file.central = make_engine(f"sqlite:///{tmp_path / 'gone' / 'c.sqlite'}")
    order(kiosk, "incapacity_certificate")
    assert "for yourself" in file.orders.summary.text()
    confirm(kiosk)
    assert file.orders.done.text().endswith("until the connection is back.")
    assert statuses(file.orders.table, 3) == ["leaving this terminal"]
    assert "only the orders waiting on this terminal" in file.orders.mine_note.text()
    kiosk.slot.remove()
    kiosk.wait_for(S.WELCOME)
    kiosk.backend.file.central = real
    assert [o.state for o in deliver(kiosk)] == [InboxState.APPLIED]
    assert deliver(kiosk) == []  # once
    with kiosk.central.connect() as connection:
        kinds = connection.execute(
            select(DocumentOrder.kind).where(DocumentOrder.terminal == "test-terminal")
        ).scalars()
        assert list(kinds) == ["incapacity_certificate"]


def test_a_question_without_a_title_is_not_sent_and_keeps_what_was_typed(make_kiosk, cases):
    kiosk = make_kiosk()
    open_with_card(kiosk, cases["active_account"])
    file = open_section(kiosk, "requests")
    wait_idle(kiosk)
    page = file.requests
    assert page.contact_edits["email"].text() != ""  # the file's, to check
    page.message.setPlainText("Mon remboursement du 3 novembre n'est pas arrivé.")
    kiosk.click(page.send_button)
    wait_idle(kiosk)
    assert "Give your question a title." in page.problem.text()
    assert "Choose how we answer you" in page.problem.text()
    assert page.message.toPlainText() == "Mon remboursement du 3 novembre n'est pas arrivé."
    assert outbox(kiosk, "contact_request.create") == []


def test_a_question_answered_at_the_counter_shows_with_its_answer(make_kiosk, cases):
    kiosk, counter = make_kiosk(), make_kiosk("counter")
    member = cases["active_account"]
    open_with_card(kiosk, member)
    file = open_section(kiosk, "requests")
    wait_idle(kiosk)
    page = file.requests
    page.subject.setText("Remboursement de novembre")
    page.message.setPlainText("Il n'est pas arrivé.")
    kiosk.click(page.answer_buttons["letter"])
    kiosk.click(page.send_button)
    wait_idle(kiosk)
    assert page.done.text().startswith("Your question has been sent.")
    assert statuses(page.table, 1)[0] == "Remboursement de novembre"
    kiosk.slot.remove()
    kiosk.wait_for(S.WELCOME)
    deliver(kiosk)

    queue = staff_queue(counter)
    choose(counter, lambda i: i.kind == "request" and i.what == "Remboursement de novembre")
    counter.qtbot.waitUntil(lambda: "Il n'est pas arrivé." in queue.detail.text())
    assert "by letter:" in queue.detail.text() and member.postcode in queue.detail.text()
    counter.click(queue.done_button)  # no answer typed
    wait_idle(counter)
    assert queue.problem.text() == "Write the answer."
    queue.answer_edit.setPlainText("Il part demain sur votre compte.")
    counter.click(queue.done_button)
    wait_idle(counter)
    deliver(counter)
    refresh(counter)
    assert not [i for i in queue.items if i.what == "Remboursement de novembre"]
    counter.click(queue.back_button)
    counter.wait_for(S.DESK)
    counter.assert_nothing_left_of("Remboursement de novembre", member.first_names, member.niss)

    open_with_card(kiosk, member)
    file = open_section(kiosk, "requests")
    wait_idle(kiosk)
    assert statuses(file.requests.table, 2)[0] == "answered"
    file.requests.table.setCurrentCell(0, 1)
    assert "Answer: Il part demain sur votre compte." in file.requests.history.text()


def test_the_supervisor_prints_the_letters_and_they_are_marked_posted(
    make_kiosk, cases, cups_printer
):
    from app.services import accounts

    counter = make_kiosk("counter", printer=cups_printer.printer)
    niss = cases["no_online_account"].niss
    member_visit(counter.central, counter.outbox, niss, now=NOW)  # the member at a terminal
    owner = accounts.card_owner(counter.central, niss, today=NOW.date())
    accounts.request_activation(
        counter.central, counter.outbox, owner, actor="member", today=NOW.date()
    )
    counter.outbox.prover = None
    deliver(counter)
    queue = staff_queue(counter, ("supervisor", "supervisor-demo"))
    counter.qtbot.waitUntil(lambda: queue.print_letters_button.isEnabled())
    assert queue.letters_label.text() == "1 letter waits for the post."
    counter.click(queue.print_letters_button)
    counter.qtbot.waitUntil(
        lambda: queue.status.text() == "Sent to the mutuality: waiting for its answer.",
        timeout=20_000,
    )
    assert len(cups_printer.printed()) == 1
    deliver(counter)
    settled(counter)
    assert queue.status.text() == "Done."
    assert queue.letters_label.text() == "No letter waits for the post."
    with counter.central.connect() as connection:
        letter = connection.execute(select(PostalLetter.sent_on, PostalLetter.pdf)).one()
    assert letter.sent_on is not None and letter.pdf is None


def test_a_clerk_sees_no_letters_and_cannot_reactivate_an_account(make_kiosk, cases):
    counter = make_kiosk("counter")
    queue = staff_queue(counter)
    assert queue.letters_row.isHidden()
    counter.click(queue.back_button)
    counter.wait_for(S.DESK)
    member_file = counter.controller.member_file
    counter.controller.desk.niss.setText(cases["deactivated_account"].niss)
    counter.click(counter.controller.desk.search_button)
    counter.wait_for(S.MEMBER_FILE)
    wait_idle(counter)
    assert member_file.account.text() == "Online account: deactivated"
    assert member_file.reactivate_button.isHidden()


def test_the_supervisor_reactivates_an_account_and_a_clerk_registers_a_blocking_form(
    make_kiosk, cases
):
    counter = make_kiosk("counter")
    member = cases["deactivated_account"]
    staff_queue(counter, ("supervisor", "supervisor-demo"))
    counter.click(counter.controller.queue.back_button)
    counter.wait_for(S.DESK)
    counter.controller.desk.niss.setText(member.niss)
    counter.click(counter.controller.desk.search_button)
    counter.wait_for(S.MEMBER_FILE)
    wait_idle(counter)
    member_file = counter.controller.member_file
    counter.click(member_file.reactivate_button)
    wait_idle(counter)
    assert member_file.answer.text() == "Sent to the mutuality: waiting for its answer."
    deliver(counter)
    settled(counter)
    assert member_file.answer.text() == "Done."
    assert member_file.account.text() == "Online account: active"

    # A clerk, on another counter, registers a form that came by post two days ago.
    counter = make_kiosk("counter")
    staff_queue(counter)
    counter.click(counter.controller.queue.back_button)
    counter.wait_for(S.DESK)
    member_file = counter.controller.member_file
    holder = member_by_id(counter, cases["dependant_16_17_mwp"].holder_id)
    counter.controller.desk.niss.setText(holder.niss)
    counter.click(counter.controller.desk.search_button)
    counter.wait_for(S.MEMBER_FILE)
    wait_idle(counter)
    child = cases["dependant_16_17_mwp"]
    assert set(member_file.block_buttons) == {child.niss}  # of age (16 here); the 15-year-old not
    member_file.received_on.setDate(member_file.received_on.date().addDays(-2))
    counter.click(member_file.block_buttons[child.niss])
    wait_idle(counter)
    deliver(counter)
    settled(counter)
    assert member_file.block_buttons == {}
    with counter.central.connect() as connection:
        blocked_on = connection.execute(
            select(Member.access_blocked_on).where(Member.niss == child.niss)
        ).scalar()
    assert blocked_on == NOW.date() - dt.timedelta(days=2)
    assert (
        "no longer sees this file"
        in member_file.dependants.itemAt(0).widget().findChild(type(member_file.account)).text()
    )


def test_the_queue_screen_fits_and_leaves_nothing_when_the_clerk_goes_back(make_kiosk, cases):
    from tests.support.fit import texts_cut

    kiosk, counter = make_kiosk(), make_kiosk("counter", language="fr")
    member = cases["active_account"]
    open_with_card(kiosk, member)
    open_section(kiosk, "orders")
    wait_idle(kiosk)
    order(kiosk, "stickers")
    confirm(kiosk)
    kiosk.slot.remove()
    kiosk.wait_for(S.WELCOME)
    deliver(kiosk)
    counter.window.resize(1280, 1024)
    counter.window.show()
    counter.qtbot.waitExposed(counter.window)
    queue = staff_queue(counter, ("supervisor", "supervisor-demo"))
    choose(counter, lambda i: i.member_niss == member.niss and i.kind == "order")
    counter.qtbot.wait(20)
    assert counter.window.minimumSizeHint().width() <= 1280
    assert texts_cut(queue) == []
    counter.click(queue.back_button)
    counter.wait_for(S.DESK)
    assert queue.table.rowCount() == 0 and queue.items == ()
    counter.assert_nothing_left_of(member.first_names, member.niss)


def test_a_clerk_hears_when_another_was_faster(make_kiosk, cases):
    kiosk = make_kiosk()
    member = cases["active_account"]
    open_with_card(kiosk, member)
    page = open_section(kiosk, "requests").requests
    wait_idle(kiosk)
    page.subject.setText("Mes vignettes")
    page.message.setPlainText("Où en sont-elles ?")
    kiosk.click(page.answer_buttons["letter"])
    kiosk.click(page.send_button)
    wait_idle(kiosk)
    kiosk.slot.remove()
    kiosk.wait_for(S.WELCOME)
    deliver(kiosk)
    first, second = make_kiosk("counter"), make_kiosk("counter")
    slow = staff_queue(first)  # the clerk
    fast = staff_queue(second, ("supervisor", "supervisor-demo"))
    for counter in (first, second):
        choose(counter, lambda i: i.kind == "request" and i.what == "Mes vignettes")
    fast.answer_edit.setPlainText("Elles sont parties hier.")
    second.click(fast.done_button)
    wait_idle(second)
    deliver(second)
    slow.answer_edit.setPlainText("Elles partent demain.")
    first.click(slow.done_button)  # its list still shows the question open
    wait_idle(first)
    deliver(first)
    settled(first)
    assert slow.problem.text() == "This has been done meanwhile: the list shows it now."
    assert not [i for i in slow.items if i.what == "Mes vignettes"]  # read again


def test_another_person_chosen_drops_the_summary_made_for_the_first(make_kiosk, cases):
    kiosk = make_kiosk()
    member = cases["active_account"]
    open_with_card(kiosk, member)
    file = open_section(kiosk, "orders")
    wait_idle(kiosk)
    child = cases["dependant_16_17_mwp"]
    index = file.person.findData(child.niss)
    file.person.setCurrentIndex(index)
    file.person.activated.emit(index)
    wait_idle(kiosk)
    order(kiosk, "envelopes")
    assert child.first_names in file.orders.summary.text()
    index = file.person.findData(member.niss)
    file.person.setCurrentIndex(index)
    file.person.activated.emit(index)  # the mother now
    wait_idle(kiosk)
    assert file.orders.summary_box.isHidden() and file.orders._summary is None
    order(kiosk, "envelopes")
    confirm(kiosk)
    [entry] = outbox(kiosk, "document_order.create")
    assert entry.payload["for_niss"] == member.niss


def test_an_i_cannot_log_in_question_shows_in_the_queue_as_not_verified(make_kiosk, cases):
    from app.services import accounts

    counter = make_kiosk("counter")
    member = cases["deactivated_account"]
    accounts.cannot_log_in(  # no card, no login: it needs no proof, by its nature
        counter.outbox, niss_text=member.niss, message="Mon compte est bloqué.",
        phone="0470 12 34 56", email=None, actor="member", language="en",
    )  # fmt: skip
    assert [o.state for o in deliver(counter)] == [InboxState.APPLIED]
    queue = staff_queue(counter)
    choose(counter, lambda i: i.kind == "request" and "log in" in i.what)
    counter.qtbot.waitUntil(lambda: "Mon compte est bloqué." in queue.detail.text())
    assert "Not verified: asked without logging in." in queue.detail.text()


def test_a_clerk_logs_in_with_the_keys_alone_and_hears_each_field_by_its_name(make_kiosk):
    """The counter by keys (ui/keys.py): Tab reaches the login's fields, each named by its
    label (what a screen reader says), the password never said; Enter goes on and logs in."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from ui.accessible import spoken_text

    counter = make_kiosk("counter")
    counter.window.show()
    counter.window.activateWindow()
    counter.qtbot.waitUntil(counter.window.isActiveWindow)
    screen = counter.controller.staff_login

    def press(key) -> None:
        counter.qtbot.keyClick(QApplication.focusWidget() or counter.window, key)

    for _ in range(12):  # the header's languages come first
        press(Qt.Key.Key_Tab)
        if QApplication.focusWidget() is screen.login:
            break
    assert QApplication.focusWidget() is screen.login
    assert spoken_text(screen.login).startswith("Login.")
    counter.qtbot.keyClicks(screen.login, "clerk")
    press(Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is screen.password
    counter.qtbot.keyClicks(screen.password, "clerk-demo")
    assert spoken_text(screen.password).startswith("Password.")
    assert "clerk-demo" not in spoken_text(screen.password)
    press(Qt.Key.Key_Return)  # on to Log in
    assert QApplication.focusWidget() is screen.login_button
    press(Qt.Key.Key_Return)
    counter.wait_for(S.DESK)
    desk = counter.controller.desk
    assert spoken_text(desk.niss).startswith("National number.")
