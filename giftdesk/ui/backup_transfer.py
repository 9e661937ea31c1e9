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
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEventLoop, QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QFileDialog, QProgressDialog, QWidget
from sqlalchemy import delete
from sqlalchemy.orm import Session

from giftdesk.data import backup
from giftdesk.data.database import Database
from giftdesk.data.errors import GiftdeskError
from giftdesk.data.id_sets import InIds
from giftdesk.data.models import gifts, occasions, persons
from giftdesk.ui.changes import EVERYTHING, Change, ChangeHub
from giftdesk.ui.commands import DbCommand

BIG_BACKUP_BYTES = 1_000_000
"""Files from this size on are imported behind a progress dialog."""

STEPS = ("reading", "checking", "people", "occasions", "gifts", "budgets")
STEP_TEXT = {
    "reading": "Reading {name}…",
    "checking": "Checking every record…",
    "people": "Adding the people…",
    "occasions": "Adding the occasions…",
    "gifts": "Adding the gifts…",
    "budgets": "Adding the budgets…",
}
FILE_FILTER = "giftdesk backups (*.json);;All files (*)"


class ImportCancelled(GiftdeskError):
    def __init__(self) -> None:
        super().__init__("The import was cancelled; nothing was added.")


class _ImportStep:
    """Import a checked backup; undo deletes exactly the rows the import added."""

    def __init__(self, parsed: backup.ParsedBackup) -> None:
        self.parsed = parsed
        self.summary: backup.ImportSummary | None = None

    def apply(self, session: Session, on_step: Any = None) -> Change:
        self.summary = backup.import_backup(session, self.parsed, on_step)
        return EVERYTHING

    def revert(self, session: Session) -> Change:
        assert self.summary is not None
        # Links and budgets of these rows go with them (ON DELETE CASCADE).
        for table, ids in (
            (gifts, self.summary.gift_ids),
            (occasions, self.summary.occasion_ids),
            (persons, self.summary.person_ids),
        ):
            if ids:
                session.execute(delete(table).where(InIds(table.c.id, list(ids))))
        return EVERYTHING


class ImportWorker(QThread):
    """Reads, checks and writes a backup off the window's thread (own connection)."""

    stepped = Signal(int)  # number of the step in STEPS
    said = Signal(str)  # what it does now

    def __init__(self, db: Database, path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.path = path
        self.cancelled = threading.Event()
        self.step: _ImportStep | None = None
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
            step = _ImportStep(backup.parse_backup(data))
            with self.db.transaction() as session:
                step.apply(session, self._at)
                if self.cancelled.is_set():  # the last chance before the commit
                    raise ImportCancelled
            self.step = step
        except GiftdeskError as error:
            self.error = error
        except Exception as error:  # noqa: BLE001 - shown as a sentence, logged by the caller
            self.error = GiftdeskError(f"The backup could not be imported: {error}")


def import_backup_file(
    parent: QWidget, db: Database, hub: ChangeHub, path: Path
) -> tuple[DbCommand | None, str]:
    """Import ``path`` into ``db`` as one undoable command.

    Returns (command already applied, to push on the undo stack; sentence)
    or (None, why nothing was added).
    """
    if path.is_file() and path.stat().st_size >= BIG_BACKUP_BYTES:
        step, error = _import_with_progress(parent, db, path)
    else:
        step, error = _import_here(db, path)
    if step is None:
        assert error is not None
        return None, str(error)
    assert step.summary is not None
    command = DbCommand(f"Import {path.name}", db, hub, step.apply, step.revert)
    hub.notify(EVERYTHING)  # applied already; pushing it will not apply it again
    return command, step.summary.sentence()


def _import_here(db: Database, path: Path) -> tuple[_ImportStep | None, GiftdeskError | None]:
    try:
        step = _ImportStep(backup.parse_backup(backup.read_backup_file(path)))
        with db.transaction() as session:
            step.apply(session)
    except GiftdeskError as error:
        return None, error
    return step, None


def _import_with_progress(
    parent: QWidget, db: Database, path: Path
) -> tuple[_ImportStep | None, GiftdeskError | None]:
    worker = ImportWorker(db, path, parent)
    dialog = QProgressDialog(f"Importing {path.name}…", "Cancel", 0, len(STEPS), parent)
    dialog.setObjectName("importProgress")
    dialog.setWindowTitle("Import backup")
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
    return worker.step, worker.error


def ask_import_path(parent: QWidget, start: Path) -> Path | None:
    chosen, _ = QFileDialog.getOpenFileName(parent, "Import backup", str(start), FILE_FILTER)
    return Path(chosen) if chosen else None


def ask_export_path(parent: QWidget, start: Path) -> Path | None:
    chosen, _ = QFileDialog.getSaveFileName(parent, "Export backup", str(start), FILE_FILTER)
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix else path.with_suffix(".json")


def export_backup_file(db: Database, path: Path) -> str:
    """Write the backup; the sentence for the status bar. Raises GiftdeskError."""
    with db.reading() as session:
        data = backup.write_backup(session, path)
    return (
        f"Saved {len(data['persons'])} people, {len(data['occasions'])} occasions and "
        f"{len(data['gifts'])} gifts to {path.name}."
    )
