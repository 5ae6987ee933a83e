"""The typed errors of the card layer: every failure the UI must tell apart has its own class."""

from __future__ import annotations

from enum import StrEnum


class DeviceError(Exception):
    """Base of every error the card layer raises on purpose.

    The UI catches this one class and maps each subclass to a sentence for the member; anything
    else escaping `devices` is a bug.
    """


class ReaderServiceUnavailable(DeviceError):
    """pcscd is not running (or stopped while we talked to it): "reader service not running"."""


class NoReader(DeviceError):
    """The reader service runs but no reader is connected."""


class NoCard(DeviceError):
    """The reader is empty (at connect time)."""


class CardRemoved(DeviceError):
    """The card left the reader during an operation: whatever was half-read is discarded."""


class CardMute(DeviceError):
    """The card did not answer (time-out, unresponsive, not powered)."""


class TransportError(DeviceError):
    """Any other failure of the link between the host and the card."""


class MalformedResponse(DeviceError):
    """The card's answer is not a response APDU (fewer than two bytes, or a broken exchange)."""


class NotAnEidCard(DeviceError):
    """The card in the reader does not carry the BELPIC applet (a bank card, a SIM...)."""


class CardStatusError(DeviceError):
    """The card answered a command with a status word other than 9000.

    `sw` is the status word, `command` names the command in words, for the log.
    """

    def __init__(self, sw: int, command: str = "command"):
        super().__init__(f"{command} failed with status {sw:04X}")
        self.sw = sw
        self.command = command


class FileNotFound(CardStatusError):
    """6A82: the file (or applet) is not on the card."""


class SecurityStatusNotSatisfied(CardStatusError):
    """6982: the command needs the PIN first."""


class ConditionsNotSatisfied(CardStatusError):
    """6985: e.g. a signature without a MSE SET before it."""


class WrongParameters(CardStatusError):
    """6A86 / 6B00 / 6A80 / 6700: the card refused the command's parameters or length."""


class UnsupportedCommand(CardStatusError):
    """6D00 / 6E00: instruction or class not supported by this card."""


class CardDataError(DeviceError):
    """Bytes read from the card do not have the expected form (TLV, dates, national number...).

    `field` names what was being parsed, so the log says which file or tag was wrong.
    """

    def __init__(self, field: str, detail: str):
        super().__init__(f"{field}: {detail}")
        self.field = field
        self.detail = detail


class PinError(DeviceError):
    """Base of the PIN outcomes the member must be told about."""


class PinFormatError(PinError):
    """The PIN typed is not 4 to 12 digits: refused before anything is sent to the card."""


class PinIncorrect(PinError):
    """63Cx: wrong PIN; `tries_left` is what the card says remains (None if unknown)."""

    def __init__(self, tries_left: int | None):
        left = "unknown" if tries_left is None else str(tries_left)
        super().__init__(f"wrong PIN, tries left: {left}")
        self.tries_left = tries_left


class PinBlocked(PinError):
    """6983: no tries left; the member must unblock the card at the municipality."""


class VerificationReason(StrEnum):
    """What a failed verification names; one code per check, so each forgery has its own."""

    IDENTITY_SIGNATURE = "identity-signature"
    ADDRESS_SIGNATURE = "address-signature"
    PHOTO_HASH = "photo-hash"
    BASIC_KEY_HASH = "basic-key-hash"
    RRN_CERTIFICATE_UNTRUSTED = "rrn-certificate-untrusted"
    RRN_CERTIFICATE_INVALID = "rrn-certificate-invalid"
    ROOT_MISMATCH = "root-mismatch"
    CERTIFICATE_MALFORMED = "certificate-malformed"
    AUTH_CERTIFICATE_UNTRUSTED = "auth-certificate-untrusted"
    AUTH_CERTIFICATE_EXPIRED = "auth-certificate-expired"
    AUTH_CERTIFICATE_MISSING = "auth-certificate-missing"
    CHALLENGE_SIGNATURE = "challenge-signature"
    CARD_AUTHENTICATION = "card-authentication"
    HOLDER_MISMATCH = "holder-mismatch"


class VerificationFailed(DeviceError):
    """A signature, hash or certificate check failed; `reason` says which one."""

    def __init__(self, reason: VerificationReason, detail: str = ""):
        super().__init__(f"{reason.value}: {detail}" if detail else reason.value)
        self.reason = reason
        self.detail = detail


class Pkcs11Error(DeviceError):
    """The PKCS#11 module is missing, has no BELPIC token, or failed in a way we cannot map."""
