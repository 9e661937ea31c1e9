"""Old import path, kept while other branches still import from it (see ``giftdesk.ui.budget``)."""

from giftdesk.ui.budget.model import (
    ID_ROLE,
    NOT_SET,
    OCCASION_COLUMNS,
    PEOPLE_COLUMNS,
    SORT_ROLE,
    BudgetTableModel,
    Column,
)
from giftdesk.ui.budget.panel import BudgetPanel, as_choice
from giftdesk.ui.budget.wiring import install

__all__ = [
    "ID_ROLE",
    "NOT_SET",
    "OCCASION_COLUMNS",
    "PEOPLE_COLUMNS",
    "SORT_ROLE",
    "BudgetPanel",
    "BudgetTableModel",
    "Column",
    "as_choice",
    "install",
]
