"""Run the real program on a file and print every text its window shows, as JSON.

Started as its own process by ``test_window_in_every_language.py`` (the
language is chosen once per process, from ``LANG``, like a double-click
start): ``python visible_texts.py FILE [PNG]``. Each text is keyed by where
it is (menu, action, widget path, table header), so two languages' runs
compare place by place. With ``PNG`` the window is also saved as a picture.
"""

from __future__ import annotations

import json
import os
import sys
import traceback

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDockWidget,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QTableView,
    QTabWidget,
    QTreeView,
    QWidget,
)


def _path(widget: QWidget, top: QWidget) -> str:
    parts = []
    node: QWidget | None = widget
    while node is not None and node is not top:
        siblings = node.parentWidget().children() if node.parentWidget() else []
        same = [s for s in siblings if type(s) is type(node)]
        parts.append(f"{type(node).__name__}:{node.objectName() or same.index(node)}")
        node = node.parentWidget()
    return "/".join(reversed(parts))


def _menu_texts(menu: QMenu, where: str, out: dict[str, str]) -> None:
    out[f"menu:{where}"] = menu.title()
    for index, action in enumerate(menu.actions()):
        if action.isSeparator() or not action.isVisible():
            continue
        key = f"{where}/{action.objectName() or index}"
        if action.menu() is not None:
            _menu_texts(action.menu(), key, out)  # type: ignore[arg-type]
        else:
            out[f"action:{key}"] = action.text()


def visible_texts(window: QMainWindow) -> dict[str, str]:
    out: dict[str, str] = {"window:title": window.windowTitle()}
    for index, action in enumerate(window.menuBar().actions()):
        if action.menu() is not None:
            _menu_texts(action.menu(), action.objectName() or str(index), out)  # type: ignore[arg-type]
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window):
            continue
        key = _path(widget, window)
        if isinstance(widget, QLabel):
            out[f"label:{key}"] = widget.text()
        elif isinstance(widget, QAbstractButton):
            out[f"button:{key}"] = widget.text()
        elif isinstance(widget, QGroupBox):
            out[f"group:{key}"] = widget.title()
        elif isinstance(widget, QDockWidget):
            out[f"dock:{key}"] = widget.windowTitle()
        elif isinstance(widget, QLineEdit):
            out[f"placeholder:{key}"] = widget.placeholderText()
        elif isinstance(widget, QComboBox):
            out[f"combo:{key}"] = widget.currentText()
        elif isinstance(widget, QTabWidget):
            for tab in range(widget.count()):
                out[f"tab:{key}/{tab}"] = widget.tabText(tab)
    # Column headers of every table, shown or on a hidden tab.
    for view in window.findChildren(QTableView) + window.findChildren(QTreeView):
        model = view.model()
        if model is None:
            continue
        for column in range(model.columnCount()):
            text = model.headerData(column, Qt.Orientation.Horizontal)
            if isinstance(text, str):
                out[f"header:{_path(view, window)}/{column}"] = text
    status = window.statusBar().currentMessage()
    if status:
        out["statusbar"] = status
    return out


def main() -> None:
    from giftdesk.cli import main as giftdesk_main
    from giftdesk.ui import app as app_module

    db_path = sys.argv[1]
    picture = sys.argv[2] if len(sys.argv) > 2 else None

    def when_shown(window: QMainWindow) -> None:
        def collect() -> None:
            try:
                window.resize(1280, 800)
                QApplication.processEvents()
                texts = visible_texts(window)
                print("TEXTS " + json.dumps(texts, ensure_ascii=False), flush=True)
                if picture:
                    window.grab().save(picture)
            except Exception:  # report it; never leave a dialog waiting
                traceback.print_exc()
            finally:
                os._exit(0)  # the texts are out; no need to wind the window down

        QTimer.singleShot(1500, collect)  # the budget panel and coming-up figures read first

    app_module.window_hooks.append(when_shown)
    sys.argv = ["giftdesk", "--db", db_path]
    giftdesk_main()


if __name__ == "__main__":
    main()
