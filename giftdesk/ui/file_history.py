"""The window's part of "nothing is lost": daily backups, restore, synced folders.

``install(window)`` adds File → Restore from backup… (``actionRestoreBackup``),
makes each file the window opens back itself up before the day's first
change (a sentence in the status bar and the log when the backup folder
cannot be written, the edit itself unaffected), and says once per file
when it lives in a folder a cloud service synchronises.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from giftdesk.data import auto_backup
from giftdesk.data.changes import EVERYTHING
from giftdesk.data.errors import GiftdeskError
from giftdesk.data.synced_folders import synced_service
from giftdesk.i18n import translate
from giftdesk.ui.actions import make_action

log = logging.getLogger(__name__)

STATUS_MS = 15_000


class _BackupNotices(QObject):
    """Carries sentences from the backup thread to the window's thread."""

    problem = Signal(str)


def install(window: Any) -> None:
    """Add the restore action, and watch every file the window opens.

    Uses ``db``, ``hub``, ``undo_stack``, ``file_menu``, ``statusBar()``,
    ``settings`` and, if present, ``action_export_backup`` (the action goes
    after it). Sets ``window.action_restore_backup``.
    """
    action = make_action(window, "actionRestoreBackup", lambda: restore_from_backup(window))
    menu = window.file_menu
    anchor = getattr(window, "action_export_backup", None)
    actions = menu.actions()
    if anchor in actions and actions.index(anchor) + 1 < len(actions):
        menu.insertAction(actions[actions.index(anchor) + 1], action)
    else:
        menu.addAction(action)
    window.addAction(action)
    window.action_restore_backup = action

    notices = _BackupNotices(window)
    notices.problem.connect(lambda text: window.statusBar().showMessage(text, STATUS_MS))
    watched: dict[str, Any] = {"db": None}

    def watch_current_file(_change: object = None) -> None:
        # The window tells its views about a new file through the hub before
        # any edit reaches it: the place to start watching that file.
        db = window.db
        if db is None or db is watched["db"]:
            return
        watched["db"] = db
        if db.path is None:
            return  # a shared server: no file to back up or to find in a synced folder
        if not db.readonly:
            auto_backup.attach(db, notices.problem.emit)
        # After the window has shown the file, not in the middle of opening it.
        QTimer.singleShot(0, lambda: tell_if_synced(window, db.path))

    window.hub.changed.connect(watch_current_file)
    watch_current_file()


# -- restore ------------------------------------------------------------------------


def run_dialog(dialog: QWidget) -> int:
    """Run a modal dialog (tests replace this to drive it)."""
    return int(dialog.exec())  # type: ignore[attr-defined]


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


def restore_from_backup(window: Any) -> bool:
    """File → Restore from backup…: choose, confirm, restore; True if restored."""
    from giftdesk.ui.dialogs.restore_backup import RestoreBackupDialog, confirmation_text

    db = window.db
    if db is None:
        return False
    if db.engine.dialect.name != "sqlite":
        window.show_refusal(
            translate(
                "FileHistory",
                "Daily backups are kept for giftdesk files; a shared database is backed up "
                "on its server.",
            )
        )
        return False
    if db.readonly:
        window.show_refusal(
            translate(
                "FileHistory",
                "{name} is open read-only; close the other giftdesk to restore a backup.",
            ).format(name=db.path.name)
        )
        return False
    daily = auto_backup.attach(db)
    if daily is not None:
        daily.join()  # today's copy, if one is being made, is listed and done
    folder = auto_backup.backup_folder()
    backups = auto_backup.list_backups(db.path, folder)
    dialog = RestoreBackupDialog(db.path, backups, folder, window)
    if run_dialog(dialog) != RestoreBackupDialog.DialogCode.Accepted:
        return False
    chosen = dialog.chosen()
    if chosen is None:
        return False
    people, gifts = auto_backup.count_contents(db.path)
    current = (
        auto_backup.BackupFile(db.path, chosen.day, None, people, gifts).describe()
        if people is not None
        else translate("FileHistory", "its current contents")
    )
    if not ask_confirmation(window, confirmation_text(db.path, current, chosen)):
        return False
    # No connection of ours may hold the file while it is replaced.
    db.engine.dispose()
    try:
        result = auto_backup.restore_backup(db.path, chosen, folder)
    except GiftdeskError as error:
        window.show_refusal(error)
        return False
    window.undo_stack.clear()  # its steps refer to rows of the file as it was
    window.hub.notify(EVERYTHING)
    sentence = translate("FileHistory", "Restored the backup of {day} ({contents}).").format(
        day=chosen.day, contents=chosen.describe()
    )
    if result.set_aside:
        kept = translate("FileHistory", "The file as it was is kept as {name}.").format(
            name=result.set_aside.name
        )
        sentence = f"{sentence} {kept}"
    log.info(sentence)
    window.statusBar().showMessage(sentence, STATUS_MS)
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


def tell_if_synced(window: Any, db_path: Any) -> bool:
    """Say once per file (remembered in the settings) that it lives in a synced folder."""
    if db_path is None:  # a shared database on a server: no file
        return False
    service = synced_service(db_path)
    if service is None:
        return False
    key = f"syncedFolderNotice/{str(db_path.resolve()).replace('/', '|')}"
    if window.settings.value(key, False, type=bool):
        return False
    window.settings.setValue(key, True)
    text = synced_notice_text(db_path.name, service)
    log.info("%s is in a %s folder; notice shown", db_path, service)
    show_notice(window, translate("FileHistory", "File in a synced folder"), text)
    return True
