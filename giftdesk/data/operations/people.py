"""Operations on people: add, edit, delete, and their undo."""

from __future__ import annotations

import dataclasses
from functools import partial

from sqlalchemy import select
from sqlalchemy.orm import Session

from giftdesk.data import people
from giftdesk.data.changes import Change
from giftdesk.data.models import gift_people, gifts, persons
from giftdesk.data.operations import OpResult
from giftdesk.data.records import PersonDeletion, PersonRecord
from giftdesk.data.row_versions import claim_one, note_left


def create_person(session: Session, record: PersonRecord) -> OpResult:
    person_id = people.create_person(session, record)
    return OpResult(
        Change(persons=frozenset({person_id})),
        # Undo removes the person only if nobody changed them meanwhile (version 1).
        undo=partial(delete_person, person_id=person_id, version=1),
        created=(person_id,),
    )


def edit_person(session: Session, record: PersonRecord) -> OpResult:
    """Replace a person's fields; the gifts showing their name change with them."""
    assert record.id is not None
    claim_one(session, persons, record.id, record.version)
    old = people.update_person(session, record)  # read after the claim: its new version
    return OpResult(
        Change(persons=frozenset({record.id}), gifts=gifts_showing_person(session, record.id)),
        undo=partial(edit_person, record=old),
    )


def delete_person(session: Session, person_id: int, version: int = 0) -> OpResult:
    """Delete a person (``version``: as seen; 0 when not known)."""
    claim_one(session, persons, person_id, version)
    deletion = people.delete_person(session, person_id)  # read after the claim: its last version
    return OpResult(
        Change(removed_persons=frozenset({person_id}), gifts=_gifts_of(deletion), budgets=True),
        undo=partial(restore_person, deletion=deletion),
    )


def restore_person(session: Session, deletion: PersonDeletion) -> OpResult:
    """Undo of a delete: the same id, links, purchases and budgets.

    The person comes back one version above the one they were deleted at: a
    change based on what was shown before the delete is refused, and redo
    checks the version put back.
    """
    person = dataclasses.replace(deletion.person, version=deletion.person.version + 1)
    deletion = dataclasses.replace(deletion, person=person)
    people.restore_person(session, deletion)
    person_id = deletion.person.id
    assert person_id is not None
    note_left(session, persons, {person_id: person.version})
    return OpResult(
        Change(persons=frozenset({person_id}), gifts=_gifts_of(deletion), budgets=True),
        undo=partial(delete_person, person_id=person_id, version=deletion.person.version),
    )


def gifts_showing_person(session: Session, person_id: int) -> frozenset[int]:
    """Gifts whose rows show this person (as recipient, contributor or purchaser)."""
    linked = session.scalars(
        select(gift_people.c.gift_id).where(gift_people.c.person_id == person_id)
    )
    bought = session.scalars(select(gifts.c.id).where(gifts.c.purchaser_id == person_id))
    return frozenset(linked) | frozenset(bought)


def _gifts_of(deletion: PersonDeletion) -> frozenset[int]:
    return frozenset(g for g, _ in deletion.links) | frozenset(deletion.purchased_gift_ids)
