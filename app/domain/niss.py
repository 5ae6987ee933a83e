"""The social-security identification number (NISS/INSZ): a national number or a BIS number."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from stdnum import exceptions as stdnum_errors
from stdnum.be import bis, nn, ssn


class InvalidNiss(ValueError):
    """The text is not a valid NISS; `reason` says why in words a clerk understands."""

    def __init__(self, text: str, reason: str):
        super().__init__(f"{reason}: {text!r}")
        self.text = text
        self.reason = reason


@dataclass(frozen=True, slots=True)
class Niss:
    """A NISS that can only exist valid; built from any of its written forms."""

    digits: str

    def __post_init__(self) -> None:
        # Guard direct construction too: the 11-digit form must already be valid.
        if not (len(self.digits) == 11 and self.digits.isdigit() and ssn.is_valid(self.digits)):
            raise InvalidNiss(self.digits, "not a valid NISS")

    @classmethod
    def parse(cls, text: str) -> Niss:
        """Accept 85073003328, 850730 033 28, 85.07.30-033.28 and the like."""
        try:
            digits = ssn.validate(text)
        except stdnum_errors.InvalidLength as exc:
            raise InvalidNiss(text, "a NISS has 11 digits") from exc
        except stdnum_errors.InvalidChecksum as exc:
            raise InvalidNiss(text, "the check digits do not match") from exc
        except stdnum_errors.ValidationError as exc:
            raise InvalidNiss(text, "not a valid NISS") from exc
        if not (len(digits) == 11 and digits.isdigit()):
            raise InvalidNiss(text, "a NISS has 11 digits")
        # Checked just now: not a second time by __post_init__ (the central worker parses a
        # number in every operation it applies; python-stdnum's check was a tenth of its time,
        # issue 18). No cache of numbers: a terminal keeps none of a member's.
        niss = object.__new__(cls)
        object.__setattr__(niss, "digits", digits)
        return niss

    @property
    def is_bis(self) -> bool:
        return ssn.guess_type(self.digits) == "bis"

    @property
    def birth_date(self) -> dt.date | None:
        """None when the number does not carry a full birth date (month or day 00)."""
        module = bis if self.is_bis else nn
        try:
            return module.get_birth_date(self.digits)
        except stdnum_errors.ValidationError:
            return None

    @property
    def sex(self) -> str | None:
        """'M' or 'F'; None for a BIS number given before the sex was known."""
        module = bis if self.is_bis else nn
        return module.get_gender(self.digits)

    def formatted(self) -> str:
        """The form printed on the eID card: YY.MM.DD-SSS.CC."""
        return nn.format(self.digits)

    def __str__(self) -> str:
        return self.digits


def niss_check_digits(first_nine: str, born_after_1999: bool) -> str:
    """The two check digits of a national number (97 − n mod 97, with a leading 2 after 1999)."""
    number = int(("2" if born_after_1999 else "") + first_nine)
    return f"{97 - number % 97:02d}"
