"""Alembic migrations, shipped inside the package.

``HEAD`` and ``REVISIONS`` let the opener decide without loading Alembic
whether a file is current, older or from a newer giftdesk (start-up speed);
a test checks that they match the scripts in ``versions/``.
"""

REVISIONS = (
    "0001_baseline",
    "0002_purchaser_and_role",
    "0003_person_budgets",
    "0004_person_role_index",
    "0005_typed_columns",
    "0006_row_versions",
    "0007_members",
)
HEAD = REVISIONS[-1]
