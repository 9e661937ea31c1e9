"""The budget engine of SPEC §2: every figure per occasion and per person.

Result types are plain frozen dataclasses, ready for the budget panel, the
printed/PDF/HTML summary and the CSV. ``compute_budget_summary`` fills them
from a fixed number of queries (see its docstring); the benchmark
in ``benchmarks/`` compares it with a raw ``sqlite3`` floor and with the
old per-person pattern.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Final, Literal

from sqlalchemy import (
    ColumnElement,
    Select,
    and_,
    case,
    false,
    func,
    literal_column,
    null,
    select,
    union_all,
)
from sqlalchemy.orm import Session

from giftdesk.data.costs import GIFT_COST_CENTS, GIFT_IS_UNPRICED
from giftdesk.data.fields import BOUGHT_STATUSES, PLANNED_STATUSES
from giftdesk.data.models import gift_people, gifts, occasions, person_occasions, persons

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
    # The version of the person's budgets row as read (0: no row): setting a
    # budget from the panel states it, so a change made meanwhile elsewhere says
    # so. Bookkeeping: two entries with the same figures are equal.
    budget_version: int = field(default=0, compare=False)

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
    # The occasion row's version as read (0: the bucket): setting its budget from
    # the panel states it. Bookkeeping: equal figures are equal entries.
    version: int = field(default=0, compare=False)

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


def compute_budget_summary(
    session: Session, occasion_id: OccasionChoice = ALL, *, people: bool = True
) -> BudgetSummary:
    """Every figure of SPEC §2 from four queries, whatever the size of the data.

    ``occasion_id`` is ``ALL`` (every occasion, the ``(no occasion)`` bucket
    last when some gift has no occasion), one occasion's id, or ``None`` for
    the bucket alone. An id that does not exist, or the bucket when every gift
    has an occasion, gives an empty summary.

    Design (chosen by ``benchmarks/bench_budget.py``): the gifts (ordered by
    id) and their recipient/contributor links (ordered by gift, then person)
    are fetched as plain tuples and merged in one streaming pass, like a merge
    join, so only one gift's links are in memory at a time. The same figures
    computed in SQL with window functions for the split (kept as
    ``benchmarks.budget_alternatives.sql_summary``) came out 1.6× slower at
    100,000 gifts and 2.7× slower at 3,000. On PostgreSQL, ``bench_shared``
    times it against hand-written SQL doing the split with window functions:
    about as fast (1.1× at 100,000 gifts).
    """
    if not people:
        return _occasion_totals(session, occasion_id)
    chosen = _gift_filter(occasion_id)
    events = session.execute(_occasions_query(occasion_id)).all()
    cost = GIFT_COST_CENTS
    unpriced = case((GIFT_IS_UNPRICED, 1), else_=0)
    gift_rows = session.execute(
        select(
            gifts.c.id, gifts.c.occasion_id, gifts.c.status, cost, gifts.c.purchaser_id, unpriced
        )
        .where(*chosen)
        .order_by(gifts.c.id)
    )
    links = select(gift_people.c.gift_id, gift_people.c.person_id, gift_people.c.role).where(
        gift_people.c.role != "purchaser"  # gifts.purchaser_id is the only purchaser
    )
    if chosen:
        links = links.where(gift_people.c.gift_id.in_(select(gifts.c.id).where(*chosen)))
    link_rows = iter(
        session.execute(links.order_by(gift_people.c.gift_id, gift_people.c.person_id))
    )

    totals: dict[int | None, list[int]] = {}  # gifts, ideas, planned, bought, unassigned, unpriced
    figures: dict[tuple[int | None, int], list[int]] = {}  # receiving p/b, buying p/b
    pending = next(link_rows, None)
    for gift_id, occ, status, amount, purchaser, no_price in gift_rows:
        recipients: list[int] = []
        contributors: list[int] = []
        while pending is not None and pending[0] <= gift_id:
            if pending[0] == gift_id:
                (recipients if pending[2] == "recipient" else contributors).append(pending[1])
            pending = next(link_rows, None)
        total = totals.get(occ)
        if total is None:
            total = totals[occ] = [0, 0, 0, 0, 0, 0]
        total[0] += 1
        total[5] += no_price
        planned = status in _PLANNED
        bought = status in _BOUGHT
        if planned:
            total[2] += amount
            if bought:
                total[3] += amount
            if purchaser is None:
                total[4] += amount
        elif status == "idea":
            total[1] += amount
        if recipients:
            _charge(figures, occ, recipients, amount, planned, bought, 0)
        if contributors:
            if purchaser is not None and purchaser not in contributors:
                contributors.append(purchaser)
                contributors.sort()
            _charge(figures, occ, contributors, amount, planned, bought, 2)
        elif purchaser is not None:
            _charge(figures, occ, (purchaser,), amount, planned, bought, 2)

    # Everyone's name with their budgets for the occasion(s) asked for: one
    # statement (a person without budgets comes once, with no occasion).
    names: dict[int, str] = {}
    budgets: dict[tuple[int | None, int], tuple[int | None, int | None]] = {}
    versions: dict[tuple[int | None, int], int] = {}
    for pid, name, occ, r_budget, p_budget, version in session.execute(
        _names_and_budgets(occasion_id)
    ):
        names[pid] = name
        if occ is not None:
            budgets[(occ, pid)] = (r_budget, p_budget)
            versions[(occ, pid)] = version or 0
    for key in budgets:
        if key not in figures:
            figures[key] = [0, 0, 0, 0]

    members_of: dict[int | None, list[PersonBudget]] = {}
    for (occ, pid), (r_planned, r_bought, b_planned, b_bought) in figures.items():
        r_budget, p_budget = budgets.get((occ, pid), _NO_BUDGETS)
        members_of.setdefault(occ, []).append(
            PersonBudget(
                pid,
                names[pid],
                r_budget,
                r_planned,
                r_bought,
                p_budget,
                b_planned,
                b_bought,
                versions.get((occ, pid), 0),
            )
        )

    def entry(occasion: OccasionColumns) -> OccasionBudget:
        members = members_of.get(occasion[0], [])
        members.sort(key=_person_key)
        return _occasion_budget(occasion, totals, tuple(members))

    result = [entry(row) for row in events]
    result.sort(key=_occasion_key)
    if None in totals:  # some chosen gift has no occasion: the bucket, last
        result.append(entry(_NO_OCCASION))
    return BudgetSummary(tuple(result))


def _occasion_totals(session: Session, occasion_id: OccasionChoice) -> BudgetSummary:
    """The occasion figures only (``people=False``): one GROUP BY in the database.

    For views that show one row per occasion (the budget panel's "All
    occasions"): the per-person split is not needed, so nothing is fetched
    per gift; every ``OccasionBudget.people`` is empty.
    """
    planned = gifts.c.status.in_(PLANNED_STATUSES)

    def total(condition: ColumnElement[bool]) -> ColumnElement[int]:
        return func.coalesce(func.sum(case((condition, GIFT_COST_CENTS), else_=0)), 0)

    # The occasions and the gifts' totals by occasion in one statement (one
    # round trip): a row is an occasion's (is_total 0: its name, type, date,
    # budget) or a total's (1: its figures). The occasions come first so the
    # columns keep their types (dates on SQLite).
    figures = (
        func.count(),
        total(gifts.c.status == "idea"),
        total(planned),
        total(gifts.c.status.in_(BOUGHT_STATUSES)),
        total(and_(planned, gifts.c.purchaser_id.is_(None))),
        func.coalesce(func.sum(case((GIFT_IS_UNPRICED, 1), else_=0)), 0),
    )
    no_figures = [null()] * len(figures)
    no_occasion = [null()] * 5
    statement = union_all(
        _occasions_query(occasion_id).add_columns(literal_column("0"), *no_figures),
        select(gifts.c.occasion_id, *no_occasion, literal_column("1"), *figures)
        .where(*_gift_filter(occasion_id))
        .group_by(gifts.c.occasion_id),
    )
    totals = {}
    events = []
    for occ_id, name, type_, date, budget, version, is_total, *values in session.execute(statement):
        if is_total:
            totals[occ_id] = tuple(int(v) for v in values)
        else:
            events.append((occ_id, name, type_, date, budget, version))

    result = [_occasion_budget(row, totals) for row in events]
    result.sort(key=_occasion_key)
    if None in totals:
        result.append(_occasion_budget(_NO_OCCASION, totals))
    return BudgetSummary(tuple(result))


def _occasion_budget(
    occasion: OccasionColumns,
    totals: Mapping[int | None, Sequence[int]],
    people: tuple[PersonBudget, ...] = (),
) -> OccasionBudget:
    """One occasion's row of the summary from its columns and its gift totals."""
    occasion_id, name, type_, date, budget, version = occasion
    count, ideas, planned, bought, unassigned, unpriced = totals.get(occasion_id, _NO_TOTALS)
    return OccasionBudget(
        occasion_id=occasion_id,
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
        people=people,
        version=version or 0,
    )


_PLANNED = frozenset(PLANNED_STATUSES)
_BOUGHT = frozenset(BOUGHT_STATUSES)
_NO_TOTALS = (0, 0, 0, 0, 0, 0)
# An occasion as the summary reads it: id, name, type, date, budget.
OccasionColumns = tuple[int | None, str, str | None, dt.date | None, int | None, int | None]
_NO_OCCASION: OccasionColumns = (None, NO_OCCASION_NAME, None, None, None, None)
# A person with one budget of theirs: person id, name, occasion id, recipient and purchaser budget.
NameAndBudgets = tuple[int, str, int | None, int | None, int | None, int | None]
_NO_BUDGETS = (None, None)


def _charge(
    figures: dict[tuple[int | None, int], list[int]],
    occ: int | None,
    people: Sequence[int],
    amount: int,
    planned: bool,
    bought: bool,
    at: int,
) -> None:
    """Add each person's share of ``amount`` (``people`` in ascending id order).

    Every share is amount // n; the first amount % n people get a cent more.
    Non-planned gifts (ideas) still give each person a row, with nothing added.
    """
    if len(people) == 1:  # most gifts: no split
        key = (occ, people[0])
        row = figures.get(key)
        if row is None:
            row = figures[key] = [0, 0, 0, 0]
        if planned:
            row[at] += amount
            if bought:
                row[at + 1] += amount
        return
    base, extra = divmod(amount, len(people))
    for position, person_id in enumerate(people):
        row = figures.get((occ, person_id))
        if row is None:
            row = figures[(occ, person_id)] = [0, 0, 0, 0]
        if planned:
            share = base + 1 if position < extra else base
            row[at] += share
            if bought:
                row[at + 1] += share


def _person_key(person: PersonBudget) -> tuple[str, int]:
    return (person.name.casefold(), person.person_id)


def _occasion_key(occasion: OccasionBudget) -> tuple[bool, dt.date, str, int]:
    date = occasion.date if occasion.date is not None else dt.date.max
    return (occasion.date is None, date, occasion.name.casefold(), occasion.occasion_id or 0)


def _gift_filter(occasion_id: OccasionChoice) -> tuple[ColumnElement[bool], ...]:
    """WHERE conditions on ``gifts`` selecting the occasion(s) asked for."""
    if occasion_id is ALL:
        return ()
    if occasion_id is None:
        return (gifts.c.occasion_id.is_(None),)
    return (gifts.c.occasion_id == occasion_id,)


def _names_and_budgets(occasion_id: OccasionChoice) -> Select[*NameAndBudgets]:
    """(person id, name, occasion id, recipient budget, purchaser budget, version) for
    everyone: a row per budget of theirs for the occasion(s) asked for, or one with no
    occasion."""
    joined = person_occasions.c.person_id == persons.c.id
    if occasion_id is None:  # the bucket: nobody has a budget for "no occasion"
        joined = and_(joined, false())
    elif occasion_id is not ALL:
        joined = and_(joined, person_occasions.c.occasion_id == occasion_id)
    return select(
        persons.c.id,
        persons.c.name,
        person_occasions.c.occasion_id,
        person_occasions.c.recipient_budget_cents,
        person_occasions.c.purchaser_budget_cents,
        person_occasions.c.version,
    ).select_from(persons.outerjoin(person_occasions, joined))


def _occasions_query(occasion_id: OccasionChoice) -> Select[*OccasionColumns]:
    query = select(
        occasions.c.id,
        occasions.c.name,
        occasions.c.type,
        occasions.c.date,
        occasions.c.budget_cents,
        occasions.c.version,
    )
    if occasion_id is None:
        return query.where(false())
    if occasion_id is not ALL:
        query = query.where(occasions.c.id == occasion_id)
    return query
