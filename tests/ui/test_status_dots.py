"""The status dots stay visible on selected rows (a blue dot on a blue highlight)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtTest import QTest

from giftdesk.ui.main_window import MainWindow


def distance(a: QColor, b: QColor) -> int:
    return abs(a.red() - b.red()) + abs(a.green() - b.green()) + abs(a.blue() - b.blue())


def test_every_status_dot_stands_out_on_a_selected_row(qtbot, demo_db, tmp_path: Path):
    window = MainWindow(demo_db, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    assert QTest.qWaitForWindowActive(window)
    view = window.gift_view
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    QTest.keyClick(view, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)  # select all
    highlight = view.palette().color(QPalette.ColorGroup.Active, QPalette.ColorRole.Highlight)
    column = window.gift_model.column_of("status")
    image = view.viewport().grab().toImage()
    seen: set[str] = set()
    for row in range(window.gift_proxy.rowCount()):
        index = window.gift_proxy.index(row, column)
        status = index.data(Qt.ItemDataRole.EditRole)
        rect = view.visualRect(index)
        if status in seen or not rect.isValid() or rect.bottom() >= image.height():
            continue
        seen.add(status)
        # The dot sits at the left of the cell, vertically centred.
        pixels = [
            image.pixelColor(x, y)
            for x in range(rect.left(), rect.left() + 17)
            for y in range(rect.center().y() - 6, rect.center().y() + 7)
        ]
        assert max(distance(p, highlight) for p in pixels) > 250, status
    assert seen == {"idea", "selected", "purchased", "received"}
