"""A whole terminal for pytest-qt: seeded central database, terminal outbox, the real session
controller and screens, and virtual cards of demo members (keys in the SoftHSM2 token)."""

from __future__ import annotations

import datetime as dt
import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTableWidget,
)

from app.services.kiosk import KioskBackend
from app.services.local_token_provider import LocalTokenProvider
from app.services.session import Step
from app.store import migrate
from app.store.db import make_engine
from app.store.demo_cases import demo_cases
from app.store.seed import seed_database
from app.sync.terminal import Outbox, open_terminal_db
from devices.card_slot import SimulatedSlot
from devices.pkcs11 import SOFTHSM_MODULE
from devices.simulated.card import Faults, VirtualCard
from devices.simulated.image import build_card_image
from devices.simulated.profile import Profile, build_profile
from devices.simulated.softhsm import provision
from ui.session import SessionController

TODAY = dt.date(2026, 11, 25)
NOW = dt.datetime(2026, 11, 25, 10, 0, tzinfo=dt.UTC)
TOKEN_SECRET = b"test-token-secret"
WAIT_MS = 10_000


@pytest.fixture(scope="session")
def seeded_central_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("central") / "central.sqlite"
    engine = make_engine(f"sqlite:///{path}")
    migrate.upgrade(engine)
    seed_database(engine, households=8, seed=11, as_of=TODAY)
    engine.dispose()
    return path


@pytest.fixture
def central(seeded_central_file, tmp_path):
    copy = tmp_path / "central.sqlite"
    shutil.copy(seeded_central_file, copy)
    engine = make_engine(f"sqlite:///{copy}")
    yield engine
    engine.dispose()


@pytest.fixture
def cases(central) -> dict:
    with central.connect() as connection:
        return demo_cases(connection)


def member_profile(member, *, applet: str = "1.7", **extra) -> Profile:
    address = f"{member.street} {member.house_number}" + (
        f" bte {member.box}" if member.box else ""
    )
    return build_profile(
        national_number=member.niss,
        surname=member.last_name,
        first_names=member.first_names,
        birth_date=member.birth_date,
        sex=str(member.sex.value if hasattr(member.sex, "value") else member.sex),
        street_and_number=address,
        zip_code=member.postcode,
        municipality=member.municipality,
        applet=applet,
        **extra,
    )


@dataclass
class Kiosk:
    window: object
    controller: SessionController
    slot: SimulatedSlot
    backend: KioskBackend
    outbox: Outbox
    central: object
    qtbot: object
    pki: object
    pki_dir: Path

    @property
    def step(self) -> Step:
        return self.controller.machine.step

    def wait_for(self, step: Step, timeout: int = WAIT_MS) -> None:
        self.qtbot.waitUntil(lambda: self.step == step, timeout=timeout)

    def card(self, profile: Profile, *, faults: Faults | None = None, forge=None) -> VirtualCard:
        image = build_card_image(profile, self.pki, forge=forge, key_cache=self.pki_dir / "cards")
        provision(image)
        return VirtualCard(image, faults)

    def insert(self, card: VirtualCard) -> VirtualCard:
        self.slot.insert(card)
        return card

    def type_pin(self, pin: str, screen=None) -> None:
        screen = screen or self.controller.pin
        for digit in pin:
            self.qtbot.mouseClick(screen.pad.keys[digit], Qt.MouseButton.LeftButton)
        self.qtbot.mouseClick(screen.pad.ok, Qt.MouseButton.LeftButton)

    def click(self, button) -> None:
        self.qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    def texts(self) -> str:
        """Every text the window holds, visible or not: labels, fields, buttons, lists, the
        cells of tables (a day's slots, a code's fees) and the items of lists (free times)."""
        parts = [self.window.windowTitle()]
        for widget in self.window.findChildren(QLabel):
            parts.append(widget.text())
            parts.append(widget.toolTip())
        for widget in self.window.findChildren(QLineEdit):
            parts.append(widget.text())
        for widget in self.window.findChildren(QPlainTextEdit):
            parts.append(widget.toPlainText())
        for widget in self.window.findChildren(QAbstractButton):
            parts.append(widget.text())
        for widget in self.window.findChildren(QComboBox):
            parts.extend(widget.itemText(i) for i in range(widget.count()))
        for table in self.window.findChildren(QTableWidget):
            for row in range(table.rowCount()):
                for column in range(table.columnCount()):
                    cell = table.item(row, column)
                    if cell is not None:
                        parts.extend((cell.text(), cell.toolTip()))
        for listed in self.window.findChildren(QListWidget):
            parts.extend(listed.item(row).text() for row in range(listed.count()))
        return "\n".join(parts)

    def holders_of(self, value: str) -> list[str]:
        """The widgets whose text contains `value` (to say where a trace was left)."""
        found = []
        for widget in self.window.findChildren(QLabel):
            if value in widget.text():
                found.append(widget.objectName() or type(widget.parent()).__name__)
        for widget in self.window.findChildren(QLineEdit):
            if value in widget.text():
                found.append(widget.objectName())
        return found

    def assert_nothing_left_of(self, *values: str) -> None:
        texts = self.texts()
        for value in values:
            assert value and value not in texts, (
                f"{value!r} is still on a screen: {self.holders_of(value)}"
            )
        undo = [edit.objectName() for edit in self.window.findChildren(QLineEdit)
                if edit.isUndoAvailable()]  # fmt: skip
        assert undo == [], f"fields whose undo would bring text back: {undo}"
        provider = self.backend.identity_provider
        assert not getattr(provider, "_issued", {}), "the token provider still holds a challenge"
        visit = self.controller.visit
        assert visit.holder is None and visit.reader is None and visit.photo is None
        assert not self.controller.card.in_use  # the card backend forgot the card it read
        assert visit.niss is None and visit.route is None and visit.join_values is None
        for photo in (self.controller.reading.photo, self.controller.pin.photo):
            assert photo.pixmap().isNull()


def traces_of(member) -> tuple[str, ...]:
    """What of this member must not remain: names, national number (both forms), street."""
    from app.domain.niss import Niss

    return (
        member.last_name,
        member.first_names,
        member.niss,
        Niss(member.niss).formatted(),
        member.street,
    )


@pytest.fixture
def make_kiosk(qtbot, make_window, central, tmp_path, trust, softhsm, pki, pki_dir):
    built: list[Kiosk] = []

    def make(
        mode: str = "kiosk",
        *,
        timeout_s: int = 90,
        warn_s: int = 20,
        online=True,
        central_engine=None,
        slot=None,
        language: str = "en",  # the tests read the English texts
        printer=None,  # ui.printing.Printer; CUPS's default destination when None
        gate=None,  # app.gate.client.GateClient; the in-process gatekeeper when None
        terminal_id=None,
    ) -> Kiosk:
        engine = central_engine or central
        terminal = open_terminal_db(tmp_path / f"terminal-{len(built)}.sqlite")
        # Each terminal its own id: two terminals with one id would clash in the inbox.
        terminal_id = terminal_id or (
            "test-terminal" if not built else f"test-terminal-{len(built) + 1}"
        )
        outbox = Outbox(terminal, terminal_id)
        backend = KioskBackend(
            engine,
            outbox,
            trust=trust,
            pkcs11_module=SOFTHSM_MODULE,
            terminal_id=terminal_id,
            identity_provider=LocalTokenProvider(engine, TOKEN_SECRET),
            is_online=lambda: online,
            today=lambda: TODAY,
            now=lambda: NOW,
            gate=gate,
        )
        window = make_window(mode, language)
        slot = slot or SimulatedSlot()
        controller = SessionController(
            window, backend, slot, timeout_s=timeout_s, warn_s=warn_s, printer=printer
        )
        kiosk = Kiosk(window, controller, slot, backend, outbox, engine, qtbot, pki, pki_dir)
        built.append(kiosk)
        return kiosk

    yield make
    for kiosk in built:
        kiosk.controller.stop()
