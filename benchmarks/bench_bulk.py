"""Bulk purchaser assignment: 10,000 selected gifts of a 100,000-gift file.

Measured on a copy of the run's file, all in the same process and run:

The 10,000 gifts are what a person selects: a block of consecutive rows of
the table sorted by name (Shift-click, or Ctrl+A on a filtered view), so
their ids are scattered over the file.

- ``raw sqlite3``: ``UPDATE gifts SET purchaser_id=? WHERE id IN (…)`` of the
  same 10,000 rows in one transaction, plain ``sqlite3`` (the baseline);
- ``assign (data)``: giftdesk's undoable command alone: checks, the undo
  record (every previous purchaser), the status-bar total, one transaction;
- ``assign + gift table``: the command and the gift table's refresh as the
  window does it (the 10,000 rows patched in memory with the new purchaser,
  those where a contribution was dropped read again, ``upsert_rows`` through
  the sort/filter proxy into a shown ``QTableView`` with the 10,000 rows
  selected) — **the target: ≤ 2 × raw and < 300 ms**;
- ``whole main window``: the same through the real ``MainWindow`` until the
  event queue is empty — what the person waits for — split into the command,
  the gift table refresh, the people and occasion tables, the budget panel
  ("All occasions") and the rest (status line, events, paint); its undo; then
  the cost of showing the People and the Occasions tab afterwards;
- ``undo (data)``: undoing the command (10,000 purchasers put back).

Run with the harness (``python -m benchmarks --only bulk``) or alone:
``python -m benchmarks.bench_bulk [--db FILE] [--gifts N] [--selected N] [--window-only]``.
"""

from __future__ import annotations

import itertools
import os
import random
import sqlite3
import sys
import time
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

from benchmarks.harness import Context, Result, selected_by_name  # noqa: E402

SELECTED = 10_000


def run(ctx: Context) -> list[Result]:
    from PySide6.QtWidgets import QApplication

    from giftdesk.data.database import backup_copy, open_database

    app = QApplication.instance() or QApplication(sys.argv[:1])
    path = backup_copy(ctx.db_path, ctx.scratch_path("bulk.sqlite3"))  # never the shared file
    ids, by_name, start = selected_by_name(path, int(ctx.options.get("selected", SELECTED)))
    count = len(ids)
    with sqlite3.connect(path) as connection:
        people = [row[0] for row in connection.execute("SELECT id FROM persons")]
    person = itertools.cycle(people).__next__  # each run assigns someone else

    # The worst case as well: 10,000 ids drawn at random over the whole file.
    scattered = sorted(random.Random(12).sample(by_name, count))

    results = [Result("raw sqlite3", ctx.time(lambda: _raw_update(path, ids, person())))]
    note = f"{count:,} gifts of {len(by_name):,}: rows {start:,}–{start + count - 1:,} by name"
    db = open_database(path)
    try:
        if ctx.options.get("window_only"):
            return results + _in_main_window(ctx, db, ids, person, app)
        data, undo = _data_path(ctx, db, ids, person)
        results += [
            Result("assign (data)", data, baseline="raw sqlite3", note=note),
            Result("undo (data)", undo, baseline="raw sqlite3"),
            Result(
                "assign + gift table",
                _with_gift_table(ctx, db, ids, person),
                baseline="raw sqlite3",
                note="target ≤ 2× raw sqlite3 and < 300 ms",
            ),
        ]
        results += _in_main_window(ctx, db, ids, person, app)
        results += _open_picker(ctx, db, ids)
        raw = "raw sqlite3, random ids"
        results.append(Result(raw, ctx.time(lambda: _raw_update(path, scattered, person()))))
        data, _undo = _data_path(ctx, db, scattered, person)
        results += [
            Result("assign (data), random ids", data, baseline=raw),
            Result(
                "assign + gift table, random ids",
                _with_gift_table(ctx, db, scattered, person, sort=False),
                baseline=raw,
                note=f"{count:,} ids at random: the worst case for the file and the view",
            ),
        ]
    finally:
        db.close()
    return results


def _open_picker(ctx: Context, db, ids) -> list[Result]:  # type: ignore[no-untyped-def]
    """Ctrl+Shift+P until the picker can be shown, and its deferred figures."""
    from sqlalchemy import select

    from giftdesk.data.models import gifts
    from giftdesk.ui.bulk.picker_data import load_picker_data
    from giftdesk.ui.purchaser_picker import PickerMode, PurchaserPickerDialog

    with db.reading() as session:
        occasion = session.scalar(select(gifts.c.occasion_id).where(gifts.c.id == ids[0]))
        one = list(
            session.scalars(select(gifts.c.id).where(gifts.c.occasion_id == occasion).limit(2000))
        )

    def open_for(selection):  # type: ignore[no-untyped-def]
        data = load_picker_data(db, selection, PickerMode.PURCHASER, defer_mixed=True)
        dialog = PurchaserPickerDialog(
            data.lines, gift_count=len(selection), scope_text=data.scope_text
        )
        dialog.deleteLater()
        return data

    pending = open_for(ids).pending
    results = [
        Result(
            "open picker, several occasions",
            ctx.time(lambda: open_for(ids)),
            note=f"{len(ids):,} gifts; the all-occasion figures follow once it shows:",
        )
    ]
    if pending is not None:
        results.append(Result("  … their figures", ctx.time(pending)))
    results.append(
        Result(
            "open picker, one occasion",
            ctx.time(lambda: open_for(one)),
            note=f"{len(one):,} gifts of one occasion, figures included",
        )
    )
    return results


def _raw_update(path: Path, ids: Sequence[int], person_id: int) -> None:
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        connection.execute("PRAGMA foreign_keys=ON")
        connection.execute("PRAGMA synchronous=NORMAL")
        connection.execute("BEGIN")
        marks = ",".join("?" * len(ids))
        connection.execute(
            f"UPDATE gifts SET purchaser_id=? WHERE id IN ({marks})", [person_id, *ids]
        )
        connection.execute("COMMIT")
    finally:
        connection.close()


def _data_path(ctx: Context, db, ids, person) -> tuple[list[float], list[float]]:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QUndoStack

    from giftdesk.ui.changes import ChangeHub
    from giftdesk.ui.undo import UndoRunner

    stack = QUndoStack()
    runner = UndoRunner(lambda: db, ChangeHub(), stack, _refused)

    def assign() -> None:
        runner.run("Assign", _assign_op(ids, person()))

    data = ctx.time(assign)
    undo = ctx.time(stack.undo, warmup=0, repeat=min(ctx.repeat, stack.count()))
    return data, undo


def _assign_op(ids, person_id: int):  # type: ignore[no-untyped-def]
    """The bulk assignment as the window runs it: one operation."""
    from functools import partial

    from giftdesk.data.operations.bulk import assign_purchaser

    return partial(assign_purchaser, gift_ids=ids, person_id=person_id, person_name="Someone")


def _refused(sentence: str) -> None:
    raise RuntimeError(f"the benchmark's action was refused: {sentence}")


def _with_gift_table(ctx: Context, db, ids, person, sort: bool = True) -> list[float]:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QAbstractItemView, QTableView
    from sqlalchemy import select

    from giftdesk.data.models import persons
    from giftdesk.data.table_rows import list_gift_rows
    from giftdesk.ui.changes import ChangeHub
    from giftdesk.ui.models.gift_model import GiftTableModel
    from giftdesk.ui.models.proxy import TableProxyModel
    from giftdesk.ui.undo import UndoRunner

    model = GiftTableModel()
    proxy = TableProxyModel()
    proxy.setSourceModel(model)
    with db.reading() as session:
        model.set_rows(list_gift_rows(session))
    view = QTableView()
    view.setModel(proxy)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    view.resize(1200, 700)
    view.show()
    if sort:
        proxy.sort(model.column_of("name"))
    _select(view, proxy, ids)
    ranges = len(view.selectionModel().selection())
    hub = ChangeHub()
    runner = UndoRunner(lambda: db, hub, QUndoStack(), _refused)

    def refresh(change) -> None:  # type: ignore[no-untyped-def]
        # What the gift tab's refresh does: the people's names
        # (one light query), the rows patched with the change's values, the
        # few it does not name (a contribution dropped) read again.
        with db.reading() as session:
            names = dict(session.execute(select(persons.c.id, persons.c.name)).all())
            rows = model.patched_rows(
                change.gift_values, {"purchaser_name": names, "occasion_name": {}}
            )
            assert rows is not None
            to_read = set(change.gifts) - {row.id for row in rows}
            rows += list_gift_rows(session, sorted(to_read)) if to_read else []
        model.upsert_rows(rows)

    hub.changed.connect(refresh)

    def assign() -> None:
        runner.run("Assign", _assign_op(ids, person()))
        view.viewport().repaint()

    samples = ctx.time(assign)
    assert len(view.selectionModel().selection()) == ranges  # the selection stayed
    view.close()
    return samples


def _select(view, proxy, ids) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QItemSelection, QItemSelectionModel

    selection = QItemSelection()
    last = proxy.columnCount() - 1
    rows = sorted(proxy.proxy_row_for_id(gift_id) for gift_id in ids)
    runs = [[rows[0], rows[0]]]
    for row in rows[1:]:
        if row == runs[-1][1] + 1:
            runs[-1][1] = row
        else:
            runs.append([row, row])
    for first, end in runs:
        selection.select(proxy.index(first, 0), proxy.index(end, last))
    view.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)


def _in_main_window(ctx: Context, db, ids, person, app) -> list[Result]:  # type: ignore[no-untyped-def]
    """The assignment through the real window, split into where the time goes.

    Each part is timed by wrapping, on this window only, the methods that do
    it; the split is per run, so the parts' medians need not add up exactly.
    Then the cost of showing the People and the Occasions tab afterwards
    (a hidden table reads its figures when shown, if they moved).
    """
    from PySide6.QtCore import QSettings, Qt

    from giftdesk.ui.main_window import TAB_GIFTS, TAB_OCCASIONS, TAB_PEOPLE, MainWindow

    settings = QSettings(str(ctx.scratch_path("settings.ini")), QSettings.Format.IniFormat)
    window = MainWindow(db, settings=settings)
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    window.gift_view.sortByColumn(window.gift_model.column_of("name"), Qt.SortOrder.AscendingOrder)
    window.select_gifts(ids)
    assert len(window.selected_gift_ids()) == len(ids)
    assert window.budget_panel.isVisible()
    clock = _Clock()
    clock.wrap(window.tables, "_refresh", "window")
    for owner, name in _side_table_work(window):
        clock.wrap(owner, name, "side")
    clock.wrap(window.budget_panel, "refresh", "panel")
    parts: dict[str, list[float]] = {
        key: [] for key in ("command", "gifts", "side", "panel", "events")
    }

    def assign() -> None:
        clock.reset()
        start = time.perf_counter()
        window.bulk_actions.apply("Assign purchaser", _assign_op(ids, person()), ids)
        applied = time.perf_counter()
        app.processEvents()
        end = time.perf_counter()
        spent = clock.spent
        # The panel refreshes on a zero timer, after the command returned.
        parts["command"].append(applied - start - spent["window"])
        parts["gifts"].append(spent["window"] - spent["side"])
        parts["side"].append(spent["side"])
        parts["panel"].append(spent["panel"])
        parts["events"].append(end - applied - spent["panel"])

    def show_tab(tab: int):  # type: ignore[no-untyped-def]
        def show() -> None:
            window.tabs.setCurrentIndex(tab)
            app.processEvents()

        def setup() -> None:
            window.tabs.setCurrentIndex(TAB_GIFTS)
            app.processEvents()
            window.select_gifts(ids)
            assign()

        return show, setup

    results: list[Result] = []
    try:
        total = ctx.time(assign)
        split = {key: samples[-len(total) :] for key, samples in parts.items()}
        results += [
            Result(
                "whole main window",
                total,
                baseline="raw sqlite3",
                note="until the event queue is empty; split below (per run, medians):",
            ),
            Result("  command: checks, undo record, commit", split["command"]),
            Result("  gift table refresh", split["gifts"]),
            Result("  people + occasion tables", split["side"]),
            Result("  budget panel (All occasions)", split["panel"]),
            Result("  status line, events, paint", split["events"]),
        ]

        def undo() -> None:
            window.undo_stack.undo()
            app.processEvents()

        results.append(
            Result(
                "undo in the whole main window",
                ctx.time(undo, setup=assign),
                baseline="raw sqlite3",
                note="10,000 different previous purchasers put back, every view refreshed",
            )
        )
        for label, tab in (("People", TAB_PEOPLE), ("Occasions", TAB_OCCASIONS)):
            show, setup = show_tab(tab)
            results.append(
                Result(
                    f"then show the {label} tab",
                    ctx.time(show, setup=setup),
                    note="" if tab == TAB_PEOPLE else "(a purchaser moves no occasion figure)",
                )
            )
    finally:
        clock.restore()
        window.undo_stack.clear()
        window.close()
    return results


def _side_table_work(window):  # type: ignore[no-untyped-def]
    """What refreshing the people and occasion tables calls (before and after the pass)."""
    from giftdesk.data import table_rows

    yield table_rows, "list_person_rows"
    yield table_rows, "list_occasion_rows"
    yield window.person_model, "replace_rows"
    yield window.occasion_model, "replace_rows"
    yield window.tables.gifts, "fill_occasion_filter"
    for tab in (window.tables.people, window.tables.occasions):
        yield tab, "read_details"
        yield tab, "apply"


class _Clock:
    """Seconds spent in wrapped callables, per bucket (nested calls count in both)."""

    def __init__(self) -> None:
        self.spent: dict[str, float] = defaultdict(float)
        self._depth: dict[str, int] = defaultdict(int)
        self._wrapped: list[tuple[object, str, object, bool]] = []

    def wrap(self, owner: object, name: str, bucket: str) -> None:
        original = getattr(owner, name)
        own = name in vars(owner)  # an instance or module attribute to put back
        depth = self._depth

        def timed(*args, **kwargs):  # type: ignore[no-untyped-def]
            depth[bucket] += 1
            start = time.perf_counter()
            try:
                return original(*args, **kwargs)
            finally:
                depth[bucket] -= 1
                if not depth[bucket]:  # nested calls in one bucket count once
                    self.spent[bucket] += time.perf_counter() - start

        setattr(owner, name, timed)
        self._wrapped.append((owner, name, original, own))

    def reset(self) -> None:
        self.spent.clear()

    def restore(self) -> None:
        for owner, name, original, own in reversed(self._wrapped):
            if own:
                setattr(owner, name, original)
            else:
                delattr(owner, name)
        self._wrapped.clear()


def main(argv: list[str] | None = None) -> int:
    from benchmarks.harness import run_standalone, standalone_parser

    parser = standalone_parser(__doc__)
    parser.add_argument("--selected", type=int, default=SELECTED)
    parser.add_argument(
        "--window-only", action="store_true", help="only raw sqlite3 and the whole-window lines"
    )
    args = parser.parse_args(argv)
    options = {"selected": args.selected, "window_only": args.window_only}
    return run_standalone(__doc__, run, args, options)


if __name__ == "__main__":
    raise SystemExit(main())
