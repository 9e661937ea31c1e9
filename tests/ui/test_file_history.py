"""The window's part of "nothing is lost": daily backups, restore, synced folders."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QLabel

from giftdesk.data import auto_backup
from giftdesk.data.database import open_database
from giftdesk.data.models import persons
from giftdesk.data.synced_folders import synced_service
from giftdesk.ui import file_history
from giftdesk.ui.dialogs.restore_backup import RestoreBackupDialog
from giftdesk.ui.main_window import MainWindow


def _people(path: Path) -> int:
    connection = sqlite3.connect(path)
    try:
        return connection.execute("SELECT count(*) FROM persons").fetchone()[0]
    finally:
        connection.close()


@pytest.fixture
def folder(monkeypatch, tmp_path) -> Path:  # type: ignore[no-untyped-def]
    folder = tmp_path / "backups"
    monkeypatch.setenv(auto_backup.BACKUP_DIR_ENV, str(folder))
    return folder


@pytest.fixture
def notices(monkeypatch) -> list[str]:  # type: ignore[no-untyped-def]
    shown: list[str] = []
    monkeypatch.setattr(file_history, "show_notice", lambda parent, title, text: shown.append(text))
    return shown


@pytest.fixture
def make_window(qtbot, tmp_path, notices):  # type: ignore[no-untyped-def]
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)

    def make(db):  # type: ignore[no-untyped-def]
        window = MainWindow(db, settings)
        qtbot.addWidget(window)
        window.resize(1100, 700)
        return window

    return make


def _delete_everyone(window) -> None:  # type: ignore[no-untyped-def]
    """A bad change, written as the window writes: through its file's units of work."""
    with window.db.transaction() as session:
        session.execute(persons.delete())


def test_the_first_edit_of_the_day_is_backed_up_without_holding_up_the_window(
    qtbot, make_window, demo_db, folder
):
    window = make_window(demo_db)
    _delete_everyone(window)
    assert _people(demo_db.path) == 0  # the edit is there at once
    backup = folder / f"giftdesk-{dt.date.today()}.sqlite3"
    qtbot.waitUntil(backup.exists, timeout=20_000)
    assert _people(backup) == 12  # and the copy is of the file before it


def test_a_backup_folder_that_cannot_be_written_is_said_in_the_status_bar(
    qtbot, make_window, demo_db, monkeypatch, tmp_path
):
    (tmp_path / "blocked").write_text("a file where a folder should be")
    monkeypatch.setenv(auto_backup.BACKUP_DIR_ENV, str(tmp_path / "blocked" / "backups"))
    window = make_window(demo_db)
    _delete_everyone(window)
    assert _people(demo_db.path) == 0  # the edit succeeded
    qtbot.waitUntil(
        lambda: "No daily backup" in window.statusBar().currentMessage(), timeout=20_000
    )
    assert "your change was saved as usual" in window.statusBar().currentMessage()


def _copy(source: Path, target: Path, *, recorded: bool = True) -> None:
    """A backup as giftdesk makes them: SQLite's backup API, one plain file, and
    beside it the record of the file it copies (``recorded=False``: as before records)."""
    target.parent.mkdir(exist_ok=True)
    src, dst = sqlite3.connect(source), sqlite3.connect(target)
    src.backup(dst)
    dst.execute("PRAGMA journal_mode=DELETE")
    src.close()
    dst.close()
    if recorded:
        auto_backup.record_path(target).write_text(
            json.dumps({"copy_of": str(source.resolve())}), encoding="utf-8"
        )


def _backups_for(demo_db, folder: Path) -> None:  # type: ignore[no-untyped-def]
    _copy(demo_db.path, folder / "giftdesk-2026-11-28.sqlite3")


def test_restore_from_the_file_menu_brings_the_family_back(
    qtbot, make_window, demo_db, folder, monkeypatch
):
    _backups_for(demo_db, folder)
    demo_db.close()
    db = open_database(demo_db.path)
    window = make_window(db)
    _delete_everyone(window)
    window.hub.notify(file_history.EVERYTHING)
    assert window.person_model.rowCount() == 0
    qtbot.waitUntil((folder / f"giftdesk-{dt.date.today()}.sqlite3").exists, timeout=20_000)

    seen: dict[str, object] = {}

    def drive(dialog) -> int:  # type: ignore[no-untyped-def]
        if isinstance(dialog, RestoreBackupDialog):
            seen["labels"] = [
                dialog.backup_list.item(i).text() for i in range(dialog.backup_list.count())
            ]
            dialog.backup_list.setCurrentRow(1)  # the older one: 28 November
            seen["dialog"] = dialog
            return RestoreBackupDialog.DialogCode.Accepted
        raise AssertionError(dialog)

    monkeypatch.setattr(file_history, "run_dialog", drive)
    monkeypatch.setattr(
        file_history,
        "ask_confirmation",
        lambda parent, text: seen.setdefault("question", text) and True,
    )
    assert window.file_history.action_restore_backup in window.file_menu.actions()
    assert window.file_history.action_restore_backup.objectName() == "actionRestoreBackup"
    window.file_history.action_restore_backup.trigger()
    labels = seen["labels"]
    assert len(labels) == 2 and "12 people, 60 gifts" in labels[1] and "2026" in labels[1]
    question = str(seen["question"])
    assert "Replace everything now in giftdesk.sqlite3 (0 people, 60 gifts)" in question
    assert "12 people, 60 gifts" in question and "kept among the backups" in question
    assert _people(db.path) == 12
    assert window.person_model.rowCount() == 12
    assert not window.undo_stack.canUndo()
    assert "Restored the backup of 2026-11-28" in window.statusBar().currentMessage()
    aside = [p for p in folder.iterdir() if p.name.endswith("before-restore.sqlite3")]
    assert len(aside) == 1 and _people(aside[0]) == 0
    db.close()


def test_cancelling_the_confirmation_changes_nothing(
    qtbot, make_window, demo_db, folder, monkeypatch
):
    _backups_for(demo_db, folder)
    window = make_window(demo_db)
    before = _people(demo_db.path)
    monkeypatch.setattr(
        file_history, "run_dialog", lambda dialog: RestoreBackupDialog.DialogCode.Accepted
    )
    monkeypatch.setattr(file_history, "ask_confirmation", lambda parent, text: False)
    assert not window.file_history.restore_from_backup()
    assert _people(demo_db.path) == before
    assert sorted(p.name for p in folder.iterdir()) == [
        "giftdesk-2026-11-28.sqlite3",
        "giftdesk-2026-11-28.sqlite3.json",
    ]


def test_the_restore_dialog_looks_right(qtbot, demo_db, folder, tmp_path):
    _backups_for(demo_db, folder)
    _copy(demo_db.path, folder / "giftdesk-2026-12-01-093015-before-restore.sqlite3")
    backups = auto_backup.list_backups(demo_db.path, folder)
    dialog = RestoreBackupDialog(demo_db.path, backups, folder)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.chosen() == backups[0]
    assert "before a restore" in dialog.backup_list.item(0).text()
    dialog.grab().save(str(Path("/tmp") / "giftdesk-restore-dialog.png"))
    empty = RestoreBackupDialog(tmp_path / "new.sqlite3", [], folder)
    qtbot.addWidget(empty)
    assert empty.chosen() is None and not empty.restore_button.isEnabled()
    intro = empty.findChild(QLabel, "restoreBackupIntro")
    assert "no backups of new.sqlite3 yet" in intro.text()


def test_the_window_lists_only_its_files_backups_and_marks_those_made_before_records(
    qtbot, make_window, demo_db, folder, monkeypatch, tmp_path
):
    """Another ``giftdesk.sqlite3`` elsewhere: its backup is not offered; one made
    before records is offered, marked, and the question says whose it may be."""
    (tmp_path / "elsewhere").mkdir()
    other = tmp_path / "elsewhere" / "giftdesk.sqlite3"
    open_database(other).close()
    _copy(other, folder / "giftdesk-2026-11-29.sqlite3")
    _copy(demo_db.path, folder / "giftdesk-2026-11-28.sqlite3", recorded=False)
    window = make_window(demo_db)
    seen: dict[str, object] = {}

    def drive(dialog) -> int:  # type: ignore[no-untyped-def]
        seen["labels"] = [
            dialog.backup_list.item(i).text() for i in range(dialog.backup_list.count())
        ]
        dialog.grab().save("/tmp/giftdesk-restore-dialog-unrecorded.png")
        return RestoreBackupDialog.DialogCode.Accepted

    monkeypatch.setattr(file_history, "run_dialog", drive)
    monkeypatch.setattr(
        file_history, "ask_confirmation", lambda parent, text: bool(seen.update(question=text))
    )
    before = _people(demo_db.path)
    assert not window.file_history.restore_from_backup()  # the question was answered No
    [label] = seen["labels"]  # type: ignore[misc]
    assert "28 November 2026" in label
    assert "(older backup; may be another file’s)" in label
    assert "may be a copy of another file named giftdesk.sqlite3" in str(seen["question"])
    assert _people(demo_db.path) == before


# -- synced folders ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("relative", "marker", "service"),
    [
        ("Dropbox/family/gifts.sqlite3", None, "Dropbox"),
        ("Dropbox (Family)/gifts.sqlite3", None, "Dropbox"),
        ("OneDrive - Contoso/gifts.sqlite3", None, "OneDrive"),
        ("Google Drive/gifts.sqlite3", None, "Google Drive"),
        ("Library/Mobile Documents/com~apple~CloudDocs/gifts.sqlite3", None, "iCloud Drive"),
        ("Nextcloud/gifts.sqlite3", None, "Nextcloud"),
        ("shared/gifts.sqlite3", ".stfolder", "Syncthing"),
        ("box/gifts.sqlite3", ".dropbox", "Dropbox"),
        ("cloud/gifts.sqlite3", ".nextcloudsync.log", "Nextcloud"),
        ("Documents/gifts.sqlite3", None, None),
    ],
)
def test_synced_folders_are_recognised(tmp_path, monkeypatch, relative, marker, service):
    monkeypatch.setenv("HOME", str(tmp_path))
    path = tmp_path / relative
    path.parent.mkdir(parents=True)
    if marker:
        (path.parent / marker).write_text("")
    assert synced_service(path) == service


def test_a_file_in_a_dropbox_folder_gets_the_notice_once(
    qtbot, make_window, demo_db, tmp_path, notices
):
    dropbox = tmp_path / "Dropbox"
    dropbox.mkdir()
    demo_db.close()
    path = dropbox / "gifts.sqlite3"
    shutil.copyfile(demo_db.path, path)
    db = open_database(path)
    window = make_window(db)
    qtbot.waitUntil(lambda: len(notices) == 1)
    assert "Dropbox" in notices[0] and "on two computers" in notices[0]
    assert "Connect to a shared database" in notices[0]
    db.close()
    db = open_database(path)
    second = make_window(db)
    QApplication.processEvents()
    assert len(notices) == 1  # said once per file
    del second, window
    db.close()


def test_a_file_elsewhere_gets_no_notice(qtbot, make_window, demo_db, notices):
    make_window(demo_db)
    QApplication.processEvents()
    assert notices == []


def test_restore_by_keyboard_through_the_real_dialogs(qtbot, make_window, demo_db, folder):
    """Down picks the older backup, Return asks; the question defaults to Cancel,
    so the person clicks Restore to go ahead."""
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QMessageBox

    _backups_for(demo_db, folder)
    window = make_window(demo_db)
    _delete_everyone(window)
    qtbot.waitUntil((folder / f"giftdesk-{dt.date.today()}.sqlite3").exists, timeout=20_000)
    steps: list[str] = []

    def when_shown(kind: type, step) -> None:  # type: ignore[no-untyped-def]
        """Run ``step`` once a modal ``kind`` is on screen (a slow machine may lag)."""
        if isinstance(QApplication.activeModalWidget(), kind):
            step()
        else:
            QTimer.singleShot(20, lambda: when_shown(kind, step))

    def in_the_list() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, RestoreBackupDialog)
        steps.append("list")
        QTest.keyClick(dialog.backup_list, Qt.Key.Key_Down)
        QTimer.singleShot(0, lambda: when_shown(QMessageBox, in_the_question))
        QTest.keyClick(dialog.backup_list, Qt.Key.Key_Return)

    def in_the_question() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox) and box.objectName() == "restoreConfirmation"
        steps.append(box.text())
        restore = next(b for b in box.buttons() if b.text() == "Restore")
        QTest.mouseClick(restore, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, lambda: when_shown(RestoreBackupDialog, in_the_list))
    window.file_history.action_restore_backup.trigger()
    assert steps[0] == "list" and "Saturday, 28 November 2026" in steps[1]
    assert _people(demo_db.path) == 12
    assert window.person_model.rowCount() == 12
