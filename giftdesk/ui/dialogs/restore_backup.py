"""File → Restore from backup…: choose one of the file's daily backups.

The dialog lists the backups (date, people, gifts; files set aside before a
restore are marked) and hands back the chosen one; it writes nothing. The
caller asks for confirmation with :func:`confirmation_text`, which says
what will be replaced and where the current file goes.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, Qt, QTime
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from giftdesk.data.auto_backup import BackupFile
from giftdesk.i18n import translate


def backup_label(backup: BackupFile, locale: QLocale | None = None) -> str:
    """``Tuesday, 1 December 2026 — 12 people, 60 gifts`` in the user's words."""
    locale = locale or QLocale()
    day = locale.toString(
        QDate(backup.day.year, backup.day.month, backup.day.day), QLocale.FormatType.LongFormat
    )
    if backup.taken is not None:
        taken = backup.taken
        time = locale.toString(
            QTime(taken.hour, taken.minute, taken.second), QLocale.FormatType.ShortFormat
        )
        label = translate(
            "RestoreBackup", "{day}, {time} — {contents} (the file as it was before a restore)"
        ).format(day=day, time=time, contents=backup.describe())
    else:
        label = f"{day} — {backup.describe()}"
    if backup.unrecorded:
        return translate("RestoreBackup", "{label} (older backup; may be another file’s)").format(
            label=label
        )
    return label


def confirmation_text(db_path: Path, current: str, backup: BackupFile) -> str:
    """What the confirmation says: what is replaced, by what, and what is kept."""
    if backup.unrecorded:
        return translate(
            "RestoreBackup",
            "Replace everything now in {name} ({current}) with the backup of "
            "{backup_label}?\n\nThis backup was made before giftdesk noted which file a "
            "backup copies: it may be a copy of another file named {name}. The file as it "
            "is now is kept among the backups first, so this can be undone by restoring "
            "it; the undo history of this session is cleared.",
        ).format(name=db_path.name, current=current, backup_label=backup_label(backup))
    return translate(
        "RestoreBackup",
        "Replace everything now in {name} ({current}) with the backup of "
        "{backup_label}?\n\nThe file as it is now is kept among the backups first, so "
        "this can be undone by restoring it; the undo history of this session is cleared.",
    ).format(name=db_path.name, current=current, backup_label=backup_label(backup))


class RestoreBackupDialog(QDialog):
    """Lists the backups of one file; ``chosen()`` is the one picked."""

    def __init__(
        self,
        db_path: Path,
        backups: Sequence[BackupFile],
        folder: Path,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("restoreBackupDialog")
        self.setWindowTitle(translate("RestoreBackupDialog", "Restore from backup"))
        self._backups = list(backups)
        layout = QVBoxLayout(self)
        intro = QLabel(
            translate(
                "RestoreBackupDialog",
                "giftdesk keeps a copy of {name} from before the first change of each "
                "day, in {folder}. Choose the day to go back to:",
            ).format(name=db_path.name, folder=folder)
            if self._backups
            else translate(
                "RestoreBackupDialog",
                "There are no backups of {name} yet. giftdesk makes one before the first "
                "change of each day, in {folder}.",
            ).format(name=db_path.name, folder=folder)
        )
        intro.setObjectName("restoreBackupIntro")
        intro.setWordWrap(True)
        intro.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(intro)
        self.backup_list = QListWidget()
        self.backup_list.setObjectName("backupList")
        self.backup_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        for backup in self._backups:
            item = QListWidgetItem(backup_label(backup))
            tip = str(backup.path)
            if backup.unrecorded:
                tip = translate(
                    "RestoreBackupDialog",
                    "{path}\nMade before giftdesk noted which file a backup copies: it may be "
                    "a copy of another file named {name}.",
                ).format(path=tip, name=db_path.name)
            item.setToolTip(tip)
            if backup.people is None:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            self.backup_list.addItem(item)
        self.backup_list.setVisible(bool(self._backups))
        layout.addWidget(self.backup_list)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = self.buttons.addButton(
            translate("RestoreBackupDialog", "Restore…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore_button.setObjectName("restoreButton")
        self.restore_button.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.backup_list.currentRowChanged.connect(self._on_row)
        self.backup_list.itemDoubleClicked.connect(lambda _item: self._accept_if_chosen())
        readable = [i for i, b in enumerate(self._backups) if b.people is not None]
        if readable:
            self.backup_list.setCurrentRow(readable[0])
        self.backup_list.setFocus()
        self.resize(700, 380)

    def _on_row(self, row: int) -> None:
        self.restore_button.setEnabled(self.chosen() is not None)

    def _accept_if_chosen(self) -> None:
        if self.chosen() is not None:
            self.accept()

    def chosen(self) -> BackupFile | None:
        row = self.backup_list.currentRow()
        if 0 <= row < len(self._backups) and self._backups[row].people is not None:
            return self._backups[row]
        return None
