"""One place that tells every view what a user action changed.

Commands report a ``Change`` to the ``ChangeHub``; each view (tables, budget
panel, status bar) listens and refreshes only what concerns it, keeping
selection and scroll position (Anki's change report, in miniature).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from giftdesk.data.changes import EVERYTHING, Change

__all__ = ["EVERYTHING", "Change", "ChangeHub"]


class ChangeHub(QObject):
    """Emits ``changed(Change)`` after every committed action, undo and redo."""

    changed = Signal(object)

    def notify(self, change: Change) -> None:
        self.changed.emit(change)
