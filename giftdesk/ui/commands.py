"""Superseded by ``giftdesk.ui.undo`` (one ``run(op)``); kept while other branches still use it.

Undo/redo: one ``QUndoCommand`` per user action, holding ids, not objects.

Every redo and undo is its own unit of work on the database. The first
application happens in ``UndoableAction.run`` *before* the command is
pushed, so a refused action (``GiftdeskError``) reaches the caller as an
exception, nothing is written and nothing lands on the undo stack. Later
redos/undos that fail (the data changed meanwhile) report through
``ChangeHub``-independent ``failed`` callbacks and leave the file as it was.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand, QUndoStack
from sqlalchemy.orm import Session

from giftdesk.data.database import Database
from giftdesk.data.errors import GiftdeskError
from giftdesk.ui.changes import Change, ChangeHub

Step = Callable[[Session], Change]


class DbCommand(QUndoCommand):
    """A command made of two database steps: ``apply`` and ``revert``.

    ``apply(session) -> Change`` must be repeatable (redo after undo) and
    ``revert(session) -> Change`` must restore exactly the state before it.
    Steps that need data captured by the first apply store it on the object
    that provides them (see the bulk and edit commands).
    """

    def __init__(
        self,
        text: str,
        db: Database,
        hub: ChangeHub,
        apply: Step,
        revert: Step,
        on_error: Callable[[GiftdeskError], None] | None = None,
    ) -> None:
        super().__init__(text)
        self._db = db
        self._hub = hub
        self._apply = apply
        self._revert = revert
        self._on_error = on_error
        self._first = True
        self.obsolete_reason: str | None = None

    def first_apply(self) -> Change:
        """Apply for the first time; raises GiftdeskError if refused."""
        with self._db.transaction() as session:
            change = self._apply(session)
        self._hub.notify(change)
        return change

    def redo(self) -> None:
        if self._first:  # already applied by first_apply()
            self._first = False
            return
        self._run(self._apply)

    def undo(self) -> None:
        self._run(self._revert)

    def _run(self, step: Step) -> None:
        try:
            with self._db.transaction() as session:
                change = step(session)
        except GiftdeskError as error:
            # The data moved on (e.g. deleted meanwhile): nothing was written;
            # this step can no longer be undone/redone.
            self.setObsolete(True)
            self.obsolete_reason = str(error)
            if self._on_error is not None:
                self._on_error(error)
            return
        self._hub.notify(change)


def run_undoable(stack: QUndoStack, command: DbCommand) -> Change:
    """Apply ``command`` once and, if that worked, put it on ``stack``.

    Raises ``GiftdeskError`` (with nothing written) when the action is refused.
    """
    change = command.first_apply()
    stack.push(command)
    return change
