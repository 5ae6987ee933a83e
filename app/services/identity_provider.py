"""The token card's identity provider, as an interface: ask which code, then check the answer.

The federal token (a card of 24 numbered codes) is checked by an identity provider behind a
small interface: ask a challenge (which position) for a username, then verify the username,
the password and the code typed for that position. The demo's own provider is
app/services/local_token_provider.py; a real terminal plugs the federal one in its place.
Nothing here imports the login service: login.py uses this interface, the providers use login.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

POSITIONS = 24  # the codes of a token card, numbered 1 to 24


@dataclass(frozen=True)
class TokenChallenge:
    position: int  # 1..24: the code the member must type
    challenge_id: str


class IdentityProvider(Protocol):
    def challenge(self, username: str) -> TokenChallenge:
        """The position to ask for; the same answer shape whether the username exists or not."""
        ...

    def discard(self, challenge: TokenChallenge) -> None:
        """Forget a challenge that will not be answered (the visit ended)."""
        ...

    def verify(self, challenge: TokenChallenge, username: str, password: str, code: str) -> str:
        """The member's NISS (11 digits); BadCredentials or AccountLocked otherwise."""
        ...
