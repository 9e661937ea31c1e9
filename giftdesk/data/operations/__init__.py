"""Every user action as one operation: ``op(session, ...) -> OpResult``.

An operation does one action inside the caller's unit of work and reports
what it changed (a ``Change``) and how to take it back (``undo``, itself an
operation whose own ``undo`` does the action again). So redo after undo
repeats the same action with the same ids, and undo, redo and a first run
all report their change the same way, whoever runs them: the window's undo
stack, the command line or a test.

``perform(db, op)`` runs one operation in its own transaction.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeAlias

from giftdesk.data.changes import Change

if TYPE_CHECKING:  # annotations only: the window imports this before SQLAlchemy loads
    from sqlalchemy.orm import Session

    from giftdesk.data.database import Database


@dataclass(frozen=True)
class OpResult:
    """What one operation did.

    ``change``: what views must show again; ``undo``: the operation that puts
    things back; ``message``: a sentence for the status bar (empty: the
    action's own name says it); ``created``: ids of new rows, in order;
    ``total_cents``: the money the action concerns, when the status bar
    shows it (formatted there, in the user's locale).
    """

    change: Change
    undo: Operation
    message: str = ""
    created: tuple[int, ...] = ()
    total_cents: int | None = None


Operation: TypeAlias = Callable[["Session"], OpResult]


def perform(db: Database, op: Operation) -> OpResult:
    """Run ``op`` in one transaction: all of it is written, or (if refused) none."""
    from giftdesk.data.change_feed import publish

    with db.transaction() as session:
        result = op(session)
        publish(session, result.change, db.origin)  # a shared database: others hear of it
        return result
