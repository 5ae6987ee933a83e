"""Settings: built-in defaults < a TOML file < environment variables (GUICHET_*)."""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from pathlib import Path

import platformdirs

APP_NAME = "guichet"
MODES = ("kiosk", "counter")
LANGUAGES = ("fr", "nl", "de", "en")


class ConfigError(ValueError):
    """A setting has a value Guichet cannot use; the message names the setting and its source."""


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_config_file() -> Path:
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)) / "guichet.toml"


@dataclass(frozen=True)
class Settings:
    data_dir: Path = field(default_factory=default_data_dir)
    # SQLAlchemy URL of the central database; empty means the embedded SQLite demo file.
    central_url: str = ""
    mode: str = "kiosk"
    language: str = "fr"
    terminal_id: str = "demo-terminal-1"
    # A visit ends after this many seconds without a touch (the countdown shows the last 20).
    inactivity_seconds: int = 90
    # The staff code that opens the kiosk's maintenance screen, as an app.domain.passwords hash
    # (`guichet-central staff-code` prints one). Empty: the demo code 246810.
    staff_code_hash: str = ""
    # Cards: the PKCS#11 module that signs with the card (the eID middleware's in production),
    # the reader to watch (part of its name; empty = the first), and the trusted root CAs (a
    # folder of PEM files; empty = the test PKI of the simulated cards, for the demo only).
    pkcs11_module: str = "/usr/lib/x86_64-linux-gnu/libbeidpkcs11.so.0"
    reader: str = ""
    trust_roots: str = ""
    # Demo and tests: serve this virtual card profile in-process instead of a PC/SC reader.
    simulated_card: str = ""
    # The demo's local federal-token provider derives each member's 24 codes from this secret.
    token_secret: str = "guichet-demo-token"
    # The CUPS queue of the terminal's printer; None (or empty): CUPS's default destination.
    printer: str | None = None

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
        if self.printer is not None and not _is_cups_queue_name(self.printer):
            raise ConfigError(
                f"printer must be a CUPS queue name (up to 127 characters, no space, tab, "
                f"/, \\, #, quote or control character), not {self.printer!r}"
            )
        return self


def _is_cups_queue_name(name: str) -> bool:
    """CUPS's own rule for printer names (lpadmin refuses the others)."""
    return 0 < len(name) <= 127 and not any(
        ch in " \t/\\#'\"" or ord(ch) < 32 or ord(ch) == 127 for ch in name
    )


def _coerce(name: str, raw: object, source: str) -> object:
    if name == "data_dir":
        return Path(str(raw)).expanduser()
    if name == "inactivity_seconds":
        try:
            return int(raw)  # type: ignore[arg-type]
        except (TypeError, ValueError) as exc:
            raise ConfigError(f"{name} in {source} must be a whole number of seconds") from exc
    if not isinstance(raw, str):
        raise ConfigError(f"{name} in {source} must be text")
    if name == "printer":
        return raw.strip() or None
    return raw


def load_settings(
    config_file: Path | None = None, environ: Mapping[str, str] | None = None, **overrides: object
) -> Settings:
    """Defaults, then the TOML file (GUICHET_CONFIG or the user config dir), then GUICHET_* vars.

    `overrides` (command-line options) win over everything; None values are ignored.
    """
    environ = os.environ if environ is None else environ
    values: dict[str, object] = {}
    names = {f.name for f in fields(Settings)}

    path = config_file or Path(environ.get("GUICHET_CONFIG", default_config_file()))
    if path.is_file():
        try:
            with path.open("rb") as fh:
                data = tomllib.load(fh)
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"{path}: {exc}") from exc
        for key, raw in data.items():
            if key not in names:
                raise ConfigError(f"{path}: unknown setting {key!r}")
            values[key] = _coerce(key, raw, str(path))

    for name in names:
        env_name = f"GUICHET_{name.upper()}"
        if env_name in environ:
            values[name] = _coerce(name, environ[env_name], env_name)

    for name, raw in overrides.items():
        if raw is not None:
            values[name] = _coerce(name, raw, "the command line")

    return replace(Settings(), **values).validated()
