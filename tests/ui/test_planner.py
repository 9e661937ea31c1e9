"""The year-round planner in the window: history, plan again, coming up, spreadsheets.

Driven as a person drives it: clicks and key presses on the focused widget,
modal dialogs answered from a timer, fresh settings and real files.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import Workbook
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFrame, QMessageBox, QPushButton, QWidget

from giftdesk.data import gifts as gifts_data
from giftdesk.data import occasions as occasions_data
from giftdesk.data import people as people_data
from giftdesk.data import table_rows
from giftdesk.data.backup import export_backup
from giftdesk.data.records import GiftRecord, OccasionRecord, PersonRecord
from giftdesk.ui.main_window import MainWindow

TAB_PEOPLE, TAB_OCCASIONS = 1, 2


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def make_window(qtbot, db, settings) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(db, settings)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    return window


def click_person(window: MainWindow, qtbot, name: str) -> None:  # type: ignore[no-untyped-def]
    window.tabs.setCurrentIndex(TAB_PEOPLE)
    person_id = next(r.id for r in window.person_model.rows() if r.name == name)
    row = window.person_proxy.proxy_row_for_id(person_id)
    view = window.person_view
    rect = view.visualRect(window.person_proxy.index(row, 0))
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.selected_person_ids() == [person_id]


def answer(qtbot, find, act) -> None:  # type: ignore[no-untyped-def]
    """Act on a modal dialog as soon as it is open (``find()`` returns it)."""

    def attempt() -> None:
        dialog = find()
        if dialog is None or not dialog.isVisible():
            QTimer.singleShot(10, attempt)
            return
        act(dialog)

    QTimer.singleShot(0, attempt)


# -- history ------------------------------------------------------------------


def test_history_follows_the_person_clicked_and_updates_after_an_edit(
    qtbot, demo_db, settings, qtmodeltester
):
    window = make_window(qtbot, demo_db, settings)
    history = (
        window.findChild(QApplication.instance().__class__.__mro__[0], "personHistory")
        or window.planner.person_history
    )
    assert history.objectName() == "personHistory"
    click_person(window, qtbot, "Grandma Rosa")
    assert history.isVisible()
    assert history.title.text() == "Gift history of Grandma Rosa"
    model = history.model
    occasions = [model.item(i, 0).text() for i in range(model.rowCount())]
    assert occasions[0].startswith("Grandma Rosa's 80th")  # newest first
    assert occasions[1].startswith("Christmas 2026")
    first = model.item(0, 0)
    assert [first.child(0, c).text() for c in (0, 1, 3)] == [
        "Birthday cake",
        "received",
        "Purchased",
    ]
    assert "2027" in history.totals.text() and "received" in history.totals.text()
    qtmodeltester.check(model, force_py=True)

    # A new gift for her appears without another click.
    with demo_db.transaction() as s:
        rosa = people_data.find_person_by_name(s, "Grandma Rosa").id
    from functools import partial

    from giftdesk.data.operations import gifts as gift_ops

    bench = GiftRecord(
        None, "Garden bench", None, "selected", price_cents=12000, recipient_ids=(rosa,)
    )
    assert window.runner.run("Add Garden bench", partial(gift_ops.create_gifts, records=[bench]))
    last = model.item(model.rowCount() - 1, 0)
    assert last.text() == "No occasion"
    assert last.child(0, 0).text() == "Garden bench"


def test_a_person_with_no_history_says_so(qtbot, demo_db, settings):
    with demo_db.transaction() as s:
        people_data.create_person(s, PersonRecord(None, "Baby Mia"))
    window = make_window(qtbot, demo_db, settings)
    click_person(window, qtbot, "Baby Mia")
    history = window.planner.person_history
    assert history.pages.currentWidget() is history.message
    assert history.message.text().startswith("Baby Mia has no gift history yet")


# -- plan again next year -----------------------------------------------------


def test_plan_again_from_the_occasions_menu_is_one_undo_step(qtbot, demo_db, settings):
    window = make_window(qtbot, demo_db, settings)
    assert window.planner.action_rollover_occasion in window.occasions_menu.actions()
    assert window.planner.action_rollover_occasion in window.occasion_context_menu_actions
    with demo_db.reading() as s:
        before = export_backup(s)
    window.tabs.setCurrentIndex(TAB_OCCASIONS)
    xmas = next(r.id for r in window.occasion_model.rows() if r.name == "Christmas 2026")
    window._select_ids(window.occasion_view, [xmas])

    def plan(dialog):  # type: ignore[no-untyped-def]
        assert dialog.name_edit.text() == "Christmas 2027"
        assert dialog.date_edit.value() == dt.date(2027, 12, 25)
        QTest.keyClick(dialog.name_edit, Qt.Key.Key_Return)

    answer(qtbot, lambda: window.planner.rollover_dialog, plan)
    window.planner.action_rollover_occasion.trigger()
    new = next(r for r in window.occasion_model.rows() if r.name == "Christmas 2027")
    assert new.date == dt.date(2027, 12, 25)
    assert window.selected_occasion_ids() == [new.id]
    with demo_db.reading() as s:
        ideas = [g for g in table_rows.list_gift_rows(s) if g.occasion_id == new.id]
    assert ideas and {g.status for g in ideas} == {"idea"}
    assert window.undo_stack.count() == 1
    window.action_undo.trigger()
    with demo_db.reading() as s:
        assert export_backup(s) == before
    assert "Christmas 2027" not in [r.name for r in window.occasion_model.rows()]
    window.action_redo.trigger()
    assert "Christmas 2027" in [r.name for r in window.occasion_model.rows()]


def test_plan_again_refusals_stay_in_the_dialog(qtbot, demo_db, settings):
    with demo_db.transaction() as s:
        occasions_data.create_occasion(s, OccasionRecord(None, "Someday", "other"))
    window = make_window(qtbot, demo_db, settings)
    seen = {}

    def refuse_twice(dialog):  # type: ignore[no-untyped-def]
        dialog.occasion_combo.setCurrentIndex(dialog.occasion_combo.findData(
            next(r.id for r in window.occasion_model.rows() if r.name == "Christmas 2026")))  # fmt: skip
        dialog.name_edit.setFocus()
        dialog.name_edit.selectAll()
        QTest.keyClicks(dialog.name_edit, "Mom & Dad's 35th anniversary")
        QTest.keyClick(dialog.name_edit, Qt.Key.Key_Return)
        seen["taken"] = dialog.error_text("name")
        dialog.occasion_combo.setCurrentIndex(dialog.occasion_combo.findText("Someday"))
        dialog.name_edit.setText("Someday again")
        QTest.keyClick(dialog.name_edit, Qt.Key.Key_Return)
        seen["undated"] = dialog.error_text("date")
        seen["open"] = dialog.isVisible()
        dialog.reject()

    answer(qtbot, lambda: window.planner.rollover_dialog, refuse_twice)
    with demo_db.reading() as s:
        before = export_backup(s)
    window.planner.action_rollover_occasion.trigger()
    assert "already exists" in seen["taken"]
    assert "has no date" in seen["undated"]
    assert seen["open"]
    with demo_db.reading() as s:
        assert export_backup(s) == before
    assert window.undo_stack.count() == 0


# -- coming up ----------------------------------------------------------------


def test_coming_up_is_shown_on_start_when_something_is_near(qtbot, db, settings):
    today = dt.date.today()
    with db.transaction() as s:
        anna = people_data.create_person(s, PersonRecord(None, "Anna"))
        soon = occasions_data.create_occasion(
            s, OccasionRecord(None, "Anna's party", "other", today + dt.timedelta(days=9), 10000)
        )
        gifts_data.create_gift(
            s, GiftRecord(None, "Book", soon, "selected", price_cents=2500, recipient_ids=(anna,))
        )
        people_data.create_person(
            s,
            PersonRecord(None, "Joe", birthdate=(today + dt.timedelta(days=5)).replace(year=2020)),
        )
    window = make_window(qtbot, db, settings)
    panel = window.planner.upcoming_panel
    assert panel.objectName() == "upcomingPanel"
    assert window.planner.upcoming_dock.isVisible()
    text = " ".join(
        label.text() for label in panel.entries.findChildren(type(window.selection_label))
    )
    assert "Anna's party" in text and "in 9 days" in text
    assert "1 gift without a buyer yet" in text
    buttons = panel.entries.findChildren(QPushButton, "planBirthdayButton")
    assert len(buttons) == 1

    QTest.mouseClick(buttons[0], Qt.MouseButton.LeftButton)
    assert [b.name for b in panel.found.birthdays] == []
    made = [r for r in window.occasion_model.rows() if r.type == "birthday"]
    assert len(made) == 1 and made[0].name.startswith("Joe's birthday")
    window.action_undo.trigger()
    assert [r for r in window.occasion_model.rows() if r.type == "birthday"] == []
    assert [b.name for b in panel.found.birthdays] == ["Joe"]


def test_coming_up_stays_hidden_when_nothing_is_near(qtbot, db, settings):
    with db.transaction() as s:
        occasions_data.create_occasion(
            s, OccasionRecord(None, "Far away", "other", dt.date.today() + dt.timedelta(days=200))
        )
    window = make_window(qtbot, db, settings)
    assert not window.planner.upcoming_dock.isVisible()
    window.planner.action_show_upcoming.trigger()
    assert window.planner.upcoming_dock.isVisible()
    assert window.planner.upcoming_panel.found.is_empty
    assert window.planner.upcoming_panel.entries.findChild(
        type(window.selection_label), "upcomingEmpty"
    )


def test_entries_shown_before_are_not_drawn_under_the_new_ones(qtbot, demo_db, settings):
    window = make_window(qtbot, demo_db, settings)
    window.planner.upcoming_dock.show()
    window.planner.upcoming_dock.raise_()
    panel = window.planner.upcoming_panel
    qtbot.waitUntil(panel.isVisible)
    assert panel.entries.findChildren(QFrame, "upcomingOccasion")  # Christmas is near
    old = set(panel.entries.findChildren(QWidget))
    panel.days.setValue(1)  # Christmas is further: its entry goes
    # Before the event loop turns (when deleteLater deletes), nothing old is on screen.
    assert old and not any(w.isVisible() for w in old)
    new = [w for w in panel.entries.findChildren(QWidget) if w not in old]
    qtbot.waitUntil(lambda: any(w.isVisible() for w in new))


# -- spreadsheets -------------------------------------------------------------


def _sheet_with_bad_price_on_row_17(path: Path) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.append(["Gift", "For", "Price", "Bought by"])
    for n in range(2, 17):
        sheet.append([f"Gift {n}", "Anna & Lukas", n + 0.5, "Sam"])
    sheet.append(["Broken", "Anna", "twelve", "Sam"])  # row 17
    book.save(path)
    return path


def test_spreadsheet_preview_names_the_bad_cell_and_a_corrected_mapping_imports(
    qtbot, demo_db, settings, tmp_path
):
    window = make_window(qtbot, demo_db, settings)
    assert window.planner.action_import_spreadsheet in window.file_menu.actions()
    path = _sheet_with_bad_price_on_row_17(tmp_path / "gifts.xlsx")
    with demo_db.reading() as s:
        before = export_backup(s)
    seen = {}

    def check_then_cancel(dialog):  # type: ignore[no-untyped-def]
        seen["summary"] = dialog.summary.text()
        seen["enabled"] = dialog.import_button.isEnabled()
        seen["rows"] = dialog.preview.rowCount()
        seen["first row"] = dialog.preview.verticalHeaderItem(0).text()
        dialog.reject()

    answer(qtbot, lambda: window.planner.spreadsheet_dialog, check_then_cancel)
    assert window.planner.import_spreadsheet(path) is False
    assert seen["summary"].startswith("row 17, column Price: “twelve” is not an amount of money.")
    assert seen["enabled"] is False
    assert (seen["rows"], seen["first row"]) == (16, "2")
    with demo_db.reading() as s:
        assert export_backup(s) == before

    window.planner.spreadsheet_dialog = None

    def ignore_price_and_import(dialog):  # type: ignore[no-untyped-def]
        combo = dialog.column_combos[2]
        combo.setCurrentIndex(combo.findData(None))  # "(not imported)"
        seen["after"] = dialog.summary.text()
        QTest.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)

    answer(qtbot, lambda: window.planner.spreadsheet_dialog, ignore_price_and_import)
    assert window.planner.import_spreadsheet(path) is True
    assert seen["after"].startswith("16 gifts will be imported, for and by 3 people.")
    with demo_db.reading() as s:
        imported = [
            g
            for g in table_rows.list_gift_rows(s)
            if g.name.startswith("Gift ") or g.name == "Broken"
        ]
    assert len(imported) == 16
    assert window.undo_stack.count() == 1
    window.action_undo.trigger()
    with demo_db.reading() as s:
        assert export_backup(s) == before


def test_a_file_that_is_not_a_spreadsheet_is_one_sentence(
    qtbot, db, settings, tmp_path, monkeypatch
):
    window = make_window(qtbot, db, settings)
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    (tmp_path / "notes.csv").write_text("just,some\nwords,here\n")
    assert window.planner.import_spreadsheet(tmp_path / "notes.csv") is False
    assert len(shown) == 1 and "no heading row" in shown[0]
