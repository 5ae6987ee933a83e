"""Accessible names, roles and messages: the one set of words a screen reader and the terminal's
own speech (ui/speech.py) both use (issue 17).

- `name(widget, text, description="")` gives a control its accessible name (what it is or does:
  "Delete the last digit" for the PIN pad's ⌫) and description (what happens when chosen).
- A screen says where the member is and what they can do by its own accessible name and
  description (set in its `retranslate()`); without them, by its title and instruction as shown
  (`screen_summary`).
- `spoken_text(widget)` is what speech says when a control takes the focus: its name, its role
  in words, its state (checked, unavailable), its value when it is not masked, its description.
  A password field says its name only, never what it holds.
- `announce(widget)` says a message that just appeared (an error, a result): a QAccessible alert
  for a screen reader, and `announcer().message` for the terminal's speech. `MessageLabel` is a
  label that announces each new text it is given while shown.
"""

from __future__ import annotations

from PySide6 import QtGui
from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QAccessible, QAccessibleEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

Role = QAccessible.Role


class _Announcer(QObject):
    message = Signal(str)


_ANNOUNCER: _Announcer | None = None


def announcer() -> _Announcer:
    global _ANNOUNCER
    if _ANNOUNCER is None:
        _ANNOUNCER = _Announcer()
    return _ANNOUNCER


def name(widget: QWidget, text: str, description: str = "") -> QWidget:
    widget.setAccessibleName(text)
    widget.setAccessibleDescription(description)
    return widget


def announce(widget: QWidget, text: str | None = None) -> None:
    """A message that just appeared: screen readers get an alert, speech says it."""
    words = text if text is not None else _shown_text(widget)
    if not words:
        return
    event = QAccessibleEvent(widget, QAccessible.Event.Alert)
    QAccessible.updateAccessibility(event)
    announcer().message.emit(words)


class MessageLabel(QLabel):
    """A label for a message (an error, a result, a status): each new text is announced."""

    def setText(self, text: str) -> None:
        changed = text != self.text()
        super().setText(text)
        if changed and text and self.isVisibleTo(self.window()):
            announce(self, text)


def _shown_text(widget: QWidget) -> str:
    if isinstance(widget, QLabel):
        text = widget.text()
        # Qt::mightBeRichText is QtGui's (PySide6.QtGui.Qt), not QtCore's Qt namespace.
        rich = widget.textFormat() == QtGui.Qt.TextFormat.RichText or (
            widget.textFormat() == QtGui.Qt.TextFormat.AutoText and QtGui.Qt.mightBeRichText(text)
        )
        return _plain(text) if rich else " ".join(text.split())
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name) if interface is not None else ""


def _plain(html: str) -> str:
    from PySide6.QtGui import QTextDocument

    document = QTextDocument()
    document.setHtml(html)
    return " ".join(document.toPlainText().split())


def accessible_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    if interface is None:
        return ""
    return " ".join(interface.text(QAccessible.Text.Name).split())


def role_words(role: Role) -> str:
    """A role as speech says it, in the displayed language."""
    words = {
        Role.PushButton: "button",
        Role.CheckBox: "check box",
        Role.RadioButton: "option",
        Role.EditableText: "field",
        Role.ComboBox: "list to choose from",
        Role.Table: "table",
        Role.List: "list",
        Role.ProgressBar: "gauge",
        Role.Slider: "slider",
        Role.SpinBox: "field",
        Role.PageTab: "tab",
    }
    english = words.get(role)
    return QCoreApplication.translate("Speech", english) if english else ""


def _translated_roles() -> None:  # for lupdate: the role words above, in the Speech context
    QCoreApplication.translate("Speech", "button")
    QCoreApplication.translate("Speech", "check box")
    QCoreApplication.translate("Speech", "option")
    QCoreApplication.translate("Speech", "field")
    QCoreApplication.translate("Speech", "list to choose from")
    QCoreApplication.translate("Speech", "table")
    QCoreApplication.translate("Speech", "list")
    QCoreApplication.translate("Speech", "gauge")
    QCoreApplication.translate("Speech", "slider")
    QCoreApplication.translate("Speech", "tab")


def spoken_text(widget: QWidget) -> str:
    """What speech says when `widget` takes the focus."""
    interface = QAccessible.queryAccessibleInterface(widget)
    if interface is None:
        return ""
    # A combo box's interface names it by its current text on Linux: its own name first.
    own = " ".join(widget.accessibleName().split()) if isinstance(widget, QComboBox) else ""
    parts = [own or accessible_name(widget), role_words(interface.role())]
    state = interface.state()
    if isinstance(widget, QAbstractButton) and widget.isCheckable():
        parts.append(
            QCoreApplication.translate("Speech", "chosen")
            if widget.isChecked()
            else QCoreApplication.translate("Speech", "not chosen")
        )
    if state.disabled:
        parts.append(QCoreApplication.translate("Speech", "unavailable"))
    masked = isinstance(widget, QLineEdit) and widget.echoMode() != QLineEdit.EchoMode.Normal
    if not masked:
        value = _value(widget)
        if value:
            parts.append(value)
    description = " ".join(widget.accessibleDescription().split())
    if description:
        parts.append(description)
    words = ". ".join(part for part in parts if part)
    return f"{words}." if words else ""


def _value(widget: QWidget) -> str:
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()[:200]
    if isinstance(widget, QComboBox):
        return widget.currentText()
    if isinstance(widget, QAbstractItemView):
        index = widget.currentIndex()
        if index.isValid():
            model = widget.model()
            cells = [
                str(model.index(index.row(), column).data() or "")
                for column in range(model.columnCount())
            ]
            return ", ".join(cell for cell in cells if cell)
    return ""


def screen_summary(screen: QWidget | None) -> str:
    """Where the member is and what they can do: the screen's accessible name and description,
    or its title and instruction as they are shown."""
    if screen is None:
        return ""
    where, what = screen.accessibleName(), screen.accessibleDescription()
    if not where:
        titles = [
            label
            for label in screen.findChildren(QLabel)
            if label.objectName() in ("screenTitle", "instruction") and label.isVisibleTo(screen)
        ]
        return " ".join(_shown_text(label) for label in titles)
    return f"{where}. {what}" if what else f"{where}."
