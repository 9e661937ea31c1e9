"""Round trips of a window opening a shared family (statements + commits/rollbacks).

What ``run_app`` does once the family is open: the "Opening…" window gets the
database, builds its tables and parts, and every part reads what it shows.
Across a network each round trip costs the delay, so the count is pinned: it
may only go down (tests/data/test_round_trips.py pins the data layer's).
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from sqlalchemy import event

from giftdesk.data.database import Database, open_database
from giftdesk.ui.main_window import MainWindow

pytestmark = pytest.mark.parametrize("engine", ["postgresql"], indirect=True)

# The tables, the budget panel (and its read in the background), "Coming up",
# who is looking and whether they organise. Was 32 when first measured.
WINDOW_OPENS = 24


def test_a_window_opening_a_shared_family(qtbot, demo_db: Database, tmp_path: Path):  # type: ignore[no-untyped-def]
    db = open_database(demo_db.address)
    count = [0]

    def one(*_args: object, **_kwargs: object) -> None:
        count[0] += 1

    names = ("before_cursor_execute", "commit", "rollback")
    for name in names:
        event.listen(db.engine, name, one)
    window = MainWindow(None, QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    try:
        window.show()
        window.set_database(db)
        # Until every part has read (the budget panel also in a thread of its own).
        quiet_since, last = time.monotonic(), count[0]
        while time.monotonic() - quiet_since < 1.0:
            QApplication.processEvents()
            time.sleep(0.02)
            if count[0] != last:
                quiet_since, last = time.monotonic(), count[0]
        assert window.tables.gifts.model.rowCount() > 0
        assert count[0] <= WINDOW_OPENS
    finally:
        for name in names:
            event.remove(db.engine, name, one)
        window.close()
