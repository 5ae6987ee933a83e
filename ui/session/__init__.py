"""The session: one controller, its public context, and one module per flow (see controller.py)."""

from ui.session.controller import SessionController

__all__ = ["SessionController"]
