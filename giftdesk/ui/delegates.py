"""In-place editors for the gift table: status, price and quantity.

The editors only collect a value; the model hands it to the window, which
saves it as one undoable command (or shows why it cannot).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    Qt,
)
from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from giftdesk.data.fields import QUANTITY_MAX
from giftdesk.i18n import translate
from giftdesk.ui.models.labels import STATUS_LABELS, status_icon

AnyIndex = QModelIndex | QPersistentModelIndex


def fit_editor(editor: QWidget, option: QStyleOptionViewItem) -> None:
    """The whole cell (not just its text part: the cell's own icon would show
    beside the editor's), and never narrower than the editor needs."""
    rect = QRect(option.rect)
    rect.setWidth(max(rect.width(), editor.sizeHint().width()))
    editor.setGeometry(rect)


class StatusDelegate(QStyledItemDelegate):
    """A combo of the four statuses; choosing one commits at once."""

    def updateEditorGeometry(  # noqa: N802
        self, editor: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> None:
        fit_editor(editor, option)

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> QWidget:  # noqa: N802
        combo = QComboBox(parent)
        combo.setObjectName("statusEditor")
        for status in STATUS_LABELS:  # in GIFT_STATUSES order
            combo.addItem(status_icon(status), STATUS_LABELS[status], status)
        combo.activated.connect(lambda _=0: self._commit(combo))
        return combo

    def _commit(self, combo: QComboBox) -> None:
        self.commitData.emit(combo)
        self.closeEditor.emit(combo)

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        at = editor.findData(index.data(Qt.ItemDataRole.EditRole))
        editor.setCurrentIndex(max(at, 0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: AnyIndex) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        value = editor.currentData()
        if value != index.data(Qt.ItemDataRole.EditRole):
            model.setData(index, value, Qt.ItemDataRole.EditRole)


class MoneyDelegate(QStyledItemDelegate):
    """A right-aligned line edit for an amount; the model parses it in the user's locale.

    Empty text means "no amount" (``placeholder`` says what that is).
    """

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        object_name: str = "moneyEditor",
        placeholder: str = translate("MoneyDelegate", "no price"),
    ) -> None:
        super().__init__(parent)
        self._object_name = object_name
        self._placeholder = placeholder

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> QWidget:  # noqa: N802
        edit = QLineEdit(parent)
        edit.setObjectName(self._object_name)
        edit.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        edit.setPlaceholderText(self._placeholder)
        return edit

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:  # noqa: N802
        assert isinstance(editor, QLineEdit)
        editor.setText(str(index.data(Qt.ItemDataRole.EditRole) or ""))
        editor.selectAll()

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: AnyIndex) -> None:  # noqa: N802
        assert isinstance(editor, QLineEdit)
        if editor.text().strip() != str(index.data(Qt.ItemDataRole.EditRole) or ""):
            model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)


class QuantityDelegate(QStyledItemDelegate):
    """A spin box up to 9999; 0 is let through so the refusal can say why."""

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> QWidget:  # noqa: N802
        spin = QSpinBox(parent)
        spin.setObjectName("quantityEditor")
        spin.setRange(0, QUANTITY_MAX)
        spin.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return spin

    def updateEditorGeometry(  # noqa: N802
        self, editor: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> None:
        fit_editor(editor, option)

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:  # noqa: N802
        assert isinstance(editor, QSpinBox)
        value: Any = index.data(Qt.ItemDataRole.EditRole)
        editor.setValue(int(value or 1))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: AnyIndex) -> None:  # noqa: N802
        assert isinstance(editor, QSpinBox)
        editor.interpretText()
        if editor.value() != index.data(Qt.ItemDataRole.EditRole):
            model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)
