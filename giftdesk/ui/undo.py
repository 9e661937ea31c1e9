"""The one way the window runs a user action: ``UndoRunner.run(text, op)``.

``run`` performs the operation (``giftdesk.data.operations``) in its own
transaction, tells the ``ChangeHub`` what changed and puts one
``OperationCommand`` on the undo stack. The command holds the operation that
takes the action back; undoing it returns the one that does it again, so
every undo and redo is again one operation in one transaction. A refused
action writes nothing and lands nowhere; a refused undo or redo (the data
moved on meanwhile) is shown, writes nothing, and its step leaves the stack.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand, QUndoStack

from giftdesk.data.changes import EVERYTHING
from giftdesk.data.errors import ConflictError, GiftdeskError, NotFoundError
from giftdesk.i18n import translate
from giftdesk.ui.changes import ChangeHub

if TYPE_CHECKING:  # annotations only: the window shows before SQLAlchemy loads
    from giftdesk.data.database import Database
    from giftdesk.data.operations import Operation, OpResult

Refusal = Callable[[str], None]


class OperationCommand(QUndoCommand):
    """One user action on the undo stack (already done when it is pushed)."""

    def __init__(self, text: str, runner: UndoRunner, done: OpResult) -> None:
        super().__init__(text)
        self._runner = runner
        self._undo: Operation | None = done.undo
        self._redo: Operation | None = None
        self.result = done  # the last result, undo or redo: what it changed
        self.obsolete_reason: str | None = None

    def redo(self) -> None:
        if self._redo is None:  # pushed right after the first run: done already
            return
        self._step(self._redo)

    def undo(self) -> None:
        assert self._undo is not None
        self._step(self._undo)

    def _step(self, op: Operation) -> None:
        result = self._runner.step(self.text(), op, self)
        if result is None:
            return
        self.result = result
        if op is self._undo:
            self._redo, self._undo = result.undo, None
        else:
            self._undo, self._redo = result.undo, None


class UndoRunner:
    """Runs operations on the current file, through the hub and the undo stack.

    ``db`` is read on every run (the window may switch files); ``refused``
    shows a sentence to the person (one place for every refusal).
    """

    def __init__(
        self,
        db: Callable[[], Database],
        hub: ChangeHub,
        stack: QUndoStack,
        refused: Refusal,
    ) -> None:
        self._db = db
        self.hub = hub
        self.stack = stack
        self.refused = refused

    def run(self, text: str, op: Operation, *, raise_refusal: bool = False) -> OpResult | None:
        """Do one action as one undo step; None (after saying why) if refused.

        ``raise_refusal``: raise the ``GiftdeskError`` instead, for a dialog
        that shows it next to the field and stays open.
        """
        try:
            result = self._perform(op)
        except GiftdeskError as error:
            if raise_refusal:
                raise
            self.refused(str(error))
            return None
        self.push_done(text, result)
        return result

    def push_done(self, text: str, result: OpResult) -> None:
        """An operation already done and committed (by a worker thread, on its own
        connection): tell the views and put its undo step on the stack."""
        self.hub.notify(result.change)
        self.stack.push(OperationCommand(text, self, result))

    def step(self, text: str, op: Operation, command: QUndoCommand) -> OpResult | None:
        """An undo or redo of ``command``; refused: shown, and the step leaves the stack."""
        try:
            result = self._perform(op)
        except GiftdeskError as error:
            command.setObsolete(True)
            if isinstance(command, OperationCommand):
                command.obsolete_reason = str(error)
            self.refused(
                translate(
                    "UndoRunner", "{error} This step can no longer be undone or redone."
                ).format(error=error)
            )
            return None
        self.hub.notify(result.change)
        return result

    def _perform(self, op: Operation) -> OpResult:
        """``op`` in one transaction; a refusal because something is gone reloads the views."""
        try:
            from giftdesk.data.change_feed import publish  # after the first frame: start-up

            db = self._db()
            with db.transaction() as session:
                result = op(session)
                # Other computers on a shared database hear of it when (if) it commits.
                publish(session, result.change, db.origin)
                return result
        except (NotFoundError, ConflictError):
            # The views may show rows deleted or changed meanwhile (elsewhere): read them again.
            self.hub.notify(EVERYTHING)
            raise
