"""The eID Viewer's saved-card file (.eid, XML, schema eidv4.xsd) ↔ a virtual card profile.

A saved file carries no data signatures, so a card made from one is re-signed by the *test*
RRN: it passes verification only against the test root, never against the Belgium roots. The
saved certificates are kept for reference but the virtual card gets test keys (no private key
is in a .eid file, so the saved authentication key cannot sign).
"""

from __future__ import annotations

import base64
import textwrap
import xml.etree.ElementTree as ET
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import ec

from devices.belpic.files import EidFile
from devices.belpic.identity import DOCUMENT_TYPES, SpecialStatus
from devices.belpic.verify import der_length
from devices.simulated.image import CardImage
from devices.simulated.profile import Profile

_WORK_PERMIT = {"7": "unlimited", "8": "limited", "9": "no", "A": "seasonal worker"}
_WORK_PERMIT_CODES = {v: k for k, v in _WORK_PERMIT.items()}
_STATUS_NAMES = {
    SpecialStatus.NONE: "NO_STATUS",
    SpecialStatus.WHITE_CANE: "WHITE_CANE",
    SpecialStatus.EXTENDED_MINORITY: "EXTENDED_MINORITY",
    SpecialStatus.WHITE_CANE_EXTENDED_MINORITY: "WHITE_CANE_EXTENDED_MINORITY",
    SpecialStatus.YELLOW_CANE: "YELLOW_CANE",
    SpecialStatus.YELLOW_CANE_EXTENDED_MINORITY: "YELLOW_CANE_EXTENDED_MINORITY",
}
_STATUS_CODES = {v: k for k, v in _STATUS_NAMES.items()}


class EidFileError(ValueError):
    """The file is not a readable eID Viewer .eid file; says what is wrong."""


def _compact(iso: str) -> str:
    return iso.replace("-", "")


def _iso(compact: str, what: str) -> str:
    if len(compact) != 8 or not compact.isdigit():
        raise EidFileError(f"{what}: {compact!r} is not YYYYMMDD")
    return f"{compact[:4]}-{compact[4:6]}-{compact[6:]}"


def _b64(data: bytes) -> str:
    return "\n" + "\n".join(textwrap.wrap(base64.b64encode(data).decode(), 76)) + "\n"


def write_eid_file(profile: Profile, image: CardImage, path: Path | str) -> Path:
    """Save a virtual card as the eID Viewer would (photo base64 wrapped at 76 columns)."""
    birth = profile.birth()
    root = ET.Element("eid", version="4.4", graphpersoversion="0d")
    identity = ET.SubElement(
        root,
        "identity",
        nationalnumber=profile.national_number,
        dateofbirth=f"{birth.year:04d}{birth.month or 0:02d}{birth.day or 0:02d}",
        gender="male" if profile.sex.upper() == "M" else "female",
        noblecondition=profile.noble_condition,
        specialstatus=_STATUS_NAMES[SpecialStatus(profile.special_status)],
        duplicate=profile.duplicate or "00",
        memberoffamily="true" if profile.member_of_family else "false",
    )
    if profile.protection:
        identity.set(
            "dateandcountryofprotection", profile.protection.replace(".", "").replace("-", "")
        )
    for tag, value in (
        ("name", profile.surname),
        ("firstname", profile.first_names),
        ("middlenames", profile.third_initial),
        ("nationality", profile.nationality),
        ("placeofbirth", profile.birth_place),
    ):
        if value or tag != "middlenames":
            ET.SubElement(identity, tag).text = value
    ET.SubElement(identity, "photo").text = _b64(profile.photo_bytes())
    card = ET.SubElement(
        root,
        "card",
        documenttype=DOCUMENT_TYPES.get(profile.document_type, ("belgian_citizen",))[0],
        cardnumber=profile.card_number,
        chipnumber=profile.chip_number,
        validitydatebegin=_compact(profile.validity_begin),
        validitydateend=_compact(profile.validity_end),
    )
    ET.SubElement(card, "deliverymunicipality").text = profile.delivery_municipality
    if profile.work_permit:
        ET.SubElement(
            card,
            "workpermit",
            mention=_WORK_PERMIT.get(profile.work_permit, profile.work_permit),
            vat1=profile.employer_vat_1,
            vat2=profile.employer_vat_2,
            regionalfile=profile.regional_file_number,
        )
    if profile.brexit_mention_1 or profile.brexit_mention_2:
        ET.SubElement(
            card, "brexit", mention1=profile.brexit_mention_1, mention2=profile.brexit_mention_2
        )
    if profile.card_a_mention_1 or profile.card_a_mention_2:
        ET.SubElement(
            card, "cardA", mentions1=profile.card_a_mention_1, mentions2=profile.card_a_mention_2
        )
    address = ET.SubElement(root, "address")
    ET.SubElement(address, "streetandnumber").text = profile.street_and_number
    ET.SubElement(address, "zip").text = profile.zip_code
    ET.SubElement(address, "municipality").text = profile.municipality
    certificates = ET.SubElement(root, "certificates")
    for tag, file in (
        ("root", EidFile.ROOT_CERT),
        ("citizenca", EidFile.CA_CERT),
        ("authentication", EidFile.AUTH_CERT),
        ("signing", EidFile.SIGN_CERT),
        ("rrn", EidFile.RRN_CERT),
    ):
        raw = image.files[file]
        size = der_length(raw)
        if size:
            ET.SubElement(certificates, tag).text = _b64(raw[:size])
    tree = ET.ElementTree(root)
    ET.indent(tree)
    path = Path(path)
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return path


def _text(element: ET.Element, tag: str, required: bool = True) -> str:
    child = element.find(tag)
    if child is None or child.text is None:
        if required:
            raise EidFileError(f"<{element.tag}> has no <{tag}>")
        return ""
    return child.text.strip()


def read_eid_file(path: Path | str, *, applet: str | None = None) -> Profile:
    """Open a .eid file as a profile. The applet is 1.8 if the saved certificates are EC."""
    try:
        root = ET.parse(path).getroot()
    except (ET.ParseError, OSError) as exc:
        raise EidFileError(f"cannot read {path}: {exc}") from exc
    if root.tag != "eid":
        raise EidFileError(f"root element is <{root.tag}>, not <eid>")
    identity, card, address = (root.find(t) for t in ("identity", "card", "address"))
    if identity is None or card is None or address is None:
        raise EidFileError("an .eid file needs <identity>, <card> and <address>")
    birth = identity.get("dateofbirth", "")
    if len(birth) != 8 or not birth.isdigit():
        raise EidFileError(f"dateofbirth {birth!r} is not YYYYMMDD")
    year, month, day = birth[:4], birth[4:6], birth[6:]
    birth_iso = (
        year if month == "00" else (f"{year}-{month}" if day == "00" else f"{year}-{month}-{day}")
    )
    if applet is None:
        applet = "1.7"
        certs = root.find("certificates")
        rrn = certs.find("rrn") if certs is not None else None
        if rrn is not None and rrn.text:
            cert = x509.load_der_x509_certificate(base64.b64decode(rrn.text))
            applet = "1.8" if isinstance(cert.public_key(), ec.EllipticCurvePublicKey) else "1.7"
    document = card.get("documenttype", "belgian_citizen")
    codes = {name: code for code, (name, _) in DOCUMENT_TYPES.items()}
    if document not in codes:
        raise EidFileError(f"unknown documenttype {document!r}")
    empty = ET.Element("none")
    work = card.find("workpermit")
    work = empty if work is None else work
    brexit = card.find("brexit")
    brexit = empty if brexit is None else brexit
    card_a = card.find("cardA")
    card_a = empty if card_a is None else card_a
    photo_text = _text(identity, "photo", required=False)
    try:
        profile = Profile(
            national_number=identity.get("nationalnumber", ""),
            surname=_text(identity, "name"),
            first_names=_text(identity, "firstname", required=False),
            third_initial=_text(identity, "middlenames", required=False),
            nationality=_text(identity, "nationality", required=False),
            birth_place=_text(identity, "placeofbirth", required=False),
            birth_date=birth_iso,
            sex="M" if identity.get("gender") == "male" else "F",
            noble_condition=identity.get("noblecondition", ""),
            special_status=int(_STATUS_CODES.get(identity.get("specialstatus", "NO_STATUS"), 0)),
            duplicate=identity.get("duplicate", ""),
            member_of_family=identity.get("memberoffamily", "false") == "true",
            document_type=codes[document],
            card_number=card.get("cardnumber", ""),
            chip_number=card.get("chipnumber", ""),
            validity_begin=_iso(card.get("validitydatebegin", ""), "validitydatebegin"),
            validity_end=_iso(card.get("validitydateend", ""), "validitydateend"),
            delivery_municipality=_text(card, "deliverymunicipality", required=False),
            work_permit=_WORK_PERMIT_CODES.get(work.get("mention", ""), "")
            if work is not None
            else "",
            employer_vat_1=work.get("vat1", ""),
            employer_vat_2=work.get("vat2", ""),
            regional_file_number=work.get("regionalfile", ""),
            brexit_mention_1=brexit.get("mention1", ""),
            brexit_mention_2=brexit.get("mention2", ""),
            card_a_mention_1=card_a.get("mentions1", ""),
            card_a_mention_2=card_a.get("mentions2", ""),
            street_and_number=_text(address, "streetandnumber"),
            zip_code=_text(address, "zip"),
            municipality=_text(address, "municipality"),
            applet=applet,
        )
    except ValueError as exc:
        if isinstance(exc, EidFileError):
            raise
        raise EidFileError(f"invalid value in {path}: {exc}") from exc
    if photo_text:
        profile.photo = base64.b64decode("".join(photo_text.split()))
    return profile
