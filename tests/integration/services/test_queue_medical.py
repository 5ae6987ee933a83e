"""The medical adviser's queue at the counter (app/services/queue.py, medical_queue.py): partial
resumption requests and received certificates next to orders and questions, with the member's
name; a clerk registers a paper certificate dated the day it came in; the adviser alone checks
certificates and authorises or refuses a request with a reason, which the member reads in
"My requests"."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from app.domain.codes import InboxState, LoginMode
from app.services import queue, requests, staff
from app.services.errors import InvalidForm, Refused
from app.services.member_file import FileSession
from app.store.models import Agency, IncapacityCertificate, Staff
from app.sync.terminal import OutboxEntry
from tests.integration.services.conftest import NOW, TODAY
from tests.integration.sync.test_incapacity_apply import (
    at,
    ill_member,
    resumption_payload,
    resumption_pdf,
    visit_from,
)
from tests.support.cards import sign_as

STARTS_ON = dt.date(2026, 11, 30)  # a Monday: due by Friday 27/11


def desk(central, login: str = "clerk") -> staff.StaffSession:
    password = {"clerk": "clerk-demo", "supervisor": "supervisor-demo"}[login]
    return staff.staff_login(central, login, password, now=NOW)


def make_adviser(central, login: str = "clerk") -> staff.StaffSession:
    with central.begin() as connection:
        connection.execute(update(Staff).where(Staff.login == login).values(medical_adviser=True))
    return desk(central, login)


def medical(central, who: staff.StaffSession, niss: str | None = None, **filters):
    """The queue's medical items (of one member: the seed's last week has some too)."""
    return [
        item
        for item in queue.open_items(central, who, now=NOW, **filters)
        if item.kind == queue.MEDICAL and niss in (None, item.member_niss)
    ]


@pytest.fixture
def ill(central, outbox, deliver, pki):
    """A member with a running incapacity, who asked for a partial resumption on Monday 23/11,
    and a prolongation certificate a clerk registered on Tuesday 24/11: delivered."""
    niss = ill_member(central, started_on=dt.date(2026, 10, 1), covered_until=dt.date(2026, 11, 10))
    visit_from(central, outbox, niss, dt.date(2026, 11, 23))  # the request's day
    pdf = sign_as(resumption_pdf(niss, STARTS_ON), pki, niss)
    outbox.enqueue(
        "incapacity.partial_resumption",
        resumption_payload(niss, pdf, starts_on=STARTS_ON),
        actor="member",
        now=at(dt.date(2026, 11, 23)),
    )
    queue.register_certificate(
        outbox,
        desk(central),
        niss,
        kind="prolongation",
        covers_from=dt.date(2026, 11, 11),
        covers_to=dt.date(2026, 11, 27),
        received_on=dt.date(2026, 11, 24),
        doctor_name="Dr Claes",
        today=TODAY,
    )
    assert [o.state for o in deliver(central)] == [InboxState.APPLIED] * 2
    return niss


def test_the_queue_lists_resumptions_and_unchecked_certificates_with_the_members_name(central, ill):
    clerk = desk(central)
    items = medical(central, clerk, ill)
    assert [(i.subkind, i.member_niss) for i in items] == [
        ("resumption", ill),
        ("certificate", ill),
    ]  # oldest first: sent on 23/11, received on 24/11
    resumption, certificate = items
    assert resumption.member_name == certificate.member_name and resumption.member_name.strip()
    assert (resumption.starts_on, resumption.work_hours, resumption.reference_hours) == (
        STARTS_ON,
        19,
        38,
    )
    assert (resumption.employer, resumption.reached_on, resumption.timeliness) == (
        "Boulangerie Dupont",
        dt.date(2026, 11, 23),
        "on_time",
    )
    assert (resumption.status, resumption.taken_by) == ("received", None)
    assert (certificate.certificate_kind, certificate.channel, certificate.doctor_name) == (
        "prolongation",
        "paper",
        "Dr Claes",
    )
    assert (certificate.covers_from, certificate.covers_to, certificate.received_on) == (
        dt.date(2026, 11, 11),
        dt.date(2026, 11, 27),
        dt.date(2026, 11, 24),
    )
    assert certificate.age == NOW - certificate.received_at > dt.timedelta(0)

    # Orders and questions only, or another agency: none of them.
    assert not [
        i for i in queue.open_items(central, clerk, now=NOW, kinds=(queue.ORDER, queue.REQUEST))
        if i.kind == queue.MEDICAL
    ]  # fmt: skip
    with central.connect() as connection:
        agencies = connection.execute(select(Agency.id)).scalars().all()
    other = next(a for a in agencies if a != resumption.agency_id)
    assert medical(central, clerk, ill, agency_id=other) == []
    assert len(medical(central, clerk, ill, agency_id=resumption.agency_id)) == 2


def test_a_clerk_who_is_not_a_medical_adviser_is_refused_at_the_counter(central, outbox, ill):
    clerk = desk(central)
    assert clerk.medical_adviser is False
    resumption, certificate = medical(central, clerk, ill)
    with pytest.raises(Refused) as refused:
        queue.decide_resumption(outbox, clerk, resumption, authorised=True, reason=None)
    assert refused.value.code == "adviser_only"
    with pytest.raises(Refused) as refused:
        queue.check_certificate(outbox, clerk, certificate)
    assert refused.value.code == "adviser_only"
    with Session(outbox.engine) as session:
        kinds = session.scalars(select(OutboxEntry.kind)).all()
    assert not [k for k in kinds if k in ("staff.resumption.decide", "staff.certificate.check")]


def test_the_adviser_decides_and_the_member_reads_the_decision_in_my_requests(
    central, outbox, deliver, ill
):
    adviser = make_adviser(central)
    assert adviser.medical_adviser is True
    resumption, certificate = medical(central, adviser, ill)
    with pytest.raises(InvalidForm) as invalid:
        queue.decide_resumption(outbox, adviser, resumption, authorised=False, reason="  ")
    assert invalid.value.problems == {"reason": "reason_required"}

    queue.take(outbox, adviser, resumption)
    queue.decide_resumption(
        outbox, adviser, resumption, authorised=False, reason="Not compatible with your illness."
    )
    queue.check_certificate(outbox, adviser, certificate)
    assert [o.state for o in deliver(central)] == [InboxState.APPLIED] * 3
    assert medical(central, adviser, ill) == []  # decided, checked: out of the queue

    mine = requests.my_requests(central, outbox, FileSession(ill, LoginMode.EID), TODAY)
    (row,) = mine.resumptions
    assert (row.starts_on, row.status, row.reason) == (
        STARTS_ON,
        "refused",
        "Not compatible with your illness.",
    )
    assert row.decided_at == NOW and row.timeliness == "on_time"
    with central.connect() as connection:
        checked = connection.execute(
            select(IncapacityCertificate.checked_on).where(
                IncapacityCertificate.id == certificate.item_id
            )
        ).scalar_one()
    assert checked == TODAY


def test_a_registered_certificate_says_every_problem_at_once(central, outbox):
    clerk = desk(central)
    with pytest.raises(InvalidForm) as invalid:
        queue.register_certificate(
            outbox,
            clerk,
            "85.07.30-033.29",
            kind="initial",
            covers_from=dt.date(2026, 11, 20),
            covers_to=dt.date(2026, 11, 10),
            received_on=dt.date(2026, 11, 26),
            doctor_name=" ",
            work_status=None,
            today=TODAY,
        )
    assert invalid.value.problems == {
        "niss": "niss_check_digits",
        "work_status": "choose_work_status",
        "covers_to": "certificate_ends_before_start",
        "received_on": "in_future",
        "doctor": "doctor_required",
    }
    with pytest.raises(InvalidForm) as invalid:
        queue.register_certificate(
            outbox, clerk, "85073003328", kind="resumption", covers_from=None,
            covers_to=dt.date(2026, 11, 10), received_on=TODAY, doctor_name="Dr Claes",
            today=TODAY,
        )  # fmt: skip
    assert invalid.value.problems == {
        "kind": "choose_kind",
        "covers_from": "certificate_dates_missing",
    }
    with Session(outbox.engine) as session:
        assert session.scalars(select(OutboxEntry)).all() == []
