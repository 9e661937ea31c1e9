"""Start-up: how long until the main window is on screen, and what it imports.

Measures, in the same run, each as a fresh process (median and best of
``--repeat``):

- ``qt floor``: a bare PySide6 QApplication + QMainWindow shown (the
  baseline nothing in giftdesk can beat);
- ``empty file`` / ``demo file``: ``python -m giftdesk --db FILE`` until
  the window is shown (``GIFTDESK_REPORT_STARTUP`` prints the moment;
  ``GIFTDESK_QUIT_AFTER_SHOWN_MS=0`` closes it right after);
- ``--gifts N`` adds a generated file of N gifts (benchmarks/generate.py);
- ``--version``: the command line without Qt.

Then ``python -X importtime`` of the window's modules: the total and the
biggest imports, and which heavy modules (Alembic, printing, reports) were
loaded before the window was shown (they must not be).

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_startup.py [--repeat 5] [--gifts 20000]
    python -m benchmarks --only startup --gifts 20000   # the same through the harness

Wall-clock numbers, for people to read; no targets are asserted here.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

QT_FLOOR = textwrap.dedent(
    """
    import json, sys, time
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow
    app = QApplication(sys.argv)
    window = QMainWindow()
    window.resize(1280, 800)
    window.show()
    def shown():
        print(json.dumps({"shown_at": time.time(), "heavy_modules_loaded": []}), flush=True)
        window.close()
    QTimer.singleShot(0, shown)
    sys.exit(app.exec())
    """
)


def child_env(log_dir: Path, config_dir: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        GIFTDESK_REPORT_STARTUP="1",
        GIFTDESK_QUIT_AFTER_SHOWN_MS="0",
        GIFTDESK_LOG_DIR=str(log_dir),
        XDG_CONFIG_HOME=str(config_dir),  # fresh QSettings: no restored geometry
    )
    return env


def time_to_shown(command: list[str], env: dict[str, str]) -> tuple[float, float, list[str]]:
    """(seconds to window shown, seconds to exit, heavy modules loaded)."""
    start = time.time()
    result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300)
    ended = time.time()
    if result.returncode != 0:
        raise SystemExit(f"{command} failed ({result.returncode}):\n{result.stderr}")
    reports = [line for line in result.stdout.splitlines() if line.startswith("{")]
    if not reports:
        raise SystemExit(f"{command} never reported its window:\n{result.stderr}")
    report = json.loads(reports[-1])
    return report["shown_at"] - start, ended - start, report["heavy_modules_loaded"]


def shown_samples(
    command: list[str], env: dict[str, str], repeat: int
) -> tuple[list[float], list[float], list[str]]:
    """Seconds to window shown and to exit over ``repeat`` runs (after a warm-up)."""
    time_to_shown(command, env)  # warm the disk cache once
    shown, total, heavy = [], [], []
    for _ in range(repeat):
        to_shown, to_exit, loaded = time_to_shown(command, env)
        shown.append(to_shown)
        total.append(to_exit)
        heavy = loaded
    return shown, total, heavy


def measure(name: str, command: list[str], env: dict[str, str], repeat: int) -> None:
    shown_s, total_s, heavy = shown_samples(command, env, repeat)
    shown = [s * 1000 for s in shown_s]
    total = [s * 1000 for s in total_s]
    print(
        f"{name:<22} shown: median {statistics.median(shown):6.0f} ms, best {min(shown):6.0f} ms"
        f" | whole run: median {statistics.median(total):6.0f} ms"
        + (f" | heavy modules loaded: {', '.join(heavy)}" if heavy else "")
    )


def measure_version(repeat: int) -> None:
    runs = []
    for _ in range(repeat + 1):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "giftdesk", "--version"], check=True,
                       capture_output=True)  # fmt: skip
        runs.append((time.perf_counter() - start) * 1000)
    runs = runs[1:]
    print(
        f"{'--version':<22} exit:  median {statistics.median(runs):6.0f} ms, "
        f"best {min(runs):6.0f} ms"
    )


def import_profile(top: int) -> None:
    """``-X importtime`` of everything imported before the window's first frame
    (SQLAlchemy and the file's modules load after it, see giftdesk.ui.app)."""
    code = "import giftdesk.cli, giftdesk.ui.app, giftdesk.ui.main_window"
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", code], capture_output=True, text=True, check=True
    )
    rows = []
    for line in result.stderr.splitlines():
        match = re.match(r"import time:\s+(\d+) \|\s+(\d+) \|(\s+)(\S+)", line)
        if match:
            rows.append((int(match.group(2)), len(match.group(3)), match.group(4)))
    top_level = [r for r in rows if r[1] == 1]
    total = sum(r[0] for r in top_level) / 1000
    print(f"\nimports before the first frame (python -X importtime, one run): {total:.0f} ms")
    for cumulative, _depth, name in sorted(top_level, reverse=True)[:top]:
        print(f"  {cumulative / 1000:7.1f} ms  {name}")


def run(ctx):  # type: ignore[no-untyped-def]
    """``python -m benchmarks --only startup``: the same, on the run's file."""
    from benchmarks.harness import Result

    env = child_env(ctx.work_dir / "startup-logs", ctx.work_dir / "startup-config")
    python = [sys.executable]
    empty = ctx.scratch_path("startup-empty.sqlite3")
    from giftdesk.data.database import open_database

    open_database(empty).close()
    family = ctx.scratch_path("startup-family.sqlite3")
    shutil.copyfile(ctx.db_path, family)  # the app switches files to WAL: work on a copy
    results = []
    floor, _total, _heavy = shown_samples([*python, "-c", QT_FLOOR], env, ctx.repeat)
    results.append(Result("qt floor: bare window shown", floor))
    for name, path in (("empty file", empty), (f"{ctx.gifts} gifts", family)):
        shown, _total, heavy = shown_samples(
            [*python, "-m", "giftdesk", "--db", str(path)], env, ctx.repeat
        )
        results.append(
            Result(
                f"giftdesk window shown, {name}",
                shown,
                baseline="qt floor: bare window shown",
                note="fresh process each run, wall clock from spawn to shown; heavy modules "
                f"loaded before it: {', '.join(heavy) or 'none'}",
            )
        )
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--gifts", type=int, default=0, help="also a generated file of N gifts")
    parser.add_argument("--top", type=int, default=12, help="imports to list")
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="giftdesk-bench-startup-"))
    try:
        env = child_env(work / "logs", work / "config")
        python = [sys.executable]
        empty = work / "empty.sqlite3"
        demo = work / "demo.sqlite3"
        subprocess.run([*python, "-m", "giftdesk", "demo", "--db", str(demo)], check=True,
                       capture_output=True, env=env)  # fmt: skip
        from giftdesk.data.database import open_database

        open_database(empty).close()
        print(f"start-up, {args.repeat} runs each, QT_QPA_PLATFORM={os.environ['QT_QPA_PLATFORM']}")
        measure("qt floor", [*python, "-c", QT_FLOOR], env, args.repeat)
        measure("empty file", [*python, "-m", "giftdesk", "--db", str(empty)], env, args.repeat)
        measure("demo file", [*python, "-m", "giftdesk", "--db", str(demo)], env, args.repeat)
        if args.gifts:
            sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
            from benchmarks.generate import generate

            big = work / "big.sqlite3"
            generate(big, gifts=args.gifts, people=max(50, args.gifts // 50))
            command = [*python, "-m", "giftdesk", "--db", str(big)]
            measure(f"{args.gifts} gifts", command, env, args.repeat)
        measure_version(args.repeat)
        import_profile(args.top)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
