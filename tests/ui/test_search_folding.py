"""The main search box ignores case and accents, like the purchaser picker."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from giftdesk.ui.main_window import TAB_GIFTS, TAB_PEOPLE, MainWindow
from giftdesk.ui.models.labels import fold


def type_text(widget, text: str) -> None:  # type: ignore[no-untyped-def]
    """Key presses for ``text``; ë and É as the key events a keyboard layout sends."""
    for char in text:
        if char.isascii():
            QTest.keyClicks(widget, char)
        else:
            QTest.sendKeyEvent(
                QTest.KeyAction.Click,
                widget,
                Qt.Key.Key_unknown,
                char,
                Qt.KeyboardModifier.NoModifier,
            )


def search_by_keys(qtbot, window: MainWindow, typed: str) -> None:  # type: ignore[no-untyped-def]
    window.current_view().setFocus()
    qtbot.waitUntil(window.current_view().hasFocus)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.search_box
    type_text(window.search_box, typed)
    qtbot.waitUntil(lambda: window.current_view().model().search_text() != "")


@pytest.mark.parametrize("typed", ["zoe", "ZOE", "Zoë", "zoë"])
def test_gift_search_finds_zoes_gifts_however_typed(qtbot, window, typed):
    window.tabs.setCurrentIndex(TAB_GIFTS)
    for_zoe = {r.id for r in window.gift_model.rows() if "Zoë" in r.recipient_names}
    assert for_zoe
    search_by_keys(qtbot, window, typed)
    proxy = window.gift_proxy
    shown = {proxy.id_at(r) for r in range(proxy.rowCount())}
    assert for_zoe <= shown


@pytest.mark.parametrize("typed", ["chloe", "CHLOÉ"])
def test_people_search_ignores_accents(qtbot, window, typed):
    window.tabs.setCurrentIndex(TAB_PEOPLE)
    search_by_keys(qtbot, window, typed)
    proxy = window.person_proxy
    assert [proxy.item_at(r).name for r in range(proxy.rowCount())] == ["Chloé"]


def test_fold_drops_case_and_accents_only():
    assert fold("Zoë Müller-Großmann") == "zoe muller-grossmann"
    assert fold("Plain") == "plain"
