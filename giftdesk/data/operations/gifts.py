"""Operations on gifts: add (one, or one per recipient), edit, cell edits, delete."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import partial

from sqlalchemy.orm import Session

from giftdesk.data import gifts
from giftdesk.data.changes import Change
from giftdesk.data.operations import OpResult
from giftdesk.data.records import GiftRecord


def create_gifts(session: Session, records: Sequence[GiftRecord]) -> OpResult:
    """Add one gift, or several at once ("a separate gift for each")."""
    gift_ids = tuple(gifts.create_gift(session, record) for record in records)
    return OpResult(
        Change(gifts=frozenset(gift_ids)),
        undo=partial(delete_gifts, gift_ids=gift_ids),
        created=gift_ids,
    )


def edit_gift(session: Session, record: GiftRecord) -> OpResult:
    """Replace a gift's fields and people."""
    assert record.id is not None
    old = gifts.update_gift(session, record)
    return OpResult(Change(gifts=frozenset({record.id})), undo=partial(edit_gift, record=old))


def set_gift_fields(session: Session, gift_id: int, changes: Mapping[str, object]) -> OpResult:
    """An in-place cell edit (status, price, quantity …) of one gift."""
    previous = gifts.set_gift_fields(session, gift_id, **changes)
    return OpResult(
        Change(gifts=frozenset({gift_id})),
        undo=partial(set_gift_fields, gift_id=gift_id, changes=previous),
    )


def delete_gifts(session: Session, gift_ids: Sequence[int]) -> OpResult:
    """Delete one or many gifts; one undo brings them all back with their ids."""
    ids = tuple(sorted(set(gift_ids)))
    removed = gifts.delete_gifts(session, ids)
    return OpResult(
        Change(removed_gifts=frozenset(ids)), undo=partial(restore_gifts, records=tuple(removed))
    )


def restore_gifts(session: Session, records: Sequence[GiftRecord]) -> OpResult:
    gifts.restore_gifts(session, records)
    ids = tuple(record.id for record in records if record.id is not None)
    return OpResult(Change(gifts=frozenset(ids)), undo=partial(delete_gifts, gift_ids=ids))
