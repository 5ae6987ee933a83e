"""The central worker's side of incapacity: what a member declares (a partial resumption asked
with the form signed by their card, a return to work) and what the counter does with it (a
paper certificate registered, checked by the medical adviser; a partial resumption taken and
decided). Each handler runs inside the worker's transaction (app/sync/apply.py), after the
operation's proof (and a signed form's signature) was checked; the staff handlers check the
clerk and their rights with app/sync/staff_apply.py and write their audit entry with the
change.

The rules (deadlines, relapse gaps, penalties) are the federation's dated parameters, read
through the RuleBook (app/store/parameters.py) on the day each applies to:
- a partial resumption reached the mutuality on the day the member sent it (the operation's
  `created_at`, a Belgian day), never after the day it is applied and never before the day
  the central side could first have seen it (its visit's opening, else its arrival in the
  inbox): a terminal's clock does not date it; its timeliness is
  `resumption_timeliness(starts_on, reached_on)`;
- a paper certificate is filed against the period its dates belong to (the latest that started
  on or before its first day) as the rules judge it (`check_certificate`): a prolongation of
  that period, a relapse (a new period linked to it), or a new incapacity; a late one costs
  `late_declaration_penalty`, by the deadline the rules give its kind (a first declaration's
  for a new incapacity, the prolongation's 48 hours for a prolongation or a relapse), on the
  paid days from the first it concerns to the day it arrived: kept with the certificate
  (`late_penalty_rate`, `late_from`, `late_until`); a new period's `late_penalty_rate` is its
  first declaration's.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.domain.clock import brussels_today, stored_utc
from app.domain.codes import (
    CertificateChannel,
    CertificateKind,
    DocumentDirection,
    IncapacityPhase,
    Language,
    ResumptionStatus,
)
from app.domain.incapacity import (
    Continuation,
    PreviousPeriod,
    check_certificate,
    expected_first_paid_day,
    resumption_timeliness,
)
from app.domain.membership import is_insured_on
from app.store.models import (
    Document,
    InboxOperation,
    Incapacity,
    IncapacityCertificate,
    Member,
    PartialResumption,
    Visit,
)
from app.store.parameters import rule_book
from app.sync import operations as ops
from app.sync.member_apply import Handler
from app.sync.operations import OperationKind as K
from app.sync.staff_apply import Clerk, _audit, _may_take_over, acting_staff

# The signed request's title in the member's documents, in their language.
RESUMPTION_FORM_TITLE = {
    Language.FR: "Demande de reprise partielle du travail",
    Language.NL: "Aanvraag gedeeltelijke werkhervatting",
    Language.DE: "Antrag auf teilweise Wiederaufnahme der Arbeit",
    Language.EN: "Request for a partial resumption of work",
}
RESUMPTION_DOCUMENT = "partial_resumption"  # Document.kind
PERIOD_KINDS = (CertificateKind.INITIAL, CertificateKind.PROLONGATION)  # what covers days
REGISTERED_KINDS = PERIOD_KINDS  # what a clerk registers; the worker decides which it is
PROLONGATION, RELAPSE, NEW = "prolongation", "relapse", "new"  # how a certificate is filed
ONE_DAY = dt.timedelta(days=1)
ON_TIME = (None, None, None)  # a certificate's cut: (rate, from, until)


def _day(moment: dt.datetime) -> dt.date:
    return brussels_today(moment)


def _earliest_day(session: Session, operation: InboxOperation) -> dt.date:
    """The first day the central side vouches the member could have sent it: the day its visit
    opened when it names one (the MAC, or the card's signature over the visit's id), else the
    day it reached the inbox (a card proof alone does not date it)."""
    if operation.visit_id is not None:
        visit = session.get(Visit, operation.visit_id)
        if visit is not None:
            return _day(stored_utc(visit.opened_at))
    return _day(stored_utc(operation.received_at))


def _sent_on(session: Session, operation: InboxOperation, now: dt.datetime) -> dt.date:
    """The day the member sent it (a Belgian day), within what the central side can vouch
    for: an operation queued offline, or applied after a weekend, keeps its day; a terminal
    clock ahead of ours does not put it in the future (as the letters count,
    member_apply._post_letter), and one behind does not date it before its visit opened (or
    before it arrived, without a visit)."""
    sent = max(_day(stored_utc(operation.created_at)), _earliest_day(session, operation))
    return min(sent, _day(now))


def _member(session: Session, niss: str, *, for_update: bool = False) -> Member:
    query = select(Member).where(Member.niss == niss)
    member = session.scalars(query.with_for_update() if for_update else query).first()
    if member is None:
        raise ops.OperationRejected("unknown_member", "no member with this national number")
    return member


def _rules(session: Session, member: Member):
    return rule_book(session.connection(), federation_id=member.household.federation_id)


def _running(session: Session, member_id: int, on: dt.date) -> Incapacity | None:
    """The member's incapacity running on `on`: started by then, not ended before."""
    return session.scalars(
        select(Incapacity)
        .where(
            Incapacity.member_id == member_id,
            Incapacity.started_on <= on,
            Incapacity.ended_on.is_(None) | (Incapacity.ended_on >= on),
        )
        .order_by(Incapacity.started_on.desc(), Incapacity.id.desc())
        .limit(1)
        .with_for_update()
    ).first()


# --- The member's own --------------------------------------------------------------------


def _partial_resumption(session, operation, payload, now) -> dict:
    """The request and its signed form, filed for the medical adviser, dated the day it was
    sent and judged against its deadline."""
    assert isinstance(payload, ops.PartialResumptionV1)
    reached_on = _sent_on(session, operation, now)
    member = _member(session, payload.member_niss)
    if not is_insured_on(member.status, member.left_on, reached_on):
        raise ops.OperationRejected("not_member", "the member has left the mutuality")
    incapacity = _running(session, member.id, reached_on)
    if incapacity is None:
        raise ops.OperationRejected("no_incapacity", "no incapacity running that day")
    if payload.starts_on <= incapacity.started_on:  # a day of total incapacity first (§14)
        raise ops.OperationRejected(
            "resumption_before_start", f"the incapacity started on {incapacity.started_on}"
        )
    timeliness = resumption_timeliness(payload.starts_on, reached_on, _rules(session, member))
    pdf = payload.pdf_bytes()
    document = Document(
        member_id=member.id,
        kind=RESUMPTION_DOCUMENT,
        title=RESUMPTION_FORM_TITLE[Language(member.language)],
        direction=DocumentDirection.RECEIVED,
        dated_on=reached_on,
        signed=True,
        signed_on=reached_on,
        content_sha256=payload.signed_pdf_sha256,
        content=pdf,
        operation_id=operation.operation_id,
    )
    session.add(document)
    session.flush()
    request = PartialResumption(
        member_id=member.id,
        incapacity_id=incapacity.id,
        starts_on=payload.starts_on,
        work_hours=payload.work_hours,
        reference_hours=payload.reference_hours,
        employer=payload.employer,
        self_employed=payload.self_employed,
        channel=payload.channel,
        created_at=stored_utc(operation.created_at),
        reached_on=reached_on,
        timeliness=timeliness,
        status=ResumptionStatus.RECEIVED,
        document_id=document.id,
        operation_id=operation.operation_id,
    )
    session.add(request)
    session.flush()
    return {
        "resumption_id": request.id,
        "document_id": document.id,
        "reached_on": reached_on.isoformat(),
        "timeliness": str(timeliness),
    }


def _return_to_work(session, operation, payload, now) -> dict:
    """The running incapacity ends the day before the member resumes; the declaration is kept
    as the period's resumption certificate (the member's word: nothing for the adviser to
    check, so it is not in the queue)."""
    assert isinstance(payload, ops.ReturnToWorkV1)
    sent_on = _sent_on(session, operation, now)
    member = _member(session, payload.member_niss)
    incapacity = session.scalars(
        select(Incapacity)
        .where(Incapacity.member_id == member.id, Incapacity.ended_on.is_(None))
        .order_by(Incapacity.started_on.desc(), Incapacity.id.desc())
        .limit(1)
        .with_for_update()
    ).first()
    if incapacity is None:
        raise ops.OperationRejected("no_incapacity", "no incapacity running")
    if payload.resumes_on <= incapacity.started_on:
        raise ops.OperationRejected(
            "return_before_start", f"the incapacity started on {incapacity.started_on}"
        )
    incapacity.ended_on = payload.resumes_on - dt.timedelta(days=1)
    incapacity.resumed_as = payload.resumes_as
    certificate = IncapacityCertificate(
        incapacity_id=incapacity.id,
        member_id=member.id,
        kind=CertificateKind.RESUMPTION,
        received_on=sent_on,
        covers_from=payload.resumes_on,
        covers_to=None,
        doctor_name="",  # the member's own declaration
        channel=CertificateChannel.DECLARATION,
        checked_on=sent_on,
        operation_id=operation.operation_id,
    )
    session.add(certificate)
    session.flush()
    return {
        "incapacity_id": incapacity.id,
        "ended_on": incapacity.ended_on.isoformat(),
        "certificate_id": certificate.id,
    }


# --- The counter's: certificates -----------------------------------------------------------


def _covered_until(session: Session, incapacity: Incapacity) -> dt.date:
    """The last day the period covers: its end, else its certificates' latest day."""
    if incapacity.ended_on is not None:
        return incapacity.ended_on
    latest = session.scalar(
        select(func.max(IncapacityCertificate.covers_to)).where(
            IncapacityCertificate.incapacity_id == incapacity.id,
            IncapacityCertificate.kind.in_(PERIOD_KINDS),
        )
    )
    return latest if latest is not None else incapacity.started_on - ONE_DAY


def _phase(incapacity: Incapacity, on: dt.date) -> str:
    if incapacity.invalidity_from is not None and incapacity.invalidity_from <= on:
        return IncapacityPhase.INVALIDITY.value
    return IncapacityPhase.PRIMARY.value


def _place(
    session: Session, member_id: int, day: dt.date
) -> tuple[Incapacity | None, Incapacity | None]:
    """The period `day` belongs to (the latest that started on or before it) and the one after
    it (None: none)."""
    periods = list(
        session.scalars(
            select(Incapacity)
            .where(Incapacity.member_id == member_id)
            .order_by(Incapacity.started_on, Incapacity.id)
            .with_for_update()
        )
    )
    own = next((p for p in reversed(periods) if p.started_on <= day), None)
    after = next((p for p in periods if p.started_on > day), None)
    return own, after


def _last_day_before(following: Incapacity | None, last: dt.date) -> dt.date:
    """`last`, but never into the next period (its first day − 1)."""
    if following is None:
        return last
    return min(last, following.started_on - ONE_DAY)


def _judged(
    own: Incapacity | None,
    own_end: dt.date | None,
    payload: ops.StaffCertificateRegisterV1,
    covers_from: dt.date,
    work_status: str,
    rules,
):
    """What the rules make of the days it covers from `covers_from` (the days `own` does not
    cover yet): app.domain.incapacity.check_certificate, the checker's own verdict."""
    previous = None
    if own is not None and own_end is not None:
        previous = PreviousPeriod(
            started_on=own.started_on,
            covered_until=own_end,
            phase=_phase(own, own_end),
            first_paid_day=expected_first_paid_day(own.started_on, str(own.work_status), rules),
        )
    return check_certificate(
        covers_from=covers_from,
        covers_to=payload.covers_to,
        received_on=payload.received_on,
        electronic=False,
        previous=previous,
        work_status=work_status,
        daily_amount=None,
        household_members=1,
        rules=rules,
    )


def _cut(check, late_last: dt.date | None = None):
    """A certificate's cut as stored (rate, first day, last day): None when on time; the days
    no further than `late_last` (the day before a later period: its days are that one's)."""
    if not check.late:
        return ON_TIME
    late_from, late_until = check.late_from, check.late_until
    if late_until is not None and late_last is not None and late_until > late_last:
        late_until = late_last
    if late_from is None or late_until is None or late_until < late_from:
        late_from = late_until = None
    return check.penalty_rate, late_from, late_until


def _new_period(
    member: Member,
    payload: ops.StaffCertificateRegisterV1,
    work_status: str,
    late_penalty: Decimal,
    *,
    previous: Incapacity | None,
    relapse: bool,
    following: Incapacity | None,
) -> Incapacity:
    period = Incapacity(
        member_id=member.id,
        work_status=work_status,
        started_on=payload.covers_from,
        declared_on=payload.received_on,
        late_penalty_rate=late_penalty,
        relapse_of_id=previous.id if relapse and previous is not None else None,
        # Before a later period: it ends where its certificate does, or the day before that.
        ended_on=_last_day_before(following, payload.covers_to) if following else None,
    )
    if relapse and previous is not None:
        # A relapse continues the previous period: the same indemnity's basis and, in
        # invalidity, the invalidity (domain.md §6).
        period.gross_daily_wage = previous.gross_daily_wage
        period.family_situation = previous.family_situation
        period.regular_worker = previous.regular_worker
        if previous.invalidity_from is not None and previous.invalidity_from <= payload.covers_from:
            period.invalidity_from = payload.covers_from
    return period


def certificate_register(session, operation, payload, now) -> dict:
    """A paper certificate, dated the day it came in, filed against the period its dates
    belong to (the latest that started on or before its first day, whatever order the papers
    came in): that period's prolongation (or a certificate for days it already covers), a
    relapse, or a new incapacity, as `check_certificate` judges the days it adds.

    A late one costs `late_declaration_penalty` on the paid days from the first it concerns to
    the day it arrived: the certificate keeps its own cut (rate, first and last day); a new
    period's `late_penalty_rate` is its first declaration's, and a late prolongation leaves the
    period's alone (its cut is not the whole period's). A certificate that fills the days
    between a period the worker closed for a relapse and the next period extends the first up
    to its last day (never into the next). One that starts before the member's first period is
    refused ("certificate_before_period"): it cannot be filed by its dates."""
    assert isinstance(payload, ops.StaffCertificateRegisterV1)
    staff = acting_staff(session, operation)
    if payload.kind not in REGISTERED_KINDS:
        raise ops.OperationRejected("not_allowed", f"a clerk does not register a {payload.kind}")
    if payload.received_on > _day(now):
        raise ops.OperationRejected("in_future", "a certificate cannot come in after today")
    member = _member(session, payload.member_niss, for_update=True)
    rules = _rules(session, member)
    own, following = _place(session, member.id, payload.covers_from)
    if own is None and following is not None:
        raise ops.OperationRejected(
            "certificate_before_period",
            f"it starts before the first period ({following.started_on})",
        )
    work_status = payload.work_status or (own.work_status if own is not None else None)
    if work_status is None:
        raise ops.OperationRejected("work_status_required", "a first declaration's work status")
    own_end = _covered_until(session, own) if own is not None else None
    # Closed by the worker when a later period came in (not by the member's return): days
    # after its end and before the next period are still its own.
    closed_for_next = (
        own is not None
        and own.ended_on is not None
        and own.resumed_as is None
        and following is not None
    )
    # The days a later period does not take: a late cut runs no further.
    late_last = following.started_on - ONE_DAY if following is not None else None
    cut = ON_TIME
    if own_end is not None and payload.covers_from <= own_end:
        filed = PROLONGATION  # days it covers already: the paper of a known period
        extends = own is not None and (own.ended_on is None or closed_for_next)
        if extends and payload.covers_to > own_end:  # and days after: judged as a prolongation
            check = _judged(own, own_end, payload, own_end + ONE_DAY, str(work_status), rules)
            cut = _cut(check, late_last)
    else:
        check = _judged(own, own_end, payload, payload.covers_from, str(work_status), rules)
        cut = _cut(check, late_last)
        filed = NEW if check.kind == Continuation.FIRST else str(check.kind)
        resumed = own is not None and own.ended_on is not None and not closed_for_next
        if filed == PROLONGATION and resumed:
            filed = RELAPSE  # the member had resumed: a new period, linked
        if filed in (RELAPSE, NEW) and own is not None and own.ended_on is None:
            own.ended_on = own_end  # the running period ended on its last day
    if filed == PROLONGATION:
        assert own is not None and own_end is not None
        period = own
        if closed_for_next and payload.covers_to > own_end:
            own.ended_on = _last_day_before(following, payload.covers_to)
    else:
        period = _new_period(
            member, payload, str(work_status), cut[0] if cut[0] is not None else Decimal("0"),
            previous=own, relapse=filed == RELAPSE, following=following,
        )  # fmt: skip
        session.add(period)
        session.flush()
    certificate = IncapacityCertificate(
        incapacity_id=period.id,
        member_id=member.id,
        kind=CertificateKind.PROLONGATION if filed == PROLONGATION else CertificateKind.INITIAL,
        received_on=payload.received_on,
        covers_from=payload.covers_from,
        covers_to=payload.covers_to,
        doctor_name=payload.doctor_name,
        channel=CertificateChannel.PAPER,
        checked_on=None,
        operation_id=operation.operation_id,
        late_penalty_rate=cut[0],
        late_from=cut[1],
        late_until=cut[2],
    )
    session.add(certificate)
    session.flush()
    _audit(session, operation, staff, member.id, now, f"certificate {certificate.id}: {filed}")
    return {
        "certificate_id": certificate.id,
        "incapacity_id": period.id,
        "filed_as": filed,
        "late": cut[0] is not None,
    }


def certificate_check(session, operation, payload, now) -> dict:
    """The medical adviser saw a received certificate: it leaves the queue."""
    assert isinstance(payload, ops.StaffCertificateCheckV1)
    staff = acting_staff(session, operation)
    certificate = session.get(IncapacityCertificate, payload.certificate_id, with_for_update=True)
    member = _member(session, payload.member_niss)
    if certificate is None or certificate.member_id != member.id:
        raise ops.OperationRejected("unknown_certificate", "no such certificate of this member")
    if certificate.checked_on is not None:
        raise ops.OperationRejected("already_done", f"checked on {certificate.checked_on}")
    certificate.checked_on, certificate.checked_by = _day(now), staff.id
    _audit(session, operation, staff, member.id, now, f"certificate {certificate.id}")
    return {"certificate_id": certificate.id, "checked_on": certificate.checked_on.isoformat()}


# --- The counter's: partial resumptions ----------------------------------------------------


def _resumption(session: Session, payload: ops.StaffResumptionV1) -> PartialResumption:
    request = session.get(PartialResumption, payload.resumption_id, with_for_update=True)
    member = _member(session, payload.member_niss)
    if request is None or request.member_id != member.id:
        raise ops.OperationRejected("unknown_resumption", "no such request of this member")
    return request


def _undecided(request: PartialResumption) -> None:
    if request.status != ResumptionStatus.RECEIVED:
        raise ops.OperationRejected("already_decided", f"the request is {request.status}")


def resumption_take(session, operation, payload, now) -> dict:
    """Take a request: it is yours; another clerk sees who has it (as for questions)."""
    staff: Clerk = acting_staff(session, operation)
    request = _resumption(session, payload)
    _undecided(request)
    if not _may_take_over(staff, request.assigned_to):
        raise ops.OperationRejected("taken_by_another", "another clerk has taken it")
    if request.assigned_to != staff.id:
        request.assigned_to = staff.id
        _audit(session, operation, staff, request.member_id, now, f"resumption {request.id}")
    return {"resumption_id": request.id, "status": str(request.status)}


def resumption_decide(session, operation, payload, now) -> dict:
    """The medical adviser authorises or refuses (a refusal says why; the member reads it in
    "My requests"). Whoever took the request, the decision is the adviser's."""
    assert isinstance(payload, ops.StaffResumptionDecideV1)
    staff = acting_staff(session, operation)
    request = _resumption(session, payload)
    _undecided(request)
    request.status = ResumptionStatus.AUTHORISED if payload.authorised else ResumptionStatus.REFUSED
    request.decided_at, request.decided_by = now, staff.id
    request.reason = payload.reason or None
    if request.assigned_to is None:
        request.assigned_to = staff.id
    _audit(session, operation, staff, request.member_id, now,
           f"resumption {request.id}: {request.status}")  # fmt: skip
    return {"resumption_id": request.id, "status": str(request.status)}


HANDLERS: dict[str, Handler] = {
    K.PARTIAL_RESUMPTION: _partial_resumption,
    K.RETURN_TO_WORK: _return_to_work,
    K.STAFF_CERTIFICATE_REGISTER: certificate_register,
    K.STAFF_CERTIFICATE_CHECK: certificate_check,
    K.STAFF_RESUMPTION_TAKE: resumption_take,
    K.STAFF_RESUMPTION_DECIDE: resumption_decide,
}
