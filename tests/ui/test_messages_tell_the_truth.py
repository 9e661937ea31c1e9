"""Messages that tell the truth: errors go once fixed, nothing is cut silently,
a refused quantity or sale price says why. Driven by key presses."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from giftdesk.data import gifts as gifts_data
from giftdesk.data.fields import GIFT_NAME_MAX, OCCASION_NAME_MAX, PERSON_NAME_MAX
from giftdesk.data.records import GiftRecord
from giftdesk.ui.dialogs.gift import GiftDialog
from giftdesk.ui.dialogs.occasion import OccasionDialog
from giftdesk.ui.dialogs.person import PersonDialog


def shown(qtbot, dialog: QWidget) -> QWidget:  # type: ignore[no-untyped-def]
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: dialog.isAncestorOf(QApplication.focusWidget()))
    return dialog


def focus(qtbot, widget: QWidget) -> QWidget:  # type: ignore[no-untyped-def]
    widget.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.waitUntil(widget.hasFocus)
    return QApplication.focusWidget()


def press_ok(dialog) -> None:  # type: ignore[no-untyped-def]
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)


def test_an_error_goes_away_when_its_field_is_fixed(qtbot):
    submitted: list = []
    dialog = shown(qtbot, GiftDialog(None, None, [(1, "Anna")], [], submitted.append))
    QTest.keyClicks(focus(qtbot, dialog.price_edit), "abc")
    press_ok(dialog)
    assert "“abc” is not an amount" in dialog.error_text("price")
    # The focus is on the field at fault; fixing it takes its sentence away.
    edit = QApplication.focusWidget()
    assert edit is dialog.price_edit
    edit.selectAll()
    QTest.keyClicks(edit, "1250")
    assert dialog.error_text("price") == ""
    press_ok(dialog)
    assert dialog.error_text("name") == "Name cannot be blank."
    assert QApplication.focusWidget() is dialog.name_edit
    QTest.keyClicks(QApplication.focusWidget(), "Scarf")
    assert dialog.error_text("name") == ""
    press_ok(dialog)
    assert [r.price_cents for r in submitted] == [125000]


@pytest.mark.parametrize(
    ("make", "limit", "label"),
    [
        (lambda: PersonDialog(None, None), PERSON_NAME_MAX, "Name"),
        (lambda: OccasionDialog(None, None), OCCASION_NAME_MAX, "Name"),
        (lambda: GiftDialog(None, None, [], []), GIFT_NAME_MAX, "Name"),
    ],
)
def test_a_pasted_long_name_is_kept_whole_and_its_real_length_said(qtbot, make, limit, label):
    dialog = shown(qtbot, make())
    long_name = "Grandma " * 39 + "Rosa"  # 316 characters, more than any limit
    QApplication.clipboard().setText(long_name)
    QTest.keyClick(
        focus(qtbot, dialog.name_edit), Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier
    )
    assert dialog.name_edit.text() == long_name  # nothing cut
    sentence = f"{label} is too long ({len(long_name)} characters; at most {limit})."
    assert dialog.error_text("name") == sentence  # said at once, before OK
    press_ok(dialog)
    assert dialog.isVisible() and dialog.error_text("name") == sentence
    # Shortening it to the limit takes the sentence away.
    dialog.name_edit.setFocus()
    dialog.name_edit.selectAll()
    QTest.keyClicks(dialog.name_edit, "x" * limit)
    assert dialog.error_text("name") == ""


def test_quantity_zero_in_the_dialog_is_refused_with_a_sentence(qtbot):
    submitted: list = []
    dialog = shown(qtbot, GiftDialog(None, None, [], [], submitted.append))
    QTest.keyClicks(focus(qtbot, dialog.name_edit), "Socks")
    spin = focus(qtbot, dialog.quantity_spin)
    spin.selectAll()
    QTest.keyClicks(spin, "0")
    press_ok(dialog)
    assert submitted == []
    assert dialog.error_text("quantity") == "Quantity must be a whole number from 1 to 9999."


def test_a_sale_price_above_the_price_is_refused_in_the_dialog(qtbot):
    submitted: list = []
    dialog = shown(qtbot, GiftDialog(None, None, [], [], submitted.append))
    QTest.keyClicks(focus(qtbot, dialog.name_edit), "Lamp")
    QTest.keyClicks(focus(qtbot, dialog.price_edit), "40")
    QTest.keyClicks(focus(qtbot, dialog.sale_price_edit), "55")
    press_ok(dialog)
    assert submitted == []
    assert dialog.error_text("sale_price").startswith("The sale price is higher than the price")


@pytest.fixture
def window(window, monkeypatch):  # type: ignore[no-untyped-def]
    """The shown main window (tests/ui/conftest.py) keeping its refusals in ``refusals``."""
    win = window
    win.refusals = []  # type: ignore[attr-defined]
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _p, _t, text, *a, **k: win.refusals.append(text)
    )
    return win


def edit_in_place(qtbot, window, gift_id: int, key: str, typed: str) -> None:  # type: ignore[no-untyped-def]
    proxy = window.gift_proxy
    index = proxy.index(proxy.proxy_row_for_id(gift_id), window.gift_model.column_of(key))
    view = window.gift_view
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    view.setCurrentIndex(index)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert editor is not view
    editor.selectAll()  # type: ignore[attr-defined]
    QTest.keyClicks(editor, typed)
    QTest.keyClick(editor, Qt.Key.Key_Return)


def test_quantity_zero_in_place_says_why(qtbot, window, demo_db):
    row = window.gift_model.rows()[0]
    edit_in_place(qtbot, window, row.id, "quantity", "0")
    qtbot.waitUntil(lambda: bool(window.refusals))
    assert window.refusals == ["Quantity must be a whole number from 1 to 9999."]
    with demo_db.reading() as s:
        assert gifts_data.get_gift(s, row.id).quantity == row.quantity
    assert window.undo_stack.count() == 0


def test_a_sale_price_above_the_price_in_place_is_refused_and_never_shown_as_a_deal(
    qtbot, window, demo_db
):
    row = next(r for r in window.gift_model.rows() if r.sale_price_cents is not None)
    edit_in_place(qtbot, window, row.id, "price", str(row.price_cents // 100 + 5))
    qtbot.waitUntil(lambda: bool(window.refusals))
    assert window.refusals[0].startswith("The sale price is higher than the price")
    with demo_db.reading() as s:
        assert gifts_data.get_gift(s, row.id).sale_price_cents == row.sale_price_cents
    # A file that already holds one (an old import) does not paint it green as a bargain.
    with demo_db.transaction() as s:
        gift_id = gifts_data.create_gift(
            s, GiftRecord(id=None, name="Odd lamp", price_cents=4000, sale_price_cents=5500)
        )
    window.reload_all()
    proxy = window.gift_proxy
    index = proxy.index(proxy.proxy_row_for_id(gift_id), window.gift_model.column_of("price"))
    assert index.data(Qt.ItemDataRole.ForegroundRole) is None
    assert "not below the regular price" in index.data(Qt.ItemDataRole.ToolTipRole)
