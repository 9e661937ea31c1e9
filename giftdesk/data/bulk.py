"""Bulk actions on many gifts at once, set-based, for one unit of work.

Each action checks that every gift (and the person or occasion) still
exists before it writes anything, changes all gifts with a handful of
``UPDATE ... WHERE id IN (...)`` statements, and returns exactly what it
replaced so that one undo step can put every gift back as it was.

The id sets are one clause whatever their size (``giftdesk.data.id_sets``:
one JSON-array parameter on SQLite, a plain ``IN`` elsewhere), so 10,000
gifts cost the same few statements as 10. Rows that already hold the new
value are not rewritten.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, delete, func, insert, select, update
from sqlalchemy.orm import Session

from giftdesk.data.checks import require_gifts, require_occasion, require_people
from giftdesk.data.costs import GIFT_COST_CENTS
from giftdesk.data.errors import NotFoundError
from giftdesk.data.fields import BOUGHT_STATUSES, GIFT_STATUSES
from giftdesk.data.id_sets import where_in
from giftdesk.data.messages import translatable
from giftdesk.data.models import gift_people, gifts, persons
from giftdesk.data.validation import clean_choice


def _id_sets(column: ColumnElement[int], ids: Iterable[int]) -> list[ColumnElement[bool]]:
    """``column IN ids`` as one clause, whatever the number of ids (see id_sets)."""
    return where_in(column, ids)


def _column_values(
    session: Session, gift_ids: Sequence[int], *columns: ColumnElement[Any]
) -> dict[int, tuple[Any, ...]]:
    """Current values per gift; raises NotFoundError (writing nothing) if any is gone."""
    found: dict[int, tuple[Any, ...]] = {}
    for where in _id_sets(gifts.c.id, gift_ids):
        # fetchall in one go: iterating a Result fetches row by row
        for gift_id, *values in session.execute(select(gifts.c.id, *columns).where(where)).all():
            found[gift_id] = tuple(values)
    if len(found) != len(set(gift_ids)):
        require_gifts(session, gift_ids)  # says how many are missing
    return found


def _set_where_ids(session: Session, gift_ids: Iterable[int], **values: object) -> None:
    """One UPDATE for all gifts, skipping those that already hold the values."""
    conditions = [gifts.c[name].is_distinct_from(value) for name, value in values.items()]
    for where in _id_sets(gifts.c.id, gift_ids):
        session.execute(update(gifts).where(where, *conditions).values(**values))


def _restore_column(session: Session, column: str, previous: Mapping[int, object]) -> None:
    """Set ``column`` back per gift: one UPDATE per distinct old value."""
    by_value: dict[object, list[int]] = defaultdict(list)
    for gift_id, value in previous.items():
        by_value[value].append(gift_id)
    for value, ids in by_value.items():
        _set_where_ids(session, ids, **{column: value})


# -- purchaser ----------------------------------------------------------------


@dataclass(frozen=True)
class PurchaserUndo:
    previous: dict[int, int | None]
    removed_contributions: tuple[int, ...]  # gift ids where person_id was a contributor
    person_id: int | None
    total_cost_cents: int = 0  # Σ cost of the gifts, read on the way (for the status bar)


def _links_of(session: Session, gift_ids: Iterable[int], person_id: int, role: str) -> list[int]:
    """The gifts among ``gift_ids`` in which ``person_id`` has ``role``."""
    found: list[int] = []
    for where in _id_sets(gift_people.c.gift_id, gift_ids):
        found += session.scalars(
            select(gift_people.c.gift_id).where(
                where, gift_people.c.person_id == person_id, gift_people.c.role == role
            )
        )
    return sorted(found)


def _delete_links(session: Session, gift_ids: Iterable[int], person_id: int, role: str) -> None:
    for where in _id_sets(gift_people.c.gift_id, gift_ids):
        session.execute(
            delete(gift_people).where(
                where, gift_people.c.person_id == person_id, gift_people.c.role == role
            )
        )


def _insert_links(session: Session, gift_ids: Sequence[int], person_id: int, role: str) -> None:
    if gift_ids:
        session.execute(
            insert(gift_people),
            [{"gift_id": g, "person_id": person_id, "role": role} for g in gift_ids],
        )


# -- purchaser ----------------------------------------------------------------


def assign_purchaser(
    session: Session, gift_ids: Sequence[int], person_id: int | None
) -> PurchaserUndo:
    """Make ``person_id`` (or nobody) the purchaser of every gift.

    A person who was a contributor of one of those gifts stops being one
    (the purchaser already pays); the result records both for undo.
    """
    if person_id is not None:
        require_people(session, [person_id], "purchaser")
    current = _column_values(session, gift_ids, gifts.c.purchaser_id, GIFT_COST_CENTS)
    previous = {g: v[0] for g, v in current.items()}
    total = sum(v[1] for v in current.values())
    removed: list[int] = []
    if person_id is not None:
        removed = _links_of(session, previous, person_id, "contributor")
        _delete_links(session, removed, person_id, "contributor")
    _set_where_ids(session, previous, purchaser_id=person_id)
    return PurchaserUndo(previous, tuple(removed), person_id, total)


def undo_assign_purchaser(session: Session, undo: PurchaserUndo) -> None:
    _column_values(session, list(undo.previous))  # all still there, or NotFoundError
    needed = {p for p in undo.previous.values() if p is not None}
    if undo.removed_contributions and undo.person_id is not None:
        needed.add(undo.person_id)
    try:
        require_people(session, needed, "purchaser")
    except NotFoundError:
        raise NotFoundError(
            translatable(
                "Bulk",
                "Someone who bought these gifts before was deleted meanwhile; the "
                "purchasers cannot be put back.",
            )
        ) from None
    _restore_column(session, "purchaser_id", undo.previous)
    if undo.person_id is not None:
        _insert_links(session, undo.removed_contributions, undo.person_id, "contributor")


# -- status -------------------------------------------------------------------


def set_status(
    session: Session, gift_ids: Sequence[int], status: str, today: dt.date | None = None
) -> dict[int, tuple[str, dt.date | None]]:
    """Set the status of every gift; marking as bought dates unset purchases today.

    Returns each gift's previous (status, purchase_date).
    """
    status = clean_choice("status", status, GIFT_STATUSES)
    previous = _column_values(session, gift_ids, gifts.c.status, gifts.c.purchase_date)
    _set_where_ids(session, previous, status=status)
    if status in BOUGHT_STATUSES:
        day = today or dt.date.today()
        undated = [g for g, (_, date) in previous.items() if date is None]
        _set_where_ids(session, undated, purchase_date=day)
    return {g: (s, d) for g, (s, d) in previous.items()}


def undo_set_status(session: Session, previous: Mapping[int, tuple[str, dt.date | None]]) -> None:
    _column_values(session, list(previous))
    _restore_column(session, "status", {g: v[0] for g, v in previous.items()})
    _restore_column(session, "purchase_date", {g: v[1] for g, v in previous.items()})


# -- occasion -----------------------------------------------------------------


def set_occasion(
    session: Session, gift_ids: Sequence[int], occasion_id: int | None
) -> dict[int, int | None]:
    """Move every gift to ``occasion_id`` (None: no occasion); returns previous occasions."""
    require_occasion(session, occasion_id)
    previous = {g: v[0] for g, v in _column_values(session, gift_ids, gifts.c.occasion_id).items()}
    _set_where_ids(session, previous, occasion_id=occasion_id)
    return previous


def undo_set_occasion(session: Session, previous: Mapping[int, int | None]) -> None:
    _column_values(session, list(previous))
    for occasion_id in {o for o in previous.values() if o is not None}:
        require_occasion(session, occasion_id)
    _restore_column(session, "occasion_id", previous)


# -- recipients ---------------------------------------------------------------


def add_recipient(session: Session, gift_ids: Sequence[int], person_id: int) -> list[int]:
    """Add ``person_id`` as a recipient of every gift; returns the gifts that gained them."""
    require_people(session, [person_id], "recipient")
    ids = sorted(_column_values(session, gift_ids))
    already = set(_links_of(session, ids, person_id, "recipient"))
    added = [g for g in ids if g not in already]
    _insert_links(session, added, person_id, "recipient")
    return added


def remove_recipient(session: Session, gift_ids: Sequence[int], person_id: int) -> list[int]:
    """Remove ``person_id`` as a recipient of every gift; returns the gifts that lost them."""
    _column_values(session, gift_ids)
    removed = _links_of(session, gift_ids, person_id, "recipient")
    _delete_links(session, removed, person_id, "recipient")
    return removed


def undo_add_recipient(session: Session, added: Sequence[int], person_id: int) -> None:
    _delete_links(session, added, person_id, "recipient")


def undo_remove_recipient(session: Session, removed: Sequence[int], person_id: int) -> None:
    _column_values(session, removed)
    require_people(session, [person_id], "recipient")
    _insert_links(session, removed, person_id, "recipient")


# -- questions about a selection ----------------------------------------------


def total_cost_cents(session: Session, gift_ids: Sequence[int]) -> int:
    """Σ cost (SPEC §2) of the given gifts, for "Dad will buy 12 gifts · €348.20"."""
    total = 0
    for where in _id_sets(gifts.c.id, gift_ids):
        query = select(func.coalesce(func.sum(GIFT_COST_CENTS), 0)).where(where)
        total += session.scalar(query) or 0
    return int(total)


def occasions_of(session: Session, gift_ids: Sequence[int]) -> set[int | None]:
    """The distinct occasions (None: no occasion) of the given gifts."""
    found: set[int | None] = set()
    for where in _id_sets(gifts.c.id, gift_ids):
        found.update(session.scalars(select(gifts.c.occasion_id).where(where).distinct()))
    return found


def recipients_of(session: Session, gift_ids: Sequence[int]) -> set[int]:
    """People who receive at least one of the given gifts."""
    found: set[int] = set()
    for where in _id_sets(gift_people.c.gift_id, gift_ids):
        found.update(
            session.scalars(
                select(gift_people.c.person_id)
                .where(where, gift_people.c.role == "recipient")
                .distinct()
            )
        )
    return found


def recipient_counts(session: Session, gift_ids: Sequence[int]) -> dict[int, int]:
    """How many of the given gifts each person receives (people receiving none left out)."""
    counts: dict[int, int] = {}
    for where in _id_sets(gift_people.c.gift_id, gift_ids):
        rows = session.execute(
            select(gift_people.c.person_id, func.count())
            .where(where, gift_people.c.role == "recipient")
            .group_by(gift_people.c.person_id)
        )
        for person_id, count in rows:
            counts[person_id] = counts.get(person_id, 0) + count
    return counts


def people_for_picking(session: Session) -> list[tuple[int, str, str | None]]:
    """(id, name, relationship) of everyone: one cheap query, no aggregates."""
    return [
        (person_id, name, relationship)
        for person_id, name, relationship in session.execute(
            select(persons.c.id, persons.c.name, persons.c.relationship).order_by(persons.c.id)
        ).all()
    ]
