"""Undo/redo of operations through ``UndoRunner``, without widgets: each step is its own unit of work."""

from __future__ import annotations

import dataclasses
from functools import partial

import pytest
from PySide6.QtGui import QUndoStack

from giftdesk.data import budgets as budgets_data
from giftdesk.data import gifts as gifts_data
from giftdesk.data import occasions as occasions_data
from giftdesk.data import people as people_data
from giftdesk.data import table_rows
from giftdesk.data.changes import Change
from giftdesk.data.checks import is_empty
from giftdesk.data.errors import GiftdeskError, ValidationError
from giftdesk.data.operations import demo as demo_ops
from giftdesk.data.operations import gifts as gift_ops
from giftdesk.data.operations import occasions as occasion_ops
from giftdesk.data.operations import people as person_ops
from giftdesk.data.records import GiftRecord, OccasionRecord, PersonRecord
from giftdesk.ui.changes import ChangeHub
from giftdesk.ui.undo import UndoRunner


@pytest.fixture
def hub(qapp):  # type: ignore[no-untyped-def]
    return ChangeHub()


@pytest.fixture
def changes(hub):  # type: ignore[no-untyped-def]
    seen: list[Change] = []
    hub.changed.connect(seen.append)
    return seen


def runner(db, hub, stack, refused):  # type: ignore[no-untyped-def]
    return UndoRunner(lambda: db, hub, stack, refused.append)


def run_undoable(stack, runner_and_op):  # type: ignore[no-untyped-def]
    """Run (runner, text, op) as the window does for a dialog: a refusal raises."""
    run, text, op = runner_and_op
    return run.run(text, op, raise_refusal=True)


def snapshot(db):  # type: ignore[no-untyped-def]
    with db.reading() as s:
        # A row's version counts changes (undone ones too), not what it holds.
        return (
            [dataclasses.replace(row, version=0) for row in table_rows.list_person_rows(s)],
            [dataclasses.replace(row, version=0) for row in table_rows.list_occasion_rows(s)],
            [row._replace(version=0) for row in table_rows.list_gift_rows(s)],
            budgets_data.list_budgets(s),
        )


def test_create_person_undo_redo_keeps_the_same_id(db, hub, changes):
    stack = QUndoStack()
    result = run_undoable(
        stack,
        (
            runner(db, hub, stack, []),
            "Add Anna",
            partial(person_ops.create_person, record=PersonRecord(None, "  Anna ")),
        ),
    )
    (person_id,) = result.created
    with db.reading() as s:
        assert people_data.get_person(s, person_id).name == "Anna"
    stack.undo()
    with db.reading() as s:
        assert table_rows.list_person_rows(s) == []
    stack.redo()
    with db.reading() as s:
        assert [r.id for r in table_rows.list_person_rows(s)] == [person_id]
    assert changes[-1].persons == {person_id}


def test_refused_create_writes_nothing_and_is_not_on_the_stack(db, hub):
    stack = QUndoStack()
    with pytest.raises(ValidationError) as caught:
        run_undoable(
            stack,
            (
                runner(db, hub, stack, []),
                "Add",
                partial(person_ops.create_person, record=PersonRecord(None, "   ")),
            ),
        )
    assert caught.value.field == "name"
    assert stack.count() == 0
    with db.reading() as s:
        assert is_empty(s)


def test_edit_person_reports_the_gifts_that_show_their_name(demo_db, hub, changes):
    stack = QUndoStack()
    with demo_db.reading() as s:
        anna = people_data.find_person_by_name(s, "Anna")
        shown = {
            r.id
            for r in table_rows.list_gift_rows(s)
            if anna.id in r.recipient_ids or r.purchaser_id == anna.id
        }
    run_undoable(
        stack,
        (
            runner(demo_db, hub, stack, []),
            "Edit",
            partial(person_ops.edit_person, record=dataclasses.replace(anna, name="Anna B.")),
        ),
    )
    assert changes[-1].persons == {anna.id}
    assert shown <= changes[-1].gifts
    stack.undo()
    with demo_db.reading() as s:
        assert people_data.get_person(s, anna.id).name == "Anna"


def test_delete_person_then_undo_restores_links_purchases_and_budgets(demo_db, hub):
    before = snapshot(demo_db)
    stack = QUndoStack()
    with demo_db.reading() as s:
        maria = people_data.find_person_by_name(s, "Maria")
    run_undoable(
        stack,
        (
            runner(demo_db, hub, stack, []),
            "Delete Maria",
            partial(person_ops.delete_person, person_id=maria.id),
        ),
    )
    assert snapshot(demo_db) != before
    stack.undo()
    assert snapshot(demo_db) == before
    stack.redo()
    with demo_db.reading() as s:
        assert people_data.find_person_by_name(s, "Maria") is None


def test_delete_occasion_then_undo_puts_gifts_back_in_it(demo_db, hub):
    before = snapshot(demo_db)
    stack = QUndoStack()
    with demo_db.reading() as s:
        occasion = table_rows.list_occasion_rows(s)[0]
    run_undoable(
        stack,
        (
            runner(demo_db, hub, stack, []),
            "Delete",
            partial(occasion_ops.delete_occasion, occasion_id=occasion.id),
        ),
    )
    with demo_db.reading() as s:
        assert all(r.occasion_id != occasion.id for r in table_rows.list_gift_rows(s))
    stack.undo()
    assert snapshot(demo_db) == before


def test_create_edit_delete_occasion_undo_all_the_way(db, hub):
    stack = QUndoStack()
    run = runner(db, hub, stack, [])
    record = OccasionRecord(None, "Christmas", "holiday", None, 50000)
    created = run_undoable(
        stack, (run, "Add", partial(occasion_ops.create_occasion, record=record))
    )
    (occasion_id,) = created.created
    record = OccasionRecord(occasion_id, "Xmas", "holiday", None, 100)
    run_undoable(stack, (run, "Edit", partial(occasion_ops.edit_occasion, record=record)))
    with db.reading() as s:
        assert occasions_data.get_occasion(s, occasion_id).budget_cents == 100
    stack.undo()
    with db.reading() as s:
        assert occasions_data.get_occasion(s, occasion_id).name == "Christmas"
    stack.undo()
    with db.reading() as s:
        assert is_empty(s)


def test_separate_gifts_for_each_recipient_are_one_undo_step(db, hub):
    stack = QUndoStack()
    with db.transaction() as s:
        a = people_data.create_person(s, PersonRecord(None, "A"))
        b = people_data.create_person(s, PersonRecord(None, "B"))
    records = [GiftRecord(None, "Socks", price_cents=500, recipient_ids=(p,)) for p in (a, b)]
    result = run_undoable(
        stack, (runner(db, hub, stack, []), "Add", partial(gift_ops.create_gifts, records=records))
    )
    with db.reading() as s:
        rows = table_rows.list_gift_rows(s)
    assert sorted(r.recipient_ids for r in rows) == [(a,), (b,)]
    stack.undo()
    with db.reading() as s:
        assert table_rows.list_gift_rows(s) == []
    stack.redo()
    with db.reading() as s:
        assert sorted(r.id for r in table_rows.list_gift_rows(s)) == sorted(result.created)


def test_edit_gift_and_in_place_fields_undo(demo_db, hub):
    stack = QUndoStack()
    with demo_db.reading() as s:
        gift = table_rows.list_gift_rows(s)[0]
        record = gifts_data.get_gift(s, gift.id)
    run = runner(demo_db, hub, stack, [])
    renamed = dataclasses.replace(record, name="Renamed")
    run_undoable(stack, (run, "Edit", partial(gift_ops.edit_gift, record=renamed)))
    changes = {"quantity": 7, "status": "received"}
    run_undoable(
        stack, (run, "Change", partial(gift_ops.set_gift_fields, gift_id=gift.id, changes=changes))
    )
    with demo_db.reading() as s:
        now = gifts_data.get_gift(s, gift.id)
    assert (now.name, now.quantity, now.status) == ("Renamed", 7, "received")
    stack.undo()
    stack.undo()
    with demo_db.reading() as s:
        assert gifts_data.get_gift(s, gift.id) == record


def test_in_place_edit_with_a_bad_quantity_is_refused(demo_db, hub):
    stack = QUndoStack()
    with demo_db.reading() as s:
        gift = table_rows.list_gift_rows(s)[0]
    with pytest.raises(ValidationError):
        run_undoable(
            stack,
            (
                runner(demo_db, hub, stack, []),
                "Change",
                partial(gift_ops.set_gift_fields, gift_id=gift.id, changes={"quantity": 0}),
            ),
        )
    assert stack.count() == 0


def test_delete_many_gifts_is_one_undo_step(demo_db, hub, changes):
    before = snapshot(demo_db)
    stack = QUndoStack()
    with demo_db.reading() as s:
        ids = [r.id for r in table_rows.list_gift_rows(s)][:25]
    run_undoable(
        stack,
        (
            runner(demo_db, hub, stack, []),
            "Delete 25 gifts",
            partial(gift_ops.delete_gifts, gift_ids=ids),
        ),
    )
    assert stack.undoText() == "Delete 25 gifts"
    assert changes[-1].removed_gifts == set(ids)
    stack.undo()
    assert snapshot(demo_db) == before
    assert changes[-1].gifts == set(ids)


def test_deleting_a_gift_deleted_meanwhile_is_refused(demo_db, hub):
    stack = QUndoStack()
    with demo_db.reading() as s:
        gift_id = table_rows.list_gift_rows(s)[0].id
    with demo_db.transaction() as s:
        gifts_data.delete_gifts(s, [gift_id])
    with pytest.raises(GiftdeskError):
        run_undoable(
            stack,
            (
                runner(demo_db, hub, stack, []),
                "Delete",
                partial(gift_ops.delete_gifts, gift_ids=[gift_id]),
            ),
        )
    assert stack.count() == 0


def test_loading_the_example_family_is_undoable(db, hub):
    stack = QUndoStack()
    run_undoable(stack, (runner(db, hub, stack, []), "Load", demo_ops.load_example_family))
    with db.reading() as s:
        assert len(table_rows.list_person_rows(s)) == 12
    stack.undo()
    with db.reading() as s:
        assert is_empty(s)
        assert budgets_data.list_budgets(s) == []
    stack.redo()
    with db.reading() as s:
        assert len(table_rows.list_gift_rows(s)) > 50


def test_undo_that_can_no_longer_apply_reports_and_changes_nothing(db, hub):
    errors: list[str] = []
    stack = QUndoStack()
    with db.transaction() as s:
        person = people_data.create_person(s, PersonRecord(None, "A"))
    run = runner(db, hub, stack, errors)
    run.run("Edit", partial(person_ops.edit_person, record=PersonRecord(person, "B")))
    with db.transaction() as s:  # deleted behind the command's back
        people_data.delete_person(s, person)
    stack.undo()
    assert errors and "no longer exists" in errors[0]
    assert "can no longer be undone" in errors[0]
    with db.reading() as s:
        assert table_rows.list_person_rows(s) == []
