"""The console command `guichet-card`: make-pki, serve a profile to vpcd, export a .eid file."""

from __future__ import annotations

import subprocess
import sys
import time

import pytest

from devices.belpic.reader import EidReader
from devices.errors import NoCard
from devices.pcsc import PcscTransport
from devices.simulated.eidfile import read_eid_file
from tests.integration.devices.conftest import READER, connect, wait_until_empty


def run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "devices.simulated.cli", *args],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip


def test_make_pki_writes_roots_cas_and_rrn(tmp_path):
    result = run_cli("make-pki", str(tmp_path))
    assert result.returncode == 0, result.stderr
    names = sorted(p.name for p in tmp_path.glob("*.cert.pem"))
    assert names == [f"{f}-{r}.cert.pem" for f in ("ec", "rsa") for r in ("ca", "root", "rrn")]


def test_serve_a_profile_then_remove_and_quit_on_command(pcscd, pki_dir, trust):
    server = subprocess.Popen(
        [sys.executable, "-m", "devices.simulated.cli", "serve", "jan-peeters-1.8-ec",
         "--pki", str(pki_dir), "--port", str(pcscd.port)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert server.stdout.readline().startswith("inserted Jan Pieter Peeters (1.8)")
        assert server.stdout.readline().strip() == "ready"
        with connect() as transport:
            holder = EidReader(transport, trust).read_identity()
        assert holder.identity.surname == "Peeters"
        server.stdin.write("remove\n")
        server.stdin.flush()
        assert server.stdout.readline().strip() == "removed"
        wait_until_empty()
        with pytest.raises(NoCard):
            PcscTransport(READER)
        server.stdin.write("insert alice-dupont-1.7-rsa\n")
        server.stdin.flush()
        assert server.stdout.readline().startswith("inserted Alice Marie Dupont (1.7)")
        with connect() as transport:
            assert EidReader(transport, trust).read_identity().identity.surname == "Dupont"
        server.stdin.write("quit\n")
        server.stdin.flush()
        assert server.wait(10) == 0
    finally:
        if server.poll() is None:
            server.kill()
            server.wait()
    time.sleep(0.1)
    wait_until_empty()


def test_export_eid_writes_a_file_the_viewer_format_reads_back(tmp_path, pki_dir, pki):
    out = tmp_path / "alice.eid"
    result = run_cli("export-eid", "alice-dupont-1.7-rsa", str(out), "--pki", str(pki_dir))
    assert result.returncode == 0, result.stderr
    profile = read_eid_file(out)
    assert (profile.surname, profile.applet, profile.national_number) == (
        "Dupont", "1.7", "85073003427",
    )  # fmt: skip
