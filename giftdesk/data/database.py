"""Opening a family's database: checks, migrations, engine and units of work.

``open_database`` is the only way the program reaches a database: a file
path, or a ``postgresql://`` address of a shared server (see
``giftdesk.data.postgres`` for the server's checks). For a file it refuses,
with one sentence and without changing a byte, anything that is not a
giftdesk database, comes from a newer giftdesk, is read-only or locked. A
file at the current revision opens without loading Alembic; an older one is
first copied aside with SQLite's backup API, then migrated in one
transaction with foreign keys off and checked with ``foreign_key_check``.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import URL
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import NullPool

from giftdesk.data.errors import (
    DatabaseError,
    LockedDatabaseError,
    MigrationError,
    NewerDatabaseError,
    NotAGiftdeskDatabase,
    ReadOnlyDatabaseError,
)
from giftdesk.data.files import forget_open_database, remember_open_database
from giftdesk.data.messages import translatable
from giftdesk.migrations import HEAD, REVISIONS

DEFAULT_FILENAME = "giftdesk.sqlite3"
SQLITE_HEADER = b"SQLite format 3\x00"
GIFTDESK_TABLES = {"persons", "occasions", "gifts", "gift_people"}
DEFAULT_BUSY_TIMEOUT_MS = 3000


def default_database_path() -> Path:
    """``giftdesk.sqlite3`` in the platform's user data directory."""
    from platformdirs import user_data_path

    return user_data_path("giftdesk", appauthor=False) / DEFAULT_FILENAME


@dataclass(frozen=True)
class FileState:
    """What a look at a file (without changing it) found."""

    exists: bool
    revision: str | None  # None: new or empty file


DatabaseTarget = str | os.PathLike[str]

# ``Session.info`` keys of a write transaction (see ``row_versions``): the versions
# this program's committed changes left, and those this transaction leaves.
OWN_VERSIONS = "giftdesk.own_versions"
VERSIONS_LEFT = "giftdesk.versions_left"


def on_server(session: Session) -> bool:
    """Whether the session talks to PostgreSQL, where some steps take one statement
    (or COPY) instead of several."""
    return session.get_bind().dialect.name == "postgresql"


class Database:
    """An open family: an engine and units of work over it.

    ``path`` is the file (None on a server); ``url`` the server's address
    (None for a file); ``place`` says where the family lives, for people.
    """

    def __init__(
        self, path: Path | None, engine: Engine, readonly: bool, *, url: URL | None = None
    ) -> None:
        self.path = path
        self.url = url
        self.engine = engine
        self.readonly = readonly
        self._sessions = sessionmaker(engine, expire_on_commit=False, autoflush=False)
        # Signs what this connection tells other giftdesks, so it can ignore its own news.
        self.origin = f"{os.getpid()}-{uuid.uuid4().hex[:12]}"
        self._open = True
        if path is not None:
            remember_open_database(path)  # exports refuse to write over it
        # Called before every write transaction begins (the daily backup).
        self.before_change: list[Callable[[], None]] = []
        # {table: {id: version}}: the version this program's own last committed change
        # left on each row it changed (see ``row_versions``).
        self.versions_left: dict[str, dict[int, int]] = {}
        # Set while the server is known to be away (the window's live updates lost
        # their connection): a change is refused at once, not after a connect timeout
        # that would hold the window.
        self.server_away = False
        # Whether this login may manage the members, as the schema check at the
        # open found it (a server at HEAD; None: not known). ``members.is_organiser``
        # answers its first question with it instead of asking again.
        self.organiser_at_open: bool | None = None

    @property
    def is_shared(self) -> bool:
        """Whether the family lives on a server that other computers share."""
        return self.url is not None

    @property
    def place(self) -> str:
        """``giftdesk.sqlite3`` or ``family @ nas.local``."""
        if self.url is not None:
            from giftdesk.data.postgres import place_name

            return place_name(self.url)
        assert self.path is not None
        return self.path.name

    @property
    def address(self) -> str:
        """What ``--db`` takes to open this family again (never with a password)."""
        if self.url is not None:
            return self.url.set(drivername="postgresql", password=None).render_as_string()
        return str(self.path)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: commits if the block ends normally, else rolls back."""
        if self.readonly:
            raise ReadOnlyDatabaseError(
                translatable(
                    "Database", "{name} is open read-only; changes cannot be saved."
                ).format(name=self.place)
            )
        if self.server_away and self.url is not None:
            from giftdesk.data.postgres import lost_error

            raise lost_error(self.url)
        for hook in self.before_change:
            hook()
        left: dict[str, dict[int, int]] = {}
        try:
            with self._sessions.begin() as session:
                session.info[OWN_VERSIONS] = self.versions_left
                session.info[VERSIONS_LEFT] = left
                yield session
        except (sa_exc.OperationalError, sa_exc.InterfaceError) as error:
            raise self._error(error) from error
        for table, rows in left.items():  # committed: these versions are this program's
            self.versions_left.setdefault(table, {}).update(rows)

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A read-only session (its transaction is rolled back at the end)."""
        try:
            with self._sessions() as session:
                yield session
        except (sa_exc.OperationalError, sa_exc.InterfaceError) as error:
            raise self._error(error) from error

    def _error(self, error: sa_exc.DBAPIError) -> DatabaseError:
        if self.url is not None:
            from giftdesk.data.postgres import working_error

            return working_error(self.url, error)
        assert self.path is not None
        if isinstance(error, sa_exc.OperationalError):
            return _operational_error(self.path, error)
        return DatabaseError(
            translatable("Database", "{name} could not be used: {error}.").format(
                name=self.path.name, error=error.orig
            )
        )

    def close(self) -> None:
        self.engine.dispose()
        if self._open:
            self._open = False
            if self.path is not None:
                forget_open_database(self.path)


# Called with every Database opened for writing (the command line's daily backup).
OPEN_HOOKS: list[Callable[[Database], None]] = []


def open_database(
    path: DatabaseTarget | None = None,
    *,
    readonly: bool = False,
    busy_timeout_ms: int = DEFAULT_BUSY_TIMEOUT_MS,
    create: bool = True,
    backup_folder: Path | None = None,
) -> Database:
    """Open (creating or migrating as needed) the family at ``path``.

    ``path`` is a file, or a ``postgresql://`` address; ``backup_folder`` is
    where a server's family is backed up before an upgrade (default: the
    user data folder).
    """
    if path is not None and _is_server(path):
        return open_shared_database(str(path), create=create, backup_folder=backup_folder)
    path = Path(path) if path is not None else default_database_path()
    path = path.expanduser()
    if path.is_dir():
        raise DatabaseError(
            translatable("Database", "{path} is a folder, not a giftdesk file.").format(path=path)
        )
    state = inspect_file(path, busy_timeout_ms)
    if not state.exists:
        if not create:
            raise DatabaseError(
                translatable("Database", "There is no giftdesk file at {path}.").format(path=path)
            )
        if readonly:
            raise DatabaseError(
                translatable(
                    "Database", "There is no giftdesk file at {path} to open read-only."
                ).format(path=path)
            )
        if path.parent != Path("") and not path.parent.exists():
            if path == default_database_path():
                path.parent.mkdir(parents=True, exist_ok=True)
            else:
                raise DatabaseError(
                    translatable("Database", "The folder {parent} does not exist.").format(
                        parent=path.parent
                    )
                )
    if readonly:
        if state.revision != HEAD:
            raise DatabaseError(
                translatable(
                    "Database",
                    "{name} needs an upgrade before it can be opened, and a read-only "
                    "file cannot be upgraded.",
                ).format(name=path.name)
            )
        return Database(
            path, make_engine(path, readonly=True, busy_timeout_ms=busy_timeout_ms), True
        )

    _check_writable(path, state.exists)
    _probe_write_lock(path, busy_timeout_ms)
    if state.revision != HEAD:
        if state.revision is not None:
            backup_copy(path, _backup_path(path, state.revision))
        migrate(path, HEAD)
    _use_wal(path, busy_timeout_ms)
    engine = make_engine(path, readonly=False, busy_timeout_ms=busy_timeout_ms)
    db = Database(path, engine, readonly=False)
    for hook in OPEN_HOOKS:
        hook(db)
    return db


def _is_server(target: object) -> bool:
    from giftdesk.data.postgres import is_server_address

    return is_server_address(target)


def open_shared_database(
    address: str | URL, *, create: bool = True, backup_folder: Path | None = None
) -> Database:
    """Connect to a family on a PostgreSQL server (setting it up or upgrading it)."""
    from giftdesk.data import postgres

    url = postgres.parse_address(address)
    engine = postgres.make_server_engine(url)
    try:
        if not create:
            with engine.connect() as connection:
                if postgres.revision_of(connection) is None:
                    raise DatabaseError(
                        translatable("Shared", "{place} holds no giftdesk family yet.").format(
                            place=postgres.place_name(url)
                        )
                    )
        seen: dict[str, object] = {}
        postgres.prepare_schema(engine, backup_folder, seen)
    except (sa_exc.OperationalError, sa_exc.InterfaceError) as error:
        engine.dispose()
        raise postgres.connection_error(url, error) from error
    except BaseException:
        engine.dispose()
        raise
    db = Database(None, engine, readonly=False, url=url)
    organiser = seen.get("organiser")
    db.organiser_at_open = organiser if isinstance(organiser, bool) else None
    return db


def inspect_file(path: Path, busy_timeout_ms: int = DEFAULT_BUSY_TIMEOUT_MS) -> FileState:
    """Find out what ``path`` is, reading it only (never changing a byte)."""
    if not path.exists():
        return FileState(exists=False, revision=None)
    try:
        with open(path, "rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except PermissionError:
        raise ReadOnlyDatabaseError(
            translatable("Database", "giftdesk is not allowed to read {path}.").format(path=path)
        ) from None
    if header == b"":
        return FileState(exists=True, revision=None)
    if header != SQLITE_HEADER:
        raise NotAGiftdeskDatabase(
            translatable("Database", "{name} is not a giftdesk database.").format(name=path.name)
        )
    uri = _read_only_uri(path)
    try:
        connection = sqlite3.connect(uri, uri=True, timeout=busy_timeout_ms / 1000)
        try:
            tables = {
                row[0]
                for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            revision = None
            if "alembic_version" in tables:
                found = connection.execute("SELECT version_num FROM alembic_version").fetchall()
                revision = found[0][0] if found else None
        finally:
            connection.close()
    except sqlite3.OperationalError as error:
        if "locked" in str(error):
            raise _locked(path) from None
        raise NotAGiftdeskDatabase(
            translatable("Database", "{name} is not a giftdesk database ({error}).").format(
                name=path.name, error=error
            )
        ) from None
    except sqlite3.DatabaseError:
        raise NotAGiftdeskDatabase(
            translatable(
                "Database",
                "{name} is not a giftdesk database (the file is damaged or of another kind).",
            ).format(name=path.name)
        ) from None
    if not tables:
        return FileState(exists=True, revision=None)
    if revision is None:
        raise NotAGiftdeskDatabase(
            translatable(
                "Database", "{name} is an SQLite database of another program, not a giftdesk file."
            ).format(name=path.name)
        )
    if revision not in REVISIONS:
        raise NewerDatabaseError(
            translatable(
                "Database",
                "{name} was made by a newer version of giftdesk; update giftdesk to open it.",
            ).format(name=path.name)
        )
    if not tables >= GIFTDESK_TABLES:
        raise NotAGiftdeskDatabase(
            translatable(
                "Database", "{name} is a damaged giftdesk file: tables are missing."
            ).format(name=path.name)
        )
    return FileState(exists=True, revision=revision)


def make_engine(
    path: Path,
    *,
    readonly: bool,
    busy_timeout_ms: int = DEFAULT_BUSY_TIMEOUT_MS,
    foreign_keys: bool = True,
    pool: bool = True,
) -> Engine:
    """An engine on ``path`` with giftdesk's connection settings.

    The driver's own transaction handling is switched off and BEGIN is
    emitted by SQLAlchemy, so DDL is transactional too (SQLAlchemy's
    documented pysqlite recipe); every connection enforces foreign keys.
    """
    if readonly:
        url = URL.create(
            "sqlite",
            database=_read_only_uri(path),
            query={"uri": "true"},
        )
    else:
        url = URL.create("sqlite", database=str(path))
    kwargs = {} if pool else {"poolclass": NullPool}
    engine = create_engine(url, connect_args={"timeout": busy_timeout_ms / 1000}, **kwargs)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA foreign_keys={'ON' if foreign_keys else 'OFF'}")
        cursor.execute(f"PRAGMA busy_timeout={int(busy_timeout_ms)}")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Connection) -> None:
        connection.exec_driver_sql("BEGIN")

    return engine


def migrate(path: Path, revision: str = HEAD, *, downgrade: bool = False) -> None:
    """Run Alembic to ``revision`` in one transaction, foreign keys off.

    Batch migrations on SQLite copy and drop tables; with foreign keys on, a
    drop would cascade into the linked rows. So they are off for the run, and
    ``PRAGMA foreign_key_check`` must come back empty before the commit.
    """
    from alembic import command
    from alembic.config import Config

    engine = make_engine(path, readonly=False, foreign_keys=False, pool=False)
    try:
        with engine.connect() as connection, connection.begin():
            config = Config()
            config.set_main_option("script_location", "giftdesk:migrations")
            config.attributes["connection"] = connection
            if downgrade:
                command.downgrade(config, revision)
            else:
                command.upgrade(config, revision)
            problems = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if problems:
                table = problems[0][0]
                raise MigrationError(
                    translatable(
                        "Database",
                        "Upgrading {name} would leave broken links in {table}; the file "
                        "was left as it was.",
                    ).format(name=path.name, table=table)
                )
    except sa_exc.OperationalError as error:
        raise _operational_error(path, error) from error
    finally:
        engine.dispose()


def backup_copy(source: Path, target: Path) -> Path:
    """Copy a live SQLite file consistently (SQLite's online backup API)."""
    uri = _read_only_uri(source)
    src = sqlite3.connect(uri, uri=True)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    return target


def _read_only_uri(path: Path) -> str:
    """An SQLite URI that opens ``path`` without any right to write."""
    return f"{path.resolve().as_uri()}?mode=ro"


def _backup_path(path: Path, revision: str) -> Path:
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    candidate = path.with_name(f"{path.stem}.before-upgrade-{revision}-{stamp}{path.suffix}")
    counter = 1
    while candidate.exists():
        counter += 1
        candidate = path.with_name(
            f"{path.stem}.before-upgrade-{revision}-{stamp}-{counter}{path.suffix}"
        )
    return candidate


def _check_writable(path: Path, exists: bool) -> None:
    target = path if exists else (path.parent if str(path.parent) else Path("."))
    if not os.access(target, os.W_OK):
        raise ReadOnlyDatabaseError(
            translatable(
                "Database", "{name} is read-only; giftdesk cannot save changes to it."
            ).format(name=path.name)
            if exists
            else translatable(
                "Database", "giftdesk is not allowed to create a file in {target}."
            ).format(target=target)
        )
    # SQLite writes its journal next to the file.
    if exists and not os.access(path.parent if str(path.parent) else Path("."), os.W_OK):
        raise ReadOnlyDatabaseError(
            translatable(
                "Database", "The folder of {name} is read-only; giftdesk cannot save changes there."
            ).format(name=path.name)
        )


def _probe_write_lock(path: Path, busy_timeout_ms: int) -> None:
    """Fail now, with a sentence, if another program holds the file's write lock."""
    if not path.exists() or path.stat().st_size == 0:
        return
    connection = sqlite3.connect(path, timeout=busy_timeout_ms / 1000, isolation_level=None)
    try:
        connection.execute("BEGIN IMMEDIATE")
        connection.execute("ROLLBACK")
    except sqlite3.OperationalError as error:
        if "locked" in str(error) or "busy" in str(error):
            raise _locked(path) from None
        if "readonly" in str(error) or "read-only" in str(error):
            raise ReadOnlyDatabaseError(
                translatable(
                    "Database", "{name} is read-only; giftdesk cannot save changes to it."
                ).format(name=path.name)
            ) from None
        raise DatabaseError(
            translatable("Database", "{name} cannot be opened: {error}.").format(
                name=path.name, error=error
            )
        ) from None
    finally:
        connection.close()


def _use_wal(path: Path, busy_timeout_ms: int) -> None:
    """WAL is a property of the file: set once, a no-op when already set."""
    connection = sqlite3.connect(path, timeout=busy_timeout_ms / 1000, isolation_level=None)
    try:
        connection.execute("PRAGMA journal_mode=WAL")
    except sqlite3.OperationalError as error:
        if "locked" in str(error) or "busy" in str(error):
            raise _locked(path) from None
        raise
    finally:
        connection.close()


def _locked(path: Path) -> LockedDatabaseError:
    return LockedDatabaseError(
        translatable(
            "Database", "{name} is in use by another program; close it there and try again."
        ).format(name=path.name)
    )


def _operational_error(path: Path, error: sa_exc.OperationalError) -> DatabaseError:
    text = str(error.orig) if error.orig is not None else str(error)
    if "locked" in text or "busy" in text:
        return _locked(path)
    if "readonly" in text or "read-only" in text:
        return ReadOnlyDatabaseError(
            translatable("Database", "{name} is read-only; changes cannot be saved.").format(
                name=path.name
            )
        )
    if "disk" in text and "full" in text:
        return DatabaseError(
            translatable("Database", "The disk holding {name} is full; nothing was saved.").format(
                name=path.name
            )
        )
    return DatabaseError(
        translatable("Database", "{name} could not be used: {text}.").format(
            name=path.name, text=text
        )
    )
