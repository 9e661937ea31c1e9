"""``people=False``: the occasion figures alone, equal to the full summary's."""

from __future__ import annotations

import dataclasses

import pytest

from giftdesk.data import gifts as gifts_data
from giftdesk.data.budget import ALL, compute_budget_summary
from giftdesk.data.records import GiftRecord


def _without_people(summary):  # type: ignore[no-untyped-def]
    return tuple(dataclasses.replace(o, people=()) for o in summary.occasions)


@pytest.mark.parametrize("choice", [ALL, 1, 2, 3, None, 99])
def test_occasion_totals_match_the_full_summary(demo_db, choice):
    with demo_db.transaction() as s:  # an unpriced idea and an unpriced planned gift
        gifts_data.create_gift(s, GiftRecord(None, "Mystery box", occasion_id=1, status="selected"))
    with demo_db.reading() as s:
        full = compute_budget_summary(s, choice)
        totals = compute_budget_summary(s, choice, people=False)
    assert totals.occasions == _without_people(full)
    assert all(o.people == () for o in totals.occasions)


def test_occasion_totals_on_an_empty_file(db):
    with db.reading() as s:
        assert compute_budget_summary(s, people=False).occasions == ()
