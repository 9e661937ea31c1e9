"""Shared fixtures: offscreen Qt, and a fresh migrated database per test on each engine.

``db`` (and ``demo_db``, ``db_target``) is a fresh database for the test. In
``tests/data`` and ``tests/cli`` it is parametrised over both engines: a
copy of a migrated SQLite file, and a fresh PostgreSQL database made with
``CREATE DATABASE … TEMPLATE`` from one migrated once per run. Elsewhere it
is SQLite unless a test asks for ``engine`` with ``@pytest.mark.parametrize(
"engine", ENGINES, indirect=True)``.

The server comes from ``GIFTDESK_TEST_POSTGRES`` (default
``postgresql://root@127.0.0.1:5432/test``, a role that may create
databases). When it cannot be reached the PostgreSQL cases are skipped with
the reason, unless ``GIFTDESK_TEST_POSTGRES_REQUIRED=1`` (CI), where they fail.
"""

from __future__ import annotations

import itertools
import os
import queue
import shutil
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path

# Set before anything imports Qt, so `pytest` works with no display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")
# Programs started by tests log into a throwaway folder, not the user's log.
os.environ.setdefault("GIFTDESK_LOG_DIR", tempfile.mkdtemp(prefix="giftdesk-test-logs-"))
# ... and make their daily backups there too, never in the user's data folder.
os.environ.setdefault("GIFTDESK_BACKUP_DIR", tempfile.mkdtemp(prefix="giftdesk-test-backups-"))

import pytest  # noqa: E402

from giftdesk.data.database import Database, open_database  # noqa: E402

ENGINES = ("sqlite", "postgresql")
DEFAULT_TEST_SERVER = "postgresql://root@127.0.0.1:5432/test"
# Test folders whose database tests run on both engines.
BOTH_ENGINES_UNDER = ("data", "cli")


class PostgresServer:
    """The test server: makes and drops throwaway databases named for this run.

    ``CREATE DATABASE`` takes about half a second (the server syncs the new
    files to disk), so copies of the migrated template are made and dropped
    by background threads, a few ahead of the tests that take them (the
    server syncs several at once about as fast as one).
    """

    AHEAD = 3
    WORKERS = 3

    def __init__(self, address: str) -> None:
        from sqlalchemy import create_engine
        from sqlalchemy.engine import make_url

        self.url = make_url(address).set(drivername="postgresql+psycopg")
        self.prefix = f"giftdesk_test_{os.getpid()}"
        self._names = itertools.count(1)
        self._admin = create_engine(
            self.url, isolation_level="AUTOCOMMIT", connect_args={"connect_timeout": 3}
        )
        self.template: str | None = None
        self._tasks: queue.Queue[tuple[str, str] | None] = queue.Queue()
        self._ready: queue.Queue[str | BaseException] = queue.Queue()
        self._workers: list[threading.Thread] = []

    def check(self) -> None:
        with self._admin.connect() as connection:
            connection.exec_driver_sql("SELECT 1")

    def address_of(self, name: str) -> str:
        return self.url.set(drivername="postgresql", database=name).render_as_string(
            hide_password=False
        )

    def new_database(self, template: str | None = None) -> str:
        """A fresh database (a copy of ``template`` if given); returns its address."""
        name = f"{self.prefix}_{next(self._names)}"
        copy = f' TEMPLATE "{template}"' if template else ""
        self._execute(f'CREATE DATABASE "{name}"{copy}')
        return self.address_of(name)

    def migrated_copy(self) -> str:
        """A fresh copy of the migrated template, made ahead in the background."""
        if not self._workers:
            self.migrated_template()
            self._workers = [
                threading.Thread(target=self._work, daemon=True) for _ in range(self.WORKERS)
            ]
            for worker in self._workers:
                worker.start()
            for _ in range(self.AHEAD):
                self._tasks.put(("create", ""))
        self._tasks.put(("create", ""))
        made = self._ready.get()
        if isinstance(made, BaseException):
            raise made
        return made

    def drop(self, address: str, *, wait: bool = True) -> None:
        from sqlalchemy.engine import make_url

        name = str(make_url(address).database)
        if wait or not self._workers:
            self._execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        else:
            self._tasks.put(("drop", name))

    def migrated_template(self) -> str:
        if self.template is None:
            address = self.new_database()
            open_database(address).close()
            self.template = str(address.rsplit("/", 1)[1])
        return self.template

    def close(self) -> None:
        if self._workers:
            for _ in self._workers:
                self._tasks.put(None)
            for worker in self._workers:
                worker.join()
            while not self._ready.empty():
                made = self._ready.get()
                if isinstance(made, str):
                    self.drop(made)
        if self.template is not None:
            self.drop(self.address_of(self.template))
        self._admin.dispose()

    def _work(self) -> None:
        while (task := self._tasks.get()) is not None:
            kind, name = task
            try:
                if kind == "create":
                    self._ready.put(self.new_database(template=self.template))
                else:
                    self._execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            except BaseException as error:  # handed to the test that waits for it
                self._ready.put(error)

    def _execute(self, sql: str) -> None:
        with self._admin.connect() as connection:
            connection.exec_driver_sql(sql)


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    """The test server, or a skip (a failure when it is required) saying why not."""
    address = os.environ.get("GIFTDESK_TEST_POSTGRES", DEFAULT_TEST_SERVER)
    required = os.environ.get("GIFTDESK_TEST_POSTGRES_REQUIRED") == "1"
    try:
        server = PostgresServer(address)
        server.check()
    except Exception as error:  # any reason the server cannot be used
        reason = str(getattr(error, "orig", None) or error).strip().splitlines()[0]
        message = (
            f"PostgreSQL test server {address} is not usable ({reason}); "
            "set GIFTDESK_TEST_POSTGRES to a server where this role may create databases"
        )
        if required:
            pytest.fail(message + " (GIFTDESK_TEST_POSTGRES_REQUIRED=1)", pytrace=False)
        pytest.skip(message)
    yield server
    server.close()


@pytest.fixture
def postgres_database(postgres_server: PostgresServer) -> Iterator[str]:
    """The address of a fresh, empty PostgreSQL database (dropped afterwards)."""
    address = postgres_server.new_database()
    yield address
    postgres_server.drop(address)


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "engine" not in metafunc.fixturenames:
        return
    markers = list(metafunc.definition.iter_markers())
    if any(m.name == "sqlite_only" for m in markers):
        return
    if any(m.name == "parametrize" and "engine" in m.args[0] for m in markers):
        return
    folder = metafunc.definition.path.parent.name
    if folder in BOTH_ENGINES_UNDER:
        metafunc.parametrize("engine", ENGINES, indirect=True)


@pytest.fixture
def engine(request: pytest.FixtureRequest) -> str:
    """Which engine the test's database lives on (``sqlite`` unless parametrised)."""
    return getattr(request, "param", "sqlite")


@pytest.fixture(autouse=True)
def _backup_folder_per_test(tmp_path_factory, monkeypatch):  # type: ignore[no-untyped-def]
    """Daily backups are named after the file (giftdesk-DATE.sqlite3): one folder per
    test, so one test's backup of "giftdesk.sqlite3" is not another's."""
    monkeypatch.setenv("GIFTDESK_BACKUP_DIR", str(tmp_path_factory.mktemp("backups")))


@pytest.fixture(scope="session")
def _migrated_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One file brought up by the real migrations; each test gets a copy."""
    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    open_database(path).close()
    return path


@pytest.fixture
def db_path(tmp_path: Path, _migrated_template: Path) -> Path:
    path = tmp_path / "giftdesk.sqlite3"
    shutil.copyfile(_migrated_template, path)
    return path


@pytest.fixture
def db_target(engine: str, request: pytest.FixtureRequest) -> Iterator[Path | str]:
    """What ``--db`` takes for a fresh migrated database on the test's engine."""
    if engine == "sqlite":
        yield request.getfixturevalue("db_path")
        return
    server: PostgresServer = request.getfixturevalue("postgres_server")
    address = server.migrated_copy()
    yield address
    server.drop(address, wait=False)


@pytest.fixture
def db(db_target: Path | str) -> Iterator[Database]:
    database: Database = open_database(db_target)
    yield database
    database.close()


@pytest.fixture
def demo_db(db: Database) -> Database:
    from giftdesk.data.demo import load_demo

    with db.transaction() as session:
        load_demo(session)
    return db


# -- a family on the server with a member who must not see their own gifts -----

_member_names = itertools.count(1)


def unique_login(stem: str = "member") -> str:
    """A login name no parallel test run uses (roles are the whole server's)."""
    return f"{stem}_{os.getpid()}_{next(_member_names)}"


@pytest.fixture
def shared_family(postgres_server: PostgresServer) -> Iterator[Database]:
    """The example family on a fresh server database, opened by its organiser."""
    from giftdesk.data.demo import load_demo

    address = postgres_server.migrated_copy()
    database = open_database(address)
    with database.transaction() as session:
        load_demo(session)
    yield database
    database.close()
    postgres_server.drop(address, wait=False)


@pytest.fixture
def family_member(shared_family: Database) -> Iterator[object]:
    """Maria of the example family as a member (an ``Invitation``); her login is dropped after."""
    from giftdesk.data.members import add_member, drop_login_if_left

    invitation = add_member(shared_family, unique_login(), "Maria")
    yield invitation
    drop_login_if_left(shared_family, invitation.member.name)


@pytest.fixture
def new_login(shared_family: Database) -> Iterator[str]:
    """A login name nobody has yet; a login made with it is dropped after the test."""
    from giftdesk.data.members import drop_login_if_left

    name = unique_login()
    yield name
    drop_login_if_left(shared_family, name)


@pytest.fixture
def plain_organiser(postgres_server: PostgresServer) -> Iterator[Database]:
    """The example family set up by a login that owns its database and is no superuser."""
    from giftdesk.data.demo import load_demo

    name = unique_login("organiser")
    database = f"{postgres_server.prefix}_{name}"
    postgres_server._execute(f'CREATE ROLE "{name}" LOGIN CREATEROLE')
    postgres_server._execute(f'CREATE DATABASE "{database}" OWNER "{name}"')
    address = postgres_server.url.set(
        drivername="postgresql", username=name, database=database
    ).render_as_string(hide_password=False)
    family = open_database(address)
    try:
        with family.transaction() as session:
            load_demo(session)
        yield family
    finally:
        family.close()
        postgres_server._execute(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
        postgres_server._execute(f'DROP ROLE IF EXISTS "{name}"')
