"""The program's version: the installed `guichet` distribution's, as `--version` prints it."""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

DISTRIBUTION = "guichet"
UNKNOWN = "0+unknown"

try:
    __version__ = version(DISTRIBUTION)
except PackageNotFoundError:  # a checkout never installed (not even `pip install -e .`)
    __version__ = UNKNOWN


def version_line() -> str:
    """What `guichet --version` and `guichet-central --version` print."""
    return f"{DISTRIBUTION} {__version__}"
