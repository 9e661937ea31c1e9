"""Writing export files safely: all of the new file, or the old one untouched."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from giftdesk.data.errors import GiftdeskError

T = TypeVar("T")


def check_output_path(path: Path) -> Path:
    """Refuse, with a sentence, a path that cannot receive a new file."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    if path.is_dir():
        raise GiftdeskError(f"{path} is a folder; give a file name to write to.")
    if not folder.is_dir():
        raise GiftdeskError(f"The folder {folder} does not exist.")
    if not os.access(folder, os.W_OK):
        raise GiftdeskError(f"giftdesk is not allowed to write into {folder}.")
    return path


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
            raise GiftdeskError(f"{path.name} could not be written.")
        os.replace(tmp, path)
    except PermissionError:
        raise GiftdeskError(f"giftdesk is not allowed to write {path}.") from None
    except OSError as error:
        raise GiftdeskError(f"{path.name} could not be written: {error.strerror}.") from None
    finally:
        tmp.unlink(missing_ok=True)
    return result


def write_text_atomically(path: Path, write: Callable[[object], None], newline: str = "") -> None:
    """``write_atomically`` for text: ``write(stream)`` fills a UTF-8 file."""

    def produce(tmp: Path) -> None:
        with open(tmp, "w", encoding="utf-8", newline=newline) as stream:
            write(stream)
            stream.flush()
            os.fsync(stream.fileno())

    write_atomically(path, produce)
