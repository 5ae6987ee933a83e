"""Settings: built-in defaults < a TOML file < credentials < environment variables (GUICHET_*).

Secrets (the central database's password, the staff code's hash) come from systemd's
credentials ($CREDENTIALS_DIRECTORY, `LoadCredential=` in the unit: files only the service
reads) or the environment, never from the settings file, which every user of the machine may
read.
"""

from __future__ import annotations

import ipaddress
import os
import stat
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from pathlib import Path

import platformdirs

APP_NAME = "guichet"
MODES = ("kiosk", "counter")
LANGUAGES = ("fr", "nl", "de", "en")
# Settings read from a file of $CREDENTIALS_DIRECTORY (the name systemd's LoadCredential= gives).
CREDENTIALS = {
    "central_password": "central-password",
    "staff_code_hash": "staff-code-hash",
    "smtp_password": "smtp-password",  # the central worker's mail server login (issue 19)
}
DEMO_TICKET_LETTER = "A"  # the demo's one kiosk (its own embedded database registers it)
# Never in the settings file: it is world-readable (/etc/guichet/guichet.toml is 0644).
FILE_FORBIDDEN = ("central_password", "smtp_password")
SMTP_SECURITY = ("starttls", "tls", "none")  # how the central worker talks to its mail server


class ConfigError(ValueError):
    """A setting has a value Guichet cannot use; the message names the setting and its source."""


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_config_file() -> Path:
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)) / "guichet.toml"


@dataclass(frozen=True)
class Settings:
    data_dir: Path = field(default_factory=default_data_dir)
    # SQLAlchemy URL of the central database; empty means the embedded SQLite demo file. No
    # password in it when `central_password` is set; over the network, verify-full TLS.
    central_url: str = ""
    # The central database login's password (a secret: credentials or environment only).
    central_password: str = field(default="", repr=False)
    mode: str = "kiosk"
    # The language of the first screen; by default the first of `languages`.
    language: str = "fr"
    # The languages this terminal offers (its language bar), the first one the default.
    languages: tuple[str, ...] = LANGUAGES
    terminal_id: str = "demo-terminal-1"
    # The code of the agency the terminal stands in (its enrolment file gives it).
    agency: str = ""
    # A kiosk's queue ticket letter ("B-017"), one per kiosk of its agency: its enrolment file
    # gives it (`guichet-central terminal add` picks it). Empty: it offers no tickets. Never a
    # default letter: two kiosks of an agency on one letter would print the same numbers, and
    # the central worker would refuse the second kiosk's every ticket. The demo's kiosk (a
    # simulated card) takes DEMO_TICKET_LETTER unless told otherwise.
    ticket_letter: str = ""
    # A visit ends after this many seconds without a touch (the countdown shows the last 20).
    inactivity_seconds: int = 90
    # The staff code that opens the kiosk's maintenance screen, as an app.domain.passwords hash
    # (`guichet-central staff-code` prints one). Empty: the demo code 246810, in the demo only
    # (`for_terminal` refuses an empty one elsewhere).
    staff_code_hash: str = field(default="", repr=False)
    # Cards: the PKCS#11 module that signs with the card (the eID middleware's in production),
    # the reader to watch (part of its name; empty = the first), and the trusted root CAs (a
    # folder of PEM files; empty = the test PKI of the simulated cards, for the demo only).
    pkcs11_module: str = "/usr/lib/x86_64-linux-gnu/libbeidpkcs11.so.0"
    reader: str = ""
    trust_roots: str = ""
    # Demo and tests: serve this virtual card profile in-process instead of a PC/SC reader.
    simulated_card: str = ""
    # The demo's local federal-token provider derives each member's 24 codes from this secret.
    token_secret: str = field(default="guichet-demo-token", repr=False)
    # The CUPS queue of the terminal's printer; None (or empty): CUPS's default destination.
    printer: str | None = None
    # The central worker's mail server (issue 19: a document sent to the member's e-mail on
    # file, app/sync/mail.py). Empty host: mails wait in the queue, none is sent. `smtp_security`:
    # starttls (port 587), tls (SMTPS, 465) or none (a relay on the machine or the tests').
    smtp_host: str = ""
    smtp_port: int = 587
    smtp_security: str = "starttls"
    smtp_user: str = ""
    smtp_password: str = field(default="", repr=False)  # credentials or environment only
    smtp_sender: str = ""  # the From: address, e.g. "Ma mutualité <noreply@example.be>"

    @property
    def demo(self) -> bool:
        """The demo (`make demo`, `make counter`, the tests): a simulated card in the window.
        Only the demo may run on the demo's staff code."""
        return bool(self.simulated_card)

    def for_terminal(self) -> Settings:
        """These settings, checked for running a terminal or a counter (not the central tools):
        outside the demo, the staff code's hash must be set, or anyone who read the README
        would open the maintenance screen with the demo's code."""
        if not self.demo and not self.staff_code_hash:
            raise ConfigError(
                "staff_code_hash must be set on a real terminal: `guichet-central staff-code` "
                "makes one, `guichet-enrol` writes it to /etc/guichet/credentials/"
                f"{CREDENTIALS['staff_code_hash']} (or set GUICHET_STAFF_CODE_HASH); the demo "
                "code is for the demo only (--simulated-card)"
            )
        return self

    @property
    def effective_central_url(self) -> str:
        return self.central_url or f"sqlite:///{self.data_dir / 'central.sqlite'}"

    @property
    def embedded_central(self) -> bool:
        """The demo's embedded central database: its worker then runs inside the program."""
        return not self.central_url

    @property
    def terminal_db(self) -> Path:
        """This terminal's own database: its outbox, reference cache and sync state."""
        return self.data_dir / "terminal.sqlite"

    def validated(self) -> Settings:
        if self.mode not in MODES:
            raise ConfigError(f"mode must be one of {', '.join(MODES)}, not {self.mode!r}")
        if not 10 <= self.inactivity_seconds <= 3600:
            raise ConfigError(
                f"inactivity_seconds must be between 10 and 3600, not {self.inactivity_seconds}"
            )
        if self.language not in LANGUAGES:
            raise ConfigError(
                f"language must be one of {', '.join(LANGUAGES)}, not {self.language!r}"
            )
        if self.language not in self.languages:
            raise ConfigError(
                f"language {self.language!r} is not one of the languages this terminal offers "
                f"({', '.join(self.languages)})"
            )
        if self.ticket_letter and not (
            len(self.ticket_letter) == 1 and "A" <= self.ticket_letter <= "Z"
        ):
            raise ConfigError(
                f"ticket_letter must be one capital letter A to Z (or empty: no tickets), not "
                f"{self.ticket_letter!r}"
            )
        if self.printer is not None and not _is_cups_queue_name(self.printer):
            raise ConfigError(
                f"printer must be a CUPS queue name (up to 127 characters, no space, tab, "
                f"/, \\, #, quote or control character), not {self.printer!r}"
            )
        if self.smtp_security not in SMTP_SECURITY:
            raise ConfigError(
                f"smtp_security must be one of {', '.join(SMTP_SECURITY)}, "
                f"not {self.smtp_security!r}"
            )
        if not 1 <= self.smtp_port <= 65535:
            raise ConfigError(f"smtp_port must be a port number, not {self.smtp_port}")
        _check_central_url(self.central_url, password_set=bool(self.central_password))
        return self


def _is_cups_queue_name(name: str) -> bool:
    """CUPS's own rule for printer names (lpadmin refuses the others)."""
    return 0 < len(name) <= 127 and not any(
        ch in " \t/\\#'\"" or ord(ch) < 32 or ord(ch) == 127 for ch in name
    )


def _url_password(url: str) -> str | None:
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    if not url:
        return None
    try:
        return make_url(url).password
    except (ArgumentError, ValueError) as exc:
        raise ConfigError(f"central_url is not a database URL: {exc}") from exc


def is_loopback(host: str | None) -> bool:
    """No network between the program and the server: a Unix socket or this machine."""
    if not host or host.startswith("/") or host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def _check_central_url(url: str, *, password_set: bool) -> None:
    if not url:
        return
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        parsed = make_url(url)
    except (ArgumentError, ValueError) as exc:
        raise ConfigError(f"central_url is not a database URL: {exc}") from exc
    if parsed.password is not None and password_set:
        raise ConfigError(
            "central_url holds a password while central_password is set too: take the "
            "password out of central_url (the credential file holds it)"
        )
    if parsed.get_backend_name() != "postgresql":
        return
    hosts = parsed.query.get("host", parsed.host)
    hosts = [hosts] if isinstance(hosts, str) or hosts is None else list(hosts)
    hosts = [h for item in hosts for h in ((item or "").split(",") if item else [item])]
    if all(is_loopback(h) for h in hosts):
        return
    query = parsed.query
    if query.get("sslmode") != "verify-full" or not query.get("sslrootcert"):
        raise ConfigError(
            "central_url names a server over the network: it must ask for TLS with the "
            "server's certificate checked, sslmode=verify-full&sslrootcert=/etc/guichet/"
            f"central-ca.pem (the central server's CA), not {_hide_password(url)!r}"
        )


def _hide_password(url: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(url).render_as_string(hide_password=True)


def _coerce(name: str, raw: object, source: str) -> object:
    if name == "data_dir":
        return Path(str(raw)).expanduser()
    if name in ("inactivity_seconds", "smtp_port"):
        try:
            return int(raw)  # type: ignore[arg-type]
        except (TypeError, ValueError) as exc:
            raise ConfigError(f"{name} in {source} must be a whole number of seconds") from exc
    if name == "languages":
        return _languages(raw, source)
    if not isinstance(raw, str):
        raise ConfigError(f"{name} in {source} must be text")
    if name == "printer":
        return raw.strip() or None
    if name == "ticket_letter":
        return raw.strip().upper()
    if name in CREDENTIALS:
        return raw.strip()  # a file ends with a newline
    return raw


def _languages(raw: object, source: str) -> tuple[str, ...]:
    """A TOML list, or (environment, command line) the codes separated by commas."""
    if isinstance(raw, str):
        raw = [part.strip() for part in raw.split(",") if part.strip()]
    if not isinstance(raw, list | tuple) or not all(isinstance(c, str) for c in raw):
        raise ConfigError(f'languages in {source} must be a list of codes, e.g. ["fr", "nl"]')
    codes = tuple(code.strip().lower() for code in raw)
    unknown = [code for code in codes if code not in LANGUAGES]
    if not codes or unknown or len(set(codes)) != len(codes):
        raise ConfigError(
            f"languages in {source} must name each at most once some of "
            f"{', '.join(LANGUAGES)}, not {list(raw)!r}"
        )
    return codes


def _world_readable(path: Path) -> bool:
    return bool(path.stat().st_mode & stat.S_IROTH)


def read_file_settings(path: Path) -> dict[str, object]:
    """The settings of a TOML file, checked: known names, no secret in a file."""
    try:
        with path.open("rb") as fh:
            data = tomllib.load(fh)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: {exc}") from exc
    names = {f.name for f in fields(Settings)}
    values: dict[str, object] = {}
    for key, raw in data.items():
        if key not in names:
            raise ConfigError(f"{path}: unknown setting {key!r}")
        if key in FILE_FORBIDDEN:
            raise ConfigError(
                f"{path}: {key} does not belong in the settings file: put it in the credential "
                f"file /etc/guichet/credentials/{CREDENTIALS[key]} (0600, handed to the "
                f"program by systemd's LoadCredential=) or the GUICHET_{key.upper()} variable"
            )
        values[key] = _coerce(key, raw, str(path))
    url = values.get("central_url")
    if isinstance(url, str) and _url_password(url) is not None and _world_readable(path):
        raise ConfigError(
            f"{path}: central_url holds a password in a file every user can read: take it "
            f"out and put it in /etc/guichet/credentials/{CREDENTIALS['central_password']}"
        )
    return values


def read_credentials(directory: Path) -> dict[str, str]:
    """The credential files present and not empty (an empty file means: not set)."""
    values: dict[str, str] = {}
    for name, filename in CREDENTIALS.items():
        path = directory / filename
        try:
            text = path.read_text(encoding="utf-8").strip()
        except FileNotFoundError:
            continue
        except (OSError, UnicodeDecodeError) as exc:
            raise ConfigError(f"{path}: cannot be read ({type(exc).__name__})") from exc
        if text:
            values[name] = text
    return values


def load_terminal_settings(
    config_file: Path | None = None, environ: Mapping[str, str] | None = None, **overrides: object
) -> Settings:
    """`load_settings` for the terminal and counter program: also refuses to run outside the
    demo without the staff code's hash (Settings.for_terminal)."""
    return load_settings(config_file, environ, **overrides).for_terminal()


def load_settings(
    config_file: Path | None = None, environ: Mapping[str, str] | None = None, **overrides: object
) -> Settings:
    """Defaults, then the TOML file (GUICHET_CONFIG or the user config dir), then the credential
    files ($CREDENTIALS_DIRECTORY), then GUICHET_* variables.

    `overrides` (command-line options) win over everything; None values are ignored. Without
    a `language`, the first of `languages`.
    """
    environ = os.environ if environ is None else environ
    values: dict[str, object] = {}
    names = {f.name for f in fields(Settings)}

    path = config_file or Path(environ.get("GUICHET_CONFIG", default_config_file()))
    if path.is_file():
        values.update(read_file_settings(path))

    credentials = environ.get("CREDENTIALS_DIRECTORY")
    if credentials:
        values.update(read_credentials(Path(credentials)))

    for name in names:
        env_name = f"GUICHET_{name.upper()}"
        if env_name in environ:
            values[name] = _coerce(name, environ[env_name], env_name)

    for name, raw in overrides.items():
        if raw is not None:
            values[name] = _coerce(name, raw, "the command line")

    if "languages" in values and "language" not in values:
        values["language"] = values["languages"][0]  # type: ignore[index]
    if values.get("simulated_card") and "ticket_letter" not in values:
        values["ticket_letter"] = DEMO_TICKET_LETTER
    return replace(Settings(), **values).validated()
