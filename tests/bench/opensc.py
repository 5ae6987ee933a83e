"""Identification through OpenSC's PKCS#11 module (the card itself signs) next to the same through
SoftHSM2 (the card's keys in software), on the same virtual card over pcscd + vpcd.

    python -m tests.bench.opensc        (prints the figures; `run()` returns them as a dict)

- the card: applet 1.7 (RSA-2048), served by a process of its own (`guichet-card serve`, as in
  tests/bench/card.py), so its answers never wait for this process's GIL.
- identification, as the kiosk does it (devices.identification.identify): the authentication
  certificate and CA read and chained, VERIFY, then C_Login and a signature over a random
  challenge, checked. Each run starts with LOG OFF and a fresh EidReader (certificates read
  again), and the two signers take turns (SoftHSM2 first, then OpenSC), so a burst of load on
  the machine weighs on both.
- SoftHSM2: C_Login and CKM_SHA256_RSA_PKCS in software (~1.5 ms).
- OpenSC, warm: its module already bound to the card (PKCS#15 files read at the first use and
  kept while the card stays in): C_Login = the card's VERIFY, C_Sign = MSE SET + PSO:CDS + GET
  RESPONSE, the RSA signature made by the card.
- OpenSC, first use: the module finalised and initialised again inside the timing, so it
  connects, matches the belpic driver (GET CARD DATA) and binds PKCS#15 again (EF(DIR), ODF,
  TokenInfo, AODF, PrKDF, CDF, the four certificates: 40 APDUs, each file's last short read
  answered 6Cxx, which OpenSC resends after a 40 ms pause it keeps for belpic cards) before
  signing: what a kiosk using OpenSC pays once per card.
- applet 1.8 (ECDSA) is not timed through OpenSC: OpenSC 0.23's belpic driver has no ECDSA.
"""

from __future__ import annotations

import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

import pkcs11

from devices.apdu import command
from devices.belpic.reader import EidReader
from devices.belpic.verify import TrustStore
from devices.identification import identify
from devices.pkcs11 import (
    MODULE_LOCK,
    OPENSC_MODULE,
    OPENSC_TOKEN_LABEL,
    SOFTHSM_MODULE,
    Pkcs11Signer,
)
from devices.simulated.image import build_card_image
from devices.simulated.pki import TestPki
from devices.simulated.profile import load_profile
from devices.simulated.softhsm import init_token_dir, provision
from tests.bench.card import _connect, card_process, reader_daemon

RUNS = 21
PROFILE, PIN = "alice-dupont-1.7-rsa", "1234"
LOG_OFF = command(0x80, 0xE6, 0x00, 0x00)


def _identify(transport, trust: TrustStore, signer: Pkcs11Signer, *, rebind: bool = False) -> float:
    """Seconds of one identification; `rebind`: OpenSC's module finalised and initialised
    first, inside the timing (its C_Initialize connects to the card and binds PKCS#15)."""
    reader = EidReader(transport, trust)
    reader.channel.send(LOG_OFF)  # the PIN is needed again, as for a new visit
    started = time.perf_counter()
    if rebind:
        with MODULE_LOCK:
            pkcs11.lib(OPENSC_MODULE).reinitialize()
    identify(reader, signer, PIN)
    return time.perf_counter() - started


def run(runs: int = RUNS) -> dict:
    """Start pcscd (or use the running one), serve the card, time both; figures printed."""
    if not Path(OPENSC_MODULE).exists():
        raise RuntimeError(f"OpenSC's PKCS#11 module is missing ({OPENSC_MODULE}: opensc-pkcs11)")
    work = Path(tempfile.mkdtemp(prefix="guichet-opensc-bench-"))
    stop = lambda: None  # noqa: E731
    times: dict[str, list[float]] = {"softhsm": [], "opensc": [], "opensc_first": []}
    try:
        init_token_dir(work / "softhsm")
        pki = TestPki.load_or_make(work / "pki")
        port, stop = reader_daemon(work)
        image = build_card_image(load_profile(PROFILE), pki, key_cache=work / "pki" / "cards")
        provision(image)
        trust = TrustStore.of(pki.roots)
        softhsm = Pkcs11Signer(module=SOFTHSM_MODULE)
        opensc = Pkcs11Signer(module=OPENSC_MODULE, token_label=OPENSC_TOKEN_LABEL)
        with card_process(PROFILE, work / "pki", port), _connect() as transport:
            _identify(transport, trust, softhsm)  # warm-up: imports, both modules loaded
            _identify(transport, trust, opensc)
            for _ in range(runs):
                times["softhsm"].append(_identify(transport, trust, softhsm))
                times["opensc"].append(_identify(transport, trust, opensc))
                times["opensc_first"].append(_identify(transport, trust, opensc, rebind=True))
        time.sleep(0.6)  # let pcscd see the slot empty (one presence poll) before what follows
    finally:
        stop()
        shutil.rmtree(work, ignore_errors=True)
    medians = {name: statistics.median(values) * 1000 for name, values in times.items()}
    print(f"opensc: identification of an applet 1.7 card over pcscd + vpcd, {runs} runs, medians")
    print(f"  SoftHSM2 (keys in software)       {medians['softhsm']:8.1f} ms")
    print(
        f"  identification through OpenSC     {medians['opensc']:8.1f} ms  (the card signs: "
        f"VERIFY, MSE SET, PSO; {medians['opensc'] / medians['softhsm']:.2f} × SoftHSM2)"
    )
    print(f"  OpenSC, first use of the card     {medians['opensc_first']:8.1f} ms  (module "
          f"re-initialised: belpic matched, PKCS#15 bound again)")  # fmt: skip
    print("  applet 1.8 ECDSA: not through OpenSC 0.23 (its belpic driver has no ECDSA)")
    return {f"{name}_median_ms": value for name, value in medians.items()}


if __name__ == "__main__":
    run()
    sys.exit(0)
