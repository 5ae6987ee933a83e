"""GET CARD DATA (80 E4): serial, applet version (1.7 RSA / 1.8 ECDSA), life cycle, PIN tries."""

from __future__ import annotations

from dataclasses import dataclass

from devices.errors import CardDataError


@dataclass(frozen=True, slots=True)
class CardData:
    """The card's self-description; `applet_version` decides RSA (0x17) or ECDSA (0x18)."""

    serial: bytes
    component_code: int
    os_number: int
    os_version: int
    softmask_number: int
    softmask_version: int
    applet_version: int
    global_os_version: int
    applet_interface_version: int
    pkcs1_support: int
    key_exchange_version: int
    life_cycle: int
    pin_tries_left: int | None = None
    raw: bytes = b""

    @property
    def is_ec(self) -> bool:
        """Applet 1.8 and later sign with ECDSA P-384; 1.7 with RSA-2048."""
        return self.applet_version >= 0x18

    @classmethod
    def parse(cls, data: bytes) -> CardData:
        if len(data) < 28:
            raise CardDataError("card data", f"{len(data)} bytes, at least 28 expected")
        tries = data[28] if len(data) >= 29 else None
        if tries is not None and tries > 15:
            raise CardDataError("card data", f"PIN counter {tries} out of range")
        return cls(
            serial=bytes(data[0:16]),
            component_code=data[16],
            os_number=data[17],
            os_version=data[18],
            softmask_number=data[19],
            softmask_version=data[20],
            applet_version=data[21],
            global_os_version=int.from_bytes(data[22:24], "big"),
            applet_interface_version=data[24],
            pkcs1_support=data[25],
            key_exchange_version=data[26],
            life_cycle=data[27],
            pin_tries_left=tries,
            raw=bytes(data),
        )
