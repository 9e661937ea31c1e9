"""Other ways to compute the same budget figures, for the benchmark to compare.

- ``python_pass_summary``: fetch plain tuples (gifts, links, budgets, people)
  with four queries and aggregate in one Python pass — SPEC §2's other
  allowed design. The benchmark checks that it returns exactly what
  ``compute_budget_summary`` returns, then times both.
- ``per_person_pattern``: the old web dashboard's shape, four queries per
  person per occasion (receiving planned/bought, buying planned/bought),
  each computing that person's exact share with correlated subqueries.
- ``RAW_TOTALS_SQL`` / ``RAW_FULL_SQL``: hand-written SQL for plain
  ``sqlite3`` — the occasion totals alone (the floor of the issue), and every
  figure of the summary (occasion totals and per-person shares).
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterable, Sequence

from sqlalchemy import and_, case, func, literal, or_, select
from sqlalchemy.orm import Session

from giftdesk.data.budget import (
    NO_OCCASION_NAME,
    BudgetSummary,
    OccasionBudget,
    PersonBudget,
)
from giftdesk.data.models import (
    BOUGHT_STATUSES,
    PLANNED_STATUSES,
    gift_people,
    gifts,
    occasions,
    person_occasions,
    persons,
)

# -- one Python pass over plain tuples ------------------------------------------


def python_pass_summary(session: Session) -> BudgetSummary:
    """Every occasion's figures from four plain fetches and one Python pass."""
    cost = func.coalesce(gifts.c.sale_price_cents, gifts.c.price_cents, 0) * gifts.c.quantity
    unpriced = and_(gifts.c.sale_price_cents.is_(None), gifts.c.price_cents.is_(None))
    gift_rows = session.execute(
        select(
            gifts.c.id,
            gifts.c.occasion_id,
            gifts.c.status,
            cost,
            gifts.c.purchaser_id,
            case((unpriced, 1), else_=0),
        )
    ).all()
    link_rows = session.execute(
        select(gift_people.c.gift_id, gift_people.c.person_id, gift_people.c.role)
        .where(gift_people.c.role != "purchaser")
        .order_by(gift_people.c.gift_id, gift_people.c.person_id)
    ).all()
    budget_rows = session.execute(
        select(
            person_occasions.c.occasion_id,
            person_occasions.c.person_id,
            person_occasions.c.recipient_budget_cents,
            person_occasions.c.purchaser_budget_cents,
        )
    ).all()
    names = dict(session.execute(select(persons.c.id, persons.c.name)).all())
    events = session.execute(
        select(
            occasions.c.id,
            occasions.c.name,
            occasions.c.type,
            occasions.c.date,
            occasions.c.budget_cents,
        )
    ).all()

    recipients: dict[int, list[int]] = {}
    contributors: dict[int, list[int]] = {}
    for gift_id, person_id, role in link_rows:
        (recipients if role == "recipient" else contributors).setdefault(gift_id, []).append(
            person_id
        )

    planned_set = frozenset(PLANNED_STATUSES)
    bought_set = frozenset(BOUGHT_STATUSES)
    totals: dict[int | None, list[int]] = {}
    figures: dict[tuple[int | None, int], list[int]] = {}

    def add(occ, people: Sequence[int], amount: int, planned: bool, bought: bool, at: int):  # type: ignore[no-untyped-def]
        count = len(people)
        base, extra = divmod(amount, count)
        for position, person_id in enumerate(people):
            row = figures.get((occ, person_id))
            if row is None:
                row = figures[(occ, person_id)] = [0, 0, 0, 0]
            if planned:
                share = base + 1 if position < extra else base
                row[at] += share
                if bought:
                    row[at + 1] += share

    for gift_id, occ, status, amount, purchaser, no_price in gift_rows:
        total = totals.get(occ)
        if total is None:
            total = totals[occ] = [0, 0, 0, 0, 0, 0]
        planned = status in planned_set
        bought = status in bought_set
        total[0] += 1
        if planned:
            total[2] += amount
            if bought:
                total[3] += amount
            if purchaser is None:
                total[4] += amount
        elif status == "idea":
            total[1] += amount
        total[5] += no_price
        receivers = recipients.get(gift_id)
        if receivers:
            add(occ, receivers, amount, planned, bought, 0)
        helpers = contributors.get(gift_id)
        if helpers:
            payers = sorted({*helpers, purchaser} - {None}) if purchaser is not None else helpers
            add(occ, payers, amount, planned, bought, 2)
        elif purchaser is not None:
            add(occ, (purchaser,), amount, planned, bought, 2)

    budgets = {(occ, pid): (r, p) for occ, pid, r, p in budget_rows}
    for key in budgets:
        if key not in figures:
            figures[key] = [0, 0, 0, 0]
    people_of: dict[int | None, list[PersonBudget]] = {}
    for (occ, pid), (rp, rb, bp, bb) in figures.items():
        r_budget, p_budget = budgets.get((occ, pid), (None, None))
        people_of.setdefault(occ, []).append(
            PersonBudget(pid, names[pid], r_budget, rp, rb, p_budget, bp, bb)
        )

    def entry(occ, name, type_, date, budget) -> OccasionBudget:  # type: ignore[no-untyped-def]
        count, ideas, planned, bought, unassigned, unpriced_count = totals.get(occ, [0] * 6)
        members = sorted(people_of.get(occ, []), key=lambda p: (p.name.casefold(), p.person_id))
        return OccasionBudget(
            occ, name, type_, date, budget, count, ideas, planned, bought, unassigned,
            unpriced_count, tuple(members),
        )  # fmt: skip

    result = sorted(
        (entry(*row) for row in events),
        key=lambda o: (o.date is None, o.date or _MAX_DATE, o.name.casefold(), o.occasion_id),
    )
    if None in totals:
        result.append(entry(None, NO_OCCASION_NAME, None, None, None))
    return BudgetSummary(tuple(result))


_MAX_DATE = dt.date.max


# -- the old per-person pattern ---------------------------------------------------


def _share_of(person_id: int, role_links):  # type: ignore[no-untyped-def]
    """This person's share of a gift: cost // n (+1 for the lowest cost % n ids)."""
    cost = func.coalesce(gifts.c.sale_price_cents, gifts.c.price_cents, 0) * gifts.c.quantity
    n, rank = role_links
    return cost // n + case((rank <= cost % n, 1), else_=0)


def _recipient_counts(person_id: int):  # type: ignore[no-untyped-def]
    other = gift_people.alias("other")
    n = (
        select(func.count())
        .where(other.c.gift_id == gifts.c.id, other.c.role == "recipient")
        .scalar_subquery()
    )
    rank = (
        select(func.count())
        .where(
            other.c.gift_id == gifts.c.id,
            other.c.role == "recipient",
            other.c.person_id <= person_id,
        )
        .scalar_subquery()
    )
    return n, rank


def _payer_counts(person_id: int):  # type: ignore[no-untyped-def]
    other = gift_people.alias("other")
    helpers = and_(
        other.c.gift_id == gifts.c.id,
        other.c.role == "contributor",
        or_(gifts.c.purchaser_id.is_(None), other.c.person_id != gifts.c.purchaser_id),
    )
    has_buyer = case((gifts.c.purchaser_id.is_not(None), 1), else_=0)
    buyer_before = case((gifts.c.purchaser_id <= person_id, 1), else_=0)
    n = select(func.count()).where(helpers).scalar_subquery() + has_buyer
    rank = (
        select(func.count()).where(helpers, other.c.person_id <= person_id).scalar_subquery()
        + buyer_before
    )
    return n, rank


def per_person_queries(person_id: int, occasion_id: int | None):  # type: ignore[no-untyped-def]
    """The four statements the old pattern ran for one person in one occasion."""
    where_occasion = (
        gifts.c.occasion_id.is_(None) if occasion_id is None else gifts.c.occasion_id == occasion_id
    )
    as_recipient = gifts.c.id.in_(
        select(gift_people.c.gift_id).where(
            gift_people.c.person_id == person_id, gift_people.c.role == "recipient"
        )
    )
    as_payer = or_(
        gifts.c.purchaser_id == person_id,
        gifts.c.id.in_(
            select(gift_people.c.gift_id).where(
                gift_people.c.person_id == person_id, gift_people.c.role == "contributor"
            )
        ),
    )
    statements = []
    for part, counts in ((as_recipient, _recipient_counts), (as_payer, _payer_counts)):
        share = _share_of(person_id, counts(person_id))
        for statuses in (PLANNED_STATUSES, BOUGHT_STATUSES):
            statements.append(
                select(func.coalesce(func.sum(share), literal(0))).where(
                    where_occasion, part, gifts.c.status.in_(statuses)
                )
            )
    return statements


def per_person_pattern(
    session: Session, pairs: Iterable[tuple[int, int | None]]
) -> dict[tuple[int | None, int], tuple[int, int, int, int]]:
    """Run the old pattern for each (person, occasion) pair: four queries each."""
    result = {}
    for person_id, occasion_id in pairs:
        values = tuple(
            int(session.scalar(statement) or 0)
            for statement in per_person_queries(person_id, occasion_id)
        )
        result[(occasion_id, person_id)] = values  # type: ignore[assignment]
    return result  # type: ignore[return-value]


# -- hand-written SQL for plain sqlite3 ------------------------------------------

_COST = "coalesce(g.sale_price_cents, g.price_cents, 0) * g.quantity"
_PLANNED = "g.status IN ('selected', 'purchased', 'received')"
_BOUGHT = "g.status IN ('purchased', 'received')"

RAW_TOTALS_SQL = f"""
SELECT g.occasion_id,
       count(*),
       sum(CASE WHEN g.status = 'idea' THEN {_COST} ELSE 0 END),
       sum(CASE WHEN {_PLANNED} THEN {_COST} ELSE 0 END),
       sum(CASE WHEN {_BOUGHT} THEN {_COST} ELSE 0 END),
       sum(CASE WHEN {_PLANNED} AND g.purchaser_id IS NULL THEN {_COST} ELSE 0 END),
       sum(g.sale_price_cents IS NULL AND g.price_cents IS NULL)
FROM gifts AS g
GROUP BY g.occasion_id
"""


def _raw_shares(links: str) -> str:
    share = f"{_COST} / x.n + (x.rank <= {_COST} % x.n)"
    return f"""
SELECT g.occasion_id AS occasion_id, x.person_id AS person_id,
       sum(CASE WHEN {_PLANNED} THEN {share} ELSE 0 END) AS planned,
       sum(CASE WHEN {_BOUGHT} THEN {share} ELSE 0 END) AS bought
FROM (SELECT gift_id, person_id,
             count(*) OVER (PARTITION BY gift_id) AS n,
             row_number() OVER (PARTITION BY gift_id ORDER BY person_id) AS rank
      FROM ({links})) AS x
JOIN gifts AS g ON g.id = x.gift_id
GROUP BY g.occasion_id, x.person_id"""


RAW_PEOPLE_SQL = f"""
SELECT u.occasion_id, u.person_id, p.name,
       max(u.rb), sum(u.rp), sum(u.rbo), max(u.pb), sum(u.bp), sum(u.bbo)
FROM (
  SELECT occasion_id, person_id, NULL AS rb, NULL AS pb,
         planned AS rp, bought AS rbo, 0 AS bp, 0 AS bbo
  FROM ({_raw_shares("SELECT gift_id, person_id FROM gift_people WHERE role = 'recipient'")})
  UNION ALL
  SELECT occasion_id, person_id, NULL, NULL, 0, 0, planned, bought
  FROM ({
    _raw_shares(
        "SELECT id AS gift_id, purchaser_id AS person_id FROM gifts "
        "WHERE purchaser_id IS NOT NULL "
        "UNION SELECT gift_id, person_id FROM gift_people WHERE role = 'contributor'"
    )
})
  UNION ALL
  SELECT occasion_id, person_id, recipient_budget_cents, purchaser_budget_cents, 0, 0, 0, 0
  FROM person_occasions
) AS u
JOIN persons AS p ON p.id = u.person_id
GROUP BY u.occasion_id, u.person_id
"""


def raw_totals(connection: sqlite3.Connection) -> list[tuple]:  # type: ignore[type-arg]
    return connection.execute(RAW_TOTALS_SQL).fetchall()


def raw_full(connection: sqlite3.Connection) -> tuple[list[tuple], list[tuple]]:  # type: ignore[type-arg]
    """Occasion totals and every person's figures, in hand-written SQL."""
    events = connection.execute(
        "SELECT id, name, type, date, budget_cents FROM occasions"
    ).fetchall()
    return events + connection.execute(RAW_TOTALS_SQL).fetchall(), connection.execute(
        RAW_PEOPLE_SQL
    ).fetchall()
