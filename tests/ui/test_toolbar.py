"""The main toolbar (giftdesk.ui.toolbar). On a narrow window it keeps the
search box and the occasion filter in reach: Undo and Redo step off the
toolbar (the Edit menu and the keys keep them), the two boxes get narrower,
and all comes back on a wide window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QLineEdit, QMainWindow

from giftdesk.ui.main_window import MainWindow
from giftdesk.ui.tabs.table_tab import TAB_PEOPLE
from giftdesk.ui.toolbar import MainToolbar


def open_window(qtbot, tmp_path: Path, db, width: int, height: int) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(db, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.resize(width, height)
    window.show()
    qtbot.waitExposed(window)
    return window


def in_reach(window: MainWindow) -> bool:
    """The search box and the filter are on the toolbar itself, whole."""
    toolbar = window.toolbar
    for widget in (window.search_box, window.occasion_filter):
        if not widget.isVisible() or widget.geometry().right() > toolbar.contentsRect().right():
            return False
    return True


def test_at_800_pixels_the_search_box_is_on_the_toolbar(qtbot, tmp_path, demo_db):  # type: ignore[no-untyped-def]
    window = open_window(qtbot, tmp_path, demo_db, 800, 600)
    qtbot.waitUntil(lambda: in_reach(window))
    assert window.action_undo not in window.toolbar.actions()
    assert window.action_undo in window.edit_menu.actions()  # still in the menu
    placeholder = window.search_box.placeholderText()
    metrics = window.search_box.fontMetrics()
    assert metrics.horizontalAdvance(placeholder) < window.search_box.width()  # read whole
    assert "stores" in window.search_box.toolTip()  # the long words on hover


def test_a_wide_window_puts_undo_back_where_it_was(qtbot, tmp_path, demo_db):  # type: ignore[no-untyped-def]
    window = open_window(qtbot, tmp_path, demo_db, 800, 600)
    qtbot.waitUntil(lambda: window.action_undo not in window.toolbar.actions())
    window.resize(1280, 800)
    qtbot.waitUntil(lambda: window.action_undo in window.toolbar.actions())
    actions = window.toolbar.actions()
    at = actions.index(window.action_undo)
    assert actions[at - 2] is window.action_new_occasion and actions[at - 1].isSeparator()
    assert actions[at + 1] is window.action_redo
    assert in_reach(window)
    assert "stores" in window.search_box.placeholderText()
    assert window.search_box.toolTip() == ""


def test_the_toolbar_alone_fits_a_narrow_window_and_a_wide_one(qtbot):  # type: ignore[no-untyped-def]
    # Built with what it is handed, on a plain window: no giftdesk window, no file.
    window = QMainWindow()
    qtbot.addWidget(window)
    buttons = [QAction(f"New thing {n}", window) for n in range(3)]
    undo, redo, later = QAction("Undo", window), QAction("Redo", window), QAction("Bulk", window)
    toolbar = MainToolbar(buttons, [undo, redo], QComboBox(), QLineEdit())
    toolbar.bar.insertAction(toolbar.bar.actions()[6], later)  # a part's button after Redo
    window.addToolBar(toolbar.bar)
    toolbar.show_search_placeholder(TAB_PEOPLE)
    full = toolbar.bar.sizeHint().width()

    toolbar.fit(full - 1)
    assert toolbar.compact
    assert undo not in toolbar.bar.actions() and redo not in toolbar.bar.actions()
    assert toolbar.search_box.minimumWidth() < 220
    assert toolbar.search_box.placeholderText() == "Search…  (Ctrl+F)"
    assert toolbar.search_box.toolTip() == "Search people…  (Ctrl+F)"

    toolbar.fit(full)
    assert not toolbar.compact
    shown = toolbar.bar.actions()
    assert shown[3].isSeparator() and shown[4:7] == [undo, redo, later]
    assert toolbar.search_box.minimumWidth() == 220
    assert toolbar.search_box.placeholderText() == "Search people…  (Ctrl+F)"
    assert toolbar.search_box.toolTip() == ""
