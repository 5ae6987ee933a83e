"""The eID's simplified TLV (1-byte tag, FF-continued length, zero padding), by hand.

No library parses this format: it is not BER (a length of 255 or more is a run of FF bytes
that are summed with the byte after them), and files end in zero padding of unknown size.
"""

from __future__ import annotations

from devices.errors import CardDataError


def parse_tlv(data: bytes, what: str = "TLV") -> dict[int, bytes]:
    """Parse a TLV file into {tag: value}.

    Rules: a tag byte, then a length (each FF adds 255 and the first byte below FF ends it),
    then the value. Trailing zero bytes are padding. A repeated tag, or a value that runs past
    the end, raises CardDataError: a file that cannot be read in one meaning is not guessed at.
    """
    fields: dict[int, bytes] = {}
    end = len(data.rstrip(b"\x00"))
    position = 0
    while position < len(data):
        if position >= end:
            break  # the rest is zero padding
        tag = data[position]
        position += 1
        length = 0
        while True:
            if position >= len(data):
                raise CardDataError(what, f"length of tag {tag:02X} runs past the end")
            byte = data[position]
            position += 1
            length += byte
            if byte != 0xFF:
                break
        if position + length > len(data):
            raise CardDataError(
                what, f"tag {tag:02X} says {length} bytes, {len(data) - position} remain"
            )
        if tag in fields:
            raise CardDataError(what, f"tag {tag:02X} appears twice")
        fields[tag] = bytes(data[position : position + length])
        position += length
    return fields


def encode_length(length: int) -> bytes:
    """255 → FF 00, 300 → FF 2D: the inverse of the parser's length rule."""
    if length < 0:
        raise ValueError("negative length")
    return b"\xff" * (length // 255) + bytes([length % 255])


def encode_tlv(fields: dict[int, bytes] | list[tuple[int, bytes]], pad_to: int = 0) -> bytes:
    """Encode fields in ascending tag order, then zero-pad to `pad_to` bytes (if larger)."""
    items = sorted(fields.items()) if isinstance(fields, dict) else sorted(fields)
    out = bytearray()
    for tag, value in items:
        if not 0 <= tag <= 0xFF:
            raise ValueError("a tag is one byte")
        out += bytes([tag]) + encode_length(len(value)) + value
    if len(out) < pad_to:
        out += bytes(pad_to - len(out))
    return bytes(out)
