"""``python -m benchmarks``: generate (or reuse) one file, run every bench_*.py on it.

See benchmarks/README.md.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

from benchmarks.generate import (  # noqa: E402
    DEFAULT_GIFTS,
    DEFAULT_OCCASIONS,
    DEFAULT_PEOPLE,
    generate,
)
from benchmarks.harness import (  # noqa: E402
    Context,
    discover,
    format_bytes,
    format_seconds,
    print_results,
    resident_memory,
)


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks",
        description="Time giftdesk against raw sqlite3 baselines on a synthetic family.",
    )
    parser.add_argument("--gifts", type=int, default=DEFAULT_GIFTS)
    parser.add_argument("--people", type=int, default=DEFAULT_PEOPLE)
    parser.add_argument("--occasions", type=int, default=DEFAULT_OCCASIONS)
    parser.add_argument("--repeat", type=int, default=5, help="timed runs per measurement")
    parser.add_argument(
        "--only", action="append", metavar="NAME", help="run only bench_NAME (repeatable)"
    )
    parser.add_argument(
        "--db",
        type=Path,
        help="reuse this generated file (made if missing, kept afterwards) instead of a new one",
    )
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument(
        "--keep", action="store_true", help="keep the work folder (benchmarks/out/run-*)"
    )
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    modules = discover(args.only)
    out = Path(__file__).resolve().parent / "out"
    out.mkdir(exist_ok=True)
    work_dir = Path(tempfile.mkdtemp(prefix="run-", dir=out))
    print(
        f"giftdesk benchmarks — Python {platform.python_version()}, SQLite "
        f"{sqlite3.sqlite_version}, {platform.machine()}, {os.cpu_count()} CPUs"
    )
    try:
        generated = None
        if args.db is not None and args.db.exists():
            db_path = args.db
            print(f"reusing {db_path} (sizes as given on the command line are not checked)")
        else:
            db_path = args.db or work_dir / "family.sqlite3"
            start = time.perf_counter()
            generated = generate(db_path, args.people, args.occasions, args.gifts, args.seed)
            print(
                f"generated {db_path}: {generated.people:,} people, {generated.occasions} "
                f"occasions, {generated.gifts:,} gifts, {generated.links:,} gift-person links, "
                f"{generated.budgets:,} budgets in {format_seconds(time.perf_counter() - start)} "
                f"(import alone {format_seconds(generated.import_seconds)})"
            )
        ctx = Context(
            db_path=db_path,
            people=args.people,
            occasions=args.occasions,
            gifts=args.gifts,
            repeat=args.repeat,
            work_dir=work_dir,
            generated=generated,
            options={"seed": args.seed},
        )
        for name, module in modules:
            if isinstance(module, Exception):
                print(f"\n== {name}: skipped (importing it failed: {module!r})")
                continue
            run = getattr(module, "run", None)
            if run is None:
                print(f"\n== {name}: skipped (no run(ctx); run it as its own script)")
                continue
            start = time.perf_counter()
            results = run(ctx)
            title = (module.__doc__ or name).strip().splitlines()[0]
            print_results(f"{name} — {title}", results)
            print(f"  ({name} took {format_seconds(time.perf_counter() - start)} in all)")
        current, peak = resident_memory()
        print(f"\nresident memory: {format_bytes(current)} now, {format_bytes(peak)} at the peak")
    finally:
        if not args.keep:
            shutil.rmtree(work_dir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
