"""Operations on gifts: add (one, or one per recipient), edit, cell edits, delete."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from functools import partial

from sqlalchemy.orm import Session

from giftdesk.data import gifts
from giftdesk.data.changes import Change
from giftdesk.data.database import on_server
from giftdesk.data.models import gifts as gift_table
from giftdesk.data.operations import OpResult
from giftdesk.data.records import GiftRecord
from giftdesk.data.row_versions import claim, claim_one, note_left, versions_accepted
from giftdesk.data.validation import validate_gift


def create_gifts(session: Session, records: Sequence[GiftRecord]) -> OpResult:
    """Add one gift, or several at once ("a separate gift for each")."""
    gift_ids = tuple(_create_gift(session, record) for record in records)
    return OpResult(
        Change(gifts=frozenset(gift_ids)),
        # Undo removes them only if nobody changed them meanwhile (version 1).
        undo=partial(delete_gifts, gift_ids=gift_ids, versions=dict.fromkeys(gift_ids, 1)),
        created=gift_ids,
    )


def _create_gift(session: Session, record: GiftRecord) -> int:
    if on_server(session):  # one statement when all is well (a round trip each)
        made = gifts.create_gift_at_once(session, validate_gift(record))
        if made is not None:
            return made
    return gifts.create_gift(session, record)  # a file, or someone is gone: it says who


def edit_gift(session: Session, record: GiftRecord) -> OpResult:
    """Replace a gift's fields and people; undo is the same edit back to the old ones."""
    assert record.id is not None
    old = None
    if on_server(session):  # one statement when all is well (a round trip each)
        accepted = versions_accepted(session, gift_table, record.id, record.version)
        old = gifts.replace_gift_at_once(session, validate_gift(record), accepted)
        if old is not None:
            note_left(session, gift_table, {record.id: old.version})
    if old is None:  # a file, or something is amiss: the checks below say what
        claim_one(session, gift_table, record.id, record.version)
        old = gifts.update_gift(session, record)  # read after the claim: its new version
    return OpResult(Change(gifts=frozenset({record.id})), undo=partial(edit_gift, record=old))


def set_gift_fields(
    session: Session,
    gift_id: int,
    changes: Mapping[str, object],
    version: int = 0,
) -> OpResult:
    """An in-place cell edit (status, price, quantity …) of one gift (``version``: as seen)."""
    done = None
    if on_server(session):  # one statement when all is well (a round trip each)
        accepted = versions_accepted(session, gift_table, gift_id, version)
        done = gifts.set_gift_fields_at_once(session, gift_id, dict(changes), accepted)
    if done is None:  # a file, or something is amiss: the checks below say what
        after = claim_one(session, gift_table, gift_id, version)
        previous = gifts.set_gift_fields(session, gift_id, **changes)
    else:
        previous, after = done
        note_left(session, gift_table, {gift_id: after})
    return OpResult(
        Change(gifts=frozenset({gift_id})),
        undo=partial(set_gift_fields, gift_id=gift_id, changes=previous, version=after),
    )


def delete_gifts(
    session: Session, gift_ids: Sequence[int], versions: Mapping[int, int] | None = None
) -> OpResult:
    """Delete one or many gifts; one undo brings them all back with their ids.

    ``versions``: {gift id: version as seen}; a gift changed meanwhile on another
    computer refuses the whole deletion.
    """
    ids = tuple(sorted(set(gift_ids)))
    claimed = claim(session, gift_table, seen_versions(ids, versions))
    # Read after the claim: the last versions. All locked: no need to count them again.
    removed = tuple(gifts.delete_gifts(session, ids, present=len(claimed) == len(ids)))
    return OpResult(
        Change(removed_gifts=frozenset(ids)), undo=partial(restore_gifts, records=removed)
    )


def restore_gifts(session: Session, records: Sequence[GiftRecord]) -> OpResult:
    """Undo of a delete: the gifts come back one version above the one they were deleted at."""
    records = [dataclasses.replace(r, version=r.version + 1) for r in records]
    gifts.restore_gifts(session, records)
    ids = tuple(record.id for record in records if record.id is not None)
    versions = {r.id: r.version for r in records if r.id is not None}
    note_left(session, gift_table, versions)
    return OpResult(
        Change(gifts=frozenset(ids)), undo=partial(delete_gifts, gift_ids=ids, versions=versions)
    )


def seen_versions(ids: Sequence[int], versions: Mapping[int, int] | None) -> dict[int, int]:
    """{id: version as seen} for every id (0: not known, not checked)."""
    return {i: (versions or {}).get(i, 0) for i in ids}
