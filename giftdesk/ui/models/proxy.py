"""The sorting and filtering proxy of every table (one key per row, a folded haystack per row)."""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from itertools import compress, repeat
from operator import contains
from typing import TYPE_CHECKING, Any, overload

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractProxyModel,
    QModelIndex,
    QObject,
    Qt,
)

from giftdesk.ui.models.labels import fold
from giftdesk.ui.models.rows import (
    MANY_RANGES,
    AnyIndex,
    IdRole,
    RowTableModel,
    SortRole,
    index_ranges,
)

if TYPE_CHECKING:  # the records module is not needed to show the window
    pass


MODEL_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.EditRole,
        Qt.ItemDataRole.DecorationRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.ForegroundRole,
        IdRole,
        SortRole,
    }
)
PLAIN_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
EDITABLE_FLAGS = PLAIN_FLAGS | Qt.ItemFlag.ItemIsEditable


def _matching(rows: Sequence[int], hay: Sequence[str], needle: str) -> list[int]:
    """The rows whose search text contains ``needle``, in the order given.

    Many rows: test every text in memory order into a byte mask, then pick
    (visiting 100,000 texts in sorted order costs more in cache misses than
    the search itself); few rows: test just those. Both loops run in C.
    """
    if len(rows) < len(hay) // 4:
        return list(compress(rows, map(contains, map(hay.__getitem__, rows), repeat(needle))))
    mask = bytearray(map(contains, hay, repeat(needle)))
    if isinstance(rows, range) and len(rows) == len(hay):
        return list(compress(rows, mask))
    return list(compress(rows, map(mask.__getitem__, rows)))


def _sort_key(value: object) -> tuple[Any, ...]:
    """Empty values last; text without regard to case."""
    if value is None:
        return (1,)
    if isinstance(value, str):
        return (0, value.casefold())
    return (0, value)


class TableProxyModel(QAbstractProxyModel):
    """Sort and filter a ``RowTableModel`` without a Python call per comparison.

    ``_order`` holds the accepted source rows, always in ascending key order;
    a descending sort reads it from the end. Sorting, searching and the row
    predicate (the occasion filter) rebuild it as a layout change, keeping
    selection; source edits, inserts and removals touch only their rows.
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._source: RowTableModel | None = None
        self._order: list[int] = []
        self._pos: dict[int, int] | None = None  # source row -> index in _order
        # Every source row in key order while sorted by a column (None: not made
        # yet), so a search that widens again only filters, never re-sorts.
        self._all_sorted: list[int] | None = None
        self._sort_column = -1
        self._descending = False
        self._needle = ""
        self._predicate: Callable[[Any], bool] | None = None
        # Rows kept out of sight whatever the other filters say (a view's courtesy filter).
        self._veil: Callable[[Any], bool] | None = None
        self._connections: list[Any] = []

    # -- source -------------------------------------------------------------

    def setSourceModel(self, model: QAbstractItemModel) -> None:  # noqa: N802
        assert isinstance(model, RowTableModel)
        self.beginResetModel()
        if self._source is not None:
            for signal, slot in self._connections:
                signal.disconnect(slot)
        super().setSourceModel(model)
        self._source = model
        self._connections = [
            (model.modelAboutToBeReset, self._source_about_to_reset),
            (model.modelReset, self._source_reset),
            (model.dataChanged, self._source_data_changed),
            (model.rowsAboutToBeRemoved, self._source_rows_about_to_be_removed),
            (model.rowsRemoved, self._source_rows_removed),
            (model.rowsInserted, self._source_rows_inserted),
            (model.layoutAboutToBeChanged, self._source_about_to_reset),
            (model.layoutChanged, self._source_reset),
            (model.headerDataChanged, self.headerDataChanged),
        ]
        for signal, slot in self._connections:
            signal.connect(slot)
        self._order = self._accepted_sorted()
        self._pos = None
        self.endResetModel()

    def source(self) -> RowTableModel:
        assert self._source is not None
        return self._source

    # -- the model interface ------------------------------------------------

    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if parent.isValid() or not (0 <= row < len(self._order)):
            return QModelIndex()
        if not 0 <= column < self.columnCount():
            return QModelIndex()
        return self.createIndex(row, column)

    # Qt's two ``parent``: the model's QObject parent, and an index's parent
    # (none in a table).
    @overload
    def parent(self) -> QObject | None: ...

    @overload
    def parent(self, index: AnyIndex) -> QModelIndex: ...

    def parent(self, index: AnyIndex | None = None) -> QObject | QModelIndex | None:
        if index is None:
            return super().parent()
        return QModelIndex()

    def sibling(self, row: int, column: int, index: AnyIndex) -> QModelIndex:
        return self.index(row, column)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._order)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self._source is None:
            return 0
        return len(self._source.columns)

    def hasChildren(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and bool(self._order)

    def _source_row(self, row: int) -> int:
        return self._order[-1 - row] if self._descending else self._order[row]

    def mapToSource(self, proxy_index: AnyIndex) -> QModelIndex:  # noqa: N802
        if not proxy_index.isValid() or self._source is None:
            return QModelIndex()
        row = proxy_index.row()
        if not 0 <= row < len(self._order):
            return QModelIndex()
        return self._source.index(self._source_row(row), proxy_index.column())

    def mapFromSource(self, source_index: AnyIndex) -> QModelIndex:  # noqa: N802
        if not source_index.isValid():
            return QModelIndex()
        at = self._positions().get(source_index.row())
        if at is None:
            return QModelIndex()
        row = len(self._order) - 1 - at if self._descending else at
        return self.createIndex(row, source_index.column())

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Painting asks each cell for a dozen roles; most have no answer here.
        if role not in MODEL_ROLES or self._source is None or not index.isValid():
            return None
        return self._source.cell(self._source_row(index.row()), index.column(), role)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if self._source is None:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._source.headerData(section, orientation, role)
        if role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self._order):
            return section + 1
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid() or self._source is None:
            return Qt.ItemFlag.NoItemFlags
        if self._source.columns[index.column()].editable:
            return EDITABLE_FLAGS
        return PLAIN_FLAGS

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or self._source is None:
            return False
        return self._source.setData(self.mapToSource(index), value, role)

    # -- what the window uses -----------------------------------------------

    def id_at(self, row: int) -> int:
        return int(self.source().row_at(self._source_row(row)).id)

    def item_at(self, row: int) -> Any:
        return self.source().row_at(self._source_row(row))

    def proxy_row_for_id(self, row_id: int) -> int | None:
        source_row = self.source().row_for_id(row_id)
        if source_row is None:
            return None
        at = self._positions().get(source_row)
        if at is None:
            return None
        return len(self._order) - 1 - at if self._descending else at

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by a column's raw value; a negative column restores the source order."""
        if self._source is None or column >= self.columnCount():
            return
        column = max(column, -1)
        self._relayout(
            lambda: self._set_sort(column, order == Qt.SortOrder.DescendingOrder),
            QAbstractItemModel.LayoutChangeHint.VerticalSortHint,
        )

    def sort_column(self) -> int:
        return self._sort_column

    def sort_order(self) -> Qt.SortOrder:
        return Qt.SortOrder.DescendingOrder if self._descending else Qt.SortOrder.AscendingOrder

    def set_search_text(self, text: str) -> None:
        needle = fold(" ".join(text.split()))
        if needle == self._needle:
            return
        narrowing = bool(self._needle) and self._needle in needle
        self._needle = needle

        def apply() -> None:
            if narrowing:  # typing more: only the rows shown can still match
                self._order = _matching(self._order, self.source().haystacks(), needle)
            else:
                self._order = self._accepted_sorted()

        self._relayout(apply)

    def search_text(self) -> str:
        return self._needle

    def set_row_predicate(self, predicate: Callable[[Any], bool] | None) -> None:
        """Show only rows for which ``predicate(row)`` is true (None: all)."""
        self._predicate = predicate
        self._relayout(lambda: setattr(self, "_order", self._accepted_sorted()))

    def set_veil(self, hides: Callable[[Any], bool] | None) -> None:
        """Never show rows for which ``hides(row)`` is true (None: hide none)."""
        self._veil = hides
        self._relayout(lambda: setattr(self, "_order", self._accepted_sorted()))

    def is_filtered(self) -> bool:
        return bool(self._needle) or self._predicate is not None or self._veil is not None

    # -- internals ----------------------------------------------------------

    def _set_sort(self, column: int, descending: bool) -> None:
        changed = column != self._sort_column
        self._sort_column = column
        self._descending = descending and column >= 0
        if changed:
            self._all_sorted = None
            self._order = self._accepted_sorted()

    def _key(self, source_row: int) -> tuple[Any, ...]:
        if self._sort_column < 0:
            return (source_row,)
        source = self.source()
        col = source.columns[self._sort_column]
        return (_sort_key(col.raw(source.row_at(source_row))), source_row)

    def _accepts(self, source_row: int) -> bool:
        source = self.source()
        if self._needle and self._needle not in source.haystack(source_row):
            return False
        row = source.row_at(source_row)
        if self._veil is not None and self._veil(row):
            return False
        return self._predicate is None or bool(self._predicate(row))

    def _accepted_sorted(self) -> list[int]:
        source = self._source
        if source is None:
            return []
        rows: Sequence[int] = range(source.rowCount())
        if self._sort_column >= 0:
            if self._all_sorted is None:
                self._all_sorted = sorted(rows, key=self._key)
            rows = self._all_sorted
        if self._needle:
            rows = _matching(rows, source.haystacks(), self._needle)
        if self._predicate is not None:
            predicate, items = self._predicate, source.rows()
            rows = [s for s in rows if predicate(items[s])]
        if self._veil is not None:
            veil, items = self._veil, source.rows()
            rows = [s for s in rows if not veil(items[s])]
        return list(rows)

    def _find(self, source_row: int) -> int | None:
        """Where ``source_row`` is in ``_order`` (kept in key order), by bisection."""
        order = self._order
        at = bisect.bisect_left(order, self._key(source_row), key=self._key)
        return at if at < len(order) and order[at] == source_row else None

    def _all_sorted_changed(self, source_rows: Sequence[int]) -> None:
        """Put rows whose values changed (or that are new) in place in ``_all_sorted``."""
        if self._all_sorted is None:
            return
        if len(source_rows) > 64:
            self._all_sorted = None  # cheaper to sort again when next needed
            return
        moving = set(source_rows)
        self._all_sorted = [s for s in self._all_sorted if s not in moving]
        for s in source_rows:
            bisect.insort(self._all_sorted, s, key=self._key)

    def _positions(self) -> dict[int, int]:
        if self._pos is None:
            self._pos = {s: at for at, s in enumerate(self._order)}
        return self._pos

    def _relayout(
        self,
        change: Callable[[], None],
        hint: QAbstractItemModel.LayoutChangeHint = (
            QAbstractItemModel.LayoutChangeHint.NoLayoutChangeHint
        ),
    ) -> None:
        """Run ``change`` as a layout change, moving persistent indexes (selection)."""
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        before = [(self._source_row(p.row()), p.column()) for p in persistent]
        change()
        self._pos = None
        if persistent:
            n = len(self._order)
            targets = []
            for source_row, column in before:
                at = self._find(source_row)
                if at is None:
                    targets.append(QModelIndex())
                else:
                    row = n - 1 - at if self._descending else at
                    targets.append(self.createIndex(row, column))
            self.changePersistentIndexList(persistent, targets)
        self.layoutChanged.emit()

    def _source_about_to_reset(self, *args: Any) -> None:
        self.beginResetModel()

    def _source_reset(self, *args: Any) -> None:
        self._all_sorted = None
        self._order = self._accepted_sorted()
        self._pos = None
        self.endResetModel()

    def _proxy_row_of_at(self, at: int, size: int | None = None) -> int:
        n = len(self._order) if size is None else size
        return n - 1 - at if self._descending else at

    def _source_data_changed(
        self, top_left: QModelIndex, bottom_right: QModelIndex, roles: Sequence[int] = ()
    ) -> None:
        hint = getattr(self._source, "changed_rows", None)  # set by upsert_rows for bulk changes
        changed = hint if hint is not None else range(top_left.row(), bottom_right.row() + 1)
        self._all_sorted_changed(changed)
        positions = self._positions()
        shown = [s for s in changed if s in positions]
        # 1. rows that no longer pass the filter leave
        leaving = [s for s in shown if not self._accepts(s)]
        coming = [s for s in changed if s not in positions and self._accepts(s)]
        if len(leaving) + len(coming) > MANY_RANGES:
            # A bulk action moved many rows in or out of view: removing them
            # one by one rebuilds the position map each time (minutes at 10,000
            # rows); rebuild the order once, as a layout change keeping selection.
            self._relayout(lambda: setattr(self, "_order", self._accepted_sorted()))
            return
        for s in sorted(leaving, key=lambda s: positions[s], reverse=True):
            at = self._positions()[s]
            row = self._proxy_row_of_at(at)
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._order[at]
            self._pos = None
            self.endRemoveRows()
        # 2. rows that pass now and were hidden come in
        positions = self._positions()
        arriving = [s for s in changed if s not in positions and self._accepts(s)]
        self._insert_source_rows(arriving)
        # 3. rows that stay but whose sort key moved are put in place
        gone = set(leaving)
        staying = [s for s in shown if s not in gone]
        previous = getattr(self._source, "changed_previous", None)
        if self._sort_column >= 0 and staying and previous is not None:
            # Only a row whose sort value moved can leave key order (each pair
            # of neighbours out of order holds one; it checks both sides).
            raw = self.source().columns[self._sort_column].raw
            items = self.source().rows()
            staying_moved = [
                s for s in staying if s not in previous or raw(previous[s]) != raw(items[s])
            ]
        else:
            staying_moved = staying
        if self._sort_column >= 0 and staying_moved:
            misplaced = self._misplaced(staying_moved)
            if misplaced:

                def move() -> None:
                    moving = set(misplaced)
                    self._order = [s for s in self._order if s not in moving]
                    for s in misplaced:
                        bisect.insort(self._order, s, key=self._key)

                self._relayout(move, QAbstractItemModel.LayoutChangeHint.VerticalSortHint)
        # 4. repaint what stayed
        positions = self._positions()
        rows = sorted(self._proxy_row_of_at(positions[s]) for s in staying if s in positions)
        last = self.columnCount() - 1
        ranges = list(index_ranges(rows))
        if len(ranges) > MANY_RANGES:  # repaint one span rather than thousands of runs
            ranges = [(ranges[0][0], ranges[-1][1])]
        for first, end in ranges:
            self.dataChanged.emit(self.index(first, 0), self.index(end, last), roles)

    def _misplaced(self, source_rows: Sequence[int]) -> list[int]:
        """The rows no longer in key order with their neighbours (sorted view).

        Each key is computed once (10,000 changed rows after a bulk action
        are mostly each other's neighbours), with no call per row but the
        column's own.
        """
        source = self.source()
        raw = source.columns[self._sort_column].raw
        items = source.rows()
        order = self._order
        positions = self._positions()
        keys: dict[int, tuple[Any, ...]] = {}

        def key(s: int) -> tuple[Any, ...]:
            found = keys.get(s)
            if found is None:
                found = keys[s] = (_sort_key(raw(items[s])), s)
            return found

        last = len(order) - 1
        misplaced = []
        for s in source_rows:
            at = positions[s]
            own = key(s)
            if (at > 0 and key(order[at - 1]) > own) or (at < last and key(order[at + 1]) < own):
                misplaced.append(s)
        return misplaced

    def _insert_source_rows(self, source_rows: Sequence[int]) -> None:
        for s in source_rows:
            at = bisect.bisect_left(self._order, self._key(s), key=self._key)
            size = len(self._order)
            row = size - at if self._descending else at
            self.beginInsertRows(QModelIndex(), row, row)
            self._order.insert(at, s)
            self._pos = None
            self.endInsertRows()

    def _source_rows_about_to_be_removed(self, parent: QModelIndex, first: int, last: int) -> None:
        positions = self._positions()
        gone = sorted(
            (positions[s] for s in range(first, last + 1) if s in positions), reverse=True
        )
        for at in gone:
            row = self._proxy_row_of_at(at)
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._order[at]
            self._pos = None
            self.endRemoveRows()

    def _source_rows_removed(self, parent: QModelIndex, first: int, last: int) -> None:
        count = last - first + 1
        self._order = [s - count if s > last else s for s in self._order]
        self._pos = None
        if self._all_sorted is not None:
            self._all_sorted = [
                s - count if s > last else s for s in self._all_sorted if not first <= s <= last
            ]

    def _source_rows_inserted(self, parent: QModelIndex, first: int, last: int) -> None:
        count = last - first + 1
        if first < self.source().rowCount() - count:  # inserted in the middle
            self._order = [s + count if s >= first else s for s in self._order]
            self._pos = None
            self._all_sorted = None
        self._all_sorted_changed(range(first, last + 1))
        self._insert_source_rows([s for s in range(first, last + 1) if self._accepts(s)])
