"""Undoing an import (a backup, the example family, a spreadsheet, a rollover).

The undo deletes exactly the rows the import created, checking in the same
statement that nobody changed them since (no row is rewritten just before it
goes): another computer's change refuses the whole undo, with its sentence,
and nothing is deleted. Two ``Database`` objects stand for two computers.
"""

from __future__ import annotations

import dataclasses
import threading
from collections.abc import Iterator
from functools import partial

import pytest
from sqlalchemy import select, text

from giftdesk.data import gifts as gift_data
from giftdesk.data import occasions as occasion_data
from giftdesk.data import people as people_data
from giftdesk.data import spreadsheet
from giftdesk.data.database import Database, open_database
from giftdesk.data.demo import demo_backup
from giftdesk.data.errors import ConflictError
from giftdesk.data.models import gifts, occasions, persons
from giftdesk.data.operations import OpResult, perform
from giftdesk.data.operations import backup as backup_ops
from giftdesk.data.operations import gifts as gift_ops
from giftdesk.data.operations import occasions as occasion_ops
from giftdesk.data.operations import people as people_ops
from giftdesk.data.operations import planner as planner_ops

CHANGED = "was changed on another computer a moment ago; your change was not saved."


@pytest.fixture
def other(db: Database) -> Iterator[Database]:
    """The same family, opened by another computer."""
    second = open_database(db.address)
    yield second
    second.close()


def _ids(db: Database) -> dict[str, set[int]]:
    with db.reading() as session:
        return {
            table.name: set(session.scalars(select(table.c.id)))
            for table in (persons, occasions, gifts)
        }


def _imported(db: Database) -> tuple[OpResult, dict[str, set[int]]]:
    before = _ids(db)
    done = perform(db, partial(backup_ops.import_backup, data=demo_backup()))
    after = _ids(db)
    return done, {name: after[name] - before[name] for name in after}


def test_the_undo_deletes_exactly_the_imported_rows(db: Database, other: Database):
    perform(other, partial(backup_ops.import_backup, data=demo_backup()))  # not the import's
    kept = _ids(db)
    done, added = _imported(db)
    assert all(added.values())
    assert done.undo is not None
    redo = perform(db, done.undo)
    assert _ids(db) == kept
    assert redo.undo is not None
    perform(db, redo.undo)  # the redo imports it again
    assert {name: len(ids) for name, ids in _ids(db).items()} == {
        name: len(kept[name]) + len(added[name]) for name in kept
    }


@pytest.mark.parametrize("kind", ["gift", "person", "occasion"])
def test_a_row_changed_elsewhere_refuses_the_undo_and_nothing_is_deleted(
    db: Database, other: Database, kind: str
):
    done, added = _imported(db)
    assert done.undo is not None
    with other.reading() as session:
        if kind == "gift":
            row = gift_data.get_gift(session, max(added["gifts"]))
            change = partial(gift_ops.set_gift_fields, gift_id=row.id, changes={"quantity": 9})
        elif kind == "person":
            row = people_data.get_person(session, max(added["persons"]))
            change = partial(people_ops.edit_person, record=dataclasses.replace(row, sizes="M"))
        else:
            row = occasion_data.get_occasion(session, max(added["occasions"]))
            change = partial(
                occasion_ops.edit_occasion, record=dataclasses.replace(row, notes="from Sam")
            )
    perform(other, change)
    everything = _ids(db)
    with pytest.raises(ConflictError) as caught:
        perform(db, done.undo)
    assert str(caught.value).startswith(f"“{row.name}” {CHANGED}")
    assert _ids(db) == everything
    with db.reading() as session:
        if kind == "gift":
            assert gift_data.get_gift(session, row.id).quantity == 9
        elif kind == "person":
            assert people_data.get_person(session, row.id).sizes == "M"
        else:
            assert occasion_data.get_occasion(session, row.id).notes == "from Sam"


def test_several_rows_changed_elsewhere_are_counted_and_the_first_named(
    db: Database, other: Database
):
    done, added = _imported(db)
    assert done.undo is not None
    first, second = sorted(added["gifts"])[3:5]
    for gift_id in (second, first):
        perform(other, partial(gift_ops.set_gift_fields, gift_id=gift_id, changes={"quantity": 2}))
    with db.reading() as session:
        name = gift_data.get_gift(session, first).name
    everything = _ids(db)
    with pytest.raises(ConflictError, match=f"^2 of the selected gifts \\(“{name}” among them\\)"):
        perform(db, done.undo)
    assert _ids(db) == everything


def test_ones_own_changes_undone_or_rows_deleted_elsewhere_do_not_stop_the_undo(
    db: Database, other: Database
):
    kept = _ids(db)
    done, added = _imported(db)
    assert done.undo is not None
    gift_id, gone = sorted(added["gifts"])[:2]
    edit = perform(db, partial(gift_ops.set_gift_fields, gift_id=gift_id, changes={"quantity": 5}))
    assert edit.undo is not None
    perform(db, edit.undo)  # the gift is at version 3, this computer's own
    perform(other, partial(gift_ops.delete_gifts, gift_ids=[gone]))
    perform(db, done.undo)
    assert _ids(db) == kept


@pytest.mark.parametrize("engine", ["postgresql"], indirect=True)
def test_a_change_committed_while_the_undo_waits_for_its_lock_refuses_the_undo(
    db: Database, other: Database
):
    """The other computer holds a row of the import; the undo queues behind it, then refuses."""
    done, added = _imported(db)
    assert done.undo is not None
    gift_id = max(added["gifts"])
    holds, may_commit = threading.Event(), threading.Event()
    undo_pid: list[int] = []
    outcome: dict[str, object] = {}

    def other_computer() -> None:
        with other.transaction() as session:
            gift_ops.set_gift_fields(session, gift_id, {"notes": "wrapped"}, version=1)
            holds.set()
            may_commit.wait(30)

    def undo() -> None:
        holds.wait(30)
        try:
            with db.transaction() as session:
                undo_pid.append(int(session.execute(text("SELECT pg_backend_pid()")).scalar_one()))
                done.undo(session)  # type: ignore[misc]
            outcome["undo"] = "done"
        except ConflictError as error:
            outcome["undo"] = str(error)

    everything = _ids(db)
    threads = [threading.Thread(target=other_computer), threading.Thread(target=undo)]
    for thread in threads:
        thread.start()
    holds.wait(30)
    for _ in range(300):
        with db.reading() as session:
            waiting = (
                undo_pid
                and session.execute(
                    text("SELECT wait_event_type = 'Lock' FROM pg_stat_activity WHERE pid = :pid"),
                    {"pid": undo_pid[0]},
                ).scalar()
            )
        if waiting:
            break
        threading.Event().wait(0.05)
    else:
        pytest.fail("the undo never waited for the other computer's lock")
    may_commit.set()
    for thread in threads:
        thread.join(30)
    assert CHANGED in str(outcome["undo"])
    assert _ids(db) == everything
    with db.reading() as session:
        assert gift_data.get_gift(session, gift_id).notes == "wrapped"


def test_undoing_a_spreadsheet_import_checks_and_deletes_the_same_way(
    db: Database, other: Database
):
    kept = _ids(db)
    sheet = spreadsheet.sheet_from_rows(
        "gifts.xlsx", [["Gift", "For", "Occasion"], ["Kite", "Anna", "Easter"], ["Yoyo", "Ben", ""]]
    )
    plan = spreadsheet.plan_import(sheet)
    done = perform(db, partial(planner_ops.import_spreadsheet, plan=plan))
    assert done.undo is not None
    added = {name: ids - kept[name] for name, ids in _ids(db).items()}
    assert [len(added[n]) for n in ("persons", "occasions", "gifts")] == [2, 1, 2]
    with other.reading() as session:
        ben = people_data.find_person_by_name(session, "Ben")  # created by the import
    assert ben is not None and ben.id in added["persons"]
    perform(other, partial(people_ops.edit_person, record=dataclasses.replace(ben, sizes="L")))
    with pytest.raises(ConflictError, match=f"^“Ben” {CHANGED}"):
        perform(db, done.undo)
    assert {name: ids - kept[name] for name, ids in _ids(db).items()} == added
    perform(other, partial(people_ops.delete_person, person_id=ben.id))
    perform(db, done.undo)
    assert _ids(db) == kept
