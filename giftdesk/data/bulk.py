"""Bulk actions on many gifts at once, set-based, for one unit of work.

Each action checks that every gift (and the person or occasion) still
exists before it writes anything, changes all gifts with a handful of
``UPDATE ... WHERE id IN (...)`` statements, and returns exactly what it
replaced so that one undo step can put every gift back as it was.

The id sets are one clause whatever their size (``giftdesk.data.id_sets``:
one JSON-array parameter on SQLite, a plain ``IN`` elsewhere), so 10,000
gifts cost the same few statements as 10. Rows that already hold the new
value are not rewritten.

An action run on gifts its caller has just locked (``row_versions.claim_rows``,
which reads their columns on the way) takes what was read as ``current``,
and an undo takes ``present=True``: neither reads the gifts again.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    ARRAY,
    ColumnElement,
    bindparam,
    delete,
    func,
    insert,
    literal,
    or_,
    select,
    update,
)
from sqlalchemy.orm import Session

from giftdesk.data.checks import require_gifts, require_occasion, require_people
from giftdesk.data.costs import GIFT_COST_CENTS
from giftdesk.data.database import on_server
from giftdesk.data.errors import NotFoundError
from giftdesk.data.fields import BOUGHT_STATUSES, GIFT_STATUSES
from giftdesk.data.id_sets import where_in
from giftdesk.data.messages import translatable
from giftdesk.data.models import gift_people, gifts, occasions, persons
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


def _restore_columns(session: Session, previous: Mapping[str, Mapping[int, object]]) -> None:
    """Set columns back per gift (``previous``: column → {gift id: old value}).

    On PostgreSQL one ``UPDATE … FROM unnest(ids, values…)`` for every
    column and gift; elsewhere (a local file: statements cost nothing to
    send) one UPDATE per column and distinct old value.
    """
    if not previous:
        return
    if on_server(session):
        _restore_in_one(session, previous)
        return
    for column, values in previous.items():
        by_value: dict[object, list[int]] = defaultdict(list)
        for gift_id, value in values.items():
            by_value[value].append(gift_id)
        for value, ids in by_value.items():
            _set_where_ids(session, ids, **{column: value})


def _restore_in_one(session: Session, previous: Mapping[str, Mapping[int, object]]) -> None:
    names = list(previous)
    ids = sorted(set().union(*(set(values) for values in previous.values())))
    if not ids:
        return
    arrays = [bindparam(None, ids, type_=ARRAY(gifts.c.id.type))] + [
        bindparam(None, [previous[n].get(i) for i in ids], type_=ARRAY(gifts.c[n].type))
        for n in names
    ]
    old = func.unnest(*arrays).table_valued("gift_id", *names).render_derived(with_types=False)
    for name in names:
        missing = set(ids) - set(previous[name])
        assert not missing, f"{name} has no old value for {sorted(missing)[:3]}"
    changed = [gifts.c[n].is_distinct_from(old.c[n]) for n in names]
    session.execute(
        update(gifts)
        .where(gifts.c.id == old.c.gift_id)
        .where(changed[0] if len(changed) == 1 else or_(*changed))
        .values({n: old.c[n] for n in names})
    )


# -- purchaser ----------------------------------------------------------------


@dataclass(frozen=True)
class PurchaserUndo:
    previous: dict[int, int | None]
    removed_contributions: tuple[int, ...]  # gift ids where person_id was a contributor
    person_id: int | None
    total_cost_cents: int = 0  # Σ cost of the gifts, read on the way (for the status bar)


def _delete_links(session: Session, gift_ids: Iterable[int], person_id: int, role: str) -> None:
    _take_links(session, gift_ids, person_id, role)


def _take_links(session: Session, gift_ids: Iterable[int], person_id: int, role: str) -> list[int]:
    """Delete ``person_id``'s ``role`` in these gifts; returns the gifts that had it."""
    taken: list[int] = []
    for where in _id_sets(gift_people.c.gift_id, gift_ids):
        taken += session.scalars(
            delete(gift_people)
            .where(where, gift_people.c.person_id == person_id, gift_people.c.role == role)
            .returning(gift_people.c.gift_id)
        )
    return sorted(taken)


def _add_links(session: Session, gift_ids: Iterable[int], person_id: int, role: str) -> list[int]:
    """Give ``person_id`` the ``role`` in these gifts where they lack it; returns those gifts."""
    added: list[int] = []
    for where in _id_sets(gifts.c.id, gift_ids):
        person = literal(person_id, gift_people.c.person_id.type)
        lacking = select(gifts.c.id, person, literal(role, gift_people.c.role.type)).where(
            where,
            ~select(gift_people.c.id)
            .where(
                gift_people.c.gift_id == gifts.c.id,
                gift_people.c.person_id == person_id,
                gift_people.c.role == role,
            )
            .exists(),
        )
        added += session.scalars(
            insert(gift_people)
            .from_select(["gift_id", "person_id", "role"], lacking)
            .returning(gift_people.c.gift_id)
        )
    return sorted(added)


def _insert_links(session: Session, gift_ids: Sequence[int], person_id: int, role: str) -> None:
    if gift_ids:
        session.execute(
            insert(gift_people),
            [{"gift_id": g, "person_id": person_id, "role": role} for g in gift_ids],
        )


# -- purchaser ----------------------------------------------------------------


# What each action needs to know of the gifts before it writes (``current``).
PURCHASER_COLUMNS: tuple[ColumnElement[Any], ...] = (gifts.c.purchaser_id, GIFT_COST_CENTS)
STATUS_COLUMNS: tuple[ColumnElement[Any], ...] = (gifts.c.status, gifts.c.purchase_date)
OCCASION_COLUMNS: tuple[ColumnElement[Any], ...] = (gifts.c.occasion_id,)

Current = Mapping[int, Sequence[Any]]


def assign_purchaser(
    session: Session,
    gift_ids: Sequence[int],
    person_id: int | None,
    current: Current | None = None,
) -> PurchaserUndo:
    """Make ``person_id`` (or nobody) the purchaser of every gift.

    A person who was a contributor of one of those gifts stops being one
    (the purchaser already pays); the result records both for undo.
    ``current``: {gift id: values of ``PURCHASER_COLUMNS``}, as just locked.
    """
    if person_id is not None:
        require_people(session, [person_id], "purchaser")
    if current is None:
        current = _column_values(session, gift_ids, *PURCHASER_COLUMNS)
    previous = {g: v[0] for g, v in current.items()}
    total = sum(v[1] for v in current.values())
    removed: list[int] = []
    if person_id is not None:
        removed = _take_links(session, previous, person_id, "contributor")
    _set_where_ids(session, previous, purchaser_id=person_id)
    return PurchaserUndo(previous, tuple(removed), person_id, total)


def undo_assign_purchaser(session: Session, undo: PurchaserUndo, *, present: bool = False) -> None:
    """``present``: the caller has locked the gifts and knows they are all there."""
    if not present:
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
    _restore_columns(session, {"purchaser_id": undo.previous})
    if undo.person_id is not None:
        _insert_links(session, undo.removed_contributions, undo.person_id, "contributor")


# -- status -------------------------------------------------------------------


def set_status(
    session: Session,
    gift_ids: Sequence[int],
    status: str,
    today: dt.date | None = None,
    current: Current | None = None,
) -> dict[int, tuple[str, dt.date | None]]:
    """Set the status of every gift; marking as bought dates unset purchases today.

    Returns each gift's previous (status, purchase_date). ``current``: {gift
    id: values of ``STATUS_COLUMNS``}, as just locked.
    """
    status = clean_choice("status", status, GIFT_STATUSES)
    if current is None:
        current = _column_values(session, gift_ids, *STATUS_COLUMNS)
    previous = {g: (s, d) for g, (s, d) in current.items()}
    if status in BOUGHT_STATUSES:
        # One UPDATE: the status, and today on the undated ones.
        day = today or dt.date.today()
        dated = func.coalesce(gifts.c.purchase_date, literal(day, gifts.c.purchase_date.type))
        for where in _id_sets(gifts.c.id, previous):
            session.execute(
                update(gifts)
                .where(
                    where,
                    or_(gifts.c.status.is_distinct_from(status), gifts.c.purchase_date.is_(None)),
                )
                .values(status=status, purchase_date=dated)
            )
    else:
        _set_where_ids(session, previous, status=status)
    return previous


def undo_set_status(
    session: Session,
    previous: Mapping[int, tuple[str, dt.date | None]],
    *,
    present: bool = False,
) -> None:
    """``present``: the caller has locked the gifts and knows they are all there."""
    if not present:
        _column_values(session, list(previous))
    _restore_columns(
        session,
        {
            "status": {g: v[0] for g, v in previous.items()},
            "purchase_date": {g: v[1] for g, v in previous.items()},
        },
    )


# -- occasion -----------------------------------------------------------------


def set_occasion(
    session: Session,
    gift_ids: Sequence[int],
    occasion_id: int | None,
    current: Current | None = None,
) -> dict[int, int | None]:
    """Move every gift to ``occasion_id`` (None: no occasion); returns previous occasions.

    ``current``: {gift id: values of ``OCCASION_COLUMNS``}, as just locked.
    """
    require_occasion(session, occasion_id)
    if current is None:
        current = _column_values(session, gift_ids, *OCCASION_COLUMNS)
    previous = {g: v[0] for g, v in current.items()}
    _set_where_ids(session, previous, occasion_id=occasion_id)
    return previous


def undo_set_occasion(
    session: Session, previous: Mapping[int, int | None], *, present: bool = False
) -> None:
    """``present``: the caller has locked the gifts and knows they are all there."""
    if not present:
        _column_values(session, list(previous))
    needed = {o for o in previous.values() if o is not None}
    if needed:
        found = set(
            session.scalars(select(occasions.c.id).where(*_id_sets(occasions.c.id, needed)))
        )
        if needed - found:
            require_occasion(session, min(needed - found))  # says so
    _restore_columns(session, {"occasion_id": previous})


# -- recipients ---------------------------------------------------------------


def add_recipient(
    session: Session, gift_ids: Sequence[int], person_id: int, *, present: bool = False
) -> list[int]:
    """Add ``person_id`` as a recipient of every gift; returns the gifts that gained them.

    ``present``: the caller has locked the gifts and knows they are all there.
    """
    require_people(session, [person_id], "recipient")
    if not present:
        _column_values(session, gift_ids)
    return _add_links(session, gift_ids, person_id, "recipient")


def remove_recipient(
    session: Session, gift_ids: Sequence[int], person_id: int, *, present: bool = False
) -> list[int]:
    """Remove ``person_id`` as a recipient of every gift; returns the gifts that lost them.

    ``present``: the caller has locked the gifts and knows they are all there.
    """
    if not present:
        _column_values(session, gift_ids)
    return _take_links(session, gift_ids, person_id, "recipient")


def undo_add_recipient(session: Session, added: Sequence[int], person_id: int) -> None:
    _delete_links(session, added, person_id, "recipient")


def undo_remove_recipient(
    session: Session, removed: Sequence[int], person_id: int, *, present: bool = False
) -> None:
    if not present:
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
