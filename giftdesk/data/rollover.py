"""Plan an occasion again: next year's Christmas set up like this year's.

``rollover_occasion`` creates a new occasion a year after the old one (or on
a given date) with the same type, budget and notes, copies every person's
two budgets for it and copies the old occasion's gifts still at ``idea`` as
ideas with their recipients. The old occasion is not touched. It returns the
ids of every row it created, and ``undo_rollover`` removes exactly those.
It reads with a fixed number of queries whatever the number of gifts and
people; budgets and links go in as one executemany each, and the gift copies
as one INSERT … RETURNING that SQLAlchemy batches where the database can keep
the ids in order (PostgreSQL; SQLite gets one INSERT per row, locally).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from giftdesk.data.errors import NotFoundError, ValidationError
from giftdesk.data.fields import OCCASION_NAME_MAX
from giftdesk.data.gifts import GIFT_COLUMNS
from giftdesk.data.id_sets import where_in
from giftdesk.data.messages import Message, translatable
from giftdesk.data.models import gift_people, gifts, occasions, person_occasions
from giftdesk.data.validation import clean_name

# What a copied idea keeps: the gift itself, not where it stood (occasion,
# status, purchase), which the new occasion starts afresh.
GIFT_FIELDS_COPIED = tuple(
    name
    for name in GIFT_COLUMNS
    if name not in ("occasion_id", "status", "purchase_date", "purchaser_id")
)


@dataclass(frozen=True)
class Rollover:
    """What one rollover created (ids, so undo removes exactly these rows)."""

    source_id: int
    occasion_id: int
    name: str
    date: dt.date
    gift_ids: tuple[int, ...]
    budgets: int

    def sentence(self) -> str:
        return str(self.message())

    def message(self) -> Message:
        ideas, budgets = len(self.gift_ids), self.budgets  # lupdate: a plural's count by name
        return translatable(
            "Rollover", "Created {name} on {date} with {ideas} and {budgets}."
        ).format(
            name=self.name,
            date=self.date.isoformat(),
            ideas=translatable("Rollover", "%n idea(s)", None, ideas),
            budgets=translatable("Rollover", "%n budget(s)", None, budgets),
        )


def a_year_later(day: dt.date) -> dt.date:
    """The same day next year; 29 February becomes 28 February."""
    try:
        return day.replace(year=day.year + 1)
    except ValueError:
        return day.replace(year=day.year + 1, day=28)


def parse_rollover_date(text: str) -> dt.date:
    """``YYYY-MM-DD`` or a sentence saying what is wrong with it."""
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise ValidationError(
            "date",
            translatable("Rollover", "“{text}” is not a date; write it like 2027-12-25.").format(
                text=text
            ),
        ) from None


def find_occasion(session: Session, name: str) -> int:
    """The id of the occasion called ``name`` (case ignored), or a sentence why not."""
    wanted = " ".join(name.split()).casefold()
    found: list[int] = [
        occ_id
        for occ_id, occ_name in session.execute(select(occasions.c.id, occasions.c.name))
        if " ".join(occ_name.split()).casefold() == wanted
    ]
    if not found:
        raise NotFoundError(
            translatable("Rollover", "There is no occasion called “{name}” in this file.").format(
                name=name.strip()
            )
        )
    if len(found) > 1:
        raise NotFoundError(
            translatable(
                "Rollover",
                "{length} occasions are called “{name}”; rename one to tell them apart.",
            ).format(length=len(found), name=name.strip())
        )
    return found[0]


def suggested_name(name: str, date: dt.date | None) -> str:
    """``Christmas 2026`` → ``Christmas 2027``; otherwise the name and next year."""
    year = date.year if date else None
    if year is not None and str(year) in name:
        return name.replace(str(year), str(year + 1))
    if year is not None:
        return f"{name} {year + 1}"
    return str(translatable("Rollover", "{name} (next)").format(name=name))


def rollover_occasion(
    session: Session, occasion_id: int, new_name: str, date: dt.date | None = None
) -> Rollover:
    """Create next year's occasion from ``occasion_id`` (see the module docstring)."""
    source = session.execute(
        select(
            occasions.c.name,
            occasions.c.type,
            occasions.c.date,
            occasions.c.budget_cents,
            occasions.c.notes,
        ).where(occasions.c.id == occasion_id)
    ).first()
    if source is None:
        raise NotFoundError(
            translatable("Rollover", "This occasion no longer exists (deleted meanwhile).")
        )
    old_name, type_, old_date, budget, notes = source
    name = clean_name("name", new_name, OCCASION_NAME_MAX)
    if date is None:
        if old_date is None:
            raise ValidationError(
                "date",
                translatable(
                    "Rollover", "“{old_name}” has no date; give the new occasion's date."
                ).format(old_name=old_name),
            )
        date = a_year_later(old_date)
    taken = session.scalar(
        select(func.count())
        .select_from(occasions)
        .where(func.lower(occasions.c.name) == name.lower())
    )
    if taken:
        raise ValidationError(
            "name",
            translatable("Rollover", "An occasion called “{name}” already exists.").format(
                name=name
            ),
        )

    new_id = int(
        session.execute(
            insert(occasions)
            .values(name=name, type=type_, date=date, budget_cents=budget, notes=notes)
            .returning(occasions.c.id)
        ).scalar_one()
    )
    budget_rows = [
        {
            "person_id": person_id,
            "occasion_id": new_id,
            "recipient_budget_cents": recipient,
            "purchaser_budget_cents": purchaser,
        }
        for person_id, recipient, purchaser in session.execute(
            select(
                person_occasions.c.person_id,
                person_occasions.c.recipient_budget_cents,
                person_occasions.c.purchaser_budget_cents,
            )
            .where(person_occasions.c.occasion_id == occasion_id)
            .order_by(person_occasions.c.person_id)
        )
    ]
    if budget_rows:
        session.execute(insert(person_occasions), budget_rows)

    ideas = session.execute(
        select(gifts.c.id, *(gifts.c[field] for field in GIFT_FIELDS_COPIED))
        .where(gifts.c.occasion_id == occasion_id, gifts.c.status == "idea")
        .order_by(gifts.c.id)
    ).all()
    new_gift_ids: list[int] = []
    if ideas:
        rows = [
            {
                **dict(zip(GIFT_FIELDS_COPIED, idea[1:], strict=True)),
                "occasion_id": new_id,
                "status": "idea",
            }
            for idea in ideas
        ]
        # The ids come back in the order of the rows (sort_by_parameter_order).
        new_gift_ids = list(
            session.scalars(insert(gifts).returning(gifts.c.id, sort_by_parameter_order=True), rows)
        )
        copy_of = dict(zip((idea[0] for idea in ideas), new_gift_ids, strict=True))
        links = [
            {"gift_id": copy_of[gift_id], "person_id": person_id, "role": "recipient"}
            for gift_id, person_id in session.execute(
                select(gift_people.c.gift_id, gift_people.c.person_id)
                .join(gifts, gifts.c.id == gift_people.c.gift_id)
                .where(
                    gifts.c.occasion_id == occasion_id,
                    gifts.c.status == "idea",
                    gift_people.c.role == "recipient",
                )
                .order_by(gift_people.c.gift_id, gift_people.c.person_id)
            )
        ]
        if links:
            session.execute(insert(gift_people), links)
    return Rollover(
        source_id=occasion_id,
        occasion_id=new_id,
        name=name,
        date=date,
        gift_ids=tuple(new_gift_ids),
        budgets=len(budget_rows),
    )


def undo_rollover(session: Session, rollover: Rollover) -> None:
    """Remove exactly the rows ``rollover`` created (links and budgets cascade)."""
    for in_created in where_in(gifts.c.id, rollover.gift_ids):
        session.execute(delete(gifts).where(in_created))
    session.execute(delete(occasions).where(occasions.c.id == rollover.occasion_id))
