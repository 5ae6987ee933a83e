""" "Contact us" at the terminal, and "My requests".

The member checks (and may change) their phone, mobile and email, chooses how to be answered
(email, letter, phone), and writes a title and a description. Nothing is sent while the title or
the description is missing, or a contact detail is wrong, or the chosen answer has nothing to go
to (an email answer without an address); every problem is said at once, as InvalidForm, and
what was typed stays on the screen. The question goes through the outbox with the contact
details that changed: the central worker files it and updates the member's data with them, as
the form says. "My requests" gives each question's history (sent, received, in progress,
answered, with the answer) and what still waits on this terminal, and the member's partial
resumption requests with the medical adviser's decision and its reason, with those signed here
that wait on this terminal or are on their way (as questions: until the central side has one,
then once, as it stands there).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import Engine, select

from app.domain import phone as phone_rules
from app.domain.clock import brussels_today, stored_utc
from app.domain.codes import AnswerChannel, Channel, RequestTopic
from app.services.errors import CentralUnavailable, InvalidForm, reaching_central
from app.services.member_file import FileSession, Queued, ResumptionRow, _viewer
from app.store.models import ContactRequest, ContactRequestEvent, PartialResumption
from app.sync import operations as ops
from app.sync.operations import OperationKind
from app.sync.terminal import Outbox

REQUEST_KIND = "contact_request.create"
RESUMPTION_KIND = OperationKind.PARTIAL_RESUMPTION.value
MAX_SUBJECT = 200
MAX_MESSAGE = 5000
WAITING_HERE = "waiting_here"  # on this terminal, not yet sent (offline)
ON_ITS_WAY = "on_its_way"  # sent, not yet received by the mutuality


@dataclass(frozen=True)
class RequestStep:
    at: dt.datetime
    status: str  # RequestStatus value, or WAITING_HERE / ON_ITS_WAY
    answer: str | None  # the mutuality's answer, on the "answered" step


@dataclass(frozen=True)
class MyRequest:
    subject: str
    topic: str
    message: str
    answer_by: str | None
    created_at: dt.datetime
    status: str  # the latest step
    history: tuple[RequestStep, ...]  # oldest first
    operation_id: str | None


@dataclass(frozen=True)
class MyRequests:
    requests: tuple[MyRequest, ...]  # newest first
    complete: bool  # False: the central database was out of reach, only this terminal's
    resumptions: tuple[ResumptionRow, ...] = ()  # partial resumption requests, newest first


def _clean(value: str | None) -> str | None:
    return value.strip() if value is not None else None


def send_request(
    outbox: Outbox,
    session: FileSession,
    *,
    topic: str,
    subject: str,
    message: str,
    answer_by: str,
    phone: str | None,
    mobile: str | None,
    email: str | None,
    on_file: dict[str, str | None],
    actor: str,
) -> Queued:
    """Queue a question. `phone`, `mobile`, `email`: what the form holds now; `on_file`: what
    the file said when the form was filled in (only what differs is sent, "" clears a value).
    InvalidForm({field: code}) with every problem."""
    subject, message = (subject or "").strip(), (message or "").strip()
    typed = {"phone": _clean(phone), "mobile": _clean(mobile), "email": _clean(email)}
    problems: dict[str, str] = {}
    if not subject:
        problems["subject"] = "subject_required"
    elif len(subject) > MAX_SUBJECT:
        problems["subject"] = "too_long"
    if not message:
        problems["message"] = "message_required"
    elif len(message) > MAX_MESSAGE:
        problems["message"] = "too_long"
    try:
        topic = RequestTopic(topic).value
    except ValueError:
        problems["topic"] = "unknown_topic"
    try:
        answer = AnswerChannel(answer_by)
    except ValueError:
        problems["answer_by"] = "choose_answer"
        answer = None
    if phone_rules.phone_problem(typed["phone"]):
        problems["phone"] = "invalid_phone"
    if problem := phone_rules.mobile_problem(typed["mobile"]):
        problems["mobile"] = problem
    if ops.email_problem(typed["email"]):
        problems["email"] = "invalid_email"
    if answer == AnswerChannel.EMAIL and not typed["email"]:
        problems.setdefault("email", "email_required")
    if answer == AnswerChannel.PHONE and not (typed["phone"] or typed["mobile"]):
        problems.setdefault("phone", "phone_required")
    if problems:
        raise InvalidForm(problems)
    changes = {
        key: None if (value or "") == (on_file.get(key) or "") else (value or "")
        for key, value in typed.items()
    }
    payload = {
        "member_niss": session.niss,
        "topic": topic,
        "subject": subject,
        "message": message,
        "channel": Channel.COUNTER if actor.startswith("staff:") else Channel.TERMINAL,
        "answer_by": answer,
        **changes,
    }
    return Queued(str(outbox.enqueue(REQUEST_KIND, payload, actor=actor, version=2)))


def _pending_here(outbox: Outbox, session: FileSession) -> list[MyRequest]:
    found = []
    for entry in outbox.unsettled(session.niss, (REQUEST_KIND,)):
        payload = entry.payload or {}
        status = WAITING_HERE if entry.state == "pending" else ON_ITS_WAY
        found.append(
            MyRequest(
                subject=payload.get("subject", ""),
                topic=payload.get("topic", ""),
                message=payload.get("message", ""),
                answer_by=payload.get("answer_by"),
                created_at=entry.created_at,
                status=status,
                history=(RequestStep(entry.created_at, status, None),),
                operation_id=str(entry.operation_id),
            )
        )
    return found


def _resumptions_here(outbox: Outbox, session: FileSession) -> list[tuple[str, ResumptionRow]]:
    """The partial resumption requests signed here and not settled yet, newest first, each
    with its operation's id: waiting on this terminal, or sent and not applied yet. Not
    reached yet: no day it reached us, no timeliness (the worker judges it)."""
    found = []
    for entry in outbox.unsettled(session.niss, (RESUMPTION_KIND,)):
        payload = entry.payload or {}
        if "starts_on" not in payload:  # settled meanwhile: its payload was erased
            continue
        found.append(
            (
                str(entry.operation_id),
                ResumptionRow(
                    starts_on=dt.date.fromisoformat(payload["starts_on"]),
                    work_hours=Decimal(payload["work_hours"]),
                    reference_hours=Decimal(payload["reference_hours"]),
                    employer=payload.get("employer", ""),
                    status=WAITING_HERE if entry.state == "pending" else ON_ITS_WAY,
                    timeliness=None,
                    reached_on=None,
                    decided_at=None,
                    reason=None,
                    signed_on=brussels_today(stored_utc(entry.created_at)),
                ),
            )
        )
    return found


@reaching_central
def _central_requests(
    central: Engine, session: FileSession, today: dt.date
) -> tuple[list[MyRequest], list[ResumptionRow], set[str]]:
    """The member's own questions and partial resumption requests (a holder's are theirs: not
    shown to dependants, nor a dependant's to the holder), and the operations those requests
    came from."""
    with central.connect() as connection:
        viewer = _viewer(connection, session, today)
        resumptions = connection.execute(
            select(PartialResumption)
            .where(PartialResumption.member_id == viewer.id)
            .order_by(PartialResumption.created_at.desc(), PartialResumption.id.desc())
        ).all()
        requests = connection.execute(
            select(ContactRequest)
            .where(ContactRequest.member_id == viewer.id)
            .order_by(ContactRequest.created_at.desc(), ContactRequest.id.desc())
        ).all()
        events: dict[int, list[RequestStep]] = {}
        if requests:
            for event in connection.execute(
                select(ContactRequestEvent)
                .where(ContactRequestEvent.request_id.in_([r.id for r in requests]))
                .order_by(ContactRequestEvent.at, ContactRequestEvent.id)
            ):
                events.setdefault(event.request_id, []).append(
                    RequestStep(event.at, str(event.status), event.note)
                )
    return (
        [
            MyRequest(
                subject=r.subject,
                topic=r.topic,
                message=r.message,
                answer_by=str(r.answer_by) if r.answer_by else None,
                created_at=r.created_at,
                status=str(r.status),
                history=tuple(events.get(r.id, ())),
                operation_id=str(r.operation_id) if r.operation_id else None,
            )
            for r in requests
        ],
        [
            ResumptionRow(
                starts_on=r.starts_on,
                work_hours=r.work_hours,
                reference_hours=r.reference_hours,
                employer=r.employer,
                status=str(r.status),
                timeliness=str(r.timeliness),
                reached_on=r.reached_on,
                decided_at=stored_utc(r.decided_at),
                reason=r.reason,
            )
            for r in resumptions
        ],
        {str(r.operation_id) for r in resumptions if r.operation_id is not None},
    )


def my_requests(
    central: Engine, outbox: Outbox, session: FileSession, today: dt.date
) -> MyRequests:
    here = _pending_here(outbox, session)
    resumptions_here = _resumptions_here(outbox, session)
    try:
        central_part, resumptions, filed = _central_requests(central, session, today)
    except CentralUnavailable:
        return MyRequests(
            tuple(here), complete=False, resumptions=tuple(r for _, r in resumptions_here)
        )
    known = {r.operation_id for r in central_part if r.operation_id}
    waiting = [r for r in here if r.operation_id not in known]
    # Applied but its result not back yet: shown once, as the central side has it.
    signed_here = [r for operation_id, r in resumptions_here if operation_id not in filed]
    return MyRequests(
        tuple(waiting + central_part),
        complete=True,
        resumptions=tuple(signed_here + resumptions),
    )
