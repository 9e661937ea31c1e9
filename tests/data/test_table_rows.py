"""Rows for the three tables (data/table_rows.py)."""

from __future__ import annotations

import datetime as dt

from giftdesk.data import gifts as gifts_data
from giftdesk.data import table_rows


def test_rows_for_the_tables(db, family):
    with db.reading() as s:
        gift_rows = {r.id: r for r in table_rows.list_gift_rows(s)}
        people = {r.name: r for r in table_rows.list_person_rows(s)}
        events = table_rows.list_occasion_rows(s)
        assert table_rows.list_gift_rows(s, [family["solo"]]) == [gift_rows[family["solo"]]]
    shared = gift_rows[family["shared"]]
    assert shared.recipient_names == "Anna, Zoë"
    assert shared.purchaser_name == "Dad"
    assert shared.occasion_name == "Christmas"
    assert shared.cost_cents == 4499
    assert (people["Dad"].receiving, people["Dad"].buying) == (1, 1)
    assert (events[0].gifts, events[0].planned_cents, events[0].bought_cents) == (1, 4499, 0)


def test_gift_rows_hold_purchase_dates_as_dates(db, family):
    bought = dt.date(2026, 11, 28)
    with db.transaction() as s:
        gifts_data.set_gift_fields(s, family["shared"], status="purchased", purchase_date=bought)
    with db.reading() as s:
        whole = {r.id: r for r in table_rows.list_gift_rows(s)}
        (partial,) = table_rows.list_gift_rows(s, [family["shared"]])
    assert whole[family["shared"]].purchase_date == partial.purchase_date == bought
    assert type(partial.purchase_date) is dt.date
    assert whole[family["solo"]].purchase_date is None
