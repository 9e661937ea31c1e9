"""Building blocks of the dialogs: field errors, optional dates, searchable pickers."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QDate, QEvent, QLocale, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCalendarWidget,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPlainTextEdit,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from giftdesk.data.errors import GiftdeskError, ValidationError
from giftdesk.data.messages import translatable
from giftdesk.i18n import translate
from giftdesk.ui.models.labels import fold, format_date

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
        self,
        key: str,
        label: str,
        widget: QWidget | Any,
        form: QFormLayout | None = None,
        *,
        max_length: int | None = None,
    ) -> None:
        """A labelled field with an (initially hidden) error line under it.

        The error goes as soon as the field is changed. A text field with
        ``max_length`` keeps everything typed or pasted (nothing is cut
        silently) and says at once when it is longer than allowed.
        """
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
            # The same words as the check on OK (giftdesk.data.validation).
            self._watch(key, widget, max_length, key.replace("_", " ").capitalize())
        (form or self.form).addRow(label, holder)

    def _watch(self, key: str, widget: QWidget, max_length: int | None, label: str) -> None:
        def changed(*_args: object) -> None:
            error = self._errors[key]
            error.hide()
            error.clear()
            if max_length is not None and isinstance(widget, QLineEdit):
                length = len(" ".join(widget.text().split()))
                if length > max_length:
                    error.setText(
                        translate(
                            "FormDialog",
                            "{label} is too long ({length} characters; at most {max_length}).",
                        ).format(label=label, length=length, max_length=max_length)
                    )
                    error.show()

        for part in (widget, *widget.findChildren(QWidget)):
            if isinstance(part, (QLineEdit, QPlainTextEdit)):
                part.textChanged.connect(changed)
            elif isinstance(part, QComboBox):
                part.currentIndexChanged.connect(changed)
            elif isinstance(part, QAbstractSpinBox):
                part.editingFinished.connect(changed)
                if isinstance(part, QSpinBox):
                    part.valueChanged.connect(changed)
            elif isinstance(part, QListWidget):
                part.itemChanged.connect(changed)

    def fields(self) -> dict[str, QWidget]:
        """The field widgets by key, in the order of the form."""
        return dict(self._widgets)

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


def parse_date_text(text: str, locale: QLocale | None = None) -> dt.date | None:
    """A date typed as ISO (``2026-12-24``) or in the locale's short format
    (``24.12.2026``, ``12/24/26``, with or without leading zeros); empty → None.

    Raises ``ValueError`` for text that is not a date.
    """
    text = text.strip()
    if not text:
        return None
    locale = locale or QLocale()
    short = locale.dateFormat(QLocale.FormatType.ShortFormat)
    loose = short.replace("dd", "d").replace("MM", "M")
    four = loose if "yyyy" in loose else loose.replace("yy", "yyyy")
    two = four.replace("yyyy", "yy")
    # A two-digit year is the one nearest today's (47 → 1947, 30 → 2030).
    base_year = dt.date.today().year - 79
    candidates = [locale.toDate(text, "yyyy-M-d")]
    if locale.language() != QLocale.Language.C:
        candidates += [locale.toDate(text, four), locale.toDate(text, two, base_year)]
    for date in candidates:
        if date.isValid():
            return dt.date(date.year(), date.month(), date.day())
    raise ValueError(text)


class OptionalDateEdit(QWidget):
    """A date that may be left empty: typed (ISO or the locale's way) or picked.

    A plain line edit, so Tab leaves it like any other field and nothing
    typed is thrown away; the calendar opens from the button or with
    Alt+Down / F4. ``value()`` raises ``ValidationError`` for text that is
    not a date, which the dialog shows next to the field.
    """

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        field: str = "date",
        label: str = translate("OptionalDateEdit", "Date"),
        empty_text: str = translate("OptionalDateEdit", "Not set"),
    ) -> None:
        super().__init__(parent)
        self._field = field
        self._label = label
        example = format_date(dt.date(dt.date.today().year, 12, 24))
        # Children made with their parent: a focus proxy made without one
        # closes the Tab chain on itself (Tab would never leave the field).
        self.edit = QLineEdit(self)
        self.edit.setObjectName("dateText")
        self.edit.setPlaceholderText(
            translate("OptionalDateEdit", "{empty_text} (type e.g. {example})").format(
                empty_text=empty_text, example=example
            )
        )
        self.edit.setToolTip(
            translate(
                "OptionalDateEdit",
                "Type a date like {example} or 2026-12-24, or pick one from the calendar "
                "(Alt+Down). Leave empty for no date.",
            ).format(example=example)
        )
        self.edit.editingFinished.connect(self._tidy)
        self.edit.textChanged.connect(lambda _t: self._update_clear())
        self.calendar = QCalendarWidget()
        self.calendar.setObjectName("dateCalendar")
        self.calendar.setGridVisible(False)
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)
        self._menu = QMenu(self)
        holder = QWidgetAction(self._menu)
        holder.setDefaultWidget(self.calendar)
        self._menu.addAction(holder)
        self._menu.aboutToShow.connect(self._prepare_calendar)
        self.calendar_button = QToolButton(self)
        self.calendar_button.setObjectName("calendarButton")
        self.calendar_button.setArrowType(Qt.ArrowType.DownArrow)  # like a combo box's
        self.calendar_button.setToolTip(
            translate("OptionalDateEdit", "Pick the date from a calendar (Alt+Down)")
        )
        self.calendar_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.calendar_button.clicked.connect(self.show_calendar)
        self.edit.installEventFilter(self)
        self.clear_button = QToolButton(self)
        self.clear_button.setText(translate("OptionalDateEdit", "Clear"))
        self.clear_button.setToolTip(translate("OptionalDateEdit", "Leave the date empty"))
        self.clear_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.clear_button.clicked.connect(lambda: self.set_value(None))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(self.calendar_button)
        row.addWidget(self.clear_button)
        self._update_clear()
        self.setFocusProxy(self.edit)

    def value(self) -> dt.date | None:
        """The date, None when empty; ``ValidationError`` when it cannot be read."""
        try:
            return parse_date_text(self.edit.text())
        except ValueError:
            example = format_date(dt.date(dt.date.today().year, 12, 24))
            raise ValidationError(
                self._field,
                translatable(
                    "Common",
                    "{label} “{text}” is not a date; write it like {example} or 2026-12-24.",
                ).format(label=self._label, text=self.edit.text().strip(), example=example),
            ) from None

    def set_value(self, value: dt.date | None) -> None:
        self.edit.setText(format_date(value))

    def show_calendar(self) -> None:
        self._menu.popup(self.edit.mapToGlobal(self.edit.rect().bottomLeft()))

    def _prepare_calendar(self) -> None:
        try:
            current = parse_date_text(self.edit.text())
        except ValueError:
            current = None
        # An empty date opens the calendar on today, not on some far year.
        day = current or dt.date.today()
        self.calendar.setSelectedDate(QDate(day.year, day.month, day.day))
        self.calendar.setFocus()

    def _picked(self, date: QDate) -> None:
        self.set_value(dt.date(date.year(), date.month(), date.day()))
        self._menu.close()
        self.edit.setFocus(Qt.FocusReason.PopupFocusReason)

    def _tidy(self) -> None:
        """A readable date is shown back the locale's way once the person moves on."""
        try:
            value = parse_date_text(self.edit.text())
        except ValueError:
            return
        if value is not None and self.edit.text() != format_date(value):
            self.edit.setText(format_date(value))

    def _update_clear(self) -> None:
        self.clear_button.setEnabled(bool(self.edit.text().strip()))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        # Alt+Down and F4 open the calendar, as they open a combo box's list.
        if (
            watched is self.edit
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
        ):
            alt = event.modifiers() & Qt.KeyboardModifier.AltModifier
            if event.key() == Qt.Key.Key_F4 or (event.key() == Qt.Key.Key_Down and alt):
                self.show_calendar()
                return True
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
        needle = fold(text.strip())
        for row in range(self.list.count()):
            item = self.list.item(row)
            item.setHidden(bool(needle) and needle not in fold(item.text()))

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
            raise ValidationError(
                "purchaser",
                translatable("Common", "“{text}” is not one of the people in this file.").format(
                    text=text
                ),
            )
        person_id: int = self.itemData(at)
        return person_id

    def set_current_id(self, person_id: int | None) -> None:
        at = self.findData(person_id) if person_id is not None else 0
        self.setCurrentIndex(max(at, 0))
