"""Occasions (data/occasions.py), and the refusal of bad person and occasion fields."""

from __future__ import annotations

import pytest

from giftdesk.data import budgets as budgets_data
from giftdesk.data import gifts as gifts_data
from giftdesk.data import occasions as occasions_data
from giftdesk.data import people as people_data
from giftdesk.data.errors import ValidationError
from giftdesk.data.records import OccasionRecord, PersonRecord


def test_bad_person_and_occasion_fields_are_refused(db, row_counts):
    with pytest.raises(ValidationError, match="Name cannot be blank"), db.transaction() as s:
        people_data.create_person(s, PersonRecord(None, ""))
    with pytest.raises(ValidationError, match="too long"), db.transaction() as s:
        people_data.create_person(s, PersonRecord(None, "x" * 101))
    with pytest.raises(ValidationError, match="Type"), db.transaction() as s:
        occasions_data.create_occasion(s, OccasionRecord(None, "Party", "party"))
    with pytest.raises(ValidationError, match="Budget cannot be negative"), db.transaction() as s:
        occasions_data.create_occasion(s, OccasionRecord(None, "Party", "other", None, -100))
    assert row_counts(db) == (0, 0, 0, 0, 0)


def test_delete_and_restore_occasion(db, family):
    with db.transaction() as s:
        impact = occasions_data.occasion_delete_impact(s, family["xmas"])
        assert (impact.gifts, impact.budgets) == (1, 1)
        deletion = occasions_data.delete_occasion(s, family["xmas"])
        assert gifts_data.get_gift(s, family["shared"]).occasion_id is None
        occasions_data.restore_occasion(s, deletion)
        assert gifts_data.get_gift(s, family["shared"]).occasion_id == family["xmas"]
        assert len(budgets_data.list_budgets(s)) == 1
