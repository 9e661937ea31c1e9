"""The main window over real files: opening, editing in place, deleting, undo, filters."""

from __future__ import annotations

from functools import partial
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, QSettings, Qt, QTimer
from PySide6.QtWidgets import QComboBox, QLineEdit, QMessageBox, QTableView

from giftdesk.data import gifts as gifts_data
from giftdesk.data import people as people_data
from giftdesk.data import table_rows
from giftdesk.data.database import open_database
from giftdesk.data.operations import gifts as gift_ops
from giftdesk.data.operations import people as person_ops
from giftdesk.data.person_deletion import deletion_sentence, person_deletion_impact
from giftdesk.ui import app as app_module
from giftdesk.ui.main_window import ALL, MainWindow
from giftdesk.ui.money import format_money


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def make_window(qtbot, settings):  # type: ignore[no-untyped-def]
    def make(db):  # type: ignore[no-untyped-def]
        window = MainWindow(db, settings)
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        qtbot.waitExposed(window)
        return window

    return make


@pytest.fixture
def window(make_window, demo_db):  # type: ignore[no-untyped-def]
    return make_window(demo_db)


@pytest.fixture
def questions(monkeypatch):  # type: ignore[no-untyped-def]
    """Record QMessageBox.question texts and answer Yes."""
    asked: list[str] = []

    def question(parent, title, text, *args, **kwargs):  # type: ignore[no-untyped-def]
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


@pytest.fixture
def warnings(monkeypatch):  # type: ignore[no-untyped-def]
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda parent, title, text, *a, **k: shown.append(text)
    )
    monkeypatch.setattr(
        QMessageBox, "critical", lambda parent, title, text, *a, **k: shown.append(text)
    )
    return shown


def gift_ids_shown(window: MainWindow) -> list[int]:
    proxy = window.gift_proxy
    return [proxy.id_at(r) for r in range(proxy.rowCount())]


def select_rows(view: QTableView, rows: list[int]) -> None:
    model = view.selectionModel()
    model.clearSelection()
    for row in rows:
        model.select(
            view.model().index(row, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )


def test_window_has_the_contract_object_names(window):
    assert window.objectName() == "MainWindow"
    for name, kind in [
        ("giftTable", QTableView),
        ("personTable", QTableView),
        ("occasionTable", QTableView),
        ("occasionFilter", QComboBox),
        ("searchBox", QLineEdit),
    ]:
        assert isinstance(window.findChild(kind, name), kind), name
    from PySide6.QtGui import QAction

    for name in ("actionDelete", "actionUndo", "actionRedo"):
        assert window.findChild(QAction, name) is not None, name
    assert window.occasion_filter.itemText(0) == "All occasions"
    assert window.occasion_filter.itemText(window.occasion_filter.count() - 1) == "No occasion"


def test_window_opens_on_an_empty_file_with_the_welcome_page(make_window, db):
    window = make_window(db)
    assert window.pages.currentWidget() is window.empty_state
    assert not window.search_box.isEnabled()


def test_window_opens_on_the_demo_family(window, demo_db):
    with demo_db.reading() as s:
        gifts = len(table_rows.list_gift_rows(s))
    assert window.pages.currentWidget() is window.tabs
    assert window.gift_model.rowCount() == gifts
    assert window.person_model.rowCount() == 12
    assert window.selection_label.text() == f"{gifts} gifts"


def test_price_edits_in_place_and_undoes(window, demo_db):
    row = next(r for r in window.gift_model.rows() if r.sale_price_cents is None and r.price_cents)
    proxy_row = window.gift_proxy.proxy_row_for_id(row.id)
    index = window.gift_proxy.index(proxy_row, window.gift_model.column_of("price"))
    assert window.gift_proxy.setData(index, "12.50", Qt.ItemDataRole.EditRole)
    with demo_db.reading() as s:
        assert gifts_data.get_gift(s, row.id).price_cents == 1250
    assert index.data() == format_money(1250)
    window.action_undo.trigger()
    with demo_db.reading() as s:
        assert gifts_data.get_gift(s, row.id).price_cents == row.price_cents
    assert window.gift_model.item_for_id(row.id).price_cents == row.price_cents
    window.action_redo.trigger()
    assert window.gift_model.item_for_id(row.id).price_cents == 1250


def test_status_and_quantity_edit_in_place(window, demo_db):
    row = window.gift_model.rows()[0]
    proxy_row = window.gift_proxy.proxy_row_for_id(row.id)
    status = window.gift_proxy.index(proxy_row, window.gift_model.column_of("status"))
    quantity = window.gift_proxy.index(proxy_row, window.gift_model.column_of("quantity"))
    assert window.gift_proxy.setData(status, "received")
    assert window.gift_proxy.setData(quantity, 4)
    with demo_db.reading() as s:
        gift = gifts_data.get_gift(s, row.id)
    assert (gift.status, gift.quantity) == ("received", 4)
    assert window.undo_stack.count() == 2


def test_bad_price_in_place_is_refused_with_its_sentence(window, demo_db, warnings, qtbot):
    row = window.gift_model.rows()[0]
    proxy_row = window.gift_proxy.proxy_row_for_id(row.id)
    index = window.gift_proxy.index(proxy_row, window.gift_model.column_of("price"))
    assert not window.gift_proxy.setData(index, "-4")
    qtbot.waitUntil(lambda: bool(warnings))
    assert warnings == ["Price cannot be negative."]
    with demo_db.reading() as s:
        assert gifts_data.get_gift(s, row.id).price_cents == row.price_cents
    assert window.undo_stack.count() == 0


def test_delete_person_says_what_it_touches_and_undoes(window, demo_db, questions):
    with demo_db.reading() as s:
        anna = people_data.find_person_by_name(s, "Anna")
        impact = person_deletion_impact(s, anna.id)
    window.tabs.setCurrentIndex(1)
    window.select_gifts([])  # no gift selection involved
    window._select_ids(window.person_view, [anna.id])
    window.action_delete.trigger()
    assert len(questions) == 1
    assert questions[0] == deletion_sentence(impact)
    assert f"Anna receives {impact.receives} gifts" in questions[0]
    assert window.person_model.item_for_id(anna.id) is None
    assert all(anna.id not in r.recipient_ids for r in window.gift_model.rows())
    window.action_undo.trigger()
    assert window.person_model.item_for_id(anna.id) is not None
    assert any(anna.id in r.recipient_ids for r in window.gift_model.rows())


def test_delete_occasion_names_its_gifts(window, demo_db, questions):
    occasion = window.occasion_model.rows()[0]
    window.tabs.setCurrentIndex(2)
    window._select_ids(window.occasion_view, [occasion.id])
    window.action_delete.trigger()
    assert questions == [
        f"Deleting {occasion.name} leaves its {occasion.gifts} gifts with no occasion and "
        + questions[0].split(" and ", 1)[1]
    ]
    assert "with no occasion" in questions[0]
    assert all(r.occasion_id != occasion.id for r in window.gift_model.rows())
    window.action_undo.trigger()
    assert (
        sum(1 for r in window.gift_model.rows() if r.occasion_id == occasion.id) == occasion.gifts
    )


def test_delete_many_gifts_is_confirmed_with_the_count_and_one_undo(window, questions):
    before = len(window.gift_model.rows())
    select_rows(window.gift_view, [0, 2, 5])
    chosen = window.selected_gift_ids()
    assert len(chosen) == 3
    window.action_delete.trigger()
    assert questions == ["Delete the 3 selected gifts? You can undo this."]
    assert window.gift_model.rowCount() == before - 3
    window.action_undo.trigger()
    assert window.gift_model.rowCount() == before
    assert all(window.gift_model.item_for_id(i) for i in chosen)


def test_cancelled_delete_changes_nothing(window, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Cancel)
    before = window.gift_model.rowCount()
    select_rows(window.gift_view, [0])
    window.action_delete.trigger()
    assert window.gift_model.rowCount() == before
    assert window.undo_stack.count() == 0


def test_status_bar_totals_the_selected_gifts(window):
    select_rows(window.gift_view, [0, 1, 2])
    ids = window.selected_gift_ids()
    total = sum(window.gift_model.item_for_id(i).cost_cents for i in ids)
    assert window.selection_label.text() == f"3 gifts selected · {format_money(total)}"


def test_occasion_filter_and_search_narrow_the_gifts(window):
    occasion = window.occasion_model.rows()[0]
    window.occasion_filter.setCurrentIndex(window.occasion_filter.findData(occasion.id))
    assert window.current_occasion_filter() == occasion.id
    shown = gift_ids_shown(window)
    assert len(shown) == occasion.gifts
    window.search_box.setText("zzz-nothing")
    assert window.gift_proxy.rowCount() == 0
    assert "No gifts match “zzz-nothing”" in window.tables.gifts.hint.text()
    window.search_box.setText("")
    window.occasion_filter.setCurrentIndex(window.occasion_filter.count() - 1)
    assert window.current_occasion_filter() is None
    assert all(window.gift_model.item_for_id(i).occasion_id is None for i in gift_ids_shown(window))
    window.occasion_filter.setCurrentIndex(0)
    assert window.current_occasion_filter() == ALL
    assert window.gift_proxy.rowCount() == window.gift_model.rowCount()


def test_search_applies_to_the_visible_table_only(window):
    window.tabs.setCurrentIndex(1)
    window.search_box.setText("grand")
    assert window.person_proxy.rowCount() == 2
    assert window.gift_proxy.rowCount() == window.gift_model.rowCount()
    assert window.selection_label.text() == "Showing 2 of 12 people"


def test_an_edit_keeps_selection_and_scroll_position(window, demo_db):
    window.gift_view.resize(800, 200)
    window.gift_view.verticalScrollBar().setValue(5)
    select_rows(window.gift_view, [7])
    selected = window.selected_gift_ids()
    scroll = window.gift_view.verticalScrollBar().value()
    resets: list[bool] = []
    window.gift_proxy.modelReset.connect(lambda: resets.append(True))
    other = window.gift_proxy.id_at(8)
    with demo_db.reading() as s:
        record = gifts_data.get_gift(s, other)
    window.runner.run(
        f"Change quantity of {record.name}",
        partial(gift_ops.set_gift_fields, gift_id=other, changes={"quantity": 9}),
    )
    assert resets == []
    assert window.selected_gift_ids() == selected
    assert window.gift_view.verticalScrollBar().value() == scroll
    assert window.gift_model.item_for_id(other).quantity == 9


def test_renaming_a_person_updates_the_gift_rows_that_name_them(window, demo_db):
    with demo_db.reading() as s:
        anna = people_data.find_person_by_name(s, "Anna")
    import dataclasses

    window.runner.run(
        "Rename", partial(person_ops.edit_person, record=dataclasses.replace(anna, name="Annie"))
    )
    names = [r.recipient_names for r in window.gift_model.rows() if anna.id in r.recipient_ids]
    assert names and all("Annie" in n and "Anna" not in n for n in names)


def test_new_gift_for_several_people_can_become_separate_gifts(window, monkeypatch, demo_db):
    from giftdesk.ui.dialogs import gift as gift_dialog

    def fill_and_accept(dialog):  # type: ignore[no-untyped-def]
        dialog.name_edit.setText("Chocolate")
        people = dialog.recipients_list.list
        dialog.recipients_list.set_checked(
            [people.item(r).data(Qt.ItemDataRole.UserRole) for r in (0, 1)]
        )
        dialog.price_edit.setText("4.99")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(gift_dialog.GiftDialog, "exec", fill_and_accept)
    monkeypatch.setattr(gift_dialog, "ask_shared_or_separate", lambda parent, count: "separate")
    before = window.gift_model.rowCount()
    window.action_new_gift.trigger()
    assert window.gift_model.rowCount() == before + 2
    new = [window.gift_model.item_for_id(i) for i in window.selected_gift_ids()]
    assert [len(r.recipient_ids) for r in new] == [1, 1]
    assert {r.name for r in new} == {"Chocolate"}
    window.action_undo.trigger()
    assert window.gift_model.rowCount() == before


def test_new_gift_for_several_people_can_stay_one_shared_gift(window, monkeypatch):
    from giftdesk.ui.dialogs import gift as gift_dialog

    def fill_and_accept(dialog):  # type: ignore[no-untyped-def]
        dialog.name_edit.setText("Board game")
        ids = [dialog.recipients_list.list.item(r).data(Qt.ItemDataRole.UserRole) for r in range(3)]
        dialog.recipients_list.set_checked(ids)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(gift_dialog.GiftDialog, "exec", fill_and_accept)
    monkeypatch.setattr(gift_dialog, "ask_shared_or_separate", lambda parent, count: "shared")
    before = window.gift_model.rowCount()
    window.action_new_gift.trigger()
    assert window.gift_model.rowCount() == before + 1
    (new_id,) = window.selected_gift_ids()
    assert len(window.gift_model.item_for_id(new_id).recipient_ids) == 3


def test_enter_and_double_click_open_the_editor(window, monkeypatch, qtbot):
    opened: list[int] = []
    monkeypatch.setattr(window.tables.gifts, "edit_gift", opened.append)
    select_rows(window.gift_view, [3])
    window.gift_view.setCurrentIndex(window.gift_proxy.index(3, 0))
    window.gift_view.setFocus()
    qtbot.keyClick(window.gift_view, Qt.Key.Key_Return)
    assert opened == [window.gift_proxy.id_at(3)]


def test_find_focuses_the_search_box(window, qtbot):
    window.activateWindow()
    window.action_find.trigger()
    qtbot.waitUntil(lambda: window.search_box.hasFocus())


def test_column_widths_and_tab_are_remembered(make_window, demo_db, settings):
    first = make_window(demo_db)
    first.gift_view.setColumnWidth(0, 333)
    first.tabs.setCurrentIndex(2)
    first.close()
    second = make_window(demo_db)
    assert second.gift_view.columnWidth(0) == 333
    assert second.tabs.currentIndex() == 2
    assert str(demo_db.path.resolve()) in second.recent_files()


def test_open_another_file_switches_everything(window, tmp_path, db_path, warnings):
    other = tmp_path / "other.sqlite3"
    new_db = open_database(other)
    new_db.close()
    assert window.open_database_file(other)
    assert window.db.path == other
    assert window.gift_model.rowCount() == 0
    assert window.pages.currentWidget() is window.empty_state
    assert window.undo_stack.count() == 0


def test_opening_a_bad_file_explains_and_leaves_it_untouched(window, tmp_path, warnings):
    bad = tmp_path / "notes.sqlite3"
    bad.write_bytes(b"these are my notes, not a database\n")
    before = bad.read_bytes()
    assert not window.open_database_file(bad)
    assert warnings == ["notes.sqlite3 is not a giftdesk database."]
    assert bad.read_bytes() == before
    assert window.gift_model.rowCount() > 0


def test_run_app_with_a_bad_file_shows_the_sentence_and_fails(qapp, tmp_path, monkeypatch):
    bad = tmp_path / "photo.sqlite3"
    bad.write_bytes(b"\x89PNG not a database")
    before = bad.read_bytes()
    shown: list[str] = []

    def critical(parent, title, text, *args, **kwargs):  # type: ignore[no-untyped-def]
        shown.append(text)
        return QMessageBox.StandardButton.Close

    monkeypatch.setattr(QMessageBox, "critical", critical)
    assert app_module.run_app(bad) != 0
    assert shown and shown[0].startswith("photo.sqlite3 is not a giftdesk database.")
    assert bad.read_bytes() == before


def test_run_app_shows_the_window_and_returns_zero_when_closed(
    qapp, db_path, monkeypatch, settings
):
    seen: list[MainWindow] = []

    def close_soon(window):  # type: ignore[no-untyped-def]
        seen.append(window)
        QTimer.singleShot(0, window.close)

    first_seen: list[tuple[object, bool]] = []

    def on_screen(window):  # type: ignore[no-untyped-def]
        first_seen.append((window.has_file, window.pages.currentWidget() is window.opening_page))

    monkeypatch.setattr(app_module, "make_settings", lambda: settings)
    monkeypatch.setattr(app_module, "shown_hooks", [on_screen])
    monkeypatch.setattr(app_module, "window_hooks", [close_soon])
    assert app_module.run_app(db_path) == 0
    assert first_seen == [(False, True)]  # on screen before the file was opened
    assert seen and seen[0].objectName() == "MainWindow"
    assert seen[0].db.path == db_path


def test_a_window_shown_before_its_gifts_fills_them_in(qtbot, demo_db, settings):
    window = MainWindow(demo_db, settings, load_gifts_later=True)
    qtbot.addWidget(window)
    window.show()
    assert window.gift_model.rowCount() == 0
    assert window.pages.currentWidget() is window.tabs  # not the welcome page
    assert window.selection_label.text().startswith("Loading")
    window.finish_loading()
    with demo_db.reading() as s:
        assert window.gift_model.rowCount() == len(table_rows.list_gift_rows(s))
    assert window.selection_label.text() == f"{window.gift_model.rowCount()} gifts"


def test_the_window_modules_load_without_sqlalchemy():
    """The window is on screen before SQLAlchemy loads (start-up speed)."""
    import subprocess
    import sys

    script = (
        "import sys, giftdesk.ui.app, giftdesk.ui.main_window; "
        "print(sorted(m for m in ('sqlalchemy', 'giftdesk.data.records') if m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_a_rename_reported_without_its_gifts_still_updates_the_gift_rows(window, demo_db):
    """Another module's command may report only the person; the rows follow anyway."""
    import dataclasses

    from giftdesk.data.changes import Change
    from giftdesk.data.operations import OpResult

    with demo_db.reading() as s:
        thomas = people_data.find_person_by_name(s, "Thomas")

    def rename(session, name, back):  # type: ignore[no-untyped-def]
        people_data.update_person(session, dataclasses.replace(thomas, name=name))
        return OpResult(
            Change(persons=frozenset({thomas.id})), undo=partial(rename, name=back, back=name)
        )

    assert window.runner.run("Rename", partial(rename, name="Tom", back="Thomas"))
    shown = [r for r in window.gift_model.rows() if thomas.id in r.recipient_ids]
    bought = [r for r in window.gift_model.rows() if r.purchaser_id == thomas.id]
    assert shown and all("Tom" in r.recipient_names.split(", ") for r in shown)
    assert all(r.purchaser_name == "Tom" for r in bought)
    window.action_undo.trigger()
    assert all(
        "Thomas" in r.recipient_names.split(", ")
        for r in window.gift_model.rows()
        if thomas.id in r.recipient_ids
    )


def test_opening_a_file_from_a_newer_giftdesk_is_refused(window, tmp_path, warnings):
    import sqlite3

    newer = tmp_path / "newer.sqlite3"
    open_database(newer).close()
    connection = sqlite3.connect(newer)
    connection.execute("UPDATE alembic_version SET version_num = 'ffffffff9999'")
    connection.commit()
    connection.close()
    before = newer.read_bytes()
    assert not window.open_database_file(newer)
    assert warnings == [
        "newer.sqlite3 was made by a newer version of giftdesk; update giftdesk to open it."
    ]
    assert newer.read_bytes() == before


def test_keyboard_delete_and_undo_reach_their_actions(window, questions, qtbot):
    window.activateWindow()
    before = window.gift_model.rowCount()
    select_rows(window.gift_view, [0, 1])
    window.gift_view.setFocus()
    qtbot.waitUntil(window.gift_view.hasFocus)
    qtbot.keyClick(window.gift_view, Qt.Key.Key_Delete)
    assert questions == ["Delete the 2 selected gifts? You can undo this."]
    assert window.gift_model.rowCount() == before - 2
    qtbot.keyClick(window.gift_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.gift_model.rowCount() == before
    qtbot.keyClick(
        window.gift_view,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert window.gift_model.rowCount() == before - 2


def test_new_database_from_the_file_menu_starts_empty_and_is_remembered(
    window, tmp_path, monkeypatch
):
    from PySide6.QtWidgets import QFileDialog

    target = tmp_path / "family-2027"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "giftdesk files")
    )
    window.action_new_database.trigger()
    assert window.db.path == target.with_suffix(".sqlite3")
    assert window.pages.currentWidget() is window.empty_state
    assert window.recent_files()[0] == str(target.with_suffix(".sqlite3").resolve())
    assert "family-2027.sqlite3" in window.windowTitle()


def test_an_opening_window_reads_as_it_will_once_its_file_is_open(qtbot, settings):
    # The tabs come with the file; the search box already says what it will search.
    settings.setValue("mainWindow/tab", 1)
    window = MainWindow(None, settings)
    qtbot.addWidget(window)
    assert window.pages.currentWidget() is window.opening_page
    assert window.search_box.placeholderText().startswith("Search people")
    assert not window.search_box.isEnabled()
