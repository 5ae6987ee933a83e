"""Where things are on a BELPIC card: AIDs, file paths, key references, ATRs."""

from __future__ import annotations

from enum import Enum

APPLET_AID = bytes.fromhex("A00000003029057000AD13100101FF")
BELPIC_DF_AID = bytes.fromhex("A000000177504B43532D3135")
ID_DF_AID = bytes.fromhex("A000000177496446696C6573")

MF = 0x3F00
DF_BELPIC = 0xDF00
DF_ID = 0xDF01

KEY_BASIC = 0x81
KEY_AUTHENTICATION = 0x82
KEY_SIGNATURE = 0x83

ATR_APPLET_17 = bytes.fromhex("3B9813400AA503010101AD1311")
ATR_APPLET_18 = bytes.fromhex("3B7F96000080318065B085040120120FFF829000")


class EidFile(Enum):
    """The card's files, each with its full path from the MF (every one readable without PIN)."""

    DIR = (MF, 0x2F00)
    TOKEN_INFO = (MF, DF_BELPIC, 0x5032)
    AUTH_CERT = (MF, DF_BELPIC, 0x5038)
    SIGN_CERT = (MF, DF_BELPIC, 0x5039)
    CA_CERT = (MF, DF_BELPIC, 0x503A)
    ROOT_CERT = (MF, DF_BELPIC, 0x503B)
    RRN_CERT = (MF, DF_BELPIC, 0x503C)
    IDENTITY = (MF, DF_ID, 0x4031)
    IDENTITY_SIGNATURE = (MF, DF_ID, 0x4032)
    ADDRESS = (MF, DF_ID, 0x4033)
    ADDRESS_SIGNATURE = (MF, DF_ID, 0x4034)
    PHOTO = (MF, DF_ID, 0x4035)
    BASIC_KEY = (MF, DF_ID, 0x4040)

    @property
    def path(self) -> tuple[int, ...]:
        return self.value

    @property
    def fid(self) -> int:
        return self.value[-1]

    def path_bytes(self, with_mf: bool = True) -> bytes:
        ids = self.value if with_mf else self.value[1:]
        return b"".join(i.to_bytes(2, "big") for i in ids)
