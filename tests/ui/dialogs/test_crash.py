"""An unexpected exception in the window: logged and shown, never silent."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from giftdesk import app_logging
from giftdesk.ui.dialogs import crash as crash_dialog


@pytest.fixture
def log_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    monkeypatch.setenv(app_logging.LOG_DIR_ENV, str(tmp_path / "logs"))
    path = app_logging.setup_logging()
    yield path
    app_logging.shutdown_logging()


def raised(error: BaseException):  # type: ignore[no-untyped-def]
    try:
        raise error
    except BaseException:
        return sys.exc_info()


def log_text(path: Path) -> str:
    for handler in logging.getLogger("giftdesk").handlers:
        handler.flush()
    return path.read_text(encoding="utf-8")


def test_the_dialog_names_the_error_and_the_log(qtbot, log_path: Path) -> None:  # type: ignore[no-untyped-def]
    box = crash_dialog.build_crash_dialog(*raised(ValueError("no such gift")))
    qtbot.addWidget(box)
    assert box.icon() == QMessageBox.Icon.Critical
    assert box.text() == "giftdesk ran into an unexpected problem (ValueError: no such gift)."
    assert str(log_path) in box.informativeText()
    assert "Traceback" in box.detailedText()
    labels = {b.text() for b in box.buttons()}
    assert {"Keep working", "Quit giftdesk", "Open log folder"} <= labels


def test_an_exception_is_logged_and_shown(
    qtbot,  # type: ignore[no-untyped-def]
    log_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    shown: list[BaseException] = []
    monkeypatch.setattr(
        crash_dialog, "show_crash_dialog", lambda t, v, tb: shown.append(v) or "keep"
    )
    crash_dialog.handle_exception(*raised(KeyError("gift 42")))
    assert [type(e) for e in shown] == [KeyError]
    text = log_text(log_path)
    assert "CRITICAL" in text and "Traceback" in text and "KeyError: 'gift 42'" in text


def test_quit_ends_the_event_loop_with_an_error_status(
    qtbot,  # type: ignore[no-untyped-def]
    log_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    exits: list[int] = []
    monkeypatch.setattr(crash_dialog, "show_crash_dialog", lambda t, v, tb: "quit")
    monkeypatch.setattr(crash_dialog.QApplication, "exit", staticmethod(exits.append))
    crash_dialog.handle_exception(*raised(RuntimeError("boom")))
    assert exits == [crash_dialog.EXIT_CRASH]


def test_the_real_dialog_can_be_answered(qtbot, log_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    def press_quit() -> None:
        box = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "crashDialog")
        next(b for b in box.buttons() if b.text() == "Quit giftdesk").click()

    QTimer.singleShot(0, press_quit)
    assert crash_dialog.show_crash_dialog(*raised(OSError("disk gone"))) == "quit"


def test_a_second_error_while_the_dialog_is_up_goes_to_stderr(
    qtbot,  # type: ignore[no-untyped-def]
    log_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    inner: list[str] = []

    def show(t, v, tb):  # type: ignore[no-untyped-def]
        crash_dialog.handle_exception(*raised(ValueError("second")))
        inner.append("shown")
        return "keep"

    monkeypatch.setattr(crash_dialog, "show_crash_dialog", show)
    crash_dialog.handle_exception(*raised(ValueError("first")))
    assert inner == ["shown"]
    err = capsys.readouterr().err
    assert "ValueError: second" in err and str(log_path) in err
    assert log_text(log_path).count("Traceback") == 2


def test_install_leaves_a_foreign_hook_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    def foreign(*args):  # type: ignore[no-untyped-def]
        return None

    monkeypatch.setattr(sys, "excepthook", foreign)
    crash_dialog.install_excepthook()
    assert sys.excepthook is foreign

    monkeypatch.setattr(sys, "excepthook", sys.__excepthook__)
    crash_dialog.install_excepthook()
    assert sys.excepthook is crash_dialog.handle_exception


def test_a_closed_dialog_is_not_the_parent(qtbot, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    # A dialog closed with deleteLater can still be the active window; the
    # crash dialog must not become its child and vanish with it.
    from PySide6.QtWidgets import QWidget

    closed, shown = QWidget(), QWidget()
    qtbot.addWidget(closed)
    qtbot.addWidget(shown)
    shown.show()
    monkeypatch.setattr(crash_dialog.QApplication, "activeWindow", staticmethod(lambda: closed))
    assert crash_dialog._dialog_parent() is None
    monkeypatch.setattr(crash_dialog.QApplication, "activeWindow", staticmethod(lambda: shown))
    assert crash_dialog._dialog_parent() is shown
