"""Send to my e-mail (issue 19), the terminal's side: whether to offer it, queue it, follow it.

Offered only within a visit the central side opened (the outbox proves with the visit's key)
and when the member's file has an e-mail address; the screen shows that address partly masked
and never lets one be typed. The operation carries the PDF the print would make and the
member's national number, never an address: the central worker sends to the one on file
(app/sync/mail.py). The terminal erases the PDF once the central inbox holds it
(app/sync/exchange.py), and learns whether the mail left through `progress` (on PostgreSQL the
SECURITY DEFINER `guichet_mail_status`, its visit's member's mails only).
"""

from __future__ import annotations

import base64
import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import Engine, select

from app.domain.codes import OutboxState
from app.services.errors import Refused
from app.services.member_file import FileSession
from app.store.models import Member
from app.sync import mail
from app.sync.operations import OperationKind, email_problem
from app.sync.terminal import Outbox

KIND = OperationKind.DOCUMENT_EMAIL
DOCUMENTS = ("official_receipt", "indemnity_statement", "document")


def masked(address: str) -> str:
    """An address such as jean.dupont@example.be shown as j…t@example.be: enough for the
    member to know it, not for someone behind them to read it."""
    local, _, domain = address.partition("@")
    if len(local) <= 2:
        return f"{local[:1]}…@{domain}"
    return f"{local[0]}…{local[-1]}@{domain}"


def visit_verified(outbox: Outbox) -> bool:
    """A visit the central side opened is on (its key proves the operations)."""
    prover = outbox.prover
    return prover is not None and prover.visit is not None


def offer(central: Engine, outbox: Outbox, session: FileSession) -> str | None:
    """The masked address a document would go to, or None: not offered (no visit the central
    side verified, or no valid e-mail address on the file)."""
    if not visit_verified(outbox):
        return None
    with central.connect() as connection:  # the visit's row-level security on PostgreSQL
        address = connection.execute(
            select(Member.email).where(Member.niss == session.niss)
        ).scalar()
    if not address or email_problem(address):
        return None
    return masked(address)


def send(
    outbox: Outbox,
    session: FileSession,
    document: str,
    pdf: bytes,
    *,
    actor: str,
    today: dt.date,
) -> uuid.UUID:
    """Queue the document to the member's address on file; its operation id."""
    if not visit_verified(outbox):
        raise Refused("no_proof")
    payload = {
        "member_niss": session.niss,
        "document": document,
        "file_name": f"document-{today:%Y-%m-%d}.pdf",
        "pdf": base64.b64encode(pdf).decode("ascii"),
    }
    return outbox.enqueue(KIND, payload, actor=actor)


@dataclass(frozen=True)
class Progress:
    """Where a mail is: "waiting" (still on this terminal), "on_its_way" (the central side has
    it), "sent" (at `sent_at`), "failed" (given up) or "refused" (the worker's `reason`)."""

    state: str
    sent_at: dt.datetime | None = None
    reason: str | None = None


def progress(central: Engine, outbox: Outbox, operation_id: uuid.UUID) -> Progress:
    entry = outbox.entry(operation_id)
    if entry is None or entry.state == OutboxState.PENDING:
        return Progress("waiting")
    if entry.state == OutboxState.REJECTED:
        return Progress("refused", reason=entry.reason)
    status = mail.mail_status(central, operation_id)
    if status is None:
        return Progress("on_its_way")
    if status.state == mail.SENT:
        return Progress("sent", sent_at=status.sent_at)
    if status.state == mail.FAILED:
        return Progress("failed")
    return Progress("on_its_way")
