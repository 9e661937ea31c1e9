"""Operations on occasions: add, edit, delete, their undo, and an occasion's budget."""

from __future__ import annotations

import dataclasses
from functools import partial

from sqlalchemy import select
from sqlalchemy.orm import Session

from giftdesk.data import occasions
from giftdesk.data.changes import Change
from giftdesk.data.models import gifts
from giftdesk.data.models import occasions as occasion_table
from giftdesk.data.operations import OpResult
from giftdesk.data.records import OccasionDeletion, OccasionRecord
from giftdesk.data.row_versions import claim_one, note_left


def create_occasion(session: Session, record: OccasionRecord) -> OpResult:
    occasion_id = occasions.create_occasion(session, record)
    return OpResult(
        Change(occasions=frozenset({occasion_id})),
        undo=partial(delete_occasion, occasion_id=occasion_id, version=1),
        created=(occasion_id,),
    )


def edit_occasion(session: Session, record: OccasionRecord) -> OpResult:
    """Replace an occasion's fields; its gifts' rows show the new name."""
    assert record.id is not None
    claim_one(session, occasion_table, record.id, record.version)
    old = occasions.update_occasion(session, record)  # read after the claim: its new version
    gift_ids = frozenset(
        session.scalars(select(gifts.c.id).where(gifts.c.occasion_id == record.id))
    )
    return OpResult(
        Change(occasions=frozenset({record.id}), gifts=gift_ids),
        undo=partial(edit_occasion, record=old),
    )


def set_occasion_budget(
    session: Session, occasion_id: int, cents: int | None, version: int = 0
) -> OpResult:
    """Set only an occasion's budget; undo puts back only the budget."""
    after = claim_one(session, occasion_table, occasion_id, version)
    current = occasions.get_occasion(session, occasion_id)
    occasions.update_occasion(session, dataclasses.replace(current, budget_cents=cents))
    return OpResult(
        Change(occasions=frozenset({occasion_id}), budgets=True),
        undo=partial(
            set_occasion_budget,
            occasion_id=occasion_id,
            cents=current.budget_cents,
            version=after,
        ),
    )


def delete_occasion(session: Session, occasion_id: int, version: int = 0) -> OpResult:
    """Delete an occasion (``version``: as seen; 0 when not known)."""
    claim_one(session, occasion_table, occasion_id, version)
    deletion = occasions.delete_occasion(session, occasion_id)  # read after the claim
    return OpResult(
        Change(
            removed_occasions=frozenset({occasion_id}),
            gifts=frozenset(deletion.gift_ids),
            budgets=True,
        ),
        undo=partial(restore_occasion, deletion=deletion),
    )


def restore_occasion(session: Session, deletion: OccasionDeletion) -> OpResult:
    """Undo of a delete: the same id; its gifts and budgets come back to it.

    One version above the one it was deleted at (see ``restore_person``).
    """
    occasion = dataclasses.replace(deletion.occasion, version=deletion.occasion.version + 1)
    deletion = dataclasses.replace(deletion, occasion=occasion)
    occasions.restore_occasion(session, deletion)
    occasion_id = deletion.occasion.id
    assert occasion_id is not None
    note_left(session, occasion_table, {occasion_id: occasion.version})
    return OpResult(
        Change(
            occasions=frozenset({occasion_id}), gifts=frozenset(deletion.gift_ids), budgets=True
        ),
        undo=partial(delete_occasion, occasion_id=occasion_id, version=deletion.occasion.version),
    )
