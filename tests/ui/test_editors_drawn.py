"""In-place editors cover their cell and show their whole text; the gift dialog's
columns keep their widths whatever name is chosen."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QSpinBox

from giftdesk.ui.dialogs.gift import GiftDialog


def open_editor(qtbot, window, key: str):  # type: ignore[no-untyped-def]
    view = window.gift_view
    index = window.gift_proxy.index(0, window.gift_model.column_of(key))
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    view.setCurrentIndex(index)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    if editor is not None and not isinstance(editor, (QComboBox, QSpinBox)):
        editor = editor.parentWidget()  # a spin box's line edit has the focus
    return view.visualRect(index), editor


def test_the_status_editor_covers_its_cell_and_shows_its_whole_text(qtbot, window):
    cell, editor = open_editor(qtbot, window, "status")
    assert isinstance(editor, QComboBox)
    # From the cell's left edge: the cell's own dot is covered, one dot shows.
    assert editor.geometry().left() == cell.left()
    assert editor.width() >= editor.sizeHint().width()
    widest = max(editor.fontMetrics().horizontalAdvance(editor.itemText(i)) for i in range(4))
    assert editor.width() >= widest + editor.iconSize().width()


def test_the_quantity_editor_is_wide_enough_for_four_digits(qtbot, window):
    cell, editor = open_editor(qtbot, window, "quantity")
    assert isinstance(editor, QSpinBox)
    assert editor.geometry().left() == cell.left()
    assert editor.width() >= editor.sizeHint().width()
    assert editor.width() >= editor.fontMetrics().horizontalAdvance("9999") + 24


def test_a_long_purchaser_name_does_not_squeeze_the_left_column(qtbot):
    long_name = "Great-Aunt Wilhelmina Josephine von Hohenzollern-Sigmaringen"
    dialog = GiftDialog(None, None, [(1, "Anna"), (2, long_name)], [])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    before = (dialog.name_edit.width(), dialog.width())
    dialog.purchaser_combo.set_current_id(2)
    qtbot.wait(20)
    assert (dialog.name_edit.width(), dialog.width()) == before
    assert dialog.purchaser_combo.name_label.text() == long_name  # whole, wrapped
