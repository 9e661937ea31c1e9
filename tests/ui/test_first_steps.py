"""What a new user meets first: keys that work, an honest undo, a toolbar that
keeps its search box, and the View and Help menus (the budget panel on
screen: test_window_state.py).

Driven as a person drives it: key presses on the focused widget, clicks,
fresh settings, real files. Also run under X11 (xvfb-run, QT_QPA_PLATFORM=xcb),
where Redo is Ctrl+Shift+Z instead of Ctrl+Y.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QToolButton, QWidget

from giftdesk.ui.actions import SPECS, shortcut_conflicts
from giftdesk.ui.keyboard_shortcuts import KeyboardShortcutsDialog, shortcut_rows
from giftdesk.ui.main_window import MainWindow


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def make_window(qtbot, db, settings, width: int = 1280, height: int = 800) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(db, settings)
    qtbot.addWidget(window)
    window.resize(width, height)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    return window


@pytest.fixture
def window(qtbot, demo_db, settings):  # type: ignore[no-untyped-def]
    return make_window(qtbot, demo_db, settings)


def select_all_gifts(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.gift_view.setFocus()
    qtbot.waitUntil(window.gift_view.hasFocus)
    QTest.keyClick(window.gift_view, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert window.selected_gift_ids()


def press(qtbot, sequence: QKeySequence) -> None:  # type: ignore[no-untyped-def]
    """Press ``sequence`` on whatever has the keyboard focus, as a person would."""
    focused = QApplication.focusWidget()
    assert focused is not None
    combination = sequence[0]
    QTest.keyClick(focused, combination.key(), combination.keyboardModifiers())


# -- 1. one unambiguous key per action ----------------------------------------------


def test_no_key_belongs_to_two_actions_with_gifts_selected(window, qtbot):
    select_all_gifts(window, qtbot)
    live = [a for a in window.findChildren(QAction) if a.isEnabled() and a.shortcuts()]
    assert window.bulk_actions.assign_purchaser in live
    assert shortcut_conflicts(live) == {}
    # Disabled ones may come alive with another selection or tab: they count too.
    assert shortcut_conflicts(window.findChildren(QAction)) == {}


def test_shortcut_conflicts_finds_a_key_given_twice(qapp):
    one, two = QAction("One"), QAction("Two")
    one.setObjectName("one")
    two.setObjectName("two")
    one.setShortcut(QKeySequence("Ctrl+Shift+P"))
    two.setShortcuts([QKeySequence("Ctrl+Shift+P"), QKeySequence("Ctrl+9")])
    assert shortcut_conflicts([one, two]) == {"Ctrl+Shift+P": ["one", "two"]}


def test_ctrl_shift_p_opens_the_purchaser_picker(window, qtbot):
    opened: list[str] = []

    def run_dialog(dialog) -> bool:  # type: ignore[no-untyped-def]
        opened.append(dialog.objectName())
        return False

    window.bulk_actions.run_dialog = run_dialog
    select_all_gifts(window, qtbot)
    QTest.keyClick(
        window.gift_view,
        Qt.Key.Key_P,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert opened == ["PurchaserPickerDialog"]


def test_ctrl_shift_n_adds_a_person(window, qtbot, monkeypatch):
    from giftdesk.ui.dialogs import person

    opened: list[bool] = []
    monkeypatch.setattr(person.PersonDialog, "exec", lambda self: opened.append(True) or 0)
    window.gift_view.setFocus()
    qtbot.waitUntil(window.gift_view.hasFocus)
    QTest.keyClick(
        window.gift_view,
        Qt.Key.Key_N,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert opened == [True]


def test_every_registered_key_reaches_its_action(window, qtbot, monkeypatch):
    """Each key of the registry, pressed in the gift table, triggers exactly its action."""
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    select_all_gifts(window, qtbot)
    for name in SPECS:
        action = window.findChild(QAction, name)
        if action is None or not action.shortcuts() or name == "actionQuit":
            continue
        fired: list[bool] = []
        action.triggered.disconnect()  # what it does is tested elsewhere; here: which one
        action.triggered.connect(lambda _c=False, f=fired: f.append(True))
        action.setEnabled(True)
        for sequence in action.shortcuts():
            fired.clear()
            window.gift_view.setFocus()
            press(qtbot, sequence)
            assert fired == [True], f"{sequence.toString()} did not reach {name}"


def test_redo_keys_are_registered_once(window):
    keys = [k.toString() for k in window.action_redo.shortcuts()]
    assert len(keys) == len(set(keys))
    assert "Ctrl+Shift+Z" in keys


# -- 2. the View menu -----------------------------------------------------------------


def test_view_menu_holds_the_budget_panel_tabs_and_toolbar(window, qtbot):
    names = [a.objectName() for a in window.view_menu.actions() if not a.isSeparator()]
    assert names == [
        "actionShowBudget",
        "actionShowUpcoming",
        "actionShowGifts",
        "actionShowPeople",
        "actionShowOccasions",
        "actionShowToolbar",
    ]
    assert window.action_show_budget not in window.file_menu.actions()
    window.gift_view.setFocus()
    qtbot.waitUntil(window.gift_view.hasFocus)
    QTest.keyClick(window.gift_view, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.current_view() is window.person_view
    assert window.tab_actions[1].isChecked()
    window.tab_actions[2].trigger()  # a click in the menu
    assert window.current_view() is window.occasion_view
    window.action_show_toolbar.trigger()
    assert not window.toolbar.isVisible()


# -- 3. undo and redo follow the undo history ------------------------------------------


def test_undo_and_redo_are_disabled_after_a_file_opens(qapp, demo_db, settings, run_app_with):
    path = demo_db.path
    demo_db.close()

    def check(window: MainWindow) -> None:
        assert not window.action_undo.isEnabled()
        assert not window.action_redo.isEnabled()
        button = window.toolbar.widgetForAction(window.action_undo)
        assert isinstance(button, QToolButton) and not button.isEnabled()
        before = window.gift_model.rowCount()
        window.gift_view.setFocus()
        QTest.keyClick(window.gift_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        assert window.gift_model.rowCount() == before
        assert window.undo_stack.count() == 0

    run_app_with(settings, path, check)


# -- 4. the toolbar keeps its search box ------------------------------------------------


def visible_toolbar_widgets(window: MainWindow) -> set[str]:
    return {
        w.objectName()
        for w in window.toolbar.findChildren(QWidget)
        if w.objectName() and w.isVisible() and w.parent() is window.toolbar
    }


def test_search_and_occasion_filter_stay_visible_at_1024_after_a_bulk_assignment(
    qtbot, demo_db, settings
):
    window = make_window(qtbot, demo_db, settings, 1024, 700)
    actions = window.bulk_actions

    def choose_first_person(dialog) -> bool:  # type: ignore[no-untyped-def]
        dialog.show()
        QTest.keyClicks(dialog.filter_edit, "Thomas")
        QTest.keyClick(dialog.filter_edit, Qt.Key.Key_Return)
        return dialog.result() == 1

    actions.run_dialog = choose_first_person
    select_all_gifts(window, qtbot)
    QTest.keyClick(
        window.gift_view,
        Qt.Key.Key_P,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert window.undo_stack.count() == 1
    long_text = window.action_undo.text()
    assert long_text.startswith("&Undo Assign") or long_text.startswith("Undo Assign")
    button = window.toolbar.widgetForAction(window.action_undo)
    assert isinstance(button, QToolButton)
    assert button.text() == "Undo"
    assert "Assign" in button.toolTip()
    QApplication.processEvents()
    assert {"searchBox", "occasionFilter"} <= visible_toolbar_widgets(window)
    window.grab().save(str(Path(settings.fileName()).with_name("after-bulk-1024.png")))


# -- 9. Help → Keyboard shortcuts ---------------------------------------------------------


def test_keyboard_shortcuts_lists_every_action_with_a_key(window, qtbot):
    assert window.action_keyboard_shortcuts in window.help_menu.actions()
    rows = shortcut_rows(window)
    keys = {keys for _menu, _command, keys in rows}
    for action in window.findChildren(QAction):
        if action.shortcuts():
            text = ", ".join(
                s.toString(QKeySequence.SequenceFormat.NativeText) for s in action.shortcuts()
            )
            assert text in keys, action.objectName()
    commands = {(menu, command) for menu, command, _keys in rows}
    assert ("Gifts", "Assign purchaser") in commands
    assert ("Edit", "Undo") in commands
    assert ("View", "Budget panel") in commands


def test_keyboard_shortcuts_dialog_follows_a_changed_key(window, qtbot, qtmodeltester, tmp_path):
    window.action_edit.setShortcut(QKeySequence("Ctrl+F9"))
    dialog = KeyboardShortcutsDialog(window)
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.table.model(), force_py=True)
    texts = [dialog.table.item(row, 2).text() for row in range(dialog.table.rowCount())]
    assert QKeySequence("Ctrl+F9").toString(QKeySequence.SequenceFormat.NativeText) in texts
    assert "Ctrl+E" not in texts
    dialog.show()
    dialog.grab().save(str(tmp_path / "keyboard-shortcuts.png"))


def test_help_menu_opens_the_keyboard_shortcuts(window, qtbot, monkeypatch):
    shown: list[int] = []
    monkeypatch.setattr(
        KeyboardShortcutsDialog, "exec", lambda self: shown.append(self.table.rowCount()) or 0
    )
    window.action_keyboard_shortcuts.trigger()
    assert shown and shown[0] >= 15


# -- 6. buying one's own gift is allowed, and said ---------------------------------------


def test_a_purchaser_who_receives_some_of_the_gifts_is_told_in_line_and_status_bar(
    window, demo_db, qtbot
):
    from giftdesk.data import table_rows

    with demo_db.reading() as s:
        rows = table_rows.list_gift_rows(s)
        thomas = next(p.id for p in table_rows.list_person_rows(s) if p.name == "Thomas")
    for_thomas = [r.id for r in rows if thomas in r.recipient_ids][:1]
    others = [r.id for r in rows if thomas not in r.recipient_ids][:4]
    window.select_gifts(for_thomas + others)
    assert len(window.selected_gift_ids()) == 5
    lines: list[str] = []

    def choose_thomas(dialog) -> bool:  # type: ignore[no-untyped-def]
        dialog.show()
        dialog.load_pending_figures()
        QTest.keyClicks(dialog.filter_edit, "Thomas")
        lines.append(dialog.list_view.currentIndex().data())
        QTest.keyClick(dialog.filter_edit, Qt.Key.Key_Return)
        return dialog.result() == 1

    window.bulk_actions.run_dialog = choose_thomas
    window.gift_view.setFocus()
    qtbot.waitUntil(window.gift_view.hasFocus)
    QTest.keyClick(
        window.gift_view,
        Qt.Key.Key_P,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert lines and lines[0].startswith("Thomas (Dad) — ")
    assert lines[0].endswith(" · gets 1 of these 5 gifts themselves")
    message = window.statusBar().currentMessage()
    assert message.endswith(". Thomas gets 1 of these 5 gifts themselves."), message
    with demo_db.reading() as s:
        bought = {r.id for r in table_rows.list_gift_rows(s) if r.purchaser_id == thomas}
    assert set(for_thomas + others) <= bought  # still allowed


def test_nothing_is_said_when_the_purchaser_receives_none_of_them(window, demo_db, qtbot):
    from giftdesk.data import table_rows

    with demo_db.reading() as s:
        rows = table_rows.list_gift_rows(s)
        thomas = next(p.id for p in table_rows.list_person_rows(s) if p.name == "Thomas")
    window.select_gifts([r.id for r in rows if thomas not in r.recipient_ids][:3])

    def choose_thomas(dialog) -> bool:  # type: ignore[no-untyped-def]
        dialog.show()
        QTest.keyClicks(dialog.filter_edit, "Thomas")
        assert "themselves" not in dialog.list_view.currentIndex().data()
        QTest.keyClick(dialog.filter_edit, Qt.Key.Key_Return)
        return dialog.result() == 1

    window.bulk_actions.run_dialog = choose_thomas
    assert window.bulk_actions.run_assign_purchaser()
    assert "themselves" not in window.statusBar().currentMessage()


# -- responsiveness: a bulk change folds no search text until a search needs it ----------


def test_search_finds_gifts_by_a_purchaser_set_in_bulk_without_folding_on_the_way(
    window, qtbot, monkeypatch
):
    window.gift_model.haystacks()  # the search texts exist, as after the first search
    folded: list[int] = []
    real = type(window.gift_model).search_text
    monkeypatch.setattr(
        type(window.gift_model),
        "search_text",
        lambda self, item: folded.append(item.id) or real(self, item),
    )

    def choose_grandma(dialog) -> bool:  # type: ignore[no-untyped-def]
        dialog.show()
        QTest.keyClicks(dialog.filter_edit, "Grandma Rosa")
        QTest.keyClick(dialog.filter_edit, Qt.Key.Key_Return)
        return dialog.result() == 1

    window.bulk_actions.run_dialog = choose_grandma
    select_all_gifts(window, qtbot)
    QTest.keyClick(
        window.gift_view,
        Qt.Key.Key_P,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert folded == []
    window.search_box.setFocus()
    QTest.keyClicks(window.search_box, "grandma rosa")
    assert window.gift_proxy.rowCount() == window.gift_model.rowCount()
    assert folded  # made when the search needed them


def test_after_a_bulk_assignment_coming_up_is_read_in_the_background(qtbot, db, settings):
    import datetime as dt

    from giftdesk.data.backup import import_backup

    soon = (dt.date.today() + dt.timedelta(days=10)).isoformat()
    with db.transaction() as session:
        import_backup(
            session,
            {
                "format": "giftdesk",
                "version": 1,
                "persons": [{"id": 1, "name": "Anna"}, {"id": 2, "name": "Ben"}],
                "occasions": [{"id": 1, "name": "Party", "type": "other", "date": soon}],
                "gifts": [
                    {
                        "id": g,
                        "name": f"Gift {g}",
                        "occasion": 1,
                        "status": "selected",
                        "price": "1.00",
                        "recipients": [1],
                    }
                    for g in range(600)
                ],  # fmt: skip
                "budgets": [],
            },
        )
    window = make_window(qtbot, db, settings)
    panel = window.planner.upcoming_panel
    assert panel.found.occasions[0].without_buyer == 600

    def choose_ben(dialog) -> bool:  # type: ignore[no-untyped-def]
        dialog.show()
        QTest.keyClicks(dialog.filter_edit, "Ben")
        QTest.keyClick(dialog.filter_edit, Qt.Key.Key_Return)
        return dialog.result() == 1

    window.bulk_actions.run_dialog = choose_ben
    select_all_gifts(window, qtbot)
    QTest.keyClick(
        window.gift_view,
        Qt.Key.Key_P,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert window.undo_stack.count() == 1
    qtbot.waitUntil(lambda: panel.found.occasions[0].without_buyer == 0)
    window.action_undo.trigger()
    qtbot.waitUntil(lambda: panel.found.occasions[0].without_buyer == 600)


def test_an_answered_picker_is_let_go(window, qtbot):
    from PySide6.QtCore import QEvent

    from giftdesk.ui.purchaser_picker import PurchaserPickerDialog

    window.bulk_actions.run_dialog = lambda dialog: False  # cancelled
    select_all_gifts(window, qtbot)
    for _ in range(3):
        QTest.keyClick(
            window.gift_view,
            Qt.Key.Key_P,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert window.findChildren(PurchaserPickerDialog) == []
