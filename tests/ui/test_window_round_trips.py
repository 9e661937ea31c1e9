"""Round trips of a window opening a shared family (statements + commits/rollbacks).

What ``run_app`` does once the family is open: the "Opening…" window gets the
database, builds its tables and parts, and every part reads what it shows.
Across a network each round trip costs the delay, so the count is pinned: it
may only go down (tests/data/test_round_trips.py pins the data layer's).
"""

from __future__ import annotations

import time
from functools import partial
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from sqlalchemy import event

from giftdesk.data.database import Database, open_database
from giftdesk.data.operations import gifts as gift_ops
from giftdesk.ui.main_window import MainWindow

pytestmark = pytest.mark.parametrize("engine", ["postgresql"], indirect=True)

# The tables, the budget panel (and its read in the background), "Coming up",
# who is looking and whether they organise, each once. Was 32 when first measured,
# 15 before "Coming up" read in one statement and who is looking stopped asking
# again whether the members table exists after the organiser check, 12 before the
# open's schema check answered whether this login organises.
WINDOW_OPENS = 10
# A cell edit (3) and the window's reads after it: the row, the budget panel,
# "Coming up". (The organiser check no longer runs after every change.)
CELL_EDIT_IN_THE_WINDOW = 11


def _until_quiet(count: list[int]) -> int:
    """Let every part read (the budget panel also in a thread of its own); the count then."""
    quiet_since, last = time.monotonic(), count[0]
    while time.monotonic() - quiet_since < 1.0:
        QApplication.processEvents()
        time.sleep(0.02)
        if count[0] != last:
            quiet_since, last = time.monotonic(), count[0]
    return count[0]


def test_a_window_opening_a_shared_family_then_a_cell_edit(
    qtbot, demo_db: Database, tmp_path: Path
):  # type: ignore[no-untyped-def]
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
        assert _until_quiet(count) <= WINDOW_OPENS
        assert window.tables.gifts.model.rowCount() > 0
        row = window.tables.gifts.model.rows()[0]
        count[0] = 0
        edit = partial(
            gift_ops.set_gift_fields,
            gift_id=row.id,
            changes={"quantity": row.quantity + 1},
            version=row.version,
        )
        window.runner.run("Quantity", edit)
        # The edit itself (3), then what the window reads to show it.
        assert _until_quiet(count) <= CELL_EDIT_IN_THE_WINDOW
    finally:
        for name in names:
            event.remove(db.engine, name, one)
        window.close()
