"""The member's own requests about their incapacity, through the outbox: partial resumption
(the form signed with the card, as the bank change) and the return to work.

Checked here so the member hears a mistake at once; the central worker checks again (a running
incapacity, a return not before its start) and decides the timeliness on the day the request
reached it. Every deadline and rate is the federation's dated parameter (the RuleBook).
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from sqlalchemy import Connection, Engine, select

from app.domain.codes import Channel, ResumedAs
from app.domain.incapacity import (
    SelfEmployedResumption,
    resumption_cut,
    resumption_deadline,
    resumption_late_tiers,
    resumption_timeliness,
    self_employed_resumption,
)
from app.domain.money import money
from app.services.errors import CentralUnavailable, InvalidForm, Refused, reaching_central
from app.services.member_file import FileSession, Queued, _viewer
from app.services.member_file.incapacity import NO_INCAPACITY, _current, _periods
from app.store.models import IndemnityPayment
from app.store.parameters import rule_book
from app.sync import operations as ops
from app.sync.operations import OperationKind
from app.sync.terminal import Outbox

MAX_WEEK_HOURS = Decimal(168)  # the hours of a week: a bound on what can be typed, not a rule
MAX_EMPLOYER = 200  # the request's field (PartialResumptionV1.employer)
# How far ahead a return can be declared: a bound on the form (a date typed a year off is a
# mistake), not a rule of the mutuality's.
RETURN_AHEAD_DAYS = 31
HOURS = re.compile(r"^[0-9]{1,3}([.,][0-9]{1,2})?$")


@dataclass(frozen=True)
class ResumptionForm:
    starts_on: dt.date
    work_hours: Decimal  # a week
    reference_hours: Decimal  # a full-time week of the same job
    employer: str  # the employer, or the self-employed activity
    self_employed: bool


@dataclass(frozen=True)
class ResumptionPreview:
    deadline: dt.date  # the day the request must reach the mutuality at the latest
    timeliness: str  # Timeliness value if it is sent today
    # The fraction the indemnity is cut by (0.30: −30 %) from the start (or today, when it
    # started before); None: set by the income of three years before (self-employed, from
    # their 4th year), which the medical adviser says.
    cut: Decimal | None
    daily_now: Decimal | None  # the latest payment's daily amount (None: none paid yet)
    daily_after: Decimal | None  # daily_now less the cut (None: no amount or no cut known)
    # The late tiers, said before signing (issue 15 point 6): reaching us after the deadline
    # but by `late_until` (the start + partial_resumption_late_days) costs `late_penalty`
    # (partial_resumption_late_penalty) from the start to the day it reaches us; later, no
    # indemnity from the start.
    late_penalty: Decimal
    late_until: dt.date
    sent_on: dt.date  # the day the preview assumes it is sent and reaches us: today
    # Self-employed: the cut's stages (none for 6 months, −10 % until 31/12 of year 3, then by
    # income); None for an employee (the work fraction − 20 %, for as long as it lasts).
    self_employed: SelfEmployedResumption | None = None


def _day(value: dt.date | str | None) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    text = value.strip()
    if not text:
        return None
    for parse in (
        dt.date.fromisoformat,
        lambda t: dt.datetime.strptime(t, "%d/%m/%Y").date(),
    ):
        try:
            return parse(text)
        except ValueError:
            continue
    raise ValueError(text)


def _hours(text: str | None) -> Decimal | None:
    """Hours a week as typed ("19", "19,5", "19.50"); None when that is not a number of hours."""
    text = (text or "").strip()
    if not HOURS.match(text):
        return None
    try:
        value = Decimal(text.replace(",", "."))
    except InvalidOperation:
        return None
    return value if Decimal(0) < value <= MAX_WEEK_HOURS else None


def parse_resumption_form(
    *,
    starts_on: dt.date | str | None,
    work_hours: str,
    reference_hours: str,
    employer: str,
    self_employed: bool,
) -> ResumptionForm:
    """The form as typed, checked: every problem at once as InvalidForm({field: code}), with
    what was typed kept in `values` (and the hours' bound, `max_hours`)."""
    problems: dict[str, str] = {}
    try:
        start = _day(starts_on)
    except ValueError:
        start = None
        problems["starts_on"] = "resumption_start_invalid"
    if start is None and "starts_on" not in problems:
        problems["starts_on"] = "resumption_start_missing"
    work = _hours(work_hours)
    reference = _hours(reference_hours)
    if work is None:
        problems["work_hours"] = "resumption_hours_invalid"
    if reference is None:
        problems["reference_hours"] = "resumption_hours_invalid"
    if work is not None and reference is not None and work >= reference:
        problems["work_hours"] = "resumption_hours_not_less"
    name = " ".join((employer or "").split())
    if not name:
        problems["employer"] = "employer_required"
    elif len(name) > MAX_EMPLOYER:
        problems["employer"] = "employer_too_long"
    if problems:
        raise InvalidForm(
            problems,
            {
                "starts_on": starts_on,
                "work_hours": work_hours,
                "reference_hours": reference_hours,
                "employer": employer,
                "self_employed": self_employed,
                "max_hours": int(MAX_WEEK_HOURS),
                "max_employer": MAX_EMPLOYER,
            },
        )
    return ResumptionForm(start, work, reference, name, bool(self_employed))


def _running(connection: Connection, session: FileSession, today: dt.date):
    """(the member's row, their running incapacity's row); Refused("no_incapacity") without
    one. Only the member's own file: a request is theirs to make."""
    member = _viewer(connection, session, today)
    row, running = _current(_periods(connection, member.id), today)
    if not running:
        raise Refused(NO_INCAPACITY)
    return member, row


def _check_start(form: ResumptionForm, row) -> None:
    # At least one day of total incapacity before the resumption (domain.md §14).
    if form.starts_on <= row.started_on:
        raise InvalidForm({"starts_on": "resumption_before_start"}, {"started_on": row.started_on})


@reaching_central
def resumption_preview(
    central: Engine, session: FileSession, form: ResumptionForm, today: dt.date
) -> ResumptionPreview:
    """What the request means if sent today: its deadline, on time or which late tier (and
    the late tiers' rate and last day), the expected cut and the daily amount before and after
    it. An employee's cut is the work fraction less the free part; a self-employed member's
    (the form says which) goes by time since the start (domain.md §14): the one in force on the
    start, or today when it started before, with its stages."""
    with central.connect() as connection:
        _member, row = _running(connection, session, today)
        _check_start(form, row)
        rules = rule_book(connection, federation_id=row.federation_id)
        daily = connection.execute(
            select(IndemnityPayment.daily_amount)
            .where(IndemnityPayment.incapacity_id == row.id)
            .order_by(IndemnityPayment.paid_on.desc(), IndemnityPayment.covers_from.desc())
            .limit(1)
        ).scalar()
        stages = None
        if form.self_employed:
            stages = self_employed_resumption(form.starts_on, rules)
            cut = stages.cut_on(max(form.starts_on, today))
        else:
            cut = resumption_cut(form.work_hours, form.reference_hours, rules, form.starts_on)
        late = resumption_late_tiers(form.starts_on, rules)
        return ResumptionPreview(
            deadline=resumption_deadline(form.starts_on, rules),
            timeliness=str(resumption_timeliness(form.starts_on, today, rules)),
            cut=cut,
            daily_now=daily,
            daily_after=(
                money(daily * (1 - cut)) if daily is not None and cut is not None else None
            ),
            late_penalty=late.penalty,
            late_until=late.cut_until,
            sent_on=today,
            self_employed=stages,
        )


def _checked_against_central(central: Engine | None, check) -> None:
    """Run `check(connection)` on the central database when it is there: out of reach, the
    request still waits in the outbox, and the worker applies the same rules."""
    if central is None:
        return
    try:
        _with_connection(central, check)
    except CentralUnavailable:
        return


@reaching_central
def _with_connection(central: Engine, check) -> None:
    with central.connect() as connection:
        check(connection)


def _channel(actor: str) -> Channel:
    return Channel.COUNTER if actor.startswith("staff:") else Channel.TERMINAL


def request_partial_resumption(
    outbox: Outbox,
    session: FileSession,
    form: ResumptionForm,
    signed_pdf: bytes,
    *,
    actor: str = "member",
    central: Engine | None = None,
    today: dt.date | None = None,
) -> Queued:
    """Queue the request with the form the member signed with their card, for their own file.

    With `central` (and `today`): Refused("no_incapacity") without a running incapacity,
    InvalidForm for a start not after the incapacity's first day. InvalidForm({"signed_pdf":
    "not_a_pdf"}) for a form that is not a PDF of at most 5 MB."""
    if not signed_pdf.startswith(b"%PDF-") or len(signed_pdf) > ops.MAX_SIGNED_PDF_BYTES:
        raise InvalidForm({"signed_pdf": "not_a_pdf"})
    if today is not None:
        _checked_against_central(
            central, lambda connection: _check_start(form, _running(connection, session, today)[1])
        )
    payload = {
        "member_niss": session.niss,
        "starts_on": form.starts_on.isoformat(),
        "work_hours": str(form.work_hours),
        "reference_hours": str(form.reference_hours),
        "employer": form.employer,
        "self_employed": form.self_employed,
        "channel": _channel(actor).value,
        "signed_pdf": base64.b64encode(signed_pdf).decode("ascii"),
        "signed_pdf_sha256": hashlib.sha256(signed_pdf).hexdigest(),
    }
    operation_id = outbox.enqueue(
        OperationKind.PARTIAL_RESUMPTION.value, payload, actor=actor, version=1
    )
    return Queued(str(operation_id))


def declare_return(
    outbox: Outbox,
    session: FileSession,
    resumes_on: dt.date | None,
    resumes_as: str,
    *,
    actor: str = "member",
    today: dt.date,
    central: Engine | None = None,
) -> Queued:
    """Queue the day the member resumes (work or unemployment): their incapacity ends the day
    before, once the central side applies it.

    InvalidForm({"resumes_on": "return_date_missing" | "return_too_far_ahead" |
    "return_before_start"}) with `latest` / `started_on` in `values`; with `central`,
    Refused("no_incapacity") without a running incapacity."""
    latest = today + dt.timedelta(days=RETURN_AHEAD_DAYS)
    values = {"resumes_on": resumes_on, "latest": latest}
    try:
        what = ResumedAs(resumes_as)
    except ValueError:
        raise InvalidForm({"resumes_as": "return_as_invalid"}, values) from None
    if resumes_on is None:
        raise InvalidForm({"resumes_on": "return_date_missing"}, values)
    if resumes_on > latest:
        raise InvalidForm({"resumes_on": "return_too_far_ahead"}, values)

    def check(connection: Connection) -> None:
        _member, row = _running(connection, session, today)
        # The incapacity ends the day before: at least one day of it.
        if resumes_on <= row.started_on:
            raise InvalidForm(
                {"resumes_on": "return_before_start"}, {**values, "started_on": row.started_on}
            )

    _checked_against_central(central, check)
    payload = {
        "member_niss": session.niss,
        "resumes_on": resumes_on.isoformat(),
        "resumes_as": what.value,
        "channel": _channel(actor).value,
    }
    operation_id = outbox.enqueue(
        OperationKind.RETURN_TO_WORK.value, payload, actor=actor, version=1
    )
    return Queued(str(operation_id))
