"""Accident declarations at the terminal and the counter (issue 16, domain.md §10, §14): a
declaration not returned within the federation's delay blocks the household's file until a
clerk registers the paper one, on the member's file; the member returns one signed with the
card, and the central worker files it for the Accidents service, where a clerk of the member's
agency or a supervisor handles it; a second declaration for an accident already returned says
the documents may have crossed; what does not fit is refused with its code.

One seeded database for the module (the tests use different declarations of it)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from app.domain.codes import InboxState, LoginMode
from app.gate.visits import close_visit, open_visit
from app.services import accidents, queue, staff
from app.services.errors import InvalidForm, Refused
from app.services.file_backend import FileBackend
from app.services.member_file import FileSession
from app.services.member_file.accidents import FileBlock, file_block, my_accidents
from app.store.db import writer
from app.store.models import AccidentDeclaration, Document, Member, ReimbursementLine
from app.sync.accident_detection import detect
from app.sync.terminal import Outbox
from tests.integration.services.conftest import NOW, TODAY, seeded
from tests.support.cards import sign_as
from tests.support.visits import member_visit

FRACTURE, CHECK_UP = dt.date(2024, 1, 1), dt.date(2024, 2, 1)


@pytest.fixture(scope="module")
def central(tmp_path_factory):
    engine = seeded(f"sqlite:///{tmp_path_factory.mktemp('accidents') / 'central.sqlite'}")
    yield engine
    engine.dispose()


@pytest.fixture
def outbox(terminal, request):
    """A terminal of its own per test: the module's central inbox has seen the others'."""
    return Outbox(terminal, f"borne-acc-{request.node.name[-12:]}")


def session_of(central, case: str) -> FileSession:
    return FileSession(central.cases[case], LoginMode.EID)


def clerk(central, login: str = "clerk") -> staff.StaffSession:
    return staff.staff_login(central, login, f"{login}-demo", now=NOW)


def clerk_visit(central, desk: staff.StaffSession, niss: str):
    """The clerk's visit of the member's file, as the gatekeeper opens it for the counter (the
    real clock: the inbox stamps an operation's arrival with it)."""
    with Session(writer(central)) as session, session.begin():
        return open_visit(session, niss=niss, mode="staff", terminal_id="guichet-acc",
                          login_role=None, now=dt.datetime.now(dt.UTC),
                          staff_id=desk.staff_id, reason="accident")  # fmt: skip


def end_visit(central, grant) -> None:
    with Session(writer(central)) as session, session.begin():
        close_visit(session, grant.visit_id, login_role=None, now=dt.datetime.now(dt.UTC),
                    reason="finish")  # fmt: skip


def fracture_form(declaration_id: int, **changes) -> accidents.AccidentForm:
    typed = {
        "declaration_id": declaration_id,
        "was_accident": True,
        "kind": "sport",
        "happened_on": "01/01/2024",
        "place": "Stade communal, Anderlecht",
        "description": "Une cheville tordue en jouant au football.",
        "third_party": False,
    }
    return accidents.parse_accident_form(**{**typed, **changes}, today=TODAY)


def test_the_block_after_the_delay_is_lifted_by_the_clerks_paper_registration(
    central, outbox, deliver
):
    session = session_of(central, "incapacity_running")
    mine = my_accidents(central, session, TODAY, language="de")
    (late,) = mine.declarations
    assert late.status == "to_return" and late.overdue and late.due_on < TODAY
    assert mine.block == FileBlock(True, late.due_on, (late.id,))
    assert [c.code for c in late.care] == ["590015", "423010"]
    assert (mine.contact.phone, mine.contact.email) == ("087/30.80.95", "accidents@mutualia.be")
    # The example's declarations are due 30 days (accident_return_days) after they opened:
    # not blocked yet; the day after, blocked.
    example = session_of(central, "bim")
    first = my_accidents(central, example, TODAY, language="fr").declarations[0]
    assert first.due_on == first.opened_on + dt.timedelta(days=30)
    with central.connect() as connection:
        member_id = connection.execute(
            select(Member.id).where(Member.niss == example.niss)
        ).scalar_one()
        assert not file_block(connection, member_id, first.due_on).blocked
        assert file_block(connection, member_id, first.due_on + dt.timedelta(days=1)).since == (
            first.due_on
        )

    backend_day = dt.date(2026, 11, 24)
    visit = clerk_visit(central, clerk(central), session.niss)
    with pytest.raises(InvalidForm) as invalid:
        accidents.register_paper(outbox, clerk(central), session.niss, late.id,
                                 TODAY + dt.timedelta(days=1), today=TODAY)  # fmt: skip
    assert invalid.value.problems == {"received_on": "in_future"}
    accidents.register_paper(outbox, clerk(central), session.niss, late.id, backend_day,
                             today=TODAY)  # fmt: skip
    assert [o.state for o in deliver(central)] == [InboxState.APPLIED]
    end_visit(central, visit)
    after = my_accidents(central, session, TODAY, language="de")
    assert after.block == FileBlock(False, None, ())
    assert (after.declarations[0].status, after.declarations[0].received_on) == (
        "received",
        backend_day,
    )
    # The Accidents service's queue lists it until it is handled.
    desk = clerk(central)
    items = [i for i in queue.open_items(central, desk, now=NOW) if i.kind == accidents.ACCIDENT]
    assert [(i.item_id, i.presumed_on, i.received_on, i.channel) for i in items] == [
        (late.id, late.presumed_on, backend_day, "post")
    ]
    accidents.handle(outbox, desk, items[0])
    assert [o.state for o in deliver(central)] == [InboxState.APPLIED]
    assert not [i for i in queue.open_items(central, desk, now=NOW) if i.kind == "accident"]


def test_a_declaration_signed_with_the_card_is_filed_and_a_second_detection_says_crossed(
    central, outbox, deliver, pki, monkeypatch
):
    from app.documents import signing

    session = session_of(central, "bim")
    fracture, check_up = my_accidents(central, session, TODAY, language="fr").declarations
    assert (fracture.presumed_on, check_up.presumed_on) == (FRACTURE, CHECK_UP)
    assert len(fracture.care) == 3 and len(check_up.care) == 1

    backend = FileBackend(central, outbox, trust_roots=pki.roots, pkcs11_module="",
                          terminal_id="t", today=lambda: TODAY)  # fmt: skip
    member_visit(central, outbox, session.niss)
    # A form the card signed for the other declaration is not this one's.
    other = sign_as(
        backend.accident_form_pdf(session, fracture_form(check_up.id, happened_on="01/02/2024"),
                                  check_up.id, language="fr"),
        pki, session.niss,
    )  # fmt: skip
    monkeypatch.setattr(signing, "sign_pdf_on_card", lambda _reader, _pdf, **_: other)
    with pytest.raises(Refused) as refused:
        backend.sign_and_queue_accident(None, session, fracture_form(fracture.id), "1234",
                                        actor="member", language="fr")  # fmt: skip
    assert (refused.value.code, str(refused.value)) == ("signature_invalid", "form_mismatch")

    monkeypatch.setattr(
        signing, "sign_pdf_on_card", lambda _reader, pdf, **_: sign_as(pdf, pki, session.niss)
    )
    backend.sign_and_queue_accident(None, session, fracture_form(fracture.id), "1234",
                                    actor="member", language="nl")  # fmt: skip
    waiting = my_accidents(central, session, TODAY, language="fr", outbox=outbox)
    assert waiting.declarations[0].waiting_here
    with pytest.raises(Refused) as twice:  # already on its way
        backend.sign_and_queue_accident(None, session, fracture_form(fracture.id), "1234",
                                        actor="member", language="fr")  # fmt: skip
    assert twice.value.code == "declaration_already_returned"
    assert [o.state for o in deliver(central)] == [InboxState.APPLIED]
    with central.connect() as connection:
        row = connection.execute(
            select(AccidentDeclaration).where(AccidentDeclaration.id == fracture.id)
        ).one()
        document = connection.execute(select(Document).where(Document.id == row.document_id)).one()
    assert (row.status, row.received_on, row.channel, row.kind, row.happened_on) == (
        "received", TODAY, "terminal", "sport", FRACTURE,
    )  # fmt: skip
    assert document.signed and document.kind == "accident_declaration"

    # The plaster's invoice comes in later: a second detection of the same accident opens a
    # second declaration, which says the documents may have crossed.
    with central.begin() as connection:
        line = connection.execute(
            select(ReimbursementLine).where(ReimbursementLine.nomenclature_code == "290015")
        ).first()
        row = {column: getattr(line, column) for column in line._fields if column != "id"}
        connection.execute(insert(ReimbursementLine),
                           {**row, "care_date": FRACTURE + dt.timedelta(days=3),
                            "official_fee": Decimal("45.90")})  # fmt: skip
    assert detect(central, today=TODAY, now=NOW).declarations_opened == 1
    again = my_accidents(central, session, TODAY, language="fr").declarations
    crossed = [d for d in again if d.status == "to_return" and d.crossed_with is not None]
    assert [(d.presumed_on, d.crossed_with) for d in crossed] == [
        (FRACTURE + dt.timedelta(days=3), FRACTURE)
    ]
    assert not [d for d in again if d.presumed_on == CHECK_UP and d.crossed_with]


def test_what_does_not_fit_is_refused_with_its_code(central, outbox, deliver):
    with pytest.raises(InvalidForm) as invalid:
        accidents.parse_accident_form(
            declaration_id=1, was_accident=True, kind="", happened_on="31/02/2024", place=" ",
            description="", third_party=True, police_report="x" * 61, today=TODAY,
        )  # fmt: skip
    assert invalid.value.problems == {
        "kind": "accident_kind_required",
        "happened_on": "accident_date_invalid",
        "place": "accident_place_required",
        "description": "accident_description_required",
        "third_party_name": "third_party_name_required",
        "police_report": "too_long",
    }
    assert invalid.value.values["max_police_report"] == 60
    with pytest.raises(InvalidForm) as future:
        fracture_form(1, happened_on=TODAY + dt.timedelta(days=1))
    assert future.value.problems == {"happened_on": "in_future"}
    # Not an accident: no place, kind or third party is kept, whatever was typed.
    nothing = accidents.parse_accident_form(
        declaration_id=1, was_accident=False, kind="road", place="Mons", third_party=True,
        today=TODAY,
    )  # fmt: skip
    assert (nothing.kind, nothing.place, nothing.third_party) == ("not_an_accident", None, False)

    session = session_of(central, "bim")
    stranger = session_of(central, "incapacity_running")
    theirs = my_accidents(central, stranger, TODAY, language="fr").declarations[0]
    with pytest.raises(Refused) as unknown:
        accidents.accident_form_pdf(central, session, None, theirs.id, language="fr", today=TODAY)
    assert unknown.value.code == "unknown_declaration"
    check_up = next(
        d
        for d in my_accidents(central, session, TODAY, language="fr").declarations
        if d.presumed_on == CHECK_UP
    )
    late_form = fracture_form(check_up.id, happened_on="02/02/2024")
    with pytest.raises(InvalidForm) as after:
        accidents.accident_form_pdf(
            central, session, late_form, check_up.id, language="fr", today=TODAY
        )
    assert after.value.problems == {"happened_on": "accident_after_care"}
    # The worker: another member's declaration, one not received yet handled, a paper dated
    # before the declaration was opened.
    desk, supervisor = clerk(central), clerk(central, "supervisor")
    visit = clerk_visit(central, desk, session.niss)
    accidents.register_paper(outbox, desk, session.niss, theirs.id, TODAY, today=TODAY)
    item = queue.QueueItem(**_item(session.niss, check_up.id))
    accidents.handle(outbox, supervisor, item)
    accidents.register_paper(outbox, desk, session.niss, check_up.id,
                             check_up.opened_on - dt.timedelta(days=1), today=TODAY)  # fmt: skip
    outcomes = deliver(central)
    end_visit(central, visit)
    assert [(o.state, o.reason) for o in outcomes] == [
        (InboxState.REJECTED, "unknown_declaration"),
        (InboxState.REJECTED, "declaration_not_received"),
        (InboxState.REJECTED, "received_before_opened"),
    ]


def test_a_paper_is_registered_on_the_member_s_file_and_handled_by_their_agency(
    central, outbox, deliver
):
    """A clerk registers a paper declaration only during their own visit of the member's file
    (not outside one, not in a colleague's, not after it closed); the Accidents service's
    clerk handles it for a member of their agency, a supervisor for any."""
    session = session_of(central, "bim")  # Liège-Verviers; the clerk is of Mons
    mine = my_accidents(central, session, TODAY, language="fr").declarations
    check_up = next(d for d in mine if d.presumed_on == CHECK_UP)
    desk, supervisor = clerk(central), clerk(central, "supervisor")

    def register() -> list:
        accidents.register_paper(outbox, desk, session.niss, check_up.id, TODAY, today=TODAY)
        return [(o.state, o.reason) for o in deliver(central)]

    refused = [(InboxState.REJECTED, "declaration_not_in_visit")]
    assert register() == refused  # no visit at all
    theirs = clerk_visit(central, supervisor, session.niss)
    assert register() == refused  # a colleague's visit of the file
    end_visit(central, theirs)
    mine = clerk_visit(central, desk, session.niss)
    end_visit(central, mine)
    assert register() == refused  # their own, closed
    mine = clerk_visit(central, desk, session.niss)
    assert register() == [(InboxState.APPLIED, None)]
    end_visit(central, mine)

    item = queue.QueueItem(**_item(session.niss, check_up.id))
    accidents.handle(outbox, desk, item)
    assert [(o.state, o.reason) for o in deliver(central)] == [
        (InboxState.REJECTED, "declaration_other_agency")
    ]
    accidents.handle(outbox, supervisor, item)
    assert [o.state for o in deliver(central)] == [InboxState.APPLIED]
    after = my_accidents(central, session, TODAY, language="fr").declarations
    assert [(d.status, d.received_on) for d in after if d.id == check_up.id] == [("handled", TODAY)]


def _item(niss: str, declaration_id: int) -> dict:
    return dict(kind=accidents.ACCIDENT, item_id=declaration_id, member_niss=niss,
                member_name="", agency_id=1, agency_name="", received_at=NOW,
                age=dt.timedelta(0), status="to_return", taken_by=None, taken_by_me=False,
                what=accidents.ACCIDENT, quantity=None, for_name=None)  # fmt: skip
