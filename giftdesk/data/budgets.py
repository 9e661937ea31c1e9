"""A person's budgets per occasion: read, set (both empty removes) and restore."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import ColumnElement, and_, delete, insert, select, update
from sqlalchemy.orm import Session

from giftdesk.data.checks import require_occasion, require_people
from giftdesk.data.models import person_occasions
from giftdesk.data.money import check_cents
from giftdesk.data.records import BudgetRecord


def get_budget(session: Session, person_id: int, occasion_id: int) -> BudgetRecord | None:
    found = budgets_where(
        session,
        and_(
            person_occasions.c.person_id == person_id,
            person_occasions.c.occasion_id == occasion_id,
        ),
    )
    return found[0] if found else None


def set_budget(session: Session, record: BudgetRecord) -> BudgetRecord | None:
    """Set a person's budgets for an occasion (both None removes the row).

    Returns the previous budgets (or None) for undo.
    """
    recipient = check_cents("recipient_budget", record.recipient_budget_cents)
    purchaser = check_cents("purchaser_budget", record.purchaser_budget_cents)
    require_people(session, [record.person_id])
    require_occasion(session, record.occasion_id)
    old = get_budget(session, record.person_id, record.occasion_id)
    where = and_(
        person_occasions.c.person_id == record.person_id,
        person_occasions.c.occasion_id == record.occasion_id,
    )
    if recipient is None and purchaser is None:
        session.execute(delete(person_occasions).where(where))
    elif old is None:
        session.execute(
            insert(person_occasions).values(
                person_id=record.person_id,
                occasion_id=record.occasion_id,
                recipient_budget_cents=recipient,
                purchaser_budget_cents=purchaser,
            )
        )
    else:
        session.execute(
            update(person_occasions)
            .where(where)
            .values(recipient_budget_cents=recipient, purchaser_budget_cents=purchaser)
        )
    return old


def restore_budget(
    session: Session, person_id: int, occasion_id: int, previous: BudgetRecord | None
) -> None:
    """Undo ``set_budget``: put back the previous budgets (or none)."""
    set_budget(session, previous or BudgetRecord(person_id, occasion_id))


def list_budgets(session: Session) -> list[BudgetRecord]:
    return budgets_where(session, None)


def budgets_where(session: Session, where: ColumnElement[bool] | None) -> list[BudgetRecord]:
    query = select(
        person_occasions.c.person_id,
        person_occasions.c.occasion_id,
        person_occasions.c.recipient_budget_cents,
        person_occasions.c.purchaser_budget_cents,
    ).order_by(person_occasions.c.occasion_id, person_occasions.c.person_id)
    if where is not None:
        query = query.where(where)
    return [BudgetRecord(*row) for row in session.execute(query)]


def insert_budgets(session: Session, budgets: Iterable[BudgetRecord]) -> None:
    rows = [
        {
            "person_id": b.person_id,
            "occasion_id": b.occasion_id,
            "recipient_budget_cents": b.recipient_budget_cents,
            "purchaser_budget_cents": b.purchaser_budget_cents,
        }
        for b in budgets
    ]
    if rows:
        session.execute(insert(person_occasions), rows)
