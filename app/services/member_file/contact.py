"""Changing one's contact details: checked here, queued on the terminal's outbox."""

from __future__ import annotations

from dataclasses import dataclass

from app.domain import phone as phone_rules
from app.services.errors import InvalidForm
from app.services.member_file.access import FileSession
from app.sync import operations as ops
from app.sync.terminal import Outbox


@dataclass(frozen=True)
class Queued:
    operation_id: str


def _contact_problems(phone: str | None, mobile: str | None, email: str | None) -> dict[str, str]:
    problems = {}
    if phone_rules.phone_problem(phone):
        problems["phone"] = "invalid_phone"
    if problem := phone_rules.mobile_problem(mobile):
        problems["mobile"] = problem
    if ops.email_problem(email):
        problems["email"] = "invalid_email"
    if phone is None and mobile is None and email is None:
        problems["form"] = "nothing_to_change"
    return problems


def _clean(value: str | None) -> str | None:
    return value.strip() if value is not None else None


def change_contact(
    outbox: Outbox,
    session: FileSession,
    *,
    phone: str | None = None,
    mobile: str | None = None,
    email: str | None = None,
    actor: str = "member",
) -> Queued:
    """Queue new contact data for the session's own file.

    None keeps a value, "" clears it. Every problem is reported at once, as
    InvalidForm({"phone"|"mobile"|"email"|"form": code}).
    """
    phone, mobile, email = _clean(phone), _clean(mobile), _clean(email)
    if problems := _contact_problems(phone, mobile, email):
        raise InvalidForm(problems)
    payload = {"member_niss": session.niss, "phone": phone, "mobile": mobile, "email": email}
    operation_id = outbox.enqueue("member.contact.update", payload, actor=actor, version=2)
    return Queued(str(operation_id))
