"""The year-round planner at scale: history, coming up, plan again, spreadsheet import.

Each giftdesk path runs next to a plain-``sqlite3`` baseline doing the same
reading or writing by hand, in the same run on the same file:

- ``history``: ``person_history`` of the person with the most gifts, against
  the raw queries fetching the same gift rows and links (no grouping, no
  shares, no records);
- ``upcoming``: ``upcoming(session, today, 60)`` with "today" 10 days before
  the first dated occasion, against one raw ``GROUP BY`` of the same
  occasions' totals;
- ``rollover``: ``rollover_occasion`` of the occasion with the most ideas on a
  copy of the file, against raw ``INSERT … SELECT`` statements copying the
  same occasion, budgets, ideas and recipients;
- ``spreadsheet import``: a 5,000-row CSV read, checked and imported
  (``read_sheet`` + ``plan_import`` + ``import_plan``) into a copy, against
  ``csv.reader`` + ``executemany`` inserting the same gifts and links.

Run with the harness (``python -m benchmarks --only planner``).
"""

from __future__ import annotations

import csv
import datetime as dt
import sqlite3
from pathlib import Path

from benchmarks.harness import Context, Result

SHEET_ROWS = 5_000


def run(ctx: Context) -> list[Result]:
    from giftdesk.data.database import backup_copy

    results: list[Result] = []
    with sqlite3.connect(ctx.db_path) as raw:
        person_id = raw.execute(
            "SELECT person_id FROM gift_people GROUP BY person_id ORDER BY count(*) DESC LIMIT 1"
        ).fetchone()[0]
        first_date = raw.execute(
            "SELECT min(date) FROM occasions WHERE date IS NOT NULL"
        ).fetchone()[0]
        source_id, ideas = raw.execute(
            "SELECT occasion_id, count(*) FROM gifts WHERE status = 'idea' "
            "AND occasion_id IS NOT NULL GROUP BY occasion_id ORDER BY count(*) DESC LIMIT 1"
        ).fetchone()
    today = dt.date.fromisoformat(first_date) - dt.timedelta(days=10)
    results += _history(ctx, person_id)
    results += _upcoming(ctx, today)
    copy = backup_copy(ctx.db_path, ctx.scratch_path("planner.sqlite3"))
    results += _rollover(ctx, copy, source_id, ideas)
    results += _spreadsheet(ctx, copy)
    return results


def _history(ctx: Context, person_id: int) -> list[Result]:
    from giftdesk.data.history import person_history

    db = ctx.open_db()
    try:

        def giftdesk_history() -> int:
            with db.reading() as session:
                history = person_history(session, person_id)
            return sum(len(o.received) + len(o.gave) for o in history.occasions)

        count = giftdesk_history()
        ours = ctx.time(giftdesk_history)
    finally:
        db.close()

    def raw_history() -> int:
        with sqlite3.connect(ctx.db_path) as connection:
            involved = (
                "SELECT id FROM gifts WHERE purchaser_id = :p OR id IN (SELECT gift_id FROM "
                "gift_people WHERE person_id = :p AND role IN ('recipient', 'contributor'))"
            )
            rows = connection.execute(
                "SELECT g.id, g.name, g.status, coalesce(g.sale_price_cents, g.price_cents, 0) "
                "* g.quantity, g.purchaser_id, g.purchase_date, g.occasion_id, o.name, o.date, "
                "p.name FROM gifts g LEFT JOIN occasions o ON o.id = g.occasion_id "
                f"LEFT JOIN persons p ON p.id = g.purchaser_id WHERE g.id IN ({involved})",
                {"p": person_id},
            ).fetchall()
            links = connection.execute(
                "SELECT l.gift_id, l.person_id, l.role, p.name FROM gift_people l JOIN persons p "
                f"ON p.id = l.person_id WHERE l.gift_id IN ({involved}) "
                "AND l.role IN ('recipient', 'contributor')",
                {"p": person_id},
            ).fetchall()
        return len(rows) + len(links)

    return [
        Result(
            "history: raw sqlite3 queries", ctx.time(raw_history), items=count, item_label="gifts"
        ),
        Result(
            "history: person_history",
            ours,
            baseline="history: raw sqlite3 queries",
            items=count,
            item_label="gifts",
            note=f"the person with the most gifts ({count} lines of history)",
        ),
    ]


def _upcoming(ctx: Context, today: dt.date) -> list[Result]:
    from giftdesk.data.upcoming import upcoming

    until = today + dt.timedelta(days=60)
    db = ctx.open_db()
    try:

        def giftdesk_upcoming() -> int:
            with db.reading() as session:
                found = upcoming(session, today, 60)
            return len(found.occasions) + len(found.birthdays)

        count = giftdesk_upcoming()
        ours = ctx.time(giftdesk_upcoming)
    finally:
        db.close()

    def raw_upcoming() -> int:
        with sqlite3.connect(ctx.db_path) as connection:
            rows = connection.execute(
                "SELECT o.id, o.name, count(g.id), sum(CASE WHEN g.status != 'idea' THEN "
                "coalesce(g.sale_price_cents, g.price_cents, 0) * g.quantity ELSE 0 END) "
                "FROM occasions o LEFT JOIN gifts g ON g.occasion_id = o.id "
                "WHERE o.date BETWEEN ? AND ? GROUP BY o.id",
                (today.isoformat(), until.isoformat()),
            ).fetchall()
            people = connection.execute(
                "SELECT id, name, birthdate FROM persons WHERE birthdate IS NOT NULL"
            ).fetchall()
        return len(rows) + len(people)

    return [
        Result("upcoming: raw sqlite3 GROUP BY", ctx.time(raw_upcoming)),
        Result(
            "upcoming: upcoming(60 days)",
            ours,
            baseline="upcoming: raw sqlite3 GROUP BY",
            note=f"{count} entries listed (occasions and birthdays without one)",
        ),
    ]


def _rollover(ctx: Context, path: Path, source_id: int, ideas: int) -> list[Result]:
    from giftdesk.data.database import open_database
    from giftdesk.data.rollover import rollover_occasion

    db = open_database(path)
    names = iter(range(1_000_000))
    try:

        def giftdesk_rollover() -> None:
            with db.transaction() as session:
                rollover_occasion(session, source_id, f"Again {next(names)}", dt.date(2040, 1, 1))

        ours = ctx.time(giftdesk_rollover)
    finally:
        db.close()

    def raw_rollover() -> None:
        with sqlite3.connect(path) as connection:
            cursor = connection.execute(
                "INSERT INTO occasions (name, type, date, budget_cents, notes) "
                "SELECT ? , type, '2041-01-01', budget_cents, notes FROM occasions WHERE id = ?",
                (f"Raw again {next(names)}", source_id),
            )
            new_id = cursor.lastrowid
            connection.execute(
                "INSERT INTO person_occasions (person_id, occasion_id, recipient_budget_cents, "
                "purchaser_budget_cents) SELECT person_id, ?, recipient_budget_cents, "
                "purchaser_budget_cents FROM person_occasions WHERE occasion_id = ?",
                (new_id, source_id),
            )
            old = [
                r[0]
                for r in connection.execute(
                    "SELECT id FROM gifts WHERE occasion_id = ? AND status = 'idea' ORDER BY id",
                    (source_id,),
                )
            ]
            copies = {}
            for gift_id in old:
                copies[gift_id] = connection.execute(
                    "INSERT INTO gifts (name, occasion_id, status, priority, price_cents, "
                    "sale_price_cents, quantity, store, url, notes) SELECT name, ?, 'idea', "
                    "priority, price_cents, sale_price_cents, quantity, store, url, notes "
                    "FROM gifts WHERE id = ?",
                    (new_id, gift_id),
                ).lastrowid
            links = connection.execute(
                "SELECT l.gift_id, l.person_id FROM gift_people l JOIN gifts g ON g.id = l.gift_id "
                "WHERE g.occasion_id = ? AND g.status = 'idea' AND l.role = 'recipient'",
                (source_id,),
            ).fetchall()
            connection.executemany(
                "INSERT INTO gift_people (gift_id, person_id, role) VALUES (?, ?, 'recipient')",
                [(copies[g], p) for g, p in links],
            )

    return [
        Result("rollover: raw sqlite3", ctx.time(raw_rollover), items=ideas, item_label="ideas"),
        Result(
            "rollover: rollover_occasion",
            ours,
            baseline="rollover: raw sqlite3",
            items=ideas,
            item_label="ideas",
            note=f"the occasion with the most ideas ({ideas} copied each time)",
        ),
    ]


def _spreadsheet(ctx: Context, path: Path) -> list[Result]:
    from giftdesk.data.database import open_database
    from giftdesk.data.spreadsheet import import_plan, plan_import, read_sheet

    with sqlite3.connect(path) as connection:
        names = [r[0] for r in connection.execute("SELECT name FROM persons ORDER BY id LIMIT 400")]
    sheet_path = ctx.scratch_path("gifts.csv")
    with open(sheet_path, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(["Geschenk", "Für", "Preis", "Gekauft von", "Gekauft?", "Notizen"])
        for n in range(SHEET_ROWS):
            recipients = " & ".join({names[n % len(names)], names[(n * 7) % len(names)]})
            buyer = names[(n * 3) % len(names)]
            notes = "Zeile\nzwei" if n % 9 == 0 else ""
            price = f"{n % 300},{n % 100:02d} €"
            bought = "ja" if n % 2 else "nein"
            writer.writerow([f"Geschenk {n}", recipients, price, buyer, bought, notes])
    db = open_database(path)
    try:

        def giftdesk_import() -> None:
            plan = plan_import(read_sheet(sheet_path), default_occasion="Spreadsheet")
            with db.transaction() as session:
                import_plan(session, plan)

        ours = ctx.time(giftdesk_import)
    finally:
        db.close()

    def raw_import() -> None:
        with sqlite3.connect(path) as connection:
            ids = {n: i for i, n in connection.execute("SELECT id, name FROM persons")}
            with open(sheet_path, encoding="utf-8-sig", newline="") as handle:
                rows = list(csv.reader(handle, delimiter=";"))[1:]
            for name, recipients, price, buyer, bought, notes in rows:
                cents = int(price.replace(" €", "").replace(",", ""))
                gift_id = connection.execute(
                    "INSERT INTO gifts (name, status, priority, price_cents, quantity, notes, "
                    "purchaser_id) VALUES (?, ?, 'medium', ?, 1, ?, ?)",
                    (name, "purchased" if bought == "ja" else "selected", cents, notes or None,
                     ids[buyer]),
                ).lastrowid  # fmt: skip
                connection.executemany(
                    "INSERT INTO gift_people (gift_id, person_id, role) VALUES (?, ?, 'recipient')",
                    [(gift_id, ids[r]) for r in recipients.split(" & ")],
                )

    return [
        Result(
            "spreadsheet: raw csv + sqlite3",
            ctx.time(raw_import),
            items=SHEET_ROWS,
            item_label="rows",
        ),
        Result(
            "spreadsheet: read, check, import",
            ours,
            baseline="spreadsheet: raw csv + sqlite3",
            items=SHEET_ROWS,
            item_label="rows",
            note="a German Excel-style CSV (; separated, 1.234,50 €, quoted line breaks)",
        ),
    ]
