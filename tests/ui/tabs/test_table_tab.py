"""What every tab shares: selection by id, Enter and double-click, the context menu."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction

from giftdesk.ui.models.person_model import PersonTableModel
from giftdesk.ui.tabs.table_tab import TableTab, select_ids, selected_ids
from giftdesk.ui.tabs.tables import Tables


def test_selecting_ids_selects_those_rows_in_the_order_shown(tables: Tables) -> None:
    gifts = tables.gifts
    ids = [gifts.proxy.id_at(row) for row in (5, 1, 2, 9)]
    select_ids(gifts.view, ids)
    assert selected_ids(gifts.view) == [gifts.proxy.id_at(row) for row in (1, 2, 5, 9)]
    assert gifts.view.currentIndex().row() == 1


def test_selecting_ids_not_shown_selects_nothing(tables: Tables) -> None:
    tables.gifts.select_ids([10**9])
    assert tables.gifts.selected_ids() == []
    assert not tables.gifts.has_selection()


def test_enter_opens_the_current_row(qtbot, tables: Tables) -> None:  # type: ignore[no-untyped-def]
    people = tables.people
    tables.people.view.window().show()
    opened: list[int] = []
    people.edit = opened.append  # type: ignore[method-assign]
    people.select_ids([people.proxy.id_at(2)])
    people.view.setFocus()
    qtbot.keyClick(people.view, Qt.Key.Key_Return)
    assert opened == [people.proxy.id_at(2)]


def test_a_tab_without_a_row_selected_opens_nothing(tables: Tables) -> None:
    opened: list[int] = []
    tables.occasions.edit = opened.append  # type: ignore[method-assign]
    tables.occasions.edit_current()
    assert opened == []


def test_a_plain_tab_leaves_editing_and_status_to_its_kind(qtbot) -> None:  # type: ignore[no-untyped-def]
    tab = TableTab("plainTable", PersonTableModel(), multi=False)
    qtbot.addWidget(tab.view)
    assert tab.view.objectName() == "plainTable"
    assert tab.counts() == (0, 0)
    for call in (lambda: tab.edit(1), tab.status_text, tab.delete_selected):
        try:
            call()
        except NotImplementedError:
            continue
        raise AssertionError("a plain tab must not pretend to edit, delete or count")


def test_the_context_menu_lists_the_tabs_actions_then_the_extra_ones(qtbot, tables: Tables) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    shown: list[list[str]] = []

    def read_and_close() -> None:
        menu = QApplication.activePopupWidget()
        assert menu is not None
        shown.append([a.text() for a in menu.actions()])
        menu.close()

    edit, extra = QAction("Edit"), QAction("Plan again next year")
    tables.occasions.context_actions = [edit]
    tables.occasions.extra_context_actions.append(extra)
    QTimer.singleShot(50, read_and_close)
    tables.occasions.view.customContextMenuRequested.emit(tables.occasions.view.rect().center())
    assert shown == [["Edit", "", "Plan again next year"]]
