"""What the three tabs share: a table view over a row model and its proxy.

A ``TableTab`` owns its view (sorting, row selection, Enter and double-click
to edit, a context menu), its model and proxy, the hint shown over an empty
table, selection by database id and the fitting of its columns to the width.
Each tab (``gifts_tab``, ``people_tab``, ``occasions_tab``) adds its rows,
its part of the refresh after a ``Change`` and its create/edit/delete flows.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from functools import partial
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import (
    QByteArray,
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPoint,
    QSettings,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QMenu,
    QMessageBox,
    QTableView,
    QWidget,
)

from giftdesk.data.errors import GiftdeskError
from giftdesk.i18n import translate
from giftdesk.ui.column_fit import ColumnFitter
from giftdesk.ui.empty_state import EmptyHint
from giftdesk.ui.models.proxy import TableProxyModel
from giftdesk.ui.money import format_money

TAB_GIFTS, TAB_PEOPLE, TAB_OCCASIONS = 0, 1, 2
"""The tabs' places in the window, in this order."""

if TYPE_CHECKING:
    from giftdesk.data.database import Database
    from giftdesk.ui.undo import UndoRunner

Refusal = Callable[[str], None]
Read = TypeVar("Read")
"""Shows a refused action's sentence to the person (the window's one display)."""

# Amount columns keep room for three digits before the decimal mark.
MONEY_COLUMNS = ("price", "total", "budget", "planned", "bought", "remaining")


class ActivateFilter(QObject):
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


def make_table_view(name: str, proxy: TableProxyModel, *, multi: bool) -> QTableView:
    """A sortable, row-selecting table view named ``name`` (its objectName)."""
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
    # elsewhere (TableTab._on_double_click); no slow-click editing, whose
    # delayed editor would come up under the dialog as well.
    view.setEditTriggers(
        QAbstractItemView.EditTrigger.EditKeyPressed | QAbstractItemView.EditTrigger.DoubleClicked
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
    return view


def selected_ids(view: QTableView) -> list[int]:
    """Database ids of the rows selected in ``view``, in the order shown."""
    proxy = view.model()
    assert isinstance(proxy, TableProxyModel)
    ids: dict[int, None] = {}
    selection = view.selectionModel().selection()
    for at in range(selection.count()):
        selection_range = selection.at(at)
        for row in range(selection_range.top(), selection_range.bottom() + 1):
            ids[proxy.id_at(row)] = None
    return list(ids)


def select_ids(view: QTableView, ids: Iterable[int]) -> None:
    """Select these rows (those shown), make the first current and visible."""
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
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    )
    model.select(selection, flags)
    if rows:
        model.setCurrentIndex(proxy.index(rows[0], 0), QItemSelectionModel.SelectionFlag.NoUpdate)
        view.scrollTo(proxy.index(rows[0], 0))


def fit_columns(
    view: QTableView,
    model: Any,
    text_widths: Mapping[str, int],
    settings: QSettings,
    optional: Sequence[str] = (),
) -> ColumnFitter:
    """Fit ``view``'s columns to its width: the text columns share it in the
    proportions ``text_widths``; ``optional`` ones step aside when short."""
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
    amount = metrics.horizontalAdvance(format_money(99_999)) + 16
    keys = [column.key for column in model.columns]
    return ColumnFitter(
        view,
        keys,
        flexible=text_widths,
        least=least,
        natural_floor={key: amount for key in keys if key in MONEY_COLUMNS},
        optional=optional,
        settings=settings,
    )


def confirm(parent: QWidget, title: str, text: str) -> bool:
    """Yes/Cancel, Cancel the default: True for Yes."""
    answer = QMessageBox.question(
        parent,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Yes


class TableTab(QObject):
    """One tab's table: ``view`` over ``proxy`` over ``model``, with its hint.

    ``context_actions`` (new, edit, delete: the window's) open the context
    menu; ``extra_context_actions`` follow after a separator (parts append
    theirs). Enter and a double-click call ``edit(row_id)``.
    """

    show_requested = Signal()
    """The tab wants to be in front (a row just added, a person's gifts)."""

    # Set by each tab: where it reads, how it runs a step, how it says no.
    _db: Callable[[], Database]
    _runner: UndoRunner
    _refuse: Refusal

    def __init__(
        self, name: str, model: Any, *, multi: bool, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.model = model
        self.proxy = TableProxyModel(self)
        self.proxy.setSourceModel(model)
        self.view = make_table_view(name, self.proxy, multi=multi)
        self.hint = EmptyHint(self.view)
        self.context_actions: list[QAction] = []
        self.extra_context_actions: list[QAction] = []
        self.columns: ColumnFitter | None = None
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.view.doubleClicked.connect(self._on_double_click)
        self.view.installEventFilter(ActivateFilter(self.view, lambda: self.edit_current()))

    # -- selection ----------------------------------------------------------

    def selected_ids(self) -> list[int]:
        return selected_ids(self.view)

    def select_ids(self, ids: Iterable[int]) -> None:
        select_ids(self.view, ids)

    def has_selection(self) -> bool:
        return bool(self.view.selectionModel().hasSelection())

    def set_search(self, text: str) -> None:
        self.proxy.set_search_text(text)

    def restore_header(self, settings: QSettings) -> None:
        """Column order, widths and sorting as the person left them."""
        header = settings.value(f"tables/{self.view.objectName()}/header")
        if isinstance(header, QByteArray):
            self.view.horizontalHeader().restoreState(header)

    def save_header(self, settings: QSettings) -> None:
        settings.setValue(
            f"tables/{self.view.objectName()}/header", self.view.horizontalHeader().saveState()
        )

    # -- editing ------------------------------------------------------------

    def read(self, reader: Callable[[Any], Read]) -> Read | None:
        """``reader(session)`` in one reading session; a refusal is said and gives None."""
        try:
            with self._db().reading() as session:
                return reader(session)
        except GiftdeskError as error:
            self._refuse(str(error))
            return None

    def add_step(self, operation: Callable[..., Any]) -> Callable[[Any], None]:
        """A new row's dialog submits here: one undoable step, then the row in front
        and selected. A refusal goes back to the dialog, which keeps what was typed."""

        def submit(record: Any) -> None:
            result = self._runner.run(
                translate("MainWindow", "Add {name}").format(name=record.name.strip()),
                partial(operation, record=record),
                raise_refusal=True,
            )
            assert result is not None
            self.show_requested.emit()
            self.select_ids(result.created)

        return submit

    def edit_step(self, record: Any, operation: Callable[..., Any]) -> Callable[[Any], None]:
        """An edit dialog submits here: one undoable step when something changed."""

        def submit(new: Any) -> None:
            if new != record:
                self._runner.run(
                    translate("MainWindow", "Edit {name}").format(name=new.name.strip()),
                    partial(operation, record=new),
                    raise_refusal=True,
                )

        return submit

    def delete_selected(self) -> None:
        """Ask, then delete the selected rows."""
        raise NotImplementedError

    def edit(self, row_id: int) -> None:
        """Open the dialog of the row ``row_id``."""
        raise NotImplementedError

    def edit_current(self) -> None:
        """The dialog of the current row (else the first selected one)."""
        index = self.view.currentIndex()
        if not index.isValid() or not self.view.selectionModel().isRowSelected(index.row()):
            ids = self.selected_ids()
            if not ids:
                return
            row_id = ids[0]
        else:
            row_id = self.proxy.id_at(index.row())
        self.edit(row_id)

    def _on_double_click(self, index: QModelIndex) -> None:
        """The row's dialog, unless the cell is edited in place by this double-click."""
        if index.flags() & Qt.ItemFlag.ItemIsEditable and (
            self.view.editTriggers() & QAbstractItemView.EditTrigger.DoubleClicked
        ):
            return
        self.edit_current()

    def _context_menu(self, pos: QPoint) -> None:
        menu = QMenu(self.view)
        for action in self.context_actions:
            menu.addAction(action)
        if self.extra_context_actions:
            menu.addSeparator()
            for action in self.extra_context_actions:
                menu.addAction(action)
        menu.exec(self.view.viewport().mapToGlobal(pos))

    # -- the status bar and the hint ------------------------------------------

    def status_text(self) -> str:
        """What the status bar says while this tab is in front."""
        raise NotImplementedError

    def counts(self) -> tuple[int, int]:
        """(rows in the table, rows shown through the filters)."""
        return self.model.rowCount(), self.proxy.rowCount()


class FiguresTab(TableTab):
    """A table whose rows carry details and figures counted from the gifts
    (people, occasions): its part of the refresh.

    Details (names, dates, budgets) are read again, in one light query, when a
    change lists some of these rows (``read_details``). Figures (gift counts
    and totals) are read again only when the gift rows moved something they
    count: at once when the table is in front, else when it is shown
    (``stale``).
    """

    row_type: type
    """The row class the model holds (``make`` for new details)."""

    def __init__(self, name: str, model: Any, *, parent: QObject | None = None) -> None:
        super().__init__(name, model, multi=False, parent=parent)
        self.model.setParent(self)
        self.stale = False  # figures lag behind the gifts (changed while hidden)

    def read_rows(self, session: Any) -> Sequence[Any]:
        """Every row, figures included (``giftdesk.data.table_rows``)."""
        raise NotImplementedError

    def read_detail_rows(self, session: Any, fields: Sequence[str]) -> Sequence[Any]:
        """Every row's ``fields``, no figures (``giftdesk.data.table_rows``)."""
        raise NotImplementedError

    def load(self, session: Any) -> None:
        """Every row again, figures included."""
        self.model.set_rows(self.read_rows(session))
        self.stale = False

    def reload_figures(self, session: Any) -> None:
        """Every row again, signalling only what differs (selection stays)."""
        self.model.replace_rows(self.read_rows(session))
        self.stale = False

    def read_details(self, session: Any) -> Sequence[Any]:
        """Every row's columns but the figures (no gift is read)."""
        return self.read_detail_rows(session, self.model.detail_fields)

    def apply(
        self, session: Any, details: Sequence[Any] | None, *, figures_moved: bool, in_front: bool
    ) -> None:
        """Details into the table; figures now (in front) or when shown."""
        self.stale = self.stale or figures_moved
        if self.stale and in_front:
            self.reload_figures(session)
        elif details is not None:
            self.model.replace_details(details, self.row_type)

    def update_hint(self, search: str) -> None:
        raise NotImplementedError

    def delete_selected(self) -> None:
        """Ask, then delete the selected row (one at a time)."""
        for row_id in self.selected_ids()[:1]:
            self.delete(row_id)

    def delete(self, row_id: int) -> None:
        raise NotImplementedError

    def delete_after_asking(
        self,
        row_id: int,
        sentence: Callable[[Any, Any], str],
        operation: Callable[[Any], Callable[..., Any]],
    ) -> None:
        """Say what deleting the row takes with it (``sentence(session, row)``); on
        Yes, ``operation(row)`` as one undoable step. The operation is given the
        version shown, so a row another computer changed meanwhile is not deleted."""
        row: Any = self.model.item_for_id(row_id)
        if row is None:
            return
        text = self.read(lambda session: sentence(session, row))
        if text is None:
            return
        title = translate("MainWindow", "Delete {name}").format(name=row.name)
        if confirm(self.view.window(), title, text):
            self._runner.run(title, operation(row))
