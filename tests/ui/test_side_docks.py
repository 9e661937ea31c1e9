"""Budget and Coming up on a short window take turns as tabs (each would
otherwise show a row or two), and split the height again on a tall one —
unless the person arranged them themselves."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from giftdesk.ui.main_window import MainWindow


def open_window(qtbot, tmp_path: Path, db, width: int, height: int) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(db, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.resize(width, height)
    window.show()
    qtbot.waitExposed(window)
    window.planner.upcoming_dock.show()
    return window


def tabbed(window: MainWindow) -> bool:
    return window.planner.upcoming_dock in window.tabifiedDockWidgets(window.budget_dock)


def test_a_short_window_shows_the_budget_whole_with_coming_up_as_a_tab(qtbot, tmp_path, demo_db):  # type: ignore[no-untyped-def]
    window = open_window(qtbot, tmp_path, demo_db, 1024, 700)
    assert tabbed(window)
    qtbot.waitUntil(window.budget_dock.isVisible)
    # The budget table has room for several people, not one.
    panel = window.budget_panel
    window.occasion_filter.setCurrentIndex(1)
    panel.refresh()
    qtbot.wait(50)
    table = panel.table
    assert table.viewport().height() >= 4 * table.rowHeight(0)


def test_a_taller_window_splits_them_again_and_a_shorter_one_tabs_them(qtbot, tmp_path, demo_db):  # type: ignore[no-untyped-def]
    window = open_window(qtbot, tmp_path, demo_db, 1024, 700)
    assert tabbed(window)
    window.resize(1280, 900)
    qtbot.waitUntil(lambda: not tabbed(window))
    qtbot.waitUntil(window.planner.upcoming_dock.isVisible)
    assert window.budget_dock.isVisible()
    window.resize(1280, 640)
    qtbot.waitUntil(lambda: tabbed(window))


def test_docks_the_person_tabbed_themselves_stay_tabbed(qtbot, tmp_path, demo_db):  # type: ignore[no-untyped-def]
    window = open_window(qtbot, tmp_path, demo_db, 1280, 900)
    assert not tabbed(window)
    window.tabifyDockWidget(window.budget_dock, window.planner.upcoming_dock)
    window.resize(1280, 1000)
    qtbot.wait(50)
    assert tabbed(window)


def test_a_floating_dock_is_left_where_the_person_put_it(qtbot, tmp_path, demo_db):  # type: ignore[no-untyped-def]
    window = open_window(qtbot, tmp_path, demo_db, 1280, 900)
    window.planner.upcoming_dock.setFloating(True)
    window.resize(1024, 700)
    qtbot.wait(50)
    assert window.planner.upcoming_dock.isFloating()
    assert not tabbed(window)
