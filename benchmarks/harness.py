"""The shared machinery of ``python -m benchmarks``: context, results, printing.

A benchmark module is any ``benchmarks/bench_*.py`` with a function
``run(ctx: Context) -> list[Result]``. The harness prepares one giftdesk file
for the whole run (generated at the requested size, or reused with
``--db``), hands every module the same ``Context``, and prints all results
the same way: median, min and max over the repetitions, a throughput when
the result counts items, and a ratio against another result of the same
module (``Result.baseline``).
"""

from __future__ import annotations

import argparse
import gc
import importlib
import os
import pkgutil
import random
import resource
import sqlite3
import statistics
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

from benchmarks.generate import GeneratedFile, generate


@dataclass
class Result:
    """One measured thing: its samples (seconds) and how to present them."""

    name: str
    samples: list[float]
    # Other results' names: prints this median / their median, for each.
    baseline: str | tuple[str, ...] | None = None
    items: int | None = None  # e.g. rows imported, for a per-second rate
    item_label: str = "items"
    note: str = ""  # printed under the line (how it was measured, extrapolations …)
    memory_peak_bytes: int | None = None  # Python allocations at the peak (tracemalloc)

    @property
    def median(self) -> float:
        return statistics.median(self.samples)


@dataclass
class Context:
    """What every benchmark module gets: the file, the sizes, timing helpers."""

    db_path: Path
    people: int
    occasions: int
    gifts: int
    repeat: int
    work_dir: Path
    generated: GeneratedFile | None = None  # None when the file was reused (--db)
    options: dict[str, Any] = field(default_factory=dict)

    def time(
        self,
        function: Callable[[], object],
        repeat: int | None = None,
        warmup: int = 1,
        setup: Callable[[], object] | None = None,
    ) -> list[float]:
        """Seconds of ``repeat`` calls (after ``warmup`` untimed ones).

        ``setup`` runs untimed before each call (e.g. to make a fresh file).
        The garbage collector is paused while the clock runs, as timeit does.
        """
        for _ in range(warmup):
            if setup is not None:
                setup()
            function()
        samples = []
        for _ in range(repeat or self.repeat):
            if setup is not None:
                setup()
            gc.collect()
            gc.disable()
            try:
                start = time.perf_counter()
                function()
                samples.append(time.perf_counter() - start)
            finally:
                gc.enable()
        return samples

    @staticmethod
    def memory_peak(function: Callable[[], object]) -> int:
        """Peak bytes of Python allocations during one call (tracemalloc)."""
        gc.collect()
        tracemalloc.start()
        try:
            function()
            return tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()

    def open_db(self):  # type: ignore[no-untyped-def]
        from giftdesk.data.database import open_database

        return open_database(self.db_path)

    def scratch_path(self, name: str) -> Path:
        """A path in the run's work folder that does not exist yet."""
        path = self.work_dir / name
        counter = 1
        while path.exists():
            counter += 1
            path = self.work_dir / f"{Path(name).stem}-{counter}{Path(name).suffix}"
        return path


def resident_memory() -> tuple[int, int]:
    """(current, peak) resident set size of this process in bytes."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024  # KiB on Linux
    current = peak
    try:
        with open("/proc/self/statm") as handle:
            current = int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except OSError:
        pass
    return current, peak


def discover(only: list[str] | None = None) -> list[tuple[str, ModuleType | Exception]]:
    """The ``benchmarks/bench_*.py`` modules (those named by ``only``, if given).

    Each comes as (name, module), or (name, the exception) when importing it
    failed, so one broken module does not stop the others.
    """
    import benchmarks

    names = sorted(
        info.name
        for info in pkgutil.iter_modules(benchmarks.__path__)
        if info.name.startswith("bench_")
    )
    if only:
        wanted = {name if name.startswith("bench_") else f"bench_{name}" for name in only}
        unknown = wanted - set(names)
        if unknown:
            raise SystemExit(
                f"No benchmark module {', '.join(sorted(unknown))}; there are {', '.join(names)}."
            )
        names = [name for name in names if name in wanted]
    found: list[tuple[str, ModuleType | Exception]] = []
    for name in names:
        try:
            found.append((name, importlib.import_module(f"benchmarks.{name}")))
        except Exception as error:  # noqa: BLE001 - reported, the others still run
            found.append((name, error))
    return found


def format_seconds(seconds: float) -> str:
    if seconds >= 100:
        return f"{seconds:,.0f} s"
    if seconds >= 1:
        return f"{seconds:.2f} s"
    if seconds >= 0.001:
        return f"{seconds * 1000:.1f} ms"
    return f"{seconds * 1e6:.0f} µs"


def format_bytes(count: int) -> str:
    return f"{count / 2**20:,.1f} MiB"


def print_results(title: str, results: list[Result]) -> None:
    by_name = {r.name: r for r in results}
    width = max([len(r.name) for r in results] + [10])
    print(f"\n== {title}")
    print(f"  {'':<{width}}  {'median':>10}  {'min':>10}  {'max':>10}  runs")
    for r in results:
        line = (
            f"  {r.name:<{width}}  {format_seconds(r.median):>10}  "
            f"{format_seconds(min(r.samples)):>10}  {format_seconds(max(r.samples)):>10}  "
            f"{len(r.samples):>4}"
        )
        extras = []
        if r.items:
            extras.append(f"{r.items / r.median:,.0f} {r.item_label}/s")
        baselines = (r.baseline,) if isinstance(r.baseline, str) else (r.baseline or ())
        for name in baselines:
            if name in by_name:
                base = by_name[name].median
                ratio = r.median / base if base else float("inf")
                extras.append(f"{ratio:,.2f}× {name}")
        if r.memory_peak_bytes is not None:
            extras.append(f"peak {format_bytes(r.memory_peak_bytes)} allocated")
        if extras:
            line += "   " + "; ".join(extras)
        print(line)
        if r.note:
            print(f"  {'':<{width}}  ↳ {r.note}")


# -- what several benchmarks share ------------------------------------------------


def selected_by_name(path: Path, count: int) -> tuple[list[int], list[int], int]:
    """What a person selects: ``count`` consecutive rows of the gift table sorted by
    name (Shift-click, or Ctrl+A on a filtered view), so ids scattered in the file.

    Returns (the selected ids in id order, every id in name order, the first
    selected row's position); the same block on every run (a fixed seed).
    """
    with sqlite3.connect(path) as connection:
        rows = connection.execute("SELECT id, name FROM gifts ORDER BY id").fetchall()
    by_name = [i for i, _ in sorted(rows, key=lambda r: (r[1].casefold(), r[0]))]
    count = min(count, len(by_name))
    start = random.Random(11).randrange(len(by_name) - count + 1)
    return sorted(by_name[start : start + count]), by_name, start


def standalone_parser(doc: str | None) -> argparse.ArgumentParser:
    """The options of a ``bench_*.py`` run as its own script (the file and its size)."""
    parser = argparse.ArgumentParser(description=(doc or "").splitlines()[0])
    parser.add_argument("--db", type=Path, help="a generated file to use (made if missing)")
    parser.add_argument("--gifts", type=int, default=100_000)
    parser.add_argument("--people", type=int, default=2_000)
    parser.add_argument("--occasions", type=int, default=50)
    parser.add_argument("--repeat", type=int, default=5)
    return parser


def run_standalone(
    doc: str | None,
    run: Callable[[Context], list[Result]],
    args: argparse.Namespace,
    options: dict[str, Any] | None = None,
) -> int:
    """Run one benchmark module on ``args.db`` (generated there, or in a temporary
    folder, when missing) and print its results as the harness does."""
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        path = args.db or work / "family.sqlite3"
        if not path.exists():
            generate(path, args.people, args.occasions, args.gifts, 2026)
        ctx = Context(
            path, args.people, args.occasions, args.gifts, args.repeat, work, options=options or {}
        )
        print_results((doc or "").splitlines()[0], run(ctx))
    return 0
