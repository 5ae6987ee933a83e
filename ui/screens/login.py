"""Ways in without a card: password, federal token, "forgot my password", "I cannot log in",
the online access by post ("no card?"), and the member's own password (issue 19).

Every form keeps what was typed when something is wrong and says what, in the member's
language; the password fields are emptied after each try (never kept longer than the call).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.domain.password_policy import MIN_LENGTH
from ui.messages import error_text
from ui.screens import parts
from ui.screens.base import Screen


class FormScroll(QScrollArea):
    """A form's scroll area. In the large mode (`set_grow(True)`) it asks for its form's whole
    height at its width and the window's page scrolls instead (ui/main_window.py): one scroll
    for the whole screen, never one inside another."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.grow = False

    def set_grow(self, grow: bool) -> None:
        self.grow = grow
        self.setVerticalScrollBarPolicy(
            Qt.ScrollBarPolicy.ScrollBarAlwaysOff if grow else Qt.ScrollBarPolicy.ScrollBarAsNeeded
        )
        self.updateGeometry()

    def setWidget(self, widget: QWidget) -> None:
        super().setWidget(widget)
        widget.installEventFilter(self)  # the form laid out again: its height follows

    def _form_height(self) -> int:
        body = self.widget()
        width = self.viewport().width()
        height = max(body.minimumSizeHint().height(), body.sizeHint().height())
        if body.hasHeightForWidth():
            height = max(height, body.heightForWidth(width))
        return height + 2 * self.frameWidth()

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(hint.width(), self._form_height()) if self.grow else hint

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(hint.width(), self._form_height()) if self.grow else hint

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.grow and event.size().width() != event.oldSize().width():
            self.updateGeometry()  # its lines wrap otherwise: another height

    def eventFilter(self, watched, event) -> bool:
        if self.grow and watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()
        return False


class FormScreen(Screen):
    """A title, a form of labelled fields in a scrolling area, an error line, buttons.

    The on-screen keyboard belongs to the main window and slides in under the screen while a
    field has the focus; the form scrolls so the field being typed in stays in view.
    """

    back = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.body = QWidget(self)
        self.body.setObjectName("formBody")
        body_layout = QVBoxLayout(self.body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        self.form = QFormLayout()
        self.form.setSpacing(10)
        # A field too wide beside its label (a long choice, a long label in German) goes under
        # it, full width, rather than past the screen's edge.
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        body_layout.addLayout(self.form)
        body_layout.addStretch(1)
        self.scroll = FormScroll(self)
        self.scroll.setObjectName("formScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(self.body)
        self.scroll.setMinimumHeight(140)
        self.error = parts.label(self, "errorMessage", center=True)
        self.layout_.addWidget(self.scroll, 1)
        self.layout_.addWidget(self.error)
        self.back_button = parts.button(self, "back", self.back.emit)
        self._labels: dict[str, QLabel] = {}
        self._problem: BaseException | None = None
        QApplication.instance().focusChanged.connect(self._keep_in_view)

    def _keep_in_view(self, _old, new) -> None:
        if isinstance(new, QWidget) and self.body.isAncestorOf(new):
            self.scroll.ensureWidgetVisible(new, 0, 24)

    def field(self, key: str, *, password: bool = False) -> QLineEdit:
        edit = parts.line_edit(self, key, password=password)
        edit.setParent(self.body)
        label = QLabel(self.body)
        label.setObjectName("fieldLabel")
        label.setBuddy(edit)  # the field's name for speech and a screen reader
        self._labels[key] = label
        self.form.addRow(label, edit)
        return edit

    def large_mode_changed(self, large: bool) -> None:
        self.scroll.set_grow(large)

    def set_label(self, key: str, text: str) -> None:
        self._labels[key].setText(text)

    def finish_layout(self, *buttons) -> None:
        self.layout_.addLayout(parts.button_row(self.back_button, *buttons))

    def show_error(self, text: str) -> None:
        self._problem = None
        self.error.setText(text)

    def show_problem(self, exc: BaseException) -> None:
        """A refused request, said in the current language (and again after a switch)."""
        self._problem = exc
        self.error.setText(error_text(exc))

    def clear(self) -> None:
        super().clear()
        for edit in self.findChildren(QPlainTextEdit):
            edit.clear()  # QPlainTextEdit.clear() drops the undo history too
        self.show_error("")

    def retranslate(self) -> None:
        self.back_button.setText(self.tr("Back"))
        if getattr(self, "_problem", None) is not None:
            self.error.setText(error_text(self._problem))


class LoginScreen(FormScreen):
    name = "login"
    submitted = Signal(str, str)
    choose_token = Signal()
    choose_forgot = Signal()
    choose_cannot_login = Signal()
    choose_register = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.username = self.field("username")
        self.password = self.field("password", password=True)
        self.login_button = parts.button(self, "logIn", self._submit, primary=True)
        self.token_button = parts.button(self, "tokenLogin", self.choose_token.emit)
        self.forgot_button = parts.button(self, "forgot", self.choose_forgot.emit)
        self.help_button = parts.button(self, "cannotLogIn", self.choose_cannot_login.emit)
        self.register_button = parts.button(self, "register", self.choose_register.emit)
        self.layout_.addLayout(parts.button_row(self.token_button, self.forgot_button,
                                                self.help_button))  # fmt: skip
        self.layout_.addLayout(parts.button_row(self.register_button))
        self.finish_layout(self.login_button)
        self.password.returnPressed.connect(self._submit)
        self.retranslate()

    def _submit(self) -> None:
        password = self.password.text()
        self.password.setText("")
        if not self.username.text().strip() or not password:
            # Nothing is sent (an empty try would count as a failure towards the lock).
            self.show_error(self.tr("Type your national number and your password."))
            return
        self.submitted.emit(self.username.text(), password)

    def retranslate(self) -> None:
        super().retranslate()
        self.title.setText(self.tr("Log in without a card"))
        self.set_label("username", self.tr("National number"))
        self.set_label("password", self.tr("Password"))
        self.username.setPlaceholderText(self.tr("e.g. 85.07.30-033.28"))
        self.login_button.setText(self.tr("Log in"))
        self.token_button.setText(self.tr("Federal token"))
        self.forgot_button.setText(self.tr("Forgot my password"))
        self.help_button.setText(self.tr("I cannot log in"))
        self.register_button.setText(self.tr("No card? Create my online access"))
        self.setAccessibleName(self.title.text())
        self.setAccessibleDescription(
            self.tr("Type your national number and your password, then choose Log in.")
        )


class TokenLoginScreen(FormScreen):
    """The federal token: national number and password, then the code the provider asks for."""

    name = "token_login"
    ask_position = Signal(str)
    submitted = Signal(str, str, str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.username = self.field("username")
        self.password = self.field("password", password=True)
        self.code = self.field("code", password=True)
        self.position_label = parts.label(self, "instruction", center=True)
        self.layout_.insertWidget(1, self.position_label)
        self.next_button = parts.button(self, "next", self._next, primary=True)
        self.login_button = parts.button(self, "logIn", self._submit, primary=True)
        self.finish_layout(self.next_button, self.login_button)
        self._position: int | None = None
        self._stage()
        self.retranslate()

    def _stage(self) -> None:
        asked = self._position is not None
        self.code.setEnabled(asked)
        self.login_button.setVisible(asked)
        self.next_button.setVisible(not asked)

    def _next(self) -> None:
        self.ask_position.emit(self.username.text())

    def ask_again(self) -> None:
        """Back to the first stage: a new position will be asked (a challenge is used once)."""
        self._position = None
        self.code.setText("")
        self._stage()
        self.retranslate()

    def show_position(self, position: int) -> None:
        self._position = position
        self._stage()
        self.retranslate()
        self.code.setFocus()

    def _submit(self) -> None:
        password, code = self.password.text(), self.code.text()
        self.password.setText("")
        self.code.setText("")
        self.submitted.emit(self.username.text(), password, code)

    def retranslate(self) -> None:
        super().retranslate()
        self.title.setText(self.tr("Log in with your federal token"))
        self.set_label("username", self.tr("National number"))
        self.set_label("password", self.tr("Password"))
        self.set_label("code", self.tr("Token code"))
        self.next_button.setText(self.tr("Next"))
        self.login_button.setText(self.tr("Log in"))
        if self._position is None:
            self.position_label.setText(self.tr("Type your national number, then press Next."))
        else:
            self.position_label.setText(
                self.tr("Type the code number %1 of your token card.").replace(
                    "%1", str(self._position)
                )
            )
        self.setAccessibleName(self.title.text())
        self.setAccessibleDescription(self.position_label.text())

    def clear(self) -> None:
        super().clear()
        self._position = None
        self._stage()
        self.retranslate()


class ByPostScreen(FormScreen):
    """A national number, and what the member asks for goes by post to the home address on
    file: what will happen, the number, Send (Enter too). Its sentences are its subclass's."""

    submitted = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.explanation = parts.label(self, "hint", center=True)
        self.layout_.insertWidget(1, self.explanation)
        self.username = self.field("username")
        self.send_button = parts.button(
            self, "send", lambda: self.submitted.emit(self.username.text()), primary=True
        )
        self.username.returnPressed.connect(self.send_button.click)
        self.finish_layout(self.send_button)
        self.retranslate()


class ForgotPasswordScreen(ByPostScreen):
    name = "forgot"

    def retranslate(self) -> None:
        super().retranslate()
        self.title.setText(self.tr("Forgot my password"))
        self.explanation.setText(
            self.tr("A new password will be sent by post to your home address.")
        )
        self.set_label("username", self.tr("National number"))
        self.send_button.setText(self.tr("Send me a new password"))
        self.setAccessibleName(self.title.text())
        self.setAccessibleDescription(
            self.tr("Type your national number, then choose Send me a new password.")
        )


class CannotLoginScreen(FormScreen):
    """The "I cannot log in" form: who, how to reach them, what happens."""

    name = "cannot_login"
    submitted = Signal(dict)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.username = self.field("username")
        self.phone = self.field("phone")
        self.email = self.field("email")
        self.message = QPlainTextEdit(self.body)
        self.message.setObjectName("message")
        self._fit_message()
        self.message_label = QLabel(self.body)
        self.message_label.setObjectName("fieldLabel")
        self.message_label.setBuddy(self.message)
        self.form.addRow(self.message_label, self.message)
        self.send_button = parts.button(self, "send", self._submit, primary=True)
        self.finish_layout(self.send_button)
        self.retranslate()

    def _fit_message(self) -> None:
        """Three lines of the message in view at the mode's type size (ui/appearance.py); 120
        px at least (before the stylesheet gives it its type)."""
        lines = 3 * self.message.fontMetrics().lineSpacing()
        self.message.setMaximumHeight(max(120, lines + 30))

    def large_mode_changed(self, large: bool) -> None:
        super().large_mode_changed(large)
        self._fit_message()

    def prefill(self, niss_text: str) -> None:
        self.username.setText(niss_text)

    def _submit(self) -> None:
        self.submitted.emit(
            {
                "niss": self.username.text(),
                "phone": self.phone.text(),
                "email": self.email.text(),
                "message": self.message.toPlainText(),
            }
        )

    def retranslate(self) -> None:
        super().retranslate()
        self.title.setText(self.tr("I cannot log in"))
        self.set_label("username", self.tr("National number"))
        self.set_label("phone", self.tr("Phone"))
        self.set_label("email", self.tr("Email"))
        self.message_label.setText(self.tr("What happens?"))
        self.send_button.setText(self.tr("Send"))
        self.setAccessibleName(self.title.text())
        self.setAccessibleDescription(
            self.tr("Say how we can reach you, then choose Send. A colleague will contact you.")
        )


class RegisterScreen(ByPostScreen):
    """No card and no account yet (e-Mut's "classic" route): the national number, and the
    credentials go by post to the home address on file. The answer never says whose number
    it is (app/services/accounts.py register_by_number)."""

    name = "register"

    def retranslate(self) -> None:
        super().retranslate()
        self.title.setText(self.tr("Create my online access"))
        self.explanation.setText(
            self.tr(
                "Your online access is created and its password is sent by post to the home "
                "address we know. With your eID card it is ready at once: insert it instead."
            )
        )
        self.set_label("username", self.tr("National number"))
        self.username.setPlaceholderText(self.tr("e.g. 85.07.30-033.28"))
        self.send_button.setText(self.tr("Send me my access"))
        self.setAccessibleName(self.title.text())
        self.setAccessibleDescription(
            self.tr("Type your national number, then choose Send me my access.")
        )


class ChangePasswordScreen(FormScreen):
    """The member's own password: the current one, the new one twice. After a login with a
    letter's password it comes before anything else (`set_forced`): Back then logs out."""

    name = "change_password"
    submitted = Signal(str, str, str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.explanation = parts.label(self, "hint", center=True)
        self.layout_.insertWidget(1, self.explanation)
        self.current = self.field("current", password=True)
        self.new = self.field("new", password=True)
        self.again = self.field("again", password=True)
        self.advice = QLabel(self.body)
        self.advice.setObjectName("hint")
        self.advice.setWordWrap(True)
        self.advice.setTextFormat(Qt.TextFormat.PlainText)
        self.form.addRow(self.advice)
        self.save_button = parts.button(self, "save", self._submit, primary=True)
        self.again.returnPressed.connect(self._submit)
        self.finish_layout(self.save_button)
        self.forced = False
        self.retranslate()

    def set_forced(self, forced: bool) -> None:
        self.forced = forced
        self.retranslate()

    def _submit(self) -> None:
        current, new, again = self.current.text(), self.new.text(), self.again.text()
        for edit in (self.current, self.new, self.again):
            edit.clear()  # as at the login: a password is not kept past its try
        if not current or not new or not again:
            self.show_error(self.tr("Type your current password, then the new one twice."))
            return
        self.submitted.emit(current, new, again)

    def retranslate(self) -> None:
        super().retranslate()
        if self.forced:
            self.title.setText(self.tr("Choose your own password"))
            self.explanation.setText(
                self.tr(
                    "You logged in with the password of our letter. Choose your own now: the "
                    "letter's password will then stop working."
                )
            )
            self.back_button.setText(self.tr("Log out"))
            self.set_label("current", self.tr("Password of the letter"))
        else:
            self.title.setText(self.tr("Change my password"))
            self.explanation.setText(
                self.tr("Your new password works at once, here and on the online counter.")
            )
            self.set_label("current", self.tr("Current password"))
        self.set_label("new", self.tr("New password"))
        self.set_label("again", self.tr("New password again"))
        self.advice.setText(
            self.tr(
                "At least %1 characters. Three or four unrelated words make a strong password "
                "that is easy to remember. Do not use your name, your national number or your "
                "birth date."
            ).replace("%1", str(MIN_LENGTH))
        )
        self.save_button.setText(self.tr("Save my new password"))
        self.setAccessibleName(self.title.text())
        self.setAccessibleDescription(
            self.tr("Type your current password, then the new one twice, then choose Save.")
        )
