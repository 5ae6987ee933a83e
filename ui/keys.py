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

Reading order follows the screen's own structure, its layouts, each read in the order its parts
stand on the screen, so the focus always moves the way the eye reads, whatever order the screen
built them in: what one layout or widget holds is read whole (a column of sections beside a
form: the column, then the form), its parts by bands from top to bottom that no part crosses,
each band's columns from left to right, and so on (`reading_order`).

The focus ring is the stylesheet's (`$focus`). In a text field the digits and ← → edit the text
and ↑ ↓ leave it; in a table ↑ ↓ (8 2) move from row to row, ← → leave it, and 5 or Enter
chooses the row (ticks its box, or does what a tap does); in the open list of a combo box 8 and
2 move, 5 chooses, − closes it. At the PIN pad the digits are the PIN's whatever has
the focus, and Enter right after them confirms the PIN (never a button that happens to hold
the focus: the member typing does not look at it); after a move, Enter chooses the control.

The screen's way back is the visible button whose `keyRole` property is "back"; one that ends
the visit (`keyConfirm`: Finish and log out) first takes the focus, and speech says it, so that a
member pressing back to reach the home does not log out unawares: back again, or 5, ends it.
A screen shown takes the focus on its first control once keys are in use or speech is on; a
screen may name where that is with the property `keyStart` on a container (a file's section,
not the list of sections beside it). A control with the property `keySkip` is never reached.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QItemSelectionModel, QObject, QRect, Qt, QTimer
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

from ui.widgets.pin_pad import PinPad

K = Qt.Key
KEYPAD = Qt.KeyboardModifier.KeypadModifier
NEXT, PREVIOUS, CHOOSE, BACK, HELP, SPEECH, LARGE, PAUSE, FASTER, SLOWER = range(10)
ROW_UP, ROW_DOWN = 10, 11  # the keypad's 8 and 2 in a table: the arrows' row to row
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
    if table and (key in (K.Key_Up, K.Key_Down) or (keypad and key in (K.Key_8, K.Key_2))):
        return ROW_UP if key in (K.Key_Up, K.Key_8) else ROW_DOWN
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
    """`widgets` (inside `root`) in reading order: the screen's own structure, its layouts,
    read in the order their parts stand on the screen. What one layout or one widget holds is
    read whole (a column of sections beside a form: the column, then the form); the parts of
    one layout, or the children of a widget that no layout places, by `_xy_cut`."""
    wanted = set(widgets)
    holders: set[QWidget] = set()  # the widgets that hold one of them, up to the root
    for widget in widgets:
        parent = widget.parentWidget()
        while parent is not None and parent not in holders:
            holders.add(parent)
            if parent is root:
                break
            parent = parent.parentWidget()

    def visit(widget: QWidget) -> list[QWidget]:
        found = [widget] if widget in wanted else []
        if widget not in holders:
            return found
        placed: set[QWidget] = set()
        if widget.layout() is not None:
            found += read_layout(widget.layout(), placed)
        loose = [
            child
            for child in widget.findChildren(
                QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly
            )
            if child not in placed and (child in wanted or child in holders)
        ]
        for child in _xy_cut(loose, lambda child: child.geometry()):
            found += visit(child)
        return found

    def reached(item) -> bool:
        """A layout's part that holds what is read (a hidden one's place counts for nothing)."""
        if item.widget() is not None:
            return item.widget() in wanted or item.widget() in holders
        inner = item.layout()
        return inner is not None and any(
            reached(inner.itemAt(index)) for index in range(inner.count())
        )

    def read_layout(layout, placed: set[QWidget]) -> list[QWidget]:
        items = [layout.itemAt(index) for index in range(layout.count())]
        for item in items:
            if item.widget() is not None:
                placed.add(item.widget())
        found: list[QWidget] = []
        for item in _xy_cut([item for item in items if reached(item)], _item_rect):
            if item.widget() is not None:
                found += visit(item.widget())
            else:
                found += read_layout(item.layout(), placed)
        return found

    ordered = visit(root)
    if root in wanted:
        ordered.remove(root)
    return ordered + [widget for widget in widgets if widget not in ordered]


def _item_rect(item) -> QRect:
    widget = item.widget()
    return widget.geometry() if widget is not None else item.geometry()


def _xy_cut(items: list, box) -> list:
    """Bands from top to bottom (a band ends where no item crosses the line below it), each
    band's columns from left to right, recursively; what no line separates, by top then left."""
    if len(items) <= 1:
        return list(items)
    for axis in ("y", "x"):
        groups = _split(items, box, axis)
        if len(groups) > 1:
            return [item for group in groups for item in _xy_cut(group, box)]
    return sorted(items, key=lambda item: (box(item).top(), box(item).left()))


SLACK = 2  # px two neighbours may overlap and still be read one after the other


def _split(items: list, box, axis: str) -> list[list]:
    def span(item) -> tuple[int, int]:
        rect = box(item)
        if axis == "y":
            return rect.top(), rect.top() + rect.height()
        return rect.left(), rect.left() + rect.width()

    groups: list[list] = []
    end = None
    for item in sorted(items, key=span):
        first, last = span(item)
        if end is None or first > end - SLACK:
            groups.append([item])
            end = last
        else:
            groups[-1].append(item)
            end = max(end, last)
    return groups


def controls(
    window: QWidget, regions: list[QWidget], *, also: QWidget | None = None
) -> list[QWidget]:
    """The controls a member can reach now, in reading order, region by region (the header,
    the screen, the countdown); `also` a control gone (hidden), in the place it stood."""
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
            and not _typed_at_the_pad(widget)
        ]
        if also is not None and region.isAncestorOf(also) and also not in mine:
            mine.append(also)
        found += reading_order(mine, region)
    return found


def _inside_a_control(widget: QWidget, region: QWidget) -> bool:
    """A combo box's own line edit, a table's editor: reached through their control."""
    parent = widget.parentWidget()
    while parent is not None and parent is not region:
        if isinstance(parent, (QComboBox, QAbstractItemView, QAbstractSpinBox)):
            return True
        parent = parent.parentWidget()
    return False


def _typed_at_the_pad(widget: QWidget) -> bool:
    """The PIN pad's field and digit keys: the member types the digits, on the keypad or the
    keyboard's top row; its correction and OK are reached like any button."""
    pad = widget.parentWidget()
    return isinstance(pad, PinPad) and (widget is pad.field or widget in pad.keys.values())


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
        self._last: QWidget | None = None  # the control the keys gave the focus last
        self._typing = False  # the last key at the PIN pad was a digit or a correction
        self._forwarding = False
        QApplication.instance().installEventFilter(self)
        QApplication.instance().focusChanged.connect(self._focus_changed)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(watched, QWidget):
            return False
        if self._forwarding:
            return False  # a key the navigator sends a control itself
        popup = QApplication.activePopupWidget()
        if popup is not None:
            return self._in_a_list(popup, event)
        if not self.window.isActiveWindow() or watched.window() is not self.window:
            return False
        focus = QApplication.focusWidget()
        pad = self._pin_pad()
        if pad is not None and self._at_the_pad(pad, event):
            self.used = True
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

    def _at_the_pad(self, pad: PinPad, event: QKeyEvent) -> bool:
        """A digit or a correction, with a tone. Enter right after typing confirms the digits,
        whatever holds the focus (a header's button Qt gave it, an offer chosen before: the
        member typing does not look at it); after a move, it chooses the control moved to."""
        enter = event.key() in (K.Key_Return, K.Key_Enter)
        if enter and self._typing and pad.field.text():
            if pad.ok.isEnabled():
                pad.ok.click()
            return True
        correcting = QApplication.focusWidget() is pad.correction  # Enter on ⌫ corrects
        if not pad.take_key(event):
            return False
        if not enter:
            self._typing = True
        if not enter or correcting:
            self.speech.tone()
        return True

    def _in_a_list(self, popup: QWidget, event: QKeyEvent) -> bool:
        """A combo box's open list: the keypad's 8 and 2 move, 5 chooses, − closes it (the
        arrows, Enter and Escape work there already)."""
        combo = popup.parentWidget()
        if not isinstance(combo, QComboBox) or combo.window() is not self.window:
            return False
        if not event.modifiers() & KEYPAD:
            return False
        twin = {K.Key_8: K.Key_Up, K.Key_2: K.Key_Down, K.Key_5: K.Key_Return,
                K.Key_Minus: K.Key_Escape}.get(K(event.key()))  # fmt: skip
        target = QApplication.focusWidget()
        if twin is None or target is None:
            return False
        self.used = True
        self._forward(target, twin)
        return True

    def _forward(self, target: QWidget, key: Qt.Key) -> None:
        """The key a control understands (an arrow, Enter), sent to it as its own."""
        self._forwarding = True
        try:
            event = QKeyEvent(QEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier)
            QApplication.sendEvent(target, event)
        finally:
            self._forwarding = False

    def _say_row(self, view: QAbstractItemView) -> None:
        """With speech on, the row the focus is on now (its cells, its box's state): the
        focus stays on the table, so nothing else would say it."""
        if self.speech.enabled:
            self.speech.say(row_words(view))

    def _pin_pad(self) -> PinPad | None:
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
            if (
                isinstance(focus, QAbstractButton)
                and focus.isEnabled()
                and focus.isVisibleTo(self.window)
            ):
                focus.click()  # now: a delayed click could land on a screen that has gone
            elif isinstance(focus, QComboBox):
                focus.showPopup()
            elif isinstance(focus, QAbstractItemView):
                choose_row(focus)
                self._say_row(focus)
            else:
                return False
        elif what in (ROW_UP, ROW_DOWN) and isinstance(focus, QAbstractItemView):
            arrow = K.Key_Up if what == ROW_UP else K.Key_Down
            self._forward(focus, arrow)
            self._say_row(focus)
        elif what == BACK:
            back = self.back_control()
            if back is not None and back.property("keyConfirm") and focus is not back:
                self._take(back)  # the way out is said first; back again, or 5, takes it
            elif back is not None:
                back.click()
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
        if focus not in reachable:
            # The focus lost (its control turned unavailable while it worked: "Print"): on
            # from where it was.
            focus = self._last
        if focus in reachable:
            index = (reachable.index(focus) + step) % len(reachable)
        else:
            index = 0 if step > 0 else len(reachable) - 1
        self._take(reachable[index])

    def _focus_changed(self, old: QWidget | None, _new: QWidget | None) -> None:
        """The control the keys had reached went away (an offer taken, a form closed): Qt
        gives the focus to whatever comes next in its own chain (a header's button); the
        focus goes on in reading order from where that control stood instead."""
        if old is None or old is not self._last or old.isVisibleTo(self.window):
            return
        QTimer.singleShot(0, self, lambda: self._after_gone(old))

    def _after_gone(self, gone: QWidget) -> None:
        try:
            if gone is not self._last or gone.isVisibleTo(self.window):
                return
        except RuntimeError:  # deleted with its screen
            return
        focus = QApplication.focusWidget()
        if focus is not None and not self.window.header.isAncestorOf(focus):
            return  # the screen gave the focus somewhere itself (a field to fill)
        order = controls(self.window, self.regions(), also=gone)
        if gone in order:
            index = order.index(gone)
            after = order[index + 1 :] + order[:index]
            if after:
                self._take(after[0])

    def _take(self, widget: QWidget) -> None:
        self._last = widget
        self._typing = False
        take_focus(widget)

    def back_control(self) -> QAbstractButton | None:
        """The way back nearest to what the member is doing: of the visible back buttons, the
        most deeply nested (a PIN view's Cancel inside the file, before the file's Back)."""
        found: list[tuple[int, QAbstractButton]] = []
        for region in self.regions():
            if region is None:
                continue
            for button in region.findChildren(QAbstractButton):
                if (
                    button.property("keyRole") == "back"
                    and button.isVisibleTo(self.window)
                    and button.isEnabled()
                ):
                    depth, parent = 0, button.parentWidget()
                    while parent is not None:
                        depth, parent = depth + 1, parent.parentWidget()
                    found.append((depth, button))
        return max(found, key=lambda item: item[0])[1] if found else None

    def focus_first(self, screen: QWidget) -> None:
        """A new screen: its first control takes the focus (keys in use, or speech on); the
        first in the screen's `keyStart` container when it names one."""
        if not (self.used or self.speech.enabled):
            return
        reachable = controls(self.window, [screen])
        if not reachable:
            return
        starts = [
            widget
            for widget in screen.findChildren(QWidget)
            if widget.property("keyStart") is True and widget.isVisibleTo(self.window)
        ]
        first = next(
            (c for start in starts for c in reachable if c is start or start.isAncestorOf(c)),
            reachable[0],
        )
        self._take(first)

    def reset(self) -> None:
        self.used = False
        self._last = None
        self._typing = False


def choose_row(view: QAbstractItemView) -> None:
    """5 or Enter on a table or a list: the row with the focus (the first when none) is
    chosen: its box ticked or unticked when it has one, and what a tap on it does."""
    model = view.model()
    if model is None or model.rowCount() == 0:
        return
    if not view.currentIndex().isValid():
        _show_row(view)
    index = view.currentIndex()
    flag = Qt.ItemFlag.ItemIsUserCheckable
    state = Qt.ItemDataRole.CheckStateRole
    for cell in (index, model.index(index.row(), 0)):
        if model.flags(cell) & flag and model.data(cell, state) is not None:
            checked = Qt.CheckState(model.data(cell, state)) == Qt.CheckState.Checked
            new = Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked
            model.setData(cell, new.value, state)
            break
    view.activated.emit(index)


def row_words(view: QAbstractItemView) -> str:
    """The current row as speech says it: each cell's text after its column's title, a tick
    box as chosen or not."""
    model, index = view.model(), view.currentIndex()
    if model is None or not index.isValid():
        return ""
    hidden = getattr(view, "isColumnHidden", lambda _column: False)
    words = []
    for column in range(model.columnCount()):
        if hidden(column):
            continue
        cell = model.index(index.row(), column)
        state = model.data(cell, Qt.ItemDataRole.CheckStateRole)
        if state is not None and model.flags(cell) & Qt.ItemFlag.ItemIsUserCheckable:
            ticked = Qt.CheckState(state) == Qt.CheckState.Checked
            words.append(
                QCoreApplication.translate("Speech", "chosen")
                if ticked
                else QCoreApplication.translate("Speech", "not chosen")
            )
        text = " ".join(str(model.data(cell) or "").split())
        title = " ".join(str(model.headerData(column, Qt.Orientation.Horizontal) or "").split())
        if text:
            words.append(f"{title}: {text}" if any(c.isalnum() for c in title) else text)
    return ", ".join(words) + "." if words else ""


def take_focus(widget: QWidget) -> None:
    """The focus, by keys: the ring shows; a table shows the row it is on (selected, from a
    cell that can be: ↑ ↓ from a tick box's cell would select nothing)."""
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    if isinstance(widget, QAbstractItemView):
        _show_row(widget)
    scroll_into_view(widget)


def _show_row(view: QAbstractItemView) -> None:
    model, selection = view.model(), view.selectionModel()
    if model is None or selection is None or model.rowCount() == 0:
        return
    index = view.currentIndex()
    row = index.row() if index.isValid() else 0
    selectable = Qt.ItemFlag.ItemIsSelectable
    if not index.isValid() or not model.flags(index) & selectable:
        hidden = getattr(view, "isColumnHidden", lambda _column: False)
        cells = [model.index(row, column) for column in range(model.columnCount())]
        index = next(
            (
                cell
                for cell in cells
                if model.flags(cell) & selectable and not hidden(cell.column())
            ),
            model.index(row, 0),
        )
    flags = QItemSelectionModel.SelectionFlag
    selection.setCurrentIndex(index, flags.ClearAndSelect | flags.Rows)


def scroll_into_view(widget: QWidget) -> None:
    from PySide6.QtWidgets import QScrollArea

    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            parent.ensureWidgetVisible(widget, 16, 16)
        parent = parent.parentWidget()
