"""A whole visit without touching the screen: a numeric keypad or a keyboard (issue 17).

| key (keypad, or its keyboard twin)      | does                                             |
|-----------------------------------------|--------------------------------------------------|
| 2 / ↓, 6 / →, Tab                       | the next control, in reading order               |
| 8 / ↑, 4 / ←, Shift+Tab                 | the previous control                             |
| 5, Enter                                | choose the control that has the focus            |
| − (minus), Escape                       | back: the screen's way back or out               |
| * (star), F1                            | help: says the screen again (turns speech on)    |
| + (plus), F2                            | speech on or off                                 |
| / (slash), F3                           | large text on or off                             |
| . (point), F4                           | pause or resume speech                           |
| 9 / Page Up, 3 / Page Down              | speech faster, slower                            |
| digits at the PIN pad                   | the PIN (a tone each, never spoken)              |

Reading order is computed from where the controls are on the screen (rows from top to bottom,
each from left to right), so the focus always moves the way the eye reads, whatever order the
screen built them in. The focus ring is the stylesheet's (`$focus`). In a text field the digits
and ← → edit the text and ↑ ↓ leave it; in a table ↑ ↓ move from row to row and ← → leave it.

The screen's way back is the visible button whose `keyRole` property is "back".
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

K = Qt.Key
KEYPAD = Qt.KeyboardModifier.KeypadModifier
NEXT, PREVIOUS, CHOOSE, BACK, HELP, SPEECH, LARGE, PAUSE, FASTER, SLOWER = range(10)
_CONTROLS = (QAbstractButton, QLineEdit, QComboBox, QAbstractItemView, QPlainTextEdit,
             QTextEdit, QAbstractSpinBox)  # fmt: skip
_TEXT = (QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSpinBox)


def command(event: QKeyEvent, focus: QWidget | None) -> int | None:
    """What a key press asks, given the control with the focus; None: the control's own."""
    key, keypad = event.key(), bool(event.modifiers() & KEYPAD)
    text_field = isinstance(focus, _TEXT)
    table = isinstance(focus, QAbstractItemView)
    if key in (K.Key_Tab,):
        return NEXT
    if key == K.Key_Backtab:
        return PREVIOUS
    signs = (K.Key_Asterisk, K.Key_Plus, K.Key_Slash, K.Key_Period, K.Key_Comma, K.Key_Minus)
    if text_field and keypad and key in signs:
        return None  # "+32", "1/2", "12.50" typed in a field
    if key in (K.Key_F1, K.Key_Help) or (keypad and key == K.Key_Asterisk):
        return HELP
    if key == K.Key_F2 or (keypad and key == K.Key_Plus):
        return SPEECH
    if key == K.Key_F3 or (keypad and key == K.Key_Slash):
        return LARGE
    if key == K.Key_F4 or (keypad and key in (K.Key_Period, K.Key_Comma, K.Key_Delete)):
        return PAUSE
    if key in (K.Key_Escape, K.Key_Back) or (keypad and key == K.Key_Minus):
        return BACK
    if text_field:
        # In a field, typing is typing (a keypad's digits and signs too): ↑ ↓ leave it,
        # Enter goes on.
        if key == K.Key_Down:
            return NEXT
        if key == K.Key_Up:
            return PREVIOUS
        if key in (K.Key_Return, K.Key_Enter) and isinstance(focus, QLineEdit):
            return NEXT
        return None
    if table and key in (K.Key_Up, K.Key_Down, K.Key_8, K.Key_2):
        return None  # row to row
    if key in (K.Key_Down, K.Key_Right) or (keypad and key in (K.Key_2, K.Key_6)):
        return NEXT
    if key in (K.Key_Up, K.Key_Left) or (keypad and key in (K.Key_8, K.Key_4)):
        return PREVIOUS
    if key in (K.Key_Return, K.Key_Enter, K.Key_Select, K.Key_Clear) or (keypad and key == K.Key_5):
        return CHOOSE
    if key == K.Key_PageUp or (keypad and key == K.Key_9):
        return FASTER
    if key == K.Key_PageDown or (keypad and key == K.Key_3):
        return SLOWER
    return None


def reading_order(widgets: list[QWidget], root: QWidget) -> list[QWidget]:
    """Rows from top to bottom (two controls share a row when their heights overlap by half
    the smaller one), each from left to right."""
    placed = []
    for widget in widgets:
        top_left = widget.mapTo(root, widget.rect().topLeft())
        placed.append((top_left.y(), top_left.x(), widget.height(), widget))
    placed.sort(key=lambda item: (item[0], item[1]))
    rows: list[list[tuple]] = []
    for item in placed:
        top, _left, height, _widget = item
        if rows:
            row_top = min(i[0] for i in rows[-1])
            row_bottom = max(i[0] + i[2] for i in rows[-1])
            overlap = min(row_bottom, top + height) - max(row_top, top)
            if overlap >= min(height, row_bottom - row_top) / 2:
                rows[-1].append(item)
                continue
        rows.append([item])
    return [item[3] for row in rows for item in sorted(row, key=lambda i: i[1])]


def controls(window: QWidget, regions: list[QWidget]) -> list[QWidget]:
    """The controls a member can reach now, in reading order, region by region (the header,
    the screen, the countdown)."""
    found: list[QWidget] = []
    for region in regions:
        if region is None or not region.isVisibleTo(window):
            continue
        mine = [
            widget
            for widget in region.findChildren(QWidget)
            if isinstance(widget, _CONTROLS)
            and widget.isVisibleTo(window)
            and widget.isEnabled()
            and widget.property("keySkip") is not True
            and not _inside_a_control(widget, region)
        ]
        found += reading_order(mine, window)
    return found


def _inside_a_control(widget: QWidget, region: QWidget) -> bool:
    """A combo box's own line edit, a table's editor: reached through their control."""
    parent = widget.parentWidget()
    while parent is not None and parent is not region:
        if isinstance(parent, (QComboBox, QAbstractItemView, QAbstractSpinBox)):
            return True
        parent = parent.parentWidget()
    return False


class KeypadNavigator(QObject):
    """The application's key filter for one window: moves the focus, chooses, goes back, and
    gives speech and the large mode their keys. `regions()` returns the parts of the window to
    move through (the window gives its header, its current screen and its countdown)."""

    def __init__(self, window, speech, appearance, regions):
        super().__init__(window)
        self.window = window
        self.speech = speech
        self.appearance = appearance
        self.regions = regions
        self.used = False  # a key was pressed during this visit: screens take the focus
        QApplication.instance().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not self.window.isActiveWindow():
            return False
        if not isinstance(watched, QWidget) or watched.window() is not self.window:
            return False
        focus = QApplication.focusWidget()
        pad = self._pin_pad()
        if pad is not None and pad.take_key(event):
            self.used = True
            self.speech.tone()
            return True
        what = command(event, focus)
        if what is None:
            return False
        if what in (
            HELP,
            SPEECH,
            LARGE,
            PAUSE,
            FASTER,
            SLOWER,
        ) and not self.window.access_bar.isVisibleTo(self.window):
            return False  # the counter: no speech, no large mode (ui/main_window.py)
        self.used = True
        return self.do(what, focus)

    def _pin_pad(self):
        from ui.widgets.pin_pad import PinPad

        for region in self.regions():
            if region is None:
                continue
            for pad in region.findChildren(PinPad):
                if pad.isVisibleTo(self.window):
                    return pad
        return None

    def do(self, what: int, focus: QWidget | None) -> bool:
        if what in (NEXT, PREVIOUS):
            self.move(1 if what == NEXT else -1)
        elif what == CHOOSE:
            if isinstance(focus, QAbstractButton) and focus.isEnabled():
                focus.animateClick()
            elif isinstance(focus, QComboBox):
                focus.showPopup()
            else:
                return False
        elif what == BACK:
            back = self.back_control()
            if back is not None:
                back.animateClick()
        elif what == HELP:
            if not self.speech.enabled:
                self.speech.set_enabled(True)  # it says the screen
            else:
                self.window.guide.speak_screen()
        elif what == SPEECH:
            self.speech.toggle()
        elif what == LARGE:
            self.appearance.toggle()
        elif what == PAUSE:
            self.speech.pause_or_resume()
        elif what in (FASTER, SLOWER):
            self.speech.change_rate(1 if what == FASTER else -1)
        return True

    def move(self, step: int) -> None:
        reachable = controls(self.window, self.regions())
        if not reachable:
            return
        focus = QApplication.focusWidget()
        if focus in reachable:
            index = (reachable.index(focus) + step) % len(reachable)
        else:
            index = 0 if step > 0 else len(reachable) - 1
        target = reachable[index]
        target.setFocus(Qt.FocusReason.TabFocusReason)
        scroll_into_view(target)

    def back_control(self) -> QAbstractButton | None:
        for region in self.regions():
            if region is None:
                continue
            for button in region.findChildren(QAbstractButton):
                if (
                    button.property("keyRole") == "back"
                    and button.isVisibleTo(self.window)
                    and button.isEnabled()
                ):
                    return button
        return None

    def focus_first(self, screen: QWidget) -> None:
        """A new screen: its first control takes the focus (keys in use, or speech on)."""
        if not (self.used or self.speech.enabled):
            return
        reachable = controls(self.window, [screen])
        if reachable:
            reachable[0].setFocus(Qt.FocusReason.TabFocusReason)
            scroll_into_view(reachable[0])

    def reset(self) -> None:
        self.used = False


def scroll_into_view(widget: QWidget) -> None:
    from PySide6.QtWidgets import QScrollArea

    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            parent.ensureWidgetVisible(widget, 16, 16)
        parent = parent.parentWidget()
