"""Repository functions: validated writes, snapshots that undo exactly."""

from __future__ import annotations

import dataclasses

import pytest
from sqlalchemy import func, select

from giftdesk.data import budgets as budgets_data
from giftdesk.data import gifts as gifts_data
from giftdesk.data import occasions as occasions_data
from giftdesk.data import people as people_data
from giftdesk.data import table_rows
from giftdesk.data.errors import NotFoundError, ValidationError
from giftdesk.data.models import gift_people, gifts, occasions, person_occasions, persons
from giftdesk.data.records import BudgetRecord, GiftRecord, OccasionRecord, PersonRecord


def _counts(db) -> tuple[int, ...]:  # type: ignore[no-untyped-def]
    with db.reading() as s:
        return tuple(
            s.scalar(select(func.count()).select_from(t))
            for t in (persons, occasions, gifts, gift_people, person_occasions)
        )


@pytest.fixture
def family(db):  # type: ignore[no-untyped-def]
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


def test_gift_round_trips_through_create_and_get(db, family):
    with db.reading() as s:
        gift = gifts_data.get_gift(s, family["shared"])
    assert gift.recipient_ids == tuple(sorted((family["zoe"], family["anna"])))
    assert gift.purchaser_id == family["dad"]
    assert gift.contributor_ids == (family["anna"],)
    assert gift.cost_cents == 4499


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"name": "  "}, "name"),
        ({"name": "x" * 256}, "name"),
        ({"price_cents": -1}, "price"),
        ({"sale_price_cents": 1_000_000_000}, "sale_price"),
        ({"quantity": 0}, "quantity"),
        ({"quantity": 10_000}, "quantity"),
        ({"status": "lost"}, "status"),
        ({"priority": "asap"}, "priority"),
        ({"url": "x" * 2001}, "url"),
    ],
)
def test_bad_gift_fields_are_refused_and_nothing_is_written(db, family, changes, field):
    before = _counts(db)
    with db.reading() as s:
        original = gifts_data.get_gift(s, family["shared"])
    with pytest.raises(ValidationError) as caught, db.transaction() as s:
        gifts_data.update_gift(s, dataclasses.replace(original, **changes))
    assert caught.value.field == field
    with pytest.raises(ValidationError), db.transaction() as s:
        gifts_data.create_gift(s, dataclasses.replace(original, id=None, **changes))
    assert _counts(db) == before
    with db.reading() as s:
        assert gifts_data.get_gift(s, family["shared"]) == original


@pytest.mark.parametrize(
    "changes",
    [{"occasion_id": 999}, {"purchaser_id": 999}, {"recipient_ids": (999,)},
     {"contributor_ids": (999,)}],
)  # fmt: skip
def test_unknown_references_are_refused(db, family, changes):
    before = _counts(db)
    with (
        pytest.raises(NotFoundError, match="no longer exists|no longer exist"),
        db.transaction() as s,
    ):
        gifts_data.create_gift(s, GiftRecord(None, "Kite", **changes))
    assert _counts(db) == before


def test_bad_person_and_occasion_fields_are_refused(db):
    with pytest.raises(ValidationError, match="Name cannot be blank"), db.transaction() as s:
        people_data.create_person(s, PersonRecord(None, ""))
    with pytest.raises(ValidationError, match="too long"), db.transaction() as s:
        people_data.create_person(s, PersonRecord(None, "x" * 101))
    with pytest.raises(ValidationError, match="Type"), db.transaction() as s:
        occasions_data.create_occasion(s, OccasionRecord(None, "Party", "party"))
    with pytest.raises(ValidationError, match="Budget cannot be negative"), db.transaction() as s:
        occasions_data.create_occasion(s, OccasionRecord(None, "Party", "other", None, -100))
    assert _counts(db) == (0, 0, 0, 0, 0)


def test_update_returns_the_previous_record(db, family):
    with db.transaction() as s:
        old = people_data.update_person(s, PersonRecord(family["anna"], "Anna Maria", "Sister"))
        assert old.name == "Anna"
        assert people_data.get_person(s, family["anna"]).name == "Anna Maria"


def test_delete_and_restore_person_puts_everything_back(db, family):
    with db.reading() as s:
        before = [gifts_data.get_gift(s, g) for g in (family["shared"], family["solo"])]
        budgets_before = budgets_data.list_budgets(s)
    counts = _counts(db)
    with db.transaction() as s:
        impact = people_data.person_delete_impact(s, family["anna"])
        deletion = people_data.delete_person(s, family["anna"])
    assert (impact.receiving, impact.contributing, impact.purchasing, impact.budgets) == (
        1,
        1,
        0,
        1,
    )
    with db.transaction() as s:
        people_data.restore_person(s, deletion)
    assert _counts(db) == counts
    with db.reading() as s:
        assert [gifts_data.get_gift(s, g) for g in (family["shared"], family["solo"])] == before
        assert budgets_data.list_budgets(s) == budgets_before


def test_delete_and_restore_purchaser(db, family):
    with db.transaction() as s:
        assert people_data.person_delete_impact(s, family["dad"]).purchasing == 1
        deletion = people_data.delete_person(s, family["dad"])
        assert gifts_data.get_gift(s, family["shared"]).purchaser_id is None
        people_data.restore_person(s, deletion)
        assert gifts_data.get_gift(s, family["shared"]).purchaser_id == family["dad"]
        assert gifts_data.get_gift(s, family["solo"]).recipient_ids == (family["dad"],)


def test_delete_and_restore_occasion(db, family):
    with db.transaction() as s:
        impact = occasions_data.occasion_delete_impact(s, family["xmas"])
        assert (impact.gifts, impact.budgets) == (1, 1)
        deletion = occasions_data.delete_occasion(s, family["xmas"])
        assert gifts_data.get_gift(s, family["shared"]).occasion_id is None
        occasions_data.restore_occasion(s, deletion)
        assert gifts_data.get_gift(s, family["shared"]).occasion_id == family["xmas"]
        assert len(budgets_data.list_budgets(s)) == 1


def test_delete_and_restore_gifts(db, family):
    ids = [family["shared"], family["solo"]]
    counts = _counts(db)
    with db.transaction() as s:
        removed = gifts_data.delete_gifts(s, ids)
    assert _counts(db)[2:4] == (0, 0)
    with db.transaction() as s:
        gifts_data.restore_gifts(s, removed)
    assert _counts(db) == counts
    with db.reading() as s:
        assert gifts_data.get_gifts(s, ids) == removed


def test_deleting_gifts_that_are_gone_changes_nothing(db, family):
    counts = _counts(db)
    with pytest.raises(NotFoundError, match="1 of the 2 selected gifts"), db.transaction() as s:
        gifts_data.delete_gifts(s, [family["shared"], 999])
    assert _counts(db) == counts


def test_set_gift_fields_returns_old_values(db, family):
    with db.transaction() as s:
        old = gifts_data.set_gift_fields(s, family["solo"], price_cents=1299, quantity=3)
    assert old == {"price_cents": None, "quantity": 1}
    with db.reading() as s:
        assert gifts_data.get_gift(s, family["solo"]).cost_cents == 3897
    with pytest.raises(ValidationError, match="cannot be edited"), db.transaction() as s:
        gifts_data.set_gift_fields(s, family["solo"], id=5)


def test_budgets_set_update_clear_and_restore(db, family):
    anna, xmas = family["anna"], family["xmas"]
    with db.transaction() as s:
        old = budgets_data.set_budget(s, BudgetRecord(anna, xmas, 4000, 1500))
        assert old == BudgetRecord(anna, xmas, 3000, None)
        budgets_data.set_budget(s, BudgetRecord(anna, xmas, None, None))
        assert budgets_data.get_budget(s, anna, xmas) is None
        budgets_data.restore_budget(s, anna, xmas, old)
        assert budgets_data.get_budget(s, anna, xmas) == old
    refused = pytest.raises(ValidationError, match="Recipient budget cannot be negative")
    with refused, db.transaction() as s:
        budgets_data.set_budget(s, BudgetRecord(anna, xmas, -1, None))


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
