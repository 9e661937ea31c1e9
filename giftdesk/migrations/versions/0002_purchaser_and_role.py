"""Add purchaser_id and gift_person role (the web plan's schema step).

Every existing link becomes a ``recipient``; the unique constraint widens to
include the role. Downgrading drops the purchaser column and every
non-recipient link (contributors), which the older schema cannot hold.

Revision ID: 0002_purchaser_and_role
Revises: 0001_baseline
"""

import sqlalchemy as sa
from alembic import op

revision = "0002_purchaser_and_role"
down_revision = "0001_baseline"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("gifts") as batch:
        batch.add_column(sa.Column("purchaser_id", sa.Integer(), nullable=True))
        batch.create_foreign_key(
            "fk_gifts_purchaser_id_persons",
            "persons",
            ["purchaser_id"],
            ["id"],
            ondelete="SET NULL",
        )
        batch.create_index("ix_gifts_purchaser_id", ["purchaser_id"])

    with op.batch_alter_table("gift_people") as batch:
        batch.add_column(
            sa.Column("role", sa.String(20), nullable=False, server_default="recipient")
        )
        batch.drop_constraint("uq_gift_people_gift_id_person_id", type_="unique")
        batch.create_unique_constraint(
            "uq_gift_people_gift_id_person_id_role", ["gift_id", "person_id", "role"]
        )
        batch.create_check_constraint(
            op.f("ck_gift_people_role"), "role IN ('recipient', 'purchaser', 'contributor')"
        )
        batch.create_index("ix_gift_people_person_id", ["person_id"])


def downgrade() -> None:
    op.execute("DELETE FROM gift_people WHERE role <> 'recipient'")
    with op.batch_alter_table("gift_people") as batch:
        batch.drop_index("ix_gift_people_person_id")
        batch.drop_constraint(op.f("ck_gift_people_role"), type_="check")
        batch.drop_constraint("uq_gift_people_gift_id_person_id_role", type_="unique")
        batch.create_unique_constraint("uq_gift_people_gift_id_person_id", ["gift_id", "person_id"])
        batch.drop_column("role")

    with op.batch_alter_table("gifts") as batch:
        batch.drop_index("ix_gifts_purchaser_id")
        batch.drop_constraint("fk_gifts_purchaser_id_persons", type_="foreignkey")
        batch.drop_column("purchaser_id")
