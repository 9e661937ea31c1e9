"""Rows for the three tables (data/table_rows.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from giftdesk.data import gifts as gifts_data
from giftdesk.data import people as people_data
from giftdesk.data import table_rows
from giftdesk.data.records import GiftRecord, PersonRecord


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


@pytest.mark.parametrize("engine", ["postgresql"], indirect=True)
def test_gift_rows_read_both_roles_in_one_statement_on_a_server(
    demo_db, monkeypatch: pytest.MonkeyPatch
):
    """A server reads recipients and contributors together; the rows are those of the file path."""
    with demo_db.transaction() as s:
        gifts_data.set_gift_fields(s, 3, status="purchased", purchase_date=dt.date(2026, 11, 28))
    with demo_db.reading() as s:
        ids = [r.id for r in table_rows.list_gift_rows(s)]
        some = [*ids[1::3], 999_999]  # one that does not exist
        statements = count_statements(demo_db, lambda: table_rows.list_gift_rows(s))
        together = (table_rows.list_gift_rows(s), table_rows.list_gift_rows(s, some))
        monkeypatch.setattr(table_rows, "on_server", lambda _session: False)
        per_role = (table_rows.list_gift_rows(s), table_rows.list_gift_rows(s, some))
    assert statements == 4  # names of people and occasions, gifts, links
    assert together == per_role
    assert any(len(r.recipient_ids) > 1 for r in together[0])
    assert any(r.contributor_ids for r in together[0])
    assert any(r.purchase_date for r in together[0])


def test_the_three_tables_read_together_take_names_from_the_rows_read(db, family):
    with db.reading() as s:
        gift_rows, person_rows, occasion_rows = table_rows.list_table_rows(s)
        statements = count_statements(db, lambda: table_rows.list_table_rows(s))
        assert gift_rows == table_rows.list_gift_rows(s)
        assert person_rows == table_rows.list_person_rows(s)
        assert occasion_rows == table_rows.list_occasion_rows(s)
        assert table_rows.list_table_rows(s, gifts=False) == ([], person_rows, occasion_rows)
    # people, occasions, gifts and links (one statement per role on a file)
    assert statements == (4 if db.is_shared else 5)


def count_statements(db, action) -> int:  # type: ignore[no-untyped-def]
    from sqlalchemy import event

    count = [0]

    def one(*_args: object) -> None:
        count[0] += 1

    event.listen(db.engine, "before_cursor_execute", one)
    try:
        action()
    finally:
        event.remove(db.engine, "before_cursor_execute", one)
    return count[0]


def test_gift_rows_read_the_names_again_when_the_callers_lack_someone(db, family):
    """Names read a moment ago may miss a person another computer added since."""
    with db.reading() as s:
        people = {r.id: r.name for r in table_rows.list_person_rows(s)}
        events = {r.id: r.name for r in table_rows.list_occasion_rows(s)}
    with db.transaction() as s:
        newcomer = people_data.create_person(s, PersonRecord(None, "Newcomer"))
        gift = gifts_data.create_gift(s, GiftRecord(None, "Puzzle", recipient_ids=(newcomer,)))
    with db.reading() as s:
        expected = table_rows.list_gift_rows(s)
        assert table_rows.list_gift_rows(s, names=people, occasion_names=events) == expected
        (row,) = table_rows.list_gift_rows(s, [gift], names=people, occasion_names=events)
        statements = count_statements(
            db,
            lambda: table_rows.list_gift_rows(
                s, [family["solo"]], names=people, occasion_names=events
            ),
        )
    assert row.recipient_names == "Newcomer"
    assert statements == (2 if db.is_shared else 3)  # gifts and links: no names read
