"""Old import path, kept while other branches still import from it.

The dialog lives in ``giftdesk.ui.dialogs.person_budget``.
"""

from giftdesk.ui.dialogs.person_budget import (
    PersonBudgetDialog,
)

__all__ = ["PersonBudgetDialog"]
