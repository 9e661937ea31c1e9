"""Daily backups: made before the day's first change, pruned, listed, restored."""

from __future__ import annotations

import datetime as dt
import json
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

pytestmark = pytest.mark.sqlite_only  # daily copies of SQLite files


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


def _record(backup: Path, db_path: Path) -> None:
    """The record a backup keeps beside it: the real path of the file it copies."""
    auto_backup.record_path(backup).write_text(
        json.dumps({"copy_of": str(db_path.resolve())}), encoding="utf-8"
    )


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
    assert sorted(p.name for p in folder.iterdir()) == [
        "giftdesk-2026-12-01.sqlite3",
        "giftdesk-2026-12-01.sqlite3.json",  # which file it is a copy of
    ]
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
        made = folder / f"giftdesk-{start + dt.timedelta(days=n)}.sqlite3"
        made.write_bytes(b"")
        _record(made, db_path)
    aside = folder / "giftdesk-2026-01-01-101010-before-restore.sqlite3"
    aside.write_bytes(b"")
    other = folder / "grandma-2026-01-01.sqlite3"
    other.write_bytes(b"")
    removed = prune(db_path, folder)
    left = {p.name for p in folder.iterdir()}
    assert aside.name in left and other.name in left
    kept = {p for p in left if p.endswith(".sqlite3") and p.startswith("giftdesk-")}
    kept -= {aside.name}
    expected = days_to_keep(start + dt.timedelta(days=n) for n in range(60))
    assert kept == {f"giftdesk-{d}.sqlite3" for d in expected}
    assert len(removed) == 60 - len(expected)
    assert not any(auto_backup.record_path(p).exists() for p in removed)


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


# -- two files of one name in two folders: each keeps its own backups -------------------


@pytest.fixture
def two_families(tmp_path):  # type: ignore[no-untyped-def]
    """``family.sqlite3`` in two folders, each holding one person of its own."""
    opened = []
    for where, name in (("home", "Home person"), ("office", "Office person")):
        (tmp_path / where).mkdir()
        db = open_database(tmp_path / where / "family.sqlite3")
        _add_person(db, name)
        opened.append(db)
    yield opened
    for db in opened:
        db.close()


def test_two_files_of_one_name_each_get_their_own_daily_backup(two_families, folder):
    home, office = two_families
    clock = Clock(dt.date(2026, 12, 1))
    _watch(home, folder, clock)
    _watch(office, folder, clock)
    _add_person(home, "Second home person")
    _add_person(office, "Second office person")
    assert sorted(p.name for p in folder.glob("*.sqlite3")) == [
        "family-2026-12-01-2.sqlite3",
        "family-2026-12-01.sqlite3",
    ]
    assert [b.name for b in list_backups(home.path, folder)] == ["family-2026-12-01.sqlite3"]
    assert [b.name for b in list_backups(office.path, folder)] == ["family-2026-12-01-2.sqlite3"]
    assert _people(find_backup(home.path, "2026-12-01", folder).path) == ["Home person"]
    assert _people(find_backup(office.path, "2026-12-01", folder).path) == ["Office person"]
    # The next day the office file comes first: its backup takes the plain name.
    clock.day = dt.date(2026, 12, 2)
    _add_person(office, "Third office person")
    _add_person(home, "Third home person")
    assert [b.name for b in list_backups(office.path, folder)] == [
        "family-2026-12-02.sqlite3",
        "family-2026-12-01-2.sqlite3",
    ]


def test_restore_by_date_puts_back_each_files_own_family(two_families, folder):
    home, office = two_families
    clock = Clock(dt.date(2026, 12, 1))
    _watch(home, folder, clock)
    _watch(office, folder, clock)
    for db in (home, office):
        with db.transaction() as session:  # a bad bulk action in each
            session.execute(persons.delete())
        db.close()
    for db, family in ((home, ["Home person"]), (office, ["Office person"])):
        backup = find_backup(db.path, "2026-12-01", folder)
        assert not backup.unrecorded
        result = restore_backup(db.path, backup, folder)
        assert _people(db.path) == family
        assert result.set_aside is not None
        assert find_backup(db.path, result.set_aside.name, folder) is not None
    # Both restores in one second: two before-restore names, each with its own file.
    asides = sorted(folder.glob("*before-restore.sqlite3"))
    assert len(asides) == 2
    assert [len(list_backups(db.path, folder)) for db in (home, office)] == [2, 2]


def test_pruning_one_file_never_removes_the_other_files_backups(two_families, folder):
    home, office = two_families
    clock = Clock(dt.date(2026, 1, 1))
    _watch(home, folder, clock)
    _watch(office, folder, clock)
    _add_person(office, "Office, January")  # the office file: one old backup
    for n in range(40):  # the home file: edited every day for 40 days
        clock.day = dt.date(2026, 1, 1) + dt.timedelta(days=n)
        _add_person(home, f"Home, day {n}")
    office_backups = list_backups(office.path, folder)
    assert [(b.day, b.people) for b in office_backups] == [(dt.date(2026, 1, 1), 1)]
    assert office_backups[0].path.exists()
    home_days = {b.day for b in list_backups(home.path, folder)}
    assert len(home_days) < 40  # the home file's own were pruned
    assert home_days == days_to_keep(dt.date(2026, 1, 1) + dt.timedelta(days=n) for n in range(40))


def test_backups_made_before_records_are_listed_marked_and_never_pruned(two_families, folder):
    home, office = two_families
    home.close()
    folder.mkdir()
    old = folder / "family-2025-06-01.sqlite3"  # made by an earlier giftdesk: whose?
    old.write_bytes(home.path.read_bytes())
    for db in (home, office):
        listed = list_backups(db.path, folder)
        assert [(b.name, b.unrecorded) for b in listed] == [(old.name, True)]
    assert find_backup(office.path, "2025-06-01", folder).unrecorded
    clock = Clock(dt.date(2026, 1, 1))
    _watch(office, folder, clock)
    for n in range(30):
        clock.day = dt.date(2026, 1, 1) + dt.timedelta(days=n)
        _add_person(office, f"Office, day {n}")
    assert old.exists()


def test_a_backup_whose_record_cannot_be_read_is_nobodys(two_families, folder):
    home, office = two_families
    _watch(home, folder, Clock(dt.date(2026, 12, 1)))
    _add_person(home, "Second home person")
    [backup] = list_backups(home.path, folder)
    auto_backup.record_path(backup.path).write_text("not json", encoding="utf-8")
    assert list_backups(home.path, folder) == []
    assert list_backups(office.path, folder) == []
