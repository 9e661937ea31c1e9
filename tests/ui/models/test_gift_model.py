"""The gift table model's cells: money in the locale, right-aligned; no total without a price."""

from __future__ import annotations

from PySide6.QtCore import Qt

from giftdesk.ui.models.gift_model import GiftTableModel
from giftdesk.ui.money import format_money


def test_money_cells_are_right_aligned_and_in_the_locale(gift_row):
    model = GiftTableModel()
    model.set_rows([gift_row(1, "a", 14250, quantity=2, cost_cents=28500)])
    price = model.index(0, model.column_of("price"))
    assert price.data(Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
    assert price.data() == format_money(14250)
    assert model.index(0, model.column_of("total")).data() == format_money(28500)


def test_unpriced_gift_shows_an_empty_total(gift_row):
    model = GiftTableModel()
    model.set_rows([gift_row(1, "a", None)])
    assert model.index(0, model.column_of("total")).data() == ""
