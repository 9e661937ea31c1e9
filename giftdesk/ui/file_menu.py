"""The File menu's flows: New database…, Open database…, Open recent (choosing
which file the window shows), Import backup…, Export backup… and Load example
family.

``FileMenu`` asks for a path, opens the file (one giftdesk per file: see
``file_lock``) and hands the new ``Database`` to ``switch_to``; a file that
cannot be opened gets its sentence and nothing changes. The recent files live
in the settings, newest first. A backup import and the example family are one
undoable step each (``UndoRunner``); their readers are heavy modules, loaded
on first use, never before the window is shown.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QStatusBar, QWidget

from giftdesk.data.errors import GiftdeskError
from giftdesk.i18n import translate

if TYPE_CHECKING:
    from giftdesk.data.database import Database
    from giftdesk.ui.undo import UndoRunner

MAX_RECENT = 8


def recent_entry(db: Database) -> Path | str:
    """What File → Open recent remembers of ``db``: its file, or a server's address."""
    return db.path if db.path is not None else db.address


def _recent_key(path: Path | str) -> str:
    return path if isinstance(path, str) else str(path.resolve())


class FileMenu:
    """New, Open, Open recent, the backups and the example family for one window.

    ``current_path()`` is the file shown now (a shared database: its address);
    ``switch_to(db)`` shows another;
    ``refuse(sentence)`` says why something was not done.
    For the backups and the example family: ``db()`` is the open file,
    ``runner`` does one operation as one undo step, ``is_empty()`` says whether
    the file holds no rows yet, and ``status_bar`` tells what was done.
    """

    def __init__(
        self,
        parent: QWidget,
        settings: QSettings,
        recent_menu: QMenu,
        current_path: Callable[[], Path | str],
        switch_to: Callable[[Database], None],
        refuse: Callable[[str], None],
        *,
        db: Callable[[], Database],
        runner: UndoRunner,
        is_empty: Callable[[], bool],
        status_bar: QStatusBar,
    ) -> None:
        self._parent = parent
        self._settings = settings
        self._recent_menu = recent_menu
        self._current_path = current_path
        self._switch_to = switch_to
        self._refuse = refuse
        self._db = db
        self._runner = runner
        self._is_empty = is_empty
        self._status_bar = status_bar
        recent_menu.aboutToShow.connect(self._fill_recent_menu)

    def _folder(self) -> Path:
        """Where file dialogs start: the open file's folder (home on a shared server)."""
        current = self._current_path()
        return current.parent if isinstance(current, Path) else Path.home()

    def open_dialog(self) -> None:
        start = str(self._folder())
        path, _ = QFileDialog.getOpenFileName(
            self._parent,
            translate("FileMenu", "Open giftdesk file"),
            start,
            translate("FileMenu", "giftdesk files (*.sqlite3 *.sqlite *.db);;All files (*)"),
        )
        if path:
            self.open_file(Path(path), create=False)

    def new_dialog(self) -> None:
        start = str(self._folder() / "gifts.sqlite3")
        path, _ = QFileDialog.getSaveFileName(
            self._parent,
            translate("FileMenu", "New giftdesk file"),
            start,
            translate("FileMenu", "giftdesk files (*.sqlite3)"),
        )
        if not path:
            return
        target = Path(path)
        if target.suffix == "":
            target = target.with_suffix(".sqlite3")
        if target.exists():
            self._refuse(
                translate(
                    "FileMenu",
                    "{name} already exists; choose a new name, or open it with File → Open.",
                ).format(name=target.name)
            )
            return
        self.open_file(target, create=True)

    def open_file(self, path: Path, *, create: bool = False) -> bool:
        """Open ``path`` and switch to it; a bad file gets its sentence, unchanged."""
        current = self._current_path()
        if isinstance(current, Path) and path.resolve() == current.resolve():
            return True
        from giftdesk.ui.file_lock import open_database_locked  # on first use: not at start-up

        try:
            db = open_database_locked(
                path, self._parent, create=create, give_up_label=translate("FileMenu", "Cancel")
            )
        except GiftdeskError as error:
            QMessageBox.critical(
                self._parent, translate("FileMenu", "Cannot open file"), str(error)
            )
            return False
        if db is None:  # open in another giftdesk, and the user cancelled
            return False
        self._switch_to(db)
        return True

    def recent_files(self) -> list[str]:
        value = self._settings.value("recentFiles", [])
        if isinstance(value, str):
            return [value]
        return [str(v) for v in value] if isinstance(value, list) else []

    def add_recent(self, path: Path | str) -> None:
        """A file, or a shared database's address (never with its password)."""
        text = _recent_key(path)
        recent = [text] + [p for p in self.recent_files() if p != text]
        self._settings.setValue("recentFiles", recent[:MAX_RECENT])

    def _fill_recent_menu(self) -> None:
        menu = self._recent_menu
        menu.clear()
        current = _recent_key(self._current_path())
        entries = [p for p in self.recent_files() if p != current]
        if not entries:
            placeholder = menu.addAction(translate("FileMenu", "No other recent files"))
            placeholder.setEnabled(False)
            return
        from giftdesk.data.postgres import is_server_address, parse_address, place_name
        from giftdesk.ui.connect_dialog import open_recent_shared

        for entry in entries:
            if is_server_address(entry):  # a shared database: "family @ nas.local"
                action = menu.addAction(place_name(parse_address(entry)))
                action.triggered.connect(
                    lambda _c=False, a=entry: open_recent_shared(self._parent, a)
                )
            else:
                action = menu.addAction(Path(entry).name)
                action.triggered.connect(lambda _c=False, p=entry: self.open_file(Path(p)))
            action.setToolTip(entry)
            action.setStatusTip(entry)

    # -- backups and the example family ---------------------------------------

    def load_example_family(self) -> None:
        """Fill an empty file with the example family (one undoable step)."""
        if not self._is_empty():
            self._refuse(
                translate(
                    "MainWindow",
                    "The example family can only be loaded into an empty file; use File "
                    "→ New database… first.",
                )
            )
            return
        # The example family comes as a backup: its reader is a heavy module,
        # loaded on first use, never before the window is shown.
        from giftdesk.data.operations import demo as demo_ops

        if self._runner.run(
            translate("MainWindow", "Load example family"), demo_ops.load_example_family
        ):
            self._status_bar.showMessage(
                translate("MainWindow", "Example family loaded. Edit → Undo removes it again."),
                8000,
            )

    def import_backup(self, path: Path | None = None) -> bool:
        """File → Import backup…: all or nothing, one undoable step."""
        from giftdesk.ui import backup_transfer  # heavy: on first use, as above

        path = path or backup_transfer.ask_import_path(self._parent, self._folder())
        if path is None:
            return False
        result = backup_transfer.import_backup_file(self._parent, self._db(), self._runner, path)
        if result is None:
            return False
        undo_hint = translate("MainWindow", "Edit → Undo removes them again.")
        self._status_bar.showMessage(f"{result.message} {undo_hint}", 10_000)
        return True

    def export_backup(self, path: Path | None = None) -> bool:
        """File → Export backup…: everything in this file as JSON."""
        from giftdesk.ui import backup_transfer  # heavy: on first use, as above

        db = self._db()
        stem = db.path.stem if db.path is not None else db.address.rsplit("/")[-1]
        path = path or backup_transfer.ask_export_path(
            self._parent, self._folder() / f"{stem}-backup.json"
        )
        if path is None:
            return False
        try:
            sentence = backup_transfer.export_backup_file(db, path)
        except GiftdeskError as error:
            self._refuse(str(error))
            return False
        except OSError as error:
            self._refuse(
                translate("MainWindow", "{name} could not be written: {reason}.").format(
                    name=path.name, reason=error.strerror or error
                )
            )
            return False
        self._status_bar.showMessage(sentence, 10_000)
        return True
