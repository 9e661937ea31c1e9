"""The window's state (giftdesk.ui.window_state): the budget panel on screen
unless the person hid it, the state saved as soon as it changes, and Budget
and Coming up on a short window taking turns as tabs (each would otherwise
show a row or two), split again on a tall one — unless the person arranged
them themselves."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QMainWindow,
    QTabBar,
    QToolBar,
    QWidget,
)

from giftdesk.ui.main_window import MainWindow
from giftdesk.ui.window_state import BUDGET_HIDDEN, STATE, WindowState


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


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


def test_showing_the_budget_again_puts_it_in_front_of_coming_up(qtbot, tmp_path, demo_db):  # type: ignore[no-untyped-def]
    window = open_window(qtbot, tmp_path, demo_db, 1024, 700)
    assert tabbed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # window shortcuts reach the active window
    window.gift_view.setFocus()
    ctrl_b = (Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(window.gift_view, *ctrl_b)  # hidden…
    qtbot.waitUntil(lambda: not window.budget_dock.isVisible())
    window.planner.upcoming_dock.raise_()
    QTest.keyClick(window.gift_view, *ctrl_b)  # …and asked for again: in front
    qtbot.waitUntil(lambda: dock_in_front(window) == window.budget_dock.windowTitle())


def dock_in_front(window: MainWindow) -> str:
    """The title on the current tab of the dock tabs (Budget | Coming up)."""
    title = window.budget_dock.windowTitle()
    for bar in window.findChildren(QTabBar):
        texts = [bar.tabText(i) for i in range(bar.count())]
        if title in texts and bar.isVisible():
            return bar.tabText(bar.currentIndex())
    return ""


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


# -- the budget panel and the saved state ----------------------------------------------


def test_budget_panel_shows_on_a_first_start_with_data(qapp, demo_db, settings, run_app_with):
    path = demo_db.path
    demo_db.close()
    run_app_with(settings, path, lambda window: assert_budget_shown(window, shown=True))


def assert_budget_shown(window: MainWindow, *, shown: bool) -> None:
    QApplication.processEvents()
    assert window.budget_dock.isVisible() is shown
    assert window.action_show_budget.isChecked() is shown


def test_budget_panel_shows_after_loading_the_example_family(qapp, db_path, settings, run_app_with):
    def check(window: MainWindow) -> None:
        assert window.pages.currentWidget() is window.empty_state
        assert not window.budget_dock.isVisible()  # the welcome page stands alone
        QTest.mouseClick(window.empty_state.load_example_button, Qt.MouseButton.LeftButton)
        assert window.gift_model.rowCount() > 0
        assert_budget_shown(window, shown=True)

    run_app_with(settings, db_path, check)


def test_a_budget_panel_the_person_hid_stays_hidden(qapp, demo_db, settings, run_app_with):
    path = demo_db.path
    demo_db.close()

    def hide_it(window: MainWindow) -> None:
        assert_budget_shown(window, shown=True)
        window.gift_view.setFocus()
        QTest.keyClick(window.gift_view, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
        assert_budget_shown(window, shown=False)

    run_app_with(settings, path, hide_it)
    run_app_with(settings, path, lambda window: assert_budget_shown(window, shown=False))


def test_window_state_is_saved_when_it_changes_not_only_on_close(qtbot, demo_db, settings):
    window = MainWindow(demo_db, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    settings.remove("mainWindow/state")
    window.action_show_budget.trigger()  # hide the panel
    qtbot.waitUntil(lambda: settings.value("mainWindow/state") is not None, timeout=3000)
    # Another window on the same settings (a crash lost the first) starts without it.
    other = MainWindow(window.db, settings)
    qtbot.addWidget(other)
    other.show()
    qtbot.waitExposed(other)
    assert not other.budget_dock.isVisible()


def test_the_state_alone_arranges_two_docks_and_keeps_a_hidden_budget_hidden(qtbot, settings):  # type: ignore[no-untyped-def]
    # Built with what it is handed, on a plain window: no giftdesk window, no file.
    window = QMainWindow()
    window.setCentralWidget(QWidget())
    qtbot.addWidget(window)
    toolbar = QToolBar("Tools")
    toolbar.setObjectName("tools")
    window.addToolBar(toolbar)
    budget, upcoming = QDockWidget("Budget"), QDockWidget("Coming up")
    budget.setObjectName("budget")
    upcoming.setObjectName("upcoming")
    state = WindowState(window, settings)
    state.restore()
    state.place_budget(budget)
    state.place_upcoming(budget, upcoming)
    show_budget = budget.toggleViewAction()
    state.take_docks(budget, upcoming, toolbar, show_budget, tables_in_front=lambda: True)
    window.resize(1024, 700)
    window.show()
    qtbot.waitExposed(window)
    upcoming.show()

    state.arrange_side_docks()
    assert upcoming in window.tabifiedDockWidgets(budget)
    window.resize(1280, 900)
    state.arrange_side_docks()
    assert upcoming not in window.tabifiedDockWidgets(budget)
    assert upcoming.isVisible()

    show_budget.trigger()  # the person hides the budget
    assert settings.value(BUDGET_HIDDEN, type=bool)
    state.show_budget_if_wanted()
    assert not budget.isVisible()
    qtbot.waitUntil(lambda: settings.value(STATE) is not None, timeout=3000)  # saved at once
