"""Speech in the installed terminal (issue 17): what the clean-root checks run and measure.

A test machine has no sound card and no sound server, like a kiosk with none running. ALSA's
`file` plugin, named as the guichet user's default sound device (~/.asoundrc), writes what would
have been played to a file, so the check hears the terminal's speech: it reaches the sound card
only through the ALSA fallback that guichet-terminal's speech-dispatcher configuration adds
(speech-dispatcher's own default, PulseAudio alone, plays nothing here).
"""

from __future__ import annotations

import array
import math
import os
import signal
import time
from pathlib import Path

SPEECH_PACKAGES = (
    "speech-dispatcher",
    "speech-dispatcher-espeak-ng",
    "espeak-ng",
    "libspeechd2",
    "alsa-utils",
)
HOME = "/var/lib/guichet"
USER_CONF = f"{HOME}/.config/speech-dispatcher/speechd.conf"
KIOSK_CONF = "/etc/guichet/speech-dispatcher/speechd.conf"
RUNTIME = "/run/guichet-speech"
SOUND = "/tmp/guichet-sound.raw"
ASOUNDRC = f"""pcm.!default {{
    type file
    slave.pcm "null"
    file "{SOUND}"
    format "raw"
}}
"""
# Modules of PySide6-Addons the package leaves out (installer/package/addons.py).
LEFT_OUT = ("QtWebEngineCore", "Qt3DCore", "QtCharts", "QtMultimedia", "QtQuick3D")

# The installed program's Python, as ui/speech.py drives the engine: the speechd engine, the
# displayed language's voice, one sentence; it prints what it saw as JSON.
SPEAK = """
import importlib.util, json, os, sys
from PySide6.QtCore import QCoreApplication, QLocale, QTimer
app = QCoreApplication(sys.argv)
from PySide6.QtTextToSpeech import QTextToSpeech
seen = {"engines": QTextToSpeech.availableEngines(), "states": []}
seen["left_out_found"] = [m for m in LEFT_OUT if importlib.util.find_spec("PySide6." + m)]
engine = QTextToSpeech("speechd")
def changed(state):
    seen["states"].append(state.name)
    if state != QTextToSpeech.State.Speaking:
        app.quit()
engine.stateChanged.connect(changed)
engine.setLocale(QLocale("fr_BE"))
seen["locale"] = engine.locale().name()
engine.say("Bonjour. Insérez votre carte d'identité.")
QTimer.singleShot(30000, app.quit)
app.exec()
seen["error"] = engine.errorString()
print(json.dumps(seen), flush=True)
os._exit(0)  # never wait on the engine's teardown
""".replace("LEFT_OUT", repr(LEFT_OUT))


def samples(path: Path) -> array.array:
    """The 16-bit samples ALSA's file plugin wrote (speech-dispatcher plays S16_LE)."""
    data = path.read_bytes() if path.is_file() else b""
    found = array.array("h")
    found.frombytes(data[: len(data) // 2 * 2])
    return found


def rms(found: array.array) -> float:
    return math.sqrt(sum(s * s for s in found) / len(found)) if found else 0.0


def stop_speech_dispatcher(root_path: Path) -> list[int]:
    """Ends the speech-dispatcher (and its modules) that the check's engine started in the
    root: the processes whose root folder is this root and whose command is speech-dispatcher's;
    returns their ids."""
    ours = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            in_root = os.path.realpath(entry / "root") == str(root_path.resolve())
            command = (entry / "cmdline").read_bytes()
        except OSError:
            continue
        if in_root and b"speech-dispatcher" in command:
            ours.append(int(entry.name))
    for sig in (signal.SIGTERM, signal.SIGKILL):
        alive = []
        for pid in ours:
            try:
                os.kill(pid, sig)
                alive.append(pid)
            except ProcessLookupError:
                pass
        deadline = time.monotonic() + 3
        while alive and time.monotonic() < deadline:
            alive = [pid for pid in alive if running(pid)]
            time.sleep(0.1)
        if not alive:
            break
    return ours


def running(pid: int) -> bool:
    """Alive and not a zombie (what is left of an ended process until its parent reaps it)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"
