"""The File menu's flows (giftdesk.ui.file_menu): Import backup… / Export
backup… (the JSON backup from the window) and Load example family.

All or nothing with the record and field named, one undoable step whose undo
removes exactly the imported rows, a cancellable progress dialog for big
files where Cancel changes nothing; the example family only into an empty
file. (New, Open and Open recent: test_main_window.py.)
"""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QProgressDialog, QPushButton
from sqlalchemy import func, select

from giftdesk.data import backup
from giftdesk.data.demo import demo_backup
from giftdesk.data.models import gift_people, gifts, occasions, person_occasions, persons
from giftdesk.ui import backup_transfer
from giftdesk.ui.main_window import MainWindow


def counts(db) -> tuple[int, ...]:  # type: ignore[no-untyped-def]
    with db.reading() as s:
        return tuple(
            s.scalar(select(func.count()).select_from(t))
            for t in (persons, occasions, gifts, gift_people, person_occasions)
        )


def ids(db, table) -> set[int]:  # type: ignore[no-untyped-def]
    with db.reading() as s:
        return set(s.scalars(select(table.c.id)))


def make_window(qtbot, db, tmp_path):  # type: ignore[no-untyped-def]
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(db, settings)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def window(qtbot, demo_db, tmp_path):  # type: ignore[no-untyped-def]
    return make_window(qtbot, demo_db, tmp_path)


@pytest.fixture
def refusals(monkeypatch):  # type: ignore[no-untyped-def]
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda parent, title, text, *a, **k: shown.append(text)
    )
    return shown


def choose_file(monkeypatch, path: Path) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))


def test_file_menu_has_import_and_export_backup(window):
    names = [a.objectName() for a in window.file_menu.actions()]
    assert "actionImportBackup" in names and "actionExportBackup" in names


def test_import_from_the_file_menu_is_one_undoable_step(window, demo_db, tmp_path, monkeypatch):
    path = tmp_path / "family.json"
    path.write_text(json.dumps(demo_backup()), encoding="utf-8")
    before = counts(demo_db)
    people_before = ids(demo_db, persons)
    gifts_before = ids(demo_db, gifts)
    rows_before = window.gift_model.rowCount()
    choose_file(monkeypatch, path)
    window.action_import_backup.trigger()
    after = counts(demo_db)
    assert after[2] == 2 * before[2]
    assert window.gift_model.rowCount() == 2 * rows_before
    assert window.statusBar().currentMessage().startswith("Imported ")
    assert window.undo_stack.count() == 1
    window.gift_view.setFocus()
    window.activateWindow()
    QTest.qWaitForWindowActive(window)
    QTest.keyClick(window.gift_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert counts(demo_db) == before
    assert ids(demo_db, persons) == people_before
    assert ids(demo_db, gifts) == gifts_before
    assert window.gift_model.rowCount() == rows_before
    window.undo_stack.redo()
    assert counts(demo_db) == after


def test_undo_removes_the_imported_rows_by_their_ids_not_a_range(window, demo_db, tmp_path):
    """A row added after the import (with a higher id) survives the import's undo."""
    path = tmp_path / "family.json"
    path.write_text(json.dumps(demo_backup()), encoding="utf-8")
    assert window.file_menu_parts.import_backup(path)
    from giftdesk.data import people as people_data
    from giftdesk.data.records import PersonRecord

    with demo_db.transaction() as s:
        later = people_data.create_person(s, PersonRecord(id=None, name="Added later"))
    window.undo_stack.undo()
    assert later in ids(demo_db, persons)


def test_a_bad_record_is_named_and_nothing_is_imported(window, demo_db, tmp_path, refusals):
    data = demo_backup()
    data["gifts"][3]["price"] = "-4.00"
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    before = counts(demo_db)
    assert not window.file_menu_parts.import_backup(path)
    assert counts(demo_db) == before
    assert window.undo_stack.count() == 0
    assert len(refusals) == 1
    assert refusals[0] == "Gift 4 (“Cordless drill”): Price cannot be negative."


def test_a_file_that_is_not_json_gets_a_sentence(window, demo_db, tmp_path, refusals):
    path = tmp_path / "notes.json"
    path.write_text("hello", encoding="utf-8")
    assert not window.file_menu_parts.import_backup(path)
    assert refusals == ["notes.json is not valid JSON (line 1, column 1)."]


def big_backup(tmp_path: Path) -> Path:
    data = demo_backup()
    base = list(data["gifts"])
    for copy_number in range(1, 40):
        for gift in base:
            data["gifts"].append({**gift, "id": f"{gift['id']}-{copy_number}"})
    path = tmp_path / "big.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_a_big_file_shows_progress_and_imports(window, demo_db, tmp_path, monkeypatch):
    path = big_backup(tmp_path)
    monkeypatch.setattr(backup_transfer, "BIG_BACKUP_BYTES", 1)
    seen: list[str] = []

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QProgressDialog):
            seen.append(dialog.objectName())
        else:
            QTimer.singleShot(5, look)

    QTimer.singleShot(0, look)
    before = counts(demo_db)
    assert window.file_menu_parts.import_backup(path)
    assert seen == ["importProgress"]
    assert counts(demo_db)[2] == before[2] + 40 * len(demo_backup()["gifts"])
    window.undo_stack.undo()
    assert counts(demo_db) == before


def test_cancel_during_a_big_import_changes_nothing(window, demo_db, tmp_path, monkeypatch):
    path = big_backup(tmp_path)
    monkeypatch.setattr(backup_transfer, "BIG_BACKUP_BYTES", 1)
    real_import = backup.import_backup
    written = threading.Event()

    def import_then_wait(session, data, on_step=None):  # type: ignore[no-untyped-def]
        def step(what: str) -> None:
            if what == "gifts":  # people and occasions are written by now
                written.set()
                # Hold on until the person has clicked Cancel.
                window.findChild(backup_transfer.ImportWorker).cancelled.wait(5)
            on_step(what)

        return real_import(session, data, step)

    monkeypatch.setattr(backup, "import_backup", import_then_wait)

    def click_cancel() -> None:
        dialog = window.findChild(QProgressDialog)
        if dialog is None or not written.is_set():
            QTimer.singleShot(5, click_cancel)
            return
        button = dialog.findChild(QPushButton)
        QTest.mouseClick(button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, click_cancel)
    before = counts(demo_db)
    refusals: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda p, t, text, *a, **k: refusals.append(text))
    assert not window.file_menu_parts.import_backup(path)
    assert counts(demo_db) == before
    assert window.undo_stack.count() == 0
    assert refusals == ["The import was cancelled; nothing was added."]


def test_export_backup_writes_a_file_that_imports_again(window, demo_db, tmp_path, monkeypatch):
    path = tmp_path / "saved"
    choose_file(monkeypatch, path)
    window.action_export_backup.trigger()
    written = path.with_suffix(".json")
    data = backup.read_backup_file(written)
    assert len(data["gifts"]) == counts(demo_db)[2]
    assert window.statusBar().currentMessage().startswith("Saved ")


def test_export_into_a_missing_folder_is_refused_with_a_sentence(window, tmp_path, refusals):
    assert not window.file_menu_parts.export_backup(tmp_path / "nowhere" / "backup.json")
    assert len(refusals) == 1 and "does not exist" in refusals[0]


# -- the example family ----------------------------------------------------------------


def test_load_example_family_from_the_welcome_page_and_undo_it(qtbot, db, tmp_path):  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QDockWidget

    window = make_window(qtbot, db, tmp_path)
    docks = window.findChildren(QDockWidget)
    assert all(dock.isHidden() for dock in docks)  # the welcome page stands alone
    window.empty_state.load_example_button.click()
    assert window.pages.currentWidget() is window.tabs
    assert all(not dock.isHidden() for dock in docks)
    assert window.person_model.rowCount() == 12
    assert window.occasion_filter.count() == 3 + 2
    window.action_undo.trigger()
    assert window.pages.currentWidget() is window.empty_state
    assert window.gift_model.rowCount() == 0


def test_the_example_family_is_refused_in_a_file_that_holds_data(window, demo_db, refusals):  # type: ignore[no-untyped-def]
    before = counts(demo_db)
    window.file_menu_parts.load_example_family()
    assert refusals == [
        "The example family can only be loaded into an empty file; use File → New database… first."
    ]
    assert counts(demo_db) == before
    assert window.undo_stack.count() == 0
