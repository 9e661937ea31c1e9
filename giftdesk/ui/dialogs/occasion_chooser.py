"""The occasion chooser of "Move to occasion…": one occasion, or none, for the selected gifts."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    Qt,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from giftdesk.i18n import translate

# -- occasion chooser -----------------------------------------------------------


class OccasionChooserDialog(QDialog):
    """A short list of occasions plus "No occasion"; Enter or a double-click chooses."""

    def __init__(
        self,
        occasions: Sequence[tuple[int, str]],
        gift_count: int,
        current: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("OccasionChooserDialog")
        self.setWindowTitle(
            translate("OccasionChooserDialog", "Move %Ln gift(s) to an occasion", None, gift_count)
        )
        self._chosen: tuple[int | None, str] | None = None
        intro = QLabel(
            translate("OccasionChooserDialog", "Which occasion is this gift for?")
            if gift_count == 1
            else translate("OccasionChooserDialog", "Which occasion are these gifts for?")
        )
        self.list = QListWidget()
        self.list.setObjectName("occasionList")
        none_item = QListWidgetItem(translate("OccasionChooserDialog", "No occasion"))
        none_item.setData(Qt.ItemDataRole.UserRole, None)
        font = none_item.font()
        font.setItalic(True)
        none_item.setFont(font)
        self.list.addItem(none_item)
        for occasion_id, name in occasions:
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, occasion_id)
            self.list.addItem(item)
            if occasion_id == current:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None:
            self.list.setCurrentRow(1 if self.list.count() > 1 else 0)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            translate("OccasionChooserDialog", "&Move")
        )
        buttons.accepted.connect(self._choose)
        buttons.rejected.connect(self.reject)
        self.list.itemDoubleClicked.connect(lambda _item: self._choose())
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.resize(360, 320)
        self.list.setFocus()

    def _choose(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        self._chosen = (item.data(Qt.ItemDataRole.UserRole), item.text())
        self.accept()

    def chosen_occasion_id(self) -> int | None:
        return self._chosen[0] if self._chosen else None

    def chosen_occasion_name(self) -> str | None:
        return self._chosen[1] if self._chosen else None
