"""Changing the bank account the mutuality pays to: checked here, signed with the card, queued.

The change is allowed only in a session opened with the eID card or the federal token (a
password alone is not enough to redirect payments). The IBAN is checked with python-stdnum; a
Belgian bank code missing from stdnum's list is a warning (the list ages), not a refusal. The
form signed with the card (a PDF, made and signed by the screen with pyHanko) travels with
the operation and lands in the member's documents.
"""

from __future__ import annotations

import base64
import hashlib
import re
from dataclasses import dataclass

from stdnum import iban as stdnum_iban
from stdnum.be import iban as be_iban

from app.domain.codes import BankChangeMode, LoginMode
from app.domain.iban import Iban, InvalidIban
from app.services.errors import InvalidForm, Refused
from app.services.member_file import FileSession, Queued
from app.sync import operations as ops
from app.sync.terminal import Outbox

STRONG_LOGINS = frozenset({LoginMode.EID, LoginMode.TOKEN})
UNKNOWN_BANK = "unknown_bank_code"


@dataclass(frozen=True)
class IbanCheck:
    iban: str  # compact
    formatted: str  # in groups of four
    bank_name: str | None  # for a Belgian account whose bank code stdnum knows
    warning: str | None  # "unknown_bank_code": a Belgian bank code stdnum does not know


IBAN_SHAPE = re.compile(r"^[A-Z]{2}[0-9]{2}[A-Z0-9]{1,30}$")


def _iban_problem(text: str, error: InvalidIban) -> str:
    """The code "iban_check_digits" only for a number shaped like an account of its country.

    stdnum checks the ISO 7064 check digits before the country, the length and the structure,
    so "hello" or a digit short would otherwise read as a mere typo in the check digits. With
    the IBAN's check digits recomputed, a number that holds up (or fails only on its national
    check digits) had the right shape: its check digits are what is wrong.
    """
    if error.reason != "the check digits do not match":
        return "iban_invalid"
    compact = stdnum_iban.compact(text)
    if not IBAN_SHAPE.match(compact):
        return "iban_invalid"
    try:
        Iban.parse(compact[:2] + stdnum_iban.calc_check_digits(compact) + compact[4:])
    except InvalidIban as again:
        if again.reason != "the check digits do not match":
            return "iban_invalid"
    return "iban_check_digits"


def check_new_iban(text: str) -> IbanCheck:
    """The IBAN typed, checked; InvalidForm({"iban": code}) when it cannot be an account."""
    if not text or not text.strip():
        raise InvalidForm({"iban": "iban_missing"})
    try:
        iban = Iban.parse(text)
    except InvalidIban as exc:
        raise InvalidForm({"iban": _iban_problem(text, exc)}) from exc
    bank_name = warning = None
    if iban.compact.startswith("BE"):
        bank_name = be_iban.info(iban.compact).get("bank")
        if bank_name is None:
            warning = UNKNOWN_BANK
    return IbanCheck(iban.compact, iban.formatted(), bank_name, warning)


def may_change_bank(session: FileSession) -> bool:
    return LoginMode(session.login_mode) in STRONG_LOGINS


def bank_change_mode(session: FileSession, *, card_in_reader: bool) -> BankChangeMode:
    """What the bank account page offers: the change, when the login was strong and a card is
    there to sign the form; the card first, after a strong login without it; nothing more than
    the reason after a password login."""
    if not may_change_bank(session):
        return BankChangeMode.PASSWORD_LOGIN
    return BankChangeMode.ALLOWED if card_in_reader else BankChangeMode.CARD_NEEDED


def request_bank_change(
    outbox: Outbox,
    session: FileSession,
    iban: str,
    signed_pdf: bytes,
    *,
    actor: str = "member",
) -> Queued:
    """Queue the new account with its signed form, for the session's own file.

    Refused("strong_login_required") after a password login; InvalidForm for a wrong IBAN or a
    form that is not a PDF.
    """
    if not may_change_bank(session):
        raise Refused("strong_login_required")
    checked = check_new_iban(iban)
    if not signed_pdf.startswith(b"%PDF-") or len(signed_pdf) > ops.MAX_SIGNED_PDF_BYTES:
        raise InvalidForm({"signed_pdf": "not_a_pdf"})
    payload = {
        "member_niss": session.niss,
        "iban": checked.iban,
        "signed_pdf": base64.b64encode(signed_pdf).decode("ascii"),
        "signed_pdf_sha256": hashlib.sha256(signed_pdf).hexdigest(),
    }
    operation_id = outbox.enqueue("member.bank.update", payload, actor=actor, version=1)
    return Queued(str(operation_id))
