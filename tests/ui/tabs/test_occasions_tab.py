"""The Occasions tab on its own: the deletion sentence, the occasion filter it feeds."""

from __future__ import annotations

from functools import partial

from PySide6.QtWidgets import QMessageBox

from giftdesk.data.operations import occasions as occasion_ops
from giftdesk.data.records import OccasionImpact, OccasionRecord
from giftdesk.ui.tabs.occasions_tab import occasion_delete_sentence
from giftdesk.ui.tabs.table_tab import TAB_OCCASIONS
from giftdesk.ui.tabs.tables import Tables


def test_the_deletion_sentence_names_what_stays_and_what_goes() -> None:
    assert occasion_delete_sentence("Easter", OccasionImpact(0, 0)) == (
        "Delete Easter? No gifts or budgets belong to it."
    )
    both = occasion_delete_sentence("Easter", OccasionImpact(gifts=2, budgets=1))
    assert both == (
        "Deleting Easter leaves its 2 gifts with no occasion and deletes 1 person budget "
        "set for it. You can undo this."
    )


def test_a_new_occasion_joins_the_gift_filter(parts, tables: Tables) -> None:  # type: ignore[no-untyped-def]
    result = parts.runner.run(
        "Add",
        partial(
            occasion_ops.create_occasion,
            record=OccasionRecord(None, "Midsummer", "other", None, None),
        ),
    )
    assert result is not None
    (occasion_id,) = result.created
    assert tables.occasions.model.item_for_id(occasion_id).name == "Midsummer"
    assert tables.gifts.occasion_filter.findData(occasion_id) > 0


def test_deleting_an_occasion_is_one_undo_step(parts, tables: Tables, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    occasion = tables.occasions.model.rows()[0]
    tables.occasions.select_ids([occasion.id])
    tables.occasions.delete_selected()
    assert tables.occasions.model.item_for_id(occasion.id) is None
    assert tables.gifts.occasion_filter.findData(occasion.id) < 0
    parts.stack.undo()
    assert tables.occasions.model.item_for_id(occasion.id) is not None


def test_the_status_counts_the_occasions_shown(qtbot, parts, tables: Tables) -> None:  # type: ignore[no-untyped-def]
    total = tables.occasions.model.rowCount()
    assert tables.occasions.status_text() == f"{total} occasions"
    parts.widget.setCurrentIndex(TAB_OCCASIONS)  # a hint shows on a table in front
    tables.occasions.set_search("zzz-none")
    qtbot.waitUntil(lambda: tables.occasions.proxy.rowCount() == 0)
    tables.occasions.update_hint("zzz-none")
    assert tables.occasions.status_text() == f"Showing 0 of {total} occasions"
    assert "No occasions match “zzz-none”" in tables.occasions.hint.text()
