"""The identity and address files as values: every tag, birth dates in three languages, the NN.

Parsing is strict where a wrong value would mislead (national number, dates, sex) and lenient
where cards in the field differ (month spellings and padding, unknown day or month).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from enum import Enum, IntEnum

from stdnum import exceptions as stdnum_errors
from stdnum.be import ssn

from devices.belpic.tlv import parse_tlv
from devices.errors import CardDataError


class Tag(IntEnum):
    """Tags of the identity file (4031)."""

    VERSION = 0x00
    CARD_NUMBER = 0x01
    CHIP_NUMBER = 0x02
    VALIDITY_BEGIN = 0x03
    VALIDITY_END = 0x04
    DELIVERY_MUNICIPALITY = 0x05
    NATIONAL_NUMBER = 0x06
    SURNAME = 0x07
    FIRST_NAMES = 0x08
    THIRD_INITIAL = 0x09
    NATIONALITY = 0x0A
    BIRTH_PLACE = 0x0B
    BIRTH_DATE = 0x0C
    SEX = 0x0D
    NOBLE_CONDITION = 0x0E
    DOCUMENT_TYPE = 0x0F
    SPECIAL_STATUS = 0x10
    PHOTO_HASH = 0x11
    DUPLICATE = 0x12
    SPECIAL_ORGANISATION = 0x13
    MEMBER_OF_FAMILY = 0x14
    PROTECTION = 0x15
    WORK_PERMIT = 0x16
    EMPLOYER_VAT_1 = 0x17
    EMPLOYER_VAT_2 = 0x18
    REGIONAL_FILE_NUMBER = 0x19
    BASIC_KEY_HASH = 0x1A
    BREXIT_MENTION_1 = 0x1B
    BREXIT_MENTION_2 = 0x1C
    CARD_A_MENTION_1 = 0x1D
    CARD_A_MENTION_2 = 0x1E
    EU_REGISTRATION_DATE = 0x1F


class AddressTag(IntEnum):
    """Tags of the address file (4033)."""

    VERSION = 0x00
    STREET_AND_NUMBER = 0x01
    ZIP = 0x02
    MUNICIPALITY = 0x03


class DocumentKind(Enum):
    """What sort of card, for the rules that depend on it (kids' cards have no PIN use...)."""

    BELGIAN_CITIZEN = "belgian_citizen"
    KIDS = "kids"
    FOREIGNER = "foreigner"
    KIDS_FOREIGNER = "kids_foreigner"
    OTHER = "other"


# code → (name used by the eID Viewer's .eid files, kind)
DOCUMENT_TYPES: dict[int, tuple[str, DocumentKind]] = {
    1: ("belgian_citizen", DocumentKind.BELGIAN_CITIZEN),
    6: ("kids_card", DocumentKind.KIDS),
    7: ("bootstrap_card", DocumentKind.OTHER),
    8: ("habilitation_card", DocumentKind.OTHER),
    11: ("foreigner_a", DocumentKind.FOREIGNER),
    12: ("foreigner_b", DocumentKind.FOREIGNER),
    13: ("foreigner_c", DocumentKind.FOREIGNER),
    14: ("foreigner_d", DocumentKind.FOREIGNER),
    15: ("foreigner_e", DocumentKind.FOREIGNER),
    16: ("foreigner_e_plus", DocumentKind.FOREIGNER),
    17: ("foreigner_f", DocumentKind.FOREIGNER),
    18: ("foreigner_f_plus", DocumentKind.FOREIGNER),
    19: ("european_blue_card_h", DocumentKind.FOREIGNER),
    20: ("foreigner_i", DocumentKind.FOREIGNER),
    21: ("foreigner_j", DocumentKind.FOREIGNER),
    22: ("foreigner_m", DocumentKind.FOREIGNER),
    23: ("foreigner_n", DocumentKind.FOREIGNER),
    27: ("foreigner_k", DocumentKind.FOREIGNER),
    28: ("foreigner_l", DocumentKind.FOREIGNER),
    31: ("foreigner_eu", DocumentKind.FOREIGNER),
    32: ("foreigner_eu_plus", DocumentKind.FOREIGNER),
    33: ("foreigner_a_new", DocumentKind.FOREIGNER),
    34: ("foreigner_b_new", DocumentKind.FOREIGNER),
    35: ("foreigner_f_new", DocumentKind.FOREIGNER),
    36: ("foreigner_f_plus_new", DocumentKind.FOREIGNER),
    **{code: (f"foreigner_kids_{code}", DocumentKind.KIDS_FOREIGNER) for code in range(61, 70)},
}
DOCUMENT_CODES_BY_NAME = {name: code for code, (name, _) in DOCUMENT_TYPES.items()}


@dataclass(frozen=True, slots=True)
class DocumentType:
    """The card's document type (tag 0F); an unknown code is kept, not refused."""

    code: int

    @property
    def name(self) -> str:
        return DOCUMENT_TYPES.get(self.code, (f"unknown_{self.code}", DocumentKind.OTHER))[0]

    @property
    def kind(self) -> DocumentKind:
        return DOCUMENT_TYPES.get(self.code, ("", DocumentKind.OTHER))[1]


class SpecialStatus(IntEnum):
    """Tag 10: white/yellow cane and extended minority, and their combinations."""

    NONE = 0
    WHITE_CANE = 1
    EXTENDED_MINORITY = 2
    WHITE_CANE_EXTENDED_MINORITY = 3
    YELLOW_CANE = 4
    YELLOW_CANE_EXTENDED_MINORITY = 5


class Sex(Enum):
    MALE = "M"
    FEMALE = "F"


_SEX_CODES = {"M": Sex.MALE, "F": Sex.FEMALE, "V": Sex.FEMALE, "W": Sex.FEMALE}

# Upper-case month spellings seen on cards: FR, NL, DE (with and without accents).
_MONTHS: dict[str, int] = {}
for _month, _names in enumerate(
    [
        ("JAN", "JANV"),
        ("FEV", "FÉV", "FEB", "FEBR"),
        ("MARS", "MAAR", "MAA", "MÄR", "MAR", "MRZ", "MRT"),
        ("AVR", "APR", "APRI"),
        ("MAI", "MEI"),
        ("JUIN", "JUN", "JUNI"),
        ("JUIL", "JUL", "JULI"),
        ("AOUT", "AOÛT", "AUG"),
        ("SEPT", "SEP"),
        ("OCT", "OKT"),
        ("NOV",),
        ("DEC", "DÉC", "DEZ"),
    ],
    start=1,
):
    for _name in _names:
        _MONTHS[_name] = _month

MONTH_NAMES = {
    "fr": ["JAN", "FEV", "MARS", "AVR", "MAI", "JUIN", "JUIL", "AOUT", "SEPT", "OCT", "NOV", "DEC"],
    "nl": ["JAN", "FEB", "MAAR", "APR", "MEI", "JUN", "JUL", "AUG", "SEP", "OKT", "NOV", "DEC"],
    "de": ["JAN", "FEB", "MÄR", "APR", "MAI", "JUN", "JUL", "AUG", "SEP", "OKT", "NOV", "DEZ"],
}


@dataclass(frozen=True, slots=True)
class BirthDate:
    """A birth date as the card states it: the day or the month may be unknown."""

    year: int
    month: int | None
    day: int | None

    def __post_init__(self) -> None:
        if self.month is None and self.day is not None:
            raise ValueError("a day without a month")
        if self.day is not None:
            dt.date(self.year, self.month or 1, self.day)  # raises on 31 FEB

    @property
    def complete(self) -> bool:
        return self.month is not None and self.day is not None

    def as_date(self) -> dt.date | None:
        if self.month is None or self.day is None:
            return None
        return dt.date(self.year, self.month, self.day)

    def card_text(self, language: str = "fr") -> str:
        """The card's own spelling: "30 JUIL 1985" (FR/NL) or "30.JUL.1985" (DE)."""
        day = f"{self.day:02d}" if self.day else "  "
        month = MONTH_NAMES[language][self.month - 1] if self.month else ""
        if language == "de":
            return f"{day}.{month}.{self.year}"
        return f"{day} {month} {self.year}"

    @classmethod
    def parse(cls, text: str) -> BirthDate:
        """Parse "30 JUIL 1985", "30 JUIL. 1985", "30.JUL.1985", "  MAI 1985", "    1985"."""
        raw = text.strip("\x00")
        year_match = re.search(r"(\d{4})\s*$", raw)
        if not year_match:
            raise CardDataError("birth date", f"no year in {text!r}")
        year = int(year_match.group(1))
        head = raw[: year_match.start()]
        day_text = head[:2].strip()
        month_text = head[2:].strip(" .").upper()
        day: int | None = None
        if day_text:
            if not day_text.isdigit():
                raise CardDataError("birth date", f"day {day_text!r} in {text!r}")
            day = int(day_text) or None
        month: int | None = None
        if month_text:
            month = _MONTHS.get(month_text) or _MONTHS.get(month_text.rstrip("."))
            if month is None:
                raise CardDataError("birth date", f"unknown month {month_text!r} in {text!r}")
        try:
            return cls(year, month, day)
        except ValueError as exc:
            raise CardDataError("birth date", f"{text!r}: {exc}") from exc


@dataclass(frozen=True, slots=True)
class NationalNumber:
    """The national register number (or BIS number): can only be built valid (python-stdnum)."""

    digits: str

    def __post_init__(self) -> None:
        if not (len(self.digits) == 11 and self.digits.isdigit() and ssn.is_valid(self.digits)):
            raise CardDataError("national number", "not a valid national or BIS number")

    @classmethod
    def parse(cls, text: str) -> NationalNumber:
        try:
            digits = ssn.validate(text)
        except stdnum_errors.ValidationError as exc:
            raise CardDataError("national number", f"{exc.message}") from exc
        if not (len(digits) == 11 and digits.isdigit()):
            raise CardDataError("national number", "not a valid national or BIS number")
        # Validated just now: not a second time in __post_init__ (python-stdnum's check is
        # half of an identity file's parsing, and runs between the card's answers).
        number = object.__new__(cls)
        object.__setattr__(number, "digits", digits)
        return number

    @property
    def formatted(self) -> str:
        """YY.MM.DD-xxx.cc, as the eID Viewer shows it."""
        d = self.digits
        return f"{d[0:2]}.{d[2:4]}.{d[4:6]}-{d[6:9]}.{d[9:11]}"

    def __str__(self) -> str:
        return self.formatted


@dataclass(frozen=True, slots=True)
class Identity:
    """The identity file's content, parsed; `raw` keeps the exact bytes the signature covers."""

    card_number: str
    chip_number: bytes
    validity_begin: dt.date
    validity_end: dt.date
    delivery_municipality: str
    national_number: NationalNumber
    surname: str
    first_names: str
    third_initial: str
    nationality: str
    birth_place: str
    birth_date: BirthDate
    sex: Sex
    noble_condition: str
    document_type: DocumentType
    special_status: SpecialStatus
    photo_hash: bytes
    file_version: bytes = b""
    duplicate: str = ""
    special_organisation: str = ""
    member_of_family: bool = False
    protection: str = ""
    work_permit: str = ""
    employer_vat_1: str = ""
    employer_vat_2: str = ""
    regional_file_number: str = ""
    basic_key_hash: bytes = b""
    brexit_mention_1: str = ""
    brexit_mention_2: str = ""
    card_a_mention_1: str = ""
    card_a_mention_2: str = ""
    eu_registration_date: str = ""
    raw: bytes = field(default=b"", repr=False, compare=False)

    @property
    def given_names(self) -> str:
        """First names plus the third initial, as printed on the card."""
        return f"{self.first_names} {self.third_initial}".strip()


@dataclass(frozen=True, slots=True)
class Address:
    """The address file's content; `raw` keeps the exact bytes (zero padding included)."""

    street_and_number: str
    zip_code: str
    municipality: str
    file_version: bytes = b""
    raw: bytes = field(default=b"", repr=False, compare=False)


def _text(fields: dict[int, bytes], tag: int, what: str, required: bool = False) -> str:
    value = fields.get(tag)
    if value is None:
        if required:
            raise CardDataError(what, "missing")
        return ""
    try:
        return value.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise CardDataError(what, "not UTF-8") from exc


def parse_card_date(text: str, what: str) -> dt.date:
    """DD.MM.YYYY (validity dates); the DE form DD.MM.YYYY is the only one cards use here."""
    match = re.fullmatch(r"(\d{2})[.\-/ ](\d{2})[.\-/ ](\d{4})", text.strip())
    if not match:
        raise CardDataError(what, f"{text!r} is not DD.MM.YYYY")
    day, month, year = (int(g) for g in match.groups())
    try:
        return dt.date(year, month, day)
    except ValueError as exc:
        raise CardDataError(what, f"{text!r}: {exc}") from exc


def parse_identity(data: bytes) -> Identity:
    """Parse EF(ID#RN); raises CardDataError naming the first wrong field."""
    fields = parse_tlv(data, "identity file")
    sex_code = _text(fields, Tag.SEX, "sex", required=True).strip()
    if sex_code not in _SEX_CODES:
        raise CardDataError("sex", f"unknown code {sex_code!r}")
    doc_text = _text(fields, Tag.DOCUMENT_TYPE, "document type", required=True).strip()
    status_text = _text(fields, Tag.SPECIAL_STATUS, "special status").strip() or "0"
    if not doc_text.isdigit():
        raise CardDataError("document type", f"{doc_text!r} is not a number")
    if not status_text.isdigit() or int(status_text) not in SpecialStatus._value2member_map_:
        raise CardDataError("special status", f"unknown code {status_text!r}")
    photo_hash = fields.get(Tag.PHOTO_HASH, b"")
    if len(photo_hash) not in (20, 32, 48):
        raise CardDataError("photo hash", f"{len(photo_hash)} bytes, expected 20, 32 or 48")
    return Identity(
        file_version=fields.get(Tag.VERSION, b""),
        card_number=_text(fields, Tag.CARD_NUMBER, "card number", required=True),
        chip_number=fields.get(Tag.CHIP_NUMBER, b""),
        validity_begin=parse_card_date(
            _text(fields, Tag.VALIDITY_BEGIN, "validity begin", required=True), "validity begin"
        ),
        validity_end=parse_card_date(
            _text(fields, Tag.VALIDITY_END, "validity end", required=True), "validity end"
        ),
        delivery_municipality=_text(fields, Tag.DELIVERY_MUNICIPALITY, "delivery municipality"),
        national_number=NationalNumber.parse(
            _text(fields, Tag.NATIONAL_NUMBER, "national number", required=True)
        ),
        surname=_text(fields, Tag.SURNAME, "surname", required=True),
        first_names=_text(fields, Tag.FIRST_NAMES, "first names"),
        third_initial=_text(fields, Tag.THIRD_INITIAL, "third given name"),
        nationality=_text(fields, Tag.NATIONALITY, "nationality"),
        birth_place=_text(fields, Tag.BIRTH_PLACE, "birth place"),
        birth_date=BirthDate.parse(_text(fields, Tag.BIRTH_DATE, "birth date", required=True)),
        sex=_SEX_CODES[sex_code],
        noble_condition=_text(fields, Tag.NOBLE_CONDITION, "noble condition"),
        document_type=DocumentType(int(doc_text)),
        special_status=SpecialStatus(int(status_text)),
        photo_hash=photo_hash,
        duplicate=_text(fields, Tag.DUPLICATE, "duplicate"),
        special_organisation=_text(fields, Tag.SPECIAL_ORGANISATION, "special organisation"),
        member_of_family=Tag.MEMBER_OF_FAMILY in fields,
        protection=_text(fields, Tag.PROTECTION, "date and country of protection"),
        work_permit=_text(fields, Tag.WORK_PERMIT, "work permit"),
        employer_vat_1=_text(fields, Tag.EMPLOYER_VAT_1, "employer VAT 1"),
        employer_vat_2=_text(fields, Tag.EMPLOYER_VAT_2, "employer VAT 2"),
        regional_file_number=_text(fields, Tag.REGIONAL_FILE_NUMBER, "regional file number"),
        basic_key_hash=fields.get(Tag.BASIC_KEY_HASH, b""),
        brexit_mention_1=_text(fields, Tag.BREXIT_MENTION_1, "Brexit mention 1"),
        brexit_mention_2=_text(fields, Tag.BREXIT_MENTION_2, "Brexit mention 2"),
        card_a_mention_1=_text(fields, Tag.CARD_A_MENTION_1, "card A mention 1"),
        card_a_mention_2=_text(fields, Tag.CARD_A_MENTION_2, "card A mention 2"),
        eu_registration_date=_text(fields, Tag.EU_REGISTRATION_DATE, "EU registration date"),
        raw=bytes(data),
    )


def parse_address(data: bytes) -> Address:
    """Parse EF(ID#Address)."""
    fields = parse_tlv(data, "address file")
    return Address(
        file_version=fields.get(AddressTag.VERSION, b""),
        street_and_number=_text(fields, AddressTag.STREET_AND_NUMBER, "street", required=True),
        zip_code=_text(fields, AddressTag.ZIP, "zip code", required=True).strip(),
        municipality=_text(fields, AddressTag.MUNICIPALITY, "municipality", required=True),
        raw=bytes(data),
    )
