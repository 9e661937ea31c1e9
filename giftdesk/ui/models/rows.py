"""The base of the table models: a column table over plain frozen rows, an id index."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from giftdesk.ui.models.labels import LEFT, fold

if TYPE_CHECKING:  # the records module is not needed to show the window
    from giftdesk.data.records import GiftRow, OccasionRow, PersonRow

IdRole = Qt.ItemDataRole.UserRole + 1
"""The database id of the row (works through the proxy)."""
SortRole = Qt.ItemDataRole.UserRole + 2
"""The raw value a column sorts by: cents, dates, ints, text (None when empty)."""

Row = TypeVar("Row", "GiftRow", "PersonRow", "OccasionRow")
AnyIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column(Generic[Row]):
    """How one column shows and sorts a row."""

    key: str
    title: str
    text: Callable[[Any], str]
    raw: Callable[[Any], object]
    align: Qt.AlignmentFlag = LEFT
    editable: bool = False
    tooltip: str = ""


class RowTableModel(QAbstractTableModel):
    """A table over frozen rows with an ``id``; subclasses define ``columns``."""

    columns: tuple[Column[Any], ...] = ()
    noun = "row"
    changed_rows: list[int] | None = None  # during a bulk dataChanged: the rows that changed
    # ... and what each of those rows held before (the proxy re-sorts only the
    # rows whose sort value moved)
    changed_previous: dict[int, Any] | None = None
    # People and occasions: the row's own columns ("id" first, as in the
    # database) and the figures counted from the gifts (``replace_details``).
    detail_fields: tuple[str, ...] = ()
    figure_fields: tuple[str, ...] = ()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []
        self._row_of: dict[int, int] = {}
        self._hay: list[str] | None = None
        # Rows whose search text is out of date: made again only when a search
        # needs it (a bulk action over 10,000 rows folds no text on the way).
        self._hay_stale: set[int] = set()
        self._locale = QLocale()
        # Set by the window: (row id, column key, edited value) -> accepted?
        self.edit_handler: Callable[[int, str, object], bool] | None = None

    # -- reading ------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        return self.cell(index.row(), index.column(), role)

    def cell(self, row: int, column: int, role: int) -> Any:
        """``data()`` without building an index (the proxy calls this)."""
        item = self._rows[row]
        col = self.columns[column]
        if role == Qt.ItemDataRole.DisplayRole:
            return col.text(item)
        if role == SortRole:
            return col.raw(item)
        if role == IdRole:
            return item.id
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return col.align
        if role == Qt.ItemDataRole.EditRole:
            return self.edit_value(item, col)
        return self.extra_data(item, col, role)

    def edit_value(self, item: Any, col: Column[Any]) -> object:
        return col.text(item)

    def extra_data(self, item: Any, col: Column[Any], role: int) -> Any:
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        col = self.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return col.title
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return col.align
        if role == Qt.ItemDataRole.ToolTipRole:
            return col.tooltip or None
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.columns[index.column()].editable:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """In-place edits go to the window's undoable command, never to SQL here."""
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        col = self.columns[index.column()]
        if not col.editable or self.edit_handler is None:
            return False
        # The rows are refreshed through the change hub once the edit is saved.
        return self.edit_handler(self._rows[index.row()].id, col.key, value)

    # -- rows by id ---------------------------------------------------------

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def rows(self) -> Sequence[Any]:
        return self._rows

    def row_for_id(self, row_id: int) -> int | None:
        return self._row_of.get(row_id)

    def item_for_id(self, row_id: int) -> Any | None:
        row = self._row_of.get(row_id)
        return None if row is None else self._rows[row]

    def column_of(self, key: str) -> int:
        for number, col in enumerate(self.columns):
            if col.key == key:
                return number
        raise KeyError(key)

    def haystack(self, row: int) -> str:
        """Lowercase text the search box matches against."""
        return self.haystacks()[row]

    def haystacks(self) -> list[str]:
        if self._hay is None:
            self._hay = [self.search_text(item) for item in self._rows]
            self._hay_stale.clear()
        elif self._hay_stale:
            for number in self._hay_stale:
                self._hay[number] = self.search_text(self._rows[number])
            self._hay_stale.clear()
        return self._hay

    def search_text(self, item: Any) -> str:
        return fold(" ".join(col.text(item) for col in self.columns))

    # -- changing rows ------------------------------------------------------

    def set_rows(self, rows: Iterable[Any]) -> None:
        """Replace everything (another file, an import): a model reset."""
        self.beginResetModel()
        self._rows = list(rows)
        self._row_of = {item.id: number for number, item in enumerate(self._rows)}
        self._hay = None
        self._hay_stale.clear()
        self._locale = QLocale()
        self.endResetModel()

    def upsert_rows(self, rows: Iterable[Any]) -> None:
        """Replace rows that exist (dataChanged) and append new ones (insert)."""
        changed: list[int] = []
        previous: dict[int, Any] = {}
        new: list[Any] = []
        for item in rows:
            number = self._row_of.get(item.id)
            if number is None:
                new.append(item)
            elif self._rows[number] != item:
                previous[number] = self._rows[number]
                self._rows[number] = item
                if self._hay is not None:
                    self._hay_stale.add(number)
                changed.append(number)
        last = len(self.columns) - 1
        ranges = list(index_ranges(sorted(changed)))
        if len(ranges) > MANY_RANGES:
            # Thousands of scattered rows (a bulk action): one signal over their
            # span instead of one per run; the proxy reads which rows changed.
            self.changed_rows, self.changed_previous = changed, previous
            try:
                self.dataChanged.emit(self.index(ranges[0][0], 0), self.index(ranges[-1][1], last))
            finally:
                self.changed_rows, self.changed_previous = None, None
        else:
            for first, end in ranges:
                self.dataChanged.emit(self.index(first, 0), self.index(end, last))
        if new:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(new) - 1)
            for offset, item in enumerate(new):
                self._rows.append(item)
                self._row_of[item.id] = start + offset
                if self._hay is not None:
                    self._hay.append("")
                    self._hay_stale.add(start + offset)
            self.endInsertRows()

    def remove_ids(self, ids: Iterable[int]) -> None:
        """Remove rows by id, a contiguous block at a time (reset when scattered)."""
        numbers = sorted({self._row_of[i] for i in ids if i in self._row_of})
        if not numbers:
            return
        blocks = list(index_ranges(numbers))
        if len(blocks) > 64:  # thousands of scattered rows: one reset is cheaper
            keep = set(numbers)
            self.set_rows(item for n, item in enumerate(self._rows) if n not in keep)
            return
        if self._hay is not None:
            self.haystacks()  # bring stale texts up to date before rows move
        for first, last in reversed(blocks):
            self.beginRemoveRows(QModelIndex(), first, last)
            del self._rows[first : last + 1]
            if self._hay is not None:
                del self._hay[first : last + 1]
            self._row_of = {item.id: number for number, item in enumerate(self._rows)}
            self.endRemoveRows()

    def replace_rows(self, rows: Iterable[Any]) -> None:
        """Make the model hold exactly ``rows``, signalling only the differences."""
        rows = list(rows)
        wanted = {item.id for item in rows}
        self.remove_ids([item.id for item in self._rows if item.id not in wanted])
        self.upsert_rows(rows)

    def replace_details(self, details: Iterable[Sequence[Any]], make: Callable[..., Any]) -> bool:
        """Hold one row per ``details`` (values of ``detail_fields``) without reading figures.

        Each row keeps the figures it has (a new row gets zeros) and is built
        with ``make(**fields)``; only differences are signalled. Returns
        whether anything changed.
        """
        names, figures = self.detail_fields, self.figure_fields
        rows: list[Any] = []
        changed = False
        for values in details:
            values = tuple(values)
            old = self.item_for_id(values[0])
            if old is not None and tuple(getattr(old, name) for name in names) == values:
                rows.append(old)
                continue
            changed = True
            kept = {name: 0 if old is None else getattr(old, name) for name in figures}
            rows.append(make(**dict(zip(names, values, strict=True)), **kept))
        if not changed and len(rows) == len(self._rows):
            return False
        self.replace_rows(rows)
        return True


# Above this many runs of changed rows, one dataChanged covers their span.
MANY_RANGES = 8


def index_ranges(numbers: Sequence[int]) -> Iterable[tuple[int, int]]:
    """[1, 2, 3, 7, 8] → (1, 3), (7, 8)."""
    start: int | None = None
    previous = 0
    for n in numbers:
        if start is None:
            start = previous = n
        elif n == previous + 1:
            previous = n
        else:
            yield start, previous
            start = previous = n
    if start is not None:
        yield start, previous
