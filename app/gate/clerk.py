"""A counter's clerk signs in to the central database as themselves.

On PostgreSQL each clerk has their own login role (`guichet-central staff add`: `staff_<login>`,
a SCRAM password, or the mutuality's directory through PostgreSQL's LDAP authentication), and
supervisors are members of `guichet_supervisors`. Signing in at the counter is connecting with
that login: the database checks the password, not this program. While the clerk is signed in,
every connection the counter's engine opens (its screens' reads, its sync pushes) is the
clerk's, so the inbox's trigger names the clerk on every operation pushed, and the central side
trusts that name only. When the clerk leaves, the engine goes back to the counter's own login.

On the embedded demo database, which has no logins, the staff table's hash is checked
(app/services/staff.py).
"""

from __future__ import annotations

import threading

from sqlalchemy import Engine, event

from app.domain.codes import StaffRole
from app.services.errors import BadCredentials, CentralUnavailable
from app.services.staff import StaffSession

SUPERVISORS = "guichet_supervisors"
ADVISERS = "guichet_advisers"  # medical advisers (a group a server set up earlier may lack)


class ClerkLogin:
    def __init__(self, engine: Engine):
        if engine.dialect.name != "postgresql":
            raise ValueError("clerks have their own logins on PostgreSQL only")
        self.engine = engine
        self._credentials: tuple[str, str] | None = None
        self._lock = threading.Lock()
        event.listen(engine, "do_connect", self._as_clerk)

    @property
    def signed_in(self) -> str | None:
        return self._credentials[0] if self._credentials else None

    def credentials(self) -> tuple[str, str] | None:
        return self._credentials

    def _as_clerk(self, _dialect, _record, _cargs, cparams) -> None:
        credentials = self._credentials
        if credentials is not None:
            cparams["user"], cparams["password"] = credentials

    def sign_in(self, login: str, password: str) -> StaffSession:
        """Connect as the clerk; BadCredentials for a wrong login or password (the database's
        answer), CentralUnavailable when it cannot be reached."""
        import psycopg

        from app.store.roles import RoleError, staff_role_name

        try:
            role = staff_role_name((login or "").strip())
        except (RoleError, ValueError) as exc:
            raise BadCredentials() from exc
        url = self.engine.url.set(drivername="postgresql", username=role, password=password)
        try:
            with psycopg.connect(
                _conninfo_of(url), connect_timeout=5, autocommit=True
            ) as connection:
                row = connection.execute(
                    "SELECT id, login, full_name, role, agency_id, "
                    "pg_has_role(session_user, %s, 'member'), "
                    "EXISTS (SELECT 1 FROM pg_roles a WHERE a.rolname = %s "
                    "AND pg_has_role(session_user, a.oid, 'member')) "
                    "FROM staff WHERE db_role = session_user AND active",
                    (SUPERVISORS, ADVISERS),
                ).fetchone()
        except psycopg.OperationalError as exc:
            # 28P01 wrong password, 28000 no such login (or not allowed from here): one answer.
            if getattr(exc, "sqlstate", None) in ("28P01", "28000") or _refused_login(exc):
                raise BadCredentials() from exc
            raise CentralUnavailable(type(exc).__name__) from exc
        if row is None:
            raise BadCredentials()
        staff_id, staff_login, full_name, staff_role, agency_id, supervisor, adviser = row
        role_of = StaffRole(staff_role)
        if role_of != StaffRole.ADMIN:
            role_of = StaffRole.SUPERVISOR if supervisor else StaffRole.CLERK
        with self._lock:
            self._credentials = (role, password)
            self.engine.dispose()  # no connection of the counter's (or a previous clerk's) stays
        return StaffSession(
            staff_id, staff_login, full_name, role_of, agency_id, medical_adviser=bool(adviser)
        )

    def sign_out(self) -> None:
        with self._lock:
            if self._credentials is None:
                return
            self._credentials = None
            self.engine.dispose()


def _refused_login(exc) -> bool:
    """libpq reports a refused login before any session: psycopg may carry no SQLSTATE then,
    only the server's message (in English unless the server's lc_messages says otherwise)."""
    text = str(exc)
    return "authentication failed" in text or "does not exist" in text


def _conninfo_of(url) -> str:
    return url.render_as_string(hide_password=False)
