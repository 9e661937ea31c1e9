"""One giftdesk per file: a QLockFile next to each open database.

A second giftdesk on the same file is told so in one sentence and may open
it read-only or give up. The lock is meant to be held for hours, so its
age never makes it stale (``setStaleLockTime(0)``, as Qt's documentation
asks for long-lived locks); a lock left behind by a crash is still
recovered, because ``tryLock`` removes a lock whose process no longer runs
(or whose PID now belongs to another program) on this computer.

Start-up and File → Open/New both open files through
:func:`open_database_locked` (lock, then ``open_database``, read-only if
the user chose so) and close them through :func:`close_database` (close,
then release the lock). :func:`acquire_for` is the locking step alone.
Locks are counted per process, so opening the file that is already open in
this process does not lock it against itself.
"""

from __future__ import annotations

import logging
import os
import socket
import weakref
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile
from PySide6.QtWidgets import QMessageBox, QWidget

from giftdesk.data.sqlite_file import lock_path_for
from giftdesk.i18n import translate

if TYPE_CHECKING:
    from giftdesk.data.database import Database

log = logging.getLogger(__name__)

TRY_LOCK_TIMEOUT_MS = 200


@dataclass(frozen=True)
class LockOwner:
    """Who holds a lock, as written in the lock file."""

    pid: int
    hostname: str
    appname: str

    def describe(self) -> str:
        if self.hostname and self.hostname != socket.gethostname():
            return translate("LockOwner", "on the computer “{hostname}”").format(
                hostname=self.hostname
            )
        return translate("LockOwner", "(process {pid})").format(pid=self.pid) if self.pid else ""


class _Held:
    """A locked QLockFile shared by every handle of this process."""

    def __init__(self, lock_file: QLockFile) -> None:
        self.lock_file = lock_file
        self.count = 1


_held: dict[Path, _Held] = {}


class DatabaseLock:
    """A handle on the lock of one database file, held until ``release()``."""

    def __init__(self, db_path: str | os.PathLike[str]) -> None:
        self.db_path = Path(db_path)
        self.path = lock_path_for(db_path)
        self._acquired = False
        self._error = QLockFile.LockError.NoError
        self._owner: LockOwner | None = None

    @property
    def held(self) -> bool:
        return self._acquired

    @property
    def owner(self) -> LockOwner | None:
        """After a refused ``try_acquire``: who holds the lock, if known."""
        return self._owner

    @property
    def unavailable(self) -> bool:
        """True when no lock file can be made there (read-only folder)."""
        return self._error in (
            QLockFile.LockError.PermissionError,
            QLockFile.LockError.UnknownError,
        )

    def try_acquire(self, timeout_ms: int = TRY_LOCK_TIMEOUT_MS) -> bool:
        """Take the lock; False if another process holds it or none can be made."""
        if self._acquired:
            return True
        shared = _held.get(self.path)
        if shared is not None:
            shared.count += 1
            self._acquired = True
            return True
        lock_file = QLockFile(str(self.path))
        lock_file.setStaleLockTime(0)
        if lock_file.tryLock(timeout_ms):
            _held[self.path] = _Held(lock_file)
            self._acquired = True
            log.info("locked %s", self.path)
            return True
        self._error = lock_file.error()
        if self._error == QLockFile.LockError.LockFailedError:
            pid, hostname, appname = lock_file.getLockInfo()
            self._owner = LockOwner(int(pid), hostname, appname)
            log.info("%s is held by %s", self.path, self._owner)
        else:
            log.warning("cannot lock %s (%s)", self.path, self._error.name)
        return False

    def release(self) -> None:
        """Let go of the lock (the file is removed when the last handle goes)."""
        if not self._acquired:
            return
        self._acquired = False
        shared = _held.get(self.path)
        if shared is None:
            return
        shared.count -= 1
        if shared.count == 0:
            del _held[self.path]
            shared.lock_file.unlock()
            log.info("unlocked %s", self.path)


@dataclass
class FileAccess:
    """How a file may be opened: with its lock held, or read-only."""

    path: Path
    readonly: bool
    lock: DatabaseLock | None

    def release(self) -> None:
        if self.lock is not None:
            self.lock.release()
            self.lock = None


def locked_message(db_path: Path, owner: LockOwner | None) -> str:
    """The one sentence shown when another giftdesk has the file open."""
    where = owner.describe() if owner is not None else ""
    where = f" {where}" if where else ""
    return translate(
        "FileLock",
        "{name} is already open in another giftdesk{where}; you can open it read-only or "
        "close it there first.",
    ).format(name=db_path.name, where=where)


def ask_open_read_only(parent: QWidget | None, message: str, give_up_label: str) -> bool:
    """Ask whether to open the locked file read-only (True) or give up (False)."""
    box = QMessageBox(parent)
    box.setObjectName("fileLockedDialog")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("FileLock", "File in use"))
    box.setText(message)
    read_only = box.addButton(
        translate("FileLock", "Open read-only"), QMessageBox.ButtonRole.AcceptRole
    )
    give_up = box.addButton(give_up_label, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(read_only)
    box.setEscapeButton(give_up)
    box.exec()
    return box.clickedButton() is read_only


def acquire_for(
    db_path: str | os.PathLike[str],
    parent: QWidget | None = None,
    *,
    give_up_label: str = translate("FileLock", "Quit"),
) -> FileAccess | None:
    """Lock ``db_path`` for this process, asking the user if another holds it.

    Returns the access to open the file with, or None when the user chose
    to give up (“Quit” at start-up, “Cancel” for File → Open). A folder
    where no lock file can be made (read-only) gives an unlocked access:
    the opener itself then says why the file cannot be written.
    """
    path = Path(db_path).expanduser()
    lock = DatabaseLock(path)
    if lock.try_acquire():
        return FileAccess(path, readonly=False, lock=lock)
    if lock.unavailable:
        return FileAccess(path, readonly=False, lock=None)
    if ask_open_read_only(parent, locked_message(path, lock.owner), give_up_label):
        log.info("opening %s read-only: it is open in another giftdesk", path)
        return FileAccess(path, readonly=True, lock=None)
    return None


_access_of: weakref.WeakKeyDictionary[Database, FileAccess] = weakref.WeakKeyDictionary()


def open_database_locked(
    db_path: str | os.PathLike[str] | None,
    parent: QWidget | None = None,
    *,
    create: bool = True,
    give_up_label: str = translate("FileLock", "Quit"),
) -> Database | None:
    """Lock the file, then open it (read-only if the user chose so).

    None when the user gave up; a file that cannot be opened raises the
    opener's ``GiftdeskError`` with the lock already released again.
    """
    from giftdesk.data.database import default_database_path, open_database
    from giftdesk.data.postgres import is_server_address

    if is_server_address(db_path):  # a shared server: other giftdesks are welcome there
        db = open_database(db_path, create=create)
        log.info("opened %s", db.address)
        return db
    path = Path(db_path) if db_path is not None else default_database_path()
    if path == default_database_path():  # first start: its folder is made, so lock it too
        path.parent.mkdir(parents=True, exist_ok=True)
    access = acquire_for(path, parent, give_up_label=give_up_label)
    if access is None:
        return None
    try:
        db = open_database(path, readonly=access.readonly, create=create)
    except BaseException:
        access.release()
        raise
    _access_of[db] = access
    log.info("opened %s%s", db.path, " read-only" if db.readonly else "")
    return db


def close_database(db: Database) -> None:
    """Close ``db`` and release its lock (if it was opened with one)."""
    db.close()
    access = _access_of.pop(db, None)
    if access is not None:
        access.release()
