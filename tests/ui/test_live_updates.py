"""Two giftdesk windows on one shared database: each sees the other's changes.

Real PostgreSQL, real windows: a change committed in one window reaches the
other through LISTEN/NOTIFY within two seconds, without a click; a dropped
listening connection is shown and comes back by itself.
"""

from __future__ import annotations

import dataclasses
from functools import partial
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from sqlalchemy import text

from giftdesk.data import gifts as repo
from giftdesk.data.database import Database, open_database
from giftdesk.data.operations import gifts as gift_ops
from giftdesk.data.operations import people as people_ops
from giftdesk.ui.main_window import MainWindow

pytestmark = pytest.mark.parametrize("engine", ["postgresql"], indirect=True)

ARRIVAL_MS = 2000  # the promise: another computer's change shows within 2 s


def _window(qtbot, db: Database, settings_path: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(db, QSettings(str(settings_path), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def two_windows(qtbot, demo_db: Database, tmp_path: Path):  # type: ignore[no-untyped-def]
    """Anna's window and Sam's, on two connections to the same family."""
    other = open_database(demo_db.address)
    annas = _window(qtbot, demo_db, tmp_path / "anna.ini")
    sams = _window(qtbot, other, tmp_path / "sam.ini")
    yield annas, sams
    for window in (annas, sams):
        window.close()
    other.close()


def _name_in(window: MainWindow, gift_id: int) -> str | None:
    item = window.gift_model.item_for_id(gift_id)
    return item.name if item is not None else None


def test_the_title_says_where_the_family_lives(two_windows):
    annas, _sams = two_windows
    assert annas.windowTitle().startswith(f"{annas.db.url.database} @ 127.0.0.1")


def test_an_edit_in_one_window_appears_in_the_other(qtbot, two_windows, tmp_path: Path):
    annas, sams = two_windows
    gift_id = annas.gift_model.rows()[0].id
    with annas.db.reading() as session:
        record = repo.get_gift(session, gift_id)
    assert _name_in(sams, gift_id) == record.name
    renamed = dataclasses.replace(record, name="Garden kneeler")
    assert annas.runner.run("Rename", partial(gift_ops.edit_gift, record=renamed))
    qtbot.waitUntil(lambda: _name_in(sams, gift_id) == "Garden kneeler", timeout=ARRIVAL_MS)
    sams.grab().save(str(tmp_path / "after.png"))


def test_an_undo_and_a_new_person_arrive_too(qtbot, two_windows):
    annas, sams = two_windows
    people_before = sams.person_model.rowCount()
    from giftdesk.data.records import PersonRecord

    assert annas.runner.run(
        "Add Oma", partial(people_ops.create_person, record=PersonRecord(None, "Oma"))
    )
    qtbot.waitUntil(lambda: sams.person_model.rowCount() == people_before + 1, timeout=ARRIVAL_MS)
    annas.undo_stack.undo()
    qtbot.waitUntil(lambda: sams.person_model.rowCount() == people_before, timeout=ARRIVAL_MS)


def test_a_lost_connection_is_shown_and_comes_back_by_itself(qtbot, two_windows):
    annas, sams = two_windows
    pid = sams.live_updates.backend_pid()
    with annas.db.transaction() as session:
        session.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
    from PySide6.QtWidgets import QLabel

    label = sams.findChild(QLabel, "connectionState")
    qtbot.waitUntil(lambda: label.isVisible(), timeout=ARRIVAL_MS)
    assert label.text() == "Reconnecting to 127.0.0.1…"
    qtbot.waitUntil(lambda: not label.isVisible(), timeout=3 * ARRIVAL_MS)
    assert sams.live_updates.backend_pid() not in (None, pid)
    # Listening again: the next change arrives as before.
    gift_id = annas.gift_model.rows()[0].id
    with annas.db.reading() as session:
        record = repo.get_gift(session, gift_id)
    renamed = dataclasses.replace(record, name="After the reconnect")
    assert annas.runner.run("Rename", partial(gift_ops.edit_gift, record=renamed))
    qtbot.waitUntil(lambda: _name_in(sams, gift_id) == "After the reconnect", timeout=ARRIVAL_MS)


def test_a_conflicting_dialog_edit_is_refused_and_the_dialog_keeps_what_was_typed(
    qtbot, two_windows, tmp_path: Path
):
    from PySide6.QtCore import Qt, QTimer

    annas, sams = two_windows
    gift_id = annas.gift_model.rows()[0].id
    seen: dict[str, object] = {}

    def type_then_save() -> None:
        dialog = annas._dialog
        dialog.name_edit.setFocus()
        dialog.name_edit.selectAll()
        qtbot.keyClicks(dialog.name_edit, "Anna's new name")
        # Meanwhile Sam changes the same gift on his computer.
        with sams.db.reading() as session:
            theirs = repo.get_gift(session, gift_id)
        sams.runner.run(
            "Rename",
            partial(gift_ops.edit_gift, record=dataclasses.replace(theirs, name="Garden kneeler")),
        )
        qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)
        seen["open"] = dialog.isVisible()
        seen["typed"] = dialog.name_edit.text()
        seen["said"] = dialog.general_error.text()
        dialog.grab().save(str(tmp_path / "conflict.png"))
        dialog.reject()

    QTimer.singleShot(0, type_then_save)
    annas.edit_gift(gift_id)
    assert seen["open"] is True
    assert seen["typed"] == "Anna's new name"
    assert seen["said"].startswith(
        "“Garden kneeler” was changed on another computer a moment ago; your change was not saved."
    )
    qtbot.waitUntil(lambda: _name_in(annas, gift_id) == "Garden kneeler", timeout=ARRIVAL_MS)
    with annas.db.reading() as session:
        assert repo.get_gift(session, gift_id).name == "Garden kneeler"
