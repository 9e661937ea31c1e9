"""Bulk action commands: one transaction and one undo step each, exactly undone."""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QUndoStack
from sqlalchemy import select

from giftdesk.data.changes import Change
from giftdesk.data.database import Database
from giftdesk.data.errors import NotFoundError
from giftdesk.data.gifts import delete_gifts
from giftdesk.data.models import gift_people, gifts, persons
from giftdesk.data.operations import bulk as bulk_ops
from giftdesk.data.operations.people import create_person
from giftdesk.data.records import PersonRecord
from giftdesk.ui.bulk.picker_data import load_picker_data
from giftdesk.ui.changes import ChangeHub
from giftdesk.ui.purchaser_picker import PickerMode
from giftdesk.ui.undo import UndoRunner


@pytest.fixture(autouse=True)
def euro_locale():  # type: ignore[no-untyped-def]
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.Ireland))
    yield
    QLocale.setDefault(previous)


@pytest.fixture
def hub() -> ChangeHub:
    return ChangeHub()


@pytest.fixture
def stack() -> QUndoStack:
    return QUndoStack()


# What a gift holds (its version only counts changes, undone ones too).
CONTENT = [column for column in gifts.c if column.name != "version"]


def snapshot(db: Database) -> tuple[list[tuple], list[tuple]]:
    with db.reading() as session:
        rows = [tuple(r) for r in session.execute(select(*CONTENT).order_by(gifts.c.id))]
        links = [
            tuple(r)
            for r in session.execute(
                select(gift_people.c.gift_id, gift_people.c.person_id, gift_people.c.role).order_by(
                    gift_people.c.gift_id, gift_people.c.person_id, gift_people.c.role
                )
            )
        ]
    return rows, links


def gift_ids(db: Database, occasion_id: int | None = 1) -> list[int]:
    with db.reading() as session:
        return list(
            session.scalars(select(gifts.c.id).where(gifts.c.occasion_id.is_(occasion_id)))
            if occasion_id is None
            else session.scalars(select(gifts.c.id).where(gifts.c.occasion_id == occasion_id))
        )


@pytest.fixture
def refused() -> list[str]:
    return []


@pytest.fixture
def runner(demo_db: Database, hub: ChangeHub, stack: QUndoStack, refused: list[str]) -> UndoRunner:
    return UndoRunner(lambda: demo_db, hub, stack, refused.append)


COMMANDS = {
    "assign purchaser": lambda ids: partial(
        bulk_ops.assign_purchaser, gift_ids=ids, person_id=3, person_name="Thomas"
    ),
    "clear purchaser": lambda ids: partial(
        bulk_ops.assign_purchaser, gift_ids=ids, person_id=None, person_name=None
    ),
    "status purchased": lambda ids: partial(bulk_ops.set_status, gift_ids=ids, status="purchased"),
    "status idea": lambda ids: partial(bulk_ops.set_status, gift_ids=ids, status="idea"),
    "move occasion": lambda ids: partial(
        bulk_ops.set_occasion, gift_ids=ids, occasion_id=2, occasion_name="Rosa's 80th"
    ),
    "no occasion": lambda ids: partial(
        bulk_ops.set_occasion, gift_ids=ids, occasion_id=None, occasion_name=None
    ),
    "add recipient": lambda ids: partial(
        bulk_ops.add_recipient, gift_ids=ids, person_id=8, person_name="Zoë"
    ),
    "remove recipient": lambda ids: partial(
        bulk_ops.remove_recipient, gift_ids=ids, person_id=8, person_name="Zoë"
    ),
}


@pytest.mark.parametrize("name", list(COMMANDS))
def test_each_bulk_action_is_one_undo_step_exactly_undone_and_redone(
    demo_db: Database, hub: ChangeHub, stack: QUndoStack, runner: UndoRunner, name: str
):
    ids = gift_ids(demo_db)
    before = snapshot(demo_db)
    changes = []
    hub.changed.connect(changes.append)
    assert runner.run(name, COMMANDS[name](ids))
    after = snapshot(demo_db)
    assert after != before
    assert stack.count() == 1
    assert changes[-1].gifts == frozenset(ids)
    stack.undo()
    assert snapshot(demo_db) == before
    assert changes[-1].gifts == frozenset(ids)
    stack.redo()
    assert snapshot(demo_db) == after
    stack.undo()
    assert snapshot(demo_db) == before
    assert len(changes) == 4


def test_assign_purchaser_says_who_buys_how_many_for_how_much(demo_db, runner, stack):  # type: ignore[no-untyped-def]
    ids = gift_ids(demo_db)[:12]
    result = runner.run(
        "Assign Thomas to buy 12 gifts",
        partial(bulk_ops.assign_purchaser, gift_ids=ids, person_id=3, person_name="Thomas"),
    )
    with demo_db.reading() as session:
        total = sum(
            (sale if sale is not None else (price or 0)) * qty
            for sale, price, qty in session.execute(
                select(gifts.c.sale_price_cents, gifts.c.price_cents, gifts.c.quantity).where(
                    gifts.c.id.in_(ids)
                )
            )
        )
    assert result.message == "Thomas will buy 12 gifts"
    assert result.total_cents == total
    assert stack.undoText() == "Assign Thomas to buy 12 gifts"


def test_assignment_tells_the_views_about_old_and_new_purchasers(demo_db, hub, runner):  # type: ignore[no-untyped-def]
    ids = gift_ids(demo_db)
    with demo_db.reading() as session:
        old = set(session.scalars(select(gifts.c.purchaser_id).where(gifts.c.id.in_(ids)))) - {None}
    changes = []
    hub.changed.connect(changes.append)
    runner.run("Assign", COMMANDS["assign purchaser"](ids))
    assert changes[0].persons == frozenset(old | {3})
    assert changes[0].touches_money


def test_status_messages(demo_db, runner):  # type: ignore[no-untyped-def]
    ids = gift_ids(demo_db)[:12]
    op = partial(bulk_ops.set_status, gift_ids=ids, status="purchased", today=dt.date(2026, 12, 1))
    result = runner.run("Mark", op)
    assert result.message == "12 gifts marked as purchased"
    with demo_db.reading() as session:
        assert None not in set(
            session.scalars(select(gifts.c.purchase_date).where(gifts.c.id.in_(ids)))
        )


def test_gifts_deleted_meanwhile_are_refused_with_nothing_on_the_stack(
    demo_db, runner, stack, refused
):  # type: ignore[no-untyped-def]
    ids = gift_ids(demo_db)
    with demo_db.transaction() as session:
        delete_gifts(session, ids[:1])
    before = snapshot(demo_db)
    for make in COMMANDS.values():
        with pytest.raises(NotFoundError, match="no longer exist"):
            runner.run("Bulk", make(ids), raise_refusal=True)
        assert runner.run("Bulk", make(ids)) is None
    assert len(refused) == len(COMMANDS)
    assert all("no longer exist" in sentence for sentence in refused)
    assert stack.count() == 0
    assert snapshot(demo_db) == before


def test_undo_after_the_gifts_were_deleted_elsewhere_changes_nothing_and_says_so(
    demo_db, runner, stack, refused
):  # type: ignore[no-untyped-def]
    ids = gift_ids(demo_db)
    runner.run("Assign", COMMANDS["assign purchaser"](ids))
    command = stack.command(0)
    with demo_db.transaction() as session:  # "another window" deletes one of them
        delete_gifts(session, ids[-1:])
    before = snapshot(demo_db)
    stack.undo()
    assert snapshot(demo_db) == before
    assert len(refused) == 1
    assert "no longer exist" in refused[0]
    assert command.obsolete_reason


def test_person_creation_is_its_own_undo_step_keeping_its_id(demo_db, runner, stack):  # type: ignore[no-untyped-def]
    record = PersonRecord(None, " Oma  Gerda ", "Granny")
    (new_id,) = runner.run("Add", partial(create_person, record=record)).created
    with demo_db.reading() as session:
        assert session.scalar(select(persons.c.name).where(persons.c.id == new_id)) == "Oma Gerda"
    runner.run(
        "Assign",
        partial(
            bulk_ops.assign_purchaser,
            gift_ids=gift_ids(demo_db),
            person_id=new_id,
            person_name="Oma",
        ),
    )
    stack.undo()
    stack.undo()
    with demo_db.reading() as session:
        assert session.scalar(select(persons.c.id).where(persons.c.id == new_id)) is None
    stack.redo()
    stack.redo()
    with demo_db.reading() as session:
        assert session.scalar(select(persons.c.name).where(persons.c.id == new_id)) == "Oma Gerda"
        assert set(
            session.scalars(select(gifts.c.purchaser_id).where(gifts.c.occasion_id == 1))
        ) == {new_id}


def test_picker_data_for_one_occasion_comes_from_the_budget_engine(demo_db):  # type: ignore[no-untyped-def]
    from giftdesk.data.budget import compute_budget_summary

    ids = gift_ids(demo_db)
    data = load_picker_data(demo_db, ids, PickerMode.PURCHASER)
    assert data.scope_text == "Figures for Christmas 2026."
    with demo_db.reading() as session:
        people = {p.person_id: p for p in compute_budget_summary(session, 1).occasions[0].people}
    lines = {line.person_id: line for line in data.lines}
    assert len(lines) == 12  # everyone, with or without figures
    for person_id, figures in people.items():
        assert lines[person_id].amount_cents == figures.buying_planned_cents
        assert lines[person_id].budget_cents == figures.purchaser_budget_cents
        assert lines[person_id].over_budget == figures.over_purchaser_budget


def test_picker_data_for_mixed_occasions_spans_all(demo_db):  # type: ignore[no-untyped-def]
    ids = gift_ids(demo_db, 1)[:2] + gift_ids(demo_db, 2)[:2]
    data = load_picker_data(demo_db, ids, PickerMode.PURCHASER)
    assert "all occasions" in data.scope_text


def test_picker_for_removing_lists_only_current_recipients(demo_db):  # type: ignore[no-untyped-def]
    ids = gift_ids(demo_db, 2)  # Grandma Rosa's 80th: for Rosa (4), one also for Joe (5)
    data = load_picker_data(demo_db, ids, PickerMode.REMOVE_RECIPIENT)
    assert {line.person_id for line in data.lines} == {4, 5}
    assert data.scope_text == "Figures for Grandma Rosa's 80th."


def test_picker_for_one_gift_preselects_its_purchaser(demo_db):  # type: ignore[no-untyped-def]
    with demo_db.reading() as session:
        gift_id, purchaser = session.execute(
            select(gifts.c.id, gifts.c.purchaser_id).where(gifts.c.purchaser_id.is_not(None))
        ).first()
    data = load_picker_data(demo_db, [gift_id], PickerMode.PURCHASER)
    assert data.current_person_id == purchaser


# -- in the main window ----------------------------------------------------------

from PySide6.QtCore import QSettings, Qt, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QDialog, QLabel  # noqa: E402

from giftdesk.data import bulk  # noqa: E402
from giftdesk.data.database import open_database  # noqa: E402
from giftdesk.ui.purchaser_picker import (  # noqa: E402
    IsNobodyRole,
    PersonIdRole,
    PurchaserPickerDialog,
)


@pytest.fixture
def window(qtbot, demo_db, tmp_path):  # type: ignore[no-untyped-def]
    from giftdesk.ui.main_window import MainWindow

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = MainWindow(demo_db, settings=settings)
    qtbot.addWidget(win)
    win.errors = []  # type: ignore[attr-defined]
    win.bulk_actions.show_error = lambda title, message: win.errors.append(message)
    win.show_refusal = lambda error: win.errors.append(str(error))
    win.resize(1200, 700)
    win.show()
    qtbot.waitExposed(win)
    return win


def choose_in_picker(qtbot, text: str, key=Qt.Key.Key_Return):  # type: ignore[no-untyped-def]
    """A ``run_dialog`` that types ``text`` in the picker's filter and presses Enter."""
    seen: list[PurchaserPickerDialog] = []
    initial: list[object] = []

    def run(dialog: QDialog) -> bool:
        assert isinstance(dialog, PurchaserPickerDialog)
        seen.append(dialog)
        current = dialog.list_view.currentIndex()
        initial.append(None if current.data(IsNobodyRole) else current.data(PersonIdRole))
        dialog.show()
        qtbot.keyClicks(dialog.filter_edit, text)
        qtbot.keyClick(dialog.filter_edit, key)
        return dialog.result() == QDialog.DialogCode.Accepted

    run.seen = seen  # type: ignore[attr-defined]
    run.initial = initial  # type: ignore[attr-defined]
    return run


def db_purchasers(db: Database) -> dict[int, int | None]:
    with db.reading() as session:
        return dict(session.execute(select(gifts.c.id, gifts.c.purchaser_id)).all())


def select_proxy_rows(win, rows) -> list[int]:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QItemSelection, QItemSelectionModel

    proxy = win.gift_proxy
    selection = QItemSelection()
    for row in rows:
        selection.select(proxy.index(row, 0), proxy.index(row, proxy.columnCount() - 1))
    win.gift_view.selectionModel().select(
        selection, QItemSelectionModel.SelectionFlag.ClearAndSelect
    )
    return [proxy.id_at(row) for row in rows]


def test_actions_are_in_the_menu_toolbar_and_context_menu(window):  # type: ignore[no-untyped-def]
    actions = window.bulk_actions
    assign = window.findChild(type(actions.assign_purchaser), "actionAssignPurchaser")
    assert assign is actions.assign_purchaser
    assert window.findChild(type(actions.set_status), "actionSetStatus") is actions.set_status
    assert assign.shortcut().toString() == "Ctrl+Shift+P"
    assert assign in window.gifts_menu.actions()
    assert assign in window.toolbar.actions()
    assert actions.set_status in window.toolbar.actions()
    assert assign in window.gift_context_menu_actions
    statuses = [a.text().replace("&", "") for a in actions.set_status.menu().actions()]
    assert statuses == ["1 Idea", "2 Selected", "3 Purchased", "4 Received"]


def test_actions_are_disabled_without_a_selection(window, qtbot):  # type: ignore[no-untyped-def]
    window.gift_view.clearSelection()
    actions = window.bulk_actions
    assert not any(a.isEnabled() for a in actions.actions)
    window.gift_view.setFocus()
    qtbot.keyClick(window.gift_view, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert len(window.selected_gift_ids()) == window.gift_proxy.rowCount()
    assert all(a.isEnabled() for a in actions.actions)
    window.tabs.setCurrentIndex(1)  # People: the shortcuts must not act on hidden gifts
    assert not any(a.isEnabled() for a in actions.actions)
    window.tabs.setCurrentIndex(0)
    assert all(a.isEnabled() for a in actions.actions)


def test_assign_through_a_sorted_and_filtered_table_touches_exactly_the_selected_gifts(
    window, qtbot, demo_db
):  # type: ignore[no-untyped-def]
    name_column = window.gift_model.column_of("name")
    window.gift_view.sortByColumn(name_column, Qt.SortOrder.DescendingOrder)
    window.occasion_filter.setCurrentIndex(window.occasion_filter.findText("Christmas 2026"))
    window.search_box.setText("o")
    proxy = window.gift_proxy
    assert 5 < proxy.rowCount() < window.gift_model.rowCount()
    shown = [proxy.id_at(r) for r in range(proxy.rowCount())]
    chosen = select_proxy_rows(window, [1, 2, 4, 5])
    assert sorted(chosen) != chosen or shown != sorted(shown)  # the order really is different
    before = db_purchasers(demo_db)

    window.bulk_actions.run_dialog = choose_in_picker(qtbot, "thom")
    window.bulk_actions.assign_purchaser.trigger()

    after = db_purchasers(demo_db)
    assert {g: after[g] for g in chosen} == {g: 3 for g in chosen}
    assert {g: v for g, v in after.items() if g not in chosen} == {
        g: v for g, v in before.items() if g not in chosen
    }
    assert sorted(window.selected_gift_ids()) == sorted(chosen)
    message = window.statusBar().currentMessage()
    assert message.startswith("Thomas will buy 4 gifts · ")
    # the table shows it
    column = window.gift_model.column_of("purchaser")
    for gift_id in chosen:
        row = proxy.proxy_row_for_id(gift_id)
        assert proxy.index(row, column).data() == "Thomas"

    window.undo_stack.undo()
    assert db_purchasers(demo_db) == before
    window.undo_stack.redo()
    assert db_purchasers(demo_db) == after


def test_the_picker_really_opens_modally_and_enter_chooses(window, qtbot, demo_db):  # type: ignore[no-untyped-def]
    chosen = select_proxy_rows(window, [0, 1, 2])

    def drive() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, PurchaserPickerDialog)
        assert dialog.windowTitle() == "Assign purchaser for 3 gifts"
        qtbot.keyClicks(dialog.filter_edit, "zoe")
        qtbot.keyClick(dialog.filter_edit, Qt.Key.Key_Down)
        qtbot.keyClick(dialog.list_view, Qt.Key.Key_Return)

    QTimer.singleShot(0, drive)
    assert window.bulk_actions.run_assign_purchaser()
    assert {db_purchasers(demo_db)[g] for g in chosen} == {8}


def test_escape_in_the_picker_changes_nothing(window, qtbot, demo_db):  # type: ignore[no-untyped-def]
    select_proxy_rows(window, [0, 1, 2])
    before = db_purchasers(demo_db)
    window.bulk_actions.run_dialog = choose_in_picker(qtbot, "zoe", Qt.Key.Key_Escape)
    assert not window.bulk_actions.run_assign_purchaser()
    assert db_purchasers(demo_db) == before
    assert window.undo_stack.count() == 0


def test_set_status_from_the_submenu_and_undo(window, demo_db):  # type: ignore[no-untyped-def]
    chosen = select_proxy_rows(window, range(10))
    before = snapshot(demo_db)
    window.bulk_actions.status_actions["purchased"].trigger()
    with demo_db.reading() as session:
        rows = session.execute(
            select(gifts.c.status, gifts.c.purchase_date).where(gifts.c.id.in_(chosen))
        ).all()
    assert {status for status, _ in rows} == {"purchased"}
    assert None not in {date for _, date in rows}
    assert window.statusBar().currentMessage() == "10 gifts marked as purchased"
    assert sorted(window.selected_gift_ids()) == sorted(chosen)
    window.undo_stack.undo()
    assert snapshot(demo_db) == before


def test_add_and_remove_recipient_through_the_picker(window, qtbot, demo_db):  # type: ignore[no-untyped-def]
    chosen = select_proxy_rows(window, range(6))
    before = snapshot(demo_db)
    actions = window.bulk_actions
    actions.run_dialog = choose_in_picker(qtbot, "noah")
    actions.add_recipient.trigger()
    assert actions.run_dialog.seen[0].windowTitle() == "Add recipient to 6 gifts"
    with demo_db.reading() as session:
        assert bulk.recipients_of(session, chosen) >= {9}
        having = set(
            session.scalars(
                select(gift_people.c.gift_id).where(
                    gift_people.c.person_id == 9, gift_people.c.role == "recipient"
                )
            )
        )
    assert set(chosen) <= having
    added = snapshot(demo_db)
    actions.run_dialog = choose_in_picker(qtbot, "noah")
    actions.remove_recipient.trigger()
    assert actions.run_dialog.seen[0].windowTitle() == "Remove recipient from 6 gifts"
    assert "removed as recipient of 6 gifts" in window.statusBar().currentMessage()
    window.undo_stack.undo()
    assert snapshot(demo_db) == added
    window.undo_stack.undo()
    assert snapshot(demo_db) == before


def test_move_to_occasion_with_the_chooser(window, demo_db):  # type: ignore[no-untyped-def]
    chosen = select_proxy_rows(window, range(4))
    before = snapshot(demo_db)

    def pick_no_occasion(dialog: QDialog) -> bool:
        assert dialog.objectName() == "OccasionChooserDialog"
        dialog.list.setCurrentRow(0)  # "No occasion"
        dialog._choose()
        return dialog.result() == QDialog.DialogCode.Accepted

    window.bulk_actions.run_dialog = pick_no_occasion
    window.bulk_actions.move_to_occasion.trigger()
    with demo_db.reading() as session:
        assert bulk.occasions_of(session, chosen) == {None}
    assert window.statusBar().currentMessage() == "Occasion cleared on 4 gifts"
    window.undo_stack.undo()
    assert snapshot(demo_db) == before


def test_gifts_deleted_elsewhere_give_a_clear_message_and_change_nothing(window, demo_db, db_path):  # type: ignore[no-untyped-def]
    chosen = select_proxy_rows(window, range(5))
    other = open_database(db_path)  # another window on the same file
    try:
        with other.transaction() as session:
            delete_gifts(session, chosen[:2])
    finally:
        other.close()
    before = snapshot(demo_db)
    assert not window.bulk_actions.run_clear_purchaser()
    assert window.errors == [
        "2 of the 5 selected gifts no longer exist (deleted meanwhile); nothing was changed."
    ]
    assert snapshot(demo_db) == before
    assert window.undo_stack.count() == 0
    assert window.gift_proxy.proxy_row_for_id(chosen[0]) is None  # the table caught up


def test_a_failure_mid_way_leaves_every_gift_as_it_was(window, demo_db):  # type: ignore[no-untyped-def]
    from sqlalchemy import event

    from tests.data.test_bulk import FailOnSecondWrite

    chosen = select_proxy_rows(window, range(20))
    before = snapshot(demo_db)
    failure = FailOnSecondWrite()
    event.listen(demo_db.engine, "before_cursor_execute", failure)
    try:
        assert not window.bulk_actions.run_set_status("received")
    finally:
        event.remove(demo_db.engine, "before_cursor_execute", failure)
    assert failure.writes == 2
    assert snapshot(demo_db) == before
    assert window.undo_stack.count() == 0
    assert "disk I/O error" in window.errors[0]
    assert len(chosen) == 20


def test_double_click_on_the_purchaser_cell_opens_the_picker_for_that_gift(
    window, qtbot, demo_db, monkeypatch
):  # type: ignore[no-untyped-def]
    proxy = window.gift_proxy
    column = window.gift_model.column_of("purchaser")
    row = next(r for r in range(proxy.rowCount()) if proxy.item_at(r).purchaser_id is not None)
    gift_id = proxy.id_at(row)
    current = db_purchasers(demo_db)[gift_id]
    gift_dialogs = []
    monkeypatch.setattr(window.tables.gifts, "edit_current", lambda: gift_dialogs.append(1))
    window.bulk_actions.run_dialog = choose_in_picker(qtbot, "chlo")
    view = window.gift_view
    rect = view.visualRect(proxy.index(row, column))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    run = window.bulk_actions.run_dialog
    assert len(run.seen) == 1
    assert run.seen[0].windowTitle() == f"Assign purchaser for “{proxy.item_at(row).name}”"
    assert run.initial == [current]  # the current purchaser is preselected
    assert gift_dialogs == []  # the gift dialog did not open too
    assert db_purchasers(demo_db)[gift_id] == 12
    assert window.selected_gift_ids() == [gift_id]
    # elsewhere, a double-click still opens the gift dialog
    name_rect = view.visualRect(proxy.index(row, window.gift_model.column_of("name")))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=name_rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=name_rect.center())
    assert gift_dialogs == [1]


def test_f2_on_the_purchaser_cell_opens_the_picker(window, qtbot, demo_db):  # type: ignore[no-untyped-def]
    proxy = window.gift_proxy
    column = window.gift_model.column_of("purchaser")
    gift_id = proxy.id_at(0)
    window.gift_view.setCurrentIndex(proxy.index(0, column))
    window.bulk_actions.run_dialog = choose_in_picker(qtbot, "thom")
    qtbot.keyClick(window.gift_view, Qt.Key.Key_F2)
    assert len(window.bulk_actions.run_dialog.seen) == 1
    assert db_purchasers(demo_db)[gift_id] == 3


def test_a_person_created_in_the_picker_is_assigned_and_undone_in_two_steps(window, qtbot, demo_db):  # type: ignore[no-untyped-def]
    chosen = select_proxy_rows(window, range(3))

    def create_and_choose(dialog: QDialog) -> bool:
        assert isinstance(dialog, PurchaserPickerDialog)
        dialog.show()
        qtbot.keyClicks(dialog.filter_edit, "Oma Gerda")
        qtbot.mouseClick(dialog.new_person_button, Qt.MouseButton.LeftButton)
        name = dialog.findChild(type(dialog.filter_edit), "newPersonName")
        qtbot.keyClick(name, Qt.Key.Key_Return)
        qtbot.keyClick(dialog.list_view, Qt.Key.Key_Return)
        return dialog.result() == QDialog.DialogCode.Accepted

    window.bulk_actions.run_dialog = create_and_choose
    window.bulk_actions.assign_purchaser.trigger()
    with demo_db.reading() as session:
        new_id = session.scalar(select(persons.c.id).where(persons.c.name == "Oma Gerda"))
    assert new_id is not None
    assert {db_purchasers(demo_db)[g] for g in chosen} == {new_id}
    assert window.undo_stack.count() == 2
    assert window.statusBar().currentMessage().startswith("Oma Gerda will buy 3 gifts")
    window.undo_stack.undo()
    window.undo_stack.undo()
    with demo_db.reading() as session:
        assert session.scalar(select(persons.c.id).where(persons.c.id == new_id)) is None


def test_bulk_refresh_keeps_a_sorted_searched_table_consistent(
    window, qtbot, qtmodeltester, demo_db
):  # type: ignore[no-untyped-def]
    """Many scattered rows change at once, some leave the search: one layout change."""
    proxy = window.gift_proxy
    column = window.gift_model.column_of("purchaser")
    window.gift_view.sortByColumn(column, Qt.SortOrder.AscendingOrder)
    window.search_box.setText("helga")
    qtmodeltester.check(proxy, force_py=True)
    chosen = select_proxy_rows(window, range(proxy.rowCount()))
    rows_in_source = sorted(window.gift_model.row_for_id(g) for g in chosen)
    runs = 1 + sum(
        1 for a, b in zip(rows_in_source, rows_in_source[1:], strict=False) if b != a + 1
    )
    assert runs > 2  # scattered in the source: the bulk signal path
    window.bulk_actions.run_dialog = choose_in_picker(qtbot, "zoe")
    window.bulk_actions.assign_purchaser.trigger()
    assert {db_purchasers(demo_db)[g] for g in chosen} == {8}
    left = [g for g in chosen if proxy.proxy_row_for_id(g) is None]
    assert left  # Aunt Helga bought them: they no longer match the search
    model = window.gift_model
    shown = [proxy.item_at(r) for r in range(proxy.rowCount())]
    # what is shown is exactly what matches, in purchaser order
    expected = [row for row in model.rows() if "helga" in model.search_text(row)]
    assert sorted(r.id for r in shown) == sorted(r.id for r in expected)
    keys = [(r.purchaser_name is None, (r.purchaser_name or "").casefold()) for r in shown]
    assert keys == sorted(keys)  # still in purchaser order, empty last
    qtmodeltester.check(proxy, force_py=True)


def test_moving_many_gifts_out_of_the_filtered_occasion_is_one_step(window, qtbot, demo_db):  # type: ignore[no-untyped-def]
    proxy = window.gift_proxy
    window.occasion_filter.setCurrentIndex(window.occasion_filter.findText("Christmas 2026"))
    before_rows = proxy.rowCount()
    chosen = select_proxy_rows(window, range(0, before_rows, 2))
    removed = []
    proxy.rowsAboutToBeRemoved.connect(lambda *args: removed.append(args))

    def pick(dialog: QDialog) -> bool:
        dialog.list.setCurrentRow(0)  # "No occasion"
        dialog._choose()
        return True

    window.bulk_actions.run_dialog = pick
    window.bulk_actions.move_to_occasion.trigger()
    assert proxy.rowCount() == before_rows - len(chosen)
    assert removed == []  # one layout change, not a removal per row
    assert all(proxy.item_at(r).occasion_id == 1 for r in range(proxy.rowCount()))
    window.undo_stack.undo()
    assert proxy.rowCount() == before_rows


def test_the_gift_dialog_chooses_its_purchaser_in_the_same_picker(window, qtbot, demo_db):  # type: ignore[no-untyped-def]
    from giftdesk.ui.purchaser_picker import PurchaserField

    with demo_db.reading() as session:
        gift_id = session.scalar(select(gifts.c.id).where(gifts.c.occasion_id == 1))
    seen: list[tuple[str, bool]] = []

    def pick(picker: PurchaserPickerDialog) -> bool:
        intro = picker.findChild(QLabel, "pickerIntro").text()
        seen.append((intro, picker.new_person_button.isVisibleTo(picker)))
        picker.show()
        qtbot.keyClicks(picker.filter_edit, "zoe")
        qtbot.keyClick(picker.filter_edit, Qt.Key.Key_Return)
        return picker.result() == QDialog.DialogCode.Accepted

    def drive() -> None:
        dialog = window.tables.gifts.dialog
        field = dialog.purchaser_combo
        assert isinstance(field, PurchaserField)
        field.run_picker = pick
        qtbot.mouseClick(field.choose_button, Qt.MouseButton.LeftButton)
        assert field.name_label.text() == "Zoë"
        dialog.accept()

    QTimer.singleShot(0, drive)
    window.edit_gift(gift_id)
    assert len(seen) == 1
    intro, can_create = seen[0]
    assert "Figures for Christmas 2026." in intro
    assert can_create  # inline creation offered here too
    assert db_purchasers(demo_db)[gift_id] == 8


def test_mixed_occasions_leave_the_figures_for_after_the_dialog_shows(demo_db):  # type: ignore[no-untyped-def]
    ids = gift_ids(demo_db, 1)[:2] + gift_ids(demo_db, 2)[:2]
    later = load_picker_data(demo_db, ids, PickerMode.PURCHASER, defer_mixed=True)
    now = load_picker_data(demo_db, ids, PickerMode.PURCHASER)
    assert later.pending is not None and now.pending is None
    assert not any(line.figures_known for line in later.lines)
    assert [line.person_id for line in later.lines] == [line.person_id for line in now.lines]
    assert later.pending() == (now.lines, now.scope_text)
    one = load_picker_data(demo_db, gift_ids(demo_db, 1), PickerMode.PURCHASER, defer_mixed=True)
    assert one.pending is None  # one occasion is quick: figures at once


def test_the_picker_and_the_people_tab_add_a_person_with_the_same_change(window, monkeypatch):  # type: ignore[no-untyped-def]
    from giftdesk.ui.dialogs.person import PersonDialog

    changes = []
    window.hub.changed.connect(changes.append)
    picked = window.bulk_actions.create_person(PersonRecord(None, "Oma Gerda"))

    def accept(dialog):  # type: ignore[no-untyped-def]
        dialog._submit(PersonRecord(None, "Opa Karl"))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(PersonDialog, "exec", accept)
    window.new_person()
    added = window.selected_person_ids()
    assert added != [picked]
    assert changes == [
        Change(persons=frozenset({picked})),
        Change(persons=frozenset(added)),
    ]
    window.undo_stack.undo()
    window.undo_stack.undo()
    assert changes[2:] == [
        Change(removed_persons=frozenset(added), budgets=True),
        Change(removed_persons=frozenset({picked}), budgets=True),
    ]
