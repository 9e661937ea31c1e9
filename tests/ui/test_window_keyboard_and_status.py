"""The main window by keys and mouse: undo/redo keys, one editor per double-click,
status bar counts and messages, the occasion filter across restarts.

Run offscreen and under a real X11 server (``xvfb-run`` with
``QT_QPA_PLATFORM=xcb``): Redo is Ctrl+Y offscreen but Ctrl+Shift+Z on X11.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from giftdesk.data import gifts as gifts_data
from giftdesk.data import occasions as occasions_data
from giftdesk.data import people as people_data
from giftdesk.ui.main_window import ALL, MainWindow


@pytest.fixture
def settings_path(tmp_path: Path) -> Path:
    return tmp_path / "settings.ini"


@pytest.fixture
def open_window(qtbot, settings_path):  # type: ignore[no-untyped-def]
    def make(db) -> MainWindow:  # type: ignore[no-untyped-def]
        settings = QSettings(str(settings_path), QSettings.Format.IniFormat)
        window = MainWindow(db, settings)
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        return window

    return make


@pytest.fixture
def window(open_window, demo_db) -> MainWindow:  # type: ignore[no-untyped-def]
    return open_window(demo_db)


def focus_table(qtbot, window: MainWindow) -> QWidget:  # type: ignore[no-untyped-def]
    window.gift_view.setFocus()
    qtbot.waitUntil(window.gift_view.hasFocus)
    return QApplication.focusWidget()


def press_sequence(widget: QWidget, key: QKeySequence) -> None:
    combo = key[0]
    QTest.keyClick(widget, combo.key(), combo.keyboardModifiers())


def test_every_listed_undo_and_redo_key_works(qtbot, window, demo_db):
    undo_keys = window.action_undo.shortcuts()
    redo_keys = window.action_redo.shortcuts()
    assert QKeySequence("Ctrl+Z") in undo_keys and QKeySequence("Ctrl+Shift+Z") in redo_keys
    listed = [key.toString() for key in (*undo_keys, *redo_keys)]
    assert len(listed) == len(set(listed)), f"a key is listed twice: {listed}"
    row = next(r for r in window.gift_model.rows() if r.price_cents and r.sale_price_cents is None)
    index = window.gift_proxy.index(
        window.gift_proxy.proxy_row_for_id(row.id), window.gift_model.column_of("price")
    )
    assert window.gift_proxy.setData(index, "7")
    for undo_key in undo_keys:
        for redo_key in redo_keys:
            table = focus_table(qtbot, window)
            assert window.undo_stack.index() == 1
            press_sequence(table, undo_key)
            assert window.undo_stack.index() == 0, f"{undo_key.toString()} did not undo"
            press_sequence(QApplication.focusWidget(), redo_key)
            assert window.undo_stack.index() == 1, f"{redo_key.toString()} did not redo"
    with demo_db.reading() as s:
        assert gifts_data.get_gift(s, row.id).price_cents == 700


def test_double_clicking_a_price_opens_one_editor_and_no_dialog(qtbot, window, monkeypatch):
    dialogs: list[int] = []
    monkeypatch.setattr(window.tables.gifts, "edit_gift", lambda gift_id: dialogs.append(gift_id))
    view = window.gift_view
    proxy = window.gift_proxy
    index = proxy.index(0, window.gift_model.column_of("price"))
    centre = view.visualRect(index).center()
    # The row is selected first (a click), then double-clicked, as a person does.
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.wait(QApplication.doubleClickInterval() + 100)  # a delayed editor would be up now
    editors = [e for e in view.findChildren(QLineEdit, "moneyEditor") if e.isVisible()]
    assert len(editors) == 1
    assert dialogs == []
    assert QApplication.focusWidget() is editors[0]
    QTest.keyClick(editors[0], Qt.Key.Key_Escape)
    # A double-click on a cell that cannot be edited in place opens the dialog, alone.
    name = view.visualRect(proxy.index(0, window.gift_model.column_of("name"))).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=name)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=name)
    qtbot.wait(QApplication.doubleClickInterval() + 100)
    assert dialogs == [proxy.id_at(0)]
    assert not [w for w in view.findChildren(QWidget) if w.objectName().endswith("Editor")]


def test_status_bar_counts_follow_the_person_filter(qtbot, window, demo_db):
    with demo_db.reading() as s:
        anna = people_data.find_person_by_name(s, "Anna")
    total = window.gift_model.rowCount()
    window.filter_gifts_by_person(anna.id)
    shown = window.gift_proxy.rowCount()
    assert 0 < shown < total
    assert window.selection_label.text() == f"Showing {shown} of {total} gifts"
    window.filter_gifts_by_person(None)
    assert window.selection_label.text() == f"{total} gifts"


def test_a_moved_message_is_cleared_when_the_move_is_undone(qtbot, window, demo_db):
    from giftdesk.ui.dialogs import occasion_chooser

    window.gift_view.selectRow(0)
    window.bulk_actions.run_dialog = lambda dialog: (
        isinstance(dialog, occasion_chooser.OccasionChooserDialog)
        and (dialog.list.setCurrentRow(0) or True)
        and dialog.accept() is None
    )
    assert window.bulk_actions.run_move_to_occasion()
    assert window.statusBar().currentMessage() == window.bulk_actions.last_message != ""
    table = focus_table(qtbot, window)
    QTest.keyClick(table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.undo_stack.index() == 0
    assert window.statusBar().currentMessage() == ""


def test_the_occasion_filter_is_remembered_across_restarts(qtbot, open_window, demo_db):
    first = open_window(demo_db)
    with demo_db.reading() as s:
        christmas = occasions_data.find_occasion_by_name(s, "Christmas 2026")
    first.occasion_filter.setCurrentIndex(first.occasion_filter.findData(christmas.id))
    first.close()
    again = open_window(demo_db)
    assert again.current_occasion_filter() == christmas.id
    assert all(
        again.gift_proxy.item_at(r).occasion_id == christmas.id
        for r in range(again.gift_proxy.rowCount())
    )
    # "No occasion" too, and a filter on an occasion deleted meanwhile falls back to all.
    again.occasion_filter.setCurrentIndex(again.occasion_filter.count() - 1)
    again.close()
    assert open_window(demo_db).current_occasion_filter() is None
    last = open_window(demo_db)
    last.occasion_filter.setCurrentIndex(last.occasion_filter.findData(christmas.id))
    last.close()
    with demo_db.transaction() as s:
        occasions_data.delete_occasion(s, christmas.id)
    assert open_window(demo_db).current_occasion_filter() == ALL
