"""Occasions: create, update, delete and restore (undo of a delete).

Same contract as ``people``: the caller's session, validation before any
write, and a delete returns what undo needs.
"""

from __future__ import annotations

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.orm import Session

from giftdesk.data.budgets import budgets_where, insert_budgets
from giftdesk.data.checks import chunked
from giftdesk.data.errors import NotFoundError
from giftdesk.data.messages import translatable
from giftdesk.data.models import gifts, occasions, person_occasions, persons
from giftdesk.data.records import OccasionDeletion, OccasionImpact, OccasionRecord
from giftdesk.data.validation import validate_occasion


def create_occasion(session: Session, record: OccasionRecord) -> int:
    record = validate_occasion(record)
    values = _occasion_values(record)
    if record.id is not None:
        values["id"] = record.id
    if record.version:  # put back (undo): the version the undo gave it, which redo checks
        values["version"] = record.version
    return int(
        session.execute(insert(occasions).values(values).returning(occasions.c.id)).scalar_one()
    )


def update_occasion(session: Session, record: OccasionRecord) -> OccasionRecord:
    assert record.id is not None
    old = get_occasion(session, record.id)
    record = validate_occasion(record)
    session.execute(
        update(occasions).where(occasions.c.id == record.id).values(_occasion_values(record))
    )
    return old


def get_occasion(session: Session, occasion_id: int) -> OccasionRecord:
    row = session.execute(select(occasions).where(occasions.c.id == occasion_id)).mappings().first()
    if row is None:
        raise NotFoundError(
            translatable("Occasions", "This occasion no longer exists (deleted meanwhile).")
        )
    return OccasionRecord(**dict(row))


def find_occasion_by_name(session: Session, name: str) -> OccasionRecord | None:
    row = (
        session.execute(
            select(occasions).where(func.lower(occasions.c.name) == name.strip().lower())
        )
        .mappings()
        .first()
    )
    return OccasionRecord(**dict(row)) if row else None


def occasion_delete_impact(session: Session, occasion_id: int) -> OccasionImpact:
    count = session.scalar(select(func.count()).where(gifts.c.occasion_id == occasion_id)) or 0
    budgets = session.scalar(
        select(func.count()).where(person_occasions.c.occasion_id == occasion_id)
    )
    return OccasionImpact(gifts=count, budgets=budgets or 0)


def delete_occasion(session: Session, occasion_id: int) -> OccasionDeletion:
    """Delete an occasion: its gifts stay, with no occasion; its budgets go."""
    occasion = get_occasion(session, occasion_id)
    gift_ids = tuple(
        session.scalars(
            select(gifts.c.id).where(gifts.c.occasion_id == occasion_id).order_by(gifts.c.id)
        )
    )
    budgets = tuple(budgets_where(session, person_occasions.c.occasion_id == occasion_id))
    session.execute(delete(occasions).where(occasions.c.id == occasion_id))
    return OccasionDeletion(occasion, gift_ids, budgets)


def restore_occasion(session: Session, deletion: OccasionDeletion) -> None:
    create_occasion(session, deletion.occasion)
    for part in chunked(list(deletion.gift_ids)):
        session.execute(
            update(gifts)
            .where(gifts.c.id.in_(part), gifts.c.occasion_id.is_(None))
            .values(occasion_id=deletion.occasion.id)
        )
    existing = set(session.scalars(select(persons.c.id)))
    insert_budgets(session, [b for b in deletion.budgets if b.person_id in existing])


def _occasion_values(record: OccasionRecord) -> dict[str, object]:
    return {
        "name": record.name,
        "type": record.type,
        "date": record.date,
        "budget_cents": record.budget_cents,
        "notes": record.notes,
    }
