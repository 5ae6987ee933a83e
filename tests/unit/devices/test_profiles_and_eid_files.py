"""Profiles (TOML/JSON, one per demo member) and eID Viewer .eid files as virtual cards."""

from __future__ import annotations

import datetime as dt

import pytest
from stdnum.be import nn

from devices.belpic.reader import EidReader
from devices.belpic.verify import TrustStore
from devices.errors import VerificationFailed, VerificationReason
from devices.inprocess import InProcessTransport
from devices.simulated import pki as test_pki
from devices.simulated.card import VirtualCard
from devices.simulated.eidfile import EidFileError, read_eid_file, write_eid_file
from devices.simulated.profile import PROFILES_DIR, build_profile, load_profile, save_profile


def test_shipped_profiles_cover_both_applets_and_a_kids_and_a_foreigner_card():
    profiles = [load_profile(path) for path in sorted(PROFILES_DIR.glob("*.toml"))]
    assert {p.applet for p in profiles} == {"1.7", "1.8"}
    assert {p.document_type for p in profiles} >= {1, 6, 15}
    assert all(nn.is_valid(p.national_number) for p in profiles)


def test_a_demo_member_gets_a_card_that_reads_back_as_them(make_image, trust):
    profile = build_profile(
        national_number="85.07.30-034.27",
        surname="Janssens",
        first_names="Sophie",
        birth_date=dt.date(1985, 7, 30),
        sex="F",
        street_and_number="Grote Markt 1",
        zip_code="9000",
        municipality="Gent",
        language="nl",
    )
    reader = EidReader(InProcessTransport(VirtualCard(make_image(profile))), trust)
    holder = reader.read_identity()
    assert holder.identity.surname == "Janssens"
    assert holder.identity.birth_date.card_text("nl") == "30 JUL 1985"
    assert holder.address.municipality == "Gent"
    assert holder.identity.card_number[-2:] == f"{int(holder.identity.card_number[:10]) % 97:02d}"


def test_a_demo_member_with_an_invalid_niss_is_refused():
    with pytest.raises(ValueError, match="checksum"):
        build_profile(
            national_number="85073003428", surname="X", first_names="Y", birth_date="1985-07-30",
            sex="M", street_and_number="Rue 1", zip_code="1000", municipality="Bruxelles",
        )  # fmt: skip


def test_a_kids_demo_card_has_no_authentication_certificate():
    kid = build_profile(
        national_number="18050406266", surname="Lambert", first_names="Emma",
        birth_date="2018-05-04", sex="F", street_and_number="Rue de Fer 12", zip_code="5000",
        municipality="Namur", document_type=6,
    )  # fmt: skip
    assert kid.auth_certificate is False


@pytest.mark.parametrize("suffix", [".toml", ".json"])
def test_profiles_save_and_load_the_same(tmp_path, suffix):
    profile = load_profile("lukas-weber-foreigner.toml")
    profile.photo_bytes()
    path = save_profile(profile, tmp_path / f"card{suffix}")
    again = load_profile(path)
    assert again == profile


def test_an_unknown_profile_key_is_refused(tmp_path):
    path = tmp_path / "bad.toml"
    path.write_text('[identity]\nnational_number = "85073003427"\nshoe_size = 42\n')
    with pytest.raises(ValueError, match="shoe_size"):
        load_profile(path)


def test_a_card_saved_as_eid_file_reopens_as_the_same_card(make_image, tmp_path):
    profile = load_profile("jan-peeters-1.8-ec.toml")
    saved = write_eid_file(profile, make_image(profile), tmp_path / "jan.eid")
    text = saved.read_text()
    assert '<identity nationalnumber="78031215181" dateofbirth="19780312" gender="male"' in text
    assert 'documenttype="belgian_citizen"' in text
    reopened = read_eid_file(saved)
    assert reopened.applet == "1.8"  # told by the saved RRN certificate's EC key
    assert reopened.photo == profile.photo_bytes()
    for field in ("national_number", "surname", "first_names", "birth_date", "sex",
                  "street_and_number", "zip_code", "municipality", "card_number",
                  "member_of_family", "noble_condition", "validity_end"):  # fmt: skip
        assert getattr(reopened, field) == getattr(profile, field), field


def test_a_saved_card_passes_only_in_test_mode(make_image, trust, tmp_path):
    profile = load_profile("lukas-weber-foreigner.toml")
    saved = write_eid_file(profile, make_image(profile), tmp_path / "lukas.eid")
    card = VirtualCard(make_image(read_eid_file(saved)))
    holder = EidReader(InProcessTransport(card), trust).read_identity()
    assert holder.identity.work_permit == "7"
    assert holder.identity.birth_date.day is None
    production = TrustStore.of(test_pki.TestPki.generate().roots)  # stands for the real roots
    card = VirtualCard(make_image(read_eid_file(saved)))
    with pytest.raises(VerificationFailed) as failure:
        EidReader(InProcessTransport(card), production).read_identity()
    assert failure.value.reason is VerificationReason.RRN_CERTIFICATE_UNTRUSTED


def test_a_broken_eid_file_says_what_is_wrong(tmp_path):
    path = tmp_path / "broken.eid"
    path.write_text("<eid><identity nationalnumber='1'/></eid>")
    with pytest.raises(EidFileError, match="needs <identity>, <card> and <address>"):
        read_eid_file(path)
    path.write_text("not xml")
    with pytest.raises(EidFileError, match="cannot read"):
        read_eid_file(path)
