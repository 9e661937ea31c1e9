"""Placing the parts' actions among the window's own: after an anchor, before the
toolbar's widgets."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QToolBar, QToolButton, QWidgetAction


def insert_after(menu: QMenu, after: QAction | None, action: QAction) -> None:
    """Put ``action`` right after ``after`` in ``menu`` (at the end if it is not there)."""
    actions = menu.actions()
    if after in actions and actions.index(after) + 1 < len(actions):
        menu.insertAction(actions[actions.index(after) + 1], action)
    else:
        menu.addAction(action)


def add_before_widgets(toolbar: QToolBar, actions: Sequence[QAction]) -> None:
    """Put the actions, after a separator, behind the last button, before the filter/search
    widgets; a button with a menu opens it at once."""
    before = next((a for a in toolbar.actions() if isinstance(a, QWidgetAction)), None)
    separator = QAction(toolbar)
    separator.setSeparator(True)
    for act in (separator, *actions):
        if before is None:
            toolbar.addAction(act)
        else:
            toolbar.insertAction(before, act)
    for act in actions:
        button = toolbar.widgetForAction(act)
        if isinstance(button, QToolButton) and act.menu() is not None:
            button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
