"""The PIN block of VERIFY: control nibble 2, length nibble, BCD digits, F padding to 8 bytes."""

from __future__ import annotations

from devices.errors import PinFormatError


def encode_pin_block(pin: str) -> bytearray:
    """1234 → 24 12 34 FF FF FF FF FF. A bytearray, so the caller can wipe it after sending."""
    if not (isinstance(pin, str) and pin.isascii() and pin.isdigit() and 4 <= len(pin) <= 12):
        raise PinFormatError("a PIN is 4 to 12 digits")
    nibbles = f"2{len(pin):X}{pin}".ljust(16, "F")
    return bytearray.fromhex(nibbles)
