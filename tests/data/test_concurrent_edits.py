"""Two computers editing one family: a change based on rows the other changed is refused.

Two ``Database`` objects on the same family stand for two computers (on
SQLite, two connections to one file; on PostgreSQL, two server sessions).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
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


# -- versions only go forward: an undo is a new change (no ABA) --------------


@pytest.fixture
def third(demo_db: Database) -> Iterator[Database]:
    """A third computer on the same family."""
    computer = open_database(demo_db.address)
    yield computer
    computer.close()


def test_an_undo_raises_the_version_so_an_edit_based_on_the_old_one_is_refused(
    demo_db: Database, other: Database, third: Database
):
    """A edits and undoes, B edits after the undo, C edits from what it saw first.

    Were the undo to put the old version back, the gift would show version v+1
    twice (A's edit, then B's): A's redo and C's stale edit would both pass,
    and each would overwrite B's quantity without a word.
    """
    seen_by_c = _gift(third, 7)
    v = seen_by_c.version
    mine = perform(
        demo_db,
        partial(gift_ops.edit_gift, record=dataclasses.replace(seen_by_c, name="Garden kneeler")),
    )
    assert _gift(demo_db, 7).version == v + 1
    undone = perform(demo_db, mine.undo)
    after_undo = _gift(other, 7)
    assert (after_undo.name, after_undo.version) == (seen_by_c.name, v + 2)  # forward, not back

    perform(other, partial(gift_ops.edit_gift, record=dataclasses.replace(after_undo, quantity=4)))
    assert _gift(demo_db, 7).version == v + 3

    with pytest.raises(ConflictError, match="was changed on another computer a moment ago"):
        perform(demo_db, undone.undo)  # A's redo: based on the version A's undo left
    with pytest.raises(ConflictError, match="was changed on another computer a moment ago"):
        perform(
            third, partial(gift_ops.edit_gift, record=dataclasses.replace(seen_by_c, notes="C"))
        )
    now = _gift(demo_db, 7)
    assert (now.name, now.quantity, now.notes, now.version) == (
        seen_by_c.name,
        4,
        seen_by_c.notes,
        v + 3,
    )


def test_a_cell_edit_bulk_action_or_delete_undone_leaves_a_higher_version(
    demo_db: Database, third: Database
):
    seen = {i: _gift(third, i) for i in (8, 9, 10)}
    versions = {i: g.version for i, g in seen.items()}
    actions = [
        partial(gift_ops.set_gift_fields, gift_id=8, changes={"quantity": 5}, version=versions[8]),
        partial(
            bulk_ops.assign_purchaser,
            gift_ids=[9],
            person_id=2,
            person_name="Maria",
            versions={9: versions[9]},
        ),
        partial(gift_ops.delete_gifts, gift_ids=[10], versions={10: versions[10]}),
    ]
    for action in actions:
        done = perform(demo_db, action)
        redone = perform(demo_db, perform(demo_db, done.undo).undo)  # undo, redo
        perform(demo_db, redone.undo)  # and undo again: each a change of its own
    for gift_id, before in seen.items():
        now = _gift(demo_db, gift_id)
        assert now == before  # the same values …
        assert now.version > before.version  # … never the version C saw
    with pytest.raises(ConflictError, match="were changed on another computer"):
        perform(third, partial(gift_ops.delete_gifts, gift_ids=[8, 9, 10], versions=versions))
    assert all(_gift(demo_db, i) is not None for i in seen)


def test_a_person_or_occasion_put_back_by_undo_comes_back_at_a_new_version(
    demo_db: Database, third: Database
):
    from giftdesk.data import occasions as occasion_data
    from giftdesk.data.operations import occasions as occasion_ops

    with third.reading() as session:
        person = people_data.get_person(session, 3)
        occasion = occasion_data.get_occasion(session, 1)
    deleted = perform(
        demo_db, partial(people_ops.delete_person, person_id=3, version=person.version)
    )
    perform(demo_db, deleted.undo)
    gone = perform(
        demo_db,
        partial(occasion_ops.delete_occasion, occasion_id=1, version=occasion.version),
    )
    perform(demo_db, gone.undo)
    with demo_db.reading() as session:
        assert people_data.get_person(session, 3).version == person.version + 2
        assert occasion_data.get_occasion(session, 1).version == occasion.version + 2
    with pytest.raises(ConflictError, match=f"“{person.name}” was changed on another computer"):
        perform(third, partial(people_ops.delete_person, person_id=3, version=person.version))
    with pytest.raises(ConflictError, match=f"“{occasion.name}” was changed on another computer"):
        perform(
            third,
            partial(
                occasion_ops.edit_occasion, record=dataclasses.replace(occasion, notes="stale")
            ),
        )


def test_undoing_an_add_the_other_computer_changed_meanwhile_is_refused(
    demo_db: Database, other: Database
):
    from giftdesk.data.records import PersonRecord

    added = perform(demo_db, partial(people_ops.create_person, record=PersonRecord(None, "Ida")))
    (person_id,) = added.created
    with other.reading() as session:
        theirs = people_data.get_person(session, person_id)
    perform(
        other, partial(people_ops.edit_person, record=dataclasses.replace(theirs, notes="socks"))
    )
    with pytest.raises(ConflictError, match="“Ida” was changed on another computer"):
        perform(demo_db, added.undo)
    with demo_db.reading() as session:
        assert people_data.get_person(session, person_id).notes == "socks"


def test_ones_own_steps_undo_all_the_way_although_versions_only_go_forward(
    demo_db: Database, other: Database
):
    """Each undo finds the row where this computer's own later undo left it."""
    from giftdesk.data.records import PersonRecord

    def person(db: Database, person_id: int) -> PersonRecord:
        with db.reading() as session:
            return people_data.get_person(session, person_id)

    added = perform(demo_db, partial(people_ops.create_person, record=PersonRecord(None, "Ida")))
    (ida,) = added.created
    edited = perform(
        demo_db,
        partial(
            people_ops.edit_person, record=dataclasses.replace(person(demo_db, ida), notes="x")
        ),
    )
    deleted = perform(
        demo_db,
        partial(people_ops.delete_person, person_id=ida, version=person(demo_db, ida).version),
    )
    perform(demo_db, deleted.undo)
    perform(demo_db, edited.undo)
    assert person(demo_db, ida).notes is None
    assert person(demo_db, ida).version == 5  # added 1, edited 2, deleted at 3, back 4, undone 5
    perform(demo_db, added.undo)
    with pytest.raises(Exception, match="no longer exists"):
        person(demo_db, ida)

    # The same steps, with the other computer's edit after the delete was undone.
    added = perform(demo_db, partial(people_ops.create_person, record=PersonRecord(None, "Jo")))
    (jo,) = added.created
    edited = perform(
        demo_db,
        partial(people_ops.edit_person, record=dataclasses.replace(person(demo_db, jo), notes="x")),
    )
    deleted = perform(
        demo_db,
        partial(people_ops.delete_person, person_id=jo, version=person(demo_db, jo).version),
    )
    perform(demo_db, deleted.undo)
    perform(
        other,
        partial(people_ops.edit_person, record=dataclasses.replace(person(other, jo), sizes="M")),
    )
    with pytest.raises(ConflictError, match="“Jo” was changed on another computer"):
        perform(demo_db, edited.undo)
    with pytest.raises(ConflictError, match="“Jo” was changed on another computer"):
        perform(demo_db, added.undo)
    assert (person(demo_db, jo).notes, person(demo_db, jo).sizes) == ("x", "M")


def test_deleting_a_person_or_occasion_from_its_table_changed_elsewhere_is_refused(
    demo_db: Database, other: Database
):
    """The People and Occasions tables delete the row they show, at its version."""
    from giftdesk.data import occasions as occasion_data
    from giftdesk.data.operations import occasions as occasion_ops
    from giftdesk.data.table_rows import list_occasion_rows, list_person_rows

    with demo_db.reading() as session:
        person_row = next(r for r in list_person_rows(session) if r.id == 2)
        occasion_row = next(r for r in list_occasion_rows(session) if r.id == 2)
    with other.reading() as session:
        theirs = people_data.get_person(session, 2)
    perform(
        other, partial(people_ops.edit_person, record=dataclasses.replace(theirs, notes="scarf"))
    )
    perform(
        other,
        partial(occasion_ops.set_occasion_budget, occasion_id=2, cents=12_000, version=0),
    )
    with pytest.raises(ConflictError) as refused:
        perform(
            demo_db,
            partial(people_ops.delete_person, person_id=2, version=person_row.version),
        )
    assert str(refused.value).startswith(
        f"“{person_row.name}” was changed on another computer a moment ago; "
        "your change was not saved."
    )
    with pytest.raises(ConflictError) as refused:
        perform(
            demo_db,
            partial(occasion_ops.delete_occasion, occasion_id=2, version=occasion_row.version),
        )
    assert str(refused.value).startswith(
        f"“{occasion_row.name}” was changed on another computer a moment ago; "
        "your change was not saved."
    )
    with demo_db.reading() as session:
        assert people_data.get_person(session, 2).notes == "scarf"
        assert occasion_data.get_occasion(session, 2).budget_cents == 12_000
        fresh_person = next(r for r in list_person_rows(session) if r.id == 2)
        fresh_occasion = next(r for r in list_occasion_rows(session) if r.id == 2)
    assert fresh_person.version > person_row.version  # what the tables show after the refusal
    perform(demo_db, partial(people_ops.delete_person, person_id=2, version=fresh_person.version))
    perform(
        demo_db,
        partial(occasion_ops.delete_occasion, occasion_id=2, version=fresh_occasion.version),
    )


# -- person budgets -----------------------------------------------------------


def _budgets_seen(db: Database, person_id: int, occasion_id: int):  # type: ignore[no-untyped-def]
    """A person's budget row for an occasion as the budget panel shows it."""
    from giftdesk.data.budget import compute_budget_summary

    with db.reading() as session:
        summary = compute_budget_summary(session, occasion_id)
    (occasion,) = summary.occasions
    return next(p for p in occasion.people if p.person_id == person_id), occasion.name


def _budget(db: Database, person_id: int, occasion_id: int):  # type: ignore[no-untyped-def]
    from giftdesk.data import budgets as budget_data

    with db.reading() as session:
        return budget_data.get_budget(session, person_id, occasion_id)


def test_two_computers_setting_the_same_persons_budget_the_second_is_refused(
    demo_db: Database, other: Database
):
    from giftdesk.data.operations import budgets as budget_ops

    seen, occasion = _budgets_seen(demo_db, 2, 1)  # Maria at Christmas, as both panels show
    assert seen.budget_version > 0
    theirs = partial(
        budget_ops.set_person_budget,
        person_id=2,
        occasion_id=1,
        field="recipient_budget_cents",
        cents=20_000,
        version=seen.budget_version,
    )
    perform(other, theirs)
    mine = partial(
        budget_ops.set_person_budget,
        person_id=2,
        occasion_id=1,
        field="purchaser_budget_cents",
        cents=5_000,
        version=seen.budget_version,
    )
    with pytest.raises(ConflictError) as refused:
        perform(demo_db, mine)
    assert str(refused.value) == (
        f"{seen.name}'s budgets for {occasion} were changed on another computer a moment ago; "
        "your change was not saved. The budget panel shows the latest."
    )
    now, _ = _budgets_seen(demo_db, 2, 1)  # what the panel reads again
    assert (now.recipient_budget_cents, now.purchaser_budget_cents) == (
        20_000,
        seen.purchaser_budget_cents,
    )
    assert now.budget_version == seen.budget_version + 1
    perform(demo_db, partial(mine, version=now.budget_version))  # based on the latest: saved
    assert _budget(demo_db, 2, 1).purchaser_budget_cents == 5_000


def test_a_budget_added_or_cleared_meanwhile_elsewhere_refuses_the_change(
    demo_db: Database, other: Database
):
    from giftdesk.data.operations import budgets as budget_ops
    from giftdesk.data.records import BudgetRecord, PersonRecord

    with demo_db.transaction() as session:  # someone without budgets at Grandma Rosa's 80th
        ida = people_data.create_person(session, PersonRecord(None, "Ida"))
    assert _budget(demo_db, ida, 2) is None
    first = BudgetRecord(ida, 2, 3_000, None)
    perform(other, partial(budget_ops.set_person_budgets, record=first, version=0))
    with pytest.raises(ConflictError, match="Ida's budgets for .* were changed on another"):
        perform(
            demo_db,
            partial(budget_ops.set_person_budgets, record=BudgetRecord(ida, 2, 9_000), version=0),
        )
    assert _budget(demo_db, ida, 2) == first
    # Cleared on one computer, while the other still shows the row it had.
    shown = _budget(demo_db, ida, 2).version
    perform(
        other, partial(budget_ops.set_person_budgets, record=BudgetRecord(ida, 2), version=shown)
    )
    with pytest.raises(ConflictError, match="Ida's budgets for .* were changed on another"):
        perform(
            demo_db,
            partial(
                budget_ops.set_person_budget,
                person_id=ida,
                occasion_id=2,
                field="purchaser_budget_cents",
                cents=100,
                version=shown,
            ),
        )
    assert _budget(demo_db, ida, 2) is None


def test_a_budget_undo_goes_forward_and_is_refused_after_a_change_elsewhere(
    demo_db: Database, other: Database, third: Database
):
    from giftdesk.data.operations import budgets as budget_ops

    seen_by_third, _ = _budgets_seen(third, 2, 1)
    v = seen_by_third.budget_version

    def set_maria(cents: int, version: int):  # type: ignore[no-untyped-def]
        return partial(
            budget_ops.set_person_budget,
            person_id=2,
            occasion_id=1,
            field="recipient_budget_cents",
            cents=cents,
            version=version,
        )

    done = perform(demo_db, set_maria(11_100, v))
    undone = perform(demo_db, done.undo)
    assert _budget(demo_db, 2, 1).recipient_budget_cents == seen_by_third.recipient_budget_cents
    assert _budget(demo_db, 2, 1).version == v + 2  # the undo is a change of its own
    with pytest.raises(ConflictError, match="were changed on another computer"):
        perform(third, set_maria(22_200, v))  # based on the version before the undo
    redone = perform(demo_db, undone.undo)  # redo, then the other computer changes it
    latest = _budget(other, 2, 1).version
    perform(other, set_maria(33_300, latest))
    with pytest.raises(ConflictError, match="were changed on another computer"):
        perform(demo_db, redone.undo)
    assert _budget(demo_db, 2, 1).recipient_budget_cents == 33_300


def test_budgets_put_back_with_a_deleted_person_keep_ones_own_budget_steps_undoable(
    demo_db: Database,
):
    from giftdesk.data.operations import budgets as budget_ops

    seen, _ = _budgets_seen(demo_db, 3, 1)  # Thomas at Christmas
    step = perform(
        demo_db,
        partial(
            budget_ops.set_person_budget,
            person_id=3,
            occasion_id=1,
            field="purchaser_budget_cents",
            cents=4_400,
            version=seen.budget_version,
        ),
    )
    with demo_db.reading() as session:
        version = people_data.get_person(session, 3).version
    deleted = perform(demo_db, partial(people_ops.delete_person, person_id=3, version=version))
    perform(demo_db, deleted.undo)
    put_back = _budget(demo_db, 3, 1)
    assert put_back.purchaser_budget_cents == 4_400
    assert put_back.version > seen.budget_version + 1  # forward, also when put back
    perform(demo_db, step.undo)  # its own later steps, undone: still this computer's
    assert _budget(demo_db, 3, 1).purchaser_budget_cents == seen.purchaser_budget_cents


# -- undoing what an action created ---------------------------------------------


def test_undoing_a_rollover_or_an_import_whose_rows_changed_elsewhere_is_refused(
    demo_db: Database, other: Database
):
    from giftdesk.data import occasions as occasion_data
    from giftdesk.data.demo import demo_backup
    from giftdesk.data.operations import backup as backup_ops
    from giftdesk.data.operations import occasions as occasion_ops
    from giftdesk.data.operations import planner as planner_ops

    rolled = perform(
        demo_db, partial(planner_ops.rollover, occasion_id=1, name="Christmas 2027", date=None)
    )
    (new_occasion,) = rolled.created
    with other.reading() as session:
        seen = occasion_data.get_occasion(session, new_occasion)
    perform(
        other,
        partial(occasion_ops.edit_occasion, record=dataclasses.replace(seen, notes="from Sam")),
    )
    with pytest.raises(ConflictError, match="“Christmas 2027” was changed on another computer"):
        perform(demo_db, rolled.undo)
    with demo_db.reading() as session:
        assert occasion_data.get_occasion(session, new_occasion).notes == "from Sam"

    imported = perform(demo_db, partial(backup_ops.import_backup, data=demo_backup()))
    gift_id = max(gift_ids_of(demo_db))
    perform(other, partial(gift_ops.set_gift_fields, gift_id=gift_id, changes={"quantity": 9}))
    with pytest.raises(ConflictError, match="was changed on another computer"):
        perform(demo_db, imported.undo)
    assert _gift(demo_db, gift_id).quantity == 9

    # Nobody else touched them: one's own undo goes through.
    birthday = perform(
        demo_db,
        partial(planner_ops.plan_birthday, person_id=3, today=dt.date(2026, 12, 1)),
    )
    perform(demo_db, birthday.undo)


def gift_ids_of(db: Database) -> list[int]:
    with db.reading() as session:
        return list(session.scalars(select(gifts.c.id)))
