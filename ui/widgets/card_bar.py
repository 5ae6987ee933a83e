"""The simulated reader's controls (demo only): choose a virtual card, insert it, take it out.

Shown only when the program runs with a simulated card (`--simulated-card` or the
`simulated_card` setting); a real terminal has a real reader and never shows this bar. Each
card is offered by its holder's name and what the demo shows with it ("Marie Dupont — active
online account"), not by a file's name (but for a profile of one's own). The bar is low, in
small type: every pixel of its height comes off the screens above it (the PIN pad, the
reimbursements' calculator).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QWidget

from devices.simulated.profile import PROFILES_DIR

KIDS_ID = 6  # the identity file's document type of a Kids-ID
BELGIAN_EID = 1


def _holder(path: Path) -> tuple[str, int]:
    """The holder's first given name and surname, and the card's document type."""
    from devices.simulated.cli import open_profile

    try:
        profile = open_profile(str(path))
    except (OSError, ValueError, KeyError):
        return "", BELGIAN_EID
    first = profile.first_names.split()[0] if profile.first_names.split() else ""
    return f"{first} {profile.surname}".strip(), profile.document_type


class SimulatedCardBar(QWidget):
    def __init__(
        self,
        profiles: list[Path],
        insert: Callable[[Path], None],
        remove: Callable[[], None],
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("simulatedCardBar")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(24, 4, 24, 4)
        self.caption = QLabel(self)
        self.choice = QComboBox(self)
        self.choice.setObjectName("simulatedProfile")
        # As wide as the bar allows, not as its longest card: the bar must not widen the window.
        self.choice.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.choice.setMinimumContentsLength(20)
        # (holder, what the card stands for, document type): a demo case (the files of
        # `guichet-central demo-cards` are named after theirs), a shipped profile (None), or
        # the name of a profile file of one's own.
        self._cards: list[tuple[str, str | None, int]] = []
        for path in profiles:
            name, document = _holder(path)
            if path.parent.name == "demo-cards":
                case = path.stem
            elif path.parent.resolve() == PROFILES_DIR.resolve():
                case = None
            else:
                case = path.name
            self._cards.append((name or path.stem, case, document))
            self.choice.addItem("", str(path))
        self.insert_button = QPushButton(self)
        self.remove_button = QPushButton(self)
        for button in (self.insert_button, self.remove_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.insert_button.clicked.connect(lambda: insert(Path(self.choice.currentData())))
        self.remove_button.clicked.connect(remove)
        self.caption.setBuddy(self.choice)  # the card list's name for a screen reader
        layout.addWidget(self.caption)
        layout.addWidget(self.choice, 1)
        layout.addWidget(self.insert_button)
        layout.addWidget(self.remove_button)
        self.retranslate()

    def _cases(self) -> dict[str, str]:
        """The demo cases (app/store/seed.py SPECIAL_HOUSEHOLDS), said as a person would."""
        return {
            "active_account": self.tr("active online account"),
            "blocked_dependant": self.tr("dependant, file blocked"),
            "bim": self.tr("increased reimbursement"),
            "cover_not_in_order": self.tr("cover not in order"),
            "deactivated_account": self.tr("account deactivated"),
            "dependant_16_17_mwp": self.tr("dependant aged 16 or 17"),
            "dependant_18_or_more": self.tr("dependant aged 18+"),
            "dependant_under_16_mwp": self.tr("dependant under 16"),
            "dependant_under_18": self.tr("dependant under 18"),
            "dmg_expired": self.tr("global medical file expired"),
            "incapacity_primary": self.tr("primary incapacity"),
            "incapacity_running": self.tr("incapacity running"),
            "invalidity": self.tr("invalidity"),
            "maf_ceiling_reached": self.tr("MAF ceiling reached"),
            "medical_agreements": self.tr("medical agreements"),
            "no_online_account": self.tr("no online account"),
            "young_saver": self.tr("young saver"),
        }

    def _what(self, case: str | None, document: int) -> str:
        if case is not None:
            return self._cases().get(case, case)
        # The shipped profiles (devices/simulated/profiles) hold no demo member.
        if document == KIDS_ID:
            return self.tr("Kids-ID, no PIN login")
        if document != BELGIAN_EID:
            return self.tr("foreigner's card, not a member")
        return self.tr("not a member")

    def retranslate(self) -> None:
        self.caption.setText(self.tr("Simulated card reader (demo):"))
        self.insert_button.setText(self.tr("Insert card"))
        self.remove_button.setText(self.tr("Remove card"))
        for index, (name, case, document) in enumerate(self._cards):
            self.choice.setItemText(index, f"{name} — {self._what(case, document)}")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
