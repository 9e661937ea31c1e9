"""The real program starts, shows its window and ends cleanly; one per file.

The subprocess tests run the installed ``giftdesk`` gui-script (the thing a
desktop launcher starts) under ``xvfb-run`` on a real X server when it and
Qt's xcb plugin are usable, else on Qt's offscreen platform.
``GIFTDESK_QUIT_AFTER_SHOWN_MS`` closes the window after it is shown, and
``GIFTDESK_REPORT_STARTUP`` prints when that was and which heavy modules
were loaded by then.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import subprocess
import sys
from functools import cache
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from giftdesk import __version__
from giftdesk.ui import app as app_module
from giftdesk.ui import file_lock
from giftdesk.ui.file_lock import DatabaseLock, lock_path_for


def gui_program() -> list[str]:
    script = Path(sys.executable).parent / "giftdesk"
    if script.is_file():
        return [str(script)]
    return [sys.executable, "-m", "giftdesk"]


@cache
def xvfb_usable() -> bool:
    if shutil.which("xvfb-run") is None:
        return False
    from PySide6 import QtCore

    plugin = Path(QtCore.__file__).parent / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    if not plugin.exists() or shutil.which("ldd") is None:
        return False
    linked = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True)
    return linked.returncode == 0 and "not found" not in linked.stdout


def launch(db_path: Path, tmp_path: Path, *, quit_after_ms: int) -> subprocess.Popen[str]:
    env = dict(os.environ)
    env.update(
        GIFTDESK_QUIT_AFTER_SHOWN_MS=str(quit_after_ms),
        GIFTDESK_REPORT_STARTUP="1",
        GIFTDESK_LOG_DIR=str(tmp_path / "logs"),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
    )
    command = [*gui_program(), "--db", str(db_path)]
    if xvfb_usable():
        env["QT_QPA_PLATFORM"] = "xcb"  # fail loudly rather than fall back
        command = ["xvfb-run", "-a", "-s", "-screen 0 1440x900x24", *command]
    else:
        env["QT_QPA_PLATFORM"] = "offscreen"
    # Its own process group: killing it kills xvfb-run, Xvfb and giftdesk alike.
    return subprocess.Popen(
        command,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )


def kill_hard(process: subprocess.Popen[str]) -> None:
    """SIGKILL the whole group, as a crash or a power cut would end giftdesk."""
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGKILL)
    process.communicate(timeout=30)


def shown_report(process: subprocess.Popen[str]) -> dict[str, object]:
    assert process.stdout is not None
    for line in process.stdout:
        if line.startswith("{"):
            return json.loads(line)
    process.wait(timeout=30)
    pytest.fail(f"the window was never shown:\n{process.stderr.read() if process.stderr else ''}")


def test_the_program_starts_shows_its_window_and_exits_cleanly(
    db_path: Path, tmp_path: Path
) -> None:
    process = launch(db_path, tmp_path, quit_after_ms=300)
    report = shown_report(process)
    _out, err = process.communicate(timeout=60)

    assert process.returncode == 0, err
    assert "Traceback" not in err and "Error" not in err, err
    # Start-up stays small: no migration machinery, no printing, no report code.
    assert report["heavy_modules_loaded"] == []
    log = (tmp_path / "logs" / "giftdesk.log").read_text(encoding="utf-8")
    assert f"giftdesk {__version__} window, file {db_path}" in log
    assert "window shown" in log
    assert not lock_path_for(db_path).exists()  # released on the way out


def test_a_second_giftdesk_finds_the_file_locked_until_the_first_is_killed(
    db_path: Path, tmp_path: Path
) -> None:
    first = launch(db_path, tmp_path, quit_after_ms=120_000)
    try:
        shown_report(first)
        lock = DatabaseLock(db_path)
        assert not lock.try_acquire()
        assert lock.owner is not None and lock.owner.pid != os.getpid()
    finally:
        kill_hard(first)
    assert lock_path_for(db_path).exists()  # the killed giftdesk could not clean up

    # A crash left the lock behind: the next start recovers it and runs normally.
    again = launch(db_path, tmp_path, quit_after_ms=0)
    shown_report(again)
    _out, err = again.communicate(timeout=60)
    assert again.returncode == 0, err
    assert not lock_path_for(db_path).exists()


# -- in-process: the same run_app the gui-script calls ------------------------


@pytest.fixture
def run_app_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path):  # type: ignore[no-untyped-def]
    monkeypatch.setenv("GIFTDESK_QUIT_AFTER_SHOWN_MS", "0")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    windows: list[object] = []
    monkeypatch.setattr(app_module, "window_hooks", [windows.append])
    return windows


@pytest.fixture
def holder(db_path: Path):  # type: ignore[no-untyped-def]
    """Another process holding the file's lock, the way a running giftdesk does."""
    code = (
        "import sys\nfrom PySide6.QtCore import QLockFile\n"
        "lock = QLockFile(sys.argv[1]); lock.setStaleLockTime(0)\n"
        "print('locked' if lock.tryLock(1000) else 'refused', flush=True)\n"
        "sys.stdin.readline()\n"
    )
    process = subprocess.Popen(
        [sys.executable, "-c", code, str(lock_path_for(db_path))],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None and process.stdout.readline().strip() == "locked"
    yield process
    process.kill()
    process.wait(timeout=10)


def answer_lock_question(monkeypatch: pytest.MonkeyPatch, read_only: bool) -> list[str]:
    asked: list[str] = []

    def fake(parent, message, give_up_label):  # type: ignore[no-untyped-def]
        asked.append(give_up_label)
        return read_only

    monkeypatch.setattr(file_lock, "ask_open_read_only", fake)
    return asked


def test_run_app_sets_names_icon_and_about(qapp, db_path: Path, run_app_env) -> None:  # type: ignore[no-untyped-def]
    assert app_module.run_app(db_path) == 0
    window = run_app_env[0]
    assert qapp.organizationName() == "giftdesk" and qapp.applicationName() == "giftdesk"
    assert qapp.desktopFileName() == "giftdesk"
    assert not qapp.windowIcon().isNull()
    first = window.help_menu.actions()[0]
    assert first.objectName() == "actionAbout"
    assert not lock_path_for(db_path).exists()


def test_a_locked_file_opens_read_only_when_the_user_says_so(
    qapp,  # type: ignore[no-untyped-def]
    db_path: Path,
    holder,  # type: ignore[no-untyped-def]
    run_app_env,  # type: ignore[no-untyped-def]
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked = answer_lock_question(monkeypatch, read_only=True)
    assert app_module.run_app(db_path) == 0
    window = run_app_env[0]
    assert asked == ["Quit"]
    assert window.db.readonly
    assert "(read-only)" in window.windowTitle()
    assert lock_path_for(db_path).exists()  # still the other giftdesk's


def test_quitting_at_the_lock_question_opens_nothing(
    qapp,  # type: ignore[no-untyped-def]
    db_path: Path,
    holder,  # type: ignore[no-untyped-def]
    run_app_env,  # type: ignore[no-untyped-def]
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    answer_lock_question(monkeypatch, read_only=False)
    assert app_module.run_app(db_path) == app_module.EXIT_CANNOT_OPEN
    assert run_app_env == []


def test_file_open_moves_the_lock_to_the_new_file(
    qtbot,  # type: ignore[no-untyped-def]
    db_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from giftdesk.ui.main_window import MainWindow

    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    db = file_lock.open_database_locked(db_path)
    assert db is not None
    window = MainWindow(db)
    qtbot.addWidget(window)
    other = tmp_path / "other.sqlite3"
    shutil.copyfile(db_path, other)

    assert window.open_database_file(other)

    assert lock_path_for(other).exists()
    assert not lock_path_for(db_path).exists()
    file_lock.close_database(window.db)
    assert not lock_path_for(other).exists()


def test_file_open_of_a_file_in_use_can_be_cancelled(
    qtbot,  # type: ignore[no-untyped-def]
    db_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from giftdesk.ui.main_window import MainWindow

    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    mine = tmp_path / "mine.sqlite3"
    shutil.copyfile(db_path, mine)
    db = file_lock.open_database_locked(mine)
    assert db is not None
    window = MainWindow(db)
    qtbot.addWidget(window)
    other = subprocess.Popen(
        [sys.executable, "-c",
         "import sys\nfrom PySide6.QtCore import QLockFile\n"
         "l = QLockFile(sys.argv[1]); l.setStaleLockTime(0)\n"
         "print(l.tryLock(1000), flush=True); sys.stdin.readline()",
         str(lock_path_for(db_path))],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert other.stdout is not None and other.stdout.readline().strip() == "True"
        asked = answer_lock_question(monkeypatch, read_only=False)
        assert not window.open_database_file(db_path)
        assert asked == ["Cancel"]
        assert window.db.path == mine and lock_path_for(mine).exists()
    finally:
        other.kill()
        other.wait(timeout=10)
        file_lock.close_database(window.db)


def test_help_about_shows_the_open_file(qtbot, db_path: Path, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from giftdesk.ui import desktop_integration
    from giftdesk.ui.dialogs.about import AboutDialog
    from giftdesk.ui.main_window import MainWindow

    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    db = file_lock.open_database_locked(db_path)
    window = MainWindow(db)
    qtbot.addWidget(window)
    action = desktop_integration.install_about_action(window)
    seen: list[str] = []

    def read_and_close() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, AboutDialog))
        seen.append(dialog.data_label.text())
        dialog.reject()

    QTimer.singleShot(0, read_and_close)
    action.trigger()
    file_lock.close_database(window.db)
    assert seen == [str(db_path.resolve())]
