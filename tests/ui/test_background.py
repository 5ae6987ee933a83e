"""The one helper for slow work: off the GUI thread, results and failures back on it."""

from __future__ import annotations

import threading

from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication, QWidget

from ui.background import BackgroundOp, Progress


def test_the_operation_runs_off_the_gui_thread_and_success_comes_back_on_it(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    seen = {}

    def op(report):
        seen["op_thread"] = threading.get_ident()
        return 42

    def success(value):
        seen["value"] = value
        seen["success_on_gui"] = QThread.currentThread() is QApplication.instance().thread()

    BackgroundOp(parent, op, success).run()
    qtbot.waitUntil(lambda: "value" in seen)
    assert seen["value"] == 42
    assert seen["op_thread"] != threading.get_ident()
    assert seen["success_on_gui"]


def test_a_failure_is_delivered_on_the_gui_thread_with_its_exception(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    seen = {}

    def op(report):
        raise ConnectionError("central database unreachable")

    def failure(exc):
        seen["exc"] = exc
        seen["on_gui"] = QThread.currentThread() is QApplication.instance().thread()

    BackgroundOp(parent, op, lambda _v: seen.setdefault("success", True)).failure(failure).run()
    qtbot.waitUntil(lambda: "exc" in seen)
    assert isinstance(seen["exc"], ConnectionError)
    assert seen["on_gui"]
    assert "success" not in seen


def test_progress_reaches_the_screen_in_order_before_the_result(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    events: list[object] = []

    def op(report):
        for step in range(1, 4):
            report(step, 3, f"file {step}")
        return "done"

    BackgroundOp(parent, op, events.append).with_progress(events.append).run()
    qtbot.waitUntil(lambda: "done" in events)
    assert events == [
        Progress(1, 3, "file 1"),
        Progress(2, 3, "file 2"),
        Progress(3, 3, "file 3"),
        "done",
    ]


def test_nothing_is_delivered_to_a_screen_that_was_wiped_meanwhile(qtbot):
    parent = QWidget()
    release = threading.Event()
    delivered = []

    def op(report):
        release.wait(5)
        return "member data"

    BackgroundOp(parent, op, delivered.append).failure(delivered.append).run()
    parent.deleteLater()
    qtbot.wait(50)  # the screen is gone before the operation ends
    release.set()
    qtbot.wait(200)
    assert delivered == []


def test_nothing_an_operation_held_outlives_it(qtbot):
    """A member's data an operation closed over (their file session) is gone once the result
    is delivered, for every one of many operations: PySide6 kept many QRunnable subclasses
    alive after their run, and with them what their operation held (issue 18's memory
    benchmark found a member's file session after the visit)."""
    import gc
    import weakref

    from PySide6.QtCore import QThreadPool

    class MembersData:  # stands for what a visit's work closes over
        pass

    parent = QWidget()
    qtbot.addWidget(parent)
    held, delivered = [], []
    for _ in range(600):
        data = MembersData()
        held.append(weakref.ref(data))
        BackgroundOp(parent, lambda _report, data=data: id(data), delivered.append).run()
        del data
    qtbot.waitUntil(lambda: len(delivered) == 600, timeout=20_000)
    QThreadPool.globalInstance().waitForDone()
    QApplication.processEvents()
    gc.collect()
    assert [ref for ref in held if ref() is not None] == []
