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
from giftdesk.data.messages import Message, joined_list, translatable
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


def _say(message: Message) -> str:
    return str(message)


def _names(names: tuple[str, ...]) -> str:
    shown = [
        _say(translatable("PersonDeletion", "“{name}”").format(name=n)) for n in names[:NAMES_SHOWN]
    ]
    return _listed(shown, len(names))


def _people(names: tuple[str, ...]) -> str:
    return _listed(list(names[:NAMES_SHOWN]), len(names))


def _listed(shown: list[str], total: int) -> str:
    more = total - len(shown)
    if more > 0:
        shown.append(_say(translatable("PersonDeletion", "%Ln more", None, more)))
    return str(joined_list(shown))


def deletion_sentence(impact: PersonDeletionImpact) -> str:
    """The confirmation, part by part: “Anna receives 4 gifts, buys 2 and chips in to 1. …”"""
    name = impact.name
    receives, buys, chips_in, budgets = (
        impact.receives,
        impact.buys,
        impact.chips_in,
        impact.budgets,
    )
    parts: list[str] = []
    if receives:
        parts.append(_say(translatable("PersonDeletion", "receives %Ln gift(s)", None, receives)))
    if buys:
        parts.append(
            _say(translatable("PersonDeletion", "buys %Ln", None, buys))
            if parts
            else _say(translatable("PersonDeletion", "buys %Ln gift(s)", None, buys))
        )
    if chips_in:
        parts.append(
            _say(translatable("PersonDeletion", "chips in to %Ln", None, chips_in))
            if parts
            else _say(translatable("PersonDeletion", "chips in to %Ln gift(s)", None, chips_in))
        )
    if not parts and not budgets:
        return _say(
            translatable(
                "PersonDeletion", "Delete {name}? They are not part of any gift or budget yet."
            ).format(name=name)
        )
    lines = []
    if parts:
        lines.append(
            _say(
                translatable("PersonDeletion", "{name} {parts}.").format(
                    name=name, parts=joined_list(parts)
                )
            )
        )
    if impact.left_without_recipient:
        gifts_left = impact.left_without_recipient
        lines.append(
            _say(
                (
                    translatable(
                        "PersonDeletion",
                        "{gifts} will have no recipient left (it is for {name} alone).",
                    )
                    if len(gifts_left) == 1
                    else translatable(
                        "PersonDeletion",
                        "{gifts} will have no recipient left (they are for {name} alone).",
                    )
                ).format(gifts=_names(gifts_left), name=name)
            )
        )
    if buys:
        lines.append(
            _say(
                translatable(
                    "PersonDeletion",
                    "The %Ln gifts {name} buys will have no purchaser.",
                    None,
                    buys,
                ).format(name=name)
                if buys > 1
                else translatable(
                    "PersonDeletion", "The gift {name} buys will have no purchaser."
                ).format(name=name)
            )
        )
    if impact.shares_rise_for:
        lines.append(
            _say(
                translatable(
                    "PersonDeletion",
                    "The shares of {people} rise, as {name} no longer shares the cost.",
                ).format(people=_people(impact.shares_rise_for), name=name)
            )
        )
    for over in impact.over_budget:
        sentence = (
            translatable(
                "PersonDeletion",
                "That takes {person} over their budget for gifts to them in {occasion}.",
            )
            if over.receiving
            else translatable(
                "PersonDeletion",
                "That takes {person} over their budget for what they buy in {occasion}.",
            )
        )
        lines.append(_say(sentence.format(person=over.name, occasion=over.occasion)))
    if budgets:
        lines.append(
            _say(
                translatable(
                    "PersonDeletion", "Their %Ln budget(s) will be deleted.", None, budgets
                )
            )
        )
    lines.append(_say(translatable("PersonDeletion", "You can undo this.")))
    return _say(
        translatable("PersonDeletion", "Delete {name}?\n\n{details}").format(
            name=name, details=" ".join(lines)
        )
    )
