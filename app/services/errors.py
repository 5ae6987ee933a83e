"""What a service tells a screen went wrong: typed errors, each with a stable code to translate.

The screens translate `code` (and show the values the error carries); they never show a
message built here. `CentralUnavailable` stands for every way the central database can be out
of reach, so the UI can say "offline" and keep what can be queued.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable, Mapping
from typing import ParamSpec, TypeVar

from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError

from app.domain.niss import InvalidNiss


class ServiceError(Exception):
    """Base of every error a service raises on purpose."""

    code = "service_error"

    def __init__(self, detail: str = ""):
        super().__init__(detail or self.code)


class CentralUnavailable(ServiceError):
    """The central database cannot be reached (down, network, timeout)."""

    code = "central_unavailable"


class Refused(ServiceError):
    """The request goes against a rule; `code` says which (e.g. "account_exists")."""

    def __init__(self, code: str, detail: str = ""):
        super().__init__(detail or code)
        self.code = code


class InvalidForm(ServiceError):
    """What the person typed is not acceptable: {field: problem code}, every problem at once.

    `values`: the figures of the rules that refused it ({"max_lines": 500}), so the sentence
    the screen shows says the limit the service applied, never a copy typed into the text.
    """

    code = "invalid_form"

    def __init__(self, problems: Mapping[str, str], values: Mapping[str, object] | None = None):
        super().__init__(", ".join(f"{field}: {code}" for field, code in problems.items()))
        self.problems = dict(problems)
        self.values = dict(values or {})


class InvalidUsername(ServiceError):
    """The username is not a national number at all; `reason` is a NISS problem code."""

    code = "invalid_username"

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


class BadCredentials(ServiceError):
    """Unknown username or wrong password (or code): one error, so nobody learns which."""

    code = "bad_credentials"


class AccountLocked(ServiceError):
    """Too many wrong passwords in a row: the account opens again at `until`."""

    code = "account_locked"

    def __init__(self, until: dt.datetime):
        super().__init__(f"locked until {until.isoformat()}")
        self.until = until


class AccountDeactivated(ServiceError):
    """The account was closed by the mutuality; the member is offered the "cannot log in" form."""

    code = "account_deactivated"


class AccountPending(ServiceError):
    """The account is being created and has no password yet: its letter is on its way."""

    code = "account_pending"


def niss_problem(error: InvalidNiss) -> str:
    """A stable code for why a text is not a NISS."""
    return {
        "a NISS has 11 digits": "niss_length",
        "the check digits do not match": "niss_check_digits",
    }.get(error.reason, "niss_invalid")


P = ParamSpec("P")
R = TypeVar("R")


def reaching_central(function: Callable[P, R]) -> Callable[P, R]:
    """Turn "the central database cannot be reached" into CentralUnavailable.

    Only connection faults: a permission or SQL error is a defect and keeps its own type.
    """

    @functools.wraps(function)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return function(*args, **kwargs)
        except (OperationalError, InterfaceError) as exc:
            raise CentralUnavailable(type(exc.orig or exc).__name__) from exc
        except DBAPIError as exc:
            if exc.connection_invalidated:
                raise CentralUnavailable(type(exc.orig or exc).__name__) from exc
            raise

    return wrapper


def refuse_unless_signed(
    pdf: bytes, trust_roots, *, signer: str, must_say: str | list[str]
) -> None:
    """Refused("signature_invalid") unless `pdf` is signed by `signer` with a card whose chain
    ends in `trust_roots`, and says `must_say` (one sentence or all of a list:
    app.documents.signing.check_signed_form)."""
    from app.documents.signing import check_signed_form

    sentences = [must_say] if isinstance(must_say, str) else list(must_say)
    problem = check_signed_form(pdf, trust_roots, signers={signer}, must_say=sentences)
    if problem is not None:
        raise Refused("signature_invalid", problem)
