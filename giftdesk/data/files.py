"""Writing export files safely: all of the new file, or the old one untouched.

Every export (JSON backup, CSV, PDF, HTML; command line or window) is
written through ``write_atomically``, and ``check_output_path`` is where
an export is refused before a byte is written: a folder, a missing folder,
and above all the family's data — the database giftdesk has open (however
its path is spelt), the ``-wal``/``-shm``/``-journal`` files beside it,
and any other giftdesk database.
"""

from __future__ import annotations

import errno
import os
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import TextIO, TypeVar

from giftdesk.data.errors import GiftdeskError
from giftdesk.data.messages import Message, translatable
from giftdesk.data.sqlite_file import companion_of, is_giftdesk_database, same_file

T = TypeVar("T")

# Databases open in this process, counted (the window and a command may both
# have the same file open).
_open_databases: dict[Path, int] = {}


def remember_open_database(path: Path) -> None:
    """Exports refuse to write over ``path`` (and its companions) from now on."""
    key = Path(path).resolve()
    _open_databases[key] = _open_databases.get(key, 0) + 1


def forget_open_database(path: Path) -> None:
    key = Path(path).resolve()
    count = _open_databases.get(key, 0) - 1
    if count > 0:
        _open_databases[key] = count
    else:
        _open_databases.pop(key, None)


def _is_open_database(path: Path) -> bool:
    return any(same_file(path, open_path) for open_path in _open_databases if open_path.exists())


def refuse_family_data(path: Path) -> None:
    """Raise a sentence if writing ``path`` would destroy a giftdesk database."""
    name = path.name
    for candidate in dict.fromkeys((path, path.resolve())):
        if candidate.exists() and _is_open_database(candidate):
            raise GiftdeskError(
                translatable(
                    "Files",
                    "{name} is the giftdesk file that is open; writing the export there "
                    "would replace your family's data, so nothing was written. Choose "
                    "another name.",
                ).format(name=name)
            )
        if candidate.exists() and is_giftdesk_database(candidate):
            raise GiftdeskError(
                translatable(
                    "Files",
                    "{name} is a giftdesk database; an export never writes over one, so "
                    "nothing was written. Choose another name.",
                ).format(name=name)
            )
        database = companion_of(candidate)
        if (
            database is not None
            and database.exists()
            and (_is_open_database(database) or is_giftdesk_database(database))
        ):
            raise GiftdeskError(
                translatable(
                    "Files",
                    "{name} belongs to the giftdesk database {database}; writing the export "
                    "there would damage it, so nothing was written. Choose another name.",
                ).format(name=name, database=database.name)
            )


def check_output_path(path: Path) -> Path:
    """Refuse, with a sentence, a path that cannot or must not receive a new file."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    if path.is_dir():
        raise GiftdeskError(
            translatable("Files", "{path} is a folder; give a file name to write to.").format(
                path=path
            )
        )
    if not folder.is_dir():
        raise GiftdeskError(
            translatable("Files", "The folder {folder} does not exist.").format(folder=folder)
        )
    refuse_family_data(path)
    if not os.access(folder, os.W_OK):
        raise GiftdeskError(
            translatable("Files", "giftdesk is not allowed to write into {folder}.").format(
                folder=folder
            )
        )
    return path


def write_error_sentence(path: Path, error: OSError) -> Message:
    """Why ``path`` could not be written, as a person would say it."""
    folder = path.parent if str(path.parent) else Path(".")
    if error.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return translatable(
            "Files", "The disk holding {folder} is full; {name} was not written."
        ).format(folder=folder, name=path.name)
    if error.errno == errno.EROFS:
        return translatable(
            "Files", "{folder} is on a read-only disk; {name} was not written."
        ).format(folder=folder, name=path.name)
    if error.errno in (errno.EACCES, errno.EPERM):
        return translatable("Files", "giftdesk is not allowed to write {path}.").format(path=path)
    if error.errno == errno.ENAMETOOLONG:
        return translatable(
            "Files", "The name {name} is too long for this disk; choose a shorter one."
        ).format(name=path.name)
    reason = error.strerror or str(error)  # the system's own words, in its language
    return translatable("Files", "{name} could not be written: {reason}.").format(
        name=path.name, reason=reason
    )


def _looks_full(folder: Path) -> bool:
    try:
        return shutil.disk_usage(folder).free < 64 * 1024
    except OSError:
        return False


def write_atomically(path: Path, produce: Callable[[Path], T]) -> T:
    """Let ``produce`` write a temporary file beside ``path``, then move it over.

    A failure part-way (an error, a full disk, a killed process) leaves the
    previous file as it was; the temporary file is removed. ``produce`` should
    flush and fsync what it writes (``open_for_writing`` does).
    """
    path = check_output_path(path)
    # A plain name (not mkstemp) so the file gets the user's usual permissions.
    tmp = path.with_name(f".{path.name}.{os.getpid()}.part")
    try:
        result = produce(tmp)
        if not tmp.exists() or tmp.stat().st_size == 0:
            # Qt's PDF writer says nothing when the disk fills up: ask the disk.
            if _looks_full(tmp.parent):
                raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
            raise GiftdeskError(
                translatable("Files", "{name} could not be written.").format(name=path.name)
            )
        os.replace(tmp, path)
    except OSError as error:
        raise GiftdeskError(write_error_sentence(path, error)) from None
    finally:
        tmp.unlink(missing_ok=True)
    return result


def write_text_atomically(path: Path, write: Callable[[TextIO], None], newline: str = "") -> None:
    """``write_atomically`` for text: ``write(stream)`` fills a UTF-8 file."""

    def produce(tmp: Path) -> None:
        with open(tmp, "w", encoding="utf-8", newline=newline) as stream:
            write(stream)
            stream.flush()
            os.fsync(stream.fileno())

    write_atomically(path, produce)
