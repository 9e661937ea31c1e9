"""Bulk actions on many gifts at once, set-based, for one unit of work.

Each action checks that every gift (and the person or occasion) still
exists before it writes anything, changes all gifts with a handful of
``UPDATE ... WHERE id IN (...)`` statements (chunked under the database's
parameter limit), and returns exactly what it replaced so that one undo
step can put every gift back as it was.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from sqlalchemy import and_, delete, func, insert, select, tuple_, update
from sqlalchemy.orm import Session

from giftdesk.data.models import BOUGHT_STATUSES, GIFT_STATUSES, gift_people, gifts
from giftdesk.data.repository import (
    chunked,
    require_gifts,
    require_occasion,
    require_people,
)
from giftdesk.data.validation import clean_choice


def _column_values(session: Session, gift_ids: Sequence[int], *columns) -> dict[int, tuple]:  # type: ignore[no-untyped-def]
    found: dict[int, tuple] = {}
    for part in chunked(sorted(set(gift_ids))):
        for gift_id, *values in session.execute(
            select(gifts.c.id, *columns).where(gifts.c.id.in_(part))
        ):
            found[gift_id] = tuple(values)
    return found


def _set_where_ids(session: Session, gift_ids: Sequence[int], **values: object) -> None:
    for part in chunked(sorted(set(gift_ids))):
        session.execute(update(gifts).where(gifts.c.id.in_(part)).values(**values))


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


def assign_purchaser(
    session: Session, gift_ids: Sequence[int], person_id: int | None
) -> PurchaserUndo:
    """Make ``person_id`` (or nobody) the purchaser of every gift.

    A person who was a contributor of one of those gifts stops being one
    (the purchaser already pays); the result records both for undo.
    """
    require_gifts(session, gift_ids)
    if person_id is not None:
        require_people(session, [person_id], "purchaser")
    previous = {g: v[0] for g, v in _column_values(session, gift_ids, gifts.c.purchaser_id).items()}
    removed: list[int] = []
    if person_id is not None:
        for part in chunked(sorted(previous)):
            removed += session.scalars(
                select(gift_people.c.gift_id).where(
                    gift_people.c.gift_id.in_(part),
                    gift_people.c.person_id == person_id,
                    gift_people.c.role == "contributor",
                )
            )
            session.execute(
                delete(gift_people).where(
                    gift_people.c.gift_id.in_(part),
                    gift_people.c.person_id == person_id,
                    gift_people.c.role == "contributor",
                )
            )
    _set_where_ids(session, list(previous), purchaser_id=person_id)
    return PurchaserUndo(previous, tuple(sorted(removed)), person_id)


def undo_assign_purchaser(session: Session, undo: PurchaserUndo) -> None:
    require_gifts(session, list(undo.previous))
    _restore_column(session, "purchaser_id", undo.previous)
    if undo.removed_contributions and undo.person_id is not None:
        session.execute(
            insert(gift_people),
            [
                {"gift_id": g, "person_id": undo.person_id, "role": "contributor"}
                for g in undo.removed_contributions
            ],
        )


# -- status -------------------------------------------------------------------


def set_status(
    session: Session, gift_ids: Sequence[int], status: str, today: dt.date | None = None
) -> dict[int, tuple[str, dt.date | None]]:
    """Set the status of every gift; marking as bought dates unset purchases today.

    Returns each gift's previous (status, purchase_date).
    """
    status = clean_choice("status", status, GIFT_STATUSES)
    require_gifts(session, gift_ids)
    previous = _column_values(session, gift_ids, gifts.c.status, gifts.c.purchase_date)
    _set_where_ids(session, list(previous), status=status)
    if status in BOUGHT_STATUSES:
        day = today or dt.date.today()
        undated = [g for g, (_, date) in previous.items() if date is None]
        _set_where_ids(session, undated, purchase_date=day)
    return {g: (s, d) for g, (s, d) in previous.items()}


def undo_set_status(session: Session, previous: Mapping[int, tuple[str, dt.date | None]]) -> None:
    require_gifts(session, list(previous))
    _restore_column(session, "status", {g: v[0] for g, v in previous.items()})
    _restore_column(session, "purchase_date", {g: v[1] for g, v in previous.items()})


# -- occasion -----------------------------------------------------------------


def set_occasion(
    session: Session, gift_ids: Sequence[int], occasion_id: int | None
) -> dict[int, int | None]:
    """Move every gift to ``occasion_id`` (None: no occasion); returns previous occasions."""
    require_gifts(session, gift_ids)
    require_occasion(session, occasion_id)
    previous = {g: v[0] for g, v in _column_values(session, gift_ids, gifts.c.occasion_id).items()}
    _set_where_ids(session, list(previous), occasion_id=occasion_id)
    return previous


def undo_set_occasion(session: Session, previous: Mapping[int, int | None]) -> None:
    require_gifts(session, list(previous))
    occasions_needed = {o for o in previous.values() if o is not None}
    for occasion_id in occasions_needed:
        require_occasion(session, occasion_id)
    _restore_column(session, "occasion_id", previous)


# -- recipients ---------------------------------------------------------------


def add_recipient(session: Session, gift_ids: Sequence[int], person_id: int) -> list[int]:
    """Add ``person_id`` as a recipient of every gift; returns the gifts that gained them."""
    require_gifts(session, gift_ids)
    require_people(session, [person_id], "recipient")
    already: set[int] = set()
    ids = sorted(set(gift_ids))
    for part in chunked(ids):
        already.update(
            session.scalars(
                select(gift_people.c.gift_id).where(
                    gift_people.c.gift_id.in_(part),
                    gift_people.c.person_id == person_id,
                    gift_people.c.role == "recipient",
                )
            )
        )
    added = [g for g in ids if g not in already]
    if added:
        session.execute(
            insert(gift_people),
            [{"gift_id": g, "person_id": person_id, "role": "recipient"} for g in added],
        )
    return added


def remove_recipient(session: Session, gift_ids: Sequence[int], person_id: int) -> list[int]:
    """Remove ``person_id`` as a recipient of every gift; returns the gifts that lost them."""
    require_gifts(session, gift_ids)
    removed: list[int] = []
    for part in chunked(sorted(set(gift_ids))):
        where = and_(
            gift_people.c.gift_id.in_(part),
            gift_people.c.person_id == person_id,
            gift_people.c.role == "recipient",
        )
        removed += session.scalars(select(gift_people.c.gift_id).where(where))
        session.execute(delete(gift_people).where(where))
    return sorted(removed)


def undo_add_recipient(session: Session, added: Sequence[int], person_id: int) -> None:
    for part in chunked(sorted(added)):
        session.execute(
            delete(gift_people).where(
                tuple_(gift_people.c.gift_id, gift_people.c.person_id, gift_people.c.role).in_(
                    [(g, person_id, "recipient") for g in part]
                )
            )
        )


def undo_remove_recipient(session: Session, removed: Sequence[int], person_id: int) -> None:
    require_gifts(session, removed)
    require_people(session, [person_id], "recipient")
    if removed:
        session.execute(
            insert(gift_people),
            [{"gift_id": g, "person_id": person_id, "role": "recipient"} for g in removed],
        )


# -- questions about a selection ----------------------------------------------


def total_cost_cents(session: Session, gift_ids: Sequence[int]) -> int:
    """Σ cost (SPEC §2) of the given gifts, for "Dad will buy 12 gifts · €348.20"."""
    cost = func.coalesce(gifts.c.sale_price_cents, gifts.c.price_cents, 0) * gifts.c.quantity
    total = 0
    for part in chunked(sorted(set(gift_ids))):
        total += session.scalar(
            select(func.coalesce(func.sum(cost), 0)).where(gifts.c.id.in_(part))
        )
    return int(total)


def occasions_of(session: Session, gift_ids: Sequence[int]) -> set[int | None]:
    """The distinct occasions (None: no occasion) of the given gifts."""
    found: set[int | None] = set()
    for part in chunked(sorted(set(gift_ids))):
        found.update(
            session.scalars(select(gifts.c.occasion_id).where(gifts.c.id.in_(part)).distinct())
        )
    return found


def recipients_of(session: Session, gift_ids: Sequence[int]) -> set[int]:
    """People who receive at least one of the given gifts."""
    found: set[int] = set()
    for part in chunked(sorted(set(gift_ids))):
        found.update(
            session.scalars(
                select(gift_people.c.person_id)
                .where(gift_people.c.gift_id.in_(part), gift_people.c.role == "recipient")
                .distinct()
            )
        )
    return found
