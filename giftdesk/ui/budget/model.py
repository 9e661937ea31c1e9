"""The budget panel's table model: occasion totals, or one occasion's people and budgets."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QApplication,
    QStyle,
)

from giftdesk.data.budget import (
    BudgetSummary,
    OccasionBudget,
    PersonBudget,
)
from giftdesk.i18n import translate
from giftdesk.ui.budget_bars import (
    BAR_ROLE,
    OVER_ROLE,
    over_colour,
)
from giftdesk.ui.money import format_amount, format_money

AnyIndex = QModelIndex | QPersistentModelIndex


SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2

NOT_SET = "—"


@dataclasses.dataclass(frozen=True)
class Column:
    key: str
    title: str
    tip: str
    editable: bool = False
    bar: bool = False
    numeric: bool = True
    optional: bool = False  # hidden when the panel is too narrow for the names
    # A budget column that steps aside in a panel too narrow for every column;
    # the bar column named here then says "of €250.00" under its figure.
    folds_into: str = ""


PEOPLE_COLUMNS = (
    Column(
        "name", translate("BudgetPanel", "Person"), translate("BudgetPanel", "Who"), numeric=False
    ),
    Column(
        "recipient_budget",
        translate("BudgetPanel", "Budget\nfor them"),
        translate("BudgetPanel", "Their budget for gifts to them"),
        True,
        folds_into="receiving",
    ),
    Column(
        "receiving",
        translate("BudgetPanel", "Planned\nfor them"),
        translate("BudgetPanel", "Planned gifts for them against that budget"),
        bar=True,
    ),
    Column(
        "purchaser_budget",
        translate("BudgetPanel", "Budget\nto spend"),
        translate("BudgetPanel", "Their budget for gifts they buy"),
        True,
        folds_into="buying",
    ),
    Column(
        "buying",
        translate("BudgetPanel", "Buying"),
        translate("BudgetPanel", "Planned gifts they buy or chip in for, against that budget"),
        bar=True,
    ),
)
OCCASION_COLUMNS = (
    Column(
        "name",
        translate("BudgetPanel", "Occasion"),
        translate("BudgetPanel", "The occasion"),
        numeric=False,
    ),
    Column(
        "budget",
        translate("BudgetPanel", "Budget"),
        translate("BudgetPanel", "The occasion's budget"),
        True,
        folds_into="planned",
    ),
    Column(
        "planned",
        translate("BudgetPanel", "Planned"),
        translate("BudgetPanel", "Planned gifts against the budget"),
        bar=True,
    ),
    # The bar beside it draws what is bought; a narrow panel drops the figure.
    Column(
        "bought",
        translate("BudgetPanel", "Bought"),
        translate("BudgetPanel", "Gifts already bought"),
        optional=True,
    ),
    Column(
        "remaining",
        translate("BudgetPanel", "Remaining"),
        translate("BudgetPanel", "Budget minus planned"),
    ),
)

EditHandler = Callable[[Any, str, str], bool]


class BudgetTableModel(QAbstractTableModel):
    """Rows of ``PersonBudget`` (one occasion) or ``OccasionBudget`` (all).

    Plain frozen rows from the budget engine, nothing lazy. ``edit_handler``
    (set by the panel) saves an edited budget and says whether it took.
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []
        self._columns: tuple[Column, ...] = PEOPLE_COLUMNS
        self._occasion_id: int | None = None
        self.edit_handler: EditHandler | None = None
        # People who share a name, with what tells them apart ("Maria (Mother)").
        self.person_labels: dict[int, str] = {}

    # -- filling -------------------------------------------------------------

    @property
    def showing_people(self) -> bool:
        return self._columns is PEOPLE_COLUMNS

    @property
    def occasion_id(self) -> int | None:
        return self._occasion_id

    def set_people(self, occasion: OccasionBudget | None) -> None:
        rows = list(occasion.people) if occasion is not None else []
        self._occasion_id = occasion.occasion_id if occasion is not None else None
        self._replace(PEOPLE_COLUMNS, rows)

    def set_occasions(self, summary: BudgetSummary) -> None:
        self._occasion_id = None
        self._replace(OCCASION_COLUMNS, list(summary.occasions))

    def _replace(self, columns: tuple[Column, ...], rows: list[Any]) -> None:
        same_shape = columns is self._columns and [self._key(r) for r in rows] == [
            self._key(r) for r in self._rows
        ]
        if same_shape:
            # Same rows in the same order: repaint in place (keeps selection,
            # scroll position and any open editor).
            self._rows = rows
            if rows:
                self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, len(columns) - 1))
            return
        self.beginResetModel()
        self._columns = columns
        self._rows = rows
        self.endResetModel()

    @staticmethod
    def _key(row: Any) -> Any:
        return row.person_id if isinstance(row, PersonBudget) else row.occasion_id

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def column_of(self, key: str) -> int:
        return next(i for i, column in enumerate(self._columns) if column.key == key)

    def columns(self) -> tuple[Column, ...]:
        return self._columns

    # -- the model interface -------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            return None
        column = self._columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.title
        if role == Qt.ItemDataRole.ToolTipRole:
            if column.editable:
                return translate("BudgetTableModel", "{tip} (double-click to change)").format(
                    tip=column.tip
                )
            return column.tip
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column.numeric and not column.bar:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self._editable(index.row(), index.column()):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def _editable(self, row: int, column: int) -> bool:
        if not self._columns[column].editable:
            return False
        if self.showing_people:
            return self._occasion_id is not None  # the bucket has no budgets
        return not self._rows[row].is_bucket

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column.key)
        if role == Qt.ItemDataRole.EditRole:
            return self._edit_value(row, column.key)
        if role == BAR_ROLE:
            return self._bar(row, column.key) if column.bar else None
        if role == OVER_ROLE:
            return row.over_budget
        if role == SORT_ROLE:
            return self._sort_value(row, column.key)
        if role == ID_ROLE:
            return self._key(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.DecorationRole:
            if column.key == "name" and row.over_budget:
                return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
            return None
        if role == Qt.ItemDataRole.AccessibleTextRole:
            text = self._display(row, column.key)
            if column.key == "name" and row.over_budget:
                return translate("BudgetTableModel", "{text}, over budget").format(text=text)
            if column.key == "remaining" and _over_remaining(row):
                return translate("BudgetTableModel", "over budget by {amount}").format(
                    amount=format_money(-row.remaining_cents)
                )
            return text
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column.numeric and not column.bar:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column.key == "remaining" and _over_remaining(row):
                return over_colour(QApplication.palette())
            return None
        if role == Qt.ItemDataRole.FontRole:
            if column.key == "remaining" and _over_remaining(row):
                font = QApplication.font()
                font.setBold(True)
                return font
            return None
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        if not self._editable(index.row(), index.column()) or self.edit_handler is None:
            return False
        row = self._rows[index.row()]
        return self.edit_handler(row, self._columns[index.column()].key, str(value))

    # -- cell values -----------------------------------------------------------

    def _display(self, row: Any, key: str) -> str:
        if key == "name":
            if isinstance(row, PersonBudget):
                return self.person_labels.get(row.person_id, row.name)
            if row.is_bucket:
                return translate("BudgetTableModel", "(no occasion)")
            return str(row.name)
        if isinstance(row, PersonBudget):
            return {
                "recipient_budget": _money(row.recipient_budget_cents),
                "receiving": format_money(row.receiving_planned_cents),
                "purchaser_budget": _money(row.purchaser_budget_cents),
                "buying": format_money(row.buying_planned_cents),
            }[key]
        if key == "remaining":
            # Over budget: "−€127.01" like the header (the Planned cell beside
            # it says "€127.01 over" in words, the name has a warning icon).
            remaining = row.remaining_cents
            if remaining is not None and remaining < 0:
                return f"−{format_money(-remaining)}"
            return _money(remaining)
        return {
            "budget": _money(row.budget_cents),
            "planned": format_money(row.planned_total_cents),
            "bought": format_money(row.bought_total_cents),
        }[key]

    def _edit_value(self, row: Any, key: str) -> str | None:
        cents = {
            "recipient_budget": lambda: row.recipient_budget_cents,
            "purchaser_budget": lambda: row.purchaser_budget_cents,
            "budget": lambda: row.budget_cents,
        }.get(key)
        if cents is None:
            return self._display(row, key)
        return format_amount(cents())

    @staticmethod
    def _bar(row: Any, key: str) -> tuple[int, int, int | None]:
        if key == "receiving":
            return (
                row.receiving_planned_cents,
                row.receiving_bought_cents,
                row.recipient_budget_cents,
            )
        if key == "buying":
            return (row.buying_planned_cents, row.buying_bought_cents, row.purchaser_budget_cents)
        return (row.planned_total_cents, row.bought_total_cents, row.budget_cents)

    @staticmethod
    def _sort_value(row: Any, key: str) -> Any:
        if key == "name":
            return row.name.casefold()
        values = {
            "recipient_budget": "recipient_budget_cents",
            "receiving": "receiving_planned_cents",
            "purchaser_budget": "purchaser_budget_cents",
            "buying": "buying_planned_cents",
            "budget": "budget_cents",
            "planned": "planned_total_cents",
            "bought": "bought_total_cents",
            "remaining": "remaining_cents",
        }
        value = getattr(row, values[key])
        return -1 if value is None else value

    def _tooltip(self, row: Any, column: Column) -> str:
        if column.bar:
            planned, bought, budget = self._bar(row, column.key)
            what = {
                "receiving": translate("BudgetTableModel", "Planned for {name}"),
                "buying": translate("BudgetTableModel", "{name} buys"),
                "planned": translate("BudgetTableModel", "Planned"),
            }[column.key].format(name=row.name)
            text = translate(
                "BudgetTableModel", "{what}: {planned}, of which {bought} bought."
            ).format(what=what, planned=format_money(planned), bought=format_money(bought))
            if budget is None:
                more = translate("BudgetTableModel", "No budget set.")
            elif planned > budget:
                more = translate("BudgetTableModel", "Over the {budget} budget by {over}.").format(
                    budget=format_money(budget), over=format_money(planned - budget)
                )
            else:
                more = translate("BudgetTableModel", "{left} left of {budget}.").format(
                    left=format_money(budget - planned), budget=format_money(budget)
                )
            return f"{text} {more}"
        if column.editable:
            if self._editable_row(row):
                return translate(
                    "BudgetTableModel", "{tip}. Double-click to change; leave empty for no budget."
                ).format(tip=column.tip)
            return translate("BudgetTableModel", "Gifts without an occasion have no budget.")
        # The name may be elided in a narrow panel: its tooltip holds it whole.
        if column.key == "name" and isinstance(row, PersonBudget):
            return translate(
                "BudgetTableModel", "{name}\nDouble-click to show the gifts they receive or buy."
            ).format(name=row.name)
        if column.key == "name" and row.is_bucket:
            return translate(
                "BudgetTableModel", "{name}\nDouble-click to show the gifts without an occasion."
            ).format(name=row.name)
        if column.key == "name":
            return translate("BudgetTableModel", "{name}\nDouble-click to show its gifts.").format(
                name=row.name
            )
        if column.key == "remaining" and _over_remaining(row):
            return translate("BudgetTableModel", "Over budget by {amount}.").format(
                amount=format_money(-row.remaining_cents)
            )
        return column.tip

    def _editable_row(self, row: Any) -> bool:
        if isinstance(row, PersonBudget):
            return self._occasion_id is not None
        return not row.is_bucket


def _money(cents: int | None) -> str:
    return NOT_SET if cents is None else format_money(cents)


def _over_remaining(row: Any) -> bool:
    return isinstance(row, OccasionBudget) and (row.remaining_cents or 0) < 0
