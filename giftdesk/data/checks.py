"""Existence checks: does every person, occasion or gift an action names still exist?

They raise ``NotFoundError`` with a sentence for the user, before anything is
written, so a refused action changes nothing.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

from sqlalchemy import exists, func, select
from sqlalchemy.orm import Session

from giftdesk.data.errors import NotFoundError
from giftdesk.data.id_sets import where_in
from giftdesk.data.messages import translatable
from giftdesk.data.models import gifts, occasions, persons

# Stay far below every database's limit on bound parameters per statement.
CHUNK = 500


def chunked(ids: Sequence[int], size: int = CHUNK) -> Iterator[Sequence[int]]:
    for start in range(0, len(ids), size):
        yield ids[start : start + size]


def existing_person_ids(session: Session, ids: Iterable[int]) -> set[int]:
    """Which of these people still exist (one statement, whatever their number)."""
    wanted = where_in(persons.c.id, ids)
    if not wanted:
        return set()
    return set(session.scalars(select(persons.c.id).where(*wanted)))


def require_people(session: Session, ids: Iterable[int], field: str = "person") -> None:
    """Raise NotFoundError unless every id is an existing person."""
    wanted = set(ids)
    if not wanted:
        return
    missing = wanted - existing_person_ids(session, wanted)
    if missing:
        raise NotFoundError(
            translatable(
                "Checks", "The {field} chosen no longer exists (it was deleted); choose another."
            ).format(field=field)
            if len(missing) == 1
            else translatable(
                "Checks", "{length} of the people chosen as {field} no longer exist."
            ).format(length=len(missing), field=field)
        )


def require_occasion(session: Session, occasion_id: int | None) -> None:
    if occasion_id is None:
        return
    if session.scalar(select(occasions.c.id).where(occasions.c.id == occasion_id)) is None:
        raise NotFoundError(
            translatable(
                "Checks", "The occasion chosen no longer exists (it was deleted); choose another."
            )
        )


def require_gifts(session: Session, gift_ids: Sequence[int]) -> None:
    """Raise NotFoundError unless every gift still exists."""
    wanted = set(gift_ids)
    found = 0
    if wanted:  # one statement, whatever their number
        in_gifts = select(func.count()).select_from(gifts).where(*where_in(gifts.c.id, wanted))
        found = session.scalar(in_gifts) or 0
    missing = len(wanted) - found
    if missing:
        raise NotFoundError(
            translatable(
                "Checks", "This gift no longer exists (it was deleted); nothing was changed."
            )
            if len(wanted) == 1
            else translatable(
                "Checks",
                "{missing} of the {length} selected gifts no longer exist (deleted "
                "meanwhile); nothing was changed.",
            ).format(missing=missing, length=len(wanted))
        )


def existing_gift_ids(session: Session, ids: Iterable[int]) -> set[int]:
    wanted = where_in(gifts.c.id, ids)
    if not wanted:
        return set()
    return set(session.scalars(select(gifts.c.id).where(*wanted)))


def is_empty(session: Session) -> bool:
    """True when the file has no people, occasions or gifts yet."""
    return not any(
        session.scalar(select(exists().select_from(table))) for table in (persons, occasions, gifts)
    )
