"""File → Import backup… / Export backup…: the JSON backup of SPEC §3 from the window.

The import is the command line's: all or nothing, and a bad record is named
with its field in one sentence. In the window it is one undoable step whose
undo removes exactly the rows it added (by the ids it recorded). A big file
is read, checked and written in a worker thread, on its own connection,
behind a progress dialog; Cancel stops it, and the transaction then writes
nothing.
"""

from __future__ import annotations

import threading
from functools import partial
from pathlib import Path

from PySide6.QtCore import QEventLoop, QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QFileDialog, QProgressDialog, QWidget

from giftdesk.data import backup
from giftdesk.data.change_feed import publish
from giftdesk.data.database import Database
from giftdesk.data.errors import GiftdeskError
from giftdesk.data.messages import translatable
from giftdesk.data.operations import OpResult
from giftdesk.data.operations.backup import import_backup
from giftdesk.i18n import translate
from giftdesk.ui.undo import UndoRunner

BIG_BACKUP_BYTES = 1_000_000
"""Files from this size on are imported behind a progress dialog."""

STEPS = ("reading", "checking", "people", "occasions", "gifts", "budgets")
STEP_TEXT = {
    "reading": translate("BackupTransfer", "Reading {name}…"),
    "checking": translate("BackupTransfer", "Checking every record…"),
    "people": translate("BackupTransfer", "Adding the people…"),
    "occasions": translate("BackupTransfer", "Adding the occasions…"),
    "gifts": translate("BackupTransfer", "Adding the gifts…"),
    "budgets": translate("BackupTransfer", "Adding the budgets…"),
}
FILE_FILTER = translate("BackupTransfer", "giftdesk backups (*.json);;All files (*)")


class ImportCancelled(GiftdeskError):
    def __init__(self) -> None:
        super().__init__(
            translate("ImportCancelled", "The import was cancelled; nothing was added.")
        )


class ImportWorker(QThread):
    """Reads, checks and writes a backup off the window's thread (own connection)."""

    stepped = Signal(int)  # number of the step in STEPS
    said = Signal(str)  # what it does now

    def __init__(self, db: Database, path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.path = path
        self.cancelled = threading.Event()
        self.result: OpResult | None = None
        self.error: GiftdeskError | None = None

    def cancel(self) -> None:
        self.cancelled.set()

    def _at(self, what: str) -> None:
        if self.cancelled.is_set():
            raise ImportCancelled
        self.stepped.emit(STEPS.index(what))
        self.said.emit(STEP_TEXT[what].format(name=self.path.name))

    def run(self) -> None:
        try:
            self._at("reading")
            data = backup.read_backup_file(self.path)
            self._at("checking")
            parsed = backup.parse_backup(data)
            with self.db.transaction() as session:
                result = import_backup(session, parsed, self._at)
                if self.cancelled.is_set():  # the last chance before the commit
                    raise ImportCancelled
                publish(session, result.change, self.db.origin)
            self.result = result
        except GiftdeskError as error:
            self.error = error
        except Exception as error:  # noqa: BLE001 - shown as a sentence, logged by the caller
            self.error = GiftdeskError(
                translatable("BackupTransfer", "The backup could not be imported: {error}").format(
                    error=error
                )
            )


def import_backup_file(
    parent: QWidget, db: Database, runner: UndoRunner, path: Path
) -> OpResult | None:
    """Import ``path`` into ``db`` as one undo step; None (the refusal shown) if refused.

    The result's ``message`` says how much was imported.
    """
    text = translate("BackupTransfer", "Import {name}").format(name=path.name)
    if not (path.is_file() and path.stat().st_size >= BIG_BACKUP_BYTES):
        try:
            data = backup.read_backup_file(path)
        except GiftdeskError as unreadable:
            runner.refused(str(unreadable))
            return None
        return runner.run(text, partial(import_backup, data=data))
    result, error = _import_with_progress(parent, db, path)
    if result is None:
        assert error is not None
        runner.refused(str(error))
        return None
    runner.push_done(text, result)
    return result


def _import_with_progress(
    parent: QWidget, db: Database, path: Path
) -> tuple[OpResult | None, GiftdeskError | None]:
    worker = ImportWorker(db, path, parent)
    dialog = QProgressDialog(
        translate("BackupTransfer", "Importing {name}…").format(name=path.name),
        translate("BackupTransfer", "Cancel"),
        0,
        len(STEPS),
        parent,
    )
    dialog.setObjectName("importProgress")
    dialog.setWindowTitle(translate("BackupTransfer", "Import backup"))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(0)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.canceled.connect(worker.cancel)
    worker.stepped.connect(dialog.setValue)
    worker.said.connect(dialog.setLabelText)
    loop = QEventLoop()
    worker.finished.connect(loop.quit)
    dialog.show()
    worker.start()
    loop.exec()
    worker.wait()
    dialog.close()
    dialog.deleteLater()
    return worker.result, worker.error


def ask_import_path(parent: QWidget, start: Path) -> Path | None:
    chosen, _ = QFileDialog.getOpenFileName(
        parent, translate("BackupTransfer", "Import backup"), str(start), FILE_FILTER
    )
    return Path(chosen) if chosen else None


def ask_export_path(parent: QWidget, start: Path) -> Path | None:
    chosen, _ = QFileDialog.getSaveFileName(
        parent, translate("BackupTransfer", "Export backup"), str(start), FILE_FILTER
    )
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix else path.with_suffix(".json")


def export_backup_file(db: Database, path: Path) -> str:
    """Write the backup; the sentence for the status bar. Raises GiftdeskError."""
    with db.reading() as session:
        data = backup.write_backup(session, path)
    people, occasions, gifts = len(data["persons"]), len(data["occasions"]), len(data["gifts"])
    return translate("BackupTransfer", "Saved {people}, {occasions} and {gifts} to {name}.").format(
        people=translate("BackupTransfer", "%Ln person(s)", None, people),
        occasions=translate("BackupTransfer", "%Ln occasion(s)", None, occasions),
        gifts=translate("BackupTransfer", "%Ln gift(s)", None, gifts),
        name=path.name,
    )
