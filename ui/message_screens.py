"""The message screen's situations, in the member's language: a card problem, a queued request,
offline, a refusal. A `Message` holds a key and its values, not the sentence, so switching the
language while it is on screen translates it again. The sentences of result codes are
ui/messages.py's (`CODE_TEXTS`), which this module uses for a refusal."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from app.gate.client import GateRefusal
from devices import errors as card_errors
from ui.messages import error_text, long_date, tr

log = logging.getLogger(__name__)


# -- situations (the message screen) ---------------------------------------------------------
@dataclass(frozen=True)
class Message:
    key: str
    kind: str = "info"  # info, success, problem
    values: dict = field(default_factory=dict)

    def texts(self) -> tuple[str, str, str, str]:
        """(title, body, detail, extra button or "")."""
        title, body, detail, extra = _CATALOGUE[self.key](self.values)
        if self.values.get("offline"):
            detail = f"{_queued_offline_note()}\n{detail}"
        return title, body, detail, extra


def _counter() -> str:
    return tr("Please go to the counter: a colleague will help you.")


def _card_problem(values) -> tuple[str, str, str, str]:
    reason = values.get("reason", "fault")
    bodies = {
        "removed": tr("The card was taken out of the reader before we finished."),
        "not_eid": tr("This card is not a Belgian eID card."),
        "unreadable": tr("Your card could not be read."),
        "forged": tr("The data on this card could not be verified. It cannot be used here."),
        "expired": tr("Your card has expired. It cannot be used to identify you."),
        "pin_blocked": tr(
            "Your PIN code is blocked. Your municipality can unblock it with your PUK code."
        ),
        "no_auth_key": tr("This card cannot be used with a PIN code (a kids' card, for example)."),
        "reader": tr("The card reader is not working."),
        "fault": tr("Something went wrong with your card."),
    }
    return (tr("We cannot continue"), bodies.get(reason, bodies["fault"]), _counter(), "")


def _offline(values) -> tuple[str, str, str, str]:
    return (
        tr("No connection"),
        tr("Your file cannot be reached at the moment: the connection to the mutuality is down."),
        tr("Please try again in a few minutes, or go to the counter."),
        "",
    )


def _activation_queued(values) -> tuple[str, str, str, str]:
    return (
        tr("Your online account is being created"),
        tr("Your login details will be sent by post to your home address."),
        tr("The letter leaves on %1 at the latest.").replace("%1", long_date(values["leaves_on"])),
        "",
    )


def _password_letter(values) -> tuple[str, str, str, str]:
    return (
        tr("A new password is on its way"),
        tr(
            "If this national number has an online account, a new password is sent by post to "
            "the home address we know."
        ),
        tr("The letter leaves on %1 at the latest.").replace("%1", long_date(values["leaves_on"])),
        "",
    )


def _access_letter(values) -> tuple[str, str, str, str]:
    return (
        tr("Your online access is on its way"),
        tr(
            "If this national number is a member's without an online access yet, the access "
            "is created and its password sent by post to the home address we know."
        ),
        tr("The letter leaves on %1 at the latest.").replace("%1", long_date(values["leaves_on"])),
        "",
    )


def _help_queued(values) -> tuple[str, str, str, str]:
    return (
        tr("Your request has been sent"),
        tr("A colleague will contact you in the way you chose."),
        tr('You can follow your request under "My requests" once you can log in.'),
        "",
    )


def _affiliation_queued(values) -> tuple[str, str, str, str]:
    if values.get("previous"):
        body = tr("Your change of mutuality will take effect on %1.")
    else:
        body = tr("Your affiliation will take effect on %1.")
    return (
        tr("Welcome! Your signed form has been sent"),
        body.replace("%1", long_date(values["effective_on"])),
        tr("We will confirm by post. Keep your card: you can use it here from then on."),
        "",
    )


def _queued_offline_note() -> str:
    return tr(
        "The connection is down: your request is kept on this terminal and sent as soon as it "
        "is back."
    )


def _account_pending(values) -> tuple[str, str, str, str]:
    return (
        tr("Your online account is on its way"),
        tr("Your login details have been sent by post. Use them to log in for the first time."),
        _counter(),
        "",
    )


def _affiliation_pending(values) -> tuple[str, str, str, str]:
    return (
        tr("Your affiliation is being processed"),
        tr("We have received your signed form. We will confirm by post."),
        _counter(),
        "",
    )


def _refused(values) -> tuple[str, str, str, str]:
    return (tr("We cannot do this here"), error_text(values["error"]), _counter(), "")


def _fault(values) -> tuple[str, str, str, str]:
    return (tr("We cannot continue"), tr("Something went wrong."), _counter(), "")


_CATALOGUE = {
    "card_problem": _card_problem,
    "offline": _offline,
    "activation_queued": _activation_queued,
    "password_letter": _password_letter,
    "access_letter": _access_letter,
    "help_queued": _help_queued,
    "affiliation_queued": _affiliation_queued,
    "account_pending": _account_pending,
    "affiliation_pending": _affiliation_pending,
    "fault": _fault,
    "refused": _refused,
}


def with_offline_note(message: Message, offline: bool) -> Message:
    if not offline:
        return message
    return Message(message.key, message.kind, {**message.values, "offline": True})


def card_problem(exc: BaseException) -> Message:
    """The member's sentence for a card failure; the log gets the error's type only."""
    E, R = card_errors, card_errors.VerificationReason
    if isinstance(exc, E.CardRemoved):
        reason = "removed"
    elif isinstance(exc, E.NotAnEidCard):
        reason = "not_eid"
    elif isinstance(exc, E.PinBlocked):
        reason = "pin_blocked"
    elif isinstance(exc, E.VerificationFailed):
        if exc.reason is R.AUTH_CERTIFICATE_EXPIRED:
            reason = "expired"
        elif exc.reason is R.AUTH_CERTIFICATE_MISSING:
            reason = "no_auth_key"
        else:
            reason = "forged"
    elif isinstance(exc, GateRefusal):  # the central side did not accept the card's proof
        reason = "forged"
    elif isinstance(exc, E.ReaderServiceUnavailable | E.NoReader):
        reason = "reader"
    elif isinstance(
        exc,
        E.CardDataError | E.MalformedResponse | E.CardMute | E.TransportError | E.CardStatusError,
    ):
        reason = "unreadable"
    else:
        reason = "fault"
    log.warning("card problem: %s (%s)", reason, type(exc).__name__)
    return Message("card_problem", "problem", {"reason": reason})
