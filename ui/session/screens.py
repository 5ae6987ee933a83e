"""The screens a session shows, built once into the window's stack, and the screen of each step."""

from __future__ import annotations

from app.services.session import Step
from ui.screens.appointment_slots import AppointmentSlotsScreen
from ui.screens.card import BusyScreen, PinScreen, ReadingScreen
from ui.screens.file import FileScreen
from ui.screens.join import JoinScreen
from ui.screens.login import (
    CannotLoginScreen,
    ChangePasswordScreen,
    ForgotPasswordScreen,
    LoginScreen,
    RegisterScreen,
    TokenLoginScreen,
)
from ui.screens.member import ActivationScreen, DeactivatedScreen, HomeScreen
from ui.screens.message import MessageScreen
from ui.screens.queue import QueueScreen
from ui.screens.staff import DeskScreen, MaintenanceScreen, MemberFileScreen, StaffLoginScreen
from ui.screens.terminals import TerminalsScreen

S = Step

# The screen (its `name` in the window) that shows each step.
STEP_SCREENS: dict[Step, str] = {
    S.WELCOME: "welcome",
    S.READING: "reading",
    S.PIN: "pin",
    S.IDENTIFYING: "busy",
    S.ROUTING: "busy",
    S.HOME: "home",
    S.ACTIVATION: "activation",
    S.DEACTIVATED: "deactivated",
    S.PENDING: "message",
    S.JOIN: "join",
    S.SIGN_PIN: "sign_pin",
    S.SIGNING: "busy",
    S.DONE: "message",
    S.CARD_PROBLEM: "message",
    S.OFFLINE: "message",
    S.LOGIN: "login",
    S.TOKEN_LOGIN: "token_login",
    S.FORGOT: "forgot",
    S.CANNOT_LOGIN: "cannot_login",
    S.REGISTER: "register",
    S.FIRST_PASSWORD: "change_password",
    S.CHANGE_PASSWORD: "change_password",
    S.STAFF_CODE: "staff_pin",
    S.MAINTENANCE: "maintenance",
    S.STAFF_LOGIN: "staff_login",
    S.DESK: "desk",
    S.MEMBER_FILE: "member_file",
    S.FILE: "file",
    S.QUEUE: "queue",
    S.TERMINALS: "terminals",
    S.APPOINTMENT_SLOTS: "appointment_slots",
}


class SessionScreens:
    """Every screen of the session, by role; each is added to the window's stack."""

    def __init__(self, window):
        stack = window.stack
        self.welcome = window.screens["welcome"]
        self.reading = ReadingScreen(stack)
        self.pin = PinScreen(stack)
        self.sign_pin = PinScreen(stack, purpose=PinScreen.SIGN)
        self.staff_code = PinScreen(stack, purpose=PinScreen.STAFF)
        self.busy = BusyScreen(stack)
        self.message = MessageScreen(stack)
        self.home = HomeScreen(stack)
        self.activation = ActivationScreen(stack)
        self.deactivated = DeactivatedScreen(stack)
        self.login = LoginScreen(stack)
        self.token_login = TokenLoginScreen(stack)
        self.forgot = ForgotPasswordScreen(stack)
        self.cannot_login = CannotLoginScreen(stack)
        self.register = RegisterScreen(stack)
        self.change_password = ChangePasswordScreen(stack)
        self.join = JoinScreen(stack)
        self.maintenance = MaintenanceScreen(stack)
        self.staff_login = StaffLoginScreen(stack)
        self.desk = DeskScreen(stack)
        self.member_file = MemberFileScreen(stack)
        self.file = FileScreen(stack)
        self.queue = QueueScreen(stack)
        self.terminals = TerminalsScreen(stack)
        self.appointment_slots = AppointmentSlotsScreen(stack)
        for screen in (
            self.reading, self.pin, self.sign_pin, self.staff_code, self.busy, self.message,
            self.home, self.activation, self.deactivated, self.login, self.token_login,
            self.forgot, self.cannot_login, self.register, self.change_password, self.join,
            self.maintenance, self.staff_login,
            self.desk, self.member_file, self.file, self.queue, self.terminals,
            self.appointment_slots,
        ):  # fmt: skip
            window.add_screen(screen)
