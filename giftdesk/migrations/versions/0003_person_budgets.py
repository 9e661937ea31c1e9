"""Add person_occasions: each person's recipient and purchaser budget per occasion.

Revision ID: 0003_person_budgets
Revises: 0002_purchaser_and_role
"""

import sqlalchemy as sa
from alembic import op

revision = "0003_person_budgets"
down_revision = "0002_purchaser_and_role"
branch_labels = None
depends_on = None

MONEY_LIMIT = 1_000_000_000


def _money(column: str) -> str:
    return f"{column} IS NULL OR ({column} >= 0 AND {column} < {MONEY_LIMIT})"


def upgrade() -> None:
    op.create_table(
        "person_occasions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("occasion_id", sa.Integer(), nullable=False),
        sa.Column("recipient_budget_cents", sa.Integer()),
        sa.Column("purchaser_budget_cents", sa.Integer()),
        sa.PrimaryKeyConstraint("id", name="pk_person_occasions"),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["persons.id"],
            name="fk_person_occasions_person_id_persons",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["occasion_id"],
            ["occasions.id"],
            name="fk_person_occasions_occasion_id_occasions",
            ondelete="CASCADE",
        ),
        sa.UniqueConstraint(
            "person_id", "occasion_id", name="uq_person_occasions_person_id_occasion_id"
        ),
        sa.CheckConstraint(
            _money("recipient_budget_cents"),
            name=op.f("ck_person_occasions_recipient_budget_cents"),
        ),
        sa.CheckConstraint(
            _money("purchaser_budget_cents"),
            name=op.f("ck_person_occasions_purchaser_budget_cents"),
        ),
    )
    op.create_index("ix_person_occasions_occasion_id", "person_occasions", ["occasion_id"])


def downgrade() -> None:
    op.drop_index("ix_person_occasions_occasion_id", table_name="person_occasions")
    op.drop_table("person_occasions")
