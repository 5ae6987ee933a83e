"""One catalogue of what the member and the clerk are told (ui/messages.py): every result code
the core can give has exactly one sentence there, none waits for a code nobody gives, and a
figure in a sentence is the one the rule applied, not a copy typed into the text.
"""

from __future__ import annotations

import ast
import datetime as dt
import re
from collections import Counter
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from sqlalchemy import select

from app.domain.codes import OrderKind
from app.services import orders, printouts
from app.services.errors import AccountLocked, InvalidForm, Refused
from app.services.member_file import FileSession
from app.store.models import FederationParameter, Household, Member
from tests.support.result_codes import raised_codes
from tests.ui.test_file_screens import open_section, open_with_card, wait_idle
from ui.messages import CODE_TEXTS, error_text, rejection_text

ROOT = Path(__file__).resolve().parents[2]
CATALOGUE = ROOT / "ui" / "messages.py"
# What a sentence may spell in digits: examples of what to type, the formats fixed outside the
# mutuality (a national number's 11 digits, Belgian mobiles' 04) and the least one orders.
EXAMPLES = (
    "0470 12 34 56", "85.07.30-033.28", "BE68 5390 0754 7034",
    "11 digits", "starts with 04", "between 1 ",
)  # fmt: skip


@pytest.fixture(scope="module")
def raised():
    codes, unresolved = raised_codes()
    assert unresolved == [], "raise sites whose code the scan cannot follow: add to RELAYS"
    return codes


def _catalogue_keys_as_written() -> list[str]:
    tree = ast.parse(CATALOGUE.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.AnnAssign) and getattr(node.target, "id", "") == "CODE_TEXTS":
            return [key.value for key in node.value.keys]
    raise AssertionError("CODE_TEXTS is not a dict literal in ui/messages.py")


def test_every_code_the_core_gives_has_exactly_one_sentence(qapp, raised):
    written = _catalogue_keys_as_written()
    assert [code for code, n in Counter(written).items() if n > 1] == []
    assert sorted(set(raised) - set(CODE_TEXTS)) == []
    figures = {"max_lines": 7, "max_days": 7, "years_back": 7, "max_quantity": 7, "max_nights": 7,
               "minimum": 7, "maximum": 7,
               "until": dt.datetime(2026, 11, 25, 10, 15, tzinfo=dt.UTC)}  # fmt: skip
    for code, sentence in CODE_TEXTS.items():
        assert sentence(figures).strip(), code


def test_the_catalogue_holds_no_code_nobody_gives(raised):
    assert sorted(set(CODE_TEXTS) - set(raised)) == []


def test_no_other_module_of_the_screens_turns_codes_into_sentences():
    """A dict of code → tr() outside the catalogue is how messages drifted into three places."""
    found = []
    for path in sorted((ROOT / "ui").rglob("*.py")):
        if path == CATALOGUE:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Dict):
                codes = [
                    k.value
                    for k, v in zip(node.keys, node.values, strict=True)
                    if isinstance(k, ast.Constant) and k.value in CODE_TEXTS
                    and isinstance(v, ast.Call) and "tr" in ast.unparse(v.func)
                ]  # fmt: skip
                if len(codes) > 1:
                    found.append(f"{path.relative_to(ROOT)}:{node.lineno}: {codes}")
    assert found == []


def test_no_figure_is_typed_into_a_sentence_of_the_catalogue():
    tree = ast.parse(CATALOGUE.read_text(encoding="utf-8"))
    typed = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "tr" and node.args:
            text = node.args[0].value
            for example in EXAMPLES:
                text = text.replace(example, "")
            if re.search(r"\d", text.replace("%1", "").replace("%n", "")):
                typed.append(node.args[0].value)
    assert typed == []


def test_a_form_says_each_problem_once_and_an_unknown_failure_says_so(qapp):
    both = InvalidForm({"phone": "invalid_phone", "mobile": "invalid_mobile", "x": "niss_length"})
    assert error_text(both).split("\n") == [
        "This phone number is not valid. Example: 0470 12 34 56.",
        "This mobile number is not valid. Example: 0470 12 34 56.",
        "This national number is not valid: check its 11 digits.",
    ]
    assert error_text(Refused("taken_by_another")) == (
        "Another colleague has taken it: only a supervisor takes it over."
    )
    assert rejection_text("already_done") == "This has been done meanwhile: the list shows it now."
    assert error_text(RuntimeError("boom")).startswith("Something went wrong.")
    locked = error_text(AccountLocked(dt.datetime(2026, 11, 25, 10, 15, tzinfo=dt.UTC)))
    assert locked.startswith("Too many wrong tries: this account is locked until ")


# -- the figures follow their rules ----------------------------------------------------------


def test_the_receipt_s_limit_in_its_sentence_is_the_rule_s(make_kiosk, cases, monkeypatch):
    monkeypatch.setattr(printouts, "MAX_RECEIPT_LINES", 1)
    kiosk = make_kiosk()
    open_with_card(kiosk, cases["active_account"])
    file = open_section(kiosk, "reimbursements")
    wait_idle(kiosk)
    page = file.reimbursements
    for row in (0, 1):
        page.table.item(row, 0).setCheckState(Qt.CheckState.Checked)
    kiosk.click(page.print_button)
    kiosk.qtbot.waitUntil(lambda: file.status.property("kind") == "problem", timeout=20_000)
    assert file.status.text() == "A receipt holds at most 1 line: select fewer."


def test_the_statement_s_limits_in_its_sentences_are_the_federation_s_dated_ones(make_kiosk, cases):
    """A federation dates 200 days and 5 years back from 2026: a year of 2025 and a period of
    2019, both fine under the defaults (365 days, 9 years), are refused saying those figures."""
    kiosk = make_kiosk()
    member = cases["invalidity"]
    with kiosk.central.begin() as connection:
        federation_id = connection.execute(
            select(Household.federation_id)
            .join(Member, Member.household_id == Household.id)
            .where(Member.niss == member.niss)
        ).scalar_one()
        for name, value in (("statement_max_days", 200), ("statement_years_back", 5)):
            connection.execute(
                FederationParameter.__table__.insert().values(
                    federation_id=federation_id, name=name, value=Decimal(value),
                    valid_from=dt.date(2026, 1, 1), source="test",
                )
            )  # fmt: skip
    open_with_card(kiosk, member)
    file = open_section(kiosk, "indemnities")
    wait_idle(kiosk)
    page = file.indemnities

    def refused(start: QDate, end: QDate) -> str:
        page.start.setDate(start)
        page.end.setDate(end)
        kiosk.click(page.print_button)  # the click empties the message, the answer fills it
        kiosk.qtbot.waitUntil(lambda: page.period_error.text() != "", timeout=20_000)
        return page.period_error.text()

    assert refused(QDate(2025, 1, 1), QDate(2025, 12, 31)) == (
        "A statement covers at most 200 days: choose a shorter period."
    )
    assert refused(QDate(2019, 1, 1), QDate(2019, 6, 30)) == (
        "A statement covers at most the 5 years before this one."
    )


def test_the_quantity_an_order_holds_is_the_rule_s_on_the_page_and_in_the_sentence(
    make_kiosk, cases, monkeypatch
):
    monkeypatch.setitem(orders.MAX_QUANTITY, OrderKind.STICKERS, 4)
    member = cases["active_account"]
    kiosk = make_kiosk()
    open_with_card(kiosk, member)
    open_section(kiosk, "orders")
    wait_idle(kiosk)
    page = kiosk.controller.file.orders
    kiosk.click(page.kind_buttons["stickers"])
    for _ in range(6):
        kiosk.click(page.plus)
    assert page.quantity == 4
    with pytest.raises(InvalidForm) as invalid:  # checked before the database is asked
        orders.order_summary(
            None, None, FileSession(member.niss, "eid"), member.niss, "stickers", 5,
            today=dt.date(2026, 11, 25),
        )  # fmt: skip
    assert error_text(invalid.value) == "Choose between 1 and 4."  # the screen's language
