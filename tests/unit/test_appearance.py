"""The two palettes and the large mode's scale (issue 17, ui/appearance.py).

Every colour pair the stylesheet draws is computed with WCAG 2.1's contrast ratio
(wcag-contrast-ratio): text at least 4.5:1, a control's border, the focus ring and a gauge at
least 3:1, in the normal palette and in the high-contrast one. The stylesheet names colours by
role only, every role it uses as a text colour is drawn in a listed pair, and the large mode
sets every text to at least twice the normal body text.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import wcag_contrast_ratio

from ui import appearance
from ui.appearance import HIGH_CONTRAST, NORMAL, PAIRS, large_px, stylesheet, template

PALETTES = {"normal": NORMAL, "high contrast": HIGH_CONTRAST}
UI = Path(appearance.__file__).resolve().parent


def rgb(value: str) -> tuple[float, float, float]:
    value = value.lstrip("#")
    return tuple(int(value[i : i + 2], 16) / 255 for i in (0, 2, 4))  # type: ignore[return-value]


def ratio(foreground: str, background: str) -> float:
    return wcag_contrast_ratio.rgb(rgb(foreground), rgb(background))


def pair_ratios() -> list[tuple[str, str, str, float, float, str]]:
    return [
        (palette, fg, bg, ratio(roles[fg], roles[bg]), minimum, what)
        for palette, roles in PALETTES.items()
        for fg, bg, minimum, what in PAIRS
    ]


def test_the_ratio_is_wcag_s():
    assert ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)  # WCAG's example


@pytest.mark.parametrize("palette", PALETTES)
def test_every_colour_pair_reaches_its_minimum(palette):
    low = [
        f"{what}: {fg} on {bg} is {value:.2f}:1, needs {minimum}:1"
        for name, fg, bg, value, minimum, what in pair_ratios()
        if name == palette and value < minimum
    ]
    assert low == []


def test_both_palettes_name_the_same_roles():
    assert set(NORMAL) == set(HIGH_CONTRAST)


def _rules(qss: str) -> list[tuple[str, dict[str, str]]]:
    rules = []
    plain = re.sub(r"/\*.*?\*/", "", qss, flags=re.S)
    for selector, body in re.findall(r"([^{}]+)\{([^}]*)\}", plain):
        properties = {}
        for line in body.split(";"):
            if ":" in line:
                key, value = line.split(":", 1)
                properties[key.strip()] = value.strip()
        rules.append((selector.strip(), properties))
    return rules


def test_the_stylesheet_names_its_colours_by_role_only():
    qss = template().template
    assert re.findall(r"#[0-9a-fA-F]{3,8}\b(?![\w-])", re.sub(r"#[A-Za-z_]\w*", "", qss)) == []
    used = set(re.findall(r"\$(\w+)", qss))
    assert used <= set(NORMAL), used - set(NORMAL)


def test_every_text_colour_of_the_stylesheet_is_in_a_checked_pair():
    listed_fg = {fg for fg, _bg, minimum, _what in PAIRS if minimum == appearance.TEXT}
    listed = {(fg, bg) for fg, bg, _minimum, _what in PAIRS}
    for selector, properties in _rules(template().template):
        colour = re.fullmatch(r"\$(\w+)", properties.get("color", ""))
        if colour:
            assert colour.group(1) in listed_fg, f"{selector}: text in ${colour.group(1)}"
        background = re.search(r"\$(\w+)", properties.get("background", ""))
        if colour and background:
            pair = (colour.group(1), background.group(1))
            assert pair in listed, f"{selector}: {pair} is drawn and not checked"


def test_no_screen_paints_its_own_colours_or_sizes():
    """Colours and font sizes live in the stylesheet, where both palettes and the large mode
    apply to them: none in a widget's own stylesheet in the code."""
    found = []
    for path in UI.rglob("*.py"):
        if path.name in ("appearance.py", "out_of_order.py"):
            continue  # the palettes themselves; the notice of a terminal that cannot start
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if re.search(r"#[0-9a-fA-F]{6}\b|font-size:\s*\d", line):
                found.append(f"{path.relative_to(UI.parent)}:{number}: {line.strip()}")
    assert found == []


def test_the_large_mode_doubles_every_text_at_least_to_44_px():
    sizes = [int(px) for px in re.findall(r"font-size:\s*(\d+)px", stylesheet(large=True))]
    normal = [int(px) for px in re.findall(r"font-size:\s*(\d+)px", stylesheet(large=False))]
    assert len(sizes) == len(normal)
    demo_bar = [int(px) for px in re.findall(
        r"#simulatedCardBar[^{]*\{[^}]*font-size:\s*(\d+)px", stylesheet(large=True))]  # fmt: skip
    shown = sorted(sizes)
    for px in demo_bar:  # the demo's card bar keeps its size (a real terminal never shows it)
        shown.remove(px)
    assert min(shown) >= 44
    assert large_px(22) == 44 and large_px(48) == 64 and large_px(16) == 44
    assert stylesheet(large=True).count("#000000") > 0  # the high-contrast ground


def test_the_lowest_ratio_of_each_palette(capsys):
    """The figures of the closing note: pairs checked and the lowest ratio of each palette."""
    for palette in PALETTES:
        ratios = [r for r in pair_ratios() if r[0] == palette]
        lowest = min(ratios, key=lambda r: r[3])
        closest = min(ratios, key=lambda r: r[3] / r[4])  # nearest its minimum
        with capsys.disabled():  # shown with or without -s
            print(
                f"\n{palette}: {len(ratios)} pairs, lowest {lowest[3]:.2f}:1 ({lowest[5]}), "
                f"nearest its minimum {closest[3]:.2f}:1 for {closest[4]}:1 ({closest[5]})"
            )
        assert len(ratios) >= 20 and closest[3] >= closest[4]
