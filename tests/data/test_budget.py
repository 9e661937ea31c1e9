"""compute_budget_summary against figures worked out by hand (SPEC §2)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import insert

from giftdesk.data.budget import (
    ALL,
    NO_OCCASION_NAME,
    BudgetSummary,
    OccasionBudget,
    PersonBudget,
    compute_budget_summary,
)
from giftdesk.data.budgets import set_budget
from giftdesk.data.database import Database
from giftdesk.data.gifts import create_gift
from giftdesk.data.models import gift_people
from giftdesk.data.occasions import create_occasion
from giftdesk.data.people import create_person, delete_person
from giftdesk.data.records import BudgetRecord, GiftRecord, OccasionRecord, PersonRecord


def person(session, name: str) -> int:  # type: ignore[no-untyped-def]
    return create_person(session, PersonRecord(None, name))


def occasion(session, name: str, date=None, budget=None) -> int:  # type: ignore[no-untyped-def]
    return create_occasion(
        session, OccasionRecord(None, name, "holiday", date=date, budget_cents=budget)
    )


def gift(session, occasion_id, **fields) -> int:  # type: ignore[no-untyped-def]
    fields.setdefault("status", "selected")
    return create_gift(session, GiftRecord(None, "Gift", occasion_id=occasion_id, **fields))


def summary(db: Database, occasion_id=ALL) -> BudgetSummary:  # type: ignore[no-untyped-def]
    with db.reading() as session:
        return compute_budget_summary(session, occasion_id)


def people_of(entry: OccasionBudget) -> dict[int, PersonBudget]:
    return {p.person_id: p for p in entry.people}


def test_empty_file_has_no_occasions(db: Database) -> None:
    assert summary(db) == BudgetSummary(())


def test_odd_cents_go_to_the_lowest_person_ids(db: Database) -> None:
    with db.transaction() as s:
        # Names sort the other way round from ids: the split follows ids.
        c, b, a = person(s, "Carla"), person(s, "Bert"), person(s, "Anna")
        xmas = occasion(s, "Christmas")
        gift(s, xmas, price_cents=1000, recipient_ids=(a, b, c))
    entry = summary(db).occasion(xmas)
    assert entry is not None
    shares = {p.person_id: p.receiving_planned_cents for p in entry.people}
    assert shares == {c: 334, b: 333, a: 333}
    assert [p.name for p in entry.people] == ["Anna", "Bert", "Carla"]
    assert entry.planned_total_cents == 1000


def test_two_cents_left_over_go_to_the_two_lowest_ids(db: Database) -> None:
    with db.transaction() as s:
        ids = [person(s, f"P{i}") for i in range(4)]
        xmas = occasion(s, "Christmas")
        gift(s, xmas, price_cents=1002, recipient_ids=tuple(ids), status="purchased")
    entry = summary(db).occasion(xmas)
    assert entry is not None
    got = [(p.receiving_planned_cents, p.receiving_bought_cents) for p in entry.people]
    assert got == [(251, 251), (251, 251), (250, 250), (250, 250)]


def test_sale_price_wins_and_quantity_multiplies(db: Database) -> None:
    with db.transaction() as s:
        p = person(s, "Pat")
        xmas = occasion(s, "Christmas")
        gift(s, xmas, price_cents=2000, sale_price_cents=1550, quantity=3, recipient_ids=(p,))
        gift(s, xmas, price_cents=1299, quantity=2, recipient_ids=(p,))
        gift(s, xmas, price_cents=5000, sale_price_cents=0, recipient_ids=(p,))
    entry = summary(db).occasion(xmas)
    assert entry is not None
    assert entry.planned_total_cents == 4650 + 2598 + 0
    assert entry.unpriced == 0  # a sale price of 0.00 is a price
    assert people_of(entry)[p].receiving_planned_cents == 7248


def test_ideas_count_in_ideas_total_only(db: Database) -> None:
    with db.transaction() as s:
        p, q = person(s, "Pat"), person(s, "Quinn")
        xmas = occasion(s, "Christmas", budget=10000)
        gift(s, xmas, status="idea", price_cents=4000, recipient_ids=(p,), purchaser_id=q)
        gift(s, xmas, status="selected", price_cents=1000, recipient_ids=(p,))
        gift(s, xmas, status="purchased", price_cents=700, recipient_ids=(p,))
        gift(s, xmas, status="received", price_cents=300, recipient_ids=(p,))
    entry = summary(db).occasion(xmas)
    assert entry is not None
    assert (entry.gifts, entry.ideas_total_cents) == (4, 4000)
    assert (entry.planned_total_cents, entry.bought_total_cents) == (2000, 1000)
    assert entry.remaining_cents == 8000
    assert entry.unassigned_total_cents == 2000  # the idea's purchaser does not matter
    figures = people_of(entry)
    assert (figures[p].receiving_planned_cents, figures[p].receiving_bought_cents) == (2000, 1000)
    # Quinn only buys an idea: a row, with nothing planned.
    assert (figures[q].buying_planned_cents, figures[q].buying_bought_cents) == (0, 0)


def test_unpriced_gifts_are_counted_and_cost_nothing(db: Database) -> None:
    with db.transaction() as s:
        p = person(s, "Pat")
        xmas = occasion(s, "Christmas")
        gift(s, xmas, recipient_ids=(p,), quantity=5)
        gift(s, xmas, status="idea", recipient_ids=(p,))
        gift(s, xmas, price_cents=250, recipient_ids=(p,))
    entry = summary(db).occasion(xmas)
    assert entry is not None
    assert (entry.gifts, entry.unpriced, entry.planned_total_cents) == (3, 2, 250)


def test_purchaser_and_contributors_share_the_cost(db: Database) -> None:
    with db.transaction() as s:
        contributor_1, contributor_2, buyer = person(s, "C1"), person(s, "C2"), person(s, "B")
        kid = person(s, "Kid")
        xmas = occasion(s, "Christmas")
        gift(
            s,
            xmas,
            status="purchased",
            price_cents=1000,
            recipient_ids=(kid,),
            purchaser_id=buyer,
            contributor_ids=(contributor_1, contributor_2),
        )
        gift(s, xmas, status="selected", price_cents=500, purchaser_id=contributor_2)
    entry = summary(db).occasion(xmas)
    assert entry is not None
    figures = people_of(entry)
    assert figures[contributor_1].buying_planned_cents == 334
    assert figures[contributor_2].buying_planned_cents == 333 + 500
    assert figures[contributor_2].buying_bought_cents == 333
    assert figures[buyer].buying_planned_cents == 333
    assert figures[kid].receiving_bought_cents == 1000
    assert figures[kid].buying_planned_cents == 0
    assert entry.unassigned_total_cents == 0


def test_a_purchaser_who_also_contributes_pays_once(db: Database) -> None:
    """giftdesk refuses this, but another tool may have written it."""
    with db.transaction() as s:
        buyer, other = person(s, "Buyer"), person(s, "Other")
        xmas = occasion(s, "Christmas")
        gift_id = gift(s, xmas, price_cents=901, purchaser_id=buyer, contributor_ids=(other,))
        s.execute(insert(gift_people).values(gift_id=gift_id, person_id=buyer, role="contributor"))
    entry = summary(db).occasion(xmas)
    assert entry is not None
    figures = people_of(entry)
    assert figures[buyer].buying_planned_cents == 451
    assert figures[other].buying_planned_cents == 450


def test_stray_purchaser_rows_in_gift_people_are_ignored(db: Database) -> None:
    with db.transaction() as s:
        buyer, stranger, kid = person(s, "Buyer"), person(s, "Stranger"), person(s, "Kid")
        xmas = occasion(s, "Christmas")
        gift_id = gift(s, xmas, price_cents=1000, purchaser_id=buyer, recipient_ids=(kid,))
        unassigned = gift(s, xmas, price_cents=300, recipient_ids=(kid,))
        s.execute(
            insert(gift_people),
            [
                {"gift_id": gift_id, "person_id": stranger, "role": "purchaser"},
                {"gift_id": gift_id, "person_id": buyer, "role": "purchaser"},
                {"gift_id": unassigned, "person_id": stranger, "role": "purchaser"},
            ],
        )
    entry = summary(db).occasion(xmas)
    assert entry is not None
    figures = people_of(entry)
    assert stranger not in figures
    assert figures[buyer].buying_planned_cents == 1000
    assert entry.unassigned_total_cents == 300


def test_gifts_without_occasion_fill_the_bucket_last(db: Database) -> None:
    with db.transaction() as s:
        p, q = person(s, "Pat"), person(s, "Quinn")
        early = occasion(s, "Zeta party", date=dt.date(2026, 1, 5))
        undated = occasion(s, "Someday")
        late = occasion(s, "Alpha party", date=dt.date(2026, 12, 24))
        also_undated = occasion(s, "another day")
        gift(s, None, price_cents=1234, recipient_ids=(p,), purchaser_id=q, status="received")
        gift(s, None, status="idea", price_cents=100)
    result = summary(db)
    assert [o.occasion_id for o in result.occasions] == [early, late, also_undated, undated, None]
    assert [o.gifts for o in result.occasions] == [0, 0, 0, 0, 2]
    bucket = result.occasions[-1]
    assert bucket.is_bucket and bucket.name == NO_OCCASION_NAME
    assert bucket.budget_cents is None and bucket.remaining_cents is None
    assert (bucket.planned_total_cents, bucket.bought_total_cents, bucket.ideas_total_cents) == (
        1234,
        1234,
        100,
    )
    figures = people_of(bucket)
    assert figures[p].receiving_bought_cents == 1234
    assert figures[q].buying_bought_cents == 1234
    assert figures[p].recipient_budget_cents is None

    only_bucket = summary(db, None)
    assert only_bucket.occasions == (bucket,)


def test_no_bucket_when_every_gift_has_an_occasion(db: Database) -> None:
    with db.transaction() as s:
        xmas = occasion(s, "Christmas")
        gift(s, xmas, price_cents=100)
    result = summary(db)
    assert [o.occasion_id for o in result.occasions] == [xmas]
    assert summary(db, None) == BudgetSummary(())


def test_people_with_a_budget_but_no_gifts_have_a_row(db: Database) -> None:
    with db.transaction() as s:
        p, nobody = person(s, "Pat"), person(s, "Nobody")
        xmas = occasion(s, "Christmas")
        set_budget(s, BudgetRecord(p, xmas, recipient_budget_cents=5000))
        set_budget(s, BudgetRecord(p, occasion(s, "Easter"), purchaser_budget_cents=100))
    entry = summary(db).occasion(xmas)
    assert entry is not None
    assert entry.people == (PersonBudget(p, "Pat", 5000, 0, 0, None, 0, 0),)
    assert nobody not in people_of(entry)
    assert not entry.people[0].over_budget


def test_over_budget_flags_and_negative_remaining(db: Database) -> None:
    with db.transaction() as s:
        p, q, r = person(s, "Pat"), person(s, "Quinn"), person(s, "Robin")
        xmas = occasion(s, "Christmas", budget=1500)
        set_budget(s, BudgetRecord(p, xmas, recipient_budget_cents=1000))
        set_budget(s, BudgetRecord(q, xmas, purchaser_budget_cents=1999))
        set_budget(s, BudgetRecord(r, xmas, recipient_budget_cents=0, purchaser_budget_cents=0))
        gift(s, xmas, price_cents=1000, recipient_ids=(p,), purchaser_id=q)
        gift(s, xmas, price_cents=1000, status="idea", recipient_ids=(p,), purchaser_id=q)
        gift(s, xmas, price_cents=1000, recipient_ids=(r,), purchaser_id=q)
    entry = summary(db).occasion(xmas)
    assert entry is not None
    assert entry.remaining_cents == -500 and entry.over_budget
    figures = people_of(entry)
    assert not figures[p].over_recipient_budget  # exactly at the budget is not over
    assert figures[q].over_purchaser_budget and figures[q].over_budget
    assert figures[r].over_recipient_budget and not figures[r].over_purchaser_budget


def test_one_occasion_alone_matches_its_entry_in_the_whole(demo_db: Database) -> None:
    whole = summary(demo_db)
    for entry in whole.occasions:
        assert summary(demo_db, entry.occasion_id).occasions == (entry,)
    assert summary(demo_db, 999_999) == BudgetSummary(())


def test_people_sort_by_casefolded_name_then_id(db: Database) -> None:
    with db.transaction() as s:
        names = ["émile", "Zoë", "anna", "STRASSE", "straße", "Anna", "bob"]
        ids = {name: person(s, name) for name in names}
        xmas = occasion(s, "Christmas")
        gift(s, xmas, price_cents=700, recipient_ids=tuple(ids.values()))
    entry = summary(db).occasion(xmas)
    assert entry is not None
    assert [p.name for p in entry.people] == [
        "anna",
        "Anna",
        "bob",
        "STRASSE",
        "straße",
        "Zoë",
        "émile",
    ]


def test_deleted_person_leaves_an_unassigned_gift(db: Database) -> None:
    with db.transaction() as s:
        buyer, kid = person(s, "Buyer"), person(s, "Kid")
        xmas = occasion(s, "Christmas")
        gift(s, xmas, price_cents=800, purchaser_id=buyer, recipient_ids=(kid,))
    with db.transaction() as s:
        delete_person(s, buyer)
    entry = summary(db).occasion(xmas)
    assert entry is not None
    assert entry.unassigned_total_cents == 800
    assert [p.person_id for p in entry.people] == [kid]
