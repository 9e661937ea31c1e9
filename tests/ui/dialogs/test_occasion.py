"""The occasion dialog: budget and date read, bad budgets refused."""

from __future__ import annotations

import datetime as dt

import pytest

from giftdesk.data.records import OccasionRecord
from giftdesk.ui.dialogs.occasion import OccasionDialog


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
