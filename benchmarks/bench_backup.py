"""The daily backup: how long the copy takes, and how long the window waits for it.

Measured on a copy of the run's file (100,000 gifts by default):

- ``raw sqlite3 backup API``: ``src.backup(dst)`` of the whole file with plain
  ``sqlite3`` (the baseline), and ``shutil.copyfile`` for scale;
- ``daily backup, whole``: ``DailyBackups.before_change()`` waiting for its
  thread — read snapshot, copy, one self-contained file, prune;
- ``daily backup, the edit waits``: ``before_change()`` as the window calls
  it (the copy goes on in its thread): what an edit waits before it is written;
- ``longest stall beside the copy``: while the thread copies, the main thread
  sleeps 1 ms at a time; the largest gap between its wake-ups is how long the
  window's event loop could be held up (the copy releases the GIL).

Run with the harness (``python -m benchmarks --only backup``) or alone:
``python -m benchmarks.bench_backup [--db FILE] [--gifts N]``.
"""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
import time

from benchmarks.harness import Context, Result


def run(ctx: Context) -> list[Result]:
    from giftdesk.data.auto_backup import DailyBackups
    from giftdesk.data.database import backup_copy

    source = backup_copy(ctx.db_path, ctx.scratch_path("backup-source.sqlite3"))
    size = source.stat().st_size
    folder = ctx.work_dir / "daily-backups"

    def clear() -> None:
        shutil.rmtree(folder, ignore_errors=True)
        for leftover in ctx.work_dir.glob("raw-copy*.sqlite3"):
            leftover.unlink()

    def raw_backup() -> None:
        src = sqlite3.connect(source)
        dst = sqlite3.connect(ctx.work_dir / "raw-copy.sqlite3")
        src.backup(dst)
        dst.close()
        src.close()

    def file_copy() -> None:
        shutil.copyfile(source, ctx.work_dir / "raw-copy-file.sqlite3")

    day = iter(range(10_000))

    def daily(wait: bool) -> DailyBackups:
        # A new day each time, so every call makes a backup.
        today = dt.date(2026, 1, 1) + dt.timedelta(days=next(day))
        return DailyBackups(source, folder=folder, today=lambda: today, wait=wait)

    def whole() -> None:
        daily(True).before_change()

    waiting: list[DailyBackups] = []

    def edit_waits() -> None:
        backups = daily(False)
        backups.before_change()
        waiting.append(backups)

    def finish_waiting() -> None:
        while waiting:
            waiting.pop().join()
        clear()

    def longest_stall() -> float:
        backups = daily(False)
        backups.before_change()
        thread = backups.thread
        assert thread is not None
        longest, last = 0.0, time.perf_counter()
        while thread.is_alive():
            time.sleep(0.001)
            now = time.perf_counter()
            longest, last = max(longest, now - last), now
        return longest

    results = [
        Result("raw sqlite3 backup API", ctx.time(raw_backup, setup=clear)),
        Result(
            "shutil.copyfile", ctx.time(file_copy, setup=clear), baseline="raw sqlite3 backup API"
        ),
        Result(
            "daily backup, whole (snapshot, copy, prune)",
            ctx.time(whole, setup=clear),
            baseline="raw sqlite3 backup API",
            note=f"file of {size / 1e6:.1f} MB, {ctx.gifts:,} gifts",
        ),
        Result(
            "daily backup, the edit waits",
            ctx.time(edit_waits, setup=finish_waiting),
            baseline="raw sqlite3 backup API",
        ),
    ]
    finish_waiting()
    stalls = []
    for _ in range(ctx.repeat):
        clear()
        stalls.append(longest_stall())
    results.append(
        Result(
            "longest stall of the main thread beside the copy",
            stalls,
            baseline="raw sqlite3 backup API",
            note="1 ms sleeps in the main thread while the copy runs; the largest gap",
        )
    )
    clear()
    return results


def main(argv: list[str] | None = None) -> int:
    from benchmarks.harness import run_standalone, standalone_parser

    args = standalone_parser(__doc__).parse_args(argv)
    return run_standalone(__doc__, run, args)


if __name__ == "__main__":
    raise SystemExit(main())
