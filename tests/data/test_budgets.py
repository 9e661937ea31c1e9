"""Person budgets (data/budgets.py): set, update, clear and restore."""

from __future__ import annotations

import pytest

from giftdesk.data import budgets as budgets_data
from giftdesk.data.errors import ValidationError
from giftdesk.data.records import BudgetRecord


def test_budgets_set_update_clear_and_restore(db, family):
    anna, xmas = family["anna"], family["xmas"]
    with db.transaction() as s:
        old = budgets_data.set_budget(s, BudgetRecord(anna, xmas, 4000, 1500))
        assert old == BudgetRecord(anna, xmas, 3000, None)
        budgets_data.set_budget(s, BudgetRecord(anna, xmas, None, None))
        assert budgets_data.get_budget(s, anna, xmas) is None
        budgets_data.restore_budget(s, anna, xmas, old)
        assert budgets_data.get_budget(s, anna, xmas) == old
    refused = pytest.raises(ValidationError, match="Recipient budget cannot be negative")
    with refused, db.transaction() as s:
        budgets_data.set_budget(s, BudgetRecord(anna, xmas, -1, None))
