"""Daily backups: made before the day's first change, pruned, listed, restored."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from giftdesk.data import auto_backup
from giftdesk.data import people as people_data
from giftdesk.data.auto_backup import (
    DailyBackups,
    days_to_keep,
    find_backup,
    list_backups,
    prune,
    restore_backup,
)
from giftdesk.data.database import Database, open_database
from giftdesk.data.errors import GiftdeskError
from giftdesk.data.models import persons
from giftdesk.data.records import PersonRecord


class Clock:
    def __init__(self, day: dt.date) -> None:
        self.day = day

    def __call__(self) -> dt.date:
        return self.day


def _people(path: Path) -> list[str]:
    connection = sqlite3.connect(path)
    try:
        return [row[0] for row in connection.execute("SELECT name FROM persons ORDER BY id")]
    finally:
        connection.close()


def _add_person(db: Database, name: str) -> None:
    with db.transaction() as session:
        people_data.create_person(session, PersonRecord(None, name))


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return tmp_path / "backups"


def _watch(db: Database, folder: Path, clock: Clock, problems: list[str] | None = None):  # type: ignore[no-untyped-def]
    daily = DailyBackups(
        db.path, folder=folder, today=clock, wait=True,
        on_problem=problems.append if problems is not None else None,
    )  # fmt: skip
    db.before_change.append(daily.before_change)
    return daily


def test_the_first_change_of_a_day_is_preceded_by_a_backup_of_the_file_as_it_was(demo_db, folder):
    clock = Clock(dt.date(2026, 12, 1))
    _watch(demo_db, folder, clock)
    before = _people(demo_db.path)
    _add_person(demo_db, "Uncle Bob")
    backup = folder / "giftdesk-2026-12-01.sqlite3"
    assert backup.is_file()
    assert _people(backup) == before  # the file as it was, without the change
    assert "Uncle Bob" in _people(demo_db.path)
    _add_person(demo_db, "Aunt May")  # a second change that day: no new backup
    assert _people(backup) == before
    clock.day = dt.date(2026, 12, 2)
    _add_person(demo_db, "Cousin Tim")
    assert "Aunt May" in _people(folder / "giftdesk-2026-12-02.sqlite3")
    assert "Cousin Tim" not in _people(folder / "giftdesk-2026-12-02.sqlite3")


def test_a_file_without_data_is_not_backed_up(db, folder):
    clock = Clock(dt.date(2026, 12, 1))
    _watch(db, folder, clock)
    _add_person(db, "First person")  # the file held nothing before this change
    assert not folder.exists() or not list(folder.iterdir())
    _add_person(db, "Second person")  # now it holds data: the day's backup comes first
    assert _people(folder / "giftdesk-2026-12-01.sqlite3") == ["First person"]


def test_a_backup_is_a_single_self_contained_file(demo_db, folder):
    _watch(demo_db, folder, Clock(dt.date(2026, 12, 1)))
    _add_person(demo_db, "Uncle Bob")
    assert sorted(p.name for p in folder.iterdir()) == ["giftdesk-2026-12-01.sqlite3"]
    connection = sqlite3.connect(folder / "giftdesk-2026-12-01.sqlite3")
    assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    connection.close()


def test_the_copy_runs_beside_the_window_and_still_shows_the_file_before_the_change(
    demo_db, folder
):
    """In a thread: the change commits at once; the copy keeps its snapshot."""
    daily = DailyBackups(demo_db.path, folder=folder, today=Clock(dt.date(2026, 12, 1)))
    demo_db.before_change.append(daily.before_change)
    before = _people(demo_db.path)
    _add_person(demo_db, "Uncle Bob")
    assert daily.thread is not None
    daily.join(60)
    assert _people(folder / "giftdesk-2026-12-01.sqlite3") == before


@pytest.mark.parametrize("obstacle", ["file in place of the folder", "file in place of a parent"])
def test_a_backup_folder_that_cannot_be_written_does_not_stop_the_edit(
    demo_db, tmp_path, obstacle, caplog
):
    if obstacle == "file in place of the folder":
        folder = tmp_path / "backups"
        folder.write_text("not a folder")
    else:
        (tmp_path / "blocked").write_text("a file")
        folder = tmp_path / "blocked" / "backups"
    problems: list[str] = []
    _watch(demo_db, folder, Clock(dt.date(2026, 12, 1)), problems)
    _add_person(demo_db, "Uncle Bob")
    assert "Uncle Bob" in _people(demo_db.path)
    assert len(problems) == 1
    assert problems[0].startswith(f"No daily backup could be made in {folder}")
    assert "your change was saved" in problems[0]
    assert problems[0] in caplog.text
    _add_person(demo_db, "Aunt May")  # said once a day, not at every edit
    assert len(problems) == 1


def test_days_kept_are_seven_daily_four_weekly_twelve_monthly():
    start = dt.date(2025, 1, 1)
    days = [start + dt.timedelta(days=n) for n in range(700)]
    keep = days_to_keep(days)
    newest = days[-1]  # 2026-12-01, a Tuesday
    daily = {newest - dt.timedelta(days=n) for n in range(7)}
    assert daily <= keep
    weeks = {d.isocalendar()[:2] for d in keep}
    months = {(d.year, d.month) for d in keep}
    assert len(months) == 12
    assert max(months) == (newest.year, newest.month)
    # the newest day of each of the 4 newest weeks and 12 newest months; no more
    week_ends = {max(d for d in days if d.isocalendar()[:2] == w) for w in sorted(weeks)[-4:]}
    month_ends = {max(d for d in days if (d.year, d.month) == m) for m in months}
    assert keep == daily | week_ends | month_ends
    assert len(keep) <= 7 + 4 + 12


def test_a_file_edited_rarely_keeps_its_older_backups():
    days = [dt.date(2026, month, 10) for month in range(1, 13)]
    assert days_to_keep(days) == set(days)


def test_prune_removes_only_daily_backups_the_rule_drops(tmp_path, folder):
    folder.mkdir()
    db_path = tmp_path / "giftdesk.sqlite3"
    open_database(db_path).close()
    start = dt.date(2026, 1, 1)
    for n in range(60):
        (folder / f"giftdesk-{start + dt.timedelta(days=n)}.sqlite3").write_bytes(b"")
    aside = folder / "giftdesk-2026-01-01-101010-before-restore.sqlite3"
    aside.write_bytes(b"")
    other = folder / "grandma-2026-01-01.sqlite3"
    other.write_bytes(b"")
    removed = prune(db_path, folder)
    left = {p.name for p in folder.iterdir()}
    assert aside.name in left and other.name in left
    kept = {p for p in left if p.startswith("giftdesk-") and "before" not in p}
    expected = days_to_keep(start + dt.timedelta(days=n) for n in range(60))
    assert kept == {f"giftdesk-{d}.sqlite3" for d in expected}
    assert len(removed) == 60 - len(expected)


def test_backups_are_listed_with_date_people_and_gifts(demo_db, folder):
    clock = Clock(dt.date(2026, 11, 30))
    _watch(demo_db, folder, clock)
    _add_person(demo_db, "Uncle Bob")
    clock.day = dt.date(2026, 12, 1)
    _add_person(demo_db, "Aunt May")
    listed = list_backups(demo_db.path, folder)
    assert [(b.day, b.people, b.gifts) for b in listed] == [
        (dt.date(2026, 12, 1), 13, 60),
        (dt.date(2026, 11, 30), 12, 60),
    ]
    assert listed[0].describe() == "13 people, 60 gifts"


def test_restore_brings_the_family_back_and_keeps_the_replaced_file(demo_db, folder):
    clock = Clock(dt.date(2026, 12, 1))
    _watch(demo_db, folder, clock)
    family = _people(demo_db.path)
    with demo_db.transaction() as session:  # a bad bulk action noticed later
        session.execute(persons.delete())
    assert _people(demo_db.path) == []
    demo_db.close()
    backup = find_backup(demo_db.path, "2026-12-01", folder)
    result = restore_backup(
        demo_db.path, backup, folder, now=lambda: dt.datetime(2026, 12, 8, 9, 30, 15)
    )
    assert _people(demo_db.path) == family
    assert result.set_aside == folder / "giftdesk-2026-12-08-093015-before-restore.sqlite3"
    assert _people(result.set_aside) == []
    listed = list_backups(demo_db.path, folder)
    assert [b.name for b in listed] == [
        "giftdesk-2026-12-08-093015-before-restore.sqlite3",
        "giftdesk-2026-12-01.sqlite3",
    ]
    assert listed[0].before_restore
    # ... and the restore itself can be undone by name.
    again = find_backup(demo_db.path, result.set_aside.name, folder)
    restore_backup(demo_db.path, again, folder)
    assert _people(demo_db.path) == []
    reopened = open_database(demo_db.path)  # still a sound giftdesk file
    reopened.close()


def test_unknown_backups_are_refused_with_a_sentence(demo_db, folder):
    folder.mkdir()
    with pytest.raises(GiftdeskError, match="no backup of giftdesk.sqlite3 from 2026-01-01"):
        find_backup(demo_db.path, "2026-01-01", folder)
    with pytest.raises(GiftdeskError, match="neither a date"):
        find_backup(demo_db.path, "last tuesday", folder)


def test_the_folder_is_in_the_user_data_folder_unless_redirected(monkeypatch, tmp_path):
    monkeypatch.delenv(auto_backup.BACKUP_DIR_ENV, raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    assert auto_backup.backup_folder() == tmp_path / "data" / "giftdesk" / "backups"
    monkeypatch.setenv(auto_backup.BACKUP_DIR_ENV, str(tmp_path / "elsewhere"))
    assert auto_backup.backup_folder() == tmp_path / "elsewhere"


def test_a_shared_database_is_not_copied_into_the_backup_folder(tmp_path):
    """PostgreSQL keeps its own backups; only SQLite files get daily copies."""
    from sqlalchemy import create_engine

    engine = create_engine("postgresql+psycopg://root@127.0.0.1:5432/test")  # not connected
    shared = Database(tmp_path / "shared", engine, readonly=False)
    try:
        assert auto_backup.attach(shared) is None
        assert shared.before_change == []
    finally:
        shared.close()
