"""The Gifts tab on its own: filters, in-place edits, refresh, delete."""

from __future__ import annotations

from functools import partial

from PySide6.QtWidgets import QMessageBox

from giftdesk.data import table_rows
from giftdesk.data.changes import Change
from giftdesk.data.operations import gifts as gift_ops
from giftdesk.ui.tabs.gift_filter import ALL_OCCASIONS
from giftdesk.ui.tabs.table_tab import TAB_OCCASIONS, TAB_PEOPLE
from giftdesk.ui.tabs.tables import Tables


def test_the_occasion_filter_lists_every_occasion_between_all_and_none(tables: Tables) -> None:
    combo = tables.gifts.occasion_filter
    names = [combo.itemText(i) for i in range(combo.count())]
    assert names[0] == "All occasions" and names[-1] == "No occasion"
    assert len(names) == tables.occasions.model.rowCount() + 2
    assert tables.gifts.current_occasion_filter() == ALL_OCCASIONS


def test_choosing_an_occasion_shows_its_gifts_and_says_so(qtbot, tables: Tables) -> None:  # type: ignore[no-untyped-def]
    gifts = tables.gifts
    occasion = tables.occasions.model.rows()[0]
    with qtbot.waitSignal(gifts.filter_changed):
        gifts.occasion_filter.setCurrentIndex(gifts.occasion_filter.findData(occasion.id))
    shown = [gifts.proxy.item_at(r) for r in range(gifts.proxy.rowCount())]
    assert shown and all(row.occasion_id == occasion.id for row in shown)
    assert gifts.status_text().startswith(f"Showing {len(shown)} of ")


def test_a_persons_gifts_bring_the_tab_forward(qtbot, tables: Tables) -> None:  # type: ignore[no-untyped-def]
    person = tables.people.model.rows()[0]
    with qtbot.waitSignal(tables.gifts.show_requested):
        tables.gifts.filter_by_person(person.id)
    for r in range(tables.gifts.proxy.rowCount()):
        row = tables.gifts.proxy.item_at(r)
        assert (
            person.id in row.recipient_ids
            or row.purchaser_id == person.id
            or person.id in row.contributor_ids
        )


def test_an_edited_price_is_one_undo_step(parts, tables: Tables) -> None:  # type: ignore[no-untyped-def]
    row = tables.gifts.model.rows()[0]
    assert tables.gifts.edit_cell(row.id, "price", "12.50")
    updated = tables.gifts.model.item_for_id(row.id)
    field = "sale_price_cents" if row.sale_price_cents is not None else "price_cents"
    assert getattr(updated, field) == 1250
    assert parts.stack.count() == 1 and "price" in parts.stack.text(0)


def test_a_price_that_is_not_a_number_is_refused_in_a_sentence(
    qtbot, parts, tables: Tables
) -> None:  # type: ignore[no-untyped-def]
    row = tables.gifts.model.rows()[0]
    assert not tables.gifts.edit_cell(row.id, "price", "a lot")
    qtbot.waitUntil(lambda: bool(parts.refusals))
    assert parts.refusals == ["Price “a lot” is not an amount; write it like 1,250.50."]
    assert parts.stack.count() == 0


def test_a_status_change_patches_the_row_and_moves_only_occasion_figures(tables: Tables) -> None:
    gifts = tables.gifts
    row = next(r for r in gifts.model.rows() if r.occasion_id is not None and r.status == "idea")
    moved = gifts.figures_moved([row._replace(status="purchased")], (), {"status"})
    assert moved == {TAB_OCCASIONS}


def test_a_deleted_gift_with_a_recipient_moves_both_side_tables(tables: Tables) -> None:
    row = next(r for r in tables.gifts.model.rows() if r.recipient_ids and r.occasion_id)
    assert tables.gifts.figures_moved([], [row.id]) == {TAB_PEOPLE, TAB_OCCASIONS}


def test_a_gift_changed_elsewhere_is_read_again_on_its_change(parts, tables: Tables) -> None:  # type: ignore[no-untyped-def]
    row = tables.gifts.model.rows()[0]
    with parts.db.transaction() as session:
        gift_ops.set_gift_fields(
            session, gift_id=row.id, changes={"quantity": 7}, version=row.version
        )
    parts.hub.notify(Change(gifts=(row.id,)))
    assert tables.gifts.model.item_for_id(row.id).quantity == 7


def test_deleting_selected_gifts_asks_then_is_one_undo_step(
    parts, tables: Tables, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    gifts = tables.gifts
    ids = [gifts.proxy.id_at(r) for r in (0, 1, 2)]
    gifts.select_ids(ids)
    before = gifts.model.rowCount()
    gifts.delete_selected()
    assert gifts.model.rowCount() == before - 3
    assert parts.stack.text(0) == "Delete 3 gifts"
    parts.stack.undo()
    assert gifts.model.rowCount() == before


def test_a_tab_shown_before_its_gifts_counts_them_and_reads_them_later(
    parts, tables: Tables
) -> None:  # type: ignore[no-untyped-def]
    with parts.db.reading() as session:
        total = table_rows.count_gifts(session)
        tables.gifts.load(session, now=False)
    assert tables.gifts.model.rowCount() == 0 and tables.gifts.pending == total
    assert tables.gifts.status_text().startswith("Loading")
    assert tables.gifts.finish_loading()
    assert tables.gifts.model.rowCount() == total and not tables.gifts.finish_loading()


def test_versions_are_those_of_the_rows_shown(tables: Tables) -> None:
    rows = tables.gifts.model.rows()[:2]
    versions = tables.gifts.gift_versions([rows[0].id, rows[1].id, 10**9])
    assert versions == {rows[0].id: rows[0].version, rows[1].id: rows[1].version}


def test_an_operation_run_by_hand_reaches_the_tab_through_the_hub(parts, tables: Tables) -> None:  # type: ignore[no-untyped-def]
    row = tables.gifts.model.rows()[0]
    parts.runner.run(
        "Delete", partial(gift_ops.delete_gifts, gift_ids=[row.id], versions={row.id: row.version})
    )
    assert tables.gifts.model.item_for_id(row.id) is None
