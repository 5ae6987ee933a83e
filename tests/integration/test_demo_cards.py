"""Each demo case has a virtual eID whose verified identity is that demo member."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from app.cli.central import main
from app.store.db import make_engine
from app.store.models import Member
from devices.belpic.reader import EidReader
from devices.belpic.verify import TrustStore
from devices.inprocess import InProcessTransport
from devices.simulated.card import VirtualCard
from devices.simulated.image import build_card_image
from devices.simulated.pki import TestPki
from devices.simulated.profile import load_profile


@pytest.fixture(scope="module")
def pki(tmp_path_factory):
    return TestPki.load_or_make(tmp_path_factory.mktemp("pki"))


def test_demo_cards_read_back_as_the_demo_members(tmp_path, pki, capsys):
    url = f"sqlite:///{tmp_path / 'central.sqlite'}"
    seed = ["--url", url, "seed", "--households", "8", "--seed", "4", "--as-of", "2026-11-22"]
    assert main(seed) == 0
    cases = {}
    for line in capsys.readouterr().out.splitlines():
        parts = line.split()
        if len(parts) >= 2 and parts[1].isdigit() and len(parts[1]) == 11:
            cases[parts[0]] = parts[1]
    assert main(["--url", url, "demo-cards", str(tmp_path / "cards")]) == 0
    files = sorted((tmp_path / "cards").glob("*.toml"))
    assert {f.stem for f in files} == set(cases)

    engine = make_engine(url)
    trust = TrustStore.of(pki.roots)
    applets = set()
    for path in files:
        profile = load_profile(path)
        card = VirtualCard(build_card_image(profile, pki, key_cache=tmp_path / "keys"))
        holder = EidReader(InProcessTransport(card), trust).read_identity()
        niss = holder.identity.national_number.digits
        assert niss == cases[path.stem], path.stem  # the same member the seed listed
        with engine.connect() as connection:
            member = connection.execute(select(Member).where(Member.niss == niss)).one()
        assert holder.identity.surname == member.last_name
        assert holder.identity.birth_date.as_date() == member.birth_date
        assert holder.address.zip_code == member.postcode
        applets.add(holder.card_data.applet_version)
    assert len(applets) == 2  # both applet versions among the demo cards
    engine.dispose()
