"""Budget summary: import, summary vs raw sqlite3 floor vs per-person pattern.

Measured in one run on the same file:

- ``import``: the generated family through ``import_backup`` in one
  transaction, into fresh files (the first sample is the import that made
  the run's file, when the harness generated it);
- ``budget summary``: ``compute_budget_summary(session)`` — every occasion,
  every person, in its own read session, as the budget panel calls it;
- ``sql aggregate``: the same figures aggregated in SQL with window functions
  (the other design SPEC §2 allows, and the engine's first one), checked equal
  first;
- ``raw floor (totals)``: hand-written plain ``sqlite3`` computing the same
  occasion totals — the floor the issue names;
- ``raw floor (all figures)``: hand-written plain ``sqlite3`` computing
  the occasion totals *and* every person's split shares;
- ``per-person pattern``: four queries per person per occasion, timed on a
  random sample of (person, occasion) pairs and extrapolated to all of them.

Goals: summary ≤ 2× the raw floor, ≥ 20× faster than per-person.
"""

from __future__ import annotations

import random
import sqlite3
import time

from benchmarks.budget_alternatives import (
    per_person_pattern,
    raw_full,
    raw_totals,
    sql_summary,
)
from benchmarks.generate import count_links, family_backup, import_family
from benchmarks.harness import Context, Result
from giftdesk.data.budget import compute_budget_summary

PER_PERSON_SAMPLE = 200  # (person, occasion) pairs timed for the old pattern


def run(ctx: Context) -> list[Result]:
    results = [_import(ctx)]
    db = ctx.open_db()
    try:
        results += _summary(ctx, db)
    finally:
        db.close()
    return results


def _import(ctx: Context) -> Result:
    backup = family_backup(ctx.people, ctx.occasions, ctx.gifts, ctx.options.get("seed", 2026))
    rows = (
        len(backup["persons"])
        + len(backup["occasions"])
        + len(backup["gifts"])
        + count_links(backup)
        + len(backup["budgets"])
    )
    samples = []
    if ctx.generated is not None:
        samples.append(ctx.generated.import_seconds)
    # A 100k-gift import takes seconds: a few samples are enough.
    runs = ctx.repeat if ctx.gifts <= 20_000 else min(ctx.repeat, 3)
    while len(samples) < runs:
        samples.append(import_family(ctx.scratch_path("import.sqlite3"), backup))
    return Result(
        "import",
        samples,
        items=rows,
        item_label="rows",
        note=f"{ctx.gifts:,} gifts, {rows:,} rows in all (people, occasions, gifts, links, "
        f"budgets); {ctx.gifts / min(samples):,.0f} gifts/s at best",
    )


def _summary(ctx: Context, db) -> list[Result]:  # type: ignore[no-untyped-def]
    def summary():  # type: ignore[no-untyped-def]
        with db.reading() as session:
            return compute_budget_summary(session)

    def in_sql():  # type: ignore[no-untyped-def]
        with db.reading() as session:
            return sql_summary(session)

    expected = summary()
    if in_sql() != expected:
        raise AssertionError("the SQL aggregate disagrees with compute_budget_summary")
    connection = sqlite3.connect(ctx.db_path)
    try:
        _check_raw(expected, connection)
        floor = Result("raw floor (totals)", ctx.time(lambda: raw_totals(connection)))
        full = Result("raw floor (all figures)", ctx.time(lambda: raw_full(connection)))
    finally:
        connection.close()

    person_rows = sum(len(o.people) for o in expected.occasions)
    sql = Result(
        "budget summary",
        ctx.time(summary),
        baseline=("raw floor (totals)", "raw floor (all figures)"),
        note=f"{len(expected.occasions)} occasions, {person_rows:,} person rows; "
        "4 queries, one streaming pass over plain tuples",
        memory_peak_bytes=ctx.memory_peak(summary),
    )
    aggregate = Result(
        "sql aggregate",
        ctx.time(in_sql),
        baseline="budget summary",
        note="same figures, 3 queries aggregated by SQLite (checked equal)",
        memory_peak_bytes=ctx.memory_peak(in_sql),
    )
    return [floor, full, sql, aggregate, _per_person(ctx, db, expected)]


def _check_raw(expected, connection: sqlite3.Connection) -> None:  # type: ignore[no-untyped-def]
    """The floors must compute the same numbers, or the comparison means nothing."""
    totals = {row[0]: tuple(row[1:]) for row in raw_totals(connection)}
    for entry in expected.occasions:
        got = totals.get(entry.occasion_id, (0, None, None, None, None, None))
        want = (
            entry.gifts,
            entry.ideas_total_cents,
            entry.planned_total_cents,
            entry.bought_total_cents,
            entry.unassigned_total_cents,
            entry.unpriced,
        )
        if entry.gifts and got != want:
            raise AssertionError(f"raw totals differ for {entry.name}: {got} != {want}")
    _, people = raw_full(connection)
    figures = {(row[0], row[1]): tuple(row[3:]) for row in people}
    for entry in expected.occasions:
        for p in entry.people:
            want = (
                p.recipient_budget_cents,
                p.receiving_planned_cents,
                p.receiving_bought_cents,
                p.purchaser_budget_cents,
                p.buying_planned_cents,
                p.buying_bought_cents,
            )
            if figures.get((entry.occasion_id, p.person_id)) != want:
                raise AssertionError(f"raw person figures differ for {p.name} in {entry.name}")


def _per_person(ctx: Context, db, expected) -> Result:  # type: ignore[no-untyped-def]
    from sqlalchemy import select

    from giftdesk.data.models import persons

    with db.reading() as session:
        person_ids = list(session.scalars(select(persons.c.id)))
    occasion_ids = [o.occasion_id for o in expected.occasions]
    pairs = [(p, o) for o in occasion_ids for p in person_ids]
    rng = random.Random(7)
    size = min(len(pairs), PER_PERSON_SAMPLE)
    runs = min(ctx.repeat, 3) if size < len(pairs) else ctx.repeat
    samples = []
    for _ in range(runs):
        sample = rng.sample(pairs, size)
        with db.reading() as session:
            start = time.perf_counter()
            got = per_person_pattern(session, sample)
            elapsed = time.perf_counter() - start
        samples.append(elapsed * len(pairs) / size)
        _check_per_person(expected, got)
    how = f"4 queries × {len(pairs):,} (person, occasion) pairs = {4 * len(pairs):,} queries; " + (
        f"EXTRAPOLATED from {size} random pairs per run ({samples[0] / len(pairs) * 1e3:.2f} "
        "ms per pair)"
        if size < len(pairs)
        else "all pairs run"
    )
    return Result("per-person pattern", samples, baseline="budget summary", note=how)


def _check_per_person(expected, got) -> None:  # type: ignore[no-untyped-def]
    people = {
        (o.occasion_id, p.person_id): (
            p.receiving_planned_cents,
            p.receiving_bought_cents,
            p.buying_planned_cents,
            p.buying_bought_cents,
        )
        for o in expected.occasions
        for p in o.people
    }
    for key, values in got.items():
        if values != people.get(key, (0, 0, 0, 0)):
            raise AssertionError(f"per-person pattern differs at {key}: {values}")
