"""Accident declarations, end to end in real windows (issue 16 item 1): the demo member sees the
two declarations of the ankle fracture with the care that raised each, fills one in and signs it
with the card's PIN (through the outbox to the central worker: then shown returned) and prints
the other; a household blocked by an overdue declaration is told so on the home and the
reimbursements, a password cannot sign it; the clerk registers the paper one received and the
block lifts; the Accidents service's queue lists a returned declaration and marks it handled.

One seeded database for the module (the tests follow one another on it, as the seed's
declarations are returned one by one).
"""

from __future__ import annotations

import base64
import datetime as dt
import itertools
import shutil

import pytest
from PySide6.QtWidgets import QLabel
from sqlalchemy import select, update

from app.domain.codes import AccidentStatus
from app.services.session import Step
from app.store.db import make_engine
from app.store.models import AccidentDeclaration, Member
from app.store.seed import STAFF
from tests.ui.kiosk_harness import TODAY, traces_of
from tests.ui.test_file_screens import (
    open_at_the_counter,
    open_section,
    open_with_card,
    open_with_password,
    outbox,
    pdf_text,
    wait_idle,
)
from tests.ui.test_orders_queue import choose, deliver, settled, staff_queue

S = Step
PIN = "2580"
ANKLE, CHECK_UP = dt.date(2024, 1, 1), dt.date(2024, 2, 1)  # the seed's ankle fracture
ACCIDENTS_ONLY = 4  # the queue's "Show" choice: the Accidents service's


@pytest.fixture(scope="module")
def central(seeded_central_file, tmp_path_factory):
    """One copy of the seeded database for the whole module (overrides the harness's)."""
    copy = tmp_path_factory.mktemp("accidents") / "central.sqlite"
    shutil.copy(seeded_central_file, copy)
    engine = make_engine(f"sqlite:///{copy}")
    yield engine
    engine.dispose()


_TERMINALS = itertools.count(1)


@pytest.fixture
def terminal(make_kiosk):
    """A kiosk or counter of its own name: on the module's one database, a terminal's sequence
    numbers are never another test's."""
    return lambda mode="kiosk", **kw: make_kiosk(
        mode, terminal_id=f"accidents-{next(_TERMINALS)}", **kw
    )


def member_of(central, **where):
    """The member of the seed's declaration presumed on `presumed_on` (or an overdue one)."""
    query = select(Member).join(AccidentDeclaration, AccidentDeclaration.member_id == Member.id)
    if "presumed_on" in where:
        query = query.where(AccidentDeclaration.presumed_on == where["presumed_on"])
    else:
        query = query.where(
            AccidentDeclaration.status == AccidentStatus.TO_RETURN,
            AccidentDeclaration.due_on < TODAY,
        )
    with central.connect() as connection:
        member = connection.execute(query.limit(1)).one_or_none()
    assert member is not None, f"the seed has no declaration {where or 'overdue'}"
    return member


@pytest.fixture
def ankle(central):
    return member_of(central, presumed_on=ANKLE)


@pytest.fixture
def blocked(central):
    return member_of(central)


def accidents_page(kiosk):
    file = open_section(kiosk, "accidents")
    wait_idle(kiosk)
    page = file.accidents
    kiosk.qtbot.waitUntil(lambda: page.mine is not None)
    return file, page


def to_return(page):
    return [d for d in page.mine.declarations if d.status == AccidentStatus.TO_RETURN]


def test_the_member_signs_one_declaration_with_the_pin_and_prints_the_other(
    terminal, ankle, cups_printer
):
    from app.documents.signing import check_signed_pdf

    kiosk = terminal(printer=cups_printer.printer)
    open_with_card(kiosk, ankle, pin=PIN)
    home = kiosk.controller.home
    wait_idle(kiosk)
    # The household's answer came (not a swallowed failure): returned in time, nothing held.
    kiosk.qtbot.waitUntil(lambda: home._block is not None)
    assert not home._block.blocked and home.block.isHidden()
    file, page = accidents_page(kiosk)
    assert page.heading.text() == "Accident declarations to return"
    assert "a legal obligation, even when it was not an accident" in page.hint.text()
    mine = to_return(page)
    assert [d.presumed_on for d in mine] == [ANKLE, CHECK_UP]  # two detections, two to return
    first, second = mine
    assert {c.care_date for c in first.care} >= {ANKLE} and first.care
    assert [c.care_date for c in second.care] == [CHECK_UP]
    box = page.fill_buttons[first.id].parentWidget()
    shown = "\n".join(w.text() for w in box.findChildren(QLabel))
    assert f"Care of 01/01/2024 — {ankle.first_names} {ankle.last_name}" in shown
    assert f"Return it by {first.due_on:%d/%m/%Y}." in shown
    for care in first.care:  # the date, the care in the member's language, the provider
        assert f"• {care.care_date:%d/%m/%Y} · {care.label} · {care.provider_name}" in shown
    assert "087/30.80.95" in page.contact.text() and "accidents@mutualia.be" in page.contact.text()

    # Fill in the first: an answer is needed, then what the service asks of an accident.
    kiosk.click(page.fill_buttons[first.id])
    form = page.form
    assert page.view == "form" and form.sign_button.isEnabled()
    assert form.rule.text() == "You sign the declaration with your eID card and PIN code."
    kiosk.click(form.sign_button)
    assert form.problem.text() == "Say whether it was an accident." and page.view == "form"
    form.accident.setChecked(True)
    assert form.details.isVisibleTo(page) and not form.fields["insurer"].isVisibleTo(page)
    form.kinds["sport"].setChecked(True)
    form.fields["place"].setText("Hall omnisports de Liège")
    kiosk.click(form.sign_button)
    kiosk.qtbot.waitUntil(lambda: form.problem.text() != "")
    assert form.problem.text() == "Type the day the accident happened.\nWrite what happened."
    assert page.view == "form" and form.fields["place"].text() == "Hall omnisports de Liège"
    form.happened_on.setText("01/01/2024")
    form.description.setPlainText("Entorse de la cheville pendant un match de volley.")
    form.third_party.setChecked(True)
    form.fields["third_party_name"].setText("Club de volley Ans")
    form.fields["insurer"].setText("Ethias")
    form.fields["policy_number"].setText("45.123.987")
    kiosk.click(form.sign_button)
    kiosk.qtbot.waitUntil(lambda: page.view == "sign")
    assert page.signing.what.text() == (
        "Type your PIN code to sign your accident declaration for the care of 01/01/2024."
    )
    kiosk.type_pin("1111", page.signing)
    kiosk.qtbot.waitUntil(lambda: "left" in page.signing.tries.text(), timeout=15_000)
    assert page.signing.tries.text() == "Wrong PIN code. 2 tries left."
    assert outbox(kiosk, "accident.declaration.return") == []
    kiosk.type_pin(PIN, page.signing)
    kiosk.qtbot.waitUntil(lambda: page.sent.text() != "", timeout=20_000)
    wait_idle(kiosk)
    assert page.view == "list" and page.signing.pad.field.text() == ""
    assert page.sent.text() == (
        "Your declaration for the care of 01/01/2024 is sent to the Accidents service with the "
        "form you signed."
    )
    [entry] = outbox(kiosk, "accident.declaration.return")
    assert entry.payload["declaration_id"] == first.id
    assert entry.payload["kind"] == "sport" and entry.payload["was_accident"] is True
    assert entry.payload["third_party_name"] == "Club de volley Ans"
    check = check_signed_pdf(base64.b64decode(entry.payload["signed_pdf"]),
                             trust_roots=kiosk.pki.roots)  # fmt: skip
    assert check.intact and check.trusted
    kiosk.qtbot.waitUntil(lambda: any(d.waiting_here for d in to_return(page)))
    assert first.id not in page.fill_buttons  # on its way: not signed twice
    note = page.print_buttons[first.id].parentWidget().findChild(QLabel, "accidentNote")
    assert note.text() == "You returned it here: it is on its way to the mutuality."

    # The other, printed with the member and the care on it, to fill in by hand.
    kiosk.click(page.print_buttons[second.id])
    kiosk.qtbot.waitUntil(lambda: file.status.property("kind") != "info", timeout=30_000)
    assert file.status.text() == "Printed: take your document from the printer."
    [printed] = cups_printer.printed()
    assert ankle.last_name in pdf_text(printed)

    # The central worker applies it: at the next visit it is returned, the other still to do.
    kiosk.slot.remove()
    kiosk.wait_for(S.WELCOME)
    wait_idle(kiosk)
    kiosk.assert_nothing_left_of(*traces_of(ankle), "Club de volley Ans", "Ethias")
    deliver(kiosk)
    open_with_card(kiosk, ankle, pin=PIN)
    _file, page = accidents_page(kiosk)
    assert [d.id for d in to_return(page)] == [second.id]
    name = f"{ankle.first_names} {ankle.last_name}"
    assert page.returned.text() == f"Care of 01/01/2024 — {name}: returned on {TODAY:%d/%m/%Y}."


def test_a_blocked_household_is_told_why_and_the_clerk_s_paper_declaration_lifts_it(
    terminal, blocked, tmp_path
):
    kiosk = terminal()
    open_with_password(kiosk, blocked)
    wait_idle(kiosk)
    home = kiosk.controller.home
    kiosk.qtbot.waitUntil(lambda: home.block.text() != "")
    overdue = min(
        d.due_on for d in _declarations(kiosk.central, blocked) if d.status == "to_return"
    )
    assert home.block.text() == (
        "Your household's reimbursements are held: an accident declaration was not returned by "
        f"{overdue:%d/%m/%Y}. Return it here (Accident declarations) or at the counter."
    )
    file = open_section(kiosk, "reimbursements")
    wait_idle(kiosk)
    assert file.reimbursements.block.text() == home.block.text()
    _file, page = accidents_page(kiosk)
    assert page.banner.text() == home.block.text()
    [declaration] = to_return(page)
    assert declaration.overdue
    box = page.fill_buttons[declaration.id].parentWidget()
    assert any(
        w.text() == f"It was to be returned by {overdue:%d/%m/%Y}: return it now."
        for w in box.findChildren(QLabel)
    )
    # A password proves who one is but cannot sign: said, and the paper form offered.
    kiosk.click(page.fill_buttons[declaration.id])
    form = page.form
    assert not form.sign_button.isEnabled() and not form.print_button.isHidden()
    assert form.rule.text().startswith("A password proves who you are but cannot sign")
    kiosk.click(form.back_button)
    kiosk.click(kiosk.controller.file.back_button)
    kiosk.wait_for(S.HOME)
    kiosk.click(home.finish_button)
    kiosk.wait_for(S.WELCOME)

    # At the counter: the paper declaration came in; registered, the block lifts.
    counter = terminal("counter")
    open_at_the_counter(counter, blocked)
    wait_idle(counter)
    member_file = counter.controller.member_file  # the clerk sees it up front
    counter.qtbot.waitUntil(lambda: member_file.block_banner.text() != "")
    assert member_file.block_banner.text().startswith("The household's reimbursements are held")
    file, page = accidents_page(counter)
    assert page.banner.text().startswith("The household's reimbursements are held")
    assert not page.save_buttons[declaration.id].isHidden()
    assert page.received_on.date().toPython() == TODAY
    target = tmp_path / "declaration.pdf"
    counter.controller.file_controller.choose_save_path = lambda _suggested: str(target)
    counter.click(page.save_buttons[declaration.id])
    counter.qtbot.waitUntil(lambda: file.status.property("kind") == "success", timeout=20_000)
    assert blocked.last_name in pdf_text(target.read_bytes())
    # Filled in with the member on the phone, saved for them to sign by hand.
    counter.click(page.fill_buttons[declaration.id])
    assert page.form.sign_button.isHidden() and not page.form.save_button.isHidden()
    page.form.not_accident.setChecked(True)
    filled = tmp_path / "filled.pdf"
    counter.controller.file_controller.choose_save_path = lambda _suggested: str(filled)
    counter.click(page.form.save_button)
    counter.qtbot.waitUntil(filled.exists, timeout=20_000)
    counter.qtbot.waitUntil(lambda: file.status.property("kind") == "success", timeout=20_000)
    assert blocked.last_name in pdf_text(filled.read_bytes())
    counter.click(page.form.back_button)
    counter.click(page.register_buttons[declaration.id])
    wait_idle(counter)
    assert page.answer.text() == "Sent to the mutuality: waiting for its answer."
    # Until its answer, not registered twice nor filled in.
    assert not page.register_buttons[declaration.id].isEnabled()
    assert not page.fill_buttons[declaration.id].isEnabled()
    deliver(counter)
    counter.controller.file_controller.accidents.check()
    wait_idle(counter)
    assert page.answer.text() == "The declaration is registered as returned."
    counter.qtbot.waitUntil(lambda: not to_return(page))
    assert page.banner.isHidden()
    assert f"returned on {TODAY:%d/%m/%Y}" in page.returned.text()
    file = open_section(counter, "reimbursements")
    wait_idle(counter)
    assert file.reimbursements.block.isHidden()
    counter.click(counter.controller.file.back_button)
    counter.wait_for(S.MEMBER_FILE)
    counter.qtbot.waitUntil(lambda: member_file.block_banner.text() == "")

    home._block = None
    open_with_password(kiosk, blocked)  # the member's next visit: nothing held any more
    wait_idle(kiosk)
    kiosk.qtbot.waitUntil(lambda: home._block is not None)  # the answer came
    assert not home._block.blocked and home.block.isHidden()


def _declarations(central, member):
    with central.connect() as connection:
        return connection.execute(
            select(AccidentDeclaration).where(AccidentDeclaration.member_id == member.id)
        ).all()


def test_the_accidents_service_s_queue_lists_a_returned_declaration_and_marks_it_handled(
    terminal, central, tmp_path
):
    """The supervisor handles it (a clerk handles those of their own agency's households)."""
    with central.connect() as connection:
        waiting = connection.execute(
            select(AccidentDeclaration.id).where(
                AccidentDeclaration.status == AccidentStatus.RECEIVED
            )
        ).first()
    if waiting is None:  # run alone: the seed's check-up X-ray came back on paper
        with central.begin() as connection:
            connection.execute(
                update(AccidentDeclaration)
                .where(AccidentDeclaration.presumed_on == CHECK_UP)
                .values(status=AccidentStatus.RECEIVED, received_on=TODAY, channel="counter")
            )
    counter = terminal("counter")
    queue = staff_queue(counter, STAFF[1][:2])  # the supervisor
    queue.show.setCurrentIndex(ACCIDENTS_ONLY)
    queue.show.activated.emit(ACCIDENTS_ONLY)
    wait_idle(counter)
    assert queue.items and {i.kind for i in queue.items} == {"accident"}
    signed = [i for i in queue.items if i.document_id is not None]  # the first test's return
    row = choose(counter, lambda i: i.kind == "accident" and (not signed or i in signed))
    item = queue.items[row]
    if signed:  # what the member answered, and the form they signed
        for line in ("An accident, during sport", "Happened on 01/01/2024",
                     "Place: Hall omnisports de Liège",
                     "What happened: Entorse de la cheville pendant un match de volley.",
                     "Third party: Club de volley Ans",
                     "Their insurer: Ethias, policy 45.123.987"):  # fmt: skip
            assert line in queue.detail.text().splitlines()
        assert not queue.form_button.isHidden()
        target = tmp_path / "signed.pdf"
        counter.controller.file_controller.choose_save_path = lambda _suggested: str(target)
        counter.click(queue.form_button)
        counter.qtbot.waitUntil(lambda: queue.status.property("kind") == "success", timeout=20_000)
        assert target.read_bytes().startswith(b"%PDF") and "Ethias" in pdf_text(target.read_bytes())
    else:
        assert "Its answers are on the paper declaration." in queue.detail.text()
        assert queue.form_button.isHidden()
    assert queue.table.item(row, 1).text() == "Accident"
    assert queue.table.item(row, 2).text() == f"{item.presumed_on:%d/%m/%Y}"
    assert queue.detail_title.text() == (
        f"Accident declaration received on {item.received_on:%d/%m/%Y}"
    )
    assert f"Presumed accident of {item.presumed_on:%d/%m/%Y}" in queue.detail.text()
    assert queue.done_button.text() == "Mark handled" and queue.take_button.isHidden()
    counter.click(queue.done_button)
    wait_idle(counter)
    assert queue.status.text() == "Sent to the mutuality: waiting for its answer."
    deliver(counter)
    settled(counter)
    assert queue.status.text() == "Done."
    assert all(i.item_id != item.item_id for i in queue.items)
    with central.connect() as connection:
        status = connection.execute(
            select(AccidentDeclaration.status).where(AccidentDeclaration.id == item.item_id)
        ).scalar_one()
    assert status == AccidentStatus.HANDLED


def test_a_declaration_that_may_have_crossed_gives_the_service_s_contact_and_offline_it_waits(
    qtbot,
):
    """Pages fed by hand: a second declaration for a date already returned says the documents
    may have crossed, with the Accidents service's phone and e-mail; signed while the central
    side is out of reach, it says it waits on the terminal."""
    from types import SimpleNamespace as N

    from PySide6.QtCore import QLocale

    from app.domain.codes import BankChangeMode
    from ui.screens.file.accidents import AccidentsPage

    saved = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.Belgium))
    try:
        page = AccidentsPage()
        qtbot.addWidget(page)
        care = (N(care_date=CHECK_UP, code="455015", label="X-ray", provider_name="CHU"),)
        declaration = N(id=7, member_niss="x", member_name="Ann Peeters", presumed_on=CHECK_UP,
                        opened_on=TODAY, due_on=TODAY + dt.timedelta(days=30), status="to_return",
                        received_on=None, overdue=False, care=care,
                        crossed_with=dt.date(2024, 1, 29), waiting_here=False)  # fmt: skip
        contact = N(phone="087/30.80.95", email="accidents@mutualia.be")
        mine = N(declarations=(declaration,), contact=contact,
                 block=N(blocked=False, since=None, own=()))  # fmt: skip
        page.opened(BankChangeMode.ALLOWED, TODAY)
        page.show_accidents(mine)
        note = page.print_buttons[7].parentWidget().findChild(QLabel, "accidentNote")
        assert note.text() == (
            "A declaration for care of 29/01/2024 was already returned: our documents may have "
            "crossed. If this care comes from the same accident, call the Accidents service at "
            "087/30.80.95 or write to accidents@mutualia.be."
        )
        assert page.banner.isHidden()
        page._fill_in(declaration)
        page.form.not_accident.setChecked(True)
        typed = page.form.typed()
        assert typed["was_accident"] is False and typed["kind"] is None
        assert typed["declaration_id"] == 7 and typed["third_party"] is False
        page.show_sent(offline=True)
        assert page.view == "list"
        assert page.sent.text() == (
            "Your declaration for the care of 01/02/2024 is sent to the Accidents service with "
            "the form you signed. It waits on this terminal until the connection is back."
        )
        # A return signed here and refused by the mutuality: said on that declaration.
        page.show_refused(7, "The signature of your card could not be checked.")
        refused = page.print_buttons[7].parentWidget().findChild(QLabel, "accidentRefused")
        assert refused.text() == (
            "Your signed declaration was refused: The signature of your card could not be checked."
        )
        page.clear()
        assert page.mine is None and page.sent.text() == "" and not page.print_buttons
        # At the counter: a paper one registered waits for its answer; the clerk's words.
        page.set_counter(True)
        page.opened(BankChangeMode.PASSWORD_LOGIN, TODAY)
        page.show_accidents(mine)
        assert page.print_buttons[7].parentWidget().findChild(QLabel, "accidentRefused") is None
        page.registering(7, True)
        assert not page.register_buttons[7].isEnabled() and not page.fill_buttons[7].isEnabled()
        page.show_accidents(mine)  # read again meanwhile: still waiting
        assert not page.register_buttons[7].isEnabled()
        page.registering(7, False)
        assert page.register_buttons[7].isEnabled() and page.fill_buttons[7].isEnabled()
        page.show_accidents(N(declarations=(), contact=contact, block=mine.block))
        assert page.empty.text() == "The member has no accident declaration to return."
        assert page.hint.text().startswith("Some care of the member suggests an accident.")
    finally:
        QLocale.setDefault(saved)
