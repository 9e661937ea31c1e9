"""People: create, update, delete and restore (undo of a delete).

Every function takes the ``Session`` of the caller's unit of work (see
``Database.transaction``) and validates before it writes, so a refused
action raises ``ValidationError``/``NotFoundError`` and, with the rollback of
that unit of work, leaves nothing behind. A delete returns what it removed,
so undo can put it back as it was.
"""

from __future__ import annotations

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.orm import Session

from giftdesk.data.budgets import budgets_where, insert_budgets
from giftdesk.data.checks import chunked, existing_gift_ids
from giftdesk.data.errors import NotFoundError
from giftdesk.data.messages import translatable
from giftdesk.data.models import gift_people, gifts, person_occasions, persons
from giftdesk.data.records import PersonDeletion, PersonImpact, PersonRecord
from giftdesk.data.validation import validate_person


def create_person(session: Session, record: PersonRecord) -> int:
    record = validate_person(record)
    values = _person_values(record)
    if record.id is not None:
        values["id"] = record.id
    if record.version:  # put back (undo): the version the undo gave it, which redo checks
        values["version"] = record.version
    return int(session.execute(insert(persons).values(values).returning(persons.c.id)).scalar_one())


def update_person(session: Session, record: PersonRecord) -> PersonRecord:
    """Replace a person's fields; returns the previous record (for undo)."""
    assert record.id is not None
    old = get_person(session, record.id)
    record = validate_person(record)
    session.execute(update(persons).where(persons.c.id == record.id).values(_person_values(record)))
    return old


def get_person(session: Session, person_id: int) -> PersonRecord:
    row = session.execute(select(persons).where(persons.c.id == person_id)).mappings().first()
    if row is None:
        raise NotFoundError(
            translatable("People", "This person no longer exists (deleted meanwhile).")
        )
    return PersonRecord(**dict(row))


def find_person_by_name(session: Session, name: str) -> PersonRecord | None:
    row = (
        session.execute(select(persons).where(func.lower(persons.c.name) == name.strip().lower()))
        .mappings()
        .first()
    )
    return PersonRecord(**dict(row)) if row else None


def person_delete_impact(session: Session, person_id: int) -> PersonImpact:
    links: dict[str, int] = dict(
        session.execute(
            select(gift_people.c.role, func.count(func.distinct(gift_people.c.gift_id)))
            .where(gift_people.c.person_id == person_id, gift_people.c.role != "purchaser")
            .group_by(gift_people.c.role)
        ).all()
    )
    purchasing = session.scalar(select(func.count()).where(gifts.c.purchaser_id == person_id))
    budgets = session.scalar(select(func.count()).where(person_occasions.c.person_id == person_id))
    return PersonImpact(
        receiving=links.get("recipient", 0),
        contributing=links.get("contributor", 0),
        purchasing=purchasing or 0,
        budgets=budgets or 0,
    )


def delete_person(session: Session, person_id: int) -> PersonDeletion:
    """Delete a person: links and budgets cascade, purchases become unassigned."""
    person = get_person(session, person_id)
    links = tuple(
        (gift_id, role)
        for gift_id, role in session.execute(
            select(gift_people.c.gift_id, gift_people.c.role)
            .where(gift_people.c.person_id == person_id, gift_people.c.role != "purchaser")
            .order_by(gift_people.c.gift_id, gift_people.c.role)
        )
    )
    purchased = tuple(
        session.scalars(
            select(gifts.c.id).where(gifts.c.purchaser_id == person_id).order_by(gifts.c.id)
        )
    )
    budgets = tuple(budgets_where(session, person_occasions.c.person_id == person_id))
    session.execute(delete(persons).where(persons.c.id == person_id))
    return PersonDeletion(person, links, purchased, budgets)


def restore_person(session: Session, deletion: PersonDeletion) -> None:
    """Undo ``delete_person``: the same id, links, purchases and budgets."""
    create_person(session, deletion.person)
    person_id = deletion.person.id
    existing_gifts = existing_gift_ids(session, [g for g, _ in deletion.links])
    rows = [
        {"gift_id": g, "person_id": person_id, "role": role}
        for g, role in deletion.links
        if g in existing_gifts
    ]
    if rows:
        session.execute(insert(gift_people), rows)
    for part in chunked(list(deletion.purchased_gift_ids)):
        session.execute(
            update(gifts)
            .where(gifts.c.id.in_(part), gifts.c.purchaser_id.is_(None))
            .values(purchaser_id=person_id)
        )
    insert_budgets(session, deletion.budgets)


def _person_values(record: PersonRecord) -> dict[str, object]:
    return {
        "name": record.name,
        "relationship": record.relationship,
        "birthdate": record.birthdate,
        "notes": record.notes,
        "interests": record.interests,
        "sizes": record.sizes,
    }
