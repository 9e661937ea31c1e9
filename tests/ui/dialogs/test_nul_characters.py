"""A NUL character typed or pasted into a dialog is refused next to its field.

The dialogs check with the data layer's validation, so this is the same
sentence the command line and the imports give; the dialog stays open with
what was typed, and nothing is handed on to be saved.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog

from giftdesk.data.records import GiftRecord, OccasionRecord, PersonRecord
from giftdesk.ui.dialogs.gift import GiftDialog
from giftdesk.ui.dialogs.occasion import OccasionDialog
from giftdesk.ui.dialogs.person import PersonDialog

REFUSAL = "contains a NUL character, which a database server cannot store."


def _set(widget, text: str) -> None:  # type: ignore[no-untyped-def]
    if hasattr(widget, "setPlainText"):
        widget.setPlainText(text)
    else:
        widget.setText(text)


def _refused(dialog, widget, field: str, label: str, text: str, submitted) -> None:  # type: ignore[no-untyped-def]
    _set(getattr(dialog, widget), text)
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.error_text(field) == f"{label} {REFUSAL}"
    assert "\x00" in (getattr(dialog, widget).text() if widget != "notes_edit"
                      else getattr(dialog, widget).toPlainText())  # fmt: skip
    assert submitted == []


@pytest.mark.parametrize("existing", [None, PersonRecord(5, "Anna", "Sister", version=3)])
@pytest.mark.parametrize(
    ("widget", "field", "label"),
    [("name_edit", "name", "Name"), ("sizes_edit", "sizes", "Sizes"),
     ("notes_edit", "notes", "Notes")],
)  # fmt: skip
def test_person_dialog_refuses_a_nul(qtbot, submitted, existing, widget, field, label):
    dialog = PersonDialog(None, existing, submitted.append)
    qtbot.addWidget(dialog)
    if existing is None:
        dialog.name_edit.setText("Maria")
    _refused(dialog, widget, field, label, "Ma\x00ria", submitted)


@pytest.mark.parametrize("existing", [None, OccasionRecord(7, "Christmas", "holiday", version=2)])
@pytest.mark.parametrize(
    ("widget", "field", "label"), [("name_edit", "name", "Name"), ("notes_edit", "notes", "Notes")]
)
def test_occasion_dialog_refuses_a_nul(qtbot, submitted, existing, widget, field, label):
    dialog = OccasionDialog(None, existing, submitted.append)
    qtbot.addWidget(dialog)
    if existing is None:
        dialog.name_edit.setText("Easter")
    _refused(dialog, widget, field, label, "Easter\x00", submitted)


@pytest.mark.parametrize("existing", [None, GiftRecord(9, "Scarf", recipient_ids=(1,), version=4)])
@pytest.mark.parametrize(
    ("widget", "field", "label"),
    [("name_edit", "name", "Name"), ("store_edit", "store", "Store"),
     ("url_edit", "url", "Link"), ("notes_edit", "notes", "Notes")],
)  # fmt: skip
def test_gift_dialog_refuses_a_nul(qtbot, submitted, existing, widget, field, label):
    dialog = GiftDialog(None, existing, [(1, "Anna")], [(10, "Christmas")], submitted.append)
    qtbot.addWidget(dialog)
    if existing is None:
        dialog.name_edit.setText("Scarf")
    _refused(dialog, widget, field, label, "\x00wool", submitted)
