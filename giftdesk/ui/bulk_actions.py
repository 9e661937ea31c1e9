"""Bulk actions on the selected gifts: one transaction and one undo step each.

The commands (``assign_purchaser_command`` …) are plain ``DbCommand``s built
on ``giftdesk.data.bulk``, which returns exactly what each action replaced;
they hold gift ids, never rows or indexes, so they are right whatever the
table's sort and filter. ``BulkActions`` (see ``install``) puts the actions
in the main window's Gifts menu, toolbar and context menu, opens the person
picker or the occasion chooser, runs the command, keeps the selection on
the same gifts and says in the status bar what happened.

Creating a person inline in the picker is its own undo step ("Add person
“Zoë”"), pushed when the person is created: the person exists (and shows in
the people table) even if the picker is then cancelled, and undoing the
assignment leaves them, as a second Ctrl+Z removes them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QKeyEvent, QMouseEvent, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)
from sqlalchemy.orm import Session

from giftdesk.data import bulk
from giftdesk.data.budget import ALL, compute_budget_summary
from giftdesk.data.database import Database
from giftdesk.data.errors import GiftdeskError
from giftdesk.data.models import BOUGHT_STATUSES, GIFT_STATUSES
from giftdesk.data.records import PersonRecord
from giftdesk.data.repository import (
    create_person,
    delete_person,
    get_gifts,
    list_occasion_rows,
)
from giftdesk.ui.actions import make_action
from giftdesk.ui.changes import EVERYTHING, Change, ChangeHub
from giftdesk.ui.commands import DbCommand, run_undoable
from giftdesk.ui.purchaser_picker import (
    PickerLine,
    PickerMode,
    PurchaserPickerDialog,
    money_text,
    self_purchase_sentence,
)

STATUS_LABELS = {
    "idea": "Idea",
    "selected": "Selected",
    "purchased": "Purchased",
    "received": "Received",
}

ErrorHandler = Callable[[GiftdeskError], None]


def _gifts(count: int) -> str:
    return "1 gift" if count == 1 else f"{count:,} gifts"


# -- commands -----------------------------------------------------------------


@dataclass
class BulkOperation:
    """The two steps of one bulk action and what its last apply replaced.

    ``message`` is the status-bar sentence of the last apply.
    """

    gift_ids: tuple[int, ...]
    message: str = ""
    undo_data: object = None
    extra: dict[str, object] = field(default_factory=dict)


class BulkCommand(DbCommand):
    """A ``DbCommand`` that also knows its status-bar sentence."""

    def __init__(
        self,
        text: str,
        db: Database,
        hub: ChangeHub,
        operation: BulkOperation,
        apply: Callable[[Session], Change],
        revert: Callable[[Session], Change],
        on_error: ErrorHandler | None = None,
    ) -> None:
        super().__init__(text, db, hub, apply, revert, on_error)
        self.operation = operation

    @property
    def gift_ids(self) -> tuple[int, ...]:
        return self.operation.gift_ids

    @property
    def message(self) -> str:
        return self.operation.message


def assign_purchaser_command(
    db: Database,
    hub: ChangeHub,
    gift_ids: Sequence[int],
    person_id: int | None,
    person_name: str | None = None,
    on_error: ErrorHandler | None = None,
) -> BulkCommand:
    """Make ``person_id`` (None: nobody) the purchaser of every gift."""
    op = BulkOperation(tuple(sorted(set(gift_ids))))
    count = len(op.gift_ids)

    def change(undo: bulk.PurchaserUndo, purchasers: dict[int, int | None]) -> Change:
        people = {p for p in undo.previous.values() if p is not None}
        if person_id is not None:
            people.add(person_id)
        # The table patches its rows in memory; those where the purchaser also
        # stopped (or starts again) contributing are left out: it reads them.
        contributed = set(undo.removed_contributions)
        values = {g: p for g, p in purchasers.items() if g not in contributed}
        return Change(
            gifts=frozenset(op.gift_ids),
            persons=frozenset(people),
            gift_values={"purchaser_id": values},
        )

    def apply(session: Session) -> Change:
        undo = bulk.assign_purchaser(session, op.gift_ids, person_id)
        op.undo_data = undo
        if person_id is None:
            op.message = f"Purchaser cleared on {_gifts(count)}"
        else:
            total = money_text(undo.total_cost_cents)
            op.message = f"{person_name or 'They'} will buy {_gifts(count)} · {total}"
        return change(undo, dict.fromkeys(undo.previous, person_id))

    def revert(session: Session) -> Change:
        undo = op.undo_data
        assert isinstance(undo, bulk.PurchaserUndo)
        bulk.undo_assign_purchaser(session, undo)
        return change(undo, undo.previous)

    text = (
        f"Clear purchaser of {_gifts(count)}"
        if person_id is None
        else f"Assign {person_name or 'purchaser'} to buy {_gifts(count)}"
    )
    return BulkCommand(text, db, hub, op, apply, revert, on_error)


def set_status_command(
    db: Database,
    hub: ChangeHub,
    gift_ids: Sequence[int],
    status: str,
    on_error: ErrorHandler | None = None,
    today: dt.date | None = None,
) -> BulkCommand:
    """Set the status of every gift (purchased/received date undated ones today)."""
    op = BulkOperation(tuple(sorted(set(gift_ids))))
    count = len(op.gift_ids)
    label = STATUS_LABELS.get(status, status).lower()
    # The status bar and the undo menu read "12 gifts marked as purchased".

    def change(statuses: dict[int, str], dates: dict[int, dt.date | None]) -> Change:
        values = {"status": statuses, "purchase_date": dates}
        return Change(gifts=frozenset(op.gift_ids), gift_values=values)

    def apply(session: Session) -> Change:
        day = today or dt.date.today()  # the same day in the file and in the table
        previous = bulk.set_status(session, op.gift_ids, status, today=day)
        op.undo_data = previous
        op.message = f"{_gifts(count)} marked as {label}"
        stored = status.strip().lower()  # as the data layer cleaned it
        bought = stored in BOUGHT_STATUSES
        undated = {g: day for g, (_, date) in previous.items() if bought and date is None}
        return change(dict.fromkeys(previous, stored), undated)

    def revert(session: Session) -> Change:
        previous = op.undo_data
        bulk.undo_set_status(session, previous)  # type: ignore[arg-type]
        return change(
            {g: s for g, (s, _) in previous.items()},  # type: ignore[union-attr]
            {g: d for g, (_, d) in previous.items()},  # type: ignore[union-attr]
        )

    return BulkCommand(f"Mark {_gifts(count)} as {label}", db, hub, op, apply, revert, on_error)


def set_occasion_command(
    db: Database,
    hub: ChangeHub,
    gift_ids: Sequence[int],
    occasion_id: int | None,
    occasion_name: str | None = None,
    on_error: ErrorHandler | None = None,
) -> BulkCommand:
    """Move every gift to an occasion (None: no occasion)."""
    op = BulkOperation(tuple(sorted(set(gift_ids))))
    count = len(op.gift_ids)

    def change(previous: dict[int, int | None], values: dict[int, int | None]) -> Change:
        occasions = {o for o in previous.values() if o is not None}
        if occasion_id is not None:
            occasions.add(occasion_id)
        return Change(
            gifts=frozenset(op.gift_ids),
            occasions=frozenset(occasions),
            gift_values={"occasion_id": values},
        )

    def apply(session: Session) -> Change:
        previous = bulk.set_occasion(session, op.gift_ids, occasion_id)
        op.undo_data = previous
        op.message = (
            f"{_gifts(count)} now have no occasion"
            if occasion_id is None
            else f"{_gifts(count)} moved to {occasion_name or 'the occasion'}"
        )
        if occasion_id is None and count == 1:
            op.message = "1 gift now has no occasion"
        return change(previous, dict.fromkeys(previous, occasion_id))

    def revert(session: Session) -> Change:
        bulk.undo_set_occasion(session, op.undo_data)  # type: ignore[arg-type]
        return change(op.undo_data, op.undo_data)  # type: ignore[arg-type]

    text = (
        f"Remove the occasion of {_gifts(count)}"
        if occasion_id is None
        else f"Move {_gifts(count)} to {occasion_name or 'occasion'}"
    )
    return BulkCommand(text, db, hub, op, apply, revert, on_error)


def add_recipient_command(
    db: Database,
    hub: ChangeHub,
    gift_ids: Sequence[int],
    person_id: int,
    person_name: str,
    on_error: ErrorHandler | None = None,
) -> BulkCommand:
    op = BulkOperation(tuple(sorted(set(gift_ids))))
    count = len(op.gift_ids)
    change = Change(gifts=frozenset(op.gift_ids), persons=frozenset({person_id}))

    def apply(session: Session) -> Change:
        added = bulk.add_recipient(session, op.gift_ids, person_id)
        op.undo_data = added
        already = count - len(added)
        op.message = f"{person_name} added as recipient of {_gifts(len(added))}"
        if already:
            op.message += f" ({already:,} already had them)"
        return change

    def revert(session: Session) -> Change:
        bulk.undo_add_recipient(session, op.undo_data, person_id)  # type: ignore[arg-type]
        return change

    return BulkCommand(
        f"Add {person_name} as recipient of {_gifts(count)}", db, hub, op, apply, revert, on_error
    )


def remove_recipient_command(
    db: Database,
    hub: ChangeHub,
    gift_ids: Sequence[int],
    person_id: int,
    person_name: str,
    on_error: ErrorHandler | None = None,
) -> BulkCommand:
    op = BulkOperation(tuple(sorted(set(gift_ids))))
    count = len(op.gift_ids)
    change = Change(gifts=frozenset(op.gift_ids), persons=frozenset({person_id}))

    def apply(session: Session) -> Change:
        removed = bulk.remove_recipient(session, op.gift_ids, person_id)
        op.undo_data = removed
        if removed:
            op.message = f"{person_name} removed as recipient of {_gifts(len(removed))}"
        else:
            op.message = f"{person_name} was not a recipient of these gifts; nothing changed"
        return change

    def revert(session: Session) -> Change:
        bulk.undo_remove_recipient(session, op.undo_data, person_id)  # type: ignore[arg-type]
        return change

    return BulkCommand(
        f"Remove {person_name} as recipient of {_gifts(count)}",
        db,
        hub,
        op,
        apply,
        revert,
        on_error,
    )


def create_person_command(
    db: Database,
    hub: ChangeHub,
    record: PersonRecord,
    on_error: ErrorHandler | None = None,
) -> DbCommand:
    """Add a person; undo deletes them, redo brings them back with the same id.

    After the first apply, ``command.person_id`` is the new person's id.
    """
    state: dict[str, PersonRecord] = {"record": record}

    def apply(session: Session) -> Change:
        person_id = create_person(session, state["record"])
        state["record"] = PersonRecord(
            person_id,
            state["record"].name,
            state["record"].relationship,
            state["record"].birthdate,
            state["record"].notes,
            state["record"].interests,
            state["record"].sizes,
        )
        command.person_id = person_id  # type: ignore[attr-defined]
        return Change(persons=frozenset({person_id}))

    def revert(session: Session) -> Change:
        person_id = state["record"].id
        assert person_id is not None
        delete_person(session, person_id)
        return Change(removed_persons=frozenset({person_id}))

    command = DbCommand(f"Add person “{record.name.strip()}”", db, hub, apply, revert, on_error)
    command.person_id = None  # type: ignore[attr-defined]
    return command


# -- what the picker shows ------------------------------------------------------


@dataclass(frozen=True)
class PickerData:
    lines: list[PickerLine]
    scope_text: str
    current_person_id: int | None = None
    # When the figures were left for later: reads (lines, scope text).
    pending: Callable[[], tuple[list[PickerLine], str]] | None = None


def load_picker_data(
    db: Database,
    gift_ids: Sequence[int],
    mode: PickerMode = PickerMode.PURCHASER,
    *,
    occasion_id: int | None = None,
    defer_mixed: bool = False,
) -> PickerData:
    """People with their figures for the occasion of the gifts (or all of them).

    Purchaser mode: what each already buys against their purchaser budget;
    recipient modes: what each receives against their recipient budget.
    "Remove recipient" lists only people who receive one of the gifts.
    Without gifts (a gift being created), the figures are for ``occasion_id``.
    Reads from a fixed number of queries (the budget engine's three).
    """
    with db.reading() as session:
        people = bulk.people_for_picking(session)
        occasions = bulk.occasions_of(session, gift_ids) if gift_ids else {occasion_id}
        wanted = (
            bulk.recipients_of(session, gift_ids) if mode is PickerMode.REMOVE_RECIPIENT else None
        )
        # A purchaser who also receives some of the gifts is allowed, and said.
        receives = (
            bulk.recipient_counts(session, gift_ids)
            if mode is PickerMode.PURCHASER and gift_ids
            else {}
        )
        current = None
        if mode is PickerMode.PURCHASER and len(gift_ids) == 1:
            found = get_gifts(session, gift_ids)
            current = found[0].purchaser_id if found else None
        single = len(occasions) == 1
        if defer_mixed and not single:
            # Every occasion of a big file takes a moment: names now, figures
            # once the dialog shows.
            def pending() -> tuple[list[PickerLine], str]:
                data = load_picker_data(db, gift_ids, mode, occasion_id=occasion_id)
                return data.lines, data.scope_text

            lines = [
                PickerLine(
                    person_id,
                    name,
                    relationship,
                    figures_known=False,
                    receives=receives.get(person_id, 0),
                )
                for person_id, name, relationship in people
                if wanted is None or person_id in wanted
            ]
            text = "The gifts are for several occasions: reading the figures for all occasions…"
            return PickerData(lines, text, current, pending)
        scope = next(iter(occasions)) if single else ALL
        summary = compute_budget_summary(session, scope)

    purchaser = mode is PickerMode.PURCHASER
    amounts: dict[int, int] = {}
    budgets: dict[int, int] = {}
    over_in: dict[int, list[str]] = {}
    for occasion in summary.occasions:
        for person in occasion.people:
            amount = person.buying_planned_cents if purchaser else person.receiving_planned_cents
            budget = person.purchaser_budget_cents if purchaser else person.recipient_budget_cents
            over = person.over_purchaser_budget if purchaser else person.over_recipient_budget
            amounts[person.person_id] = amounts.get(person.person_id, 0) + amount
            if budget is not None:
                budgets[person.person_id] = budgets.get(person.person_id, 0) + budget
            if over and not single:
                over_in.setdefault(person.person_id, []).append(occasion.name)

    lines = [
        PickerLine(
            person_id,
            name,
            relationship,
            amounts.get(person_id, 0),
            budgets.get(person_id),
            tuple(over_in.get(person_id, ())),
            receives=receives.get(person_id, 0),
        )
        for person_id, name, relationship in people
        if wanted is None or person_id in wanted
    ]
    if single:
        occasion = summary.occasions[0] if summary.occasions else None
        if occasion is None or occasion.is_bucket:
            scope_text = "Figures for gifts with no occasion."
        else:
            scope_text = f"Figures for {occasion.name}."
    else:
        scope_text = "The gifts are for several occasions: figures for all occasions."
    return PickerData(lines, scope_text, current)


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
        self.setWindowTitle(f"Move {_gifts(gift_count)} to occasion")
        self._chosen: tuple[int | None, str] | None = None
        intro = QLabel(
            f"Which occasion are {'this gift' if gift_count == 1 else 'these gifts'} for?"
        )
        self.list = QListWidget()
        self.list.setObjectName("occasionList")
        none_item = QListWidgetItem("No occasion")
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
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("&Move")
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
            and self._request(QModelIndex(index))
        ):
            return True
        return super().editorEvent(event, model, option, index)


# -- the actions in the window -----------------------------------------------------


class BulkActions(QObject):
    """The bulk actions of the gift table, wired to one main window.

    Everything user-facing goes through three hooks tests may replace:
    ``run_dialog(dialog) -> bool``, ``show_error(title, message)`` and the
    window's status bar.
    """

    def __init__(
        self,
        window: QWidget,
        db: Database | Callable[[], Database],
        hub: ChangeHub,
        undo_stack: QUndoStack,
        selected_gift_ids: Callable[[], list[int]],
        select_gifts: Callable[[Sequence[int]], None],
        show_status: Callable[[str], None],
    ) -> None:
        super().__init__(window)
        self.window = window
        self._db = db
        self.hub = hub
        self.undo_stack = undo_stack
        self.selected_gift_ids = selected_gift_ids
        self.select_gifts = select_gifts
        self.show_status = show_status
        self.last_message = ""

        def action(text: str, name: str, tip: str) -> QAction:
            act = QAction(text, window)
            act.setObjectName(name)
            act.setStatusTip(tip)
            act.setToolTip(tip)
            return act

        # Names, texts and keys come from the one registry of the window's actions.
        self.assign_purchaser = make_action(window, "actionAssignPurchaser")
        self.clear_purchaser = make_action(window, "actionClearPurchaser")
        self.set_status = make_action(window, "actionSetStatus")
        self.status_menu = QMenu("Set &status", window)
        self.status_menu.setObjectName("setStatusMenu")
        self.status_actions: dict[str, QAction] = {}
        for number, status in enumerate(GIFT_STATUSES, start=1):
            act = action(
                f"&{number} {STATUS_LABELS[status]}",
                f"actionSetStatus{status.capitalize()}",
                f"Mark the selected gifts as {STATUS_LABELS[status].lower()}",
            )
            act.triggered.connect(lambda _checked=False, s=status: self.run_set_status(s))
            self.status_menu.addAction(act)
            self.status_actions[status] = act
        self.set_status.setMenu(self.status_menu)
        self.add_recipient = make_action(window, "actionAddRecipient")
        self.remove_recipient = make_action(window, "actionRemoveRecipient")
        self.move_to_occasion = make_action(window, "actionMoveToOccasion")
        self.assign_purchaser.triggered.connect(self.run_assign_purchaser)
        self.clear_purchaser.triggered.connect(self.run_clear_purchaser)
        self.add_recipient.triggered.connect(lambda: self.run_recipient(PickerMode.ADD_RECIPIENT))
        self.remove_recipient.triggered.connect(
            lambda: self.run_recipient(PickerMode.REMOVE_RECIPIENT)
        )
        self.move_to_occasion.triggered.connect(self.run_move_to_occasion)
        self.update_enabled()

    @property
    def db(self) -> Database:
        return self._db if isinstance(self._db, Database) else self._db()

    @property
    def actions(self) -> list[QAction]:
        """In menu order."""
        return [
            self.assign_purchaser,
            self.clear_purchaser,
            self.set_status,
            self.add_recipient,
            self.remove_recipient,
            self.move_to_occasion,
        ]

    # Whether the gift table is the one in front (install sets it): the
    # shortcuts must not act on gifts selected in a hidden tab.
    gift_table_shown: Callable[[], bool] = staticmethod(lambda: True)  # type: ignore[assignment]

    def update_enabled(self, *_args: object) -> None:
        has = self.gift_table_shown() and bool(self.selected_gift_ids())
        for act in (*self.actions, *self.status_actions.values()):
            act.setEnabled(has)

    # -- hooks --

    def run_dialog(self, dialog: QDialog) -> bool:
        return dialog.exec() == QDialog.DialogCode.Accepted

    def show_error(self, title: str, message: str) -> None:
        QMessageBox.warning(self.window, title, message)

    def _on_later_error(self, error: GiftdeskError) -> None:
        # An undo/redo refused because the data moved on: nothing was written.
        self.show_error("Undo", f"{error} This step can no longer be undone or redone.")
        self.hub.notify(EVERYTHING)

    # -- running --

    def apply_command(self, title: str, command: DbCommand, gift_ids: Sequence[int]) -> bool:
        """Run ``command`` (one undo step); keep the selection; say what happened."""
        try:
            run_undoable(self.undo_stack, command)
        except GiftdeskError as error:
            self.show_error(title, str(error))
            # The table may show gifts or people that are gone: reload it.
            self.hub.notify(EVERYTHING)
            return False
        # The refresh keeps the selection (persistent indexes); selecting
        # 10,000 scattered rows again would cost more than the action itself.
        if set(self.selected_gift_ids()) != set(gift_ids):
            self.select_gifts(list(gift_ids))
        message = getattr(command, "message", "") or command.text()
        self.last_message = message
        self.show_status(message)
        return True

    def _picker(self, gift_ids: Sequence[int], mode: PickerMode) -> PurchaserPickerDialog | None:
        try:
            data = load_picker_data(self.db, gift_ids, mode, defer_mixed=True)
        except GiftdeskError as error:
            self.show_error("Choose a person", str(error))
            return None
        gift_name = None
        if len(gift_ids) == 1:
            gift_name = self._gift_name(gift_ids[0])
        return PurchaserPickerDialog(
            data.lines,
            mode=mode,
            gift_count=len(gift_ids),
            gift_name=gift_name,
            scope_text=data.scope_text,
            current_person_id=data.current_person_id,
            # Someone new cannot already be a recipient to remove.
            create_person=None if mode is PickerMode.REMOVE_RECIPIENT else self.create_person,
            pending_figures=data.pending,
            parent=self.window,
        )

    def picker_for_gift_dialog(
        self,
        parent: QWidget,
        occasion_id: int | None,
        current_id: int | None,
        gift_name: str | None,
    ) -> PurchaserPickerDialog:
        """The picker the gift dialog's "Choose…" opens: figures for its occasion."""
        data = load_picker_data(self.db, [], PickerMode.PURCHASER, occasion_id=occasion_id)
        return PurchaserPickerDialog(
            data.lines,
            gift_count=1,
            gift_name=gift_name,
            scope_text=data.scope_text,
            current_person_id=current_id,
            create_person=self.create_person,
            parent=parent,
        )

    def _gift_name(self, gift_id: int) -> str | None:
        with self.db.reading() as session:
            found = get_gifts(session, [gift_id])
        return found[0].name if found else None

    def create_person(self, record: PersonRecord) -> int:
        """The picker's callback: one undo step of its own; raises GiftdeskError."""
        command = create_person_command(self.db, self.hub, record, self._on_later_error)
        run_undoable(self.undo_stack, command)
        return int(command.person_id)  # type: ignore[attr-defined]

    def run_assign_purchaser(self) -> bool:
        gift_ids = self.selected_gift_ids()
        return bool(gift_ids) and self.pick_purchaser(gift_ids)

    def pick_purchaser(self, gift_ids: Sequence[int]) -> bool:
        """Open the picker for ``gift_ids`` (one gift: the cell editor) and assign."""
        dialog = self._picker(gift_ids, PickerMode.PURCHASER)
        if dialog is None or not self.run_dialog(dialog):
            return False
        command = assign_purchaser_command(
            self.db,
            self.hub,
            gift_ids,
            dialog.chosen_person_id(),
            dialog.chosen_name(),
            self._on_later_error,
        )
        if not self.apply_command("Assign purchaser", command, gift_ids):
            return False
        line = dialog.chosen_line()
        if line is not None and line.receives:
            own = self_purchase_sentence(line.name, line.receives, len(gift_ids))
            self.last_message = f"{self.last_message} {own}"
            self.show_status(self.last_message)
        return True

    def run_clear_purchaser(self) -> bool:
        gift_ids = self.selected_gift_ids()
        if not gift_ids:
            return False
        command = assign_purchaser_command(
            self.db, self.hub, gift_ids, None, None, self._on_later_error
        )
        return self.apply_command("Clear purchaser", command, gift_ids)

    def run_set_status(self, status: str) -> bool:
        gift_ids = self.selected_gift_ids()
        if not gift_ids:
            return False
        command = set_status_command(self.db, self.hub, gift_ids, status, self._on_later_error)
        return self.apply_command("Set status", command, gift_ids)

    def run_recipient(self, mode: PickerMode) -> bool:
        gift_ids = self.selected_gift_ids()
        if not gift_ids:
            return False
        dialog = self._picker(gift_ids, mode)
        if dialog is None or not self.run_dialog(dialog):
            return False
        person_id = dialog.chosen_person_id()
        if person_id is None:
            return False
        name = dialog.chosen_name() or "They"
        make = (
            add_recipient_command if mode is PickerMode.ADD_RECIPIENT else remove_recipient_command
        )
        command = make(self.db, self.hub, gift_ids, person_id, name, self._on_later_error)
        title = "Add recipient" if mode is PickerMode.ADD_RECIPIENT else "Remove recipient"
        return self.apply_command(title, command, gift_ids)

    def run_move_to_occasion(self) -> bool:
        gift_ids = self.selected_gift_ids()
        if not gift_ids:
            return False
        with self.db.reading() as session:
            rows = list_occasion_rows(session)
            current = bulk.occasions_of(session, gift_ids)
        rows.sort(key=lambda r: (r.date is None, r.date or dt.date.min, r.name.casefold()))
        dialog = OccasionChooserDialog(
            [(r.id, r.name) for r in rows],
            len(gift_ids),
            current=next(iter(current)) if len(current) == 1 else None,
            parent=self.window,
        )
        if not self.run_dialog(dialog):
            return False
        command = set_occasion_command(
            self.db,
            self.hub,
            gift_ids,
            dialog.chosen_occasion_id(),
            dialog.chosen_occasion_name(),
            self._on_later_error,
        )
        return self.apply_command("Move to occasion", command, gift_ids)


def install(window) -> BulkActions:  # type: ignore[no-untyped-def]
    """Add the bulk actions to ``window``'s Gifts menu, toolbar and context menu.

    Also makes the gift table's purchaser cell open the picker (double-click
    or F2). Returns the ``BulkActions`` (kept as ``window.bulk_actions``).
    """
    actions = BulkActions(
        window,
        lambda: window.db,  # the window may switch files (File → Open)
        window.hub,
        window.undo_stack,
        window.selected_gift_ids,
        window.select_gifts,
        lambda text: window.statusBar().showMessage(text, 10_000),
    )
    menu = window.gifts_menu
    menu.addSeparator()
    for act in actions.actions:
        menu.addAction(act)
    _add_to_toolbar(window.toolbar, [actions.assign_purchaser, actions.set_status])
    window.gift_context_menu_actions.extend(actions.actions)

    view: QAbstractItemView = window.gift_view
    actions.gift_table_shown = lambda: window.current_view() is view  # type: ignore[method-assign]
    window.tabs.currentChanged.connect(actions.update_enabled)
    view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    view.selectionModel().selectionChanged.connect(actions.update_enabled)
    view.model().modelReset.connect(actions.update_enabled)
    view.model().layoutChanged.connect(actions.update_enabled)
    view.model().rowsRemoved.connect(actions.update_enabled)

    proxy = window.gift_proxy

    def gift_id_of(index: QModelIndex) -> int | None:
        return proxy.id_at(index.row()) if index.isValid() else None

    delegate = PurchaserCellDelegate(view, window.gift_model.column_of("purchaser"), gift_id_of)
    delegate.pick_requested.connect(lambda gift_id: actions.pick_purchaser([gift_id]))
    actions.cell_delegate = delegate  # type: ignore[attr-defined]

    actions.update_enabled()
    window.bulk_actions = actions
    return actions


def _add_to_toolbar(toolbar: QToolBar, actions: Sequence[QAction]) -> None:
    """Put the actions after the last button, before the filter/search widgets."""
    before = next((a for a in toolbar.actions() if isinstance(a, QWidgetAction)), None)
    separator = QAction(toolbar)
    separator.setSeparator(True)
    for act in (separator, *actions):
        if before is None:
            toolbar.addAction(act)
        else:
            toolbar.insertAction(before, act)
    for act in actions:
        button = toolbar.widgetForAction(act)
        if isinstance(button, QToolButton) and act.menu() is not None:
            button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
