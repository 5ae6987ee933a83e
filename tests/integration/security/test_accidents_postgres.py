"""Accident declarations under the real PostgreSQL logins (migration 0013, app/store/roles.py):
a terminal's login reads no declaration outside a visit, and `guichet_file_blocked` answers
nothing for a member outside its visit; a clerk reads the received declarations (the Accidents
service's queue) and no other outside a visit, and learns a household is blocked only within
their visit of the member's file. One set-up for the module: a test of its own."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import insert, select, update

from app.domain.codes import StaffRole
from app.services import accidents, queue
from app.services.member_file import FileSession
from app.services.member_file.accidents import file_block, my_accidents
from app.services.staff import StaffSession
from app.store.models import AccidentDeclaration, Document, Member, Staff
from tests.integration.security.conftest import scalar

pytestmark = pytest.mark.postgres

DECLARATIONS = "SELECT count(*) FROM accident_declaration"
LINES = "SELECT count(*) FROM accident_declaration_line"


def test_declarations_are_read_within_a_visit_and_by_the_accidents_service_only(logins):
    owner, kiosk, clerk = logins.owner, logins.engines["kiosk_a"], logins.engines["staff_clerk"]
    cases = owner.cases
    today = dt.datetime.now(dt.UTC).date()
    with owner.begin() as connection:
        late, example = (
            connection.execute(select(Member.id).where(Member.niss == cases[case])).scalar_one()
            for case in ("incapacity_running", "bim")
        )
        # One of the example's declarations came back: the Accidents service's queue.
        received = connection.execute(
            select(AccidentDeclaration.id)
            .where(AccidentDeclaration.member_id == example)
            .order_by(AccidentDeclaration.presumed_on)
            .limit(1)
        ).scalar_one()
        connection.execute(
            update(AccidentDeclaration)
            .where(AccidentDeclaration.id == received)
            .values(status="received", received_on=today, channel="post")
        )
        # Its signed form, and another document of the same member the service never reads.
        form, other = (
            connection.execute(
                insert(Document).returning(Document.id),
                {"member_id": example, "kind": kind, "title": kind, "direction": "received",
                 "dated_on": today, "signed": True, "content": b"%PDF-1.7"},
            ).scalar_one()
            for kind in ("accident_declaration", "bank_change")
        )  # fmt: skip
        connection.execute(
            update(AccidentDeclaration)
            .where(AccidentDeclaration.id == received)
            .values(document_id=form)
        )
    assert scalar(owner, DECLARATIONS) == 3 and scalar(owner, LINES) == 6

    # A terminal's login, no visit: nothing, and the block of nobody.
    assert scalar(kiosk, DECLARATIONS) == 0 and scalar(kiosk, LINES) == 0
    assert scalar(kiosk, "SELECT guichet_file_blocked(:m)", {"m": late}) is None
    # The overdue member's visit: theirs, their block; never another household's.
    visit = logins.visit("kiosk_a", cases["incapacity_running"], [late], member_id=late)
    assert scalar(kiosk, DECLARATIONS) == 1 and scalar(kiosk, LINES) == 2
    since = scalar(kiosk, "SELECT guichet_file_blocked(:m)", {"m": late})
    assert since is not None and since < today
    assert scalar(kiosk, "SELECT guichet_file_blocked(:m)", {"m": example}) is None
    mine = my_accidents(kiosk, FileSession(cases["incapacity_running"], "eid"), today,
                        language="de")  # fmt: skip
    assert mine.block.blocked and mine.block.since == since
    assert [d.member_niss for d in mine.declarations] == [cases["incapacity_running"]]
    with kiosk.connect() as connection:
        assert not file_block(connection, example, today).blocked
    scalar(kiosk, "SELECT guichet_visit_close(:id, 'finish')", {"id": visit})
    assert scalar(kiosk, DECLARATIONS) == 0
    assert scalar(kiosk, "SELECT guichet_file_blocked(:m)", {"m": late}) is None

    # A clerk: the received declaration, with its member, and no other outside a visit.
    assert scalar(clerk, DECLARATIONS) == 1
    assert scalar(clerk, f"{DECLARATIONS} WHERE status = 'to_return'") == 0
    with owner.connect() as connection:
        clerk_id, agency_id = connection.execute(
            select(Staff.id, Staff.agency_id).where(Staff.login == "clerk")
        ).one()
    desk = StaffSession(clerk_id, "clerk", "Clerk", StaffRole.CLERK, agency_id)
    items = queue.open_items(clerk, desk, kinds=(accidents.ACCIDENT,), now=dt.datetime.now(dt.UTC))
    assert [(i.item_id, i.member_niss) for i in items] == [(received, cases["bim"])]
    assert scalar(clerk, "SELECT count(*) FROM member") > 0  # the register, as before
    # The Accidents service reads the signed form of a declaration in its queue, nothing else.
    documents = "SELECT id FROM document WHERE member_id = :m"
    assert scalar(clerk, documents, {"m": example}) == form
    assert scalar(clerk, "SELECT count(*) FROM document WHERE member_id = :m", {"m": example}) == 1
    assert scalar(owner, "SELECT count(*) FROM document WHERE member_id = :m", {"m": example}) > 1
    assert scalar(kiosk, "SELECT count(*) FROM document WHERE id IN (:a, :b)",
                  {"a": form, "b": other}) == 0  # fmt: skip
    # Whether a household is blocked: not for any member the clerk names, only within their
    # own visit of the member's file (the counter's), and no longer once it closed.
    assert scalar(clerk, "SELECT guichet_file_blocked(:m)", {"m": late}) is None
    visit = logins.visit("staff_clerk", cases["incapacity_running"], [late], member_id=late,
                         mode="staff")  # fmt: skip
    assert scalar(clerk, "SELECT guichet_file_blocked(:m)", {"m": late}) == since
    assert scalar(clerk, "SELECT guichet_file_blocked(:m)", {"m": example}) is None
    scalar(clerk, "SELECT guichet_visit_close(:id, 'finish')", {"id": visit})
    assert scalar(clerk, "SELECT guichet_file_blocked(:m)", {"m": late}) is None
    with pytest.raises(Exception, match="permission denied"):
        scalar(kiosk, "SELECT count(*) FROM accident_detection_run")
    assert scalar(kiosk, "SELECT count(*) FROM accident_rule") == 5  # the rules are reference


def test_a_line_still_being_loaded_is_never_left_below_the_watermark(logins):
    """A load that took its ids before another committed, and commits after: the job waits
    for it (a run skipped, never a line skipped), then reads it."""
    from sqlalchemy import text

    from app.sync.accident_detection import detect, settled_upto

    owner = logins.owner
    now = dt.datetime.now(dt.UTC)
    detect(owner, today=now.date(), now=now)  # what the seed left, read
    copy = (
        "INSERT INTO reimbursement_line (payment_id, beneficiary_id, care_date, provider_name, "
        "provider_inami, nomenclature_code, official_fee, supplement, reimbursed) "
        "SELECT payment_id, beneficiary_id, care_date + 400, provider_name, provider_inami, "
        "'455015', 40, 0, 30 FROM reimbursement_line ORDER BY id LIMIT 1"
    )
    with owner.connect() as loading:
        loading.execute(text(copy))  # not committed yet
        assert settled_upto(owner, lock_timeout="200ms") is None
        assert detect(owner, today=now.date(), now=now).run_id is None  # waits its turn
        loading.commit()
    assert settled_upto(owner) == scalar(owner, "SELECT max(id) FROM reimbursement_line")
    assert detect(owner, today=now.date(), now=now).declarations_opened == 1
