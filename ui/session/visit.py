"""One member's visit, as the session holds it: dropped as a whole when the visit ends."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from devices.belpic.reader import EidReader, HolderData
from devices.card_backend import CardBackend
from devices.errors import NoCard


@dataclass
class Visit:
    """Everything of one member's visit. The card's own things (its reader, what it read, its
    transport) stay in the card backend, under the card's serial: the visit only names it."""

    generation: int
    card: CardBackend | None = None  # set when the visit is the inserted card's
    card_serial: int | None = None
    holder: HolderData | None = None
    photo: bytes | None = None
    niss: str | None = None
    route: Any = None  # the backend's Route for this card
    mode: str | None = None  # eid / password / token
    first_name: str = ""
    token_challenge: Any = None
    join_values: dict | None = None
    read_done: bool = False  # the whole read (photo included) finished and was verified

    @property
    def reader(self) -> EidReader | None:
        """The card's reader while this visit's card is in use; None without a card."""
        return None if self.card is None else self.card.reader_of(self.card_serial)

    def check_read(self) -> None:
        """Card work after the read (identification, signature) runs only on this visit's
        card, once every file was verified: a photo that fails its hash stops the visit."""
        if self.card is None:
            raise NoCard("this visit has no card")
        self.card.check_read(self.card_serial)

    def close(self) -> int | None:
        """Forget the member's data; returns the card serial the session is done with."""
        serial = self.card_serial
        self.card = self.card_serial = None
        self.holder = self.photo = self.route = self.niss = None
        self.join_values = self.token_challenge = None
        return serial
