"""The gift table fits small windows as a person sees them: the status and the
amounts stay whole inside the table, the text columns give way and elide (the
whole text on hover), the less essential columns step aside but stay reachable
from the header's menu, and widths the person drags are remembered."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtTest import QTest

from giftdesk.ui.main_window import MainWindow

ESSENTIAL = ("status", "price", "quantity", "total")
SIZES = [(800, 600), (1024, 700)]


def open_window(qtbot, settings_path: Path, db, width: int, height: int) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(db, QSettings(str(settings_path), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.resize(width, height)
    window.show()
    qtbot.waitExposed(window)
    window.budget_dock.show()
    window.planner.upcoming_dock.show()
    qtbot.waitUntil(lambda: window.gift_proxy.rowCount() > 0)
    qtbot.wait(50)  # the docks settle, the columns fit
    return window


def column(window: MainWindow, key: str) -> int:
    return window.gift_model.column_of(key)


@pytest.mark.parametrize(("width", "height"), SIZES)
def test_status_and_amounts_are_inside_the_table_without_scrolling(
    qtbot, tmp_path, demo_db, width, height
):
    window = open_window(qtbot, tmp_path / "s.ini", demo_db, width, height)
    view = window.gift_view
    assert window.budget_dock.isVisible() and window.planner.upcoming_dock.isVisible()
    assert window.gift_proxy.rowCount() == 60
    # Qt sets the scroll range a moment after the columns change: a person sees
    # the table once it has settled.
    scroll = view.horizontalScrollBar()
    qtbot.waitUntil(lambda: scroll.maximum() == 0 and not scroll.isVisible(), timeout=3000)
    viewport = view.viewport().rect()
    for key in ESSENTIAL:
        assert not view.isColumnHidden(column(window, key)), key
        for row in range(5):  # rows on screen
            rect = view.visualRect(window.gift_proxy.index(row, column(window, key)))
            assert viewport.contains(rect), (key, rect, viewport)
    # Amounts are read whole, never "1…"
    metrics = view.fontMetrics()
    for key in ("price", "total", "quantity"):
        room = view.columnWidth(column(window, key)) - 8
        for row in range(60):
            text = window.gift_proxy.index(row, column(window, key)).data()
            assert metrics.horizontalAdvance(text or "") <= room, (key, text, room)


@pytest.mark.parametrize(("width", "height"), SIZES)
def test_text_columns_give_way_and_show_the_whole_text_on_hover(
    qtbot, tmp_path, demo_db, width, height
):
    window = open_window(qtbot, tmp_path / "s.ini", demo_db, width, height)
    view, proxy = window.gift_view, window.gift_proxy
    metrics = view.fontMetrics()
    elided = 0
    for key in ("name", "recipients", "purchaser", "occasion"):
        assert not view.isColumnHidden(column(window, key))
        assert view.columnWidth(column(window, key)) >= metrics.horizontalAdvance("Mm…")
        for row in range(proxy.rowCount()):
            index = proxy.index(row, column(window, key))
            text = index.data()
            if text:
                assert index.data(Qt.ItemDataRole.ToolTipRole) == text
                elided += metrics.horizontalAdvance(text) > view.columnWidth(index.column())
    assert elided  # "Cookbook: Ottolenghi Simple" does not fit at these sizes
    # A wide window gives the text columns their room back.
    window.resize(1600, 900)
    qtbot.waitUntil(lambda: view.columnWidth(column(window, "name")) >= 175)
    assert not view.isColumnHidden(column(window, "store"))


def test_store_steps_aside_but_the_header_menu_brings_it_back_and_remembers(
    qtbot, tmp_path, demo_db
):
    settings = tmp_path / "s.ini"
    window = open_window(qtbot, settings, demo_db, 800, 600)
    view = window.gift_view
    store = column(window, "store")
    assert view.isColumnHidden(store)
    menu = window.gift_columns.menu()
    action = menu.findChild(type(menu.actions()[0]), "showColumn_store")
    assert action.text() == "Store" and not action.isChecked()
    action.trigger()
    qtbot.waitUntil(lambda: not view.isColumnHidden(store))
    window.close()

    again = open_window(qtbot, settings, demo_db, 800, 600)
    assert not again.gift_view.isColumnHidden(store)
    # ... and back to what fits the window
    menu = again.gift_columns.menu()
    menu.findChild(type(menu.actions()[0]), "fitColumnsToWindow").trigger()
    qtbot.waitUntil(lambda: again.gift_view.isColumnHidden(store))


def test_a_width_the_person_drags_is_kept_and_remembered(qtbot, tmp_path, demo_db):
    settings = tmp_path / "s.ini"
    window = open_window(qtbot, settings, demo_db, 1024, 700)
    view = window.gift_view
    header = view.horizontalHeader()
    name = column(window, "name")
    before = header.sectionSize(name)
    edge = QPoint(header.sectionViewportPosition(name) + before - 1, header.height() // 2)
    QTest.mousePress(header.viewport(), Qt.MouseButton.LeftButton, pos=edge)
    for step in range(1, 9):
        QTest.mouseMove(header.viewport(), edge + QPoint(-5 * step, 0))
    QTest.mouseRelease(header.viewport(), Qt.MouseButton.LeftButton, pos=edge + QPoint(-40, 0))
    dragged = header.sectionSize(name)
    assert dragged < before - 20
    qtbot.wait(50)
    assert header.sectionSize(name) == dragged  # the fitting leaves it alone
    assert view.horizontalScrollBar().maximum() == 0  # the others took the room
    window.resize(900, 650)
    qtbot.wait(50)
    assert header.sectionSize(name) == dragged
    window.close()

    again = open_window(qtbot, settings, demo_db, 1024, 700)
    assert again.gift_view.horizontalHeader().sectionSize(name) == dragged


@pytest.mark.parametrize(("width", "height"), SIZES)
def test_people_and_occasions_show_every_figure_without_scrolling(
    qtbot, tmp_path, demo_db, width, height
):
    window = open_window(qtbot, tmp_path / "s.ini", demo_db, width, height)
    for tab, view in ((1, window.person_view), (2, window.occasion_view)):
        window.tabs.setCurrentIndex(tab)
        scroll = view.horizontalScrollBar()
        qtbot.waitUntil(lambda s=scroll: s.maximum() == 0 and not s.isVisible(), timeout=3000)
        viewport = view.viewport().rect()
        model = view.model()
        for column in range(model.columnCount()):
            assert not view.isColumnHidden(column)
            rect = view.visualRect(model.index(0, column))
            assert viewport.contains(rect), (view.objectName(), column, rect, viewport)
