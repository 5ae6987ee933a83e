"""A small IPP client (RFC 8010 encoding, RFC 8011 operations) over HTTP, to talk to CUPS.

Only what printing at the terminal needs: encode a request, decode any response (collections
included, so an unexpected attribute never breaks the decoding), and send it to the CUPS server
that `lp` would use (CUPS_SERVER, then client.conf's ServerName, then the local domain socket,
then localhost:631). On the domain socket a request the server refuses with 401 is sent again
with CUPS's "PeerCred" authorization, as libcups does: the kernel vouches for our user id, which
is how a job's owner may cancel it under CUPS's default policy.

Nothing here logs; a caller decides what may be written down (never a document).
"""

from __future__ import annotations

import http.client
import itertools
import os
import pwd
import socket
import struct
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import IntEnum
from pathlib import Path

IPP_VERSION = (2, 0)
DEFAULT_PORT = 631
DEFAULT_SOCKETS = (Path("/run/cups/cups.sock"), Path("/var/run/cups/cups.sock"))


class Tag(IntEnum):
    # Delimiters: the groups of a message.
    OPERATION = 0x01
    JOB = 0x02
    END = 0x03
    PRINTER = 0x04
    UNSUPPORTED_GROUP = 0x05
    # Out-of-band values.
    UNSUPPORTED_VALUE = 0x10
    UNKNOWN = 0x12
    NO_VALUE = 0x13
    # Values.
    INTEGER = 0x21
    BOOLEAN = 0x22
    ENUM = 0x23
    OCTET_STRING = 0x30
    DATE_TIME = 0x31
    RESOLUTION = 0x32
    RANGE = 0x33
    BEGIN_COLLECTION = 0x34
    TEXT_WITH_LANGUAGE = 0x35
    NAME_WITH_LANGUAGE = 0x36
    END_COLLECTION = 0x37
    TEXT = 0x41
    NAME = 0x42
    KEYWORD = 0x44
    URI = 0x45
    URI_SCHEME = 0x46
    CHARSET = 0x47
    LANGUAGE = 0x48
    MIME_TYPE = 0x49
    MEMBER_NAME = 0x4A


class Operation(IntEnum):
    PRINT_JOB = 0x0002
    CANCEL_JOB = 0x0008
    GET_JOB_ATTRIBUTES = 0x0009
    GET_PRINTER_ATTRIBUTES = 0x000B
    CUPS_GET_DEFAULT = 0x4001


class Status(IntEnum):
    """The status codes a caller tells apart; any other is kept as a plain number."""

    OK = 0x0000
    BAD_REQUEST = 0x0400
    FORBIDDEN = 0x0401
    NOT_AUTHENTICATED = 0x0402
    NOT_AUTHORIZED = 0x0403
    NOT_POSSIBLE = 0x0404
    NOT_FOUND = 0x0406
    GONE = 0x0407
    DOCUMENT_FORMAT_NOT_SUPPORTED = 0x040A
    NOT_ACCEPTING_JOBS = 0x0506
    BUSY = 0x0507


_INTEGERS = {Tag.INTEGER, Tag.ENUM}
_STRINGS = {
    Tag.TEXT,
    Tag.NAME,
    Tag.KEYWORD,
    Tag.URI,
    Tag.URI_SCHEME,
    Tag.CHARSET,
    Tag.LANGUAGE,
    Tag.MIME_TYPE,
    Tag.MEMBER_NAME,
}


class IppError(Exception):
    """Base of this module's errors."""


class ServerUnreachable(IppError):
    """No CUPS server answers at the address (not running, socket missing, timed out)."""


class HttpRefused(IppError):
    """The server answered the HTTP request with an error status (401, 403, 426, ...)."""

    def __init__(self, status: int, reason: str):
        super().__init__(f"HTTP {status} {reason}")
        self.status = status


class MalformedMessage(IppError):
    """The bytes received are not an IPP response."""


@dataclass(frozen=True)
class Attribute:
    """One attribute of a request: its group, name, value tag and values."""

    group: Tag
    name: str
    tag: Tag
    values: tuple[object, ...]


def attr(group: Tag, name: str, tag: Tag, *values: object) -> Attribute:
    return Attribute(group, name, tag, values)


def _encode_value(tag: Tag, value: object) -> bytes:
    if tag in _INTEGERS:
        return struct.pack(">i", int(value))  # type: ignore[call-overload]
    if tag is Tag.BOOLEAN:
        return b"\x01" if value else b"\x00"
    if tag in _STRINGS:
        return str(value).encode("utf-8")
    if tag is Tag.OCTET_STRING:
        return bytes(value)  # type: ignore[call-overload]
    raise ValueError(f"cannot encode IPP value tag {tag!r}")


def encode_request(
    operation: int, request_id: int, attributes: Iterable[Attribute], data: bytes = b""
) -> bytes:
    """The request message: header, attribute groups (in the order given), end tag, data."""
    out = bytearray(struct.pack(">bbhi", *IPP_VERSION, operation, request_id))
    group = None
    for attribute in attributes:
        if attribute.group is not group:
            group = attribute.group
            out.append(group)
        for index, value in enumerate(attribute.values):
            name = attribute.name.encode("ascii") if index == 0 else b""
            encoded = _encode_value(attribute.tag, value)
            out += struct.pack(">bh", attribute.tag, len(name)) + name
            out += struct.pack(">h", len(encoded)) + encoded
    out.append(Tag.END)
    return bytes(out) + data


@dataclass
class Response:
    """A decoded IPP response: its status and groups of attributes (name → list of values)."""

    status: int
    request_id: int
    groups: list[tuple[int, dict[str, list[object]]]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.status < 0x0100

    def group(self, tag: Tag) -> dict[str, list[object]]:
        """The first group with this tag (empty if the response has none)."""
        for group_tag, attributes in self.groups:
            if group_tag == tag:
                return attributes
        return {}

    def first(self, tag: Tag, name: str, default: object = None) -> object:
        values = self.group(tag).get(name)
        return values[0] if values else default

    @property
    def status_message(self) -> str:
        return str(self.first(Tag.OPERATION, "status-message", ""))


class _Reader:
    def __init__(self, data: bytes):
        self.data = data
        self.pos = 0

    def take(self, size: int) -> bytes:
        if self.pos + size > len(self.data):
            raise MalformedMessage("IPP response ends in the middle of an attribute")
        chunk = self.data[self.pos : self.pos + size]
        self.pos += size
        return chunk

    def byte(self) -> int:
        return self.take(1)[0]

    def short(self) -> int:
        return struct.unpack(">h", self.take(2))[0]

    def value(self) -> tuple[int, str, bytes]:
        """A value-tag, the name (empty for an additional value) and the raw value."""
        tag = self.byte()
        name = self.take(self.short()).decode("utf-8", "replace")
        raw = self.take(self.short())
        return tag, name, raw


def _decode_value(tag: int, raw: bytes) -> object:
    if tag in _INTEGERS and len(raw) == 4:
        return struct.unpack(">i", raw)[0]
    if tag == Tag.BOOLEAN and len(raw) == 1:
        return raw != b"\x00"
    if tag in _STRINGS:
        return raw.decode("utf-8", "replace")
    if tag in (Tag.TEXT_WITH_LANGUAGE, Tag.NAME_WITH_LANGUAGE) and len(raw) >= 4:
        language_length = struct.unpack(">h", raw[:2])[0]
        text = raw[4 + language_length :]
        return text.decode("utf-8", "replace")
    if tag == Tag.RANGE and len(raw) == 8:
        return struct.unpack(">ii", raw)
    if tag == Tag.RESOLUTION and len(raw) == 9:
        return struct.unpack(">iib", raw)
    if 0x10 <= tag <= 0x1F:
        return None  # out of band: unsupported, unknown, no-value
    return raw


def _decode_collection(reader: _Reader) -> dict[str, list[object]]:
    members: dict[str, list[object]] = {}
    current: list[object] | None = None
    while True:
        tag, _, raw = reader.value()
        if tag == Tag.END_COLLECTION:
            return members
        if tag == Tag.MEMBER_NAME:
            current = members.setdefault(raw.decode("utf-8", "replace"), [])
            continue
        if current is None:
            raise MalformedMessage("collection value without a member name")
        if tag == Tag.BEGIN_COLLECTION:
            current.append(_decode_collection(reader))
        else:
            current.append(_decode_value(tag, raw))


def decode_response(data: bytes) -> Response:
    reader = _Reader(data)
    if len(data) < 9:
        raise MalformedMessage(f"IPP response of {len(data)} bytes")
    _major, _minor, status, request_id = struct.unpack(">bbhi", reader.take(8))
    response = Response(status=status & 0xFFFF, request_id=request_id)
    attributes: dict[str, list[object]] | None = None
    values: list[object] | None = None
    while True:
        tag = reader.byte()
        if tag == Tag.END:
            return response
        if tag < 0x10:  # a delimiter: a new group begins
            attributes = {}
            values = None
            response.groups.append((tag, attributes))
            continue
        reader.pos -= 1
        tag, name, raw = reader.value()
        if attributes is None:
            raise MalformedMessage("IPP attribute outside any group")
        if name:
            values = attributes.setdefault(name, [])
        elif values is None:
            raise MalformedMessage("additional IPP value without an attribute")
        if tag == Tag.BEGIN_COLLECTION:
            values.append(_decode_collection(reader))
        else:
            values.append(_decode_value(tag, raw))


@dataclass(frozen=True)
class CupsServer:
    """Where the CUPS scheduler listens: a domain socket path, or a host and port."""

    host: str = "localhost"
    port: int = DEFAULT_PORT
    socket_path: Path | None = None

    @classmethod
    def parse(cls, value: str, environ: Mapping[str, str] | None = None) -> CupsServer:
        """A server as CUPS_SERVER or ServerName write it: /path/sock, host, host:port, [v6]:p."""
        environ = os.environ if environ is None else environ
        value = value.strip().split("/version=", 1)[0]
        if value.startswith("/"):
            return cls(socket_path=Path(value))
        default_port = int(environ.get("IPP_PORT", DEFAULT_PORT))
        if value.startswith("["):
            host, _, rest = value[1:].partition("]")
            port = rest[1:] if rest.startswith(":") else ""
        elif value.count(":") == 1:
            host, port = value.split(":")
        else:
            host, port = value, ""
        try:
            return cls(host=host or "localhost", port=int(port) if port else default_port)
        except ValueError as exc:
            raise ValueError(f"not a CUPS server address: {value!r}") from exc

    @classmethod
    def from_environment(cls, environ: Mapping[str, str] | None = None) -> CupsServer:
        """The server `lp` would use (libcups's order): CUPS_SERVER, ~/.cups/client.conf,
        $CUPS_SERVERROOT/client.conf (/etc/cups), then the local socket, then localhost."""
        environ = os.environ if environ is None else environ
        if environ.get("CUPS_SERVER"):
            return cls.parse(environ["CUPS_SERVER"], environ)
        conf_files = []
        if environ.get("HOME"):
            conf_files.append(Path(environ["HOME"]) / ".cups" / "client.conf")
        conf_files.append(Path(environ.get("CUPS_SERVERROOT", "/etc/cups")) / "client.conf")
        for conf in conf_files:
            name = _server_name(conf)
            if name:
                return cls.parse(name, environ)
        for path in DEFAULT_SOCKETS:
            if path.exists():
                return cls(socket_path=path)
        return cls(port=int(environ.get("IPP_PORT", DEFAULT_PORT)))

    @property
    def local(self) -> bool:
        return self.socket_path is not None

    def __str__(self) -> str:
        return str(self.socket_path) if self.socket_path else f"{self.host}:{self.port}"


def _server_name(conf: Path) -> str | None:
    try:
        lines = conf.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return None
    for line in lines:
        parts = line.split(None, 1)
        if len(parts) == 2 and parts[0].lower() == "servername":
            return parts[1].strip()
    return None


class _UnixHTTPConnection(http.client.HTTPConnection):
    def __init__(self, path: Path, timeout: float):
        super().__init__("localhost", timeout=timeout)
        self._path = str(path)

    def connect(self) -> None:
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        sock.settimeout(self.timeout)
        try:
            sock.connect(self._path)
        except OSError:
            sock.close()
            raise
        self.sock = sock


def current_user() -> str:
    """The name of our user id (not $USER, which PeerCred would not vouch for)."""
    try:
        return pwd.getpwuid(os.getuid()).pw_name
    except KeyError:
        return str(os.getuid())


class IppClient:
    """Sends IPP requests to one CUPS server, a new connection per request (thread-safe)."""

    def __init__(self, server: CupsServer | None = None, timeout: float = 10.0):
        self.server = server or CupsServer.from_environment()
        self.timeout = timeout
        self.user = current_user()
        self._request_ids = itertools.count(1)

    def _connection(self) -> http.client.HTTPConnection:
        if self.server.socket_path is not None:
            return _UnixHTTPConnection(self.server.socket_path, self.timeout)
        return http.client.HTTPConnection(self.server.host, self.server.port, timeout=self.timeout)

    def request(
        self,
        operation: Operation,
        attributes: Iterable[Attribute],
        *,
        resource: str = "/",
        data: bytes = b"",
    ) -> Response:
        """Send one request; the IPP status is the caller's to judge (`response.ok`)."""
        body = encode_request(operation, next(self._request_ids), attributes, data)
        status, reason, payload = self._post(resource, body, authorization=None)
        if status == 401 and self.server.local:
            status, reason, payload = self._post(
                resource, body, authorization=f"PeerCred {self.user}"
            )
        if status != 200:
            raise HttpRefused(status, reason)
        return decode_response(payload)

    def _post(self, resource: str, body: bytes, authorization: str | None):
        headers = {"Content-Type": "application/ipp", "Accept": "application/ipp"}
        if authorization:
            headers["Authorization"] = authorization
        connection = self._connection()
        try:
            connection.request("POST", resource, body=body, headers=headers)
            answer = connection.getresponse()
            payload = answer.read()
            return answer.status, answer.reason, payload
        except (OSError, http.client.HTTPException) as exc:
            raise ServerUnreachable(
                f"no CUPS server answers at {self.server}: {exc.__class__.__name__}: {exc}"
            ) from exc
        finally:
            connection.close()
