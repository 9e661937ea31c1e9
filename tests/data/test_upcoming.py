"""What is coming up: occasions in the next days and birthdays with no occasion yet."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import event

from giftdesk.data import gifts as gifts_data
from giftdesk.data import occasions as occasions_data
from giftdesk.data import people as people_data
from giftdesk.data.errors import ValidationError
from giftdesk.data.records import GiftRecord, OccasionRecord, PersonRecord
from giftdesk.data.upcoming import next_birthday, plan_birthday, unplan_birthday, upcoming

TODAY = dt.date(2026, 12, 1)


def test_occasions_in_the_window_with_planned_bought_remaining_and_open_gifts(db):
    with db.transaction() as s:
        anna = people_data.create_person(s, PersonRecord(None, "Anna"))
        xmas = occasions_data.create_occasion(
            s, OccasionRecord(None, "Christmas 2026", "holiday", dt.date(2026, 12, 25), 50000)
        )
        occasions_data.create_occasion(
            s, OccasionRecord(None, "Easter", "holiday", dt.date(2027, 4, 4))
        )
        occasions_data.create_occasion(
            s, OccasionRecord(None, "Last Christmas", "holiday", dt.date(2025, 12, 25))
        )
        gifts_data.create_gift(s, GiftRecord(None, "Drill", xmas, "purchased", price_cents=9900,
                                       recipient_ids=(anna,), purchaser_id=anna))  # fmt: skip
        gifts_data.create_gift(
            s, GiftRecord(None, "Mat", xmas, "selected", price_cents=3900, quantity=2)
        )
        gifts_data.create_gift(s, GiftRecord(None, "Idea", xmas, "idea", price_cents=100))
    with db.reading() as s:
        found = upcoming(s, TODAY, 60)
    assert [o.name for o in found.occasions] == ["Christmas 2026"]
    xmas_row = found.occasions[0]
    assert (xmas_row.days_away, xmas_row.gifts, xmas_row.planned_cents, xmas_row.bought_cents) == (
        24, 3, 17700, 9900
    )  # fmt: skip
    assert xmas_row.remaining_cents == 50000 - 17700
    assert xmas_row.without_buyer == 1
    with db.reading() as s:
        assert [o.name for o in upcoming(s, TODAY, 200).occasions] == ["Christmas 2026", "Easter"]


def test_birthdays_without_an_occasion_and_29_february(db):
    with db.transaction() as s:
        people_data.create_person(s, PersonRecord(None, "Leap", birthdate=dt.date(2000, 2, 29)))
        people_data.create_person(
            s, PersonRecord(None, "Grandpa Joe", birthdate=dt.date(1945, 12, 30))
        )
        people_data.create_person(s, PersonRecord(None, "Later", birthdate=dt.date(1990, 6, 1)))
    with db.reading() as s:
        found = upcoming(s, dt.date(2027, 1, 15), 60)
    assert [(b.name, b.date, b.age) for b in found.birthdays] == [
        ("Leap", dt.date(2027, 2, 28), 27)
    ]
    assert next_birthday(dt.date(2000, 2, 29), dt.date(2028, 1, 1)) == dt.date(2028, 2, 29)
    assert next_birthday(dt.date(1945, 12, 30), dt.date(2026, 12, 31)) == dt.date(2027, 12, 30)
    with db.reading() as s:
        assert [b.name for b in upcoming(s, TODAY, 60).birthdays] == ["Grandpa Joe"]


def test_planning_a_birthday_creates_its_occasion_and_it_leaves_the_list(db):
    with db.transaction() as s:
        joe = people_data.create_person(
            s, PersonRecord(None, "Grandpa Joe", birthdate=dt.date(1945, 12, 30))
        )
    with db.transaction() as s:
        occasion_id = plan_birthday(s, joe, TODAY)
    with db.reading() as s:
        made = occasions_data.get_occasion(s, occasion_id)
        found = upcoming(s, TODAY, 60)
    assert (made.name, made.type, made.date) == (
        "Grandpa Joe's birthday 2026", "birthday", dt.date(2026, 12, 30)
    )  # fmt: skip
    assert found.birthdays == ()
    assert [o.name for o in found.occasions] == ["Grandpa Joe's birthday 2026"]
    with db.transaction() as s, pytest.raises(ValidationError, match="already exists"):
        plan_birthday(s, joe, TODAY)
    with db.transaction() as s:
        unplan_birthday(s, occasion_id)
    with db.reading() as s:
        assert [b.name for b in upcoming(s, TODAY, 60).birthdays] == ["Grandpa Joe"]


def test_a_birthday_occasion_with_a_gift_for_the_person_counts_as_planned(db):
    with db.transaction() as s:
        rosa = people_data.create_person(
            s, PersonRecord(None, "Rosa", birthdate=dt.date(1947, 12, 14))
        )
        party = occasions_data.create_occasion(
            s, OccasionRecord(None, "The big 80", "birthday", dt.date(2026, 12, 14))
        )
        gifts_data.create_gift(s, GiftRecord(None, "Flowers", party, recipient_ids=(rosa,)))
    with db.reading() as s:
        assert upcoming(s, TODAY, 60).birthdays == ()


def test_days_out_of_range_are_refused(db):
    with db.reading() as s, pytest.raises(ValidationError, match="from 1 to 366"):
        upcoming(s, TODAY, 0)


def test_upcoming_reads_a_fixed_number_of_queries(db):
    with db.transaction() as s:
        for n in range(25):
            person = people_data.create_person(
                s, PersonRecord(None, f"Cousin {n}", birthdate=dt.date(1990, 12, 2 + n % 20))
            )
            occasion = occasions_data.create_occasion(
                s, OccasionRecord(None, f"Party {n}", "birthday", dt.date(2026, 12, 2 + n % 20))
            )
            gifts_data.create_gift(
                s,
                GiftRecord(
                    None, "Gift", occasion, "selected", price_cents=100, recipient_ids=(person,)
                ),
            )
    statements: list[str] = []
    event.listen(db.engine, "before_cursor_execute", lambda *a: statements.append(a[2]))
    with db.reading() as s:
        found = upcoming(s, TODAY, 60)
    assert len(found.occasions) == 25 and found.birthdays == ()
    assert sum(1 for sql in statements if sql.startswith("SELECT")) == 1
