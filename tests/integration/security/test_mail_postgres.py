"""The mail queue under the real PostgreSQL logins (migration 0021, app/store/roles.py): no
terminal, counter or clerk login reads `mail_queue` (PDFs, addresses); a kiosk pushes a
document within its member's visit, and learns that it was sent through
`guichet_mail_status` only for its own visit's member, only while the visit is open."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import update

from app.domain.codes import InboxState
from app.services import document_mail
from app.services.member_file import FileSession
from app.store.models import Member
from app.sync import apply, exchange, mail
from app.sync.terminal import Outbox, open_terminal_db
from tests.integration.security.conftest import refused, scalar
from tests.support.smtp import SmtpServer
from tests.support.visits import member_visit

pytestmark = pytest.mark.postgres


def test_terminals_read_no_mail_and_only_their_visit_members_mail_state(logins, tmp_path):
    owner, kiosk, other = logins.owner, logins.engines["kiosk_a"], logins.engines["kiosk_b"]
    niss = owner.cases["active_account"]
    with owner.begin() as connection:
        connection.execute(
            update(Member).where(Member.niss == niss).values(email="an.member@example.be")
        )
    for login in ("kiosk_a", "kiosk_b", "counter_c", "staff_clerk", "staff_supervisor"):
        assert refused(logins.engines[login], "SELECT count(*) FROM mail_queue"), login

    terminal = open_terminal_db(tmp_path / "terminal.sqlite")
    outbox = Outbox(terminal, "kiosk_a")
    session = FileSession(niss, "eid")
    assert document_mail.offer(kiosk, outbox, session) is None  # no visit
    grant = member_visit(owner, outbox, niss, login_role="kiosk_a")
    assert document_mail.offer(kiosk, outbox, session) == "a…r@example.be"
    pdf = b"%PDF-1.7\n" + bytes(range(256)) * 40
    operation_id = document_mail.send(
        outbox, session, "official_receipt", pdf, actor=f"member:{niss}", today=dt.date.today()
    )
    exchange.push(terminal, kiosk)  # as the kiosk's own login
    [outcome] = apply.apply_pending(owner)
    assert outcome.state == InboxState.APPLIED, outcome.reason
    server = SmtpServer().start()
    try:
        settings = mail.SmtpSettings(host="127.0.0.1", port=server.port, security="none",
                                     sender="noreply@example.be", timeout=5.0)  # fmt: skip
        assert mail.send_due(owner, settings).sent == 1
        assert server.handler.wait(1)
        assert server.received[0].rcpt_tos == ["an.member@example.be"]
    finally:
        server.stop()
    exchange.pull_results(terminal, kiosk)

    # The kiosk of the visit learns it left; another kiosk learns nothing, nor reads the row.
    progress = document_mail.progress(kiosk, outbox, operation_id)
    assert progress.state == "sent" and progress.sent_at is not None
    status = "SELECT count(*) FROM guichet_mail_status(:id)"
    assert scalar(other, status, {"id": operation_id}) == 0
    assert refused(other, "SELECT state FROM mail_queue")
    # The visit over: nothing more, even for the kiosk that pushed it.
    scalar(kiosk, "SELECT guichet_visit_close(:id, 'finish')", {"id": grant.visit_id})
    assert scalar(kiosk, status, {"id": operation_id}) == 0
    terminal.dispose()
