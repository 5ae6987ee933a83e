"""A terminal's enrolment file: what `guichet-central terminal add` hands to `guichet-enrol`.

It holds the terminal's id, agency and mode (a kiosk's also its queue ticket letter), where
its central database is (host, port, database, login), the login's password, the central
server's CA certificate (PEM) and, optionally, the staff code's hash. It is a secret:
written 0600, deleted once used.
`install` turns it into the terminal's settings (/etc/guichet/guichet.toml, 0644, no secret),
the CA file (0644) and the credential files systemd hands to the program (0600): every file
written to a temporary file in its own folder, synced, then renamed, so a fault leaves the
former files whole.

No Qt here: `guichet-enrol` runs as root, before the program ever starts.
"""

from __future__ import annotations

import ipaddress
import json
import os
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

from app.config import CREDENTIALS, MODES, ConfigError, load_settings

FORMAT = 1
CA_FILE = "central-ca.pem"
SETTINGS_FILE = "guichet.toml"
CREDENTIALS_DIR = "credentials"
ROLE_NAME = re.compile(r"^[a-z][a-z0-9_]{0,62}$")  # app/store/roles.py's rule for a login
HOST_LABEL = re.compile(r"^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?$")
DBNAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_$-]{0,62}$")
AGENCY = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,31}$")
TICKET_LETTER = re.compile(r"^[A-Z]$")


class EnrolmentError(ValueError):
    """An enrolment file Guichet cannot use; the message says what is wrong in it."""


@dataclass(frozen=True)
class Enrolment:
    terminal_id: str
    agency: str
    mode: str
    host: str
    port: int
    dbname: str
    user: str
    password: str = field(repr=False)
    ca_pem: str = field(repr=False)
    staff_code_hash: str = field(default="", repr=False)
    ticket_letter: str = ""  # a kiosk's queue ticket letter (app/services/tickets.py)

    def central_url(self, ca_file: Path) -> str:
        """The settings' central_url: no password, TLS with the server's name checked."""
        host = f"[{self.host}]" if ":" in self.host else self.host
        return (
            f"postgresql+psycopg://{self.user}@{host}:{self.port}/{self.dbname}"
            f"?sslmode=verify-full&sslrootcert={quote(str(ca_file), safe='/')}"
        )

    def to_toml(self) -> str:
        lines = [
            f"# Guichet enrolment file of the terminal {self.terminal_id}. It holds the",
            "# password of its database login: keep it out of reach, run `guichet-enrol` with",
            "# it on the terminal (as root), then delete it.",
            f"format = {FORMAT}",
            f"terminal_id = {toml_value(self.terminal_id)}",
            f"agency = {toml_value(self.agency)}",
            f"mode = {toml_value(self.mode)}",
        ]
        if self.staff_code_hash:
            lines.append(f"staff_code_hash = {toml_value(self.staff_code_hash)}")
        if self.ticket_letter:
            lines.append(f"ticket_letter = {toml_value(self.ticket_letter)}")
        lines += [
            "",
            "[central]",
            f"host = {toml_value(self.host)}",
            f"port = {self.port}",
            f"dbname = {toml_value(self.dbname)}",
            f"user = {toml_value(self.user)}",
            f"password = {toml_value(self.password)}",
            f"ca = {toml_value(self.ca_pem)}",
        ]
        return "\n".join(lines) + "\n"


def toml_value(value: object) -> str:
    """A TOML value for the few kinds our files hold (text, whole numbers, lists of text).

    Hand-written rather than a TOML writer from PyPI: four kinds of value, and `install`
    edits the settings file line by line to keep its comments (the package's skeleton
    explains each setting), which a plain writer would drop.
    """
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        if "\n" in value and "'''" not in value and _literal_safe(value):
            return "'''\n" + value + "'''"  # a PEM stays readable
        # A JSON string is a valid TOML basic string (the same escapes, \uXXXX included).
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, list | tuple):
        return "[" + ", ".join(toml_value(item) for item in value) + "]"
    raise TypeError(f"no TOML form for {type(value).__name__}")


def _literal_safe(text: str) -> bool:
    return not any((ord(ch) < 32 and ch not in "\n\t") or ord(ch) == 127 for ch in text)


def _text(data: dict, key: str, where: str) -> str:
    value = data.get(key)
    if not isinstance(value, str) or not value.strip():
        raise EnrolmentError(f"{where}{key} is missing or not text")
    return value.strip()


def check_host(value: str) -> str:
    try:
        return str(ipaddress.ip_address(value))
    except ValueError:
        pass
    labels = value.rstrip(".").split(".")
    if len(value) > 253 or not all(HOST_LABEL.match(label) for label in labels):
        raise EnrolmentError(f"central.host is not a host name: {value!r}")
    return value.rstrip(".")


def check_ca(pem: str) -> str:
    """The PEM text of one or more certificates (the central server's CA), or EnrolmentError."""
    from cryptography import x509

    try:
        certificates = x509.load_pem_x509_certificates(pem.encode("ascii"))
    except (ValueError, UnicodeEncodeError) as exc:
        raise EnrolmentError(f"central.ca is not a PEM certificate ({exc})") from exc
    if not certificates:
        raise EnrolmentError("central.ca holds no certificate")
    return pem.strip() + "\n"


def parse(text: str, source: str) -> Enrolment:
    """The enrolment in `text`, every field checked; EnrolmentError names what is wrong."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise EnrolmentError(f"{source} is not an enrolment file (TOML: {exc})") from exc
    if data.get("format") != FORMAT:
        raise EnrolmentError(
            f"{source} is not an enrolment file of this version (format {FORMAT} expected)"
        )
    central = data.get("central")
    if not isinstance(central, dict):
        raise EnrolmentError(f"{source} has no [central] part")
    terminal_id = _text(data, "terminal_id", "")
    user = _text(central, "user", "central.")
    for name, value in (("terminal_id", terminal_id), ("central.user", user)):
        if not ROLE_NAME.match(value):
            raise EnrolmentError(f"{name} is not a terminal's login name: {value!r}")
    agency = _text(data, "agency", "")
    if not AGENCY.match(agency):
        raise EnrolmentError(f"agency is not an agency code: {agency!r}")
    mode = _text(data, "mode", "")
    if mode not in MODES:
        raise EnrolmentError(f"mode must be one of {', '.join(MODES)}, not {mode!r}")
    port = central.get("port", 5432)
    if isinstance(port, bool) or not isinstance(port, int) or not 0 < port < 65536:
        raise EnrolmentError(f"central.port is not a port number: {port!r}")
    dbname = _text(central, "dbname", "central.")
    if not DBNAME.match(dbname):
        raise EnrolmentError(f"central.dbname is not a database name: {dbname!r}")
    password = central.get("password")
    if not isinstance(password, str) or not password or not _literal_safe(password):
        raise EnrolmentError("central.password is missing, empty or not a single line")
    if "\n" in password:
        raise EnrolmentError("central.password is not a single line")
    staff = data.get("staff_code_hash", "")
    if not isinstance(staff, str) or (staff and not _is_scrypt_hash(staff)):
        raise EnrolmentError("staff_code_hash is not a hash from `guichet-central staff-code`")
    letter = data.get("ticket_letter", "")
    if not isinstance(letter, str) or (letter and not TICKET_LETTER.match(letter)):
        raise EnrolmentError(f"ticket_letter is not one letter A to Z: {letter!r}")
    if letter and mode != "kiosk":
        raise EnrolmentError("ticket_letter is a kiosk's: a counter prints no queue tickets")
    return Enrolment(
        terminal_id=terminal_id,
        agency=agency,
        mode=mode,
        host=check_host(_text(central, "host", "central.")),
        port=port,
        dbname=dbname,
        user=user,
        password=password,
        ca_pem=check_ca(_text(central, "ca", "central.")),
        staff_code_hash=staff,
        ticket_letter=letter,
    )


def _is_scrypt_hash(text: str) -> bool:
    parts = text.split("$")
    return len(parts) == 4 and parts[0] == "scrypt" and all(parts[1:])


def read(path: Path) -> Enrolment:
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise EnrolmentError(f"{path} is not a text file") from exc
    except OSError as exc:
        raise EnrolmentError(f"{path} cannot be read: {exc.strerror or exc}") from exc
    return parse(text, str(path))


def create_secret_file(path: Path):
    """A new file only its owner may read, from the first byte (O_EXCL: never an existing
    file, nor through a symbolic link). Returns a binary file object."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o600)
    os.fchmod(fd, 0o600)  # whatever the umask left
    return os.fdopen(fd, "wb")


# -- the terminal's side ---------------------------------------------------------------------


@dataclass
class Plan:
    """What `install` writes: path → (content, mode); and the settings it changed."""

    files: dict[Path, tuple[bytes, int]]
    changed: dict[str, object]
    dropped: list[str]


def plan(enrolment: Enrolment, config_dir: Path) -> Plan:
    """Check everything and prepare every file's content; writes nothing."""
    settings_file = config_dir / SETTINGS_FILE
    ca_file = config_dir / CA_FILE
    existing_text = ""
    if settings_file.exists():
        try:
            existing_text = settings_file.read_text(encoding="utf-8")
            existing = tomllib.loads(existing_text)
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
            raise EnrolmentError(
                f"{settings_file} is there but cannot be read ({exc}): fix or remove it first"
            ) from exc
    else:
        existing = {}
    changed: dict[str, object] = {
        "terminal_id": enrolment.terminal_id,
        "agency": enrolment.agency,
        "mode": enrolment.mode,
        "central_url": enrolment.central_url(ca_file),
    }
    if enrolment.ticket_letter:
        changed["ticket_letter"] = enrolment.ticket_letter
    # Secrets never stay in the settings file; the credential files hold them now.
    dropped = [key for key in ("central_password", "staff_code_hash") if key in existing]
    if "staff_code_hash" in dropped and not enrolment.staff_code_hash:
        dropped.remove("staff_code_hash")  # kept: the enrolment brings no other
    text = update_settings_text(existing_text, changed, dropped)
    _check_settings(text, config_dir)
    credentials = config_dir / CREDENTIALS_DIR
    files: dict[Path, tuple[bytes, int]] = {
        credentials / CREDENTIALS["central_password"]: (enrolment.password.encode(), 0o600),
    }
    if enrolment.staff_code_hash:
        files[credentials / CREDENTIALS["staff_code_hash"]] = (
            enrolment.staff_code_hash.encode(),
            0o600,
        )
    files[ca_file] = (enrolment.ca_pem.encode("ascii"), 0o644)
    files[settings_file] = (text.encode("utf-8"), 0o644)  # last: it points at the others
    return Plan(files, changed, dropped)


def _check_settings(text: str, config_dir: Path) -> None:
    """The settings the terminal will read are valid (as the program will load them)."""
    import tempfile

    with tempfile.TemporaryDirectory(prefix="guichet-enrol-") as scratch:
        path = Path(scratch) / SETTINGS_FILE
        path.write_text(text, encoding="utf-8")
        os.chmod(path, 0o644)
        try:
            load_settings(path, environ={"GUICHET_CENTRAL_PASSWORD": "set"})
        except ConfigError as exc:
            message = str(exc).replace(str(path), str(config_dir / SETTINGS_FILE))
            raise EnrolmentError(f"the settings would not be valid: {message}") from exc


def update_settings_text(text: str, values: dict[str, object], drop: list[str]) -> str:
    """`text` (a settings file) with `values` set and the keys `drop` removed, its comments and
    other settings kept; the result is checked by reading it back."""
    lines = text.splitlines()
    first_table = next(
        (i for i, line in enumerate(lines) if line.lstrip().startswith("[")), len(lines)
    )
    key_line = re.compile(r"^\s*([A-Za-z0-9_-]+)\s*=")
    out: list[str] = []
    done: set[str] = set()
    for index, line in enumerate(lines):
        match = key_line.match(line) if index < first_table else None
        key = match.group(1) if match else None
        if key in drop:
            continue
        if key in values:
            out.append(f"{key} = {toml_value(values[key])}")
            done.add(key)
            continue
        if index == first_table:
            out += [f"{k} = {toml_value(v)}" for k, v in values.items() if k not in done]
            done.update(values)
        out.append(line)
    missing = [k for k in values if k not in done]
    if missing:
        if out and out[-1].strip():
            out.append("")
        out += [f"{k} = {toml_value(values[k])}" for k in missing]
    result = "\n".join(out) + "\n"
    expected = {k: v for k, v in tomllib.loads(text).items() if k not in drop} if text else {}
    expected.update({k: list(v) if isinstance(v, tuple) else v for k, v in values.items()})
    try:
        if tomllib.loads(result) == expected:
            return result
    except tomllib.TOMLDecodeError:
        pass
    # A value over several lines (an array, a multi-line string) defeats the line edit: the
    # whole file from the values, without its comments.
    header = "# Guichet terminal settings (rewritten by guichet-enrol)\n"
    return header + "".join(f"{k} = {toml_value(v)}\n" for k, v in expected.items())


def install(enrolment: Enrolment, config_dir: Path) -> Plan:
    """Write the plan's files, each atomically; the settings file last."""
    work = plan(enrolment, config_dir)
    config_dir.mkdir(mode=0o755, parents=True, exist_ok=True)
    credentials = config_dir / CREDENTIALS_DIR
    credentials.mkdir(mode=0o700, exist_ok=True)
    os.chmod(credentials, 0o700)  # only root reads the secrets (systemd hands them over)
    staged: list[tuple[Path, Path]] = []
    try:
        for path, (content, mode) in work.files.items():
            staged.append((_stage(path, content, mode), path))
        for temporary, path in staged:
            os.replace(temporary, path)
    finally:
        for temporary, _ in staged:
            temporary.unlink(missing_ok=True)
    for folder in {path.parent for path in work.files}:
        _fsync_dir(folder)
    return work


def _stage(path: Path, content: bytes, mode: int) -> Path:
    """`content` in a new file beside `path` (same file system: the rename is atomic),
    with its final mode from the start, flushed to disk."""
    import tempfile

    fd, name = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        os.fchmod(fd, mode)
        with os.fdopen(fd, "wb") as out:
            out.write(content)
            out.flush()
            os.fsync(out.fileno())
    except BaseException:
        Path(name).unlink(missing_ok=True)
        raise
    return Path(name)


def _fsync_dir(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
