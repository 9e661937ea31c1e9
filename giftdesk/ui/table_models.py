"""Table models of the main window: plain rows in, cells out.

Each model holds the frozen rows the table readers produce (``GiftRow``,
``PersonRow``, ``OccasionRow``), an id → row index, and a column table that
says how a row becomes display text and which raw value it sorts by. Models
never hold a session: the window reloads rows after each change and hands
them over with ``set_rows`` (everything), ``upsert_rows`` and ``remove_ids``
(only what changed), so selection and scroll position survive an edit.

``TableProxyModel`` sorts and filters in Python over those rows. A stock
``QSortFilterProxyModel`` calls back into Python for every comparison and
every row (measured at 100,000 gifts: 7.6 s to sort, 70–600 ms per search
keystroke); this proxy sorts with one key per row and filters on a
lowercase haystack per row, so both stay fast far beyond family scale.
"""

from __future__ import annotations

import bisect
import datetime as dt
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import compress, repeat
from operator import contains
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractProxyModel,
    QAbstractTableModel,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QRectF,
    Qt,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QGuiApplication,
    QIcon,
    QPainter,
    QPalette,
    QPen,
    QPixmap,
)

from giftdesk.ui.money import format_amount, format_money

if TYPE_CHECKING:  # the records module is not needed to show the window
    from giftdesk.data.records import GiftRow, OccasionRow, PersonRow

IdRole = Qt.ItemDataRole.UserRole + 1
"""The database id of the row (works through the proxy)."""
SortRole = Qt.ItemDataRole.UserRole + 2
"""The raw value a column sorts by: cents, dates, ints, text (None when empty)."""

Row = TypeVar("Row", "GiftRow", "PersonRow", "OccasionRow")
AnyIndex = QModelIndex | QPersistentModelIndex

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter

STATUS_LABELS = {
    "idea": "Idea",
    "selected": "Selected",
    "purchased": "Purchased",
    "received": "Received",
}
STATUS_COLORS = {
    "idea": "#9aa0a6",
    "selected": "#e3a21a",
    "purchased": "#3b82c4",
    "received": "#2e9d57",
}
OCCASION_TYPE_LABELS = {
    "holiday": "Holiday",
    "birthday": "Birthday",
    "anniversary": "Anniversary",
    "other": "Other",
}
OVER_BUDGET = QColor("#c0392b")


def format_date(value: dt.date | None, locale: QLocale | None = None) -> str:
    """A date in the user's short format, always with a four-digit year.

    The C/POSIX locale (no LANG, as on CI and in containers) has no real
    date format ("25 12 2026"), so it gets ISO 8601: 2026-12-25.
    """
    if value is None:
        return ""
    locale = locale or QLocale()
    if locale.language() == QLocale.Language.C:
        return value.isoformat()
    pattern = locale.dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in pattern:
        pattern = pattern.replace("yy", "yyyy")
    return locale.toString(QDate(value.year, value.month, value.day), pattern)


_status_icons: dict[str, QIcon] = {}


def status_icon(status: str) -> QIcon:
    """A small coloured dot per status (made once, after QApplication exists)."""
    icon = _status_icons.get(status)
    if icon is None:
        color = QColor(STATUS_COLORS.get(status, "#999999"))
        icon = QIcon(_dot(color, None))
        # On a selected row the dot keeps its colour inside a ring of the
        # highlighted text's colour: a blue dot on a blue highlight stays visible.
        ring = QGuiApplication.palette().color(QPalette.ColorRole.HighlightedText)
        icon.addPixmap(_dot(color, ring), QIcon.Mode.Selected)
        _status_icons[status] = icon
    return icon


def _dot(color: QColor, ring: QColor | None) -> QPixmap:
    pixmap = QPixmap(12, 12)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(color)
    if ring is None:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawEllipse(1, 1, 10, 10)
    else:
        painter.setPen(QPen(ring, 1.6))
        painter.drawEllipse(QRectF(1.0, 1.0, 10.0, 10.0))
    painter.end()
    return pixmap


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
        new: list[Any] = []
        for item in rows:
            number = self._row_of.get(item.id)
            if number is None:
                new.append(item)
            elif self._rows[number] != item:
                self._rows[number] = item
                if self._hay is not None:
                    self._hay_stale.add(number)
                changed.append(number)
        last = len(self.columns) - 1
        ranges = list(_ranges(sorted(changed)))
        if len(ranges) > MANY_RANGES:
            # Thousands of scattered rows (a bulk action): one signal over their
            # span instead of one per run; the proxy reads which rows changed.
            self.changed_rows = changed
            try:
                self.dataChanged.emit(self.index(ranges[0][0], 0), self.index(ranges[-1][1], last))
            finally:
                self.changed_rows = None
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
        blocks = list(_ranges(numbers))
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


def _ranges(numbers: Sequence[int]) -> Iterable[tuple[int, int]]:
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


def _count(n: int) -> str:
    return str(n) if n else ""


def _is_bargain(row: GiftRow) -> bool:
    """Green only for a real deal: a sale price below a known regular price."""
    return (
        row.sale_price_cents is not None
        and row.price_cents is not None
        and row.sale_price_cents < row.price_cents
    )


def _unit_or_none(row: GiftRow) -> int | None:
    return row.sale_price_cents if row.sale_price_cents is not None else row.price_cents


class GiftTableModel(RowTableModel):
    noun = "gift"
    _person_names: dict[int, str] = {}  # noqa: RUF012 - replaced per instance, never mutated
    _labelled: set[int] = set()  # noqa: RUF012

    columns = (
        Column("name", "Gift", lambda r: r.name, lambda r: r.name),
        Column("recipients", "For", lambda r: r.recipient_names, lambda r: r.recipient_names),
        Column(
            "purchaser",
            "Bought by",
            lambda r: r.purchaser_name or "",
            lambda r: r.purchaser_name,
            tooltip="Who buys the gift",
        ),
        Column("occasion", "Occasion", lambda r: r.occasion_name or "", lambda r: r.occasion_name),
        Column(
            "status",
            "Status",
            lambda r: STATUS_LABELS.get(r.status, r.status),
            lambda r: (
                ("idea", "selected", "purchased", "received").index(r.status)
                if r.status in STATUS_LABELS
                else 9
            ),
            editable=True,
        ),
        Column(
            "price",
            "Price",
            lambda r: format_money(_unit_or_none(r)),
            _unit_or_none,
            align=RIGHT,
            editable=True,
            tooltip="Price of one (the sale price when there is one)",
        ),
        Column(
            "quantity",
            "Qty",
            lambda r: str(r.quantity),
            lambda r: r.quantity,
            align=RIGHT,
            editable=True,
            tooltip="Quantity",
        ),
        Column(
            "total",
            "Total",
            lambda r: (
                ""
                if r.price_cents is None and r.sale_price_cents is None
                else format_money(r.cost_cents)
            ),
            lambda r: r.cost_cents,
            align=RIGHT,
            tooltip="Price × quantity",
        ),
        Column("store", "Store", lambda r: r.store or "", lambda r: r.store),
        Column(
            "priority",
            "Priority",
            lambda r: r.priority.capitalize(),
            lambda r: ("low", "medium", "high").index(r.priority) if r.priority else 0,
        ),
    )

    # Columns a change may report with values (``Change.gift_values``), and
    # the name each one shows beside it.
    PATCHABLE: Mapping[str, str | None] = {
        "purchaser_id": "purchaser_name",
        "occasion_id": "occasion_name",
        "status": None,
        "purchase_date": None,
    }

    def set_person_labels(self, names: Mapping[int, str], labelled: set[int]) -> None:
        """Two people with one name: "For" and "Bought by" say which (``names``: every
        person's label, ``labelled``: those whose label is not just their name)."""
        self._person_names = dict(names)
        self._labelled = set(labelled)
        if self._rows:
            for key in ("recipients", "purchaser"):
                column = self.column_of(key)
                self.dataChanged.emit(
                    self.index(0, column),
                    self.index(len(self._rows) - 1, column),
                    [Qt.ItemDataRole.DisplayRole],
                )

    def cell(self, row: int, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and self._labelled:
            key = self.columns[column].key
            item = self._rows[row]
            if key == "recipients" and not self._labelled.isdisjoint(item.recipient_ids):
                names = (self._person_names.get(i, "?") for i in item.recipient_ids)
                return ", ".join(sorted(names, key=str.casefold))
            if key == "purchaser" and item.purchaser_id in self._labelled:
                return self._person_names.get(item.purchaser_id, item.purchaser_name or "")
        return super().cell(row, column, role)

    def patched_rows(
        self,
        values: Mapping[str, Mapping[int, object]],
        names: Mapping[str, Mapping[int, str]],
    ) -> list[GiftRow] | None:
        """The rows held, with ``values`` (column → {gift id: new value}) put in.

        ``names`` gives the names shown for ids (``"purchaser_name"`` → {person
        id: name}, ``"occasion_name"`` → {occasion id: name}). None when the
        rows must be read instead: a column that cannot be patched, a gift not
        held, a name not known. Nothing in the model changes here.
        """
        if not values or not values.keys() <= self.PATCHABLE.keys():
            return None
        if not self._rows:
            return None
        fields = type(self._rows[0])._fields
        patched: dict[int, list[Any]] = {}
        for column, by_gift in values.items():
            at = fields.index(column)
            name_column = self.PATCHABLE[column]
            name_at = -1 if name_column is None else fields.index(name_column)
            known = names.get(name_column, {}) if name_column is not None else {}
            for gift_id, value in by_gift.items():
                row = patched.get(gift_id)
                if row is None:
                    number = self._row_of.get(gift_id)
                    if number is None:
                        return None
                    row = patched[gift_id] = list(self._rows[number])
                row[at] = value
                if name_at >= 0:
                    if value is None:
                        row[name_at] = None
                    elif value in known:
                        row[name_at] = known[value]  # type: ignore[index]
                    else:
                        return None
        make = type(self._rows[0])
        return [tuple.__new__(make, row) for row in patched.values()]

    def edit_value(self, item: GiftRow, col: Column[Any]) -> object:
        if col.key == "price":
            return format_amount(_unit_or_none(item), self._locale)
        if col.key == "quantity":
            return item.quantity
        if col.key == "status":
            return item.status
        return col.text(item)

    def extra_data(self, item: GiftRow, col: Column[Any], role: int) -> Any:
        if role == Qt.ItemDataRole.DecorationRole and col.key == "status":
            return status_icon(item.status)
        if role == Qt.ItemDataRole.ToolTipRole:
            if col.key == "price" and item.sale_price_cents is not None:
                regular = format_money(item.price_cents) or "no regular price"
                if not _is_bargain(item):
                    return (
                        f"Sale price {format_money(item.sale_price_cents)} is not below "
                        f"the regular price ({regular})"
                    )
                return f"On sale: {format_money(item.sale_price_cents)} (regular {regular})"
            if col.key == "total" and item.sale_price_cents is None and item.price_cents is None:
                return "No price yet"
            if col.key in ("name", "recipients") and col.text(item):
                return col.text(item)
        if role == Qt.ItemDataRole.ForegroundRole and col.key == "price" and _is_bargain(item):
            return QBrush(QColor("#2e7d32"))
        return None

    def search_text(self, item: GiftRow) -> str:
        return fold(
            " ".join(
                (
                    item.name,
                    item.recipient_names,
                    item.purchaser_name or "",
                    item.occasion_name or "",
                    item.status,
                    item.store or "",
                )
            )
        )


class PersonTableModel(RowTableModel):
    noun = "person"
    detail_fields = ("id", "name", "relationship", "birthdate")
    figure_fields = ("receiving", "buying")  # recipient links and purchasers

    columns = (
        Column("name", "Name", lambda r: r.name, lambda r: r.name),
        Column(
            "relationship", "Relationship", lambda r: r.relationship or "", lambda r: r.relationship
        ),
        Column("birthdate", "Birthday", lambda r: format_date(r.birthdate), lambda r: r.birthdate),
        Column(
            "receiving",
            "Gifts to receive",
            lambda r: _count(r.receiving),
            lambda r: r.receiving,
            align=RIGHT,
        ),
        Column(
            "buying",
            "Gifts to buy",
            lambda r: _count(r.buying),
            lambda r: r.buying,
            align=RIGHT,
            tooltip="Gifts this person is the purchaser of",
        ),
    )


class OccasionTableModel(RowTableModel):
    noun = "occasion"
    detail_fields = ("id", "name", "type", "date", "budget_cents")
    figure_fields = ("gifts", "planned_cents", "bought_cents")  # counted from the gifts

    columns = (
        Column("name", "Occasion", lambda r: r.name, lambda r: r.name),
        Column(
            "type",
            "Type",
            lambda r: OCCASION_TYPE_LABELS.get(r.type, r.type),
            lambda r: r.type,
        ),
        Column("date", "Date", lambda r: format_date(r.date), lambda r: r.date),
        Column("gifts", "Gifts", lambda r: _count(r.gifts), lambda r: r.gifts, align=RIGHT),
        Column(
            "budget",
            "Budget",
            lambda r: format_money(r.budget_cents),
            lambda r: r.budget_cents,
            align=RIGHT,
        ),
        Column(
            "planned",
            "Planned",
            lambda r: format_money(r.planned_cents),
            lambda r: r.planned_cents,
            align=RIGHT,
            tooltip="Cost of gifts selected, purchased or received",
        ),
        Column(
            "bought",
            "Bought",
            lambda r: format_money(r.bought_cents),
            lambda r: r.bought_cents,
            align=RIGHT,
            tooltip="Cost of gifts purchased or received",
        ),
    )

    def extra_data(self, item: OccasionRow, col: Column[Any], role: int) -> Any:
        over = item.budget_cents is not None and item.planned_cents > item.budget_cents
        if over and col.key == "planned":
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(OVER_BUDGET)
            if role == Qt.ItemDataRole.ToolTipRole:
                return (
                    "Over budget by "
                    f"{format_money(item.planned_cents - (item.budget_cents or 0), self._locale)}"
                )
        return None


# -- sorting and filtering --------------------------------------------------


# The roles RowTableModel.cell answers (the proxy returns None for others at once).
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


def fold(text: str) -> str:
    """What searching compares: no case, no accents ("Zoë" and "ZOE" → "zoe")."""
    text = text.casefold()
    if text.isascii():  # most texts: no decomposition needed
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


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

    def parent(self, index: AnyIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
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

    def is_filtered(self) -> bool:
        return bool(self._needle) or self._predicate is not None

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
        return self._predicate is None or bool(self._predicate(source.row_at(source_row)))

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
        if self._sort_column >= 0 and staying:
            misplaced = self._misplaced(staying)
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
        ranges = list(_ranges(rows))
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
