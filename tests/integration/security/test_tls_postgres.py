"""The central database over TLS: a terminal checks the server's certificate (verify-full)
against the central CA and the host name it asked for, and connects no other way."""

from __future__ import annotations

import psycopg
import pytest
from sqlalchemy import text
from sqlalchemy.exc import OperationalError

from app.store.db import make_engine
from app.store.roles import add_terminal
from app.sync.problems import diagnose

pytestmark = pytest.mark.postgres


@pytest.fixture
def terminal_login(pg_central):
    add_terminal(pg_central, "borne_tls_1", agency_code=_agency(pg_central), password="tls-pw")
    return pg_central.url.database, "borne_tls_1", "tls-pw"


def _agency(engine) -> str:
    with engine.connect() as connection:
        return connection.execute(text("SELECT code FROM agency LIMIT 1")).scalar_one()


def _ssl_of(engine) -> tuple[bool, str]:
    with engine.connect() as connection:
        return connection.execute(
            text("SELECT ssl, version FROM pg_stat_ssl WHERE pid = pg_backend_pid()")
        ).one()


def test_a_terminal_connects_to_localhost_with_the_certificate_verified(
    postgres_server, terminal_login
):
    database, user, password = terminal_login
    url = postgres_server.verify_full_url(database, user)
    assert "sslmode=verify-full" in url and "sslrootcert=" in url
    engine = make_engine(url, password=password)
    try:
        ssl, version = _ssl_of(engine)
        assert ssl and version.startswith("TLS")
    finally:
        engine.dispose()


def test_a_certificate_naming_another_host_is_refused(postgres_server, terminal_login):
    """The certificate names localhost only: asked for 127.0.0.1, the terminal refuses it."""
    database, user, password = terminal_login
    engine = make_engine(
        postgres_server.verify_full_url(database, user, host="127.0.0.1"), password=password
    )
    try:
        with pytest.raises(OperationalError) as refused:
            engine.connect().close()
    finally:
        engine.dispose()
    problem = diagnose(refused.value)
    assert problem.kind == "tls"
    assert "127.0.0.1" in problem.detail and "does not match" in problem.detail


def test_a_certificate_from_another_ca_is_refused(postgres_server, terminal_login, tmp_path):
    from tests.support.postgres import make_test_pki

    other_ca, _, _ = make_test_pki(tmp_path / "other")
    database, user, password = terminal_login
    url = postgres_server.plain_url(database, user, host="localhost")
    engine = make_engine(f"{url}?sslmode=verify-full&sslrootcert={other_ca}", password=password)
    try:
        with pytest.raises(OperationalError) as refused:
            engine.connect().close()
    finally:
        engine.dispose()
    problem = diagnose(refused.value)
    assert problem.kind == "tls" and "certificate verify failed" in problem.detail


def test_a_terminal_login_without_tls_is_refused(postgres_server, terminal_login):
    database, user, password = terminal_login
    conninfo = f"host=127.0.0.1 port={postgres_server.port} dbname={database} user={user}"
    with pytest.raises(psycopg.OperationalError, match=r"no pg_hba\.conf entry.*no encryption"):
        psycopg.connect(f"{conninfo} sslmode=disable", password=password)
    # A client that tries without TLS first ends up over TLS, or not at all.
    with psycopg.connect(f"{conninfo} sslmode=allow", password=password) as connection:
        ssl = connection.execute("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")
        assert ssl.fetchone() == (True,)


def test_a_wrong_password_is_told_apart_from_an_unreachable_server(postgres_server, terminal_login):
    database, user, _ = terminal_login
    engine = make_engine(postgres_server.verify_full_url(database, user), password="wrong")
    try:
        with pytest.raises(OperationalError) as refused:
            engine.connect().close()
    finally:
        engine.dispose()
    problem = diagnose(refused.value)
    assert problem.kind == "auth" and "borne_tls_1" in problem.detail
    assert "wrong" not in problem.detail

    gone = make_engine("postgresql+psycopg://borne@127.0.0.1:1/none?connect_timeout=1")
    with pytest.raises(OperationalError) as unreachable:
        gone.connect().close()
    assert diagnose(unreachable.value).kind == "unreachable"
