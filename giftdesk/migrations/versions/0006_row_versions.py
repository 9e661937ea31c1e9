"""Row versions for shared databases; sequences past every id on PostgreSQL.

Every gift, person, occasion and person budget gets a ``version`` that each
change raises by one, so a change based on a row another computer changed
meanwhile can be refused. On PostgreSQL the id sequences are moved past the
largest id in use: rows written with explicit ids (older imports) would
otherwise collide with the next id the sequence hands out.

Revision ID: 0006_row_versions
Revises: 0005_typed_columns
"""

import sqlalchemy as sa
from alembic import op

revision = "0006_row_versions"
down_revision = "0005_typed_columns"
branch_labels = None
depends_on = None

VERSIONED_TABLES = ("persons", "occasions", "gifts", "person_occasions")
ID_TABLES = ("persons", "occasions", "gifts", "gift_people", "person_occasions")


def upgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    for table in VERSIONED_TABLES:
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("version", sa.Integer(), nullable=False, server_default="1"))
        if sqlite:  # typed like every column (0005); a CHECK needs the table rebuilt
            with op.batch_alter_table(table, recreate="always") as batch:
                batch.create_check_constraint(
                    op.f(f"ck_{table}_version_type"), "typeof(version) = 'integer'"
                )
    if op.get_bind().dialect.name == "postgresql":
        for table in ID_TABLES:
            op.execute(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                f"COALESCE((SELECT max(id) FROM {table}), 0) + 1, false)"
            )


def downgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    for table in VERSIONED_TABLES:
        with op.batch_alter_table(table, recreate="always" if sqlite else "auto") as batch:
            if op.get_bind().dialect.name == "sqlite":
                batch.drop_constraint(op.f(f"ck_{table}_version_type"), type_="check")
            batch.drop_column("version")
