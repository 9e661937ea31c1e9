"""Help → Keyboard shortcuts: every key the window answers to, read from its actions.

The list is made from the live ``QAction``s of the window's menus (and any
window action outside a menu), so it shows what the keys do now and cannot
drift from them.
"""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from giftdesk.i18n import translate
from giftdesk.ui.actions import shortcut_text


def _plain(text: str) -> str:
    """Menu text without its mnemonic ampersands and trailing dots."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip(".…")


def shortcut_rows(window: QMainWindow) -> list[tuple[str, str, str]]:
    """(menu, command, keys) for every action of ``window`` that has a shortcut."""
    rows: list[tuple[str, str, str]] = []
    listed: set[int] = set()

    def walk(menu: QMenu, title: str) -> None:
        for action in menu.actions():
            submenu = action.menu()  # typed ``object`` in PySide6: narrowed here
            if isinstance(submenu, QMenu) and action.shortcuts() == []:
                walk(submenu, f"{title} → {_plain(action.text())}")
                continue
            if action.isSeparator() or id(action) in listed or not action.shortcuts():
                continue
            listed.add(id(action))
            # Undo/Redo carry the step's text; the list names the command.
            undo_redo = action.objectName() in ("actionUndo", "actionRedo")
            name = action.iconText() if undo_redo else action.text()
            rows.append((title, _plain(name), shortcut_text(action)))

    for top in window.menuBar().actions():
        menu = top.menu()
        if isinstance(menu, QMenu):
            walk(menu, _plain(top.text()))
    for action in window.findChildren(QAction):
        if action.shortcuts() and id(action) not in listed and action.objectName():
            listed.add(id(action))
            rows.append(("", _plain(action.text()), shortcut_text(action)))
    return rows


class KeyboardShortcutsDialog(QDialog):
    """A read-only table: menu, command, keys."""

    def __init__(self, window: QMainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        self.setObjectName("keyboardShortcutsDialog")
        self.setWindowTitle(translate("KeyboardShortcutsDialog", "Keyboard shortcuts"))
        rows = shortcut_rows(window)
        self.table = QTableWidget(len(rows), 3)
        self.table.setObjectName("shortcutTable")
        self.table.setHorizontalHeaderLabels(
            [
                translate("KeyboardShortcutsDialog", "Menu"),
                translate("KeyboardShortcutsDialog", "Command"),
                translate("KeyboardShortcutsDialog", "Keys"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        for row, values in enumerate(rows):
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                translate("KeyboardShortcutsDialog", "These keys work anywhere in the main window.")
            )
        )
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(560, min(120 + 30 * len(rows), 640))
