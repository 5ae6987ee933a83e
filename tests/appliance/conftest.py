"""The packages built once per session, their signed repository, and a clean Debian 12 root."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.appliance.root import Root, cache_dir, require, root_tarball

TREE = Path(__file__).resolve().parents[2]
BUILD = TREE / "installer" / "package" / "build.py"
REPO_IN_ROOT = "/srv/guichet-repo"
APT_URL = f"file:{REPO_IN_ROOT}/"
TOOLS = ("mmdebstrap", "dpkg-deb", "apt-ftparchive", "gpg", "chroot", "mount", "lintian")
FIGURES = TREE / "var" / "appliance-figures.json"

# Every test module here carries: pytestmark = MARKS (`-m "not appliance"` leaves them out). The
# first test's set-up builds the packages and the root: minutes on a fresh machine.
MARKS = [pytest.mark.appliance, pytest.mark.slow, pytest.mark.timeout(900)]


@pytest.fixture(scope="session")
def figures():
    """Measurements for the closing note, written to var/appliance-figures.json (no assertion
    on any of them: timings live outside the pass/fail of the suite)."""
    found: dict[str, object] = {}
    yield found
    FIGURES.parent.mkdir(parents=True, exist_ok=True)
    FIGURES.write_text(json.dumps(found, indent=2, sort_keys=True) + "\n")


@pytest.fixture(scope="session")
def as_root():
    if os.geteuid() != 0:
        pytest.skip("the clean-root install check needs root (chroot, mounts, apt in the root)")
    missing = require(TOOLS)
    assert not missing, f"missing {missing}: installer/debian-packages.txt lists them (make deps)"


def build(*args: str) -> None:
    subprocess.run([sys.executable, str(BUILD), *args], check=True, cwd=TREE)


@pytest.fixture(scope="session")
def packages(as_root, tmp_path_factory, figures):
    """The three packages at version X-1 and the same tree packed as X-0 (the 'previous'
    version for the upgrade), gzip -1 for speed; the wheelhouse is cached between runs."""
    work = tmp_path_factory.mktemp("packages")
    key_dir = work / "key"
    started = time.monotonic()
    build(
        "--key-dir",
        str(key_dir),
        "package",
        "--out",
        str(work / "dist"),
        "--revision",
        "1",
        "--also-revision",
        "0",
        "--compress",
        "gzip",
        "--level",
        "1",
        "--apt-url",
        APT_URL,
    )
    figures["package_build_seconds"] = round(time.monotonic() - started, 1)
    debs = sorted((work / "dist").glob("*.deb"))
    figures["package_sizes_kb_gzip1"] = {
        d.name: round(d.stat().st_size / 1e3) for d in debs if "-1_" in d.name
    }
    previous, current = work / "previous", work / "current"
    previous.mkdir()
    current.mkdir()
    for deb in debs:
        (previous if "-0_" in deb.name else current).joinpath(deb.name).symlink_to(deb)
    # lintian takes about two minutes on the 130 MB guichet package: it runs in the background
    # while the install checks (mostly apt and dpkg, one core) go on; test_packages.py reads it.
    report = (work / "lintian.txt").open("w")
    lintian = subprocess.Popen(
        ["lintian", "--tag-display-limit", "0", *map(str, sorted(current.iterdir()))],
        stdout=report,
        stderr=subprocess.STDOUT,
        text=True,
    )
    yield {
        "work": work,
        "key_dir": key_dir,
        "previous": previous,
        "all": work / "dist",
        "lintian": (lintian, work / "lintian.txt", time.monotonic()),
    }
    if lintian.poll() is None:
        lintian.kill()
        lintian.wait()
    report.close()
    shutil.rmtree(work, ignore_errors=True)  # some 400 MB of packages


def make_repo(packages, dist: Path, out: Path, key_dir: Path | None = None) -> None:
    build(
        "--key-dir",
        str(key_dir or packages["key_dir"]),
        "repo",
        "--dist",
        str(dist),
        "--out",
        str(out),
    )


@pytest.fixture(scope="session")
def clean_root(as_root, tmp_path_factory, figures):
    started = time.monotonic()
    tarball = root_tarball()
    figures["clean_root_tarball_seconds"] = round(time.monotonic() - started, 1)
    root = Root.extract(tarball, tmp_path_factory.mktemp("root") / "root")
    archives = cache_dir() / "apt-archives"
    try:
        with root.mounted(archives=archives):
            yield root
    finally:
        root.remove()
