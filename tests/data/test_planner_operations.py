"""The planner's operations: each undo removes exactly what its action made, and redoes it."""

from __future__ import annotations

import datetime as dt
from functools import partial

from giftdesk.data import gifts as gifts_data
from giftdesk.data import occasions as occasions_data
from giftdesk.data import people as people_data
from giftdesk.data import table_rows
from giftdesk.data.backup import export_backup
from giftdesk.data.operations import perform
from giftdesk.data.operations import planner as planner_ops
from giftdesk.data.records import GiftRecord, OccasionRecord, PersonRecord
from giftdesk.data.spreadsheet import plan_import, sheet_from_rows


def _snapshot(db):  # type: ignore[no-untyped-def]
    with db.reading() as s:
        return export_backup(s)


def test_rollover_undo_and_redo(db):
    with db.transaction() as s:
        anna = people_data.create_person(s, PersonRecord(None, "Anna"))
        xmas = occasions_data.create_occasion(
            s, OccasionRecord(None, "Christmas 2026", "holiday", dt.date(2026, 12, 25))
        )
        gifts_data.create_gift(s, GiftRecord(None, "Scarf", xmas, "idea", recipient_ids=(anna,)))
    before = _snapshot(db)
    done = perform(db, partial(planner_ops.rollover, occasion_id=xmas, name="Christmas 2027"))
    assert done.message == "Created Christmas 2027 on 2027-12-25 with 1 idea and 0 budgets."
    assert done.change.occasions == frozenset(done.created)
    undone = perform(db, done.undo)
    assert _snapshot(db) == before
    assert undone.change.removed_occasions == frozenset(done.created)
    again = perform(db, undone.undo)
    with db.reading() as s:
        assert occasions_data.get_occasion(s, again.created[0]).name == "Christmas 2027"


def test_plan_birthday_undo_and_redo_keep_the_id(db):
    with db.transaction() as s:
        joe = people_data.create_person(
            s, PersonRecord(None, "Joe", birthdate=dt.date(1945, 12, 30))
        )
    before = _snapshot(db)
    done = perform(
        db, partial(planner_ops.plan_birthday, person_id=joe, today=dt.date(2026, 12, 1))
    )
    undone = perform(db, done.undo)
    assert _snapshot(db) == before
    perform(db, undone.undo)
    with db.reading() as s:
        assert occasions_data.get_occasion(s, done.created[0]).name == "Joe's birthday 2026"


def test_spreadsheet_import_undo_and_redo(db):
    sheet = sheet_from_rows("gifts.csv", [["Gift", "For", "Occasion"], ["Drill", "Thomas", "Xmas"]])
    before = _snapshot(db)
    done = perform(db, partial(planner_ops.import_spreadsheet, plan=plan_import(sheet)))
    assert done.message == "Imported 1 gift, 1 new person, 1 new occasion."
    undone = perform(db, done.undo)
    assert _snapshot(db) == before
    perform(db, undone.undo)
    with db.reading() as s:
        assert [g.name for g in table_rows.list_gift_rows(s)] == ["Drill"]
