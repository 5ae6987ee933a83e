"""The demo's token provider: each member's 24 codes derived from a secret, their e-Mut password.

It implements app/services/identity_provider.IdentityProvider. A wrong code counts as a failed
login like a wrong password (the same lockout, app/services/login.authenticate).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import secrets
import threading
from collections.abc import Callable

from sqlalchemy import Engine

from app.domain.clock import utc_now
from app.services.errors import Refused
from app.services.identity_provider import POSITIONS, TokenChallenge
from app.services.login import authenticate, parse_username, utc

CODE_DIGITS = 6
CHALLENGE_LIFETIME = dt.timedelta(minutes=5)


def token_code(secret: bytes, niss: str, position: int) -> str:
    """The code at `position` of the member's card: HMAC-SHA256(secret, NISS || position),
    truncated to 6 digits as HOTP does (RFC 4226)."""
    if not 1 <= position <= POSITIONS:
        raise ValueError(f"a token card has positions 1 to {POSITIONS}")
    digest = hmac.new(secret, niss.encode("ascii") + bytes([position]), hashlib.sha256).digest()
    offset = digest[-1] & 0x0F
    number = int.from_bytes(digest[offset : offset + 4], "big") & 0x7FFF_FFFF
    return f"{number % 10**CODE_DIGITS:0{CODE_DIGITS}d}"


def token_card(secret: bytes, niss: str) -> list[str]:
    """The member's 24 codes, position 1 first (for the demo's printed cards and the tests)."""
    digits = parse_username(niss).digits
    return [token_code(secret, digits, position) for position in range(1, POSITIONS + 1)]


class LocalTokenProvider:
    """The demo's token provider: codes from a secret, passwords from online_account.

    A challenge is good once, for the username it was drawn for, for 5 minutes.
    """

    def __init__(
        self, central: Engine, secret: bytes, *, clock: Callable[[], dt.datetime] = utc_now
    ):
        if len(secret) < 16:
            raise ValueError("the token secret must have at least 16 bytes")
        self.central = central
        self._secret = secret
        self._clock = clock
        self._issued: dict[str, tuple[str, int, dt.datetime]] = {}
        self._lock = threading.Lock()

    def challenge(self, username: str) -> TokenChallenge:
        niss = parse_username(username)
        now = utc(self._clock())
        challenge = TokenChallenge(secrets.randbelow(POSITIONS) + 1, secrets.token_urlsafe(16))
        with self._lock:
            self._issued = {
                key: issued
                for key, issued in self._issued.items()
                if now - issued[2] < CHALLENGE_LIFETIME
            }
            self._issued[challenge.challenge_id] = (niss.digits, challenge.position, now)
        return challenge

    def discard(self, challenge: TokenChallenge) -> None:
        """Forget a challenge that will not be answered (the visit ended): it holds a NISS."""
        with self._lock:
            self._issued.pop(challenge.challenge_id, None)

    def verify(self, challenge: TokenChallenge, username: str, password: str, code: str) -> str:
        niss = parse_username(username)
        now = utc(self._clock())
        with self._lock:
            issued = self._issued.pop(challenge.challenge_id, None)
        if (
            issued is None
            or issued[0] != niss.digits
            or issued[1] != challenge.position
            or now - issued[2] >= CHALLENGE_LIFETIME
        ):
            raise Refused("challenge_expired")  # ask for a new position; nothing is counted
        expected = token_code(self._secret, niss.digits, challenge.position)
        code_ok = hmac.compare_digest((code or "").strip().encode(), expected.encode())
        authenticate(self.central, niss, password, now, code_ok=code_ok)
        return niss.digits
