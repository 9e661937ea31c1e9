"""Row versions: refuse a change based on rows another computer changed meanwhile.

Every gift, person, occasion and person budget has a ``version`` that each
change raises by one. An action states the versions it saw (from the rows
on screen, the record in a dialog, or what its own last step left); ``claim``
locks those rows (``SELECT … FOR UPDATE``, in id order so two actions over
overlapping rows queue instead of deadlocking), refuses with a sentence when
any moved on, and raises them all by one, in two statements whatever the
number of rows. So a second computer's overlapping bulk action waits for the
first to commit and is then refused whole: never mixed row by row.

A version of 0 (or None) means "not known" (the command line, a spreadsheet
import): the row is locked and raised, but not checked.
"""

from __future__ import annotations

from collections.abc import Mapping

from sqlalchemy import Table, select, update
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
    if not seen:
        return {}
    ids = sorted(seen)
    found = {
        row_id: (version, name)
        for row_id, version, name in session.execute(
            select(table.c.id, table.c.version, table.c.name)
            .where(*where_in(table.c.id, ids))
            .order_by(table.c.id)
            .with_for_update()
        )
    }
    kind = KINDS.get(table.name, "item")
    # Rows deleted meanwhile are left to the action's own checks, which say so.
    moved = [i for i in ids if seen[i] and i in found and found[i][0] != seen[i]]
    if moved:
        first = found[moved[0]][1]
        if len(moved) == 1:
            raise ConflictError(
                translatable(
                    "Shared",
                    "“{name}” was changed on another computer a moment ago; "
                    "your change was not saved. The table shows the latest version.",
                ).format(name=first)
            )
        raise ConflictError(
            translatable(
                "Shared",
                "{count} of the selected {kind}s (“{name}” among them) were changed on another "
                "computer a moment ago; nothing was changed. The table shows the latest version.",
            ).format(count=len(moved), kind=kind, name=first)
        )
    present = [i for i in ids if i in found]
    step = -1 if back else 1
    if present:
        session.execute(
            update(table)
            .where(*where_in(table.c.id, present))
            .values(version=table.c.version + step)
            .execution_options(synchronize_session=False)
        )
    return {i: found[i][0] + step for i in present}


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
