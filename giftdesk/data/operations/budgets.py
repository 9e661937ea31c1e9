"""Operations on a person's budgets for an occasion.

``version``: of the person's budgets row as seen (0: there was none; None:
not known, not checked). A row another computer changed, added or removed
meanwhile refuses the change with a sentence. Each undo checks the version
its step left and raises it again (versions only go forward).
"""

from __future__ import annotations

import dataclasses
from functools import partial
from typing import Literal

from sqlalchemy.orm import Session

from giftdesk.data import budgets
from giftdesk.data.changes import Change
from giftdesk.data.operations import OpResult
from giftdesk.data.records import BudgetRecord

BudgetField = Literal["recipient_budget_cents", "purchaser_budget_cents"]


def set_person_budget(
    session: Session,
    person_id: int,
    occasion_id: int,
    field: BudgetField,
    cents: int | None,
    version: int | None = None,
) -> OpResult:
    """Set one of a person's two budgets, the other untouched; undo puts back that one."""
    current = budgets.get_budget(session, person_id, occasion_id)
    base = current or BudgetRecord(person_id, occasion_id)
    if field == "recipient_budget_cents":
        record = dataclasses.replace(base, recipient_budget_cents=cents)
    else:
        record = dataclasses.replace(base, purchaser_budget_cents=cents)
    _old, after = budgets.change_budget(session, record, version)
    previous = getattr(current, field) if current else None
    return OpResult(
        Change(budgets=True),
        undo=partial(
            set_person_budget,
            person_id=person_id,
            occasion_id=occasion_id,
            field=field,
            cents=previous,
            version=after,
        ),
    )


def set_person_budgets(
    session: Session, record: BudgetRecord, version: int | None = None
) -> OpResult:
    """Set both budgets (both empty: no budget row); undo puts back what was there."""
    previous, after = budgets.change_budget(session, record, version)
    return OpResult(
        Change(budgets=True),
        undo=partial(
            set_person_budgets,
            record=previous or BudgetRecord(record.person_id, record.occasion_id),
            version=after,
        ),
    )
