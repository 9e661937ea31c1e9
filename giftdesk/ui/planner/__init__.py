"""The year-round planner in the window: history, next year, coming up, spreadsheets.

``Planner`` is handed what it uses and offers, for the window to place:

- ``person_history`` (``personHistory``), to go below the people table, showing
  the person selected there (``follow_person``);
- ``action_rollover_occasion`` (``actionRolloverOccasion``), for the Occasions
  menu and the occasion table's context menu;
- the "Coming up" dock ``upcoming_dock`` (``upcomingDock`` holding
  ``upcomingPanel``) and its toggle ``action_show_upcoming``
  (``actionShowUpcoming``), for the View and Occasions menus;
- ``action_import_spreadsheet`` (``actionImportSpreadsheet``), for the File menu.

What the window is asked to show comes out as signals: ``occasions_created``
(ids: select them in the occasion table), ``gifts_imported`` (ids: select
them in the gift table), ``occasion_requested`` (an id: show its gifts).
``show_on_start()`` runs after the window state is restored: the dock is
shown when something is near, hidden otherwise.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QObject, QSettings, Qt, Signal
from PySide6.QtWidgets import QDockWidget, QFileDialog, QStatusBar, QWidget

from giftdesk.data.changes import Change
from giftdesk.data.errors import GiftdeskError
from giftdesk.i18n import translate
from giftdesk.ui.actions import apply_spec, make_action
from giftdesk.ui.changes import ChangeHub
from giftdesk.ui.planner.history_view import PersonHistoryView
from giftdesk.ui.planner.upcoming_panel import UpcomingPanel
from giftdesk.ui.undo import UndoRunner

if TYPE_CHECKING:
    from giftdesk.data.database import Database


class RowSource(Protocol):
    def rows(self) -> Sequence[Any]: ...


class PlannerTables(Protocol):
    """What the planner needs of the window's tables: the rows and what is chosen."""

    @property
    def occasion_model(self) -> RowSource: ...

    @property
    def person_model(self) -> RowSource: ...

    def current_occasion_filter(self) -> int | str | None: ...

    def selected_occasion_ids(self) -> list[int]: ...

    def selected_person_ids(self) -> list[int]: ...


class Planner(QObject):
    """History, next year, coming up and spreadsheet import for one window.

    ``db()`` is the database shown now; ``hub`` brings every change;
    ``runner`` runs each action as one undo step; ``tables`` lists the rows
    and what is chosen; ``occasions_in_front()`` whether the occasion table
    is the one shown, ``tables_in_front()`` whether the tables are (not the
    welcome page); ``refuse`` says why something was not done.
    """

    occasions_created = Signal(list)  # ids of new occasions
    gifts_imported = Signal(list)  # ids of new gifts
    occasion_requested = Signal(int)  # show the gifts of this occasion

    def __init__(
        self,
        parent: QWidget,
        db: Callable[[], Database],
        hub: ChangeHub,
        runner: UndoRunner,
        settings: QSettings,
        tables: PlannerTables,
        status_bar: QStatusBar,
        refuse: Callable[[GiftdeskError | str], None],
        occasions_in_front: Callable[[], bool],
        tables_in_front: Callable[[], bool],
    ) -> None:
        super().__init__(parent)
        self._parent = parent
        self._runner = runner
        self._settings = settings
        self._tables = tables
        self._status_bar = status_bar
        self._refuse = refuse
        self._occasions_in_front = occasions_in_front
        self._tables_in_front = tables_in_front
        self.rollover_dialog: Any = None  # the last one opened: for tests and screenshots
        self.spreadsheet_dialog: Any = None

        self.person_history = PersonHistoryView(db)
        hub.changed.connect(self.person_history.on_change)
        hub.changed.connect(lambda _change: self.follow_person())

        self.action_rollover_occasion = make_action(
            parent, "actionRolloverOccasion", lambda: self.plan_again()
        )

        self.upcoming_panel = UpcomingPanel(db, hub, runner, settings)
        dock = QDockWidget(translate("Planner", "Coming up"), parent)
        dock.setObjectName("upcomingDock")
        dock.setWidget(self.upcoming_panel)
        dock.setAllowedAreas(
            Qt.DockWidgetArea.LeftDockWidgetArea | Qt.DockWidgetArea.RightDockWidgetArea
        )
        self.upcoming_dock = dock
        self.action_show_upcoming = apply_spec(dock.toggleViewAction(), "actionShowUpcoming")
        self.upcoming_panel.show_occasion_requested.connect(self.occasion_requested)
        hub.changed.connect(self._on_change)

        self.action_import_spreadsheet = make_action(
            parent, "actionImportSpreadsheet", lambda: self.import_spreadsheet()
        )

    def set_person_labels(self, labels: dict[int, str]) -> None:
        """Names two people share, shown with what tells them apart."""
        self.person_history.set_person_labels(labels)
        self.upcoming_panel.set_person_labels(labels)

    def follow_person(self, *_args: object) -> None:
        """The history shows the person selected in the people table."""
        ids = self._tables.selected_person_ids()
        self.person_history.set_person(ids[0] if ids else None)

    def show_on_start(self) -> None:
        """Show the "Coming up" dock when something is within its days, else hide it."""
        found = self.upcoming_panel.refresh()
        near = found is not None and not found.is_empty
        on_tables = self._tables_in_front()
        self.upcoming_dock.setVisible(near and on_tables)
        if near and on_tables:
            self.upcoming_dock.raise_()

    def _on_change(self, change: Change) -> None:
        if change.everything:  # another file: show what is near in it
            self.show_on_start()

    # -- next year ------------------------------------------------------------

    def plan_again(self) -> None:
        """Open the rollover dialog for the occasion at hand."""
        from giftdesk.data.operations import planner as planner_ops
        from giftdesk.ui.planner.rollover import OccasionChoice, RolloverDialog

        tables = self._tables
        rows = sorted(
            tables.occasion_model.rows(),
            key=lambda r: (r.date is None, r.date or 0, r.name.casefold()),
        )
        choices = [OccasionChoice(r.id, r.name, r.date) for r in rows]
        if not choices:
            self._refuse(
                translate("Planner", "There is no occasion to plan again yet; add one first.")
            )
            return
        current = None
        chosen_filter = tables.current_occasion_filter()
        if self._occasions_in_front() and tables.selected_occasion_ids():
            current = tables.selected_occasion_ids()[0]
        elif isinstance(chosen_filter, int):
            current = chosen_filter
        else:  # the latest dated occasion: the one most likely to repeat
            dated = [c for c in choices if c.date is not None]
            current = dated[-1].id if dated else choices[0].id

        def submit(request: Any) -> None:
            result = self._runner.run(
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
            self.occasions_created.emit(list(result.created))
            self._status_bar.showMessage(str(result.message), 8000)

        dialog = RolloverDialog(self._parent, choices, current, submit)
        self.rollover_dialog = dialog
        dialog.exec()

    # -- spreadsheets ---------------------------------------------------------

    def import_spreadsheet(self, path: Path | None = None) -> bool:
        """Ask for a file (unless given), preview it, import it as one undo step."""
        from giftdesk.data.operations import planner as planner_ops
        from giftdesk.data.spreadsheet import read_sheet
        from giftdesk.ui.planner.spreadsheet_dialog import SpreadsheetImportDialog

        settings = self._settings
        if path is None:
            start = settings.value("spreadsheet/folder", str(Path.home()))
            chosen, _ = QFileDialog.getOpenFileName(
                self._parent,
                translate("Planner", "Import a gift spreadsheet"),
                str(start),
                translate("Planner", "Spreadsheets (*.xlsx *.csv);;All files (*)"),
            )
            if not chosen:
                return False
            path = Path(chosen)
            settings.setValue("spreadsheet/folder", str(path.parent))
        try:
            sheet = read_sheet(path)
        except GiftdeskError as error:
            self._refuse(error)
            return False
        tables = self._tables
        chosen_occasion = tables.current_occasion_filter()
        occasions = tables.occasion_model.rows()
        default = None
        if isinstance(chosen_occasion, int):
            default = next((r.name for r in occasions if r.id == chosen_occasion), None)
        dialog = SpreadsheetImportDialog(
            self._parent,
            sheet,
            known_people=[r.name for r in tables.person_model.rows()],
            occasions=[r.name for r in occasions],
            default_occasion=default,
        )
        self.spreadsheet_dialog = dialog
        if dialog.exec() != SpreadsheetImportDialog.DialogCode.Accepted or dialog.plan is None:
            return False
        result = self._runner.run(
            translate("Planner", "Import {name}").format(name=path.name),
            partial(planner_ops.import_spreadsheet, plan=dialog.plan),
        )
        if result is None:
            return False
        self._status_bar.showMessage(str(result.message), 8000)
        self.gifts_imported.emit(list(result.created))
        return True
