"""One place that tells every view what changed: the ``ChangeHub``.

Every ``Change`` (``giftdesk.data.changes``) reaches the views through it:
an operation run by the undo runner, its undo and redo, another file
opened, and later changes arriving from another computer. Each view
(tables, budget panel, status bar) listens and refreshes only what concerns
it, keeping selection and scroll position (Anki's change report, in
miniature).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from giftdesk.data.changes import Change


class ChangeHub(QObject):
    """Emits ``changed(Change)`` after every committed action, undo and redo."""

    changed = Signal(object)

    def notify(self, change: Change) -> None:
        self.changed.emit(change)
