"""Signing with the card's Authentication key through a PKCS#11 module (python-pkcs11).

Production: the eID middleware's module (libbeidpkcs11.so.0); tests: SoftHSM2 holding the
virtual card's keys in a token labelled BELPIC. Keys are found by label (the middleware's
CKA_ID is a native CK_ULONG, so IDs differ between platforms).

OpenSC's module (Debian opensc-pkcs11) reaches the card itself over pcscd: its belpic driver
and the card's PKCS#15 files make a token labelled "BELPIC (Basic PIN)" (the TokenInfo label
and the PIN object's), with keys and certificates labelled from the PrKDF and CDF
("Authentication", "Signature"); C_Login sends the PIN in the card's VERIFY and C_Sign is the
card's MSE SET + PSO. OpenSC 0.23 signs with the Authentication key of an applet 1.7 card only:
its driver refuses the non-repudiation key (0x83: "No GUI for NonRep key present") and knows no
ECDSA for applet 1.8, so SoftHSM2 stays the tests' default.
"""

from __future__ import annotations

import contextlib
import hashlib
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pkcs11
from pkcs11 import Mechanism, ObjectClass

from devices.errors import CardRemoved, PinBlocked, PinIncorrect, Pkcs11Error

BEID_MODULE = "/usr/lib/x86_64-linux-gnu/libbeidpkcs11.so.0"
SOFTHSM_MODULE = "/usr/lib/softhsm/libsofthsm2.so"
OPENSC_MODULE = "/usr/lib/x86_64-linux-gnu/opensc-pkcs11.so"  # Debian package opensc-pkcs11
OPENSC_TOKEN_LABEL = "BELPIC (Basic PIN)"  # "<TokenInfo label> (<PIN label>)"

# How long a failed signature waits to learn whether the card was pulled: 2 presence polls.
PRESENCE_WAIT = 1.0

# One python-pkcs11 library object per module and process: every user of a module takes this lock.
MODULE_LOCK = threading.Lock()


@dataclass(frozen=True)
class Pkcs11Signer:
    """Where the card's keys are reached: a module path, a token label, a key label.

    Why its own object: the module path is configuration (middleware in production, SoftHSM
    in tests) and the rest of the code must not care which one signs.
    """

    module: str = BEID_MODULE
    token_label: str = "BELPIC"
    key_label: str = "Authentication"

    def sign(self, pin: str, data: bytes, *, ec_key: bool) -> bytes:
        """C_Login with `pin`, sign `data`, log out. The PIN is not kept after the call.

        EC keys: SHA-384 is computed here and CKM_ECDSA signs it (SoftHSM refuses
        CKM_ECDSA_SHA384 for P-384; the eID module offers both); the result is raw r‖s.
        RSA keys: CKM_SHA256_RSA_PKCS.
        """
        if not Path(self.module).exists():
            raise Pkcs11Error(f"cannot load the PKCS#11 module {self.module}: no such file")
        with typed_errors(self.module, self.token_label, self.key_label):
            try:
                with MODULE_LOCK:  # python-pkcs11 loads a module once per process
                    library = pkcs11.lib(self.module)
            except (OSError, RuntimeError) as exc:
                raise Pkcs11Error(f"cannot load the PKCS#11 module {self.module}") from exc
            token = library.get_token(token_label=self.token_label)
            with token.open(user_pin=pin) as session:
                key = session.get_key(ObjectClass.PRIVATE_KEY, label=self.key_label)
                if ec_key:
                    return key.sign(hashlib.sha384(data).digest(), mechanism=Mechanism.ECDSA)
                return key.sign(data, mechanism=Mechanism.SHA256_RSA_PKCS)

    def open_key(self, pin: str, *, ec_key: bool) -> KeySession:
        """C_Login with `pin` and keep the session: the Authentication key then signs for
        the rest of the visit without the PIN again (the card's own rule for that key: one
        PIN per session). The PIN is not kept; `KeySession.close` logs out."""
        if not Path(self.module).exists():
            raise Pkcs11Error(f"cannot load the PKCS#11 module {self.module}: no such file")
        with typed_errors(self.module, self.token_label, self.key_label):
            with MODULE_LOCK:
                library = pkcs11.lib(self.module)
            token = library.get_token(token_label=self.token_label)
            session = token.open(user_pin=pin)
            try:
                key = session.get_key(ObjectClass.PRIVATE_KEY, label=self.key_label)
            except BaseException:
                session.close()
                raise
        return KeySession(self, session, key, ec_key)


class KeySession:
    """The card's Authentication key, logged in for one visit; signs until closed."""

    def __init__(self, signer: Pkcs11Signer, session, key, ec_key: bool):
        self._signer = signer
        self._session = session
        self._key = key
        self.ec_key = ec_key
        self._lock = threading.Lock()

    def sign(self, data: bytes) -> bytes:
        """Raw PKCS#11 signature of `data` (RSA: CKM_SHA256_RSA_PKCS; EC: CKM_ECDSA over its
        SHA-384 digest, r‖s), as Pkcs11Signer.sign makes it."""
        signer = self._signer
        with self._lock, typed_errors(signer.module, signer.token_label, signer.key_label):
            if self._session is None:
                raise CardRemoved("the visit is over: the card's key is closed")
            if self.ec_key:
                return self._key.sign(hashlib.sha384(data).digest(), mechanism=Mechanism.ECDSA)
            return self._key.sign(data, mechanism=Mechanism.SHA256_RSA_PKCS)

    def close(self) -> None:
        with self._lock:
            session, self._session, self._key = self._session, None, None
        if session is not None:
            with contextlib.suppress(pkcs11.PKCS11Error):
                session.close()


class KeepingSigner:
    """Pkcs11Signer's `sign`, keeping the logged-in session it signed with (`session`) for the
    caller to use again and close: identification signs its challenge with it, and the visit
    goes on with the same login, one PIN."""

    def __init__(self, signer: Pkcs11Signer):
        self.signer = signer
        self.session: KeySession | None = None

    def sign(self, pin: str, data: bytes, *, ec_key: bool) -> bytes:
        self.close()
        self.session = self.signer.open_key(pin, ec_key=ec_key)
        return self.session.sign(data)

    def close(self) -> None:
        if self.session is not None:
            self.session.close()


@contextlib.contextmanager
def typed_errors(module: str, token_label: str, key_label: str) -> Iterator[None]:
    """python-pkcs11's exceptions as the card layer's typed errors, for every PKCS#11 user
    (identification here, PDF signing in app/documents)."""
    try:
        yield
    except pkcs11.PinIncorrect as exc:
        drop_leaked_session(module)
        raise PinIncorrect(None) from exc
    except pkcs11.PinLocked as exc:
        drop_leaked_session(module)
        raise PinBlocked("the PIN is blocked (PKCS#11)") from exc
    except (pkcs11.TokenNotPresent, pkcs11.DeviceRemoved, pkcs11.SessionClosed) as exc:
        raise CardRemoved("the card left during the signature") from exc
    except (pkcs11.GeneralError, pkcs11.DeviceError, pkcs11.FunctionFailed) as exc:
        # OpenSC answers a card pulled mid-command with CKR_GENERAL_ERROR (its transmit failed):
        # it was a removal if the token is gone once pcscd has polled the reader again.
        if token_gone(module, token_label):
            raise CardRemoved("the card left during the signature") from exc
        raise Pkcs11Error(f"PKCS#11 failure: {type(exc).__name__}") from exc
    except pkcs11.NoSuchToken as exc:
        raise Pkcs11Error(f"no token labelled {token_label} (is the card in?)") from exc
    except pkcs11.NoSuchKey as exc:
        raise Pkcs11Error(f"no private key labelled {key_label}") from exc
    except pkcs11.MultipleObjectsReturned as exc:
        raise Pkcs11Error(f"more than one private key labelled {key_label}") from exc
    except pkcs11.PKCS11Error as exc:
        raise Pkcs11Error(f"PKCS#11 failure: {type(exc).__name__}") from exc


def token_gone(module: str, token_label: str, wait: float = PRESENCE_WAIT) -> bool:
    """True once no slot shows a token labelled `token_label`, checked for up to `wait`
    seconds (pcscd sees a pulled card at its next presence poll, every 400 ms)."""
    deadline = time.monotonic() + wait
    while True:
        try:
            with MODULE_LOCK:
                library = pkcs11.lib(module)
            labels = {slot.get_token().label for slot in library.get_slots(token_present=True)}
        except pkcs11.PKCS11Error:
            labels = None  # the module itself fails: that says nothing about the card
        if labels is not None and token_label not in labels:
            return True
        if time.monotonic() >= deadline:
            return False
        time.sleep(0.05)


def drop_leaked_session(module: str) -> None:
    """python-pkcs11 keeps the session open when C_Login fails; C_Finalize closes it."""
    try:
        with MODULE_LOCK:
            pkcs11.lib(module).reinitialize()
    except pkcs11.PKCS11Error:
        pass
