"""Phone numbers as members type them, checked with libphonenumber (the `phonenumbers` package).

A number is read as Belgian unless it starts with + or 00 and a country code; it must be a
number that can exist (`is_valid_number`: right length and prefix for its country), so
"--------" or "04 / / /" is refused. A mobile must be a mobile number of its country (04… in
Belgium). The number is kept as typed: the check says whether it can be called, not how to
write it.
"""

from __future__ import annotations

import phonenumbers
from phonenumbers import NumberParseException, PhoneNumberType

REGION = "BE"
MAX_LENGTH = 20
_MOBILE_TYPES = frozenset({PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE_OR_MOBILE})

INVALID_PHONE = "invalid_phone"
INVALID_MOBILE = "invalid_mobile"
NOT_A_MOBILE = "not_a_mobile"


def _parsed(text: str) -> phonenumbers.PhoneNumber | None:
    if len(text) > MAX_LENGTH:
        return None
    try:
        number = phonenumbers.parse(text, REGION)
    except NumberParseException:
        return None
    return number if phonenumbers.is_valid_number(number) else None


def phone_problem(text: str | None) -> str | None:
    """None for an empty value or a number that can exist, else "invalid_phone"."""
    if not text:
        return None
    return None if _parsed(text) is not None else INVALID_PHONE


def mobile_problem(text: str | None) -> str | None:
    """None for an empty value or a mobile number; "invalid_mobile" for no number at all,
    "not_a_mobile" for a landline (02 512 34 56)."""
    if not text:
        return None
    number = _parsed(text)
    if number is None:
        return INVALID_MOBILE
    return None if phonenumbers.number_type(number) in _MOBILE_TYPES else NOT_A_MOBILE
