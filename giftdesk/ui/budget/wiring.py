"""The budget panel in the main window: its dock, View menu entry, print and export."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    Qt,
)
from PySide6.QtWidgets import (
    QDockWidget,
    QMainWindow,
)

from giftdesk.data.budget import (
    OccasionChoice,
)
from giftdesk.i18n import translate
from giftdesk.ui.actions import apply_spec, make_action
from giftdesk.ui.budget.panel import BudgetPanel, as_choice

# -- wiring into the main window -----------------------------------------------------


def _report_export() -> Any:
    """Printing and the report code load on first use, not at start-up."""
    from giftdesk.ui import report_export

    return report_export


def install(window: Any) -> BudgetPanel:
    """Dock the budget panel in ``window`` and add the print/export actions.

    Uses the window's public surface: ``db``, ``runner``,
    ``occasion_filter`` / ``current_occasion_filter()``, ``file_menu``,
    ``toolbar`` and ``filter_gifts_by_person(person_id)``.
    Sets ``window.budget_panel``, ``budget_dock``, ``action_print_budget``
    and ``action_export_budget``.
    """
    panel = BudgetPanel(lambda: window.db, window.runner)
    dock = QDockWidget(translate("BudgetPanel", "Budget"), window)
    dock.setObjectName("budgetDock")
    dock.setWidget(panel)
    dock.setAllowedAreas(
        Qt.DockWidgetArea.LeftDockWidgetArea | Qt.DockWidgetArea.RightDockWidgetArea
    )
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    window.resizeDocks([dock], [620], Qt.Orientation.Horizontal)
    if isinstance(window, QMainWindow):
        window.restoreDockWidget(dock)  # where the person left it last time

    # Names, texts and keys come from the one registry of the window's actions.
    toggle = apply_spec(dock.toggleViewAction(), "actionShowBudget")

    def current_choice() -> OccasionChoice:
        return as_choice(window.current_occasion_filter())

    print_action = make_action(
        window,
        "actionPrintBudget",
        lambda: _report_export().print_budget(window, window.db, current_choice()),
    )
    export_action = make_action(
        window,
        "actionExportBudget",
        lambda: _report_export().export_budget(
            window, window.db, current_choice(), _status(window)
        ),
    )
    # File menu, above Quit: print, export. Nothing goes on the toolbar: it
    # is full, and the search box must stay visible.
    menu = window.file_menu
    quit_action = getattr(window, "action_quit", None)
    before = quit_action if quit_action in menu.actions() else None
    for action in (print_action, export_action):
        menu.insertAction(before, action)
    for action in (toggle, print_action, export_action):
        window.addAction(action)  # shortcuts work wherever the focus is
    menu.insertSeparator(before)
    view_menu = getattr(window, "view_menu", None)
    if view_menu is not None:  # the panel first, then the tabs and the toolbar
        first = view_menu.actions()[0] if view_menu.actions() else None
        view_menu.insertAction(first, toggle)
        view_menu.insertSeparator(first)
    else:
        menu.insertAction(before, toggle)

    window.occasion_filter.currentIndexChanged.connect(
        lambda _index: panel.set_occasion(current_choice())
    )
    panel.set_occasion(current_choice())

    # Double-clicking a person narrows the gift table to the gifts they
    # receive, buy or chip in for, within the chosen occasion.
    filter_by = window.filter_gifts_by_person
    panel.person_activated.connect(lambda person_id, _name: filter_by(person_id))
    panel.show_all_gifts_requested.connect(lambda: filter_by(None))

    def show_occasion(occasion_id: int | None) -> None:
        at = window.occasion_filter.findData(occasion_id)
        if at >= 0:
            window.occasion_filter.setCurrentIndex(at)

    panel.occasion_activated.connect(show_occasion)
    panel.setEnabled(True)

    window.budget_panel = panel
    window.budget_dock = dock
    window.action_print_budget = print_action
    window.action_export_budget = export_action
    window.action_show_budget = toggle
    return panel


def _status(window: Any) -> Callable[[str], None]:
    return lambda text: window.statusBar().showMessage(text, 10_000)
