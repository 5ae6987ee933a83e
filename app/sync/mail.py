"""Send to my e-mail (issue 19): a document a member asked for at a terminal, sent to the e-mail
address on their file, by the central side.

The path: the terminal queues `document.email` (app/sync/operations.DocumentEmailV1: the
document's kind, a generic file name, the PDF, the member's national number — never an
address) in its outbox; the push takes it to the central inbox (the terminal erases the PDF
there and then, app/sync/exchange.py); the central worker applies it here (`apply_document_email`):
only within a visit the central side opened for that very member (the visit's MAC, not a card
signature alone, and not a clerk's visit), the address read from the member's file, one row of
`mail_queue` (app/store/models/mail.py). The sender (`send_due`, run by the central worker every
few seconds and by `guichet-central mail send`) hands each queued mail to the mail server over
SMTP, tries again with a growing delay after a connection refused or a 4xx answer, gives up
after MAX_ATTEMPTS or at a 5xx answer with the reason recorded, and erases the PDF once sent.

The subject and body say nothing of the document (no care, no illness, no amount): the same
sentence for every document, in the member's language; the attachment is named by its day.

A terminal learns what became of its member's mail through `mail_status` (on PostgreSQL the
SECURITY DEFINER `guichet_mail_status(operation_id)`, migration 0021: its visit's member's
mails only); terminals' logins cannot read `mail_queue`.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import smtplib
import ssl
import uuid
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import formatdate, make_msgid
from typing import Any

from sqlalchemy import Engine, select, text
from sqlalchemy.orm import Session

from app.domain.clock import stored_utc, utc_now
from app.store.models import InboxOperation, MailMessage, Visit
from app.sync import operations as ops
from app.sync import proofs
from app.sync.member_apply import member_by_niss

log = logging.getLogger(__name__)

QUEUED, SENT, FAILED = "queued", "sent", "failed"
MAX_ATTEMPTS = 8  # then given up, the reason kept: about 1 h 04 of tries with the delays below
RETRY_BASE = dt.timedelta(seconds=30)  # 30 s, 1 min, 2 min, 4 min… after each failure
RETRY_CAP = dt.timedelta(hours=1)
SMTP_TIMEOUT = 30.0  # seconds: a mail server that does not answer is a failure, tried again

# The message, per language: nothing medical, the same for every document.
SUBJECTS = {
    "fr": "Votre document de votre mutualité",
    "nl": "Uw document van uw ziekenfonds",
    "de": "Ihr Dokument von Ihrer Krankenkasse",
    "en": "Your document from your mutuality",
}
BODIES = {
    "fr": "Bonjour,\n\nVous trouverez en pièce jointe le document que vous avez demandé à une "
    "borne de votre mutualité.\n\nCe message est envoyé automatiquement ; merci de ne pas y "
    "répondre.\n",
    "nl": "Goedendag,\n\nIn bijlage vindt u het document dat u aan een terminal van uw "
    "ziekenfonds hebt gevraagd.\n\nDit bericht wordt automatisch verzonden; gelieve er niet op "
    "te antwoorden.\n",
    "de": "Guten Tag,\n\nim Anhang finden Sie das Dokument, das Sie an einem Terminal Ihrer "
    "Krankenkasse angefordert haben.\n\nDiese Nachricht wird automatisch versendet; bitte "
    "antworten Sie nicht darauf.\n",
    "en": "Hello,\n\nPlease find attached the document you asked for at a terminal of your "
    "mutuality.\n\nThis message is sent automatically; please do not reply to it.\n",
}


# --- The central worker applies "document.email" ------------------------------------------


def _verified_visit(session: Session, operation: InboxOperation, niss: str) -> None:
    """The operation was made within a visit the central side opened for this member: its MAC
    holds (a card signature alone, made offline, is not enough: the address is sent to only
    when the central side saw the member), the visit is the member's own (not a dependant's
    through a holder, not a clerk's opening of the file), pushed in time. The MAC, the login
    and the time are proofs.py's own check, again: the worker's general check accepts a card
    signature where this one does not."""
    proof = operation.proof if isinstance(operation.proof, dict) else {}
    if not proof.get("mac") or operation.visit_id is None:
        raise ops.OperationRejected(proofs.NO_PROOF, "no visit the central side opened")
    dialect = session.get_bind().dialect.name
    proofs._check_visit(
        session, operation, niss, proof["mac"], proofs.canonical_of(operation), dialect
    )
    visit = session.get(Visit, operation.visit_id)
    if visit.niss != niss or visit.mode == "staff" or visit.staff_id is not None:
        raise ops.OperationRejected(proofs.NO_PROOF, "not the member's own visit")


def apply_document_email(
    session: Session, operation: InboxOperation, payload: ops.Payload, now: dt.datetime
) -> dict:
    """Queue the mail to the address on the member's file (the payload has none)."""
    assert isinstance(payload, ops.DocumentEmailV1)
    _verified_visit(session, operation, payload.member_niss)
    member = member_by_niss(session, payload.member_niss)
    if member is None:
        raise ops.OperationRejected("unknown_member", "no member with this national number")
    if not member.email or ops.email_problem(member.email):
        raise ops.OperationRejected("email_required", "no e-mail address on the file")
    language = str(member.language.value if hasattr(member.language, "value") else member.language)
    pdf = payload.pdf_bytes()
    # The inbox keeps its record of the operation, not the document: the PDF lives in the
    # queue's row until the server has it (its digest stays, for the record).
    kept = {key: value for key, value in (operation.payload or {}).items() if key != "pdf"}
    operation.payload = {**kept, "pdf_sha256": hashlib.sha256(pdf).hexdigest()}
    session.add(
        MailMessage(
            operation_id=operation.operation_id,
            member_id=member.id,
            to_address=member.email,
            language=language if language in SUBJECTS else "fr",
            document_kind=payload.document,
            file_name=payload.file_name,
            pdf=pdf,
            state=QUEUED,
            queued_at=now,
            attempts=0,
            next_try_at=now,
        )
    )
    return {"mail": QUEUED}


HANDLERS = {ops.OperationKind.DOCUMENT_EMAIL: apply_document_email}


# --- The sender ---------------------------------------------------------------------------


@dataclass(frozen=True)
class SmtpSettings:
    """The mail server (from the central configuration: app/config.py's smtp_*)."""

    host: str
    port: int = 587
    security: str = "starttls"  # starttls, tls (SMTPS) or none
    user: str = ""
    password: str = ""
    sender: str = ""
    timeout: float = SMTP_TIMEOUT

    def __repr__(self) -> str:  # never the password
        return f"SmtpSettings({self.host}:{self.port}, {self.security}, user={self.user!r})"

    @classmethod
    def of(cls, settings: Any) -> SmtpSettings | None:
        """From app.config.Settings; None when no mail server is set (mails wait)."""
        if not settings.smtp_host:
            return None
        return cls(
            host=settings.smtp_host,
            port=settings.smtp_port,
            security=settings.smtp_security,
            user=settings.smtp_user,
            password=settings.smtp_password,
            sender=settings.smtp_sender or f"noreply@{settings.smtp_host}",
        )


@dataclass
class SendResult:
    sent: int = 0
    retried: int = 0  # failed this time, tried again later
    given_up: int = 0


class _Permanent(Exception):
    """The mail server refused the message for good (a 5xx answer)."""


def message_of(mail: MailMessage, sender: str) -> EmailMessage:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = mail.to_address
    message["Subject"] = SUBJECTS.get(mail.language, SUBJECTS["fr"])
    message["Date"] = formatdate(localtime=False)
    message["Message-ID"] = make_msgid(domain=sender.rsplit("@", 1)[-1].strip("> ") or None)
    message["Auto-Submitted"] = "auto-generated"
    message.set_content(BODIES.get(mail.language, BODIES["fr"]))
    message.add_attachment(mail.pdf, maintype="application", subtype="pdf", filename=mail.file_name)
    return message


def _smtp(settings: SmtpSettings) -> smtplib.SMTP:
    if settings.security == "tls":
        client: smtplib.SMTP = smtplib.SMTP_SSL(
            settings.host,
            settings.port,
            timeout=settings.timeout,
            context=ssl.create_default_context(),
        )
    else:
        client = smtplib.SMTP(settings.host, settings.port, timeout=settings.timeout)
    try:
        if settings.security == "starttls":
            client.starttls(context=ssl.create_default_context())
        if settings.user:
            client.login(settings.user, settings.password)
    except BaseException:
        client.close()
        raise
    return client


def _send(settings: SmtpSettings, message: EmailMessage) -> None:
    """Hand one message to the server; _Permanent for a 5xx refusal, else the error raised
    (tried again)."""
    try:
        with _smtp(settings) as client:
            client.send_message(message)
    except smtplib.SMTPRecipientsRefused as exc:
        codes = [code for code, _text in exc.recipients.values()]
        reason = "; ".join(f"{code} {_text_of(answer)}" for code, answer in exc.recipients.values())
        if codes and all(code >= 500 for code in codes):
            raise _Permanent(f"recipient refused: {reason}") from exc
        raise
    except smtplib.SMTPAuthenticationError:
        raise  # the mutuality's configuration, not the member's mail: tried again
    except smtplib.SMTPResponseException as exc:
        if exc.smtp_code >= 500 and not isinstance(exc, smtplib.SMTPConnectError):
            raise _Permanent(f"{exc.smtp_code} {_text_of(exc.smtp_error)}") from exc
        raise


def _text_of(answer: Any) -> str:
    if isinstance(answer, bytes):
        answer = answer.decode("utf-8", "replace")
    return " ".join(str(answer).split())


def _reason(exc: BaseException) -> str:
    if isinstance(exc, smtplib.SMTPResponseException):
        return f"{type(exc).__name__}: {exc.smtp_code} {_text_of(exc.smtp_error)}"[:300]
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        answers = "; ".join(f"{c} {_text_of(t)}" for c, t in exc.recipients.values())
        return f"SMTPRecipientsRefused: {answers}"[:300]
    return f"{type(exc).__name__}: {_text_of(exc)}"[:300]


def retry_delay(attempts: int) -> dt.timedelta:
    """The wait after the `attempts`-th failure."""
    return min(RETRY_CAP, RETRY_BASE * 2 ** max(0, attempts - 1))


def _due(session: Session, now: dt.datetime, batch: int) -> list[int]:
    return list(
        session.scalars(
            select(MailMessage.id)
            .where(MailMessage.state == QUEUED, MailMessage.next_try_at <= now)
            .order_by(MailMessage.next_try_at, MailMessage.id)
            .limit(batch)
        )
    )


def send_due(
    central: Engine,
    settings: SmtpSettings | None,
    *,
    now: dt.datetime | None = None,
    batch: int = 50,
) -> SendResult:
    """Send the queued mails that are due, each in its own transaction (its row locked while
    it is handed over, so that two senders never send it twice); returns the counts."""
    result = SendResult()
    if settings is None:
        return result
    now = now or utc_now()
    postgres = central.dialect.name == "postgresql"
    with Session(central) as session:
        ids = _due(session, now, batch)
    for mail_id in ids:
        with Session(central) as session, session.begin():
            query = select(MailMessage).where(
                MailMessage.id == mail_id, MailMessage.state == QUEUED
            )
            if postgres:
                query = query.with_for_update(skip_locked=True)
            mail = session.scalars(query).first()
            if mail is None or mail.pdf is None:
                continue  # another sender's
            try:
                _send(settings, message_of(mail, settings.sender))
            except _Permanent as exc:
                _give_up(mail, str(exc)[:300], utc_now() if now is None else now)
                result.given_up += 1
                continue
            except (OSError, smtplib.SMTPException) as exc:
                mail.attempts += 1
                mail.last_error = _reason(exc)
                if mail.attempts >= MAX_ATTEMPTS:
                    _give_up(mail, f"{MAX_ATTEMPTS} tries: {mail.last_error}"[:300], now)
                    result.given_up += 1
                else:
                    mail.next_try_at = now + retry_delay(mail.attempts)
                    result.retried += 1
                log.warning(
                    "mail %s not sent (try %s): %s", mail.id, mail.attempts, type(exc).__name__
                )
                continue
            mail.attempts += 1
            mail.state = SENT
            mail.sent_at = utc_now()
            mail.pdf = None  # the document leaves the central side once the server has it
            mail.last_error = None
            result.sent += 1
    return result


def _give_up(mail: MailMessage, reason: str, now: dt.datetime) -> None:
    mail.state = FAILED
    mail.failed_at = now
    mail.last_error = reason
    mail.pdf = None  # nothing more will be sent: the document is not kept either


# --- What a terminal reads -----------------------------------------------------------------


@dataclass(frozen=True)
class MailStatus:
    state: str  # queued, sent, failed
    sent_at: dt.datetime | None


def mail_status(central: Engine, operation_id: uuid.UUID) -> MailStatus | None:
    """The state of the mail an operation queued, for the visit's member only (PostgreSQL:
    `guichet_mail_status`, migration 0021); None while not (yet) queued centrally."""
    with central.connect() as connection:
        if connection.dialect.name == "postgresql":
            row = connection.execute(
                text("SELECT state, sent_at FROM guichet_mail_status(:id)"),
                {"id": operation_id},
            ).first()
        else:
            row = connection.execute(
                select(MailMessage.state, MailMessage.sent_at).where(
                    MailMessage.operation_id == operation_id
                )
            ).first()
    if row is None:
        return None
    return MailStatus(state=row[0], sent_at=stored_utc(row[1]))


class MailSending:
    """The sender every `every` seconds, for the central worker's loop (app/sync/worker.py,
    `guichet-central worker`): a failure is logged and tried again at the next turn, never stops
    the worker that calls `tick`."""

    def __init__(self, central: Engine, settings: SmtpSettings | None, *, every: float = 5.0):
        import time

        self.central = central
        self.settings = settings
        self.every = every
        self.clock = time.monotonic
        self.due = self.clock()
        self.last: SendResult | None = None

    def tick(self, *, applied: bool = False) -> SendResult | None:
        """Send what is due when the turn comes, or at once after the worker `applied`
        operations (one may have queued a mail: the member waits for it)."""
        if self.settings is None or self.every <= 0:
            return None
        if self.clock() < self.due and not applied:
            return None
        self.due = self.clock() + self.every
        try:
            self.last = send_due(self.central, self.settings)
        except Exception as exc:  # the database gone: the inbox's own turn reports it
            log.error("mail sender failed (tried again in %.0f s): %s", self.every,
                      type(exc).__name__)  # fmt: skip
            return None
        return self.last
