"""What the bank account page offers (app/services/bank.py): the change only after a login with
the eID card or the federal token, and only with a card in the reader to sign the form."""

from __future__ import annotations

import pytest

from app.domain.codes import BankChangeMode, LoginMode
from app.services import bank
from app.services.member_file import FileSession


@pytest.mark.parametrize(
    ("login", "card_in_reader", "offered"),
    [
        (LoginMode.EID, True, BankChangeMode.ALLOWED),
        (LoginMode.TOKEN, True, BankChangeMode.ALLOWED),
        (LoginMode.TOKEN, False, BankChangeMode.CARD_NEEDED),
        (LoginMode.EID, False, BankChangeMode.CARD_NEEDED),  # the card left during the visit
        (LoginMode.PASSWORD, True, BankChangeMode.PASSWORD_LOGIN),
        (LoginMode.PASSWORD, False, BankChangeMode.PASSWORD_LOGIN),
    ],
)
def test_the_bank_change_is_offered_after_a_strong_login_with_a_card_to_sign(
    login, card_in_reader, offered
):
    session = FileSession("85073003328", login)
    assert bank.bank_change_mode(session, card_in_reader=card_in_reader) is offered
