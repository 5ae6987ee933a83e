"""The "Preparing a hospital stay" section's actions: check a planned stay for the person
chosen, print its summary (or save it as PDF at the counter).

FileController (ui/file_controller.py) makes one and lends it its means: `run` off the GUI
thread (late answers dropped), the visit's session and language, its printing and saving. The
section's row in ui/file_sections.py only tells the page it opened; the page asks again what
it had checked, for the person now chosen. Nothing of the member is kept here.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate files a bare tr() there


class HospitalController(QObject):
    def __init__(self, files):
        super().__init__(files)
        self.files = files  # ui.file_controller.FileController
        self.page = page = files.screen.hospital
        page.check.connect(self._check)
        page.print_summary.connect(lambda: self._summary(save=False))
        page.save_summary.connect(lambda: self._summary(save=True))

    def _target(self) -> str:
        f = self.files
        return f.screen.person_niss or f.sc.visit.niss

    def _check(self, admission: str, nights: str) -> None:
        f, backend, page = self.files, self.files.backend, self.page
        session, target = f._session(), self._target()
        page.own_niss = f.sc.visit.niss

        def ask(_r):
            stay = backend.parse_stay(admission, nights)  # InvalidForm keeps what was typed
            return backend.hospital_stay(session, target, stay)

        f._run(
            ask,
            *f._latest("hospital", page.show_stay, page.show_problem),
            lock=page.check_button,
        )

    def _summary(self, *, save: bool) -> None:
        asked = self.page.asked
        if asked is None:  # no answer shown (a late tap): nothing to print
            return
        f, backend = self.files, self.files.backend
        session, target, language = f._session(), self._target(), f._language()
        f._output(
            lambda: backend.hospital_summary(
                session, target, backend.parse_stay(*asked), language=language
            ),
            tr("hospital-stay-summary"),
            save,
        )
