"""The gift table's purchaser cell: double-click or F2 opens the person picker."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

# -- in-place purchaser cell editor -----------------------------------------------


class PurchaserCellDelegate(QStyledItemDelegate):
    """The purchaser cell's editor: the picker, opened by double-click or F2.

    The picker is a dialog, not an inline widget, so the delegate only
    catches the edit gestures on its column and emits
    ``pick_requested(gift_id)``. The double-click is taken from the view's
    viewport before the view sees it, so it does not also open the gift
    dialog (what a double-click does on the other columns).
    """

    pick_requested = Signal(int)

    def __init__(
        self,
        view: QAbstractItemView,
        column: int,
        id_of: Callable[[QModelIndex], int | None],
    ) -> None:
        super().__init__(view)
        self._view = view
        self._column = column
        self._id_of = id_of
        view.setItemDelegateForColumn(column, self)
        view.viewport().installEventFilter(self)

    def _request(self, index: QModelIndex) -> bool:
        gift_id = self._id_of(index) if index.isValid() else None
        if gift_id is None:
            return False
        self.pick_requested.emit(gift_id)
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.MouseButtonDblClick
            and isinstance(event, QMouseEvent)
            and event.button() == Qt.MouseButton.LeftButton
        ):
            index = self._view.indexAt(event.position().toPoint())
            if index.isValid() and index.column() == self._column and self._request(index):
                return True
        return super().eventFilter(watched, event)

    def editorEvent(
        self,
        event: QEvent,
        model: QAbstractItemModel,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_F2
            and self._request(
                QModelIndex(index)
                if isinstance(index, QModelIndex)
                else QModelIndex(index.model().index(index.row(), index.column()))
            )
        ):
            return True
        return super().editorEvent(event, model, option, index)
