"""Family members on a shared database: logins that cannot see their own gifts.

The organiser (the role that owns the database) lets a family member in with
``add_member``: a PostgreSQL login of their own, linked to their person row
in ``members``, with a generated password, and the rights a member needs.
What a member may not see (their own gifts, those gifts' links, their own
budgets) is hidden by the row-level security policies of migration 0007 — by
the database, for every program they connect with. This module only manages
the logins and explains: ``viewer`` says who is looking and how many gifts
are hidden from them (a count, never which).

A file has no logins; every function here refuses one with a sentence.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING, NoReturn

from sqlalchemy import Connection, text
from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import URL
from sqlalchemy.orm import Session

from giftdesk.data.changes import Change
from giftdesk.data.errors import GiftdeskError
from giftdesk.data.messages import Message, translatable
from giftdesk.data.postgres import HAS_MEMBERS
from giftdesk.data.validation import refuse_nul_character

if TYPE_CHECKING:
    from giftdesk.data.database import Database

# Tables a member reads; each tuple: may they insert/update rows, may they delete rows.
MEMBER_TABLES: dict[str, tuple[bool, bool]] = {
    "alembic_version": (False, False),
    "members": (False, False),
    "persons": (True, False),  # deleting a person would reach into hidden gifts
    "occasions": (True, False),  # so would deleting an occasion
    "gifts": (True, True),
    "gift_people": (True, True),
    "person_occasions": (True, True),
}
# Names a member logs in with: PostgreSQL identifiers that need no quoting.
LOGIN_NAME = re.compile(r"[a-z][a-z0-9_]{0,62}")
PASSWORD_BYTES = 18
PASSWORD = re.compile(r"[A-Za-z0-9_-]{8,128}")


class MemberError(GiftdeskError):
    """A member cannot be added, listed or removed as asked; nothing was changed."""


@dataclass(frozen=True)
class Member:
    name: str  # the login
    person_id: int
    person: str


@dataclass(frozen=True)
class Invitation:
    """What the organiser hands a new member: shown once, the password is not kept."""

    member: Member
    address: str  # postgresql://NAME:PASSWORD@HOST:PORT/DATABASE


@dataclass(frozen=True)
class Viewer:
    """Who is looking at a family, and how much is hidden from them."""

    login: str | None  # None on a file
    person: str | None  # the member's person; None for the organiser or a file
    hidden_by_occasion: dict[int | None, int]  # occasion id (None: no occasion) -> gifts

    @property
    def is_member(self) -> bool:
        return self.person is not None

    @property
    def hidden_gifts(self) -> int:
        return sum(self.hidden_by_occasion.values())

    def hidden_in(self, occasion_id: int | None) -> int:
        return self.hidden_by_occasion.get(occasion_id, 0)


FILE_VIEWER = Viewer(None, None, {})


def viewer(session: Session) -> Viewer:
    """Who this session is; on a server, how many gifts (per occasion) are hidden from them."""
    if session.get_bind().dialect.name != "postgresql":
        return FILE_VIEWER
    # Whether the members table exists is asked once per connection (it stays):
    # then who is looking is one statement (a round trip on a network).
    known = session.connection().info
    if not known.get(HAS_MEMBERS):
        login, has_members = session.execute(
            text("SELECT session_user, to_regclass('members') IS NOT NULL")
        ).one()
        if not has_members:  # a database set up without giftdesk's migrations has no members
            return Viewer(str(login), None, {})
        known[HAS_MEMBERS] = True
    row = session.execute(
        text(
            "SELECT session_user, p.name FROM (SELECT 1) one "
            "LEFT JOIN members m ON m.role_name = session_user "
            "LEFT JOIN persons p ON p.id = m.person_id"
        )
    ).one()
    if row[1] is None:
        return Viewer(row[0], None, {})
    hidden = {
        occ: int(n) for occ, n in session.execute(text("SELECT * FROM giftdesk_hidden_gifts()"))
    }
    return Viewer(row[0], row[1], hidden)


def hidden_gifts_note(count: int) -> Message:
    """What a member reads next to figures that leave out the gifts for them."""
    if count == 1:
        return translatable("Members", "1 gift for you is hidden from you")
    return translatable("Members", "{count} gifts for you are hidden from you").format(count=count)


def refuse_import_by_member(session: Session) -> None:
    """An import adds people, occasions and gifts for anyone: the organiser's to do."""
    if session.get_bind().dialect.name != "postgresql":
        return
    who = viewer(session)
    if who.is_member:
        raise MemberError(
            translatable(
                "Members",
                "Only the organiser of this family can import into it; you are connected as "
                "{login}, a family member. Nothing was changed.",
            ).format(login=who.login)
        )


# A change naming a gift for a member (or deleting gifts, which may have been
# such gifts) is told as "read everything again": a notification reaches every
# login listening on the database, whatever the policies. Used inside the
# NOTIFY statement with :ids (changed gift ids) and :removed (whether gifts were
# deleted), so it costs no round trip of its own.
NAMES_A_SECRET = (
    "((:removed AND EXISTS (SELECT 1 FROM members)) OR EXISTS (SELECT 1 FROM gift_people r "
    "JOIN members m ON m.person_id = r.person_id "
    "WHERE r.role = 'recipient' AND r.gift_id = ANY(CAST(:ids AS integer[]))))"
)


def secret_candidates(change: Change) -> tuple[list[int], bool]:
    """(changed gift ids, whether gifts were deleted): what ``NAMES_A_SECRET`` looks at."""
    if change.everything:
        return [], False
    return sorted(change.gifts), bool(change.removed_gifts)


# -- managing members (the organiser only) -----------------------------------


def refuse_a_file() -> NoReturn:
    """Members are logins; a file has none."""
    raise MemberError(
        translatable(
            "Members",
            "Family members need a shared database: a file on this computer has no logins, "
            "so move the family to a PostgreSQL server and open it with --db "
            "postgresql://… first.",
        )
    )


def _server_only(db: Database) -> URL:
    if db.url is None:
        refuse_a_file()
    return db.url


def organiser_check(connection: Connection) -> None:
    organiser, me, is_member, superuser = connection.execute(
        text(
            "SELECT pg_get_userbyid(d.datdba), current_user, "
            "EXISTS (SELECT 1 FROM members WHERE role_name = session_user), "
            "(SELECT rolsuper FROM pg_roles WHERE rolname = current_user) "
            "FROM pg_database d WHERE d.datname = current_database()"
        )
    ).one()
    # The statement read the members table: who is looking (``viewer``) need not
    # ask again on this connection whether it exists.
    connection.info[HAS_MEMBERS] = True
    if (organiser != me and not superuser) or is_member:
        raise MemberError(
            translatable(
                "Members",
                "Only the organiser of this family ({organiser}) can add or remove members; "
                "nothing was changed.",
            ).format(organiser=organiser)
        )


def is_organiser(db: Database) -> bool:
    """Whether this connection may manage the family's members."""
    if db.url is None:
        return False
    # The window asks as it opens: the open's schema check has just answered
    # (once; later questions ask the server again).
    known, db.organiser_at_open = db.organiser_at_open, None
    if known is not None:
        return known
    with db.reading() as session:
        try:
            organiser_check(session.connection())
        except MemberError:
            return False
    return True


@contextmanager
def _not_allowed_said() -> Iterator[None]:
    """The server refusing the organiser a right (to grant, to drop a login) as a sentence."""
    try:
        yield
    except sa_exc.ProgrammingError as error:
        if getattr(error.orig, "sqlstate", None) != "42501":  # insufficient privilege
            raise
        raise MemberError(
            translatable(
                "Members",
                "The server did not allow this ({reason}); nothing was changed. The organiser's "
                "login must own the family's tables and may need CREATEROLE.",
            ).format(reason=str(error.orig).strip().splitlines()[0])
        ) from None


def add_member(db: Database, name: str, person: str, *, password: str | None = None) -> Invitation:
    """A login ``name`` for the person called ``person``; returns the address to give them.

    One operation (``giftdesk.data.operations.members.add_member``), run by ``perform``.
    """
    from giftdesk.data.operations import members as member_ops
    from giftdesk.data.operations import perform

    url = _server_only(db)
    name = name.strip()
    if not LOGIN_NAME.fullmatch(name):
        raise MemberError(
            translatable(
                "Members",
                "“{name}” cannot be a member's login: use small letters, digits and _, "
                "starting with a letter (at most 63).",
            ).format(name=name)
        )
    refuse_nul_character("person", person)  # the server would refuse to read it
    password = password or new_password()
    with _not_allowed_said():
        done = perform(
            db, partial(member_ops.add_member, name=name, person=person, password=password)
        )
    assert isinstance(done, member_ops.MemberResult)
    address = url.set(drivername="postgresql", username=name, password=password)
    return Invitation(done.member, address.render_as_string(hide_password=False))


def new_password() -> str:
    return secrets.token_urlsafe(PASSWORD_BYTES)


def let_in(session: Session, name: str, person: str, password: str) -> Member:
    """Within ``session``: the login ``name`` for the person called ``person``, with its rights."""
    connection = session.connection()
    organiser_check(connection)
    person_row = connection.execute(
        text("SELECT id, name FROM persons WHERE lower(name) = lower(:name) ORDER BY id"),
        {"name": person.strip()},
    ).all()
    if not person_row:
        raise MemberError(
            translatable(
                "Members",
                "There is no person named “{person}” in this family; add them under People "
                "first. Nothing was changed.",
            ).format(person=person.strip())
        )
    person_id, person_name = person_row[0]
    if connection.scalar(text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": name}):
        raise MemberError(
            translatable(
                "Members",
                "The login “{name}” is already taken on this server; choose another name. "
                "Nothing was changed.",
            ).format(name=name)
        )
    already = connection.scalar(
        text("SELECT role_name FROM members WHERE person_id = :p"), {"p": person_id}
    )
    if already is not None:
        raise MemberError(
            translatable(
                "Members",
                "{person} is already a member (login “{login}”); nothing was changed.",
            ).format(person=person_name, login=already)
        )
    _create_login(connection, name, password)
    connection.execute(
        text("INSERT INTO members (role_name, person_id) VALUES (:n, :p)"),
        {"n": name, "p": person_id},
    )
    return Member(name, person_id, person_name)


def _create_login(connection: Connection, name: str, password: str) -> None:
    """The role and its rights: read what the policies let through, change what members may."""
    quoted = connection.dialect.identifier_preparer.quote
    role = quoted(name)
    if not PASSWORD.fullmatch(password):
        raise MemberError(
            translatable("Members", "A member's password may hold letters, digits, - and _ only.")
        )
    try:
        with connection.begin_nested():
            # A utility statement takes no parameters; the verifier's letters are base64 and $:.
            verifier = scram_verifier(password)
            connection.exec_driver_sql(f"CREATE ROLE {role} LOGIN PASSWORD '{verifier}'")
    except sa_exc.ProgrammingError as error:
        if getattr(error.orig, "sqlstate", None) != "42501":  # insufficient privilege
            raise
        raise MemberError(
            translatable(
                "Members",
                "Your login may not create logins on this server; a server administrator can "
                "allow it with ALTER ROLE {login} CREATEROLE. Nothing was changed.",
            ).format(login=connection.scalar(text("SELECT current_user")))
        ) from None
    database = quoted(connection.scalar(text("SELECT current_database()")))
    connection.execute(text(f"GRANT CONNECT ON DATABASE {database} TO {role}"))
    connection.execute(text(f"GRANT USAGE ON SCHEMA public TO {role}"))
    columns: dict[str, list[str]] = {}
    for table, column in connection.execute(
        text(
            "SELECT table_name, column_name FROM information_schema.columns "
            "WHERE table_schema = 'public' AND column_name <> 'id' ORDER BY ordinal_position"
        )
    ):
        columns.setdefault(table, []).append(quoted(column))
    for table, (writes, deletes) in MEMBER_TABLES.items():
        connection.execute(text(f"GRANT SELECT ON {quoted(table)} TO {role}"))
        if writes:
            # Never the id: choosing one would tell taken ids (hidden gifts') from free ones.
            listed = ", ".join(columns[table])
            connection.execute(
                text(f"GRANT INSERT ({listed}), UPDATE ({listed}) ON {quoted(table)} TO {role}")
            )
            sequence = connection.scalar(
                text("SELECT pg_get_serial_sequence(:t, 'id')"), {"t": table}
            )
            if sequence:
                connection.execute(text(f"GRANT USAGE ON SEQUENCE {sequence} TO {role}"))
        if deletes:
            connection.execute(text(f"GRANT DELETE ON {quoted(table)} TO {role}"))


def scram_verifier(password: str, salt: bytes | None = None, iterations: int = 4096) -> str:
    """The SCRAM-SHA-256 verifier PostgreSQL stores for ``password`` (RFC 5802/7677).

    Sent instead of the password, so the password never reaches the server
    (nor its statement log); the server keeps a verifier as it is given.
    """
    salt = salt if salt is not None else secrets.token_bytes(16)
    salted = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, iterations)
    client_key = hmac.new(salted, b"Client Key", "sha256").digest()
    server_key = hmac.new(salted, b"Server Key", "sha256").digest()
    stored_key = hashlib.sha256(client_key).digest()

    def b64(data: bytes) -> str:
        return base64.b64encode(data).decode("ascii")

    return f"SCRAM-SHA-256${iterations}:{b64(salt)}${b64(stored_key)}:{b64(server_key)}"


def list_members(db: Database) -> list[Member]:
    """Every member of the family, by login (the organiser only)."""
    _server_only(db)
    with db.reading() as session:
        connection = session.connection()
        organiser_check(connection)
        return [
            Member(name, person_id, person)
            for name, person_id, person in connection.execute(
                text(
                    "SELECT m.role_name, m.person_id, p.name FROM members m "
                    "JOIN persons p ON p.id = m.person_id ORDER BY m.role_name"
                )
            )
        ]


def remove_member(db: Database, name: str) -> Member:
    """Drop the member's login (their person and gifts stay); their sessions are ended.

    One operation (``giftdesk.data.operations.members.remove_member``), run by ``perform``.
    """
    from giftdesk.data.operations import members as member_ops
    from giftdesk.data.operations import perform

    _server_only(db)
    with _not_allowed_said():
        done = perform(db, partial(member_ops.remove_member, name=name))
    assert isinstance(done, member_ops.MemberResult)
    return done.member


def let_out(session: Session, name: str) -> Member:
    """Within ``session``: drop the member's login, and end their sessions."""
    connection = session.connection()
    organiser_check(connection)
    row = connection.execute(
        text(
            "SELECT m.role_name, m.person_id, p.name FROM members m "
            "JOIN persons p ON p.id = m.person_id WHERE m.role_name = :n"
        ),
        {"n": name.strip()},
    ).one_or_none()
    if row is None:
        raise MemberError(
            translatable(
                "Members", "“{name}” is not a member of this family; nothing was changed."
            ).format(name=name.strip())
        )
    member = Member(*row)
    connection.execute(text("DELETE FROM members WHERE role_name = :n"), {"n": member.name})
    _drop_login(connection, member.name)
    return member


def _drop_login(connection: Connection, name: str) -> None:
    quote = connection.dialect.identifier_preparer.quote
    role = quote(name)
    database = quote(connection.scalar(text("SELECT current_database()")))
    connection.execute(text(f"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {role}"))
    connection.execute(text(f"REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM {role}"))
    connection.execute(text(f"REVOKE ALL ON SCHEMA public FROM {role}"))
    connection.execute(text(f"REVOKE ALL ON DATABASE {database} FROM {role}"))
    _end_sessions_of(connection, role, name)
    connection.execute(text(f"DROP ROLE {role}"))


def _end_sessions_of(connection: Connection, role: str, name: str) -> None:
    """Disconnect the member's open sessions (they would keep running until they end).

    Ending another login's session takes membership in it: a login that may
    create logins may also grant itself that, for the moment before the drop.
    """
    try:
        with connection.begin_nested():
            connection.execute(text(f"GRANT {role} TO CURRENT_USER"))
            connection.execute(
                text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = :n"),
                {"n": name},
            )
    except sa_exc.DBAPIError:
        pass  # their sessions then end with no rights left: every query is refused


def drop_login_if_left(db: Database, name: str) -> None:
    """Remove a member's login if it is still there (tidying up after tests; never refuses)."""
    with db.transaction() as session:
        connection = session.connection()
        connection.execute(text("DELETE FROM members WHERE role_name = :n"), {"n": name})
        if connection.scalar(text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": name}):
            _drop_login(connection, name)
