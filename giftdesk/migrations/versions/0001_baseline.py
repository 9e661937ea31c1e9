"""Baseline schema of the web dashboard: no purchasers, no roles.

Revision ID: 0001_baseline
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001_baseline"
down_revision = None
branch_labels = None
depends_on = None

MONEY_LIMIT = 1_000_000_000


def _money(column: str) -> str:
    return f"{column} IS NULL OR ({column} >= 0 AND {column} < {MONEY_LIMIT})"


def upgrade() -> None:
    op.create_table(
        "persons",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(100), nullable=False),
        sa.Column("relationship", sa.String(100)),
        sa.Column("birthdate", sa.Date()),
        sa.Column("notes", sa.Text()),
        sa.Column("interests", sa.Text()),
        sa.Column("sizes", sa.Text()),
        sa.PrimaryKeyConstraint("id", name="pk_persons"),
        sa.CheckConstraint("length(trim(name)) > 0", name=op.f("ck_persons_name_not_blank")),
    )
    op.create_table(
        "occasions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(100), nullable=False),
        sa.Column("type", sa.String(20), nullable=False),
        sa.Column("date", sa.Date()),
        sa.Column("budget_cents", sa.Integer()),
        sa.Column("notes", sa.Text()),
        sa.PrimaryKeyConstraint("id", name="pk_occasions"),
        sa.CheckConstraint("length(trim(name)) > 0", name=op.f("ck_occasions_name_not_blank")),
        sa.CheckConstraint(
            "type IN ('holiday', 'birthday', 'anniversary', 'other')",
            name=op.f("ck_occasions_type"),
        ),
        sa.CheckConstraint(_money("budget_cents"), name=op.f("ck_occasions_budget_cents")),
    )
    op.create_table(
        "gifts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(255), nullable=False),
        sa.Column("occasion_id", sa.Integer()),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("priority", sa.String(10), nullable=False),
        sa.Column("price_cents", sa.Integer()),
        sa.Column("sale_price_cents", sa.Integer()),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("store", sa.String(100)),
        sa.Column("url", sa.String(2000)),
        sa.Column("notes", sa.Text()),
        sa.Column("purchase_date", sa.Date()),
        sa.PrimaryKeyConstraint("id", name="pk_gifts"),
        sa.ForeignKeyConstraint(
            ["occasion_id"],
            ["occasions.id"],
            name="fk_gifts_occasion_id_occasions",
            ondelete="SET NULL",
        ),
        sa.CheckConstraint("length(trim(name)) > 0", name=op.f("ck_gifts_name_not_blank")),
        sa.CheckConstraint(
            "status IN ('idea', 'selected', 'purchased', 'received')", name=op.f("ck_gifts_status")
        ),
        sa.CheckConstraint("priority IN ('low', 'medium', 'high')", name=op.f("ck_gifts_priority")),
        sa.CheckConstraint(_money("price_cents"), name=op.f("ck_gifts_price_cents")),
        sa.CheckConstraint(_money("sale_price_cents"), name=op.f("ck_gifts_sale_price_cents")),
        sa.CheckConstraint("quantity >= 1 AND quantity <= 9999", name=op.f("ck_gifts_quantity")),
    )
    op.create_index("ix_gifts_occasion_id", "gifts", ["occasion_id"])
    op.create_table(
        "gift_people",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("gift_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_gift_people"),
        sa.ForeignKeyConstraint(
            ["gift_id"], ["gifts.id"], name="fk_gift_people_gift_id_gifts", ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["persons.id"],
            name="fk_gift_people_person_id_persons",
            ondelete="CASCADE",
        ),
        sa.UniqueConstraint("gift_id", "person_id", name="uq_gift_people_gift_id_person_id"),
    )


def downgrade() -> None:
    op.drop_table("gift_people")
    op.drop_index("ix_gifts_occasion_id", table_name="gifts")
    op.drop_table("gifts")
    op.drop_table("occasions")
    op.drop_table("persons")
