"""Money typed the way each locale writes it, in every money field, by key presses.

German ``1.250`` is one thousand two hundred and fifty euros (the program
itself shows ``1.500,00 €``); an entry that could be read two ways is refused
with a sentence, never scaled silently.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit, QMessageBox, QWidget

from giftdesk.data import budgets as budgets_data
from giftdesk.data import gifts as gifts_data
from giftdesk.data import occasions as occasions_data
from giftdesk.data import people as people_data
from giftdesk.ui.budget import panel as bp
from giftdesk.ui.dialogs.gift import GiftDialog
from giftdesk.ui.dialogs.occasion import OccasionDialog
from giftdesk.ui.dialogs.person_budget import PersonBudgetDialog
from giftdesk.ui.main_window import MainWindow
from giftdesk.ui.money import format_money

# (locale, what a person of that locale types, cents meant)
TYPED = [
    ("de_DE", "1.250", 125000),
    ("de_DE", "1.250,50", 125050),
    ("de_DE", "12,50", 1250),
    ("fr_FR", "1 250,50", 125050),
    ("fr_FR", "1250", 125000),
    ("es_ES", "1.250", 125000),
    ("es_ES", "12.500,00 €", 1250000),
    ("en_US", "1,250", 125000),
    ("en_US", "$1,250.50", 125050),
    ("en_GB", "£1,250.50", 125050),
    ("en_GB", "12.5", 1250),
]
# (locale, an entry that reads two ways there)
UNCLEAR = [("de_DE", "1,250"), ("fr_FR", "1.250"), ("en_US", "1.250"), ("en_GB", "2.500")]


def type_text(widget: QWidget, text: str) -> None:
    """Key presses for ``text``; € and £ as the key events a keyboard layout sends."""
    for char in text:
        if char.isascii():
            QTest.keyClicks(widget, char)
        else:
            QTest.sendKeyEvent(
                QTest.KeyAction.Click,
                widget,
                Qt.Key.Key_unknown,
                char,
                Qt.KeyboardModifier.NoModifier,
            )


def type_into(qtbot, widget: QWidget, text: str) -> None:  # type: ignore[no-untyped-def]
    """Focus ``widget`` as a click would, then type on whatever has the focus."""
    widget.window().activateWindow()
    widget.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.waitUntil(widget.hasFocus)
    focused = QApplication.focusWidget()
    if isinstance(focused, QLineEdit):
        focused.selectAll()
    type_text(focused, text)


def show(qtbot, widget: QWidget) -> None:  # type: ignore[no-untyped-def]
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)


@pytest.mark.parametrize(("locale", "typed", "cents"), TYPED)
def test_gift_dialog_price_and_sale_price_read_the_locale(qtbot, in_locale, locale, typed, cents):
    in_locale(locale)
    submitted: list = []
    dialog = GiftDialog(None, None, [(1, "Anna")], [], submitted.append)
    show(qtbot, dialog)
    type_into(qtbot, dialog.name_edit, "Scarf")
    type_into(qtbot, dialog.price_edit, typed)
    type_into(qtbot, dialog.sale_price_edit, typed)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert dialog.error_text("price") == "" and dialog.error_text("sale_price") == ""
    assert [(r.price_cents, r.sale_price_cents) for r in submitted] == [(cents, cents)]


@pytest.mark.parametrize(("locale", "typed", "cents"), TYPED)
def test_occasion_dialog_budget_reads_the_locale(qtbot, in_locale, locale, typed, cents):
    in_locale(locale)
    submitted: list = []
    dialog = OccasionDialog(None, None, submitted.append)
    show(qtbot, dialog)
    type_into(qtbot, dialog.name_edit, "Christmas")
    type_into(qtbot, dialog.budget_edit, typed)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert [r.budget_cents for r in submitted] == [cents]


@pytest.mark.parametrize(("locale", "typed", "cents"), TYPED)
def test_person_budget_dialog_reads_the_locale(qtbot, in_locale, locale, typed, cents):
    in_locale(locale)
    dialog = PersonBudgetDialog("Christmas 2026", [(1, "Anna")], {}, chosen=1)
    show(qtbot, dialog)
    type_into(qtbot, dialog.recipient, typed)
    type_into(qtbot, dialog.purchaser, typed)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert dialog.result() == PersonBudgetDialog.DialogCode.Accepted
    assert dialog.budgets() == (cents, cents)


@pytest.mark.parametrize(("locale", "typed"), UNCLEAR)
def test_an_unclear_amount_is_refused_next_to_the_field(qtbot, in_locale, locale, typed):
    in_locale(locale)
    submitted: list = []
    dialog = GiftDialog(None, None, [(1, "Anna")], [], submitted.append)
    show(qtbot, dialog)
    type_into(qtbot, dialog.name_edit, "Scarf")
    type_into(qtbot, dialog.price_edit, typed)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert submitted == []
    message = dialog.error_text("price")
    assert f"“{typed}” is unclear" in message and message.endswith(".")


@pytest.fixture
def window(qtbot, tmp_path: Path, demo_db):  # type: ignore[no-untyped-def]
    created: list[MainWindow] = []

    def make() -> MainWindow:
        settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(demo_db, settings)
        window.resize(1280, 800)
        show(qtbot, window)
        created.append(window)
        return window

    return make


def edit_cell_by_keys(qtbot, view, index, typed: str) -> None:  # type: ignore[no-untyped-def]
    """Current cell, F2, type, Enter: the keyboard way to edit in place."""
    view.window().activateWindow()
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    view.setCurrentIndex(index)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    type_text(editor, typed)
    QTest.keyClick(editor, Qt.Key.Key_Return)


@pytest.mark.parametrize(("locale", "typed", "cents"), TYPED)
def test_in_place_price_reads_the_locale(qtbot, in_locale, window, demo_db, locale, typed, cents):
    in_locale(locale)
    main = window()
    row = next(r for r in main.gift_model.rows() if r.sale_price_cents is None and r.price_cents)
    proxy = main.gift_proxy
    index = proxy.index(proxy.proxy_row_for_id(row.id), main.gift_model.column_of("price"))
    edit_cell_by_keys(qtbot, main.gift_view, index, typed)
    qtbot.waitUntil(lambda: main.undo_stack.count() == 1)  # Enter commits on the next loop turn
    with demo_db.reading() as s:
        assert gifts_data.get_gift(s, row.id).price_cents == cents
    assert index.data() == format_money(cents)


def test_in_place_unclear_price_is_refused_with_its_sentence(
    qtbot, in_locale, window, demo_db, monkeypatch
):
    in_locale("de_DE")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a, **k: shown.append(text))
    main = window()
    row = next(r for r in main.gift_model.rows() if r.sale_price_cents is None and r.price_cents)
    proxy = main.gift_proxy
    index = proxy.index(proxy.proxy_row_for_id(row.id), main.gift_model.column_of("price"))
    edit_cell_by_keys(qtbot, main.gift_view, index, "1,250")
    qtbot.waitUntil(lambda: bool(shown))
    assert shown == ["Price “1,250” is unclear: 1.250,00 or 1,25? Write 1250 or 1,25."]
    with demo_db.reading() as s:
        assert gifts_data.get_gift(s, row.id).price_cents == row.price_cents
    assert main.undo_stack.count() == 0


@pytest.mark.parametrize(("locale", "typed", "cents"), TYPED)
def test_budget_panel_cells_and_change_budget_read_the_locale(
    qtbot, in_locale, window, demo_db, locale, typed, cents
):
    in_locale(locale)
    main = window()
    with demo_db.reading() as s:
        christmas = occasions_data.find_occasion_by_name(s, "Christmas 2026")
        anna = people_data.find_person_by_name(s, "Anna")
    main.occasion_filter.setCurrentIndex(main.occasion_filter.findData(christmas.id))
    panel: bp.BudgetPanel = main.budget_panel
    panel.refresh()
    model = panel.model
    row = next(r for r in range(model.rowCount()) if model.row_at(r).name == "Anna")
    edit_cell_by_keys(
        qtbot, panel.table, model.index(row, model.column_of("recipient_budget")), typed
    )
    qtbot.waitUntil(lambda: main.undo_stack.count() == 1)
    with demo_db.reading() as s:
        assert budgets_data.get_budget(s, anna.id, christmas.id).recipient_budget_cents == cents

    def answer() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QInputDialog))
        line = dialog.findChild(QLineEdit)
        type_into(qtbot, line, typed)
        QTest.keyClick(line, Qt.Key.Key_Return)

    QTimer.singleShot(0, answer)
    panel.change_budget_button.click()
    with demo_db.reading() as s:
        assert occasions_data.get_occasion(s, christmas.id).budget_cents == cents
    qtbot.waitUntil(lambda: panel.figure_labels["budget"].text() == format_money(cents))
