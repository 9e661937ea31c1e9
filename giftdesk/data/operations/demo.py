"""Loading the example family as one undoable operation."""

from __future__ import annotations

from sqlalchemy.orm import Session

from giftdesk.data.demo import demo_backup
from giftdesk.data.operations import OpResult
from giftdesk.data.operations.backup import import_backup


def load_example_family(session: Session) -> OpResult:
    """Add the example family; undo removes exactly the rows it added (by id)."""
    return import_backup(session, demo_backup())
