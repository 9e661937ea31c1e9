"""The main window: gifts, people and occasions as fast, editable, undoable tables.

Public surface for the parts other modules install into the window
(purchaser picker, bulk actions, budget panel, About/crash handling):

- ``window.db`` (``Database``), ``window.hub`` (``ChangeHub``: connect to
  ``changed(Change)``; every command notifies it), ``window.undo_stack``.
- ``window.gift_view`` / ``gift_model`` / ``gift_proxy`` (and the same for
  ``person_*`` and ``occasion_*``); ``selected_gift_ids()`` (database ids, in
  the order shown) and ``select_gifts(ids)``.
- Menus ``file_menu``, ``edit_menu``, ``gifts_menu``, ``people_menu``,
  ``occasions_menu``, ``help_menu``; the ``toolbar``; the list
  ``gift_context_menu_actions`` (append ``QAction``s: they appear in the gift
  table's context menu after Edit and Delete).
- ``occasion_filter`` (combo, ``occasionFilter``) and
  ``current_occasion_filter()`` → ``ALL``, ``None`` (no occasion) or an id.
- ``set_database(db)`` switches to another file (File → New/Open) and emits
  ``Change(everything=True)``; ``show_refusal(error)`` shows a refused action.
- ``runner`` (``UndoRunner``): ``runner.run(text, op)`` does one operation
  as one undo step, showing a refusal instead of raising.
"""

from __future__ import annotations

import contextlib
import dataclasses
import importlib.util
import sys
from collections.abc import Callable, Iterable, Sequence
from functools import partial
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any, Final

from PySide6.QtCore import (
    QByteArray,
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QSettings,
    Qt,
    QTimer,
)
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QKeyEvent,
    QResizeEvent,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDockWidget,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QToolBar,
    QWidget,
)

from giftdesk.data.changes import EVERYTHING, Change
from giftdesk.data.errors import GiftdeskError, ValidationError
from giftdesk.i18n import translate
from giftdesk.ui import actions, menus
from giftdesk.ui.changes import ChangeHub
from giftdesk.ui.column_fit import ColumnFitter
from giftdesk.ui.delegates import MoneyDelegate, QuantityDelegate, StatusDelegate
from giftdesk.ui.empty_state import EmptyHint, EmptyState
from giftdesk.ui.file_menu import FileMenu
from giftdesk.ui.models.gift_model import GiftTableModel
from giftdesk.ui.models.occasion_model import OccasionTableModel
from giftdesk.ui.models.person_model import PersonTableModel
from giftdesk.ui.models.proxy import TableProxyModel
from giftdesk.ui.money import format_money, parse_money_text
from giftdesk.ui.tabs.gift_filter import GiftFilter
from giftdesk.ui.undo import UndoRunner

if TYPE_CHECKING:
    from giftdesk.data.database import Database
    from giftdesk.data.records import GiftRecord, OccasionImpact, OccasionRecord, PersonRecord
    from giftdesk.ui.budget.dock import BudgetDock
    from giftdesk.ui.budget.panel import BudgetPanel
    from giftdesk.ui.bulk.actions import BulkActions
    from giftdesk.ui.dialogs.members import MembersActions
    from giftdesk.ui.file_history import FileHistory
    from giftdesk.ui.live_updates import LiveFollower
    from giftdesk.ui.planner import Planner
    from giftdesk.ui.purchaser_picker import PickerFactory


def _lazy_import(name: str) -> ModuleType:
    """``name``, imported on first use of one of its attributes.

    The window is shown before SQLAlchemy and the services load (start-up
    speed); these modules load while the file is opened, right after.
    """
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.find_spec(name)
    assert spec is not None and spec.loader is not None
    loader = importlib.util.LazyLoader(spec.loader)
    spec.loader = loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    loader.exec_module(module)
    return module


people_data = _lazy_import("giftdesk.data.people")
occasions_data = _lazy_import("giftdesk.data.occasions")
gifts_data = _lazy_import("giftdesk.data.gifts")
table_rows = _lazy_import("giftdesk.data.table_rows")
person_ops = _lazy_import("giftdesk.data.operations.people")
occasion_ops = _lazy_import("giftdesk.data.operations.occasions")
gift_ops = _lazy_import("giftdesk.data.operations.gifts")
demo_ops = _lazy_import("giftdesk.data.operations.demo")

ALL: Final = "all"
"""``current_occasion_filter()`` when every occasion is shown."""

# The undo menu names a cell edit by its column: "Change sale price of Scarf".
FIELD_LABELS = {
    "price_cents": translate("MainWindow", "price"),
    "sale_price_cents": translate("MainWindow", "sale price"),
}
# The gift table's text columns share the width in these proportions (numbers
# and the status keep their natural width); Store, then Priority, step aside
# when even the text columns at their narrowest would not fit.
GIFT_TEXT_COLUMN_WIDTHS = {
    "name": 175,
    "recipients": 120,
    "purchaser": 90,
    "occasion": 120,
    "store": 110,
}
GIFT_OPTIONAL_COLUMNS = ("store", "priority")
# People and occasions: the names give way; dates and figures keep their width.
PERSON_TEXT_COLUMN_WIDTHS = {"name": 200, "relationship": 160}
OCCASION_TEXT_COLUMN_WIDTHS = {"name": 240}
TAB_GIFTS, TAB_PEOPLE, TAB_OCCASIONS = 0, 1, 2


def occasion_delete_sentence(name: str, impact: OccasionImpact) -> str:
    gifts, budgets = impact.gifts, impact.budgets
    if not gifts and not budgets:
        return translate("MainWindow", "Delete {name}? No gifts or budgets belong to it.").format(
            name=name
        )
    leaves = translate("MainWindow", "leaves its %Ln gift(s) with no occasion", None, gifts)
    deletes = translate("MainWindow", "deletes %Ln person budget(s) set for it", None, budgets)
    if gifts and budgets:
        return translate(
            "MainWindow", "Deleting {name} {leaves} and {deletes}. You can undo this."
        ).format(name=name, leaves=leaves, deletes=deletes)
    return translate("MainWindow", "Deleting {name} {does}. You can undo this.").format(
        name=name, does=leaves if gifts else deletes
    )


class _ActivateFilter(QObject):
    """Enter/Return on a table opens the editor of the current row."""

    def __init__(self, view: QTableView, handler: Callable[[], None]) -> None:
        super().__init__(view)
        self._view = view
        self._handler = handler

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and self._view.state() != QAbstractItemView.State.EditingState
        ):
            self._handler()
            return True
        return False


class MainWindow(QMainWindow):
    """The window a person lives in (objectName ``MainWindow``)."""

    # The parts built once the window has a file (``_install_extensions``).
    bulk_actions: BulkActions
    budget_dock: BudgetDock
    budget_panel: BudgetPanel
    action_show_budget: QAction
    planner: Planner
    file_history: FileHistory
    members: MembersActions
    live: LiveFollower

    def __init__(
        self,
        db: Database | None,
        settings: QSettings | None = None,
        parent: QWidget | None = None,
        *,
        load_gifts_later: bool = False,
    ) -> None:
        """A window on ``db``; with None an "Opening…" window that ``set_database``
        completes (``run_app`` shows it before the file and SQLAlchemy load).

        ``load_gifts_later``: read the gift rows in ``finish_loading()``.
        """
        super().__init__(parent)
        self.setObjectName("MainWindow")
        self._gifts_pending = 0  # gifts in the file not read yet (load_gifts_later)
        self._docks_hidden: list[QDockWidget] = []  # while the welcome page shows
        self._split_width = 0  # the window width the docks were last sized for
        self._db = db
        self.hub = ChangeHub(self)
        self.undo_stack = QUndoStack(self)
        self.runner = UndoRunner(
            lambda: self.db, self.hub, self.undo_stack, lambda text: self.show_refusal(text)
        )
        self.settings = settings if settings is not None else QSettings()
        self.gift_context_menu_actions: list[QAction] = []
        self.occasion_context_menu_actions: list[QAction] = []
        self._dialog: Any = None  # the gift dialog while it is open
        # TAB_PEOPLE / TAB_OCCASIONS while their figures lag behind the gifts
        # (hidden when a gift changed): read when the tab is shown.
        self._stale: set[int] = set()
        self._person_labels: dict[int, str] = {}  # people sharing a name: "Maria (Mother)"

        self.gift_model = GiftTableModel(self)
        self.person_model = PersonTableModel(self)
        self.occasion_model = OccasionTableModel(self)
        self.gift_proxy = TableProxyModel(self)
        self.person_proxy = TableProxyModel(self)
        self.occasion_proxy = TableProxyModel(self)
        self.gift_proxy.setSourceModel(self.gift_model)
        self.gift_filter = GiftFilter(self.gift_proxy)  # the one owner of its filters
        self.person_proxy.setSourceModel(self.person_model)
        self.occasion_proxy.setSourceModel(self.occasion_model)
        self.gift_view = self._make_view("giftTable", self.gift_proxy, multi=True)
        self.person_view = self._make_view("personTable", self.person_proxy, multi=False)
        self.occasion_view = self._make_view("occasionTable", self.occasion_proxy, multi=False)
        self._hints = {
            self.gift_view: EmptyHint(self.gift_view),
            self.person_view: EmptyHint(self.person_view),
            self.occasion_view: EmptyHint(self.occasion_view),
        }
        self.gift_model.edit_handler = self._edit_gift_cell
        self.gift_view.setItemDelegateForColumn(
            self.gift_model.column_of("status"), StatusDelegate(self.gift_view)
        )
        self.gift_view.setItemDelegateForColumn(
            self.gift_model.column_of("price"), MoneyDelegate(self.gift_view)
        )
        self.gift_view.setItemDelegateForColumn(
            self.gift_model.column_of("quantity"), QuantityDelegate(self.gift_view)
        )

        self.tabs = QTabWidget()
        self.tabs.setObjectName("mainTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.gift_view, translate("MainWindow", "Gifts"))
        self.tabs.addTab(self.person_view, translate("MainWindow", "People"))
        self.tabs.addTab(self.occasion_view, translate("MainWindow", "Occasions"))
        self.tabs.currentChanged.connect(self._on_tab_changed)

        self.empty_state = EmptyState()
        self.empty_state.add_person_requested.connect(self.new_person)
        self.empty_state.load_example_requested.connect(self.load_example_family)
        self.empty_state.open_file_requested.connect(self.open_database_dialog)
        self.pages = QStackedWidget()
        self.pages.setObjectName("mainPages")
        self.pages.addWidget(self.tabs)
        self.pages.addWidget(self.empty_state)
        self.opening_page = QLabel(translate("MainWindow", "Opening your gift list…"))
        self.opening_page.setObjectName("openingPage")
        self.opening_page.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pages.addWidget(self.opening_page)
        self.setCentralWidget(self.pages)

        self.occasion_filter = QComboBox()
        self.occasion_filter.setObjectName("occasionFilter")
        self.occasion_filter.setToolTip(translate("MainWindow", "Show the gifts of one occasion"))
        # A long occasion name must not push the search box off the toolbar.
        self.occasion_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.occasion_filter.setMinimumContentsLength(16)
        self.occasion_filter.currentIndexChanged.connect(self._on_occasion_filter)
        self.search_box = QLineEdit()
        self.search_box.setObjectName("searchBox")
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setMinimumWidth(220)
        self.search_box.setMaximumWidth(360)
        self.search_box.textChanged.connect(self._on_search)

        self._build_actions()
        self._build_menus_and_toolbar()
        self.selection_label = QLabel()
        self.selection_label.setObjectName("selectionSummary")
        self.statusBar().addPermanentWidget(self.selection_label)
        self.undo_stack.cleanChanged.connect(lambda _clean: None)
        self.undo_stack.indexChanged.connect(self._on_undo_index_changed)
        # The counts follow every filter, also those set from outside (a person's gifts).
        for signal in (
            self.gift_proxy.layoutChanged,
            self.gift_proxy.modelReset,
            self.gift_proxy.rowsInserted,
            self.gift_proxy.rowsRemoved,
        ):
            signal.connect(self._update_status)

        self.hub.changed.connect(self._on_change)
        if db is not None:
            self.reload_all(gifts=not load_gifts_later)
        for view in (self.gift_view, self.person_view, self.occasion_view):
            view.selectionModel().selectionChanged.connect(self._on_selection_changed)
            model = view.model()
            model.rowsInserted.connect(self._update_hints)
            model.rowsRemoved.connect(self._update_hints)
            model.layoutChanged.connect(self._update_hints)
            model.modelReset.connect(self._update_hints)
        self._restore_settings()
        self.gift_columns = self._fit_columns(
            self.gift_view, self.gift_model, GIFT_TEXT_COLUMN_WIDTHS, GIFT_OPTIONAL_COLUMNS
        )
        self.person_columns = self._fit_columns(
            self.person_view, self.person_model, PERSON_TEXT_COLUMN_WIDTHS
        )
        self.occasion_columns = self._fit_columns(
            self.occasion_view, self.occasion_model, OCCASION_TEXT_COLUMN_WIDTHS
        )
        self._on_tab_changed(self.tabs.currentIndex())
        self._extensions_installed = False
        if db is None:
            self.pages.setCurrentWidget(self.opening_page)
            for action in self.actions():
                action.setEnabled(action is self.action_quit)
            self.search_box.setEnabled(False)
            self.occasion_filter.setEnabled(False)
        else:
            self._install_extensions()
            self._update_empty_state()
        self._update_hints()
        self._update_status()
        self._update_title()

    def _install_extensions(self) -> None:
        """The parts built once the window has a file, each handed what it uses;
        the window places their actions and docks."""
        if self._extensions_installed:
            return
        self._extensions_installed = True
        from giftdesk.ui.budget.dock import BudgetDock
        from giftdesk.ui.bulk.actions import BulkActions
        from giftdesk.ui.dialogs.members import MembersActions
        from giftdesk.ui.file_history import FileHistory
        from giftdesk.ui.live_updates import LiveFollower
        from giftdesk.ui.planner import Planner

        status_bar = self.statusBar()

        def refuse(error: GiftdeskError | str) -> None:
            self.show_refusal(error)  # looked up at each call: tests replace it

        # Bulk actions on the selected gifts, the purchaser cell's picker.
        bulk = BulkActions(
            self,
            lambda: self.db,  # the window may switch files (File → Open)
            self.runner,
            self,
            self.gift_view,
            self.gift_model.column_of("purchaser"),
            shown=lambda: self.current_view() is self.gift_view,
            status_bar=status_bar,
        )
        self.bulk_actions = bulk
        self.tabs.currentChanged.connect(bulk.update_enabled)
        self.gifts_menu.addSeparator()
        self.gifts_menu.addActions(bulk.actions)
        menus.add_before_widgets(self.toolbar, [bulk.assign_purchaser, bulk.set_status])
        self.gift_context_menu_actions.extend(bulk.actions)

        # The budget dock; print and export the summary (File menu, above Quit).
        budget = BudgetDock(self, lambda: self.db, self.runner, self, status_bar)
        self.budget_dock = budget
        self.budget_panel = budget.panel
        self.action_show_budget = budget.action_show_budget
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, budget)
        self.resizeDocks([budget], [620], Qt.Orientation.Horizontal)
        self.restoreDockWidget(budget)  # where the person left it last time
        quit_at = self.action_quit
        # Nothing goes on the toolbar: it is full, and the search box must stay visible.
        for action in (budget.action_print_budget, budget.action_export_budget):
            self.file_menu.insertAction(quit_at, action)
        self.file_menu.insertSeparator(quit_at)
        for action in (
            budget.action_show_budget,
            budget.action_print_budget,
            budget.action_export_budget,
        ):
            self.addAction(action)  # shortcuts work wherever the focus is
        first = self.view_menu.actions()[0]  # the panel first, then the tabs and the toolbar
        self.view_menu.insertAction(first, budget.action_show_budget)
        self.view_menu.insertSeparator(first)
        self.occasion_filter.currentIndexChanged.connect(budget.follow_occasion)
        budget.panel.occasion_activated.connect(self._choose_occasion)

        # History, next year, coming up, spreadsheet import.
        planner = Planner(
            self,
            lambda: self.db,
            self.hub,
            self.runner,
            self.settings,
            self,
            status_bar,
            refuse,
            occasions_in_front=lambda: self.tabs.currentIndex() == TAB_OCCASIONS,
            tables_in_front=lambda: self.pages.currentWidget() is self.tabs,
        )
        self.planner = planner
        self._put_below_people(planner.person_history)
        self.person_view.selectionModel().selectionChanged.connect(planner.follow_person)
        self.addAction(planner.action_rollover_occasion)
        self.occasions_menu.addAction(planner.action_rollover_occasion)
        self.occasion_context_menu_actions.append(planner.action_rollover_occasion)
        upcoming = planner.upcoming_dock
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, upcoming)
        self.splitDockWidget(budget, upcoming, Qt.Orientation.Vertical)
        # The budget's occasion list rarely needs its full height; the list of
        # what is near gets about a third.
        self.resizeDocks([budget, upcoming], [520, 300], Qt.Orientation.Vertical)
        upcoming.hide()  # show_on_start decides
        self.addAction(planner.action_show_upcoming)
        menus.insert_after(self.view_menu, budget.action_show_budget, planner.action_show_upcoming)
        self.occasions_menu.addAction(planner.action_show_upcoming)
        self.addAction(planner.action_import_spreadsheet)
        menus.insert_after(
            self.file_menu, self.action_import_backup, planner.action_import_spreadsheet
        )
        planner.occasions_created.connect(self._show_new_occasions)
        planner.gifts_imported.connect(self._show_new_gifts)
        planner.occasion_requested.connect(self._show_occasion_gifts)
        self._share_person_labels()

        # Daily backups, File → Restore from backup…, the synced-folder notice.
        self.file_history = FileHistory(
            self,
            lambda: self._db,
            self.hub,
            self.undo_stack,
            self.settings,
            status_bar,
            refuse,
        )
        restore = self.file_history.action_restore_backup
        menus.insert_after(self.file_menu, self.action_export_backup, restore)
        self.addAction(restore)

        # People → Family members… (the organiser), File → Hide gifts for… (a file).
        self.members = MembersActions(self, lambda: self.db, self.hub, self.gift_proxy, status_bar)
        self.addActions(self.members.actions)
        self.people_menu.addSeparator()
        self.people_menu.addAction(self.members.action_family_members)
        self.file_menu.insertAction(self.action_import_backup, self.members.action_hide_gifts_for)

        # A shared database: other computers' changes arrive live (follows File → Open).
        self.live = LiveFollower(self, lambda: self._db, self.hub, status_bar)

        self._watch_window_state()
        state = self.settings.value("mainWindow/state")
        if isinstance(state, QByteArray):  # the docks exist now: put them back
            self.restoreState(state)
        else:  # first start: the tables keep almost two thirds of the width
            docks = [
                dock
                for dock in self.findChildren(QDockWidget)
                if self.dockWidgetArea(dock) == Qt.DockWidgetArea.RightDockWidgetArea
            ]
            if docks:
                width = max(self.width(), 1280) * 35 // 100
                self.resizeDocks(docks, [width] * len(docks), Qt.Orientation.Horizontal)
                self._split_width = max(self.width(), 1280)
        self._show_budget_if_wanted()
        self.planner.show_on_start()  # the "Coming up" dock, when something is near

    def _put_below_people(self, widget: QWidget) -> None:
        """``widget`` below the people table, in its tab."""
        view = self.person_view
        index = self.tabs.indexOf(view)
        text = self.tabs.tabText(index)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setObjectName("peopleSplitter")
        splitter.setChildrenCollapsible(False)
        current = self.tabs.currentIndex()
        self.tabs.blockSignals(True)  # the same tab comes back at the same place
        self.tabs.removeTab(index)
        splitter.addWidget(view)
        splitter.addWidget(widget)
        view.show()  # a page the tab widget hid stays hidden when it moves
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([600, 400])  # scaled to the room there is, table above
        self.tabs.insertTab(index, splitter, text)
        self.tabs.setCurrentIndex(current)
        self.tabs.blockSignals(False)

    def _choose_occasion(self, occasion_id: int | None) -> None:
        """Show the gifts of ``occasion_id`` (None: of no occasion) in the gift table."""
        at = self.occasion_filter.findData(occasion_id)
        if at >= 0:
            self.occasion_filter.setCurrentIndex(at)

    def _show_occasion_gifts(self, occasion_id: int) -> None:
        self._choose_occasion(occasion_id)
        self.tabs.setCurrentIndex(TAB_GIFTS)

    def _show_new_occasions(self, occasion_ids: list[int]) -> None:
        self.tabs.setCurrentIndex(TAB_OCCASIONS)
        self._select_ids(self.occasion_view, occasion_ids)

    def _show_new_gifts(self, gift_ids: list[int]) -> None:
        self.tabs.setCurrentIndex(TAB_GIFTS)
        self.select_gifts(gift_ids)

    # -- the budget panel and the window state --------------------------------

    def _watch_window_state(self) -> None:
        """Save the window state as soon as a dock or the toolbar moves or hides,
        so a crash or a kill does not lose it; remember a budget panel the
        person hid themselves."""
        self._save_state_timer = QTimer(self)
        self._save_state_timer.setSingleShot(True)
        self._save_state_timer.setInterval(300)
        self._save_state_timer.timeout.connect(self._save_state_now)
        dock = self.budget_dock
        for signal in (
            dock.visibilityChanged,
            dock.dockLocationChanged,
            dock.topLevelChanged,
            self.toolbar.visibilityChanged,
        ):
            signal.connect(lambda *_args: self._save_state_timer.start())
        self.action_show_budget.triggered.connect(self._budget_chosen)
        dock.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is getattr(self, "budget_dock", None) and event.type() == QEvent.Type.Close:
            self._budget_chosen(False)  # its close button
        return super().eventFilter(watched, event)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        # A narrower window takes its width from the docks and the tables alike
        # (Qt would take it all from the tables): the split keeps its proportion.
        # A window resized while hidden hears of it only when shown: the width
        # the docks were last sized for is the one to compare with.
        old = self._split_width or event.oldSize().width()
        new = self._split_width = event.size().width()
        if not 0 < new < old:
            return
        docks = [
            dock
            for dock in self.findChildren(QDockWidget)
            if not dock.isHidden()
            and not dock.isFloating()
            and self.dockWidgetArea(dock) == Qt.DockWidgetArea.RightDockWidgetArea
        ]
        if docks:
            widths = [dock.width() * new // old for dock in docks]
            self.resizeDocks(docks, widths, Qt.Orientation.Horizontal)

    def _budget_chosen(self, shown: bool) -> None:
        self.settings.setValue("budgetPanel/hiddenByUser", not shown)

    def _show_budget_if_wanted(self) -> None:
        """The budget panel is on screen whenever the file holds data, unless
        the person hid it."""
        dock = getattr(self, "budget_dock", None)
        hidden_by_user = self.settings.value("budgetPanel/hiddenByUser", False, type=bool)
        if dock is not None and self.pages.currentWidget() is self.tabs and not hidden_by_user:
            dock.show()

    def _save_state_now(self) -> None:
        if self.isVisible():
            self.settings.setValue("mainWindow/geometry", self.saveGeometry())
            self.settings.setValue("mainWindow/state", self.saveState())
            self.settings.sync()

    # -- building -----------------------------------------------------------

    def _make_view(self, name: str, proxy: TableProxyModel, *, multi: bool) -> QTableView:
        view = QTableView()
        view.setObjectName(name)
        view.setModel(proxy)
        view.setSortingEnabled(True)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(
            QAbstractItemView.SelectionMode.ExtendedSelection
            if multi
            else QAbstractItemView.SelectionMode.SingleSelection
        )
        # A double-click edits an editable cell in place and opens the dialog
        # elsewhere (_on_double_click); no slow-click editing, whose delayed
        # editor would come up under the dialog as well.
        view.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
        )
        view.setAlternatingRowColors(True)
        view.setWordWrap(False)
        view.setShowGrid(False)
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        vertical = view.verticalHeader()
        vertical.hide()
        # Fixed, uniform row heights: no per-row measuring at 100,000 gifts.
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(view.fontMetrics().height() + 12)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(lambda pos, v=view: self._context_menu(v, pos))
        view.doubleClicked.connect(lambda index, v=view: self._on_double_click(v, index))
        view.installEventFilter(_ActivateFilter(view, self.edit_current))
        return view

    def _on_undo_index_changed(self, _index: int) -> None:
        self._update_actions()
        # "3 gifts moved…" speaks of the last step: an undo or redo makes it stale.
        self.statusBar().clearMessage()

    def _on_double_click(self, view: QTableView, index: QModelIndex) -> None:
        """The row's dialog, unless the cell is edited in place by this double-click."""
        if index.flags() & Qt.ItemFlag.ItemIsEditable and (
            view.editTriggers() & QAbstractItemView.EditTrigger.DoubleClicked
        ):
            return
        self.edit_current()

    def _action(self, name: str, slot: Callable[[], Any], *, checkable: bool = False) -> QAction:
        """The registered action ``name`` (text, keys: ``giftdesk.ui.actions``), on the window."""
        action = actions.make_action(self, name, slot, checkable=checkable)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.action_new_database = self._action("actionNewDatabase", self.new_database_dialog)
        self.action_open_database = self._action("actionOpenDatabase", self.open_database_dialog)
        self.action_import_backup = self._action("actionImportBackup", self.import_backup_dialog)
        self.action_export_backup = self._action("actionExportBackup", self.export_backup_dialog)
        self.action_quit = self._action("actionQuit", self.close)
        self.action_quit.setMenuRole(QAction.MenuRole.QuitRole)

        # The undo history alone decides whether these are enabled.
        self.action_undo = actions.apply_spec(
            self.undo_stack.createUndoAction(self, translate("MainWindow", "&Undo")), "actionUndo"
        )
        self.action_redo = actions.apply_spec(
            self.undo_stack.createRedoAction(self, translate("MainWindow", "&Redo")), "actionRedo"
        )
        for action in (self.action_undo, self.action_redo):
            self.addAction(action)
        self.action_find = self._action("actionFind", self.focus_search)
        self.action_delete = self._action("actionDelete", self.delete_selected)
        self.action_edit = self._action("actionEdit", self.edit_current)
        self.action_new_gift = self._action("actionNewGift", self.new_gift)
        self.action_new_person = self._action("actionNewPerson", self.new_person)
        self.action_new_occasion = self._action("actionNewOccasion", self.new_occasion)
        self.action_load_example = self._action("actionLoadExample", self.load_example_family)
        tab_names = ("actionShowGifts", "actionShowPeople", "actionShowOccasions")
        self.tab_actions = [
            self._action(name, partial(self.tabs.setCurrentIndex, tab), checkable=True)
            for tab, name in enumerate(tab_names)
        ]
        self._tab_group = QActionGroup(self)
        for action in self.tab_actions:
            self._tab_group.addAction(action)
        self.action_keyboard_shortcuts = self._action(
            "actionKeyboardShortcuts", self.show_keyboard_shortcuts
        )
        self.action_about_qt = self._action("actionAboutQt", QApplication.aboutQt)
        self.action_about_qt.setMenuRole(QAction.MenuRole.AboutQtRole)
        for view in (self.gift_view, self.person_view, self.occasion_view):
            # Keep Delete/Enter for the table even while it has focus.
            view.addAction(self.action_delete)

    def _build_menus_and_toolbar(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu(translate("MainWindow", "&File"))
        self.file_menu.addAction(self.action_new_database)
        self.file_menu.addAction(self.action_open_database)
        from giftdesk.ui.connect_dialog import connect_shared_action  # its own module

        self.action_connect_shared = connect_shared_action(self)
        self.file_menu.addAction(self.action_connect_shared)
        self.recent_menu = self.file_menu.addMenu(translate("MainWindow", "Open &recent"))
        self.recent_menu.setObjectName("recentMenu")
        self.file_menu_parts = FileMenu(
            self,
            self.settings,
            self.recent_menu,
            current_path=lambda: self.db.address if self.db.path is None else self.db.path,
            switch_to=self.set_database,
            refuse=self.show_refusal,
        )
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.action_import_backup)
        self.file_menu.addAction(self.action_export_backup)
        self.file_menu.addAction(self.action_load_example)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.action_quit)

        self.edit_menu = bar.addMenu(translate("MainWindow", "&Edit"))
        self.edit_menu.addAction(self.action_undo)
        self.edit_menu.addAction(self.action_redo)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.action_find)
        self.edit_menu.addAction(self.action_edit)
        self.edit_menu.addAction(self.action_delete)

        # The budget panel's toggle joins it when the panel is installed.
        self.view_menu = bar.addMenu(translate("MainWindow", "&View"))
        self.view_menu.setObjectName("viewMenu")
        for action in self.tab_actions:
            self.view_menu.addAction(action)
        self.view_menu.addSeparator()

        self.gifts_menu = bar.addMenu(translate("MainWindow", "&Gifts"))
        self.gifts_menu.addAction(self.action_new_gift)
        self.gifts_menu.addSeparator()
        self.people_menu = bar.addMenu(translate("MainWindow", "&People"))
        self.people_menu.addAction(self.action_new_person)
        self.occasions_menu = bar.addMenu(translate("MainWindow", "&Occasions"))
        self.occasions_menu.addAction(self.action_new_occasion)
        self.help_menu = bar.addMenu(translate("MainWindow", "&Help"))
        self.help_menu.addAction(self.action_keyboard_shortcuts)
        self.help_menu.addAction(self.action_about_qt)

        self.toolbar = QToolBar(translate("MainWindow", "Main toolbar"))
        self.toolbar.setObjectName("mainToolBar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.addToolBar(self.toolbar)
        self.toolbar.addAction(self.action_new_gift)
        self.toolbar.addAction(self.action_new_person)
        self.toolbar.addAction(self.action_new_occasion)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.action_undo)
        self.toolbar.addAction(self.action_redo)
        # Edit and Delete live in the Edit menu, the context menu and on
        # Enter/Del: the search box and the occasion filter need the room at
        # 1024 pixels wide.
        self._toolbar_spacer = QWidget()
        self._toolbar_spacer.setSizePolicy(
            QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred
        )
        self.toolbar.addWidget(self._toolbar_spacer)
        self.toolbar.addWidget(self.occasion_filter)
        spacer = QWidget()
        spacer.setFixedWidth(8)
        self.toolbar.addWidget(spacer)
        self.toolbar.addWidget(self.search_box)
        self.action_show_toolbar = actions.apply_spec(
            self.toolbar.toggleViewAction(), "actionShowToolbar"
        )
        self.view_menu.addAction(self.action_show_toolbar)

    def _fit_columns(
        self,
        view: QTableView,
        model: Any,
        text_widths: dict[str, int],
        optional: Sequence[str] = (),
    ) -> ColumnFitter:
        metrics = view.fontMetrics()
        header_metrics = view.horizontalHeader().fontMetrics()
        # The narrowest a text column becomes: its title, else three letters and "…".
        least = {
            key: max(
                metrics.horizontalAdvance("Mm…") + 12,
                min(header_metrics.horizontalAdvance(model.columns[model.column_of(key)].title), 40)
                + 12,
            )
            for key in text_widths
        }
        # Amounts keep room for three digits before the decimal mark.
        amount = metrics.horizontalAdvance(format_money(99_999)) + 16
        keys = [column.key for column in model.columns]
        money = ("price", "total", "budget", "planned", "bought", "remaining")
        return ColumnFitter(
            view,
            keys,
            flexible=text_widths,
            least=least,
            natural_floor={key: amount for key in keys if key in money},
            optional=optional,
            settings=self.settings,
        )

    # -- public surface -----------------------------------------------------

    def current_view(self) -> QTableView:
        return (self.gift_view, self.person_view, self.occasion_view)[self.tabs.currentIndex()]

    def current_occasion_filter(self) -> int | str | None:
        """``ALL``, ``None`` ("No occasion") or the chosen occasion's id."""
        if self.occasion_filter.currentIndex() <= 0:
            return ALL
        chosen: int | None = self.occasion_filter.currentData()
        return chosen

    def selected_gift_ids(self) -> list[int]:
        """Database ids of the selected gifts, in the order shown."""
        return self._selected_ids(self.gift_view)

    def select_gifts(self, ids: Iterable[int]) -> None:
        """Select these gifts (those shown), make the first current and visible."""
        self._select_ids(self.gift_view, ids)

    def selected_person_ids(self) -> list[int]:
        return self._selected_ids(self.person_view)

    def selected_occasion_ids(self) -> list[int]:
        return self._selected_ids(self.occasion_view)

    def show_refusal(self, error: GiftdeskError | str) -> None:
        QMessageBox.warning(self, translate("MainWindow", "Not changed"), str(error))

    @property
    def db(self) -> Database:
        """The open file (an "Opening…" window has none yet: see ``has_file``)."""
        assert self._db is not None, translate("MainWindow", "no file is open yet")
        return self._db

    @property
    def has_file(self) -> bool:
        return self._db is not None

    def set_database(self, db: Database) -> None:
        """Switch to another file: new rows everywhere, a fresh undo history.

        On an "Opening…" window (made with None) this completes the window.
        """
        old = self._db
        self.undo_stack.clear()
        self._db = db
        if old is not None and old is not db:
            from giftdesk.ui.file_lock import close_database  # on first use: not at start-up

            close_database(old)  # also releases its lock
        self.search_box.clear()
        if old is None:
            for action in self.actions():
                # The undo history alone decides about undo and redo.
                if action not in (self.action_undo, self.action_redo):
                    action.setEnabled(True)
            self.search_box.setEnabled(True)
            self._install_extensions()
        self.hub.notify(EVERYTHING)  # every view reads the new file
        self._restore_occasion_filter()
        if old is None:
            self._on_tab_changed(self.tabs.currentIndex())
        self.file_menu_parts.add_recent(db.address if db.path is None else db.path)
        self._update_title()

    def focus_search(self) -> None:
        if self.pages.currentWidget() is not self.tabs:
            return
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    # -- loading and refreshing ---------------------------------------------

    def reload_all(self, gifts: bool = True) -> None:
        """Read every table again (a new file, an import, the example family)."""
        with self.db.reading() as session:
            gift_rows = table_rows.list_gift_rows(session) if gifts else []
            if not gifts:
                self._gifts_pending = table_rows.count_gifts(session)
            person_rows = table_rows.list_person_rows(session)
            occasion_rows = table_rows.list_occasion_rows(session)
        if gifts:
            self._gifts_pending = 0
        self._stale.clear()
        self.gift_model.set_rows(gift_rows)
        self.person_model.set_rows(person_rows)
        self.occasion_model.set_rows(occasion_rows)
        self._update_person_labels()
        self._fill_occasion_filter()
        self._prepare_search_soon()

    def _prepare_search_soon(self) -> None:
        """Build the search text of every gift right after this event, not on the first key."""
        QTimer.singleShot(0, self.gift_model.haystacks)

    def finish_loading(self) -> None:
        """Read the gift rows of a window made with ``load_gifts_later``."""
        if not self._gifts_pending:
            return
        with self.db.reading() as session:
            rows = table_rows.list_gift_rows(session)
        self._gifts_pending = 0
        self.gift_model.set_rows(rows)
        self._prepare_search_soon()
        self._update_empty_state()
        self._update_status()
        self._update_hints()

    def _on_change(self, change: Change) -> None:
        if change.everything:
            self.reload_all()
        else:
            self._refresh(change)
            if change.persons or change.removed_persons:
                # Labels depend on the people alone (reload_all sets them
                # itself): a bulk change to gifts does not recompute them.
                self._update_person_labels()
        self._update_empty_state()
        self._update_status()
        self._update_hints()
        self._update_actions()

    def _refresh(self, change: Change) -> None:
        """Bring the tables up to date after ``change``, reading only what moved.

        The gift rows the change lists are read again. People and occasions
        have details (names, dates, budgets), read again (one light query)
        when the change lists some of them, and figures (gift counts and
        totals, ``figure_fields``), read again only when a gift row changed
        something they count: at once for the table in front; a hidden table
        is marked stale and read when its tab is shown (``refresh_stale_tables``).
        """
        with self.db.reading() as session:
            people = (
                self._read_details(session, TAB_PEOPLE)
                if change.persons or change.removed_persons
                else None
            )
            occasions = (
                self._read_details(session, TAB_OCCASIONS)
                if change.occasions or change.removed_occasions
                else None
            )
            moved = self._refresh_gift_table(session, change, people, occasions)
            self._refresh_side_tables(
                session, {TAB_PEOPLE: people, TAB_OCCASIONS: occasions}, moved
            )
        if change.occasions or change.removed_occasions:
            self._fill_occasion_filter()

    def _refresh_gift_table(
        self,
        session: Any,
        change: Change,
        people: Sequence[Any] | None,
        occasions: Sequence[Any] | None,
    ) -> set[int]:
        """Refresh the gift rows ``change`` touches; the side tables whose figures moved.

        Rows are patched in memory when the change says which values it set
        (``Change.gift_values``: a bulk purchaser, status or occasion), else
        read again.
        """
        gift_ids = set(change.gifts) - set(change.removed_gifts)
        renamed = self._gifts_showing_renamed(change, people, occasions)
        patched = None
        if change.gift_values and not renamed and not change.removed_gifts:
            patched = self.gift_model.patched_rows(
                change.gift_values, self._names_shown(people, occasions)
            )
        moved = set()
        if patched is None:
            patched, to_read = [], gift_ids | renamed
        else:
            # Patched rows can only move the figures that count the patched columns.
            moved = self._figures_moved(patched, (), set(change.gift_values))
            to_read = gift_ids - {row.id for row in patched}
        read = table_rows.list_gift_rows(session, sorted(to_read)) if to_read else []
        gone = set(change.removed_gifts) | (to_read - {row.id for row in read})
        moved |= self._figures_moved(read, gone)
        self.gift_model.remove_ids(gone)
        self.gift_model.upsert_rows([*patched, *read])
        return moved

    def _names_shown(
        self, people: Sequence[Any] | None, occasions: Sequence[Any] | None
    ) -> dict[str, dict[int, str]]:
        """Names for patched gift rows: just read with the change, else the tables'."""
        return {
            "purchaser_name": {row.id: row.name for row in people or self.person_model.rows()},
            "occasion_name": {row.id: row.name for row in occasions or self.occasion_model.rows()},
        }

    def _figures_moved(
        self, new_rows: Sequence[Any], gone: Iterable[int], columns: set[str] | None = None
    ) -> set[int]:
        """``TAB_PEOPLE`` / ``TAB_OCCASIONS`` if their figures count something that
        differs between the gift rows shown and ``new_rows`` (``gone``: deleted).

        People count recipients and purchasers; occasions count their gifts and
        the cost of the planned and bought ones (``table_rows.list_*_rows``).
        ``columns``: the only gift columns that may differ (patched rows).
        """
        gone = list(gone)
        if not new_rows and not gone:
            return set()
        watched = {TAB_PEOPLE, TAB_OCCASIONS}
        if columns is not None:
            if not columns & {"purchaser_id", "recipient_ids"}:
                watched.discard(TAB_PEOPLE)
            if not columns & {"occasion_id", "status", "cost_cents"}:
                watched.discard(TAB_OCCASIONS)
        if self._gifts_pending:  # the rows shown are not all read yet: assume they moved
            return watched
        from giftdesk.data.fields import BOUGHT_STATUSES, PLANNED_STATUSES

        def counted_by_occasion(row: Any) -> Any:
            if row is None or row.occasion_id is None:
                return None
            planned, bought = row.status in PLANNED_STATUSES, row.status in BOUGHT_STATUSES
            return (row.occasion_id, planned, bought, row.cost_cents if planned or bought else 0)

        def counted_by_people(row: Any) -> tuple[int | None, tuple[int, ...]]:
            return (None, ()) if row is None else (row.purchaser_id, row.recipient_ids)

        from itertools import chain

        shown = self.gift_model.item_for_id
        pairs = chain(
            ((shown(row.id), row) for row in new_rows),
            ((shown(gift_id), None) for gift_id in gone),
        )
        moved: set[int] = set()
        for before, after in pairs:
            if TAB_PEOPLE in watched - moved:
                old, new = counted_by_people(before), counted_by_people(after)
                if old != new and (old[0] != new[0] or set(old[1]) != set(new[1])):
                    moved.add(TAB_PEOPLE)
            if TAB_OCCASIONS in watched - moved and (
                counted_by_occasion(before) != counted_by_occasion(after)
            ):
                moved.add(TAB_OCCASIONS)
            if moved == watched:
                break
        return moved

    def _read_details(self, session: Any, tab: int) -> Sequence[Any]:
        """Every person's or occasion's columns but the figures (no gift is read)."""
        read = table_rows.person_details if tab == TAB_PEOPLE else table_rows.occasion_details
        rows: Sequence[Any] = read(session, self._side_model(tab).detail_fields)
        return rows

    def _refresh_side_tables(
        self, session: Any, details: dict[int, Sequence[Any] | None], moved: set[int]
    ) -> None:
        """Details into the people and occasion tables; figures now or when shown."""
        self._stale |= moved
        for tab in (TAB_PEOPLE, TAB_OCCASIONS):
            if tab in self._stale and tab == self.tabs.currentIndex():
                self._reload_side_table(session, tab)
            elif details[tab] is not None:
                self._side_model(tab).replace_details(details[tab], self._row_type(tab))

    def _side_model(self, tab: int) -> Any:
        return self.person_model if tab == TAB_PEOPLE else self.occasion_model

    @staticmethod
    def _row_type(tab: int) -> type:
        from giftdesk.data.records import OccasionRow, PersonRow

        return PersonRow if tab == TAB_PEOPLE else OccasionRow

    def _reload_side_table(self, session: Any, tab: int) -> None:
        read = table_rows.list_person_rows if tab == TAB_PEOPLE else table_rows.list_occasion_rows
        self._side_model(tab).replace_rows(read(session))
        self._stale.discard(tab)

    def refresh_stale_tables(self) -> None:
        """Read the figures of the people and occasion tables if a change left them stale.

        The window does this when their tab is shown; call it before reading
        ``person_model`` / ``occasion_model`` figures from elsewhere.
        """
        if not self._stale or self._db is None:
            return
        with self.db.reading() as session:
            for tab in sorted(self._stale):
                self._reload_side_table(session, tab)

    def _gifts_showing_renamed(
        self,
        change: Change,
        person_rows: Sequence[Any] | None,
        occasion_rows: Sequence[Any] | None,
    ) -> set[int]:
        """Gift rows that show the name of a person or occasion renamed by ``change``.

        Commands usually list those gifts themselves; this catches any that do
        not, with one pass over the rows in memory (no query).
        """
        renamed_people = _renamed(change.persons, self.person_model, person_rows)
        renamed_occasions = _renamed(change.occasions, self.occasion_model, occasion_rows)
        if not renamed_people and not renamed_occasions:
            return set()
        return {
            row.id
            for row in self.gift_model.rows()
            if row.occasion_id in renamed_occasions
            or row.purchaser_id in renamed_people
            or not renamed_people.isdisjoint(row.recipient_ids)
        }

    def _fill_occasion_filter(self) -> None:
        chosen = self.current_occasion_filter() if self.occasion_filter.count() else ALL
        self.occasion_filter.blockSignals(True)
        self.occasion_filter.clear()
        self.occasion_filter.addItem(translate("MainWindow", "All occasions"), ALL)
        rows = sorted(
            self.occasion_model.rows(),
            key=lambda r: (r.date is None, r.date or 0, r.name.casefold()),
        )
        for row in rows:
            self.occasion_filter.addItem(row.name, row.id)
        self.occasion_filter.addItem(translate("MainWindow", "No occasion"), None)
        at = 0
        if chosen is None:
            at = self.occasion_filter.count() - 1
        elif chosen != ALL:
            at = max(self.occasion_filter.findData(chosen), 0)
        self.occasion_filter.setCurrentIndex(at)
        self.occasion_filter.blockSignals(False)
        self._on_occasion_filter()

    def _on_occasion_filter(self, _index: int = 0) -> None:
        self.gift_filter.set_occasion(self.current_occasion_filter())
        self._update_hints()
        self._update_status()

    def filter_gifts_by_person(self, person_id: int | None) -> None:
        """Only the gifts ``person_id`` receives, buys or chips in for (None: everyone's),
        within the chosen occasion; a person's gifts are shown at once."""
        self.gift_filter.set_person(person_id)
        if person_id is not None:
            self.tabs.setCurrentWidget(self.gift_view)
            self.gift_view.setFocus()
        self._update_hints()
        self._update_status()

    def _on_search(self, text: str) -> None:
        view = self.current_view()
        if view is self.gift_view:
            self.gift_filter.set_search(text)
        else:
            proxy = view.model()
            assert isinstance(proxy, TableProxyModel)
            proxy.set_search_text(text)
        self._update_hints()
        self._update_status()

    def _on_tab_changed(self, index: int) -> None:
        if index in self._stale:  # figures left for later by a change while hidden
            with self.db.reading() as session:
                self._reload_side_table(session, index)
        view = self.current_view()
        placeholder = {
            TAB_GIFTS: translate("MainWindow", "Search gifts, people, stores…  (Ctrl+F)"),
            TAB_PEOPLE: translate("MainWindow", "Search people…  (Ctrl+F)"),
            TAB_OCCASIONS: translate("MainWindow", "Search occasions…  (Ctrl+F)"),
        }[index]
        self.search_box.setPlaceholderText(placeholder)
        # The search box filters the visible table only.
        self.gift_filter.set_search(self.search_box.text() if view is self.gift_view else "")
        for other in (self.person_view, self.occasion_view):
            proxy = other.model()
            assert isinstance(proxy, TableProxyModel)
            proxy.set_search_text(self.search_box.text() if other is view else "")
        self.occasion_filter.setEnabled(index == TAB_GIFTS)
        self.tab_actions[index].setChecked(True)
        self._update_hints()
        self._update_status()
        self._update_actions()

    def _on_selection_changed(self, *_args: Any) -> None:
        self._update_status()
        self._update_actions()

    # -- selection helpers --------------------------------------------------

    def _selected_ids(self, view: QTableView) -> list[int]:
        proxy = view.model()
        assert isinstance(proxy, TableProxyModel)
        ids: dict[int, None] = {}
        selection = view.selectionModel().selection()
        for at in range(selection.count()):
            selection_range = selection.at(at)
            for row in range(selection_range.top(), selection_range.bottom() + 1):
                ids[proxy.id_at(row)] = None
        return list(ids)

    def _select_ids(self, view: QTableView, ids: Iterable[int]) -> None:
        proxy = view.model()
        assert isinstance(proxy, TableProxyModel)
        rows = sorted(r for r in (proxy.proxy_row_for_id(i) for i in ids) if r is not None)
        selection = QItemSelection()
        last_column = proxy.columnCount() - 1
        start: int | None = None
        previous = 0
        for row in [*rows, None]:
            if start is not None and (row is None or row != previous + 1):
                selection.select(proxy.index(start, 0), proxy.index(previous, last_column))
                start = None
            if row is not None:
                if start is None:
                    start = row
                previous = row
        model = view.selectionModel()
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        model.select(selection, flags)
        if rows:
            model.setCurrentIndex(
                proxy.index(rows[0], 0), QItemSelectionModel.SelectionFlag.NoUpdate
            )
            view.scrollTo(proxy.index(rows[0], 0))

    # -- the status bar, hints and actions ----------------------------------

    def _update_status(self) -> None:
        tab = self.tabs.currentIndex()
        if self.pages.currentWidget() is not self.tabs:
            text = ""
        elif tab == TAB_GIFTS and self._gifts_pending:
            pending = self._gifts_pending
            text = translate("MainWindow", "Loading %Ln gift(s)…", None, pending)
        elif tab == TAB_GIFTS:
            total_rows = self.gift_model.rowCount()
            shown = self.gift_proxy.rowCount()
            selection = self.gift_view.selectionModel().selection()
            count = 0
            cents = 0
            for at in range(selection.count()):
                selection_range = selection.at(at)
                for row in range(selection_range.top(), selection_range.bottom() + 1):
                    count += 1
                    cents += self.gift_proxy.item_at(row).cost_cents
            if count:
                text = translate("MainWindow", "%Ln gift(s) selected · {amount}", None, count)
                text = text.format(amount=format_money(cents))
            elif shown != total_rows:
                text = translate("MainWindow", "Showing {shown} of %Ln gift(s)", None, total_rows)
                text = text.format(shown=f"{shown:,}")
            else:
                text = translate("MainWindow", "%Ln gift(s)", None, total_rows)
        else:
            people = tab == TAB_PEOPLE
            model, proxy = (
                (self.person_model, self.person_proxy)
                if people
                else (self.occasion_model, self.occasion_proxy)
            )
            total_rows, shown = model.rowCount(), proxy.rowCount()
            if people and shown == total_rows:
                text = translate("MainWindow", "%Ln person(s)", None, total_rows)
            elif people:
                text = translate("MainWindow", "Showing {shown} of %Ln person(s)", None, total_rows)
            elif shown == total_rows:
                text = translate("MainWindow", "%Ln occasion(s)", None, total_rows)
            else:
                text = translate(
                    "MainWindow", "Showing {shown} of %Ln occasion(s)", None, total_rows
                )
            text = text.format(shown=f"{shown:,}")
        self.selection_label.setText(text)

    def _update_hints(self, *_args: Any) -> None:
        search = self.search_box.text().strip()
        texts = {
            self.gift_view: (
                self.gift_proxy,
                self.gift_model,
                translate("MainWindow", "No gifts yet. Add one with “New gift…” (Ctrl+N).")
                if self.person_model.rowCount()
                else translate(
                    "MainWindow",
                    "No gifts yet. Add the people you give gifts to first (People → New person…).",
                ),
                (
                    translate(
                        "MainWindow",
                        "No gifts match “{search}”. Clear the search box to see everything.",
                    ),
                    translate(
                        "MainWindow",
                        "No gifts match this occasion. Choose “All occasions” to see everything.",
                    ),
                ),
            ),
            self.person_view: (
                self.person_proxy,
                self.person_model,
                translate("MainWindow", "No people yet. Add someone with “New person…”."),
                (
                    translate(
                        "MainWindow",
                        "Nobody matches “{search}”. Clear the search box to see everything.",
                    ),
                    translate(
                        "MainWindow",
                        "Nobody matches this occasion. Choose “All occasions” to see everything.",
                    ),
                ),
            ),
            self.occasion_view: (
                self.occasion_proxy,
                self.occasion_model,
                translate(
                    "MainWindow",
                    "No occasions yet. Add one with “New occasion…” (Christmas, a birthday…).",
                ),
                (
                    translate(
                        "MainWindow",
                        "No occasions match “{search}”. Clear the search box to see everything.",
                    ),
                    translate(
                        "MainWindow",
                        "No occasions match this occasion. Choose “All occasions” to see "
                        "everything.",
                    ),
                ),
            ),
        }
        for view, (proxy, model, empty_text, no_match_words) in texts.items():
            hint = self._hints[view]
            if proxy.rowCount() or (view is self.gift_view and self._gifts_pending):
                hint.set_text("")
            elif model.rowCount() == 0:
                hint.set_text(empty_text)
            elif (
                view is self.gift_view
                and self.current_occasion_filter() != ALL
                and not (proxy.search_text())
            ):
                hint.set_text(
                    translate(
                        "MainWindow",
                        "No gifts for this occasion yet. Add one with “New gift…”, or "
                        "choose “All occasions”.",
                    )
                )
            else:
                with_search, with_occasion = no_match_words
                hint.set_text(with_search.format(search=search) if search else with_occasion)

    def _update_empty_state(self) -> None:
        empty = not (
            self._gifts_pending
            or self.gift_model.rowCount()
            or self.person_model.rowCount()
            or self.occasion_model.rowCount()
        )
        page = self.empty_state if empty else self.tabs
        if self.pages.currentWidget() is not page:
            self.pages.setCurrentWidget(page)
            # The welcome page stands alone: docks (the budget) step aside.
            if empty:
                self._docks_hidden = [d for d in self.findChildren(QDockWidget) if not d.isHidden()]
                for dock in self._docks_hidden:
                    dock.hide()
            else:
                for dock in self._docks_hidden:
                    dock.show()
                self._docks_hidden = []
                self._show_budget_if_wanted()
        self.search_box.setEnabled(not empty)
        self.occasion_filter.setEnabled(not empty and self.tabs.currentIndex() == TAB_GIFTS)
        self.action_load_example.setEnabled(empty)

    def _update_actions(self) -> None:
        has_selection = bool(self.current_view().selectionModel().hasSelection())
        on_tables = self.pages.currentWidget() is self.tabs
        self.action_delete.setEnabled(on_tables and has_selection)
        self.action_edit.setEnabled(on_tables and has_selection)
        self.action_new_gift.setEnabled(True)

    def _update_title(self) -> None:
        if self._db is None:
            self.setWindowTitle(translate("MainWindow", "giftdesk"))
            return
        title = (
            translate("MainWindow", "{file} (read-only) — giftdesk")
            if self.db.readonly
            else translate("MainWindow", "{file} — giftdesk")
        )
        self.setWindowTitle(title.format(file=self.db.place))
        self.setWindowFilePath(str(self.db.path) if self.db.path is not None else "")

    # -- context menu -------------------------------------------------------

    def _context_menu(self, view: QTableView, pos: Any) -> None:
        menu = QMenu(self)
        if view is self.gift_view:
            menu.addAction(self.action_new_gift)
        elif view is self.person_view:
            menu.addAction(self.action_new_person)
        else:
            menu.addAction(self.action_new_occasion)
        menu.addAction(self.action_edit)
        menu.addAction(self.action_delete)
        extra = {
            self.gift_view: self.gift_context_menu_actions,
            self.occasion_view: self.occasion_context_menu_actions,
        }.get(view)
        if extra:
            menu.addSeparator()
            for action in extra:
                menu.addAction(action)
        menu.exec(view.viewport().mapToGlobal(pos))

    # -- create / edit ------------------------------------------------------

    def edit_current(self) -> None:
        view = self.current_view()
        index = view.currentIndex()
        if not index.isValid() or not view.selectionModel().isRowSelected(index.row()):
            ids = self._selected_ids(view)
            if not ids:
                return
            row_id = ids[0]
        else:
            proxy = view.model()
            assert isinstance(proxy, TableProxyModel)
            row_id = proxy.id_at(index.row())
        if view is self.gift_view:
            self.edit_gift(row_id)
        elif view is self.person_view:
            self.edit_person(row_id)
        else:
            self.edit_occasion(row_id)

    def _gift_picker(self) -> PickerFactory | None:
        """The gift dialog's purchaser picker: the bulk actions' (figures, new person)."""
        actions = getattr(self, "bulk_actions", None)
        return actions.picker_for_gift_dialog if actions is not None else None

    def _people_choices(self) -> list[tuple[int, str]]:
        labels = self._person_labels
        return sorted(
            ((r.id, labels.get(r.id, r.name)) for r in self.person_model.rows()),
            key=lambda p: p[1].casefold(),
        )

    def _everyone(self) -> list[tuple[int, str, str | None]]:
        return [(r.id, r.name, r.relationship) for r in self.person_model.rows()]

    def _update_person_labels(self) -> None:
        """Two people with one name are told apart wherever people are listed."""
        from giftdesk.data.person_names import distinguishing_labels

        people = self._everyone()
        labels = distinguishing_labels(people)
        if labels == self._person_labels:
            return
        self._person_labels = labels
        self.gift_model.set_person_labels(
            {p[0]: labels.get(p[0], p[1]) for p in people}, set(labels)
        )
        self._share_person_labels()

    def _share_person_labels(self) -> None:
        """The parts that list people (installed with a file) label them alike."""
        for part in ("budget_panel", "planner"):
            panel = getattr(self, part, None)
            if panel is not None:
                panel.set_person_labels(self._person_labels)

    def _occasion_choices(self) -> list[tuple[int, str]]:
        rows = sorted(
            self.occasion_model.rows(),
            key=lambda r: (r.date is None, r.date or 0, r.name.casefold()),
        )
        return [(r.id, r.name) for r in rows]

    def new_person(self) -> None:
        from giftdesk.ui.dialogs.person import PersonDialog

        def submit(record: PersonRecord) -> None:
            result = self.runner.run(
                translate("MainWindow", "Add {name}").format(name=record.name.strip()),
                partial(person_ops.create_person, record=record),
                raise_refusal=True,
            )
            assert result is not None
            self.tabs.setCurrentIndex(TAB_PEOPLE)
            self._select_ids(self.person_view, result.created)

        PersonDialog(self, None, submit, people=self._everyone()).exec()

    def edit_person(self, person_id: int) -> None:
        from giftdesk.ui.dialogs.person import PersonDialog

        try:
            with self.db.reading() as session:
                record = people_data.get_person(session, person_id)
        except GiftdeskError as error:
            self.show_refusal(error)
            return

        def submit(new: PersonRecord) -> None:
            if new != record:
                self.runner.run(
                    translate("MainWindow", "Edit {name}").format(name=new.name.strip()),
                    partial(person_ops.edit_person, record=new),
                    raise_refusal=True,
                )

        PersonDialog(self, record, submit, people=self._everyone()).exec()

    def new_occasion(self) -> None:
        from giftdesk.ui.dialogs.occasion import OccasionDialog

        def submit(record: OccasionRecord) -> None:
            result = self.runner.run(
                translate("MainWindow", "Add {name}").format(name=record.name.strip()),
                partial(occasion_ops.create_occasion, record=record),
                raise_refusal=True,
            )
            assert result is not None
            self.tabs.setCurrentIndex(TAB_OCCASIONS)
            self._select_ids(self.occasion_view, result.created)

        OccasionDialog(self, None, submit).exec()

    def edit_occasion(self, occasion_id: int) -> None:
        from giftdesk.ui.dialogs.occasion import OccasionDialog

        try:
            with self.db.reading() as session:
                record = occasions_data.get_occasion(session, occasion_id)
        except GiftdeskError as error:
            self.show_refusal(error)
            return

        def submit(new: OccasionRecord) -> None:
            if new != record:
                self.runner.run(
                    translate("MainWindow", "Edit {name}").format(name=new.name.strip()),
                    partial(occasion_ops.edit_occasion, record=new),
                    raise_refusal=True,
                )

        OccasionDialog(self, record, submit).exec()

    def new_gift(self) -> None:
        from giftdesk.ui.dialogs.gift import GiftDialog, ask_shared_or_separate

        chosen = self.current_occasion_filter()
        default_occasion = chosen if isinstance(chosen, int) else None

        def submit(record: GiftRecord) -> None:
            records = [record]
            if len(record.recipient_ids) > 1:
                answer = ask_shared_or_separate(self._dialog, len(record.recipient_ids))
                if answer is None:
                    raise _Cancelled
                if answer == "separate":
                    records = [
                        dataclasses.replace(record, recipient_ids=(person,))
                        for person in record.recipient_ids
                    ]
            name = record.name.strip()
            result = self.runner.run(
                translate("MainWindow", "Add {name}").format(name=name)
                if len(records) == 1
                else translate("MainWindow", "Add {count} × {name}").format(
                    count=len(records), name=name
                ),
                partial(gift_ops.create_gifts, records=records),
                raise_refusal=True,
            )
            assert result is not None
            self.tabs.setCurrentIndex(TAB_GIFTS)
            self.select_gifts(result.created)

        self._dialog = GiftDialog(
            self,
            None,
            self._people_choices(),
            self._occasion_choices(),
            submit,
            default_occasion_id=default_occasion,
            make_picker=self._gift_picker(),
        )
        self._dialog.exec()
        self._dialog = None

    def edit_gift(self, gift_id: int) -> None:
        from giftdesk.ui.dialogs.gift import GiftDialog

        try:
            with self.db.reading() as session:
                record = gifts_data.get_gift(session, gift_id)
        except GiftdeskError as error:
            self.show_refusal(error)
            return

        def submit(new: GiftRecord) -> None:
            if new != record:
                self.runner.run(
                    translate("MainWindow", "Edit {name}").format(name=new.name.strip()),
                    partial(gift_ops.edit_gift, record=new),
                    raise_refusal=True,
                )

        self._dialog = GiftDialog(
            self,
            record,
            self._people_choices(),
            self._occasion_choices(),
            submit,
            make_picker=self._gift_picker(),
        )
        self._dialog.exec()
        self._dialog = None

    def _edit_gift_cell(self, gift_id: int, key: str, value: object) -> bool:
        """An in-place edit from the gift table, saved as one undoable command."""
        row = self.gift_model.item_for_id(gift_id)
        if row is None:
            return False
        try:
            if key == "status":
                changes: dict[str, object] = {"status": value}
            elif key == "quantity":
                changes = {"quantity": int(value)}  # type: ignore[call-overload]
            elif key == "price":
                cents = parse_money_text("price", str(value))
                field = "sale_price_cents" if row.sale_price_cents is not None else "price_cents"
                changes = {field: cents}
            else:
                return False
            label = ", ".join(FIELD_LABELS.get(k, k.replace("_", " ")) for k in changes)
            self.runner.run(
                translate("MainWindow", "Change {field} of {gift}").format(
                    field=label, gift=row.name
                ),
                partial(
                    gift_ops.set_gift_fields,
                    gift_id=gift_id,
                    changes=changes,
                    version=row.version,
                ),
                raise_refusal=True,
            )
        except (GiftdeskError, ValueError, TypeError) as error:
            message = (
                error
                if isinstance(error, GiftdeskError)
                else ValidationError(
                    key,
                    translate("MainWindow", "“{value}” is not a valid {field}.").format(
                        value=value, field=FIELD_LABELS.get(key, key.replace("_", " "))
                    ),
                )
            )
            # Not from inside the editor's commit: the message box would steal its focus.
            QTimer.singleShot(0, lambda: self.show_refusal(message))
            return False
        return True

    # -- delete -------------------------------------------------------------

    def delete_selected(self) -> None:
        view = self.current_view()
        if self.pages.currentWidget() is not self.tabs:
            return
        if view is self.gift_view:
            self.delete_gifts(self.selected_gift_ids())
        elif view is self.person_view:
            for person_id in self.selected_person_ids()[:1]:
                self.delete_person(person_id)
        else:
            for occasion_id in self.selected_occasion_ids()[:1]:
                self.delete_occasion(occasion_id)

    def _confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(
            self,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def delete_gifts(self, gift_ids: Sequence[int]) -> None:
        if not gift_ids:
            return
        count = len(gift_ids)
        if count == 1:
            row = self.gift_model.item_for_id(gift_ids[0])
            name = row.name if row else translate("MainWindow", "this gift")
            text = translate("MainWindow", "Delete the gift “{name}”? You can undo this.")
            text = text.format(name=name)
            title = translate("MainWindow", "Delete gift")
        else:
            name = None
            text = translate(
                "MainWindow", "Delete the %Ln selected gift(s)? You can undo this.", None, count
            )
            title = translate("MainWindow", "Delete %Ln gift(s)", None, count)
        if not self._confirm(title, text):
            return
        unique = len(set(gift_ids))
        self.runner.run(
            translate("MainWindow", "Delete {name}").format(name=name)
            if name
            else translate("MainWindow", "Delete %Ln gift(s)", None, unique),
            partial(
                gift_ops.delete_gifts, gift_ids=gift_ids, versions=self.gift_versions(gift_ids)
            ),
        )

    def gift_versions(self, gift_ids: Sequence[int]) -> dict[int, int]:
        """The versions of the gift rows shown: changes based on them say so."""
        found = (self.gift_model.item_for_id(i) for i in gift_ids)
        return {row.id: row.version for row in found if row is not None}

    def delete_person(self, person_id: int) -> None:
        row = self.person_model.item_for_id(person_id)
        if row is None:
            return
        from giftdesk.data.person_deletion import deletion_sentence, person_deletion_impact

        try:
            with self.db.reading() as session:
                impact = person_deletion_impact(session, person_id)
        except GiftdeskError as error:
            self.show_refusal(error)
            return
        if self._confirm(
            translate("MainWindow", "Delete {name}").format(name=row.name),
            deletion_sentence(impact),
        ):
            self.runner.run(
                translate("MainWindow", "Delete {name}").format(name=row.name),
                partial(person_ops.delete_person, person_id=person_id),
            )

    def delete_occasion(self, occasion_id: int) -> None:
        row = self.occasion_model.item_for_id(occasion_id)
        if row is None:
            return
        try:
            with self.db.reading() as session:
                impact = occasions_data.occasion_delete_impact(session, occasion_id)
        except GiftdeskError as error:
            self.show_refusal(error)
            return
        if self._confirm(
            translate("MainWindow", "Delete {name}").format(name=row.name),
            occasion_delete_sentence(row.name, impact),
        ):
            self.runner.run(
                translate("MainWindow", "Delete {name}").format(name=row.name),
                partial(occasion_ops.delete_occasion, occasion_id=occasion_id),
            )

    # -- the example family -------------------------------------------------

    def load_example_family(self) -> None:
        """Fill an empty file with the example family (one undoable step)."""
        if (
            self.gift_model.rowCount()
            or self.person_model.rowCount()
            or self.occasion_model.rowCount()
        ):
            self.show_refusal(
                translate(
                    "MainWindow",
                    "The example family can only be loaded into an empty file; use File "
                    "→ New database… first.",
                )
            )
            return
        if self.runner.run(
            translate("MainWindow", "Load example family"), demo_ops.load_example_family
        ):
            self.statusBar().showMessage(
                translate("MainWindow", "Example family loaded. Edit → Undo removes it again."),
                8000,
            )

    # -- backups and help ---------------------------------------------------

    def import_backup_dialog(self, path: Path | None = None) -> bool:
        """File → Import backup…: all or nothing, one undoable step."""
        from giftdesk.ui import backup_transfer

        path = path or backup_transfer.ask_import_path(self, self._file_folder())
        if path is None:
            return False
        result = backup_transfer.import_backup_file(self, self.db, self.runner, path)
        if result is None:
            return False
        undo_hint = translate("MainWindow", "Edit → Undo removes them again.")
        self.statusBar().showMessage(f"{result.message} {undo_hint}", 10_000)
        return True

    def export_backup_dialog(self, path: Path | None = None) -> bool:
        """File → Export backup…: everything in this file as JSON."""
        from giftdesk.ui import backup_transfer

        stem = self.db.path.stem if self.db.path is not None else self.db.address.rsplit("/")[-1]
        start = self._file_folder() / f"{stem}-backup.json"
        path = path or backup_transfer.ask_export_path(self, start)
        if path is None:
            return False
        try:
            sentence = backup_transfer.export_backup_file(self.db, path)
        except GiftdeskError as error:
            self.show_refusal(error)
            return False
        except OSError as error:
            self.show_refusal(
                translate("MainWindow", "{name} could not be written: {reason}.").format(
                    name=path.name, reason=error.strerror or error
                )
            )
            return False
        self.statusBar().showMessage(sentence, 10_000)
        return True

    def show_keyboard_shortcuts(self) -> None:
        from giftdesk.ui.keyboard_shortcuts import KeyboardShortcutsDialog

        KeyboardShortcutsDialog(self).exec()

    # -- files (File → New, Open, Open recent: see file_menu) ----------------

    def _file_folder(self) -> Path:
        """Where file dialogs start: the open file's folder (home on a server)."""
        return self.db.path.parent if self.db.path is not None else Path.home()

    def open_database_dialog(self) -> None:
        self.file_menu_parts.open_dialog()

    def new_database_dialog(self) -> None:
        self.file_menu_parts.new_dialog()

    def open_database_file(self, path: Path, *, create: bool = False) -> bool:
        """Open ``path`` and switch to it; a bad file gets its sentence, unchanged."""
        return self.file_menu_parts.open_file(path, create=create)

    def recent_files(self) -> list[str]:
        return self.file_menu_parts.recent_files()

    # -- settings -----------------------------------------------------------

    def _restore_settings(self) -> None:
        geometry = self.settings.value("mainWindow/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        state = self.settings.value("mainWindow/state")
        if isinstance(state, QByteArray):
            self.restoreState(state)
        for view in (self.gift_view, self.person_view, self.occasion_view):
            header = self.settings.value(f"tables/{view.objectName()}/header")
            if isinstance(header, QByteArray):
                view.horizontalHeader().restoreState(header)
        tab = self.settings.value("mainWindow/tab", 0)
        with contextlib.suppress(TypeError, ValueError):
            self.tabs.setCurrentIndex(int(tab))  # type: ignore[call-overload]
        if self._db is not None:
            self.file_menu_parts.add_recent(
                self.db.address if self.db.path is None else self.db.path
            )
            self._restore_occasion_filter()

    def _restore_occasion_filter(self) -> None:
        """The occasion chosen when this file was last open, if it still exists."""
        if str(self.settings.value("gifts/occasionFilterFile", "")) != self.db.address:
            return
        saved = str(self.settings.value("gifts/occasionFilter", ALL))
        wanted: int | str | None = ALL if saved == ALL else None
        if saved not in (ALL, "none"):
            try:
                wanted = int(saved)
            except ValueError:
                return
        at = self.occasion_filter.findData(wanted)
        if at >= 0:
            self.occasion_filter.setCurrentIndex(at)

    def save_settings(self) -> None:
        self.settings.setValue("mainWindow/geometry", self.saveGeometry())
        self.settings.setValue("mainWindow/state", self.saveState())
        self.settings.setValue("mainWindow/tab", self.tabs.currentIndex())
        if self._db is not None and self.occasion_filter.count():
            chosen = self.current_occasion_filter()
            self.settings.setValue("gifts/occasionFilterFile", self.db.address)
            self.settings.setValue(
                "gifts/occasionFilter",
                ALL if chosen == ALL else "none" if chosen is None else str(chosen),
            )
        for view in (self.gift_view, self.person_view, self.occasion_view):
            self.settings.setValue(
                f"tables/{view.objectName()}/header", view.horizontalHeader().saveState()
            )
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.save_settings()
        super().closeEvent(event)


def _renamed(ids: Iterable[int], model: Any, rows: Sequence[Any] | None) -> set[int]:
    """Which of ``ids`` have another name in ``rows`` than in ``model``."""
    if not ids or rows is None:
        return set()
    new_names = {row.id: row.name for row in rows}
    renamed = set()
    for row_id in ids:
        old = model.item_for_id(row_id)
        if old is not None and new_names.get(row_id, old.name) != old.name:
            renamed.add(row_id)
    return renamed


class _Cancelled(GiftdeskError):
    """The person backed out of a question inside a dialog; keep the dialog open."""

    def __init__(self) -> None:
        super().__init__("")
