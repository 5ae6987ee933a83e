"""Bank account numbers (IBAN), validated with python-stdnum."""

from __future__ import annotations

from dataclasses import dataclass

from stdnum import exceptions as stdnum_errors
from stdnum import iban as stdnum_iban
from stdnum.be import iban as be_iban


class InvalidIban(ValueError):
    def __init__(self, text: str, reason: str):
        super().__init__(f"{reason}: {text!r}")
        self.text = text
        self.reason = reason


@dataclass(frozen=True, slots=True)
class Iban:
    """An IBAN in compact form (no spaces, upper case)."""

    compact: str

    @classmethod
    def parse(cls, text: str) -> Iban:
        compact = stdnum_iban.compact(text)
        try:
            stdnum_iban.validate(compact)
        except stdnum_errors.InvalidChecksum as exc:
            raise InvalidIban(text, "the check digits do not match") from exc
        except stdnum_errors.InvalidComponent as exc:
            # For BE this is also raised for a bank code missing from stdnum's bundled list,
            # which ages with the package: accept a number whose checksums are right.
            if compact.startswith("BE") and _belgian_checksums_ok(compact):
                return cls(compact)
            raise InvalidIban(text, "not a valid IBAN") from exc
        except stdnum_errors.ValidationError as exc:
            raise InvalidIban(text, "not a valid IBAN") from exc
        return cls(compact)

    @property
    def bic(self) -> str | None:
        if not self.compact.startswith("BE"):
            return None
        return be_iban.to_bic(self.compact)

    def formatted(self) -> str:
        return stdnum_iban.format(self.compact)

    def __str__(self) -> str:
        return self.compact


def formatted_iban(text: str) -> str:
    """An account as people read it (groups of four); a stored value that is not a valid IBAN
    is shown as it is rather than hidden."""
    try:
        return Iban.parse(text).formatted()
    except InvalidIban:
        return text


def _belgian_checksums_ok(compact: str) -> bool:
    if len(compact) != 16 or not compact[2:].isdigit():
        return False
    bban = compact[4:]
    national = int(bban[:10]) % 97 or 97
    if int(bban[10:]) != national:
        return False
    return stdnum_iban.calc_check_digits(compact) == compact[2:4]


def belgian_iban_text(bank_code: str, account: str) -> str:
    """The compact Belgian IBAN of a 3-digit bank code and a 7-digit account number.

    Both check digits are computed, so the result is valid by construction (the demo seeder
    builds its accounts with it; `Iban.parse` of it gives the value object, 20 times slower).
    """
    first_ten = bank_code + account
    if len(first_ten) != 10 or not first_ten.isdigit():
        raise InvalidIban(first_ten, "a Belgian account has a 3-digit bank code and 7 digits")
    bban = f"{first_ten}{int(first_ten) % 97 or 97:02d}"
    return f"BE{stdnum_iban.calc_check_digits('BE00' + bban)}{bban}"
