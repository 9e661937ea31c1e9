"""Data-layer fixtures: a small family written through the entity modules, row counts."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlalchemy import func, select

from giftdesk.data import budgets as budgets_data
from giftdesk.data import gifts as gifts_data
from giftdesk.data import occasions as occasions_data
from giftdesk.data import people as people_data
from giftdesk.data.database import Database
from giftdesk.data.models import gift_people, gifts, occasions, person_occasions, persons
from giftdesk.data.records import BudgetRecord, GiftRecord, OccasionRecord, PersonRecord


@pytest.fixture
def row_counts() -> Callable[[Database], tuple[int, ...]]:
    """``row_counts(db)``: how many people, occasions, gifts, links and budgets it holds now."""

    def counts(db: Database) -> tuple[int, ...]:
        with db.reading() as s:
            return tuple(
                s.scalar(select(func.count()).select_from(t)) or 0
                for t in (persons, occasions, gifts, gift_people, person_occasions)
            )

    return counts


@pytest.fixture
def family(db: Database) -> dict[str, int]:
    """Anna, Zoë and Dad; Christmas; a shared board game with a purchaser, and Dad's socks."""
    with db.transaction() as s:
        anna = people_data.create_person(s, PersonRecord(None, "Anna", "Sister"))
        zoe = people_data.create_person(s, PersonRecord(None, "Zoë", "Niece"))
        dad = people_data.create_person(s, PersonRecord(None, "Dad", "Father"))
        xmas = occasions_data.create_occasion(
            s, OccasionRecord(None, "Christmas", "holiday", None, 50000)
        )
        shared = gifts_data.create_gift(
            s,
            GiftRecord(None, "Board game", occasion_id=xmas, status="selected", price_cents=4499,
                       recipient_ids=(zoe, anna), purchaser_id=dad, contributor_ids=(anna,)),
        )  # fmt: skip
        solo = gifts_data.create_gift(s, GiftRecord(None, "Socks", recipient_ids=(dad,)))
        budgets_data.set_budget(s, BudgetRecord(anna, xmas, 3000, None))
    return {"anna": anna, "zoe": zoe, "dad": dad, "xmas": xmas, "shared": shared, "solo": solo}
