"""The member's (or clerk's) sentence for a refused request: wrong password, locked, bad input.

Services raise typed errors (app/services/errors.py) carrying a stable `code`; this is the only
place that turns them into words, so every form shows the same sentence for the same problem
and keeps what was typed.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QTimeZone

from app.domain.niss import InvalidNiss
from app.sync.operations import OperationRejected

log = logging.getLogger(__name__)


def tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("", text, None, n)


def _time(value) -> str:
    moment = QDateTime.fromSecsSinceEpoch(int(value.timestamp()), QTimeZone.systemTimeZone())
    return QLocale().toString(moment.time(), QLocale.FormatType.ShortFormat)


def _texts() -> dict[str, str]:
    return {
        "bad_credentials": tr("The national number or the password is not right."),
        "account_deactivated": tr(
            'Your online account is deactivated. Use "I cannot log in" or go to the counter.'
        ),
        "account_pending": tr(
            "Your online account is not active yet: use the login details sent by post."
        ),
        "no_account": tr("There is no online account for this national number."),
        "invalid_username": tr(
            "Type your national number: 11 digits, for example 85.07.30-033.28."
        ),
        "bad_code": tr("The token code is not right."),
        "challenge_expired": tr("Please press Next to be asked for a new code of your token card."),
        "invalid_niss": tr("This national number is not valid: check its 11 digits."),
        "unknown_holder": tr("We do not find a holder with this national number."),
        "holder_required": tr("Type the national number of the member you depend on."),
        "already_member": tr("You are already a member of the mutuality."),
        "invalid_phone": tr("This phone number is not valid. Example: 0470 12 34 56."),
        "invalid_email": tr("This email address is not valid. Example: name@example.be."),
        "contact_required": tr("Give a phone number or an email address so we can answer you."),
        "message_required": tr("Tell us in a few words what happens."),
        "unknown_mutuality": tr("Choose your current mutuality in the list."),
        "staff_bad_credentials": tr("The login or the password is not right."),
        "staff_inactive": tr("This staff account is disabled."),
        "not_found": tr("No member has this national number."),
        "too_young": tr("An online account can be opened from the age of majority."),
        "account_exists": tr("You already have an online account."),
        "not_member": tr("You are not a member of the mutuality."),
        "offline": tr("The connection to the mutuality is down. Please try again later."),
        "signature_invalid": tr(
            "The signature of your card could not be checked. Please go to the counter."
        ),
    }


_NISS_CODES = ("niss_length", "niss_check_digits", "niss_invalid", "invalid_niss")


def _code_text(code: str, texts: dict[str, str]) -> str:
    if code in _NISS_CODES:
        return texts["invalid_niss"]
    return texts.get(code, tr("Please check what you typed."))


def service_error_text(exc: BaseException) -> str:
    texts = _texts()
    if isinstance(exc, InvalidNiss):
        return texts["invalid_username"]
    problems = getattr(exc, "problems", None)
    if isinstance(problems, dict) and problems:
        sentences: list[str] = []
        for code in problems.values():
            sentence = _code_text(code, texts)
            if sentence not in sentences:
                sentences.append(sentence)
        return "\n".join(sentences)
    code = getattr(exc, "code", None)
    name = type(exc).__name__
    if name == "AccountLocked":
        until = getattr(exc, "until", None)
        if until is not None:
            return tr("Too many wrong tries: this account is locked until %1.").replace(
                "%1", _time(until)
            )
        return tr("Too many wrong tries: this account is locked for a while.")
    if name == "CentralUnavailable" or name in ("OperationalError", "InterfaceError"):
        return texts["offline"]
    by_class = {
        "BadCredentials": "bad_credentials",
        "AccountDeactivated": "account_deactivated",
        "AccountPending": "account_pending",
        "InvalidUsername": "invalid_username",
        "NoAccount": "no_account",
    }
    key = by_class.get(name) or code
    if key in texts:
        return texts[key]
    if isinstance(exc, OperationRejected):
        log.warning("request refused: %s", exc.code)
        return tr("This request cannot be sent as it is. Please check what you typed.")
    log.error("request failed unexpectedly: %s", name)
    return tr("Something went wrong. Please try again, or go to the counter.")
