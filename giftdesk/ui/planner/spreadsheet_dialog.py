"""File → Import spreadsheet… (``actionImportSpreadsheet``): a preview, then one undoable import.

The dialog shows the first rows as the file has them and how each column
was understood, which the person can correct; every change checks all rows
again (nothing is written) and says what will be imported, or names the
first bad cell ("row 17, column Price: …") with Import disabled. The import
itself is one operation (``giftdesk.data.operations.planner``): one
transaction, and undo removes exactly the gifts, people and occasions it created.
"""

from __future__ import annotations

from collections.abc import Iterable
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from giftdesk.data.history import name_key
from giftdesk.data.messages import translatable
from giftdesk.data.spreadsheet import (
    FIELD_LABELS,
    FIELDS,
    PREVIEW_ROWS,
    ImportPlan,
    Sheet,
    SpreadsheetError,
    guess_columns,
    plan_import,
)
from giftdesk.i18n import translate

IGNORED = translate("SpreadsheetDialog", "(not imported)")
ERROR_STYLE = "color: #c0392b;"


class SpreadsheetImportDialog(QDialog):
    """Preview of a spreadsheet and of how its columns were understood."""

    def __init__(
        self,
        parent: QWidget | None,
        sheet: Sheet,
        known_people: Iterable[str] = (),
        occasions: Iterable[str] = (),
        default_occasion: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("SpreadsheetImportDialog")
        self.setWindowTitle(
            translate("SpreadsheetImportDialog", "Import {name}").format(name=sheet.path_name)
        )
        self.sheet = sheet
        self.plan: ImportPlan | None = None
        self.problem: str | None = None
        self._known = {name_key(n) for n in known_people}

        row_count = len(sheet.rows)
        intro = QLabel(
            translate(
                "SpreadsheetImportDialog",
                "<b>{name}</b>: headings on row {heading_row}, {rows} below them. Check how each "
                "column was understood; change any that is wrong.",
            ).format(
                name=escape(sheet.path_name),
                heading_row=sheet.heading_row,
                rows=translate("SpreadsheetImportDialog", "%Ln row(s)", None, row_count),
            )
        )
        intro.setWordWrap(True)

        mapping_box = QGroupBox(
            translate("SpreadsheetImportDialog", "How the columns were understood")
        )
        grid = QGridLayout(mapping_box)
        guessed = guess_columns(sheet.headings)
        self.column_combos: list[QComboBox] = []
        half = (len(sheet.headings) + 1) // 2
        for column, heading in enumerate(sheet.headings):
            combo = QComboBox()
            combo.setObjectName(f"columnField{column}")
            combo.addItem(IGNORED, None)
            for field in FIELDS:
                combo.addItem(FIELD_LABELS[field], field)
            combo.setCurrentIndex(max(combo.findData(guessed.get(column)), 0))
            combo.currentIndexChanged.connect(self._mapping_changed)
            label = QLabel(
                f"“{heading}”"
                if heading
                else translate("SpreadsheetImportDialog", "Column {letters}").format(
                    letters=_letters(column)
                )
            )
            label.setBuddy(combo)
            row, side = (column, 0) if column < half else (column - half, 2)
            grid.addWidget(label, row, side, Qt.AlignmentFlag.AlignRight)
            grid.addWidget(combo, row, side + 1)
            self.column_combos.append(combo)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)

        self.preview = QTableWidget()
        self.preview.setObjectName("spreadsheetPreview")
        self.preview.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.preview.setWordWrap(False)
        shown = sheet.rows[:PREVIEW_ROWS]
        self.preview.setColumnCount(len(sheet.headings))
        self.preview.setRowCount(len(shown))
        self.preview.setVerticalHeaderLabels([str(number) for number, _ in shown])
        for row, (_, cells) in enumerate(shown):
            for column, cell in enumerate(cells):
                text = "" if cell is None else str(cell)
                item = QTableWidgetItem(" ".join(text.split()))
                item.setToolTip(text)
                self.preview.setItem(row, column, item)
        self.preview.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.preview.horizontalHeader().setDefaultSectionSize(130)
        self.preview.verticalHeader().setToolTip(
            translate("SpreadsheetImportDialog", "Row numbers as your spreadsheet shows them")
        )

        self.occasion_combo = QComboBox()
        self.occasion_combo.setObjectName("spreadsheetOccasion")
        self.occasion_combo.setEditable(True)
        self.occasion_combo.addItem("")
        self.occasion_combo.addItems(sorted(occasions, key=str.casefold))
        self.occasion_combo.setCurrentText(default_occasion or "")
        editor = self.occasion_combo.lineEdit()
        assert editor is not None  # an editable combo has one
        editor.setPlaceholderText(translate("SpreadsheetImportDialog", "no occasion"))
        self.occasion_combo.currentTextChanged.connect(self._mapping_changed)
        occasion_row = QGridLayout()
        occasion_label = QLabel(
            translate("SpreadsheetImportDialog", "&Occasion for rows that name none:")
        )
        occasion_label.setBuddy(self.occasion_combo)
        occasion_row.addWidget(occasion_label, 0, 0)
        occasion_row.addWidget(self.occasion_combo, 0, 1)
        occasion_row.setColumnStretch(1, 1)

        self.summary = QLabel()
        self.summary.setObjectName("spreadsheetSummary")
        self.summary.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.import_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setText(translate("SpreadsheetImportDialog", "&Import"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(mapping_box)
        layout.addWidget(
            QLabel(
                translate("SpreadsheetImportDialog", "The first {length} rows:").format(
                    length=len(shown)
                )
            )
        )
        layout.addWidget(self.preview, 1)
        layout.addLayout(occasion_row)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self.resize(900, 640)
        self._mapping_changed()

    # -- accessors ------------------------------------------------------------

    def columns(self) -> dict[int, str]:
        """Column index → field, as chosen (ignored columns left out)."""
        return {
            column: combo.currentData()
            for column, combo in enumerate(self.column_combos)
            if combo.currentData() is not None
        }

    def default_occasion(self) -> str | None:
        return self.occasion_combo.currentText().strip() or None

    # -- checking -------------------------------------------------------------

    def _mapping_changed(self, *_args: object) -> None:
        columns = self.columns()
        labels = []
        for column, heading in enumerate(self.sheet.headings):
            field = columns.get(column)
            target = FIELD_LABELS[field] if field else IGNORED
            labels.append(f"{heading or _letters(column)}\n→ {target}")
        self.preview.setHorizontalHeaderLabels(labels)
        taken: dict[str, int] = {}
        duplicate = None
        for column, field in sorted(columns.items()):
            if field in taken:
                duplicate = (field, taken[field], column)
            taken[field] = column
        try:
            if duplicate is not None:
                field, first, second = duplicate
                raise SpreadsheetError(
                    translatable(
                        "SpreadsheetDialog",
                        "Two columns are read as {field} ({first} and {second}); choose another "
                        "field for one of them.",
                    ).format(
                        field=FIELD_LABELS[field],
                        first=self._heading(first),
                        second=self._heading(second),
                    )
                )
            self.plan = plan_import(self.sheet, columns, self.default_occasion())
            self.problem = None
        except SpreadsheetError as error:
            self.plan = None
            self.problem = str(error)
        self.import_button.setEnabled(self.plan is not None)
        if self.plan is None:
            self.summary.setStyleSheet(ERROR_STYLE)
            self.summary.setText(
                translate(
                    "SpreadsheetImportDialog",
                    "{problem} Nothing will be imported until it is fixed.",
                ).format(problem=self.problem)
            )
            return
        self.summary.setStyleSheet("")
        self.summary.setText(self._describe(self.plan))

    def _heading(self, column: int) -> str:
        heading = self.sheet.headings[column]
        return (
            f"“{heading}”"
            if heading
            else translate("SpreadsheetImportDialog", "column {letters}").format(
                letters=_letters(column)
            )
        )

    def _describe(self, plan: ImportPlan) -> str:
        people: dict[str, str] = {}
        for gift in plan.gifts:
            for name in (*gift.recipients, *filter(None, [gift.purchaser]), *gift.contributors):
                people.setdefault(name_key(name), name)
        new = [name for key, name in people.items() if key not in self._known]
        gift_count, people_count, new_count = len(plan.gifts), len(people), len(new)
        gifts = translate("SpreadsheetImportDialog", "%Ln gift(s)", None, gift_count)
        if not people:
            text = translate("SpreadsheetImportDialog", "{gifts} will be imported.").format(
                gifts=gifts
            )
        else:
            persons = translate("SpreadsheetImportDialog", "%Ln person(s)", None, people_count)
            if new:
                shown = ", ".join(new[:6]) + (" …" if len(new) > 6 else "")
                text = translate(
                    "SpreadsheetImportDialog",
                    "{gifts} will be imported, for and by {people} (%n new: {names}).",
                    None,
                    new_count,
                ).format(gifts=gifts, people=persons, names=shown)
            else:
                text = translate(
                    "SpreadsheetImportDialog", "{gifts} will be imported, for and by {people}."
                ).format(gifts=gifts, people=persons)
        if plan.skipped_rows:
            rows = ", ".join(str(r) for r in plan.skipped_rows[:5])
            skipped = len(plan.skipped_rows)
            left_out = translate(
                "SpreadsheetImportDialog",
                "Left out: row(s) {rows} (a total, or a row without a gift).",
                None,
                skipped,
            ).format(rows=rows)
            text = f"{text} {left_out}"
        return text


def _letters(column: int) -> str:
    """0 → A, 25 → Z, 26 → AA: the column names spreadsheets show."""
    name = ""
    column += 1
    while column:
        column, rest = divmod(column - 1, 26)
        name = chr(65 + rest) + name
    return name
