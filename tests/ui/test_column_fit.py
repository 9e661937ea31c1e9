"""The column fitter on its own (ui/column_fit.py): what makes it measure again."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QTableView

from giftdesk.data.records import GiftRow
from giftdesk.ui.column_fit import ColumnFitter
from giftdesk.ui.models.gift_model import GiftTableModel
from giftdesk.ui.models.proxy import TableProxyModel


class CountingView(QTableView):
    """A table view counting how often a column's natural width is measured."""

    measured = 0

    def sizeHintForColumn(self, column: int) -> int:  # noqa: N802
        self.measured += 1
        return super().sizeHintForColumn(column)


def gift(gift_id: int, name: str, price: int) -> GiftRow:
    return GiftRow(
        id=gift_id, name=name, occasion_id=None, occasion_name=None, status="idea",
        priority="medium", price_cents=price, sale_price_cents=None, quantity=1,
        cost_cents=price, store=None, purchase_date=None, purchaser_id=None,
        purchaser_name=None,
    )  # fmt: skip


def test_searching_and_sorting_keep_the_measured_widths_an_edit_measures_again(
    qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    model = GiftTableModel()
    model.set_rows([gift(i, f"gift {i}", i * 100) for i in range(1, 300)])
    proxy = TableProxyModel()
    proxy.setSourceModel(model)
    view = CountingView()
    view.setModel(proxy)
    qtbot.addWidget(view)
    keys = [column.key for column in model.columns]
    fitter = ColumnFitter(
        view,
        keys,
        flexible={"name": 200},
        least={"name": 60},
        natural_floor={},
        optional=[],
        settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat),
    )
    view.resize(900, 400)
    view.show()
    qtbot.waitExposed(view)
    fitter.fit()
    measured = view.measured
    assert measured > 0

    proxy.set_search_text("gift 1")  # a keystroke in the search box
    proxy.sort(model.column_of("price"))
    qtbot.wait(20)  # the fit that follows runs
    assert view.measured == measured

    model.upsert_rows([gift(5, "gift 5", 999_999_99)])  # an edit: a wider price
    qtbot.waitUntil(lambda: view.measured > measured)
