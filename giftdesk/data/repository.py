"""Create, read, update and delete people, occasions, gifts and budgets.

Every function takes the ``Session`` of the caller's unit of work (see
``Database.transaction``) and validates before it writes, so a refused
action raises ``ValidationError``/``NotFoundError`` and, with the rollback
of that unit of work, leaves nothing behind. Functions that remove or
replace data return what they removed, so undo can put it back as it was.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import gc
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from sqlalchemy import String, and_, case, delete, func, insert, select, type_coerce, update
from sqlalchemy.orm import Session

from giftdesk.data.errors import NotFoundError, ValidationError
from giftdesk.data.id_sets import where_in
from giftdesk.data.models import (
    BOUGHT_STATUSES,
    GIFT_NAME_MAX,
    GIFT_STATUSES,
    NOTES_MAX,
    OCCASION_NAME_MAX,
    OCCASION_TYPES,
    PERSON_NAME_MAX,
    PLANNED_STATUSES,
    PRIORITIES,
    SHORT_TEXT_MAX,
    URL_MAX,
    gift_people,
    gifts,
    occasions,
    person_occasions,
    persons,
)
from giftdesk.data.money import check_cents
from giftdesk.data.records import (
    BudgetRecord,
    GiftRecord,
    GiftRow,
    OccasionDeletion,
    OccasionImpact,
    OccasionRecord,
    OccasionRow,
    PersonDeletion,
    PersonImpact,
    PersonRecord,
    PersonRow,
)
from giftdesk.data.validation import (
    clean_choice,
    clean_date,
    clean_name,
    clean_quantity,
    clean_text,
)

# Stay far below every database's limit on bound parameters per statement.
CHUNK = 500


def chunked(ids: Sequence[int], size: int = CHUNK) -> Iterator[Sequence[int]]:
    for start in range(0, len(ids), size):
        yield ids[start : start + size]


# -- validation ---------------------------------------------------------------


def validate_person(record: PersonRecord) -> PersonRecord:
    return dataclasses.replace(
        record,
        name=clean_name("name", record.name, PERSON_NAME_MAX),
        relationship=clean_text("relationship", record.relationship, SHORT_TEXT_MAX),
        birthdate=clean_date("birthdate", record.birthdate),
        notes=clean_text("notes", record.notes, NOTES_MAX),
        interests=clean_text("interests", record.interests, NOTES_MAX),
        sizes=clean_text("sizes", record.sizes, NOTES_MAX),
    )


def validate_occasion(record: OccasionRecord) -> OccasionRecord:
    return dataclasses.replace(
        record,
        name=clean_name("name", record.name, OCCASION_NAME_MAX),
        type=clean_choice("type", record.type, OCCASION_TYPES),
        date=clean_date("date", record.date),
        budget_cents=check_cents("budget", record.budget_cents),
        notes=clean_text("notes", record.notes, NOTES_MAX),
    )


def validate_gift(record: GiftRecord) -> GiftRecord:
    """Field checks of a gift (references are checked against the database later)."""
    recipients = _unique_ids("recipients", record.recipient_ids)
    contributors = _unique_ids("contributors", record.contributor_ids)
    if record.purchaser_id is not None and record.purchaser_id in contributors:
        raise ValidationError(
            "contributors", "The purchaser already pays for this gift; they cannot also contribute."
        )
    return dataclasses.replace(
        record,
        name=clean_name("name", record.name, GIFT_NAME_MAX),
        status=clean_choice("status", record.status, GIFT_STATUSES),
        priority=clean_choice("priority", record.priority, PRIORITIES),
        price_cents=check_cents("price", record.price_cents),
        sale_price_cents=check_cents("sale_price", record.sale_price_cents),
        quantity=clean_quantity(record.quantity),
        store=clean_text("store", record.store, SHORT_TEXT_MAX),
        url=clean_text("url", record.url, URL_MAX),
        notes=clean_text("notes", record.notes, NOTES_MAX),
        purchase_date=clean_date("purchase_date", record.purchase_date),
        recipient_ids=recipients,
        contributor_ids=contributors,
    )


def _unique_ids(field: str, ids: Iterable[int]) -> tuple[int, ...]:
    result: list[int] = []
    for value in ids:
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValidationError(field, f"{field.capitalize()} must be people of this file.")
        if value not in result:
            result.append(value)
    return tuple(sorted(result))


def require_people(session: Session, ids: Iterable[int], field: str = "person") -> None:
    """Raise NotFoundError unless every id is an existing person."""
    wanted = set(ids)
    if not wanted:
        return
    found: set[int] = set()
    for part in chunked(sorted(wanted)):
        found.update(session.scalars(select(persons.c.id).where(persons.c.id.in_(part))))
    missing = wanted - found
    if missing:
        raise NotFoundError(
            f"The {field} chosen no longer exists (it was deleted); choose another."
            if len(missing) == 1
            else f"{len(missing)} of the people chosen as {field} no longer exist."
        )


def require_occasion(session: Session, occasion_id: int | None) -> None:
    if occasion_id is None:
        return
    if session.scalar(select(occasions.c.id).where(occasions.c.id == occasion_id)) is None:
        raise NotFoundError(
            "The occasion chosen no longer exists (it was deleted); choose another."
        )


def require_gifts(session: Session, gift_ids: Sequence[int]) -> None:
    """Raise NotFoundError unless every gift still exists."""
    wanted = set(gift_ids)
    found = 0
    for part in chunked(sorted(wanted)):
        found += session.scalar(select(func.count()).where(gifts.c.id.in_(part))) or 0
    missing = len(wanted) - found
    if missing:
        raise NotFoundError(
            "This gift no longer exists (it was deleted); nothing was changed."
            if len(wanted) == 1
            else f"{missing} of the {len(wanted)} selected gifts no longer exist "
            "(deleted meanwhile); nothing was changed."
        )


# -- persons ------------------------------------------------------------------


def create_person(session: Session, record: PersonRecord) -> int:
    record = validate_person(record)
    values = _person_values(record)
    if record.id is not None:
        values["id"] = record.id
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
        raise NotFoundError("This person no longer exists (deleted meanwhile).")
    return PersonRecord(**dict(row))


def find_person_by_name(session: Session, name: str) -> PersonRecord | None:
    row = (
        session.execute(select(persons).where(func.lower(persons.c.name) == name.strip().lower()))
        .mappings()
        .first()
    )
    return PersonRecord(**dict(row)) if row else None


def person_delete_impact(session: Session, person_id: int) -> PersonImpact:
    links = dict(
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
    budgets = tuple(_budgets_where(session, person_occasions.c.person_id == person_id))
    session.execute(delete(persons).where(persons.c.id == person_id))
    return PersonDeletion(person, links, purchased, budgets)


def restore_person(session: Session, deletion: PersonDeletion) -> None:
    """Undo ``delete_person``: the same id, links, purchases and budgets."""
    create_person(session, deletion.person)
    person_id = deletion.person.id
    existing_gifts = _existing_gift_ids(session, [g for g, _ in deletion.links])
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
    _insert_budgets(session, deletion.budgets)


def _person_values(record: PersonRecord) -> dict[str, object]:
    return {
        "name": record.name,
        "relationship": record.relationship,
        "birthdate": record.birthdate,
        "notes": record.notes,
        "interests": record.interests,
        "sizes": record.sizes,
    }


# -- occasions ----------------------------------------------------------------


def create_occasion(session: Session, record: OccasionRecord) -> int:
    record = validate_occasion(record)
    values = _occasion_values(record)
    if record.id is not None:
        values["id"] = record.id
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
        raise NotFoundError("This occasion no longer exists (deleted meanwhile).")
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
    budgets = tuple(_budgets_where(session, person_occasions.c.occasion_id == occasion_id))
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
    _insert_budgets(session, [b for b in deletion.budgets if b.person_id in existing])


def _occasion_values(record: OccasionRecord) -> dict[str, object]:
    return {
        "name": record.name,
        "type": record.type,
        "date": record.date,
        "budget_cents": record.budget_cents,
        "notes": record.notes,
    }


# -- gifts --------------------------------------------------------------------


def create_gift(session: Session, record: GiftRecord) -> int:
    """Insert one gift with its recipients, purchaser and contributors."""
    record = validate_gift(record)
    _require_gift_references(session, record)
    values = _gift_values(record)
    if record.id is not None:
        values["id"] = record.id
    gift_id = int(session.execute(insert(gifts).values(values).returning(gifts.c.id)).scalar_one())
    _insert_links(session, gift_id, record)
    return gift_id


def update_gift(session: Session, record: GiftRecord) -> GiftRecord:
    """Replace a gift's fields and links; returns the previous record (for undo)."""
    assert record.id is not None
    old = get_gift(session, record.id)
    record = validate_gift(record)
    _require_gift_references(session, record)
    session.execute(update(gifts).where(gifts.c.id == record.id).values(_gift_values(record)))
    session.execute(
        delete(gift_people).where(
            gift_people.c.gift_id == record.id, gift_people.c.role != "purchaser"
        )
    )
    _insert_links(session, record.id, record)
    return old


def get_gift(session: Session, gift_id: int) -> GiftRecord:
    found = get_gifts(session, [gift_id])
    if not found:
        raise NotFoundError("This gift no longer exists (deleted meanwhile).")
    return found[0]


def get_gifts(session: Session, gift_ids: Sequence[int]) -> list[GiftRecord]:
    """Full records of the given gifts (missing ids are skipped), in id order."""
    ids = sorted(set(gift_ids))
    base: dict[int, dict[str, object]] = {}
    links: dict[int, dict[str, list[int]]] = defaultdict(
        lambda: {"recipient": [], "contributor": []}
    )
    for part in chunked(ids):
        for row in session.execute(select(gifts).where(gifts.c.id.in_(part))).mappings():
            base[row["id"]] = dict(row)
        for gift_id, person_id, role in session.execute(
            select(gift_people.c.gift_id, gift_people.c.person_id, gift_people.c.role)
            .where(gift_people.c.gift_id.in_(part), gift_people.c.role != "purchaser")
            .order_by(gift_people.c.person_id)
        ):
            links[gift_id][role].append(person_id)
    return [
        GiftRecord(
            **base[i],
            recipient_ids=tuple(links[i]["recipient"]),
            contributor_ids=tuple(links[i]["contributor"]),
        )
        for i in ids
        if i in base
    ]


def delete_gifts(session: Session, gift_ids: Sequence[int]) -> list[GiftRecord]:
    """Delete gifts (their links cascade); returns them for undo."""
    require_gifts(session, gift_ids)
    removed = get_gifts(session, gift_ids)
    for part in chunked(sorted(set(gift_ids))):
        session.execute(delete(gifts).where(gifts.c.id.in_(part)))
    return removed


def restore_gifts(session: Session, records: Sequence[GiftRecord]) -> None:
    """Put deleted gifts back with their ids and links (people deleted since are left out)."""
    if not records:
        return
    people = {
        p for r in records for p in (*r.recipient_ids, *r.contributor_ids, r.purchaser_id) if p
    }
    existing_people = set()
    for part in chunked(sorted(people)):
        existing_people.update(session.scalars(select(persons.c.id).where(persons.c.id.in_(part))))
    occasion_ids = set(session.scalars(select(occasions.c.id)))
    rows = []
    link_rows = []
    for record in records:
        values = _gift_values(record)
        values["id"] = record.id
        if values["purchaser_id"] not in existing_people:
            values["purchaser_id"] = None
        if values["occasion_id"] not in occasion_ids:
            values["occasion_id"] = None
        rows.append(values)
        link_rows += [
            {"gift_id": record.id, "person_id": p, "role": "recipient"}
            for p in record.recipient_ids
            if p in existing_people
        ]
        link_rows += [
            {"gift_id": record.id, "person_id": p, "role": "contributor"}
            for p in record.contributor_ids
            if p in existing_people
        ]
    session.execute(insert(gifts), rows)
    if link_rows:
        session.execute(insert(gift_people), link_rows)


EDITABLE_GIFT_FIELDS = {
    "name",
    "occasion_id",
    "status",
    "priority",
    "price_cents",
    "sale_price_cents",
    "quantity",
    "store",
    "url",
    "notes",
    "purchase_date",
    "purchaser_id",
}


def set_gift_fields(session: Session, gift_id: int, **changes: object) -> dict[str, object]:
    """Change some plain fields of one gift (in-place cell edits).

    Returns the previous values of exactly those fields, for undo.
    """
    unknown = set(changes) - EDITABLE_GIFT_FIELDS
    if unknown:
        raise ValidationError(sorted(unknown)[0], f"“{sorted(unknown)[0]}” cannot be edited.")
    old = get_gift(session, gift_id)
    new = validate_gift(dataclasses.replace(old, **changes))  # type: ignore[arg-type]
    _require_gift_references(session, new)
    values = {name: getattr(new, name) for name in changes}
    session.execute(update(gifts).where(gifts.c.id == gift_id).values(values))
    return {name: getattr(old, name) for name in changes}


def _require_gift_references(session: Session, record: GiftRecord) -> None:
    require_occasion(session, record.occasion_id)
    require_people(session, record.recipient_ids, "recipient")
    require_people(session, record.contributor_ids, "contributor")
    if record.purchaser_id is not None:
        require_people(session, [record.purchaser_id], "purchaser")


def _gift_values(record: GiftRecord) -> dict[str, object]:
    return {
        "name": record.name,
        "occasion_id": record.occasion_id,
        "status": record.status,
        "priority": record.priority,
        "price_cents": record.price_cents,
        "sale_price_cents": record.sale_price_cents,
        "quantity": record.quantity,
        "store": record.store,
        "url": record.url,
        "notes": record.notes,
        "purchase_date": record.purchase_date,
        "purchaser_id": record.purchaser_id,
    }


def _insert_links(session: Session, gift_id: int, record: GiftRecord) -> None:
    rows = [{"gift_id": gift_id, "person_id": p, "role": "recipient"} for p in record.recipient_ids]
    rows += [
        {"gift_id": gift_id, "person_id": p, "role": "contributor"} for p in record.contributor_ids
    ]
    if rows:
        session.execute(insert(gift_people), rows)


def _existing_gift_ids(session: Session, ids: Iterable[int]) -> set[int]:
    found: set[int] = set()
    for part in chunked(sorted(set(ids))):
        found.update(session.scalars(select(gifts.c.id).where(gifts.c.id.in_(part))))
    return found


# -- budgets ------------------------------------------------------------------


def get_budget(session: Session, person_id: int, occasion_id: int) -> BudgetRecord | None:
    found = _budgets_where(
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
    return _budgets_where(session, None)


def _budgets_where(session: Session, where: object) -> list[BudgetRecord]:
    query = select(
        person_occasions.c.person_id,
        person_occasions.c.occasion_id,
        person_occasions.c.recipient_budget_cents,
        person_occasions.c.purchaser_budget_cents,
    ).order_by(person_occasions.c.occasion_id, person_occasions.c.person_id)
    if where is not None:
        query = query.where(where)  # type: ignore[arg-type]
    return [BudgetRecord(*row) for row in session.execute(query)]


def _insert_budgets(session: Session, budgets: Iterable[BudgetRecord]) -> None:
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


# -- rows for the tables ------------------------------------------------------


def list_person_rows(session: Session) -> list[PersonRow]:
    receiving = (
        select(gift_people.c.person_id, func.count().label("n"))
        .where(gift_people.c.role == "recipient")
        .group_by(gift_people.c.person_id)
        .subquery()
    )
    buying = (
        select(gifts.c.purchaser_id.label("person_id"), func.count().label("n"))
        .where(gifts.c.purchaser_id.is_not(None))
        .group_by(gifts.c.purchaser_id)
        .subquery()
    )
    query = (
        select(
            persons.c.id,
            persons.c.name,
            persons.c.relationship,
            persons.c.birthdate,
            func.coalesce(receiving.c.n, 0),
            func.coalesce(buying.c.n, 0),
        )
        .outerjoin(receiving, receiving.c.person_id == persons.c.id)
        .outerjoin(buying, buying.c.person_id == persons.c.id)
        .order_by(persons.c.id)
    )
    return [PersonRow(*row) for row in session.execute(query)]


def _cost_expression():  # type: ignore[no-untyped-def]
    return func.coalesce(gifts.c.sale_price_cents, gifts.c.price_cents, 0) * gifts.c.quantity


def list_occasion_rows(session: Session) -> list[OccasionRow]:
    cost = _cost_expression()
    totals = (
        select(
            gifts.c.occasion_id,
            func.count().label("n"),
            func.sum(case((gifts.c.status.in_(PLANNED_STATUSES), cost), else_=0)).label("planned"),
            func.sum(case((gifts.c.status.in_(BOUGHT_STATUSES), cost), else_=0)).label("bought"),
        )
        .group_by(gifts.c.occasion_id)
        .subquery()
    )
    query = (
        select(
            occasions.c.id,
            occasions.c.name,
            occasions.c.type,
            occasions.c.date,
            occasions.c.budget_cents,
            func.coalesce(totals.c.n, 0),
            func.coalesce(totals.c.planned, 0),
            func.coalesce(totals.c.bought, 0),
        )
        .outerjoin(totals, totals.c.occasion_id == occasions.c.id)
        .order_by(occasions.c.id)
    )
    return [OccasionRow(*row) for row in session.execute(query)]


def list_gift_rows(session: Session, gift_ids: Sequence[int] | None = None) -> list[GiftRow]:
    """Rows for the gift table: all gifts, or just ``gift_ids`` (partial refresh)."""
    if gift_ids is not None:
        return _gift_rows(session, gift_ids)
    # 100,000 new tuples would set off dozens of garbage collections that find
    # nothing (rows hold no cycles) and double the load time: pause it.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _gift_rows(session, None)
    finally:
        if collecting:
            gc.enable()


def _gift_rows(session: Session, gift_ids: Sequence[int] | None) -> list[GiftRow]:
    """The rows of ``list_gift_rows``.

    This is the main window's load path at 100,000 gifts, so it fetches with
    ``.all()`` (one ``fetchall``, not a fetch per row), reads the purchase
    date as ISO text (``date.fromisoformat`` is C) and builds rows without
    argument handling (``_gift_row``).
    """
    names = dict(session.execute(select(persons.c.id, persons.c.name)).all())
    occasion_names = dict(session.execute(select(occasions.c.id, occasions.c.name)).all())
    columns = (
        gifts.c.id,
        gifts.c.name,
        gifts.c.occasion_id,
        gifts.c.status,
        gifts.c.priority,
        gifts.c.price_cents,
        gifts.c.sale_price_cents,
        gifts.c.quantity,
        gifts.c.store,
        type_coerce(gifts.c.purchase_date, String),
        gifts.c.purchaser_id,
    )
    link_columns = (gift_people.c.gift_id, gift_people.c.person_id, gift_people.c.role)
    if gift_ids is None:
        # Every gift: the statements compiled once, then fetched by the driver
        # itself as plain tuples (SQLAlchemy's row wrapping costs more than the
        # query at 100,000 gifts).
        connection = session.connection()
        dialect = connection.dialect
        gift_rows = _driver_fetch(connection, select(*columns).order_by(gifts.c.id), dialect)
        link_rows = _driver_fetch(
            connection,
            select(*link_columns)
            .where(gift_people.c.role != "purchaser")
            .order_by(gift_people.c.gift_id, gift_people.c.person_id),
            dialect,
        )
    else:
        gift_rows, link_rows = [], []
        # The ids as one JSON array per statement (issue 5: 10,000 after a bulk action).
        for in_gifts, in_links in zip(
            where_in(gifts.c.id, gift_ids), where_in(gift_people.c.gift_id, gift_ids), strict=True
        ):
            gift_rows += session.execute(
                select(*columns).where(in_gifts).order_by(gifts.c.id)
            ).all()
            link_rows += session.execute(
                select(*link_columns)
                .where(in_links, gift_people.c.role != "purchaser")
                .order_by(gift_people.c.gift_id, gift_people.c.person_id)
            ).all()
    recipients: dict[int, list[int]] = defaultdict(list)
    contributors: dict[int, list[int]] = defaultdict(list)
    for gift_id, person_id, role in link_rows:
        (recipients if role == "recipient" else contributors)[gift_id].append(person_id)
    result: list[GiftRow] = []
    append = result.append
    empty: tuple[int, ...] = ()
    recipients_of, contributors_of = recipients.get, contributors.get
    occasion_name, person_name = occasion_names.get, names.get
    from_iso = dt.date.fromisoformat
    for gid, name, occ, status, prio, price, sale, qty, store, pdate, purchaser in gift_rows:
        unit = sale if sale is not None else (price or 0)
        rec = tuple(recipients_of(gid, empty))
        append(
            _gift_row(
                (
                    gid,
                    name,
                    occ,
                    occasion_name(occ),
                    status,
                    prio,
                    price,
                    sale,
                    qty,
                    unit * qty,
                    store,
                    from_iso(pdate) if pdate else None,
                    purchaser,
                    person_name(purchaser),
                    rec,
                    ", ".join([names[p] for p in rec]),
                    tuple(contributors_of(gid, empty)),
                )
            )
        )
    return result


def _driver_fetch(connection, statement, dialect) -> list[tuple[Any, ...]]:  # type: ignore[no-untyped-def]
    """All rows of a parameterless ``statement``, fetched by the DBAPI driver itself.

    Runs on the session's own connection, so inside its transaction.
    """
    compiled = statement.compile(dialect=dialect, compile_kwargs={"literal_binds": True})
    cursor = connection.connection.driver_connection.cursor()
    try:
        return cursor.execute(str(compiled)).fetchall()
    finally:
        cursor.close()


def _gift_row(values: tuple[object, ...]) -> GiftRow:
    """``GiftRow(*values)`` without the argument parsing (values are complete)."""
    return tuple.__new__(GiftRow, values)  # type: ignore[type-var]
