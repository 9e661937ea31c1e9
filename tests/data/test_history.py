"""A person's gift history: received and given, by occasion, newest first, totals per year."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import event

from giftdesk.data import gifts as gifts_data
from giftdesk.data import occasions as occasions_data
from giftdesk.data import people as people_data
from giftdesk.data.errors import NotFoundError
from giftdesk.data.history import (
    find_person,
    history_csv_rows,
    history_text,
    person_history,
)
from giftdesk.data.records import GiftRecord, OccasionRecord, PersonRecord


def _family(db):  # type: ignore[no-untyped-def]
    with db.transaction() as s:
        rosa = people_data.create_person(s, PersonRecord(None, "Grandma Rosa"))
        sam = people_data.create_person(s, PersonRecord(None, "Sam"))
        anna = people_data.create_person(s, PersonRecord(None, "Anna"))
        xmas25 = occasions_data.create_occasion(
            s, OccasionRecord(None, "Christmas 2025", "holiday", dt.date(2025, 12, 25))
        )
        xmas26 = occasions_data.create_occasion(
            s, OccasionRecord(None, "Christmas 2026", "holiday", dt.date(2026, 12, 25))
        )
        # 2025: a blanket for Rosa, bought by Sam with Anna chipping in.
        gifts_data.create_gift(
            s,
            GiftRecord(None, "Fleece blanket", xmas25, "received", price_cents=4501,
                       recipient_ids=(rosa,), purchaser_id=sam, contributor_ids=(anna,)),
        )  # fmt: skip
        # 2026: a shared gift for Rosa and Anna, bought by Sam; an idea for Rosa.
        gifts_data.create_gift(
            s,
            GiftRecord(None, "Theatre tickets", xmas26, "purchased", price_cents=3001,
                       quantity=2, recipient_ids=(rosa, anna), purchaser_id=sam),
        )  # fmt: skip
        gifts_data.create_gift(
            s,
            GiftRecord(None, "Bird bath", xmas26, "idea", price_cents=9900, recipient_ids=(rosa,)),
        )
        # Rosa gives too, without an occasion.
        gifts_data.create_gift(
            s,
            GiftRecord(None, "Knitted hat", None, "received", price_cents=1500,
                       recipient_ids=(sam,), purchaser_id=rosa, purchase_date=dt.date(2026, 3, 1)),
        )  # fmt: skip
    return rosa, sam, anna


def test_history_groups_by_occasion_newest_first_with_no_occasion_last(db):
    rosa, _, _ = _family(db)
    with db.reading() as s:
        history = person_history(s, rosa)
    assert [o.name for o in history.occasions] == ["Christmas 2026", "Christmas 2025", ""]
    xmas26 = history.occasions[0]
    assert [g.name for g in xmas26.received] == ["Bird bath", "Theatre tickets"]
    tickets = xmas26.received[1]
    assert tickets.cost_cents == 6002
    assert tickets.status == "purchased"
    assert tickets.givers == ("Sam",)
    assert set(tickets.others) == {"Anna", "Sam"}
    assert [g.name for g in history.occasions[2].gave] == ["Knitted hat"]


def test_totals_per_year_are_the_persons_share_of_planned_gifts(db):
    rosa, _, anna = _family(db)
    with db.reading() as s:
        rosa_history = person_history(s, rosa)
        anna_history = person_history(s, anna)
    years = {y.year: y for y in rosa_history.years}
    # 6002 split between Rosa (lower id) and Anna: 3001 each; the idea does not count.
    assert years[2026].received_cents == 3001
    assert years[2026].received_gifts == 1
    assert years[2026].gave_cents == 1500  # the hat, dated by its purchase date
    assert years[2025].received_cents == 4501
    assert [y.year for y in rosa_history.years] == [2026, 2025]
    # Anna paid half the blanket with Sam: 4501 → Sam (lower id) 2251, Anna 2250.
    anna_years = {y.year: y for y in anna_history.years}
    assert anna_years[2025].gave_cents == 2250
    assert anna_years[2026].received_cents == 3001


def test_history_reads_a_fixed_number_of_queries(db):
    rosa, sam, anna = _family(db)
    with db.transaction() as s:
        occasion = occasions_data.find_occasion_by_name(s, "Christmas 2026").id
        for n in range(30):
            gifts_data.create_gift(
                s,
                GiftRecord(None, f"Gift {n}", occasion, "selected", price_cents=100,
                           recipient_ids=(rosa, anna), purchaser_id=sam),
            )  # fmt: skip
    statements = []
    event.listen(
        db.engine,
        "before_cursor_execute",
        lambda *a: statements.append(a[2]) if a[2].startswith("SELECT") else None,
    )
    with db.reading() as s:
        history = person_history(s, rosa)
    assert len(history.occasions[0].received) == 32
    assert len(statements) == 3


def test_a_person_with_no_history_says_so(db):
    with db.transaction() as s:
        nobody = people_data.create_person(s, PersonRecord(None, "Noah"))
    with db.reading() as s:
        history = person_history(s, nobody)
    assert history.is_empty
    assert history_text(history) == "Noah has no gift history yet.\n"
    assert history_csv_rows(history) == [history_csv_rows(history)[0]]


def test_find_person_ignores_case_and_accents(db):
    with db.transaction() as s:
        zoe = people_data.create_person(s, PersonRecord(None, "Zoë Müller"))
    with db.reading() as s:
        assert find_person(s, "  zoe  MULLER ") == (zoe, "Zoë Müller")


def test_an_unknown_person_is_refused_with_a_sentence(db):
    with db.reading() as s, pytest.raises(NotFoundError, match="nobody called “Grandpa”"):
        find_person(s, "Grandpa")


def test_text_and_csv_show_price_status_and_who_else(db):
    rosa, _, _ = _family(db)
    with db.reading() as s:
        history = person_history(s, rosa)
    text = history_text(history)
    assert "Christmas 2026 (2026-12-25)" in text
    assert "Theatre tickets  60.02  purchased  from Sam; shared with Anna" in text
    assert "2025     received 45.01 (1 gift)" in text
    rows = history_csv_rows(history)
    assert rows[0][:4] == ("occasion", "date", "role", "gift")
    assert ("Christmas 2025", "2025-12-25", "received", "Fleece blanket", "received",
            "45.01", "45.01", "Grandma Rosa", "Sam; Anna") in rows  # fmt: skip
