"""Partial resumptions and certificates under the real PostgreSQL logins (migration 0012,
app/store/roles.py): a terminal's login reads none outside a visit; a clerk's reads the
adviser's queue (the partial resumptions waiting for a decision, the certificates not yet
checked) and no other request or certificate outside a visit; a medical adviser is a member
of guichet_advisers (`guichet-central staff add --adviser`) and the central worker lets only
them decide."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import insert, select, text, update

from app.cli.central import main
from app.domain.clock import utc_now
from app.domain.codes import CertificateChannel, CertificateKind, InboxState, StaffRole
from app.domain.passwords import hash_password
from app.gate.clerk import ClerkLogin
from app.services import queue
from app.services.staff import StaffSession
from app.store.db import make_engine
from app.store.models import (
    Agency,
    IncapacityCertificate,
    Member,
    PartialResumption,
    Staff,
)
from app.sync import apply, exchange
from app.sync.terminal import Outbox, open_terminal_db
from tests.integration.security.conftest import AGENCY, scalar
from tests.integration.security.test_admin_cli import groups_of, url_of
from tests.integration.sync.test_incapacity_apply import ill_member

pytestmark = pytest.mark.postgres

CERTIFICATES = "SELECT count(*) FROM incapacity_certificate"
RESUMPTIONS = "SELECT count(*) FROM partial_resumption"
WAITING = "WHERE status = 'received'"  # in the adviser's queue


@pytest.fixture
def ill(logins):
    """A member with a running incapacity (a checked certificate), a partial resumption
    request waiting for the adviser, and a paper certificate not yet checked: (niss, id)."""
    owner = logins.owner
    niss = ill_member(owner, started_on=dt.date(2026, 10, 1), covered_until=dt.date(2026, 11, 10))
    with owner.begin() as connection:
        member_id, incapacity_id = connection.execute(
            text("SELECT m.id, i.id FROM member m JOIN incapacity i ON i.member_id = m.id "
                 "WHERE m.niss = :n"), {"n": niss},
        ).one()  # fmt: skip
        connection.execute(
            insert(IncapacityCertificate).values(
                incapacity_id=incapacity_id, member_id=member_id,
                kind=CertificateKind.PROLONGATION, received_on=dt.date(2026, 11, 12),
                covers_from=dt.date(2026, 11, 11), covers_to=dt.date(2026, 11, 30),
                doctor_name="Dr Claes", channel=CertificateChannel.PAPER, checked_on=None,
            )
        )  # fmt: skip
        connection.execute(
            insert(PartialResumption).values(
                member_id=member_id, incapacity_id=incapacity_id,
                starts_on=dt.date(2026, 11, 30), work_hours=Decimal(19),
                reference_hours=Decimal(38), employer="Boulangerie Dupont",
                self_employed=False, channel="terminal", created_at=utc_now(),
                reached_on=dt.date(2026, 11, 23), timeliness="on_time", status="received",
            )
        )  # fmt: skip
    return niss, member_id


def own(owner, statement: str, **params) -> int:
    return scalar(owner, statement, params)


@pytest.mark.parametrize("login", ("kiosk_a", "counter_c"))
def test_a_terminal_login_reads_no_resumption_and_no_certificate_outside_a_visit(
    logins, ill, login
):
    niss, member_id = ill
    terminal = logins.engines[login]
    assert own(logins.owner, RESUMPTIONS) > 0 and own(logins.owner, CERTIFICATES) > 1
    assert scalar(terminal, RESUMPTIONS) == 0
    assert scalar(terminal, CERTIFICATES) == 0
    assert scalar(terminal, f"{CERTIFICATES} WHERE checked_on IS NULL") == 0

    # Within the member's visit: theirs, checked or not, and nobody else's.
    visit = logins.visit(login, niss, [member_id], member_id=member_id)
    mine = "WHERE member_id = :m"
    assert scalar(terminal, RESUMPTIONS) == own(logins.owner, f"{RESUMPTIONS} {mine}", m=member_id)
    assert scalar(terminal, CERTIFICATES) == own(
        logins.owner, f"{CERTIFICATES} {mine}", m=member_id
    )
    assert scalar(terminal, f"{CERTIFICATES} WHERE member_id <> :m", {"m": member_id}) == 0
    scalar(terminal, "SELECT guichet_visit_close(:id, 'finish')", {"id": visit})
    assert scalar(terminal, RESUMPTIONS) == 0 and scalar(terminal, CERTIFICATES) == 0


def test_a_clerk_reads_the_unchecked_certificates_of_the_queue_but_not_the_checked_ones(
    logins, ill
):
    clerk = logins.engines["staff_clerk"]
    unchecked = own(logins.owner, f"{CERTIFICATES} WHERE checked_on IS NULL")
    checked = own(logins.owner, f"{CERTIFICATES} WHERE checked_on IS NOT NULL")
    assert unchecked > 0 and checked > 0
    assert scalar(clerk, CERTIFICATES) == unchecked
    assert scalar(clerk, f"{CERTIFICATES} WHERE checked_on IS NOT NULL") == 0
    assert scalar(clerk, RESUMPTIONS) == own(logins.owner, f"{RESUMPTIONS} {WAITING}")
    assert scalar(clerk, "SELECT count(*) FROM incapacity") == 0  # the file: in a visit only
    # The queue's medical items, with the members' names, as the owner lists them.
    with logins.owner.connect() as connection:
        clerk_id, agency_id = connection.execute(
            select(Staff.id, Staff.agency_id).where(Staff.login == "clerk")
        ).one()
    desk = StaffSession(clerk_id, "clerk", "Clerk", StaffRole.CLERK, agency_id)
    now = dt.datetime.now(dt.UTC)
    seen = queue.open_items(clerk, desk, kinds=(queue.MEDICAL,), now=now)
    assert seen == queue.open_items(logins.owner, desk, kinds=(queue.MEDICAL,), now=now)
    assert {i.subkind for i in seen if i.member_niss == ill[0]} == {"resumption", "certificate"}
    assert all(i.member_name.strip() for i in seen)


def test_a_clerk_does_not_read_a_decided_request_outside_a_visit(logins, ill):
    niss, member_id = ill
    owner, clerk = logins.owner, logins.engines["staff_clerk"]
    theirs = f"{RESUMPTIONS} WHERE member_id = {member_id}"
    assert scalar(clerk, theirs) == 1  # waiting for the adviser: in the queue
    with owner.begin() as connection:
        connection.execute(
            update(PartialResumption)
            .where(PartialResumption.member_id == member_id)
            .values(status="refused", decided_at=utc_now(), reason="Not compatible.")
        )
    assert scalar(clerk, theirs) == 0
    assert scalar(clerk, RESUMPTIONS) == own(owner, f"{RESUMPTIONS} {WAITING}")
    assert own(owner, f"{RESUMPTIONS} WHERE status <> 'received'") > 0
    # Within the member's visit at the counter, the decision shows as before.
    counter = logins.engines["counter_c"]
    visit = logins.visit("counter_c", niss, [member_id], member_id=member_id)
    assert scalar(counter, theirs) == 1
    scalar(counter, "SELECT guichet_visit_close(:id, 'finish')", {"id": visit})
    assert scalar(counter, theirs) == 0


def adviser_login(
    logins, monkeypatch, capsys, *, login: str = "medic", by_record: bool = False
) -> str:
    """A new staff member made an adviser with `guichet-central staff add --adviser` (or,
    `by_record`, without the option: their staff record says so)."""
    owner = logins.owner
    with owner.begin() as connection:
        agency = connection.execute(select(Agency.id).where(Agency.code == AGENCY)).scalar_one()
        connection.execute(
            insert(Staff).values(
                login=login, full_name="Dr Hélène Marchal", password_hash=hash_password("x"),
                role=StaffRole.CLERK, agency_id=agency, active=True, created_at=utc_now(),
                failed_attempts=0, medical_adviser=by_record,
            )
        )  # fmt: skip
    monkeypatch.setenv("GUICHET_ADVISER_PASSWORD", f"{login}-pw")
    add = ["--url", url_of(owner), "staff", "add", login, "--password-env"]
    assert main([*add, "GUICHET_ADVISER_PASSWORD", *([] if by_record else ["--adviser"])]) == 0
    assert f"login staff_{login}" in capsys.readouterr().out
    return f"staff_{login}"


def test_staff_add_adviser_makes_a_medical_adviser_the_counter_knows(logins, monkeypatch, capsys):
    role = adviser_login(logins, monkeypatch, capsys)
    assert groups_of(logins.owner, role) == {"guichet_staff", "guichet_advisers"}
    assert groups_of(logins.owner, "guichet_advisers") == {"guichet_staff"}
    with logins.owner.connect() as connection:
        assert connection.execute(
            select(Staff.medical_adviser).where(Staff.login == "medic")
        ).scalar_one()
    counter = make_engine(logins.server.url(logins.owner.url.database, "counter_c", "counter_c-pw"))
    try:
        signing = ClerkLogin(counter)
        assert signing.sign_in("medic", "medic-pw").medical_adviser is True
        signing.sign_out()
        assert signing.sign_in("clerk", "clerk-pw").medical_adviser is False
        signing.sign_out()
    finally:
        counter.dispose()

    # --no-adviser takes it back, on the server and on the staff record.
    add = ["--url", url_of(logins.owner), "staff", "add", "medic", "--password-env"]
    assert main([*add, "GUICHET_ADVISER_PASSWORD", "--no-adviser"]) == 0
    assert groups_of(logins.owner, role) == {"guichet_staff"}
    with logins.owner.connect() as connection:
        assert not connection.execute(
            select(Staff.medical_adviser).where(Staff.login == "medic")
        ).scalar_one()
    # Without the option, the staff record decides.
    other = adviser_login(logins, monkeypatch, capsys, login="medic_two", by_record=True)
    assert groups_of(logins.owner, other) == {"guichet_staff", "guichet_advisers"}


def test_an_adviser_decides_and_a_clerk_cannot_with_the_real_logins(
    logins, ill, monkeypatch, capsys, tmp_path
):
    niss, member_id = ill
    role = adviser_login(logins, monkeypatch, capsys)
    owner = logins.owner
    # On PostgreSQL the group decides, not the staff record: the clerk's says "adviser" here.
    with owner.begin() as connection:
        connection.execute(update(Staff).where(Staff.login == "clerk").values(medical_adviser=True))
        connection.execute(
            update(Staff).where(Staff.login == "medic").values(medical_adviser=False)
        )
        request_id = connection.execute(
            select(PartialResumption.id).where(PartialResumption.member_id == member_id)
        ).scalar_one()
        certificate_id = connection.execute(
            select(IncapacityCertificate.id).where(
                IncapacityCertificate.member_id == member_id,
                IncapacityCertificate.checked_on.is_(None),
            )
        ).scalar_one()
    adviser = logins.login(role, "medic-pw")
    counter = open_terminal_db(tmp_path / "counter.sqlite")
    desk = Outbox(counter, "guichet-pg")
    decide = {"member_niss": niss, "resumption_id": request_id, "authorised": True}
    check = {"member_niss": niss, "certificate_id": certificate_id}
    by_clerk = [
        desk.enqueue("staff.resumption.decide", decide, actor="staff:clerk"),
        desk.enqueue("staff.certificate.check", check, actor="staff:clerk"),
    ]
    exchange.push(counter, logins.engines["staff_clerk"])
    by_adviser = [
        desk.enqueue("staff.resumption.decide", decide, actor="staff:medic"),
        desk.enqueue("staff.certificate.check", check, actor="staff:medic"),
        desk.enqueue("staff.resumption.decide", decide, actor="staff:medic"),
    ]
    exchange.push(counter, adviser)
    outcomes = {o.operation_id: (o.state, o.reason) for o in apply.apply_pending(owner)}
    assert [outcomes[str(op)] for op in by_clerk + by_adviser] == [
        (InboxState.REJECTED, "adviser_only"),
        (InboxState.REJECTED, "adviser_only"),
        (InboxState.APPLIED, None),
        (InboxState.APPLIED, None),
        (InboxState.REJECTED, "already_decided"),
    ]
    with owner.connect() as connection:
        medic = connection.execute(select(Staff.id).where(Staff.login == "medic")).scalar_one()
        decided = connection.execute(
            select(PartialResumption.status, PartialResumption.decided_by).where(
                PartialResumption.id == request_id
            )
        ).one()
        checked_by = connection.execute(
            select(IncapacityCertificate.checked_by).where(
                IncapacityCertificate.id == certificate_id
            )
        ).scalar_one()
        niss_of = connection.execute(select(Member.niss).where(Member.id == member_id))
    assert tuple(decided) == ("authorised", medic) and checked_by == medic
    assert niss_of.scalar_one() == niss
    # Checked, the certificate leaves the clerk's sight (and the queue).
    assert scalar(logins.engines["staff_clerk"], f"{CERTIFICATES} WHERE id = {certificate_id}") == 0
    counter.dispose()
