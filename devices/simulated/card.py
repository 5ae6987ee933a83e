"""A BELPIC card at APDU level, written by hand from the applet manuals (no library does this).

It answers as a real card does over T=0: SELECT by AID, FID or path (with or without 3F00),
READ BINARY with 6Cxx when Le is too long and 6B00 past the end, GET CARD DATA for applet 1.7
and 1.8, VERIFY with its try counter and the empty VERIFY, MSE SET + PSO:CDS, INTERNAL
AUTHENTICATE (1.8), LOG OFF, and 61xx + GET RESPONSE for anything a case-4 command returns.
"""

from __future__ import annotations

from dataclasses import dataclass

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa, utils

from devices.belpic.files import (
    APPLET_AID,
    BELPIC_DF_AID,
    DF_BELPIC,
    DF_ID,
    ID_DF_AID,
    KEY_AUTHENTICATION,
    KEY_BASIC,
    KEY_SIGNATURE,
    MF,
)
from devices.simulated.image import CardImage

OK = b"\x90\x00"


def sw(value: int) -> bytes:
    return value.to_bytes(2, "big")


@dataclass
class Faults:
    """Failures to inject, counted in APDUs since the card was inserted (1 = the first).

    remove_at: the card leaves the reader instead of answering that APDU.
    mute_at: the card never answers that APDU (and, through vpcd, drops the link later).
    corrupt_at: one byte of that response's data is flipped.
    truncate_at: that response loses its second half (or is cut to one byte if it has no data).
    remove_on: the card leaves instead of answering the first command that starts with these
        bytes (PSO 00 2A: pulled during the signature, wherever the host puts it in its order).
    """

    remove_at: int | None = None
    mute_at: int | None = None
    corrupt_at: int | None = None
    truncate_at: int | None = None
    remove_on: bytes | None = None


_DIGESTINFO_PREFIXES = {
    bytes.fromhex("3021300906052b0e03021a05000414"): hashes.SHA1(),
    bytes.fromhex("3031300d060960864801650304020105000420"): hashes.SHA256(),
    bytes.fromhex("3041300d060960864801650304020205000430"): hashes.SHA384(),
    bytes.fromhex("3051300d060960864801650304020305000440"): hashes.SHA512(),
}
_RSA_ALGOS = {0x01: None, 0x02: hashes.SHA1(), 0x08: hashes.SHA256(), 0x10: hashes.SHA1(),
              0x20: hashes.SHA256()}  # fmt: skip
_EC_ALGOS = {0x01: hashes.SHA256(), 0x02: hashes.SHA384(), 0x04: hashes.SHA512(), 0x40: None}
_HASH_BY_SIZE = {20: hashes.SHA1(), 32: hashes.SHA256(), 48: hashes.SHA384(), 64: hashes.SHA512()}


class VirtualCard:
    """One inserted BELPIC card: its image, its volatile state, and the faults to play."""

    def __init__(self, image: CardImage, faults: Faults | None = None):
        self.image = image
        self.faults = faults or Faults()
        self.pin_tries_left = image.pin_tries_left
        self.present = True
        self.apdu_index = 0
        self.log: list[bytes] = []  # commands received (VERIFY data masked)
        self.response_sizes: list[int] = []
        self._files = {f.path: data for f, data in image.files.items()} | image.pkcs15
        self.power_on()

    def count(self, prefix: bytes) -> int:
        """How many commands received so far start with `prefix` (the bytes of CLA INS ...)."""
        return sum(1 for apdu in self.log if apdu.startswith(prefix))

    @property
    def atr(self) -> bytes:
        return self.image.atr

    # -- life cycle -------------------------------------------------------------------------
    def power_on(self) -> None:
        self.current_df: tuple[int, ...] = (MF,)
        self.current_ef: tuple[int, ...] | None = None
        self.pin_verified = False
        self.commands_since_verify = 99
        self.security_env: tuple[int, int] | None = None
        self.pending = b""

    reset = power_on

    def power_off(self) -> None:
        self.power_on()

    # -- the APDU entry point ----------------------------------------------------------------
    def process(self, apdu: bytes) -> bytes | None:
        """Answer one command APDU; None means the card stays mute (or has been pulled)."""
        if not self.present:
            return None
        self.apdu_index += 1
        index = self.apdu_index
        if self.faults.remove_at == index or (
            self.faults.remove_on is not None and apdu.startswith(self.faults.remove_on)
        ):
            self.present = False
            return None
        if self.faults.mute_at == index:
            return None
        self.log.append(apdu[:5] + b"\x00" * (len(apdu) - 5) if apdu[1:2] == b"\x20" else apdu)
        response = self._dispatch(bytes(apdu))
        self.response_sizes.append(len(response))
        if self.faults.corrupt_at == index and len(response) > 2:
            middle = (len(response) - 2) // 2
            response = response[:middle] + bytes([response[middle] ^ 0x5A]) + response[middle + 1 :]
        if self.faults.truncate_at == index:
            response = response[: (len(response) - 2) // 2] if len(response) > 2 else response[:1]
        return response

    def _dispatch(self, apdu: bytes) -> bytes:
        if len(apdu) < 4:
            return sw(0x6700)
        cla, ins, p1, p2 = apdu[:4]
        body = apdu[4:]
        self.commands_since_verify += 1
        if ins == 0xC0 and cla == 0x00:
            return self._get_response(body)
        self.pending = b""
        handlers = {
            (0x00, 0xA4): self._select,
            (0x00, 0xB0): self._read_binary,
            (0x00, 0x20): self._verify,
            (0x00, 0x22): self._mse_set,
            (0x00, 0x2A): self._pso,
            (0x00, 0x88): self._internal_authenticate,
            (0x80, 0xE4): self._get_card_data,
            (0x80, 0xE6): self._log_off,
        }
        handler = handlers.get((cla, ins))
        if handler is None:
            if cla not in (0x00, 0x80):
                return sw(0x6E00)
            return sw(0x6D00)
        return handler(p1, p2, body)

    # -- helpers -----------------------------------------------------------------------------
    @staticmethod
    def _split(body: bytes) -> tuple[bytes, int | None] | None:
        """(data, Le) of a short APDU body, or None if Lc does not match the bytes sent."""
        if not body:
            return b"", None
        if len(body) == 1:
            return b"", body[0] or 256
        lc = body[0]
        if len(body) == 1 + lc:
            return body[1:], None
        if len(body) == 2 + lc:
            return body[1 : 1 + lc], body[-1] or 256
        return None

    def _with_pending(self, data: bytes) -> bytes:
        """T=0: data made by a case-4 command waits for GET RESPONSE."""
        self.pending = data
        return bytes([0x61, len(data) & 0xFF])

    def _get_response(self, body: bytes) -> bytes:
        if not self.pending:
            return sw(0x6985)
        le = (body[0] or 256) if body else 256
        if le > len(self.pending):
            return bytes([0x6C, len(self.pending) & 0xFF])
        out, self.pending = self.pending[:le], self.pending[le:]
        if self.pending:
            return out + bytes([0x61, len(self.pending) & 0xFF])
        return out + OK

    # -- SELECT ------------------------------------------------------------------------------
    def _exists(self, path: tuple[int, ...]) -> str | None:
        if path in ((MF,), (MF, DF_BELPIC), (MF, DF_ID)):
            return "df"
        return "ef" if path in self._files else None

    def _go(self, path: tuple[int, ...]) -> bytes:
        kind = self._exists(path)
        if kind is None:
            return sw(0x6A82)
        if kind == "df":
            self.current_df, self.current_ef = path, None
        else:
            self.current_df, self.current_ef = path[:-1], path
        return OK

    def _select(self, p1: int, p2: int, body: bytes) -> bytes:
        split = self._split(body)
        if split is None:
            return sw(0x6700)
        data, _ = split
        if p2 not in (0x0C, 0x00):
            return sw(0x6A86)
        if p1 == 0x04:
            for aid, path in ((APPLET_AID, (MF,)), (BELPIC_DF_AID, (MF, DF_BELPIC)),
                              (ID_DF_AID, (MF, DF_ID))):  # fmt: skip
                if data == aid:
                    return self._go(path)
            return sw(0x6A82)
        if len(data) % 2 or not data:
            return sw(0x6700)
        fids = tuple(int.from_bytes(data[i : i + 2], "big") for i in range(0, len(data), 2))
        if p1 in (0x00, 0x01, 0x02):
            if len(fids) != 1:
                return sw(0x6700)
            if fids[0] == MF:
                return self._go((MF,))
            return self._go((*self.current_df, fids[0]))
        if p1 == 0x08:
            path = fids if fids[0] == MF else (MF, *fids)
            return self._go(path)
        return sw(0x6A86)

    # -- READ BINARY -------------------------------------------------------------------------
    def _read_binary(self, p1: int, p2: int, body: bytes) -> bytes:
        if len(body) != 1:
            return sw(0x6700)
        if self.current_ef is None:
            return sw(0x6986)
        if p1 & 0x80:
            return sw(0x6A86)
        content = self._files[self.current_ef]
        offset = (p1 << 8) | p2
        le = body[0] or 256
        if offset >= len(content):
            return sw(0x6B00)
        remaining = len(content) - offset
        if le > remaining:
            return bytes([0x6C, remaining & 0xFF])
        return content[offset : offset + le] + OK

    # -- GET CARD DATA -----------------------------------------------------------------------
    def _get_card_data(self, p1: int, p2: int, body: bytes) -> bytes:
        if p1 != 0x00 or p2 not in (0x00, 0x01) or (p2 == 0x01 and not self.image.ec):
            return sw(0x6A86)
        data = self.image.card_data
        if p2 == 0x01:
            data += bytes([self.pin_tries_left, 0xFF, 0xFF])
        le = body[0] if len(body) == 1 else None
        if le != len(data):
            return bytes([0x6C, len(data)])
        return data + OK

    # -- PIN ---------------------------------------------------------------------------------
    def _pin_status(self) -> bytes:
        if self.pin_tries_left == 0:
            return sw(0x6983)
        if self.pin_verified:
            return OK
        return sw(0x63C0 | self.pin_tries_left)

    def _verify(self, p1: int, p2: int, body: bytes) -> bytes:
        if p1 != 0x00:
            return sw(0x6A86)
        if p2 != 0x01:
            return sw(0x6A88)
        if not body or body == b"\x00":
            return self._pin_status()  # the empty VERIFY: costs no try
        split = self._split(body)
        if split is None or len(split[0]) != 8:
            return sw(0x6700)
        block = split[0]
        length = block[0] & 0x0F
        digits = block.hex().upper()[2:]
        if block[0] >> 4 != 2 or not 4 <= length <= 12:
            return sw(0x6A80)
        pin, filler = digits[:length], digits[length:]
        if not pin.isdigit() or set(filler) - {"F"}:
            return sw(0x6A80)
        if self.pin_tries_left == 0:
            return sw(0x6983)
        if pin == self.image.pin:
            self.pin_tries_left = 3
            self.pin_verified = True
            self.commands_since_verify = 0
            return OK
        self.pin_tries_left -= 1
        self.pin_verified = False  # a wrong VERIFY drops every PIN-granted right
        return sw(0x63C0 | self.pin_tries_left)

    def _log_off(self, p1: int, p2: int, body: bytes) -> bytes:
        self.pin_verified = False
        return OK

    # -- signatures --------------------------------------------------------------------------
    def _mse_set(self, p1: int, p2: int, body: bytes) -> bytes:
        split = self._split(body)
        if split is None:
            return sw(0x6700)
        data, _ = split
        if (p1, p2) != (0x41, 0xB6):
            return sw(0x6A86)
        if len(data) != 5 or data[0] != 0x04 or data[1] != 0x80 or data[3] != 0x84:
            return sw(0x6A80)
        algo, key = data[2], data[4]
        algos = _EC_ALGOS if self.image.ec else _RSA_ALGOS
        if algo not in algos or key not in (KEY_AUTHENTICATION, KEY_SIGNATURE):
            return sw(0x6A80)
        if key == KEY_AUTHENTICATION and self.image.keys.auth is None:
            return sw(0x6A88)
        self.security_env = (algo, key)
        return OK

    def _pso(self, p1: int, p2: int, body: bytes) -> bytes:
        if (p1, p2) != (0x9E, 0x9A):
            return sw(0x6A86)
        split = self._split(body)
        if split is None:
            return sw(0x6700)
        data, _ = split
        if self.security_env is None:
            return sw(0x6985)
        algo, key_ref = self.security_env
        if not self.pin_verified:
            return sw(0x6982)
        if key_ref == KEY_SIGNATURE and self.commands_since_verify > 2:
            return sw(0x6982)  # "PIN just before": VERIFY, at most one command, then PSO
        holder = self.image.keys.auth if key_ref == KEY_AUTHENTICATION else self.image.keys.sign
        assert holder is not None
        signature = self._sign(holder.key, algo, data)
        if signature is None:
            return sw(0x6A80)
        if key_ref == KEY_SIGNATURE:
            self.pin_verified = False  # the next auth signature needs a new VERIFY (1.8)
        return self._with_pending(signature)

    def _sign(self, key, algo: int, data: bytes) -> bytes | None:
        if isinstance(key, ec.EllipticCurvePrivateKey):
            digest = _EC_ALGOS[algo] or _HASH_BY_SIZE.get(len(data))
            if digest is None or len(data) != digest.digest_size:
                return None
            der = key.sign(data, ec.ECDSA(utils.Prehashed(digest)))
            r, s = utils.decode_dss_signature(der)
            size = (key.curve.key_size + 7) // 8
            return r.to_bytes(size, "big") + s.to_bytes(size, "big")
        assert isinstance(key, rsa.RSAPrivateKey)
        digest = _RSA_ALGOS[algo]
        if digest is None:  # algo 01: the host sent a DigestInfo
            for prefix, candidate in _DIGESTINFO_PREFIXES.items():
                if data.startswith(prefix) and len(data) == len(prefix) + candidate.digest_size:
                    digest, data = candidate, data[len(prefix) :]
                    break
            else:
                return None
        if len(data) != digest.digest_size:
            return None
        if algo in (0x10, 0x20):
            pss = padding.PSS(padding.MGF1(digest), digest.digest_size)
            return key.sign(data, pss, utils.Prehashed(digest))
        return key.sign(data, padding.PKCS1v15(), utils.Prehashed(digest))

    def _internal_authenticate(self, p1: int, p2: int, body: bytes) -> bytes:
        basic = self.image.keys.basic_key
        if not self.image.ec or basic is None:
            return sw(0x6D00)
        if p2 != KEY_BASIC or p1 not in _EC_ALGOS:
            return sw(0x6A86)
        split = self._split(body)
        if split is None:
            return sw(0x6700)
        data, _ = split
        if len(data) < 2 or data[0] != 0x94 or data[1] != len(data) - 2:
            return sw(0x6A80)
        signature = self._sign(basic, p1, data[2:])
        if signature is None:
            return sw(0x6A80)
        return self._with_pending(signature)


class ForeignCard:
    """A card that is not an eID (a bank card's ATR, no BELPIC applet): "invalid card"."""

    atr = bytes.fromhex("3B6800000073C84013009000")

    def __init__(self) -> None:
        self.present = True
        self.apdu_index = 0

    def power_on(self) -> None: ...

    reset = power_off = power_on

    def process(self, apdu: bytes) -> bytes | None:
        if not self.present:
            return None
        self.apdu_index += 1
        if apdu[:2] == b"\x00\xa4":
            return sw(0x6A82)
        return sw(0x6E00) if apdu[0] == 0x80 else sw(0x6D00)
