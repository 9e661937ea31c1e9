"""Gifts: create, update, delete and restore, and in-place field edits.

Same contract as ``people``: the caller's session, validation (fields, then
references to people and occasions) before any write, and every change
returns what undo needs to put things back.
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from giftdesk.data.checks import (
    chunked,
    existing_person_ids,
    require_gifts,
    require_occasion,
    require_people,
)
from giftdesk.data.errors import NotFoundError, ValidationError
from giftdesk.data.messages import translatable
from giftdesk.data.models import gift_people, gifts, occasions
from giftdesk.data.records import GiftRecord
from giftdesk.data.validation import check_sale_price, validate_gift


def create_gift(session: Session, record: GiftRecord) -> int:
    """Insert one gift with its recipients, purchaser and contributors."""
    record = validate_gift(record)
    _require_gift_references(session, record)
    values = gift_values(record)
    if record.id is not None:
        values["id"] = record.id
    gift_id = int(session.execute(insert(gifts).values(values).returning(gifts.c.id)).scalar_one())
    _insert_links(session, gift_id, record)
    return gift_id


def update_gift(session: Session, record: GiftRecord) -> GiftRecord:
    """Replace a gift's fields and links; returns the previous record (for undo)."""
    gift_id = record.id
    assert gift_id is not None
    old = get_gift(session, gift_id)
    record = validate_gift(record)
    _require_gift_references(session, record)
    session.execute(update(gifts).where(gifts.c.id == gift_id).values(gift_values(record)))
    session.execute(
        delete(gift_people).where(
            gift_people.c.gift_id == gift_id, gift_people.c.role != "purchaser"
        )
    )
    _insert_links(session, gift_id, record)
    return old


def get_gift(session: Session, gift_id: int) -> GiftRecord:
    found = get_gifts(session, [gift_id])
    if not found:
        raise NotFoundError(
            translatable("Gifts", "This gift no longer exists (deleted meanwhile).")
        )
    return found[0]


def get_gifts(session: Session, gift_ids: Sequence[int]) -> list[GiftRecord]:
    """Full records of the given gifts (missing ids are skipped), in id order."""
    ids = sorted(set(gift_ids))
    base: dict[int, dict[str, Any]] = {}
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
    existing_people = existing_person_ids(session, people)
    occasion_ids = set(session.scalars(select(occasions.c.id)))
    rows = []
    link_rows = []
    for record in records:
        values = gift_values(record)
        values["id"] = record.id
        values["version"] = record.version or 1  # the undo's (redo checks it)
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


# The gifts table's own columns (links live in gift_people), in table order;
# every one of them can be edited in place.
GIFT_COLUMNS = (
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
)
EDITABLE_GIFT_FIELDS = frozenset(GIFT_COLUMNS)


def set_gift_fields(session: Session, gift_id: int, **changes: object) -> dict[str, object]:
    """Change some plain fields of one gift (in-place cell edits).

    Returns the previous values of exactly those fields, for undo.
    """
    unknown = set(changes) - EDITABLE_GIFT_FIELDS
    if unknown:
        raise ValidationError(
            sorted(unknown)[0],
            translatable("Gifts", "“{value}” cannot be edited.").format(value=sorted(unknown)[0]),
        )
    old = get_gift(session, gift_id)
    new = validate_gift(dataclasses.replace(old, **changes))  # type: ignore[arg-type]
    if {"price_cents", "sale_price_cents"} & set(changes):
        check_sale_price(new.price_cents, new.sale_price_cents)
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


def gift_values(record: GiftRecord) -> dict[str, object]:
    """The record's values of the gifts table's columns (no id, no links)."""
    return {name: getattr(record, name) for name in GIFT_COLUMNS}


def _insert_links(session: Session, gift_id: int, record: GiftRecord) -> None:
    rows = [{"gift_id": gift_id, "person_id": p, "role": "recipient"} for p in record.recipient_ids]
    rows += [
        {"gift_id": gift_id, "person_id": p, "role": "contributor"} for p in record.contributor_ids
    ]
    if rows:
        session.execute(insert(gift_people), rows)
