"""Gifts: create, update, delete and restore, and in-place field edits.

Same contract as ``people``: the caller's session, validation (fields, then
references to people and occasions) before any write, and every change
returns what undo needs to put things back.
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy import delete, insert, select, text, update
from sqlalchemy.orm import Session

from giftdesk.data.checks import (
    existing_person_ids,
    require_gifts,
    require_occasion,
    require_people,
)
from giftdesk.data.errors import NotFoundError, ValidationError
from giftdesk.data.id_sets import where_in
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
    if not ids:
        return []
    # Two statements whatever the number of gifts (the ids as one set).
    for row in session.execute(select(gifts).where(*where_in(gifts.c.id, ids))).mappings():
        base[row["id"]] = dict(row)
    for gift_id, person_id, role in session.execute(
        select(gift_people.c.gift_id, gift_people.c.person_id, gift_people.c.role)
        .where(*where_in(gift_people.c.gift_id, ids), gift_people.c.role != "purchaser")
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


def delete_gifts(
    session: Session, gift_ids: Sequence[int], *, present: bool = False
) -> list[GiftRecord]:
    """Delete gifts (their links cascade); returns them for undo.

    ``present``: the caller has locked the gifts and knows they are all there.
    """
    if not present:
        require_gifts(session, gift_ids)
    removed = get_gifts(session, gift_ids)
    if removed:
        session.execute(delete(gifts).where(*where_in(gifts.c.id, gift_ids)))
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
        assert record.id is not None, "a deleted gift's record keeps its id"
        values = gift_values(record)
        values["id"] = record.id
        values["version"] = record.version or 1  # the undo's (redo checks it)
        if values["purchaser_id"] not in existing_people:
            values["purchaser_id"] = None
        if values["occasion_id"] not in occasion_ids:
            values["occasion_id"] = None
        rows.append(values)
        link_rows += _link_rows(
            record.id,
            [p for p in record.recipient_ids if p in existing_people],
            [p for p in record.contributor_ids if p in existing_people],
        )
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


def _validated_with(record: GiftRecord, changes: Mapping[str, Any]) -> GiftRecord:
    """``record`` with ``changes`` put in, checked by ``validate_gift``.

    The values come as the caller got them (a cell editor, a bulk action):
    ``Any`` here, because ``validate_gift`` is what turns them into their types
    or refuses them with a sentence.
    """
    return validate_gift(dataclasses.replace(record, **changes))


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
    new = _validated_with(old, changes)
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


def _link_rows(
    gift_id: int, recipient_ids: Iterable[int], contributor_ids: Iterable[int]
) -> list[dict[str, object]]:
    """The gift_people rows linking one gift to its recipients and contributors."""
    return [
        {"gift_id": gift_id, "person_id": person_id, "role": role}
        for role, people in (("recipient", recipient_ids), ("contributor", contributor_ids))
        for person_id in people
    ]


def _insert_links(session: Session, gift_id: int, record: GiftRecord) -> None:
    rows = _link_rows(gift_id, record.recipient_ids, record.contributor_ids)
    if rows:
        session.execute(insert(gift_people), rows)


# -- one statement per edit on a shared database --------------------------------
#
# Across a network every statement costs a round trip. On PostgreSQL an edit
# that goes well is one statement: it locks the gift, checks the version seen
# and every person and occasion named, writes the fields and the links that
# changed, raises the version and returns what the gift held (for undo). When
# anything is amiss it writes nothing and returns None: the caller then takes
# the ordinary path (``row_versions.claim_one`` and ``update_gift`` /
# ``set_gift_fields``), which says what, in the same sentences as on a file.

_OLD_COLUMNS = ", ".join(("id", *GIFT_COLUMNS, "version"))


def replace_gift_at_once(
    session: Session, record: GiftRecord, accepted: Sequence[int]
) -> GiftRecord | None:
    """``update_gift`` of a validated record in one statement (PostgreSQL).

    Returns the previous record with the new version, or None (nothing
    written) when the gift is gone, its version is none of ``accepted``
    (empty: not checked), or it names a person or occasion that is gone.
    """
    assert record.id is not None
    people = [p for p in (*record.recipient_ids, *record.contributor_ids) if p is not None]
    if record.purchaser_id is not None:
        people.append(record.purchaser_id)
    links = [(p, "recipient") for p in record.recipient_ids]
    links += [(p, "contributor") for p in record.contributor_ids]
    assignments = ", ".join(f"{name} = :new_{name}" for name in GIFT_COLUMNS)
    statement = text(
        f"""
        WITH old AS MATERIALIZED (
            SELECT {_OLD_COLUMNS} FROM gifts WHERE id = :id FOR UPDATE
        ), old_links AS MATERIALIZED (
            SELECT person_id, role FROM gift_people
            WHERE gift_id = :id AND role <> 'purchaser'
        ), new_links AS (
            SELECT * FROM unnest(CAST(:link_people AS integer[]), CAST(:link_roles AS text[]))
                AS n(person_id, role)
        ), ok AS MATERIALIZED (
            SELECT old.id FROM old
            WHERE (cardinality(CAST(:accepted AS integer[])) = 0
                   OR old.version = ANY(CAST(:accepted AS integer[])))
              AND (CAST(:new_occasion_id AS integer) IS NULL
                   OR EXISTS (SELECT 1 FROM occasions
                              WHERE occasions.id = CAST(:new_occasion_id AS integer)))
              AND NOT EXISTS (
                  SELECT 1 FROM unnest(CAST(:people AS integer[])) AS named(id)
                  WHERE NOT EXISTS (SELECT 1 FROM persons WHERE persons.id = named.id))
        ), written AS (
            UPDATE gifts SET {assignments}, version = gifts.version + 1
            FROM ok WHERE gifts.id = ok.id
            RETURNING gifts.version
        ), taken AS (
            DELETE FROM gift_people USING ok
            WHERE gift_people.gift_id = ok.id AND gift_people.role <> 'purchaser'
              AND NOT EXISTS (SELECT 1 FROM new_links n
                              WHERE n.person_id = gift_people.person_id
                                AND n.role = gift_people.role)
        ), added AS (
            INSERT INTO gift_people (gift_id, person_id, role)
            SELECT ok.id, n.person_id, n.role FROM ok, new_links n
            WHERE NOT EXISTS (SELECT 1 FROM old_links o
                              WHERE o.person_id = n.person_id AND o.role = n.role)
        )
        SELECT old.*, (SELECT version FROM written) AS new_version,
               ARRAY(SELECT person_id FROM old_links WHERE role = 'recipient'
                     ORDER BY person_id) AS old_recipients,
               ARRAY(SELECT person_id FROM old_links WHERE role = 'contributor'
                     ORDER BY person_id) AS old_contributors
        FROM old
        """
    )
    params: dict[str, object] = {f"new_{name}": getattr(record, name) for name in GIFT_COLUMNS}
    params.update(
        id=record.id,
        accepted=list(accepted),
        people=sorted(set(people)),
        link_people=[p for p, _ in links],
        link_roles=[r for _, r in links],
    )
    row = session.execute(statement, params).mappings().first()
    if row is None or row["new_version"] is None:
        return None
    return GiftRecord(
        **{name: row[name] for name in ("id", *GIFT_COLUMNS)},
        recipient_ids=tuple(row["old_recipients"]),
        contributor_ids=tuple(row["old_contributors"]),
        version=int(row["new_version"]),
    )


def create_gift_at_once(session: Session, record: GiftRecord) -> int | None:
    """``create_gift`` of a validated record in one statement (PostgreSQL).

    Returns the new gift's id, or None (nothing written) when it names a
    person or occasion that is gone.
    """
    people = [*record.recipient_ids, *record.contributor_ids]
    if record.purchaser_id is not None:
        people.append(record.purchaser_id)
    links = [(p, "recipient") for p in record.recipient_ids]
    links += [(p, "contributor") for p in record.contributor_ids]
    names = list(GIFT_COLUMNS) if record.id is None else ["id", *GIFT_COLUMNS]
    statement = text(
        f"""
        WITH ok AS MATERIALIZED (
            SELECT 1 AS ok
            WHERE (CAST(:new_occasion_id AS integer) IS NULL
                   OR EXISTS (SELECT 1 FROM occasions
                              WHERE occasions.id = CAST(:new_occasion_id AS integer)))
              AND NOT EXISTS (
                  SELECT 1 FROM unnest(CAST(:people AS integer[])) AS named(id)
                  WHERE NOT EXISTS (SELECT 1 FROM persons WHERE persons.id = named.id))
        ), made AS (
            INSERT INTO gifts ({", ".join(names)})
            SELECT {", ".join(f":new_{name}" for name in names)} FROM ok
            RETURNING gifts.id
        ), linked AS (
            INSERT INTO gift_people (gift_id, person_id, role)
            SELECT made.id, n.person_id, n.role FROM made,
                unnest(CAST(:link_people AS integer[]), CAST(:link_roles AS text[]))
                    AS n(person_id, role)
        )
        SELECT id FROM made
        """
    )
    params: dict[str, object] = {f"new_{name}": getattr(record, name) for name in names}
    params.update(
        people=sorted(set(people)),
        link_people=[p for p, _ in links],
        link_roles=[r for _, r in links],
    )
    made = session.execute(statement, params).scalar()
    return None if made is None else int(made)


# A gift whose every field is valid: changed fields are checked on it one by one.
_VALID = GiftRecord(None, "valid")


def set_gift_fields_at_once(
    session: Session, gift_id: int, changes: dict[str, object], accepted: Sequence[int]
) -> tuple[dict[str, object], int] | None:
    """``set_gift_fields`` in one statement (PostgreSQL), the version checked and raised.

    Returns (the previous values of the changed fields, the new version), or
    None (nothing written) when the gift is gone, its version is none of
    ``accepted`` (empty: not checked), or the new occasion or purchaser is gone. Raises
    ``ValidationError`` as ``set_gift_fields`` does (checks that need the
    other fields run on what the statement returned; the caller's unit of
    work is then rolled back).
    """
    unknown = set(changes) - EDITABLE_GIFT_FIELDS
    if unknown or not changes:
        return None  # the ordinary path says so
    cleaned = _validated_with(_VALID, changes)
    values = {name: getattr(cleaned, name) for name in changes}
    assignments = ", ".join(f"{name} = :new_{name}" for name in values)
    statement = text(
        f"""
        WITH old AS MATERIALIZED (
            SELECT {_OLD_COLUMNS} FROM gifts WHERE id = :id FOR UPDATE
        ), written AS (
            UPDATE gifts SET {assignments}, version = gifts.version + 1
            FROM old
            WHERE gifts.id = old.id
              AND (cardinality(CAST(:accepted AS integer[])) = 0
                   OR old.version = ANY(CAST(:accepted AS integer[])))
              AND (CAST(:occasion AS integer) IS NULL
                   OR EXISTS (SELECT 1 FROM occasions
                              WHERE occasions.id = CAST(:occasion AS integer)))
              AND (CAST(:purchaser AS integer) IS NULL
                   OR EXISTS (SELECT 1 FROM persons
                              WHERE persons.id = CAST(:purchaser AS integer)))
            RETURNING gifts.version
        )
        SELECT old.*, (SELECT version FROM written) AS new_version,
               ARRAY(SELECT person_id FROM gift_people
                     WHERE gift_id = :id AND role = 'contributor'
                     ORDER BY person_id) AS contributors
        FROM old
        """
    )
    params: dict[str, object] = {f"new_{name}": value for name, value in values.items()}
    params.update(
        id=gift_id,
        accepted=list(accepted),
        occasion=values.get("occasion_id"),
        purchaser=values.get("purchaser_id"),
    )
    row = session.execute(statement, params).mappings().first()
    if row is None or row["new_version"] is None:
        return None
    old = GiftRecord(
        **{name: row[name] for name in ("id", *GIFT_COLUMNS)},
        contributor_ids=tuple(row["contributors"]),
    )
    # What needs the other fields: the purchaser is no contributor, a sale price no dearer.
    new = _validated_with(old, changes)
    if {"price_cents", "sale_price_cents"} & set(changes):
        check_sale_price(new.price_cents, new.sale_price_cents)
    return {name: getattr(old, name) for name in changes}, int(row["new_version"])
