"""A family on a shared PostgreSQL server: address, connection, set-up and upgrade.

``open_shared_database`` is the server-side twin of opening a file. It refuses,
with one sentence and without changing anything, an address it cannot read,
a server it cannot reach, a password the server rejects, a database that
holds another program's tables, and one from a newer giftdesk. An empty
database is set up; an older one is upgraded after a JSON backup of it is
written to the user's data folder. Set-up and upgrade hold an advisory lock,
so two computers connecting to a new database at once do not both set it up.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import URL, make_url

from giftdesk.data.errors import (
    ConnectionLostError,
    DatabaseError,
    NewerDatabaseError,
    NotAGiftdeskDatabase,
)
from giftdesk.data.messages import translatable
from giftdesk.migrations import HEAD, REVISIONS

if TYPE_CHECKING:
    import psycopg
    from psycopg.abc import Buffer

SCHEMES = ("postgresql://", "postgres://", "postgresql+psycopg://")
CONNECT_TIMEOUT_S = 5
# Any constant works: it only has to be the same for every giftdesk.
MIGRATION_LOCK_KEY = 0x6769_6674  # "gift"
GIFTDESK_TABLES = {"persons", "occasions", "gifts", "gift_people"}


def is_server_address(target: object) -> bool:
    """Whether ``--db``'s value names a server (a libpq URL) rather than a file."""
    return isinstance(target, str | URL) and str(target).startswith(SCHEMES)


def parse_address(address: str | URL) -> URL:
    """``postgresql://USER[:PASSWORD]@HOST[:PORT]/DBNAME`` as a psycopg URL."""
    try:
        url = make_url(address) if isinstance(address, str) else address
    except sa_exc.ArgumentError:
        raise DatabaseError(
            translatable(
                "Shared",
                "“{address}” is not a database address; "
                "write it as postgresql://USER@HOST:PORT/DATABASE.",
            ).format(address=_without_password(str(address)))
        ) from None
    if not url.database:
        raise DatabaseError(
            translatable(
                "Shared", "The address {address} names no database; end it with /DATABASE."
            ).format(address=_shown(url))
        )
    return url.set(drivername="postgresql+psycopg")


def place_name(url: URL) -> str:
    """Where the family lives, for titles and messages: ``family @ nas.local``."""
    return f"{url.database} @ {url.host or 'localhost'}"


def address_of(user: str, host: str, port: int | None, database: str) -> str:
    """The address (without a password) of a family on a server."""
    return URL.create(
        "postgresql",
        username=user or None,
        host=host or None,
        port=port,
        database=database or None,
    ).render_as_string()


def parts_of(address: str) -> tuple[str, int | None, str, str]:
    """(host, port, database, user) of an address."""
    url = make_url(address)
    return url.host or "", url.port, url.database or "", url.username or ""


def with_password(address: str, password: str | None) -> str:
    """The address with ``password`` in it (to connect; never to store or show)."""
    url = make_url(address)
    if password:
        url = url.set(password=password)
    return url.render_as_string(hide_password=False)


def server_name(url: URL) -> str:
    host = url.host or "localhost"
    return f"{host}:{url.port}" if url.port else host


def make_server_engine(url: URL, **kwargs: Any) -> Engine:
    """An engine with giftdesk's connection settings for a server."""
    engine = create_engine(
        url,
        connect_args={
            "connect_timeout": CONNECT_TIMEOUT_S,
            "application_name": "giftdesk",
        },
        pool_pre_ping=True,
        **kwargs,
    )
    event.listen(engine, "connect", _load_whole_numbers_as_int)
    return engine


def _load_whole_numbers_as_int(dbapi_connection: psycopg.Connection[Any], _record: object) -> None:
    """Sums of cents come back as ``int``, as on SQLite.

    PostgreSQL sums a bigint column as ``numeric`` (psycopg: ``Decimal``);
    giftdesk stores no numeric columns, so a whole numeric is always cents.
    """
    from psycopg.types.numeric import NumericBinaryLoader, NumericLoader

    # ``Any``: a Decimal, or an int when whole (the base loaders promise Decimal).
    class WholeNumericLoader(NumericLoader):
        def load(self, data: Buffer) -> Any:
            value = super().load(data)
            return int(value) if value == value.to_integral_value() else value

    class WholeNumericBinaryLoader(NumericBinaryLoader):
        def load(self, data: Buffer) -> Any:
            value = super().load(data)
            return int(value) if value.is_finite() and value == value.to_integral_value() else value

    dbapi_connection.adapters.register_loader("numeric", WholeNumericLoader)
    dbapi_connection.adapters.register_loader("numeric", WholeNumericBinaryLoader)


def connection_error(url: URL, error: Exception) -> DatabaseError:
    """One sentence for a failure to connect to (or keep talking with) a server."""
    text_ = str(getattr(error, "orig", None) or error)
    lowered = text_.lower()
    server = server_name(url)
    if "password authentication failed" in lowered or "no password supplied" in lowered:
        return DatabaseError(
            translatable(
                "Shared",
                "The server {server} did not accept the password for {user}; nothing was changed.",
            ).format(server=server, user=url.username or "you")
        )
    if "role" in lowered and "does not exist" in lowered:
        return DatabaseError(
            translatable(
                "Shared", "The server {server} has no user '{user}'; nothing was changed."
            ).format(server=server, user=url.username)
        )
    if "database" in lowered and "does not exist" in lowered:
        return DatabaseError(
            translatable(
                "Shared",
                "The server {server} has no database '{database}'; "
                "create it first (an empty one is set up by giftdesk).",
            ).format(server=server, database=url.database)
        )
    if "permission denied" in lowered:
        return DatabaseError(
            translatable(
                "Shared",
                "{place} does not let {user} do this (permission denied); nothing was changed.",
            ).format(place=place_name(url), user=url.username or "you")
        )
    return DatabaseError(
        translatable(
            "Shared",
            "The database server {server} cannot be reached; check that it is running "
            "and that this computer may connect to it.",
        ).format(server=server)
    )


def working_error(url: URL, error: Exception) -> DatabaseError:
    """One sentence for a unit of work the server did not complete (nothing was saved)."""
    orig = getattr(error, "orig", None)
    sqlstate = getattr(orig, "sqlstate", None) or ""
    if sqlstate in ("40P01", "40001"):  # deadlock, serialization failure
        return DatabaseError(
            translatable(
                "Shared",
                "Another computer was changing the same things at the same moment; "
                "your change was not saved. Try again.",
            )
        )
    if sqlstate.startswith("53"):  # disk full, out of memory, too many connections
        return DatabaseError(
            translatable(
                "Shared",
                "The server {server} is out of resources (its disk is full or it is "
                "overloaded); your change was not saved.",
            ).format(server=server_name(url))
        )
    if sqlstate == "25006":  # read-only transaction
        return DatabaseError(
            translatable("Shared", "{place} is read-only here; your change was not saved.").format(
                place=place_name(url)
            )
        )
    if sqlstate.startswith("42"):  # permissions, missing tables
        return connection_error(url, error)
    return lost_error(url)


def lost_error(url: URL) -> ConnectionLostError:
    """The refusal of a change while the connection to the server is lost."""
    return ConnectionLostError(
        translatable(
            "Shared", "The connection to {server} was lost; your change was not saved."
        ).format(server=server_name(url))
    )


def revision_of(connection: Connection) -> str | None:
    """The giftdesk schema revision in the database (None: an empty one).

    Raises, with a sentence, for another program's tables or a newer giftdesk.
    """
    tables = set(
        connection.scalars(
            text(
                "SELECT table_name FROM information_schema.tables "
                "WHERE table_schema = current_schema()"
            )
        )
    )
    if not tables:
        return None
    revision = None
    if "alembic_version" in tables:
        revision = connection.scalar(text("SELECT version_num FROM alembic_version"))
    return _judged(connection.engine.url, tables, revision)


# Key in a connection's ``info``: the members table is known to exist there.
HAS_MEMBERS = "giftdesk.has_members"


def _revision_at_once(engine: Engine, seen: dict[str, object] | None = None) -> str | None:
    """``revision_of`` in one statement outside a transaction (no BEGIN, no ROLLBACK).

    For a database that giftdesk set up (it has ``alembic_version`` and
    ``members``), as on every connect after the first; raises ``LookupError``
    otherwise, and the caller asks ``revision_of``. The same statement says
    whether this login may manage the members (``seen["organiser"]``, as
    ``members.organiser_check`` judges it): the window asks that as it opens.
    """
    try:
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
            tables, revision, organiser = connection.execute(
                text(
                    "SELECT ARRAY(SELECT table_name::text FROM information_schema.tables "
                    "WHERE table_schema = current_schema()), "
                    "(SELECT version_num FROM alembic_version LIMIT 1), "
                    "(SELECT (pg_get_userbyid(d.datdba) = current_user OR r.rolsuper) "
                    "AND NOT EXISTS (SELECT 1 FROM members WHERE role_name = session_user) "
                    "FROM pg_database d, pg_roles r "
                    "WHERE d.datname = current_database() AND r.rolname = current_user)"
                )
            ).one()
            # The statement read the members table: who is looking (``members.viewer``)
            # need not ask on this connection whether it exists.
            connection.info[HAS_MEMBERS] = True
    except sa_exc.ProgrammingError as error:  # no alembic_version or members (or not readable)
        raise LookupError from error
    found = _judged(engine.url, set(tables), revision)
    if seen is not None and organiser is not None:
        seen["organiser"] = bool(organiser)
    return found


def _judged(url: URL, tables: set[str], revision: str | None) -> str | None:
    """The revision, once the tables found are those of a giftdesk family (else a sentence)."""
    if "alembic_version" not in tables:
        raise NotAGiftdeskDatabase(
            translatable(
                "Shared",
                "{place} holds the tables of another program, not a giftdesk family; "
                "nothing was changed.",
            ).format(place=place_name(url))
        )
    if revision is None:
        return None
    if revision not in REVISIONS:
        raise NewerDatabaseError(
            translatable(
                "Shared",
                "{place} was set up by a newer version of giftdesk; update giftdesk to use it.",
            ).format(place=place_name(url))
        )
    if not tables >= GIFTDESK_TABLES:
        raise NotAGiftdeskDatabase(
            translatable("Shared", "{place} is a damaged giftdesk database.").format(
                place=place_name(url)
            )
        )
    return str(revision)


def prepare_schema(
    engine: Engine, backup_folder: Path | None, seen: dict[str, object] | None = None
) -> str | None:
    """Set up or upgrade the schema to HEAD; returns the revision found before.

    Runs in one transaction under an advisory lock. An older database is
    written to a JSON backup first; nothing is changed when a check fails.
    ``seen`` receives what the check learnt on the way (see ``_revision_at_once``).
    """
    url = engine.url
    try:
        try:
            found = _revision_at_once(engine, seen)
        except LookupError:
            found = None  # empty, another program's, damaged: said (or set up) below
        if found == HEAD:
            return found
        with engine.connect() as connection:
            found = revision_of(connection)
            connection.rollback()
            if found == HEAD:
                return found
            with connection.begin():
                connection.execute(
                    text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK_KEY}
                )
                found = revision_of(connection)  # another giftdesk may have done it meanwhile
                if found == HEAD:
                    return found
                upgrade_on(connection, HEAD)
                if found is not None:
                    # Migrations keep every row, and nothing is committed before
                    # the backup is on disk: a failed backup leaves the old schema.
                    write_upgrade_backup(connection, found, backup_folder)
            return found
    except sa_exc.OperationalError as error:
        raise connection_error(url, error) from error
    except sa_exc.ProgrammingError as error:
        raise connection_error(url, error) from error


def upgrade_on(connection: Connection, revision: str, *, downgrade: bool = False) -> None:
    """Run the Alembic history on an open connection (inside its transaction)."""
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", "giftdesk:migrations")
    config.attributes["connection"] = connection
    if downgrade:
        command.downgrade(config, revision)
    else:
        command.upgrade(config, revision)


def write_upgrade_backup(connection: Connection, revision: str, folder: Path | None) -> Path:
    """The family as a JSON backup (named after the revision it is upgraded from)."""
    from sqlalchemy.orm import Session

    from giftdesk.data.backup import write_backup

    if folder is None:
        from platformdirs import user_data_path

        folder = user_data_path("giftdesk", appauthor=False)
    folder.mkdir(parents=True, exist_ok=True)
    url = connection.engine.url
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    safe_host = "".join(c if c.isalnum() or c in ".-" else "_" for c in (url.host or "local"))
    target = folder / f"{url.database}@{safe_host}.before-upgrade-{revision}-{stamp}.json"
    write_backup(Session(bind=connection), target)
    return target


def _without_password(address: str) -> str:
    try:
        return make_url(address).render_as_string(hide_password=True)
    except sa_exc.ArgumentError:
        return address


def _shown(url: URL) -> str:
    return url.set(drivername="postgresql").render_as_string(hide_password=True)
