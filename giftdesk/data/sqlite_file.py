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
