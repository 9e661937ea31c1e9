"""One giftdesk per file: the lock refuses a second holder, recovers a stale one."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import QLockFile, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from giftdesk.ui import file_lock
from giftdesk.ui.file_lock import DatabaseLock, acquire_for, lock_path_for

HOLDER = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QLockFile
    lock = QLockFile(sys.argv[1])
    lock.setStaleLockTime(0)
    print("locked" if lock.tryLock(1000) else "refused", flush=True)
    sys.stdin.readline()
    """
)


@pytest.fixture
def holder(db_path: Path):  # type: ignore[no-untyped-def]
    """Another process holding the lock of ``db_path``, as another giftdesk would."""
    process = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(lock_path_for(db_path))],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    assert process.stdout.readline().strip() == "locked"
    yield process
    if process.poll() is None:
        process.kill()
    process.wait(timeout=10)


# The real question, kept before the autouse fixture below replaces it.
_real_ask = file_lock.ask_open_read_only


@pytest.fixture(autouse=True)
def _no_dialog(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fail loudly if a test reaches the real dialog without saying so."""

    def refuse(parent, message, give_up_label):  # type: ignore[no-untyped-def]
        raise AssertionError(f"unexpected dialog: {message}")

    monkeypatch.setattr(file_lock, "ask_open_read_only", refuse)


def answer(monkeypatch: pytest.MonkeyPatch, read_only: bool) -> list[tuple[str, str]]:
    asked: list[tuple[str, str]] = []

    def fake(parent, message, give_up_label):  # type: ignore[no-untyped-def]
        asked.append((message, give_up_label))
        return read_only

    monkeypatch.setattr(file_lock, "ask_open_read_only", fake)
    return asked


def test_the_lock_file_sits_hidden_next_to_the_database(db_path: Path) -> None:
    assert lock_path_for(db_path) == db_path.resolve().with_name(f".{db_path.name}.lock")


def test_a_free_file_is_locked_and_released(db_path: Path) -> None:
    access = acquire_for(db_path)
    assert access is not None and not access.readonly and access.lock is not None
    assert lock_path_for(db_path).exists()
    access.release()
    assert not lock_path_for(db_path).exists()


def test_two_lock_files_on_one_path_refuse_each_other(db_path: Path) -> None:
    first = QLockFile(str(lock_path_for(db_path)))
    first.setStaleLockTime(0)
    second = QLockFile(str(lock_path_for(db_path)))
    second.setStaleLockTime(0)
    assert first.tryLock(0)
    try:
        assert not second.tryLock(100)
        assert second.error() == QLockFile.LockError.LockFailedError
    finally:
        first.unlock()
    assert second.tryLock(0)
    second.unlock()


def test_a_second_giftdesk_is_refused_and_told_who_holds_it(db_path: Path, holder) -> None:  # type: ignore[no-untyped-def]
    lock = DatabaseLock(db_path)
    assert not lock.try_acquire()
    assert lock.owner is not None and lock.owner.pid == holder.pid
    message = file_lock.locked_message(db_path, lock.owner)
    assert message == (
        f"{db_path.name} is already open in another giftdesk (process {holder.pid}); "
        "you can open it read-only or close it there first."
    )


def test_the_user_may_open_a_locked_file_read_only(
    db_path: Path,
    holder,  # type: ignore[no-untyped-def]
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked = answer(monkeypatch, read_only=True)
    access = acquire_for(db_path)
    assert access is not None and access.readonly and access.lock is None
    assert asked and asked[0][1] == "Quit" and db_path.name in asked[0][0]
    # ...and the data layer really opens it read-only next to the other giftdesk.
    from giftdesk.data.database import open_database

    open_database(access.path, readonly=access.readonly).close()


def test_quitting_gives_up_the_file(db_path: Path, holder, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    asked = answer(monkeypatch, read_only=False)
    assert acquire_for(db_path, give_up_label="Cancel") is None
    assert asked[0][1] == "Cancel"
    assert lock_path_for(db_path).exists()  # still the other giftdesk's


def test_a_lock_left_by_a_killed_giftdesk_is_recovered(db_path: Path, holder) -> None:  # type: ignore[no-untyped-def]
    os.kill(holder.pid, signal.SIGKILL)
    holder.wait(timeout=10)
    assert lock_path_for(db_path).exists()  # the crash left it behind

    access = acquire_for(db_path)

    assert access is not None and not access.readonly and access.lock is not None
    pid, _host, _app = QLockFile(str(lock_path_for(db_path))).getLockInfo()
    assert pid == os.getpid()
    access.release()


def test_a_stale_lock_with_a_dead_pid_is_recovered(db_path: Path) -> None:
    finished = subprocess.Popen([sys.executable, "-c", "pass"])
    finished.wait(timeout=30)
    host = os.uname().nodename
    lock_path_for(db_path).write_text(f"{finished.pid}\npython3\n{host}\n")

    access = acquire_for(db_path)

    assert access is not None and access.lock is not None and not access.readonly
    access.release()


def test_the_same_file_twice_in_one_process_shares_the_lock(db_path: Path) -> None:
    first = acquire_for(db_path)
    second = acquire_for(db_path.parent / "." / db_path.name)
    assert first is not None and second is not None and second.lock is not None
    first.release()
    assert lock_path_for(db_path).exists()  # the second handle still holds it
    second.release()
    assert not lock_path_for(db_path).exists()


def test_releasing_twice_is_harmless(db_path: Path) -> None:
    access = acquire_for(db_path)
    assert access is not None
    access.release()
    access.release()
    assert not lock_path_for(db_path).exists()


def test_no_lock_possible_opens_without_asking(tmp_path: Path) -> None:
    access = acquire_for(tmp_path / "missing-folder" / "gifts.sqlite3")
    assert access is not None and access.lock is None and not access.readonly


@pytest.mark.parametrize(("button", "expected"), [("Open read-only", True), ("Quit", False)])
def test_the_question_offers_read_only_or_quit(qtbot, button: str, expected: bool) -> None:  # type: ignore[no-untyped-def]
    seen: list[str] = []

    def click() -> None:
        box = next(
            w for w in QApplication.topLevelWidgets() if w.objectName() == "fileLockedDialog"
        )
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        seen.extend(b.text() for b in box.buttons())
        next(b for b in box.buttons() if b.text() == button).click()

    QTimer.singleShot(0, click)
    result = _real_ask(None, "gifts.sqlite3 is already open in another giftdesk.", "Quit")
    assert result is expected
    assert seen[0] == "gifts.sqlite3 is already open in another giftdesk."
    assert set(seen[1:]) == {"Open read-only", "Quit"}
