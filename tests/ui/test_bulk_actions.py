"""Bulk action commands: one transaction and one undo step each, exactly undone."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QUndoStack
from sqlalchemy import select

from giftdesk.data.database import Database
from giftdesk.data.errors import GiftdeskError, NotFoundError
from giftdesk.data.models import gift_people, gifts, persons
from giftdesk.data.records import PersonRecord
from giftdesk.data.repository import delete_gifts
from giftdesk.ui import bulk_actions as ba
from giftdesk.ui.changes import ChangeHub
from giftdesk.ui.commands import run_undoable
from giftdesk.ui.purchaser_picker import PickerMode


@pytest.fixture(autouse=True)
def euro_locale():  # type: ignore[no-untyped-def]
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.Ireland))
    yield
    QLocale.setDefault(previous)


@pytest.fixture
def hub() -> ChangeHub:
    return ChangeHub()


@pytest.fixture
def stack() -> QUndoStack:
    return QUndoStack()


def snapshot(db: Database) -> tuple[list[tuple], list[tuple]]:
    with db.reading() as session:
        rows = [tuple(r) for r in session.execute(select(gifts).order_by(gifts.c.id))]
        links = [
            tuple(r)
            for r in session.execute(
                select(gift_people.c.gift_id, gift_people.c.person_id, gift_people.c.role).order_by(
                    gift_people.c.gift_id, gift_people.c.person_id, gift_people.c.role
                )
            )
        ]
    return rows, links


def gift_ids(db: Database, occasion_id: int | None = 1) -> list[int]:
    with db.reading() as session:
        return list(
            session.scalars(select(gifts.c.id).where(gifts.c.occasion_id.is_(occasion_id)))
            if occasion_id is None
            else session.scalars(select(gifts.c.id).where(gifts.c.occasion_id == occasion_id))
        )


COMMANDS = {
    "assign purchaser": lambda db, hub, ids: ba.assign_purchaser_command(db, hub, ids, 3, "Thomas"),
    "clear purchaser": lambda db, hub, ids: ba.assign_purchaser_command(db, hub, ids, None),
    "status purchased": lambda db, hub, ids: ba.set_status_command(db, hub, ids, "purchased"),
    "status idea": lambda db, hub, ids: ba.set_status_command(db, hub, ids, "idea"),
    "move occasion": lambda db, hub, ids: ba.set_occasion_command(db, hub, ids, 2, "Rosa's 80th"),
    "no occasion": lambda db, hub, ids: ba.set_occasion_command(db, hub, ids, None),
    "add recipient": lambda db, hub, ids: ba.add_recipient_command(db, hub, ids, 8, "Zoë"),
    "remove recipient": lambda db, hub, ids: ba.remove_recipient_command(db, hub, ids, 8, "Zoë"),
}


@pytest.mark.parametrize("name", list(COMMANDS))
def test_each_bulk_action_is_one_undo_step_exactly_undone_and_redone(
    demo_db: Database, hub: ChangeHub, stack: QUndoStack, name: str
):
    ids = gift_ids(demo_db)
    before = snapshot(demo_db)
    changes = []
    hub.changed.connect(changes.append)
    command = COMMANDS[name](demo_db, hub, ids)
    run_undoable(stack, command)
    after = snapshot(demo_db)
    assert after != before
    assert stack.count() == 1
    assert changes[-1].gifts == frozenset(ids)
    stack.undo()
    assert snapshot(demo_db) == before
    assert changes[-1].gifts == frozenset(ids)
    stack.redo()
    assert snapshot(demo_db) == after
    stack.undo()
    assert snapshot(demo_db) == before
    assert len(changes) == 4


def test_assign_purchaser_says_who_buys_how_many_for_how_much(demo_db, hub, stack):  # type: ignore[no-untyped-def]
    ids = gift_ids(demo_db)[:12]
    command = ba.assign_purchaser_command(demo_db, hub, ids, 3, "Thomas")
    run_undoable(stack, command)
    with demo_db.reading() as session:
        total = sum(
            (sale if sale is not None else (price or 0)) * qty
            for sale, price, qty in session.execute(
                select(gifts.c.sale_price_cents, gifts.c.price_cents, gifts.c.quantity).where(
                    gifts.c.id.in_(ids)
                )
            )
        )
    assert command.message == f"Thomas will buy 12 gifts · €{total / 100:,.2f}"
    assert command.text() == "Assign Thomas to buy 12 gifts"


def test_assignment_tells_the_views_about_old_and_new_purchasers(demo_db, hub, stack):  # type: ignore[no-untyped-def]
    ids = gift_ids(demo_db)
    with demo_db.reading() as session:
        old = set(session.scalars(select(gifts.c.purchaser_id).where(gifts.c.id.in_(ids)))) - {None}
    changes = []
    hub.changed.connect(changes.append)
    run_undoable(stack, ba.assign_purchaser_command(demo_db, hub, ids, 3, "Thomas"))
    assert changes[0].persons == frozenset(old | {3})
    assert changes[0].touches_money


def test_status_messages(demo_db, hub, stack):  # type: ignore[no-untyped-def]
    ids = gift_ids(demo_db)[:12]
    command = ba.set_status_command(demo_db, hub, ids, "purchased", today=dt.date(2026, 12, 1))
    run_undoable(stack, command)
    assert command.message == "12 gifts marked as purchased"
    with demo_db.reading() as session:
        assert None not in set(
            session.scalars(select(gifts.c.purchase_date).where(gifts.c.id.in_(ids)))
        )


def test_gifts_deleted_meanwhile_are_refused_with_nothing_on_the_stack(demo_db, hub, stack):  # type: ignore[no-untyped-def]
    ids = gift_ids(demo_db)
    with demo_db.transaction() as session:
        delete_gifts(session, ids[:1])
    before = snapshot(demo_db)
    for make in COMMANDS.values():
        with pytest.raises(NotFoundError, match="no longer exist"):
            run_undoable(stack, make(demo_db, hub, ids))
    assert stack.count() == 0
    assert snapshot(demo_db) == before


def test_undo_after_the_gifts_were_deleted_elsewhere_changes_nothing_and_says_so(
    demo_db, hub, stack
):  # type: ignore[no-untyped-def]
    ids = gift_ids(demo_db)
    errors: list[GiftdeskError] = []
    command = ba.assign_purchaser_command(demo_db, hub, ids, 3, "Thomas", on_error=errors.append)
    run_undoable(stack, command)
    with demo_db.transaction() as session:  # "another window" deletes one of them
        delete_gifts(session, ids[-1:])
    before = snapshot(demo_db)
    stack.undo()
    assert snapshot(demo_db) == before
    assert len(errors) == 1
    assert "no longer exist" in str(errors[0])
    assert command.obsolete_reason


def test_person_creation_is_its_own_undo_step_keeping_its_id(demo_db, hub, stack):  # type: ignore[no-untyped-def]
    command = ba.create_person_command(demo_db, hub, PersonRecord(None, " Oma  Gerda ", "Granny"))
    run_undoable(stack, command)
    new_id = command.person_id
    with demo_db.reading() as session:
        assert session.scalar(select(persons.c.name).where(persons.c.id == new_id)) == "Oma Gerda"
    run_undoable(stack, ba.assign_purchaser_command(demo_db, hub, gift_ids(demo_db), new_id, "Oma"))
    stack.undo()
    stack.undo()
    with demo_db.reading() as session:
        assert session.scalar(select(persons.c.id).where(persons.c.id == new_id)) is None
    stack.redo()
    stack.redo()
    with demo_db.reading() as session:
        assert session.scalar(select(persons.c.name).where(persons.c.id == new_id)) == "Oma Gerda"
        assert set(
            session.scalars(select(gifts.c.purchaser_id).where(gifts.c.occasion_id == 1))
        ) == {new_id}


def test_picker_data_for_one_occasion_comes_from_the_budget_engine(demo_db):  # type: ignore[no-untyped-def]
    from giftdesk.data.budget import compute_budget_summary

    ids = gift_ids(demo_db)
    data = ba.load_picker_data(demo_db, ids, PickerMode.PURCHASER)
    assert data.scope_text == "Figures for Christmas 2026."
    with demo_db.reading() as session:
        people = {p.person_id: p for p in compute_budget_summary(session, 1).occasions[0].people}
    lines = {line.person_id: line for line in data.lines}
    assert len(lines) == 12  # everyone, with or without figures
    for person_id, figures in people.items():
        assert lines[person_id].amount_cents == figures.buying_planned_cents
        assert lines[person_id].budget_cents == figures.purchaser_budget_cents
        assert lines[person_id].over_budget == figures.over_purchaser_budget


def test_picker_data_for_mixed_occasions_spans_all(demo_db):  # type: ignore[no-untyped-def]
    ids = gift_ids(demo_db, 1)[:2] + gift_ids(demo_db, 2)[:2]
    data = ba.load_picker_data(demo_db, ids, PickerMode.PURCHASER)
    assert "all occasions" in data.scope_text


def test_picker_for_removing_lists_only_current_recipients(demo_db):  # type: ignore[no-untyped-def]
    ids = gift_ids(demo_db, 2)  # Grandma Rosa's 80th: for Rosa (4), one also for Joe (5)
    data = ba.load_picker_data(demo_db, ids, PickerMode.REMOVE_RECIPIENT)
    assert {line.person_id for line in data.lines} == {4, 5}
    assert data.scope_text == "Figures for Grandma Rosa's 80th."


def test_picker_for_one_gift_preselects_its_purchaser(demo_db):  # type: ignore[no-untyped-def]
    with demo_db.reading() as session:
        gift_id, purchaser = session.execute(
            select(gifts.c.id, gifts.c.purchaser_id).where(gifts.c.purchaser_id.is_not(None))
        ).first()
    data = ba.load_picker_data(demo_db, [gift_id], PickerMode.PURCHASER)
    assert data.current_person_id == purchaser
