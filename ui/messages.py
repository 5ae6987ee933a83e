"""What the member (or the clerk) is told, in their language: the one catalogue of the program.

The sentence for each result code the core gives (`CODE_TEXTS`): what a service refused
  (`Refused`, `InvalidForm`'s problems, the typed errors of app/services/errors.py) and why the
  central worker rejected an operation. One sentence per code, one code per meaning; a figure in
  a sentence (a limit, a date) comes with the error, from the rule that applied it.
The message screen's situations (a card problem, a queued request, offline) are
ui/message_screens.py's. Card errors come from devices/errors.py's typed classes; anything
else is "a fault" (logged by type only, never shown as a traceback).
tests/ui/test_message_catalogue.py reads app/ for every code it can give and checks that each
has its sentence here, and that no sentence waits for a code nobody gives.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime

from app.domain.clock import brussels_time
from app.domain.niss import InvalidNiss

log = logging.getLogger(__name__)


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    # pyside6-lupdate files a bare tr("...") call under the empty context; look it up there.
    return QCoreApplication.translate("", text, disambiguation, n)


def long_date(day: dt.date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)


def _time(value: dt.datetime) -> str:
    """The time of a moment in Belgian time, whatever the machine's zone."""
    local = brussels_time(value)
    return QLocale().toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)


# -- result codes ----------------------------------------------------------------------------
# Sentences shared by several codes (each code still has its one entry below).
def _niss_not_valid(_v) -> str:
    return tr("This national number is not valid: check its 11 digits.")


def _not_sendable(_v) -> str:
    return tr("This request cannot be sent as it is. Please check what you typed.")


def _no_lines(_v) -> str:
    return tr("Select at least one line for the receipt.")


def _form_unreadable(_v) -> str:
    return tr("The signed form could not be read. Please try again, or go to the counter.")


def _unproven(_v) -> str:
    return tr(
        "The mutuality could not check that this request was made during your visit. Please "
        "go to the counter."
    )


def _letters_changed(_v) -> str:
    return tr("The letters changed meanwhile: the list shows them again.")


def _choose_reason(_v) -> str:
    return tr("Choose the reason.")


def _locked(v) -> str:
    return tr("Too many wrong tries: this account is locked until %1.").replace(
        "%1", _time(v["until"])
    )


# The incapacity's dates come with the terminal's refusal; the worker's rejection has none.
def _return_before_start(v) -> str:
    if v.get("started_on"):
        return tr("Your incapacity started on %1: you resume after that day.").replace(
            "%1", long_date(v["started_on"])
        )
    return tr("The day you resume is not after the start of your incapacity.")


def _resumption_before_start(v) -> str:
    if v.get("started_on"):
        return tr("Your incapacity started on %1: part-time work starts after that day.").replace(
            "%1", long_date(v["started_on"])
        )
    return tr("Part-time work starts after the first day of your incapacity.")


def _return_too_far_ahead(v) -> str:
    if v.get("latest"):
        return tr("A return can be declared up to %1 at the latest.").replace(
            "%1", long_date(v["latest"])
        )
    return tr("This day is too far ahead to declare a return now.")


# code → its sentence, from the values the error carries (InvalidForm.values, AccountLocked's
# until). Sorted by code.
CODE_TEXTS: dict[str, Callable[[Mapping[str, Any]], str]] = {
    "account_deactivated": lambda _v: tr(
        'Your online account is deactivated. Use "I cannot log in" or go to the counter.'
    ),
    "account_exists": lambda _v: tr("You already have an online account."),
    "account_locked": _locked,
    "account_pending": lambda _v: tr(
        "Your online account is not active yet: use the login details sent by post."
    ),
    "affiliation_pending": lambda _v: tr(
        "We have received your signed form. We will confirm by post."
    ),
    "already_done": lambda _v: tr("This has been done meanwhile: the list shows it now."),
    "already_member": lambda _v: tr("You are already a member of the mutuality."),
    "answer_required": lambda _v: tr("Write the answer."),
    "bad_credentials": lambda _v: tr("The national number or the password is not right."),
    "central_unavailable": lambda _v: tr(
        "The connection to the mutuality is down. Please try again later."
    ),
    "certificate_dates_missing": lambda _v: tr(
        "A certificate needs a first and a last day: type both."
    ),
    "certificate_ends_before_start": lambda _v: tr(
        "The last day of the certificate is before its first day."
    ),
    "challenge_expired": lambda _v: tr(
        "Please press Next to be asked for a new code of your token card."
    ),
    "choose_answer": lambda _v: tr("Choose how we answer you: email, letter or phone."),
    "choose_reason": _choose_reason,
    "cover_not_in_order": lambda _v: tr(
        "A European health insurance card needs cover in order: it is not, for this person. "
        "Please contact the counter."
    ),
    "document_not_kept": lambda _v: tr(
        "Only the paper version of this document exists: ask the counter."
    ),
    "email_required": lambda _v: tr("To be answered by email, give your email address."),
    "employer_required": lambda _v: tr("Type the name of your employer."),
    "employer_too_long": lambda _v: tr("The employer's name is too long: please shorten it."),
    "end_before_start": lambda _v: tr("The end of the period is before its start."),
    "file_not_found": lambda _v: tr("Your file cannot be found here: please go to the counter."),
    "gate_request_refused": lambda _v: _something_wrong(),  # the gate's own fault, not the input
    "holder_is_self": lambda _v: tr(
        "Type the national number of the member you depend on, not your own."
    ),
    "holder_required": lambda _v: tr("Type the national number of the member you depend on."),
    "iban_check_digits": lambda _v: tr(
        "This account number is not right: a digit is wrong or missing. Check it on your "
        "bank card or statement."
    ),
    "iban_invalid": lambda _v: tr(
        "This is not an account number (IBAN). Example: BE68 5390 0754 7034."
    ),
    "iban_missing": lambda _v: tr("Type the account number (IBAN)."),
    "iban_unchanged": lambda _v: tr("This is already the account in your file."),
    "in_future": lambda _v: tr("The date cannot be after today."),
    "incomplete_birth_date": lambda _v: tr(
        "Your date of birth cannot be read from your card. Please go to the counter."
    ),
    "invalid_document": _form_unreadable,
    "invalid_email": lambda _v: tr("This email address is not valid. Example: name@example.be."),
    "invalid_language": lambda _v: tr("Choose one of the languages offered."),
    "invalid_line": _no_lines,
    "invalid_mobile": lambda _v: tr("This mobile number is not valid. Example: 0470 12 34 56."),
    "invalid_payload": _not_sendable,
    "invalid_phone": lambda _v: tr("This phone number is not valid. Example: 0470 12 34 56."),
    "invalid_postcode": lambda _v: tr(
        "The address on your card has no Belgian postcode: please go to the counter to join."
    ),
    "invalid_quantity": lambda v: tr("Choose between 1 and %1.").replace(
        "%1", str(v["max_quantity"])
    ),
    "invalid_role": lambda _v: tr(
        "Choose whether you join as a holder or as a dependant of a member."
    ),
    "invalid_username": lambda _v: tr(
        "Type your national number: 11 digits, for example 85.07.30-033.28."
    ),
    "letter_already_queued": lambda _v: tr(
        "A letter is already on its way to you: please wait for it."
    ),
    "letters_changed": _letters_changed,
    "message_required": lambda _v: tr("Write your question."),
    "niss_check_digits": _niss_not_valid,
    "niss_invalid": _niss_not_valid,
    "niss_length": _niss_not_valid,
    "no_account": lambda _v: tr("There is no online account for this national number."),
    "no_visit": lambda _v: tr("Your visit has ended. Please log in again."),
    "no_identity_provider": lambda _v: tr(
        "Logging in with the federal token is not possible at the moment. Please use your eID "
        "card or your password."
    ),
    "no_incapacity": lambda _v: tr("You have no running incapacity for work in your file."),
    "no_letters": lambda _v: tr("Select at least one letter."),
    "no_lines": _no_lines,
    "no_proof": _unproven,
    "not_a_dependant": lambda _v: tr("Only a dependant returns a blocking form."),
    "not_a_mobile": lambda _v: tr(
        "A Belgian mobile number starts with 04. Example: 0470 12 34 56."
    ),
    "not_a_pdf": _form_unreadable,
    "not_allowed": lambda _v: tr("This information is not available in your file."),
    "nomenclature_code_unknown": lambda _v: tr(
        "This code is not in the nomenclature: check the six digits, or search by words."
    ),
    "not_deactivated": lambda _v: tr("This online account is not deactivated."),
    "not_member": lambda _v: tr("You are not a member of the mutuality."),
    "not_of_age": lambda _v: tr("A blocking form counts from the dependant's majority."),
    "note_required": lambda _v: tr("Write the reason for the member."),
    "nothing_to_change": lambda _v: tr("Nothing was changed."),
    "one_only": lambda _v: tr("This document is ordered one at a time, for one person."),
    "password_change_unavailable": lambda _v: tr(
        "Your password cannot be changed now: this terminal cannot reach the mutuality. Please "
        "try again later, on the online counter, or at the desk."
    ),
    "password_common": lambda _v: tr(
        "This is one of the most used passwords: it is the first that anyone would try."
    ),
    "password_current_missing": lambda _v: tr("Type your current password."),
    "password_current_wrong": lambda _v: tr("Your current password is not right."),
    "password_date": lambda _v: tr("Dates and years are easy to guess, above all your own."),
    "password_has_birth_date": lambda _v: tr("Do not use your birth date in your password."),
    "password_has_national_number": lambda _v: tr(
        "Do not use your national number in your password."
    ),
    "password_keyboard": lambda _v: tr(
        "Rows of keys, such as azerty or qsdfgh, are easy to guess."
    ),
    "password_mismatch": lambda _v: tr(
        "The two new passwords are not the same. Type the new password twice again."
    ),
    "password_name": lambda _v: tr("Names are easy to guess, even with digits added."),
    "password_personal": lambda _v: tr(
        "Do not use your name or other details of your file in your password."
    ),
    "password_repeat": lambda _v: tr(
        "Repeated characters or words, such as aaa or abcabc, are easy to guess."
    ),
    "password_same_as_before": lambda _v: tr(
        "Choose a new password: not the one of the letter, nor the one you have now."
    ),
    "password_sequence": lambda _v: tr("Sequences such as abcd or mnop are easy to guess."),
    "password_too_long": lambda v: tr("A password has at most %1 characters.").replace(
        "%1", str(v["maximum"])
    ),
    "password_too_short": lambda v: tr(
        "Your new password needs at least %1 characters. Three or four unrelated words make a "
        "long password that is easy to remember."
    ).replace("%1", str(v["minimum"])),
    "password_weak": lambda _v: tr(
        "This password is too easy to guess. Add a few words of your own that do not go "
        "together: a short odd sentence is stronger than symbols."
    ),
    "password_word": lambda _v: tr("A single word, even with a few digits, is easy to guess."),
    "period_in_future": lambda _v: tr("The period cannot end after today."),
    "period_too_long": lambda v: tr(
        "A statement covers at most %n day(s): choose a shorter period.", "", v["max_days"]
    ),
    "phone_or_email_required": lambda _v: tr(
        "Give a phone number or an email address so we can answer you."
    ),
    "phone_required": lambda _v: tr("To be answered by phone, give a phone or mobile number."),
    "proof_expired": _unproven,
    "proof_invalid": _unproven,
    "proof_other_person": _unproven,
    "proof_other_terminal": _unproven,
    "required": _choose_reason,
    "resumption_before_start": _resumption_before_start,
    "resumption_hours_invalid": lambda _v: tr("Type the hours a week as a number."),
    "resumption_hours_not_less": lambda _v: tr(
        "The hours you will work must be fewer than the hours of the full-time job."
    ),
    "resumption_start_invalid": lambda _v: tr(
        "This is not a date: type the first day of work as day/month/year."
    ),
    "resumption_start_missing": lambda _v: tr("Type the first day you will work."),
    "return_as_invalid": lambda _v: tr("Choose whether you resume at work or as a jobseeker."),
    "return_before_start": _return_before_start,
    "return_date_missing": lambda _v: tr("Type the day you resume."),
    "return_too_far_ahead": _return_too_far_ahead,
    "same_order_open": lambda _v: tr("You already ordered this: it is on its way."),
    "signature_invalid": lambda _v: tr(
        "The signature of your card could not be checked. Please go to the counter."
    ),
    "strong_login_required": lambda _v: tr(
        "To change your bank account, log in with your eID card or your federal token."
    ),
    "subject_required": lambda _v: tr("Give your question a title."),
    "supervisor_only": lambda _v: tr("This is a supervisor's decision."),
    "taken_by_another": lambda _v: tr(
        "Another colleague has taken it: only a supervisor takes it over."
    ),
    "too_long": lambda _v: tr("This text is too long: please make it shorter."),
    "too_many_lines": lambda v: tr(
        "A receipt holds at most %n line(s): select fewer.", "", v["max_lines"]
    ),
    "too_old": lambda v: tr(
        "A statement covers at most the %n year(s) before this one.", "", v["years_back"]
    ),
    "too_young": lambda _v: tr("An online account can be opened from the age of majority."),
    "unknown_document": lambda _v: tr("Choose the documents you need."),
    "unknown_holder": lambda _v: tr("We do not find a holder with this national number."),
    "unknown_kind": _not_sendable,
    "unknown_letter": _letters_changed,
    "unknown_member": lambda _v: tr("No member has this national number."),
    "unknown_mutuality": lambda _v: tr("Choose your current mutuality in the list."),
    "unknown_order": lambda _v: tr("This order is no longer in the queue."),
    "unknown_request": lambda _v: tr("This question is no longer in the queue."),
    "unknown_topic": lambda _v: tr("Choose what your question is about."),
    "unsupported_language": lambda _v: tr("A statement is made in French, Dutch or German."),
    "unsupported_version": _not_sendable,
    # the medical adviser's queue
    "adviser_only": lambda _v: tr("This is a medical adviser's decision."),
    "already_decided": lambda _v: tr(
        "This request has been decided meanwhile: the list shows it now."
    ),
    "choose_kind": lambda _v: tr("Choose the kind of certificate."),
    "choose_work_status": lambda _v: tr(
        "For a first certificate, choose the member's work status."
    ),
    "doctor_required": lambda _v: tr("Type the doctor's name, as the certificate gives it."),
    "reason_required": lambda _v: tr("Write the reason for the refusal, for the member."),
    "unknown_certificate": lambda _v: tr("This certificate is no longer in the queue."),
    "unknown_resumption": lambda _v: tr("This request is no longer in the queue."),
    "work_status_required": lambda _v: tr(
        "This certificate starts a new incapacity: choose the member's work status."
    ),
    "certificate_before_period": lambda _v: tr(
        "This certificate starts before the member's first period of incapacity: check its "
        "dates, or ask the medical adviser."
    ),
    # appointments (issue 16)
    "appointment_past": lambda _v: tr(
        "This appointment has begun: it can no longer be moved or cancelled."
    ),
    "appointment_waiting": lambda _v: tr(
        "This appointment is not confirmed yet: its confirmation can be printed once it is."
    ),
    "invalid_minutes": lambda _v: tr("Choose how long each slot lasts."),
    "not_your_appointment": lambda _v: tr("This appointment is not in this file."),
    "other_agency": lambda _v: tr("A clerk opens and withdraws the slots of their own agency."),
    "slot_booked": lambda _v: tr("A slot ticked is booked: cancel its appointment first."),
    "slot_past": lambda _v: tr("This time has already begun: choose a later one."),
    "slot_taken": lambda _v: tr("Someone booked this time just before you: choose another one."),
    "times_required": lambda _v: tr("Choose at least one slot."),
    "too_many_times": lambda _v: tr("Too many slots at once: do it in smaller groups."),
    "unknown_agency": lambda _v: tr("This agency is not known: choose one in the list."),
    "unknown_service": lambda _v: tr("Choose whom you would like to see."),
    # queue tickets (issue 16)
    "no_ticket_letter": lambda _v: tr(
        "This terminal prints no tickets. Please ask at the counter."
    ),
    "tickets_exhausted": lambda _v: tr(
        "This terminal has printed all its tickets for today. Please ask at the counter."
    ),
    "no_agency": lambda _v: tr("Your staff account belongs to no agency: ask a supervisor."),
    "unknown_terminal": lambda _v: tr(
        "This terminal is not registered at an agency: its tickets are not taken."
    ),
    "ticket_letter_mismatch": lambda _v: tr(
        "This ticket's letter is not this terminal's: it is not taken."
    ),
    "ticket_number_taken": lambda _v: tr("This ticket number was given already today."),
    # preparing a hospital stay (issue 16)
    "admission_invalid": lambda _v: tr("Type the admission date as day/month/year."),
    "admission_missing": lambda _v: tr("Type the planned admission date."),
    "admission_past": lambda _v: tr("The admission date cannot be before today."),
    "nights_invalid": lambda v: tr("Type a whole number of nights, at most %1.").replace(
        "%1", str(v["max_nights"])
    ),
    "nights_missing": lambda _v: tr("Type the number of nights you expect to stay."),
    # accident declarations (issue 16)
    "accident_after_care": lambda _v: tr("The accident happened before its care: check the day."),
    "accident_date_invalid": lambda _v: tr("Type the day of the accident as day/month/year."),
    "accident_date_required": lambda _v: tr("Type the day the accident happened."),
    "accident_description_required": lambda _v: tr("Write what happened."),
    "accident_kind_required": lambda _v: tr("Choose where it happened."),
    "accident_place_required": lambda _v: tr("Type where the accident happened."),
    "accident_sign_own_only": lambda _v: tr("Print it: each person signs their own declaration."),
    "declaration_already_returned": lambda _v: tr("This declaration was returned already."),
    "declaration_not_received": lambda _v: tr("This declaration was not returned yet."),
    "received_before_opened": lambda _v: tr("It came in before we asked for it: check the day."),
    "third_party_name_required": lambda _v: tr("Type the name of whoever may be liable."),
    "unknown_declaration": lambda _v: tr("This declaration is not in this file."),
    "ticket_clock_wrong": lambda _v: tr("This ticket's time is wrong: check the terminal's clock."),
    "unknown_operation": lambda _v: tr("This action is no longer known here: do it again."),
    "declaration_not_in_visit": lambda _v: tr("Open the member's file to register it."),
    "declaration_other_agency": lambda _v: tr("The member's agency or a supervisor handles it."),
}


def _something_wrong() -> str:
    return tr("Something went wrong. Please try again, or go to the counter.")


def code_text(code: str, values: Mapping[str, Any] | None = None) -> str | None:
    """The sentence for `code` with the figures in `values`; None for a code it does not know."""
    text = CODE_TEXTS.get(code)
    if text is None:
        return None
    try:
        return text(values or {})
    except (KeyError, TypeError, ValueError, AttributeError):  # the error came without its figure
        log.error("result code %s without the values its sentence needs", code)
        return _something_wrong()


def error_text(exc: BaseException) -> str:
    """What a failed request tells the member or the clerk: every problem of a form (one line
    each), the refusal's sentence, "offline", or "something went wrong" (logged by type)."""
    if isinstance(exc, InvalidNiss):
        return CODE_TEXTS["invalid_username"]({})
    values = dict(getattr(exc, "values", None) or {})
    problems = getattr(exc, "problems", None)
    if isinstance(problems, dict) and problems:
        sentences = []
        for code in problems.values():
            sentence = code_text(code, values)
            if sentence is None:
                log.warning("form problem without a sentence: %s", code)
                sentence = tr("Please check what you typed.")
            sentences.append(sentence)
        return "\n".join(dict.fromkeys(sentences))
    if type(exc).__name__ in ("OperationalError", "InterfaceError"):  # SQLAlchemy's, unwrapped
        return CODE_TEXTS["central_unavailable"]({})
    until = getattr(exc, "until", None)
    if until is not None:
        values["until"] = until
    code = getattr(exc, "code", None)
    sentence = code_text(code, values) if isinstance(code, str) else None
    if sentence is not None:
        return sentence
    log.error("request failed unexpectedly: %s (%s)", type(exc).__name__, code)
    return _something_wrong()


def certificate_problem_text(code: str) -> str:
    """What is wrong with a certificate the member checks (app.domain.incapacity's
    CertificateCheck.problems: an answer of the checker, not a refusal)."""
    sentence = code_text(code)  # the same words when a service refuses it with this code
    if sentence is not None:
        return sentence
    if code == "certificate_overlaps":  # only the checker says it: no service refuses it
        return tr("This certificate starts on a day your previous certificate already covers.")
    log.warning("certificate problem without a sentence: %s", code)
    return tr("Please check what you typed.")


def rejection_text(reason: str | None) -> str:
    """Why the central worker did not apply an operation (its rejection's code)."""
    sentence = code_text(reason) if reason else None
    if sentence is None:
        log.warning("operation refused without a sentence: %s", reason)
        return _something_wrong()
    return sentence
