"""Index gift_people by (person_id, role): the people table counts roles per person.

Replaces the single-column person index, which the composite one covers.

Revision ID: 0004_person_role_index
Revises: 0003_person_budgets
"""

from alembic import op

revision = "0004_person_role_index"
down_revision = "0003_person_budgets"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("gift_people") as batch:
        batch.drop_index("ix_gift_people_person_id")
        batch.create_index("ix_gift_people_person_id_role", ["person_id", "role"])


def downgrade() -> None:
    with op.batch_alter_table("gift_people") as batch:
        batch.drop_index("ix_gift_people_person_id_role")
        batch.create_index("ix_gift_people_person_id", ["person_id"])
