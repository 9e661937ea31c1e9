"""The log file: one line per start, rotation, and unexpected errors on the CLI."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from giftdesk import __version__, app_logging


@pytest.fixture
def log_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    folder = tmp_path / "logs"
    monkeypatch.setenv(app_logging.LOG_DIR_ENV, str(folder))
    yield folder
    app_logging.shutdown_logging()


def test_the_log_folder_is_overridable(log_folder: Path) -> None:
    assert app_logging.log_dir() == log_folder


def test_the_default_log_folder_is_the_platform_one(monkeypatch: pytest.MonkeyPatch) -> None:
    from platformdirs import user_log_path

    monkeypatch.delenv(app_logging.LOG_DIR_ENV, raising=False)
    assert app_logging.log_dir() == user_log_path("giftdesk", appauthor=False)


def test_a_start_writes_one_line_with_version_and_file(log_folder: Path) -> None:
    path = app_logging.setup_logging()
    assert path == log_folder / "giftdesk.log"
    app_logging.log_start("window", Path("/data/gifts.sqlite3"))
    for handler in logging.getLogger("giftdesk").handlers:
        handler.flush()
    lines = path.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 1
    assert "INFO" in lines[0]
    assert f"giftdesk {__version__} window, file /data/gifts.sqlite3" in lines[0]


def test_setting_up_twice_adds_no_second_handler(log_folder: Path) -> None:
    app_logging.setup_logging()
    before = list(logging.getLogger("giftdesk").handlers)
    app_logging.setup_logging()
    assert logging.getLogger("giftdesk").handlers == before


def test_the_log_rotates(log_folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(app_logging, "MAX_BYTES", 2_000)
    app_logging.setup_logging()
    for number in range(100):
        logging.getLogger("giftdesk.test").info("line %d of a long day of gift planning", number)
    names = sorted(p.name for p in log_folder.iterdir())
    assert "giftdesk.log" in names and "giftdesk.log.1" in names
    assert "giftdesk.log.4" not in names  # BACKUP_COUNT = 3 old files at most
    assert all(p.stat().st_size <= 2_000 for p in log_folder.glob("giftdesk.log*"))


def test_an_unusable_log_folder_does_not_stop_giftdesk(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "blocker"
    blocker.write_text("a file where the log folder should be")
    monkeypatch.setenv(app_logging.LOG_DIR_ENV, str(blocker / "logs"))
    try:
        assert app_logging.setup_logging() is None
        assert app_logging.log_file() is None
    finally:
        app_logging.shutdown_logging()
    assert "cannot write the log" in capsys.readouterr().err


def test_an_unexpected_cli_error_is_one_sentence_and_a_logged_traceback(tmp_path: Path) -> None:
    logs = tmp_path / "logs"
    script = textwrap.dedent(
        """
        import sys
        import giftdesk.cli as cli

        def broken(args, db_path):
            raise RuntimeError("the printer caught fire")

        cli._run_command = broken
        sys.argv = ["giftdesk", "demo", "--db", sys.argv[1]]
        sys.exit(cli.main())
        """
    )
    env = dict(os.environ, GIFTDESK_LOG_DIR=str(logs))
    result = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path / "x.sqlite3")],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 1
    assert result.stderr == (
        "giftdesk: stopped by an unexpected error "
        f"(RuntimeError: the printer caught fire); details are in {logs / 'giftdesk.log'}.\n"
    )
    text = (logs / "giftdesk.log").read_text(encoding="utf-8")
    assert f"giftdesk {__version__} demo, file {tmp_path / 'x.sqlite3'}" in text
    assert "Traceback (most recent call last)" in text
    assert "RuntimeError: the printer caught fire" in text


def test_a_user_mistake_is_not_logged_as_a_crash(tmp_path: Path) -> None:
    logs = tmp_path / "logs"
    env = dict(os.environ, GIFTDESK_LOG_DIR=str(logs))
    result = subprocess.run(
        [sys.executable, "-m", "giftdesk", "export", "all", "--db", str(tmp_path / "none.sqlite3"),
         "-o", str(tmp_path / "out.json")],
        env=env, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "Traceback" not in (logs / "giftdesk.log").read_text(encoding="utf-8")


def test_an_error_before_the_first_frame_still_reaches_the_log(tmp_path: Path) -> None:
    # The window opens the log after its first frame; an error before that
    # opens it on the spot, so the traceback is never lost.
    logs = tmp_path / "logs"
    script = textwrap.dedent(
        """
        import sys
        import giftdesk.cli as cli
        import giftdesk.ui.main_window as main_window
        from giftdesk.ui.dialogs import crash as crash_dialog

        def broken(*args, **kwargs):
            raise RuntimeError("the window fell over")

        def answer(exc_type, exc_value, exc_tb):
            print("dialog:", crash_dialog.crash_message(exc_value), flush=True)
            return "quit"

        main_window.MainWindow = broken
        crash_dialog.show_crash_dialog = answer
        sys.argv = ["giftdesk", "--db", sys.argv[1]]
        sys.exit(cli.main())
        """
    )
    env = dict(os.environ, GIFTDESK_LOG_DIR=str(logs), QT_QPA_PLATFORM="offscreen")
    env["XDG_CONFIG_HOME"] = str(tmp_path / "config")
    result = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path / "x.sqlite3")],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode != 0
    assert "dialog: giftdesk ran into an unexpected problem (RuntimeError: the window" in (
        result.stdout
    )
    text = (logs / "giftdesk.log").read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in text
    assert "RuntimeError: the window fell over" in text
