"""`giftdesk backups` and `giftdesk restore`, as a person would use them."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest

from giftdesk.data.sqlite_file import WINDOW_OPEN_MESSAGE


@pytest.fixture
def folder(monkeypatch, tmp_path) -> Path:  # type: ignore[no-untyped-def]
    folder = tmp_path / "backups"
    monkeypatch.setenv("GIFTDESK_BACKUP_DIR", str(folder))
    return folder


@pytest.fixture
def family(tmp_path, folder, cli) -> tuple[Path, Path]:  # type: ignore[no-untyped-def]
    path, backup = tmp_path / "family.sqlite3", tmp_path / "family.json"
    assert cli("demo", "--db", str(path))[0] == 0
    assert cli("export", "all", "--db", str(path), "-o", str(backup))[0] == 0
    return path, backup


def test_demo_into_a_new_file_makes_no_backup(family, folder):
    assert not folder.exists() or not list(folder.iterdir())


def test_a_command_that_writes_backs_the_file_up_first(family, folder, cli, table_count):
    path, backup = family
    assert cli("import", str(backup), "--db", str(path))[0] == 0
    today = folder / f"family-{dt.date.today()}.sqlite3"
    assert table_count(today, "persons") == 12  # as it was before the import
    assert table_count(path, "persons") == 24
    code, out, err = cli("backups", "--db", str(path))
    assert code == 0, err
    assert f"Backups of family.sqlite3 in {folder}:" in out
    assert f"{dt.date.today()}" in out and "12 people, 60 gifts" in out


def test_restore_by_date_puts_the_family_back_and_lists_the_replaced_file(
    family, folder, cli, table_count
):
    path, backup = family
    cli("import", str(backup), "--db", str(path))
    code, out, err = cli("restore", str(dt.date.today()), "--db", str(path))
    assert code == 0, err
    assert "Restored the backup of" in out and "12 people, 60 gifts" in out
    assert table_count(path, "persons") == 12
    aside = [p for p in folder.iterdir() if p.name.endswith("-before-restore.sqlite3")]
    assert len(aside) == 1 and aside[0].name in out
    assert table_count(aside[0], "persons") == 24
    code, out, _ = cli("backups", "--db", str(path))
    assert aside[0].name in out and "24 people, 120 gifts" in out
    # The restore is undone by naming the file it set aside.
    code, out, err = cli("restore", aside[0].name, "--db", str(path))
    assert code == 0, err
    assert table_count(path, "persons") == 24


@pytest.mark.parametrize(
    ("wanted", "words"),
    [
        ("2020-01-01", "no backup of family.sqlite3 from 2020-01-01"),
        ("yesterday", "neither a date"),
    ],
)
def test_restore_of_an_unknown_backup_changes_nothing(family, wanted, words, cli):
    path, _ = family
    before = path.read_bytes()
    code, out, err = cli("restore", wanted, "--db", str(path))
    assert code == 1
    assert err.count("\n") == 1 and words in err
    assert path.read_bytes() == before


def test_no_backups_yet_is_said_plainly(family, folder, cli):
    code, out, _ = cli("backups", "--db", str(family[0]))
    assert code == 0
    assert out == f"No backups of family.sqlite3 yet in {folder}.\n"


HOLD_LOCK = """
import sys
from giftdesk.ui.file_lock import DatabaseLock
lock = DatabaseLock(sys.argv[1])
print("locked" if lock.try_acquire() else "refused", flush=True)
sys.stdin.readline()
"""


def test_restore_refuses_a_file_open_in_a_window(family, folder, cli):
    path, backup = family
    cli("import", str(backup), "--db", str(path))
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(path)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        before = path.read_bytes()
        code, _, err = cli("restore", str(dt.date.today()), "--db", str(path))
        assert code == 1
        assert err == f"giftdesk: {WINDOW_OPEN_MESSAGE}\n"
        assert path.read_bytes() == before
    finally:
        holder.communicate("\n", timeout=30)


def test_two_files_of_one_name_each_restore_their_own_family(
    monkeypatch, family, folder, tmp_path, cli, table_count
):
    """``family.sqlite3`` at home (24 people) and at the office (12): each keeps its own."""
    _, backup = family
    home, office = tmp_path / "home" / "family.sqlite3", tmp_path / "office" / "family.sqlite3"
    for path in (home, office):
        path.parent.mkdir()
        assert cli("demo", "--db", str(path))[0] == 0
    monkeypatch.setenv("GIFTDESK_BACKUP_DIR", str(tmp_path / "elsewhere"))
    assert cli("import", str(backup), "--db", str(home))[0] == 0
    monkeypatch.setenv("GIFTDESK_BACKUP_DIR", str(folder))
    for path in (home, office):  # today's first change of each: its backup first
        assert cli("import", str(backup), "--db", str(path))[0] == 0
    assert (table_count(home, "persons"), table_count(office, "persons")) == (36, 24)
    today = str(dt.date.today())
    assert sorted(p.name for p in folder.glob("*.sqlite3")) == [
        f"family-{today}-2.sqlite3",
        f"family-{today}.sqlite3",
    ]
    code, out, _ = cli("backups", "--db", str(office))
    assert f"family-{today}-2.sqlite3" in out and "12 people" in out
    assert f"family-{today}.sqlite3 " not in out and "24 people" not in out
    for path, people in ((home, 24), (office, 12)):
        code, out, err = cli("restore", today, "--db", str(path))
        assert code == 0, err
        assert table_count(path, "persons") == people
        assert "Note:" not in out


def test_a_restore_of_a_backup_made_before_records_says_whose_it_may_be(family, folder, cli):
    path, _ = family
    folder.mkdir()
    old = folder / "family-2025-06-01.sqlite3"  # an earlier giftdesk's backup: no record
    old.write_bytes(path.read_bytes())
    code, out, _ = cli("backups", "--db", str(path))
    assert "(made before giftdesk noted which file a backup copies)" in out
    code, out, err = cli("restore", "2025-06-01", "--db", str(path))
    assert code == 0, err
    assert "may be a copy of another file named family.sqlite3" in out
