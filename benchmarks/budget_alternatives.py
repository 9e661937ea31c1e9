"""Other ways to compute the same budget figures, for the benchmark to compare.

- ``sql_summary``: every figure aggregated in SQL (three queries, window
  functions ranking each person among a gift's recipients and payers) —
  SPEC §2's other allowed design, and compute_budget_summary's first one.
  The benchmark checks that it returns exactly what
  ``compute_budget_summary`` returns, then times both.
- ``per_person_pattern``: the old web dashboard's shape, four queries per
  person per occasion (receiving planned/bought, buying planned/bought),
  each computing that person's exact share with correlated subqueries.
- ``RAW_TOTALS_SQL`` / ``RAW_FULL_SQL``: hand-written SQL for plain
  ``sqlite3`` — the occasion totals alone (the floor of the issue), and every
  figure of the summary (occasion totals and per-person shares).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

from sqlalchemy import (
    Integer,
    Select,
    and_,
    case,
    false,
    func,
    literal,
    null,
    or_,
    select,
    union,
    union_all,
)
from sqlalchemy.orm import Session

from giftdesk.data.budget import (
    _NO_OCCASION,
    ALL,
    BudgetSummary,
    OccasionBudget,
    OccasionChoice,
    OccasionColumns,
    PersonBudget,
    _gift_filter,
    _occasion_budget,
    _occasion_key,
    _occasions_query,
    _person_key,
)
from giftdesk.data.costs import GIFT_COST_CENTS
from giftdesk.data.fields import BOUGHT_STATUSES, PLANNED_STATUSES
from giftdesk.data.models import gift_people, gifts, person_occasions, persons

# -- the same summary aggregated in SQL (window functions for the split) ----------
#
# This was compute_budget_summary's first design: three queries, everything
# aggregated by SQLite. The benchmark showed the streaming Python pass faster
# (1.6x at 100,000 gifts, 2.7x at 3,000), so the program uses that; this stays
# here so the comparison can be re-run.


def sql_summary(session: Session, occasion_id: OccasionChoice = ALL) -> BudgetSummary:
    """The same summary aggregated in SQL (the design compute_budget_summary dropped).

    ``occasion_id`` is ``ALL`` (every occasion, the ``(no occasion)`` bucket
    last when some gift has no occasion), one occasion's id, or ``None`` for
    the bucket alone. An id that does not exist, or the bucket when every gift
    has an occasion, gives an empty summary.

    The queries: the occasions; gift totals grouped by occasion; and one
    aggregate per (occasion, person) in which window functions rank each
    person among a gift's recipients (and, separately, its payers) so that
    the remainder cents of a split go to the lowest person ids. Python only
    sorts and wraps the result rows.
    """
    occasion_rows = session.execute(_occasions_query(occasion_id)).all()
    totals = {row[0]: row[1:] for row in session.execute(_totals_query(occasion_id))}
    people: dict[int | None, list[PersonBudget]] = {}
    for (
        occ,
        pid,
        name,
        r_budget,
        r_planned,
        r_bought,
        p_budget,
        b_planned,
        b_bought,
    ) in session.execute(_people_query(occasion_id)):
        people.setdefault(occ, []).append(
            PersonBudget(pid, name, r_budget, r_planned, r_bought, p_budget, b_planned, b_bought)
        )

    def entry(occasion: OccasionColumns) -> OccasionBudget:
        members = sorted(people.get(occasion[0], []), key=_person_key)
        return _occasion_budget(occasion, totals, tuple(members))

    result = [entry(tuple(row)) for row in occasion_rows]
    result.sort(key=_occasion_key)
    if occasion_id is not ALL and occasion_id is not None:
        return BudgetSummary(tuple(result))
    if None in totals:
        result.append(entry(_NO_OCCASION))
    return BudgetSummary(tuple(result))


def _totals_query(occasion_id: OccasionChoice) -> Select:  # type: ignore[type-arg]
    cost = GIFT_COST_CENTS
    planned = gifts.c.status.in_(PLANNED_STATUSES)
    unpriced = and_(gifts.c.sale_price_cents.is_(None), gifts.c.price_cents.is_(None))
    return (
        select(
            gifts.c.occasion_id,
            func.count(),
            _sum_if(gifts.c.status == "idea", cost),
            _sum_if(planned, cost),
            _sum_if(gifts.c.status.in_(BOUGHT_STATUSES), cost),
            _sum_if(and_(planned, gifts.c.purchaser_id.is_(None)), cost),
            _sum_if(unpriced, 1),
        )
        .where(*_gift_filter(occasion_id))
        .group_by(gifts.c.occasion_id)
    )


def _sum_if(condition, value):  # type: ignore[no-untyped-def]
    return func.coalesce(func.sum(case((condition, value), else_=0)), 0)


def _shares(links, occasion_id: OccasionChoice):  # type: ignore[no-untyped-def]
    """Per (occasion, person): Σ share over planned gifts, Σ over bought gifts.

    ``links`` has columns gift_id, person_id with no duplicate pairs. Each
    gift's cost is split among its n people: cost // n each, one cent more
    for the first cost % n of them in ascending person id.
    """
    n = func.count().over(partition_by=links.c.gift_id)
    rank = func.row_number().over(partition_by=links.c.gift_id, order_by=links.c.person_id)
    ranked = (
        select(
            gifts.c.occasion_id,
            links.c.person_id,
            gifts.c.status,
            GIFT_COST_CENTS.label("cost"),
            n.label("n"),
            rank.label("rank"),
        )
        .select_from(links.join(gifts, gifts.c.id == links.c.gift_id))
        .where(*_gift_filter(occasion_id))
        .subquery()
    )
    share = ranked.c.cost // ranked.c.n + case(
        (ranked.c.rank <= ranked.c.cost % ranked.c.n, 1), else_=0
    )
    return ranked, share


def _people_query(occasion_id: OccasionChoice) -> Select:  # type: ignore[type-arg]
    """One row per (occasion, person) that has a budget or a part in a gift."""
    recipient_links = (
        select(gift_people.c.gift_id, gift_people.c.person_id)
        .where(gift_people.c.role == "recipient")
        .subquery()
    )
    # The payers of a gift: its purchaser (gifts.purchaser_id, the only truth)
    # and its contributors, each once (UNION drops a purchaser who also
    # contributes). Role 'purchaser' rows in gift_people are never read.
    payer_links = union(
        select(gifts.c.id.label("gift_id"), gifts.c.purchaser_id.label("person_id")).where(
            gifts.c.purchaser_id.is_not(None), *_gift_filter(occasion_id)
        ),
        select(gift_people.c.gift_id, gift_people.c.person_id).where(
            gift_people.c.role == "contributor"
        ),
    ).subquery()

    columns = ("r_budget", "p_budget", "r_planned", "r_bought", "b_planned", "b_bought")

    def labelled(occ, pid, *values):  # type: ignore[no-untyped-def]
        return (
            occ.label("occasion_id"),
            pid.label("person_id"),
            *(_value(v).label(name) for v, name in zip(values, columns, strict=True)),
        )

    parts = []
    for links, receiving in ((recipient_links, True), (payer_links, False)):
        ranked, share = _shares(links, occasion_id)
        planned = func.sum(case((ranked.c.status.in_(PLANNED_STATUSES), share), else_=0))
        bought = func.sum(case((ranked.c.status.in_(BOUGHT_STATUSES), share), else_=0))
        figures = (planned, bought, 0, 0) if receiving else (0, 0, planned, bought)
        parts.append(
            select(
                *labelled(ranked.c.occasion_id, ranked.c.person_id, None, None, *figures)
            ).group_by(ranked.c.occasion_id, ranked.c.person_id)
        )
    budgets = select(
        *labelled(
            person_occasions.c.occasion_id,
            person_occasions.c.person_id,
            person_occasions.c.recipient_budget_cents,
            person_occasions.c.purchaser_budget_cents,
            0,
            0,
            0,
            0,
        )
    )
    if occasion_id is None:
        budgets = budgets.where(false())
    elif occasion_id is not ALL:
        budgets = budgets.where(person_occasions.c.occasion_id == occasion_id)
    parts.append(budgets)
    rows = union_all(*parts).subquery()
    occ, pid, r_budget, p_budget, r_planned, r_bought, b_planned, b_bought = rows.c
    return (
        select(
            occ,
            pid,
            persons.c.name,
            func.max(r_budget),
            func.sum(r_planned),
            func.sum(r_bought),
            func.max(p_budget),
            func.sum(b_planned),
            func.sum(b_bought),
        )
        .join_from(rows, persons, persons.c.id == pid)
        .group_by(occ, pid, persons.c.name)
    )


def _value(value):  # type: ignore[no-untyped-def]
    if value is None:
        return null()
    if isinstance(value, int):
        return literal(value, Integer)
    return value


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
