"""The budget panel's dock: the panel, its View menu toggle, print and export.

``BudgetDock`` is handed what it uses (the database, the undo runner, what
it needs of the gift table, the status bar) and offers its actions; the
window places the dock and the actions in its menus.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QStatusBar, QWidget

from giftdesk.data.budget import OccasionChoice
from giftdesk.i18n import translate
from giftdesk.ui.actions import apply_spec, make_action
from giftdesk.ui.budget.panel import BudgetPanel, as_choice
from giftdesk.ui.undo import UndoRunner

if TYPE_CHECKING:
    from giftdesk.data.database import Database


class GiftTableFilters(Protocol):
    """What the budget dock needs of the gift table: its occasion, and a person's gifts."""

    def current_occasion_filter(self) -> int | str | None: ...

    def filter_gifts_by_person(self, person_id: int | None) -> None: ...


def _report_export() -> Any:
    """Printing and the report code load on first use, not at start-up."""
    from giftdesk.ui import report_export

    return report_export


class BudgetDock(QDockWidget):
    """The budget panel (``budgetDock`` holding ``panel``) and its three actions.

    ``action_show_budget`` (the dock's toggle), ``action_print_budget`` and
    ``action_export_budget`` concern the occasion the gift table shows
    (``follow_occasion`` when it changes). Double-clicking a person shows
    their gifts; ``panel.occasion_activated`` asks to show an occasion.
    """

    def __init__(
        self,
        parent: QWidget,
        db: Callable[[], Database],
        runner: UndoRunner,
        gifts: GiftTableFilters,
        status_bar: QStatusBar,
    ) -> None:
        super().__init__(translate("BudgetPanel", "Budget"), parent)
        self.setObjectName("budgetDock")
        self._parent = parent  # print and export dialogs sit on the window
        self._db = db
        self._gifts = gifts
        self._status_bar = status_bar
        self.panel = BudgetPanel(db, runner)
        self.setWidget(self.panel)
        self.setAllowedAreas(
            Qt.DockWidgetArea.LeftDockWidgetArea | Qt.DockWidgetArea.RightDockWidgetArea
        )
        # Names, texts and keys come from the one registry of the window's actions.
        self.action_show_budget = apply_spec(self.toggleViewAction(), "actionShowBudget")
        self.action_print_budget = make_action(parent, "actionPrintBudget", self.print_budget)
        self.action_export_budget = make_action(parent, "actionExportBudget", self.export_budget)

        # Double-clicking a person narrows the gift table to the gifts they
        # receive, buy or chip in for, within the chosen occasion.
        self.panel.person_activated.connect(
            lambda person_id, _name: gifts.filter_gifts_by_person(person_id)
        )
        self.panel.show_all_gifts_requested.connect(lambda: gifts.filter_gifts_by_person(None))
        self.follow_occasion()
        self.panel.setEnabled(True)

    def current_choice(self) -> OccasionChoice:
        return as_choice(self._gifts.current_occasion_filter())

    def follow_occasion(self, *_args: object) -> None:
        """Show the budget of the occasion the gift table shows now."""
        self.panel.set_occasion(self.current_choice())

    def print_budget(self) -> None:
        _report_export().print_budget(self._parent, self._db(), self.current_choice())

    def export_budget(self) -> None:
        _report_export().export_budget(
            self._parent,
            self._db(),
            self.current_choice(),
            lambda text: self._status_bar.showMessage(text, 10_000),
        )
