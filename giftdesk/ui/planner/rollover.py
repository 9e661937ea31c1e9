"""Occasions → Plan again next year… (``actionRolloverOccasion``).

A dialog asks which occasion, the new name (``Christmas 2027`` suggested)
and the date (a year later suggested; required when the old one has none).
The rollover is one operation (``giftdesk.data.operations.planner.rollover``):
it creates the occasion, budgets and idea copies in one transaction and
records their ids; its undo removes exactly those rows. A refusal (name
taken, no date, a date that does not parse) is shown next to the field and
the dialog keeps what was typed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from giftdesk.data.errors import ValidationError
from giftdesk.data.fields import OCCASION_NAME_MAX
from giftdesk.data.messages import translatable
from giftdesk.data.rollover import a_year_later, suggested_name
from giftdesk.i18n import translate
from giftdesk.ui.dialogs.common import FormDialog, OptionalDateEdit
from giftdesk.ui.models.labels import format_date


@dataclass(frozen=True)
class OccasionChoice:
    id: int
    name: str
    date: dt.date | None


@dataclass(frozen=True)
class RolloverRequest:
    occasion_id: int
    name: str
    date: dt.date | None


class RolloverDialog(FormDialog[RolloverRequest]):
    """Which occasion to plan again, under which name, on which date."""

    def __init__(
        self,
        parent: QWidget | None,
        choices: list[OccasionChoice],
        current: int | None,
        submit: Callable[[RolloverRequest], None] | None = None,
    ) -> None:
        super().__init__(parent, translate("RolloverDialog", "Plan again next year"), submit)
        self.setObjectName("RolloverDialog")
        self._choices = {c.id: c for c in choices}
        self.occasion_combo = QComboBox()
        self.occasion_combo.setObjectName("rolloverOccasion")
        for choice in choices:
            when = f" ({format_date(choice.date)})" if choice.date else ""
            self.occasion_combo.addItem(choice.name + when, choice.id)
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("rolloverName")
        self.name_edit.setMaxLength(OCCASION_NAME_MAX + 20)
        self.date_edit = OptionalDateEdit(
            field="date",
            label=translate("RolloverDialog", "Date"),
            empty_text=translate("RolloverDialog", "Choose a date"),
        )
        self.date_edit.setObjectName("rolloverDate")
        self.explanation = QLabel(
            translate(
                "RolloverDialog",
                "Same type and budget, everyone's budgets for it, and its gifts still at "
                "“idea” copied as ideas. The occasion itself stays as it is.",
            )
        )
        self.explanation.setWordWrap(True)
        self.add_field("occasion", translate("RolloverDialog", "&Occasion:"), self.occasion_combo)
        self.add_field("name", translate("RolloverDialog", "&New name:"), self.name_edit)
        self.add_field("date", translate("RolloverDialog", "&Date:"), self.date_edit)
        self.form.addRow("", self.explanation)
        self.buttons.button(self.buttons.StandardButton.Ok).setText(
            translate("RolloverDialog", "&Plan it")
        )
        self.occasion_combo.currentIndexChanged.connect(self._suggest)
        index = self.occasion_combo.findData(current) if current is not None else 0
        self.occasion_combo.setCurrentIndex(max(index, 0))
        self._suggest()
        self.setMinimumWidth(460)
        self.name_edit.setFocus()
        self.name_edit.selectAll()

    def _suggest(self, _index: int = 0) -> None:
        choice = self._choices.get(self.occasion_combo.currentData())
        if choice is None:
            return
        self.name_edit.setText(suggested_name(choice.name, choice.date))
        self.date_edit.set_value(a_year_later(choice.date) if choice.date else None)

    def build_record(self) -> RolloverRequest:
        occasion_id = self.occasion_combo.currentData()
        if occasion_id is None:
            raise ValidationError(
                "occasion", translatable("Rollover", "There is no occasion to plan again yet.")
            )
        date = self.date_edit.value()
        choice = self._choices[occasion_id]
        if date is None and choice.date is None:
            raise ValidationError(
                "date",
                translatable("Rollover", "“{name}” has no date; give the new one a date.").format(
                    name=choice.name
                ),
            )
        return RolloverRequest(occasion_id, self.name_edit.text(), date)
