"""Whether every control of a window can be named by speech and a screen reader (issue 17).

`access_problems(window, language)` walks the window's visible controls through QAccessible (the
interface a screen reader and the terminal's speech read, ui/accessible.py) and lists, in words:

- a control without an accessible name (an icon-only button without one, a field without a label
  or name: Qt names a field by its buddy label);
- a control whose role is not a control's (a button that says it is a plain client area);
- a name in another language than the one shown: a translation of the catalogues
  (resources/translations/*.ts) for another language that is not also this language's (the
  language names, "OK", stay the same everywhere and are not counted);
- a table with a column without a title.

`controls(window)` lists the controls checked (the closing note's count).
"""

from __future__ import annotations

import functools
import xml.etree.ElementTree as ET

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTableView,
    QTextEdit,
    QWidget,
)

from resources import TRANSLATIONS
from tests.support.fit import describe

CONTROLS = (QAbstractButton, QLineEdit, QComboBox, QAbstractItemView, QPlainTextEdit, QTextEdit,
            QAbstractSpinBox, QAbstractSlider)  # fmt: skip
Role = QAccessible.Role
CONTROL_ROLES = {
    Role.PushButton, Role.CheckBox, Role.RadioButton, Role.EditableText, Role.ComboBox,
    Role.Table, Role.List, Role.Tree, Role.SpinBox, Role.Slider, Role.ScrollBar, Role.PageTab,
    Role.ButtonMenu, Role.ButtonDropDown, Role.Link, Role.Cell,
}  # fmt: skip


@functools.cache
def catalogue() -> dict[str, frozenset[str]]:
    """Every translated text, by language (fr, nl, de, en), from the .ts files."""
    texts: dict[str, set[str]] = {}
    for path in sorted(TRANSLATIONS.glob("guichet_*.ts")):
        language = path.stem.split("_", 1)[1]
        words = texts.setdefault(language, set())
        for message in ET.parse(path).getroot().iter("message"):
            translation = message.find("translation")
            if translation is None:
                continue
            forms = translation.findall("numerusform") or [translation]
            for form in forms:
                if form.text:
                    words.add(" ".join(form.text.split()))
    return {language: frozenset(words) for language, words in texts.items()}


def wrong_language(name: str, language: str) -> str | None:
    """The other language `name` is written in, when it is a catalogue text of that language
    only (not also one of `language`)."""
    texts = catalogue()
    if name in texts.get(language, ()):
        return None
    for other, words in texts.items():
        if other != language and name in words:
            return other
    return None


def controls(window: QWidget) -> list[QWidget]:
    """The visible controls of `window` (a combo box's own field and a table's editor are
    reached through their control)."""
    found = []
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or isinstance(widget, (QHeaderView, QScrollBar)):
            continue  # a table's header is its table's; a scroll bar is the area's
        if not widget.isVisibleTo(window) or widget.property("keySkip") is True:
            continue
        if _inside_a_control(widget, window):
            continue
        found.append(widget)
    return found


def _inside_a_control(widget: QWidget, window: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, (QComboBox, QAbstractSpinBox)):
            return True
        if isinstance(parent, QAbstractItemView) and not isinstance(widget, QAbstractItemView):
            return True
        parent = parent.parentWidget()
    return False


def access_problems(window: QWidget, language: str) -> list[str]:
    problems = []
    for widget in controls(window):
        interface = QAccessible.queryAccessibleInterface(widget)
        if interface is None:
            problems.append(f"{describe(widget)}: no accessible interface")
            continue
        name = " ".join(interface.text(QAccessible.Text.Name).split())
        role = interface.role()
        what = describe(widget)
        if not name:
            problems.append(f"{what}: no accessible name (a label, a name for speech)")
        else:
            other = wrong_language(name, language)
            if other is not None:
                problems.append(f"{what}: named {name!r}, in {other}, on a screen in {language}")
            description = " ".join(widget.accessibleDescription().split())
            other = wrong_language(description, language) if description else None
            if other is not None:
                problems.append(f"{what}: described in {other}, on a screen in {language}")
        if role not in CONTROL_ROLES:
            problems.append(f"{what}: its role is {role.name}, not a control's")
        if isinstance(widget, QTableView):
            model = widget.model()
            header = widget.horizontalHeader()
            for column in range(model.columnCount() if model is not None else 0):
                if header.isSectionHidden(column) or widget.isColumnHidden(column):
                    continue
                title = model.headerData(column, header.orientation())
                if not str(title or "").strip():
                    problems.append(f"{what}: column {column + 1} has no title")
    return problems
