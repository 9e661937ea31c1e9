"""Row versions: refuse a change based on rows another computer changed meanwhile.

Every gift, person, occasion and person budget has a ``version`` that each
change raises by one. An action states the versions it saw (from the rows
on screen, the record in a dialog, or what its own last step left); ``claim``
locks those rows (``SELECT … FOR UPDATE``, in id order so two actions over
overlapping rows queue instead of deadlocking), raises them all by one and
refuses with a sentence when any had moved on, in one statement whatever the
number of rows. So a second computer's overlapping bulk action waits for the
first to commit and is then refused whole: never mixed row by row.

A version of 0 (or None) means "not known" (the command line, a spreadsheet
import): the row is locked and raised, but not checked.

Versions only ever go forward. An undo puts old values back but is a new
change: it checks the version its action left and raises it like any other
change (a row put back after a delete comes back one above the version it
was deleted at). Were an undo to step the version back, a row could show
version 7 twice with different contents, and an edit based on the first
(from a third computer, or a redo) would pass over the second.

So the undo of an earlier step finds its rows where this program's own
later steps (undone since) left them, not where that step left them. It is
let through when a row is at the version this program's own last committed
change left (``Database.versions_left``): then nobody else changed it since,
as any other change would have raised it past that.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy import ColumnElement, Table, case, delete, func, select, update
from sqlalchemy.orm import Session

from giftdesk.data.database import OWN_VERSIONS, VERSIONS_LEFT
from giftdesk.data.errors import ConflictError
from giftdesk.data.id_sets import InIds, where_in
from giftdesk.data.messages import translatable
from giftdesk.data.models import gifts, occasions, persons

KINDS = {gifts.name: "gift", persons.name: "person", occasions.name: "occasion"}


def claim(session: Session, table: Table, seen: Mapping[int, int | None]) -> dict[int, int]:
    """Lock the rows, check the versions seen, raise them; returns {id: new version}.

    Raises ``ConflictError`` (a row changed meanwhile; nothing is written).
    Rows that are gone are skipped: the action's own checks name them.
    """
    return {i: row[0] for i, row in claim_rows(session, table, seen).items()}


def claim_rows(
    session: Session,
    table: Table,
    seen: Mapping[int, int | None],
    *,
    columns: Sequence[ColumnElement[Any]] = (),
) -> dict[int, tuple[Any, ...]]:
    """``claim``, also reading ``columns`` of the rows on the way (no statement more).

    Returns {id: (new version, *values of columns)} for the rows still there.
    One statement whatever the number of rows: the rows are locked in id
    order by a ``SELECT … FOR UPDATE`` inside the ``UPDATE`` that raises
    their versions and returns what they held (the columns other than the
    version are unchanged by it). A version seen that moved on refuses the
    action: the exception rolls the raise back with the rest of the unit of work.
    """
    if not seen:
        return {}
    ids = sorted(seen)
    locked = (
        select(table.c.id).where(*where_in(table.c.id, ids)).order_by(table.c.id).with_for_update()
    )
    found = {
        row_id: (version, name, *values)
        for row_id, version, name, *values in session.execute(
            update(table)
            .where(table.c.id.in_(locked))
            .values(version=table.c.version + 1)
            .returning(table.c.id, table.c.version, table.c.name, *columns)
            .execution_options(synchronize_session=False)
        )
    }
    own = _own(session, table)
    # Rows deleted meanwhile are left to the action's own checks, which say so.
    moved = [
        i for i in ids if seen[i] and i in found and found[i][0] - 1 not in (seen[i], own.get(i))
    ]
    if moved:
        raise conflict(table, len(moved), found[min(moved)][1])
    note_left(session, table, {i: row[0] for i, row in found.items()})
    return {i: (row[0], *row[2:]) for i, row in found.items()}


def conflict(table: Table, count: int, name: str) -> ConflictError:
    """The refusal of an action based on ``count`` rows changed meanwhile (``name``: one)."""
    if count == 1:
        return ConflictError(
            translatable(
                "Shared",
                "“{name}” was changed on another computer a moment ago; "
                "your change was not saved. The table shows the latest version.",
            ).format(name=name)
        )
    return ConflictError(
        translatable(
            "Shared",
            "{count} of the selected {kind}s (“{name}” among them) were changed on another "
            "computer a moment ago; nothing was changed. The table shows the latest version.",
        ).format(count=count, kind=KINDS.get(table.name, "item"), name=name)
    )


def claim_one(session: Session, table: Table, row_id: int, seen: int | None) -> int:
    """``claim`` for one row, in one statement when all is well; returns its new version."""
    statement = update(table).where(table.c.id == row_id)
    accepted = versions_accepted(session, table, row_id, seen)
    if accepted:
        statement = statement.where(table.c.version.in_(accepted))
    moved = session.execute(
        statement.values(version=table.c.version + 1).returning(table.c.version)
    ).scalar()
    if moved is not None:
        note_left(session, table, {row_id: int(moved)})
        return int(moved)
    claim(session, table, {row_id: seen})  # says so if it changed (gone: the action)
    return 0


def versions_accepted(session: Session, table: Table, row_id: int, seen: int | None) -> list[int]:
    """The versions a change of one row based on ``seen`` may find it at (empty: not checked).

    The one seen, and the one this program's own last change left: one
    statement also when the row is where that change left it.
    """
    if not seen:
        return []
    own = _own(session, table).get(row_id)
    return sorted({seen} if own is None else {seen, own})


def note_left(session: Session, table: Table, versions: Mapping[int, int]) -> None:
    """Note the versions this transaction leaves on rows it changed or put back.

    Once it commits, they are this program's own (``Database.versions_left``).
    """
    left = session.info.get(VERSIONS_LEFT)
    if left is not None and versions:
        left.setdefault(table.name, {}).update(versions)


def _own(session: Session, table: Table) -> Mapping[int, int]:
    """{id: version} this program's own last committed change left on the table's rows."""
    own: Mapping[str, Mapping[int, int]] = session.info.get(OWN_VERSIONS, {})
    return own.get(table.name, {})


def delete_created(session: Session, table: Table, ids: Iterable[int]) -> None:
    """The undo of an action that created these rows (each made at version 1): delete them.

    Refuses (``ConflictError``) when another computer changed any of them
    since. One statement whatever the number of rows, and no row rewritten
    just before it goes: the rows are locked in id order (``SELECT … FOR
    UPDATE`` in the ``DELETE``'s ``WITH``, so it queues behind, never
    deadlocks with, a ``claim`` over some of them) and deleted, and the ``DELETE`` returns the
    version each was at. One neither at 1 nor where this program's own last
    change left it was changed elsewhere: the exception rolls the deletion
    back with the rest of the unit of work. Rows already gone are skipped.
    """
    wanted = sorted(set(ids))
    if not wanted:
        return
    in_wanted = InIds(table.c.id, wanted)  # one parameter, used twice
    # Locked first, once, in id order: the uncorrelated count makes the CTE an
    # InitPlan run before the DELETE scans (a semi-join on ``id IN (… FOR
    # UPDATE)`` joined 100,000 ids back and cost ~0.3 s more). Under READ
    # COMMITTED the DELETE then deletes, and returns, each row's latest version.
    locked = (
        select(table.c.id).where(in_wanted).order_by(table.c.id).with_for_update().cte("locked")
    )
    all_locked = select(func.count()).select_from(locked).scalar_subquery() >= 0
    moved_name = case((table.c.version != 1, table.c.name), else_=None)
    own = _own(session, table)
    moved = sorted(
        (row_id, name)
        for row_id, version, name in session.execute(
            delete(table)
            .where(in_wanted, all_locked)
            .returning(table.c.id, table.c.version, moved_name)
            .execution_options(synchronize_session=False)
        )
        if version != 1 and version != own.get(row_id)
    )
    if moved:
        raise conflict(table, len(moved), moved[0][1])
