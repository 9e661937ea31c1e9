"""SQLite-only facts about files, found without changing a byte.

Whether a file is a giftdesk database, which files belong to one (its
``-wal``/``-shm``/``-journal`` companions), and whether a giftdesk window
holds a file's lock. Qt-free, so the command line can ask too.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

SQLITE_HEADER = b"SQLite format 3\x00"
GIFTDESK_TABLES = frozenset({"persons", "occasions", "gifts", "gift_people"})
COMPANION_SUFFIXES = ("-wal", "-shm", "-journal")


def read_only_uri(path: Path) -> str:
    """An SQLite URI that opens ``path`` without any right to write."""
    return f"{Path(path).resolve().as_uri()}?mode=ro"


def has_sqlite_header(path: Path) -> bool:
    try:
        with open(path, "rb") as handle:
            return handle.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


def is_giftdesk_database(path: Path) -> bool:
    """True for an SQLite file holding giftdesk's tables.

    An SQLite file whose tables cannot be read (damaged, locked) counts as
    one too: the answer protects the file from being written over.
    """
    path = Path(path)
    if not path.is_file() or not has_sqlite_header(path):
        return False
    try:
        connection = sqlite3.connect(read_only_uri(path), uri=True, timeout=1)
        try:
            tables = {
                row[0]
                for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
        finally:
            connection.close()
    except sqlite3.Error:
        return True
    return tables >= GIFTDESK_TABLES


def companion_of(path: Path) -> Path | None:
    """For ``NAME-wal``, ``NAME-shm`` or ``NAME-journal``: ``NAME``; else None."""
    name = Path(path).name
    for suffix in COMPANION_SUFFIXES:
        if name.endswith(suffix) and len(name) > len(suffix):
            return Path(path).with_name(name[: -len(suffix)])
    return None


def same_file(first: Path, second: Path) -> bool:
    """The same file on disk, whatever the spelling (``./``, symlinks, hard links)."""
    try:
        return os.path.samefile(first, second)
    except OSError:
        return Path(first).resolve() == Path(second).resolve()


# -- the lock a giftdesk window holds ----------------------------------------------
#
# The window locks ``.NAME.lock`` beside the file with Qt's QLockFile, which
# writes "PID\nAPPNAME\nHOSTNAME\n..." into it and, while the lock is held,
# keeps it open under an exclusive flock() (Unix) or without sharing write
# access (Windows). Probing that OS lock answers "is a window on it?" without
# Qt, and a lock left by a crashed window (no OS lock any more) is no lock.

WINDOW_OPEN_MESSAGE = "giftdesk is open on this file; use File → Import backup… there, or close it."


def lock_path_for(db_path: str | os.PathLike[str]) -> Path:
    """``.NAME.lock`` next to the (symlink-resolved) database file."""
    resolved = Path(db_path).expanduser().resolve()
    return resolved.with_name(f".{resolved.name}.lock")


def _lock_file_host(lock_path: Path) -> str:
    try:
        lines = lock_path.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return ""
    return lines[2] if len(lines) > 2 else ""


def _os_lock_is_held(lock_path: Path) -> bool:
    if os.name == "nt":  # pragma: no cover - Windows: the holder shares no write access
        try:
            with open(lock_path, "ab"):
                return False
        except PermissionError:
            return True
        except OSError:
            return False
    import fcntl

    try:
        fd = os.open(lock_path, os.O_RDONLY)
    except OSError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    except OSError:
        return False
    else:
        fcntl.flock(fd, fcntl.LOCK_UN)
        return False
    finally:
        os.close(fd)


def is_open_in_a_window(db_path: str | os.PathLike[str]) -> bool:
    """True when a giftdesk window (this computer's or another's) holds the file's lock."""
    lock_path = lock_path_for(db_path)
    if not lock_path.is_file():
        return False
    if _os_lock_is_held(lock_path):
        return True
    # No OS lock: a crashed window's leftover here, but a network folder does not
    # pass OS locks between computers, so another computer's lock still counts.
    import socket

    host = _lock_file_host(lock_path)
    return bool(host) and host != socket.gethostname()
