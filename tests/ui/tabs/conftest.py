"""The tabs built on their own, with what they need passed in (no window)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QComboBox, QTabWidget

from giftdesk.data.database import Database
from giftdesk.ui.changes import ChangeHub
from giftdesk.ui.tabs.tables import Tables
from giftdesk.ui.undo import UndoRunner


class Parts:
    """What a window hands the tabs, kept where a test can look at it."""

    def __init__(self, db: Database, tmp_path: Path) -> None:
        self.db = db
        self.hub = ChangeHub()
        self.stack = QUndoStack()
        self.refusals: list[str] = []
        self.runner = UndoRunner(lambda: db, self.hub, self.stack, self.refusals.append)
        self.settings = QSettings(str(tmp_path / "tabs.ini"), QSettings.Format.IniFormat)
        self.widget = QTabWidget()
        self.occasion_filter = QComboBox()


@pytest.fixture
def parts(qtbot, demo_db: Database, tmp_path: Path) -> Parts:  # type: ignore[no-untyped-def]
    made = Parts(demo_db, tmp_path)
    qtbot.addWidget(made.widget)
    qtbot.addWidget(made.occasion_filter)
    return made


@pytest.fixture
def tables(parts: Parts) -> Tables:
    made = Tables(
        tabs=parts.widget,
        db=lambda: parts.db,
        has_file=lambda: True,
        runner=parts.runner,
        hub=parts.hub,
        settings=parts.settings,
        refuse=parts.refusals.append,
        occasion_filter=parts.occasion_filter,
        picker=lambda: None,
    )
    made.load()
    parts.widget.resize(1000, 600)
    parts.widget.show()
    return made
