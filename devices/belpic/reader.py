"""Reading the BELPIC applet with the fewest APDUs, and verifying what was read.

How the APDU count is kept low (a real card answers at about 3.5 KB/s, so every exchange
counts): a file is selected with one SELECT by absolute path (the form the card accepts is
remembered; walking FID by FID is the last resort), READ BINARY asks for 256 bytes (Le=00) at a
time, a certificate's length comes from its DER header so its zero padding is never read, an
RSA signature file is exactly the RRN key's size, and the address file stops at its zero
padding. Other files are read until the card says the end (a short answer, 6Cxx or 6B00).
Nothing is shown before it is verified: `read_identity` returns identity and address only once
both RRN signatures and the RRN certificate's chain have been checked.

How the time is kept close to the card's own (issue 18; tests/bench/card.py): each stage's
files are read back to back, one raw call per APDU (CardChannel.transceive), and parsed and
checked once the card has answered the stage's last one: work between two answers slows the
answer after it. The RRN and CA certificates, the same on every card of a period, are parsed
and checked once per TrustStore. In read_all the identity's RRN signatures (applet 1.8: two
ECDSA P-384 verifications, 0.5 ms each) are checked on the checks' thread while the card sends
the photo: OpenSSL releases the GIL, as pyscard does while it waits for the card.
"""

from __future__ import annotations

import contextlib
import functools
import os
import threading
import time
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from enum import Enum

from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import rsa

from devices.apdu import SW_OK, CardChannel, Transport, command, raise_for_pin_status, status_error
from devices.belpic import verify
from devices.belpic.carddata import CardData
from devices.belpic.files import EidFile
from devices.belpic.identity import Address, Identity, parse_address, parse_identity
from devices.belpic.pin import encode_pin_block
from devices.belpic.tlv import encode_length, parse_tlv
from devices.errors import (
    CardDataError,
    CardStatusError,
    FileNotFound,
    NotAnEidCard,
    PinBlocked,
    UnsupportedCommand,
    WrongParameters,
)

MAX_CHUNK = 256
ADDRESS_FILE_SIZE = 117  # since 2004; a longer file is still read to its padding
EC_SIGNATURE_MAX_DER = 104  # 30 66 02 31 <49> 02 31 <49> for P-384
# What applet 1.8's two P-384 verifications take, with room (0.5 ms each on this project's test
# machine): read_all waits for them before the photo on a card slower than this an answer.
EC_CHECKS = 0.0015


class ReadPolicy(Enum):
    """Where a transparent file's useful content ends."""

    EOF = "eof"  # until the card says the end
    DER = "der"  # the DER element at the start: a certificate without its padding
    TLV = "tlv"  # until the zero padding after the last TLV field


@dataclass(frozen=True)
class HolderData:
    """Identity and address, verified: what the screen may show as soon as it is here."""

    identity: Identity
    address: Address
    card_data: CardData | None
    rrn_certificate: x509.Certificate
    identity_signature: bytes = field(repr=False)
    address_signature: bytes = field(repr=False)


@dataclass(frozen=True)
class CardCertificates:
    """The holder's certificates (auth may be absent on a kids' card) and the card's CA/root."""

    authentication: x509.Certificate | None
    signature: x509.Certificate | None
    ca: x509.Certificate | None
    root: x509.Certificate | None


@dataclass(frozen=True)
class PinStatus:
    verified: bool
    tries_left: int | None
    blocked: bool


@dataclass(frozen=True)
class PhotoRead:
    photo: bytes


class EidReader:
    """One conversation with one inserted eID card.

    Why a class: it remembers which SELECT form the card accepts, which file is current (no
    re-select for the next chunk), and what was already read (the identification step reuses
    the certificates). It never keeps the PIN.
    """

    def __init__(self, transport: Transport | CardChannel, trust: verify.TrustStore | None = None):
        self.channel = transport if isinstance(transport, CardChannel) else CardChannel(transport)
        self.trust = trust
        self._select_forms = ["path_with_mf", "path_without_mf", "walk"]
        self._current: EidFile | None = None
        self._chunk = MAX_CHUNK
        self._cache: dict[EidFile, bytes] = {}
        self.card_data: CardData | None = None
        self.holder: HolderData | None = None

    @property
    def apdu_count(self) -> int:
        return self.channel.apdu_count

    # -- low level ---------------------------------------------------------------------------
    def get_card_data(self, with_pin_counter: bool = False) -> CardData:
        """GET CARD DATA (1 APDU; a second one on 1.8 when the PIN counter is asked for)."""
        try:
            data = self.channel.check(command(0x80, 0xE4, 0x00, 0x00, le=0x1C), "GET CARD DATA")
        except CardStatusError as exc:
            raise NotAnEidCard(f"GET CARD DATA refused ({exc.sw:04X})") from exc
        card = CardData.parse(data)
        if with_pin_counter and card.is_ec:
            data = self.channel.check(command(0x80, 0xE4, 0x00, 0x01, le=0x1F), "GET CARD DATA")
            card = CardData.parse(data)
        self.card_data = card
        return card

    def select(self, file: EidFile) -> None:
        if self._current is file:
            return
        while True:
            form = self._select_forms[0]
            try:
                if form == "walk":
                    for fid in file.path:
                        self.channel.check(
                            command(0x00, 0xA4, 0x02, 0x0C, fid.to_bytes(2, "big")), "SELECT"
                        )
                else:
                    self.channel.check(_select_by_path(file, form == "path_with_mf"), "SELECT")
                self._current = file
                return
            except (FileNotFound, WrongParameters, UnsupportedCommand):
                self._current = None
                if len(self._select_forms) == 1:
                    raise
                self._select_forms.pop(0)  # this card does not take that form: never again

    def read_file(
        self,
        file: EidFile,
        *,
        stop_at: int | None = None,
        policy: ReadPolicy = ReadPolicy.EOF,
        first: int | None = None,
    ) -> bytes:
        """Read a transparent file.

        ReadPolicy.EOF: until the card says the end; DER: the DER element at the start (a
        certificate without its padding; all zeros means no certificate: b""); TLV: until the
        zero padding starts. `stop_at` caps the size when it is known in advance; `first` is
        the size of the first READ BINARY when the usual size of the file is known.
        """
        for _ in self._reading(file, stop_at=stop_at, policy=policy, first=first):
            pass
        return self._cache[file]

    def _reading(
        self,
        file: EidFile,
        *,
        stop_at: int | None = None,
        policy: ReadPolicy = ReadPolicy.EOF,
        first: int | None = None,
    ) -> Iterator[None]:
        """read_file one answer at a time: yields after each READ BINARY answer but the last
        (the caller may look at something between two), and leaves the file in the cache."""
        if file in self._cache:
            return
        self.select(file)
        # The loop only transmits and appends: one bytes APDU, one call, no object per chunk.
        transceive = self.channel.transceive
        der = policy is ReadPolicy.DER
        tlv = policy is ReadPolicy.TLV
        data = bytearray()
        target = stop_at
        while target is None or len(data) < target:
            offset = len(data)
            want = self._chunk if target is None else min(self._chunk, target - offset)
            if first and not offset:
                want = min(want, first)
            if offset + want > 0x7FFF:
                raise CardDataError(file.name, "file larger than READ BINARY can address")
            chunk, sw = transceive(bytes((0x00, 0xB0, offset >> 8, offset & 0xFF, want & 0xFF)))
            if sw != SW_OK:
                if sw == 0x6B00 and offset:
                    break  # offset at the end of the file
                if sw == 0x6700 and self._chunk > 252:
                    self._chunk = 252  # a reader that cannot carry 256 bytes: as eid-mw does
                    continue
                raise status_error(sw, f"READ BINARY {file.name}")
            if len(chunk) > want:
                raise CardDataError(file.name, "the card sent more bytes than asked")
            data += chunk
            if der and target is None and len(data) >= 4:
                if not any(data):
                    data.clear()
                    break  # no certificate: a zero-filled file
                size = verify.der_length(bytes(data))
                if size is None:
                    raise CardDataError(file.name, "not a DER certificate")
                target = size
            if tlv and data and data[-1] == 0 and _tlv_ends_in_padding(bytes(data)):
                break
            if len(chunk) < want or not chunk:
                break
            yield
        if target is not None and len(data) > target:
            del data[target:]
        if der and target is not None and len(data) < target:
            raise CardDataError(file.name, f"certificate cut at {len(data)} of {target} bytes")
        self._cache[file] = bytes(data)

    def read_certificate(self, file: EidFile) -> x509.Certificate | None:
        der = self.read_file(file, policy=ReadPolicy.DER)
        if not der:
            return None
        return verify.load_certificate(der, file.name, self.trust)

    # -- PIN ---------------------------------------------------------------------------------
    def pin_status(self) -> PinStatus:
        """The empty VERIFY: tells verified / tries left / blocked without costing a try."""
        response = self.channel.send(command(0x00, 0x20, 0x00, 0x01))
        if response.sw == SW_OK:
            return PinStatus(True, None, False)
        if response.sw == 0x6983:
            return PinStatus(False, 0, True)
        if response.sw >> 4 == 0x63C:
            left = response.sw & 0xF
            return PinStatus(False, left, left == 0)
        raise status_error(response.sw, "VERIFY (status)")

    def verify_pin(self, pin: str) -> None:
        """VERIFY; raises PinIncorrect(tries_left), PinBlocked or PinFormatError.

        The PIN goes into one APDU buffer that is overwritten once sent; it is never logged.
        """
        block = encode_pin_block(pin)
        apdu = bytearray(command(0x00, 0x20, 0x00, 0x01, bytes(block)))
        try:
            response = self.channel.send(bytes(apdu))
        finally:
            apdu[:] = bytes(len(apdu))
            block[:] = bytes(len(block))
        if response.sw == SW_OK:
            return
        raise_for_pin_status(response.sw)
        if response.sw == 0x6983:
            raise PinBlocked("the PIN is blocked")
        raise status_error(response.sw, "VERIFY")

    # -- what the application asks for --------------------------------------------------------
    def read_identity(self, *, with_card_data: bool = True) -> HolderData:
        """Card data, RRN certificate, identity, address and both signatures, all verified.

        Raises VerificationFailed with its reason, CardDataError, or a transport error; never
        returns anything unverified.
        """
        self.holder = _check_identity(self._read_identity_files(with_card_data), self.trust)
        return self.holder

    def _read_identity_files(self, with_card_data: bool = True) -> _IdentityFiles:
        """The identity stage's answers, back to back: card data, the RRN certificate (its key
        decides how much of each signature file to read), both files and both signatures."""
        if self.trust is None:
            raise ValueError("EidReader needs a TrustStore to read verified data")
        card = self.get_card_data() if with_card_data else None
        rrn_der = self.read_file(EidFile.RRN_CERT, policy=ReadPolicy.DER)
        if not rrn_der:
            raise CardDataError("RRN certificate", "missing")
        rrn = verify.load_certificate(rrn_der, EidFile.RRN_CERT.name, self.trust)
        rrn_key = rrn.public_key()
        rsa_size = rrn_key.key_size // 8 if isinstance(rrn_key, rsa.RSAPublicKey) else None
        identity_file = self.read_file(EidFile.IDENTITY)
        identity_signature = self.read_file(EidFile.IDENTITY_SIGNATURE, stop_at=rsa_size)
        address_file = self.read_file(
            EidFile.ADDRESS, policy=ReadPolicy.TLV, first=ADDRESS_FILE_SIZE
        )
        address_signature = self.read_file(
            EidFile.ADDRESS_SIGNATURE, stop_at=rsa_size or EC_SIGNATURE_MAX_DER
        )
        return _IdentityFiles(
            card, rrn, identity_file, identity_signature, address_file, address_signature
        )

    def read_photo(self) -> bytes:
        """The photo, checked against the (verified) identity's photo hash."""
        if self.holder is None:
            self.read_identity()
        assert self.holder is not None
        photo = self.read_file(EidFile.PHOTO)
        verify.verify_photo(photo, self.holder.identity.photo_hash)
        return photo

    def read_certificates(self, *, signature: bool = False, root: bool = False) -> CardCertificates:
        """Authentication certificate and CA (what identification needs); more on request."""
        files = [EidFile.AUTH_CERT, EidFile.CA_CERT]
        files += [EidFile.SIGN_CERT] if signature else []
        files += [EidFile.ROOT_CERT] if root else []
        # Each certificate the TrustStore has not seen is parsed on the checks' thread while
        # the card sends the next one; a known one (the CA) is taken as it is.
        loaded: dict[EidFile, Future[x509.Certificate] | x509.Certificate | None] = {}
        for file in files:
            der = self.read_file(file, policy=ReadPolicy.DER)
            known = self.trust.known(der) if self.trust is not None and der else None
            if not der or known is not None:
                loaded[file] = known
            else:
                loaded[file] = _checks().submit(verify.load_certificate, der, file.name, self.trust)
        done = {
            file: item.result() if isinstance(item, Future) else item
            for file, item in loaded.items()
        }
        return CardCertificates(
            done[EidFile.AUTH_CERT],
            done.get(EidFile.SIGN_CERT),
            done[EidFile.CA_CERT],
            done.get(EidFile.ROOT_CERT),
        )

    def verify_basic_key(self) -> None:
        """Applet 1.8: EF 4040 must match identity tag 1A (the card's own key is genuine)."""
        if self.holder is None or not self.holder.identity.basic_key_hash:
            return
        verify.verify_basic_key(
            self.read_file(EidFile.BASIC_KEY), self.holder.identity.basic_key_hash
        )

    def authenticate_card(self, challenge: bytes) -> None:
        """Applet 1.8 INTERNAL AUTHENTICATE with the basic key (no PIN): proves a genuine chip."""
        if self.holder is None:
            self.read_identity()
        assert self.holder is not None
        key = verify.verify_basic_key(
            self.read_file(EidFile.BASIC_KEY), self.holder.identity.basic_key_hash
        )
        if len(challenge) != 48:
            raise ValueError("the challenge is 48 bytes")
        data = b"\x94\x30" + challenge
        signature = self.channel.check(
            command(0x00, 0x88, 0x02, 0x81, data), "INTERNAL AUTHENTICATE"
        )
        verify.verify_card_authentication(key, challenge, signature)

    def read_all(self, *, photo: bool = True, certificates: bool = True) -> Iterator[object]:
        """Yield HolderData first (show the name), then PhotoRead, then CardCertificates.

        The identity's two RRN signatures are checked on the checks' thread. The read waits
        for them before the photo when they take less than one of the card's answers: RSA's
        (applet 1.7, microseconds), and applet 1.8's two P-384 verifications (EC_CHECKS) on a
        card slower than that, as every real card is (tens of milliseconds an answer); the name
        is then told verified before the photo is asked for, however slow the photo. On a
        reader faster than the P-384 checks (the virtual one) the photo comes under them, and
        the holder is yielded between two of the photo's answers once they are done (or after
        the photo). Never before: a forged signature raises there, and nothing more is read.
        """
        before, started = self.apdu_count, time.perf_counter()
        files = self._read_identity_files()
        answer = (time.perf_counter() - started) / max(1, self.apdu_count - before)
        identity = _check_certificate_and_parse(files, self.trust)
        signatures = _checks().submit(_check_signatures, files, len(identity.photo_hash))
        holder = None
        if isinstance(files.rrn.public_key(), rsa.RSAPublicKey) or answer >= EC_CHECKS:
            signatures.result()  # raises VerificationFailed for a forgery
            holder = self.holder = _holder(files, identity)
            yield holder
        if photo:
            for _ in self._reading(EidFile.PHOTO):
                if holder is None and signatures.done():
                    signatures.result()  # raises VerificationFailed for a forgery
                    holder = self.holder = _holder(files, identity)
                    yield holder
        if holder is None:
            signatures.result()
            holder = self.holder = _holder(files, identity)
            yield holder
        if photo:
            picture = self._cache[EidFile.PHOTO]
            verify.verify_photo(picture, holder.identity.photo_hash)
            yield PhotoRead(picture)
        if certificates:
            yield self.read_certificates()


@dataclass(frozen=True)
class _IdentityFiles:
    """What the identity stage read, before any check."""

    card: CardData | None
    rrn: x509.Certificate
    identity_file: bytes
    identity_signature: bytes
    address_file: bytes
    address_signature: bytes


def _check_identity(files: _IdentityFiles, trust: verify.TrustStore | None) -> HolderData:
    """Every check of the identity stage, in the order a forgery is named: RRN certificate,
    identity, address."""
    identity = _check_certificate_and_parse(files, trust)
    _check_signatures(files, len(identity.photo_hash))
    return _holder(files, identity)


def _check_certificate_and_parse(
    files: _IdentityFiles, trust: verify.TrustStore | None
) -> Identity:
    """The RRN certificate's check (a lookup once the TrustStore knows it) and the identity
    file's parse: the Python part of the checks, done on the reader's thread."""
    assert trust is not None
    verify.verify_rrn_certificate(files.rrn, trust)
    return parse_identity(files.identity_file)


def _check_signatures(files: _IdentityFiles, photo_hash_length: int) -> None:
    """Both RRN signatures: OpenSSL's work, which runs without the GIL (on the checks' thread
    while the card answers, in read_all). Touches nothing of the reader."""
    verify.verify_identity_signature(
        files.rrn, files.identity_file, files.identity_signature, photo_hash_length
    )
    verify.verify_address_signature(
        files.rrn,
        files.address_file,
        files.address_signature,
        files.identity_signature,
        photo_hash_length,
    )


def _holder(files: _IdentityFiles, identity: Identity) -> HolderData:
    address = parse_address(files.address_file)
    return HolderData(
        identity, address, files.card, files.rrn, files.identity_signature, files.address_signature
    )


@functools.cache
def _checks() -> ThreadPoolExecutor:
    """The one thread a card read's checks run on while the card answers the next stage.

    A thread, not a process: the signature checks (OpenSSL) and the hashes release the GIL, and
    the card read spends its time waiting on pcscd with the GIL released too.
    """
    return ThreadPoolExecutor(
        max_workers=1, thread_name_prefix="eid-checks", initializer=_lowest_priority
    )


def _lowest_priority() -> None:
    """Nice 10 for the calling thread (Linux: a nice value is a thread's own). Each of the
    card's answers wakes a chain of threads (pcscd's, then ours); at the same priority, one
    woken on the core the checks hold waits up to a time slice for it (measured: applet 1.8's
    read 1.50 × the no-ops instead of 1.26). Not SCHED_IDLE: under a busy window the checks
    would then wait for any other work, and the name with them."""
    with contextlib.suppress(AttributeError, OSError):
        os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), 10)


@functools.cache
def _select_by_path(file: EidFile, with_mf: bool) -> bytes:
    """SELECT by path of `file`, made once (it is sent between the card's answers)."""
    return command(0x00, 0xA4, 0x08, 0x0C, file.path_bytes(with_mf=with_mf))


def _tlv_ends_in_padding(data: bytes) -> bool:
    """True when `data` parses as TLV and its last byte is padding, not part of a value."""
    try:
        fields = parse_tlv(data, "address")
    except CardDataError:
        return False
    used = sum(1 + len(encode_length(len(v))) + len(v) for v in fields.values())
    return used < len(data)
