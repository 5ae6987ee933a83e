"""Screenshots of every session screen in every language, from real visits (for a human eye).

    python -m tests.support.screens OUT_DIR      (`make screenshots`: under Xvfb, var/screens/)

Drives the real program (session controller, screens, demo database, virtual cards in-process,
their keys in SoftHSM2) through each branch and saves the window after each step.
"""

# The helpers defined in the loop (shot, at, settle's lambdas) run within their own iteration.
# ruff: noqa: B023

from __future__ import annotations

import datetime as dt
import sys
import tempfile
import time
from pathlib import Path

LANGUAGES = ("fr", "nl", "de", "en")


def _section_loaded(file, key: str) -> bool:
    page = file.pages[key]
    return {
        "dmg": lambda: page._data is not None,
        "maf": lambda: bool(page._data),
        "young_savers": lambda: page.isVisible(),
        "agreements": lambda: page._data is not None,
        "documents": lambda: page.isVisible(),
    }[key]()


def _incapacity_views(page, settle, shot, today: dt.date) -> None:
    """The views of "My incapacity": the overview, a late certificate checked, the forms, a
    part-time request previewed and its PIN pad, a return to work declared."""
    shot("file-incapacity")
    nxt = page.overview._mine.next_certificate
    page.switcher.buttons["check"].click()
    if nxt is not None:  # a prolongation ten days late: the cut, the loss, the waiver
        start = nxt.must_start_on
        page.checker.fields["covers_from"].setText(start.strftime("%d/%m/%Y"))
        end = start + dt.timedelta(days=30)
        page.checker.fields["covers_to"].setText(end.strftime("%d/%m/%Y"))
        late = nxt.must_arrive_by + dt.timedelta(days=10)
        page.checker.fields["received_on"].setText(late.strftime("%d/%m/%Y"))
    page.checker.check_button.click()
    settle(lambda: page.checker.details.text() != "" or page.checker.problem.text() != "")
    shot("file-incapacity-check")
    page.switcher.buttons["forms"].click()
    shot("file-incapacity-forms")
    page.switcher.buttons["part_time"].click()
    part = page.part_time
    monday = today + dt.timedelta(days=7 - today.weekday() + 7)
    for key, value in (("starts_on", monday.strftime("%d/%m/%Y")), ("work_hours", "19"),
                       ("reference_hours", "38"), ("employer", "Boulangerie Dupont")):  # fmt: skip
        part.fields[key].setText(value)
    part.preview_button.click()
    settle(lambda: part.result.text() != "" or part.problem.text() != "")
    shot("file-incapacity-part-time")
    if part.sign_button.isEnabled():
        part.sign_button.click()
        shot("file-incapacity-sign")
        page.signing.cancel_button.click()
    page.switcher.buttons["resume"].click()
    shot("file-incapacity-resume")


def _report_fleet(central) -> None:
    """Heartbeats of terminals in every state (green, amber, red), as they would report them."""
    from app.services.fleet import record_heartbeat

    now = dt.datetime.now(dt.UTC)
    well = {
        "version": "1.4.2", "uptime_s": 9000, "restarts": 0, "last_sync_age_s": 4, "waiting": 0,
        "oldest_waiting_age_s": None, "reader_present": True, "printer_state": "idle",
        "printer_reasons": [], "disk_free_bytes": 40 * 1024**3,
        "supplies": [{"name": "Black", "type": "toner", "level": 64, "low": 10, "high": 100}],
    }  # fmt: skip
    empty = {"printer_state": "stopped", "printer_reasons": ["media-empty-error"]}
    states = (
        ("ANT-CENT", "antwerpen-zuil-1", now - dt.timedelta(minutes=23), empty),
        ("ANT-CENT", "antwerpen-zuil-1", now, empty),
        ("ANT-CENT", "antwerpen-zuil-2", now,
         {"last_sync_age_s": 2 * 3600 + 300, "waiting": 14, "oldest_waiting_age_s": 7500}),
        ("ANT-CENT", "antwerpen-zuil-3", now - dt.timedelta(minutes=12, seconds=20), {}),
        ("ANT-CENT", "antwerpen-zuil-4", now - dt.timedelta(minutes=40),
         {"printer_reasons": ["media-jam-error", "door-open-error"]}),
        ("ANT-CENT", "antwerpen-zuil-4", now,
         {"printer_reasons": ["media-jam-error", "door-open-error"], "version": "1.4.1"}),
        ("ANT-CENT", "antwerpen-zuil-5", now,
         {"printer_reasons": ["media-low-report"], "restarts": 4, "reader_present": False,
          "supplies": [{"name": "Black", "type": "toner", "level": 6, "low": 10, "high": 100}]}),
        ("ANT-CENT", "antwerpen-zuil-6", now, {"disk_free_bytes": 700 * 1024**2}),
        ("ANT-CENT", "antwerpen-loket-1", now, {}),
        ("ANT-CENT", "antwerpen-zuil-7", now, {"printer_state": "none"}),
        ("MWP-MONS", "mons-borne-1", now, {}),
        ("MWP-MONS", "mons-borne-2", now, {"printer_state": "cups-down"}),
    )  # fmt: skip
    for agency, name, when, changes in states:
        kind = "counter" if "loket" in name else "kiosk"
        record_heartbeat(central, {**well, **changes}, terminal=name, kind=kind,
                         agency_code=agency, now=when)  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    args = argv if argv is not None else sys.argv[1:]
    out = Path(args[0] if args else "var/screens")
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from app.services import orders, requests
    from app.services.kiosk import KioskBackend
    from app.services.local_token_provider import LocalTokenProvider
    from app.services.member_file import FileSession
    from app.services.session import Step
    from app.store import migrate
    from app.store.db import make_engine
    from app.store.demo_cases import demo_cases
    from app.store.seed import STAFF, seed_database
    from app.sync.apply import SignedForms, apply_pending
    from app.sync.exchange import push
    from app.sync.terminal import Outbox, open_terminal_db
    from devices.belpic.verify import TrustStore
    from devices.card_slot import SimulatedSlot
    from devices.pkcs11 import SOFTHSM_MODULE
    from devices.simulated.card import VirtualCard
    from devices.simulated.image import build_card_image
    from devices.simulated.pki import TestPki
    from devices.simulated.profile import load_profile
    from devices.simulated.softhsm import init_token_dir, provision
    from tests.support.visits import member_visit
    from tests.ui.kiosk_harness import member_profile
    from ui.app import style_application
    from ui.i18n import Translations
    from ui.main_window import MainWindow
    from ui.session import SessionController

    app = QApplication.instance() or QApplication(sys.argv[:1])
    style_application(app)
    translations = Translations(app)
    work = Path(tempfile.mkdtemp(prefix="guichet-screens-"))
    today = dt.date.today()
    central = make_engine(f"sqlite:///{work / 'central.sqlite'}")
    migrate.upgrade(central)
    seed_database(central, households=8, seed=11, as_of=today)
    with central.connect() as connection:
        cases = demo_cases(connection)
    pki = TestPki.load_or_make(work / "pki")
    init_token_dir(work / "softhsm")
    trust = TrustStore.of(pki.roots)

    def card(profile) -> VirtualCard:
        image = build_card_image(profile, pki, key_cache=work / "pki" / "cards")
        provision(image)
        return VirtualCard(image)

    def settle(condition=lambda: True, timeout: float = 10.0) -> None:
        deadline = time.monotonic() + timeout
        while not condition():
            app.processEvents()
            if time.monotonic() > deadline:
                raise RuntimeError("the screen did not come")
            time.sleep(0.005)
        for _ in range(5):
            app.processEvents()

    saved = 0
    oversized: list[str] = []
    for language in LANGUAGES:
        translations.set_language(language)
        folder = out / language
        folder.mkdir(parents=True, exist_ok=True)
        for mode in ("kiosk", "counter"):
            outbox = Outbox(
                open_terminal_db(work / f"terminal-{language}-{mode}.sqlite"),
                f"t-{language}-{mode}",
            )
            backend = KioskBackend(
                central, outbox, trust=trust, pkcs11_module=SOFTHSM_MODULE, terminal_id="t",
                identity_provider=LocalTokenProvider(central, b"screens-token-secret"),
                is_online=lambda: True,
            )  # fmt: skip
            window = MainWindow(translations, mode)
            window.resize(1280, 1024)
            window.show()
            slot = SimulatedSlot()
            controller = SessionController(window, backend, slot)
            step = controller.machine

            def shot(name: str, window=window) -> None:
                nonlocal saved
                settle()
                saved += 1
                path = folder / f"{mode}-{saved:02d}-{name}.png"
                window.grab().save(str(path))
                if (window.width(), window.height()) != (1280, 1024):  # wider than the screen
                    oversized.append(f"{path} ({window.width()} × {window.height()})")

            def at(target, step=step):
                settle(lambda: step.step == target)

            if mode == "kiosk":
                shot("welcome")
                member = cases["active_account"]
                slot.insert(card(member_profile(member, pin="2580")))
                at(Step.PIN)
                settle(lambda: not controller.reading.photo.pixmap().isNull())
                window.show_screen("reading")
                shot("reading")
                window.show_screen("pin")
                controller.pin.pad.field.setText("1111")
                controller.pin.pad.ok.click()
                settle(lambda: controller.pin.message.text() != "")
                controller.pin.pad.field.setText("25")
                shot("pin-wrong")
                controller.pin.pad.field.setText("2580")
                controller.pin.pad.ok.click()
                at(Step.HOME)
                shot("home")
                controller.inactivity.tick.emit(15)
                shot("home-countdown")
                controller.inactivity.tick.emit(-1)
                file = controller.file
                controller.home.section_tiles["data"].click()
                settle(lambda: file.data._data is not None)
                shot("file-data")
                file.data.iban_edit.setText("BE68539007547034")
                file.data.check_button.click()
                settle(lambda: file.data.iban_check.text() != "")
                file.data.scroll_to_bank()
                shot("file-bank-checked")
                file.nav["reimbursements"].click()
                settle(lambda: file.reimbursements.table.rowCount() > 0)
                file.reimbursements.table.setCurrentCell(0, 1)
                settle(lambda: file.reimbursements._detail is not None)
                for row in (0, 1):
                    file.reimbursements.table.item(row, 0).setCheckState(Qt.CheckState.Checked)
                shot("file-reimbursements")
                for key in ("dmg", "maf", "young_savers", "agreements", "documents"):
                    file.nav[key].click()
                    settle(lambda key=key: _section_loaded(file, key))
                    shot(f"file-{key.replace('_', '-')}")
                file.nav["orders"].click()
                settle(lambda: file.orders._orders is not None)
                file.orders.kind_buttons["stickers"].click()
                file.orders.plus.click()
                file.orders.continue_button.click()
                settle(lambda: file.orders._summary is not None)
                shot("file-order-summary")
                file.orders.confirm_button.click()
                settle(lambda: file.orders.done.text() != "")
                settle(lambda: len(file.orders._orders.orders) > 0)
                shot("file-orders")
                file.nav["requests"].click()
                settle(lambda: file.requests._requests is not None)
                file.requests.subject.setText("")
                file.requests.send_button.click()
                settle(lambda: file.requests.problem.text() != "")
                shot("file-request-missing")
                file.back_button.click()
                at(Step.HOME)
                slot.remove()
                at(Step.WELCOME)
                # indemnities: a member in invalidity
                slot.insert(card(member_profile(cases["invalidity"], pin="2580")))
                at(Step.PIN)
                controller.pin.pad.field.setText("2580")
                controller.pin.pad.ok.click()
                at(Step.HOME)
                controller.home.section_tiles["indemnities"].click()
                settle(lambda: file.indemnities._data is not None)
                shot("file-indemnities")
                slot.remove()
                at(Step.WELCOME)
                # My incapacity: a member whose incapacity runs, each of its views
                ill = cases.get("incapacity_running") or cases["invalidity"]
                slot.insert(card(member_profile(ill, pin="2580")))
                at(Step.PIN)
                controller.pin.pad.field.setText("2580")
                controller.pin.pad.ok.click()
                at(Step.HOME)
                controller.home.section_tiles["incapacity"].click()
                settle(lambda: file.incapacity.overview._mine is not None)
                _incapacity_views(file.incapacity, settle, shot, today)
                slot.remove()
                at(Step.WELCOME)
                for case, target, name in (
                    ("no_online_account", Step.ACTIVATION, "activation"),
                    ("deactivated_account", Step.DEACTIVATED, "deactivated"),
                ):
                    slot.insert(card(member_profile(cases[case])))
                    at(Step.PIN)
                    controller.pin.pad.field.setText("1234")
                    controller.pin.pad.ok.click()
                    at(target)
                    shot(name)
                    if target == Step.ACTIVATION:
                        controller.activation.activate_button.click()
                        at(Step.DONE)
                        shot("activation-done")
                    else:
                        controller.deactivated.help_button.click()
                        at(Step.CANNOT_LOGIN)
                        window.activateWindow()
                        controller.cannot_login.phone.setFocus()
                        shot("cannot-login-with-keyboard")
                    slot.remove()
                    at(Step.WELCOME)
                slot.insert(card(load_profile("alice-dupont-1.7-rsa.toml")))
                at(Step.PIN)
                controller.pin.pad.field.setText("1234")
                controller.pin.pad.ok.click()
                at(Step.JOIN)
                controller.join.previous.setCurrentIndex(2)
                shot("join")
                controller.join.sign_button.click()
                at(Step.SIGN_PIN)
                shot("sign-pin")
                controller.sign_pin.pad.field.setText("1234")
                controller.sign_pin.pad.ok.click()
                at(Step.DONE)
                shot("join-done")
                slot.remove()
                at(Step.WELCOME)
                forged = build_card_image(
                    member_profile(member, validity_begin="2014-01-01", validity_end="2024-01-01"),
                    pki,
                    key_cache=work / "pki" / "cards",
                )
                slot.insert(VirtualCard(forged))
                at(Step.CARD_PROBLEM)
                shot("card-expired")
                slot.remove()
                at(Step.WELCOME)
                window.screens["welcome"].login_button.click()
                at(Step.LOGIN)
                controller.login.username.setText(member.niss)
                controller.login.password.setText("wrong")
                controller.login.login_button.click()
                settle(lambda: controller.login.error.text() != "")
                controller.login.password.setFocus()
                shot("login-error")
                controller.login.token_button.click()
                at(Step.TOKEN_LOGIN)
                controller.token_login.username.setText(member.niss)
                controller.token_login.next_button.click()
                settle(lambda: controller.visit.token_challenge is not None)
                shot("token")
                controller.token_login.back_button.click()
                at(Step.LOGIN)
                controller.login.forgot_button.click()
                at(Step.FORGOT)
                shot("forgot")
                controller.forgot.username.setText(member.niss)
                controller.forgot.send_button.click()
                at(Step.DONE)
                shot("forgot-done")
                controller.message.ok.click()
                at(Step.WELCOME)
                for _ in range(window.screens["welcome"].STAFF_TAPS):
                    window.screens["welcome"].staff_corner.click()
                at(Step.STAFF_CODE)
                shot("staff-code")
                controller.staff_code.pad.field.setText("246810")
                controller.staff_code.pad.ok.click()
                at(Step.MAINTENANCE)
                shot("maintenance")
                controller.maintenance.back_button.click()
                at(Step.WELCOME)
            else:
                shot("staff-login")
                controller.staff_login.login.setText(STAFF[1][0])  # the supervisor: all of it
                controller.staff_login.password.setText(STAFF[1][1])
                controller.staff_login.login_button.click()
                at(Step.DESK)
                shot("desk")
                slot.insert(card(member_profile(cases["active_account"])))
                at(Step.MEMBER_FILE)
                settle(lambda: controller.member_file._facts is not None)
                shot("member-file")
                slot.remove()
                at(Step.DESK)
                # An order and a question from a terminal, for the queue to show.
                member = cases["active_account"]
                member_session = FileSession(member.niss, "eid")
                member_visit(central, outbox, member.niss)  # the member at a terminal
                orders.place_order(central, outbox, member_session, member.niss, "envelopes", 2,
                                   actor="member", today=today, again=True)  # fmt: skip
                requests.send_request(
                    outbox, member_session, topic="reimbursement", subject="Remboursement",
                    message="Mon remboursement du 3 n'est pas arrivé.", answer_by="letter",
                    phone=None, mobile=None, email=None, on_file={}, actor="member",
                )  # fmt: skip
                push(outbox.engine, central)
                apply_pending(central, forms=SignedForms(tuple(pki.roots)))
                controller.desk.queue_button.click()
                at(Step.QUEUE)
                queue = controller.queue
                settle(lambda: queue._agencies is not None)
                queue.agency.setCurrentIndex(0)  # every agency
                queue.agency.activated.emit(0)
                settle(lambda: bool(queue.items))
                order_rows = [r for r, i in enumerate(queue.items) if i.kind == "order"]
                queue.table.setCurrentCell(order_rows[-1] if order_rows else 0, 0)
                shot("queue-order")
                question_rows = [r for r, i in enumerate(queue.items) if i.kind == "request"]
                if question_rows:
                    queue.table.setCurrentCell(question_rows[-1], 0)
                    settle(lambda: queue._detail is not None)
                    shot("queue-question")
                queue.back_button.click()
                at(Step.DESK)
                # The supervisor's Terminals screen: kiosks in each state, theirs then all.
                _report_fleet(central)
                controller.desk.terminals_button.click()
                at(Step.TERMINALS)
                terminals = controller.terminals
                settle(lambda: terminals.fleet is not None)
                shot("terminals")
                terminals.scope.setCurrentIndex(terminals.scope.findData(None))
                terminals.scope.activated.emit(terminals.scope.currentIndex())
                settle(lambda: terminals.fleet.agency_id is None)
                shot("terminals-all")
                terminals.back_button.click()
                at(Step.DESK)
            controller.stop()
            window.close()
            window.deleteLater()
            settle()
    print(f"{saved} screenshots in {out}/<language>/")
    for path in oversized:
        print(f"larger than the 1280 × 1024 screen: {path}")
    return 1 if oversized else 0


if __name__ == "__main__":
    sys.exit(main())
