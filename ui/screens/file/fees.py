"""The "Fees and reimbursements" section: look a nomenclature code up or search it by words,
see its official fee and reimbursements by date (ordinary and BIM, with and without a DMG, by
age band where the data have one) and what the person chosen would pay; the personal share
and the BVAC attestation explained in plain words.

The page shows service results (app/services/nomenclature.py) only; ui/fees_controller.py
asks for them when the member searches or opens a code. In the large mode (issue 17) the code's
table keeps three columns (the cover, what is reimbursed, what one pays) under a row per period
that says its age band and official fee: six columns of 44 px text do not fit the screen."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QVBoxLayout

from ui import format as fmt
from ui.screens import parts
from ui.screens.file.common import Page, section_title, ui_language
from ui.widgets import headers

BANDS = ("all", "under_10", "from_10", "from_75")
LARGE_HIDDEN = (0, 1, 3)  # the period, the age band, the fee: in the large mode's group rows


class FeesPage(Page):
    search = Signal(str)  # the words or digits typed
    open_code = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("feesPage")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.status = parts.label(self, "feeStatus")
        layout.addWidget(self.status)
        row = QHBoxLayout()
        self.query = parts.line_edit(self, "feeSearch")
        self.query.returnPressed.connect(self._search)
        self.search_button = parts.button(self, "feeSearchButton", self._search, primary=True)
        parts.keep_width(self.search_button)
        row.addWidget(self.query, 1)
        row.addWidget(self.search_button)
        layout.addLayout(row)
        self.problem = parts.message(self, "errorMessage")
        layout.addWidget(self.problem)
        self.results = parts.table(self, "feeResults", 3)
        header = self.results.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self.results.setMinimumHeight(200)
        self.results.itemSelectionChanged.connect(self._chosen)
        # The large mode: every column whole without scrolling sideways, the service's name
        # wrapping in what the code and the fee leave; every row shown (the page scrolls).
        self.results_fit = parts.LargeTable(self.results, stretch=1)
        layout.addWidget(self.results)
        self.more = parts.message(self, "hint")
        layout.addWidget(self.more)
        self.title = parts.label(self, "sectionHeading")
        self.label_note = parts.message(self, "hint")
        self.for_you = parts.label(self, "dmgSummary")
        layout.addWidget(self.title)
        layout.addWidget(self.label_note)
        layout.addWidget(self.for_you)
        self.detail = parts.table(self, "feeDetail", 6)
        # Every row in view (the page scrolls, not the table); the age band and the cover share
        # the width the period and the amounts leave, their words wrapping ("verhoogde
        # tegemoetkoming"); the titles go on two lines (ui/widgets/headers.py).
        detail_header = self.detail.horizontalHeader()
        detail_header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        detail_header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        detail_header.setStretchLastSection(False)
        self.detail.setWordWrap(True)
        self.detail.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.detail.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        detail_header.sectionResized.connect(lambda *_: self._fit_detail())
        # The large mode: the cover, what is reimbursed and what one pays (`_group_row`), each
        # as wide as its title or longest word, the cover's wrapping in what is left
        # (ui/screens/parts.py), every row in view.
        self.detail_fit = parts.LargeTable(
            self.detail, stretch=2, hidden=LARGE_HIDDEN,
            normal_rows=QHeaderView.ResizeMode.ResizeToContents,
        )  # fmt: skip
        layout.addWidget(self.detail)
        self.sources = parts.message(self, "hint")
        layout.addWidget(self.sources)
        self.share_heading = parts.label(self, "sectionHeading")
        self.share_text = parts.label(self, "hint")
        self.bvac_heading = parts.label(self, "sectionHeading")
        self.bvac_text = parts.label(self, "hint")
        for widget in (self.share_heading, self.share_text, self.bvac_heading, self.bvac_text):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.counter = False
        self._status = None
        self._found = None
        self._code = None  # the CodeInfo shown
        self._asked_code: str | None = None
        self._last_query: str | None = None
        self.retranslate()

    # -- the controller's calls --------------------------------------------------------------
    def set_counter(self, counter: bool) -> None:
        """At the counter the page speaks of the member by name, at the terminal to them."""
        self.counter = counter
        self._render()

    def show_status(self, status) -> None:
        """The chosen person's situation (the section's load); a code shown is asked again
        for them."""
        self._status = status
        self._render()
        if self._asked_code:
            self.open_code.emit(self._asked_code)

    def show_results(self, found) -> None:
        self._found = found
        self.problem.setText("")
        self._render_results()
        digits = self.query.text().replace(" ", "")
        if len(found.hits) == 1 and digits.isdigit() and len(digits) == 6:
            self._open(found.hits[0].code)  # a whole code typed: straight to it

    def show_code(self, info) -> None:
        self._code = info
        self.problem.setText("")
        self._render_code()

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)

    # -- the member's actions ----------------------------------------------------------------
    def _search(self) -> None:
        text = self.query.text().strip()
        if not text:
            self.problem.setText(self.tr("Type a code (digits) or words of the service."))
            return
        self._last_query = text
        self.search.emit(text)

    def _chosen(self) -> None:
        rows = self.results.selectionModel().selectedRows()
        if rows:
            code = self.results.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole)
            if code and (self._code is None or self._code.code != code):
                self._open(code)

    def _open(self, code: str) -> None:
        self._asked_code = code
        self.open_code.emit(code)

    # -- texts -------------------------------------------------------------------------------
    def _who(self, status) -> str:
        if status.is_self and not self.counter:
            return self.tr("For you")
        return self.tr("For %1").replace("%1", status.first_names)

    def _band_name(self, band: str) -> str:
        return {
            "all": self.tr("All ages"),
            "under_10": self.tr("Under 10"),
            "from_10": self.tr("10 to 74"),
            "from_75": self.tr("75 and over, or chronically ill"),
        }.get(band, band)

    def _situation(self, status, with_band: bool) -> str:
        """The person's case in words, each case one whole text the translators write."""
        cover = {
            (False, False): self.tr("ordinary cover, without a DMG"),
            (False, True): self.tr("ordinary cover, with a DMG"),
            (True, False): self.tr("BIM, without a DMG"),
            (True, True): self.tr("BIM, with a DMG"),
        }[(bool(status.bim), bool(status.with_dmg))]
        if not with_band:
            return cover
        # In the sentence: "under 10" (the table's title says "Under 10").
        band = status.age_band
        band = self.tr("under 10") if band == "under_10" else self._band_name(band)
        # The case, then the age band ("ordinary cover, with a DMG, under 10"): a template the
        # translators may order and punctuate as their language reads.
        return self.tr("%1, %2").replace("%1", cover).replace("%2", band)

    def _render_status(self) -> None:
        status = self._status
        if status is None:
            self.status.setText("")
            return
        text = self.tr("%1: %2.").replace("%1", self._who(status))
        text = text.replace("%2", self._situation(status, True))
        if status.with_dmg and status.dmg_until:
            text += " " + self.tr("The DMG is valid until %1.").replace(
                "%1", fmt.day(status.dmg_until)
            )
        self.status.setText(text)

    def _render_results(self) -> None:
        found = self._found
        if found is None:
            parts.empty(self.results)
            self.more.setText("")
            return
        parts.fill(
            self.results,
            [
                [
                    parts.item(hit.code, data=hit.code),
                    parts.item(hit.label),
                    parts.item(fmt.money(hit.official_fee) or self.tr("no fee"), amount=True),
                ]
                for hit in found.hits
            ],
        )
        if not found.hits:
            self.more.setText(self.tr("No code matches. Try fewer words, or the start of a word."))
        elif found.more:
            self.more.setText(
                self.tr("More codes match than are shown: add a word to narrow the list.")
            )
        else:
            self.more.setText("")

    def _for_you_text(self, info) -> str:
        mine = info.for_you
        if mine is None:
            return ""
        who = self._who(mine.status)
        situation = self._situation(mine.status, info.depends_on_age)
        if mine.official_fee is None:
            return self.tr("This code has no fee in the data on %1.").replace(
                "%1", fmt.day(info.day)
            )
        if mine.share is None:
            text = self.tr("%1 — %2 — the data hold no reimbursement for this case.")
            return text.replace("%1", who).replace("%2", situation)
        if mine.young_free:
            return (
                self.tr("%1 — %2, up to %3 years — nothing to pay: young BIM members with a DMG "
                        "pay no personal share at the GP or the specialist.")
                .replace("%1", who).replace("%2", situation)
                .replace("%3", str(mine.status.young_free_max_age))
            )  # fmt: skip
        if mine.status.is_self and not self.counter:
            text = self.tr("%1 — %2 — your share is %3.")
        else:
            text = self.tr("%1 — %2 — the share is %3.")
        return text.replace("%1", who).replace("%2", situation).replace("%3", fmt.money(mine.share))

    def _cases(self, info) -> list[tuple[str, bool, bool | None]]:
        """(name, bim, with_dmg) of the rows each period shows; with_dmg None: either."""
        if info.depends_on_dmg:
            return [
                (self.tr("Ordinary, without DMG"), False, False),
                (self.tr("Ordinary, with DMG"), False, True),
                (self.tr("BIM, without DMG"), True, False),
                (self.tr("BIM, with DMG"), True, True),
            ]
        return [(self.tr("Ordinary"), False, None), (self.tr("BIM"), True, None)]

    def _render_code(self) -> None:
        info = self._code
        if info is None:
            self.title.setText("")
            self.label_note.setText("")
            self.for_you.setText("")
            self.sources.setText("")
            parts.empty(self.detail)
            self._fit_detail()
            return
        self.title.setText(f"{info.code} — {info.label}")
        note = {
            "fr": self.tr("This service's name exists in French and Dutch only: shown in French."),
            "nl": self.tr("This service's name exists in French and Dutch only: shown in Dutch."),
        }
        shown = info.label_language != ui_language() and info.label_language in note
        self.label_note.setText(note[info.label_language] if shown else "")
        self.for_you.setText(self._for_you_text(info))
        rows = []
        groups = []  # the large mode's rows that name a period (spanning the table)
        mine = info.for_you
        selected = -1
        for line in info.lines:
            period = (
                fmt.period(line.valid_from, line.valid_to)
                if line.valid_to
                else self.tr("from %1").replace("%1", fmt.day(line.valid_from))
            )
            since = headers.two_lines(period)  # two lines: the age band and the cover get the room
            if self.large:  # the period, the age band and the fee above their cases
                groups.append(len(rows))
                rows.append(self._group_row(info, line, period))
            for name, bim, with_dmg in self._cases(info):
                refund = getattr(
                    line, f"{'bim' if bim else 'ordinary'}_{'with' if with_dmg else 'without'}"
                )
                share = line.share(bim=bim, with_dmg=bool(with_dmg))
                if (
                    mine is not None
                    and line in info.current
                    and bim == mine.status.bim
                    and with_dmg in (None, mine.status.with_dmg)
                    and line.age_band in ("all", mine.status.age_band)
                ):
                    selected = len(rows)
                rows.append([
                    parts.item(since),
                    parts.item(self._band_name(line.age_band)),
                    parts.item(name),
                    parts.item(fmt.money(line.official_fee), amount=True),
                    parts.item(fmt.money(refund) if refund is not None else self.tr("none"),
                               amount=True),
                    parts.item(fmt.money(share) if share is not None else "–", amount=True),
                ])  # fmt: skip
        self.detail.clearSpans()
        parts.fill(self.detail, rows)
        for row in groups:
            self.detail.setSpan(row, 2, 1, len(rows[row]) - 2)
        if not self.large:  # the large mode hides it (its LargeTable), the band said above
            self.detail.setColumnHidden(1, not info.depends_on_age)
        self._fit_detail()
        if selected >= 0:  # the person's own case, on the day
            self.detail.selectRow(selected)
        docs = sorted({line.author_doc for line in info.lines if line.author_doc})
        if not rows:
            self.sources.setText(self.tr("The data hold no fee for this code."))
        elif docs:
            self.sources.setText(self.tr("Amounts as set by: %1.").replace("%1", ", ".join(docs)))
        else:
            self.sources.setText("")

    def _group_row(self, info, line, period: str) -> list:
        """The large mode: six columns of 44 px text do not fit the screen. The period, the age
        band and the official fee on a row of their own, across the table; under it a row per
        cover with what is reimbursed and what one pays (LARGE_HIDDEN hides the rest)."""
        said = [period]
        if info.depends_on_age:
            said.append(self._band_name(line.age_band))
        said.append(self.tr("Official fee: %1").replace("%1", fmt.money(line.official_fee)))
        cells = [parts.item("") for _ in range(self.detail.columnCount())]
        cells[2] = parts.item(" — ".join(said))
        bold = QFont()  # bold only: the size is the table's
        bold.setBold(True)
        cells[2].setFont(bold)
        for cell in cells:
            cell.setFlags(Qt.ItemFlag.ItemIsEnabled)  # a title: not a case to select
        return cells

    def _fit_detail(self) -> None:
        """The detail table as tall as its rows: the page scrolls, never the table (in the large
        mode its LargeTable sees to it)."""
        if self.large:
            self.detail.setMaximumHeight(16777215)
            return
        self.detail.resizeRowsToContents()
        height = self.detail.horizontalHeader().sizeHint().height() + 2 * self.detail.frameWidth()
        height += sum(self.detail.rowHeight(r) for r in range(self.detail.rowCount()))
        self.detail.setFixedHeight(max(height, 120))

    def _render(self) -> None:
        self._render_status()
        self._render_results()
        self._render_code()

    def retranslate(self) -> None:
        # Where the member is and what they can do (speech and a screen reader, issue 17).
        self.setAccessibleName(section_title("fees"))
        self.setAccessibleDescription(
            self.tr(
                "Type a code or words, then choose Search. Pick a code in the list to see its "
                "amounts."
            )
        )
        self.query.setPlaceholderText(self.tr("A code, or words: consultation, huisarts…"))
        self.query.setAccessibleName(self.tr("Search a code or words of the service"))
        self.results.setAccessibleName(self.tr("Codes found"))
        self.detail.setAccessibleName(self.tr("The code's fees and reimbursements"))
        self.search_button.setText(self.tr("Search"))
        headers.set_titles(  # on two lines when long: the service's name keeps the room
            self.results, [self.tr("Code"), self.tr("Service"), self.tr("Official fee")]
        )
        headers.set_titles(
            self.detail,
            [self.tr("Period"), self.tr("Age"), self.tr("Cover"), self.tr("Official fee"),
             self.tr("Reimbursed"), self.tr("You pay")],
        )  # fmt: skip
        self.share_heading.setText(self.tr("The personal share (ticket modérateur, remgeld)"))
        self.share_text.setText(
            self.tr(
                "The part of the official fee the compulsory insurance does not reimburse: the "
                "official fee minus the reimbursement. It is smaller with a global medical file "
                "(DMG) at your GP, and for members entitled to the increased reimbursement "
                "(BIM). A provider who is not conventioned may ask more than the official fee: "
                "that supplement is never reimbursed."
            )
        )
        self.bvac_heading.setText(self.tr("The BVAC attestation"))
        self.bvac_text.setText(
            self.tr(
                'BVAC stands for "Bijkomende Verzekering / Assurance Complémentaire". Your '
                "pharmacist fills it in when you ask, for medicines or other health products "
                "that a complementary insurance (a hospitalisation insurance, for example) may "
                "pay back. It lists the pharmacist, the prescribing doctor, you and the "
                "products. Send it to that insurer, or have the pharmacist send it "
                "electronically if your insurer takes part. It is for that insurer: the "
                "compulsory reimbursement does not need it."
            )
        )
        self._render()

    def large_mode_changed(self, large: bool) -> None:
        super().large_mode_changed(large)
        self.results_fit.set_large(large)
        self.detail_fit.set_large(large)
        self._render_code()  # the large mode's rows (`_group_row`), or the normal ones

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            # The labels come in the language asked: ask again for what is shown.
            if self._found is not None and self._last_query:
                self.search.emit(self._last_query)
            if self._asked_code:
                self.open_code.emit(self._asked_code)

    def clear(self) -> None:
        super().clear()
        self._status = None
        self._found = None
        self._code = None
        self._asked_code = None
        self._last_query = None
        self.problem.setText("")
        self._render()
