"""One writer per file: commands that write leave a file open in a window alone."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from giftdesk.data.database import open_database
from giftdesk.data.sqlite_file import WINDOW_OPEN_MESSAGE, is_open_in_a_window, lock_path_for

GIFTDESK = str(Path(sys.executable).with_name("giftdesk"))

# A second process that takes the lock as the window does (QLockFile), then waits.
HOLD_LOCK = """
import sys
from giftdesk.ui.file_lock import DatabaseLock
lock = DatabaseLock(sys.argv[1])
print("locked" if lock.try_acquire() else "refused", flush=True)
sys.stdin.readline()
lock.release()
"""


def giftdesk(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([GIFTDESK, *args], capture_output=True, text=True, timeout=120)


@pytest.fixture
def family(tmp_path) -> tuple[Path, Path]:  # type: ignore[no-untyped-def]
    path = tmp_path / "family.sqlite3"
    backup = tmp_path / "backup.json"
    assert giftdesk("demo", "--db", str(path)).returncode == 0
    assert giftdesk("export", "all", "--db", str(path), "-o", str(backup)).returncode == 0
    return path, backup


@pytest.fixture
def window_lock(family):  # type: ignore[no-untyped-def]
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(family[0])],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
    yield holder
    if holder.poll() is None:
        holder.communicate("\n", timeout=30)


def test_commands_that_write_refuse_a_file_open_in_a_window(
    family, window_lock, tmp_path, table_count
):
    path, backup = family
    before = path.read_bytes()
    assert is_open_in_a_window(path)
    for args in (["import", str(backup)], ["demo"]):
        result = giftdesk(*args, "--db", str(path))
        assert result.returncode == 1, result
        assert result.stderr == f"giftdesk: {WINDOW_OPEN_MESSAGE}\n"
    assert path.read_bytes() == before
    assert table_count(path, "persons") == 12


def test_exports_stay_allowed_while_a_window_has_the_file(family, window_lock, tmp_path):
    path, _ = family
    result = giftdesk("export", "budget", "--db", str(path), "-o", str(tmp_path / "b.csv"))
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "b.csv").read_text(encoding="utf-8").startswith("occasion,person")


def test_once_the_window_is_closed_the_import_works(family, window_lock, table_count):
    path, backup = family
    window_lock.communicate("\n", timeout=30)
    assert not is_open_in_a_window(path)
    result = giftdesk("import", str(backup), "--db", str(path))
    assert result.returncode == 0, result.stderr
    assert table_count(path, "persons") == 24


def test_a_lock_left_by_a_killed_window_does_not_block(family, window_lock):
    path, backup = family
    window_lock.kill()
    window_lock.wait(timeout=30)
    assert lock_path_for(path).exists()  # the killed process could not clean up
    assert not is_open_in_a_window(path)
    assert giftdesk("import", str(backup), "--db", str(path)).returncode == 0


def test_a_lock_of_another_computer_counts(family):
    path, _ = family
    lock_path_for(path).write_text("4242\ngiftdesk\nthe-other-laptop\n", encoding="utf-8")
    assert is_open_in_a_window(path)


def test_undo_of_the_example_family_keeps_rows_another_process_added(
    qtbot, tmp_path, family, table_count
):
    """Undo removes the ids the example family got, not every id above the old maximum."""
    from giftdesk.ui.main_window import MainWindow

    _, backup = family
    path = tmp_path / "fresh.sqlite3"
    db = open_database(path)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(db, settings)
    qtbot.addWidget(window)
    window.file_menu_parts.load_example_family()
    assert table_count(path, "persons") == 12
    # Another program (here: the command line, no window lock taken) adds a family.
    result = giftdesk("import", str(backup), "--db", str(path))
    assert result.returncode == 0, result.stderr
    assert table_count(path, "persons") == 24
    window.undo_stack.undo()
    assert table_count(path, "persons") == 12
    assert table_count(path, "gifts") == len(json.loads(backup.read_text())["gifts"])
    connection = sqlite3.connect(path)
    names = {row[0] for row in connection.execute("SELECT name FROM persons")}
    connection.close()
    assert len(names) == 12
    db.close()


# A command that writes, run as a real second process, stopped half-way: its
# transaction is open and it waits for a line on stdin before writing.
PAUSED_IMPORT = """
import sys
import giftdesk.data.backup as backup
from giftdesk import cli

real_import = backup.import_backup

def paused(session, data, *rest):
    print("writing", flush=True)
    sys.stdin.readline()
    return real_import(session, data, *rest)

backup.import_backup = paused
sys.argv = ["giftdesk", "import", sys.argv[1], "--db", sys.argv[2]]
sys.exit(cli.main())
"""

# Another command writing the same file; waits only briefly for the first.
IMPATIENT_IMPORT = """
import sys
from giftdesk import cli

cli.OTHER_COMMAND_WAIT_MS = 300
sys.argv = ["giftdesk", "import", sys.argv[1], "--db", sys.argv[2]]
sys.exit(cli.main())
"""


@pytest.fixture
def paused_import(family):  # type: ignore[no-untyped-def]
    path, backup = family
    writer = subprocess.Popen(
        [sys.executable, "-c", PAUSED_IMPORT, str(backup), str(path)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    assert writer.stdout is not None and writer.stdout.readline().strip() == "writing"
    yield writer
    if writer.poll() is None:
        writer.communicate("\n", timeout=60)


def test_a_window_opened_while_a_command_writes_is_told_the_file_is_in_use(
    family, paused_import, table_count
):
    from giftdesk.ui.file_lock import DatabaseLock, locked_message

    path, _ = family
    lock = DatabaseLock(path)
    assert not lock.try_acquire()
    assert lock.owner is not None and lock.owner.pid == paused_import.pid
    assert locked_message(path, lock.owner) == (
        f"family.sqlite3 is already open in another giftdesk (process {paused_import.pid}); "
        "you can open it read-only or close it there first."
    )
    out, err = paused_import.communicate("\n", timeout=60)
    assert paused_import.returncode == 0, err
    assert table_count(path, "persons") == 24
    assert lock.try_acquire()  # the command let go of the file when it was done
    lock.release()


def test_a_second_command_does_not_write_between_the_first_ones_steps(
    family, paused_import, table_count
):
    path, backup = family
    second = subprocess.run(
        [sys.executable, "-c", IMPATIENT_IMPORT, str(backup), str(path)],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert second.returncode == 1
    assert second.stderr.splitlines() == [
        "giftdesk: another giftdesk command is writing family.sqlite3; waiting for it to finish…",
        "giftdesk: Another giftdesk command is still writing family.sqlite3; nothing was "
        "changed. Try again when it has finished.",
    ]
    assert table_count(path, "persons") == 12  # the first has not written yet, the second nothing
    paused_import.communicate("\n", timeout=60)
    assert paused_import.returncode == 0
    assert table_count(path, "persons") == 24


def test_a_second_command_waits_for_the_first_and_then_writes(family, paused_import, table_count):
    path, backup = family
    second = subprocess.Popen(
        [GIFTDESK, "import", str(backup), "--db", str(path)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    assert second.stderr is not None
    assert "waiting for it to finish" in second.stderr.readline()
    paused_import.communicate("\n", timeout=60)
    assert paused_import.returncode == 0
    out, err = second.communicate(timeout=120)
    assert second.returncode == 0, err
    assert table_count(path, "persons") == 36  # one after the other, both whole


@pytest.mark.parametrize("command", ["demo", "rollover", "restore", "import-spreadsheet"])
def test_every_command_that_writes_refuses_a_file_open_in_a_window(
    family, window_lock, tmp_path, command
):
    path, _ = family
    sheet = tmp_path / "gifts.csv"
    sheet.write_text("person,gift,occasion\nAnna,Book,Christmas 2027\n", encoding="utf-8")
    args = {
        "demo": ["demo"],
        "rollover": ["rollover", "Christmas 2026", "--to", "Christmas 2027"],
        "restore": ["restore", "2020-01-01"],
        "import-spreadsheet": ["import-spreadsheet", str(sheet)],
    }[command]
    before = path.read_bytes()
    result = giftdesk(*args, "--db", str(path))
    assert result.returncode == 1
    assert result.stderr in (
        f"giftdesk: {WINDOW_OPEN_MESSAGE}\n",
        # restore names the backup first: an unknown one is said before the lock
        "giftdesk: There is no backup of family.sqlite3 from 2020-01-01; "
        "“giftdesk backups” lists them.\n",
    )
    assert path.read_bytes() == before
