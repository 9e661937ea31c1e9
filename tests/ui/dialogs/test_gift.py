"""The gift dialog: values out through accessors, each refusal next to its field."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from giftdesk.data.records import GiftRecord
from giftdesk.ui.dialogs.gift import GiftDialog

PEOPLE = [(1, "Anna"), (2, "Grandma Rosa"), (3, "Lukas")]
OCCASIONS = [(10, "Christmas 2026"), (11, "Rosa's 80th")]


def tick(check_list, *names):  # type: ignore[no-untyped-def]
    for row in range(check_list.list.count()):
        item = check_list.list.item(row)
        if item.text() in names:
            item.setCheckState(Qt.CheckState.Checked)


def test_gift_dialog_collects_everything(qtbot, submitted):
    dialog = GiftDialog(None, None, PEOPLE, OCCASIONS, submitted.append, default_occasion_id=11)
    qtbot.addWidget(dialog)
    assert dialog.occasion_combo.currentData() == 11
    dialog.name_edit.setText("Photo album")
    tick(dialog.recipients_list, "Grandma Rosa")
    dialog.purchaser_combo.set_current_id(1)
    tick(dialog.contributors_list, "Lukas")
    dialog.status_combo.setCurrentIndex(dialog.status_combo.findData("selected"))
    dialog.price_edit.setText("45.50")
    dialog.quantity_spin.setValue(2)
    dialog.store_edit.setText("Print shop")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    (record,) = submitted
    assert record == GiftRecord(
        None,
        "Photo album",
        occasion_id=11,
        status="selected",
        price_cents=4550,
        quantity=2,
        store="Print shop",
        purchaser_id=1,
        recipient_ids=(2,),
        contributor_ids=(3,),
    )


@pytest.mark.parametrize(
    ("field", "widget", "text", "message"),
    [
        ("price", "price_edit", "-1", "Price cannot be negative."),
        ("sale_price", "sale_price_edit", "twelve", "Sale price “twelve” is not an amount"),
        ("name", "name_edit", "", "Name cannot be blank."),
    ],
)
def test_gift_dialog_puts_each_refusal_next_to_its_field(
    qtbot, submitted, field, widget, text, message
):
    dialog = GiftDialog(None, None, PEOPLE, OCCASIONS, submitted.append)
    qtbot.addWidget(dialog)
    dialog.name_edit.setText("Scarf")
    getattr(dialog, widget).setText(text)
    dialog.accept()
    assert dialog.error_text(field).startswith(message)
    assert submitted == []


def test_gift_dialog_chooses_the_purchaser_in_the_person_picker(qtbot, submitted):
    # No free text (so no "nobody" purchaser): "Choose…" opens the picker.
    dialog = GiftDialog(None, None, PEOPLE, OCCASIONS, submitted.append)
    qtbot.addWidget(dialog)
    dialog.name_edit.setText("Scarf")

    def pick(picker):  # type: ignore[no-untyped-def]
        picker.show()
        assert picker.windowTitle() == "Assign purchaser for “Scarf”"
        qtbot.keyClicks(picker.filter_edit, "rosa")
        qtbot.keyClick(picker.filter_edit, Qt.Key.Key_Return)
        return picker.result() == QDialog.DialogCode.Accepted

    dialog.purchaser_combo.run_picker = pick
    qtbot.mouseClick(dialog.purchaser_combo.choose_button, Qt.MouseButton.LeftButton)
    assert dialog.purchaser_combo.name_label.text() == "Grandma Rosa"
    dialog.accept()
    assert submitted[0].purchaser_id == 2


def test_gift_dialog_refuses_a_purchaser_who_also_contributes(qtbot, submitted):
    dialog = GiftDialog(None, None, PEOPLE, OCCASIONS, submitted.append)
    qtbot.addWidget(dialog)
    dialog.name_edit.setText("Scarf")
    dialog.purchaser_combo.set_current_id(3)
    tick(dialog.contributors_list, "Lukas")
    dialog.accept()
    assert "cannot also contribute" in dialog.error_text("contributors")


def test_gift_dialog_shows_an_existing_gift(qtbot):
    record = GiftRecord(
        7,
        "Scarf",
        occasion_id=10,
        status="purchased",
        price_cents=3990,
        sale_price_cents=2990,
        quantity=3,
        purchaser_id=2,
        recipient_ids=(1, 3),
    )
    dialog = GiftDialog(None, record, PEOPLE, OCCASIONS)
    qtbot.addWidget(dialog)
    assert dialog.build_record() == record


def test_recipient_search_hides_people_who_do_not_match(qtbot):
    dialog = GiftDialog(None, None, PEOPLE, OCCASIONS)
    qtbot.addWidget(dialog)
    dialog.recipients_list.search.setText("ros")
    shown = [
        dialog.recipients_list.list.item(r).text()
        for r in range(dialog.recipients_list.list.count())
        if not dialog.recipients_list.list.item(r).isHidden()
    ]
    assert shown == ["Grandma Rosa"]
