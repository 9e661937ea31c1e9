"""The occasion table's model: one ``OccasionRow`` per occasion, over-budget marked."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    Qt,
)
from PySide6.QtGui import (
    QBrush,
)

from giftdesk.i18n import translate
from giftdesk.ui.models.labels import (
    OCCASION_TYPE_LABELS,
    OVER_BUDGET,
    RIGHT,
    count_text,
    format_date,
)
from giftdesk.ui.models.rows import Column, RowTableModel
from giftdesk.ui.money import format_money

if TYPE_CHECKING:  # the records module is not needed to show the window
    from giftdesk.data.records import OccasionRow


class OccasionTableModel(RowTableModel):
    noun = "occasion"
    detail_fields = ("id", "name", "type", "date", "budget_cents", "version")
    figure_fields = ("gifts", "planned_cents", "bought_cents")  # counted from the gifts

    columns = (
        Column("name", translate("Tables", "Occasion"), lambda r: r.name, lambda r: r.name),
        Column(
            "type",
            translate("Tables", "Type"),
            lambda r: OCCASION_TYPE_LABELS.get(r.type, r.type),
            lambda r: r.type,
        ),
        Column(
            "date", translate("Tables", "Date"), lambda r: format_date(r.date), lambda r: r.date
        ),
        Column(
            "gifts",
            translate("Tables", "Gifts"),
            lambda r: count_text(r.gifts),
            lambda r: r.gifts,
            align=RIGHT,
        ),
        Column(
            "budget",
            translate("Tables", "Budget"),
            lambda r: format_money(r.budget_cents),
            lambda r: r.budget_cents,
            align=RIGHT,
        ),
        Column(
            "planned",
            translate("Tables", "Planned"),
            lambda r: format_money(r.planned_cents),
            lambda r: r.planned_cents,
            align=RIGHT,
            tooltip=translate("Tables", "Cost of gifts selected, purchased or received"),
        ),
        Column(
            "bought",
            translate("Tables", "Bought"),
            lambda r: format_money(r.bought_cents),
            lambda r: r.bought_cents,
            align=RIGHT,
            tooltip=translate("Tables", "Cost of gifts purchased or received"),
        ),
    )

    def extra_data(self, item: OccasionRow, col: Column[Any], role: int) -> Any:
        over = item.budget_cents is not None and item.planned_cents > item.budget_cents
        if over and col.key == "planned":
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(OVER_BUDGET)
            if role == Qt.ItemDataRole.ToolTipRole:
                return translate("Tables", "Over budget by {amount}").format(
                    amount=format_money(item.planned_cents - (item.budget_cents or 0), self._locale)
                )
        return None


# -- sorting and filtering --------------------------------------------------


# The roles RowTableModel.cell answers (the proxy returns None for others at once).
