"""The packages on a clean Debian 12: installed with apt from the signed repository, the kiosk
under a headless cage, an unattended upgrade that keeps the outbox, and a purge.

One root for the module, in order: install (the previous version), look, start, upgrade, purge.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import statistics
import subprocess
import time

import pytest

from tests.appliance.conftest import MARKS, REPO_IN_ROOT, make_repo
from tests.appliance.notify import NotifySocket
from tests.appliance.speech import (
    ASOUNDRC,
    HOME,
    KIOSK_CONF,
    LEFT_OUT,
    RUNTIME,
    SOUND,
    SPEAK,
    SPEECH_PACKAGES,
    USER_CONF,
    rms,
    samples,
    stop_speech_dispatcher,
)

pytestmark = MARKS

VERSION = "0.1.0"
PREVIOUS, CURRENT = f"{VERSION}-0", f"{VERSION}-1"
PACKAGES = ("guichet", "guichet-terminal", "guichet-central")
NISS = "85073003328"
OUTBOX_OPERATIONS = 3


def installed_versions(root) -> dict[str, str]:
    out = root.run(
        "dpkg-query", "-W", "-f", "${Package} ${Status} ${Version}\\n", *PACKAGES, check=False
    ).stdout
    found = {}
    for line in out.splitlines():
        name, *status, version = line.split()
        if status == ["install", "ok", "installed"]:
            found[name] = version
    return found


@pytest.fixture(scope="module")
def installed(clean_root, packages, figures):
    """The previous version installed with apt from the signed repository (a file: source,
    trusted through the repository's own keyring, then through the one the package ships)."""
    root = clean_root
    make_repo(packages, packages["previous"], root.file(REPO_IN_ROOT))
    bootstrap = root.file("/etc/apt/sources.list.d/guichet-bootstrap.sources")
    bootstrap.write_text(
        f"Types: deb\nURIs: file:{REPO_IN_ROOT}/\nSuites: ./\n"
        f"Signed-By: {REPO_IN_ROOT}/guichet-archive-keyring.gpg\n"
    )
    started = time.monotonic()
    root.apt("update")
    figures["apt_update_seconds"] = round(time.monotonic() - started, 1)
    started = time.monotonic()
    root.apt("install", "--no-install-recommends", *PACKAGES)
    figures["install_seconds_clean_root"] = round(time.monotonic() - started, 1)
    bootstrap.unlink()  # from now on the source and keyring guichet-terminal installed
    root.apt("update")
    return root


def test_every_dependency_resolves_from_the_signed_repository(installed):
    root = installed
    assert installed_versions(root) == dict.fromkeys(PACKAGES, PREVIOUS)
    # The package's own source and keyring verify the repository (apt-get update above ran on
    # them alone), and the eID middleware apt cannot find is a Recommends that breaks nothing.
    policy = root.run("apt-cache", "policy", "guichet-terminal").stdout
    assert f"file:{REPO_IN_ROOT}" in policy
    simulated = root.apt("install", "-s", "--reinstall", "guichet-terminal")
    assert simulated.returncode == 0
    assert "libbeidpkcs11-0" in root.run("apt-cache", "show", "guichet-terminal").stdout


def test_a_repository_signed_with_another_key_is_refused(installed, packages, tmp_path):
    root = installed
    forged = root.file("/srv/guichet-forged")
    make_repo(packages, packages["previous"], forged, key_dir=tmp_path / "another-key")
    source = root.file("/etc/apt/sources.list.d/guichet-forged.sources")
    source.write_text(
        "Types: deb\nURIs: file:/srv/guichet-forged/\nSuites: ./\n"
        "Signed-By: /usr/share/keyrings/guichet-archive-keyring.gpg\n"
    )
    try:
        refused = root.apt("update", check=False)
    finally:
        source.unlink()
        shutil.rmtree(forged)
    assert "guichet-forged" in refused.stdout + refused.stderr
    assert "NO_PUBKEY" in refused.stderr or "not signed" in refused.stderr


def test_the_maintainer_scripts_make_the_users_and_folders(installed):
    root = installed
    user = root.run("getent", "passwd", "guichet").stdout.strip().split(":")
    assert user[5:] == ["/var/lib/guichet", "/usr/sbin/nologin"]
    assert int(user[2]) < 1000  # a system user
    assert root.run("id", "-gn", "guichet").stdout.strip() == "guichet"
    assert root.stat_line("/var/lib/guichet") == "guichet:guichet 750"
    assert root.stat_line("/etc/guichet/credentials") == "root:root 700"
    for name in ("central-password", "staff-code-hash"):
        path = f"/etc/guichet/credentials/{name}"
        assert root.stat_line(path) == "root:root 600"
        assert root.file(path).read_bytes() == b""
    assert root.stat_line("/etc/guichet/guichet.toml") == "root:root 644"
    assert root.run("getent", "passwd", "guichet-central").returncode == 0
    assert root.stat_line("/var/lib/guichet-central") == "guichet-central:guichet-central 750"
    assert root.stat_line("/etc/guichet-central/credentials/central-password") == "root:root 600"
    # The kiosk starts at boot, Ctrl+Alt+Del does nothing, the reader's service is on call.
    etc = root.file("/etc/systemd/system")
    assert (etc / "graphical.target.wants/guichet-kiosk.service").is_symlink()
    assert os.readlink(etc / "ctrl-alt-del.target") == "/dev/null"
    assert (etc / "sockets.target.wants/pcscd.socket").is_symlink()
    # Not enabled until its configuration is filled in.
    assert not (etc / "multi-user.target.wants/guichet-central-worker.service").exists()


def test_the_commands_work_from_the_installed_tree(installed):
    root = installed
    assert root.run("guichet", "--version").stdout.strip() == f"guichet {VERSION}"
    assert root.run("guichet-central", "--version").stdout.strip() == f"guichet {VERSION}"
    env = {"GUICHET_DATA_DIR": "/var/lib/guichet-central/check"}
    root.run("install", "-d", "-o", "guichet-central", "-m", "0750", env["GUICHET_DATA_DIR"])
    root.run("guichet-central", "migrate", user="guichet-central", env=env)
    status = root.run("guichet-central", "status", user="guichet-central", env=env).stdout
    assert "head" in status or "revision" in status.lower()
    # The program's own modules come from /opt/guichet/venv, compiled there by the postinst.
    where = root.run(
        "/opt/guichet/venv/bin/python3",
        "-c",
        "import app.config as m, os; print(m.__file__); print(os.path.exists(m.__cached__))",
    ).stdout.split()
    assert where == ["/opt/guichet/venv/lib/python3.11/site-packages/app/config.py", "True"]
    assert (
        root.file("/opt/guichet/venv/bin/guichet")
        .read_text()
        .startswith("#!/opt/guichet/venv/bin/python3\n")
    )
    # Nothing names the folder the virtualenv was built in.
    leftover = root.run("grep", "-rla", "guichet-package-", "/opt/guichet", check=False)
    assert (leftover.returncode, leftover.stdout) == (1, "")


def test_every_unit_passes_systemd_analyze_verify(installed):
    root = installed
    units = [
        "/lib/systemd/system/guichet-kiosk.service",
        "/lib/systemd/system/guichet-out-of-order.service",
        "/lib/systemd/system/guichet-central-worker.service",
    ]
    verified = root.run("systemd-analyze", "verify", *units, check=False)
    ours = [line for line in (verified.stdout + verified.stderr).splitlines() if "guichet" in line]
    assert verified.returncode == 0, verified.stderr
    assert ours == []


def depends(root, package: str) -> set[str]:
    """The package names of a package's Depends (each alternative counted)."""
    text = root.run("dpkg-query", "-W", "-f", "${Depends}", package).stdout
    return {alt.split()[0] for group in text.split(",") for alt in group.split("|") if alt.strip()}


def test_the_terminal_brings_speech_and_its_sound(installed):
    """speech-dispatcher with espeak-ng, libspeechd for Qt's plugin and aplay for the PIN keys'
    tone come with guichet-terminal (apt installed them: no Recommends here); libpulse for the
    libQt6Multimedia that QtTextToSpeech links to comes with guichet."""
    root = installed
    assert set(SPEECH_PACKAGES) <= depends(root, "guichet-terminal")
    assert "libpulse0" in depends(root, "guichet")
    status = root.run("dpkg-query", "-W", "-f", "${Package} ${Status}\\n", *SPEECH_PACKAGES)
    assert set(status.stdout.splitlines()) == {f"{p} install ok installed" for p in SPEECH_PACKAGES}
    # The kiosk session's speech-dispatcher reads the guichet user's configuration: a link to
    # the package's conffile, made by the postinst (and by systemd-tmpfiles at each boot).
    assert os.readlink(root.file(USER_CONF)) == KIOSK_CONF
    conffiles = root.run("dpkg-query", "-W", "-f", "${Conffiles}", "guichet-terminal").stdout
    assert KIOSK_CONF in conffiles
    assert 'AudioOutputMethod "pulse,alsa"' in root.file(KIOSK_CONF).read_text()


def test_the_installed_program_speaks_through_alsa_when_no_sound_server_runs(installed, figures):
    """The installed virtualenv's QtTextToSpeech finds its speechd engine, starts
    speech-dispatcher as the guichet user, and the sentence reaches the sound card (ALSA's file
    plugin stands for it) through the fallback of guichet-terminal's configuration; the PIN
    keys' tone plays through aplay the same way. What PySide6-Addons' trim left out is gone."""
    root = installed
    asoundrc = root.file(f"{HOME}/.asoundrc")
    asoundrc.write_text(ASOUNDRC)
    root.run("chown", "guichet:guichet", f"{HOME}/.asoundrc")
    root.run("install", "-d", "-o", "guichet", "-g", "guichet", "-m", "0700", RUNTIME)
    env = {"HOME": HOME, "XDG_RUNTIME_DIR": RUNTIME, "LANG": "C.UTF-8"}
    sound = root.file(SOUND)
    try:
        started = time.monotonic()
        said = root.run("/opt/guichet/venv/bin/python3", "-c", SPEAK, user="guichet", env=env)
        figures["speech_check_seconds"] = round(time.monotonic() - started, 1)
        seen = json.loads(said.stdout.strip().splitlines()[-1])
        spoken = samples(sound)
        sound.unlink(missing_ok=True)
        wav = "/opt/guichet/venv/lib/python3.11/site-packages/resources/sounds/key.wav"
        root.run("aplay", "-q", wav, user="guichet", env=env)
        tone = samples(sound)
    finally:
        stop_speech_dispatcher(root.path)
        asoundrc.unlink(missing_ok=True)
        sound.unlink(missing_ok=True)
        root.run("rm", "-rf", RUNTIME)
    assert "speechd" in seen["engines"], seen
    assert seen["left_out_found"] == [], f"{LEFT_OUT} should not be installed"
    assert seen["locale"] == "fr_BE", seen
    assert seen["states"] == ["Speaking", "Ready"], (seen, said.stderr[-2000:])
    figures["speech_samples_rms"] = {"sentence": round(rms(spoken)), "tone": round(rms(tone))}
    assert len(spoken) > 8000 and rms(spoken) > 300  # a sentence said, not silence
    assert len(tone) > 500 and rms(tone) > 300


def test_the_kiosk_session_keeps_its_runtime_folder_and_the_sound_card(installed):
    """pam_systemd gives the kiosk session XDG_RUNTIME_DIR=/run/user/UID, where cage makes its
    Wayland socket and speech-dispatcher its own: the unit must not hide /run/user (as
    ProtectHome=yes would), and the guichet user plays sound through the audio group."""
    unit = installed.file("/lib/systemd/system/guichet-kiosk.service").read_text()
    settings: dict[str, list[str]] = {}
    for line in unit.splitlines():
        key, sep, value = line.partition("=")
        if sep and not line.startswith("#"):
            settings.setdefault(key.strip(), []).extend(value.split())
    assert settings.get("ProtectHome", ["no"])[-1] in ("no", "false")
    hidden = settings.get("InaccessiblePaths", []) + settings.get("TemporaryFileSystem", [])
    assert not any(p.lstrip("-").startswith("/run") for p in hidden), hidden
    assert "audio" in settings.get("SupplementaryGroups", [])
    assert installed.run("getent", "group", "audio").returncode == 0


def test_the_installed_program_sends_ready_under_a_headless_cage(installed, figures):
    """As the guichet user, with a configuration a real terminal could have (staff code hash,
    eID roots, the embedded central database migrated), without pcscd."""
    root = installed
    base = "/var/lib/guichet/cage-check"
    root.run("install", "-d", "-o", "guichet", "-g", "guichet", "-m", "0750", base, f"{base}/roots")
    root.run("guichet-card", "make-pki", f"{base}/pki", user="guichet")
    for name in ("rsa-root.cert.pem", "ec-root.cert.pem"):
        root.run("cp", f"{base}/pki/{name}", f"{base}/roots/{name}", user="guichet")
    env = {"GUICHET_DATA_DIR": f"{base}/data", "GUICHET_CONFIG": f"{base}/none.toml"}
    root.run("install", "-d", "-o", "guichet", "-m", "0750", env["GUICHET_DATA_DIR"])
    root.run("guichet-central", "migrate", user="guichet", env=env)
    staff_hash = root.run("guichet-central", "staff-code", input="135790\n").stdout.strip()
    root.run("install", "-d", "-o", "guichet", "-m", "0700", "/run/guichet-xdg")
    notify = NotifySocket(root.file("/run/guichet-notify/notify"))
    env.update(
        GUICHET_STAFF_CODE_HASH=staff_hash,
        GUICHET_TRUST_ROOTS=f"{base}/roots",
        GUICHET_TERMINAL_ID="borne-cage-1",
        XDG_RUNTIME_DIR="/run/guichet-xdg",
        WLR_BACKENDS="headless",
        WLR_RENDERER="pixman",
        WLR_LIBINPUT_NO_DEVICES="1",
        QT_QPA_PLATFORM="wayland",
        QT_WAYLAND_DISABLE_WINDOWDECORATION="1",
        NOTIFY_SOCKET="/run/guichet-notify/notify",
        PATH="/usr/bin:/bin",
        HOME="/var/lib/guichet",
        LANG="C.UTF-8",
    )
    command = [
        "chroot", str(root.path), "runuser", "-u", "guichet", "--", "env", "-i",
        *(f"{k}={v}" for k, v in env.items()),
        "cage", "-d", "--", "/usr/bin/guichet", "--mode", "kiosk",
    ]  # fmt: skip
    timings = []
    try:
        for attempt in range(5):
            notify.messages.clear()
            log = root.file(f"/tmp/cage-{attempt}.log")
            with log.open("w") as out:
                started = time.monotonic()
                proc = subprocess.Popen(
                    command, stdout=out, stderr=subprocess.STDOUT, start_new_session=True
                )
                try:
                    ready = notify.wait_for(
                        "READY=1", timeout=120, alive=lambda p=proc: p.poll() is None
                    )
                    elapsed = time.monotonic() - started
                    notify.drain(1.0)
                finally:
                    stop(proc)
            assert ready, f"no READY=1 from the program under cage:\n{log.read_text()[-3000:]}"
            statuses = [
                line for m in notify.messages for line in m.splitlines()
                if line.startswith("STATUS=")
            ]  # fmt: skip
            assert not any("out-of-order" in s for s in statuses), (statuses, log.read_text())
            timings.append(elapsed)
            notify_seen = list(notify.messages)
    finally:
        notify.close()
    figures["cage_notify_messages_last_start"] = notify_seen
    figures["cage_start_to_ready_seconds"] = {
        "median_of_5": round(statistics.median(timings), 2),
        "all": [round(t, 2) for t in timings],
    }


def stop(proc: subprocess.Popen) -> None:
    for sig, wait in ((signal.SIGTERM, 10), (signal.SIGKILL, 10)):
        try:
            os.killpg(proc.pid, sig)
        except ProcessLookupError:
            return
        try:
            proc.wait(wait)
            return
        except subprocess.TimeoutExpired:
            continue


QUEUE = f"""
import json
from app.sync.terminal import Outbox, open_terminal_db
outbox = Outbox(open_terminal_db("/var/lib/guichet/terminal.sqlite"), "borne-upgrade-1")
ids = [str(outbox.enqueue("account.password_reset", {{"member_niss": "{NISS}"}}, actor="member"))
       for _ in range({OUTBOX_OPERATIONS})]
print(json.dumps(ids))
"""

PENDING = """
import json
from sqlalchemy import select
from app.sync.terminal import OutboxEntry, open_terminal_db
with open_terminal_db("/var/lib/guichet/terminal.sqlite").connect() as c:
    rows = c.execute(select(OutboxEntry.operation_id, OutboxEntry.state)).all()
print(json.dumps({str(i): str(s.value if hasattr(s, "value") else s) for i, s in rows}))
"""

PUSH = """
import json
from sqlalchemy import func, select
from app.store import migrate
from app.store.db import make_engine
from app.store.models import InboxOperation
from app.sync.terminal import open_terminal_db
from app.sync.worker import SyncWorker
central = make_engine("sqlite:////var/lib/guichet/upgrade-central.sqlite")
migrate.upgrade(central)
terminal = open_terminal_db("/var/lib/guichet/terminal.sqlite")
for _ in range(2):  # a second exchange must send nothing again
    SyncWorker(terminal, central, "borne-upgrade-1").run_once()
with central.connect() as c:
    rows = c.execute(select(InboxOperation.operation_id, func.count())
                     .group_by(InboxOperation.operation_id)).all()
print(json.dumps({str(i): n for i, n in rows}))
"""


def test_an_unattended_upgrade_keeps_the_outbox_and_sends_each_operation_once(
    installed, packages, figures
):
    root = installed
    python = "/opt/guichet/venv/bin/python3"
    queued = json.loads(root.run(python, "-c", QUEUE, user="guichet").stdout)
    assert len(queued) == OUTBOX_OPERATIONS
    before = json.loads(root.run(python, "-c", PENDING, user="guichet").stdout)

    settings = root.file("/etc/guichet/guichet.toml")
    enrolled = settings.read_text() + 'terminal_id = "borne-upgrade-1"\n'
    settings.write_text(enrolled)  # as guichet-enrol writes it

    make_repo(packages, packages["all"], root.file(REPO_IN_ROOT))  # the new version published
    root.apt("update")
    started = time.monotonic()
    upgrade = root.run("unattended-upgrade", "-v", check=False)
    figures["unattended_upgrade_seconds"] = round(time.monotonic() - started, 1)
    assert installed_versions(root) == dict.fromkeys(PACKAGES, CURRENT), (
        upgrade.stdout[-3000:] + upgrade.stderr[-3000:]
    )

    assert settings.read_text() == enrolled  # the terminal's settings kept, nothing asked
    after = json.loads(root.run(python, "-c", PENDING, user="guichet").stdout)
    assert after == before
    assert set(queued) <= set(after)
    assert {after[i] for i in queued} == {before[i] for i in queued}

    arrived = json.loads(root.run(python, "-c", PUSH, user="guichet").stdout)
    assert {i: arrived.get(i) for i in queued} == dict.fromkeys(queued, 1)
    settled = json.loads(root.run(python, "-c", PENDING, user="guichet").stdout)
    assert all(settled[i] != before[i] for i in queued)  # no longer waiting to be sent


def test_purge_removes_what_the_packages_made(installed):
    root = installed
    root.apt("purge", *PACKAGES)
    assert installed_versions(root) == {}
    for user in ("guichet", "guichet-central"):
        assert root.run("getent", "passwd", user, check=False).returncode != 0
        assert root.run("getent", "group", user, check=False).returncode != 0
    for path in (
        "/var/lib/guichet", "/var/lib/guichet-central", "/etc/guichet", "/etc/guichet-central",
        "/opt/guichet", "/usr/bin/guichet", "/etc/systemd/system/ctrl-alt-del.target",
        "/etc/systemd/system/graphical.target.wants/guichet-kiosk.service",
        "/etc/apt/sources.list.d/guichet.sources",
        "/etc/apt/apt.conf.d/52guichet-unattended-upgrades",
        "/usr/share/keyrings/guichet-archive-keyring.gpg",
    ):  # fmt: skip
        assert not os.path.lexists(root.file(path)), path
