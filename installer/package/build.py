"""Builds Guichet's Debian 12 packages and their signed apt repository (make package, make repo).

    python installer/package/build.py package [--out var/dist] [--revision 1] [--compress xz]
    python installer/package/build.py repo [--dist var/dist] [--out var/repo]
    python installer/package/build.py key       # the repository's public keyring (made once)

Plain `dpkg-deb` driven by this script rather than dh-virtualenv: dh-virtualenv wants a debian/
source tree and runs the whole debhelper sequence (dh_shlibdeps, dh_strip, dh_python3) over the
wheels' bundled libraries, which we would then have to switch off one by one; here the three
binary packages are built from a file tree each, the virtualenv comes only from the hash-locked
wheelhouse, and the same staging tree is packed again under another version for the upgrade test.

The virtualenv is made at a staging path with Debian's /usr/bin/python3 and moved in the package
to /opt/guichet/venv: the scripts' shebangs and `activate` are rewritten, no .pyc is shipped (the
postinst compiles them for the final path, the prerm removes them, as Debian's py3compile does),
and the build fails if the staging path is left in any file. Of PySide6-Addons only
QtTextToSpeech and what it loads is kept (addons.py).

The builder's other modules, beside this script: common.py (shared helpers), wheels.py (the
hash-locked wheelhouse), addons.py (the Addons trim), repository.py (the key and the repository).
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import io
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import tomllib
from email.utils import formatdate
from pathlib import Path

import addons
from common import HERE, KEYRING_NAME, PYTHON, TREE, link_or_copy, log, run, sha256
from repository import cmd_key, cmd_repo, ensure_key
from wheels import builder_pip, guichet_wheel, libc_floor, wheelhouse

VENV_PATH = "/opt/guichet/venv"
MAINTAINER = "Guichet maintainers <guichet@mutuality.invalid>"
DEFAULT_APT_URL = "https://apt.guichet.invalid/"
COMMANDS = ("guichet", "guichet-central", "guichet-card", "guichet-enrol", "guichet-out-of-order")

# What the wheels bundled in the virtualenv load from the system (PySide6's Qt on Wayland,
# pyscard's libpcsclite); the libraries the wheels carry themselves are not scanned, as
# Synapse's packaging skips dh_shlibdeps for them. libc6's floor comes from the wheels' tags.
GUICHET_DEPENDS = [
    "python3 (>= 3.11)",
    "python3 (<< 3.12)",
    "libpcsclite1",
    "libstdc++6",
    "libgcc-s1",
    "zlib1g",
    "libzstd1",
    "libglib2.0-0",
    "libgl1",
    "libegl1",
    "libfontconfig1",
    "libfreetype6",
    "libdbus-1-3",
    "libxkbcommon0",
    "libwayland-client0",
    "libwayland-cursor0",
    "libwayland-egl1",
    "fonts-dejavu-core",
    # libQt6Multimedia, which QtTextToSpeech links to (the one part of PySide6-Addons kept)
    "libpulse0",
]
# Qt's xcb platform (counter mode on an X11 desktop); the kiosk runs on Wayland.
GUICHET_RECOMMENDS = [
    "libx11-6",
    "libx11-xcb1",
    "libxcb-cursor0",
    "libxcb-icccm4",
    "libxcb-keysyms1",
    "libxcb-image0",
    "libxcb-render-util0",
    "libxcb-shape0",
    "libxcb-xkb1",
    "libxcb-randr0",
    "libxcb-xinerama0",
    "libxkbcommon-x11-0",
    # QtTextToSpeech's speechd engine (speech guidance: a kiosk's, from guichet-terminal)
    "libspeechd2",
]
TERMINAL_DEPENDS = [
    "guichet (= {version})",
    "cage",
    "xwayland",
    "systemd",
    "libpam-systemd",
    "udev",
    "pcscd",
    "libccid",
    "cups-daemon",
    "cups-client",
    "cups-core-drivers",
    "adduser",
    "unattended-upgrades",
    "ca-certificates",
    # Speech guidance (issue 17): QtTextToSpeech's speechd plugin (libspeechd2) starts
    # speech-dispatcher in the kiosk session, which speaks with espeak-ng (fr-BE, nl, de, en)
    # through ALSA when no sound server runs (/etc/guichet/speech-dispatcher/speechd.conf);
    # aplay (alsa-utils) plays the PIN keys' tone.
    "speech-dispatcher",
    "speech-dispatcher-espeak-ng",
    "espeak-ng",
    "libspeechd2",
    "alsa-utils",
]
# The Belgian eID middleware (its own repository): apt skips it where it cannot be found.
TERMINAL_RECOMMENDS = ["libbeidpkcs11-0"]
CENTRAL_DEPENDS = ["guichet (= {version})", "systemd", "adduser"]
CENTRAL_RECOMMENDS = ["postgresql-client"]

DESCRIPTIONS = {
    "guichet": (
        "self-service terminal and counter software of a mutuality",
        "The program (PySide6/Qt, pyscard, SQLAlchemy) of a Belgian mutuality's\n"
        "self-service terminals and counters, in a virtualenv under /opt/guichet,\n"
        "with its commands guichet, guichet-central, guichet-card, guichet-enrol\n"
        "and guichet-out-of-order.",
    ),
    "guichet-terminal": (
        "self-service terminal as a locked-down appliance (Guichet)",
        "The kiosk session of a Guichet terminal: the guichet system user, the\n"
        "guichet-kiosk unit (cage on tty1, systemd watchdog, out-of-order screen\n"
        "after repeated failures), the configuration skeleton in /etc/guichet, the\n"
        "hardening drop-ins (no console switching, no SysRq, power keys ignored,\n"
        "no screen blanking) and the Guichet apt repository with unattended\n"
        "upgrades.",
    ),
    "guichet-central": (
        "central worker service of Guichet",
        "The central side of Guichet as a service: the guichet-central user, the\n"
        "guichet-central-worker unit (applies the operations terminals push, and\n"
        "runs the gatekeeper on PostgreSQL) and its configuration skeleton.",
    ),
}


def upstream_version() -> str:
    with (TREE / "pyproject.toml").open("rb") as fh:
        return tomllib.load(fh)["project"]["version"]


# --- the virtualenv -----------------------------------------------------------------------------


def build_venv(stage: Path, pip: list[str], work: Path) -> str:
    """Fills <stage>/opt/guichet/venv; returns libc6's version floor."""
    house = wheelhouse(pip)
    own = guichet_wheel(pip, work)
    wheels = sorted(house.glob("*.whl"))
    # Only the newest wheel of each locked distribution that suits this interpreter is the
    # one pip picks; every one in the wheelhouse is listed with its hash so that none can
    # change between here and the install.
    reqs = work / "wheels.txt"
    lines: dict[str, list[str]] = {}
    for wheel in [*wheels, own]:
        name, version = wheel.name.split("-")[:2]
        lines.setdefault(f"{name}=={version}", []).append(f"--hash=sha256:{sha256(wheel)}")
    reqs.write_text("".join(f"{req} {' '.join(h)}\n" for req, h in lines.items()))
    find = work / "find"
    find.mkdir()
    for wheel in [*wheels, own]:
        link_or_copy(wheel, find / wheel.name)

    venv = stage / VENV_PATH.lstrip("/")
    venv.parent.mkdir(parents=True)
    run(PYTHON, "-m", "venv", "--without-pip", venv)
    log("virtualenv: installing the wheelhouse (no index, hashes required)")
    run(
        *pip,
        "--python",
        venv / "bin" / "python3",
        "install",
        "--quiet",
        "--no-index",
        "--no-deps",
        "--no-compile",
        "--require-hashes",
        "--find-links",
        find,
        "-r",
        reqs,
    )
    # A dependency pyproject.toml gained since the last `make lock` is missing here: say so.
    check = subprocess.run(
        [*pip, "--python", str(venv / "bin" / "python3"), "check"], capture_output=True, text=True
    )
    if check.returncode != 0:
        raise SystemExit(f"the locked set is incomplete (run `make lock`):\n{check.stdout}")
    kept, removed = addons.trim(venv)
    addons.check_links(venv)
    log(f"PySide6-Addons: {kept / 1e6:.0f} MB kept (QtTextToSpeech), {removed / 1e6:.0f} MB not")
    relocate(venv)
    # The wheels' own compiled files (PySide6 ships some) go: the postinst compiles them all
    # for the installed path. Debugging symbols go too, as dh_strip does.
    for cache in sorted(venv.rglob("__pycache__"), reverse=True):
        shutil.rmtree(cache)
    strip(venv)
    return libc_floor(wheels)


def strip(tree: Path) -> None:
    elves = []
    for path in tree.rglob("*"):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as fh:
                if fh.read(4) == b"\x7fELF":
                    elves.append(str(path))
    if elves:
        run(
            "strip",
            "--strip-unneeded",
            "--remove-section=.comment",
            "--remove-section=.note",
            *elves,
        )


def relocate(venv: Path) -> None:
    """Rewrites the staging path to /opt/guichet/venv in every text file that names it."""
    old = str(venv).encode()
    new = VENV_PATH.encode()
    for path in venv.rglob("*"):
        if path.is_symlink():
            if str(venv) in os.readlink(path):
                raise SystemExit(f"symlink {path} points into the staging tree")
            continue
        if not path.is_file():
            continue
        data = path.read_bytes()
        if old not in data:
            continue
        if b"\0" in data:
            raise SystemExit(f"binary file {path} names the staging path: cannot relocate")
        path.write_bytes(data.replace(old, new))
    for junk in ("Activate.ps1", "activate.csh", "activate.fish"):
        (venv / "bin" / junk).unlink(missing_ok=True)


# --- the package trees --------------------------------------------------------------------------


def copy_template(src: Path, dest: Path, values: dict[str, str]) -> None:
    for path in sorted(src.rglob("*")):
        target = dest / path.relative_to(src)
        if path.is_dir():
            target.mkdir(parents=True, exist_ok=True)
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        text = path.read_text()
        for key, value in values.items():
            text = text.replace(f"@{key}@", value)
        target.write_text(text)
        target.chmod(0o755 if os.access(path, os.X_OK) else 0o644)


def normalise_modes(root: Path) -> None:
    """0755 directories, 0644 files, 0755 only for scripts and ELF programs (not libraries)."""
    for path in [root, *root.rglob("*")]:
        if path.is_symlink():
            continue
        if path.is_dir():
            path.chmod(0o755)
            continue
        mode = path.stat().st_mode
        executable = False
        if mode & 0o111:
            with path.open("rb") as fh:
                head = fh.read(4)
            executable = head[:2] == b"#!" or (head == b"\x7fELF" and ".so" not in path.name)
        path.chmod(0o755 if executable else 0o644)


def installed_size(root: Path) -> int:
    total = 0
    for path in root.rglob("*"):
        if path.is_relative_to(root / "DEBIAN"):
            continue
        total += path.lstat().st_size if path.is_file() or path.is_symlink() else 4096
    return (total + 1023) // 1024


def changelog(package: str, version: str) -> bytes:
    text = (
        f"{package} ({version}) bookworm; urgency=medium\n\n"
        f"  * Guichet {version.split('-')[0]}, built from the project's tree.\n\n"
        f" -- {MAINTAINER}  {formatdate(source_date_epoch(), localtime=False)}\n"
    )
    buf = io.BytesIO()
    with gzip.GzipFile(fileobj=buf, mode="wb", compresslevel=9, mtime=0, filename="") as gz:
        gz.write(text.encode())
    return buf.getvalue()


def source_date_epoch() -> int:
    if "SOURCE_DATE_EPOCH" in os.environ:
        return int(os.environ["SOURCE_DATE_EPOCH"])
    try:
        out = subprocess.run(
            ["git", "-C", str(TREE), "log", "-1", "--format=%ct"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        return int(out)
    except (subprocess.CalledProcessError, ValueError, FileNotFoundError):
        return int(time.time())


def finish_package(
    root: Path,
    package: str,
    version: str,
    arch: str,
    depends: list[str],
    recommends: list[str],
) -> None:
    doc = root / "usr/share/doc" / package
    doc.mkdir(parents=True, exist_ok=True)
    shutil.copy2(HERE / "copyright", doc / "copyright")
    (doc / "changelog.Debian.gz").write_bytes(changelog(package, version))
    lintian = HERE / package / "lintian-overrides"
    if lintian.is_file():
        target = root / "usr/share/lintian/overrides" / package
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(lintian, target)
    control_dir = root / "DEBIAN"
    control_dir.mkdir(exist_ok=True)
    for script in ("preinst", "postinst", "prerm", "postrm"):
        src = HERE / package / script
        if src.is_file():
            shutil.copy2(src, control_dir / script)
    normalise_modes(root)
    for script in ("preinst", "postinst", "prerm", "postrm"):
        if (control_dir / script).is_file():
            (control_dir / script).chmod(0o755)

    conffiles = (
        sorted(
            "/" + str(p.relative_to(root))
            for p in (root / "etc").rglob("*")
            if p.is_file() and not p.is_symlink()
        )
        if (root / "etc").is_dir()
        else []
    )
    if conffiles:
        (control_dir / "conffiles").write_text("".join(f"{c}\n" for c in conffiles))
        (control_dir / "conffiles").chmod(0o644)
    md5 = []
    for path in sorted(root.rglob("*")):
        rel = path.relative_to(root)
        if rel.parts[0] == "DEBIAN" or path.is_symlink() or not path.is_file():
            continue
        if "/" + str(rel) in conffiles:
            continue
        md5.append(f"{hashlib.md5(path.read_bytes()).hexdigest()}  {rel}\n")
    (control_dir / "md5sums").write_text("".join(md5))
    (control_dir / "md5sums").chmod(0o644)

    summary, long = DESCRIPTIONS[package]
    fields = [
        ("Package", package),
        ("Version", version),
        ("Architecture", arch),
        ("Maintainer", MAINTAINER),
        ("Installed-Size", str(installed_size(root))),
        ("Depends", ", ".join(d.format(version=version) for d in depends)),
        ("Recommends", ", ".join(recommends)),
        ("Section", "misc"),
        ("Priority", "optional"),
        ("Description", summary + "\n" + "\n".join(f" {ln}" for ln in long.splitlines())),
    ]
    control = "".join(f"{k}: {v}\n" for k, v in fields if v)
    (control_dir / "control").write_text(control)
    (control_dir / "control").chmod(0o644)


def set_version(root: Path, package: str, version: str) -> None:
    """Rewrites a finished tree's control and changelog for another version (the test's
    previous version is the same tree packed under a lower Debian revision)."""
    control = root / "DEBIAN/control"
    skeleton = root / "etc/guichet/guichet.toml"
    if skeleton.is_file():
        # The previous version's skeleton differs by a line, so that the upgrade meets a
        # conffile both the package and the terminal (guichet-enrol) changed, as it will.
        skeleton.write_text(skeleton.read_text() + f"# (the skeleton of {version})\n")
    text = control.read_text()
    text = re.sub(r"^Version: .*$", f"Version: {version}", text, flags=re.M)
    text = re.sub(r"guichet \(= [^)]*\)", f"guichet (= {version})", text)
    control.write_text(text)
    log_path = root / "usr/share/doc" / package / "changelog.Debian.gz"
    log_path.write_bytes(changelog(package, version))
    md5 = root / "DEBIAN/md5sums"
    rel = f"usr/share/doc/{package}/changelog.Debian.gz"
    lines = [
        f"{hashlib.md5(log_path.read_bytes()).hexdigest()}  {rel}\n"
        if line.endswith(f"  {rel}")
        else line + "\n"
        for line in md5.read_text().splitlines()
    ]
    md5.write_text("".join(lines))


def dpkg_deb(root: Path, out: Path, compress: str, level: str | None) -> Path:
    control = (root / "DEBIAN/control").read_text()
    package = re.search(r"^Package: (.*)$", control, re.M).group(1)
    version = re.search(r"^Version: (.*)$", control, re.M).group(1)
    arch = re.search(r"^Architecture: (.*)$", control, re.M).group(1)
    deb = out / f"{package}_{version}_{arch}.deb"
    cmd = ["dpkg-deb", "--root-owner-group", f"-Z{compress}"]
    if level is not None:
        cmd.append(f"-z{level}")
    env = {**os.environ, "SOURCE_DATE_EPOCH": str(source_date_epoch())}
    subprocess.run(
        [*cmd, "--build", str(root), str(deb)], check=True, env=env, stdout=subprocess.DEVNULL
    )
    return deb


def check_no_staging(root: Path, staging: str) -> None:
    needle = staging.encode()
    for path in root.rglob("*"):
        if path.is_symlink():
            bad = staging in os.readlink(path)
        elif path.is_file():
            bad = needle in path.read_bytes()
        else:
            bad = False
        if bad:
            raise SystemExit(f"{path} still names the staging path {staging}")


def build_trees(work: Path, pip: list[str], version: str, apt_url: str, keyring: Path) -> dict:
    stage = work / "trees"
    trees = {name: stage / name for name in ("guichet", "guichet-terminal", "guichet-central")}
    for tree in trees.values():
        tree.mkdir(parents=True)

    g = trees["guichet"]
    libc = build_venv(g, pip, work)
    (g / "usr/bin").mkdir(parents=True)
    for command in COMMANDS:
        if not (g / VENV_PATH.lstrip("/") / "bin" / command).is_file():
            raise SystemExit(f"the wheel installed no {command} command")
        (g / "usr/bin" / command).symlink_to(f"{VENV_PATH}/bin/{command}")
    finish_package(
        g,
        "guichet",
        version,
        "amd64",
        [f"libc6 (>= {libc})", *GUICHET_DEPENDS],
        GUICHET_RECOMMENDS,
    )

    t = trees["guichet-terminal"]
    copy_template(HERE / "guichet-terminal" / "root", t, {"APT_URL": apt_url})
    (t / "usr/share/keyrings").mkdir(parents=True, exist_ok=True)
    shutil.copy2(keyring, t / "usr/share/keyrings" / KEYRING_NAME)
    finish_package(t, "guichet-terminal", version, "all", TERMINAL_DEPENDS, TERMINAL_RECOMMENDS)

    c = trees["guichet-central"]
    copy_template(HERE / "guichet-central" / "root", c, {})
    finish_package(c, "guichet-central", version, "all", CENTRAL_DEPENDS, CENTRAL_RECOMMENDS)

    for tree in trees.values():
        check_no_staging(tree, str(work))
    return trees


def cmd_package(args: argparse.Namespace) -> None:
    started = time.monotonic()
    out = Path(args.out).resolve()
    out.mkdir(parents=True, exist_ok=True)
    keyring = ensure_key(args)
    pip = builder_pip()
    upstream = upstream_version()
    version = f"{upstream}-{args.revision}"
    with tempfile.TemporaryDirectory(prefix="guichet-package-") as tmp:
        work = Path(tmp)
        trees = build_trees(work, pip, version, args.apt_url, keyring)
        built = []
        for tree in trees.values():
            built.append(dpkg_deb(tree, out, args.compress, args.level))
        for previous in args.also_revision or []:
            prev_version = f"{upstream}-{previous}"
            for name, tree in trees.items():
                set_version(tree, name, prev_version)
                built.append(dpkg_deb(tree, out, args.compress, args.level))
    for deb in built:
        log(f"{deb.name}: {deb.stat().st_size / 1e3:,.0f} kB")
    log(f"built in {time.monotonic() - started:.0f} s")
    if args.lintian:
        lintian([d for d in built if version in d.name])


def lintian(debs: list[Path]) -> None:
    started = time.monotonic()
    proc = subprocess.run(
        ["lintian", "--tag-display-limit", "0", *map(str, debs)],
        capture_output=True,
        text=True,
    )
    print(proc.stdout, end="")
    print(proc.stderr, end="", file=sys.stderr)
    log(f"lintian took {time.monotonic() - started:.0f} s")
    errors = [ln for ln in proc.stdout.splitlines() if ln.startswith("E:")]
    if errors or proc.returncode not in (0, 1):
        raise SystemExit(f"lintian: {len(errors)} error(s)")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--key-dir",
        default=str(TREE / "var" / "repo-key"),
        help="GNUPGHOME of the development key and where the keyring goes",
    )
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("package", help="build the three .deb files")
    p.add_argument("--out", default=str(TREE / "var" / "dist"))
    p.add_argument("--revision", default="1", help="Debian revision (version = pyproject's-REV)")
    p.add_argument(
        "--also-revision",
        action="append",
        help="also pack the same tree under this (lower) revision, e.g. 0",
    )
    p.add_argument("--compress", default="xz", choices=("xz", "gzip", "zstd", "none"))
    p.add_argument("--level", default=None, help="compression level (dpkg-deb -z)")
    p.add_argument(
        "--apt-url",
        default=DEFAULT_APT_URL,
        help="the Guichet repository the terminals follow (a file: URL works too)",
    )
    p.add_argument("--lintian", action="store_true", help="run lintian on the packages built")
    p.set_defaults(func=cmd_package)
    r = sub.add_parser("repo", help="make the signed apt repository from the .deb files")
    r.add_argument("--dist", default=str(TREE / "var" / "dist"))
    r.add_argument("--out", default=str(TREE / "var" / "repo"))
    r.set_defaults(func=cmd_repo)
    k = sub.add_parser("key", help="make (once) and export the repository's public keyring")
    k.set_defaults(func=cmd_key)
    args = parser.parse_args(argv)
    args.func(args)


if __name__ == "__main__":
    main()
