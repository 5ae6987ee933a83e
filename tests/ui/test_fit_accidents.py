"""The accident declarations' pages show every text whole at 1280 × 1024 in French, Dutch,
German and English, at the kiosk and at the counter (tests/support/fit.py, as
tests/ui/test_screen_fit.py does): the home and the reimbursements of a blocked household with
their banner, the list with an overdue declaration, its form filled in with a third party and a
problem said, the PIN pad that signs it; at the counter the list with the paper declaration's
date and buttons, the form, and the queue with a returned declaration chosen. At the kiosk
also in the large mode (issue 17): the form in one column, each label above its field.

GUICHET_FIT_SHOTS=DIR saves the window at each check ("<mode>-<where>-<language>-….png").
One seeded database for the module.
"""

from __future__ import annotations

import datetime as dt
import shutil

import pytest
from sqlalchemy import update

from app.domain.codes import AccidentStatus
from app.services.session import Step
from app.store.db import make_engine
from app.store.models import AccidentDeclaration
from tests.ui.kiosk_harness import TODAY
from tests.ui.test_accidents_visit import member_of
from tests.ui.test_file_screens import open_at_the_counter, open_section
from tests.ui.test_orders_queue import choose
from tests.ui.test_screen_fit import insert_card, quiet, start

S = Step
PIN = "1234"


@pytest.fixture(scope="module")
def central(seeded_central_file, tmp_path_factory):
    """One copy of the seeded database for the whole module (overrides the harness's)."""
    copy = tmp_path_factory.mktemp("fit-accidents") / "central.sqlite"
    shutil.copy(seeded_central_file, copy)
    engine = make_engine(f"sqlite:///{copy}")
    yield engine
    engine.dispose()


def visit_the_declarations(fit, *, counter: bool) -> None:
    kiosk = fit.kiosk
    file = kiosk.window.screens["file"]
    page = file.accidents
    holder = file._holders["accidents"]

    def reimbursements() -> None:
        open_section(kiosk, "reimbursements")
        quiet(kiosk)
        page = file.reimbursements
        kiosk.qtbot.waitUntil(lambda: page.block.text() != "" and page.table.rowCount() > 0)
        page.table.setCurrentCell(0, 1)  # a payment's detail open: the page at its tallest
        kiosk.qtbot.waitUntil(lambda: page._detail is not None)

    if not fit.large:  # the large reimbursements: the kiosk walk's (its banner is the home's)
        fit.check("file reimbursements, held", again=reimbursements)

    def declarations() -> None:
        open_section(kiosk, "accidents")
        quiet(kiosk)
        kiosk.qtbot.waitUntil(lambda: page.mine is not None and page.banner.text() != "")

    fit.check("file accident declarations", scrolling=[holder], again=declarations)
    declaration = next(d for d in page.mine.declarations if d.status == AccidentStatus.TO_RETURN)
    kiosk.click(page.fill_buttons[declaration.id])
    form = page.form
    form.accident.setChecked(True)
    form.kinds["work"].setChecked(True)
    form.third_party.setChecked(True)
    form.fields["place"].setText("Chaussée de Louvain 1234, 1030 Schaerbeek")
    form.fields["third_party_name"].setText("Entreprise générale de construction Van den Broeck")
    kiosk.click(form.print_button if counter else form.sign_button)  # no date, no description
    kiosk.qtbot.waitUntil(lambda: form.problem.text() != "")
    fit.check("file accident declaration form", scrolling=[holder])
    label, field = form.labels["place"].geometry(), form.fields["place"].geometry()
    if fit.large:  # at 44 px each label above its field, the whole width theirs
        assert label.bottom() < field.top() and field.width() > 2 * label.width() // 3
    else:  # beside it
        assert label.right() < field.left()
    if not counter:
        form.happened_on.setText(f"{TODAY - dt.timedelta(days=90):%d/%m/%Y}")
        form.description.setPlainText("Chute d'un échafaudage sur le chantier.")
        kiosk.click(form.sign_button)
        kiosk.qtbot.waitUntil(lambda: page.view == "sign")
        fit.check("file accident declaration signature", scrolling=[holder])
        kiosk.click(page.signing.cancel_button)


@pytest.mark.parametrize(
    ("mode", "large"),
    [("kiosk", False), ("kiosk", True), ("counter", False)],
    ids=["kiosk", "kiosk-large", "counter"],
)
def test_the_accident_declarations_show_their_texts_whole(
    make_kiosk, central, tmp_path, mode, large
):
    blocked = member_of(central)
    fit = start(make_kiosk, tmp_path, mode, large=large)
    kiosk = fit.kiosk
    if mode == "kiosk":
        insert_card(kiosk, blocked, pin=PIN)
        kiosk.type_pin(PIN)
        kiosk.wait_for(S.HOME)
        home = kiosk.controller.home
        kiosk.qtbot.waitUntil(lambda: home.block.text() != "")
        fit.check("home, a household held")
    else:
        open_at_the_counter(kiosk, blocked)
        quiet(kiosk)
    visit_the_declarations(fit, counter=mode == "counter")
    if mode == "counter":  # the Accidents service's queue, a returned declaration chosen
        with central.begin() as connection:
            connection.execute(
                update(AccidentDeclaration)
                .where(AccidentDeclaration.status == AccidentStatus.TO_RETURN)
                .values(status=AccidentStatus.RECEIVED, received_on=TODAY, channel="terminal")
            )
        kiosk.click(kiosk.window.screens["file"].back_button)
        kiosk.qtbot.waitUntil(lambda: kiosk.step != S.FILE)
        kiosk.click(kiosk.controller.member_file.back_button)
        kiosk.wait_for(S.DESK)
        kiosk.click(kiosk.controller.desk.queue_button)
        kiosk.wait_for(S.QUEUE)
        quiet(kiosk)
        queue = kiosk.controller.queue
        queue.agency.setCurrentIndex(0)
        queue.agency.activated.emit(0)
        quiet(kiosk)
        choose(kiosk, lambda i: i.kind == "accident")
        fit.check("queue, an accident declaration chosen", scrolling=[queue.detail_scroll])
    assert fit.problems == [], "\n".join(fit.problems)
