"""Add or edit an occasion."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from giftdesk.data.fields import OCCASION_NAME_MAX, OCCASION_TYPES
from giftdesk.data.records import OccasionRecord
from giftdesk.data.validation import validate_occasion
from giftdesk.i18n import translate
from giftdesk.ui.dialogs.common import FormDialog, OptionalDateEdit
from giftdesk.ui.models.labels import OCCASION_TYPE_LABELS
from giftdesk.ui.money import format_amount, parse_money_text


class OccasionDialog(FormDialog[OccasionRecord]):
    def __init__(
        self,
        parent: QWidget | None,
        record: OccasionRecord | None,
        submit: Callable[[OccasionRecord], None] | None = None,
    ) -> None:
        super().__init__(
            parent,
            translate("OccasionDialog", "Edit occasion")
            if record
            else translate("OccasionDialog", "New occasion"),
            submit,
        )
        self.setObjectName("OccasionDialog")
        self._id = record.id if record else None
        # The saved change is refused if another computer changed the row meanwhile.
        self._version = record.version if record else 0
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("nameEdit")
        self.name_edit.setPlaceholderText(translate("OccasionDialog", "e.g. Christmas 2026"))
        self.type_combo = QComboBox()
        self.type_combo.setObjectName("typeCombo")
        for kind in OCCASION_TYPES:
            self.type_combo.addItem(OCCASION_TYPE_LABELS[kind], kind)
        self.date_edit = OptionalDateEdit(field="date", label=translate("OccasionDialog", "Date"))
        self.date_edit.setObjectName("dateEdit")
        self.budget_edit = QLineEdit()
        self.budget_edit.setObjectName("budgetEdit")
        self.budget_edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.budget_edit.setPlaceholderText(translate("OccasionDialog", "no budget"))
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setFixedHeight(80)
        self.add_field(
            "name",
            translate("OccasionDialog", "&Name:"),
            self.name_edit,
            max_length=OCCASION_NAME_MAX,
        )
        self.add_field("type", translate("OccasionDialog", "&Type:"), self.type_combo)
        self.add_field("date", translate("OccasionDialog", "&Date:"), self.date_edit)
        self.add_field("budget", translate("OccasionDialog", "&Budget:"), self.budget_edit)
        self.add_field("notes", translate("OccasionDialog", "N&otes:"), self.notes_edit)
        if record is not None:
            self.name_edit.setText(record.name)
            self.type_combo.setCurrentIndex(max(self.type_combo.findData(record.type), 0))
            self.date_edit.set_value(record.date)
            self.budget_edit.setText(format_amount(record.budget_cents))
            self.notes_edit.setPlainText(record.notes or "")
        else:
            self.type_combo.setCurrentIndex(self.type_combo.findData("holiday"))
        self.setMinimumWidth(420)
        self.name_edit.setFocus()

    def build_record(self) -> OccasionRecord:
        return validate_occasion(
            OccasionRecord(
                id=self._id,
                version=self._version,
                name=self.name_edit.text(),
                type=self.type_combo.currentData(),
                date=self.date_edit.value(),
                budget_cents=parse_money_text("budget", self.budget_edit.text()),
                notes=self.notes_edit.toPlainText(),
            )
        )
