"""Send to my e-mail (issue 19): a document queued at the terminal reaches a real SMTP server
(aiosmtpd, started here on a free port) through the outbox, the central inbox, the worker and
the mail queue's sender, addressed to the e-mail address on file; the PDF arrives byte for byte
and is erased on the terminal at the push and centrally once sent; the subject says nothing
of the document; a server down is tried again, a refusal for good is given up with its reason;
without a visit the central side opened, nothing is queued. On SQLite and PostgreSQL."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import os

import pytest
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from app.domain.codes import InboxState, OutboxState
from app.services import document_mail
from app.services.member_file import FileSession
from app.store.models import InboxOperation, MailMessage, Member
from app.sync import apply, exchange, mail
from app.sync.mail import SmtpSettings
from app.sync.operations import OperationRejected
from tests.integration.sync.test_outbox import case, local_entry
from tests.support.smtp import SmtpServer, free_port
from tests.support.visits import member_visit

ADDRESS = "jean.dupont@example.be"


def a_pdf(size: int = 20_000) -> bytes:
    return b"%PDF-1.7\n" + os.urandom(size) + b"\n%%EOF\n"


@pytest.fixture
def smtp():
    server = SmtpServer().start()
    yield server
    server.stop()


def settings_for(port: int) -> SmtpSettings:
    return SmtpSettings(
        host="127.0.0.1", port=port, security="none", sender="noreply@mutualite.example.be",
        timeout=5.0,
    )  # fmt: skip


def on_file(central, niss: str, *, email: str | None = ADDRESS, language: str = "fr") -> None:
    with central.begin() as connection:
        connection.execute(
            update(Member).where(Member.niss == niss).values(email=email, language=language)
        )


def queue_document(outbox, niss: str, pdf: bytes, *, document: str = "official_receipt"):
    return document_mail.send(
        outbox, FileSession(niss, "eid"), document, pdf, actor=f"member:{niss}",
        today=dt.date(2026, 12, 4),
    )  # fmt: skip


def mail_row(central, operation_id) -> MailMessage | None:
    with Session(central) as session:
        return session.scalars(
            select(MailMessage).where(MailMessage.operation_id == operation_id)
        ).first()


def test_the_terminal_s_database_files_keep_nothing_of_the_document_once_pushed(
    central, terminal, outbox, tmp_path
):
    """Whoever takes the terminal's disk after the push finds no trace of the PDF: its outbox
    row is emptied, the freed space zeroed (secure_delete) and the write-ahead log emptied."""
    niss = case(central, "active_account")
    on_file(central, niss)
    member_visit(central, outbox, niss)
    pdf = a_pdf()
    trace = base64.b64encode(pdf)[-4096:-4048]  # as the outbox's JSON holds it, far in

    def on_disk() -> bool:
        files = [tmp_path / "terminal.sqlite", tmp_path / "terminal.sqlite-wal"]
        return any(trace in f.read_bytes() for f in files if f.exists())

    queue_document(outbox, niss, pdf)
    assert on_disk()  # while it waits for the push, it is there (the test can see it)
    with terminal.connect() as connection:  # a long wait offline: SQLite's own checkpoint
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    assert trace in (tmp_path / "terminal.sqlite").read_bytes()
    exchange.push(terminal, central)
    assert not on_disk()


def test_a_document_reaches_the_smtp_server_at_the_address_on_file(central, terminal, outbox, smtp):
    niss = case(central, "active_account")
    on_file(central, niss, language="nl")
    member_visit(central, outbox, niss)
    pdf = a_pdf()
    operation_id = queue_document(outbox, niss, pdf)
    assert document_mail.progress(central, outbox, operation_id).state == "waiting"

    exchange.push(terminal, central)
    # Once the central inbox holds it, the terminal keeps nothing of the document.
    entry = local_entry(terminal, operation_id)
    assert entry.state == OutboxState.SENT and entry.payload is None and entry.proof is None
    assert document_mail.progress(central, outbox, operation_id).state == "on_its_way"

    [outcome] = apply.apply_pending(central)
    assert outcome.state == InboxState.APPLIED, outcome.reason
    queued = mail_row(central, operation_id)
    assert queued.state == "queued" and queued.to_address == ADDRESS and queued.pdf == pdf
    # The inbox's record keeps the document's digest, not the document.
    with central.connect() as connection:
        kept = connection.execute(
            select(InboxOperation.payload).where(InboxOperation.operation_id == operation_id)
        ).scalar_one()
    assert "pdf" not in kept and kept["pdf_sha256"] == hashlib.sha256(pdf).hexdigest()
    exchange.pull_results(terminal, central)
    assert document_mail.progress(central, outbox, operation_id).state == "on_its_way"

    result = mail.send_due(central, settings_for(smtp.port))
    assert (result.sent, result.retried, result.given_up) == (1, 0, 0)
    assert smtp.handler.wait(1)
    [received] = smtp.received
    assert received.rcpt_tos == [ADDRESS]
    message = received.message
    assert message["To"] == ADDRESS
    assert message["Subject"] == "Uw document van uw ziekenfonds"
    [attachment] = list(message.iter_attachments())
    assert attachment.get_content_type() == "application/pdf"
    assert attachment.get_filename() == "document-2026-12-04.pdf"
    assert attachment.get_content() == pdf  # byte for byte
    body = message.get_body(("plain",)).get_content()
    assert "ziekenfonds" in body and "terugbetaling" not in body.lower()

    sent = mail_row(central, operation_id)
    assert sent.state == "sent" and sent.sent_at is not None and sent.pdf is None
    progress = document_mail.progress(central, outbox, operation_id)
    assert progress.state == "sent" and progress.sent_at is not None
    # Sent once: the sender's next turn sends nothing.
    assert mail.send_due(central, settings_for(smtp.port)).sent == 0
    assert len(smtp.received) == 1


@pytest.mark.parametrize(
    ("language", "subject"),
    [
        ("fr", "Votre document de votre mutualité"),
        ("nl", "Uw document van uw ziekenfonds"),
        ("de", "Ihr Dokument von Ihrer Krankenkasse"),
        ("en", "Your document from your mutuality"),
    ],
)
def test_the_subject_says_nothing_of_the_document_in_each_language(
    central, terminal, outbox, smtp, language, subject
):
    niss = case(central, "active_account")
    on_file(central, niss, language=language)
    member_visit(central, outbox, niss)
    queue_document(outbox, niss, a_pdf(100), document="indemnity_statement")
    exchange.push(terminal, central)
    apply.apply_pending(central)
    assert mail.send_due(central, settings_for(smtp.port)).sent == 1
    assert smtp.handler.wait(1)
    message = smtp.received[0].message
    assert message["Subject"] == subject
    assert message["Auto-Submitted"] == "auto-generated"
    [attachment] = list(message.iter_attachments())
    assert attachment.get_filename() == "document-2026-12-04.pdf"


def test_no_address_can_be_given_by_the_terminal(central, terminal, outbox, smtp):
    niss = case(central, "active_account")
    on_file(central, niss)
    member_visit(central, outbox, niss)
    payload = {
        "member_niss": niss,
        "document": "official_receipt",
        "file_name": "document-2026-12-04.pdf",
        "pdf": base64.b64encode(a_pdf(100)).decode(),
    }
    # An address in the payload, or a telling file name, is refused before it is queued.
    for extra in ({"email": "attacker@example.com"}, {"to": "attacker@example.com"}):
        with pytest.raises(OperationRejected) as refused:
            outbox.enqueue("document.email", {**payload, **extra}, actor=f"member:{niss}")
        assert refused.value.code == "invalid_payload"
    with pytest.raises(OperationRejected):
        outbox.enqueue(
            "document.email", {**payload, "file_name": "incapacity-statement.pdf"},
            actor=f"member:{niss}",
        )  # fmt: skip
    # Sent as queued, it goes to the file's address, whatever the file said when it was made.
    operation_id = outbox.enqueue("document.email", payload, actor=f"member:{niss}")
    exchange.push(terminal, central)
    apply.apply_pending(central)
    mail.send_due(central, settings_for(smtp.port))
    assert smtp.handler.wait(1)
    assert smtp.received[0].rcpt_tos == [ADDRESS]
    assert mail_row(central, operation_id).to_address == ADDRESS


def test_a_server_down_is_tried_again_later_and_the_mail_then_leaves(central, terminal, outbox):
    niss = case(central, "active_account")
    on_file(central, niss)
    member_visit(central, outbox, niss)
    pdf = a_pdf()
    operation_id = queue_document(outbox, niss, pdf)
    exchange.push(terminal, central)
    apply.apply_pending(central)
    port = free_port()  # nobody listens yet: connection refused
    now = dt.datetime.now(dt.UTC)
    first = mail.send_due(central, settings_for(port), now=now)
    assert (first.sent, first.retried, first.given_up) == (0, 1, 0)
    waiting = mail_row(central, operation_id)
    assert waiting.state == "queued" and waiting.attempts == 1 and waiting.pdf == pdf
    assert "ConnectionRefusedError" in waiting.last_error
    retry_at = now + mail.retry_delay(1)
    # Not before its time.
    assert (
        mail.send_due(central, settings_for(port), now=now + dt.timedelta(seconds=5)).retried == 0
    )
    server = SmtpServer(port).start()
    try:
        later = mail.send_due(central, settings_for(port), now=retry_at)
        assert later.sent == 1
        assert server.handler.wait(1)
        [attachment] = list(server.received[0].message.iter_attachments())
        assert attachment.get_content() == pdf
    finally:
        server.stop()
    sent = mail_row(central, operation_id)
    assert sent.state == "sent" and sent.attempts == 2 and sent.pdf is None
    assert sent.last_error is None


def test_a_server_down_for_too_long_is_given_up_with_its_reason(central, terminal, outbox):
    niss = case(central, "active_account")
    on_file(central, niss)
    member_visit(central, outbox, niss)
    operation_id = queue_document(outbox, niss, a_pdf(100))
    exchange.push(terminal, central)
    apply.apply_pending(central)
    port, now = free_port(), dt.datetime.now(dt.UTC)
    for attempt in range(1, mail.MAX_ATTEMPTS + 1):
        result = mail.send_due(central, settings_for(port), now=now)
        assert result.sent == 0
        now += mail.retry_delay(attempt)
    failed = mail_row(central, operation_id)
    assert failed.state == "failed" and failed.attempts == mail.MAX_ATTEMPTS
    assert failed.last_error.startswith(f"{mail.MAX_ATTEMPTS} tries: ConnectionRefusedError")
    assert failed.pdf is None and failed.failed_at is not None
    assert document_mail.progress(central, outbox, operation_id).state == "failed"


def test_a_permanent_refusal_is_given_up_at_once_with_the_reason(central, terminal, outbox, smtp):
    niss = case(central, "active_account")
    on_file(central, niss)
    member_visit(central, outbox, niss)
    operation_id = queue_document(outbox, niss, a_pdf(100))
    exchange.push(terminal, central)
    apply.apply_pending(central)
    smtp.handler.refuse_rcpt = "550 5.1.1 Mailbox unavailable"
    result = mail.send_due(central, settings_for(smtp.port))
    assert (result.sent, result.retried, result.given_up) == (0, 0, 1)
    failed = mail_row(central, operation_id)
    assert failed.state == "failed" and failed.attempts == 0 and failed.pdf is None
    assert "550" in failed.last_error and "Mailbox unavailable" in failed.last_error
    assert smtp.received == []


def test_without_a_visit_the_central_side_opened_nothing_is_queued(central, terminal, outbox):
    niss = case(central, "active_account")
    on_file(central, niss)
    payload = {
        "member_niss": niss,
        "document": "official_receipt",
        "file_name": "document-2026-12-04.pdf",
        "pdf": base64.b64encode(a_pdf(100)).decode(),
    }
    # The terminal does not offer it, and will not queue it through the service.
    assert document_mail.offer(central, outbox, FileSession(niss, "eid")) is None
    with pytest.raises(Exception) as refused:
        queue_document(outbox, niss, a_pdf(100))
    assert getattr(refused.value, "code", None) == "no_proof"
    # Pushed anyway (a terminal's login alone): refused by the worker, nothing queued.
    operation_id = outbox.enqueue("document.email", payload, actor=f"member:{niss}")
    exchange.push(terminal, central)
    [outcome] = apply.apply_pending(central)
    assert outcome.state == InboxState.REJECTED and outcome.reason == "no_proof"
    assert mail_row(central, operation_id) is None
    # Another member's visit proves nothing for this one.
    other = case(central, "bim")
    member_visit(central, outbox, other)
    operation_id = outbox.enqueue("document.email", payload, actor=f"member:{niss}")
    exchange.push(terminal, central)
    [outcome] = apply.apply_pending(central)
    assert outcome.state == InboxState.REJECTED
    assert mail_row(central, operation_id) is None


def test_a_holder_s_visit_sends_nothing_to_a_dependant_s_address(central, terminal, outbox):
    """The holder's visit covers their dependants' files, and the worker's proof check lets it
    change them; a document goes by e-mail only within the member's own visit."""
    with Session(central) as session:
        dependant = session.scalars(
            select(Member).where(Member.holder_id.is_not(None)).order_by(Member.id)
        ).first()
        holder = session.get(Member, dependant.holder_id)
        holder_niss, niss = holder.niss, dependant.niss
    on_file(central, niss)
    member_visit(central, outbox, holder_niss)
    payload = {
        "member_niss": niss,
        "document": "official_receipt",
        "file_name": "document-2026-12-04.pdf",
        "pdf": base64.b64encode(a_pdf(100)).decode(),
    }
    operation_id = outbox.enqueue("document.email", payload, actor=f"member:{holder_niss}")
    exchange.push(terminal, central)
    [outcome] = apply.apply_pending(central)
    assert (outcome.state, outcome.reason) == (InboxState.REJECTED, "no_proof")
    assert mail_row(central, operation_id) is None


def test_a_file_without_an_address_offers_nothing_and_queues_nothing(central, terminal, outbox):
    niss = case(central, "active_account")
    on_file(central, niss, email=None)
    member_visit(central, outbox, niss)
    assert document_mail.offer(central, outbox, FileSession(niss, "eid")) is None
    operation_id = queue_document(outbox, niss, a_pdf(100))
    exchange.push(terminal, central)
    [outcome] = apply.apply_pending(central)
    assert outcome.state == InboxState.REJECTED and outcome.reason == "email_required"
    assert mail_row(central, operation_id) is None


def test_the_offer_shows_the_address_masked(central, outbox):
    niss = case(central, "active_account")
    on_file(central, niss)
    member_visit(central, outbox, niss)
    assert document_mail.offer(central, outbox, FileSession(niss, "eid")) == "j…t@example.be"
    assert document_mail.masked("ab@x.be") == "a…@x.be"


def test_the_cli_sends_what_is_queued_with_the_central_settings(
    central, terminal, outbox, smtp, monkeypatch, capsys
):
    from app.cli.central import main

    if central.dialect.name != "sqlite":
        pytest.skip("the command's own engine: the SQLite file is enough")
    niss = case(central, "active_account")
    on_file(central, niss)
    member_visit(central, outbox, niss)
    operation_id = queue_document(outbox, niss, a_pdf(100))
    exchange.push(terminal, central)
    apply.apply_pending(central)
    monkeypatch.setenv("GUICHET_SMTP_HOST", "127.0.0.1")
    monkeypatch.setenv("GUICHET_SMTP_PORT", str(smtp.port))
    monkeypatch.setenv("GUICHET_SMTP_SECURITY", "none")
    monkeypatch.setenv("GUICHET_SMTP_SENDER", "noreply@mutualite.example.be")
    url = central.url.render_as_string(hide_password=False)
    assert main(["--url", url, "mail", "send"]) == 0
    assert "mail: 1 sent" in capsys.readouterr().out
    assert smtp.handler.wait(1) and smtp.received[0].rcpt_tos == [ADDRESS]
    assert mail_row(central, operation_id).state == "sent"
