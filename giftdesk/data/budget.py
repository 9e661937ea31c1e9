"""The budget engine of SPEC §2: every figure per occasion and per person.

Result types are plain frozen dataclasses, ready for the budget panel, the
printed/PDF/HTML summary and the CSV. ``compute_budget_summary`` fills them
from a fixed number of set-based queries (see its docstring); the benchmark
in ``benchmarks/`` compares it with a raw ``sqlite3`` floor and with the
old per-person pattern.
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass
from typing import Final, Literal

from sqlalchemy import (
    Integer,
    Select,
    and_,
    case,
    false,
    func,
    literal,
    null,
    select,
    union,
    union_all,
)
from sqlalchemy.orm import Session

from giftdesk.data.models import (
    BOUGHT_STATUSES,
    PLANNED_STATUSES,
    gift_people,
    gifts,
    occasions,
    person_occasions,
    persons,
)

NO_OCCASION_NAME = "(no occasion)"


@dataclass(frozen=True)
class PersonBudget:
    """One person's figures within one occasion (SPEC §2, per person)."""

    person_id: int
    name: str
    recipient_budget_cents: int | None
    receiving_planned_cents: int
    receiving_bought_cents: int
    purchaser_budget_cents: int | None
    buying_planned_cents: int
    buying_bought_cents: int

    @property
    def over_recipient_budget(self) -> bool:
        return (
            self.recipient_budget_cents is not None
            and self.receiving_planned_cents > self.recipient_budget_cents
        )

    @property
    def over_purchaser_budget(self) -> bool:
        return (
            self.purchaser_budget_cents is not None
            and self.buying_planned_cents > self.purchaser_budget_cents
        )

    @property
    def over_budget(self) -> bool:
        return self.over_recipient_budget or self.over_purchaser_budget


@dataclass(frozen=True)
class OccasionBudget:
    """One occasion's totals (or the ``(no occasion)`` bucket, occasion_id None)."""

    occasion_id: int | None
    name: str
    type: str | None
    date: dt.date | None
    budget_cents: int | None
    gifts: int
    ideas_total_cents: int
    planned_total_cents: int
    bought_total_cents: int
    unassigned_total_cents: int
    unpriced: int
    people: tuple[PersonBudget, ...]  # by name (case-insensitive), then id

    @property
    def remaining_cents(self) -> int | None:
        if self.budget_cents is None:
            return None
        return self.budget_cents - self.planned_total_cents

    @property
    def over_budget(self) -> bool:
        return self.budget_cents is not None and self.planned_total_cents > self.budget_cents

    @property
    def is_bucket(self) -> bool:
        return self.occasion_id is None


@dataclass(frozen=True)
class BudgetSummary:
    """All occasions in SPEC §3 order: by date, then name; the bucket last."""

    occasions: tuple[OccasionBudget, ...]

    def occasion(self, occasion_id: int | None) -> OccasionBudget | None:
        for item in self.occasions:
            if item.occasion_id == occasion_id:
                return item
        return None


# -- computation ----------------------------------------------------------------


class _AllOccasions(enum.Enum):
    ALL = "all"

    def __repr__(self) -> str:
        return "ALL"


ALL: Final = _AllOccasions.ALL
"""``compute_budget_summary(session, ALL)``: every occasion (and the bucket)."""

OccasionChoice = int | None | Literal[_AllOccasions.ALL]


def compute_budget_summary(session: Session, occasion_id: OccasionChoice = ALL) -> BudgetSummary:
    """Every figure of SPEC §2 from three queries, whatever the size of the data.

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

    def entry(occ_id, name, type_, date, budget) -> OccasionBudget:  # type: ignore[no-untyped-def]
        count, ideas, planned, bought, unassigned, unpriced = totals.get(occ_id, _NO_TOTALS)
        members = people.get(occ_id, [])
        members.sort(key=_person_key)
        return OccasionBudget(
            occasion_id=occ_id,
            name=name,
            type=type_,
            date=date,
            budget_cents=budget,
            gifts=count,
            ideas_total_cents=ideas,
            planned_total_cents=planned,
            bought_total_cents=bought,
            unassigned_total_cents=unassigned,
            unpriced=unpriced,
            people=tuple(members),
        )

    result = [entry(*row) for row in occasion_rows]
    result.sort(key=_occasion_key)
    if occasion_id is not ALL and occasion_id is not None:
        return BudgetSummary(tuple(result))
    if None in totals:
        result.append(entry(None, NO_OCCASION_NAME, None, None, None))
    return BudgetSummary(tuple(result))


_NO_TOTALS = (0, 0, 0, 0, 0, 0)


def _person_key(person: PersonBudget) -> tuple[str, int]:
    return (person.name.casefold(), person.person_id)


def _occasion_key(occasion: OccasionBudget) -> tuple[bool, dt.date, str, int]:
    date = occasion.date if occasion.date is not None else dt.date.max
    return (occasion.date is None, date, occasion.name.casefold(), occasion.occasion_id or 0)


def _cost():  # type: ignore[no-untyped-def]
    """unit × quantity, where unit = sale price, else price, else 0 (SPEC §2)."""
    return func.coalesce(gifts.c.sale_price_cents, gifts.c.price_cents, 0) * gifts.c.quantity


def _gift_filter(occasion_id: OccasionChoice) -> tuple:  # type: ignore[type-arg]
    """WHERE conditions on ``gifts`` selecting the occasion(s) asked for."""
    if occasion_id is ALL:
        return ()
    if occasion_id is None:
        return (gifts.c.occasion_id.is_(None),)
    return (gifts.c.occasion_id == occasion_id,)


def _occasions_query(occasion_id: OccasionChoice) -> Select:  # type: ignore[type-arg]
    query = select(
        occasions.c.id,
        occasions.c.name,
        occasions.c.type,
        occasions.c.date,
        occasions.c.budget_cents,
    )
    if occasion_id is None:
        return query.where(false())
    if occasion_id is not ALL:
        query = query.where(occasions.c.id == occasion_id)
    return query


def _totals_query(occasion_id: OccasionChoice) -> Select:  # type: ignore[type-arg]
    cost = _cost()
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
            _cost().label("cost"),
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
