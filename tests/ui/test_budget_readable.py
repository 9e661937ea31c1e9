"""The budget panel keeps every number readable: over-budget cells show the planned
amount and how far over, in German too, at the default width and in small windows."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QRect, QSettings, Qt
from PySide6.QtWidgets import QStyleOptionViewItem

from giftdesk.data import occasions as occasions_data
from giftdesk.ui.budget_bars import BAR_ROLE
from giftdesk.ui.main_window import MainWindow
from giftdesk.ui.money import format_money


@pytest.fixture
def german():  # type: ignore[no-untyped-def]
    previous = QLocale()
    QLocale.setDefault(QLocale("de_DE"))
    yield
    QLocale.setDefault(previous)


def open_on_christmas(qtbot, tmp_path: Path, db, width: int, height: int) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(db, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.resize(width, height)
    window.show()
    qtbot.waitExposed(window)
    with db.reading() as s:
        christmas = occasions_data.find_occasion_by_name(s, "Christmas 2026")
    window.occasion_filter.setCurrentIndex(window.occasion_filter.findData(christmas.id))
    window.budget_panel.refresh()
    qtbot.wait(50)  # the dock settles its width
    return window


def cell_texts(panel, row: int, column: int) -> list[tuple[str, bool, int]]:  # type: ignore[no-untyped-def]
    table = panel.table
    index = panel.model.index(row, column)
    option = QStyleOptionViewItem()
    option.rect = table.visualRect(index)
    option.font = table.font()
    option.fontMetrics = table.fontMetrics()
    return table.itemDelegateForColumn(column).texts(option, index)


@pytest.mark.parametrize(("width", "height"), [(1280, 800), (1024, 700), (800, 600)])
def test_over_budget_cells_show_the_amount_and_how_far_over(
    qtbot, tmp_path, demo_db, german, width, height
):
    window = open_on_christmas(qtbot, tmp_path, demo_db, width, height)
    panel = window.budget_panel
    model, table = panel.model, panel.table
    metrics = table.fontMetrics()
    seen_over = 0
    for column, spec in enumerate(model.columns()):
        if not spec.bar or table.isColumnHidden(column):
            continue
        for row in range(model.rowCount()):
            planned, _bought, budget = model.index(row, column).data(BAR_ROLE)
            texts = cell_texts(panel, row, column)
            shown = " ".join(text for text, _over, _line in texts)
            assert format_money(planned) in shown  # the planned amount is never replaced
            if budget is not None and planned > budget:
                seen_over += 1
                assert format_money(planned - budget) in shown, shown
                assert any(over for _t, over, _l in texts)
                tip = model.index(row, column).data(Qt.ItemDataRole.ToolTipRole)
                assert f"by {format_money(planned - budget)}" in tip
            room = table.columnWidth(column) - 12
            for line in {line for _t, _o, line in texts}:
                on_line = [t for t, _o, at in texts if at == line]
                assert sum(metrics.horizontalAdvance(t) for t in on_line) <= room, (on_line, room)
    assert seen_over >= 3  # Anna, Lukas and Thomas are over in the example family


@pytest.mark.parametrize(("width", "height"), [(1280, 800), (1024, 700), (800, 600)])
def test_small_windows_keep_names_apart_and_need_no_sideways_scroll(
    qtbot, tmp_path, demo_db, german, width, height
):
    window = open_on_christmas(qtbot, tmp_path, demo_db, width, height)
    panel = window.budget_panel
    table, model = panel.table, panel.model
    assert not table.horizontalScrollBar().isVisible()
    visible = [c for c in range(model.columnCount()) if not table.isColumnHidden(c)]
    assert sum(table.columnWidth(c) for c in visible) <= table.viewport().width()
    assert {model.columns()[c].key for c in visible} >= {"name", "receiving", "buying"}
    # Every name as drawn (elided in the middle, the warning icon beside it) is unique.
    metrics = table.fontMetrics()
    drawn = []
    for row in range(model.rowCount()):
        person = model.row_at(row)
        room = table.columnWidth(0) - 12 - (22 if person.over_budget else 0)
        drawn.append(metrics.elidedText(person.name, Qt.TextElideMode.ElideMiddle, room))
    assert len(set(drawn)) == len(drawn), drawn
    # The occasion's figures above the table are whole, whatever the width.
    for label in panel.figure_labels.values():
        assert label.width() >= label.sizeHint().width(), label.text()


def test_long_occasion_names_take_a_second_line_before_losing_letters(
    qtbot, tmp_path, demo_db, german
):  # type: ignore[no-untyped-def]
    window = open_on_christmas(qtbot, tmp_path, demo_db, 1280, 800)
    panel = window.budget_panel
    window.occasion_filter.setCurrentIndex(0)  # all occasions
    panel.refresh()
    qtbot.wait(50)
    table, model = panel.table, panel.model
    assert table.wordWrap()
    metrics = table.fontMetrics()
    for row in range(model.rowCount()):
        name = str(model.index(row, 0).data())
        icon = 22 if model.row_at(row).over_budget else 0
        room = QRect(0, 0, table.columnWidth(0) - 12 - icon, 1000)
        flags = Qt.TextFlag.TextWordWrap
        needed = metrics.boundingRect(room, flags, name).height()
        # Whole, on at most two lines, inside the row.
        assert needed <= 2 * metrics.lineSpacing(), name
        assert needed <= table.rowHeight(row), name


def test_all_occasions_says_why_nothing_remains_summed_up(qtbot, tmp_path, demo_db, german):  # type: ignore[no-untyped-def]
    window = open_on_christmas(qtbot, tmp_path, demo_db, 1280, 800)
    label = window.budget_panel.figure_labels["remaining"]
    assert label.toolTip() == ""  # one occasion: the figure itself
    window.occasion_filter.setCurrentIndex(0)  # all occasions
    window.budget_panel.refresh()
    assert label.text() == "per occasion"
    assert "per occasion" in label.toolTip() and "another" in label.toolTip()
