"""docs/architecture.md is the project's map: it names only what exists, and names every package.
A map that drifts from the code misleads the next engineer more than no map at all."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
MAP = ROOT / "docs" / "architecture.md"
TOP = ("app", "ui", "devices", "tests", "installer", "resources")


def named_paths(text: str) -> set[str]:
    """Paths the map names: `app/store/parameters.py`, ui/screens/file/, app.services.login …"""
    found = set()
    tops = "|".join(TOP)
    for match in re.finditer(rf"(?<![\w./-])((?:{tops})/[\w./-]*\w/?)", text):
        found.add(match.group(1).rstrip("/"))
    for match in re.finditer(r"(?<![\w./])((?:app|ui|devices)(?:\.(?!py\b)\w+)+)", text):
        found.add(match.group(1).replace(".", "/"))
    return found


def exists(name: str) -> bool:
    path = ROOT / name
    if path.exists() or path.with_suffix(".py").exists():
        return True
    # app/services/login.authenticate: a module, then a name inside it
    parent = path.parent
    return parent.with_suffix(".py").exists()


def test_every_path_the_map_names_exists():
    text = MAP.read_text(encoding="utf-8")
    missing = sorted(name for name in named_paths(text) if not exists(name))
    assert missing == []


def test_the_map_names_every_package_of_the_code():
    text = MAP.read_text(encoding="utf-8")
    named = named_paths(text)
    packages = sorted(
        str(init.parent.relative_to(ROOT))
        for top in ("app", "ui", "devices")
        for init in (ROOT / top).rglob("__init__.py")
        if "migrations" not in init.parts
    )
    # "app/store/ … migrations" inside the layout block names a package by its folder line
    layout = re.search(r"## Layout\n(.*?)\n## ", text, re.S).group(1)
    unnamed = [
        package
        for package in packages
        if package not in named and f"{package.rsplit('/', 1)[-1]}/" not in layout
    ]
    assert unnamed == []


def test_the_readme_links_only_to_files_in_the_project():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    links = re.findall(r"\]\(([^)#]+)", readme)
    outside = [link for link in links if not link.startswith("http") and not (ROOT / link).exists()]
    assert "docs/architecture.md" in links
    assert outside == []
