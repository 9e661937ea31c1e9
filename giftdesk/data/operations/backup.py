"""Importing a backup (or the example family) as one undoable operation.

Undo removes exactly the rows the import added, by id — never a range of ids:
rows another program added meanwhile are not the import's. Links and budgets
go with their gifts and people (ON DELETE CASCADE).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from sqlalchemy.orm import Session

from giftdesk.data import backup
from giftdesk.data.changes import EVERYTHING
from giftdesk.data.models import gifts, occasions, persons
from giftdesk.data.operations import OpResult
from giftdesk.data.row_versions import delete_created


def import_backup(
    session: Session, data: object, on_step: Callable[[str], None] | None = None
) -> OpResult:
    """Add every record of ``data`` (a backup, parsed or not), or nothing at all.

    ``message`` of the result is the sentence saying how much was imported.
    """
    added = backup.import_backup(session, data, on_step)
    return OpResult(
        EVERYTHING,
        undo=partial(remove_imported, added=added, data=data),
        message=added.sentence(),
    )


def remove_imported(session: Session, added: backup.ImportSummary, data: object) -> OpResult:
    """Undo of an import: delete the rows it added; its own undo imports ``data`` again.

    Refused whole when another computer changed any of those rows meanwhile.
    """
    tables = ((gifts, added.gift_ids), (occasions, added.occasion_ids), (persons, added.person_ids))
    for table, ids in tables:
        delete_created(session, table, ids)
    return OpResult(EVERYTHING, undo=partial(import_backup, data=data))
