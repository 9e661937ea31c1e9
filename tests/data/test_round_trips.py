"""Round trips per user action on a shared database (statements + commits/rollbacks).

Across a network every round trip costs the delay; these counts are exact
(SQLAlchemy's events), so they are pinned here: they may only go down.
benchmarks/bench_shared.py times the same actions with 0 and 20 ms of delay.
"""

from __future__ import annotations

import dataclasses
import threading
from collections.abc import Callable
from functools import partial

import pytest
from sqlalchemy import Engine, event, insert, select

from giftdesk.data import gifts as gift_data
from giftdesk.data.budget import compute_budget_summary
from giftdesk.data.database import Database, open_database
from giftdesk.data.models import gifts, persons
from giftdesk.data.operations import bulk as bulk_ops
from giftdesk.data.operations import gifts as gift_ops
from giftdesk.data.operations import perform
from giftdesk.data.table_rows import list_gift_rows, list_table_rows

pytestmark = pytest.mark.parametrize("engine", ["postgresql"], indirect=True)

# What each action costs today (the goals: an edit 3, a bulk action 6, its undo too).
ADD_ONE_GIFT = 3
EDIT_ONE_GIFT = 3
UNDO_EDIT = 3
CELL_EDIT = 3
UNDO_CELL_EDIT = 3
BULK_ACTION = 6
UNDO_BULK = 6
BUDGET_SUMMARY = 5
DELETE_GIFTS = 6
UNDO_DELETE = 6
# Undo of an import (a backup, the example family): one checked DELETE a table,
# whatever the number of rows (was a version-raising UPDATE a table before them).
UNDO_IMPORT = 5
OCCASION_TOTALS = 2  # the budget panel's "All occasions" as the window opens
# "Coming up": occasions with their figures, birthday recipients and birthdates in
# one statement, and its rollback (was 3 statements + rollback).
COMING_UP = 2
# Who is looking, on a connection that has read the members table (the open's
# schema check, or the organiser check): the table is known to exist.
WHO_IS_LOOKING_AFTER_THE_ORGANISER_CHECK = 2
# Whether this login organises, first asked after the open (the window's Family
# members menu): the open's schema check answered it. Asked again: 2.
ORGANISER_AFTER_THE_OPEN = 0
ORGANISER_ASKED_AGAIN = 2
# The schema check, the three tables, the budget panel's occasion figures (the
# window itself reads more: see benchmarks/bench_shared.py).
OPEN_A_FAMILY = 8


def _round_trips(db: Database | type[Engine], action: Callable[[], object]) -> int:
    """What ``action`` sends through the engine of ``db`` (``Engine``: every engine)."""
    count = [0]
    here = threading.current_thread()

    def one(*_args: object, **_kwargs: object) -> None:
        # Only this thread's: the test server makes databases ahead in threads of its own.
        if threading.current_thread() is here:
            count[0] += 1

    target = db if isinstance(db, type) else db.engine
    names = ("before_cursor_execute", "commit", "rollback")
    for name in names:
        event.listen(target, name, one)
    try:
        action()
    finally:
        for name in names:
            event.remove(target, name, one)
    return count[0]


def test_an_edit_and_a_cell_edit(demo_db: Database):
    with demo_db.reading() as session:
        record = gift_data.get_gift(session, 1)
        version = gift_data.get_gift(session, 2).version
    renamed = dataclasses.replace(record, name="Garden kneeler")
    edit = partial(gift_ops.edit_gift, record=renamed)
    done: list = []
    assert _round_trips(demo_db, lambda: done.append(perform(demo_db, edit))) <= EDIT_ONE_GIFT
    assert _round_trips(demo_db, lambda: perform(demo_db, done.pop().undo)) <= UNDO_EDIT
    cell = partial(gift_ops.set_gift_fields, gift_id=2, changes={"quantity": 2}, version=version)
    new = dataclasses.replace(record, id=None, name="Bird feeder")
    add = partial(gift_ops.create_gifts, records=[new])
    assert _round_trips(demo_db, lambda: perform(demo_db, add)) <= ADD_ONE_GIFT
    assert _round_trips(demo_db, lambda: done.append(perform(demo_db, cell))) <= CELL_EDIT
    assert _round_trips(demo_db, lambda: perform(demo_db, done.pop().undo)) <= UNDO_CELL_EDIT


@pytest.mark.parametrize("size", [5, 55])
def test_a_bulk_action_costs_the_same_whatever_its_size(demo_db: Database, size: int):
    with demo_db.reading() as session:
        rows = list_gift_rows(session)[:size]
    op = partial(
        bulk_ops.assign_purchaser,
        gift_ids=[r.id for r in rows],
        person_id=1,
        person_name="Sam",
        versions={r.id: r.version for r in rows},
    )
    done: list = []
    assert _round_trips(demo_db, lambda: done.append(perform(demo_db, op))) <= BULK_ACTION
    assert _round_trips(demo_db, lambda: perform(demo_db, done[0].undo)) <= UNDO_BULK


def test_the_budget_summary(demo_db: Database):
    def read() -> None:
        with demo_db.reading() as session:
            compute_budget_summary(session)

    assert _round_trips(demo_db, read) <= BUDGET_SUMMARY

    def totals() -> None:
        with demo_db.reading() as session:
            compute_budget_summary(session, people=False)

    assert _round_trips(demo_db, totals) <= OCCASION_TOTALS


def test_coming_up(demo_db: Database):
    import datetime as dt

    from giftdesk.data.upcoming import upcoming

    def read() -> None:
        with demo_db.reading() as session:
            upcoming(session, dt.date.today())

    assert _round_trips(demo_db, read) <= COMING_UP


def test_who_is_looking_after_the_organiser_check(demo_db: Database):
    from giftdesk.data.members import is_organiser, viewer

    db = open_database(demo_db.address)  # new connections: nothing known about them yet
    try:
        is_organiser(db)

        def read() -> None:
            with db.reading() as session:
                viewer(session)

        assert _round_trips(db, read) <= WHO_IS_LOOKING_AFTER_THE_ORGANISER_CHECK
    finally:
        db.close()


def test_whether_this_login_organises_is_answered_by_the_open(demo_db: Database):
    from giftdesk.data.members import is_organiser, organiser_check

    db = open_database(demo_db.address)
    try:
        answers: list[bool] = []
        assert (
            _round_trips(db, lambda: answers.append(is_organiser(db))) <= ORGANISER_AFTER_THE_OPEN
        )
        assert _round_trips(db, lambda: answers.append(is_organiser(db))) <= ORGANISER_ASKED_AGAIN
        with db.reading() as session:
            organiser_check(session.connection())  # the test's login owns the database
        assert answers == [True, True]
    finally:
        db.close()


def test_opening_a_family(demo_db: Database):
    opened: list[Database] = []

    def open_and_read() -> None:
        opened.append(open_database(demo_db.address))  # it makes its own engine
        with opened[0].reading() as session:
            list_table_rows(session)
            compute_budget_summary(session, people=False)

    try:
        assert _round_trips(Engine, open_and_read) <= OPEN_A_FAMILY
    finally:
        for db in opened:
            db.close()


def test_many_gifts_of_many_purchasers_cost_the_same(db: Database):
    """600 gifts bought by 600 people (more than any chunk of ids): a bulk action,
    its undo (every old purchaser checked and put back), a delete and its undo."""
    with db.transaction() as session:
        people = (
            session.execute(
                insert(persons).returning(persons.c.id), [{"name": f"P{i}"} for i in range(600)]
            )
            .scalars()
            .all()
        )
        ids = (
            session.execute(
                insert(gifts).returning(gifts.c.id),
                [{"name": f"G{i}", "purchaser_id": p} for i, p in enumerate(people)],
            )
            .scalars()
            .all()
        )
    op = partial(bulk_ops.assign_purchaser, gift_ids=ids, person_id=people[0], person_name="P0")
    done: list = []
    assert _round_trips(db, lambda: done.append(perform(db, op))) <= BULK_ACTION
    assert _round_trips(db, lambda: perform(db, done.pop().undo)) <= UNDO_BULK
    delete = partial(gift_ops.delete_gifts, gift_ids=ids)
    assert _round_trips(db, lambda: done.append(perform(db, delete))) <= DELETE_GIFTS
    assert _round_trips(db, lambda: perform(db, done.pop().undo)) <= UNDO_DELETE
    with db.reading() as session:
        assert dict(session.execute(select(gifts.c.id, gifts.c.purchaser_id)).all()) == dict(
            zip(ids, people, strict=True)
        )


def test_undo_of_an_import(db: Database):
    from giftdesk.data.demo import demo_backup
    from giftdesk.data.operations import backup as backup_ops

    done = perform(db, partial(backup_ops.import_backup, data=demo_backup()))
    assert _round_trips(db, lambda: perform(db, done.undo)) <= UNDO_IMPORT
    with db.reading() as session:
        assert session.scalars(select(gifts.c.id)).first() is None
