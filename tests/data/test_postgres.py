"""Opening a family on a PostgreSQL server: set up, upgrade, and every refusal.

Each case runs against the real test server (see ``postgres_server`` in
conftest). A refusal is one sentence, on the command line a non-zero exit,
and leaves the database exactly as it was.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from giftdesk.cli import main
from giftdesk.data import postgres
from giftdesk.data.database import open_database
from giftdesk.data.errors import DatabaseError, NewerDatabaseError, NotAGiftdeskDatabase
from giftdesk.migrations import HEAD

PASSWORD_ROLE = "giftdesk_password_check"


def _sql(address: str, *statements: str) -> list[list[tuple]]:
    """Run statements in one transaction; the rows of each (empty for non-queries)."""
    engine = create_engine(make_url(address).set(drivername="postgresql+psycopg"))
    try:
        with engine.begin() as connection:
            results = [connection.execute(text(s)) for s in statements]
            return [list(r) if r.returns_rows else [] for r in results]
    finally:
        engine.dispose()


def _tables(address: str) -> list[tuple]:
    return _sql(
        address,
        "SELECT table_name FROM information_schema.tables "
        "WHERE table_schema = current_schema() ORDER BY table_name",
    )[0]


def _run_cli(monkeypatch: pytest.MonkeyPatch, *args: str) -> int:
    monkeypatch.setattr(sys, "argv", ["giftdesk", *args])
    return main()


def test_an_empty_database_is_set_up(postgres_database: str):
    db = open_database(postgres_database)
    try:
        assert db.is_shared and db.place.endswith("@ 127.0.0.1")
        with db.reading() as session:
            assert session.scalar(text("SELECT version_num FROM alembic_version")) == HEAD
    finally:
        db.close()
    assert ("gifts",) in _tables(postgres_database)


def test_an_older_database_is_backed_up_as_json_then_upgraded(
    postgres_database: str, tmp_path: Path
):
    engine = postgres.make_server_engine(postgres.parse_address(postgres_database))
    with engine.begin() as connection:
        postgres.upgrade_on(connection, "0004_person_role_index")
        # Written with explicit ids, as older giftdesks imported: the sequence stays behind.
        connection.execute(
            text(
                "INSERT INTO persons (id, name) VALUES (1, 'Anna'), (2, 'Zoë');"
                "INSERT INTO occasions (id, name, type, budget_cents) "
                "VALUES (1, 'Christmas', 'holiday', 50000);"
                "INSERT INTO gifts (id, name, occasion_id, status, priority, quantity, "
                "price_cents, purchaser_id) VALUES (1, 'Garden kneeler', 1, 'selected', "
                "'medium', 1, 2599, 1);"
                "INSERT INTO gift_people (gift_id, person_id, role) VALUES (1, 2, 'recipient')"
            )
        )
    engine.dispose()

    db = open_database(postgres_database, backup_folder=tmp_path)
    try:
        with db.transaction() as session:
            from giftdesk.data import people as repo
            from giftdesk.data.records import PersonRecord

            # The id sequence was moved past the rows written with explicit ids.
            assert repo.create_person(session, PersonRecord(None, "Noah")) == 3
            assert session.scalar(text("SELECT version FROM gifts WHERE id = 1")) == 1
    finally:
        db.close()
    (backup,) = tmp_path.glob("*.before-upgrade-0004_person_role_index-*.json")
    data = json.loads(backup.read_text(encoding="utf-8"))
    assert [p["name"] for p in data["persons"]] == ["Anna", "Zoë"]
    assert data["gifts"][0]["name"] == "Garden kneeler"
    assert data["gifts"][0]["recipients"] == [2] and data["gifts"][0]["purchaser"] == 1


def test_another_programs_tables_are_refused_and_left_alone(
    postgres_database: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
):
    _sql(postgres_database, "CREATE TABLE invoices (id serial PRIMARY KEY, total int)")
    with pytest.raises(NotAGiftdeskDatabase, match="another program"):
        open_database(postgres_database)
    code = _run_cli(
        monkeypatch, "export", "all", "--db", postgres_database, "-o", "/tmp/unused.json"
    )
    assert code == 1
    err = capsys.readouterr().err
    assert "another program" in err and "Traceback" not in err
    assert _tables(postgres_database) == [("invoices",)]


def test_a_database_from_a_newer_giftdesk_is_refused_and_left_alone(
    postgres_database: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
):
    open_database(postgres_database).close()
    _sql(postgres_database, "UPDATE alembic_version SET version_num = '9999_from_the_future'")
    before = _tables(postgres_database)
    with pytest.raises(NewerDatabaseError, match="newer version of giftdesk"):
        open_database(postgres_database)
    assert _run_cli(monkeypatch, "demo", "--db", postgres_database) == 1
    assert "newer version" in capsys.readouterr().err
    assert _tables(postgres_database) == before
    assert _sql(postgres_database, "SELECT version_num FROM alembic_version")[0] == [
        ("9999_from_the_future",)
    ]


def test_an_unreachable_server_is_one_sentence(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
):
    address = "postgresql://root@127.0.0.1:1/family"  # nothing listens on port 1
    with pytest.raises(DatabaseError, match=r"server 127\.0\.0\.1:1 cannot be reached"):
        open_database(address)
    assert _run_cli(monkeypatch, "export", "all", "--db", address, "-o", "/tmp/unused.json") == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("giftdesk: The database server 127.0.0.1:1 cannot be reached")
    assert err.count("\n") == 0


def test_a_missing_database_is_named(postgres_server, monkeypatch: pytest.MonkeyPatch):
    address = postgres_server.address_of("giftdesk_no_such_family")
    with pytest.raises(DatabaseError, match="has no database 'giftdesk_no_such_family'"):
        open_database(address)


def test_a_wrong_password_is_refused(
    postgres_server, postgres_database: str, monkeypatch: pytest.MonkeyPatch, capsys
):
    """The server asks this role for a password (``.ci/run`` sets that up in pg_hba.conf)."""
    _sql(
        postgres_database,
        f"DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{PASSWORD_ROLE}') "
        f"THEN CREATE ROLE {PASSWORD_ROLE} LOGIN PASSWORD 'the-right-one'; END IF; END $$",
    )
    database = make_url(postgres_database).database
    wrong = f"postgresql://{PASSWORD_ROLE}:not-it@127.0.0.1:{postgres_server.url.port or 5432}/{database}"
    try:
        open_database(wrong).close()
    except DatabaseError as error:
        assert str(error) == (
            f"The server 127.0.0.1:{postgres_server.url.port or 5432} did not accept the "
            f"password for {PASSWORD_ROLE}; nothing was changed."
        )
    else:
        pytest.skip("this server lets every password in (trust); .ci/run configures one that asks")
    assert _run_cli(monkeypatch, "demo", "--db", wrong) == 1
    err = capsys.readouterr().err
    assert "did not accept the password" in err and "not-it" not in err
    assert _tables(postgres_database) == []


def test_a_malformed_address_is_one_sentence():
    with pytest.raises(DatabaseError, match="names no database"):
        open_database("postgresql://root@127.0.0.1:5432")


def test_two_giftdesks_setting_up_the_same_empty_database_at_once(postgres_database: str):
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(2) as pool:
        opened = list(pool.map(open_database, [postgres_database] * 2))
    for db in opened:
        db.close()
    assert _sql(postgres_database, "SELECT version_num FROM alembic_version")[0] == [(HEAD,)]


def test_the_cli_imports_into_and_exports_from_a_shared_database(
    postgres_database: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """SQLite → PostgreSQL → SQLite gives the same family."""
    first = tmp_path / "first.sqlite3"
    assert _run_cli(monkeypatch, "demo", "--db", str(first)) == 0
    assert (
        _run_cli(monkeypatch, "export", "all", "--db", str(first), "-o", str(tmp_path / "a.json"))
        == 0
    )
    assert _run_cli(monkeypatch, "import", str(tmp_path / "a.json"), "--db", postgres_database) == 0
    assert (
        _run_cli(
            monkeypatch, "export", "all", "--db", postgres_database, "-o", str(tmp_path / "b.json")
        )
        == 0
    )
    second = tmp_path / "second.sqlite3"
    assert _run_cli(monkeypatch, "import", str(tmp_path / "b.json"), "--db", str(second)) == 0
    assert (
        _run_cli(monkeypatch, "export", "all", "--db", str(second), "-o", str(tmp_path / "c.json"))
        == 0
    )
    a, c = (json.loads((tmp_path / n).read_text(encoding="utf-8")) for n in ("a.json", "c.json"))
    assert a == c
    assert len(a["gifts"]) == 60
