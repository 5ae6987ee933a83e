"""Identity and address files: every tag, birth dates in FR/NL/DE, the national number."""

from __future__ import annotations

import datetime as dt

import pytest

from devices.belpic.identity import (
    BirthDate,
    DocumentKind,
    NationalNumber,
    Sex,
    SpecialStatus,
    Tag,
    parse_address,
    parse_identity,
)
from devices.belpic.tlv import encode_tlv
from devices.errors import CardDataError

PHOTO_HASH = bytes(range(32))


def identity_file(**overrides: bytes | None) -> bytes:
    fields: dict[int, bytes | None] = {
        Tag.VERSION: b"\x00\x01",
        Tag.CARD_NUMBER: b"592000155079",
        Tag.CHIP_NUMBER: bytes(16),
        Tag.VALIDITY_BEGIN: b"14.03.2019",
        Tag.VALIDITY_END: b"14.03.2029",
        Tag.DELIVERY_MUNICIPALITY: "Liège".encode(),
        Tag.NATIONAL_NUMBER: b"85073003427",
        Tag.SURNAME: "Dupont-Lefèvre".encode(),
        Tag.FIRST_NAMES: b"Alice Marie",
        Tag.THIRD_INITIAL: b"J",
        Tag.NATIONALITY: b"Belge",
        Tag.BIRTH_PLACE: b"Ixelles",
        Tag.BIRTH_DATE: b"30 JUIL 1985",
        Tag.SEX: b"F",
        Tag.NOBLE_CONDITION: b"",
        Tag.DOCUMENT_TYPE: b"01",
        Tag.SPECIAL_STATUS: b"0",
        Tag.PHOTO_HASH: PHOTO_HASH,
    }
    fields.update({Tag[name.upper()]: value for name, value in overrides.items()})
    return encode_tlv({tag: value for tag, value in fields.items() if value is not None})


def test_a_french_card_reads_field_by_field():
    identity = parse_identity(identity_file() + bytes(7))
    assert identity.surname == "Dupont-Lefèvre"
    assert identity.given_names == "Alice Marie J"
    assert identity.national_number.formatted == "85.07.30-034.27"
    assert identity.birth_date.as_date() == dt.date(1985, 7, 30)
    assert identity.sex is Sex.FEMALE
    assert identity.validity_end == dt.date(2029, 3, 14)
    assert identity.delivery_municipality == "Liège"
    assert identity.document_type.name == "belgian_citizen"
    assert identity.special_status is SpecialStatus.NONE
    assert identity.member_of_family is False
    assert identity.photo_hash == PHOTO_HASH


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("30 JUIL 1985", (1985, 7, 30)),
        ("30 JUIL. 1985", (1985, 7, 30)),
        ("01 FEV 2001", (2001, 2, 1)),
        ("01 FÉV 2001", (2001, 2, 1)),
        ("15 AOUT 1970", (1970, 8, 15)),
        ("12 MAAR 1978", (1978, 3, 12)),
        ("12 MEI  1978", (1978, 5, 12)),
        ("03 OKT 1999", (1999, 10, 3)),
        ("23.SEP.1982", (1982, 9, 23)),
        ("23.SEP. 1982", (1982, 9, 23)),
        ("08.MÄR.1961", (1961, 3, 8)),
        ("24.DEZ.1950", (1950, 12, 24)),
        ("   NOV 1990", (1990, 11, None)),
        ("  .NOV.1990", (1990, 11, None)),
        ("        1990", (1990, None, None)),
        ("1990", (1990, None, None)),
    ],
)
def test_birth_dates_in_french_dutch_and_german_with_unknown_parts(text, expected):
    assert BirthDate.parse(text) == BirthDate(*expected)


def test_german_mar_is_read_from_its_utf8_bytes():
    fields = identity_file(birth_date="08.MÄR.1961".encode())
    assert parse_identity(fields).birth_date == BirthDate(1961, 3, 8)


@pytest.mark.parametrize("text", ["30 XYZ 1985", "31 FEV 1985", "3O JUIL 1985", "JUILLET"])
def test_impossible_birth_dates_are_refused(text):
    with pytest.raises(CardDataError, match="birth date"):
        BirthDate.parse(text)


def test_birth_date_is_written_back_as_cards_do():
    assert BirthDate(1985, 7, 30).card_text("fr") == "30 JUIL 1985"
    assert BirthDate(1985, 3, 1).card_text("nl") == "01 MAAR 1985"
    assert BirthDate(1985, 3, 1).card_text("de") == "01.MÄR.1985"
    assert BirthDate(1990, 11, None).card_text("fr") == "   NOV 1990"


def test_a_national_number_with_a_wrong_check_is_refused():
    with pytest.raises(CardDataError, match="national number"):
        parse_identity(identity_file(national_number=b"85073003428"))


def test_a_national_number_of_a_child_born_after_2000_is_valid():
    assert NationalNumber.parse("18050406266").formatted == "18.05.04-062.66"


@pytest.mark.parametrize(("code", "sex"), [(b"M", Sex.MALE), (b"F", Sex.FEMALE), (b"V", Sex.FEMALE),
                                           (b"W", Sex.FEMALE)])  # fmt: skip
def test_sex_codes_of_the_three_languages(code, sex):
    assert parse_identity(identity_file(sex=code)).sex is sex


def test_an_unknown_sex_code_is_refused():
    with pytest.raises(CardDataError, match="sex"):
        parse_identity(identity_file(sex=b"X"))


@pytest.mark.parametrize(
    ("code", "name", "kind"),
    [
        (b"1", "belgian_citizen", DocumentKind.BELGIAN_CITIZEN),
        (b"06", "kids_card", DocumentKind.KIDS),
        (b"15", "foreigner_e", DocumentKind.FOREIGNER),
        (b"19", "european_blue_card_h", DocumentKind.FOREIGNER),
        (b"31", "foreigner_eu", DocumentKind.FOREIGNER),
        (b"63", "foreigner_kids_63", DocumentKind.KIDS_FOREIGNER),
        (b"99", "unknown_99", DocumentKind.OTHER),
    ],
)
def test_document_types(code, name, kind):
    document = parse_identity(identity_file(document_type=code)).document_type
    assert (document.name, document.kind) == (name, kind)


@pytest.mark.parametrize(
    ("code", "status"),
    [
        (b"1", SpecialStatus.WHITE_CANE),
        (b"3", SpecialStatus.WHITE_CANE_EXTENDED_MINORITY),
        (b"5", SpecialStatus.YELLOW_CANE_EXTENDED_MINORITY),
    ],
)
def test_special_status(code, status):
    assert parse_identity(identity_file(special_status=code)).special_status is status


def test_special_status_6_does_not_exist():
    with pytest.raises(CardDataError, match="special status"):
        parse_identity(identity_file(special_status=b"6"))


def test_foreigner_card_fields_and_member_of_family():
    identity = parse_identity(
        identity_file(
            document_type=b"17",
            duplicate=b"02",
            special_organisation=b"1",
            member_of_family=b"",
            protection=b"01.02.2020-SY",
            work_permit=b"8",
            employer_vat_1=b"0403.170.701",
            employer_vat_2=b"0202.239.951",
            regional_file_number=b"RF-123",
            brexit_mention_1=b"B",
            brexit_mention_2=b"C",
            card_a_mention_1=b"D",
            card_a_mention_2=b"K",
            eu_registration_date=b"20.06.2022",
            basic_key_hash=bytes(48),
        )
    )
    assert identity.document_type.kind == DocumentKind.FOREIGNER
    assert identity.member_of_family is True
    assert (identity.duplicate, identity.special_organisation) == ("02", "1")
    assert identity.protection == "01.02.2020-SY"
    assert identity.work_permit == "8"
    assert (identity.employer_vat_1, identity.employer_vat_2) == ("0403.170.701", "0202.239.951")
    assert identity.regional_file_number == "RF-123"
    assert (identity.brexit_mention_1, identity.brexit_mention_2) == ("B", "C")
    assert (identity.card_a_mention_1, identity.card_a_mention_2) == ("D", "K")
    assert identity.eu_registration_date == "20.06.2022"
    assert identity.basic_key_hash == bytes(48)


def test_a_missing_surname_is_an_error_naming_it():
    with pytest.raises(CardDataError, match="surname: missing"):
        parse_identity(identity_file(surname=None))


def test_a_photo_hash_of_odd_size_is_refused():
    with pytest.raises(CardDataError, match="photo hash"):
        parse_identity(identity_file(photo_hash=bytes(19)))


def test_an_invalid_validity_date_is_refused():
    with pytest.raises(CardDataError, match="validity end"):
        parse_identity(identity_file(validity_end=b"31.02.2029"))


def test_address_file_with_its_padding():
    data = encode_tlv({0: b"\x00\x01", 1: "Chaussée de Wavre 12".encode(), 2: b"1050",
                       3: b"Ixelles"}, pad_to=117)  # fmt: skip
    address = parse_address(data)
    assert (address.street_and_number, address.zip_code, address.municipality) == (
        "Chaussée de Wavre 12", "1050", "Ixelles",
    )  # fmt: skip
    assert len(address.raw) == 117


def test_text_that_is_not_utf8_is_refused():
    with pytest.raises(CardDataError, match="surname: not UTF-8"):
        parse_identity(identity_file(surname=b"\xff\xfe"))
