"""People (data/people.py): validated writes, deletions that restore exactly."""

from __future__ import annotations

from giftdesk.data import budgets as budgets_data
from giftdesk.data import gifts as gifts_data
from giftdesk.data import people as people_data
from giftdesk.data.records import PersonRecord


def test_update_returns_the_previous_record(db, family):
    with db.transaction() as s:
        old = people_data.update_person(s, PersonRecord(family["anna"], "Anna Maria", "Sister"))
        assert old.name == "Anna"
        assert people_data.get_person(s, family["anna"]).name == "Anna Maria"


def test_delete_and_restore_person_puts_everything_back(db, row_counts, family):
    with db.reading() as s:
        before = [gifts_data.get_gift(s, g) for g in (family["shared"], family["solo"])]
        budgets_before = budgets_data.list_budgets(s)
    counts = row_counts(db)
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
    assert row_counts(db) == counts
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
