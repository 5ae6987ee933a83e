"""A virtual card's profile: who the holder is and what kind of card, as a TOML or JSON file.

A profile holds no keys: the card's keys come from the test PKI (cached per holder), so a
profile file can be written by hand, generated for a demo member, or imported from a .eid file.
"""

from __future__ import annotations

import base64
import dataclasses
import datetime as dt
import hashlib
import json
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from stdnum.be import ssn

from devices.belpic.identity import DOCUMENT_CODES_BY_NAME, BirthDate

PROFILES_DIR = Path(__file__).with_name("profiles")

_CARD_KEYS = (
    "applet", "card_number", "chip_number", "validity_begin", "validity_end",
    "delivery_municipality", "document_type", "pin", "pin_tries_left", "data_hash",
    "auth_certificate", "language", "photo_file",
)  # fmt: skip
_ADDRESS_KEYS = ("street_and_number", "zip_code", "municipality")


@dataclass
class Profile:
    """Everything a virtual card shows; see devices/simulated/profiles/*.toml for examples."""

    national_number: str
    surname: str
    first_names: str
    birth_date: str  # ISO "1985-07-30"; "1985-07" or "1985" when the day or month is unknown
    sex: str  # M or F (V/W are accepted and written as F)
    street_and_number: str
    zip_code: str
    municipality: str
    applet: str = "1.8"
    card_number: str = ""
    chip_number: str = ""  # 32 hex digits; the chip serial in GET CARD DATA too
    validity_begin: str = "2024-01-15"
    validity_end: str = "2034-01-15"
    delivery_municipality: str = "Bruxelles"
    document_type: int = 1
    pin: str = "1234"
    pin_tries_left: int = 3
    data_hash: str = "sha256"  # RSA cards: sha1, sha256, or sha1-photo (SHA-1 photo hash only)
    auth_certificate: bool = True
    language: str = "fr"
    photo_file: str = ""  # relative to the profile file; empty: a generated silhouette
    third_initial: str = ""
    nationality: str = "Belge"
    birth_place: str = "Bruxelles"
    noble_condition: str = ""
    special_status: int = 0
    duplicate: str = "01"
    special_organisation: str = ""
    member_of_family: bool = False
    protection: str = ""
    work_permit: str = ""
    employer_vat_1: str = ""
    employer_vat_2: str = ""
    regional_file_number: str = ""
    brexit_mention_1: str = ""
    brexit_mention_2: str = ""
    card_a_mention_1: str = ""
    card_a_mention_2: str = ""
    eu_registration_date: str = ""
    photo: bytes | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        self.national_number = ssn.validate(self.national_number)
        if self.applet not in ("1.7", "1.8"):
            raise ValueError(f"applet must be 1.7 or 1.8, not {self.applet!r}")
        if self.sex.upper() not in ("M", "F", "V", "W"):
            raise ValueError(f"sex must be M or F, not {self.sex!r}")
        if not self.card_number:
            self.card_number = card_number_for(self.national_number)
        if not self.chip_number:
            self.chip_number = hashlib.sha256(self.card_number.encode()).hexdigest()[:32].upper()
        self.birth()  # validates

    @property
    def ec(self) -> bool:
        return self.applet == "1.8"

    def birth(self) -> BirthDate:
        parts = [int(p) for p in self.birth_date.split("-")]
        return BirthDate(parts[0], parts[1] if len(parts) > 1 else None, *(parts[2:] or [None]))

    def to_dict(self) -> dict[str, Any]:
        values = {f.name: getattr(self, f.name) for f in dataclasses.fields(self)}
        photo = values.pop("photo")
        card = {k: values.pop(k) for k in _CARD_KEYS}
        address = {k: values.pop(k) for k in _ADDRESS_KEYS}
        out: dict[str, Any] = {"card": card, "identity": values, "address": address}
        if photo is not None and not card["photo_file"]:
            out["card"]["photo_base64"] = base64.b64encode(photo).decode()
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any], base: Path | None = None) -> Profile:
        flat: dict[str, Any] = {}
        for section in ("card", "identity", "address"):
            flat.update(data.get(section, {}))
        photo_b64 = flat.pop("photo_base64", None)
        known = {f.name for f in dataclasses.fields(cls)}
        unknown = set(flat) - known
        if unknown:
            raise ValueError(f"unknown profile keys: {', '.join(sorted(unknown))}")
        if isinstance(flat.get("document_type"), str):
            name = flat["document_type"]
            flat["document_type"] = int(name) if name.isdigit() else DOCUMENT_CODES_BY_NAME[name]
        profile = cls(**flat)
        if photo_b64:
            profile.photo = base64.b64decode(photo_b64)
        elif profile.photo_file and base is not None:
            profile.photo = (base / profile.photo_file).read_bytes()
        return profile

    def photo_bytes(self) -> bytes:
        if self.photo is None:
            from devices.simulated.photo import make_photo

            size = (150, 195) if self.ec else (140, 200)
            self.photo = make_photo(self.national_number, size)
        return self.photo


def card_number_for(national_number: str) -> str:
    """A 12-digit card number whose last two digits are the first ten mod 97 (as real ones)."""
    body = 590_000_000_0 + int(hashlib.sha256(national_number.encode()).hexdigest(), 16) % 9_999_999
    check = body % 97 or 97
    return f"{body:010d}{check:02d}"


def load_profile(path: Path | str) -> Profile:
    """Read a profile from .toml or .json (a bare name finds a shipped profile)."""
    path = Path(path)
    if not path.exists() and (PROFILES_DIR / path).exists():
        path = PROFILES_DIR / path
    if not path.exists() and (PROFILES_DIR / f"{path}.toml").exists():
        path = PROFILES_DIR / f"{path}.toml"
    text = path.read_text(encoding="utf-8")
    data = json.loads(text) if path.suffix == ".json" else tomllib.loads(text)
    return Profile.from_dict(data, base=path.parent)


def save_profile(profile: Profile, path: Path | str) -> Path:
    """Write a profile as JSON or TOML according to the suffix."""
    path = Path(path)
    data = profile.to_dict()
    if path.suffix == ".json":
        path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    else:
        path.write_text(_to_toml(data), encoding="utf-8")
    return path


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    return json.dumps(str(value), ensure_ascii=False)  # a JSON string is a valid TOML string


def _to_toml(data: dict[str, dict[str, Any]]) -> str:
    lines: list[str] = []
    for section, values in data.items():
        lines.append(f"[{section}]")
        lines.extend(f"{key} = {_toml_value(value)}" for key, value in values.items())
        lines.append("")
    return "\n".join(lines)


def build_profile(
    *,
    national_number: str,
    surname: str,
    first_names: str,
    birth_date: dt.date | str,
    sex: str,
    street_and_number: str,
    zip_code: str,
    municipality: str,
    applet: str = "1.8",
    **extra: Any,
) -> Profile:
    """A profile for one person (e.g. a demo member): the application makes one per member.

    `extra` takes any other Profile field (document_type, language, pin, nationality...).
    A kids' card (document type 6) defaults to no authentication certificate, as such cards do.
    """
    if isinstance(birth_date, dt.date):
        birth_date = birth_date.isoformat()
    if extra.get("document_type") == 6:
        extra.setdefault("auth_certificate", False)
    return Profile(
        national_number=national_number,
        surname=surname,
        first_names=first_names,
        birth_date=birth_date,
        sex=sex,
        street_and_number=street_and_number,
        zip_code=zip_code,
        municipality=municipality,
        applet=applet,
        **extra,
    )
