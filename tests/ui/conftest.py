"""Window-level fixtures: the demo family's main window on screen, a default locale."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings, QTimer
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from giftdesk.data.database import Database
from giftdesk.ui import app as app_module
from giftdesk.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, demo_db: Database) -> MainWindow:
    """The main window on the demo family, 1280×800, shown and active (own settings).

    A test module that needs its window set up otherwise defines its own ``window``.
    """
    win = MainWindow(demo_db, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    return win


@pytest.fixture
def in_locale() -> Iterator[Callable[[str], None]]:
    """``in_locale("de_DE")`` makes that the default locale until the test ends."""
    previous = QLocale()

    def use(name: str) -> None:
        QLocale.setDefault(QLocale(name))

    yield use
    QLocale.setDefault(previous)


RunApp = Callable[[QSettings, Path, Callable[[MainWindow], None]], None]


@pytest.fixture
def run_app_with(monkeypatch: pytest.MonkeyPatch) -> RunApp:
    """``run_app_with(settings, path, check)`` starts the real program on ``path`` with
    ``settings`` and runs ``check(window)`` once the window shows (and is active)."""

    def run(settings: QSettings, path: Path, check: Callable[[MainWindow], None]) -> None:
        failures: list[BaseException] = []

        def when_shown(window: MainWindow) -> None:
            def run_check() -> None:
                try:
                    window.activateWindow()  # keys go to the active window only
                    assert QTest.qWaitForWindowActive(window)
                    check(window)
                except BaseException as error:  # noqa: BLE001 - reported after the loop
                    failures.append(error)
                finally:
                    window.close()

            QTimer.singleShot(0, run_check)

        monkeypatch.setattr(app_module, "make_settings", lambda: settings)
        monkeypatch.setattr(app_module, "window_hooks", [when_shown])
        assert app_module.run_app(path) == 0
        if failures:
            raise failures[0]

    return run
