"""Typed columns: the file refuses values giftdesk could never have written.

SQLite lets any column hold any type, so another program can store 12.5 as
a price or a word as a date; giftdesk would then fail on reading them. On
SQLite each table is rebuilt with one CHECK per column: ids, cents and
quantities are integers, texts are texts, dates are ISO dates that exist.
A file that already holds such a value is refused with a sentence naming
the table, row and column, and is left as it was. PostgreSQL's columns are
already strictly typed, so there this revision changes nothing.

Revision ID: 0005_typed_columns
Revises: 0004_person_role_index
"""

from alembic import op

from giftdesk.data.errors import MigrationError

revision = "0005_typed_columns"
down_revision = "0004_person_role_index"
branch_labels = None
depends_on = None

# table -> [(column, kind, may be NULL)]
INTEGER, TEXT, DATE = "integer", "text", "date"
COLUMNS: dict[str, list[tuple[str, str, bool]]] = {
    "persons": [
        ("id", INTEGER, False),
        ("name", TEXT, False),
        ("relationship", TEXT, True),
        ("birthdate", DATE, True),
        ("notes", TEXT, True),
        ("interests", TEXT, True),
        ("sizes", TEXT, True),
    ],
    "occasions": [
        ("id", INTEGER, False),
        ("name", TEXT, False),
        ("type", TEXT, False),
        ("date", DATE, True),
        ("budget_cents", INTEGER, True),
        ("notes", TEXT, True),
    ],
    "gifts": [
        ("id", INTEGER, False),
        ("name", TEXT, False),
        ("occasion_id", INTEGER, True),
        ("status", TEXT, False),
        ("priority", TEXT, False),
        ("price_cents", INTEGER, True),
        ("sale_price_cents", INTEGER, True),
        ("quantity", INTEGER, False),
        ("store", TEXT, True),
        ("url", TEXT, True),
        ("notes", TEXT, True),
        ("purchase_date", DATE, True),
        ("purchaser_id", INTEGER, True),
    ],
    "gift_people": [
        ("id", INTEGER, False),
        ("gift_id", INTEGER, False),
        ("person_id", INTEGER, False),
        ("role", TEXT, False),
    ],
    "person_occasions": [
        ("id", INTEGER, False),
        ("person_id", INTEGER, False),
        ("occasion_id", INTEGER, False),
        ("recipient_budget_cents", INTEGER, True),
        ("purchaser_budget_cents", INTEGER, True),
    ],
}

EXPECTED = {
    INTEGER: "a whole number",
    TEXT: "text",
    DATE: "a date written YYYY-MM-DD",
}


def condition(column: str, kind: str, nullable: bool) -> str:
    """An SQLite expression that is 1 for an acceptable value (never NULL)."""
    types = [kind if kind != DATE else "text"] + (["null"] if nullable else [])
    typed = f"typeof({column}) IN ({', '.join(repr(t) for t in types)})"
    if kind == DATE:
        # With a modifier date() normalises (2026-02-30 becomes 2026-03-02), so
        # only an existing date written YYYY-MM-DD comes back unchanged.
        valid = f"(typeof({column}) = 'text' AND date({column}, '+0 days') IS {column})"
        return f"({column} IS NULL OR {valid})" if nullable else valid
    return typed


def constraint_name(column: str) -> str:
    return f"{column}_type"


def _refuse_wrong_values(table: str) -> None:
    """Name the first row whose value the new constraints would refuse."""
    columns = COLUMNS[table]
    cases = " ".join(f"WHEN NOT ({condition(c, k, n)}) THEN {c!r}" for c, k, n in columns)
    where = " OR ".join(f"NOT ({condition(c, k, n)})" for c, k, n in columns)
    found = (
        op.get_bind()
        .exec_driver_sql(
            f"SELECT id, CASE {cases} END FROM {table} WHERE {where} ORDER BY id LIMIT 1"
        )
        .first()
    )
    if found is None:
        return
    row_id, column = found
    value = (
        op.get_bind()
        .exec_driver_sql(f"SELECT quote({column}) FROM {table} WHERE id IS ?", (row_id,))
        .scalar()
    )
    kind = next(k for c, k, _ in columns if c == column)
    raise MigrationError(
        f"Row {row_id} of the {table} table holds {value} in {column}, where giftdesk "
        f"keeps {EXPECTED[kind]}; another program must have written it. "
        "Correct it there (or restore a backup); the file was left as it was."
    )


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for table in COLUMNS:
        _refuse_wrong_values(table)
    for table, columns in COLUMNS.items():
        with op.batch_alter_table(table, recreate="always") as batch:
            for column, kind, nullable in columns:
                batch.create_check_constraint(
                    op.f(f"ck_{table}_{constraint_name(column)}"),
                    condition(column, kind, nullable),
                )


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for table, columns in COLUMNS.items():
        with op.batch_alter_table(table, recreate="always") as batch:
            for column, _kind, _nullable in columns:
                batch.drop_constraint(op.f(f"ck_{table}_{constraint_name(column)}"), type_="check")
