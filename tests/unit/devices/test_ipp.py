"""The IPP encoding (RFC 8010) and finding the CUPS server the way `lp` does."""

from __future__ import annotations

import struct
from pathlib import Path

import pytest

from devices.ipp import (
    CupsServer,
    MalformedMessage,
    Operation,
    Tag,
    attr,
    decode_response,
    encode_request,
)


def value(tag: int, name: str, raw: bytes) -> bytes:
    encoded = name.encode()
    return struct.pack(">bh", tag, len(encoded)) + encoded + struct.pack(">h", len(raw)) + raw


def test_a_request_is_the_header_the_groups_in_order_the_end_tag_then_the_document():
    message = encode_request(
        Operation.PRINT_JOB,
        7,
        [
            attr(Tag.OPERATION, "attributes-charset", Tag.CHARSET, "utf-8"),
            attr(Tag.OPERATION, "requested-attributes", Tag.KEYWORD, "job-id", "job-state"),
            attr(Tag.JOB, "copies", Tag.INTEGER, 2),
        ],
        b"%PDF-1.7",
    )
    assert message.startswith(bytes([2, 0, 0x00, 0x02, 0, 0, 0, 7, Tag.OPERATION]))
    assert value(Tag.CHARSET, "attributes-charset", b"utf-8") in message
    # A second value of the same attribute has an empty name.
    assert value(Tag.KEYWORD, "", b"job-state") in message
    assert bytes([Tag.JOB]) + value(Tag.INTEGER, "copies", struct.pack(">i", 2)) in message
    assert message.endswith(bytes([Tag.END]) + b"%PDF-1.7")


def test_a_response_decodes_into_groups_of_named_values():
    body = (
        bytes([2, 0, 0x04, 0x06, 0, 0, 0, 3])
        + bytes([Tag.OPERATION])
        + value(Tag.CHARSET, "attributes-charset", b"utf-8")
        + value(Tag.TEXT, "status-message", "Imprimante « Kiosk » introuvable".encode())
        + bytes([Tag.PRINTER])
        + value(Tag.ENUM, "printer-state", struct.pack(">i", 5))
        + value(Tag.KEYWORD, "printer-state-reasons", b"media-empty-error")
        + value(Tag.KEYWORD, "", b"paused")
        + value(Tag.BOOLEAN, "printer-is-accepting-jobs", b"\x01")
        + value(Tag.NO_VALUE, "printer-state-message", b"")
        + bytes([Tag.END])
    )
    response = decode_response(body)
    assert (response.status, response.request_id, response.ok) == (0x0406, 3, False)
    assert response.status_message == "Imprimante « Kiosk » introuvable"
    printer = response.group(Tag.PRINTER)
    assert printer["printer-state"] == [5]
    assert printer["printer-state-reasons"] == ["media-empty-error", "paused"]
    assert printer["printer-is-accepting-jobs"] == [True]
    assert printer["printer-state-message"] == [None]
    assert response.group(Tag.JOB) == {}


def test_collections_decode_as_dictionaries():
    body = (
        bytes([2, 0, 0, 0, 0, 0, 0, 1, Tag.PRINTER])
        + value(Tag.BEGIN_COLLECTION, "media-col-default", b"")
        + value(Tag.MEMBER_NAME, "", b"media-size")
        + value(Tag.BEGIN_COLLECTION, "", b"")
        + value(Tag.MEMBER_NAME, "", b"x-dimension")
        + value(Tag.INTEGER, "", struct.pack(">i", 21000))
        + value(Tag.END_COLLECTION, "", b"")
        + value(Tag.MEMBER_NAME, "", b"media-source")
        + value(Tag.KEYWORD, "", b"main")
        + value(Tag.END_COLLECTION, "", b"")
        + value(Tag.KEYWORD, "printer-name", b"Kiosk")
        + bytes([Tag.END])
    )
    printer = decode_response(body).group(Tag.PRINTER)
    assert printer["media-col-default"] == [
        {"media-size": [{"x-dimension": [21000]}], "media-source": ["main"]}
    ]
    assert printer["printer-name"] == ["Kiosk"]


@pytest.mark.parametrize("body", [b"", b"\x02\x00\x00\x00\x00\x00\x00\x01\x01\x47\x00"])
def test_a_truncated_response_is_malformed(body):
    with pytest.raises(MalformedMessage):
        decode_response(body)


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("/run/cups/cups.sock", CupsServer(socket_path=Path("/run/cups/cups.sock"))),
        ("printhost", CupsServer(host="printhost", port=631)),
        ("printhost:8631", CupsServer(host="printhost", port=8631)),
        ("printhost/version=1.1", CupsServer(host="printhost", port=631)),
        ("[::1]:8631", CupsServer(host="::1", port=8631)),
    ],
)
def test_server_addresses_are_read_as_cups_writes_them(written, expected):
    assert CupsServer.parse(written, environ={}) == expected


def test_cups_server_wins_then_client_conf_then_the_local_socket(tmp_path):
    home = tmp_path / "home"
    (home / ".cups").mkdir(parents=True)
    server_root = tmp_path / "etc-cups"
    server_root.mkdir()
    (server_root / "client.conf").write_text("# printing\nServerName central-print:631\n")
    base = {"HOME": str(home), "CUPS_SERVERROOT": str(server_root)}

    assert CupsServer.from_environment({**base, "CUPS_SERVER": "/tmp/x.sock"}) == CupsServer(
        socket_path=Path("/tmp/x.sock")
    )
    assert CupsServer.from_environment(base) == CupsServer(host="central-print", port=631)
    (home / ".cups" / "client.conf").write_text("ServerName /srv/cups.sock\n")
    assert CupsServer.from_environment(base).socket_path == Path("/srv/cups.sock")
