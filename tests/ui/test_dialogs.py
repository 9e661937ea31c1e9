"""Add/edit dialogs: values out through accessors, refusals next to their field."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from giftdesk.data.errors import GiftdeskError, NotFoundError
from giftdesk.data.records import GiftRecord, OccasionRecord, PersonRecord
from giftdesk.ui.dialogs.common import OptionalDateEdit
from giftdesk.ui.dialogs.gift import GiftDialog
from giftdesk.ui.dialogs.occasion import OccasionDialog
from giftdesk.ui.dialogs.person import PersonDialog

PEOPLE = [(1, "Anna"), (2, "Grandma Rosa"), (3, "Lukas")]
OCCASIONS = [(10, "Christmas 2026"), (11, "Rosa's 80th")]


def tick(check_list, *names):  # type: ignore[no-untyped-def]
    for row in range(check_list.list.count()):
        item = check_list.list.item(row)
        if item.text() in names:
            item.setCheckState(Qt.CheckState.Checked)


@pytest.fixture
def submitted():  # type: ignore[no-untyped-def]
    return []


def test_person_dialog_refuses_a_blank_name_next_to_the_field(qtbot, submitted):
    dialog = PersonDialog(None, None, submitted.append)
    qtbot.addWidget(dialog)
    dialog.name_edit.setText("   ")
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.error_text("name") == "Name cannot be blank."
    assert submitted == []


def test_person_dialog_refuses_an_over_long_name(qtbot, submitted):
    dialog = PersonDialog(None, None, submitted.append)
    qtbot.addWidget(dialog)
    dialog.name_edit.setText("x" * 101)
    dialog.accept()
    assert "too long" in dialog.error_text("name")
    assert submitted == []


def test_person_dialog_gives_a_cleaned_record(qtbot, submitted):
    dialog = PersonDialog(None, None, submitted.append)
    qtbot.addWidget(dialog)
    dialog.name_edit.setText("  Grandma   Rosa ")
    dialog.relationship_edit.setText(" Grandmother ")
    dialog.birthdate_edit.set_value(dt.date(1947, 2, 14))
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert submitted == [PersonRecord(None, "Grandma Rosa", "Grandmother", dt.date(1947, 2, 14))]


def test_person_dialog_edits_an_existing_record(qtbot, submitted):
    record = PersonRecord(5, "Anna", "Sister", None, "likes tea")
    dialog = PersonDialog(None, record, submitted.append)
    qtbot.addWidget(dialog)
    assert dialog.name_edit.text() == "Anna"
    dialog.accept()
    assert submitted == [record]


def test_submit_refusal_keeps_the_dialog_open_with_the_sentence(qtbot):
    def refuse(record):  # type: ignore[no-untyped-def]
        raise NotFoundError("This person no longer exists (deleted meanwhile).")

    dialog = PersonDialog(None, PersonRecord(5, "Anna"), refuse)
    qtbot.addWidget(dialog)
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.error_text("") == "This person no longer exists (deleted meanwhile)."


@pytest.mark.parametrize(
    ("budget", "message"),
    [
        ("abc", "Budget “abc” is not an amount; write it like 1,250.50."),
        ("-3", "Budget cannot be negative."),
        (
            "12.345",
            "Budget “12.345” is unclear: 12,345.00? Write 12345, or use at most two decimals.",
        ),
        ("12.3456", "Budget can have at most two decimals."),
        ("10000000", "Budget must be less than 10,000,000.00."),
    ],
)
def test_occasion_dialog_refuses_bad_budgets(qtbot, submitted, budget, message):
    dialog = OccasionDialog(None, None, submitted.append)
    qtbot.addWidget(dialog)
    dialog.name_edit.setText("Christmas")
    dialog.budget_edit.setText(budget)
    dialog.accept()
    assert dialog.error_text("budget") == message
    assert dialog.error_text("name") == ""
    assert submitted == []


def test_occasion_dialog_reads_budget_and_date(qtbot, submitted):
    dialog = OccasionDialog(None, None, submitted.append)
    qtbot.addWidget(dialog)
    dialog.name_edit.setText("Christmas 2026")
    dialog.type_combo.setCurrentIndex(dialog.type_combo.findData("holiday"))
    dialog.date_edit.set_value(dt.date(2026, 12, 25))
    dialog.budget_edit.setText("1500")
    dialog.accept()
    assert submitted == [
        OccasionRecord(None, "Christmas 2026", "holiday", dt.date(2026, 12, 25), 150000)
    ]


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


def test_optional_date_can_be_left_empty_and_cleared(qtbot):
    edit = OptionalDateEdit()
    qtbot.addWidget(edit)
    assert edit.value() is None
    edit.set_value(dt.date(2026, 12, 24))
    assert edit.value() == dt.date(2026, 12, 24)
    edit.clear_button.click()
    assert edit.value() is None


def test_cancelled_question_keeps_the_dialog_open_silently(qtbot):
    class Cancelled(GiftdeskError):
        def __init__(self) -> None:
            super().__init__("")

    def cancel(record):  # type: ignore[no-untyped-def]
        raise Cancelled()

    dialog = PersonDialog(None, None, cancel)
    qtbot.addWidget(dialog)
    dialog.name_edit.setText("Anna")
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.error_text("") == ""
