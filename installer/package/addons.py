"""PySide6-Addons in the package: only what Guichet loads from it (speech, issue 17).

The Addons wheel is some 175 MB of wheels (440 MB installed: WebEngine, 3D, Charts, Multimedia's
FFmpeg…); Guichet loads one module of it, QtTextToSpeech (ui/speech.py). What that module needs
was read from the libraries themselves (`readelf -d`) and from a process that spoke through the
speechd engine (/proc/self/maps): the binding, libQt6TextToSpeech, libQt6Multimedia (which it
links to; Multimedia's FFmpeg plugins are never loaded) and the engine plugins (speechd, and mock
for the tests). Every other file of the wheel goes, and the wheel's RECORD is written again for
the files kept, so that pip still knows exactly what it installed.

`check_links` then fails the build if a library kept needs a Qt library the virtualenv no longer
holds (a later Qt whose TextToSpeech links to QtQml, say): the trim is re-read at every build.
"""

from __future__ import annotations

import csv
import fnmatch
import io
import re
import subprocess
from pathlib import Path

DIST = "pyside6_addons"
KEEP = (
    "PySide6/QtTextToSpeech.abi3.so",
    "PySide6/QtTextToSpeech.pyi",
    "PySide6/Qt/lib/libQt6TextToSpeech.so*",
    "PySide6/Qt/lib/libQt6Multimedia.so*",
    "PySide6/Qt/plugins/texttospeech/*",
)
# The libraries the wheels bring themselves; any other name a library needs is the system's
# (glibc, libpulse0 for libQt6Multimedia, libspeechd2 for the speechd plugin: the Depends).
BUNDLED = re.compile(r"lib(Qt6|pyside6|shiboken6|icu)")


def site_packages(venv: Path) -> Path:
    (found,) = (venv / "lib").glob("python3.*/site-packages")
    return found


def records(info: Path) -> list[list[str]]:
    with (info / "RECORD").open(newline="") as fh:
        return list(csv.reader(fh))


def trim(venv: Path) -> tuple[int, int]:
    """Removes the Addons files Guichet never loads; returns (bytes kept, bytes removed)."""
    site = site_packages(venv)
    (info,) = site.glob(f"{DIST}-*.dist-info")
    info_name = info.name
    # A file that another distribution lists too (PySide6/__init__.py, the .pyi stubs of
    # Essentials' modules) stays: it is that distribution's as well.
    others = {
        row[0] for other in site.glob("*.dist-info") if other != info for row in records(other)
    }
    kept_rows, kept, removed = [], 0, 0
    for row in records(info):
        path = row[0]
        target = site / path
        wanted = (
            path.startswith(f"{info_name}/")
            or path in others
            or any(fnmatch.fnmatchcase(path, pattern) for pattern in KEEP)
        )
        if wanted:
            kept_rows.append(row)
            if target.is_file():
                kept += target.stat().st_size
            continue
        if target.is_file() or target.is_symlink():
            removed += target.lstat().st_size
            target.unlink()
    for folder in sorted((site / "PySide6").rglob("*"), key=lambda p: -len(p.parts)):
        if folder.is_dir() and not any(folder.iterdir()):
            folder.rmdir()
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(kept_rows)
    (info / "RECORD").write_text(out.getvalue())
    missing = [p for p in KEEP if not any(fnmatch.fnmatchcase(r[0], p) for r in kept_rows)]
    if missing:
        raise SystemExit(f"PySide6-Addons no longer ships {missing}: read addons.py again")
    return kept, removed


def needed(library: Path) -> list[str]:
    out = subprocess.run(
        ["readelf", "-d", str(library)], capture_output=True, text=True, check=True
    ).stdout
    return re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", out)


def check_links(venv: Path) -> None:
    """Every Qt, PySide6 or shiboken6 library the QtTextToSpeech chain needs is in the
    virtualenv (the system's own libraries are the Depends' business, checked on install)."""
    site = site_packages(venv)
    folders = [site / "PySide6" / "Qt" / "lib", site / "PySide6", site / "shiboken6"]
    todo = [
        site / "PySide6" / "QtTextToSpeech.abi3.so",
        *sorted((site / "PySide6/Qt/plugins/texttospeech").glob("*.so")),
    ]
    seen: set[str] = set()
    unresolved = []
    while todo:
        library = todo.pop()
        for name in needed(library):
            if name in seen or not BUNDLED.match(name):
                continue
            seen.add(name)
            found = next((f / name for f in folders if (f / name).is_file()), None)
            if found is None:
                unresolved.append(f"{library.name} needs {name}")
            else:
                todo.append(found)
    if unresolved:
        raise SystemExit("the trimmed PySide6-Addons lacks: " + "; ".join(unresolved))
