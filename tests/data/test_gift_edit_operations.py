"""Editing a gift through its operations (the way the window does), on both engines.

On PostgreSQL an edit or a cell edit that goes well is one statement (see
``gifts.replace_gift_at_once``); whatever is amiss (a version moved on, a
person or occasion gone, a field refused) must end as on a file: the same
sentence, nothing written, and an undo that puts back exactly what was there.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from functools import partial

import pytest
from sqlalchemy import insert, select

from giftdesk.data import gifts as gifts_data
from giftdesk.data import people as people_data
from giftdesk.data.database import Database, open_database
from giftdesk.data.errors import ConflictError, NotFoundError, ValidationError
from giftdesk.data.models import gift_people
from giftdesk.data.operations import gifts as gift_ops
from giftdesk.data.operations import perform
from giftdesk.data.records import GiftRecord, PersonRecord


def _gift(db: Database, gift_id: int) -> GiftRecord:
    with db.reading() as s:
        return gifts_data.get_gift(s, gift_id)


def _links(db: Database, gift_id: int) -> list[tuple[int, str]]:
    with db.reading() as s:
        return sorted(
            (p, r)
            for p, r in s.execute(
                select(gift_people.c.person_id, gift_people.c.role).where(
                    gift_people.c.gift_id == gift_id
                )
            )
        )


def test_an_edit_moves_people_between_roles_and_its_undo_puts_them_back(db, family):
    shared = family["shared"]
    # Another tool wrote a purchaser link: giftdesk leaves it alone (and ignores it).
    with db.transaction() as s:
        s.execute(
            insert(gift_people).values(gift_id=shared, person_id=family["zoe"], role="purchaser")
        )
    seen = _gift(db, shared)
    links_before = _links(db, shared)
    # Anna stops receiving and contributing, Zoë contributes too, Dad receives instead of buying.
    edited = dataclasses.replace(
        seen,
        name="  Big board game ",
        recipient_ids=(family["zoe"], family["dad"]),
        contributor_ids=(family["anna"],),
        purchaser_id=None,
    )
    done = perform(db, partial(gift_ops.edit_gift, record=edited))
    now = _gift(db, shared)
    assert now.name == "Big board game"
    assert now.recipient_ids == tuple(sorted((family["zoe"], family["dad"])))
    assert now.contributor_ids == (family["anna"],)
    assert now.purchaser_id is None
    assert now.version == seen.version + 1
    assert (family["zoe"], "purchaser") in _links(db, shared)
    undone = perform(db, done.undo)
    # The same content; versions only go forward (an undo is a change too).
    assert _gift(db, shared) == seen and _gift(db, shared).version == seen.version + 2
    assert _links(db, shared) == links_before
    perform(db, undone.undo)  # redo
    assert _gift(db, shared) == now


@pytest.mark.parametrize(
    ("changes", "sentence"),
    [
        ({"occasion_id": 999}, "occasion chosen no longer exists"),
        ({"purchaser_id": 999}, "purchaser chosen no longer exists"),
        ({"recipient_ids": (999,)}, "recipient chosen no longer exists"),
        ({"contributor_ids": (998, 999)}, "2 of the people chosen as contributor no longer exist"),
    ],
)
def test_an_edit_naming_someone_gone_is_refused_and_writes_nothing(
    db, row_counts, family, changes, sentence
):
    seen = _gift(db, family["shared"])
    before = row_counts(db)
    with pytest.raises(NotFoundError, match=sentence):
        perform(db, partial(gift_ops.edit_gift, record=dataclasses.replace(seen, **changes)))
    now = _gift(db, family["shared"])
    assert now == seen and now.version == seen.version
    assert row_counts(db) == before


def test_an_edit_with_a_bad_field_is_refused_and_writes_nothing(db, family):
    seen = _gift(db, family["shared"])
    with pytest.raises(ValidationError) as refused:
        perform(db, partial(gift_ops.edit_gift, record=dataclasses.replace(seen, quantity=0)))
    assert refused.value.field == "quantity"
    assert _gift(db, family["shared"]).version == seen.version


def test_an_edit_of_a_gift_deleted_meanwhile_says_so(db, family):
    seen = _gift(db, family["solo"])
    perform(db, partial(gift_ops.delete_gifts, gift_ids=[family["solo"]]))
    with pytest.raises(NotFoundError, match="This gift no longer exists"):
        perform(db, partial(gift_ops.edit_gift, record=dataclasses.replace(seen, name="Scarf")))


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"quantity": 0}, "quantity"),
        ({"name": "  "}, "name"),
        ({"status": "lost"}, "status"),
        ({"sale_price_cents": 5000}, "sale_price"),  # dearer than its price (4499)
        ({"price_cents": 100, "sale_price_cents": 200}, "sale_price"),
    ],
)
def test_a_cell_edit_with_a_bad_value_is_refused_and_writes_nothing(db, family, changes, field):
    seen = _gift(db, family["shared"])
    op = partial(
        gift_ops.set_gift_fields, gift_id=family["shared"], changes=changes, version=seen.version
    )
    with pytest.raises(ValidationError) as refused:
        perform(db, op)
    assert refused.value.field == field
    now = _gift(db, family["shared"])
    assert now == seen and now.version == seen.version


def test_a_cell_edit_making_a_contributor_the_purchaser_is_refused(db, family):
    seen = _gift(db, family["shared"])  # Anna contributes
    op = partial(
        gift_ops.set_gift_fields,
        gift_id=family["shared"],
        changes={"purchaser_id": family["anna"]},
        version=seen.version,
    )
    with pytest.raises(ValidationError, match="already pays for this gift"):
        perform(db, op)
    assert _gift(db, family["shared"]).purchaser_id == family["dad"]


@pytest.mark.parametrize("field", ["purchaser_id", "occasion_id"])
def test_a_cell_edit_naming_someone_gone_says_so(db, family, field):
    with db.transaction() as s:
        gone = people_data.create_person(s, PersonRecord(None, "Gone"))
        people_data.delete_person(s, gone)
    seen = _gift(db, family["solo"])
    op = partial(
        gift_ops.set_gift_fields,
        gift_id=family["solo"],
        changes={field: gone + 1000},
        version=seen.version,
    )
    with pytest.raises(NotFoundError, match="chosen no longer exists"):
        perform(db, op)
    assert _gift(db, family["solo"]).version == seen.version


def test_a_cell_edit_and_its_undo_put_back_exactly_the_old_values(db, family):
    seen = _gift(db, family["shared"])
    op = partial(
        gift_ops.set_gift_fields,
        gift_id=family["shared"],
        changes={"store": "  Toy shop ", "quantity": "3"},
        version=seen.version,
    )
    done = perform(db, op)
    now = _gift(db, family["shared"])
    assert (now.store, now.quantity, now.version) == ("Toy shop", 3, seen.version + 1)
    perform(db, done.undo)
    back = _gift(db, family["shared"])
    assert back == seen and back.version == seen.version + 2


def test_a_cell_edit_on_a_gift_changed_meanwhile_names_it(db, family):
    seen = _gift(db, family["solo"])
    other = open_database(db.address)  # another computer
    try:
        perform(
            other,
            partial(gift_ops.set_gift_fields, gift_id=family["solo"], changes={"quantity": 2}),
        )
    finally:
        other.close()
    op = partial(
        gift_ops.set_gift_fields,
        gift_id=family["solo"],
        changes={"quantity": 5},
        version=seen.version,
    )
    with pytest.raises(ConflictError, match="“Socks” was changed on another computer"):
        perform(db, op)
    assert _gift(db, family["solo"]).quantity == 2


def test_adding_gifts_writes_every_field_and_link_and_its_undo_removes_them(db, row_counts, family):
    before = row_counts(db)
    bare = GiftRecord(None, "  Scarf ")  # no occasion, price, people or date
    full = GiftRecord(
        None,
        "Telescope",
        occasion_id=family["xmas"],
        status="purchased",
        priority="high",
        price_cents=12000,
        sale_price_cents=9900,
        quantity=2,
        store="Optics",
        url="https://example.org/t",
        notes="for the stars",
        purchase_date=dt.date(2026, 11, 30),
        purchaser_id=family["dad"],
        recipient_ids=(family["zoe"], family["anna"]),
        contributor_ids=(family["anna"],),
    )
    done = perform(db, partial(gift_ops.create_gifts, records=[bare, full]))
    made = {gift.name: gift for gift in (_gift(db, i) for i in done.created)}
    assert made["Scarf"] == dataclasses.replace(bare, id=done.created[0], name="Scarf")
    assert made["Telescope"] == dataclasses.replace(
        full, id=done.created[1], recipient_ids=tuple(sorted(full.recipient_ids))
    )
    assert made["Telescope"].version == 1
    perform(db, done.undo)
    assert row_counts(db) == before


def test_adding_a_gift_for_someone_gone_is_refused_and_writes_nothing(db, row_counts, family):
    before = row_counts(db)
    gift = GiftRecord(None, "Kite", recipient_ids=(family["zoe"], 999))
    with pytest.raises(NotFoundError, match="recipient chosen no longer exists"):
        perform(db, partial(gift_ops.create_gifts, records=[gift]))
    with pytest.raises(NotFoundError, match="occasion chosen no longer exists"):
        perform(
            db, partial(gift_ops.create_gifts, records=[GiftRecord(None, "Kite", occasion_id=999)])
        )
    with pytest.raises(ValidationError):
        perform(db, partial(gift_ops.create_gifts, records=[GiftRecord(None, "Kite", quantity=0)]))
    assert row_counts(db) == before
