"""The eID TLV format: FF-continued lengths, zero padding, and nothing but typed errors."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from devices.belpic.tlv import encode_length, encode_tlv, parse_tlv
from devices.errors import CardDataError


def test_short_fields_and_zero_padding():
    data = bytes.fromhex("0002 0001 0703 414243 1400") + bytes(20)
    assert parse_tlv(data) == {0x00: b"\x00\x01", 0x07: b"ABC", 0x14: b""}


def test_a_length_of_255_or_more_is_a_run_of_ff_bytes_summed():
    assert encode_length(254) == b"\xfe"
    assert encode_length(255) == b"\xff\x00"
    assert encode_length(300) == b"\xff\x2d"
    assert encode_length(600) == b"\xff\xff\x5a"
    value = bytes(range(256)) * 2 + b"x" * 88  # 600 bytes
    data = b"\x11\xff\xff\x5a" + value
    assert parse_tlv(data) == {0x11: value}


def test_a_value_ending_in_zero_bytes_is_not_cut_as_padding():
    data = b"\x02\x04\x01\x00\x00\x00" + b"\x03\x01A"
    assert parse_tlv(data) == {0x02: b"\x01\x00\x00\x00", 0x03: b"A"}


def test_a_value_running_past_the_end_is_an_error():
    with pytest.raises(CardDataError, match="says 9 bytes, 2 remain"):
        parse_tlv(b"\x07\x09AB")


def test_a_length_cut_in_the_middle_of_its_ff_run_is_an_error():
    with pytest.raises(CardDataError, match="runs past the end"):
        parse_tlv(b"\x07\xff\xff")


def test_a_repeated_tag_is_an_error():
    with pytest.raises(CardDataError, match="twice"):
        parse_tlv(b"\x07\x01A\x07\x01B")


@given(st.binary(max_size=600))
def test_random_bytes_parse_or_raise_card_data_error_only(data):
    try:
        fields = parse_tlv(data)
    except CardDataError:
        return
    assert all(0 <= tag <= 255 for tag in fields)


@given(
    st.dictionaries(
        st.integers(1, 0x1F),
        st.binary(max_size=700).filter(lambda v: v[-1:] != b"\x00"),
        max_size=12,
    ),
    st.integers(0, 40),
)
def test_encoding_then_parsing_gives_the_fields_back(fields, padding):
    data = encode_tlv(fields)
    assert parse_tlv(data + bytes(padding)) == fields
