"""The sort/filter proxy over every model: Qt's model rules, raw-value sorting, filtering."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt

from giftdesk.data.records import PersonRow
from giftdesk.ui.models.gift_model import GiftTableModel
from giftdesk.ui.models.occasion_model import OccasionTableModel
from giftdesk.ui.models.person_model import PersonTableModel
from giftdesk.ui.models.rows import IdRole, SortRole


def test_every_model_and_proxy_follows_qt_rules_with_demo_data(
    qtmodeltester, demo_models, proxy_over
):
    for model in demo_models:
        qtmodeltester.check(model, force_py=True)
        proxy = proxy_over(model)
        qtmodeltester.check(proxy, force_py=True)
        proxy.sort(0, Qt.SortOrder.DescendingOrder)
        proxy.set_search_text("a")
        qtmodeltester.check(proxy, force_py=True)


def test_empty_models_follow_qt_rules(qtmodeltester, proxy_over):
    for model in (GiftTableModel(), PersonTableModel(), OccasionTableModel()):
        qtmodeltester.check(model, force_py=True)
        qtmodeltester.check(proxy_over(model), force_py=True)


def test_proxy_follows_qt_rules_while_rows_change(qtmodeltester, gift_row, proxy_over):
    model = GiftTableModel()
    model.set_rows([gift_row(i, f"gift {i}", i * 100) for i in range(1, 30)])
    proxy = proxy_over(model)
    proxy.sort(model.column_of("price"), Qt.SortOrder.DescendingOrder)
    proxy.set_search_text("gift 1")
    qtmodeltester.check(proxy, force_py=True)  # keeps watching the signals below
    model.upsert_rows([gift_row(12, "gift 12", 99_900), gift_row(40, "gift 140", 5)])
    model.remove_ids([13, 14, 3])
    model.upsert_rows([gift_row(15, "no longer matching", 100)])
    model.replace_rows([gift_row(i, f"gift {i}", i) for i in range(1, 20)])
    qtmodeltester.check(proxy, force_py=True)
    qtmodeltester.check(model, force_py=True)
    assert [proxy.id_at(r) for r in range(proxy.rowCount())] == [
        19,
        18,
        17,
        16,
        15,
        14,
        13,
        12,
        11,
        10,
        1,
    ]


def test_money_sorts_by_cents_not_by_text(gift_row, proxy_over):
    model = GiftTableModel()
    model.set_rows([gift_row(1, "ten", 1000), gift_row(2, "nine", 900), gift_row(3, "none", None)])
    proxy = proxy_over(model)
    price = model.column_of("price")
    proxy.sort(price, Qt.SortOrder.AscendingOrder)
    assert [proxy.id_at(r) for r in range(3)] == [2, 1, 3]  # €9.00 < €10.00, empty last
    assert proxy.index(0, price).data(SortRole) == 900
    proxy.sort(price, Qt.SortOrder.DescendingOrder)
    assert [proxy.id_at(r) for r in range(3)] == [3, 1, 2]


def test_dates_and_counts_sort_by_raw_value(proxy_over):
    model = PersonTableModel()
    model.set_rows(
        [
            PersonRow(1, "b", None, dt.date(2001, 1, 2), 10, 0),
            PersonRow(2, "A", None, dt.date(1999, 12, 31), 9, 1),
            PersonRow(3, "c", None, None, 100, 2),
        ]
    )
    proxy = proxy_over(model)
    proxy.sort(model.column_of("birthdate"))
    assert [proxy.id_at(r) for r in range(3)] == [2, 1, 3]
    proxy.sort(model.column_of("receiving"))
    assert [proxy.id_at(r) for r in range(3)] == [2, 1, 3]  # 9 < 10 < 100, not "10" < "9"
    proxy.sort(model.column_of("name"))
    assert [proxy.id_at(r) for r in range(3)] == [2, 1, 3]  # case does not matter


def test_id_role_works_through_the_proxy(gift_row, proxy_over):
    model = GiftTableModel()
    model.set_rows([gift_row(7, "b", 1), gift_row(9, "a", 2)])
    proxy = proxy_over(model)
    proxy.sort(0)
    assert proxy.index(0, 3).data(IdRole) == 9
    assert proxy.mapToSource(proxy.index(0, 0)).row() == 1
    assert proxy.mapFromSource(model.index(0, 0)).row() == 1


def test_search_matches_any_shown_text_ignoring_case(demo_models, proxy_over):
    gift_model = demo_models[0]
    proxy = proxy_over(gift_model)
    proxy.set_search_text("GRANDMA")
    assert proxy.rowCount() > 0
    for r in range(proxy.rowCount()):
        assert "grandma" in gift_model.search_text(proxy.item_at(r))
    proxy.set_search_text("grandma ro")  # narrowing keeps only rows still matching
    narrowed = proxy.rowCount()
    assert 0 < narrowed <= proxy.source().rowCount()
    proxy.set_search_text("")
    assert proxy.rowCount() == gift_model.rowCount()
    proxy.set_search_text("no gift is called this")
    assert proxy.rowCount() == 0


def test_row_predicate_narrows_to_one_occasion(demo_models, proxy_over):
    gift_model = demo_models[0]
    proxy = proxy_over(gift_model)
    first_occasion = next(r.occasion_id for r in gift_model.rows() if r.occasion_id)
    proxy.set_row_predicate(lambda row: row.occasion_id == first_occasion)
    expected = sum(1 for r in gift_model.rows() if r.occasion_id == first_occasion)
    assert proxy.rowCount() == expected
    proxy.set_search_text("scarf")
    assert all(
        proxy.item_at(r).occasion_id == first_occasion and "scarf" in proxy.item_at(r).name.lower()
        for r in range(proxy.rowCount())
    )
    proxy.set_row_predicate(None)
    proxy.set_search_text("")
    assert proxy.rowCount() == gift_model.rowCount()


def test_an_edit_keeps_selection_and_moves_a_sorted_row(qtmodeltester, gift_row, proxy_over):
    model = GiftTableModel()
    model.set_rows([gift_row(i, f"g{i}", i * 100) for i in range(1, 6)])
    proxy = proxy_over(model)
    qtmodeltester.check(proxy, force_py=True)
    proxy.sort(model.column_of("price"))
    selection = QItemSelectionModel(proxy)
    selection.select(
        proxy.index(1, 0),
        QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
    )
    assert proxy.id_at(1) == 2
    resets: list[bool] = []
    proxy.modelReset.connect(lambda: resets.append(True))
    model.upsert_rows([gift_row(2, "g2", 999_00)])  # now the most expensive
    assert resets == []
    assert proxy.id_at(4) == 2
    assert [proxy.id_at(i.row()) for i in selection.selectedRows()] == [2]


def test_edit_that_stops_matching_the_search_removes_the_row(gift_row, proxy_over):
    model = GiftTableModel()
    model.set_rows([gift_row(1, "scarf", 100), gift_row(2, "scarf two", 200)])
    proxy = proxy_over(model)
    proxy.set_search_text("scarf")
    model.upsert_rows([gift_row(1, "gloves", 100)])
    assert [proxy.id_at(r) for r in range(proxy.rowCount())] == [2]
    model.upsert_rows([gift_row(1, "scarf again", 100)])
    assert sorted(proxy.id_at(r) for r in range(proxy.rowCount())) == [1, 2]


def test_unparented_index_is_invalid_for_the_proxy(proxy_over):
    proxy = proxy_over(GiftTableModel())
    assert not proxy.index(0, 0).isValid()
    assert not proxy.mapToSource(QModelIndex()).isValid()


def test_sorted_order_survives_searching_editing_and_removing(qtmodeltester, gift_row, proxy_over):
    model = GiftTableModel()
    model.set_rows([gift_row(i, f"gift {i}", (i * 37) % 101 * 100) for i in range(1, 60)])
    proxy = proxy_over(model)
    qtmodeltester.check(proxy, force_py=True)
    price = model.column_of("price")
    proxy.sort(price, Qt.SortOrder.DescendingOrder)
    proxy.set_search_text("gift 1")
    model.upsert_rows([gift_row(5, "gift 5", 1), gift_row(70, "gift 70", 5000)])
    model.remove_ids([7, 8])
    proxy.set_search_text("")  # widening again: filtered from the kept sorted order

    def expected() -> list[int]:
        rows = sorted(model.rows(), key=lambda r: (r.price_cents, model.row_for_id(r.id)))
        return [r.id for r in reversed(rows)]

    assert [proxy.id_at(r) for r in range(proxy.rowCount())] == expected()
    proxy.sort(price, Qt.SortOrder.AscendingOrder)
    assert [proxy.id_at(r) for r in range(proxy.rowCount())] == list(reversed(expected()))


@pytest.mark.parametrize("descending", [False, True])
def test_bulk_change_keeps_the_sorted_view_in_order(descending, gift_row, proxy_over):
    """Thousands of scattered rows change at once (a bulk action): rows whose
    sort value moved go to their place, those whose value stayed keep theirs."""
    model = GiftTableModel()
    model.set_rows([gift_row(i, f"gift {i:04d}", i * 10) for i in range(1, 401)])
    proxy = proxy_over(model)
    order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
    proxy.sort(model.column_of("price"), order)
    # Every third row: most keep their price (only the purchaser changes),
    # some become the cheapest or dearest of all, crossing unchanged rows.
    changed = [
        gift_row(
            i,
            f"gift {i:04d}",
            {0: 5_000 - i, 1: 1}.get(i % 9, i * 10),
            purchaser_id=7,
        )
        for i in range(1, 401, 3)
    ]
    model.upsert_rows(changed)
    prices = {row.id: row.price_cents for row in model.rows()}
    shown = [proxy.id_at(r) for r in range(proxy.rowCount())]
    assert [prices[i] for i in shown] == sorted(prices.values(), reverse=descending)
    assert proxy.rowCount() == 400
