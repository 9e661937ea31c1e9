"""The picker's one-query buying figures equal the budget engine's, split included."""

from __future__ import annotations

import random

from giftdesk.data.backup import import_backup
from giftdesk.data.budget import compute_budget_summary
from giftdesk.data.buying import buying_in_every_occasion, buying_planned
from giftdesk.ui.bulk.picker_data import _figures_from_summary


def engine_figures(db) -> dict[tuple[int | None, int], int]:  # type: ignore[no-untyped-def]
    with db.reading() as session:
        summary = compute_budget_summary(session)
    return {
        (occasion.occasion_id, person.person_id): person.buying_planned_cents
        for occasion in summary.occasions
        for person in occasion.people
        if person.buying_planned_cents
    }


def random_family(seed: int) -> dict:  # type: ignore[type-arg]
    rng = random.Random(seed)
    people = [{"id": p, "name": f"Person {p}"} for p in range(1, 13)]
    events = [{"id": o, "name": f"Occasion {o}", "type": "other"} for o in range(1, 5)]
    presents = []
    for g in range(1, 301):
        payers = rng.sample(range(1, 13), rng.choice([0, 0, 1, 2, 3, 4]))
        gift = {
            "id": g,
            "name": f"Gift {g}",
            "status": rng.choice(["idea", "selected", "purchased", "received"]),
            "quantity": rng.choice([1, 1, 2, 3, 7]),
            "recipients": rng.sample(range(1, 13), rng.choice([0, 1, 2])),
            "contributors": payers,
        }
        if rng.random() < 0.9:
            gift["occasion"] = rng.randrange(1, 5)
        if rng.random() < 0.8:
            gift["price"] = f"{rng.randrange(0, 50_000) / 100:.2f}"
        if rng.random() < 0.3:
            gift["sale_price"] = f"{rng.randrange(0, 30_000) / 100:.2f}"
        others = [p for p in range(1, 13) if p not in payers]
        if rng.random() < 0.7:
            gift["purchaser"] = rng.choice(others)
        presents.append(gift)
    budgets = [
        {"person": p, "occasion": o, "purchaser_budget": f"{rng.randrange(0, 800)}.00"}
        for p in range(1, 13)
        for o in range(1, 5)
        if rng.random() < 0.4
    ]
    return {"format": "giftdesk", "version": 1, "persons": people, "occasions": events,
            "gifts": presents, "budgets": budgets}  # fmt: skip


def test_buying_figures_match_the_engine_on_the_demo_family(demo_db):
    with demo_db.reading() as session:
        assert buying_planned(session) == engine_figures(demo_db)


def test_buying_figures_match_the_engine_on_random_families(db):
    for seed in range(3):
        with db.transaction() as session:
            import_backup(session, random_family(seed))
        with db.reading() as session:
            figures = buying_planned(session)
        assert figures == engine_figures(db)
        assert any(amount % 3 for amount in figures.values())  # odd cents were split


def test_the_pickers_every_occasion_figures_match_the_engines(db):
    """Amounts, summed budgets and the over-budget occasions, in the summary's order."""
    for seed in range(3, 6):
        with db.transaction() as session:
            import_backup(session, random_family(seed))
        with db.reading() as session:
            fast = buying_in_every_occasion(session)
            slow = _figures_from_summary(compute_budget_summary(session), True, False)
        amounts, budgets, over_in = fast
        assert {p: a for p, a in amounts.items() if a} == {p: a for p, a in slow[0].items() if a}
        assert budgets == slow[1]
        assert over_in == slow[2]
        assert any(len(names) > 1 for names in over_in.values())
