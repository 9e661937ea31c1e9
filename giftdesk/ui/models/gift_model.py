"""The gift table's model: one ``GiftRow`` per gift, editable status, price, quantity."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    Qt,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
)

from giftdesk.i18n import translate
from giftdesk.ui.models.labels import PRIORITY_LABELS, RIGHT, STATUS_LABELS, fold, status_icon
from giftdesk.ui.models.rows import Column, RowTableModel
from giftdesk.ui.money import format_amount, format_money

if TYPE_CHECKING:  # the records module is not needed to show the window
    from giftdesk.data.records import GiftRow


def _is_bargain(row: GiftRow) -> bool:
    """Green only for a real deal: a sale price below a known regular price."""
    return (
        row.sale_price_cents is not None
        and row.price_cents is not None
        and row.sale_price_cents < row.price_cents
    )


def _unit_or_none(row: GiftRow) -> int | None:
    return row.sale_price_cents if row.sale_price_cents is not None else row.price_cents


# The gift columns of free text: they give way to the numbers and elide.
TEXT_COLUMNS = frozenset({"name", "recipients", "purchaser", "occasion", "store"})


class GiftTableModel(RowTableModel):
    noun = "gift"
    _person_names: dict[int, str] = {}  # noqa: RUF012 - replaced per instance, never mutated
    _labelled: set[int] = set()  # noqa: RUF012

    columns = (
        Column("name", translate("Tables", "Gift"), lambda r: r.name, lambda r: r.name),
        Column(
            "recipients",
            translate("Tables", "For"),
            lambda r: r.recipient_names,
            lambda r: r.recipient_names,
        ),
        Column(
            "purchaser",
            translate("Tables", "Bought by"),
            lambda r: r.purchaser_name or "",
            lambda r: r.purchaser_name,
            tooltip=translate("Tables", "Who buys the gift"),
        ),
        Column(
            "occasion",
            translate("Tables", "Occasion"),
            lambda r: r.occasion_name or "",
            lambda r: r.occasion_name,
        ),
        Column(
            "status",
            translate("Tables", "Status"),
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
            translate("Tables", "Price"),
            lambda r: format_money(_unit_or_none(r)),
            _unit_or_none,
            align=RIGHT,
            editable=True,
            tooltip=translate("Tables", "Price of one (the sale price when there is one)"),
        ),
        Column(
            "quantity",
            translate("Tables", "Qty"),
            lambda r: str(r.quantity),
            lambda r: r.quantity,
            align=RIGHT,
            editable=True,
            tooltip=translate("Tables", "Quantity"),
        ),
        Column(
            "total",
            translate("Tables", "Total"),
            lambda r: (
                ""
                if r.price_cents is None and r.sale_price_cents is None
                else format_money(r.cost_cents)
            ),
            lambda r: r.cost_cents,
            align=RIGHT,
            tooltip=translate("Tables", "Price × quantity"),
        ),
        Column("store", translate("Tables", "Store"), lambda r: r.store or "", lambda r: r.store),
        Column(
            "priority",
            translate("Tables", "Priority"),
            lambda r: PRIORITY_LABELS.get(r.priority, r.priority.capitalize()),
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
        "version": None,
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
        if role == Qt.ItemDataRole.ToolTipRole and self.columns[column].key in TEXT_COLUMNS:
            # A narrow column elides its text: the whole of it, as shown, on hover.
            return self.cell(row, column, Qt.ItemDataRole.DisplayRole) or None
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
                    elif isinstance(value, int) and value in known:
                        row[name_at] = known[value]
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
                regular = format_money(item.price_cents) or translate("Tables", "no regular price")
                if not _is_bargain(item):
                    return translate(
                        "Tables", "Sale price {sale} is not below the regular price ({regular})"
                    ).format(sale=format_money(item.sale_price_cents), regular=regular)
                return translate("Tables", "On sale: {sale} (regular {regular})").format(
                    sale=format_money(item.sale_price_cents), regular=regular
                )
            if col.key == "total" and item.sale_price_cents is None and item.price_cents is None:
                return translate("Tables", "No price yet")
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
