"""What is coming up: dated occasions and birthdays in the next days.

``upcoming`` reads it all in one statement whatever the size of the family:
the occasions in the window with their figures (one GROUP BY), the
recipients of the birthday occasions among them and everyone's birthdate.
A birthday counts as planned when a ``birthday`` occasion falls on it and
either names the person or has a gift for them; ``plan_birthday`` creates
such an occasion. A birthday on 29 February is kept on 28 February in the
years without one.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import (
    Date,
    Integer,
    String,
    case,
    cast,
    delete,
    func,
    insert,
    literal,
    null,
    select,
    union_all,
)
from sqlalchemy.orm import Session

from giftdesk.data.errors import NotFoundError, ValidationError
from giftdesk.data.fields import BOUGHT_STATUSES, PLANNED_STATUSES
from giftdesk.data.history import name_key
from giftdesk.data.messages import translatable
from giftdesk.data.models import gift_people, gifts, occasions, persons

DEFAULT_DAYS = 60
MAX_DAYS = 366


@dataclass(frozen=True)
class UpcomingOccasion:
    occasion_id: int
    name: str
    type: str
    date: dt.date
    days_away: int
    budget_cents: int | None
    gifts: int
    planned_cents: int
    bought_cents: int
    without_buyer: int  # planned gifts nobody is buying yet

    @property
    def remaining_cents(self) -> int | None:
        return None if self.budget_cents is None else self.budget_cents - self.planned_cents


@dataclass(frozen=True)
class UpcomingBirthday:
    person_id: int
    name: str
    date: dt.date  # the next birthday
    days_away: int
    age: int | None  # None when born in year 1 (year unknown)

    def occasion_name(self) -> str:
        return birthday_occasion_name(self.name, self.date.year)


@dataclass(frozen=True)
class Upcoming:
    today: dt.date
    days: int
    occasions: tuple[UpcomingOccasion, ...]
    birthdays: tuple[UpcomingBirthday, ...]  # those without an occasion yet

    @property
    def is_empty(self) -> bool:
        return not self.occasions and not self.birthdays


def check_days(days: object) -> int:
    if isinstance(days, bool) or not isinstance(days, int) or not 1 <= days <= MAX_DAYS:
        raise ValidationError(
            "days",
            translatable("Upcoming", "The number of days must be from 1 to {most}.").format(
                most=MAX_DAYS
            ),
        )
    return days


def next_birthday(birthdate: dt.date, today: dt.date) -> dt.date:
    """The first birthday on or after ``today`` (29 February → 28 February)."""
    for year in (today.year, today.year + 1):
        try:
            day = birthdate.replace(year=year)
        except ValueError:  # 29 February in a year without one
            day = dt.date(year, 2, 28)
        if day >= today:
            return day
    raise AssertionError("unreachable")  # pragma: no cover


def upcoming(session: Session, today: dt.date, days: int = DEFAULT_DAYS) -> Upcoming:
    """Occasions dated from ``today`` to ``today + days`` and unplanned birthdays."""
    days = check_days(days)
    until = today + dt.timedelta(days=days)
    cost = func.coalesce(gifts.c.sale_price_cents, gifts.c.price_cents, 0) * gifts.c.quantity
    planned = gifts.c.status.in_(PLANNED_STATUSES)
    in_window = (occasions.c.date >= today) & (occasions.c.date <= until)
    detail = (
        occasions.c.id,
        occasions.c.name,
        occasions.c.type,
        occasions.c.date,
        occasions.c.budget_cents,
    )
    # One statement, three kinds of rows (a shared server pays a round trip per
    # statement): 0 the occasions in the window with their figures, from the
    # occasions to their gifts (the occasion_id index, never a pass over every
    # gift); 1 the recipients of the birthday occasions among them; 2 everyone's
    # birthdate. The columns of kinds 1 and 2 are padded to the occasions' shape
    # with typed NULLs (PostgreSQL takes an untyped NULL for text).
    kind = literal(0, Integer).label("kind")
    figures = (
        select(
            kind,
            *detail,
            func.count(gifts.c.id).label("gifts"),
            func.coalesce(func.sum(case((planned, cost), else_=0)), 0),
            func.coalesce(func.sum(case((gifts.c.status.in_(BOUGHT_STATUSES), cost), else_=0)), 0),
            func.coalesce(
                func.sum(case((planned & gifts.c.purchaser_id.is_(None), 1), else_=0)), 0
            ),
        )
        .select_from(occasions.outerjoin(gifts, gifts.c.occasion_id == occasions.c.id))
        .where(in_window)
        .group_by(*detail)
    )
    nothing = null()
    recipients = (
        select(
            literal(1, Integer),
            gifts.c.occasion_id,
            cast(nothing, String),
            cast(nothing, String),
            cast(nothing, Date),
            cast(nothing, Integer),
            gift_people.c.person_id,
            cast(nothing, Integer),
            cast(nothing, Integer),
            cast(nothing, Integer),
        )
        .select_from(gifts.join(gift_people, gift_people.c.gift_id == gifts.c.id))
        .where(
            gifts.c.occasion_id.in_(
                select(occasions.c.id).where(occasions.c.type == "birthday", in_window)
            ),
            gift_people.c.role == "recipient",
        )
        .distinct()
    )
    born = select(
        literal(2, Integer),
        persons.c.id,
        persons.c.name,
        cast(nothing, String),
        persons.c.birthdate,
        cast(nothing, Integer),
        cast(nothing, Integer),
        cast(nothing, Integer),
        cast(nothing, Integer),
        cast(nothing, Integer),
    ).where(persons.c.birthdate.is_not(None))
    rows = union_all(figures, recipients, born).subquery()
    found = session.execute(
        select(rows).order_by(rows.c.kind, rows.c.date, rows.c.name, rows.c.id)
    ).all()

    occasion_rows = [row[1:] for row in found if row[0] == 0]
    upcoming_occasions = tuple(
        UpcomingOccasion(
            occasion_id=occ_id,
            name=name,
            type=type_,
            date=date,
            days_away=(date - today).days,
            budget_cents=budget,
            gifts=int(count),
            planned_cents=int(planned_sum),
            bought_cents=int(bought_sum),
            without_buyer=int(open_count),
        )
        for occ_id, name, type_, date, budget, count, planned_sum, bought_sum, open_count in (
            occasion_rows
        )
    )

    # Birthday occasions in the window: by day, their names and their recipients.
    birthday_occasions: dict[dt.date, list[tuple[int, str]]] = {}
    for occ in upcoming_occasions:
        if occ.type == "birthday":
            birthday_occasions.setdefault(occ.date, []).append(
                (occ.occasion_id, name_key(occ.name))
            )
    recipients_of: dict[int, set[int]] = {}
    for row in found:
        if row[0] == 1:
            recipients_of.setdefault(row[1], set()).add(row[6])
    people = [(row[1], row[2], row[4]) for row in found if row[0] == 2]

    birthdays = []
    for person_id, name, birthdate in people:
        day = next_birthday(birthdate, today)
        if day > until:
            continue
        key = name_key(name)
        if any(
            key in occasion_key or person_id in recipients_of.get(occ_id, ())
            for occ_id, occasion_key in birthday_occasions.get(day, ())
        ):
            continue
        birthdays.append(
            UpcomingBirthday(
                person_id=person_id,
                name=name,
                date=day,
                days_away=(day - today).days,
                age=day.year - birthdate.year if birthdate.year > 1 else None,
            )
        )
    birthdays.sort(key=lambda b: (b.date, b.name.casefold(), b.person_id))
    return Upcoming(today, days, upcoming_occasions, tuple(birthdays))


def plan_birthday(session: Session, person_id: int, today: dt.date) -> int:
    """Create the ``birthday`` occasion for the person's next birthday; its id."""
    row = session.execute(
        select(persons.c.name, persons.c.birthdate).where(persons.c.id == person_id)
    ).first()
    if row is None:
        raise NotFoundError(
            translatable("Upcoming", "This person no longer exists (deleted meanwhile).")
        )
    name, birthdate = row
    if birthdate is None:
        raise ValidationError(
            "birthdate",
            translatable("Upcoming", "{name} has no birthdate to plan for.").format(name=name),
        )
    day = next_birthday(birthdate, today)
    occasion_name = birthday_occasion_name(name, day.year)[:100]
    taken = session.scalar(
        select(occasions.c.id).where(func.lower(occasions.c.name) == occasion_name.lower())
    )
    if taken is not None:
        raise ValidationError(
            "name",
            translatable("Upcoming", "An occasion called “{occasion_name}” already exists.").format(
                occasion_name=occasion_name
            ),
        )
    return int(
        session.execute(
            insert(occasions)
            .values(name=occasion_name, type="birthday", date=day)
            .returning(occasions.c.id)
        ).scalar_one()
    )


def unplan_birthday(session: Session, occasion_id: int) -> None:
    """Undo ``plan_birthday``: remove the occasion it created."""
    session.execute(delete(occasions).where(occasions.c.id == occasion_id))


def birthday_occasion_name(name: str, year: int) -> str:
    """The name of the occasion planned for a birthday, in the user's language."""
    return str(translatable("Upcoming", "{name}'s birthday {year}").format(name=name, year=year))


def upcoming_text(found: Upcoming) -> str:
    """What is coming up, for a terminal (plain decimals, ISO dates; the user's language)."""
    from giftdesk.data.money import format_cents

    days = found.days
    if found.is_empty:
        return str(translatable("Upcoming", "Nothing in the next %n day(s).", None, days)) + "\n"
    lines = [str(translatable("Upcoming", "Coming up in the next %n day(s)", None, days)), ""]
    for occ in found.occasions:
        if occ.remaining_cents is not None:
            figures = translatable(
                "Upcoming", "planned {planned}, bought {bought}, remaining {remaining}"
            ).format(
                planned=format_cents(occ.planned_cents),
                bought=format_cents(occ.bought_cents),
                remaining=format_cents(occ.remaining_cents),
            )
        else:
            figures = translatable("Upcoming", "planned {planned}, bought {bought}").format(
                planned=format_cents(occ.planned_cents), bought=format_cents(occ.bought_cents)
            )
        gifts, without_buyer = occ.gifts, occ.without_buyer
        lines.append(f"{occ.date.isoformat()}  {occ.name} ({_in_days(occ.days_away)})")
        count = translatable("Upcoming", "%Ln gift(s)", None, gifts)
        lines.append(f"            {count}; {figures}")
        if without_buyer:
            missing = translatable("Upcoming", "%Ln gift(s) without a buyer", None, without_buyer)
            lines.append(f"            {missing}")
    if found.birthdays:
        if found.occasions:
            lines.append("")
        lines.append(str(translatable("Upcoming", "Birthdays with no occasion yet")))
        for birthday in found.birthdays:
            when = _in_days(birthday.days_away)
            if birthday.age:
                when = str(translatable("Upcoming", "{when}, turns {age}")).format(
                    when=when, age=birthday.age
                )
            lines.append(f"{birthday.date.isoformat()}  {birthday.name} ({when})")
    return "\n".join(lines) + "\n"


def _in_days(days: int) -> str:
    if days == 0:
        return str(translatable("Upcoming", "today"))
    if days == 1:
        return str(translatable("Upcoming", "tomorrow"))
    return str(translatable("Upcoming", "in %n day(s)", None, days))
