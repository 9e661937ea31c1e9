"""The person picker: who buys these gifts (or who is added/removed as recipient).

``PurchaserPickerDialog`` lists people with, for the occasion at hand, what
each already buys (or receives) against their budget, filters as you type
(case- and accent-insensitive: "zoe" finds "Zoë"), offers "No purchaser",
and can create a person inline through a callback the caller gives it. It
collects and validates; it never writes: the caller reads
``chosen_person_id()`` and runs the undoable action.

Keyboard: typing goes to the filter, Down moves into the list, Up from the
first row goes back, Enter chooses (from the filter: the highlighted or
first match), a double-click chooses, Esc cancels (or closes the inline
new-person form first).
"""

from __future__ import annotations

import enum
import functools
import html
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QFont, QIcon, QKeyEvent, QPixmap, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from giftdesk.data.errors import GiftdeskError, ValidationError
from giftdesk.data.records import PersonRecord
from giftdesk.data.validation import validate_person
from giftdesk.i18n import translate
from giftdesk.ui.background import BackgroundRead


def money_text(cents: int) -> str:
    """Cents in the user's locale and currency ("€1,234.50", "1.234,50 €")."""
    return QLocale().toCurrencyString(cents / 100)


def fold(text: str) -> str:
    """A key for matching: accents stripped (NFKD), case folded."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


class PickerMode(enum.Enum):
    PURCHASER = "purchaser"
    ADD_RECIPIENT = "add_recipient"
    REMOVE_RECIPIENT = "remove_recipient"

    @property
    def verb(self) -> str:
        """What the figures of a line are about."""
        return "buying" if self is PickerMode.PURCHASER else "receiving"


@dataclass(frozen=True)
class PickerLine:
    """One person in the picker, with figures for the occasion at hand.

    ``amount_cents``: what they already buy (purchaser mode) or receive
    (recipient modes); ``budget_cents``: the matching budget, None if unset;
    ``over_in``: when figures span several occasions, the names of those
    where they are over budget; ``figures_known``: False while the figures
    are still being read (the line shows the name only); ``receives``: how
    many of the gifts at hand this person receives (buying them would be
    buying their own).
    """

    person_id: int
    name: str
    relationship: str | None = None
    amount_cents: int = 0
    budget_cents: int | None = None
    over_in: tuple[str, ...] = ()
    figures_known: bool = True
    receives: int = 0

    @property
    def over_budget(self) -> bool:
        if not self.figures_known:
            return False
        if self.over_in:
            return True
        return self.budget_cents is not None and self.amount_cents > self.budget_cents

    @functools.cached_property
    def search_key(self) -> str:
        # Folded once per line, not on every key typed into the filter.
        return fold(f"{self.name} {self.relationship or ''}")


NO_PERSON_LABEL = translate("PurchaserPicker", "No purchaser")
ICON_SIZE = 16
PersonIdRole = Qt.ItemDataRole.UserRole + 1  # int, or None on the "No purchaser" row
SearchKeyRole = Qt.ItemDataRole.UserRole + 2
OverBudgetRole = Qt.ItemDataRole.UserRole + 3
IsNobodyRole = Qt.ItemDataRole.UserRole + 4


class PickerModel(QAbstractListModel):
    """People (plus, optionally, a first "No purchaser" row), sorted by name."""

    def __init__(
        self,
        lines: Sequence[PickerLine],
        *,
        verb: str = "buying",
        with_nobody: bool = False,
        gift_count: int = 1,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._verb = verb
        self._gift_count = gift_count
        self._with_nobody = with_nobody
        self._lines: list[PickerLine] = sorted(lines, key=_sort_key)
        style = QApplication.style()
        self._warning_icon = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        self._nobody_icon = style.standardIcon(QStyle.StandardPixmap.SP_DialogDiscardButton)
        blank = QPixmap(ICON_SIZE, ICON_SIZE)
        blank.fill(Qt.GlobalColor.transparent)
        self._blank_icon = QIcon(blank)  # keeps every name aligned with the marked ones
        self._italic = QFont()
        self._italic.setItalic(True)

    # -- reading --

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid():
            return 0
        return len(self._lines) + (1 if self._with_nobody else 0)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> object:
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        line = self.line_at(index.row())
        if line is None:
            return self._nobody_data(role)
        if role == Qt.ItemDataRole.DisplayRole:
            return self.describe(line)
        if role == Qt.ItemDataRole.DecorationRole:
            return self._warning_icon if line.over_budget else self._blank_icon
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            text = self.describe(line)
            if line.over_in:
                text = translate("PickerModel", "{line} (over budget in {occasions})").format(
                    line=text, occasions=", ".join(line.over_in)
                )
            return text
        if role == PersonIdRole:
            return line.person_id
        if role == SearchKeyRole:
            return line.search_key
        if role == OverBudgetRole:
            return line.over_budget
        if role == IsNobodyRole:
            return False
        return None

    def _nobody_data(self, role: int) -> object:
        if role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.AccessibleTextRole,
        ):
            return translate("PickerModel", "No purchaser (clear the purchaser)")
        if role == Qt.ItemDataRole.DecorationRole:
            return self._nobody_icon
        if role == Qt.ItemDataRole.FontRole:
            return self._italic
        if role == SearchKeyRole:
            return fold(NO_PERSON_LABEL)
        if role == IsNobodyRole:
            return True
        if role == OverBudgetRole:
            return False
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def describe(self, line: PickerLine) -> str:
        """ "Thomas (Dad) — buying €120.00 of €150.00", over budget said in words."""
        who = f"{line.name} ({line.relationship})" if line.relationship else line.name
        own = ""
        if line.receives and self._verb == "buying":
            own = " · " + translate("PickerModel", "gets {which} themselves").format(
                which=own_share(line.receives, self._gift_count)
            )
        buying = self._verb == "buying"
        if not line.figures_known:
            return f"{who} — …{own}"
        if line.budget_cents is not None:
            figures = (
                translate("PickerModel", "buying {amount} of {budget}")
                if buying
                else translate("PickerModel", "receiving {amount} of {budget}")
            ).format(amount=money_text(line.amount_cents), budget=money_text(line.budget_cents))
        elif line.amount_cents:
            figures = (
                translate("PickerModel", "buying {amount}, no budget set")
                if buying
                else translate("PickerModel", "receiving {amount}, no budget set")
            ).format(amount=money_text(line.amount_cents))
        else:
            figures = (
                translate("PickerModel", "buying nothing yet")
                if buying
                else translate("PickerModel", "receiving nothing yet")
            )
        text = f"{who} — {figures}"
        if line.over_budget:
            if line.budget_cents is not None and line.amount_cents > line.budget_cents:
                over = money_text(line.amount_cents - line.budget_cents)
                text += " · " + translate("PickerModel", "over budget by {amount}").format(
                    amount=over
                )
            else:
                text += " · " + translate("PickerModel", "over budget")
        return text + own

    def line_at(self, row: int) -> PickerLine | None:
        """The person on ``row``, None for the "No purchaser" row."""
        if self._with_nobody:
            if row == 0:
                return None
            row -= 1
        return self._lines[row]

    def row_of(self, person_id: int | None) -> int:
        """Row of a person (None: the "No purchaser" row); -1 if absent."""
        if person_id is None:
            return 0 if self._with_nobody else -1
        for i, line in enumerate(self._lines):
            if line.person_id == person_id:
                return i + (1 if self._with_nobody else 0)
        return -1

    def lines(self) -> list[PickerLine]:
        return list(self._lines)

    # -- changing --

    def update_figures(self, lines: Sequence[PickerLine]) -> None:
        """Put in figures read later (same people; names and order unchanged)."""
        fresh = {line.person_id: line for line in lines}
        self._lines = [fresh.get(line.person_id, line) for line in self._lines]
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, 0))

    def add_line(self, line: PickerLine) -> int:
        """Insert a person at their place by name; returns the row."""
        key = _sort_key(line)
        position = 0
        while position < len(self._lines) and _sort_key(self._lines[position]) <= key:
            position += 1
        row = position + (1 if self._with_nobody else 0)
        self.beginInsertRows(QModelIndex(), row, row)
        self._lines.insert(position, line)
        self.endInsertRows()
        return row


_NOBODY_KEY = fold(NO_PERSON_LABEL)


def _sort_key(line: PickerLine) -> tuple[str, int]:
    return (fold(line.name), line.person_id)


class PickerFilterProxy(QSortFilterProxyModel):
    """Keeps rows whose folded name/relationship contains every typed word.

    The "No purchaser" row shows while nothing is typed (or when what is
    typed matches its label), so Enter in the filter never clears a
    purchaser by accident.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []

    def set_filter_text(self, text: str) -> None:
        words = fold(text).split()
        if words == self._words:
            return
        if hasattr(self, "beginFilterChange"):  # Qt ≥ 6.10
            self.beginFilterChange()
            self._words = words
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:  # pragma: no cover - older Qt
            self._words = words
            self.invalidateRowsFilter()

    def filterAcceptsRow(
        self,
        source_row: int,
        source_parent: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        if not self._words:
            return True
        source = self.sourceModel()
        if isinstance(source, PickerModel):  # straight to the line: no index, no data()
            line = source.line_at(source_row)
            key = line.search_key if line is not None else _NOBODY_KEY
        else:
            key = source.index(source_row, 0, source_parent).data(SearchKeyRole) or ""
        return all(word in key for word in self._words)


CreatePerson = Callable[[PersonRecord], int]
PendingFigures = Callable[[], tuple[Sequence[PickerLine], str]]


class PurchaserPickerDialog(QDialog):
    """Choose one person (or nobody) for one or many gifts."""

    def __init__(
        self,
        lines: Sequence[PickerLine],
        *,
        mode: PickerMode = PickerMode.PURCHASER,
        gift_count: int = 1,
        gift_name: str | None = None,
        scope_text: str = "",
        current_person_id: int | None = None,
        create_person: CreatePerson | None = None,
        pending_figures: PendingFigures | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("PurchaserPickerDialog")
        # Figures that take long to read (every occasion of a big file) come
        # right after the dialog is on screen, so it opens at once.
        self._pending = pending_figures
        self._reader: BackgroundRead | None = None
        self._mode = mode
        self._create_person = create_person
        self._created: list[int] = []
        self._chosen: PickerLine | None = None
        self._chose_nobody = False
        self._duplicate_confirmed: str | None = None

        self.setWindowTitle(dialog_title(mode, gift_count, gift_name))
        self.setModal(True)

        self._model = PickerModel(
            lines,
            verb=mode.verb,
            with_nobody=mode is PickerMode.PURCHASER,
            gift_count=gift_count,
            parent=self,
        )
        self._proxy = PickerFilterProxy(self)
        self._proxy.setSourceModel(self._model)

        self._gift_count, self._gift_name = gift_count, gift_name
        intro = QLabel(self._intro_text(gift_count, gift_name, scope_text))
        intro.setWordWrap(True)
        intro.setObjectName("pickerIntro")
        self.intro_label = intro

        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("purchaserFilter")
        self.filter_edit.setPlaceholderText(
            translate("PurchaserPickerDialog", "Type a name or relationship…")
        )
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setAccessibleName(translate("PurchaserPickerDialog", "Filter people"))
        filter_label = QLabel(translate("PurchaserPickerDialog", "&Find:"))
        filter_label.setBuddy(self.filter_edit)

        self.list_view = QListView()
        self.list_view.setObjectName("purchaserList")
        self.list_view.setModel(self._proxy)
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list_view.setUniformItemSizes(True)
        self.list_view.setAlternatingRowColors(True)
        self.list_view.setAccessibleName(translate("PurchaserPickerDialog", "People"))
        self.list_view.setMinimumHeight(240)
        self.list_view.setIconSize(QSize(ICON_SIZE, ICON_SIZE))

        self.empty_label = QLabel()
        self.empty_label.setObjectName("pickerEmptyHint")
        self.empty_label.setWordWrap(True)
        self.empty_label.hide()

        self.new_person_button = QPushButton(translate("PurchaserPickerDialog", "&New person…"))
        self.new_person_button.setObjectName("newPersonButton")
        self.new_person_button.setToolTip(
            translate("PurchaserPickerDialog", "Add a person without leaving this dialog")
        )
        self.new_person_button.setAutoDefault(False)

        self._form = self._build_new_person_form()
        self._form.hide()

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(
            {
                PickerMode.PURCHASER: translate("PurchaserPickerDialog", "&Assign"),
                PickerMode.ADD_RECIPIENT: translate("PurchaserPickerDialog", "&Add recipient"),
                PickerMode.REMOVE_RECIPIENT: translate(
                    "PurchaserPickerDialog", "&Remove recipient"
                ),
            }[mode]
        )
        self.buttons.addButton(self.new_person_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.new_person_button.setVisible(create_person is not None)
        self.buttons.accepted.connect(self._choose_current)
        self.buttons.rejected.connect(self.reject)

        filter_row = QHBoxLayout()
        filter_row.addWidget(filter_label)
        filter_row.addWidget(self.filter_edit, 1)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(filter_row)
        layout.addWidget(self.list_view, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(self._form)
        layout.addWidget(self.buttons)
        self.resize(self._natural_width(), 460)

        self.filter_edit.textChanged.connect(self._on_filter_changed)
        self.filter_edit.installEventFilter(self)
        self.list_view.installEventFilter(self)
        self.list_view.doubleClicked.connect(self._choose_index)
        self.list_view.selectionModel().currentChanged.connect(self._update_ok)
        self.new_person_button.clicked.connect(self._open_new_person_form)

        self._select_row(self._model.row_of(current_person_id) if current_person_id else -1)
        if not self.list_view.currentIndex().isValid():
            self._select_first()
        self._update_ok()
        self.filter_edit.setFocus()

    def _natural_width(self) -> int:
        """Wide enough for the longest line (within reason), so nothing is cut off."""
        metrics = self.list_view.fontMetrics()
        rows = range(min(self._model.rowCount(), 500))
        widest = max(
            (metrics.horizontalAdvance(self._model.index(r, 0).data() or "") for r in rows),
            default=0,
        )
        return max(520, min(widest + ICON_SIZE + 80, 900))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._pending is not None and self._reader is None:
            # Read in a worker thread (its own connection): typing in the
            # filter never waits for every occasion's figures.
            self._reader = BackgroundRead(self._pending, "picker's figures")
            self._reader.ready.connect(self._show_figures_read)
            self._reader.failed.connect(self._show_figures_error)
            self._reader.start_reading()

    def load_pending_figures(self) -> None:
        """Read the figures left for later now, on this thread (if not arrived yet)."""
        if self._pending is None:
            return
        try:
            lines, scope_text = self._pending()
        except GiftdeskError as error:
            self._show_figures_error(str(error))
            return
        self._show_figures(lines, scope_text)

    def _show_figures_read(self, result: tuple[Sequence[PickerLine], str]) -> None:
        self._show_figures(*result)

    def _show_figures(self, lines: Sequence[PickerLine], scope_text: str) -> None:
        if self._pending is None:  # already shown
            return
        self._pending = None
        self._model.update_figures(lines)
        self.intro_label.setText(self._intro_text(self._gift_count, self._gift_name, scope_text))

    def _show_figures_error(self, message: str) -> None:
        self._pending = None
        self.intro_label.setText(
            self._intro_text(self._gift_count, self._gift_name, f"({message})")
        )

    def figures_pending(self) -> bool:
        return self._pending is not None

    # -- accessors (the result) --

    def mode(self) -> PickerMode:
        return self._mode

    def chosen_person_id(self) -> int | None:
        """The chosen person's id; None when "No purchaser" was chosen."""
        return self._chosen.person_id if self._chosen is not None else None

    def chosen_line(self) -> PickerLine | None:
        return self._chosen

    def chose_nobody(self) -> bool:
        return self._chose_nobody

    def chosen_name(self) -> str | None:
        return self._chosen.name if self._chosen is not None else None

    def created_person_ids(self) -> list[int]:
        """People created inline while the dialog was open (kept even on cancel)."""
        return list(self._created)

    def model(self) -> PickerModel:
        return self._model

    def proxy(self) -> PickerFilterProxy:
        return self._proxy

    # -- choosing --

    def _choose_current(self) -> None:
        index = self.list_view.currentIndex()
        if not index.isValid():
            index = self._proxy.index(0, 0)
        self._choose_index(index)

    def _choose_index(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        source = self._proxy.mapToSource(index)
        line = self._model.line_at(source.row())
        self._chosen = line
        self._chose_nobody = line is None
        self.accept()

    def _update_ok(self, *_args: object) -> None:
        self.ok_button.setEnabled(self._proxy.rowCount() > 0)

    def _select_row(self, source_row: int) -> None:
        if source_row < 0:
            return
        index = self._proxy.mapFromSource(self._model.index(source_row, 0))
        if index.isValid():
            self.list_view.setCurrentIndex(index)
            self.list_view.scrollTo(index)

    def _select_first(self) -> None:
        """Highlight the first row (with nothing typed: "No purchaser", if offered)."""
        index = self._proxy.index(0, 0)
        if index.isValid():
            self.list_view.setCurrentIndex(index)
        else:
            self.list_view.setCurrentIndex(QModelIndex())

    def _on_filter_changed(self, text: str) -> None:
        self._proxy.set_filter_text(text)
        if text.strip():
            # The best guess is the first real match.
            index = self._proxy.index(0, 0)
            if index.isValid() and index.data(IsNobodyRole) and self._proxy.rowCount() > 1:
                index = self._proxy.index(1, 0)
            self.list_view.setCurrentIndex(index)
        elif not self.list_view.currentIndex().isValid():
            self._select_first()
        empty = self._proxy.rowCount() == 0
        if empty:
            hint = translate("PurchaserPickerDialog", "No one matches “{text}”.").format(
                text=text.strip()
            )
            if self._create_person is not None:
                hint = translate(
                    "PurchaserPickerDialog", "No one matches “{text}”. Use New person… to add them."
                ).format(text=text.strip())
            self.empty_label.setText(hint)
        self.empty_label.setVisible(empty)
        self._update_ok()

    # -- keyboard --

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress:
            return super().eventFilter(watched, event)
        assert isinstance(event, QKeyEvent)
        key = event.key()
        if watched is self.filter_edit:
            if key in (Qt.Key.Key_Down, Qt.Key.Key_PageDown):
                self.list_view.setFocus()
                if not self.list_view.currentIndex().isValid():
                    self._select_first()
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._choose_current()
                return True
        elif watched is self.list_view:
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._choose_current()
                return True
            if key == Qt.Key.Key_Up and self.list_view.currentIndex().row() <= 0:
                self.filter_edit.setFocus()
                return True
            text = event.text()
            if key == Qt.Key.Key_Backspace or (text and text.isprintable() and not text.isspace()):
                # Typing anywhere goes to the filter.
                self.filter_edit.setFocus()
                QApplication.sendEvent(self.filter_edit, event)
                return True
        elif watched in (self._name_edit, self._relationship_edit):
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._add_person()
                return True
            if key == Qt.Key.Key_Escape:
                self._close_new_person_form()
                return True
        return super().eventFilter(watched, event)

    # -- inline new person --

    def _build_new_person_form(self) -> QFrame:
        frame = QFrame()
        frame.setObjectName("newPersonForm")
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        self._name_edit = QLineEdit()
        self._name_edit.setObjectName("newPersonName")
        self._name_edit.setPlaceholderText(translate("PurchaserPickerDialog", "e.g. Aunt Helga"))
        self._name_edit.setAccessibleName(translate("PurchaserPickerDialog", "New person's name"))
        self._name_error = QLabel()
        self._name_error.setObjectName("newPersonNameError")
        self._name_error.setWordWrap(True)
        self._name_error.setStyleSheet("color: #c0392b;")
        self._name_error.setProperty("role", "error")
        self._name_error.hide()
        self._relationship_edit = QLineEdit()
        self._relationship_edit.setObjectName("newPersonRelationship")
        self._relationship_edit.setPlaceholderText(
            translate("PurchaserPickerDialog", "e.g. Aunt (optional)")
        )
        relationships = sorted(
            {line.relationship for line in self._model.lines() if line.relationship},
            key=fold,
        )
        completer = QCompleter(relationships, self._relationship_edit)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._relationship_edit.setCompleter(completer)
        self._relationship_error = QLabel()
        self._relationship_error.setObjectName("newPersonRelationshipError")
        self._relationship_error.setWordWrap(True)
        self._relationship_error.setStyleSheet("color: #c0392b;")
        self._relationship_error.hide()
        add = QPushButton(translate("PurchaserPickerDialog", "Add &person"))
        add.setObjectName("addPersonButton")
        add.setAutoDefault(False)
        cancel = QPushButton(translate("PurchaserPickerDialog", "Cancel"))
        cancel.setAutoDefault(False)
        add.clicked.connect(self._add_person)
        cancel.clicked.connect(self._close_new_person_form)
        self._add_person_button = add

        form = QFormLayout()
        form.addRow(translate("PurchaserPickerDialog", "&Name:"), self._name_edit)
        form.addRow("", self._name_error)
        form.addRow(translate("PurchaserPickerDialog", "Re&lationship:"), self._relationship_edit)
        form.addRow("", self._relationship_error)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(cancel)
        row.addWidget(add)
        title = QLabel(translate("PurchaserPickerDialog", "<b>New person</b>"))
        layout = QVBoxLayout(frame)
        layout.addWidget(title)
        layout.addLayout(form)
        layout.addLayout(row)
        self._name_edit.installEventFilter(self)
        self._relationship_edit.installEventFilter(self)
        self._name_edit.textEdited.connect(self._on_name_edited)
        return frame

    def _open_new_person_form(self) -> None:
        if self._create_person is None:
            return
        self._clear_errors()
        self._name_edit.setText(self.filter_edit.text().strip())
        self._relationship_edit.clear()
        self._form.show()
        self.new_person_button.setEnabled(False)
        self._name_edit.setFocus()
        self._name_edit.selectAll()

    def _close_new_person_form(self) -> None:
        self._form.hide()
        self._clear_errors()
        self.new_person_button.setEnabled(True)
        self.filter_edit.setFocus()

    def _on_name_edited(self, _text: str) -> None:
        self._duplicate_confirmed = None
        self._clear_errors()

    def _clear_errors(self) -> None:
        for label in (self._name_error, self._relationship_error):
            label.clear()
            label.hide()

    def _show_error(self, field: str, message: str) -> None:
        label = self._relationship_error if field == "relationship" else self._name_error
        label.setText(message)
        label.show()
        (self._relationship_edit if field == "relationship" else self._name_edit).setFocus()

    def new_person_error(self) -> str:
        """The message shown next to the new person's fields ("" if none)."""
        return self._name_error.text() or self._relationship_error.text()

    def _add_person(self) -> None:
        assert self._create_person is not None
        name = self._name_edit.text()
        try:
            record = validate_person(
                PersonRecord(None, name, self._relationship_edit.text() or None)
            )
        except ValidationError as error:
            self._show_error(error.field, error.detail)
            return
        same = [line for line in self._model.lines() if fold(line.name) == fold(record.name)]
        if same and self._duplicate_confirmed != fold(record.name):
            self._duplicate_confirmed = fold(record.name)
            self._name_error.setText(
                translate(
                    "PurchaserPickerDialog",
                    "There is already someone called “{name}”; press Add person again to "
                    "add another.",
                ).format(name=same[0].name)
            )
            self._name_error.show()
            return
        try:
            person_id = self._create_person(record)
        except ValidationError as error:
            self._show_error(error.field, error.detail)
            return
        except GiftdeskError as error:
            self._show_error("name", str(error))
            return
        self._created.append(person_id)
        line = PickerLine(person_id, record.name, record.relationship)
        row = self._model.add_line(line)
        self.filter_edit.clear()
        self._form.hide()
        self._clear_errors()
        self._duplicate_confirmed = None
        self.new_person_button.setEnabled(True)
        self._select_row(row)
        self.list_view.setFocus()
        self._update_ok()

    # -- text --

    def _intro_text(self, count: int, gift_name: str | None, scope_text: str) -> str:
        if gift_name and count == 1:
            question = {
                PickerMode.PURCHASER: translate("PurchaserPicker", "Who buys “{gift}”?"),
                PickerMode.ADD_RECIPIENT: translate(
                    "PurchaserPicker", "Who else receives “{gift}”?"
                ),
                PickerMode.REMOVE_RECIPIENT: translate(
                    "PurchaserPicker", "Who no longer receives “{gift}”?"
                ),
            }[self._mode].format(gift=gift_name)
        else:
            question = {
                PickerMode.PURCHASER: translate(
                    "PurchaserPicker", "Who buys these %Ln gift(s)?", None, count
                ),
                PickerMode.ADD_RECIPIENT: translate(
                    "PurchaserPicker", "Who else receives these %Ln gift(s)?", None, count
                ),
                PickerMode.REMOVE_RECIPIENT: translate(
                    "PurchaserPicker", "Who no longer receives these %Ln gift(s)?", None, count
                ),
            }[self._mode]
        return f"{question} {scope_text}".strip()


def own_share(receives: int, gift_count: int) -> str:
    """ "this gift", "1 of these 5 gifts", "all 3 of these gifts"."""
    if gift_count == 1:
        return translate("PurchaserPicker", "this gift")
    if receives == gift_count:
        return translate("PurchaserPicker", "all %Ln of these gifts", None, gift_count)
    return translate("PurchaserPicker", "{receives} of these {count} gifts").format(
        receives=f"{receives:,}", count=f"{gift_count:,}"
    )


def self_purchase_sentence(name: str, receives: int, gift_count: int) -> str:
    """ "Thomas gets 1 of these 5 gifts themselves." (said, not refused)."""
    return translate("PurchaserPicker", "{name} gets {which} themselves.").format(
        name=name, which=own_share(receives, gift_count)
    )


def dialog_title(mode: PickerMode, count: int, gift_name: str | None = None) -> str:
    """ "Assign purchaser for 12 gifts", "Add recipient to 3 gifts", …"""
    if count == 1 and gift_name:
        return {
            PickerMode.PURCHASER: translate("PurchaserPicker", "Assign purchaser for “{gift}”"),
            PickerMode.ADD_RECIPIENT: translate("PurchaserPicker", "Add recipient to “{gift}”"),
            PickerMode.REMOVE_RECIPIENT: translate(
                "PurchaserPicker", "Remove recipient from “{gift}”"
            ),
        }[mode].format(gift=gift_name)
    return {
        PickerMode.PURCHASER: translate(
            "PurchaserPicker", "Assign purchaser for %Ln gift(s)", None, count
        ),
        PickerMode.ADD_RECIPIENT: translate(
            "PurchaserPicker", "Add recipient to %Ln gift(s)", None, count
        ),
        PickerMode.REMOVE_RECIPIENT: translate(
            "PurchaserPicker", "Remove recipient from %Ln gift(s)", None, count
        ),
    }[mode]


# (parent, occasion id, current purchaser id, gift name) → a picker to run.
PickerFactory = Callable[[QWidget, int | None, int | None, str | None], "PurchaserPickerDialog"]


class PurchaserField(QWidget):
    """The gift dialog's "Bought by": the purchaser's name and a "Choose…" button.

    The button opens the same ``PurchaserPickerDialog`` as the bulk action:
    ``make_picker(parent, occasion_id, current_id, gift_name)`` when given
    (the window's, with figures for the gift's occasion and an inline new
    person, undoable), else one listing ``people`` plainly.
    ``current_id``/``set_current_id`` read and set the choice.
    """

    def __init__(
        self,
        people: Sequence[tuple[int, str]],
        *,
        occasion: Callable[[], int | None] | None = None,
        gift_name: Callable[[], str] | None = None,
        make_picker: PickerFactory | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("purchaserField")
        self._make_picker = make_picker
        self._names = dict(people)
        self._occasion = occasion
        self._gift_name = gift_name
        self._id: int | None = None
        self.name_label = QLabel()
        self.name_label.setObjectName("purchaserName")
        self.name_label.setTextFormat(Qt.TextFormat.RichText)
        self.choose_button = QPushButton(translate("PurchaserField", "Choose…"))
        self.choose_button.setObjectName("choosePurchaserButton")
        self.choose_button.setToolTip(
            translate(
                "PurchaserField", "Choose who buys this gift (Ctrl+Shift+P in the gift table)"
            )
        )
        self.choose_button.setAutoDefault(False)
        self.choose_button.clicked.connect(self.choose)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.name_label, 1)
        layout.addWidget(self.choose_button)
        self.setFocusProxy(self.choose_button)
        self._show()

    def current_id(self) -> int | None:
        return self._id

    def set_current_id(self, person_id: int | None, name: str | None = None) -> None:
        self._id = person_id
        if person_id is not None and name:
            self._names[person_id] = name
        self._show()

    def _show(self) -> None:
        if self._id is None:
            text = translate("PurchaserField", "No purchaser yet")
            self.name_label.setText(translate("PurchaserField", "<i>{text}</i>").format(text=text))
        else:
            text = self._names.get(self._id, "(someone no longer here)")
            self.name_label.setText(html.escape(text))
        self.choose_button.setAccessibleName(
            translate("PurchaserField", "Choose purchaser (now: {text})").format(text=text)
        )

    def make_picker(self) -> PurchaserPickerDialog:
        """The picker for this gift: the window's (with figures) or a plain one."""
        occasion = self._occasion() if self._occasion is not None else None
        name = (self._gift_name() if self._gift_name is not None else "").strip() or None
        if self._make_picker is not None:
            return self._make_picker(self.window(), occasion, self._id, name)
        lines = [PickerLine(person_id, text) for person_id, text in self._names.items()]
        return PurchaserPickerDialog(
            lines, gift_count=1, gift_name=name, current_person_id=self._id, parent=self.window()
        )

    def run_picker(self, dialog: PurchaserPickerDialog) -> bool:
        """Show the picker modally (tests replace this)."""
        return dialog.exec() == QDialog.DialogCode.Accepted

    def choose(self) -> bool:
        dialog = self.make_picker()
        if not self.run_picker(dialog):
            return False
        self.set_current_id(dialog.chosen_person_id(), dialog.chosen_name())
        return True
