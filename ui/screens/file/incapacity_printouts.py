"""Forms to print: the incapacity forms offered to this member, in their language and with
their details filled in; printed at the terminal, also saved as PDF at the counter."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QPushButton, QWidget

from ui.screens import parts
from ui.screens.file.incapacity_parts import view_top


class FormsView(QWidget):
    print_form = Signal(str)  # IncapacityForm value
    save_form = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("incapacityForms")
        layout = view_top(self)  # self.heading, self.hint
        self.grid = QGridLayout()
        self.grid.setColumnStretch(0, 1)
        self.grid.setVerticalSpacing(8)
        layout.addLayout(self.grid)
        self.counter = False
        self._kinds: tuple[str, ...] = ()
        self.rows: dict[str, tuple] = {}  # kind → (name label, print button, save button)

    def set_counter(self, counter: bool) -> None:
        self.counter = counter
        for _name, _print, save in self.rows.values():
            save.setVisible(counter)

    def show_forms(self, kinds) -> None:
        kinds = tuple(str(k) for k in kinds)
        if kinds == self._kinds:
            return
        self._clear_rows()
        self._kinds = kinds
        for row, kind in enumerate(kinds):
            name = parts.label(self)
            name.setObjectName(f"form_{kind}")
            print_button = parts.button(self, f"print_{kind}", primary=True)
            print_button.clicked.connect(lambda _c=False, k=kind: self.print_form.emit(k))
            parts.keep_width(print_button)
            save_button = parts.button(self, f"save_{kind}")
            save_button.clicked.connect(lambda _c=False, k=kind: self.save_form.emit(k))
            parts.keep_width(save_button)
            save_button.setVisible(self.counter)
            self.grid.addWidget(name, row, 0)
            self.grid.addWidget(save_button, row, 1)
            self.grid.addWidget(print_button, row, 2)
            self.rows[kind] = (name, print_button, save_button)
        self.retranslate()

    def _clear_rows(self) -> None:
        for widgets in self.rows.values():
            for widget in widgets:
                self.grid.removeWidget(widget)
                widget.deleteLater()
        self.rows = {}
        self._kinds = ()

    def print_button(self, kind: str) -> QPushButton:
        return self.rows[kind][1]

    def save_button(self, kind: str) -> QPushButton:
        return self.rows[kind][2]

    def form_title(self, kind: str) -> str:
        return {
            "certificate_employee": self.tr(
                "Incapacity certificate for your doctor (employee, worker, unemployed)"
            ),
            "certificate_self_employed": self.tr(
                "Incapacity certificate for your doctor (self-employed)"
            ),
            "secondary_activity": self.tr("Declaration of a secondary self-employed activity"),
            "return_employee": self.tr("Return to work (employee, worker, unemployed)"),
            "return_self_employed": self.tr("Return to work (self-employed)"),
            "resumption_employee": self.tr("Request to work part time (employee)"),
            "resumption_self_employed": self.tr("Request to work part time (self-employed)"),
            "voluntary_work": self.tr("Request for voluntary work"),
        }.get(kind, kind)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Forms to print"))
        self.hint.setText(self.tr("In your language, with your details already filled in."))
        for kind, (name, print_button, save_button) in self.rows.items():
            title = self.form_title(kind)
            name.setText(title)
            print_button.setText(self.tr("Print"))
            print_button.setAccessibleName(self.tr("Print: %1").replace("%1", title))
            save_button.setText(self.tr("Save as PDF"))
            save_button.setAccessibleName(self.tr("Save as PDF: %1").replace("%1", title))

    def clear(self) -> None:
        self._clear_rows()
