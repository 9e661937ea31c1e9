"""What each person buys (planned, SPEC §2 payer shares), per occasion, in one SQL query.

The purchaser picker needs only this figure for every occasion at once. The
database computes it — the split included, with window functions — so the
work runs inside SQLite's C code: a reader thread computing it leaves the
window's thread free (Python's sqlite3 lets go of the interpreter while a
statement runs), where the budget engine's Python pass would hold it.
``tests/data/test_buying.py`` checks it against ``compute_budget_summary``.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Integer,
    Select,
    and_,
    case,
    cast,
    func,
    literal,
    literal_column,
    null,
    select,
    union,
    union_all,
)
from sqlalchemy.orm import Session

from giftdesk.data.costs import GIFT_COST_CENTS
from giftdesk.data.fields import PLANNED_STATUSES
from giftdesk.data.models import gift_people, gifts, occasions, person_occasions


def _planned_shares() -> Select[int | None, int, int]:
    """(occasion, person, their payer shares over the occasion's planned gifts)."""
    payers = union(
        select(gift_people.c.gift_id.label("gift"), gift_people.c.person_id.label("person")).where(
            gift_people.c.role == "contributor"
        ),
        select(gifts.c.id, gifts.c.purchaser_id).where(gifts.c.purchaser_id.is_not(None)),
    ).subquery("payers")
    planned = (
        select(
            gifts.c.id.label("gift"),
            gifts.c.occasion_id.label("occasion"),
            GIFT_COST_CENTS.label("amount"),
        )
        .where(gifts.c.status.in_(PLANNED_STATUSES))
        .subquery("planned")
    )
    ranked = (
        select(
            planned.c.occasion,
            payers.c.person,
            planned.c.amount,
            func.count(literal_column("*")).over(partition_by=payers.c.gift).label("n"),
            func.row_number().over(partition_by=payers.c.gift, order_by=payers.c.person).label("k"),
        )
        .select_from(payers.join(planned, planned.c.gift == payers.c.gift))
        .subquery("ranked")
    )
    share = ranked.c.amount // ranked.c.n + case(
        (ranked.c.k <= ranked.c.amount % ranked.c.n, 1), else_=0
    )
    return select(
        ranked.c.occasion.label("occasion"),
        ranked.c.person.label("person"),
        func.sum(share).label("amount"),
    ).group_by(ranked.c.occasion, ranked.c.person)


def buying_planned(session: Session) -> dict[tuple[int | None, int], int]:
    """(occasion id or None, person id) → their payer shares over planned gifts, in cents.

    A gift's payers are its purchaser and its contributors (each once); each
    pays ``cost // n``, and the first ``cost % n`` of them by person id one
    cent more. Pairs that pay nothing are left out.
    """
    return {
        (occasion, person): int(total)
        for occasion, person, total in session.execute(_planned_shares())
        if total
    }


def buying_in_every_occasion(
    session: Session,
) -> tuple[dict[int, int], dict[int, int], dict[int, list[str]]]:
    """For the purchaser picker over every occasion, per person: what they buy
    (planned, all occasions), their purchaser budgets summed, and the names of
    the occasions where they are over budget (in the budget summary's order).

    The sums are made by the database: one statement returns a row per person
    (plus one per occasion a person is over budget in), so a reader thread
    holds the interpreter only for those few rows, never one per occasion and
    person.
    """
    pairs = _planned_shares().cte("pairs")
    limits = person_occasions.c.purchaser_budget_cents
    query = union_all(
        select(
            literal("amount").label("kind"),
            pairs.c.person,
            cast(null(), Integer).label("occasion"),
            func.sum(pairs.c.amount).label("cents"),
        ).group_by(pairs.c.person),
        select(
            literal("budget"),
            person_occasions.c.person_id,
            cast(null(), Integer),
            func.sum(limits),
        )
        .where(limits.is_not(None))
        .group_by(person_occasions.c.person_id),
        select(literal("over"), pairs.c.person, pairs.c.occasion, pairs.c.amount)
        .select_from(
            pairs.join(
                person_occasions,
                and_(
                    person_occasions.c.occasion_id == pairs.c.occasion,
                    person_occasions.c.person_id == pairs.c.person,
                ),
            )
        )
        .where(limits.is_not(None), pairs.c.amount > limits),
    )
    amounts: dict[int, int] = {}
    budgets: dict[int, int] = {}
    over: dict[int, list[int]] = {}
    for what, person, occasion, cents in session.execute(query):
        if what == "amount":
            if cents:
                amounts[person] = int(cents)
        elif what == "budget":
            budgets[person] = int(cents)
        else:
            over.setdefault(person, []).append(occasion)
    if not over:
        return amounts, budgets, {}
    events = session.execute(select(occasions.c.id, occasions.c.name, occasions.c.date)).all()
    order = sorted(
        events,
        key=lambda e: (e.date is None, e.date or dt.date.max, e.name.casefold(), e.id),
    )
    rank = {e.id: i for i, e in enumerate(order)}
    names = {e.id: e.name for e in order}
    return (
        amounts,
        budgets,
        {p: [names[o] for o in sorted(found, key=rank.__getitem__)] for p, found in over.items()},
    )
