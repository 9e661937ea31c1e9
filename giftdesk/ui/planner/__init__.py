"""The year-round planner in the window: history, next year, coming up, spreadsheets.

``install(window)`` adds, through the window's public surface:

- ``personHistory`` below the people table (People tab), for the current person;
- ``actionRolloverOccasion`` (Occasions menu and the occasion table's context menu);
- the "Coming up" dock (``upcomingDock`` holding ``upcomingPanel``), its toggle
  ``actionShowUpcoming`` in the View and Occasions menus;
- ``actionImportSpreadsheet`` in the File menu.

``show_on_start(window)`` runs after the window state is restored: the dock is
shown when something is near, hidden otherwise.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QFileDialog, QSplitter

from giftdesk.data.changes import Change
from giftdesk.data.errors import GiftdeskError
from giftdesk.i18n import translate
from giftdesk.ui.actions import apply_spec, make_action
from giftdesk.ui.planner.history_view import PersonHistoryView
from giftdesk.ui.planner.upcoming_panel import UpcomingPanel

TAB_GIFTS, TAB_PEOPLE, TAB_OCCASIONS = 0, 1, 2


def install(window: Any) -> None:
    _install_history(window)
    _install_rollover(window)
    _install_upcoming(window)
    _install_spreadsheet_import(window)


def show_on_start(window: Any) -> None:
    """Show the "Coming up" dock when something is within its days, else hide it."""
    found = window.upcoming_panel.refresh()
    near = found is not None and not found.is_empty
    on_tables = window.pages.currentWidget() is window.tabs
    window.upcoming_dock.setVisible(near and on_tables)
    if near and on_tables:
        window.upcoming_dock.raise_()


# -- history ------------------------------------------------------------------


def _install_history(window: Any) -> None:
    view = window.person_view
    index = window.tabs.indexOf(view)
    text = window.tabs.tabText(index)
    history = PersonHistoryView(lambda: window.db)
    splitter = QSplitter(Qt.Orientation.Vertical)
    splitter.setObjectName("peopleSplitter")
    splitter.setChildrenCollapsible(False)
    current = window.tabs.currentIndex()
    window.tabs.blockSignals(True)  # the same tab comes back at the same place
    window.tabs.removeTab(index)
    splitter.addWidget(view)
    splitter.addWidget(history)
    view.show()  # a page the tab widget hid stays hidden when it moves
    splitter.setStretchFactor(0, 3)
    splitter.setStretchFactor(1, 2)
    splitter.setSizes([600, 400])  # scaled to the room there is, table above
    window.tabs.insertTab(index, splitter, text)
    window.tabs.setCurrentIndex(current)
    window.tabs.blockSignals(False)
    window.person_history = history

    def follow_current(*_args: object) -> None:
        ids = window.selected_person_ids()
        history.set_person(ids[0] if ids else None)

    view.selectionModel().selectionChanged.connect(follow_current)
    window.hub.changed.connect(history.on_change)
    window.hub.changed.connect(lambda _change: follow_current())


# -- next year ----------------------------------------------------------------


def _install_rollover(window: Any) -> None:
    action = make_action(window, "actionRolloverOccasion", lambda: plan_again(window))
    window.addAction(action)
    window.occasions_menu.addAction(action)
    window.occasion_context_menu_actions.append(action)
    window.action_rollover_occasion = action


def plan_again(window: Any) -> None:
    """Open the rollover dialog for the occasion at hand."""
    from giftdesk.data.operations import planner as planner_ops
    from giftdesk.ui.planner.rollover import OccasionChoice, RolloverDialog

    rows = sorted(
        window.occasion_model.rows(),
        key=lambda r: (r.date is None, r.date or 0, r.name.casefold()),
    )
    choices = [OccasionChoice(r.id, r.name, r.date) for r in rows]
    if not choices:
        window.show_refusal(
            translate("Planner", "There is no occasion to plan again yet; add one first.")
        )
        return
    current = None
    if window.tabs.currentIndex() == TAB_OCCASIONS and window.selected_occasion_ids():
        current = window.selected_occasion_ids()[0]
    elif isinstance(window.current_occasion_filter(), int):
        current = window.current_occasion_filter()
    else:  # the latest dated occasion: the one most likely to repeat
        dated = [c for c in choices if c.date is not None]
        current = dated[-1].id if dated else choices[0].id

    def submit(request: Any) -> None:
        result = window.runner.run(
            translate("Planner", "Plan again as {name}").format(name=request.name.strip()),
            partial(
                planner_ops.rollover,
                occasion_id=request.occasion_id,
                name=request.name,
                date=request.date,
            ),
            raise_refusal=True,  # shown next to the field; the dialog stays open
        )
        assert result is not None
        window.tabs.setCurrentIndex(TAB_OCCASIONS)
        window._select_ids(window.occasion_view, list(result.created))
        window.statusBar().showMessage(str(result.message), 8000)

    dialog = RolloverDialog(window, choices, current, submit)
    window.rollover_dialog = dialog  # for tests and screenshots
    dialog.exec()


# -- coming up ----------------------------------------------------------------


def _install_upcoming(window: Any) -> None:
    panel = UpcomingPanel(lambda: window.db, window.hub, window.runner, window.settings)
    dock = QDockWidget(translate("Planner", "Coming up"), window)
    dock.setObjectName("upcomingDock")
    dock.setWidget(panel)
    dock.setAllowedAreas(
        Qt.DockWidgetArea.LeftDockWidgetArea | Qt.DockWidgetArea.RightDockWidgetArea
    )
    budget_dock = getattr(window, "budget_dock", None)
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    if budget_dock is not None:
        window.splitDockWidget(budget_dock, dock, Qt.Orientation.Vertical)
        # The budget's occasion list rarely needs its full height; the list of
        # what is near gets about a third.
        window.resizeDocks([budget_dock, dock], [520, 300], Qt.Orientation.Vertical)
    dock.hide()  # show_on_start decides
    toggle = apply_spec(dock.toggleViewAction(), "actionShowUpcoming")
    window.addAction(toggle)
    _insert_after(window.view_menu, getattr(window, "action_show_budget", None), toggle)
    window.occasions_menu.addAction(toggle)
    panel.show_occasion_requested.connect(lambda occasion_id: _show_occasion(window, occasion_id))

    def on_change(change: Change) -> None:
        if change.everything:  # another file: show what is near in it
            show_on_start(window)

    window.hub.changed.connect(on_change)
    window.upcoming_panel = panel
    window.upcoming_dock = dock
    window.action_show_upcoming = toggle


def _show_occasion(window: Any, occasion_id: int) -> None:
    index = window.occasion_filter.findData(occasion_id)
    if index >= 0:
        window.occasion_filter.setCurrentIndex(index)
    window.tabs.setCurrentIndex(TAB_GIFTS)


# -- spreadsheets -------------------------------------------------------------


def _install_spreadsheet_import(window: Any) -> None:
    action = make_action(window, "actionImportSpreadsheet", lambda: import_spreadsheet(window))
    window.addAction(action)
    _insert_after(window.file_menu, getattr(window, "action_import_backup", None), action)
    window.action_import_spreadsheet = action


def import_spreadsheet(window: Any, path: Path | None = None) -> bool:
    """Ask for a file (unless given), preview it, import it as one undo step."""
    from giftdesk.data.operations import planner as planner_ops
    from giftdesk.data.spreadsheet import read_sheet
    from giftdesk.ui.planner.spreadsheet_dialog import SpreadsheetImportDialog

    if path is None:
        start = window.settings.value("spreadsheet/folder", str(Path.home()))
        chosen, _ = QFileDialog.getOpenFileName(
            window,
            translate("Planner", "Import a gift spreadsheet"),
            str(start),
            translate("Planner", "Spreadsheets (*.xlsx *.csv);;All files (*)"),
        )
        if not chosen:
            return False
        path = Path(chosen)
        window.settings.setValue("spreadsheet/folder", str(path.parent))
    try:
        sheet = read_sheet(path)
    except GiftdeskError as error:
        window.show_refusal(error)
        return False
    chosen_occasion = window.current_occasion_filter()
    default = None
    occasion_names = [r.name for r in window.occasion_model.rows()]
    if isinstance(chosen_occasion, int):
        default = next(
            (r.name for r in window.occasion_model.rows() if r.id == chosen_occasion), None
        )
    dialog = SpreadsheetImportDialog(
        window,
        sheet,
        known_people=[r.name for r in window.person_model.rows()],
        occasions=occasion_names,
        default_occasion=default,
    )
    window.spreadsheet_dialog = dialog  # for tests and screenshots
    if dialog.exec() != SpreadsheetImportDialog.DialogCode.Accepted or dialog.plan is None:
        return False
    result = window.runner.run(
        translate("Planner", "Import {name}").format(name=path.name),
        partial(planner_ops.import_spreadsheet, plan=dialog.plan),
    )
    if result is None:
        return False
    window.statusBar().showMessage(str(result.message), 8000)
    window.tabs.setCurrentIndex(TAB_GIFTS)
    window.select_gifts(result.created)
    return True


def _insert_after(menu: Any, after: Any, action: Any) -> None:
    """Put ``action`` right after ``after`` in ``menu`` (at the end if it is not there)."""
    actions = menu.actions()
    if after in actions and actions.index(after) + 1 < len(actions):
        menu.insertAction(actions[actions.index(after) + 1], action)
    else:
        menu.addAction(action)
