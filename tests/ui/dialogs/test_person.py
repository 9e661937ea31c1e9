"""The person dialog: a cleaned record out, a bad name refused next to the field."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QDialog

from giftdesk.data.records import PersonRecord
from giftdesk.ui.dialogs.person import PersonDialog


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
