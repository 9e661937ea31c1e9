"""Building blocks of the dialogs: field errors, optional dates, searchable pickers."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QDate, QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from giftdesk.data.errors import GiftdeskError, ValidationError

R = TypeVar("R")

ERROR_STYLE = "color: #c0392b;"


class FormDialog(QDialog, Generic[R]):
    """A form whose fields each have a place for their error message."""

    def __init__(
        self, parent: QWidget | None, title: str, submit: Callable[[R], None] | None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._submit = submit
        self.result_record: R | None = None
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self._errors: dict[str, QLabel] = {}
        self._widgets: dict[str, QWidget] = {}
        self.general_error = QLabel()
        self.general_error.setObjectName("generalError")
        self.general_error.setWordWrap(True)
        self.general_error.setStyleSheet(ERROR_STYLE)
        self.general_error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.columns = QHBoxLayout()
        self.columns.addLayout(self.form, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(self.columns)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)

    def add_field(
        self, key: str, label: str, widget: QWidget | Any, form: QFormLayout | None = None
    ) -> None:
        """A labelled field with an (initially hidden) error line under it."""
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        if isinstance(widget, QWidget):
            column.addWidget(widget)
        else:
            column.addLayout(widget)
        error = QLabel()
        error.setObjectName(f"{key}Error")
        error.setWordWrap(True)
        error.setStyleSheet(ERROR_STYLE)
        error.hide()
        column.addWidget(error)
        self._errors[key] = error
        if isinstance(widget, QWidget):
            self._widgets[key] = widget
        (form or self.form).addRow(label, holder)

    def error_text(self, key: str) -> str:
        """The message shown next to ``key`` ("" when none; for tests too)."""
        label = self._errors.get(key)
        if label is None:
            return self.general_error.text() if not self.general_error.isHidden() else ""
        return label.text() if not label.isHidden() else ""

    def show_error(self, key: str, message: str) -> None:
        label = self._errors.get(key)
        if label is None:
            self.general_error.setText(message)
            self.general_error.show()
            return
        label.setText(message)
        label.show()
        widget = self._widgets.get(key)
        if widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def clear_errors(self) -> None:
        for label in self._errors.values():
            label.hide()
            label.clear()
        self.general_error.hide()
        self.general_error.clear()

    def build_record(self) -> R:
        """Read the fields into a record; raise ValidationError for a bad one."""
        raise NotImplementedError

    def accept(self) -> None:
        self.clear_errors()
        try:
            record = self.build_record()
            if self._submit is not None:
                self._submit(record)
        except ValidationError as error:
            self.show_error(error.field, error.detail)
            return
        except GiftdeskError as error:
            if str(error):  # an empty sentence: the person backed out of a question
                self.show_error("", str(error))
            return
        self.result_record = record
        super().accept()


class OptionalDateEdit(QWidget):
    """A date with a calendar popup that may also be left empty."""

    NOT_SET = QDate(1900, 1, 1)

    def __init__(self, parent: QWidget | None = None, *, empty_text: str = "Not set") -> None:
        super().__init__(parent)
        self.edit = QDateEdit()
        self.edit.setCalendarPopup(True)
        self.edit.setMinimumDate(self.NOT_SET)
        self.edit.setMaximumDate(QDate(2200, 12, 31))
        self.edit.setSpecialValueText(empty_text)
        self.edit.setDisplayFormat("yyyy-MM-dd")
        self.edit.setDate(self.NOT_SET)
        self.edit.calendarWidget().installEventFilter(self)
        self.clear_button = QToolButton()
        self.clear_button.setText("Clear")
        self.clear_button.setToolTip("Leave the date empty")
        self.clear_button.clicked.connect(lambda: self.set_value(None))
        self.edit.dateChanged.connect(lambda _d: self._update_clear())
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(self.clear_button)
        self._update_clear()
        self.setFocusProxy(self.edit)

    def value(self) -> dt.date | None:
        date = self.edit.date()
        if date == self.NOT_SET:
            return None
        return dt.date(date.year(), date.month(), date.day())

    def set_value(self, value: dt.date | None) -> None:
        if value is None:
            self.edit.setDate(self.NOT_SET)
        else:
            self.edit.setDate(QDate(value.year, value.month, value.day))

    def _update_clear(self) -> None:
        self.clear_button.setEnabled(self.value() is not None)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        # An empty date opens the calendar on today, not on the year 1900.
        if event.type() == QEvent.Type.Show and self.value() is None:
            today = QDate.currentDate()
            self.edit.calendarWidget().setCurrentPage(today.year(), today.month())
        return False


class CheckList(QWidget):
    """People to tick, with a search box above the list."""

    def __init__(
        self, choices: Sequence[tuple[int, str]], placeholder: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.search = QLineEdit()
        self.search.setPlaceholderText(placeholder)
        self.search.setClearButtonEnabled(True)
        self.list = QListWidget()
        self.list.setUniformItemSizes(True)
        for person_id, name in choices:
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, person_id)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.search.textChanged.connect(self._filter)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        column.addWidget(self.search)
        column.addWidget(self.list)
        self.setFocusProxy(self.search)

    def _filter(self, text: str) -> None:
        needle = text.strip().casefold()
        for row in range(self.list.count()):
            item = self.list.item(row)
            item.setHidden(bool(needle) and needle not in item.text().casefold())

    def checked_ids(self) -> tuple[int, ...]:
        return tuple(
            self.list.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.list.count())
            if self.list.item(row).checkState() == Qt.CheckState.Checked
        )

    def set_checked(self, ids: Iterable[int]) -> None:
        wanted = set(ids)
        for row in range(self.list.count()):
            item = self.list.item(row)
            state = (
                Qt.CheckState.Checked
                if item.data(Qt.ItemDataRole.UserRole) in wanted
                else Qt.CheckState.Unchecked
            )
            item.setCheckState(state)


class SearchableCombo(QComboBox):
    """A combo of people (first item: none) that filters as you type any part of a name."""

    def __init__(
        self, choices: Sequence[tuple[int, str]], none_text: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.addItem(none_text, None)
        for person_id, name in choices:
            self.addItem(name, person_id)
        completer = QCompleter(self.model(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self._none_text = none_text

    def current_id(self) -> int | None:
        """The chosen person; raises ValidationError for a name that is nobody here."""
        text = self.currentText().strip()
        if not text or text == self._none_text:
            return None
        at = self.findText(text, Qt.MatchFlag.MatchFixedString)
        if at < 0:
            raise ValidationError("purchaser", f"“{text}” is not one of the people in this file.")
        return self.itemData(at)

    def set_current_id(self, person_id: int | None) -> None:
        at = self.findData(person_id) if person_id is not None else 0
        self.setCurrentIndex(max(at, 0))
