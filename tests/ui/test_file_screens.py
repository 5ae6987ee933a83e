"""The member's file at the terminal, driven like a member would with the demo data: the
sections, who appears in them, the printouts through a real CUPS printer, the contact and
bank changes through the outbox, and nothing left when the member goes.
"""

from __future__ import annotations

import base64
import io
import re
import unicodedata
from decimal import Decimal

from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QLabel, QProgressBar
from sqlalchemy import select

from app.domain.niss import Niss
from app.services.session import Step
from app.store.models import Member
from app.store.seed import DEMO_PASSWORD
from app.sync.terminal import OutboxEntry
from tests.ui.kiosk_harness import NOW, member_profile, traces_of
from ui.printing import Printer

S = Step


def member_by_id(kiosk, member_id: int):
    with kiosk.central.connect() as connection:
        return connection.execute(select(Member).where(Member.id == member_id)).one()


def open_with_card(kiosk, member, pin: str = "1234"):
    card = kiosk.insert(kiosk.card(member_profile(member, pin=pin)))
    kiosk.wait_for(S.PIN)
    kiosk.type_pin(pin)
    kiosk.wait_for(S.HOME)
    return card


def open_with_password(kiosk, member) -> None:
    kiosk.click(kiosk.window.screens["welcome"].login_button)
    kiosk.wait_for(S.LOGIN)
    kiosk.controller.login.username.setText(member.niss)
    kiosk.controller.login.password.setText(DEMO_PASSWORD)
    kiosk.click(kiosk.controller.login.login_button)
    kiosk.wait_for(S.HOME)


def open_section(kiosk, key: str):
    """A tile of the home (or a section of the file's list) and wait for its data."""
    file = kiosk.controller.file
    if kiosk.step == S.FILE:
        if file.large and not file.nav[key].isVisibleTo(file):  # the large mode's list first
            kiosk.click(file.sections_button)
        assert file.nav[key].isVisibleTo(file)
        kiosk.click(file.nav[key])
    else:
        kiosk.click(kiosk.controller.home.section_tiles[key])
    kiosk.wait_for(S.FILE)
    assert file.section == key
    return file


def wait_idle(kiosk) -> None:
    """No background work, and none started by the answers it delivered: a result's queued
    signal may start the next load (the people first, then the section), so the pool must
    stay empty over several rounds of delivered events, not only once."""
    from PySide6.QtCore import QCoreApplication, QThreadPool

    pool = QThreadPool.globalInstance()
    quiet = [0]

    def settled() -> bool:
        QCoreApplication.processEvents()  # deliver the results' queued signals
        quiet[0] = quiet[0] + 1 if pool.activeThreadCount() == 0 else 0
        return quiet[0] >= 3

    kiosk.qtbot.waitUntil(settled)
    kiosk.qtbot.wait(20)


def outbox(kiosk, kind: str) -> list[OutboxEntry]:
    with kiosk.outbox.engine.connect() as connection:
        return list(connection.execute(select(OutboxEntry).where(OutboxEntry.kind == kind)))


def pdf_text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


# -- who appears -----------------------------------------------------------------------------


def test_the_holder_sees_his_dependants_but_never_the_one_who_blocked_access(make_kiosk, cases):
    kiosk = make_kiosk()
    blocked = cases["blocked_dependant"]
    holder = member_by_id(kiosk, blocked.holder_id)
    minor, adult = cases["dependant_under_18"], cases["dependant_18_or_more"]
    open_with_card(kiosk, holder)

    file = open_section(kiosk, "data")
    wait_idle(kiosk)
    facts = file.data
    assert facts._fact_labels["affiliation"][1].text() == holder.affiliation_number
    assert holder.last_name in facts._fact_labels["name"][1].text()
    dependants = facts.dependants.text()
    assert minor.first_names in dependants and adult.first_names in dependants
    assert blocked.first_names not in dependants

    open_section(kiosk, "reimbursements")
    wait_idle(kiosk)
    people = [file.person.itemData(i) for i in range(file.person.count())]
    assert people[0] == "" and set(people[1:]) == {holder.niss, minor.niss, adult.niss}
    table = file.reimbursements.table
    assert table.rowCount() == len(file.reimbursements.lines) > 0
    shown = {line.beneficiary_niss for line in file.reimbursements.lines}
    assert blocked.niss not in shown and shown <= {holder.niss, minor.niss, adult.niss}
    assert blocked.first_names not in kiosk.texts()


def test_a_dependant_over_18_gets_their_own_file_without_the_holders(make_kiosk, cases):
    kiosk = make_kiosk()
    adult = cases["dependant_18_or_more"]
    holder = member_by_id(kiosk, adult.holder_id)
    open_with_card(kiosk, adult)
    file = open_section(kiosk, "reimbursements")
    wait_idle(kiosk)
    people = [file.person.itemData(i) for i in range(file.person.count())]
    assert people == ["", adult.niss]
    shown = {line.beneficiary_niss for line in file.reimbursements.lines}
    assert shown == {adult.niss}
    assert holder.first_names not in kiosk.texts()


# -- reimbursements --------------------------------------------------------------------------


def test_a_payment_detail_the_calculator_and_the_official_receipt_printed(
    make_kiosk, cases, cups_printer
):
    kiosk = make_kiosk(printer=cups_printer.printer)
    member = cases["active_account"]
    open_with_card(kiosk, member)
    file = open_section(kiosk, "reimbursements")
    wait_idle(kiosk)
    page = file.reimbursements
    assert page.table.rowCount() >= 2
    page.table.setCurrentCell(0, 1)  # a tap on the first line
    wait_idle(kiosk)
    line = page.lines[0]
    detail = page.detail_box.text()
    assert page.detail_title.text().startswith("Payment of")
    assert "Total of the services" in detail
    assert line.label in detail and line.provider in detail
    # The calculator starts from the line tapped: fee + supplement − reimbursement.
    assert page.calc_edits["fee"].text() == f"{line.official_fee:.2f}"
    expected = line.official_fee + line.supplement - line.reimbursed
    assert f"{expected:.2f}" in page.calc_result.text().replace(",", "")
    # domain.md §3: a specialist's 37.15 fee with a 10 € supplement, 25.15 reimbursed → 22.00.
    page.calc_edits["fee"].setText("37,15")
    page.calc_edits["supplement"].setText("10")
    page.calc_edits["reimbursed"].setText("25.15")
    page._calculate()
    assert page.calc_result.text() == "Your personal share: €22.00"
    page.calc_edits["fee"].setText("abc")
    page._calculate()
    assert "Type the official fee" in page.calc_result.text()

    assert not page.print_button.isEnabled()  # nothing selected yet
    for row in (0, 1):
        page.table.item(row, 0).setCheckState(Qt.CheckState.Checked)
    assert page.selected.text() == "2 lines selected"
    kiosk.click(page.print_button)
    kiosk.qtbot.waitUntil(lambda: file.status.property("kind") != "info", timeout=20_000)
    assert file.status.text() == "Printed: take your document from the printer."
    printed = cups_printer.printed()
    assert len(printed) == 1
    text = pdf_text(printed[0])
    assert member.last_name in text and "Official receipt" in text
    total = page.lines[0].reimbursed + page.lines[1].reimbursed
    assert f"{total:,.2f}" in text.replace("\u00a0", "")


def test_without_a_printer_the_member_is_told_and_nothing_hangs(make_kiosk, cases, cups_printer):
    kiosk = make_kiosk(printer=Printer("no-such-printer", server=cups_printer.printer.server))
    open_with_card(kiosk, cases["active_account"])
    file = open_section(kiosk, "reimbursements")
    wait_idle(kiosk)
    file.reimbursements.table.item(0, 0).setCheckState(Qt.CheckState.Checked)
    kiosk.click(file.reimbursements.print_button)
    kiosk.qtbot.waitUntil(lambda: file.status.property("kind") == "problem", timeout=20_000)
    assert "no printer" in file.status.text()
    assert kiosk.step == S.FILE


def test_older_lines_come_page_by_page_and_sorting_by_processing_date(make_kiosk, cases):
    kiosk = make_kiosk()
    member = cases["active_account"]
    open_with_card(kiosk, member)
    file = open_section(kiosk, "reimbursements")
    wait_idle(kiosk)
    page = file.reimbursements
    first = [line.line_id for line in page.lines]
    cares = [line.care_date for line in page.lines]
    assert cares == sorted(cares, reverse=True)
    if page.has_more:
        kiosk.click(page.more_button)
        wait_idle(kiosk)
        ids = [line.line_id for line in page.lines]
        assert ids[: len(first)] == first and len(set(ids)) == len(ids) > len(first)
    page.order.setCurrentIndex(1)
    wait_idle(kiosk)
    processed = [line.processed_on for line in page.lines]
    assert processed == sorted(processed, reverse=True)
    # The list's date column is the one it is sorted by.
    assert page.table.horizontalHeaderItem(1).text() == "Processed"
    assert page.table.item(0, 1).text() == page.lines[0].processed_on.strftime("%d/%m/%Y")


# -- my data: contact and bank ---------------------------------------------------------------


def test_bad_contact_details_keep_what_was_typed_and_good_ones_are_queued(make_kiosk, cases):
    kiosk = make_kiosk()
    member = cases["active_account"]
    open_with_card(kiosk, member)
    file = open_section(kiosk, "data")
    wait_idle(kiosk)
    data = file.data
    data.contact_edits["mobile"].setText("02 512 34 56")
    data.contact_edits["email"].setText("not an address")
    kiosk.click(data.save_button)
    wait_idle(kiosk)
    assert "starts with 04" in data.contact_error.text()
    assert "email address is not valid" in data.contact_error.text()
    assert data.contact_edits["email"].text() == "not an address"  # kept
    assert outbox(kiosk, "member.contact.update") == []
    data.contact_edits["mobile"].setText("0470 12 34 56")
    data.contact_edits["email"].setText("me@example.be")
    kiosk.click(data.save_button)
    wait_idle(kiosk)
    assert "sent to the mutuality" in data.contact_done.text()
    [entry] = outbox(kiosk, "member.contact.update")
    assert entry.version == 2
    assert entry.payload["mobile"] == "0470 12 34 56"
    assert entry.payload["email"] == "me@example.be"
    assert entry.payload["phone"] is None  # not touched: kept as the file has it

    # Back to the section before the mutuality applied it: what was sent shows, and a second
    # change sends only itself, so it cannot undo the first.
    open_section(kiosk, "reimbursements")
    open_section(kiosk, "data")
    wait_idle(kiosk)
    assert data.contact_edits["mobile"].text() == "0470 12 34 56"
    data.contact_edits["phone"].setText("02 512 34 56")
    kiosk.click(data.save_button)
    wait_idle(kiosk)
    second = outbox(kiosk, "member.contact.update")[1]
    assert second.payload == {
        "member_niss": member.niss, "phone": "02 512 34 56", "mobile": None, "email": None
    }  # fmt: skip
    kiosk.click(data.save_button)  # nothing more changed: nothing more is sent
    wait_idle(kiosk)
    assert "Nothing was changed" in data.contact_error.text()
    assert len(outbox(kiosk, "member.contact.update")) == 2


def test_the_contact_form_waits_for_the_file_so_a_save_cannot_wipe_it(make_kiosk, cases):
    kiosk = make_kiosk()
    open_with_card(kiosk, cases["active_account"])
    page = kiosk.controller.file.data  # "My data" not loaded (not yet, or it could not be)
    assert not page.save_button.isEnabled()
    assert not any(edit.isEnabled() for edit in page.contact_edits.values())
    page.contact_edits["email"].setText("new@example.be")
    page._save()
    wait_idle(kiosk)
    assert outbox(kiosk, "member.contact.update") == []


def test_after_a_password_login_the_bank_account_cannot_be_changed(make_kiosk, cases):
    kiosk = make_kiosk()
    open_with_password(kiosk, cases["active_account"])
    file = open_section(kiosk, "data")
    wait_idle(kiosk)
    assert not file.data.iban_edit.isEnabled() and not file.data.sign_button.isEnabled()
    assert "a password alone is not enough" in file.data.bank_rule.text()


def test_a_new_bank_account_is_checked_signed_with_the_card_and_queued(make_kiosk, cases):
    from app.documents.signing import check_signed_pdf

    kiosk = make_kiosk()
    member = cases["active_account"]
    open_with_card(kiosk, member, pin="2580")
    file = open_section(kiosk, "data")
    wait_idle(kiosk)
    data = file.data
    data.iban_edit.setText("BE68 5390 0754 7035")  # one digit wrong
    kiosk.click(data.check_button)
    wait_idle(kiosk)
    assert "not right" in data.iban_error.text()
    assert not data.sign_button.isEnabled()
    data.iban_edit.setText("be68539007547034")
    kiosk.click(data.check_button)
    wait_idle(kiosk)
    assert data.iban_edit.text() == "BE68 5390 0754 7034"
    assert data.sign_button.isEnabled()
    kiosk.click(data.sign_button)
    assert file.current_page is file.bank_sign
    # Half a PIN typed, then another section: nothing of it waits on the pad.
    for digit in "25":
        kiosk.click(file.bank_sign.pad.keys[digit])
    open_section(kiosk, "dmg")
    assert file.bank_sign.pad.field.text() == "" and file.bank_sign.iban == ""
    open_section(kiosk, "data")
    wait_idle(kiosk)
    kiosk.click(data.check_button)
    wait_idle(kiosk)
    kiosk.click(data.sign_button)
    assert file.current_page is file.bank_sign
    kiosk.type_pin("1111", file.bank_sign)
    kiosk.qtbot.waitUntil(lambda: "left" in file.bank_sign.tries.text(), timeout=10_000)
    assert file.bank_sign.tries.text() == "Wrong PIN code. 2 tries left."
    assert outbox(kiosk, "member.bank.update") == []
    kiosk.type_pin("2580", file.bank_sign)
    kiosk.qtbot.waitUntil(lambda: file.current_page is file.data, timeout=15_000)
    assert "with the form you signed" in data.iban_check.text()
    [entry] = outbox(kiosk, "member.bank.update")
    assert entry.payload["iban"] == "BE68539007547034"
    signed = base64.b64decode(entry.payload["signed_pdf"])
    check = check_signed_pdf(signed, trust_roots=kiosk.pki.roots)
    assert check.intact and check.trusted


# -- indemnities -----------------------------------------------------------------------------


def test_the_indemnity_statement_refuses_366_days_and_prints_a_year(
    make_kiosk, cases, cups_printer
):
    kiosk = make_kiosk(printer=cups_printer.printer)
    member = cases["invalidity"]
    open_with_card(kiosk, member)
    file = open_section(kiosk, "indemnities")
    wait_idle(kiosk)
    page = file.indemnities
    assert re.search(r"Incapacity for work: \d\d/\d\d/\d{4} – ongoing", page.summary.text())
    assert page.table.rowCount() > 0
    assert page.start.date() == QDate(2025, 1, 1)  # last calendar year by default
    page.start.setDate(QDate(2024, 1, 1))
    page.end.setDate(QDate(2024, 12, 31))  # 366 days: a leap year
    kiosk.click(page.print_button)
    kiosk.qtbot.waitUntil(lambda: page.period_error.text() != "")
    assert page.period_error.text() == (
        "A statement covers at most 365 days: choose a shorter period."
    )
    page.start.setDate(QDate(2016, 2, 1))
    page.end.setDate(QDate(2016, 12, 31))  # ten years back (and less than a year long)
    kiosk.click(page.print_button)  # the click empties the message, the answer fills it
    kiosk.qtbot.waitUntil(lambda: page.period_error.text() != "")
    assert page.period_error.text() == "A statement covers at most the 9 years before this one."
    assert cups_printer.printed() == []
    page.start.setDate(QDate(2025, 1, 1))
    page.end.setDate(QDate(2025, 12, 31))
    page.language.setCurrentIndex(page.language.findData("nl"))
    kiosk.click(page.print_button)
    kiosk.qtbot.waitUntil(lambda: file.status.property("kind") == "success", timeout=20_000)
    [printed] = cups_printer.printed()
    text = unicodedata.normalize("NFC", pdf_text(printed))
    assert "van 1 januari 2025 tot en met 31 december 2025" in " ".join(text.split())
    assert "uitkeringen" in text  # Dutch, as chosen, though the screen is in English
    assert Niss(member.niss).formatted() in text and member.last_name in text


# -- the other sections ----------------------------------------------------------------------


def test_maf_shows_a_full_gauge_once_the_ceiling_is_reached(make_kiosk, cases):
    kiosk = make_kiosk()
    open_with_card(kiosk, cases["maf_ceiling_reached"])
    file = open_section(kiosk, "maf")
    wait_idle(kiosk)
    bars = file.maf.findChildren(QProgressBar)
    assert bars and bars[0].value() == bars[0].maximum()
    assert "Ceiling reached on" in kiosk.texts()


def test_young_savers_and_agreements_and_documents_show_the_demo_data(make_kiosk, cases):
    kiosk = make_kiosk()
    saver = cases["young_saver"]
    open_with_card(kiosk, saver)
    file = open_section(kiosk, "young_savers")
    wait_idle(kiosk)
    table = file.young_savers.table
    assert table.rowCount() == 1 and saver.first_names in table.item(0, 0).text()
    open_section(kiosk, "agreements")
    wait_idle(kiosk)
    assert file.agreements.table.rowCount() == 0
    assert file.agreements.empty.text() == "No medical agreement in this file."
    open_section(kiosk, "dmg")
    wait_idle(kiosk)
    assert file.dmg.summary.text() != ""
    assert file.dmg.table.rowCount() > 0


def test_medical_agreements_show_their_kind_decision_and_validity_in_words(make_kiosk, cases):
    kiosk = make_kiosk()
    open_with_card(kiosk, cases["medical_agreements"])
    file = open_section(kiosk, "agreements")
    wait_idle(kiosk)
    table = file.agreements.table
    rows = {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())}
    assert rows == {
        "Status of person with a chronic illness": "granted",
        "Home nursing": "being examined",
    }
    kiosk.window.translations.set_language("fr")
    kiosk.qtbot.waitUntil(lambda: table.horizontalHeaderItem(0).text() != "Agreement")
    assert {table.item(r, 0).text() for r in range(table.rowCount())} == {
        "Statut affection chronique", "Soins infirmiers à domicile"
    }  # fmt: skip


def test_my_documents_list_the_credentials_letter_of_the_account(make_kiosk, cases):
    kiosk = make_kiosk()
    open_with_card(kiosk, cases["active_account"])
    file = open_section(kiosk, "documents")
    wait_idle(kiosk)
    table = file.documents.table
    assert table.rowCount() >= 1
    titles = [table.item(r, 1).text() for r in range(table.rowCount())]
    assert any("e-Mut" in title for title in titles), titles


def test_a_signed_document_opens_on_screen(make_kiosk, cases):
    """The bank change form lands in "My documents" once applied; it opens as page images."""
    kiosk = make_kiosk()
    member = cases["active_account"]
    open_with_card(kiosk, member, pin="2580")
    file = open_section(kiosk, "data")
    wait_idle(kiosk)
    file.data.iban_edit.setText("BE68539007547034")
    kiosk.click(file.data.check_button)
    kiosk.qtbot.waitUntil(file.data.sign_button.isEnabled)
    kiosk.click(file.data.sign_button)
    kiosk.type_pin("2580", file.bank_sign)
    kiosk.qtbot.waitUntil(lambda: file.current_page is file.data, timeout=15_000)
    deliver(kiosk)
    open_section(kiosk, "documents")
    wait_idle(kiosk)
    docs = file.documents
    titles = [docs.table.item(r, 1).text() for r in range(docs.table.rowCount())]
    row = next(i for i, t in enumerate(titles) if "bank" in t.lower() or "bancaire" in t.lower())
    docs.table.setCurrentCell(row, 1)
    kiosk.click(docs.open_button)
    kiosk.qtbot.waitUntil(lambda: not docs.viewer.isHidden(), timeout=10_000)
    pages = [label for label in docs.pages.findChildren(QLabel)
             if label.objectName() == "documentPage"]  # fmt: skip
    assert pages and not pages[0].pixmap().isNull()
    assert pages[0].pixmap().width() == 860


def deliver(kiosk) -> None:
    """Push the terminal's outbox to the central database and apply it there."""
    from app.sync.apply import SignedForms, apply_pending
    from app.sync.exchange import push

    push(kiosk.outbox.engine, kiosk.central, now=NOW)
    apply_pending(kiosk.central, forms=SignedForms(tuple(kiosk.pki.roots)))


# -- the counter -----------------------------------------------------------------------------


def test_the_counter_sees_the_same_sections_and_saves_a_receipt_as_pdf(make_kiosk, cases, tmp_path):
    kiosk = make_kiosk("counter")
    member = cases["dmg_expired"]  # no online account: the counter still sees the file
    open_at_the_counter(kiosk, member)
    file = kiosk.controller.file
    wait_idle(kiosk)
    assert file.data._fact_labels["affiliation"][1].text() == member.affiliation_number
    open_section(kiosk, "dmg")
    wait_idle(kiosk)
    assert "ended on" in file.dmg.summary.text()
    open_section(kiosk, "reimbursements")
    wait_idle(kiosk)
    page = file.reimbursements
    assert not page.save_button.isHidden()  # counter mode: save as well as print
    page.table.item(0, 0).setCheckState(Qt.CheckState.Checked)
    target = tmp_path / "receipt.pdf"
    kiosk.controller.file_controller.choose_save_path = lambda _suggested: str(target)
    kiosk.click(page.save_button)
    kiosk.qtbot.waitUntil(lambda: file.status.property("kind") == "success", timeout=10_000)
    assert file.status.text() == "Saved as receipt.pdf"
    assert member.last_name in pdf_text(target.read_bytes())
    kiosk.click(file.back_button)
    kiosk.wait_for(S.MEMBER_FILE)


# -- leaving ---------------------------------------------------------------------------------


def test_pulling_the_card_in_the_file_leaves_nothing_of_the_member(make_kiosk, cases):
    kiosk = make_kiosk()
    blocked = cases["blocked_dependant"]
    holder = member_by_id(kiosk, blocked.holder_id)
    open_with_card(kiosk, holder)
    file = None
    for key in ("data", "reimbursements", "indemnities", "dmg", "maf", "agreements", "documents",
                "orders", "requests"):  # fmt: skip
        file = open_section(kiosk, key)
        wait_idle(kiosk)
    # An order summarised and a question half typed, when the card is pulled.
    kiosk.click(file.orders.kind_buttons["stickers"])
    file.orders.continue_button.click()
    kiosk.qtbot.waitUntil(lambda: file.orders._summary is not None)
    file.requests.message.setPlainText("Une question très personnelle")
    kiosk.slot.remove()
    kiosk.wait_for(S.WELCOME)
    wait_idle(kiosk)
    kiosk.assert_nothing_left_of(*traces_of(holder), holder.affiliation_number)
    for dependant in (cases["dependant_under_18"], cases["dependant_18_or_more"]):
        kiosk.assert_nothing_left_of(dependant.first_names, dependant.niss)
    assert file.reimbursements.table.rowCount() == 0 and file.reimbursements.lines == []
    assert file.person.count() == 0
    assert file.indemnities.table.rowCount() == 0
    assert file.orders._summary is None and file.orders.summary.text() == ""
    assert file.requests.message.toPlainText() == ""
    assert not file.requests.message.document().isUndoAvailable()


def test_amounts_typed_in_the_calculator_are_read_as_written_in_belgium():
    from ui.format import amount_typed

    assert amount_typed("25,68") == Decimal("25.68")
    assert amount_typed("1 234,5") == Decimal("1234.50")
    assert amount_typed("1.234,56") == Decimal("1234.56")
    assert amount_typed("€ 10") == Decimal("10.00")
    assert amount_typed("abc") is None and amount_typed("") is None


# -- at the counter ------------------------------------------------------------------------------


def open_at_the_counter(kiosk, member) -> None:
    from app.store.seed import STAFF

    screen = kiosk.controller.staff_login
    screen.login.setText(STAFF[0][0])
    screen.password.setText(STAFF[0][1])
    kiosk.click(screen.login_button)
    kiosk.wait_for(S.DESK)
    kiosk.controller.desk.niss.setText(member.niss)
    kiosk.click(kiosk.controller.desk.search_button)
    kiosk.wait_for(S.MEMBER_FILE)
    kiosk.click(kiosk.controller.member_file.open_button)
    kiosk.wait_for(S.FILE)


def test_what_is_queued_while_the_connection_is_lost_carries_the_card_s_signature(
    make_kiosk, cases
):
    """The visit opened; then the connection dropped (the sync says offline). The change is
    signed by the card too, kept logged in for the visit: it still applies when it arrives
    long after the visit's own proof has run out."""
    import datetime as dt

    from app.sync.apply import SignedForms, apply_pending
    from app.sync.exchange import push

    kiosk = make_kiosk(online=False)
    member = cases["active_account"]
    open_with_card(kiosk, member)
    file = open_section(kiosk, "data")
    wait_idle(kiosk)
    file.data.contact_edits["email"].setText("offline@example.be")
    kiosk.click(file.data.save_button)
    wait_idle(kiosk)
    [entry] = outbox(kiosk, "member.contact.update")
    assert set(entry.proof) == {"v", "mac", "card"}
    kiosk.slot.remove()
    kiosk.wait_for(S.WELCOME)

    two_days_later = NOW + dt.timedelta(days=2)  # past the visit's grace: the card decides
    push(kiosk.outbox.engine, kiosk.central, now=two_days_later)
    [outcome] = apply_pending(kiosk.central, forms=SignedForms(tuple(kiosk.pki.roots)))
    assert outcome.state == "applied", outcome.reason
    assert member_by_id(kiosk, member.id).email == "offline@example.be"
