"""Random families: the engine and the CSV against a plain reading of SPEC §2/§3.

The reference below is written straight from the SPEC's sentences, gift by
gift and person by person, sharing no code with ``giftdesk.data.budget``
or ``giftdesk.data.budget_csv`` (not even money formatting).
"""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, event, insert

from giftdesk.data.budget import (
    ALL,
    BudgetSummary,
    OccasionBudget,
    PersonBudget,
    compute_budget_summary,
)
from giftdesk.data.budget_csv import write_budget_csv
from giftdesk.data.budgets import set_budget
from giftdesk.data.database import Database
from giftdesk.data.gifts import create_gift
from giftdesk.data.models import gift_people, gifts, occasions, person_occasions, persons
from giftdesk.data.occasions import create_occasion
from giftdesk.data.people import create_person
from giftdesk.data.records import BudgetRecord, GiftRecord, OccasionRecord, PersonRecord

STATUSES = ["idea", "selected", "purchased", "received"]
PLANNED = {"selected", "purchased", "received"}
BOUGHT = {"purchased", "received"}
PERSON_NAMES = ["Anna", "anna", "Bob", "Émile", "zoë", "Zoe", "Straße", "STRASSE"]
OCCASION_NAMES = ["Christmas", "christmas", "Birthday", "Ärger", "(no occasion)"]
DATES = [None, dt.date(2026, 12, 24), dt.date(2026, 5, 1)]
MONEY = st.one_of(st.none(), st.integers(0, 5000), st.integers(0, 999_999_999))


@dataclass
class GiftSpec:
    occasion: int | None  # index into the occasions
    status: str
    price: int | None
    sale: int | None
    quantity: int
    recipients: list[int]  # indexes into the people
    purchaser: int | None
    contributors: list[int]
    purchaser_also_contributes: bool  # a row giftdesk refuses, another tool may write
    stray_purchasers: list[int]  # role 'purchaser' rows, to be ignored
    # Filled in once written:
    recipient_ids: set[int] = field(default_factory=set)
    payer_ids: set[int] = field(default_factory=set)
    occasion_id: int | None = None


@st.composite
def families(draw, max_gifts: int = 14):  # type: ignore[no-untyped-def]
    people = draw(st.lists(st.sampled_from(PERSON_NAMES), min_size=1, max_size=7))
    events = draw(
        st.lists(
            st.tuples(st.sampled_from(OCCASION_NAMES), st.sampled_from(DATES), MONEY),
            max_size=4,
        )
    )
    index = st.integers(0, len(people) - 1)
    presents = []
    for _ in range(draw(st.integers(0, max_gifts))):
        purchaser = draw(st.one_of(st.none(), index))
        contributors = draw(st.lists(index, unique=True, max_size=3))
        contributors = [c for c in contributors if c != purchaser]
        presents.append(
            GiftSpec(
                occasion=draw(st.one_of(st.none(), st.integers(0, len(events) - 1)))
                if events
                else None,
                status=draw(st.sampled_from(STATUSES)),
                price=draw(MONEY),
                sale=draw(st.one_of(st.none(), st.integers(0, 3000))),
                quantity=draw(st.one_of(st.integers(1, 4), st.just(9999))),
                recipients=draw(st.lists(index, unique=True, max_size=4)),
                purchaser=purchaser,
                contributors=contributors,
                purchaser_also_contributes=purchaser is not None and draw(st.booleans()),
                stray_purchasers=draw(st.lists(index, unique=True, max_size=2)),
            )
        )
    budgets = {}
    if events:
        for p, o, recipient, purchaser in draw(
            st.lists(
                st.tuples(index, st.integers(0, len(events) - 1), MONEY, MONEY),
                max_size=6,
            )
        ):
            if recipient is not None or purchaser is not None:
                budgets[(p, o)] = (recipient, purchaser)
    return people, events, presents, budgets


def write_family(db: Database, family):  # type: ignore[no-untyped-def]
    """Write through the data layer; return ids and the gifts as written."""
    people, events, presents, budgets = family
    with db.transaction() as s:
        for table in (gift_people, person_occasions, gifts, occasions, persons):
            s.execute(delete(table))
        person_ids = [create_person(s, PersonRecord(None, name)) for name in people]
        occasion_ids = [
            create_occasion(s, OccasionRecord(None, name, "other", date, budget))
            for name, date, budget in events
        ]
        for spec in presents:
            spec.occasion_id = None if spec.occasion is None else occasion_ids[spec.occasion]
            purchaser = None if spec.purchaser is None else person_ids[spec.purchaser]
            gift_id = create_gift(
                s,
                GiftRecord(
                    None,
                    "Gift",
                    occasion_id=spec.occasion_id,
                    status=spec.status,
                    price_cents=spec.price,
                    sale_price_cents=spec.sale,
                    quantity=spec.quantity,
                    purchaser_id=purchaser,
                    recipient_ids=tuple(person_ids[i] for i in spec.recipients),
                    contributor_ids=tuple(person_ids[i] for i in spec.contributors),
                ),
            )
            extra = [
                {"gift_id": gift_id, "person_id": person_ids[i], "role": "purchaser"}
                for i in spec.stray_purchasers
            ]
            if spec.purchaser_also_contributes:
                extra.append({"gift_id": gift_id, "person_id": purchaser, "role": "contributor"})
            if extra:
                s.execute(insert(gift_people), extra)
            spec.recipient_ids = {person_ids[i] for i in spec.recipients}
            spec.payer_ids = {person_ids[i] for i in spec.contributors}
            if purchaser is not None:
                spec.payer_ids.add(purchaser)
        for (p, o), (recipient, purchaser) in budgets.items():
            set_budget(s, BudgetRecord(person_ids[p], occasion_ids[o], recipient, purchaser))
    names = dict(zip(person_ids, people, strict=True))
    occasion_info = dict(zip(occasion_ids, events, strict=True))
    budget_info = {(person_ids[p], occasion_ids[o]): amounts for (p, o), amounts in budgets.items()}
    return names, occasion_info, presents, budget_info


# -- the reference ----------------------------------------------------------------


def cost_of(spec: GiftSpec) -> int:
    if spec.sale is not None:
        unit = spec.sale
    elif spec.price is not None:
        unit = spec.price
    else:
        unit = 0
    return unit * spec.quantity


def split(cost: int, people: set[int]) -> dict[int, int]:
    """Equal whole-cent shares; the lowest ids take the cents left over."""
    ordered = sorted(people)
    shares = {}
    left_over = cost - (cost // len(ordered)) * len(ordered)
    for position, person_id in enumerate(ordered):
        shares[person_id] = cost // len(ordered) + (1 if position < left_over else 0)
    return shares


def reference_summary(names, occasion_info, presents, budget_info) -> BudgetSummary:  # type: ignore[no-untyped-def]
    def entry(occasion_id, name, kind, date, budget) -> OccasionBudget:  # type: ignore[no-untyped-def]
        mine = [g for g in presents if g.occasion_id == occasion_id]
        figures: dict[int, list[int]] = {}  # person -> [rp, rb, bp, bb]
        for person_id, occ in budget_info:
            if occ == occasion_id:
                figures.setdefault(person_id, [0, 0, 0, 0])
        for g in mine:
            for person_id in g.recipient_ids | g.payer_ids:
                figures.setdefault(person_id, [0, 0, 0, 0])
            if g.status not in PLANNED:
                continue
            for offset, group in ((0, g.recipient_ids), (2, g.payer_ids)):
                if not group:
                    continue
                for person_id, share in split(cost_of(g), group).items():
                    figures[person_id][offset] += share
                    if g.status in BOUGHT:
                        figures[person_id][offset + 1] += share
        members = []
        for person_id, (rp, rb, bp, bb) in figures.items():
            recipient_budget, purchaser_budget = budget_info.get(
                (person_id, occasion_id), (None, None)
            )
            members.append(
                PersonBudget(
                    person_id, names[person_id], recipient_budget, rp, rb, purchaser_budget, bp, bb
                )
            )
        members.sort(key=lambda p: (p.name.casefold(), p.person_id))
        return OccasionBudget(
            occasion_id=occasion_id,
            name=name,
            type=kind,
            date=date,
            budget_cents=budget,
            gifts=len(mine),
            ideas_total_cents=sum(cost_of(g) for g in mine if g.status == "idea"),
            planned_total_cents=sum(cost_of(g) for g in mine if g.status in PLANNED),
            bought_total_cents=sum(cost_of(g) for g in mine if g.status in BOUGHT),
            unassigned_total_cents=sum(
                cost_of(g) for g in mine if g.status in PLANNED and g.purchaser is None
            ),
            unpriced=sum(1 for g in mine if g.price is None and g.sale is None),
            people=tuple(members),
        )

    dated = sorted(
        (date, name.casefold(), occasion_id)
        for occasion_id, (name, date, _) in occasion_info.items()
        if date is not None
    )
    undated = sorted(
        (name.casefold(), occasion_id)
        for occasion_id, (name, date, _) in occasion_info.items()
        if date is None
    )
    order = [key[-1] for key in dated] + [key[-1] for key in undated]
    result = [
        entry(occasion_id, occasion_info[occasion_id][0], "other", *occasion_info[occasion_id][1:])
        for occasion_id in order
    ]
    if any(g.occasion_id is None for g in presents):
        result.append(entry(None, "(no occasion)", None, None, None))
    return BudgetSummary(tuple(result))


def plain_money(cents: int | None) -> str:
    if cents is None:
        return ""
    return str((Decimal(cents) / 100).quantize(Decimal("0.01")))


def reference_csv(summary: BudgetSummary) -> list[list[str]]:
    rows = [
        [
            "occasion",
            "person",
            "budget",
            "gifts",
            "ideas_total",
            "planned_total",
            "bought_total",
            "remaining",
            "unassigned_total",
            "unpriced",
            "recipient_budget",
            "receiving_planned",
            "receiving_bought",
            "purchaser_budget",
            "buying_planned",
            "buying_bought",
        ]
    ]
    for o in summary.occasions:
        remaining = None if o.budget_cents is None else o.budget_cents - o.planned_total_cents
        rows.append(
            [o.name, ""]
            + [plain_money(o.budget_cents), str(o.gifts)]
            + [plain_money(c) for c in (o.ideas_total_cents, o.planned_total_cents)]
            + [plain_money(o.bought_total_cents), plain_money(remaining)]
            + [plain_money(o.unassigned_total_cents), str(o.unpriced)]
            + [""] * 6
        )
        for p in o.people:
            rows.append(
                [o.name, p.name]
                + [""] * 8
                + [
                    plain_money(p.recipient_budget_cents),
                    plain_money(p.receiving_planned_cents),
                    plain_money(p.receiving_bought_cents),
                    plain_money(p.purchaser_budget_cents),
                    plain_money(p.buying_planned_cents),
                    plain_money(p.buying_bought_cents),
                ]
            )
    return rows


# -- the properties -----------------------------------------------------------------


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(family=families())
def test_summary_and_csv_match_the_reference(db: Database, tmp_path: Path, family) -> None:  # type: ignore[no-untyped-def]
    names, occasion_info, presents, budget_info = write_family(db, family)
    expected = reference_summary(names, occasion_info, presents, budget_info)

    with db.reading() as session:
        got = compute_budget_summary(session, ALL)
        assert got == expected
        totals_only = compute_budget_summary(session, ALL, people=False)
        assert totals_only.occasions == tuple(
            dataclasses.replace(o, people=()) for o in expected.occasions
        )
        for occasion_id in [*occasion_info, None]:
            alone = compute_budget_summary(session, occasion_id)
            assert alone.occasions == tuple(
                o for o in expected.occasions if o.occasion_id == occasion_id
            )

    target = tmp_path / "budget.csv"
    write_budget_csv(db, target, None)
    with open(target, encoding="utf-8", newline="") as handle:
        assert list(csv.reader(handle)) == reference_csv(expected)


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(family=families())
def test_person_figures_add_up_to_the_gifts_they_share(db: Database, family) -> None:  # type: ignore[no-untyped-def]
    _, _, presents, _ = write_family(db, family)
    with db.reading() as session:
        summary = compute_budget_summary(session)
    for entry in summary.occasions:
        mine = [g for g in presents if g.occasion_id == entry.occasion_id]
        for planned_or_bought, statuses in (("planned", PLANNED), ("bought", BOUGHT)):
            received = sum(cost_of(g) for g in mine if g.status in statuses and g.recipient_ids)
            paid = sum(cost_of(g) for g in mine if g.status in statuses and g.payer_ids)
            people = entry.people
            assert received == sum(
                getattr(p, f"receiving_{planned_or_bought}_cents") for p in people
            )
            assert paid == sum(getattr(p, f"buying_{planned_or_bought}_cents") for p in people)
        # Every planned gift without a purchaser is unassigned, and only those.
        assert entry.unassigned_total_cents <= entry.planned_total_cents
        assert entry.bought_total_cents <= entry.planned_total_cents


def count_statements(db: Database, occasion_id) -> int:  # type: ignore[no-untyped-def]
    statements: list[str] = []

    def record(_conn, _cursor, statement, *_args) -> None:  # type: ignore[no-untyped-def]
        statements.append(statement)

    event.listen(db.engine, "before_cursor_execute", record)
    try:
        with db.reading() as session:
            compute_budget_summary(session, occasion_id)
    finally:
        event.remove(db.engine, "before_cursor_execute", record)
    return len(statements)


def test_the_number_of_queries_does_not_grow_with_the_data(db: Database) -> None:
    small = (["Anna"], [("Christmas", None, 100)], [], {})
    spec = GiftSpec(0, "selected", 100, None, 1, [0], 0, [], False, [])
    small[2].append(spec)
    write_family(db, small)
    counts_small = [count_statements(db, choice) for choice in (ALL, 1, None)]

    people = [f"P{i}" for i in range(60)]
    events = [(f"O{i}", DATES[i % 3], 1000 * i) for i in range(8)]
    presents = [
        GiftSpec(
            i % 8 if i % 5 else None,
            STATUSES[i % 4],
            100 + i,
            None,
            1 + i % 3,
            [i % 60, (i * 7) % 60] if i % 60 != (i * 7) % 60 else [i % 60],
            (i * 3) % 60 if i % 4 else None,
            [(i * 11) % 60] if (i * 11) % 60 != (i * 3) % 60 else [],
            False,
            [],
        )
        for i in range(400)
    ]
    budgets = {(p, o): (500, 700) for p in range(0, 60, 3) for o in range(8)}
    write_family(db, (people, events, presents, budgets))
    counts_large = [count_statements(db, choice) for choice in (ALL, 1, None)]

    assert counts_small == counts_large
    assert max(counts_large) <= 6  # BEGIN and at most five queries
