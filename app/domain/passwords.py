"""Password hashing for online accounts and staff: scrypt, a memory-hard KDF, from hashlib."""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets

# scrypt parameters: 2**15 x 8 x 1 uses 32 MiB per hash, the OWASP recommendation for scrypt.
_N, _R, _P = 2**15, 8, 1
_MAXMEM = 64 * 1024 * 1024


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii").rstrip("=")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text + "=" * (-len(text) % 4))


def hash_password(password: str, *, salt: bytes | None = None) -> str:
    """A self-describing hash: scrypt$ln=15,r=8,p=1$<salt>$<key> (parameters kept for re-tuning)."""
    salt = salt if salt is not None else secrets.token_bytes(16)
    key = hashlib.scrypt(password.encode(), salt=salt, n=_N, r=_R, p=_P, maxmem=_MAXMEM, dklen=32)
    return f"scrypt$ln={_N.bit_length() - 1},r={_R},p={_P}${_b64(salt)}${_b64(key)}"


def verify_password(password: str, stored: str) -> bool:
    try:
        scheme, params, salt_text, key_text = stored.split("$")
        fields = dict(item.split("=") for item in params.split(","))
        n, r, p = 2 ** int(fields["ln"]), int(fields["r"]), int(fields["p"])
    except (ValueError, KeyError):
        return False
    if scheme != "scrypt":
        return False
    expected = _unb64(key_text)
    key = hashlib.scrypt(
        password.encode(),
        salt=_unb64(salt_text),
        n=n,
        r=r,
        p=p,
        maxmem=_MAXMEM,
        dklen=len(expected),
    )
    return hmac.compare_digest(key, expected)
