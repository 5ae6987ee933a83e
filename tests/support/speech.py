"""A speech-dispatcher of the tests' own, for the tests and the benchmark that need the real
speech engine (Qt's "speechd" plugin, espeak-ng behind it).

Why its own: speech-dispatcher autospawned by the first client, on a machine without a sound
card, takes the first text and then hangs (its audio output waits for a device that is not
there). This one runs as the current user from a copy of /etc/speech-dispatcher whose audio goes
to ALSA's "null" device (the words are synthesised, then dropped), on a private socket, never
shuts itself down (`-t 0`), and is stopped at the end. Qt's plugin (libspeechd) finds it through
SPEECHD_ADDRESS, set for the process while it runs. Its own pid file too: a speech-dispatcher
autospawned elsewhere on the machine (the default pid file held) does not stop it starting.

`speech_dispatcher`: the pytest fixture (one daemon for the session). `SpeechDispatcher`: the
same, as a context manager (the benchmark, which runs outside pytest).

Also here: what a test needs to prove speech came out: `synthesise(text, language)` (espeak-ng
writes a WAV) and `loudness(path)` (RMS and length, from the samples, with Python's wave).
"""

from __future__ import annotations

import array
import contextlib
import math
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import wave
from dataclasses import dataclass
from pathlib import Path

import pytest

SYSTEM_CONFIG = Path("/etc/speech-dispatcher")
DAEMON = "speech-dispatcher"
ADDRESS_ENV = "SPEECHD_ADDRESS"
# espeak-ng's voices for the interface languages (reference/accessibility.md §2).
ESPEAK_VOICES = {"fr": "fr-be", "nl": "nl", "de": "de", "en": "en-gb"}
# The engine locale Qt's speechd plugin takes for each (ui/speech.py LOCALES, first offered).
ENGINE_LOCALES = {"fr": "fr_BE", "nl": "nl_NL", "de": "de_DE", "en": "en_GB"}


def missing() -> list[str]:
    """What this machine lacks for the real engine, by Debian package."""
    needs = {
        DAEMON: "speech-dispatcher",
        "espeak-ng": "espeak-ng",
    }
    absent = [package for tool, package in needs.items() if shutil.which(tool) is None]
    if not (SYSTEM_CONFIG / "speechd.conf").exists():
        absent.append("speech-dispatcher (its /etc/speech-dispatcher)")
    if not Path("/usr/lib/speech-dispatcher-modules/sd_espeak-ng").exists():
        absent.append("speech-dispatcher-espeak-ng")
    return absent


class SpeechDispatcher:
    """speech-dispatcher on a private socket, audio to ALSA's null device."""

    def __init__(self, folder: Path | None = None):
        self._own_folder = folder is None
        self.folder = Path(folder or tempfile.mkdtemp(prefix="guichet-speechd-"))
        self.config = self.folder / "config"
        self.logs = self.folder / "logs"
        self.socket = self.folder / "speechd.sock"
        self.process: subprocess.Popen | None = None
        self._address_before: str | None = None

    @property
    def address(self) -> str:
        return f"unix_socket:{self.socket}"

    def _write_configuration(self) -> None:
        shutil.copytree(SYSTEM_CONFIG, self.config, symlinks=True, dirs_exist_ok=True)
        with (self.config / "speechd.conf").open("a", encoding="utf-8") as conf:
            conf.write('\n# The tests\' own: no sound card here.\n'
                       'AudioOutputMethod "alsa"\nAudioALSADevice "null"\n')  # fmt: skip
        self.logs.mkdir(parents=True, exist_ok=True)

    def start(self, timeout: float = 15.0) -> SpeechDispatcher:
        self._write_configuration()
        command = [
            DAEMON, "-s", "-t", "0", "-C", str(self.config), "-S", str(self.socket),
            "-L", str(self.logs), "-c", "unix_socket", "-P", str(self.folder / "pid"),
        ]  # fmt: skip
        # Its own process group: its output modules (sd_espeak-ng…) stop with it.
        self.process = subprocess.Popen(
            command,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=(self.logs / "stderr.txt").open("wb"),
            start_new_session=True,
        )
        deadline = time.monotonic() + timeout
        while not self.socket.exists():
            if self.process.poll() is not None or time.monotonic() > deadline:
                log = self.log_tail()
                self.stop()
                raise RuntimeError(f"speech-dispatcher did not start:\n{log}")
            time.sleep(0.05)
        self._address_before = os.environ.get(ADDRESS_ENV)
        os.environ[ADDRESS_ENV] = self.address
        return self

    def log_tail(self, lines: int = 20) -> str:
        text = []
        for path in sorted(self.logs.glob("*")):
            content = path.read_text(errors="replace").splitlines()[-lines:]
            text.append(f"== {path.name}\n" + "\n".join(content))
        return "\n".join(text)

    def stop(self) -> None:
        if os.environ.get(ADDRESS_ENV) == self.address:
            if self._address_before is None:
                os.environ.pop(ADDRESS_ENV, None)
            else:
                os.environ[ADDRESS_ENV] = self._address_before
        process, self.process = self.process, None
        if process is not None and process.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGTERM)  # the group this class started
            try:
                process.wait(10)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait(10)
        if self._own_folder:
            shutil.rmtree(self.folder, ignore_errors=True)

    def __enter__(self) -> SpeechDispatcher:
        return self.start()

    def __exit__(self, *_exc) -> None:
        self.stop()


@pytest.fixture(scope="session")
def speech_dispatcher():
    """The tests' speech-dispatcher, SPEECHD_ADDRESS pointing at it while the session runs."""
    absent = missing()
    if absent:
        pytest.skip(f"the real speech engine needs: {', '.join(absent)}")
    daemon = SpeechDispatcher().start()
    yield daemon
    daemon.stop()


# -- proof that speech came out --------------------------------------------------------------


@dataclass(frozen=True)
class Loudness:
    rms: float  # of the 16-bit samples, 0 … 32767
    seconds: float


def synthesise(text: str, language: str, out: Path) -> Path:
    """`text` spoken by espeak-ng in `language`'s voice into the WAV file `out`."""
    voice = ESPEAK_VOICES[language]
    subprocess.run(
        ["espeak-ng", "-v", voice, "-w", str(out), text], check=True, capture_output=True
    )
    return out


def loudness(path: Path) -> Loudness:
    """RMS and length of a WAV's samples (espeak-ng writes 16-bit mono)."""
    with wave.open(str(path), "rb") as wav:
        if wav.getsampwidth() != 2:
            raise ValueError(f"{path}: {wav.getsampwidth() * 8}-bit samples, 16 expected")
        frames = wav.getnframes()
        rate = wav.getframerate()
        samples = array.array("h")
        samples.frombytes(wav.readframes(frames))
    if sys.byteorder == "big":
        samples.byteswap()  # WAV is little-endian
    if not samples:
        return Loudness(0.0, 0.0)
    rms = math.sqrt(sum(sample * sample for sample in samples) / len(samples))
    return Loudness(rms, frames / rate)
