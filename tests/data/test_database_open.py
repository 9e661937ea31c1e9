"""Files giftdesk must refuse: one sentence each, and not a byte changed."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from giftdesk.data import people as people_data
from giftdesk.data import table_rows
from giftdesk.data.database import inspect_file, open_database
from giftdesk.data.errors import (
    DatabaseError,
    LockedDatabaseError,
    NewerDatabaseError,
    NotAGiftdeskDatabase,
    ReadOnlyDatabaseError,
)
from giftdesk.data.records import PersonRecord
from giftdesk.migrations import HEAD


def _refused(path: Path, error_type: type[Exception], **kwargs) -> str:  # type: ignore[no-untyped-def]
    before = path.read_bytes()
    with pytest.raises(error_type) as caught:
        open_database(path, **kwargs)
    assert path.read_bytes() == before
    message = str(caught.value)
    assert message.endswith(".") and "\n" not in message
    assert not list(path.parent.glob("*before-upgrade*"))
    return message


def test_a_text_file_is_not_a_giftdesk_database(tmp_path):
    path = tmp_path / "notes.sqlite3"
    path.write_text("Shopping list: milk, eggs\n")
    assert "is not a giftdesk database" in _refused(path, NotAGiftdeskDatabase)


def test_a_damaged_sqlite_file_is_refused(tmp_path):
    path = tmp_path / "broken.sqlite3"
    path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 200)
    assert "not a giftdesk database" in _refused(path, NotAGiftdeskDatabase)


def test_another_programs_sqlite_database_is_refused(tmp_path):
    path = tmp_path / "other.sqlite3"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE songs (id INTEGER PRIMARY KEY, title TEXT)")
    connection.commit()
    connection.close()
    assert "another program" in _refused(path, NotAGiftdeskDatabase)


def test_a_file_from_a_newer_giftdesk_is_refused(db_path):
    connection = sqlite3.connect(db_path)
    connection.execute("UPDATE alembic_version SET version_num = '0099_from_the_future'")
    connection.commit()
    connection.close()
    message = _refused(db_path, NewerDatabaseError)
    assert "newer version of giftdesk" in message


def test_a_read_only_file_is_refused(db_path, monkeypatch):
    # As root, chmod does not make a file read-only: simulate the permission check.
    real_access = os.access
    monkeypatch.setattr(
        os, "access", lambda p, mode: False if Path(p) == db_path else real_access(p, mode)
    )
    assert "read-only" in _refused(db_path, ReadOnlyDatabaseError)


def test_a_read_only_folder_is_refused(db_path, monkeypatch):
    real_access = os.access
    monkeypatch.setattr(
        os, "access", lambda p, mode: False if Path(p) == db_path.parent else real_access(p, mode)
    )
    assert "read-only" in _refused(db_path, ReadOnlyDatabaseError)


def test_a_file_locked_by_another_program_is_refused(db_path):
    holder = sqlite3.connect(db_path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        message = _refused(db_path, LockedDatabaseError, busy_timeout_ms=50)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert "in use by another program" in message


def test_a_locked_old_file_is_neither_copied_nor_migrated(tmp_path):
    from giftdesk.data.database import migrate

    path = tmp_path / "old.sqlite3"
    migrate(path, "0001_baseline")
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        _refused(path, LockedDatabaseError, busy_timeout_ms=50)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert inspect_file(path).revision == "0001_baseline"


def test_a_folder_is_not_a_file(tmp_path):
    with pytest.raises(DatabaseError, match="is a folder"):
        open_database(tmp_path)


def test_a_missing_folder_is_reported(tmp_path):
    with pytest.raises(DatabaseError, match="does not exist"):
        open_database(tmp_path / "nowhere" / "gifts.sqlite3")
    assert not (tmp_path / "nowhere").exists()


def test_an_empty_file_becomes_a_new_database(tmp_path):
    path = tmp_path / "empty.sqlite3"
    path.touch()
    open_database(path).close()
    assert inspect_file(path).revision == HEAD


@pytest.mark.parametrize("engine", ["sqlite"], indirect=True)  # a read-only file
def test_read_only_mode_reads_but_refuses_changes(demo_db):
    path = demo_db.path
    demo_db.close()
    before = path.read_bytes()
    db = open_database(path, readonly=True)
    try:
        with db.reading() as s:
            assert len(table_rows.list_person_rows(s)) == 12
        with pytest.raises(ReadOnlyDatabaseError, match="read-only"), db.transaction() as s:
            people_data.create_person(s, PersonRecord(None, "Eve"))
    finally:
        db.close()
    assert path.read_bytes() == before


def test_a_rejected_action_rolls_back_the_whole_unit_of_work(db):
    from giftdesk.data.errors import ValidationError

    with pytest.raises(ValidationError), db.transaction() as s:
        people_data.create_person(s, PersonRecord(None, "Eve"))
        people_data.create_person(s, PersonRecord(None, "   "))
    with db.reading() as s:
        assert table_rows.list_person_rows(s) == []
