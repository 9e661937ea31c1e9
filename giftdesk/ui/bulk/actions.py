"""Bulk actions on the selected gifts: one transaction and one undo step each.

The actions are operations of ``giftdesk.data.operations.bulk``, run by the
window's ``UndoRunner``; they hold gift ids, never rows or indexes, so they
are right whatever the table's sort and filter. ``BulkActions`` offers the
actions (the window puts them in its Gifts menu, toolbar and context menu),
opens the person picker or the occasion chooser, runs the operation, keeps
the selection on the same gifts and says in the status bar what happened.

Creating a person inline in the picker is its own undo step ("Add person
“Zoë”"), pushed when the person is created: the person exists (and shows in
the people table) even if the picker is then cancelled, and undoing the
assignment leaves them, as a second Ctrl+Z removes them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from functools import partial
from typing import Protocol

from PySide6.QtCore import (
    QModelIndex,
    QObject,
)
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QMenu,
    QMessageBox,
    QStatusBar,
    QTableView,
    QWidget,
)

from giftdesk.data import bulk
from giftdesk.data.database import Database
from giftdesk.data.errors import GiftdeskError
from giftdesk.data.field_labels import STATUS_NAMES
from giftdesk.data.fields import GIFT_STATUSES
from giftdesk.data.gifts import get_gifts
from giftdesk.data.operations import Operation, OpResult
from giftdesk.data.operations import bulk as bulk_ops
from giftdesk.data.operations.people import create_person
from giftdesk.data.records import PersonRecord
from giftdesk.data.table_rows import list_occasion_rows
from giftdesk.i18n import translate
from giftdesk.ui.actions import make_action
from giftdesk.ui.bulk.cell_delegate import PurchaserCellDelegate
from giftdesk.ui.bulk.picker_data import load_picker_data
from giftdesk.ui.dialogs.occasion_chooser import OccasionChooserDialog
from giftdesk.ui.models.proxy import TableProxyModel
from giftdesk.ui.purchaser_picker import (
    PickerMode,
    PurchaserPickerDialog,
    money_text,
    self_purchase_sentence,
)
from giftdesk.ui.undo import UndoRunner

STATUS_LABELS = {
    "idea": translate("BulkActions", "Idea"),
    "selected": translate("BulkActions", "Selected"),
    "purchased": translate("BulkActions", "Purchased"),
    "received": translate("BulkActions", "Received"),
}


# -- the actions in the window -----------------------------------------------------


class GiftSelection(Protocol):
    """What the bulk actions need of the gift table: which gifts, and their versions."""

    def selected_gift_ids(self) -> list[int]:
        """Database ids of the selected gifts, in the order shown."""
        ...

    def select_gifts(self, ids: Iterable[int]) -> None: ...

    def gift_versions(self, gift_ids: Sequence[int]) -> dict[int, int]:
        """The versions of the gift rows on screen (none: not checked)."""
        ...


class BulkActions(QObject):
    """The bulk actions of the gift table, handed what they use.

    ``db()`` is the database shown now (the window may switch files);
    ``runner`` runs each action as one undo step; ``gifts`` says which gifts
    are selected and selects them again; ``view`` is the gift table (its
    selection enables the actions; its purchaser cell, in
    ``purchaser_column``, opens the picker); ``shown()`` whether that table is
    the one in front (the shortcuts must not act on gifts selected in a hidden
    tab). The window puts ``actions`` in its menus (``update_enabled`` when
    the tab changes).

    Everything user-facing goes through three hooks tests may replace:
    ``run_dialog(dialog) -> bool``, ``show_error(title, message)`` and the
    status bar.
    """

    def __init__(
        self,
        parent: QWidget,
        db: Callable[[], Database],
        runner: UndoRunner,
        gifts: GiftSelection,
        view: QTableView,
        purchaser_column: int,
        shown: Callable[[], bool],
        status_bar: QStatusBar,
    ) -> None:
        super().__init__(parent)
        self.window = parent
        self._db = db
        self.runner = runner
        self._gifts = gifts
        self._view = view
        self._shown = shown
        self._status_bar = status_bar
        self.last_message = ""

        def action(text: str, name: str, tip: str) -> QAction:
            act = QAction(text, parent)
            act.setObjectName(name)
            act.setStatusTip(tip)
            act.setToolTip(tip)
            return act

        # Names, texts and keys come from the one registry of the window's actions.
        self.assign_purchaser = make_action(parent, "actionAssignPurchaser")
        self.clear_purchaser = make_action(parent, "actionClearPurchaser")
        self.set_status = make_action(parent, "actionSetStatus")
        self.status_menu = QMenu(translate("BulkActions", "Set &status"), parent)
        self.status_menu.setObjectName("setStatusMenu")
        self.status_actions: dict[str, QAction] = {}
        for number, status in enumerate(GIFT_STATUSES, start=1):
            act = action(
                f"&{number} {STATUS_LABELS[status]}",
                f"actionSetStatus{status.capitalize()}",
                translate("BulkActions", "Mark the selected gifts as {status}").format(
                    status=STATUS_NAMES[status]
                ),
            )
            act.triggered.connect(lambda _checked=False, s=status: self.run_set_status(s))
            self.status_menu.addAction(act)
            self.status_actions[status] = act
        self.set_status.setMenu(self.status_menu)
        self.add_recipient = make_action(parent, "actionAddRecipient")
        self.remove_recipient = make_action(parent, "actionRemoveRecipient")
        self.move_to_occasion = make_action(parent, "actionMoveToOccasion")
        self.assign_purchaser.triggered.connect(self.run_assign_purchaser)
        self.clear_purchaser.triggered.connect(self.run_clear_purchaser)
        self.add_recipient.triggered.connect(lambda: self.run_recipient(PickerMode.ADD_RECIPIENT))
        self.remove_recipient.triggered.connect(
            lambda: self.run_recipient(PickerMode.REMOVE_RECIPIENT)
        )
        self.move_to_occasion.triggered.connect(self.run_move_to_occasion)

        view.selectionModel().selectionChanged.connect(self.update_enabled)
        model = view.model()
        for signal in (model.modelReset, model.layoutChanged, model.rowsRemoved):
            signal.connect(self.update_enabled)
        # The purchaser cell opens the picker (double-click or F2).
        proxy = model
        assert isinstance(proxy, TableProxyModel)

        def gift_id_of(index: QModelIndex) -> int | None:
            return proxy.id_at(index.row()) if index.isValid() else None

        self.cell_delegate = PurchaserCellDelegate(view, purchaser_column, gift_id_of)
        self.cell_delegate.pick_requested.connect(lambda gift_id: self.pick_purchaser([gift_id]))
        self.update_enabled()

    @property
    def db(self) -> Database:
        return self._db()

    def selected_gift_ids(self) -> list[int]:
        return self._gifts.selected_gift_ids()

    def select_gifts(self, ids: Sequence[int]) -> None:
        self._gifts.select_gifts(ids)

    def show_status(self, text: str) -> None:
        self._status_bar.showMessage(text, 10_000)

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

    def selected_count(self) -> int:
        """How many gifts are selected: cheaper than listing them."""
        selection = self._view.selectionModel().selection()
        return sum(selection.at(i).height() for i in range(selection.count()))

    def update_enabled(self, *_args: object) -> None:
        has = self._shown() and bool(self.selected_gift_ids())
        for act in (*self.actions, *self.status_actions.values()):
            act.setEnabled(has)

    # -- hooks --

    def run_dialog(self, dialog: QDialog) -> bool:
        return dialog.exec() == QDialog.DialogCode.Accepted

    def show_error(self, title: str, message: str) -> None:
        QMessageBox.warning(self.window, title, message)

    # -- running --

    def apply(self, text: str, op: Callable[..., OpResult], gift_ids: Sequence[int]) -> bool:
        """Run ``op`` (one undo step); keep the selection; say what happened.

        ``op`` is told the versions of the rows shown: gifts another computer
        changed meanwhile refuse the whole action.
        """
        checked: Operation = partial(op, versions=self._gifts.gift_versions(gift_ids))
        result = self.runner.run(text, checked)
        if result is None:
            return False
        # The refresh keeps the selection (persistent indexes); selecting
        # 10,000 scattered rows again would cost more than the action itself,
        # and so would listing them to compare when the count says enough.
        count, wanted = self.selected_count(), set(gift_ids)
        if count != len(wanted):
            self.select_gifts(list(gift_ids))
        message = result.message or text
        if result.total_cents is not None:
            message += f" · {money_text(result.total_cents)}"
        self.last_message = message
        self.show_status(message)
        return True

    def _picker(self, gift_ids: Sequence[int], mode: PickerMode) -> PurchaserPickerDialog | None:
        try:
            data = load_picker_data(self.db, gift_ids, mode, defer_mixed=True)
        except GiftdeskError as error:
            self.show_error(translate("BulkActions", "Choose a person"), str(error))
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
        result = self.runner.run(
            translate("BulkActions", "Add person “{name}”").format(name=record.name.strip()),
            partial(create_person, record=record),
            raise_refusal=True,
        )
        assert result is not None
        return result.created[0]

    def run_assign_purchaser(self) -> bool:
        gift_ids = self.selected_gift_ids()
        return bool(gift_ids) and self.pick_purchaser(gift_ids)

    def pick_purchaser(self, gift_ids: Sequence[int]) -> bool:
        """Open the picker for ``gift_ids`` (one gift: the cell editor) and assign."""
        dialog = self._picker(gift_ids, PickerMode.PURCHASER)
        if dialog is None:
            return False
        try:
            return self._assign_chosen(gift_ids, dialog)
        finally:
            dialog.deleteLater()  # it holds every person's line: let it go once answered

    def _assign_chosen(self, gift_ids: Sequence[int], dialog: PurchaserPickerDialog) -> bool:
        if not self.run_dialog(dialog):
            return False
        if not self.assign(gift_ids, dialog.chosen_person_id(), dialog.chosen_name()):
            return False
        line = dialog.chosen_line()
        if line is not None and line.receives:
            own = self_purchase_sentence(line.name, line.receives, len(gift_ids))
            said = self.last_message.rstrip()
            self.last_message = f"{said}{'' if said.endswith('.') else '.'} {own}"
            self.show_status(self.last_message)
        return True

    def assign(self, gift_ids: Sequence[int], person_id: int | None, name: str | None) -> bool:
        """Make ``person_id`` (None: nobody) the purchaser of the gifts, as one undo step."""
        count = len(set(gift_ids))
        if person_id is None:
            text = translate("BulkActions", "Clear purchaser of %Ln gift(s)", None, count)
        elif name:
            text = translate("BulkActions", "Assign {name} to buy %Ln gift(s)", None, count)
            text = text.format(name=name)
        else:
            text = translate("BulkActions", "Assign a purchaser to %Ln gift(s)", None, count)
        op = partial(
            bulk_ops.assign_purchaser, gift_ids=gift_ids, person_id=person_id, person_name=name
        )
        return self.apply(text, op, gift_ids)

    def run_clear_purchaser(self) -> bool:
        gift_ids = self.selected_gift_ids()
        if not gift_ids:
            return False
        return self.assign(gift_ids, None, None)

    def run_set_status(self, status: str) -> bool:
        gift_ids = self.selected_gift_ids()
        if not gift_ids:
            return False
        count = len(set(gift_ids))
        return self.apply(
            translate("BulkActions", "Mark %Ln gift(s) as {status}", None, count).format(
                status=STATUS_NAMES.get(status, status)
            ),
            partial(bulk_ops.set_status, gift_ids=gift_ids, status=status),
            gift_ids,
        )

    def run_recipient(self, mode: PickerMode) -> bool:
        gift_ids = self.selected_gift_ids()
        if not gift_ids:
            return False
        dialog = self._picker(gift_ids, mode)
        if dialog is None:
            return False
        try:
            if not self.run_dialog(dialog):
                return False
            person_id = dialog.chosen_person_id()
            name = dialog.chosen_name() or translate("BulkActions", "They")
        finally:
            dialog.deleteLater()  # it holds every person's line: let it go once answered
        if person_id is None:
            return False
        count = len(set(gift_ids))
        if mode is PickerMode.ADD_RECIPIENT:
            text, change = (
                translate(
                    "BulkActions", "Add {name} as recipient of %Ln gift(s)", None, count
                ).format(name=name),
                bulk_ops.add_recipient,
            )
        else:
            text, change = (
                translate(
                    "BulkActions", "Remove {name} as recipient of %Ln gift(s)", None, count
                ).format(name=name),
                bulk_ops.remove_recipient,
            )
        op = partial(change, gift_ids=gift_ids, person_id=person_id, person_name=name)
        return self.apply(text, op, gift_ids)

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
        occasion_id, name = dialog.chosen_occasion_id(), dialog.chosen_occasion_name()
        count = len(set(gift_ids))
        if occasion_id is None:
            text = translate("BulkActions", "Remove the occasion of %Ln gift(s)", None, count)
        elif name:
            text = translate("BulkActions", "Move %Ln gift(s) to {occasion}", None, count)
            text = text.format(occasion=name)
        else:
            text = translate("BulkActions", "Move %Ln gift(s) to an occasion", None, count)
        op = partial(
            bulk_ops.set_occasion, gift_ids=gift_ids, occasion_id=occasion_id, occasion_name=name
        )
        return self.apply(text, op, gift_ids)
