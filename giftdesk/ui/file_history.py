"""The window's part of "nothing is lost": daily backups, restore, synced folders.

``FileHistory`` makes File → Restore from backup… (``actionRestoreBackup``),
makes each file the window opens back itself up before the day's first
change (a sentence in the status bar and the log when the backup folder
cannot be written, the edit itself unaffected), and says once per file
when it lives in a folder a cloud service synchronises.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialog, QMessageBox, QStatusBar, QWidget

from giftdesk.data import auto_backup
from giftdesk.data.changes import EVERYTHING
from giftdesk.data.errors import GiftdeskError
from giftdesk.data.synced_folders import synced_service
from giftdesk.i18n import translate
from giftdesk.ui.actions import make_action
from giftdesk.ui.changes import ChangeHub

if TYPE_CHECKING:
    from giftdesk.data.database import Database

log = logging.getLogger(__name__)

STATUS_MS = 15_000


class _BackupNotices(QObject):
    """Carries sentences from the backup thread to the window's thread."""

    problem = Signal(str)


class FileHistory(QObject):
    """File → Restore from backup…, the daily backups and the synced-folder notice.

    ``db()`` is the file shown now (None while an "Opening…" window has none);
    ``hub`` says when another file is shown (then it is watched) and hears of
    a restore; ``undo_stack`` is cleared by a restore (its steps refer to rows
    of the file as it was); ``refuse`` says why something was not done;
    ``settings`` remembers which files' notice was shown. The window puts
    ``action_restore_backup`` in its File menu.
    """

    def __init__(
        self,
        parent: QWidget,
        db: Callable[[], Database | None],
        hub: ChangeHub,
        undo_stack: QUndoStack,
        settings: QSettings,
        status_bar: QStatusBar,
        refuse: Callable[[GiftdeskError | str], None],
    ) -> None:
        super().__init__(parent)
        self._parent = parent
        self._db = db
        self._hub = hub
        self._undo_stack = undo_stack
        self._settings = settings
        self._status_bar = status_bar
        self._refuse = refuse
        self.action_restore_backup = make_action(
            parent, "actionRestoreBackup", lambda: self.restore_from_backup()
        )
        self._notices = _BackupNotices(self)
        self._notices.problem.connect(lambda text: status_bar.showMessage(text, STATUS_MS))
        self._watched: Database | None = None
        hub.changed.connect(self._watch_current_file)
        self._watch_current_file()

    def _watch_current_file(self, _change: object = None) -> None:
        # The window tells its views about a new file through the hub before
        # any edit reaches it: the place to start watching that file.
        db = self._db()
        if db is None or db is self._watched:
            return
        self._watched = db
        if db.path is None:
            return  # a shared server: no file to back up or to find in a synced folder
        if not db.readonly:
            auto_backup.attach(db, self._notices.problem.emit)
        # After the window has shown the file, not in the middle of opening it.
        path = db.path
        QTimer.singleShot(0, lambda: self.tell_if_synced(path))

    def restore_from_backup(self) -> bool:
        """File → Restore from backup…: choose, confirm, restore; True if restored."""
        return restore_from_backup(
            self._parent,
            self._db(),
            refuse=self._refuse,
            after=self._restored,
        )

    def _restored(self, sentence: str) -> None:
        self._undo_stack.clear()  # its steps refer to rows of the file as it was
        self._hub.notify(EVERYTHING)
        self._status_bar.showMessage(sentence, STATUS_MS)

    def tell_if_synced(self, db_path: Path | None) -> bool:
        return tell_if_synced(self._parent, self._settings, db_path)


# -- restore ------------------------------------------------------------------------


def run_dialog(dialog: QDialog) -> int:
    """Run a modal dialog (tests replace this to drive it)."""
    return int(dialog.exec())


def ask_confirmation(parent: QWidget, text: str) -> bool:
    """The yes/no question before a restore (tests replace this accessor)."""
    box = QMessageBox(parent)
    box.setObjectName("restoreConfirmation")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("FileHistory", "Restore from backup"))
    question, _, detail = text.partition("\n\n")
    box.setText(question)
    box.setInformativeText(detail)
    restore = box.addButton(
        translate("FileHistory", "Restore"), QMessageBox.ButtonRole.DestructiveRole
    )
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    run_dialog(box)
    return box.clickedButton() is restore


def restore_from_backup(
    parent: QWidget,
    db: Database | None,
    refuse: Callable[[GiftdeskError | str], None],
    after: Callable[[str], None],
) -> bool:
    """Choose a backup of ``db``'s file, confirm, restore; True if restored.

    ``after(sentence)`` runs once the file is back, with the sentence saying so.
    """
    from giftdesk.ui.dialogs.restore_backup import RestoreBackupDialog, confirmation_text

    if db is None:
        return False
    path = db.path
    if path is None or db.engine.dialect.name != "sqlite":
        refuse(
            translate(
                "FileHistory",
                "Daily backups are kept for giftdesk files; a shared database is backed up "
                "on its server.",
            )
        )
        return False
    if db.readonly:
        refuse(
            translate(
                "FileHistory",
                "{name} is open read-only; close the other giftdesk to restore a backup.",
            ).format(name=path.name)
        )
        return False
    daily = auto_backup.attach(db)
    if daily is not None:
        daily.join()  # today's copy, if one is being made, is listed and done
    folder = auto_backup.backup_folder()
    backups = auto_backup.list_backups(path, folder)
    dialog = RestoreBackupDialog(path, backups, folder, parent)
    if run_dialog(dialog) != RestoreBackupDialog.DialogCode.Accepted:
        return False
    chosen = dialog.chosen()
    if chosen is None:
        return False
    people, gifts = auto_backup.count_contents(path)
    current = (
        auto_backup.BackupFile(path, chosen.day, None, people, gifts).describe()
        if people is not None
        else translate("FileHistory", "its current contents")
    )
    if not ask_confirmation(parent, confirmation_text(path, current, chosen)):
        return False
    # No connection of ours may hold the file while it is replaced.
    db.engine.dispose()
    try:
        result = auto_backup.restore_backup(path, chosen, folder)
    except GiftdeskError as error:
        refuse(error)
        return False
    sentence = translate("FileHistory", "Restored the backup of {day} ({contents}).").format(
        day=chosen.day, contents=chosen.describe()
    )
    if result.set_aside:
        kept = translate("FileHistory", "The file as it was is kept as {name}.").format(
            name=result.set_aside.name
        )
        sentence = f"{sentence} {kept}"
    log.info(sentence)
    after(sentence)
    return True


# -- synced folders -----------------------------------------------------------------


def synced_notice_text(file_name: str, service: str) -> str:
    return translate(
        "FileHistory",
        "{file_name} is in a folder that {service} keeps in sync. Opening it in giftdesk "
        "on two computers at once can damage it, because each computer writes its own "
        "copy. To plan together, share a database instead: File → Connect to a shared "
        "database… (see “One family, several computers” in the README).",
    ).format(file_name=file_name, service=service)


def show_notice(parent: QWidget, title: str, text: str) -> None:
    """An information box (tests replace this accessor)."""
    box = QMessageBox(parent)
    box.setObjectName("syncedFolderNotice")
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(title)
    box.setText(text)
    run_dialog(box)


def tell_if_synced(parent: QWidget, settings: QSettings, db_path: Path | None) -> bool:
    """Say once per file (remembered in the settings) that it lives in a synced folder."""
    if db_path is None:  # a shared database on a server: no file
        return False
    service = synced_service(db_path)
    if service is None:
        return False
    key = f"syncedFolderNotice/{str(db_path.resolve()).replace('/', '|')}"
    if settings.value(key, False, type=bool):
        return False
    settings.setValue(key, True)
    text = synced_notice_text(db_path.name, service)
    log.info("%s is in a %s folder; notice shown", db_path, service)
    show_notice(parent, translate("FileHistory", "File in a synced folder"), text)
    return True
