"""The window's parts work with what they are handed: no MainWindow, stubs for the tables.

Each part takes the database getter, the undo runner, the hub, a status bar
and a narrow protocol of the gift table; these tests hand it exactly that
(a plain widget as parent, a stub for the table) and check it acts on the
database and asks the stub, never a window.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMainWindow, QStatusBar, QTableView

from giftdesk.data import table_rows
from giftdesk.data.budget import ALL
from giftdesk.data.database import Database
from giftdesk.ui.budget.dock import BudgetDock
from giftdesk.ui.bulk.actions import BulkActions
from giftdesk.ui.changes import ChangeHub
from giftdesk.ui.dialogs.members import MembersActions
from giftdesk.ui.file_history import FileHistory
from giftdesk.ui.models.gift_model import GiftTableModel
from giftdesk.ui.models.proxy import TableProxyModel
from giftdesk.ui.undo import UndoRunner


class Parts:
    """What the window would hand its parts, without the window."""

    def __init__(self, qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
        self.parent = QMainWindow()
        qtbot.addWidget(self.parent)
        self.status_bar = QStatusBar()
        self.parent.setStatusBar(self.status_bar)
        self.hub = ChangeHub()
        self.stack = QUndoStack()
        self.refused: list[str] = []
        self.runner = UndoRunner(lambda: db, self.hub, self.stack, self.refused.append)


@pytest.fixture
def parts(qtbot, demo_db: Database) -> Parts:  # type: ignore[no-untyped-def]
    return Parts(qtbot, demo_db)


class GiftTableStub:
    """The gift table as the parts see it: a selection, an occasion, a person filter."""

    def __init__(self, selected: list[int]) -> None:
        self.selected = selected
        self.selected_again: list[list[int]] = []
        self.occasion: int | str | None = "all"
        self.person_filter: list[int | None] = []
        self.veil: Callable[[Any], bool] | None = None

    def selected_gift_ids(self) -> list[int]:
        return list(self.selected)

    def select_gifts(self, ids: Iterable[int]) -> None:
        self.selected_again.append(list(ids))

    def gift_versions(self, gift_ids: Sequence[int]) -> dict[int, int]:
        return {}

    def current_occasion_filter(self) -> int | str | None:
        return self.occasion

    def filter_gifts_by_person(self, person_id: int | None) -> None:
        self.person_filter.append(person_id)

    def set_veil(self, hides: Callable[[Any], bool] | None) -> None:
        self.veil = hides


def _gift_rows(db: Database) -> list[Any]:
    with db.reading() as session:
        return list(table_rows.list_gift_rows(session))


def test_bulk_actions_change_the_gifts_the_table_says_are_selected(parts, demo_db):
    rows = _gift_rows(demo_db)
    chosen = [r.id for r in rows if r.status == "idea"][:3]
    table = GiftTableStub(chosen)
    model = GiftTableModel()
    model.set_rows(rows)
    proxy = TableProxyModel()
    proxy.setSourceModel(model)
    view = QTableView(parts.parent)
    view.setModel(proxy)
    bulk = BulkActions(
        parts.parent,
        lambda: demo_db,
        parts.runner,
        table,
        view,
        model.column_of("purchaser"),
        shown=lambda: True,
        status_bar=parts.status_bar,
    )
    assert bulk.set_status.isEnabled()  # the stub says three gifts are selected
    assert [a.objectName() for a in bulk.actions] == [
        "actionAssignPurchaser",
        "actionClearPurchaser",
        "actionSetStatus",
        "actionAddRecipient",
        "actionRemoveRecipient",
        "actionMoveToOccasion",
    ]
    bulk.status_actions["purchased"].trigger()
    assert {r.status for r in _gift_rows(demo_db) if r.id in chosen} == {"purchased"}
    assert parts.stack.count() == 1
    assert "purchased" in parts.status_bar.currentMessage()
    assert table.selected_again == [chosen]  # the view selected none of them: selected again
    table.selected = []
    bulk.update_enabled()
    assert not bulk.set_status.isEnabled()


def test_the_budget_dock_follows_the_tables_occasion_and_asks_it_for_a_persons_gifts(
    parts, demo_db
):
    table = GiftTableStub([])
    with demo_db.reading() as session:
        xmas = next(r.id for r in table_rows.list_occasion_rows(session) if r.date is not None)
    table.occasion = xmas
    dock = BudgetDock(parts.parent, lambda: demo_db, parts.runner, table, parts.status_bar)
    assert dock.objectName() == "budgetDock" and dock.panel.occasion_choice() == xmas
    assert dock.action_show_budget.objectName() == "actionShowBudget"
    assert dock.action_print_budget.shortcut().toString() == "Ctrl+P"
    table.occasion = "all"
    dock.follow_occasion()
    assert dock.panel.occasion_choice() is ALL
    dock.panel.person_activated.emit(3, "Thomas")
    dock.panel.show_all_gifts_requested.emit()
    assert table.person_filter == [3, None]


def test_hide_gifts_for_veils_the_table_it_was_handed(parts, demo_db):
    table = GiftTableStub([])
    members = MembersActions(parts.parent, lambda: demo_db, parts.hub, table, parts.status_bar)
    assert members.action_hide_gifts_for.isVisible()  # a file: the courtesy filter
    assert not members.action_family_members.isVisible()  # a file has no logins
    members.hide_gifts_for(8)
    assert table.veil is not None
    assert table.veil(type("Row", (), {"recipient_ids": (8,)})())
    assert not table.veil(type("Row", (), {"recipient_ids": (2,)})())
    assert "hidden in this window only" in parts.status_bar.currentMessage()
    members.hide_gifts_for(None)
    assert table.veil is None


def test_file_history_refuses_a_restore_on_a_shared_database_through_what_it_was_handed(
    qtbot, tmp_path: Path, shared_family: Database
):  # type: ignore[no-untyped-def]
    parts = Parts(qtbot, shared_family)
    refused: list[str] = []
    history = FileHistory(
        parts.parent,
        lambda: shared_family,
        parts.hub,
        parts.stack,
        QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat),
        parts.status_bar,
        lambda error: refused.append(str(error)),
    )
    assert history.action_restore_backup.objectName() == "actionRestoreBackup"
    assert not history.restore_from_backup()
    assert refused == [
        "Daily backups are kept for giftdesk files; a shared database is backed up on its server."
    ]
