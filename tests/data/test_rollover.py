"""Next year's occasion: same type, budget and budgets, ideas copied, the old one untouched."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import event, func, select

from giftdesk.data import budgets as budgets_data
from giftdesk.data import gifts as gifts_data
from giftdesk.data import occasions as occasions_data
from giftdesk.data import people as people_data
from giftdesk.data.backup import export_backup
from giftdesk.data.errors import NotFoundError, ValidationError
from giftdesk.data.models import gift_people, gifts, occasions, person_occasions
from giftdesk.data.records import BudgetRecord, GiftRecord, OccasionRecord, PersonRecord
from giftdesk.data.rollover import (
    a_year_later,
    find_occasion,
    parse_rollover_date,
    rollover_occasion,
    suggested_name,
    undo_rollover,
)


def _christmas(db, date=dt.date(2026, 12, 25)):  # type: ignore[no-untyped-def]
    with db.transaction() as s:
        anna = people_data.create_person(s, PersonRecord(None, "Anna"))
        lukas = people_data.create_person(s, PersonRecord(None, "Lukas"))
        xmas = occasions_data.create_occasion(
            s, OccasionRecord(None, "Christmas 2026", "holiday", date, 150000, "at Rosa's")
        )
        budgets_data.set_budget(s, BudgetRecord(anna, xmas, 10000, 20000))
        budgets_data.set_budget(s, BudgetRecord(lukas, xmas, None, 5000))
        gifts_data.create_gift(s, GiftRecord(None, "Yoga mat", xmas, "idea", "high", 3900, None, 2,
                                       "Sports shop", "https://example.org/mat", "blue",
                                       recipient_ids=(anna, lukas), purchaser_id=lukas))  # fmt: skip
        gifts_data.create_gift(s, GiftRecord(None, "Drill", xmas, "purchased", price_cents=9900,
                                       recipient_ids=(lukas,), purchaser_id=anna))  # fmt: skip
        gifts_data.create_gift(s, GiftRecord(None, "Scarf", xmas, "idea", recipient_ids=(anna,)))
    return xmas, anna, lukas


def test_rollover_copies_type_budget_budgets_and_ideas(db):
    xmas, anna, lukas = _christmas(db)
    with db.transaction() as s:
        before = export_backup(s)
        done = rollover_occasion(s, xmas, "Christmas 2027")
    assert done.date == dt.date(2027, 12, 25)
    with db.reading() as s:
        new = occasions_data.get_occasion(s, done.occasion_id)
        assert (new.name, new.type, new.budget_cents, new.notes) == (
            "Christmas 2027", "holiday", 150000, "at Rosa's"
        )  # fmt: skip
        budgets = {(b.person_id, b.recipient_budget_cents, b.purchaser_budget_cents)
                   for b in budgets_data.list_budgets(s) if b.occasion_id == done.occasion_id}  # fmt: skip
        assert budgets == {(anna, 10000, 20000), (lukas, None, 5000)}
        copies = gifts_data.get_gifts(s, done.gift_ids)
        assert [(g.name, g.status, g.recipient_ids, g.purchaser_id) for g in copies] == [
            ("Yoga mat", "idea", (anna, lukas), None),
            ("Scarf", "idea", (anna,), None),
        ]
        mat = copies[0]
        assert (mat.priority, mat.price_cents, mat.quantity, mat.store, mat.notes) == (
            "high", 3900, 2, "Sports shop", "blue"
        )  # fmt: skip
        # The old occasion, its gifts and budgets are exactly as they were.
        after = export_backup(s)
    assert [g for g in after["gifts"] if g["occasion"] == xmas] == before["gifts"]
    assert [b for b in after["budgets"] if b["occasion"] == xmas] == before["budgets"]


def test_undo_removes_exactly_the_rows_created(db):
    xmas, _, _ = _christmas(db)
    with db.reading() as s:
        before = export_backup(s)
    with db.transaction() as s:
        done = rollover_occasion(s, xmas, "Christmas 2027")
    with db.transaction() as s:
        undo_rollover(s, done)
    with db.reading() as s:
        assert export_backup(s) == before
        assert s.scalar(select(func.count()).select_from(gift_people)) == 4


def test_a_date_given_wins_and_29_february_becomes_28_february():
    assert a_year_later(dt.date(2028, 2, 29)) == dt.date(2029, 2, 28)
    assert a_year_later(dt.date(2026, 6, 8)) == dt.date(2027, 6, 8)


def test_rollover_on_a_date_given(db):
    xmas, _, _ = _christmas(db)
    with db.transaction() as s:
        done = rollover_occasion(s, xmas, "Christmas 2027", dt.date(2027, 12, 24))
    assert done.date == dt.date(2027, 12, 24)


def test_an_undated_occasion_needs_a_date_and_nothing_is_written(db):
    xmas, _, _ = _christmas(db, date=None)
    with db.transaction() as s, pytest.raises(ValidationError, match="has no date"):
        rollover_occasion(s, xmas, "Christmas 2027")
    with db.reading() as s:
        assert s.scalar(select(func.count()).select_from(occasions)) == 1


def test_a_name_taken_is_refused(db):
    xmas, _, _ = _christmas(db)
    with db.transaction() as s, pytest.raises(ValidationError, match="already exists"):
        rollover_occasion(s, xmas, "christmas 2026")


def test_unknown_occasion_and_bad_date_are_refused_with_sentences(db):
    _christmas(db)
    with db.reading() as s:
        assert find_occasion(s, " CHRISTMAS   2026") is not None
        with pytest.raises(NotFoundError, match="no occasion called “Easter”"):
            find_occasion(s, "Easter")
    with pytest.raises(ValidationError, match="“2027-13-01” is not a date"):
        parse_rollover_date("2027-13-01")


def test_suggested_name_moves_the_year():
    assert suggested_name("Christmas 2026", dt.date(2026, 12, 25)) == "Christmas 2027"
    assert suggested_name("Mom's birthday", dt.date(2026, 5, 17)) == "Mom's birthday 2027"


def test_rollover_reads_with_a_fixed_number_of_queries(db):
    xmas, anna, lukas = _christmas(db)
    with db.transaction() as s:
        for n in range(40):
            gifts_data.create_gift(
                s, GiftRecord(None, f"Idea {n}", xmas, "idea", recipient_ids=(anna, lukas))
            )
            person = people_data.create_person(s, PersonRecord(None, f"Cousin {n}"))
            budgets_data.set_budget(s, BudgetRecord(person, xmas, 1000, None))
    seen: list[str] = []
    event.listen(db.engine, "before_cursor_execute", lambda *a: seen.append(a[2]))
    with db.transaction() as s:
        done = rollover_occasion(s, xmas, "Christmas 2027")
    statements = list(seen)  # the rollover's only
    assert len(done.gift_ids) == 42 and done.budgets == 42
    with db.reading() as s:
        links = s.scalar(
            select(func.count())
            .select_from(gift_people.join(gifts, gifts.c.id == gift_people.c.gift_id))
            .where(gifts.c.occasion_id == done.occasion_id)
        )
        assert links == 2 + 1 + 80
        assert s.scalar(select(func.count()).select_from(person_occasions)) == 84
    # Reads: the occasion, the name check, budgets, ideas, their recipients.
    assert sum(1 for sql in statements if sql.startswith("SELECT")) == 5
    # Budgets and links go in as one executemany each (gifts: see insertmanyvalues).
    assert sum(1 for sql in statements if sql.startswith("INSERT INTO person_occasions")) == 1
    assert sum(1 for sql in statements if sql.startswith("INSERT INTO gift_people")) == 1
