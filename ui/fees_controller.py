"""The "Fees and reimbursements" section's actions: search the nomenclature, open a code.

FileController (ui/file_controller.py) makes one and lends it its means, as the incapacity's
controller: `run` off the GUI thread with late answers dropped, the visit's session and
language, the person chosen. The section's own load (the person's situation) is a row of
ui/file_sections.py. Nothing of the member is kept here.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from app.domain.codes import TerminalMode
from ui.messages import error_text


class FeesController(QObject):
    def __init__(self, files):
        super().__init__(files)
        self.files = files  # ui.file_controller.FileController
        self.page = page = files.screen.fees
        page.search.connect(self._search)
        page.open_code.connect(self._open)
        page.set_counter(files.sc.window.mode == TerminalMode.COUNTER)

    def _search(self, text: str) -> None:
        f, backend, page = self.files, self.files.backend, self.page
        language = f._language()
        f._run(
            lambda _r: backend.fee_search(text, language=language),
            *f._latest("fee_search", page.show_results,
                       lambda exc: page.show_problem(error_text(exc))),
        )  # fmt: skip

    def _open(self, code: str) -> None:
        f, backend, page = self.files, self.files.backend, self.page
        session, language = f._session(), f._language()
        person = f.screen.person_niss
        f._run(
            lambda _r: backend.fee_lookup(session, code, language=language, person=person),
            *f._latest("fee_code", page.show_code,
                       lambda exc: page.show_problem(error_text(exc))),
        )  # fmt: skip
