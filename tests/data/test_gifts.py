"""Gifts (data/gifts.py): validated writes, snapshots that undo exactly."""

from __future__ import annotations

import dataclasses

import pytest

from giftdesk.data import gifts as gifts_data
from giftdesk.data.errors import NotFoundError, ValidationError
from giftdesk.data.records import GiftRecord


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
def test_bad_gift_fields_are_refused_and_nothing_is_written(db, row_counts, family, changes, field):
    before = row_counts(db)
    with db.reading() as s:
        original = gifts_data.get_gift(s, family["shared"])
    with pytest.raises(ValidationError) as caught, db.transaction() as s:
        gifts_data.update_gift(s, dataclasses.replace(original, **changes))
    assert caught.value.field == field
    with pytest.raises(ValidationError), db.transaction() as s:
        gifts_data.create_gift(s, dataclasses.replace(original, id=None, **changes))
    assert row_counts(db) == before
    with db.reading() as s:
        assert gifts_data.get_gift(s, family["shared"]) == original


@pytest.mark.parametrize(
    "changes",
    [{"occasion_id": 999}, {"purchaser_id": 999}, {"recipient_ids": (999,)},
     {"contributor_ids": (999,)}],
)  # fmt: skip
def test_unknown_references_are_refused(db, row_counts, family, changes):
    before = row_counts(db)
    with (
        pytest.raises(NotFoundError, match="no longer exists|no longer exist"),
        db.transaction() as s,
    ):
        gifts_data.create_gift(s, GiftRecord(None, "Kite", **changes))
    assert row_counts(db) == before


def test_delete_and_restore_gifts(db, row_counts, family):
    ids = [family["shared"], family["solo"]]
    counts = row_counts(db)
    with db.transaction() as s:
        removed = gifts_data.delete_gifts(s, ids)
    assert row_counts(db)[2:4] == (0, 0)
    with db.transaction() as s:
        gifts_data.restore_gifts(s, removed)
    assert row_counts(db) == counts
    with db.reading() as s:
        assert gifts_data.get_gifts(s, ids) == removed


def test_deleting_gifts_that_are_gone_changes_nothing(db, row_counts, family):
    counts = row_counts(db)
    with pytest.raises(NotFoundError, match="1 of the 2 selected gifts"), db.transaction() as s:
        gifts_data.delete_gifts(s, [family["shared"], 999])
    assert row_counts(db) == counts


def test_set_gift_fields_returns_old_values(db, family):
    with db.transaction() as s:
        old = gifts_data.set_gift_fields(s, family["solo"], price_cents=1299, quantity=3)
    assert old == {"price_cents": None, "quantity": 1}
    with db.reading() as s:
        assert gifts_data.get_gift(s, family["solo"]).cost_cents == 3897
    with pytest.raises(ValidationError, match="cannot be edited"), db.transaction() as s:
        gifts_data.set_gift_fields(s, family["solo"], id=5)
