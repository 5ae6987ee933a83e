"""A real pcscd with the vpcd driver for the whole session, virtual cards served to it
(a plugin for the whole suite, registered in tests/conftest.py: one pcscd per run).

pcscd is started here (`pcscd --foreground` with a private reader config naming a free vpcd
port) and stopped at the end. If it cannot start, every test here fails with the reason: none
is skipped silently.
"""

from __future__ import annotations

import socket
import time
from collections.abc import Iterator

import pytest

from devices.simulated.pcscd import Pcscd, PcscdError
from devices.simulated.vpcd import VpcdCard

READER = "Virtual PCD 00 00"


def _free_port_pair() -> int:
    for _ in range(50):
        with socket.socket() as first:
            first.bind(("0.0.0.0", 0))
            port = first.getsockname()[1]
        if port >= 65535:
            continue
        with socket.socket() as second:
            try:
                second.bind(("0.0.0.0", port + 1))
            except OSError:
                continue
        return port
    raise RuntimeError("no free pair of TCP ports")


@pytest.fixture(scope="session")
def pcscd(tmp_path_factory) -> Iterator[Pcscd]:
    log = tmp_path_factory.mktemp("pcscd") / "pcscd.log"
    daemon = Pcscd(port=_free_port_pair(), log=log)
    try:
        daemon.start()
    except PcscdError as exc:
        pytest.fail(f"cannot start pcscd for the card integration tests: {exc}", pytrace=False)
    yield daemon
    daemon.stop()


@pytest.fixture
def slot(pcscd) -> Iterator[VpcdCard]:
    """The card slot of reader "Virtual PCD 00 00"; empty again after the test."""
    card_slot = VpcdCard(port=pcscd.port)
    yield card_slot
    card_slot.remove()
    wait_until_empty()


def wait_until_empty(timeout: float = 3.0) -> None:
    from smartcard import scard

    from devices.pcsc import establish_context

    context = establish_context()
    try:
        deadline = time.monotonic() + timeout
        state = 0
        while time.monotonic() < deadline:
            code, states = scard.SCardGetStatusChange(context, 200, [(READER, state)])
            if code == scard.SCARD_S_SUCCESS:
                state = states[0][1] & ~scard.SCARD_STATE_CHANGED
                if state & scard.SCARD_STATE_EMPTY:
                    return
    finally:
        scard.SCardReleaseContext(context)


def connect(timeout: float = 5.0):
    """A PC/SC connection to the card, once pcscd has seen it (its poll is 400 ms)."""
    from devices.errors import NoCard
    from devices.pcsc import PcscTransport

    deadline = time.monotonic() + timeout
    while True:
        try:
            return PcscTransport(READER)
        except NoCard:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.05)
