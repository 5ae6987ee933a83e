"""Updates: the `guichet` version installed on disk against the one running.

apt (unattended-upgrades) replaces the files under the running program; the program notices
the distribution's metadata on disk names another version and restarts itself — only at the
idle welcome screen (ui/watchdog.py decides when); systemd's Restart=always starts the new one.
The package's maintainer scripts never restart the kiosk themselves: they cannot know whether a
member is at the terminal.
"""

from __future__ import annotations

import importlib
import importlib.metadata

from app.version import DISTRIBUTION, UNKNOWN, __version__

# A new version must be seen on this many checks in a row before a restart: dpkg renames the
# new files into place at the end of its unpacking, and its configure step follows; a restart
# caught between them would start the new program on a half-installed tree.
CONFIRMATIONS = 2


def installed_version(distribution: str = DISTRIBUTION) -> str | None:
    """The version whose metadata is on disk now (None in the middle of an upgrade)."""
    importlib.invalidate_caches()  # importlib.metadata caches directory listings by mtime
    try:
        return importlib.metadata.version(distribution)
    except importlib.metadata.PackageNotFoundError:
        return None


class PendingUpdate:
    """Counts the checks that found another version installed than the one running."""

    def __init__(self, running: str = __version__, confirmations: int = CONFIRMATIONS):
        self.running = running
        self.confirmations = confirmations
        self.version: str | None = None  # the version found on disk, when not the running one
        self.seen = 0

    @property
    def due(self) -> bool:
        """A restart is due: the same other version was found on enough checks in a row."""
        return self.version is not None and self.seen >= self.confirmations

    def observe(self, installed: str | None) -> bool:
        """One check's finding; returns whether a restart is now due."""
        if self.running == UNKNOWN:  # not installed: nothing to compare with
            return False
        if installed is None:  # between the old metadata's removal and the new one's arrival
            self.seen = 0
            return False
        if installed == self.running:
            self.version, self.seen = None, 0
            return False
        if installed != self.version:
            self.version, self.seen = installed, 0
        self.seen += 1
        return self.due
