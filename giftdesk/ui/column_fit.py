"""Columns that share a table's width instead of running off its right edge.

Numbers and the status keep their natural width; the text columns share what
is left in proportion to their preferred widths and elide (the model gives the
full text as a tooltip). When even that does not fit, the less essential
columns step aside, each still reachable from the header's context menu. A
width the person drags, and a column they show or hide themselves, are theirs:
remembered in the settings and never changed by the fitting.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QAbstractProxyModel, QEvent, QObject, QPoint, QSettings, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QTableView

from giftdesk.i18n import translate

# Qt counts this many rows (around the visible ones) for a column's natural
# width: bounded, so 100,000 gifts cost what 200 do.
MEASURED_ROWS = 200
# The optional columns step aside while the text columns would get less than
# this part of their preferred widths.
ROOMY = 0.65


class ColumnFitter(QObject):
    """Fits ``view``'s columns (named by ``keys``, in model order) to its viewport.

    ``flexible``: text columns and their preferred widths; ``least``: the
    narrowest a flexible column may become; ``natural_floor``: the least width
    of a natural-width column (room for a typical amount, say); ``optional``:
    columns that step aside, first to last, when the rest would not fit.
    """

    def __init__(
        self,
        view: QTableView,
        keys: Sequence[str],
        *,
        flexible: Mapping[str, int],
        least: Mapping[str, int],
        natural_floor: Mapping[str, int],
        optional: Sequence[str],
        settings: QSettings,
    ) -> None:
        super().__init__(view)
        self.view = view
        self.keys = list(keys)
        self.flexible = dict(flexible)
        self.least = dict(least)
        self.natural_floor = dict(natural_floor)
        self.optional = list(optional)
        self.settings = settings
        self._prefix = f"tables/{view.objectName()}"
        self.own_widths: dict[str, int] = {}  # widths the person dragged
        self.own_shown: dict[str, bool] = {}  # columns the person showed or hid
        self._fitting = False
        self._dragging = False
        self._natural: dict[str, int] | None = None
        self.header = view.horizontalHeader()
        self.header.setStretchLastSection(False)
        self.header.setResizeContentsPrecision(MEASURED_ROWS)
        self.header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.header.customContextMenuRequested.connect(self._show_menu)
        self.header.sectionResized.connect(self._on_section_resized)
        # Held here: while the table is torn down, asking it for them would fail.
        self._header_viewport = self.header.viewport()
        self._view_viewport = view.viewport()
        self._header_viewport.installEventFilter(self)
        self._view_viewport.installEventFilter(self)
        # One fit after a burst of changes (a reset, a bulk edit, a resize).
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.fit)
        # New or changed rows are measured again. Searching and sorting (the
        # proxy's layout changes) only show other rows or in another order: the
        # widths stay as measured, as when scrolling, so a keystroke in the search
        # box measures no column again (five columns × 200 rows: 40 % of it).
        model = view.model()
        source = model.sourceModel() if isinstance(model, QAbstractProxyModel) else None
        for rows in (model, source):
            if rows is not None:
                for signal in (rows.modelReset, rows.rowsInserted, rows.dataChanged):
                    signal.connect(self._contents_changed)
        model.layoutChanged.connect(self.schedule)
        self.restore()

    # -- what the person chose ----------------------------------------------

    def restore(self) -> None:
        self.own_widths = _int_map(self.settings.value(f"{self._prefix}/ownWidths", "{}"))
        self.own_shown = {
            key: bool(value)
            for key, value in _int_map(
                self.settings.value(f"{self._prefix}/ownShown", "{}")
            ).items()
        }
        self.schedule()

    def save(self) -> None:
        self.settings.setValue(f"{self._prefix}/ownWidths", json.dumps(self.own_widths))
        self.settings.setValue(
            f"{self._prefix}/ownShown", json.dumps({k: int(v) for k, v in self.own_shown.items()})
        )

    def set_shown(self, key: str, shown: bool) -> None:
        """The person shows or hides a column (the header's context menu)."""
        self.own_shown[key] = shown
        self.save()
        self.fit()

    def fit_to_window(self) -> None:
        """Forget the person's widths and shown/hidden columns: fit them all again."""
        self.own_widths.clear()
        self.own_shown.clear()
        self.save()
        self.fit()

    def menu(self) -> QMenu:
        """The header's context menu: every column to show or hide, and a way back."""
        menu = QMenu(self.view)
        menu.setObjectName(f"{self.view.objectName()}ColumnsMenu")
        model = self.view.model()
        for column, key in enumerate(self.keys):
            title = model.headerData(column, Qt.Orientation.Horizontal)
            action = QAction(str(title), menu)
            action.setObjectName(f"showColumn_{key}")
            action.setCheckable(True)
            action.setChecked(not self.view.isColumnHidden(column))
            action.toggled.connect(lambda shown, k=key: self.set_shown(k, shown))
            menu.addAction(action)
        menu.addSeparator()
        reset = menu.addAction(translate("ColumnFitter", "Fit Columns to the Window"))
        reset.setObjectName("fitColumnsToWindow")
        reset.setToolTip(
            translate("ColumnFitter", "Forget the column widths you set and fit every column again")
        )
        reset.triggered.connect(self.fit_to_window)
        return menu

    def _show_menu(self, pos: QPoint) -> None:
        self.menu().exec(self.header.viewport().mapToGlobal(pos))

    # -- fitting ------------------------------------------------------------

    def schedule(self) -> None:
        self._timer.start()

    def _contents_changed(self, *_args: Any) -> None:
        self._natural = None
        self.schedule()

    def natural_width(self, key: str) -> int:
        if self._natural is None:
            self._natural = {}
        if key not in self._natural:
            column = self.keys.index(key)
            self._natural[key] = max(
                self.header.sectionSizeHint(column),
                self.view.sizeHintForColumn(column),
                self.natural_floor.get(key, 0),
            )
        return self._natural[key]

    def fit(self) -> None:
        self._timer.stop()
        available = self.view.viewport().width()
        if available <= 0:
            return
        # A header state saved before the fitting existed stretches its last column.
        self.header.setStretchLastSection(False)
        shown = [key for key in self.keys if self.own_shown.get(key, True)]
        for key in self.optional:  # step aside, least essential first, while cramped
            if not self._cramped(shown, available):
                break
            if key in shown and key not in self.own_shown:
                shown.remove(key)
        widths = self._widths(shown, available)
        self._fitting = True
        try:
            for column, key in enumerate(self.keys):
                hidden = key not in widths
                if self.view.isColumnHidden(column) != hidden:
                    self.view.setColumnHidden(column, hidden)
                if not hidden and self.header.sectionSize(column) != widths[key]:
                    self.header.resizeSection(column, widths[key])
        finally:
            self._fitting = False

    def _cramped(self, shown: list[str], available: int) -> bool:
        """Would the columns overflow, or the text columns get under ``ROOMY`` of
        their preferred widths?"""
        widths = self._widths(shown, available)
        if sum(widths.values()) > available:
            return True
        sharing = [k for k in shown if k in self.flexible and k not in self.own_widths]
        preferred = sum(self.flexible[k] for k in sharing)
        return bool(sharing) and sum(widths[k] for k in sharing) < preferred * ROOMY

    def _widths(self, shown: list[str], available: int) -> dict[str, int]:
        """Each shown column's width: fixed ones first, the text columns share the rest."""
        widths: dict[str, int] = {}
        sharing: list[str] = []
        for key in shown:
            if key in self.own_widths:
                widths[key] = self.own_widths[key]
            elif key in self.flexible:
                sharing.append(key)
            else:
                widths[key] = self.natural_width(key)
        room = available - sum(widths.values())
        preferred = sum(self.flexible[k] for k in sharing)
        if sharing and room >= preferred:  # wide: the text columns grow alike
            extra = room - preferred
            for key in sharing:
                widths[key] = self.flexible[key] + extra * self.flexible[key] // preferred
        elif sharing:  # narrow: each gives way in proportion, down to its least
            squeezed = _share(room, {k: self.flexible[k] for k in sharing}, self.least)
            widths.update(squeezed)
        if sharing:  # rounding: the last pixels go to the first text column
            widths[sharing[0]] += max(0, available - sum(widths.values()))
        return widths

    # -- the person's own widths --------------------------------------------

    def _on_section_resized(self, column: int, _old: int, new: int) -> None:
        if self._fitting or not self._dragging or not 0 <= column < len(self.keys):
            return
        self.own_widths[self.keys[column]] = new
        self.save()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        kind = event.type()
        if watched is self._header_viewport:
            if kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick):
                self._dragging = True
            elif kind == QEvent.Type.MouseButtonRelease:
                self._dragging = False
                if self.own_widths:
                    self.schedule()  # the other columns make room for the dragged one
        elif watched is self._view_viewport and kind == QEvent.Type.Resize:
            self.schedule()
        return False


def _share(room: int, preferred: Mapping[str, int], least: Mapping[str, int]) -> dict[str, int]:
    """``room`` shared in proportion to ``preferred``, nobody below their ``least``."""
    widths: dict[str, int] = {}
    left = dict(preferred)
    while left:
        total = sum(left.values())
        at_least = {k for k, p in left.items() if max(room, 0) * p // total < least.get(k, 0)}
        if not at_least:
            for key, p in left.items():
                widths[key] = max(room, 0) * p // total
            break
        for key in at_least:  # these stop at their least; the others share the rest
            widths[key] = least.get(key, 0)
            room -= widths[key]
            del left[key]
    return widths


def _int_map(value: object) -> dict[str, int]:
    """A {column key: int} saved as JSON; anything unreadable is nothing."""
    try:
        loaded = json.loads(str(value))
    except ValueError:
        return {}
    if not isinstance(loaded, dict):
        return {}
    return {str(k): int(v) for k, v in loaded.items() if isinstance(v, int)}
