"""The wheelhouse the virtualenv is made from: every locked distribution as a wheel, built
with Debian's own python3, and the guichet wheel from the working tree."""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

from common import PYTHON, TREE, cache_dir, log, run

LOCK = TREE / "installer" / "requirements.lock"


def builder_pip() -> list[str]:
    """pip in a virtualenv of Debian's own /usr/bin/python3 (kept in the cache): the wheels
    built from source (pyscard) are then built for the interpreter the package runs on, never
    for whichever Python runs this script (the dev .venv may come from elsewhere, e.g. pyenv)."""
    version = subprocess.run(
        [PYTHON, "-c", "import platform; print(platform.python_version())"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    builder = cache_dir() / f"builder-python{version}"
    python = builder / "bin" / "python3"
    if not (builder / ".complete").is_file():
        shutil.rmtree(builder, ignore_errors=True)
        run(PYTHON, "-m", "venv", builder)
        (builder / ".complete").touch()
    return [str(python), "-m", "pip", "--disable-pip-version-check"]


def pip_env() -> dict[str, str]:
    """Its own pip cache: a wheel that another Python built (pip's wheel cache is keyed by the
    wheel's tags, not by the interpreter) must never end up in the package."""
    return {**os.environ, "PIP_CACHE_DIR": str(cache_dir() / "pip")}


def wheelhouse(pip: list[str]) -> Path:
    """Every locked distribution as a wheel, downloaded once per lock file (hashes checked).

    pyscard has no Linux wheel on PyPI: `pip wheel` builds it from its sdist, whose hash the lock
    checks (its build requirements come from the index, as with any sdist).
    """
    interpreter = subprocess.run(
        [*pip[:1], "-c", "import sys; print(sys.version)"], capture_output=True, check=True
    ).stdout
    digest = hashlib.sha256(LOCK.read_bytes() + interpreter).hexdigest()[:16]
    house = cache_dir() / f"wheelhouse-{digest}"
    if (house / ".complete").is_file():
        return house
    tmp = house.with_name(house.name + ".tmp")
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    log(f"wheelhouse: downloading and building the locked wheels into {house}")
    run(
        *pip,
        "wheel",
        "--quiet",
        "--no-deps",
        "--use-pep517",
        "--require-hashes",
        "-r",
        LOCK,
        "-w",
        tmp,
        env=pip_env(),
    )
    (tmp / ".complete").touch()
    shutil.rmtree(house, ignore_errors=True)
    tmp.rename(house)
    return house


def guichet_wheel(pip: list[str], into: Path) -> Path:
    """The guichet wheel from a copy of the working tree (with the built .qm translations)."""
    missing = [
        ts
        for ts in (TREE / "resources/translations").glob("*.ts")
        if not ts.with_suffix(".qm").is_file()
    ]
    if missing:
        sys.exit(f"translations not built ({missing[0].name}): run `make translations` first")
    src = into / "src"
    skip = shutil.ignore_patterns(
        ".git",
        ".venv",
        "var",
        "dist",
        "build",
        "tests",
        "*.egg-info",
        "__pycache__",
        ".pytest_cache",
        ".ruff_cache",
        ".hypothesis",
        "*.pyc",
    )
    shutil.copytree(TREE, src, ignore=skip)
    run(*pip, "wheel", "--quiet", "--no-deps", "-w", into / "wheel", src, env=pip_env())
    (wheel,) = (into / "wheel").glob("guichet-*.whl")
    return wheel


def libc_floor(wheels: list[Path]) -> str:
    """The highest glibc a wheel's manylinux tag asks for, as a libc6 version."""
    best = (2, 17)
    for wheel in wheels:
        for major, minor in re.findall(r"manylinux_(\d+)_(\d+)_x86_64", wheel.name):
            best = max(best, (int(major), int(minor)))
        if "manylinux2014" in wheel.name:
            best = max(best, (2, 17))
    return f"{best[0]}.{best[1]}"
