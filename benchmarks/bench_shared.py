"""A shared family on PostgreSQL: round trips per user action, and their time over a network.

The generated family is imported into a fresh PostgreSQL database (timed
against a raw ``COPY`` of the same rows into another fresh one). Then, for
each user action, it counts the round trips (statements and commits or
rollbacks, as SQLAlchemy's events see them; psycopg's own ``BEGIN`` comes on
top of each transaction) and times the action directly and through
``benchmarks.delay_proxy`` adding 10 ms each way (20 ms a round trip). The
budget figures are compared with a hand-written psycopg query computing the
same occasion totals, and the per-person summary with fetching its input
rows by hand.

The server: ``GIFTDESK_BENCH_POSTGRES`` (else ``GIFTDESK_TEST_POSTGRES``, else
``postgresql://root@127.0.0.1:5432/test``), a role that may create databases.
``GIFTDESK_BENCH_SHARED_PARTS`` (``import``, ``actions``, ``budget``, comma
separated) runs only those parts; all three by default.
"""

from __future__ import annotations

import dataclasses
import os
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from functools import partial
from typing import Any

from benchmarks.delay_proxy import DelayProxy
from benchmarks.harness import Context, Result

SELECTED = 10_000
ONE_WAY_MS = 10

OCCASION_TOTALS_SQL = """
SELECT occasion_id, count(*),
  coalesce(sum(CASE WHEN status = 'idea' THEN cost ELSE 0 END), 0),
  coalesce(sum(CASE WHEN status IN ('selected','purchased','received') THEN cost ELSE 0 END), 0),
  coalesce(sum(CASE WHEN status IN ('purchased','received') THEN cost ELSE 0 END), 0),
  coalesce(sum(CASE WHEN status IN ('selected','purchased','received')
                     AND purchaser_id IS NULL THEN cost ELSE 0 END), 0),
  coalesce(sum(CASE WHEN sale_price_cents IS NULL AND price_cents IS NULL THEN 1 ELSE 0 END), 0)
FROM (SELECT occasion_id, status, purchaser_id, sale_price_cents, price_cents,
             coalesce(sale_price_cents, price_cents, 0)::bigint * quantity AS cost FROM gifts) g
GROUP BY occasion_id
"""

# Every figure of SPEC §2 by hand, in two statements. First each occasion (and
# the "no occasion" bucket when a gift has none) with its totals and remaining.
HAND_OCCASIONS_SQL = """
SELECT o.id, o.name, o.budget_cents, coalesce(t.gifts, 0), coalesce(t.ideas, 0),
       coalesce(t.planned, 0), coalesce(t.bought, 0),
       o.budget_cents - coalesce(t.planned, 0), coalesce(t.unassigned, 0), coalesce(t.unpriced, 0)
FROM (SELECT id, name, budget_cents FROM occasions
      UNION ALL
      SELECT NULL, '(no occasion)', NULL WHERE EXISTS (SELECT FROM gifts WHERE occasion_id IS NULL)
     ) AS o
LEFT JOIN (
  SELECT occasion_id, count(*) AS gifts,
         sum(cost) FILTER (WHERE status = 'idea') AS ideas,
         sum(cost) FILTER (WHERE status IN ('selected', 'purchased', 'received')) AS planned,
         sum(cost) FILTER (WHERE status IN ('purchased', 'received')) AS bought,
         sum(cost) FILTER (WHERE status IN ('selected', 'purchased', 'received')
                           AND purchaser_id IS NULL) AS unassigned,
         count(*) FILTER (WHERE sale_price_cents IS NULL AND price_cents IS NULL) AS unpriced
  FROM (SELECT occasion_id, status, purchaser_id, sale_price_cents, price_cents,
               coalesce(sale_price_cents, price_cents, 0)::bigint * quantity AS cost
        FROM gifts) AS g
  GROUP BY occasion_id
) AS t ON t.occasion_id IS NOT DISTINCT FROM o.id
"""

# Then every person in every occasion: their two budgets and their shares. A
# gift's cost is split among its recipients (kind 0) and among its payers (kind
# 1: the purchaser and the contributors, each once): cost / n each, one cent
# more for the first cost % n of them by person id (window functions).
# gift_people rows of role 'purchaser' are not read: gifts.purchaser_id is the truth.
HAND_PEOPLE_SQL = """
WITH g AS (
  SELECT id, occasion_id,
         status IN ('selected', 'purchased', 'received') AS planned,
         status IN ('purchased', 'received') AS bought,
         coalesce(sale_price_cents, price_cents, 0)::bigint * quantity AS cost
  FROM gifts
), parts AS (
  SELECT gift_id, person_id, 0 AS kind FROM gift_people WHERE role = 'recipient'
  UNION
  (SELECT gift_id, person_id, 1 FROM gift_people WHERE role = 'contributor'
   UNION
   SELECT id, purchaser_id, 1 FROM gifts WHERE purchaser_id IS NOT NULL)
), shares AS (
  SELECT g.occasion_id, p.person_id, p.kind, g.planned, g.bought,
         g.cost / count(*) OVER w
           + CASE WHEN row_number() OVER (w ORDER BY p.person_id) <= g.cost % count(*) OVER w
                  THEN 1 ELSE 0 END AS share
  FROM parts AS p JOIN g ON g.id = p.gift_id
  WINDOW w AS (PARTITION BY p.gift_id, p.kind)
), figures AS (
  SELECT occasion_id, person_id,
         coalesce(sum(share) FILTER (WHERE kind = 0 AND planned), 0) AS receiving_planned,
         coalesce(sum(share) FILTER (WHERE kind = 0 AND bought), 0) AS receiving_bought,
         coalesce(sum(share) FILTER (WHERE kind = 1 AND planned), 0) AS buying_planned,
         coalesce(sum(share) FILTER (WHERE kind = 1 AND bought), 0) AS buying_bought
  FROM shares
  GROUP BY occasion_id, person_id
)
SELECT coalesce(f.occasion_id, b.occasion_id), coalesce(f.person_id, b.person_id), p.name,
       b.recipient_budget_cents, coalesce(f.receiving_planned, 0), coalesce(f.receiving_bought, 0),
       b.purchaser_budget_cents, coalesce(f.buying_planned, 0), coalesce(f.buying_bought, 0)
FROM figures AS f
FULL JOIN person_occasions AS b ON b.occasion_id = f.occasion_id AND b.person_id = f.person_id
JOIN persons AS p ON p.id = coalesce(f.person_id, b.person_id)
"""


def _figures_of_summary(
    summary: Any,
) -> tuple[dict[Any, tuple[Any, ...]], dict[Any, tuple[Any, ...]]]:
    """compute_budget_summary's figures keyed as the hand-written queries give them."""
    occasions = {}
    people = {}
    for o in summary.occasions:
        occasions[o.occasion_id] = (
            o.name,
            o.budget_cents,
            o.gifts,
            o.ideas_total_cents,
            o.planned_total_cents,
            o.bought_total_cents,
            o.remaining_cents,
            o.unassigned_total_cents,
            o.unpriced,
        )
        for p in o.people:
            people[(o.occasion_id, p.person_id)] = (
                p.name,
                p.recipient_budget_cents,
                p.receiving_planned_cents,
                p.receiving_bought_cents,
                p.purchaser_budget_cents,
                p.buying_planned_cents,
                p.buying_bought_cents,
            )
    return occasions, people


def _figures_by_hand(
    occasion_rows: list[tuple[Any, ...]], people_rows: list[tuple[Any, ...]]
) -> tuple[dict[Any, tuple[Any, ...]], dict[Any, tuple[Any, ...]]]:
    def whole(value: Any) -> Any:
        return None if value is None else int(value)  # numeric sums come as Decimal

    occasions = {row[0]: (row[1], *(whole(v) for v in row[2:])) for row in occasion_rows}
    people = {(row[0], row[1]): (row[2], *(whole(v) for v in row[3:])) for row in people_rows}
    return occasions, people


class RoundTrips:
    """Counts what an engine sends: statements, commits and rollbacks."""

    def __init__(self, engine: Any) -> None:
        from sqlalchemy import event

        self.count = 0
        for name in ("before_cursor_execute", "commit", "rollback"):
            event.listen(engine, name, self._one)

    def _one(self, *_args: object, **_kwargs: object) -> None:
        self.count += 1

    def of(self, action: Callable[[], object]) -> int:
        before = self.count
        action()
        return self.count - before


def _server() -> Any:
    from sqlalchemy.engine import make_url

    return make_url(
        os.environ.get("GIFTDESK_BENCH_POSTGRES")
        or os.environ.get("GIFTDESK_TEST_POSTGRES")
        or "postgresql://root@127.0.0.1:5432/test"
    )


@contextmanager
def _fresh_database(name: str) -> Iterator[str]:
    import psycopg

    server = _server()
    admin = dict(
        host=server.host,
        port=server.port or 5432,
        user=server.username,
        password=server.password,
        dbname=server.database,
        autocommit=True,
    )
    with psycopg.connect(**admin) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        connection.execute(f'CREATE DATABASE "{name}"')
        _checkpoint(connection)
    try:
        yield server.set(drivername="postgresql", database=name).render_as_string(False)
    finally:
        with psycopg.connect(**admin) as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _checkpoint(connection: Any) -> None:
    """Write out what making the database left to write, before any clock runs
    (where the bench's login may: a superuser or pg_checkpoint)."""
    import psycopg

    with suppress(psycopg.errors.InsufficientPrivilege):
        connection.execute("CHECKPOINT")


@contextmanager
def _organiser_database(name: str) -> Iterator[str]:
    """A database owned by a login of its own that is no superuser (as on a hosted
    server): giftdesk's forced row-level security applies to it."""
    import psycopg

    server = _server()
    admin = dict(
        host=server.host,
        port=server.port or 5432,
        user=server.username,
        password=server.password,
        dbname=server.database,
        autocommit=True,
    )
    with psycopg.connect(**admin) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        connection.execute(f'DROP ROLE IF EXISTS "{name}"')
        connection.execute(f'CREATE ROLE "{name}" LOGIN')
        connection.execute(f'CREATE DATABASE "{name}" OWNER "{name}"')
        _checkpoint(connection)
    try:
        yield server.set(
            drivername="postgresql", username=name, password=None, database=name
        ).render_as_string(False)
    finally:
        with psycopg.connect(**admin) as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            connection.execute(f'DROP ROLE IF EXISTS "{name}"')


def _psycopg(address: str) -> Any:
    import psycopg
    from sqlalchemy.engine import make_url

    url = make_url(address)
    return psycopg.connect(
        host=url.host,
        port=url.port or 5432,
        user=url.username,
        password=url.password,
        dbname=url.database,
    )


def run(ctx: Context) -> list[Result]:
    from giftdesk.data.backup import export_backup, parse_backup
    from giftdesk.data.database import open_database

    parts = set(
        (os.environ.get("GIFTDESK_BENCH_SHARED_PARTS") or "import,actions,budget").split(",")
    )
    prefix = f"giftdesk_bench_{os.getpid()}"
    source = open_database(ctx.db_path)
    with source.reading() as session:
        parsed = parse_backup(export_backup(session))
    source.close()
    results: list[Result] = []
    if "import" in parts:
        results += _imports(ctx, prefix, parsed, _raw_rows(ctx.db_path))
    if not parts & {"actions", "budget"}:
        return results
    with _fresh_database(f"{prefix}_family") as address:
        db = open_database(address)
        _import_into(db, parsed)
        db.close()
        if "actions" in parts:
            results += _actions(ctx, address, "0 ms", ctx.repeat)
            server_port = _server().port or 5432
            with DelayProxy(server_port, ONE_WAY_MS) as proxy:
                from sqlalchemy.engine import make_url

                delayed = make_url(address).set(port=proxy.port).render_as_string(False)
                results += _actions(ctx, delayed, f"{2 * ONE_WAY_MS} ms", max(2, ctx.repeat // 2))
        if "budget" in parts:
            # As autovacuum would by now: the planner knows the tables' sizes,
            # for the hand-written queries and giftdesk's alike.
            with _psycopg(address) as connection:
                connection.execute("ANALYZE")
            results += _budget(ctx, address)
    return results


def _import_into(db: Any, parsed: Any) -> None:
    from giftdesk.data.backup import import_backup

    with db.transaction() as session:
        import_backup(session, parsed)


def _imports(ctx: Context, prefix: str, parsed: Any, tables: dict[str, Any]) -> list[Result]:
    """giftdesk's import into an empty shared database against a raw COPY of the rows."""
    from giftdesk.data.database import open_database

    counter = iter(range(1_000_000))

    def giftdesk_import() -> None:
        with _fresh_database(f"{prefix}_import_{next(counter)}") as address:
            db = open_database(address)
            try:
                import time

                start = time.perf_counter()
                _import_into(db, parsed)
                timings.append(time.perf_counter() - start)
            finally:
                db.close()

    def raw_copy() -> None:
        with _fresh_database(f"{prefix}_copy_{next(counter)}") as address:
            open_database(address).close()  # the same empty schema
            with _psycopg(address) as connection:
                import time

                start = time.perf_counter()
                with connection.cursor() as cursor:
                    for table, (columns, rows) in tables.items():
                        with cursor.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
                            for row in rows:
                                copy.write_row(row)
                connection.commit()
                copies.append(time.perf_counter() - start)

    def organiser_import() -> None:
        with _organiser_database(f"{prefix}_organiser_{next(counter)}") as address:
            db = open_database(address)
            try:
                import time

                start = time.perf_counter()
                _import_into(db, parsed)
                organisers.append(time.perf_counter() - start)
            finally:
                db.close()

    def giftdesk_undo() -> None:
        """The undo of the import (Edit → Undo), the import itself untimed."""
        from giftdesk.data.operations import backup as backup_ops
        from giftdesk.data.operations import perform

        with _fresh_database(f"{prefix}_undo_{next(counter)}") as address:
            db = open_database(address)
            try:
                import time

                done = perform(db, partial(backup_ops.import_backup, data=parsed))
                assert done.undo is not None
                trips = RoundTrips(db.engine)
                start = time.perf_counter()
                undo_trips.append(trips.of(partial(perform, db, done.undo)))
                undos.append(time.perf_counter() - start)
            finally:
                db.close()

    def raw_delete() -> None:
        """The same rows deleted by id with psycopg (links and budgets by cascade)."""
        with _fresh_database(f"{prefix}_delete_{next(counter)}") as address:
            db = open_database(address)
            try:
                _import_into(db, parsed)
            finally:
                db.close()
            with _psycopg(address) as connection:
                import time

                ids = {
                    table: [row[0] for row in connection.execute(f"SELECT id FROM {table}")]
                    for table in ("gifts", "occasions", "persons")
                }
                connection.commit()
                start = time.perf_counter()
                for table, table_ids in ids.items():
                    connection.execute(f"DELETE FROM {table} WHERE id = ANY(%s)", (table_ids,))
                connection.commit()
                deletes.append(time.perf_counter() - start)

    repeat = max(1, min(ctx.repeat, 3))
    timings: list[float] = []
    copies: list[float] = []
    organisers: list[float] = []
    undos: list[float] = []
    undo_trips: list[int] = []
    deletes: list[float] = []
    organiser_note = ""
    for turn in range(repeat):
        # Taking turns at going first: the server still writing out the last
        # database it made slows whichever comes right after it.
        for measure in (
            (raw_copy, giftdesk_import) if turn % 2 == 0 else (giftdesk_import, raw_copy)
        ):
            measure()
        for measure in (
            (raw_delete, giftdesk_undo) if turn % 2 == 0 else (giftdesk_undo, raw_delete)
        ):
            measure()
        if not organiser_note:
            try:
                organiser_import()
            except Exception as error:  # noqa: BLE001 - a server where the bench may not make roles
                organiser_note = f"not measured: {error}"
    gifts = len(tables["gifts"][1])
    organiser = (
        [
            Result(
                "giftdesk import (organiser, no superuser)",
                organisers,
                baseline="raw COPY (psycopg)",
                items=gifts,
                item_label="gifts",
                note="row-level security applies, so PostgreSQL refuses COPY: one "
                "INSERT … SELECT FROM unnest per table",
            )
        ]
        if organisers
        else []
    )
    if organiser_note:
        print(f"  (import as an organiser who is no superuser {organiser_note})")
    return [
        Result(
            "raw COPY (psycopg)",
            copies,
            items=gifts,
            item_label="gifts",
            note="the same rows, ids given, one transaction; database set-up untimed",
        ),
        Result(
            "giftdesk import (PostgreSQL)",
            timings,
            baseline="raw COPY (psycopg)",
            items=gifts,
            item_label="gifts",
            note="import_backup: ids from the sequences, all or nothing",
        ),
        *organiser,
        Result(
            "raw DELETE of the imported rows (psycopg)",
            deletes,
            items=gifts,
            item_label="gifts",
            note="DELETE … WHERE id = ANY(ids) for gifts, occasions, persons; one transaction",
        ),
        Result(
            "giftdesk undo of the import (PostgreSQL)",
            undos,
            baseline="raw DELETE of the imported rows (psycopg)",
            items=gifts,
            item_label="gifts",
            note="remove_imported: versions checked, rows deleted; "
            f"round trips {sorted(set(undo_trips))}",
        ),
    ]


def _raw_rows(path: Any) -> dict[str, tuple[list[str], list[tuple[Any, ...]]]]:
    """Every row of the generated file, as COPY takes them (read before the clock)."""
    columns = {
        "persons": ["id", "name", "relationship", "birthdate", "notes"],
        "occasions": ["id", "name", "type", "date", "budget_cents", "notes"],
        "gifts": [
            "id",
            "name",
            "occasion_id",
            "status",
            "priority",
            "price_cents",
            "sale_price_cents",
            "quantity",
            "store",
            "url",
            "notes",
            "purchase_date",
            "purchaser_id",
        ],
        "gift_people": ["gift_id", "person_id", "role"],
        "person_occasions": [
            "person_id",
            "occasion_id",
            "recipient_budget_cents",
            "purchaser_budget_cents",
        ],
    }
    with sqlite3.connect(path) as connection:
        return {
            table: (names, connection.execute(f"SELECT {', '.join(names)} FROM {table}").fetchall())
            for table, names in columns.items()
        }


def _actions(ctx: Context, address: str, label: str, repeat: int) -> list[Result]:
    """Each user action: its round trips and its time on ``address``."""
    from giftdesk.data import gifts as gift_data
    from giftdesk.data.budget import compute_budget_summary
    from giftdesk.data.database import open_database
    from giftdesk.data.operations import bulk as bulk_ops
    from giftdesk.data.operations import gifts as gift_ops
    from giftdesk.data.operations import perform
    from giftdesk.data.table_rows import list_gift_rows, list_table_rows

    opened: list[Any] = []

    def open_window() -> None:
        """What the window reads to show a family: the schema check, three tables, the panel."""
        db = open_database(address)
        with db.reading() as session:
            list_table_rows(session)  # as the window's reload_all
            compute_budget_summary(session, people=False)
        opened.append(db)

    counter_of: dict[int, RoundTrips] = {}

    def trips_of_opening() -> int:
        from sqlalchemy import event

        count = [0]

        def one(*_a: object, **_k: object) -> None:
            count[0] += 1

        # Listen on every engine made meanwhile: the opening makes its own.
        from sqlalchemy.engine import Engine

        for name in ("before_cursor_execute", "commit", "rollback"):
            event.listen(Engine, name, one)
        try:
            open_window()
        finally:
            for name in ("before_cursor_execute", "commit", "rollback"):
                event.remove(Engine, name, one)
        return count[0]

    opening_trips = trips_of_opening()
    open_times = ctx.time(open_window, repeat=repeat, warmup=0)
    for db in opened:
        db.close()

    db = open_database(address)
    trips = RoundTrips(db.engine)
    counter_of[id(db)] = trips
    try:
        with db.reading() as session:
            rows = list_gift_rows(session)
        chosen = rows[: min(SELECTED, len(rows))]
        people = [p for p in {r.purchaser_id for r in rows} if p is not None][:50]
        turn = iter(range(1_000_000))

        def edit_one() -> None:
            with db.reading() as session:
                record = gift_data.get_gift(session, rows[0].id)  # the dialog's record
            renamed = dataclasses.replace(record, name=f"Renamed {next(turn)}")
            edit_trips.append(
                trips.of(lambda: perform(db, partial(gift_ops.edit_gift, record=renamed)))
            )

        def cell_edit() -> None:
            with db.reading() as session:
                version = gift_data.get_gift(session, rows[1].id).version
            op = partial(
                gift_ops.set_gift_fields,
                gift_id=rows[1].id,
                changes={"quantity": 1 + next(turn) % 9},
                version=version,
            )
            cell_trips.append(trips.of(lambda: perform(db, op)))

        undo_of: list[Any] = []

        def bulk_assign() -> None:
            with db.reading() as session:
                versions = {
                    r.id: r.version for r in list_gift_rows(session, [r.id for r in chosen])
                }
            person = people[next(turn) % len(people)]
            op = partial(
                bulk_ops.assign_purchaser,
                gift_ids=[r.id for r in chosen],
                person_id=person,
                person_name="x",
                versions=versions,
            )
            bulk_trips.append(trips.of(lambda: undo_of.append(perform(db, op).undo)))

        def undo() -> None:
            undo_trips.append(trips.of(lambda: perform(db, undo_of.pop())))

        def summary() -> None:
            def read() -> None:
                with db.reading() as session:
                    compute_budget_summary(session)

            summary_trips.append(trips.of(read))

        edit_trips: list[int] = []
        cell_trips: list[int] = []
        bulk_trips: list[int] = []
        undo_trips: list[int] = []
        summary_trips: list[int] = []
        edit = ctx.time(edit_one, repeat=repeat)
        cell = ctx.time(cell_edit, repeat=repeat)
        bulk = ctx.time(bulk_assign, repeat=repeat, warmup=0)
        undone = ctx.time(undo, repeat=repeat, warmup=0, setup=bulk_assign)
        budget = ctx.time(summary, repeat=repeat)
    finally:
        db.close()

    def note(counts: list[int], extra: str = "") -> str:
        return f"{max(counts)} round trips (statements + commits/rollbacks){extra}"

    return [
        Result(
            f"open the window [{label}]",
            open_times,
            note=f"{opening_trips} round trips: open, schema check, three tables, budget panel",
        ),
        Result(
            f"edit one gift [{label}]",
            edit,
            note=note(edit_trips, "; the dialog's read of the record included"),
        ),
        Result(f"cell edit [{label}]", cell, note=note(cell_trips, "; the version read included")),
        Result(
            f"bulk-assign {len(chosen):,} [{label}]",
            bulk,
            items=len(chosen),
            item_label="gifts",
            note=note(bulk_trips, "; reading the versions shown included"),
        ),
        Result(f"undo the bulk assignment [{label}]", undone, note=note(undo_trips)),
        Result(f"budget summary [{label}]", budget, note=note(summary_trips)),
    ]


def _budget(ctx: Context, address: str) -> list[Result]:
    """The budget figures against hand-written psycopg, in the same run.

    Both sides are checked to give the same figures, to the cent, before
    anything is timed: the occasion totals alone, and the whole summary.
    """
    from giftdesk.data.budget import compute_budget_summary
    from giftdesk.data.database import open_database

    db = open_database(address)
    raw = _psycopg(address)
    try:

        def by_hand_totals() -> list[Any]:
            with raw.cursor() as cursor:
                cursor.execute(OCCASION_TOTALS_SQL)
                rows = cursor.fetchall()
            raw.rollback()
            return rows

        def by_hand_everything() -> tuple[list[Any], list[Any]]:
            with raw.cursor() as cursor:
                cursor.execute(HAND_OCCASIONS_SQL)
                occasion_rows = cursor.fetchall()
                cursor.execute(HAND_PEOPLE_SQL)
                people_rows = cursor.fetchall()
            raw.rollback()
            return occasion_rows, people_rows

        def by_hand_inputs() -> None:
            with raw.cursor() as cursor:
                cursor.execute(
                    "SELECT id, occasion_id, status, coalesce(sale_price_cents, price_cents, 0)"
                    "::bigint * quantity, purchaser_id FROM gifts ORDER BY id"
                )
                cursor.fetchall()
                cursor.execute(
                    "SELECT gift_id, person_id, role FROM gift_people "
                    "WHERE role <> 'purchaser' ORDER BY gift_id, person_id"
                )
                cursor.fetchall()
            raw.rollback()

        def totals() -> Any:
            with db.reading() as session:
                return compute_budget_summary(session, people=False)

        def everything() -> Any:
            with db.reading() as session:
                return compute_budget_summary(session)

        # The same figures, to the cent, before any clock runs.
        ours, ours_people = _figures_of_summary(everything())
        hand, hand_people = _figures_by_hand(*by_hand_everything())
        assert ours == hand, "occasion figures differ from the hand-written query"
        assert ours_people == hand_people, "per-person figures differ from the hand-written query"
        assert {o.occasion_id: o for o in totals().occasions}.keys() == ours.keys()
        hand_totals = {row[0]: tuple(int(v) for v in row[1:]) for row in by_hand_totals()}
        assert hand_totals == {
            occ: (f[2], f[3], f[4], f[5], f[7], f[8]) for occ, f in ours.items() if f[2]
        }, "occasion totals differ from the hand-written query"
        checked = (
            f"checked equal to the cent: {len(ours)} occasions, {len(ours_people):,} "
            "(occasion, person) rows"
        )

        results = [
            Result("occasion totals by hand (psycopg)", ctx.time(by_hand_totals)),
            Result(
                "occasion totals (giftdesk)",
                ctx.time(totals),
                baseline="occasion totals by hand (psycopg)",
            ),
            Result(
                "every figure by hand (psycopg)",
                ctx.time(by_hand_everything),
                note="two statements: occasions with totals, then per person budgets and "
                "shares (window functions split each gift); " + checked,
            ),
            Result(
                "summary inputs fetched by hand (psycopg)",
                ctx.time(by_hand_inputs),
                note="only the rows the per-person split needs: a floor, no arithmetic",
            ),
            Result(
                "full budget summary (giftdesk)",
                ctx.time(everything),
                baseline=(
                    "every figure by hand (psycopg)",
                    "summary inputs fetched by hand (psycopg)",
                ),
                note="compute_budget_summary(session): every occasion and every person",
            ),
        ]
    finally:
        raw.close()
        db.close()
    return results
