"""Send to my e-mail in a real window (issue 19): a member logged in with their card selects two
lines of their reimbursements, sees the masked address the receipt will go to, presses "Send
to my e-mail", is told at once it is queued, and once the central side's sender handed it to a
real SMTP server (aiosmtpd), that it was sent at HH:MM. The receipt arrives at the address on
file. A file without an e-mail address offers no button; nor does the counter."""

from __future__ import annotations

import datetime as dt
import io

from pypdf import PdfReader
from PySide6.QtCore import Qt
from sqlalchemy import update

from app.store.models import Member
from app.sync import apply, exchange, mail
from tests.support.smtp import SmtpServer
from tests.ui.kiosk_harness import NOW
from tests.ui.test_fees_visit import unnamed_controls
from tests.ui.test_file_screens import open_at_the_counter, open_section, open_with_card, wait_idle

ADDRESS = "jean.dupont@example.be"


def on_file(central, niss: str, email: str | None) -> None:
    with central.begin() as connection:
        connection.execute(update(Member).where(Member.niss == niss).values(email=email))


def test_a_logged_in_member_sends_the_receipt_to_their_e_mail(make_kiosk, cases):
    kiosk = make_kiosk()
    member = cases["active_account"]
    on_file(kiosk.central, member.niss, ADDRESS)
    open_with_card(kiosk, member)
    file = open_section(kiosk, "reimbursements")
    wait_idle(kiosk)
    page = file.reimbursements
    offer = page.mail
    assert offer.isVisibleTo(page)
    assert offer.address_label.text() == "By e-mail to j…t@example.be"
    assert offer.button.text() == "Send to my e-mail"
    assert ADDRESS not in kiosk.texts()  # only masked
    assert unnamed_controls(offer) == []
    assert offer.button.accessibleName() == "Send to my e-mail"
    assert "j…t@example.be" in offer.button.accessibleDescription()
    assert not offer.button.isEnabled()  # nothing selected yet
    for row in (0, 1):
        page.table.item(row, 0).setCheckState(Qt.CheckState.Checked)
    assert offer.button.isEnabled()
    kiosk.click(offer.button)
    kiosk.qtbot.waitUntil(
        lambda: file.status.text() == "Queued: it leaves in a few minutes.", timeout=20_000
    )
    wait_idle(kiosk)

    server = SmtpServer().start()
    try:
        # Within the visit, on the harness's clock (the visit opened at NOW).
        exchange.push(kiosk.outbox.engine, kiosk.central, now=NOW + dt.timedelta(minutes=1))
        [outcome] = apply.apply_pending(kiosk.central)
        assert outcome.state == "applied", outcome.reason
        settings = mail.SmtpSettings(host="127.0.0.1", port=server.port, security="none",
                                     sender="noreply@example.be", timeout=5.0)  # fmt: skip
        assert mail.send_due(kiosk.central, settings).sent == 1
        assert server.handler.wait(1)
    finally:
        server.stop()
    [received] = server.received
    assert received.rcpt_tos == [ADDRESS]
    assert received.message["Subject"] == "Votre document de votre mutualité"
    [attachment] = list(received.message.iter_attachments())
    text = "\n".join(
        p.extract_text() for p in PdfReader(io.BytesIO(attachment.get_content())).pages
    )
    assert member.last_name in text and "Official receipt" in text

    kiosk.controller.file_controller.mail.check()
    kiosk.qtbot.waitUntil(
        lambda: file.status.text().startswith("Sent to your e-mail at "), timeout=10_000
    )
    assert file.status.property("kind") == "success"


def test_no_button_without_an_e_mail_address_on_file(make_kiosk, cases):
    kiosk = make_kiosk()
    member = cases["active_account"]
    on_file(kiosk.central, member.niss, None)
    open_with_card(kiosk, member)
    file = open_section(kiosk, "reimbursements")
    wait_idle(kiosk)
    assert not file.reimbursements.mail.isVisibleTo(file.reimbursements)
    file = open_section(kiosk, "indemnities")
    wait_idle(kiosk)
    assert not file.indemnities.mail.isVisibleTo(file.indemnities)


def test_the_counter_offers_no_e_mail_of_the_member(make_kiosk, cases):
    kiosk = make_kiosk("counter")
    member = cases["active_account"]
    on_file(kiosk.central, member.niss, ADDRESS)
    open_at_the_counter(kiosk, member)
    file = open_section(kiosk, "reimbursements")
    wait_idle(kiosk)
    assert not file.reimbursements.mail.isVisibleTo(file.reimbursements)
