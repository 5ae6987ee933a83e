"""The central worker applies incapacity's operations (app/sync/incapacity_apply.py): a partial
resumption asked with the form the member signed with their card, dated the day it was sent and
judged against its deadline; a return to work; a paper certificate registered at the counter
and filed by the rules (prolongation, relapse within 14 days, new incapacity from 15); the
medical adviser's check and decision, nobody else's. Each exactly once."""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import io
from base64 import b64encode
from decimal import Decimal

import pytest
from sqlalchemy import exists, func, select, update
from sqlalchemy.orm import Session

from app.documents.incapacity_forms import resumption_form_says
from app.documents.render import pdf_text
from app.domain.clock import BRUSSELS
from app.domain.codes import (
    CertificateChannel,
    CertificateKind,
    InboxState,
    MemberRole,
    MemberStatus,
    ResumedAs,
    ResumptionStatus,
    Timeliness,
    WorkStatus,
)
from app.domain.niss import Niss
from app.services import requests
from app.services.member_file import FileSession
from app.store.models import (
    AuditEntry,
    Document,
    InboxOperation,
    Incapacity,
    IncapacityCertificate,
    Member,
    PartialResumption,
    Staff,
)
from app.sync import apply, exchange
from app.sync.proofs import Prover
from tests.support.cards import sign_as
from tests.support.visits import card_of, member_visit

CLERK = "staff:clerk"
# A clerk's operation on PostgreSQL needs the clerk's own login, and the adviser is a group's
# member there: tests/integration/security/test_medical_postgres.py.
SQLITE_ONLY = pytest.mark.parametrize("central", ["sqlite"], indirect=True)
RETURN = "incapacity.return_to_work"
REFUSAL = "The work described is not compatible with your illness."
JANUARY_12 = dt.date(2026, 1, 12)  # a Monday: INAMI's example, the request due by Friday 9/1


def at(day: dt.date, hour: int = 10) -> dt.datetime:
    """A moment of `day` in Brussels, in UTC."""
    return dt.datetime.combine(day, dt.time(hour), tzinfo=BRUSSELS).astimezone(dt.UTC)


@functools.cache
def resumption_pdf(
    niss: str,
    starts_on: dt.date = JANUARY_12,
    *,
    work_hours: str = "19",
    reference_hours: str = "38",
    employer: str = "Boulangerie Dupont",
    self_employed: bool = False,
    language: str = "en",
) -> bytes:
    """The request form of `niss` for this request, as app/documents/incapacity_forms.py prints
    it (unsigned; the defaults are resumption_payload's)."""
    from app.documents.incapacity_forms import FormData, ResumptionFormData
    from app.documents.incapacity_forms import partial_resumption_form as form
    from app.documents.layout import Agency
    from app.services.printouts import form_rules
    from app.store import reference
    from app.store.parameters import MemoryRuleBook

    rules = MemoryRuleBook(reference.parameter_rows(), 1)
    issued_on = starts_on - dt.timedelta(days=3)
    data = FormData(
        surname="Dupont", first_names="Alice", niss=niss, birth_date=dt.date(1985, 7, 30),
        affiliation_number="312-0045678-90", address_lines=("Rue de la Senne 32", "1000 Bruxelles"),
        federation="Bruxelles", agency=Agency("Bruxelles – Centre", "Boulevard Anspach 111",
                                              "1000", "Bruxelles"),
        work_status="employee", incapacity_started_on=None, issued_on=issued_on,
        rules=form_rules(rules, on=issued_on, work_status="employee", started_on=None),
    )  # fmt: skip
    request = ResumptionFormData(
        starts_on, Decimal(work_hours), Decimal(reference_hours), employer, self_employed,
        issued_on, Decimal("0.30"),
    )  # fmt: skip
    return form(data, request, language=language)


def visit_from(central, outbox, niss: str, day: dt.date):
    """A visit of `niss` the central side opened on `day` (7:00 in Brussels), still open now:
    the inbox stamps an operation's arrival with the real clock."""
    opened = at(day, 7)
    lifetime = dt.datetime.now(dt.UTC) - opened + dt.timedelta(hours=1)
    return member_visit(central, outbox, niss, now=opened, lifetime=lifetime)


def ill_member(
    central,
    *,
    started_on: dt.date,
    covered_until: dt.date,
    work_status: WorkStatus = WorkStatus.EMPLOYEE,
    skip: int = 0,
) -> str:
    """A current holder with no incapacity yet, made ill from `started_on`, a certificate
    covering until `covered_until` (checked); their national number."""
    with Session(central) as session, session.begin():
        member = session.scalars(
            select(Member)
            .where(
                Member.role == MemberRole.HOLDER,
                Member.status == MemberStatus.ACTIVE,
                ~exists().where(Incapacity.member_id == Member.id),
            )
            .order_by(Member.id)
            .offset(skip)
        ).first()
        period = Incapacity(
            member_id=member.id,
            work_status=work_status,
            started_on=started_on,
            declared_on=started_on,
            late_penalty_rate=Decimal("0"),
        )
        session.add(period)
        session.flush()
        session.add(
            IncapacityCertificate(
                incapacity_id=period.id,
                member_id=member.id,
                kind=CertificateKind.INITIAL,
                received_on=started_on,
                covers_from=started_on,
                covers_to=covered_until,
                doctor_name="Dr Lambert",
                channel=CertificateChannel.PAPER,
                checked_on=started_on,
            )
        )
        return member.niss


def resumption_payload(niss: str, pdf: bytes, starts_on: dt.date = JANUARY_12) -> dict:
    return {
        "member_niss": niss,
        "starts_on": starts_on.isoformat(),
        "work_hours": "19",
        "reference_hours": "38",
        "employer": "Boulangerie Dupont",
        "self_employed": False,
        "channel": "terminal",
        "signed_pdf": b64encode(pdf).decode(),
        "signed_pdf_sha256": hashlib.sha256(pdf).hexdigest(),
    }


@pytest.fixture
def forms(pki) -> apply.SignedForms:
    return apply.SignedForms(tuple(pki.roots))


@pytest.fixture
def deliver(terminal, forms):
    """Push the outbox (twice: the second push changes nothing), apply everything with the
    worker's clock at `now`, bring the results back; the outcomes."""

    def run(central, now: dt.datetime):
        exchange.push(terminal, central)
        exchange.push(terminal, central)
        outcomes = apply.apply_pending(central, forms=forms, now=lambda: now)
        exchange.pull_results(terminal, central)
        return outcomes

    return run


def count(central, model, *where) -> int:
    with central.connect() as connection:
        return connection.execute(select(func.count()).select_from(model).where(*where)).scalar()


def rows(central, model, *where) -> list:
    with Session(central) as session:
        return list(session.scalars(select(model).where(*where).order_by(model.id)))


def resumptions_of(central, niss: str) -> list[PartialResumption]:
    return rows(central, PartialResumption, PartialResumption.member_id == member_id(central, niss))


def member_id(central, niss: str) -> int:
    with central.connect() as connection:
        return connection.execute(select(Member.id).where(Member.niss == niss)).scalar_one()


# --- Partial resumption --------------------------------------------------------------------


def test_a_partial_resumption_is_filed_once_with_its_signed_form_on_the_day_it_was_sent(
    central, outbox, deliver, pki
):
    niss = ill_member(central, started_on=dt.date(2025, 12, 1), covered_until=dt.date(2026, 2, 28))
    visit_from(central, outbox, niss, dt.date(2026, 1, 8))
    pdf = sign_as(resumption_pdf(niss), pki, niss)
    outbox.enqueue("incapacity.partial_resumption", resumption_payload(niss, pdf),
                   actor="member", now=at(dt.date(2026, 1, 8)))  # fmt: skip
    # Applied a week later: the request reached the mutuality when it was sent.
    outcomes = deliver(central, at(dt.date(2026, 1, 15)))
    assert [(o.state, o.reason) for o in outcomes] == [(InboxState.APPLIED, None)]
    assert deliver(central, at(dt.date(2026, 1, 15))) == []  # nothing more, ever

    (request,) = rows(
        central, PartialResumption, PartialResumption.member_id == member_id(central, niss)
    )
    assert (request.starts_on, request.work_hours, request.reference_hours, request.employer) == (
        JANUARY_12, Decimal("19.00"), Decimal("38.00"), "Boulangerie Dupont",
    )  # fmt: skip
    assert request.reached_on == dt.date(2026, 1, 8)
    assert request.timeliness == Timeliness.ON_TIME
    assert request.status == ResumptionStatus.RECEIVED and request.incapacity_id is not None
    (document,) = rows(central, Document, Document.id == request.document_id)
    assert (document.kind, document.signed, document.dated_on) == (
        "partial_resumption", True, dt.date(2026, 1, 8),
    )  # fmt: skip
    assert bytes(document.content) == pdf


@SQLITE_ONLY
@pytest.mark.parametrize(
    ("sent_on", "timeliness"),
    [
        (dt.date(2026, 1, 9), Timeliness.ON_TIME),  # Friday 9/1 for Monday 12/1 (INAMI)
        (dt.date(2026, 1, 12), Timeliness.LATE_CUT),  # within 14 days: −10 % to the sending
        (dt.date(2026, 1, 26), Timeliness.LATE_CUT),
        (dt.date(2026, 1, 27), Timeliness.LATE_NO_INDEMNITY),  # later: nothing from the start
    ],
)
def test_the_timeliness_stored_is_the_rule_on_the_day_the_request_was_sent(
    central, outbox, deliver, pki, sent_on, timeliness
):
    niss = ill_member(central, started_on=dt.date(2025, 12, 1), covered_until=dt.date(2026, 2, 28))
    visit_from(central, outbox, niss, sent_on)
    pdf = sign_as(resumption_pdf(niss), pki, niss)
    outbox.enqueue("incapacity.partial_resumption", resumption_payload(niss, pdf),
                   actor="member", now=at(sent_on, 23))  # fmt: skip
    deliver(central, at(dt.date(2026, 3, 2)))
    (request,) = rows(
        central, PartialResumption, PartialResumption.member_id == member_id(central, niss)
    )
    assert (request.reached_on, request.timeliness) == (sent_on, timeliness)


def test_a_terminal_clock_ahead_does_not_date_a_request_after_the_day_it_is_applied(
    central, outbox, deliver, pki
):
    niss = ill_member(central, started_on=dt.date(2025, 12, 1), covered_until=dt.date(2026, 2, 28))
    visit_from(central, outbox, niss, dt.date(2026, 1, 9))
    pdf = sign_as(resumption_pdf(niss), pki, niss)
    outbox.enqueue("incapacity.partial_resumption", resumption_payload(niss, pdf),
                   actor="member", now=at(dt.date(2026, 2, 20)))  # fmt: skip
    deliver(central, at(dt.date(2026, 1, 9)))
    (request,) = rows(
        central, PartialResumption, PartialResumption.member_id == member_id(central, niss)
    )
    assert (request.reached_on, request.timeliness) == (dt.date(2026, 1, 9), Timeliness.ON_TIME)


def test_a_partial_resumption_without_a_running_incapacity_is_refused(
    central, outbox, deliver, pki
):
    # Ill until the end of November: nothing runs on the day the request is sent.
    niss = ill_member(central, started_on=dt.date(2025, 10, 1), covered_until=dt.date(2025, 11, 30))
    with central.begin() as connection:
        connection.execute(
            update(Incapacity)
            .where(Incapacity.member_id == member_id(central, niss))
            .values(ended_on=dt.date(2025, 11, 30))
        )
    visit_from(central, outbox, niss, dt.date(2026, 1, 8))
    pdf = sign_as(resumption_pdf(niss), pki, niss)
    outbox.enqueue("incapacity.partial_resumption", resumption_payload(niss, pdf),
                   actor="member", now=at(dt.date(2026, 1, 8)))  # fmt: skip
    outcomes = deliver(central, at(dt.date(2026, 1, 8)))
    assert [(o.state, o.reason) for o in outcomes] == [(InboxState.REJECTED, "no_incapacity")]
    assert (
        count(central, PartialResumption, PartialResumption.member_id == member_id(central, niss))
        == 0
    )
    assert count(central, Document, Document.kind == "partial_resumption") == 0


def test_a_partial_resumption_from_the_first_day_of_incapacity_is_refused(
    central, outbox, deliver, pki
):
    niss = ill_member(central, started_on=JANUARY_12, covered_until=dt.date(2026, 2, 28))
    visit_from(central, outbox, niss, JANUARY_12)
    pdf = sign_as(resumption_pdf(niss), pki, niss)
    outbox.enqueue("incapacity.partial_resumption", resumption_payload(niss, pdf),
                   actor="member", now=at(dt.date(2026, 1, 12)))  # fmt: skip
    outcomes = deliver(central, at(dt.date(2026, 1, 12)))
    assert [(o.state, o.reason) for o in outcomes] == [
        (InboxState.REJECTED, "resumption_before_start")
    ]
    assert not resumptions_of(central, niss)


def test_a_request_signed_by_someone_else_is_refused(central, outbox, deliver, pki):
    niss = ill_member(central, started_on=dt.date(2025, 12, 1), covered_until=dt.date(2026, 2, 28))
    visit_from(central, outbox, niss, dt.date(2026, 1, 8))
    pdf = sign_as(resumption_pdf(niss), pki, "85073003328")  # another person's card
    outbox.enqueue("incapacity.partial_resumption", resumption_payload(niss, pdf),
                   actor="member", now=at(dt.date(2026, 1, 8)))  # fmt: skip
    outcomes = deliver(central, at(dt.date(2026, 1, 8)))
    assert [(o.state, o.reason) for o in outcomes] == [(InboxState.REJECTED, "signature_invalid")]
    assert (
        count(central, PartialResumption, PartialResumption.member_id == member_id(central, niss))
        == 0
    )


def said_pdf(*lines: str) -> bytes:
    """A page that says `lines`, one under the other (what a forger prints)."""
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    page = canvas.Canvas(out)
    for index, line in enumerate(lines):
        page.drawString(40, 760 - 20 * index, line)
    page.save()
    return out.getvalue()


def rejection_of(central, niss: str) -> tuple[str | None, str | None]:
    with central.connect() as connection:
        return tuple(
            connection.execute(
                select(InboxOperation.reason, InboxOperation.detail).where(
                    InboxOperation.member_niss == niss,
                    InboxOperation.kind == "incapacity.partial_resumption",
                )
            ).one()
        )


THIS_REQUEST = {"starts_on": JANUARY_12, "work_hours": Decimal(19),
                "reference_hours": Decimal(38), "employer": "Boulangerie Dupont",
                "self_employed": False}  # fmt: skip


@pytest.mark.parametrize(
    ("signed", "form"),
    [
        ("another start", lambda niss: resumption_pdf(niss, dt.date(2026, 1, 19))),
        ("other hours", lambda niss: resumption_pdf(niss, work_hours="30")),
        ("another employer", lambda niss: resumption_pdf(niss, employer="Garage Martin")),
        # Everything this request says, under another form's title.
        ("another title", lambda niss: said_pdf(
            Niss(niss).formatted(), "Request for voluntary work",
            *resumption_form_says(**THIS_REQUEST, language="en")[1:])),
    ],
    ids=lambda value: value if isinstance(value, str) else "",
)  # fmt: skip
def test_a_signed_form_that_does_not_say_this_request_is_refused(
    central, outbox, deliver, pki, signed, form
):
    """Signed by the member and naming them, but not the form of this request (another they
    signed once): refused, nothing filed."""
    niss = ill_member(central, started_on=dt.date(2025, 12, 1), covered_until=dt.date(2026, 2, 28))
    visit_from(central, outbox, niss, dt.date(2026, 1, 8))
    pdf = sign_as(form(niss), pki, niss)
    outbox.enqueue("incapacity.partial_resumption", resumption_payload(niss, pdf),
                   actor="member", now=at(dt.date(2026, 1, 8)))  # fmt: skip
    outcomes = deliver(central, at(dt.date(2026, 1, 8)))
    assert [(o.state, o.reason) for o in outcomes] == [(InboxState.REJECTED, "signature_invalid")]
    assert rejection_of(central, niss) == ("signature_invalid", "form_mismatch")
    assert not resumptions_of(central, niss)


@SQLITE_ONLY
@pytest.mark.parametrize("language", ["nl", "de"])
def test_the_form_signed_in_any_of_its_languages_is_this_requests(
    central, outbox, deliver, pki, language
):
    niss = ill_member(central, started_on=dt.date(2025, 12, 1), covered_until=dt.date(2026, 2, 28))
    visit_from(central, outbox, niss, dt.date(2026, 1, 8))
    pdf = sign_as(resumption_pdf(niss, language=language), pki, niss)
    outbox.enqueue("incapacity.partial_resumption", resumption_payload(niss, pdf),
                   actor="member", now=at(dt.date(2026, 1, 8)))  # fmt: skip
    assert [o.state for o in deliver(central, at(dt.date(2026, 1, 8)))] == [InboxState.APPLIED]
    # ... and the same words under the self-employed's title are not.
    says = resumption_form_says(**{**THIS_REQUEST, "self_employed": True}, language=language)
    assert says[0] not in pdf_text(pdf)


def test_a_terminal_clock_behind_does_not_date_a_request_before_its_visit_opened(
    central, outbox, deliver, pki
):
    """The visit opened on Monday 23/11/2026, the day the member starts part time; the
    terminal's clock says 9/11 (two weeks behind): the request reached us on 23/11, late
    (due by Friday 20/11), not on time."""
    monday = dt.date(2026, 11, 23)
    niss = ill_member(central, started_on=dt.date(2026, 10, 1), covered_until=dt.date(2026, 12, 31))
    visit_from(central, outbox, niss, monday)
    pdf = sign_as(resumption_pdf(niss, monday), pki, niss)
    outbox.enqueue("incapacity.partial_resumption", resumption_payload(niss, pdf, monday),
                   actor="member", now=at(monday - dt.timedelta(days=14)))  # fmt: skip
    assert [o.state for o in deliver(central, at(dt.date(2026, 11, 24)))] == [InboxState.APPLIED]
    (request,) = resumptions_of(central, niss)
    assert (request.reached_on, request.timeliness) == (monday, Timeliness.LATE_CUT)
    (document,) = rows(central, Document, Document.id == request.document_id)
    assert document.dated_on == monday


@SQLITE_ONLY
def test_without_a_visit_a_card_signed_request_is_dated_no_earlier_than_its_arrival(
    central, terminal, outbox, forms, pki, pki_dir
):
    """Queued offline with the card's signature (no visit the central side knows of): the
    terminal's clock, two weeks behind, cannot be checked; the day it reached the inbox is."""
    monday = dt.date(2026, 11, 23)
    niss = ill_member(central, started_on=dt.date(2026, 10, 1), covered_until=dt.date(2026, 12, 31))
    outbox.prover = Prover(card=card_of(pki, niss, cache=pki_dir / "proof-cards"))
    pdf = sign_as(resumption_pdf(niss, monday), pki, niss)
    outbox.enqueue("incapacity.partial_resumption", resumption_payload(niss, pdf, monday),
                   actor="member", now=at(monday - dt.timedelta(days=14)))  # fmt: skip
    exchange.push(terminal, central, now=at(monday, 9))
    outcomes = apply.apply_pending(central, forms=forms, now=lambda: at(dt.date(2026, 11, 25)))
    assert [o.state for o in outcomes] == [InboxState.APPLIED]
    (request,) = resumptions_of(central, niss)
    assert (request.reached_on, request.timeliness) == (monday, Timeliness.LATE_CUT)


# --- Return to work -----------------------------------------------------------------------


def test_a_return_to_work_ends_the_incapacity_the_day_before(central, outbox, deliver):
    niss = ill_member(central, started_on=dt.date(2026, 9, 1), covered_until=dt.date(2026, 11, 30))
    visit_from(central, outbox, niss, dt.date(2026, 11, 27))
    payload = {"member_niss": niss, "resumes_on": "2026-12-01", "resumes_as": "work",
               "channel": "terminal"}  # fmt: skip
    outbox.enqueue(
        "incapacity.return_to_work", payload, actor="member", now=at(dt.date(2026, 11, 27))
    )
    outbox.enqueue(
        "incapacity.return_to_work", payload, actor="member", now=at(dt.date(2026, 11, 27))
    )
    outcomes = deliver(central, at(dt.date(2026, 11, 28)))
    # The second declaration finds nothing running any more.
    assert [(o.state, o.reason) for o in outcomes] == [
        (InboxState.APPLIED, None), (InboxState.REJECTED, "no_incapacity"),
    ]  # fmt: skip
    (period,) = rows(central, Incapacity, Incapacity.member_id == member_id(central, niss))
    assert (period.ended_on, period.resumed_as) == (dt.date(2026, 11, 30), ResumedAs.WORK)
    resumption = rows(
        central, IncapacityCertificate, IncapacityCertificate.kind == CertificateKind.RESUMPTION,
        IncapacityCertificate.incapacity_id == period.id,
    )  # fmt: skip
    assert [(c.channel, c.covers_from, c.covers_to, c.received_on) for c in resumption] == [
        (CertificateChannel.DECLARATION, dt.date(2026, 12, 1), None, dt.date(2026, 11, 27))
    ]


def test_a_return_before_the_incapacity_started_is_refused(central, outbox, deliver):
    niss = ill_member(central, started_on=dt.date(2026, 9, 1), covered_until=dt.date(2026, 11, 30))
    visit_from(central, outbox, niss, dt.date(2026, 11, 27))
    payload = {"member_niss": niss, "resumes_on": "2026-09-01", "resumes_as": "unemployment",
               "channel": "terminal"}  # fmt: skip
    outbox.enqueue(
        "incapacity.return_to_work", payload, actor="member", now=at(dt.date(2026, 11, 27))
    )
    outcomes = deliver(central, at(dt.date(2026, 11, 28)))
    assert [(o.state, o.reason) for o in outcomes] == [(InboxState.REJECTED, "return_before_start")]
    (period,) = rows(central, Incapacity, Incapacity.member_id == member_id(central, niss))
    assert period.ended_on is None and period.resumed_as is None


# --- The counter: certificates ----------------------------------------------------------------


def certificate(niss: str, covers_from: dt.date, covers_to: dt.date, received_on: dt.date,
                kind: str = "prolongation", work_status: str | None = None) -> dict:  # fmt: skip
    return {
        "member_niss": niss,
        "kind": kind,
        "covers_from": covers_from.isoformat(),
        "covers_to": covers_to.isoformat(),
        "received_on": received_on.isoformat(),
        "doctor_name": "Dr Claes",
        "work_status": work_status,
    }


@SQLITE_ONLY
def test_a_registered_certificate_is_a_prolongation_a_relapse_at_14_days_or_new_at_15(
    central, outbox, deliver
):
    niss = ill_member(central, started_on=dt.date(2026, 10, 1), covered_until=dt.date(2026, 11, 10),
                      work_status=WorkStatus.WORKER)  # fmt: skip
    who = member_id(central, niss)
    # The day after the previous end: a prolongation of the running period.
    outbox.enqueue(
        "staff.certificate.register",
        certificate(niss, dt.date(2026, 11, 11), dt.date(2026, 11, 20), dt.date(2026, 11, 12)),
        actor=CLERK,
    )
    # Starting on the 14th day after the end (21/11 to 4/12): a relapse, a new period linked
    # to the first.
    outbox.enqueue(
        "staff.certificate.register",
        certificate(niss, dt.date(2026, 12, 4), dt.date(2026, 12, 15), dt.date(2026, 12, 7)),
        actor=CLERK,
    )
    # Starting after the 14th day (16/12 to 29/12): a new incapacity, declared the day it came in,
    # late for a worker (14 days, the first counted): the penalty.
    outbox.enqueue("staff.certificate.register", certificate(
        niss, dt.date(2026, 12, 31), dt.date(2027, 1, 31), dt.date(2027, 1, 20), kind="initial",
        work_status="employee"), actor=CLERK)  # fmt: skip
    outcomes = deliver(central, at(dt.date(2027, 1, 20)))
    assert [o.state for o in outcomes] == [InboxState.APPLIED] * 3
    with central.connect() as connection:
        filed = [
            r["filed_as"]
            for r in connection.execute(
                select(InboxOperation.result).order_by(InboxOperation.id)
            ).scalars()
            if r and "filed_as" in r
        ]
    assert filed == ["prolongation", "relapse", "new"]

    first, relapse, new = rows(central, Incapacity, Incapacity.member_id == who)
    assert first.ended_on == dt.date(2026, 11, 20)
    assert (relapse.started_on, relapse.relapse_of_id, relapse.ended_on) == (
        dt.date(2026, 12, 4), first.id, dt.date(2026, 12, 15),
    )  # fmt: skip
    assert (relapse.work_status, relapse.declared_on) == (WorkStatus.WORKER, dt.date(2026, 12, 7))
    assert relapse.late_penalty_rate == Decimal("0")
    assert (new.started_on, new.relapse_of_id, new.ended_on, new.work_status) == (
        dt.date(2026, 12, 31), None, None, WorkStatus.EMPLOYEE,
    )  # fmt: skip
    assert new.declared_on == dt.date(2027, 1, 20) and new.late_penalty_rate == Decimal("0")

    registered = rows(central, IncapacityCertificate, IncapacityCertificate.member_id == who,
                      IncapacityCertificate.checked_on.is_(None))  # fmt: skip
    assert [(c.incapacity_id, c.kind, c.channel, c.received_on) for c in registered] == [
        (first.id, CertificateKind.PROLONGATION, CertificateChannel.PAPER, dt.date(2026, 11, 12)),
        (relapse.id, CertificateKind.INITIAL, CertificateChannel.PAPER, dt.date(2026, 12, 7)),
        (new.id, CertificateKind.INITIAL, CertificateChannel.PAPER, dt.date(2027, 1, 20)),
    ]
    with central.connect() as connection:
        actions = (
            connection.execute(select(AuditEntry.action).where(AuditEntry.member_id == who))
            .scalars()
            .all()
        )
    assert actions.count("certificate_registered") == 3


@SQLITE_ONLY
def test_a_first_declaration_past_its_deadline_costs_the_penalty(central, outbox, deliver):
    niss = ill_member(central, started_on=dt.date(2025, 1, 6), covered_until=dt.date(2025, 1, 31),
                      skip=1)  # fmt: skip
    # A worker ill from Monday 2/11/2026: 14 days with the first counted, to Sunday 15/11,
    # moved to Monday 16/11. Received on 17/11: late.
    outbox.enqueue("staff.certificate.register", certificate(
        niss, dt.date(2026, 11, 2), dt.date(2026, 11, 30), dt.date(2026, 11, 17), kind="initial",
        work_status="worker"), actor=CLERK)  # fmt: skip
    assert [o.state for o in deliver(central, at(dt.date(2026, 11, 20)))] == [InboxState.APPLIED]
    periods = rows(central, Incapacity, Incapacity.member_id == member_id(central, niss))
    assert periods[-1].started_on == dt.date(2026, 11, 2)
    assert periods[-1].late_penalty_rate == Decimal("0.1000")
    # Its own cut: from the first paid day (after the 14 days of guaranteed salary) to the day
    # it came in.
    assert cuts(central, niss)[-1] == (
        dt.date(2026, 11, 2),
        Decimal("0.1000"),
        dt.date(2026, 11, 16),
        dt.date(2026, 11, 17),
    )


@SQLITE_ONLY
def test_a_certificate_received_after_today_is_refused(central, outbox, deliver):
    niss = ill_member(central, started_on=dt.date(2026, 10, 1), covered_until=dt.date(2026, 11, 10))
    outbox.enqueue(
        "staff.certificate.register",
        certificate(niss, dt.date(2026, 11, 11), dt.date(2026, 11, 20), dt.date(2026, 11, 30)),
        actor=CLERK,
    )
    outcomes = deliver(central, at(dt.date(2026, 11, 25)))
    assert [(o.state, o.reason) for o in outcomes] == [(InboxState.REJECTED, "in_future")]


def register(outbox, niss: str, covers_from: dt.date, covers_to: dt.date, received_on: dt.date):
    outbox.enqueue(
        "staff.certificate.register",
        certificate(niss, covers_from, covers_to, received_on),
        actor=CLERK,
    )


Cut = tuple[dt.date, Decimal | None, dt.date | None, dt.date | None]


def cuts(central, niss: str) -> list[Cut]:
    """Each certificate of `niss` by its first day, with its own late cut: (covers from, rate,
    from, until)."""
    who = member_id(central, niss)
    certificates = rows(central, IncapacityCertificate, IncapacityCertificate.member_id == who)
    return [
        (c.covers_from, c.late_penalty_rate, c.late_from, c.late_until)
        for c in sorted(certificates, key=lambda c: (c.covers_from, c.id))
    ]


def filed_as(central, niss: str) -> list[tuple[str, bool]]:
    """How each certificate of `niss` was filed, oldest first: (filed_as, late)."""
    with central.connect() as connection:
        results = connection.execute(
            select(InboxOperation.result)
            .where(InboxOperation.member_niss == niss, InboxOperation.state == InboxState.APPLIED)
            .order_by(InboxOperation.id)
        ).scalars()
        return [(r["filed_as"], r["late"]) for r in results if r and "filed_as" in r]


@SQLITE_ONLY
def test_a_relapse_received_after_its_48_hours_is_stored_with_the_late_cut(
    central, outbox, deliver
):
    """A worker covered to Friday 20/11/2026 falls ill again from Tuesday 1/12: a relapse,
    due 48 hours after Monday 30/11 (Wednesday 2/12), as a prolongation. Received Thursday
    10/12: late, 10 % (a first declaration's 14 days would run to 14/12)."""
    niss = ill_member(central, started_on=dt.date(2026, 10, 1), covered_until=dt.date(2026, 11, 20),
                      work_status=WorkStatus.WORKER)  # fmt: skip
    register(outbox, niss, dt.date(2026, 12, 1), dt.date(2026, 12, 15), dt.date(2026, 12, 10))
    assert [o.state for o in deliver(central, at(dt.date(2026, 12, 10)))] == [InboxState.APPLIED]
    first, relapse = rows(central, Incapacity, Incapacity.member_id == member_id(central, niss))
    assert (relapse.started_on, relapse.relapse_of_id) == (dt.date(2026, 12, 1), first.id)
    assert relapse.late_penalty_rate == Decimal("0.1000")
    assert filed_as(central, niss) == [("relapse", True)]
    # The cut runs from the relapse's first day (Tuesday 1/12) to the day it came in.
    assert cuts(central, niss)[-1] == (
        dt.date(2026, 12, 1),
        Decimal("0.1000"),
        dt.date(2026, 12, 1),
        dt.date(2026, 12, 10),
    )


@SQLITE_ONLY
def test_a_late_prolongation_keeps_its_own_cut_and_leaves_the_periods_rate_alone(
    central, outbox, deliver
):
    """Covered to Friday 20/11/2026: the next certificate is due 48 hours later, Sunday, so
    Monday 23/11; received that Monday, no cut. The one after it (from Tuesday 1/12, due
    Wednesday 2/12) received on Thursday 10/12: 10 % less from 1/12 to 10/12, kept with that
    certificate; the period's rate (its first declaration's, on time) stays 0: not every paid
    day of the period is cut (domain.md §6, §14)."""
    niss = ill_member(central, started_on=dt.date(2026, 10, 1), covered_until=dt.date(2026, 11, 20))
    who = member_id(central, niss)
    register(outbox, niss, dt.date(2026, 11, 21), dt.date(2026, 11, 30), dt.date(2026, 11, 23))
    deliver(central, at(dt.date(2026, 11, 23)))
    (period,) = rows(central, Incapacity, Incapacity.member_id == who)
    assert period.late_penalty_rate == Decimal("0")
    register(outbox, niss, dt.date(2026, 12, 1), dt.date(2026, 12, 31), dt.date(2026, 12, 10))
    deliver(central, at(dt.date(2026, 12, 10)))
    (period,) = rows(central, Incapacity, Incapacity.member_id == who)
    assert period.late_penalty_rate == Decimal("0") and period.ended_on is None
    assert filed_as(central, niss) == [("prolongation", False), ("prolongation", True)]
    assert cuts(central, niss) == [
        (dt.date(2026, 10, 1), None, None, None),
        (dt.date(2026, 11, 21), None, None, None),
        (dt.date(2026, 12, 1), Decimal("0.1000"), dt.date(2026, 12, 1), dt.date(2026, 12, 10)),
    ]


@SQLITE_ONLY
@pytest.mark.parametrize(
    "gap_until",
    [dt.date(2026, 11, 30), dt.date(2026, 12, 5)],  # to the relapse's eve; or into it
    ids=["to-the-eve", "into-the-relapse"],
)
def test_a_certificate_registered_after_a_later_one_is_filed_in_the_period_of_its_dates(
    central, outbox, deliver, gap_until
):
    """Covered to 20/11/2026; the clerk registers the relapse's certificate (1/12 to 15/12)
    first, then the one for 21/11 to 30/11 that came in later: it prolongs the first period,
    whose end moves to 30/11 (never into the relapse), and the relapse stays as it was."""
    niss = ill_member(central, started_on=dt.date(2026, 10, 1), covered_until=dt.date(2026, 11, 20),
                      work_status=WorkStatus.WORKER)  # fmt: skip
    who = member_id(central, niss)
    register(outbox, niss, dt.date(2026, 12, 1), dt.date(2026, 12, 15), dt.date(2026, 12, 2))
    deliver(central, at(dt.date(2026, 12, 2)))
    first, relapse = rows(central, Incapacity, Incapacity.member_id == who)
    assert first.ended_on == dt.date(2026, 11, 20)  # closed on its last day, for the relapse
    register(outbox, niss, dt.date(2026, 11, 21), gap_until, dt.date(2026, 12, 3))
    assert [o.state for o in deliver(central, at(dt.date(2026, 12, 3)))] == [InboxState.APPLIED]

    first, relapse = rows(central, Incapacity, Incapacity.member_id == who)
    assert first.ended_on == dt.date(2026, 11, 30)
    assert (relapse.started_on, relapse.ended_on, relapse.relapse_of_id) == (
        dt.date(2026, 12, 1), None, first.id,
    )  # fmt: skip
    (late,) = rows(central, IncapacityCertificate,
                   IncapacityCertificate.covers_from == dt.date(2026, 11, 21),
                   IncapacityCertificate.member_id == who)  # fmt: skip
    assert (late.incapacity_id, late.kind) == (first.id, CertificateKind.PROLONGATION)
    # Due Monday 23/11, received 3/12: the certificate keeps its late cut, from its first day
    # to no further than the first period's last (the relapse's days are the relapse's); the
    # first period's rate stays its first declaration's.
    assert filed_as(central, niss) == [("relapse", False), ("prolongation", True)]
    assert (late.late_penalty_rate, late.late_from, late.late_until) == (
        Decimal("0.1000"), dt.date(2026, 11, 21), dt.date(2026, 11, 30),
    )  # fmt: skip
    assert first.late_penalty_rate == Decimal("0")


@SQLITE_ONLY
def test_a_certificate_starting_before_the_first_period_is_refused(central, outbox, deliver):
    niss = ill_member(central, started_on=dt.date(2026, 10, 1), covered_until=dt.date(2026, 11, 20))
    who = member_id(central, niss)
    register(outbox, niss, dt.date(2026, 9, 1), dt.date(2026, 9, 15), dt.date(2026, 11, 23))
    outcomes = deliver(central, at(dt.date(2026, 11, 23)))
    assert [(o.state, o.reason) for o in outcomes] == [
        (InboxState.REJECTED, "certificate_before_period")
    ]
    assert count(central, IncapacityCertificate, IncapacityCertificate.member_id == who) == 1
    (period,) = rows(central, Incapacity, Incapacity.member_id == who)
    assert (period.started_on, period.ended_on) == (dt.date(2026, 10, 1), None)


# --- The medical adviser ------------------------------------------------------------------


def make_adviser(central, login: str = "clerk", adviser: bool = True) -> None:
    with central.begin() as connection:
        connection.execute(
            update(Staff).where(Staff.login == login).values(medical_adviser=adviser)
        )


@SQLITE_ONLY
def test_only_a_medical_adviser_checks_a_certificate_and_decides_a_resumption(
    central, outbox, deliver, pki
):
    niss = ill_member(central, started_on=dt.date(2026, 10, 1), covered_until=dt.date(2026, 11, 10))
    who = member_id(central, niss)
    visit_from(central, outbox, niss, dt.date(2026, 11, 20))
    pdf = sign_as(resumption_pdf(niss, dt.date(2026, 11, 30)), pki, niss)
    outbox.enqueue("incapacity.partial_resumption",
                   resumption_payload(niss, pdf, starts_on=dt.date(2026, 11, 30)),
                   actor="member", now=at(dt.date(2026, 11, 20)))  # fmt: skip
    outbox.enqueue(
        "staff.certificate.register",
        certificate(niss, dt.date(2026, 11, 11), dt.date(2026, 11, 20), dt.date(2026, 11, 12)),
        actor=CLERK,
    )
    deliver(central, at(dt.date(2026, 11, 20)))
    (request,) = rows(central, PartialResumption, PartialResumption.member_id == who)
    (registered,) = rows(central, IncapacityCertificate, IncapacityCertificate.member_id == who,
                         IncapacityCertificate.checked_on.is_(None))  # fmt: skip

    check = {"member_niss": niss, "certificate_id": registered.id}
    refuse = {"member_niss": niss, "resumption_id": request.id, "authorised": False,
              "reason": REFUSAL}  # fmt: skip
    outbox.enqueue("staff.certificate.check", check, actor=CLERK)
    outbox.enqueue("staff.resumption.take", {"member_niss": niss, "resumption_id": request.id},
                   actor=CLERK)  # fmt: skip
    outbox.enqueue("staff.resumption.decide", refuse, actor=CLERK)
    outcomes = deliver(central, at(dt.date(2026, 11, 23)))
    assert [(o.state, o.reason) for o in outcomes] == [
        (InboxState.REJECTED, "adviser_only"),
        (InboxState.APPLIED, None),  # any clerk takes it
        (InboxState.REJECTED, "adviser_only"),
    ]

    make_adviser(central)
    outbox.enqueue("staff.certificate.check", check, actor=CLERK)
    outbox.enqueue("staff.certificate.check", check, actor=CLERK)
    outbox.enqueue("staff.resumption.decide", refuse, actor=CLERK)
    outbox.enqueue("staff.resumption.decide", {**refuse, "authorised": True}, actor=CLERK)
    outcomes = deliver(central, at(dt.date(2026, 11, 24)))
    assert [(o.state, o.reason) for o in outcomes] == [
        (InboxState.APPLIED, None),
        (InboxState.REJECTED, "already_done"),
        (InboxState.APPLIED, None),
        (InboxState.REJECTED, "already_decided"),
    ]
    (registered,) = rows(central, IncapacityCertificate, IncapacityCertificate.id == registered.id)
    (request,) = rows(central, PartialResumption, PartialResumption.id == request.id)
    with central.connect() as connection:
        clerk = connection.execute(select(Staff.id).where(Staff.login == "clerk")).scalar_one()
        audit = (
            connection.execute(
                select(AuditEntry.action).where(AuditEntry.member_id == who).order_by(AuditEntry.id)
            )
            .scalars()
            .all()
        )
    assert (registered.checked_on, registered.checked_by) == (dt.date(2026, 11, 24), clerk)
    assert (request.status, request.decided_by, request.assigned_to) == (
        ResumptionStatus.REFUSED, clerk, clerk,
    )  # fmt: skip
    assert request.reason == REFUSAL
    assert audit.count("staff_action_refused") == 4
    assert {"certificate_checked", "resumption_taken", "resumption_decided"} <= set(audit)

    # The member reads the decision and its reason in "My requests".
    mine = requests.my_requests(central, outbox, FileSession(niss, "eid"), dt.date(2026, 11, 24))
    assert [(r.starts_on, r.status, r.reason) for r in mine.resumptions] == [
        (
            dt.date(2026, 11, 30),
            "refused",
            REFUSAL,
        )
    ]
