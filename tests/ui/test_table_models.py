"""The table models and the sort/filter proxy: Qt's model rules, raw-value sorting, filtering."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from PySide6.QtCore import QItemSelectionModel, QLocale, QModelIndex, Qt

from giftdesk.data import table_rows
from giftdesk.data.records import GiftRow, PersonRow
from giftdesk.ui.models.gift_model import GiftTableModel
from giftdesk.ui.models.occasion_model import OccasionTableModel
from giftdesk.ui.models.person_model import PersonTableModel
from giftdesk.ui.models.proxy import TableProxyModel
from giftdesk.ui.models.rows import IdRole, SortRole
from giftdesk.ui.money import format_money, parse_money_text


def gift_row(gift_id: int, name: str, price: int | None, **extra: object) -> GiftRow:
    values: dict[str, object] = dict(
        id=gift_id,
        name=name,
        occasion_id=None,
        occasion_name=None,
        status="idea",
        priority="medium",
        price_cents=price,
        sale_price_cents=None,
        quantity=1,
        cost_cents=price or 0,
        store=None,
        purchase_date=None,
        purchaser_id=None,
        purchaser_name=None,
    )
    values.update(extra)
    return GiftRow(**values)  # type: ignore[arg-type]


@pytest.fixture
def demo_models(demo_db):  # type: ignore[no-untyped-def]
    with demo_db.reading() as session:
        gifts = table_rows.list_gift_rows(session)
        people = table_rows.list_person_rows(session)
        occasions = table_rows.list_occasion_rows(session)
    gift_model, person_model, occasion_model = (
        GiftTableModel(),
        PersonTableModel(),
        OccasionTableModel(),
    )
    gift_model.set_rows(gifts)
    person_model.set_rows(people)
    occasion_model.set_rows(occasions)
    return gift_model, person_model, occasion_model


def proxy_over(model):  # type: ignore[no-untyped-def]
    proxy = TableProxyModel()
    proxy.setSourceModel(model)
    return proxy


def test_every_model_and_proxy_follows_qt_rules_with_demo_data(qtmodeltester, demo_models):
    for model in demo_models:
        qtmodeltester.check(model, force_py=True)
        proxy = proxy_over(model)
        qtmodeltester.check(proxy, force_py=True)
        proxy.sort(0, Qt.SortOrder.DescendingOrder)
        proxy.set_search_text("a")
        qtmodeltester.check(proxy, force_py=True)


def test_empty_models_follow_qt_rules(qtmodeltester):
    for model in (GiftTableModel(), PersonTableModel(), OccasionTableModel()):
        qtmodeltester.check(model, force_py=True)
        qtmodeltester.check(proxy_over(model), force_py=True)


def test_proxy_follows_qt_rules_while_rows_change(qtmodeltester):
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


def test_money_sorts_by_cents_not_by_text():
    model = GiftTableModel()
    model.set_rows([gift_row(1, "ten", 1000), gift_row(2, "nine", 900), gift_row(3, "none", None)])
    proxy = proxy_over(model)
    price = model.column_of("price")
    proxy.sort(price, Qt.SortOrder.AscendingOrder)
    assert [proxy.id_at(r) for r in range(3)] == [2, 1, 3]  # €9.00 < €10.00, empty last
    assert proxy.index(0, price).data(SortRole) == 900
    proxy.sort(price, Qt.SortOrder.DescendingOrder)
    assert [proxy.id_at(r) for r in range(3)] == [3, 1, 2]


def test_dates_and_counts_sort_by_raw_value():
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


def test_id_role_works_through_the_proxy():
    model = GiftTableModel()
    model.set_rows([gift_row(7, "b", 1), gift_row(9, "a", 2)])
    proxy = proxy_over(model)
    proxy.sort(0)
    assert proxy.index(0, 3).data(IdRole) == 9
    assert proxy.mapToSource(proxy.index(0, 0)).row() == 1
    assert proxy.mapFromSource(model.index(0, 0)).row() == 1


def test_search_matches_any_shown_text_ignoring_case(demo_models):
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


def test_row_predicate_narrows_to_one_occasion(demo_models):
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


def test_an_edit_keeps_selection_and_moves_a_sorted_row(qtmodeltester):
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


def test_edit_that_stops_matching_the_search_removes_the_row():
    model = GiftTableModel()
    model.set_rows([gift_row(1, "scarf", 100), gift_row(2, "scarf two", 200)])
    proxy = proxy_over(model)
    proxy.set_search_text("scarf")
    model.upsert_rows([gift_row(1, "gloves", 100)])
    assert [proxy.id_at(r) for r in range(proxy.rowCount())] == [2]
    model.upsert_rows([gift_row(1, "scarf again", 100)])
    assert sorted(proxy.id_at(r) for r in range(proxy.rowCount())) == [1, 2]


def test_money_cells_are_right_aligned_and_in_the_locale():
    model = GiftTableModel()
    model.set_rows([gift_row(1, "a", 14250, quantity=2, cost_cents=28500)])
    price = model.index(0, model.column_of("price"))
    assert price.data(Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
    assert price.data() == format_money(14250)
    assert model.index(0, model.column_of("total")).data() == format_money(28500)


def test_unpriced_gift_shows_an_empty_total():
    model = GiftTableModel()
    model.set_rows([gift_row(1, "a", None)])
    assert model.index(0, model.column_of("total")).data() == ""


def test_occasion_over_budget_is_marked(demo_models):
    occasion_model = demo_models[2]
    row = occasion_model.rows()[0]
    over = dataclasses.replace(row, budget_cents=1, planned_cents=500)
    occasion_model.upsert_rows([over])
    index = occasion_model.index(0, occasion_model.column_of("planned"))
    assert index.data(Qt.ItemDataRole.ForegroundRole) is not None
    assert "Over budget by" in index.data(Qt.ItemDataRole.ToolTipRole)


@pytest.mark.parametrize(
    ("locale_name", "text", "cents"),
    [
        ("en_US", "$1,234.50", 123450),
        ("en_US", "12.5", 1250),
        ("de_DE", "1.234,50 €", 123450),
        ("de_DE", "12,50", 1250),
        ("de_DE", "1.234", 123400),  # the dot groups thousands in German
        ("fr_FR", "1\u202f234,50\u00a0€", 123450),
        ("C", "9", 900),
        ("C", "", None),
    ],
)
def test_money_text_parses_in_the_locale(locale_name, text, cents):
    assert parse_money_text("price", text, QLocale(locale_name)) == cents


@pytest.mark.parametrize("text", ["-5", "abc", "1,234", "12.345", "10000000"])
def test_bad_money_text_is_refused_with_a_sentence(text):
    from giftdesk.data.errors import ValidationError

    with pytest.raises(ValidationError) as caught:
        parse_money_text("price", text, QLocale("de_DE") if text == "1,234" else QLocale("C"))
    assert caught.value.field == "price"
    assert str(caught.value).endswith(".")


def test_money_display_round_trips_exact_cents():
    for locale in (QLocale("en_US"), QLocale("de_DE"), QLocale("C")):
        for cents in (0, 1, 5, 10, 99, 101, 1999, 123456, 28_50, 999_999_999):
            assert parse_money_text("price", format_money(cents, locale), locale) == cents


def test_unparented_index_is_invalid_for_the_proxy():
    proxy = proxy_over(GiftTableModel())
    assert not proxy.index(0, 0).isValid()
    assert not proxy.mapToSource(QModelIndex()).isValid()


def test_editor_limits_match_the_data_layer():
    from giftdesk.data.fields import GIFT_STATUSES, QUANTITY_MAX
    from giftdesk.ui import delegates
    from giftdesk.ui.models.labels import STATUS_LABELS

    assert delegates.QUANTITY_MAX == QUANTITY_MAX
    assert tuple(STATUS_LABELS) == GIFT_STATUSES


def test_sorted_order_survives_searching_editing_and_removing(qtmodeltester):
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


def test_replace_details_keeps_figures_and_signals_only_differences(qtmodeltester):
    model = PersonTableModel()
    model.set_rows(
        [
            PersonRow(1, "Anna", "Sister", None, 4, 2),
            PersonRow(2, "Ben", None, dt.date(1990, 5, 1), 1, 0),
            PersonRow(3, "Cleo", "Aunt", None, 0, 7),
        ]
    )
    proxy = proxy_over(model)
    proxy.sort(model.column_of("name"))
    qtmodeltester.check(proxy, force_py=True)  # keeps watching the signals below
    signals: list[str] = []
    model.dataChanged.connect(lambda *a: signals.append("changed"))
    model.modelReset.connect(lambda: signals.append("reset"))
    unchanged = [(1, "Anna", "Sister", None), (2, "Ben", None, dt.date(1990, 5, 1))]
    unchanged.append((3, "Cleo", "Aunt", None))
    assert not model.replace_details(unchanged, PersonRow)
    assert signals == []
    # Ben renamed, Cleo gone, Dora new: figures kept, zero for the newcomer.
    details = [(1, "Anna", "Sister", None), (2, "Benno", None, dt.date(1990, 5, 1))]
    details.append((9, "Dora", "Friend", None))
    assert model.replace_details(details, PersonRow)
    assert sorted(model.rows(), key=lambda r: r.id) == [
        PersonRow(1, "Anna", "Sister", None, 4, 2),
        PersonRow(2, "Benno", None, dt.date(1990, 5, 1), 1, 0),
        PersonRow(9, "Dora", "Friend", None, 0, 0),
    ]
    assert "reset" not in signals
    assert [proxy.item_at(r).name for r in range(proxy.rowCount())] == ["Anna", "Benno", "Dora"]
    qtmodeltester.check(proxy, force_py=True)
    qtmodeltester.check(model, force_py=True)


@pytest.mark.parametrize("descending", [False, True])
def test_bulk_change_keeps_the_sorted_view_in_order(descending):
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
