"""The main window: the shell that composes giftdesk's parts.

It holds the actions and menus, places the toolbar and the docks, and keeps
the settings, the title and the switching of files. What it shows comes from
parts built with what they need: the three tabs (``giftdesk.ui.tabs``: gifts,
people, occasions, each owning its table, its refresh and its dialogs), the
toolbar (``toolbar``: its narrow-window fitting), the window state
(``window_state``: geometry, the docks' arrangement, saving), the File menu's
flows (``file_menu``: new, open, recent, backups, the example family), the
bulk actions, the budget panel, the planner and the rest
(``_install_extensions``).

The window is on screen before its file opens: ``MainWindow(None)`` shows
"Opening…" without SQLAlchemy loaded; ``set_database`` builds the tabs (whose
modules load then) and the file-dependent parts.

Public surface for those parts:

- ``window.db`` (``Database``), ``window.hub`` (``ChangeHub``: connect to
  ``changed(Change)``; every operation notifies it), ``window.undo_stack``,
  ``window.runner`` (``UndoRunner``: ``runner.run(text, op)`` does one
  operation as one undo step, showing a refusal instead of raising).
- ``window.tables`` (``Tables``: ``gifts``, ``people``, ``occasions``); for
  the parts built before them, ``gift_view`` / ``gift_model`` / ``gift_proxy``
  (and the same for ``person_*`` and ``occasion_*``), ``selected_gift_ids()``
  and ``select_gifts(ids)``, ``current_occasion_filter()`` (``ALL``, None or
  an id), ``filter_gifts_by_person(id)``, ``gift_versions(ids)`` delegate to
  the tabs.
- Menus ``file_menu``, ``edit_menu``, ``view_menu``, ``gifts_menu``,
  ``people_menu``, ``occasions_menu``, ``help_menu``; the ``toolbar``;
  ``gift_context_menu_actions`` / ``occasion_context_menu_actions`` (append
  ``QAction``s: they follow Edit and Delete in the table's context menu).
- ``set_database(db)`` switches to another file (File → New/Open) and emits
  ``Change(everything=True)``; ``show_refusal(error)`` shows a refused action.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable, Sequence
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QResizeEvent, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QWidget,
)

from giftdesk.data.changes import EVERYTHING
from giftdesk.data.errors import GiftdeskError
from giftdesk.i18n import translate
from giftdesk.ui import actions, menus, tabs
from giftdesk.ui.changes import ChangeHub
from giftdesk.ui.connect_dialog import connect_shared_action
from giftdesk.ui.empty_state import EmptyState
from giftdesk.ui.file_lock import close_database
from giftdesk.ui.file_menu import FileMenu, recent_entry
from giftdesk.ui.keyboard_shortcuts import KeyboardShortcutsDialog
from giftdesk.ui.tabs.gift_filter import ALL_OCCASIONS as ALL
from giftdesk.ui.tabs.table_tab import TAB_GIFTS, TAB_OCCASIONS, TAB_PEOPLE, TableTab, select_ids
from giftdesk.ui.toolbar import MainToolbar
from giftdesk.ui.undo import UndoRunner
from giftdesk.ui.window_state import WindowState

if TYPE_CHECKING:
    from giftdesk.data.database import Database
    from giftdesk.ui.budget.dock import BudgetDock
    from giftdesk.ui.budget.panel import BudgetPanel
    from giftdesk.ui.bulk.actions import BulkActions
    from giftdesk.ui.column_fit import ColumnFitter
    from giftdesk.ui.dialogs.members import MembersActions
    from giftdesk.ui.file_history import FileHistory
    from giftdesk.ui.live_updates import LiveFollower
    from giftdesk.ui.models.gift_model import GiftTableModel
    from giftdesk.ui.models.occasion_model import OccasionTableModel
    from giftdesk.ui.models.person_model import PersonTableModel
    from giftdesk.ui.models.proxy import TableProxyModel
    from giftdesk.ui.planner import Planner
    from giftdesk.ui.purchaser_picker import PickerFactory
    from giftdesk.ui.tabs.gift_filter import GiftFilter
    from giftdesk.ui.tabs.tables import Tables

__all__ = ["ALL", "TAB_GIFTS", "TAB_OCCASIONS", "TAB_PEOPLE", "MainWindow"]


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
        self._db = db
        self.hub = ChangeHub(self)
        self.undo_stack = QUndoStack(self)
        self.runner = UndoRunner(
            lambda: self.db, self.hub, self.undo_stack, lambda text: self.show_refusal(text)
        )
        self.settings = settings if settings is not None else QSettings()
        self.window_state = WindowState(self, self.settings)
        self._tables: Tables | None = None  # built with the first file

        self.tabs = QTabWidget()
        self.tabs.setObjectName("mainTabs")
        self.tabs.setDocumentMode(True)
        self.empty_state = EmptyState()
        self.empty_state.add_person_requested.connect(self.new_person)
        self.empty_state.load_example_requested.connect(
            lambda: self.file_menu_parts.load_example_family()
        )
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

        # The gift tab owns what the occasion filter shows; the toolbar holds it.
        self.occasion_filter = QComboBox()
        self.occasion_filter.setObjectName("occasionFilter")
        self.occasion_filter.setToolTip(translate("MainWindow", "Show the gifts of one occasion"))
        self.search_box = QLineEdit()
        self.search_box.setObjectName("searchBox")
        self.search_box.setClearButtonEnabled(True)
        self.search_box.textChanged.connect(self._on_search)

        self._build_actions()
        self._build_menus_and_toolbar()
        self.selection_label = QLabel()
        self.selection_label.setObjectName("selectionSummary")
        self.statusBar().addPermanentWidget(self.selection_label)
        self.undo_stack.indexChanged.connect(self._on_undo_index_changed)
        self.window_state.restore()
        self._extensions_installed = False
        if db is None:
            self.pages.setCurrentWidget(self.opening_page)
            for action in self.actions():
                action.setEnabled(action is self.action_quit)
            self.search_box.setEnabled(False)
            self.occasion_filter.setEnabled(False)
            self.main_toolbar.show_search_placeholder(self._saved_tab())  # as with the tabs
        else:
            self._build_tables(load_gifts=not load_gifts_later)
            self._restore_occasion_filter()
            self.file_menu_parts.add_recent(recent_entry(db))
            self._install_extensions()
            self._update_empty_state()
        self._update_hints()
        self._update_status()
        self._update_title()

    def _build_tables(self, *, load_gifts: bool = True, load: bool = True) -> None:
        """The three tabs, once there is a file (their modules load here, after the first frame).

        ``load=False``: nothing is read yet (a ``Change(everything=True)`` follows, which does).
        """
        self._tables = tables = tabs.Tables(
            tabs=self.tabs,
            db=lambda: self.db,
            has_file=lambda: self.has_file,
            runner=self.runner,
            hub=self.hub,
            settings=self.settings,
            refuse=lambda text: self.show_refusal(text),
            occasion_filter=self.occasion_filter,
            picker=self._gift_picker,
            parent=self,
        )
        # The tables follow the tab bar in the focus chain, as they would had
        # they been there from the start (they come with the file).
        previous: QWidget = self.tabs.tabBar()
        for part in tables.all():
            QWidget.setTabOrder(previous, part.view)
            previous = part.view
        context: dict[TableTab, QAction] = {
            tables.gifts: self.action_new_gift,
            tables.people: self.action_new_person,
            tables.occasions: self.action_new_occasion,
        }
        for tab, action_new in context.items():
            tab.context_actions = [action_new, self.action_edit, self.action_delete]
            # Keep Delete/Enter for the table even while it has focus.
            tab.view.addAction(self.action_delete)
            tab.view.selectionModel().selectionChanged.connect(self._on_selection_changed)
            for signal in (
                tab.proxy.rowsInserted,
                tab.proxy.rowsRemoved,
                tab.proxy.layoutChanged,
                tab.proxy.modelReset,
            ):
                # The counts and hints follow every filter, also those set from
                # outside (a person's gifts).
                signal.connect(self._update_hints)
                if tab is tables.gifts:
                    signal.connect(self._update_status)
        tables.refreshed.connect(self._after_change)
        tables.filter_changed.connect(self._update_hints)
        tables.filter_changed.connect(self._update_status)
        tables.person_labels_changed.connect(lambda _labels: self._share_person_labels())
        if load:
            tables.load(gifts=load_gifts)
        self.tabs.setCurrentIndex(self._saved_tab())
        self.tabs.currentChanged.connect(self._on_tab_changed)
        self._on_tab_changed(self.tabs.currentIndex())

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
        self.window_state.place_budget(budget)
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
        budget.panel.occasion_activated.connect(self.tables.gifts.choose_occasion)

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
        self.tables.put_below_people(planner.person_history)
        self.person_view.selectionModel().selectionChanged.connect(planner.follow_person)
        self.addAction(planner.action_rollover_occasion)
        self.occasions_menu.addAction(planner.action_rollover_occasion)
        self.occasion_context_menu_actions.append(planner.action_rollover_occasion)
        self.window_state.place_upcoming(budget, planner.upcoming_dock)  # show_on_start shows it
        self.addAction(planner.action_show_upcoming)
        menus.insert_after(self.view_menu, budget.action_show_budget, planner.action_show_upcoming)
        self.occasions_menu.addAction(planner.action_show_upcoming)
        self.addAction(planner.action_import_spreadsheet)
        menus.insert_after(
            self.file_menu, self.action_import_backup, planner.action_import_spreadsheet
        )
        planner.occasions_created.connect(self.tables.show_occasions)
        planner.gifts_imported.connect(self.tables.show_gifts)
        planner.occasion_requested.connect(self.tables.show_occasion_gifts)
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

        self.window_state.take_docks(
            budget,
            planner.upcoming_dock,
            self.toolbar,
            self.action_show_budget,
            tables_in_front=lambda: self.pages.currentWidget() is self.tabs,
        )
        self.window_state.show_budget_if_wanted()
        self.planner.show_on_start()  # the "Coming up" dock, when something is near
        self.window_state.arrange_side_docks()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.main_toolbar.fit(self.width())
        self.window_state.resized(event)

    # -- building -----------------------------------------------------------

    def _on_undo_index_changed(self, _index: int) -> None:
        self._update_actions()
        # "3 gifts moved…" speaks of the last step: an undo or redo makes it stale.
        self.statusBar().clearMessage()

    def _action(self, name: str, slot: Callable[[], Any], *, checkable: bool = False) -> QAction:
        """The registered action ``name`` (text, keys: ``giftdesk.ui.actions``), on the window."""
        action = actions.make_action(self, name, slot, checkable=checkable)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.action_new_database = self._action("actionNewDatabase", self.new_database_dialog)
        self.action_open_database = self._action("actionOpenDatabase", self.open_database_dialog)
        # The File menu's flows are FileMenu's (built with the menus, below).
        self.action_import_backup = self._action(
            "actionImportBackup", lambda: self.file_menu_parts.import_backup()
        )
        self.action_export_backup = self._action(
            "actionExportBackup", lambda: self.file_menu_parts.export_backup()
        )
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
        self.action_load_example = self._action(
            "actionLoadExample", lambda: self.file_menu_parts.load_example_family()
        )
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

    def _build_menus_and_toolbar(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu(translate("MainWindow", "&File"))
        self.file_menu.addAction(self.action_new_database)
        self.file_menu.addAction(self.action_open_database)
        self.action_connect_shared = connect_shared_action(self)
        self.file_menu.addAction(self.action_connect_shared)
        self.recent_menu = self.file_menu.addMenu(translate("MainWindow", "Open &recent"))
        self.recent_menu.setObjectName("recentMenu")
        self.file_menu_parts = FileMenu(
            self,
            self.settings,
            self.recent_menu,
            current_path=lambda: recent_entry(self.db),
            switch_to=self.set_database,
            refuse=lambda text: self.show_refusal(text),  # looked up at each call: tests replace it
            db=lambda: self.db,
            runner=self.runner,
            is_empty=lambda: self.tables.is_empty(),
            status_bar=self.statusBar(),
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

        # Undo and Redo step off a narrow window's toolbar (Ctrl+Z and the Edit menu stay).
        self.main_toolbar = MainToolbar(
            [self.action_new_gift, self.action_new_person, self.action_new_occasion],
            [self.action_undo, self.action_redo],
            self.occasion_filter,
            self.search_box,
        )
        self.toolbar = self.main_toolbar.bar
        self.addToolBar(self.toolbar)
        self.action_show_toolbar = self.main_toolbar.action_show_toolbar
        self.view_menu.addAction(self.action_show_toolbar)

    # -- the tabs (delegations for the parts that reach them through the window) --

    @property
    def tables(self) -> Tables:
        """The three tabs (a window with a file has them)."""
        assert self._tables is not None, "the tabs are built with the first file"
        return self._tables

    @property
    def gift_view(self) -> QTableView:
        return self.tables.gifts.view

    @property
    def gift_model(self) -> GiftTableModel:
        model: GiftTableModel = self.tables.gifts.model
        return model

    @property
    def gift_proxy(self) -> TableProxyModel:
        return self.tables.gifts.proxy

    @property
    def gift_filter(self) -> GiftFilter:
        return self.tables.gifts.filter

    @property
    def gift_columns(self) -> ColumnFitter | None:
        return self.tables.gifts.columns

    @property
    def person_view(self) -> QTableView:
        return self.tables.people.view

    @property
    def person_model(self) -> PersonTableModel:
        model: PersonTableModel = self.tables.people.model
        return model

    @property
    def person_proxy(self) -> TableProxyModel:
        return self.tables.people.proxy

    @property
    def occasion_view(self) -> QTableView:
        return self.tables.occasions.view

    @property
    def occasion_model(self) -> OccasionTableModel:
        model: OccasionTableModel = self.tables.occasions.model
        return model

    @property
    def gift_context_menu_actions(self) -> list[QAction]:
        return self.tables.gifts.extra_context_actions

    @property
    def occasion_context_menu_actions(self) -> list[QAction]:
        return self.tables.occasions.extra_context_actions

    def current_view(self) -> QTableView:
        return self.tables.in_front().view

    def current_occasion_filter(self) -> int | str | None:
        """``ALL``, ``None`` ("No occasion") or the chosen occasion's id."""
        return self.tables.gifts.current_occasion_filter()

    def selected_gift_ids(self) -> list[int]:
        """Database ids of the selected gifts, in the order shown."""
        return self.tables.gifts.selected_ids()

    def select_gifts(self, ids: Iterable[int]) -> None:
        """Select these gifts (those shown), make the first current and visible."""
        self.tables.gifts.select_ids(ids)

    def selected_person_ids(self) -> list[int]:
        return self.tables.people.selected_ids()

    def selected_occasion_ids(self) -> list[int]:
        return self.tables.occasions.selected_ids()

    def _select_ids(self, view: QTableView, ids: Iterable[int]) -> None:
        select_ids(view, ids)

    def filter_gifts_by_person(self, person_id: int | None) -> None:
        """Only the gifts ``person_id`` receives, buys or chips in for (None: everyone's)."""
        self.tables.gifts.filter_by_person(person_id)

    def gift_versions(self, gift_ids: Sequence[int]) -> dict[int, int]:
        """The versions of the gift rows shown: changes based on them say so."""
        return self.tables.gifts.gift_versions(gift_ids)

    def refresh_stale_tables(self) -> None:
        """Read the figures of the people and occasion tables if a change left them stale.

        The tabs do this when shown; call it before reading ``person_model`` /
        ``occasion_model`` figures from elsewhere.
        """
        if self._tables is not None:
            self._tables.refresh_stale()

    def new_gift(self) -> None:
        self.tables.gifts.new_gift()

    def edit_gift(self, gift_id: int) -> None:
        self.tables.gifts.edit_gift(gift_id)

    def delete_gifts(self, gift_ids: Sequence[int]) -> None:
        self.tables.gifts.delete_gifts(gift_ids)

    def new_person(self) -> None:
        self.tables.people.new_person()

    def new_occasion(self) -> None:
        self.tables.occasions.new_occasion()

    def edit_current(self) -> None:
        self.tables.in_front().edit_current()

    def delete_selected(self) -> None:
        if self.pages.currentWidget() is self.tabs:
            self.tables.in_front().delete_selected()

    def _gift_picker(self) -> PickerFactory | None:
        """The gift dialog's purchaser picker: the bulk actions' (figures, new person)."""
        bulk = getattr(self, "bulk_actions", None)
        return bulk.picker_for_gift_dialog if bulk is not None else None

    def _share_person_labels(self) -> None:
        """The parts that list people (installed with a file) label them alike."""
        labels = self.tables.people.labels
        for part in ("budget_panel", "planner"):
            panel = getattr(self, part, None)
            if panel is not None:
                panel.set_person_labels(labels)

    # -- the file -------------------------------------------------------------

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

        On an "Opening…" window (made with None) this builds the tabs and the
        file-dependent parts.
        """
        old = self._db
        self.undo_stack.clear()
        self._db = db
        if old is not None and old is not db:
            close_database(old)  # also releases its lock
        self.search_box.clear()
        if old is None:
            for action in self.actions():
                # The undo history alone decides about undo and redo.
                if action not in (self.action_undo, self.action_redo):
                    action.setEnabled(True)
            self.search_box.setEnabled(True)
            if self._tables is None:
                # The hub's EVERYTHING below reads them (on a network each read is
                # round trips: the tables are not read twice).
                self._build_tables(load=False)
        self.hub.notify(EVERYTHING)  # every view reads the new file
        if old is None:
            # After the tables have the file: each part reads what it shows as it
            # is built (before, it read then and again on the EVERYTHING above).
            self._install_extensions()
        self._restore_occasion_filter()
        if old is None:
            self._on_tab_changed(self.tabs.currentIndex())
        self.file_menu_parts.add_recent(recent_entry(db))
        self._update_title()

    def focus_search(self) -> None:
        if self.pages.currentWidget() is not self.tabs:
            return
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def reload_all(self, gifts: bool = True) -> None:
        """Read every table again (a new file, an import, the example family)."""
        self.tables.load(gifts=gifts)

    def finish_loading(self) -> None:
        """Read the gift rows of a window made with ``load_gifts_later``."""
        if self.tables.gifts.finish_loading():
            self._update_empty_state()
            self._update_status()
            self._update_hints()

    def _after_change(self) -> None:
        self._update_empty_state()
        self._update_status()
        self._update_hints()
        self._update_actions()

    # -- tabs, search, status ---------------------------------------------------

    def _on_search(self, _text: str) -> None:
        if self._tables is None:
            return
        self._tables.set_search(self.search_box.text())
        self._update_hints()
        self._update_status()

    def _on_tab_changed(self, index: int) -> None:
        if self._tables is None or index < 0:
            return
        self._tables.tab_shown(index)  # figures left for later by a change while hidden
        self.main_toolbar.show_search_placeholder(index)
        self._tables.set_search(self.search_box.text())  # the visible table only
        self.occasion_filter.setEnabled(index == TAB_GIFTS)
        self.tab_actions[index].setChecked(True)
        self._update_hints()
        self._update_status()
        self._update_actions()

    def _saved_tab(self) -> int:
        """The tab in front when the window was last closed."""
        with contextlib.suppress(TypeError, ValueError):
            return int(self.settings.value("mainWindow/tab", 0))  # type: ignore[call-overload]
        return TAB_GIFTS

    def _on_selection_changed(self, *_args: Any) -> None:
        self._update_status()
        self._update_actions()

    def _update_status(self, *_args: Any) -> None:
        on_tables = self._tables is not None and self.pages.currentWidget() is self.tabs
        self.selection_label.setText(self.tables.status_text() if on_tables else "")

    def _update_hints(self, *_args: Any) -> None:
        if self._tables is not None:
            self._tables.update_hints(self.search_box.text().strip())

    def _update_empty_state(self) -> None:
        empty = self.tables.is_empty()
        page = self.empty_state if empty else self.tabs
        if self.pages.currentWidget() is not page:
            self.pages.setCurrentWidget(page)
            # The welcome page stands alone: docks (the budget) step aside.
            if empty:
                self.window_state.step_aside()
            else:
                self.window_state.come_back()
        self.search_box.setEnabled(not empty)
        self.occasion_filter.setEnabled(not empty and self.tabs.currentIndex() == TAB_GIFTS)
        self.action_load_example.setEnabled(empty)

    def _update_actions(self) -> None:
        if self._tables is None:
            return
        has_selection = self._tables.in_front().has_selection()
        on_tables = self.pages.currentWidget() is self.tabs
        self.action_delete.setEnabled(on_tables and has_selection)
        self.action_edit.setEnabled(on_tables and has_selection)

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

    # -- help ---------------------------------------------------------------

    def show_keyboard_shortcuts(self) -> None:
        KeyboardShortcutsDialog(self).exec()

    # -- files (File → New, Open, Open recent: see file_menu) ----------------

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

    def _restore_occasion_filter(self) -> None:
        """The occasion chosen when this file was last open, if it still exists."""
        self.tables.gifts.restore_occasion_filter(self.settings, self.db.address)

    def save_settings(self) -> None:
        self.window_state.save()
        self.settings.setValue("mainWindow/tab", self.tabs.currentIndex())
        if self._tables is not None:
            if self._db is not None:
                self._tables.gifts.save_occasion_filter(self.settings, self.db.address)
            for tab in self._tables.all():
                tab.save_header(self.settings)
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.save_settings()
        super().closeEvent(event)
