"""What deleting a person does to the gifts and budgets, said in one confirmation.

Qt-free: read in one unit of work before the question is asked. Each part is
counted on its own (receives, buys, chips in), the gifts that would be left
with nobody to receive them are named, and the people whose share of a gift
rises are named, with those it takes over a budget (SPEC §2: equal shares
of the cost, the first ``cost % n`` people in ascending id a cent more).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from giftdesk.data.budget import compute_budget_summary
from giftdesk.data.costs import GIFT_COST_CENTS
from giftdesk.data.fields import PLANNED_STATUSES
from giftdesk.data.models import gift_people, gifts, person_occasions, persons

NAMES_SHOWN = 3  # longer lists end "and 4 more"


@dataclass(frozen=True)
class OverBudget:
    """Someone a deletion takes over one of their budgets for an occasion."""

    name: str
    occasion: str
    receiving: bool  # their budget for gifts to them (else: for gifts they buy)


@dataclass(frozen=True)
class PersonDeletionImpact:
    name: str
    receives: int
    buys: int
    chips_in: int
    budgets: int
    left_without_recipient: tuple[str, ...]  # gift names
    shares_rise_for: tuple[str, ...]  # people who pay or receive a larger share
    over_budget: tuple[OverBudget, ...]


def _split(cost: int, people: list[int]) -> dict[int, int]:
    base, extra = divmod(cost, len(people))
    return {p: base + (1 if at < extra else 0) for at, p in enumerate(sorted(people))}


def person_deletion_impact(session: Session, person_id: int) -> PersonDeletionImpact:
    """Everything the confirmation says, from a fixed number of queries."""
    name = session.scalar(select(persons.c.name).where(persons.c.id == person_id)) or ""
    touched = select(gift_people.c.gift_id).where(gift_people.c.person_id == person_id)
    rows = session.execute(
        select(
            gifts.c.id,
            gifts.c.name,
            gifts.c.occasion_id,
            gifts.c.status,
            gifts.c.purchaser_id,
            GIFT_COST_CENTS,
        ).where((gifts.c.id.in_(touched)) | (gifts.c.purchaser_id == person_id))
    ).all()
    gift_ids = [row[0] for row in rows]
    recipients: dict[int, list[int]] = defaultdict(list)
    contributors: dict[int, list[int]] = defaultdict(list)
    if gift_ids:
        for gift_id, other, role in session.execute(
            select(gift_people.c.gift_id, gift_people.c.person_id, gift_people.c.role).where(
                gift_people.c.gift_id.in_(gift_ids), gift_people.c.role != "purchaser"
            )
        ):
            (recipients if role == "recipient" else contributors)[gift_id].append(other)
    budgets = session.scalar(select(func.count()).where(person_occasions.c.person_id == person_id))

    receives = buys = chips_in = 0
    orphaned: list[str] = []
    # (occasion, person) -> (more to receive, more to buy) in planned gifts
    rises: dict[tuple[int | None, int], list[int]] = defaultdict(lambda: [0, 0])
    for gift_id, gift_name, occasion_id, status, purchaser_id, cost in rows:
        takers = recipients[gift_id]
        payers = ([purchaser_id] if purchaser_id is not None else []) + contributors[gift_id]
        receives += person_id in takers
        buys += purchaser_id == person_id
        chips_in += person_id in contributors[gift_id]
        if takers == [person_id]:
            orphaned.append(gift_name)
        planned = status in PLANNED_STATUSES
        for side, group in ((0, takers), (1, payers)):
            if person_id not in group or len(group) < 2:
                continue
            before = _split(cost, group)
            after = _split(cost, [p for p in group if p != person_id])
            for other, share in after.items():
                if share > before[other]:  # an idea's share rises too, it just is not planned
                    rises[(occasion_id, other)][side] += share - before[other] if planned else 0

    rising_people = sorted({other for _occ, other in rises})
    names: dict[int, str] = {}
    if rising_people:
        query = select(persons.c.id, persons.c.name).where(persons.c.id.in_(rising_people))
        names = {person: person_name for person, person_name in session.execute(query)}
    over: list[OverBudget] = []
    occasions = sorted({occ for occ, _p in rises if occ is not None})
    for occasion_id in occasions:
        summary = compute_budget_summary(session, occasion_id)
        for occasion in summary.occasions:
            for person in occasion.people:
                more_received, more_bought = rises.get((occasion_id, person.person_id), (0, 0))
                for receiving, more, planned_now, budget in (
                    (True, more_received, person.receiving_planned_cents,
                     person.recipient_budget_cents),
                    (False, more_bought, person.buying_planned_cents,
                     person.purchaser_budget_cents),
                ):  # fmt: skip
                    if more and budget is not None and planned_now <= budget < planned_now + more:
                        over.append(OverBudget(person.name, occasion.name, receiving))
    return PersonDeletionImpact(
        name=name,
        receives=receives,
        buys=buys,
        chips_in=chips_in,
        budgets=budgets or 0,
        left_without_recipient=tuple(sorted(orphaned, key=str.casefold)),
        shares_rise_for=tuple(sorted((names[p] for p in rising_people), key=str.casefold)),
        over_budget=tuple(over),
    )


def _count(number: int, word: str) -> str:
    return f"{number} {word}" if number == 1 else f"{number} {word}s"


def _names(names: tuple[str, ...]) -> str:
    shown = [f"“{n}”" for n in names[:NAMES_SHOWN]]
    if len(names) > NAMES_SHOWN:
        shown.append(f"{len(names) - NAMES_SHOWN} more")
    return shown[0] if len(shown) == 1 else ", ".join(shown[:-1]) + " and " + shown[-1]


def _people(names: tuple[str, ...]) -> str:
    shown = list(names[:NAMES_SHOWN])
    if len(names) > NAMES_SHOWN:
        shown.append(f"{len(names) - NAMES_SHOWN} more")
    return shown[0] if len(shown) == 1 else ", ".join(shown[:-1]) + " and " + shown[-1]


def deletion_sentence(impact: PersonDeletionImpact) -> str:
    """The confirmation, part by part: “Anna receives 4 gifts, buys 2 and chips in to 1. …”"""
    name = impact.name
    parts = []
    if impact.receives:
        parts.append(f"receives {_count(impact.receives, 'gift')}")
    if impact.buys:
        parts.append(f"buys {impact.buys}" if parts else f"buys {_count(impact.buys, 'gift')}")
    if impact.chips_in:
        parts.append(
            f"chips in to {impact.chips_in}"
            if parts
            else f"chips in to {_count(impact.chips_in, 'gift')}"
        )
    if not parts and not impact.budgets:
        return f"Delete {name}? They are not part of any gift or budget yet."
    lines = []
    if parts:
        joined = parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]
        lines.append(f"{name} {joined}.")
    if impact.left_without_recipient:
        gifts_left = impact.left_without_recipient
        which = "it is" if len(gifts_left) == 1 else "they are"
        lines.append(
            f"{_names(gifts_left)} will have no recipient left ({which} for {name} alone)."
        )
    if impact.buys:
        lines.append(
            f"The {_count(impact.buys, 'gift')} {name} buys will have no purchaser."
            if impact.buys > 1
            else f"The gift {name} buys will have no purchaser."
        )
    if impact.shares_rise_for:
        lines.append(
            f"The shares of {_people(impact.shares_rise_for)} rise, as {name} no longer "
            "shares the cost."
        )
    for over in impact.over_budget:
        what = "gifts to them" if over.receiving else "what they buy"
        lines.append(f"That takes {over.name} over their budget for {what} in {over.occasion}.")
    if impact.budgets:
        lines.append(f"Their {_count(impact.budgets, 'budget')} will be deleted.")
    lines.append("You can undo this.")
    return f"Delete {name}?\n\n" + " ".join(lines)
