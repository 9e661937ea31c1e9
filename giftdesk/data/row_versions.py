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
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import ColumnElement, Table, select, update
from sqlalchemy.orm import Session

from giftdesk.data.errors import ConflictError
from giftdesk.data.id_sets import where_in
from giftdesk.data.messages import translatable
from giftdesk.data.models import gifts, occasions, persons

KINDS = {gifts.name: "gift", persons.name: "person", occasions.name: "occasion"}


def claim(
    session: Session, table: Table, seen: Mapping[int, int | None], *, back: bool = False
) -> dict[int, int]:
    """Lock the rows, check the versions seen, raise them; returns {id: new version}.

    Raises ``ConflictError`` (a row changed meanwhile; nothing is written).
    Rows that are gone are skipped: the action's own checks name them.
    ``back``: an undo puts the versions back down by one, to what they were
    before the action it takes back, so the undo of an earlier action of the
    same person still finds the versions it expects.
    """
    return {i: row[0] for i, row in claim_rows(session, table, seen, back=back).items()}


def claim_rows(
    session: Session,
    table: Table,
    seen: Mapping[int, int | None],
    *,
    back: bool = False,
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
    step = -1 if back else 1
    locked = (
        select(table.c.id).where(*where_in(table.c.id, ids)).order_by(table.c.id).with_for_update()
    )
    found = {
        row_id: (version, name, *values)
        for row_id, version, name, *values in session.execute(
            update(table)
            .where(table.c.id.in_(locked))
            .values(version=table.c.version + step)
            .returning(table.c.id, table.c.version, table.c.name, *columns)
            .execution_options(synchronize_session=False)
        )
    }
    # Rows deleted meanwhile are left to the action's own checks, which say so.
    moved = [i for i in ids if seen[i] and i in found and found[i][0] - step != seen[i]]
    if moved:
        raise conflict(table, len(moved), found[min(moved)][1])
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


def claim_one(
    session: Session, table: Table, row_id: int, seen: int | None, *, back: bool = False
) -> int:
    """``claim`` for one row, in one statement when all is well; returns its new version."""
    statement = update(table).where(table.c.id == row_id)
    if seen:
        statement = statement.where(table.c.version == seen)
    step = -1 if back else 1
    moved = session.execute(
        statement.values(version=table.c.version + step).returning(table.c.version)
    ).scalar()
    if moved is not None:
        return int(moved)
    claim(session, table, {row_id: seen}, back=back)  # says so if it changed (gone: the action)
    return 0
