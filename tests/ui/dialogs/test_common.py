"""What every form dialog shares: a refused submit keeps it open, the optional date."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QDialog

from giftdesk.data.errors import GiftdeskError, NotFoundError
from giftdesk.data.records import PersonRecord
from giftdesk.ui.dialogs.common import OptionalDateEdit
from giftdesk.ui.dialogs.person import PersonDialog


def test_submit_refusal_keeps_the_dialog_open_with_the_sentence(qtbot):
    def refuse(record):  # type: ignore[no-untyped-def]
        raise NotFoundError("This person no longer exists (deleted meanwhile).")

    dialog = PersonDialog(None, PersonRecord(5, "Anna"), refuse)
    qtbot.addWidget(dialog)
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.error_text("") == "This person no longer exists (deleted meanwhile)."


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
