"""DESIGN.md's layering, checked on the source: imports go ui → app → devices, never back."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def imported_modules(package: str) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for path in sorted((ROOT / package).rglob("*.py")):
        names = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names.add(node.module)
        found[str(path.relative_to(ROOT))] = names
    return found


def offenders(package: str, forbidden: tuple[str, ...]) -> list[str]:
    return [
        f"{path}: {name}"
        for path, names in imported_modules(package).items()
        for name in sorted(names)
        if name.split(".")[0] in forbidden
    ]


@pytest.mark.parametrize("package", ["app", "devices"])
def test_the_core_and_the_devices_never_import_qt(package):
    assert offenders(package, ("PySide6", "shiboken6", "ui")) == []


def test_devices_know_nothing_of_the_application_or_a_database():
    assert offenders("devices", ("app", "sqlalchemy", "alembic")) == []


def test_domain_rules_import_nothing_of_the_project_but_themselves():
    bad = [
        line
        for line in offenders("app/domain", ("app", "devices", "ui", "sqlalchemy"))
        if ": app.domain" not in line
    ]
    assert bad == []
