"""The file keeps its own history: daily backups, listed and restored (SPEC §6).

Before the first change of a day, a file that holds data is copied with
SQLite's backup API to ``backups/`` in the user data folder, named
``STEM-YYYY-MM-DD.sqlite3``. The copy starts from a read snapshot taken
just before the change is written (a WAL reader sees the file as it was),
and runs in a background thread, so the window is not held up; the change
itself never waits for it and never fails because of it: a backup folder
that cannot be written gets one sentence (``on_problem``) and the log.

Kept: the newest backup of each of the last 7 days that have one, of the
last 4 weeks and of the last 12 months (as restic's ``--keep-daily 7
--keep-weekly 4 --keep-monthly 12``), so a file edited rarely keeps a long
history too. A restore first sets the current file aside as
``STEM-YYYY-MM-DD-HHMMSS-before-restore.sqlite3`` (listed with the others,
never pruned), so a restore can itself be undone.

Two files may share a name (``family.sqlite3`` in two folders) and so a
stem. Every backup therefore has a record beside it, ``NAME.sqlite3.json``,
naming the real path of the file it is a copy of; it is complete before the
copy appears under its name. Listing, pruning and restoring consider only
the backups of the file asked about. The first file of a stem on a day gets
``STEM-YYYY-MM-DD.sqlite3``, another file of that stem
``STEM-YYYY-MM-DD-2.sqlite3`` (and so on): still readable, still sorted by
date. Backups made before records were kept are listed for every file of
their stem, marked as such, never pruned (they may be another file's).
"""

from __future__ import annotations

import datetime as dt
import errno
import json
import logging
import os
import re
import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from giftdesk.data.errors import GiftdeskError
from giftdesk.data.messages import translatable
from giftdesk.data.sqlite_file import read_only_uri

if TYPE_CHECKING:
    from giftdesk.data.database import Database

log = logging.getLogger(__name__)

BACKUP_DIR_ENV = "GIFTDESK_BACKUP_DIR"  # tests and portable setups choose the folder
KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 7, 4, 12
SUFFIX = ".sqlite3"
BEFORE_RESTORE = "before-restore"
RECORD_SUFFIX = ".json"  # beside each backup: which file it is a copy of
MAX_SAME_STEM = 99  # files of one stem backed up on one day

ProblemHandler = Callable[[str], None]


def backup_folder() -> Path:
    """``backups/`` in the user data folder (or ``$GIFTDESK_BACKUP_DIR``)."""
    chosen = os.environ.get(BACKUP_DIR_ENV)
    if chosen:
        return Path(chosen).expanduser()
    from platformdirs import user_data_path

    return user_data_path("giftdesk", appauthor=False) / "backups"


def daily_name(stem: str, day: dt.date, number: int = 1) -> str:
    """``STEM-YYYY-MM-DD.sqlite3``; for the day's n-th file of that stem ``…-n.sqlite3``."""
    extra = f"-{number}" if number > 1 else ""
    return f"{stem}-{day.isoformat()}{extra}{SUFFIX}"


def before_restore_name(stem: str, when: dt.datetime) -> str:
    return f"{stem}-{when:%Y-%m-%d-%H%M%S}-{BEFORE_RESTORE}{SUFFIX}"


@dataclass(frozen=True)
class BackupFile:
    """One backup of a file: when, what kind, and what it holds."""

    path: Path
    day: dt.date
    taken: dt.datetime | None  # set aside before a restore: the exact time
    people: int | None  # None: the backup cannot be read
    gifts: int | None
    copy_of: str | None = None  # the real path it copies; None: made before records

    @property
    def before_restore(self) -> bool:
        return self.taken is not None

    @property
    def unrecorded(self) -> bool:
        """Made before backups recorded their file: maybe another file's of that name."""
        return self.copy_of is None

    @property
    def name(self) -> str:
        return self.path.name

    def describe(self) -> str:
        """``12 people, 60 gifts`` (or why it cannot be told)."""
        if self.people is None or self.gifts is None:
            return str(translatable("AutoBackup", "cannot be read"))
        people, gifts = self.people, self.gifts  # lupdate reads a plural's count by name
        return str(
            translatable("AutoBackup", "{people}, {gifts}").format(
                people=translatable("AutoBackup", "%Ln person(s)", None, people),
                gifts=translatable("AutoBackup", "%Ln gift(s)", None, gifts),
            )
        )


def _pattern(stem: str) -> re.Pattern[str]:
    return re.compile(
        rf"^{re.escape(stem)}-(\d{{4}}-\d{{2}}-\d{{2}})"
        rf"(?:-(\d{{6}})-{BEFORE_RESTORE}|-\d{{1,2}})?{re.escape(SUFFIX)}$"
    )


def _parse(path: Path, pattern: re.Pattern[str]) -> tuple[dt.date, dt.datetime | None] | None:
    found = pattern.match(path.name)
    if found is None:
        return None
    try:
        day = dt.date.fromisoformat(found.group(1))
        taken = (
            dt.datetime.strptime(f"{found.group(1)}{found.group(2)}", "%Y-%m-%d%H%M%S")
            if found.group(2)
            else None
        )
    except ValueError:
        return None
    return day, taken


def source_key(db_path: Path) -> str:
    """The file's real path, as backups record it."""
    return str(Path(db_path).expanduser().resolve())


def record_path(backup_path: Path) -> Path:
    return backup_path.with_name(backup_path.name + RECORD_SUFFIX)


def read_record(backup_path: Path) -> str | None:
    """The real path ``backup_path`` is a copy of; None when it has no record."""
    try:
        text = record_path(backup_path).read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except OSError as error:
        log.warning("cannot read the record of %s: %s", backup_path.name, error)
        return ""  # unreadable: nobody's, so never restored or pruned by mistake
    try:
        copy_of = json.loads(text).get("copy_of")
    except (ValueError, AttributeError):
        return ""
    return copy_of if isinstance(copy_of, str) else ""


def _is_copy_of(copy_of: str, key: str) -> bool:
    if copy_of == key:
        return True
    if not copy_of:
        return False
    try:  # the same file under another spelling (a hard link, a moved mount)
        return os.path.samefile(copy_of, key)
    except OSError:
        return False


def _claim(target: Path, key: str) -> bool:
    """Reserve ``target`` for a copy of ``key`` by creating its record (never
    over another's); False when the name is taken."""
    if target.exists():  # a backup made before records: its name is taken too
        return False
    try:
        fd = os.open(record_path(target), os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    except FileExistsError:
        return False
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump({"copy_of": key}, handle)
            handle.write("\n")
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        record_path(target).unlink(missing_ok=True)
        raise
    if target.exists():  # a writer that keeps no records got there meanwhile
        record_path(target).unlink(missing_ok=True)
        return False
    return True


def _store(source: sqlite3.Connection, candidates: Iterable[Path], key: str) -> Path:
    """Copy what ``source`` sees under the first free name of ``candidates``,
    its record written first; returns the name used."""
    names = iter(candidates)
    first = next(names)
    tmp = first.with_name(f".{first.name}.{os.getpid()}.{threading.get_ident()}.part")
    try:
        _copy_to(source, tmp)
        for target in (first, *names):
            if _claim(target, key):
                try:
                    os.replace(tmp, target)
                except BaseException:
                    record_path(target).unlink(missing_ok=True)
                    raise
                return target
        raise FileExistsError(errno.EEXIST, "every backup name of the day is taken", str(first))
    finally:
        tmp.unlink(missing_ok=True)


def count_contents(path: Path) -> tuple[int | None, int | None]:
    """(people, gifts) in a giftdesk file, read-only; (None, None) if unreadable."""
    try:
        connection = sqlite3.connect(read_only_uri(path), uri=True, timeout=1)
        try:
            row = connection.execute(
                "SELECT (SELECT count(*) FROM persons), (SELECT count(*) FROM gifts)"
            ).fetchone()
        finally:
            connection.close()
    except sqlite3.Error:
        return None, None
    return int(row[0]), int(row[1])


def list_backups(
    db_path: Path, folder: Path | None = None, *, count: bool = True
) -> list[BackupFile]:
    """The backups of ``db_path`` (daily and before-restore), newest first:
    those recorded as its copies, and those of its stem made before records;
    ``count``: with their people and gifts (each file is opened to count them)."""
    folder = folder if folder is not None else backup_folder()
    if not folder.is_dir():
        return []
    pattern = _pattern(Path(db_path).stem)
    key = source_key(db_path)
    found = []
    for path in folder.iterdir():
        parsed = _parse(path, pattern)
        if parsed is None or not path.is_file():
            continue
        copy_of = read_record(path)
        if copy_of is not None and not _is_copy_of(copy_of, key):
            continue  # another file's backup (same name, another folder)
        day, taken = parsed
        people, gifts = count_contents(path) if count else (None, None)
        found.append(BackupFile(path, day, taken, people, gifts, copy_of))
    # Newest first; on one day the daily copy (taken before the day's first
    # change) counts as that day's start, files set aside later by their time.
    found.sort(key=lambda b: b.taken or dt.datetime.combine(b.day, dt.time()), reverse=True)
    return found


def days_to_keep(days: Iterable[dt.date]) -> set[dt.date]:
    """The 7 newest days, plus the newest day of each of the 4 newest weeks and
    the 12 newest months that have a backup."""
    ordered = sorted(set(days), reverse=True)
    keep = set(ordered[:KEEP_DAILY])
    for period, limit in (
        (lambda d: d.isocalendar()[:2], KEEP_WEEKLY),
        (lambda d: (d.year, d.month), KEEP_MONTHLY),
    ):
        seen: set[object] = set()
        for day in ordered:  # newest first: the first day seen in a period is its newest
            key = period(day)
            if key in seen:
                continue
            if len(seen) == limit:
                break
            seen.add(key)
            keep.add(day)
    return keep


def prune(db_path: Path, folder: Path | None = None) -> list[Path]:
    """Remove the daily backups of ``db_path`` the rule does not keep (only its
    own: never another file's, nor one made before records); returns what was removed."""
    daily = [
        b
        for b in list_backups(db_path, folder, count=False)
        if not b.before_restore and not b.unrecorded
    ]
    keep = days_to_keep(b.day for b in daily)
    removed = []
    for backup in daily:
        if backup.day not in keep:
            backup.path.unlink(missing_ok=True)
            record_path(backup.path).unlink(missing_ok=True)
            removed.append(backup.path)
    return removed


def _why(error: BaseException) -> str:
    code = getattr(error, "errno", None)
    text = str(error).lower()
    if code in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)) or "full" in text:
        return str(translatable("AutoBackup", "the disk is full"))
    if code == errno.EROFS or "read-only" in text or "readonly" in text:
        return str(translatable("AutoBackup", "the disk is read-only"))
    if code in (errno.EACCES, errno.EPERM):
        return str(translatable("AutoBackup", "giftdesk is not allowed to write there"))
    if code in (errno.ENOTDIR, errno.EEXIST):
        return str(translatable("AutoBackup", "a file stands where the folder should be"))
    return getattr(error, "strerror", None) or str(error)


def problem_sentence(folder: Path, error: BaseException) -> str:
    """One sentence on why no backup could be made (the edit itself went through)."""
    return (
        f"No daily backup could be made in {folder} ({_why(error)}); "
        "your change was saved as usual."
    )


def _make_folder(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    if not folder.is_dir():
        raise NotADirectoryError(errno.ENOTDIR, os.strerror(errno.ENOTDIR), str(folder))


def _copy_to(source: sqlite3.Connection, tmp: Path) -> None:
    """Copy what ``source`` sees into the new file ``tmp``."""
    destination = sqlite3.connect(tmp)
    try:
        source.backup(destination)
        # One self-contained file (no -wal beside it), to copy or open anywhere.
        destination.execute("PRAGMA journal_mode=DELETE")
    finally:
        destination.close()


def _snapshot(db_path: Path) -> sqlite3.Connection | None:
    """A read-only connection holding a read transaction on ``db_path`` as it is
    now, or None when the file holds no data (nothing worth a backup)."""
    # Never open() the file itself here: closing any descriptor on it drops
    # every POSIX lock this process's SQLite connections hold on it.
    # A plain connection that only reads: a read-only one ("mode=ro") cannot set
    # up the WAL index when no other connection has, and then breaks the file's
    # next readers ("disk I/O error").
    source = sqlite3.connect(db_path, isolation_level=None, check_same_thread=False, timeout=3)
    try:
        source.execute("BEGIN")
        holds_data = source.execute(
            "SELECT EXISTS (SELECT 1 FROM persons) OR EXISTS (SELECT 1 FROM occasions) "
            "OR EXISTS (SELECT 1 FROM gifts)"
        ).fetchone()[0]
    except BaseException:
        source.close()
        raise
    if not holds_data:
        source.close()
        return None
    return source


class DailyBackups:
    """Makes the day's backup of one file before its first change of the day.

    ``before_change()`` is cheap once the day's backup exists (one date
    comparison); the copy runs in a thread unless ``wait`` is set.
    """

    def __init__(
        self,
        db_path: Path,
        *,
        folder: Path | None = None,
        today: Callable[[], dt.date] = dt.date.today,
        on_problem: ProblemHandler | None = None,
        wait: bool = False,
    ) -> None:
        self.db_path = Path(db_path)
        self._folder = folder
        self._today = today
        self.on_problem = on_problem
        self.wait = wait
        self._done_for: dt.date | None = None
        self._lock = threading.Lock()
        self.thread: threading.Thread | None = None

    @property
    def folder(self) -> Path:
        return self._folder if self._folder is not None else backup_folder()

    def before_change(self) -> None:
        day = self._today()
        if self._done_for == day:
            return
        folder = self.folder
        try:
            if self._has_backup_of(day, folder):
                self._done_for = day
                return
            source = _snapshot(self.db_path)
        except (OSError, sqlite3.Error) as error:
            log.warning("no daily backup of %s: %s", self.db_path, error)
            self._done_for = day
            return
        if source is None:  # an empty file: nothing to keep yet, ask again next change
            return
        self._done_for = day  # one attempt a day: a broken folder is said once
        thread = threading.Thread(
            target=self._run, args=(source, folder, day), name="giftdesk-daily-backup"
        )
        self.thread = thread
        thread.start()
        if self.wait:
            thread.join()

    def _has_backup_of(self, day: dt.date, folder: Path) -> bool:
        """This file's own daily backup of ``day`` exists (not one of another
        file of that name, nor one made before records)."""
        return any(
            b.day == day and not b.before_restore and not b.unrecorded
            for b in list_backups(self.db_path, folder, count=False)
        )

    def join(self, timeout: float | None = None) -> None:
        """Wait for a copy in progress (closing a file, leaving the program)."""
        thread = self.thread
        if thread is not None:
            thread.join(timeout)

    def _run(self, source: sqlite3.Connection, folder: Path, day: dt.date) -> None:
        with self._lock:
            try:
                _make_folder(folder)
                stem = self.db_path.stem
                target = _store(
                    source,
                    (folder / daily_name(stem, day, n) for n in range(1, MAX_SAME_STEM + 1)),
                    source_key(self.db_path),
                )
                log.info("daily backup of %s written to %s", self.db_path.name, target)
                for removed in prune(self.db_path, folder):
                    log.info("old backup %s removed", removed.name)
            except (OSError, sqlite3.Error) as error:
                sentence = problem_sentence(folder, error)
                log.warning("%s (%s)", sentence, error)
                if self.on_problem is not None:
                    self.on_problem(sentence)
            finally:
                source.close()


def attach(
    db: Database, on_problem: ProblemHandler | None = None, *, wait: bool = False
) -> DailyBackups | None:
    """Make ``db`` back itself up before its first change of each day.

    Only for SQLite files; attaching twice gives the same ``DailyBackups``.
    """
    for hook in db.before_change:
        existing = getattr(hook, "__self__", None)
        if isinstance(existing, DailyBackups):
            if on_problem is not None:
                existing.on_problem = on_problem
            return existing
    path = getattr(db, "path", None)
    if not isinstance(path, Path) or db.engine.dialect.name != "sqlite":
        return None  # a shared database is backed up by its server, not copied here
    daily = DailyBackups(path, on_problem=on_problem, wait=wait)
    db.before_change.append(daily.before_change)
    return daily


@contextmanager
def backing_up_every_file_opened() -> Iterator[None]:
    """While the block runs, every file opened for writing backs itself up
    (the command line: it waits for the copy, the person waits for it anyway)."""
    from giftdesk.data import database

    database.OPEN_HOOKS.append(_attach_hook)
    try:
        yield
    finally:
        database.OPEN_HOOKS.remove(_attach_hook)


def _attach_hook(db: Database) -> None:
    attach(db, wait=True)


# -- restore ----------------------------------------------------------------------


def find_backup(db_path: Path, wanted: str, folder: Path | None = None) -> BackupFile:
    """The backup named by ``wanted``: a date ``YYYY-MM-DD`` or a file name."""
    backups = list_backups(db_path, folder)
    name = Path(wanted).name
    for backup in backups:
        if name in (backup.name, backup.path.stem):
            return backup
    try:
        day = dt.date.fromisoformat(wanted)
    except ValueError:
        day = None
    if day is not None:
        on_day = [b for b in backups if b.day == day]
        if on_day:
            # Its own daily copy first, then one set aside that day, then one
            # made before records (maybe another file's: the caller says so).
            return min(on_day, key=lambda b: (b.unrecorded, b.before_restore))
        raise GiftdeskError(
            translatable(
                "AutoBackup",
                "There is no backup of {name} from {date}; “giftdesk backups” lists them.",
            ).format(name=db_path.name, date=day.isoformat())
        )
    raise GiftdeskError(
        translatable(
            "AutoBackup",
            "“{wanted}” is neither a date (YYYY-MM-DD) nor the name of a backup of "
            "{name}; “giftdesk backups” lists them.",
        ).format(wanted=wanted, name=db_path.name)
    )


@dataclass(frozen=True)
class RestoreResult:
    restored: BackupFile
    set_aside: Path | None  # the file as it was, now among the backups


def restore_backup(
    db_path: Path,
    backup: BackupFile,
    folder: Path | None = None,
    now: Callable[[], dt.datetime] = dt.datetime.now,
) -> RestoreResult:
    """Put ``backup`` back into ``db_path``, after setting the current file aside.

    Both copies use SQLite's backup API: the file is replaced in one
    transaction, so readers never see half of it. An older backup is then
    upgraded as any older file is.
    """
    from giftdesk.data.database import inspect_file, migrate
    from giftdesk.migrations import HEAD

    folder = folder if folder is not None else backup_folder()
    state = inspect_file(backup.path)  # not a giftdesk file, or a newer one: refused
    if state.revision is None:
        raise GiftdeskError(
            translatable("AutoBackup", "The backup {name} is empty; nothing was restored.").format(
                name=backup.name
            )
        )
    set_aside = None
    try:
        if db_path.exists() and db_path.stat().st_size > 0:
            _make_folder(folder)
            when = now()
            # Two restores in one second (of this file or another of its
            # name): the next second's name, never overwriting one.
            names = (
                folder / before_restore_name(db_path.stem, when + dt.timedelta(seconds=s))
                for s in range(3600)
            )
            source = sqlite3.connect(db_path, isolation_level=None, timeout=3)
            try:
                set_aside = _store(source, names, source_key(db_path))
            finally:
                source.close()
        source = sqlite3.connect(read_only_uri(backup.path), uri=True)
        try:
            destination = sqlite3.connect(db_path, timeout=3)
            try:
                source.backup(destination)
            finally:
                destination.close()
        finally:
            source.close()
    except sqlite3.OperationalError as error:
        if "locked" in str(error) or "busy" in str(error):
            raise GiftdeskError(
                translatable(
                    "AutoBackup", "{name} is in use by another program; nothing was restored."
                ).format(name=db_path.name)
            ) from None
        raise GiftdeskError(
            translatable("AutoBackup", "{name} could not be restored: {error}.").format(
                name=db_path.name, error=error
            )
        ) from None
    except OSError as error:
        raise GiftdeskError(
            translatable(
                "AutoBackup",
                "The file as it is could not be set aside in {folder} ({why}); nothing "
                "was restored.",
            ).format(folder=folder, why=_why(error))
        ) from None
    if state.revision != HEAD:
        migrate(db_path, HEAD)
    return RestoreResult(backup, set_aside)
