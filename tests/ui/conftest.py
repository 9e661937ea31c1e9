"""Window-level fixtures: the demo family's main window on screen, a default locale."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings
from pytestqt.qtbot import QtBot

from giftdesk.data.database import Database
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
