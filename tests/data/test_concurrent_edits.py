"""Two computers editing one family: a change based on rows the other changed is refused.

Two ``Database`` objects on the same family stand for two computers (on
SQLite, two connections to one file; on PostgreSQL, two server sessions).
"""

from __future__ import annotations

import dataclasses
import threading
from collections.abc import Iterator
from functools import partial

import pytest
from sqlalchemy import select, text

from giftdesk.data import gifts as gift_data
from giftdesk.data import people as people_data
from giftdesk.data.database import Database, open_database
from giftdesk.data.errors import ConflictError, DatabaseError
from giftdesk.data.models import gifts
from giftdesk.data.operations import bulk as bulk_ops
from giftdesk.data.operations import gifts as gift_ops
from giftdesk.data.operations import people as people_ops
from giftdesk.data.operations import perform


@pytest.fixture
def other(demo_db: Database) -> Iterator[Database]:
    """The same family, opened by another computer."""
    second = open_database(demo_db.address)
    yield second
    second.close()


def _gift(db: Database, gift_id: int):  # type: ignore[no-untyped-def]
    with db.reading() as session:
        return gift_data.get_gift(session, gift_id)


def _purchasers(db: Database) -> dict[int, int | None]:
    with db.reading() as session:
        return dict(session.execute(select(gifts.c.id, gifts.c.purchaser_id)).all())


def test_an_edit_based_on_a_gift_changed_elsewhere_is_refused(demo_db: Database, other: Database):
    seen = _gift(demo_db, 1)
    perform(
        other, partial(gift_ops.edit_gift, record=dataclasses.replace(seen, name="Garden kneeler"))
    )
    with pytest.raises(ConflictError) as refused:
        perform(
            demo_db, partial(gift_ops.edit_gift, record=dataclasses.replace(seen, price_cents=999))
        )
    assert str(refused.value).startswith(
        "“Garden kneeler” was changed on another computer a moment ago; your change was not saved."
    )
    now = _gift(demo_db, 1)
    assert (now.name, now.price_cents) == ("Garden kneeler", seen.price_cents)


def test_an_undo_after_the_other_computer_changed_the_gift_is_refused(
    demo_db: Database, other: Database
):
    seen = _gift(demo_db, 2)
    mine = perform(
        demo_db, partial(gift_ops.edit_gift, record=dataclasses.replace(seen, name="Mine"))
    )
    theirs = _gift(other, 2)
    perform(other, partial(gift_ops.edit_gift, record=dataclasses.replace(theirs, quantity=3)))
    with pytest.raises(ConflictError, match="“Mine” was changed on another computer"):
        perform(demo_db, mine.undo)
    now = _gift(demo_db, 2)
    assert (now.name, now.quantity) == ("Mine", 3)


def test_undo_and_redo_of_ones_own_edits_still_work(demo_db: Database):
    seen = _gift(demo_db, 3)
    done = perform(
        demo_db,
        partial(gift_ops.set_gift_fields, gift_id=3, changes={"quantity": 7}, version=seen.version),
    )
    undone = perform(demo_db, done.undo)
    assert _gift(demo_db, 3).quantity == seen.quantity
    perform(demo_db, undone.undo)
    assert _gift(demo_db, 3).quantity == 7


def test_a_cell_edit_delete_or_bulk_action_on_changed_rows_is_refused_whole(
    demo_db: Database, other: Database
):
    rows = {g.id: g for g in (_gift(demo_db, i) for i in (4, 5, 6))}
    seen = {i: r.version for i, r in rows.items()}
    perform(other, partial(gift_ops.set_gift_fields, gift_id=5, changes={"quantity": 2}))
    before = _purchasers(demo_db)
    with pytest.raises(ConflictError, match="was changed on another computer"):
        perform(
            demo_db,
            partial(gift_ops.set_gift_fields, gift_id=5, changes={"quantity": 4}, version=seen[5]),
        )
    with pytest.raises(ConflictError, match="was changed on another computer"):
        perform(demo_db, partial(gift_ops.delete_gifts, gift_ids=[4, 5, 6], versions=seen))
    with pytest.raises(ConflictError, match="was changed on another computer"):
        perform(
            demo_db,
            partial(
                bulk_ops.assign_purchaser,
                gift_ids=[4, 5, 6],
                person_id=1,
                person_name="Sam",
                versions=seen,
            ),
        )
    assert _purchasers(demo_db) == before
    assert _gift(demo_db, 4) is not None and _gift(demo_db, 5).quantity == 2


def test_a_person_edited_elsewhere_is_not_overwritten(demo_db: Database, other: Database):
    with demo_db.reading() as session:
        seen = people_data.get_person(session, 1)
    perform(
        other, partial(people_ops.edit_person, record=dataclasses.replace(seen, notes="theirs"))
    )
    with pytest.raises(ConflictError, match=f"“{seen.name}” was changed on another computer"):
        perform(
            demo_db, partial(people_ops.edit_person, record=dataclasses.replace(seen, notes="mine"))
        )


def _backend_pid(session) -> int:  # type: ignore[no-untyped-def]
    return int(session.execute(text("SELECT pg_backend_pid()")).scalar_one())


def _waiting_for_a_lock(db: Database, pid: int) -> bool:
    with db.reading() as session:
        return bool(
            session.execute(
                text("SELECT wait_event_type = 'Lock' FROM pg_stat_activity WHERE pid = :pid"),
                {"pid": pid},
            ).scalar()
        )


@pytest.mark.parametrize("engine", ["postgresql"], indirect=True)
def test_two_simultaneous_overlapping_bulk_assignments_end_all_or_nothing_each(
    demo_db: Database, other: Database
):
    """A locks its gifts; B (overlapping) waits for them, then is refused whole."""
    with demo_db.reading() as session:
        versions = dict(session.execute(select(gifts.c.id, gifts.c.version)).all())
    first, second = list(range(1, 31)), list(range(20, 51))
    before = _purchasers(demo_db)
    a_holds, a_may_commit = threading.Event(), threading.Event()
    b_pid: list[int] = []
    outcome: dict[str, object] = {}

    def computer_a() -> None:
        with demo_db.transaction() as session:
            bulk_ops.assign_purchaser(session, first, 1, "Sam", versions=versions)
            a_holds.set()
            a_may_commit.wait(30)
        outcome["a"] = "done"

    def computer_b() -> None:
        a_holds.wait(30)
        try:
            with other.transaction() as session:
                b_pid.append(_backend_pid(session))
                bulk_ops.assign_purchaser(session, second, 2, "Maria", versions=versions)
            outcome["b"] = "done"
        except ConflictError as error:
            outcome["b"] = str(error)

    threads = [threading.Thread(target=computer_a), threading.Thread(target=computer_b)]
    for thread in threads:
        thread.start()
    a_holds.wait(30)
    # B is blocked on A's row locks (not merely slow): then A commits.
    deadline = threading.Event()
    for _ in range(300):
        if b_pid and _waiting_for_a_lock(demo_db, b_pid[0]):
            break
        deadline.wait(0.05)
    else:
        pytest.fail("B never waited for A's locks")
    a_may_commit.set()
    for thread in threads:
        thread.join(30)
    assert outcome["a"] == "done"
    assert "were changed on another computer" in str(outcome["b"])
    purchasers = _purchasers(demo_db)
    assert all(purchasers[g] == 1 for g in first)  # all of A
    assert all(purchasers[g] == before[g] for g in second if g not in first)  # none of B


@pytest.mark.parametrize("engine", ["postgresql"], indirect=True)
def test_a_backend_killed_mid_transaction_leaves_nothing_half_written(demo_db: Database):
    before = _purchasers(demo_db)
    written, may_commit = threading.Event(), threading.Event()
    pid: list[int] = []
    errors: list[Exception] = []

    def bulk_in_progress() -> None:
        try:
            with demo_db.transaction() as session:
                pid.append(_backend_pid(session))
                bulk_ops.assign_purchaser(session, list(range(1, 61)), 3, "Thomas")
                written.set()
                may_commit.wait(30)
        except DatabaseError as error:
            errors.append(error)
        finally:
            written.set()

    thread = threading.Thread(target=bulk_in_progress)
    thread.start()
    written.wait(30)
    killer = open_database(demo_db.address)
    try:
        with killer.transaction() as session:
            session.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid[0]})
    finally:
        killer.close()
    may_commit.set()
    thread.join(30)
    assert len(errors) == 1
    assert "was lost; your change was not saved" in str(errors[0])
    assert _purchasers(demo_db) == before
