"""Reading the applet in-process: verified data, few APDUs, typed errors for every fault."""

from __future__ import annotations

import contextlib

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from devices.apdu import Response
from devices.belpic.files import EidFile
from devices.belpic.identity import DocumentKind
from devices.belpic.reader import CardCertificates, EidReader, HolderData, PhotoRead
from devices.belpic.verify import TrustStore, der_length
from devices.errors import (
    CardMute,
    CardRemoved,
    DeviceError,
    NotAnEidCard,
    VerificationFailed,
    VerificationReason,
)
from devices.inprocess import InProcessTransport
from devices.simulated import pki as test_pki
from devices.simulated.card import Faults, ForeignCard, VirtualCard
from devices.simulated.image import Forgery
from devices.simulated.profile import load_profile
from tests.unit.devices.conftest import ALICE_17, EMMA_KIDS, JAN_18, LUKAS_FOREIGNER

PROFILES = [ALICE_17, JAN_18]
FIXTURES = HealthCheck.function_scoped_fixture


@pytest.mark.parametrize(
    ("profile", "surname", "niss", "municipality", "applet"),
    [
        (ALICE_17, "Dupont", "85.07.30-034.27", "Bruxelles", 0x17),
        (JAN_18, "Peeters", "78.03.12-151.81", "Antwerpen", 0x18),
        (LUKAS_FOREIGNER, "Weber", "90.11.00-087.37", "Eupen", 0x18),
    ],
)
def test_identity_and_address_are_read_and_verified(
    reader_for, profile, surname, niss, municipality, applet
):
    reader, _ = reader_for(profile)
    holder = reader.read_identity()
    assert holder.identity.surname == surname
    assert str(holder.identity.national_number) == niss
    assert holder.address.municipality == municipality
    assert holder.card_data.applet_version == applet


def test_the_foreigner_card_has_its_german_birth_date_with_unknown_day(reader_for):
    identity = reader_for(LUKAS_FOREIGNER)[0].read_identity().identity
    assert (identity.birth_date.year, identity.birth_date.month, identity.birth_date.day) == (
        1990, 11, None,
    )  # fmt: skip
    assert identity.document_type.name == "foreigner_e"
    assert identity.work_permit == "7"


def test_the_photo_follows_the_name_and_matches_its_hash(reader_for, make_image):
    reader, _ = reader_for(JAN_18)
    stages = list(reader.read_all())
    assert [type(s) for s in stages] == [HolderData, PhotoRead, CardCertificates]
    assert stages[1].photo == make_image(JAN_18).files[EidFile.PHOTO]
    assert stages[1].photo[:2] == b"\xff\xd8"  # a JPEG


def test_certificates_are_cut_at_their_der_length_and_padding_is_never_read(reader_for, make_image):
    reader, card = reader_for(ALICE_17)
    certificates = reader.read_certificates(signature=True, root=True)
    assert certificates.root.subject.rfc4514_string() == "CN=Belgium Test Root CA4,C=BE"
    image = make_image(ALICE_17)
    current, reads = None, []
    for apdu in card.log:
        if apdu[1] == 0xA4:
            current = apdu[5:]
        elif apdu[1] == 0xB0:
            reads.append((current, (apdu[2] << 8) + apdu[3], apdu[4] or 256))
    for file in (EidFile.AUTH_CERT, EidFile.CA_CERT, EidFile.SIGN_CERT, EidFile.ROOT_CERT):
        size = der_length(image.files[file])
        file_reads = [(o, n) for path, o, n in reads if path == file.path_bytes()]
        assert sum(n for _, n in file_reads) == size, file
        assert max(o + n for o, n in file_reads) == size


def test_each_file_is_selected_once_with_one_select(reader_for):
    reader, card = reader_for(JAN_18)
    list(reader.read_all())
    selects = [apdu for apdu in card.log if apdu[1] == 0xA4]
    assert len(selects) == len(set(selects)) == 8


def test_fewest_apdus_address_in_one_read_and_rsa_signatures_without_eof_probe(reader_for):
    reader, card = reader_for(ALICE_17)
    reader.read_identity()
    reads_after = {}
    current = None
    for apdu in card.log:
        if apdu[1] == 0xA4:
            current = apdu[-2:].hex()
        elif apdu[1] == 0xB0:
            reads_after[current] = reads_after.get(current, 0) + 1
    assert reads_after["4033"] == 1  # 117 bytes asked at once, padding seen: done
    assert reads_after["4032"] == reads_after["4034"] == 1  # 256 bytes = the RRN key size
    assert reader.apdu_count == 15


def test_a_kids_card_reads_without_authentication_certificate(reader_for):
    reader, _ = reader_for(EMMA_KIDS)
    kind = reader.read_identity().identity.document_type.kind
    assert kind in (DocumentKind.KIDS, DocumentKind.KIDS_FOREIGNER)
    assert reader.read_certificates().authentication is None


@pytest.mark.parametrize("data_hash", ["sha1", "sha1-photo", "sha256"])
def test_rsa_cards_signed_with_sha1_or_sha256_verify(reader_for, data_hash):
    profile = load_profile(ALICE_17)
    profile.data_hash = data_hash
    reader, _ = reader_for(profile)
    holder = reader.read_identity()
    assert len(holder.identity.photo_hash) == (32 if data_hash == "sha256" else 20)
    reader.read_photo()


@pytest.mark.parametrize("profile", PROFILES)
@pytest.mark.parametrize(
    ("forgery", "reason"),
    [
        (Forgery.IDENTITY, VerificationReason.IDENTITY_SIGNATURE),
        (Forgery.ADDRESS, VerificationReason.ADDRESS_SIGNATURE),
        (Forgery.PHOTO, VerificationReason.PHOTO_HASH),
        (Forgery.RRN_CERTIFICATE, VerificationReason.RRN_CERTIFICATE_UNTRUSTED),
    ],
)
def test_each_forgery_is_rejected_with_its_own_reason(reader_for, profile, forgery, reason):
    reader, _ = reader_for(profile, forge=forgery)
    with pytest.raises(VerificationFailed) as failure:
        list(reader.read_all())
    assert failure.value.reason is reason


def test_a_genuine_card_fails_against_other_roots(make_image, tmp_path):
    other = test_pki.TestPki.generate()
    reader = EidReader(
        InProcessTransport(VirtualCard(make_image(JAN_18))), TrustStore.of(other.roots)
    )
    with pytest.raises(VerificationFailed) as failure:
        reader.read_identity()
    assert failure.value.reason is VerificationReason.RRN_CERTIFICATE_UNTRUSTED


def test_the_basic_key_matches_the_identity_and_the_chip_authenticates(reader_for):
    reader, _ = reader_for(JAN_18)
    reader.read_identity()
    reader.verify_basic_key()
    reader.authenticate_card(bytes(range(48)))


def test_a_card_that_is_not_an_eid_is_invalid(trust):
    reader = EidReader(InProcessTransport(ForeignCard()), trust)
    with pytest.raises(NotAnEidCard):
        reader.read_identity()


def clean_run(reader_for, profile):
    reader, card = reader_for(profile)
    stages = list(reader.read_all())
    return stages, card.apdu_index


def outcome(reader):
    """Run the full read; return the stages obtained and the error that ended it."""
    stages = []
    try:
        for stage in reader.read_all():
            stages.append(stage)
    except DeviceError as exc:
        return stages, exc
    return stages, None


@pytest.mark.parametrize("profile", PROFILES)
def test_card_pulled_at_every_apdu_gives_card_removed_and_only_whole_stages(reader_for, profile):
    clean, total = clean_run(reader_for, profile)
    boundaries = []  # APDU count at which each stage was complete
    reader, card = reader_for(profile)
    for _ in reader.read_all():
        boundaries.append(card.apdu_index)
    for index in range(1, total + 1):
        reader, _ = reader_for(profile, faults=Faults(remove_at=index))
        stages, error = outcome(reader)
        assert isinstance(error, CardRemoved), index
        assert len(stages) == sum(1 for b in boundaries if b < index)
        assert all(type(a) is type(b) for a, b in zip(stages, clean, strict=False))


@pytest.mark.parametrize("profile", PROFILES)
@pytest.mark.parametrize("fault", ["corrupt_at", "truncate_at"])
def test_damaged_responses_end_in_typed_errors_or_change_nothing_signed(reader_for, profile, fault):
    clean, total = clean_run(reader_for, profile)
    reader, card = reader_for(profile)
    boundaries = []
    for _ in reader.read_all():
        boundaries.append(card.apdu_index)
    verified_reads = {
        index
        for index, apdu in enumerate(card.log, start=1)
        # data answers of the verified stages: identity, address, RRN certificate, photo
        if apdu[1] == 0xB0 and index <= boundaries[1] and card.response_sizes[index - 1] > 2
    }
    detected = set()
    for index in range(1, total + 1):
        reader, _ = reader_for(profile, faults=Faults(**{fault: index}))
        stages, error = outcome(reader)
        if error is None:
            assert stages[0].identity == clean[0].identity
            assert stages[0].address == clean[0].address
            assert stages[1].photo == clean[1].photo
        else:
            detected.add(index)
    assert verified_reads <= detected
    assert len(verified_reads) >= 10


def test_a_mute_card_raises_card_mute(reader_for):
    reader, _ = reader_for(ALICE_17, faults=Faults(mute_at=3))
    with pytest.raises(CardMute):
        reader.read_identity()


class RandomCard:
    """A transport whose every answer is made up (hypothesis draws them)."""

    atr = b"\x3b\x00"

    def __init__(self, answers):
        self.answers = list(answers)

    def transmit(self, apdu: bytes) -> Response:
        if not self.answers:
            raise CardRemoved("out of answers")
        return Response.parse(self.answers.pop(0))

    def close(self) -> None: ...


answer = st.one_of(
    st.binary(max_size=300),
    st.binary(max_size=256).map(lambda b: b + b"\x90\x00"),
    st.sampled_from([b"\x6b\x00", b"\x6c\x10", b"\x61\x08", b"\x6a\x82", b"\x90\x00"]),
)


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(answer, max_size=60))
def test_random_card_answers_raise_only_typed_errors(trust, answers):
    reader = EidReader(RandomCard(answers), trust)
    with contextlib.suppress(DeviceError):
        list(reader.read_all())


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.data())
def test_random_bytes_in_genuine_answers_raise_only_typed_errors(make_image, trust, data):
    card = VirtualCard(make_image(JAN_18))

    class Flipping(InProcessTransport):
        def transmit(self, apdu: bytes) -> Response:
            response = super().transmit(apdu)
            raw = bytearray(response.to_bytes())
            if data.draw(st.booleans()):
                position = data.draw(st.integers(0, len(raw) - 1))
                raw[position] = data.draw(st.integers(0, 255))
            return Response.parse(bytes(raw))

    with contextlib.suppress(DeviceError):
        list(EidReader(Flipping(card), trust).read_all())
