""" "Set a budget for…": a person's two budgets for one occasion.

The budget panel lists only the people who already take part in an occasion
(a budget, or a gift they receive, buy or chip in for). This dialog reaches
everybody else: choose a person, type their budget for gifts to them and
their budget to spend. It collects and validates; the panel saves (one
undoable command).
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from giftdesk.data.errors import GiftdeskError
from giftdesk.i18n import translate
from giftdesk.ui.budget_bars import over_colour
from giftdesk.ui.money import format_amount, parse_money_text

Budgets = tuple[int | None, int | None]  # (for gifts to them, to spend), in cents


class PersonBudgetDialog(QDialog):
    """Choose a person and set their budgets for ``occasion_name``.

    ``people``: (id, name) of everybody, in the order to list them.
    ``budgets``: the current budgets of those who have any (others: none).
    ``note``: a sentence shown above the fields (why it asks again).
    After ``exec()`` returns Accepted, read ``person_id()`` and ``budgets()``.
    """

    def __init__(
        self,
        occasion_name: str,
        people: Sequence[tuple[int, str]],
        budgets: Mapping[int, Budgets],
        chosen: int | None = None,
        parent: QWidget | None = None,
        *,
        note: str = "",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("personBudgetDialog")
        self.setWindowTitle(translate("PersonBudgetDialog", "Set a budget"))
        self._budgets = dict(budgets)
        self._values: Budgets = (None, None)

        intro = QLabel(
            translate("PersonBudgetDialog", "A person's budgets for <b>{occasion}</b>.").format(
                occasion=html.escape(occasion_name)
            )
        )
        intro.setTextFormat(Qt.TextFormat.RichText)
        intro.setWordWrap(True)

        self.person = QComboBox()
        self.person.setObjectName("budgetPersonCombo")
        for person_id, name in people:
            self.person.addItem(name, person_id)
        self.person.currentIndexChanged.connect(self._show_budgets)

        self.recipient = QLineEdit()
        self.recipient.setObjectName("recipientBudgetEdit")
        self.purchaser = QLineEdit()
        self.purchaser.setObjectName("purchaserBudgetEdit")
        self.errors: dict[QLineEdit, QLabel] = {}
        for edit in (self.recipient, self.purchaser):
            edit.setPlaceholderText(translate("PersonBudgetDialog", "no budget"))
            edit.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            error = QLabel()
            error.setObjectName(edit.objectName().replace("Edit", "Error"))
            error.setWordWrap(True)
            error.setStyleSheet(f"color: {over_colour(self.palette()).name()};")
            error.setVisible(False)
            self.errors[edit] = error
            edit.textEdited.connect(lambda _text, e=edit: self._clear_error(e))

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(translate("PersonBudgetDialog", "&Person:"), self.person)
        form.addRow(translate("PersonBudgetDialog", "Budget for &gifts to them:"), self.recipient)
        form.addRow("", self.errors[self.recipient])
        form.addRow(translate("PersonBudgetDialog", "Budget to &spend on gifts:"), self.purchaser)
        form.addRow("", self.errors[self.purchaser])

        hint = QLabel(translate("PersonBudgetDialog", "Leave a budget empty for no budget."))
        hint.setEnabled(False)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            translate("PersonBudgetDialog", "Set budget")
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        self.note = QLabel(note)
        self.note.setObjectName("budgetNote")
        self.note.setWordWrap(True)
        self.note.setStyleSheet(f"color: {over_colour(self.palette()).name()};")
        self.note.setVisible(bool(note))

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.note)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        self.setMinimumWidth(440)

        at = self.person.findData(chosen) if chosen is not None else 0
        self.person.setCurrentIndex(max(at, 0))
        self._show_budgets()
        self.recipient.setFocus()

    # -- accessors -------------------------------------------------------------

    def person_id(self) -> int | None:
        data = self.person.currentData()
        return int(data) if data is not None else None

    def budgets(self) -> Budgets:
        """The accepted budgets in cents (None: no budget)."""
        return self._values

    def error_text(self) -> str:
        return " ".join(label.text() for label in self.errors.values() if not label.isHidden())

    # -- behaviour ---------------------------------------------------------------

    def _show_budgets(self, *_args: object) -> None:
        recipient, purchaser = self._budgets.get(self.person_id() or -1, (None, None))
        self.recipient.setText(format_amount(recipient))
        self.purchaser.setText(format_amount(purchaser))
        for edit in self.errors:
            self._clear_error(edit)

    def _clear_error(self, edit: QLineEdit) -> None:
        self.errors[edit].clear()
        self.errors[edit].setVisible(False)

    def accept(self) -> None:
        """Refuse with a sentence next to each bad field; accept only good amounts."""
        values: list[int | None] = []
        first_bad: QLineEdit | None = None
        for edit, field in (
            (self.recipient, translate("PersonBudgetDialog", "budget for gifts to them")),
            (self.purchaser, translate("PersonBudgetDialog", "budget to spend")),
        ):
            try:
                values.append(parse_money_text(field, edit.text()))
                self._clear_error(edit)
            except GiftdeskError as error:
                values.append(None)
                self.errors[edit].setText(str(error))
                self.errors[edit].setVisible(True)
                first_bad = first_bad or edit
        if self.person_id() is None:
            return
        if first_bad is not None:
            first_bad.setFocus()
            first_bad.selectAll()
            return
        self._values = (values[0], values[1])
        super().accept()
