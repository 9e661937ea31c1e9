"""The budget panel: where the money stands, next to the gifts.

For the occasion chosen in the window's occasion filter it shows a header
(budget, planned, bought, remaining, a bar, ideas, unassigned, unpriced) and
one row per person: their budget for gifts to them against what is planned
for them, and their budget for buying against what they buy. For "All
occasions" the rows are the occasions. Budgets are edited in place
(double-click a budget cell) as undoable commands; double-clicking a person
filters the gift table to the gifts they receive or pay for.

Every refresh is ONE call to ``compute_budget_summary`` (a fixed number of
set-based queries), coalesced: a burst of changes (a bulk action, undo of
several) refreshes once, on the next turn of the event loop, and not at all
while the panel is hidden.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from giftdesk.data.budget import (
    ALL,
    BudgetSummary,
    OccasionBudget,
    OccasionChoice,
    PersonBudget,
    compute_budget_summary,
)
from giftdesk.data.changes import Change
from giftdesk.data.database import Database
from giftdesk.data.errors import ConflictError, GiftdeskError
from giftdesk.data.members import FILE_VIEWER, Viewer, hidden_gifts_note, viewer
from giftdesk.data.operations import budgets as budget_ops
from giftdesk.data.operations import occasions as occasion_ops
from giftdesk.data.operations.budgets import BudgetField
from giftdesk.data.records import BudgetRecord
from giftdesk.data.table_rows import list_person_rows
from giftdesk.i18n import translate
from giftdesk.ui.background import BackgroundRead
from giftdesk.ui.budget.column_fit import ColumnNeed, _shrink, _widget_at
from giftdesk.ui.budget.model import BudgetTableModel, _money
from giftdesk.ui.budget_bars import (
    BAR_ROLE,
    BudgetBar,
    BudgetBarDelegate,
    bar_cell_width,
    budget_edit_delegate,
    over_colour,
    over_short,
    over_text,
)
from giftdesk.ui.models.labels import format_date
from giftdesk.ui.money import format_amount, format_money, parse_money_text
from giftdesk.ui.undo import UndoRunner

# -- the panel ------------------------------------------------------------------


def as_choice(value: int | str | None) -> OccasionChoice:
    """The window's filter value (``"all"``/ALL, None, an id) as an engine choice."""
    if value is ALL or value == "all" or isinstance(value, str):
        return ALL
    return value


class BudgetPanel(QWidget):
    """The budget of the chosen occasion (or of all), editable and undoable."""

    person_activated = Signal(int, str)  # person id, name
    occasion_activated = Signal(object)  # occasion id (None: the bucket)
    show_all_gifts_requested = Signal()

    def __init__(
        self,
        db: Callable[[], Database],
        runner: UndoRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("budgetPanel")
        self._db = db
        self._hub = runner.hub
        self._runner = runner
        self._choice: OccasionChoice = ALL
        self._summary = BudgetSummary(())
        self._viewer = FILE_VIEWER  # who looks: a family member is told what is hidden
        self._dirty = True
        self.refresh_count = 0  # how many times the engine ran (tests, diagnostics)
        self._reads = 0  # numbers the reads, so only the latest one is shown
        self._select_after_refresh: int | None = None  # a person just given a budget

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._refresh_if_visible)

        self.model = BudgetTableModel(self)
        self.model.edit_handler = self._save_cell
        self._build()
        runner.hub.changed.connect(self._on_change)

    # -- building ------------------------------------------------------------

    def _build(self) -> None:
        self.title = QLabel()
        self.title.setObjectName("budgetTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.subtitle = QLabel()
        self.subtitle.setObjectName("budgetSubtitle")
        self.subtitle.setEnabled(False)  # the palette's dim text, in any theme

        # Two rows of figures in one grid, so their columns line up:
        # budget / planned / bought / remaining, then ideas / no buyer / no price.
        self.figure_labels: dict[str, QLabel] = {}
        self.detail_labels: dict[str, QLabel] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(0)
        figures = (
            ("budget", translate("BudgetPanel", "Budget")),
            ("planned", translate("BudgetPanel", "Planned")),
            ("bought", translate("BudgetPanel", "Bought")),
            ("remaining", translate("BudgetPanel", "Remaining")),
        )
        details = (
            (
                "ideas",
                translate("BudgetPanel", "Ideas"),
                translate("BudgetPanel", "Ideas not chosen yet"),
            ),
            (
                "unassigned",
                translate("BudgetPanel", "No buyer yet"),
                translate("BudgetPanel", "Planned gifts nobody buys yet"),
            ),
            (
                "unpriced",
                translate("BudgetPanel", "No price"),
                translate("BudgetPanel", "Gifts without a price (counted as 0)"),
            ),
        )
        for column, (key, caption) in enumerate(figures):
            value = self._figure_label(f"budgetFigure_{key}", caption, grid, 0, column)
            bold = value.font()
            bold.setBold(True)
            bold.setPointSizeF(bold.pointSizeF() * 1.1)
            value.setFont(bold)
            self.figure_labels[key] = value
        for column, (key, caption, tip) in enumerate(details):
            value = self._figure_label(f"budgetDetail_{key}", caption, grid, 3, column)
            value.setToolTip(tip)
            self.detail_labels[key] = value
        grid.setRowMinimumHeight(2, 6)  # a little air between the two rows
        for column in range(4):
            grid.setColumnStretch(column, 1)
        self._figure_grid = grid
        self._figure_columns = 4
        self._figure_widgets: list[tuple[QWidget, QWidget]] = [
            (_widget_at(grid, row, column), _widget_at(grid, row + 1, column))
            for row, count in ((0, 4), (3, 3))
            for column in range(count)
        ]

        self.change_budget_button = QPushButton(translate("BudgetPanel", "Change budget…"))
        self.change_budget_button.setObjectName("changeBudgetButton")
        self.change_budget_button.setToolTip(
            translate("BudgetPanel", "Set or clear this occasion's budget")
        )
        self.change_budget_button.clicked.connect(self.change_occasion_budget)
        self.bar = BudgetBar()
        self.status = QLabel()
        self.status.setObjectName("budgetStatus")
        self.status.setWordWrap(True)

        header = QFrame()
        header.setObjectName("budgetHeader")
        header_layout = QVBoxLayout(header)
        header_layout.setContentsMargins(0, 0, 0, 0)
        header_layout.setSpacing(6)
        top = QHBoxLayout()
        titles = QVBoxLayout()
        titles.setSpacing(0)
        titles.addWidget(self.title)
        titles.addWidget(self.subtitle)
        top.addLayout(titles, 1)
        top.addWidget(self.change_budget_button, 0, Qt.AlignmentFlag.AlignTop)
        header_layout.addLayout(top)
        header_layout.addLayout(grid)
        header_layout.addWidget(self.bar)
        header_layout.addWidget(self.status)

        self.message = QLabel()
        self.message.setObjectName("budgetMessage")
        self.message.setWordWrap(True)
        self.message.setVisible(False)

        self.filter_note = QLabel()
        self.filter_note.setObjectName("personFilterNote")
        self.filter_note.setWordWrap(True)
        self.show_all_button = QPushButton(translate("BudgetPanel", "Show all gifts"))
        self.show_all_button.setObjectName("showAllGiftsButton")
        self.show_all_button.clicked.connect(self._show_all_gifts)
        self.filter_bar = QWidget()
        filter_layout = QHBoxLayout(self.filter_bar)
        filter_layout.setContentsMargins(0, 0, 0, 0)
        filter_layout.addWidget(self.filter_note, 1)
        filter_layout.addWidget(self.show_all_button)
        self.filter_bar.setVisible(False)

        # Above the table: what its rows are, and the way to give somebody
        # who has no row yet a first budget in this occasion.
        self.table_caption = QLabel()
        self.table_caption.setObjectName("budgetTableCaption")
        caption_font = self.table_caption.font()
        caption_font.setBold(True)
        self.table_caption.setFont(caption_font)
        self.set_person_budget_button = QPushButton(translate("BudgetPanel", "Set a budget for…"))
        self.set_person_budget_button.setObjectName("setPersonBudgetButton")
        self.set_person_budget_button.setToolTip(
            translate(
                "BudgetPanel", "Give anybody a budget for this occasion, also people not listed yet"
            )
        )
        self.set_person_budget_button.clicked.connect(lambda: self.set_budget_for_person())
        caption_row = QHBoxLayout()
        caption_row.setContentsMargins(0, 4, 0, 0)
        caption_row.addWidget(self.table_caption, 1, Qt.AlignmentFlag.AlignBottom)
        caption_row.addWidget(self.set_person_budget_button)

        self.table = QTableView()
        self.table.setObjectName("budgetTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.table.setAlternatingRowColors(True)
        # Rows are two lines tall for their bars anyway: a long name takes the
        # second line ("Mom & Dad's / anniversary") before it loses its middle
        # ("Grandma…'s 80th"); the tooltip has it whole.
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header_view = self.table.horizontalHeader()
        header_view.setHighlightSections(False)
        header_view.setStretchLastSection(False)
        header_view.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header_view.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.table.activated.connect(self._on_activated)
        # The columns follow the panel's width (see _layout_columns).
        self.table.viewport().installEventFilter(self)
        self._bar_delegate = BudgetBarDelegate(self.table)
        self._edit_delegate = budget_edit_delegate(self.table)
        self._column_needs: list[ColumnNeed] = []
        self.model.modelReset.connect(self._apply_delegates)
        self._apply_delegates()

        self.hint = QLabel(
            translate("BudgetPanel", "Double-click a budget to change it, a name to see the gifts.")
        )
        self.hint.setObjectName("budgetHint")
        self.hint.setEnabled(False)
        self.hint.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(8)
        layout.addWidget(header)
        layout.addWidget(self.message)
        layout.addWidget(self.filter_bar)
        layout.addLayout(caption_row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.hint)
        self.setMinimumWidth(300)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)

    def resizeEvent(self, event: Any) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._reflow_figures()

    def set_person_labels(self, labels: dict[int, str]) -> None:
        """Names that two people share, shown with what tells them apart."""
        if labels == self.model.person_labels:
            return
        self.model.person_labels = dict(labels)
        if self.model.rowCount():
            self.model.dataChanged.emit(
                self.model.index(0, 0), self.model.index(self.model.rowCount() - 1, 0)
            )
            self._fit_columns()

    def _reflow_figures(self) -> None:
        """Four figures a row where they fit whole, else two: a figure is never cut."""
        grid = self._figure_grid
        # A column is as wide as its widest caption or figure, in either row
        # (captions are longer in German or French than in English).
        widths = [0, 0, 0, 0]
        for at, (caption, value) in enumerate(self._figure_widgets):
            column = at if at < 4 else at - 4
            widths[column] = max(
                widths[column], caption.sizeHint().width(), value.sizeHint().width()
            )
        needed = sum(widths) + grid.horizontalSpacing() * 3
        layout = self.layout()
        margins = layout.contentsMargins() if layout is not None else None
        room = self.width() - (margins.left() + margins.right() if margins else 0) - 24
        columns = 4 if needed <= room else 2
        if columns == self._figure_columns:
            return
        self._figure_columns = columns
        for caption, value in self._figure_widgets:
            grid.removeWidget(caption)
            grid.removeWidget(value)
        for at, (caption, value) in enumerate(self._figure_widgets):
            first, row = (at, 0) if at < 4 else (at - 4, 3 if columns == 4 else 5)
            if columns == 2:
                row += (first // 2) * 2
            grid.addWidget(caption, row, first % columns)
            grid.addWidget(value, row + 1, first % columns)

    @staticmethod
    def _figure_label(name: str, caption: str, grid: QGridLayout, row: int, column: int) -> QLabel:
        label = QLabel(caption)
        label.setEnabled(False)  # dim, in any theme
        value = QLabel()
        value.setObjectName(name)
        value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        grid.addWidget(label, row, column)
        grid.addWidget(value, row + 1, column)
        return value

    def _apply_delegates(self) -> None:
        metrics = self.table.fontMetrics()
        row_height = metrics.height() + BudgetBarDelegate.BAR_HEIGHT + 14
        self.table.verticalHeader().setDefaultSectionSize(row_height)
        for column, spec in enumerate(self.model.columns()):
            delegate = (
                self._bar_delegate if spec.bar else self._edit_delegate if spec.editable else None
            )
            # None puts the view's own delegate back; PySide6's stub does not take it.
            self.table.setItemDelegateForColumn(column, delegate)  # type: ignore[arg-type]
        self._fit_columns()

    # -- column widths ----------------------------------------------------------------

    NAME_MIN_CHARS = 10  # the name column keeps room for about this many characters
    NAME_COMFORTABLE_CHARS = 20  # optional columns step aside to give it this many
    BAR_MAX = 240  # bars grow with the panel up to this width; the name takes the rest

    def _fit_columns(self) -> None:
        """Measure what each column needs, then lay the columns out.

        Once per refresh, over the plain rows (a panel has tens of rows, not
        thousands). Each column gets three widths, widest first: natural
        (everything), words (bars: the figure or the whole "€12.30 over",
        whichever is wider) and least (the name: NAME_MIN_CHARS, elided in the
        middle; bars: the figure or the bold word "over"). Money columns need
        their widest figure at all three.
        """
        metrics = self.table.fontMetrics()
        bold_font = QFont(self.table.font())
        bold_font.setBold(True)
        bold = QFontMetrics(bold_font)
        header = QFontMetrics(self.table.horizontalHeader().font())
        icon = self.table.iconSize().width() if self.table.iconSize().isValid() else 16
        icon = max(icon, 16) + 6
        needs: list[ColumnNeed] = []
        rows = self.model.rowCount()
        for column, spec in enumerate(self.model.columns()):
            title = max(header.horizontalAdvance(t) for t in spec.title.split("\n")) + 14
            texts = [str(self.model.index(r, column).data() or "") for r in range(rows)]
            if column == 0:
                # The warning icon only on rows over budget.
                natural = max(
                    [title]
                    + [
                        metrics.horizontalAdvance(t) + (icon if over else 0) + 12
                        for t, over in zip(texts, self._over_rows(), strict=True)
                    ]
                )
                chars = metrics.averageCharWidth()
                least = min(natural, max(title, chars * self.NAME_MIN_CHARS + icon))
                comfortable = min(natural, max(least, chars * self.NAME_COMFORTABLE_CHARS + icon))
                needs.append(ColumnNeed(natural, comfortable, least))
            elif spec.bar:
                natural = words = least = max(title, 64)
                for row, text in enumerate(texts):
                    figures = self.model.index(row, column).data(BAR_ROLE)
                    natural = max(natural, bar_cell_width(metrics, text, figures, bold))
                    over = over_text(figures[0], figures[2]) if figures else None
                    short = over_short(figures[0], figures[2]) if figures else None
                    figure = metrics.horizontalAdvance(text)
                    words = max(words, (bold.horizontalAdvance(over) if over else figure) + 14)
                    # The figure and how far over, on two lines if need be: never cut.
                    shown = max(figure, bold.horizontalAdvance(short) if short else 0)
                    least = max(least, shown + 14)
                words = min(words, natural)
                needs.append(ColumnNeed(natural, words, min(least, words)))
            else:
                width = max(
                    [title]
                    + [max(metrics.horizontalAdvance(t), bold.horizontalAdvance(t)) + 12
                       for t in texts]
                )  # fmt: skip
                needs.append(ColumnNeed(width, width, width))
        self._column_needs = needs
        self._layout_columns()

    def _over_rows(self) -> list[bool]:
        return [bool(self.model.row_at(r).over_budget) for r in range(self.model.rowCount())]

    def _layout_columns(self) -> None:
        """Share the table's width among the columns (on every resize; arithmetic only).

        With room to spare, bars grow up to BAR_MAX and the name takes the
        rest. Short of room, widths come down in this order: bars to their
        words, the name to its comfortable width, bars to their least, the
        name to its least (names are what people read first); below that
        the table scrolls sideways. If the
        name would get less than its comfortable width, optional columns
        (the occasions' Bought) step aside first.
        """
        needs = self._column_needs
        columns = self.model.columns()
        if len(needs) != len(columns) or not needs:
            return
        room = self.table.viewport().width()
        hidden: set[int] = set()
        widths = self._share(room, hidden)
        optional = {i for i, spec in enumerate(columns) if spec.optional}
        if optional and widths[0] < needs[0].words:
            hidden = optional
            widths = self._share(room, hidden)
        folding = {i for i, spec in enumerate(columns) if spec.folds_into}
        if folding and sum(widths) > room:  # still scrolling sideways: budgets step aside
            hidden = hidden | folding
            widths = self._share(room, hidden)
        self._bar_delegate.show_budget = bool(hidden & folding)
        for column, width in enumerate(widths):
            self.table.setColumnHidden(column, column in hidden)
            if column not in hidden and self.table.columnWidth(column) != width:
                self.table.setColumnWidth(column, width)
        self._fit_row_heights()

    def _fit_row_heights(self) -> None:
        """Rows whose over-budget figures need two lines (or show their budgets) grow."""
        metrics = self.table.fontMetrics()
        bold_font = QFont(self.table.font())
        bold_font.setBold(True)
        bold = QFontMetrics(bold_font)
        one = metrics.height() + BudgetBarDelegate.BAR_HEIGHT + 14
        two = one + metrics.height()
        bars = [
            i
            for i, spec in enumerate(self.model.columns())
            if spec.bar and not self.table.isColumnHidden(i)
        ]
        header = self.table.verticalHeader()
        for row in range(self.model.rowCount()):
            tall = False
            for column in bars:
                index = self.model.index(row, column)
                planned, _bought, budget = index.data(BAR_ROLE)
                over = over_text(planned, budget) or ""
                room = self.table.columnWidth(column) - 12
                figure = metrics.horizontalAdvance(str(index.data() or ""))
                shows_budget = self._bar_delegate.show_budget and budget is not None
                words_wrap = bool(over) and figure + 8 + bold.horizontalAdvance(over) > room
                tall = tall or shows_budget or words_wrap
            if header.sectionSize(row) != (two if tall else one):
                header.resizeSection(row, two if tall else one)

    def _share(self, room: int, hidden: set[int]) -> list[int]:
        needs = self._column_needs
        bars = [i for i, spec in enumerate(self.model.columns()) if spec.bar and i not in hidden]
        widths = [0 if i in hidden else need.natural for i, need in enumerate(needs)]
        spare = room - sum(widths)
        if spare >= 0:
            for i in bars:  # a longer bar reads better, up to a point
                widths[i] += min(spare // len(bars), max(self.BAR_MAX - widths[i], 0))
            widths[0] += room - sum(widths)
        else:
            short = -spare
            stages = (("words", bars), ("words", [0]), ("least", bars), ("least", [0]))
            for stage, which in stages:
                short = _shrink(widths, [(i, getattr(needs[i], stage)) for i in which], short)
        return widths

    def column_needs(self) -> list[ColumnNeed]:
        """What each column needs, as last measured (tests)."""
        return list(self._column_needs)

    def eventFilter(self, watched: Any, event: Any) -> bool:  # noqa: N802
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._layout_columns()
        return super().eventFilter(watched, event)

    # -- what the window drives ----------------------------------------------------

    def set_occasion(self, choice: Any) -> None:
        """Show ``ALL`` (one row per occasion), one occasion's id, or None (no occasion)."""
        choice = as_choice(choice)
        if choice is self._choice or choice == self._choice:
            return
        self._choice = choice
        self.clear_message()
        self.schedule_refresh()

    def occasion_choice(self) -> OccasionChoice:
        return self._choice

    def summary(self) -> BudgetSummary:
        return self._summary

    def schedule_refresh(self) -> None:
        self._dirty = True
        self._timer.start()

    def refresh(self) -> None:
        """Read the figures again: one engine call for the whole panel."""
        self._reads += 1  # a read still running in the background is out of date now
        self._timer.stop()  # and one about to start is not needed
        try:
            figures = _read_summary(self._db(), self._choice)
        except GiftdeskError as error:
            # Called from timers and worker signals too, where nobody could catch it:
            # the panel keeps its last figures and says why they are not new.
            self.show_message(str(error))
            return
        self._show_summary(*figures)

    def refresh_in_background(self) -> None:
        """Read the figures in a worker thread and show them when they come.

        After a change to thousands of gifts the window is free at once; the
        panel keeps its figures until the new ones are there.
        """
        self._reads += 1
        number, choice, db = self._reads, self._choice, self._db()
        read = BackgroundRead(lambda: (number, choice, _read_summary(db, choice)), "budget")
        read.ready.connect(self._show_summary_read)
        read.failed.connect(self._read_here_after_all)
        read.start_reading()

    def _read_here_after_all(self, _sentence: str) -> None:
        self.refresh()  # on this thread: a failure is shown as it always was

    def _show_summary_read(
        self, result: tuple[int, OccasionChoice, tuple[BudgetSummary, Viewer]]
    ) -> None:
        number, choice, summary = result
        if number != self._reads or choice != self._choice:
            return  # a newer read follows
        if self.table.state() == QAbstractItemView.State.EditingState:
            # Not under the person's fingers: read again once they are done.
            QTimer.singleShot(500, self._refresh_if_visible)
            return
        self._show_summary(*summary)

    def _show_summary(self, summary: BudgetSummary, who: Viewer = FILE_VIEWER) -> None:
        self._viewer = who
        self.refresh_count += 1
        self._dirty = False
        self._summary = summary
        if self._choice is ALL:
            self.model.set_occasions(summary)
            self._show_all_header(summary)
        else:
            occasion = summary.occasion(self._choice)
            self.model.set_people(occasion)
            self._show_occasion_header(occasion)
        self._fit_columns()
        self._select_pending_person()

    def _refresh_if_visible(self) -> None:
        if not self.isVisible():
            return
        if self._choice is ALL:  # every occasion: the read that takes long at scale
            self.refresh_in_background()
        else:
            self.refresh()

    def showEvent(self, event: Any) -> None:  # noqa: N802
        super().showEvent(event)
        if self._dirty:
            self.refresh()

    def changeEvent(self, event: Any) -> None:  # noqa: N802
        # A theme switch: the header's over-budget red is picked per palette.
        if event.type() == QEvent.Type.PaletteChange:
            self.schedule_refresh()
        super().changeEvent(event)

    def _on_change(self, change: Change) -> None:
        if change.touches_money or change.persons:
            self.schedule_refresh()

    # -- header --------------------------------------------------------------------

    def _show_occasion_header(self, occasion: OccasionBudget | None) -> None:
        if occasion is None:
            self.title.setText(
                translate("BudgetPanel", "No occasion")
                if self._choice is None
                else translate("BudgetPanel", "Occasion not found")
            )
            self.subtitle.setText(
                translate("BudgetPanel", "No gift is without an occasion.")
                if self._choice is None
                else translate("BudgetPanel", "It was deleted.")
            )
            self._set_figures(None, 0, 0, None)
            self.bar.set_figures(0, 0, None)
            self.status.setText("")
            self._set_details(0, 0, 0)
            self.change_budget_button.setVisible(False)
            self._show_table_caption(translate("BudgetPanel", "People"), can_add=False)
            return
        self.title.setText(
            translate("BudgetPanel", "(no occasion)") if occasion.is_bucket else occasion.name
        )
        parts = []
        if occasion.date is not None:
            parts.append(format_date(occasion.date))
        parts.append(_count(occasion.gifts, "gift"))
        if hidden := self._viewer.hidden_in(occasion.occasion_id):
            parts.append(str(hidden_gifts_note(hidden)))
        self.subtitle.setText(" · ".join(parts))
        self._set_figures(
            occasion.budget_cents,
            occasion.planned_total_cents,
            occasion.bought_total_cents,
            occasion.remaining_cents,
        )
        self.bar.set_figures(
            occasion.planned_total_cents, occasion.bought_total_cents, occasion.budget_cents
        )
        self.change_budget_button.setVisible(not occasion.is_bucket)
        self._set_status(occasion.budget_cents, occasion.planned_total_cents, occasion.is_bucket)
        self._set_details(
            occasion.ideas_total_cents, occasion.unassigned_total_cents, occasion.unpriced
        )
        self._show_table_caption(translate("BudgetPanel", "People"), can_add=not occasion.is_bucket)

    def _show_all_header(self, summary: BudgetSummary) -> None:
        occasions = summary.occasions
        self.title.setText(translate("BudgetPanel", "All occasions"))
        parts = [_count(sum(o.gifts for o in occasions), "gift")]
        if hidden := self._viewer.hidden_gifts:
            parts.append(str(hidden_gifts_note(hidden)))
        self.subtitle.setText(" · ".join(parts))
        budgeted = [o for o in occasions if o.budget_cents is not None]
        budget = sum(o.budget_cents or 0 for o in budgeted) if budgeted else None
        planned = sum(o.planned_total_cents for o in occasions)
        bought = sum(o.bought_total_cents for o in occasions)
        self._set_figures(budget, planned, bought, None)
        # One sum would let one occasion's savings hide another's overspending.
        remaining = self.figure_labels["remaining"]
        remaining.setText(translate("BudgetPanel", "per occasion"))
        remaining.setToolTip(
            translate(
                "BudgetPanel",
                "What is left is counted per occasion, in the table below: "
                "money left at one occasion does not pay for another.",
            )
        )
        self.bar.set_figures(0, 0, None)
        self.change_budget_button.setVisible(False)
        over = [o for o in occasions if o.over_budget]
        if over:
            names = ", ".join(o.name for o in over)
            self._status_text(
                translate("BudgetPanel", "Over budget: {names}.").format(names=names), over=True
            )
        elif budgeted:
            self._status_text(
                translate("BudgetPanel", "Every occasion with a budget is within it."), over=False
            )
        else:
            self._status_text(translate("BudgetPanel", "No occasion has a budget yet."), over=False)
        self._set_details(
            sum(o.ideas_total_cents for o in occasions),
            sum(o.unassigned_total_cents for o in occasions),
            sum(o.unpriced for o in occasions),
        )
        self._show_table_caption(translate("BudgetPanel", "Occasions"), can_add=False)

    def _set_details(self, ideas: int, unassigned: int, unpriced: int) -> None:
        self.detail_labels["ideas"].setText(format_money(ideas))
        self.detail_labels["unassigned"].setText(format_money(unassigned))
        self.detail_labels["unpriced"].setText(_count(unpriced, "gift"))

    def details_text(self) -> str:
        """The second row of figures as one line (tests, accessibility)."""
        ideas, unassigned, unpriced = (
            self.detail_labels[k].text() for k in ("ideas", "unassigned", "unpriced")
        )
        return translate(
            "BudgetPanel", "Ideas {ideas} · no buyer yet {unassigned} · {unpriced} without a price"
        ).format(ideas=ideas, unassigned=unassigned, unpriced=unpriced)

    def _show_table_caption(self, text: str, *, can_add: bool) -> None:
        self.table_caption.setText(text)
        self.set_person_budget_button.setVisible(can_add)

    def _set_figures(
        self, budget: int | None, planned: int, bought: int, remaining: int | None
    ) -> None:
        self.figure_labels["budget"].setText(_money(budget))
        self.figure_labels["planned"].setText(format_money(planned))
        self.figure_labels["bought"].setText(format_money(bought))
        remaining_label = self.figure_labels["remaining"]
        remaining_label.setToolTip("")
        if remaining is not None and remaining < 0:
            remaining_label.setText(f"−{format_money(-remaining)}")
            remaining_label.setStyleSheet(f"color: {over_colour(self.palette()).name()};")
        else:
            remaining_label.setText(_money(remaining))
            remaining_label.setStyleSheet("")
        self._reflow_figures()

    def _set_status(self, budget: int | None, planned: int, bucket: bool) -> None:
        if bucket:
            self._status_text(
                translate("BudgetPanel", "Gifts without an occasion have no budget."), over=False
            )
        elif budget is None:
            self._status_text(
                translate("BudgetPanel", "No budget set: use Change budget… to set one."),
                over=False,
            )
        elif planned > budget:
            self._status_text(
                translate("BudgetPanel", "⚠ Over budget by {amount}").format(
                    amount=format_money(planned - budget)
                ),
                over=True,
            )
        else:
            self._status_text(
                translate("BudgetPanel", "{amount} left to plan").format(
                    amount=format_money(budget - planned)
                ),
                over=False,
            )

    def _status_text(self, text: str, *, over: bool) -> None:
        self.status.setText(text)
        self.status.setProperty("over", over)
        colour = over_colour(self.palette()).name() if over else ""
        self.status.setStyleSheet(f"color: {colour}; font-weight: 600;" if over else "")

    # -- messages --------------------------------------------------------------------

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(f"color: {over_colour(self.palette()).name()};")
        self.message.setVisible(True)

    def clear_message(self) -> None:
        self.message.clear()
        self.message.setVisible(False)

    def message_text(self) -> str:
        return self.message.text() if self.message.isVisible() else ""

    # -- editing budgets ------------------------------------------------------------

    def _save_cell(self, row: Any, key: str, text: str) -> bool:
        if isinstance(row, PersonBudget):
            occasion = self._summary.occasion(self.model.occasion_id)
            if occasion is None or occasion.occasion_id is None:
                return False
            fields: dict[str, tuple[BudgetField, str, str]] = {
                "recipient_budget": (
                    "recipient_budget_cents",
                    translate("BudgetPanel", "budget for them"),
                    translate(
                        "BudgetPanel", "Set {name}'s budget for gifts to them for {occasion}"
                    ),
                ),
                "purchaser_budget": (
                    "purchaser_budget_cents",
                    translate("BudgetPanel", "budget to spend"),
                    translate("BudgetPanel", "Set {name}'s budget to spend for {occasion}"),
                ),
            }
            field, label, undo = fields[key]
            return self.set_person_budget(
                row.person_id, occasion.occasion_id, field, text,
                label=label, undo_text=undo.format(name=row.name, occasion=occasion.name),
                version=row.budget_version,
            )  # fmt: skip
        return self.set_occasion_budget(row.occasion_id, row.name, text, row.version)

    def set_person_budget(
        self,
        person_id: int,
        occasion_id: int,
        field: BudgetField,
        text: str,
        *,
        label: str = "budget",
        undo_text: str = translate("BudgetPanel", "Set budget"),
        version: int | None = None,
    ) -> bool:
        """Parse ``text`` (the user's locale) and save it undoably; False if refused.

        ``version``: of the budgets row shown (0: none shown; None: not checked).
        """
        try:
            cents = parse_money_text(label, text)
            self._runner.run(
                undo_text,
                partial(
                    budget_ops.set_person_budget,
                    person_id=person_id,
                    occasion_id=occasion_id,
                    field=field,
                    cents=cents,
                    version=version,
                ),
                raise_refusal=True,
            )
        except GiftdeskError as error:
            self.show_message(str(error))
            return False
        self.clear_message()
        return True

    def set_occasion_budget(
        self, occasion_id: int | None, name: str, text: str, version: int = 0
    ) -> bool:
        """Parse ``text`` and save it as the occasion's budget, undoably; False if refused.

        ``version``: of the occasion row shown (0: not checked).
        """
        if occasion_id is None:
            self.show_message(translate("BudgetPanel", "Gifts without an occasion have no budget."))
            return False
        try:
            cents = parse_money_text("budget", text)
            self._runner.run(
                translate("BudgetPanel", "Set the budget of {name}").format(name=name),
                partial(
                    occasion_ops.set_occasion_budget,
                    occasion_id=occasion_id,
                    cents=cents,
                    version=version,
                ),
                raise_refusal=True,
            )
        except GiftdeskError as error:
            self.show_message(str(error))
            return False
        self.clear_message()
        return True

    def ask_budget_text(self, title: str, current: str) -> tuple[str, bool]:
        """Ask for an amount (tests replace this accessor)."""
        return QInputDialog.getText(
            self,
            title,
            translate("BudgetPanel", "Budget (leave empty for no budget):"),
            text=current,
        )

    def change_occasion_budget(self) -> None:
        if self._choice is ALL or self._choice is None:
            return
        occasion = self._summary.occasion(self._choice)
        if occasion is None:
            return
        text, ok = self.ask_budget_text(
            translate("BudgetPanel", "Budget of {name}").format(name=occasion.name),
            format_amount(occasion.budget_cents),
        )
        if ok:
            self.set_occasion_budget(occasion.occasion_id, occasion.name, text, occasion.version)

    def ask_person_budget(
        self,
        occasion_name: str,
        people: list[tuple[int, str]],
        budgets: dict[int, tuple[int | None, int | None]],
        chosen: int | None,
        *,
        note: str = "",
    ) -> tuple[int, int | None, int | None] | None:
        """Ask who and how much (tests replace this accessor).

        Returns (person id, budget for gifts to them, budget to spend) in
        cents, or None when cancelled. ``note``: why it asks again.
        """
        from giftdesk.ui.dialogs.person_budget import PersonBudgetDialog

        dialog = PersonBudgetDialog(occasion_name, people, budgets, chosen, self, note=note)
        try:
            if dialog.exec() != PersonBudgetDialog.DialogCode.Accepted:
                return None
            person_id = dialog.person_id()
            if person_id is None:
                return None
            return (person_id, *dialog.budgets())
        finally:
            dialog.deleteLater()

    def set_budget_for_person(self, person_id: int | None = None) -> bool:
        """ "Set a budget for…": anybody's budgets in the chosen occasion, undoably.

        The person need not have a row yet (no budget, no part in a gift);
        after saving they have one, and it is selected. False if cancelled,
        unchanged or refused.
        """
        occasion = (
            self._summary.occasion(self._choice)
            if self._choice is not ALL and self._choice is not None
            else None
        )
        if occasion is None or occasion.occasion_id is None:
            return False
        with self._db().reading() as session:
            everybody = list_person_rows(session)
        if not everybody:
            self.show_message(
                translate("BudgetPanel", "Add a person first: there is nobody to give a budget to.")
            )
            return False
        people = sorted(((p.id, p.name) for p in everybody), key=lambda p: p[1].casefold())
        budgets, versions = _budgets_of(occasion)
        if person_id is None:  # first whoever has no row in this occasion yet
            person_id = next((pid for pid, _name in people if pid not in budgets), people[0][0])
        typed: dict[int, tuple[int | None, int | None]] = {}
        note = ""
        while True:
            # Asked again after a refusal: what was typed stays in the fields, and why.
            again = {"note": note} if note else {}
            answer = self.ask_person_budget(
                occasion.name, people, {**budgets, **typed}, person_id, **again
            )
            if answer is None:
                return False
            chosen, recipient, purchaser = answer
            if budgets.get(chosen, (None, None)) == (recipient, purchaser):
                return False  # nothing to change, nothing to undo
            name = dict(people).get(chosen, "")
            record = BudgetRecord(chosen, occasion.occasion_id, recipient, purchaser)
            try:
                self._runner.run(
                    translate("BudgetPanel", "Set {name}'s budgets for {occasion}").format(
                        name=name, occasion=occasion.name
                    ),
                    partial(
                        budget_ops.set_person_budgets,
                        record=record,
                        version=versions.get(chosen, 0),
                    ),
                    raise_refusal=True,
                )
            except ConflictError as error:
                # Changed meanwhile on another computer: say so, read the latest,
                # and ask again with the amounts typed (not thrown away).
                self.show_message(str(error))
                with self._db().reading() as session:
                    latest = compute_budget_summary(session, occasion.occasion_id)
                fresh = latest.occasion(occasion.occasion_id)
                if fresh is None:
                    return False
                budgets, versions = _budgets_of(fresh)
                typed, person_id, note = {chosen: (recipient, purchaser)}, chosen, str(error)
                continue
            except GiftdeskError as error:
                self.show_message(str(error))
                return False
            break
        self.clear_message()
        self._select_after_refresh = chosen
        return True

    def _select_pending_person(self) -> None:
        person_id, self._select_after_refresh = self._select_after_refresh, None
        if person_id is None or not self.model.showing_people:
            return
        for row in range(self.model.rowCount()):
            if self.model.row_at(row).person_id == person_id:
                index = self.model.index(row, 0)
                self.table.setCurrentIndex(index)
                self.table.scrollTo(index)
                return

    # -- double-click on a name ------------------------------------------------------

    def _on_activated(self, index: QModelIndex) -> None:
        if not index.isValid() or self.model.flags(index) & Qt.ItemFlag.ItemIsEditable:
            return
        row = self.model.row_at(index.row())
        if isinstance(row, PersonBudget):
            self.person_activated.emit(row.person_id, row.name)
            self.filter_note.setText(
                translate(
                    "BudgetPanel", "The gift table shows only the gifts {name} receives or buys."
                ).format(name=row.name)
            )
            self.filter_bar.setVisible(True)
        else:
            self.occasion_activated.emit(row.occasion_id)

    def _show_all_gifts(self) -> None:
        self.filter_bar.setVisible(False)
        self.show_all_gifts_requested.emit()


def _count(number: int, word: str) -> str:
    assert word == "gift", word  # the panel counts gifts only
    return translate("BudgetPanel", "%Ln gift(s)", None, number)


def _read_summary(db: Database, choice: OccasionChoice) -> tuple[BudgetSummary, Viewer]:
    """The figures, and who reads them (a family member is told how many gifts are hidden)."""
    with db.reading() as session:
        # One row per occasion needs no per-person split: one GROUP BY.
        summary = compute_budget_summary(session, choice, people=choice is not ALL)
        return summary, viewer(session)


def _budgets_of(
    occasion: OccasionBudget,
) -> tuple[dict[int, tuple[int | None, int | None]], dict[int, int]]:
    """The budgets shown for ``occasion`` ({person: (for gifts to them, to spend)}) and
    the versions of their rows (0: none): a change made meanwhile says so."""
    budgets = {
        p.person_id: (p.recipient_budget_cents, p.purchaser_budget_cents) for p in occasion.people
    }
    return budgets, {p.person_id: p.budget_version for p in occasion.people}
