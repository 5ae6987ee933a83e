"""The look of every screen: one stylesheet, two palettes and two scales (issue 17).

resources/styles/touch.qss names its colours by role (`$ink`, `$paper`, `$accent`…), never by
value; `stylesheet(large)` fills them from the normal palette or the high-contrast one, and in
the large mode sets every text to at least twice the normal body text (22 px → 44 px; titles and
other large text to at most 64 px, so that a long German word still fits the screen's width).
The same palette sets the application's QPalette (a table's selection, a tooltip), so that
nothing painted outside the stylesheet keeps the other mode's colours.

`PAIRS` lists every foreground colour with each background it is drawn on, with the minimum
contrast WCAG 2.1 asks of it (1.4.3: text 4.5:1; 1.4.11: a control's border, the focus ring and a
gauge 3:1); tests/unit/test_appearance.py computes each pair in both palettes and checks that
the stylesheet uses no colour outside the palette and no pair outside this list.

`Appearance` switches a window's mode at run time: the application's palette, the window's own
stylesheet over the application's normal one, the layouts that reflow in the large mode (a row
of buttons stacks them one under another, a form puts each label above its field: `reflow`)
and the window's `arrange_for_mode(large)` (its header) — before the text grows, after it
shrinks — then the window's `large_mode_changed(large)` (its page scroll, ui/main_window.py).
The mode belongs to the visit: the end of a visit sets it back (ui/session/controller.py).
"""

from __future__ import annotations

import re
from string import Template

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QBoxLayout,
    QFormLayout,
    QLayout,
    QWidget,
)

from resources import STYLES

BODY_PX = 22  # the normal mode's body text (QWidget in touch.qss)
LARGE_MIN_PX = 2 * BODY_PX  # 200 %: every text of the large mode at least this
LARGE_MAX_PX = 64  # titles: a long word ("Arbeitsunfähigkeitsbescheinigung") still fits
TEXT, CONTROL = 4.5, 3.0  # WCAG 2.1 1.4.3 and 1.4.11

NORMAL = {
    "ink": "#1b2631",  # body text
    "paper": "#f4f7fa",  # a screen's ground
    "surface": "#ffffff",  # buttons, fields, tables, boxes
    "accent": "#0b5394",  # titles, a button's text and border, a field's focus
    "header": "#0b5394",  # the header's ground
    "on_header": "#ffffff",  # the header's text and its buttons' borders
    "online": "#cfe3f5",  # the sync state when all is well, on the header
    "primary": "#0b5394",  # the ground of a button that carries the step forward, a checked one
    "on_primary": "#ffffff",
    "primary_pressed": "#073763",
    "pressed": "#cfe2f3",  # a button held down, a keyboard's shift on
    "focus": "#a33d00",  # the focus ring (keys): dark orange, beside the blue of every border
    "focus_on_header": "#f1c232",  # the focus ring on the header's blue
    "focus_on_primary": "#f1c232",  # the ring of a primary or checked button, on its own blue
    "muted": "#3d4f60",  # a hint, a note
    "disabled": "#5b6670",  # a control that cannot be used now, its text and border
    "border": "#66737f",  # a field's border, a scroll bar's handle
    "well": "#e6ebf0",  # a disabled field's ground, a scroll bar's track, the demo bar
    "rule": "#d5dde5",  # a table's grid, a box's thin border (decoration, not a control)
    "table_head": "#e8eef4",
    "danger": "#b3261e",  # an error, the offline state's ground
    "on_danger": "#ffffff",
    "danger_soft": "#fdecea",  # the ground of a blocked file's banner
    "success": "#1e7b34",
    "warning": "#7a4f00",
    "countdown": "#f1c232",  # the countdown banner's ground
    "on_countdown": "#1b2631",
}

# Yellow and white on black: the usual high-contrast scheme of public terminals and Windows'.
HIGH_CONTRAST = {
    "ink": "#ffffff",
    "paper": "#000000",
    "surface": "#000000",
    "accent": "#ffff00",
    "header": "#000000",
    "on_header": "#ffffff",
    "online": "#ffffff",
    "primary": "#ffff00",
    "on_primary": "#000000",
    "primary_pressed": "#ffffff",
    "pressed": "#333300",
    "focus": "#00ffff",
    "focus_on_header": "#00ffff",
    "focus_on_primary": "#000000",  # black inside the yellow button
    "muted": "#e6e6e6",
    "disabled": "#b3b3b3",
    "border": "#ffffff",
    "well": "#262626",
    "rule": "#808080",
    "table_head": "#262626",
    "danger": "#ff8f8f",
    "on_danger": "#000000",
    "danger_soft": "#000000",
    "success": "#8fff8f",
    "warning": "#ffd966",
    "countdown": "#ffff00",
    "on_countdown": "#000000",
}

# (foreground, background, minimum ratio, what it is): every pair the stylesheet draws.
PAIRS: tuple[tuple[str, str, float, str], ...] = (
    ("ink", "paper", TEXT, "body text on a screen"),
    ("ink", "surface", TEXT, "text in a field, a table, a box"),
    ("ink", "table_head", TEXT, "a table's column title"),
    ("on_countdown", "countdown", TEXT, "the countdown"),
    ("ink", "well", TEXT, "the demo bar's text"),
    ("ink", "pressed", TEXT, "text on a key held down"),
    ("accent", "paper", TEXT, "a title, a section heading"),
    ("accent", "surface", TEXT, "a button's text"),
    ("accent", "pressed", TEXT, "a button's text while pressed"),
    ("on_header", "header", TEXT, "the header's text"),
    ("online", "header", TEXT, "the sync state"),
    ("header", "on_header", TEXT, "the language chosen"),
    ("on_primary", "primary", TEXT, "a primary or checked button's text"),
    ("on_primary", "primary_pressed", TEXT, "a primary button's text while pressed"),
    ("muted", "paper", TEXT, "a hint"),
    ("muted", "surface", TEXT, "a note in a box"),
    ("disabled", "surface", TEXT, "a disabled button's text"),
    ("disabled", "well", TEXT, "a disabled field's text"),
    ("danger", "paper", TEXT, "an error message"),
    ("danger", "surface", TEXT, "an error in a box"),
    ("danger", "danger_soft", TEXT, "a blocked file's banner"),
    ("on_danger", "danger", TEXT, "the offline state"),
    ("success", "paper", TEXT, "a success"),
    ("success", "surface", TEXT, "a check passed, in a box"),
    ("warning", "paper", TEXT, "a warning"),
    ("accent", "paper", CONTROL, "a button's border"),
    ("border", "surface", CONTROL, "a field's border"),
    ("border", "paper", CONTROL, "a field's border against the screen"),
    ("border", "well", CONTROL, "a scroll bar's handle"),
    ("on_header", "header", CONTROL, "a language button's border"),
    ("focus", "paper", CONTROL, "the focus ring"),
    ("focus", "surface", CONTROL, "the focus ring inside a button"),
    ("focus_on_primary", "primary", CONTROL, "the focus ring of a primary or checked button"),
    ("focus_on_header", "header", CONTROL, "the focus ring on the header"),
    ("accent", "surface", CONTROL, "a gauge's filled part"),
    ("danger", "danger_soft", CONTROL, "the banner's border"),
)

PALETTES = {False: NORMAL, True: HIGH_CONTRAST}
_FONT = re.compile(r"font-size:\s*(\d+)px")
_POINTS = re.compile(r"font-size:\s*(\d+)pt")


def template() -> Template:
    return Template((STYLES / "touch.qss").read_text(encoding="utf-8"))


def large_px(px: int) -> int:
    """A text's size in the large mode: twice the body at least, titles at most LARGE_MAX_PX."""
    return max(LARGE_MIN_PX, min(2 * px, LARGE_MAX_PX))


def scale_fonts(qss: str, large: bool) -> str:
    """The font sizes of a stylesheet (also a widget's own) in the mode asked. The demo's card
    bar (#simulatedCardBar) keeps its size: it is not the terminal's, a real one never shows
    it, and it must leave the screens their height."""
    if not large:
        return qss
    parts = re.split(r"(\{[^}]*\})", qss)
    for index in range(1, len(parts), 2):
        if "#simulatedCardBar" in parts[index - 1].rsplit("}", 1)[-1]:
            continue
        block = _FONT.sub(lambda m: f"font-size: {large_px(int(m.group(1)))}px", parts[index])
        # A number read from afar (a queue ticket's) is in points: twice, as the rest.
        parts[index] = _POINTS.sub(lambda m: f"font-size: {2 * int(m.group(1))}pt", block)
    return "".join(parts)


def stylesheet(large: bool = False) -> str:
    """The application's stylesheet: colours from the mode's palette, sizes from its scale."""
    return scale_fonts(template().substitute(PALETTES[large]), large)


def colour(role: str, large: bool = False) -> str:
    """A palette's colour by role, for what a widget paints itself."""
    return PALETTES[large][role]


def palette(large: bool = False) -> QPalette:
    """The QPalette of the mode: what Qt paints outside the stylesheet follows it."""
    roles = PALETTES[large]
    result = QPalette()
    groups = (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive)
    for group in groups:
        for role, name in (
            (QPalette.ColorRole.Window, "paper"),
            (QPalette.ColorRole.WindowText, "ink"),
            (QPalette.ColorRole.Base, "surface"),
            (QPalette.ColorRole.AlternateBase, "table_head"),
            (QPalette.ColorRole.Text, "ink"),
            (QPalette.ColorRole.Button, "surface"),
            (QPalette.ColorRole.ButtonText, "accent"),
            (QPalette.ColorRole.Highlight, "primary"),
            (QPalette.ColorRole.HighlightedText, "on_primary"),
            (QPalette.ColorRole.ToolTipBase, "surface"),
            (QPalette.ColorRole.ToolTipText, "ink"),
            (QPalette.ColorRole.PlaceholderText, "muted"),
            (QPalette.ColorRole.Link, "accent"),
        ):
            result.setColor(group, role, QColor(roles[name]))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text,
                 QPalette.ColorRole.ButtonText):  # fmt: skip
        result.setColor(QPalette.ColorGroup.Disabled, role, QColor(roles["disabled"]))
    return result


# -- layouts that reflow in the large mode ------------------------------------------------------

_REFLOW = "guichetReflow"  # a layout's property: "stack" (a row of controls), "keep" (never)


def reflow(layout: QLayout, how: str = "stack") -> QLayout:
    """Mark a layout for the large mode: "stack" puts its items one under another (a row of
    fields or of anything wider than a screen at 44 px), "keep" leaves it as it is (a row of
    two small buttons that fits). Rows of buttons only and forms reflow without being marked."""
    layout.setProperty(_REFLOW, how)
    return layout


def _button_row(layout: QBoxLayout) -> bool:
    widgets = [layout.itemAt(i).widget() for i in range(layout.count())]
    buttons = [w for w in widgets if w is not None]
    return len(buttons) >= 2 and all(isinstance(w, QAbstractButton) for w in buttons)


def apply_reflow(root: QWidget, large: bool) -> None:
    """Every layout under `root` in the mode's arrangement (see `reflow`)."""
    for layout in root.findChildren(QLayout):
        how = layout.property(_REFLOW)
        if how == "keep":
            continue
        if isinstance(layout, QFormLayout):
            if layout.property("guichetWrap") is None:  # the form's own, kept for normal
                layout.setProperty("guichetWrap", int(layout.rowWrapPolicy().value))
            layout.setRowWrapPolicy(
                QFormLayout.RowWrapPolicy.WrapAllRows
                if large
                else QFormLayout.RowWrapPolicy(layout.property("guichetWrap"))
            )
        elif isinstance(layout, QBoxLayout) and (how == "stack" or _stackable(layout)):
            _stack(layout, large)


def _stackable(layout: QBoxLayout) -> bool:
    if layout.property("guichetDirection") is not None:
        return True  # stacked before: it goes back
    horizontal = layout.direction() in (
        QBoxLayout.Direction.LeftToRight,
        QBoxLayout.Direction.RightToLeft,
    )
    return horizontal and _button_row(layout)


def _stack(layout: QBoxLayout, large: bool) -> None:
    if layout.property("guichetDirection") is None:
        layout.setProperty("guichetDirection", int(layout.direction().value))
    normal = QBoxLayout.Direction(layout.property("guichetDirection"))
    layout.setDirection(QBoxLayout.Direction.TopToBottom if large else normal)


def _arrange(window: QWidget, large: bool) -> None:
    """The window's layouts for the mode: the marked rows (reflow) and its own arrangement
    (`arrange_for_mode`: the main window's header)."""
    apply_reflow(window, large)
    arrange = getattr(window, "arrange_for_mode", None)
    if arrange is not None:
        arrange(large)


class Appearance(QObject):
    """A window's mode, normal or large with high contrast; `changed(large)` once the
    stylesheet, the palette and the layouts follow."""

    changed = Signal(bool)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.large = False
        self.windows: list[QWidget] = []

    def watch(self, window: QWidget) -> None:
        """A window whose style and layouts follow the mode (the main window)."""
        self.windows.append(window)

    def set_large(self, large: bool) -> None:
        if large == self.large:
            return
        self.large = large
        # What Qt paints outside the stylesheet (a table's selection) reads the application's
        # palette, whatever the window's: the palette is the application's (10-100 ms).
        QApplication.setPalette(palette(large))
        for window in self.windows:
            # The window's own stylesheet over the application's normal one (which dialogs and
            # the counter's other windows keep): a quarter of the time of the application's
            # (0.3 s against 1.6 s for the kiosk's 1,500 widgets), and only this window changes.
            # Rows stack before their text grows and unstack once it is small again: the
            # window never needs more than its screen in between (it would widen for good).
            if large:
                _arrange(window, large)
            window.setStyleSheet(stylesheet(True) if large else "")
            if not large:
                _arrange(window, large)
            hook = getattr(window, "large_mode_changed", None)
            if hook is not None:
                hook(large)
        self.changed.emit(large)

    def toggle(self) -> None:
        self.set_large(not self.large)

    def reset(self) -> None:
        """The end of a visit: the next member starts in the normal mode."""
        self.set_large(False)
