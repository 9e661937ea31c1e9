"""The Gifts tab: the gift table, its filters, in-place edits and gift dialogs.

``GiftsTab`` owns the gift view, model and proxy, the one ``GiftFilter``
(occasion, person, search) with the toolbar's occasion combo box, the
editors of status, price and quantity, and the gift table's part of the
refresh after a ``Change``: the gift rows it names are patched or read again,
and it says whether the figures of the people and occasion tables moved.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Sequence
from functools import partial
from itertools import chain
from typing import TYPE_CHECKING, Any, Final

from PySide6.QtCore import QObject, QSettings, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QWidget

from giftdesk.data import gifts as gifts_data
from giftdesk.data import table_rows
from giftdesk.data.changes import Change
from giftdesk.data.errors import GiftdeskError, ValidationError
from giftdesk.data.fields import BOUGHT_STATUSES, PLANNED_STATUSES
from giftdesk.data.operations import gifts as gift_ops
from giftdesk.i18n import translate
from giftdesk.ui.delegates import MoneyDelegate, QuantityDelegate, StatusDelegate
from giftdesk.ui.dialogs import gift as gift_dialog
from giftdesk.ui.models.gift_model import GiftTableModel
from giftdesk.ui.money import format_money, parse_money_text
from giftdesk.ui.tabs.gift_filter import ALL_OCCASIONS, GiftFilter
from giftdesk.ui.tabs.table_tab import (
    TAB_OCCASIONS,
    TAB_PEOPLE,
    Refusal,
    TableTab,
    confirm,
    fit_columns,
)

if TYPE_CHECKING:
    from giftdesk.data.database import Database
    from giftdesk.data.records import GiftRecord, GiftRow
    from giftdesk.ui.purchaser_picker import PickerFactory
    from giftdesk.ui.undo import UndoRunner

ALL: Final = ALL_OCCASIONS
"""``current_occasion_filter()`` when every occasion is shown."""

# The undo menu names a cell edit by its column: "Change sale price of Scarf".
FIELD_LABELS = {
    "price_cents": translate("MainWindow", "price"),
    "sale_price_cents": translate("MainWindow", "sale price"),
}
# The text columns share the width in these proportions (numbers and the
# status keep their natural width); Store, then Priority, step aside when even
# the text columns at their narrowest would not fit.
GIFT_TEXT_COLUMN_WIDTHS = {
    "name": 175,
    "recipients": 120,
    "purchaser": 90,
    "occasion": 120,
    "store": 110,
}
GIFT_OPTIONAL_COLUMNS = ("store", "priority")


class Cancelled(GiftdeskError):
    """The person backed out of a question inside a dialog; keep the dialog open."""

    def __init__(self) -> None:
        super().__init__("")


class GiftsTab(TableTab):
    """The gift table (``giftTable``, multi-select) and everything it shows.

    ``people`` / ``occasions`` give the rows of the other tabs (names for
    patched gift rows, the dialog's choices); ``people_choices`` the people
    as listed (labelled apart when they share a name); ``picker`` the gift
    dialog's purchaser picker, once there is one.
    """

    filter_changed = Signal()
    """Which gifts are shown changed (occasion, person): counts and hints follow."""

    def __init__(
        self,
        *,
        db: Callable[[], Database],
        runner: UndoRunner,
        settings: QSettings,
        refuse: Refusal,
        occasion_filter: QComboBox,
        people: Callable[[], Sequence[Any]],
        occasions: Callable[[], Sequence[Any]],
        people_choices: Callable[[], list[tuple[int, str]]],
        picker: Callable[[], PickerFactory | None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__("giftTable", GiftTableModel(), multi=True, parent=parent)
        self.model.setParent(self)
        self._db = db
        self._runner = runner
        self._refuse = refuse
        self._people = people
        self._occasions = occasions
        self._people_choices = people_choices
        self._picker = picker
        self.pending = 0  # gifts in the file not read yet (a window shown before them)
        self.dialog: Any = None  # the gift dialog while it is open
        self.filter = GiftFilter(self.proxy)  # the one owner of its filters
        self.model.edit_handler = self.edit_cell
        view = self.view
        view.setItemDelegateForColumn(self.model.column_of("status"), StatusDelegate(view))
        view.setItemDelegateForColumn(self.model.column_of("price"), MoneyDelegate(view))
        view.setItemDelegateForColumn(self.model.column_of("quantity"), QuantityDelegate(view))
        self.occasion_filter = occasion_filter
        occasion_filter.currentIndexChanged.connect(self._on_occasion_filter)
        self.restore_header(settings)  # before the fitting: the widths are the person's
        self.columns = fit_columns(
            view, self.model, GIFT_TEXT_COLUMN_WIDTHS, settings, GIFT_OPTIONAL_COLUMNS
        )

    # -- reading --------------------------------------------------------------

    def load(self, session: Any, *, now: bool = True) -> None:
        """Every gift row again (``now=False``: only count them; ``finish_loading`` reads).

        The people and occasion tables are loaded first: their names go into
        the gift rows without being read twice.
        """
        if now:
            rows = self._read_rows(session, None)
            self.pending = 0
        else:
            rows = []
            self.pending = table_rows.count_gifts(session)
        self.model.set_rows(rows)
        self._prepare_search_soon()

    def finish_loading(self) -> bool:
        """Read the gift rows left for later; False when there were none."""
        if not self.pending:
            return False
        with self._db().reading() as session:
            rows = self._read_rows(session, None)
        self.pending = 0
        self.model.set_rows(rows)
        self._prepare_search_soon()
        return True

    def _prepare_search_soon(self) -> None:
        """Build the search text of every gift right after this event, not on the first key."""
        QTimer.singleShot(0, self.model.haystacks)

    def refresh(
        self,
        session: Any,
        change: Change,
        people: Sequence[Any] | None,
        occasions: Sequence[Any] | None,
    ) -> set[int]:
        """Refresh the gift rows ``change`` touches; the side tables whose figures moved.

        ``people`` / ``occasions``: their details just read with the change
        (None when it lists none), compared with the tables' rows to find
        renames. Rows are patched in memory when the change says which values
        it set (``Change.gift_values``: a bulk purchaser, status or occasion),
        else read again.
        """
        gift_ids = set(change.gifts) - set(change.removed_gifts)
        renamed = self._gifts_showing_renamed(change, people, occasions)
        patched = None
        if change.gift_values and not renamed and not change.removed_gifts:
            patched = self.model.patched_rows(
                change.gift_values, self._names_shown(people, occasions)
            )
        moved = set()
        if patched is None:
            patched, to_read = [], gift_ids | renamed
        else:
            # Patched rows can only move the figures that count the patched columns.
            moved = self.figures_moved(patched, (), set(change.gift_values))
            to_read = gift_ids - {row.id for row in patched}
        read = self._read_rows(session, sorted(to_read), people, occasions) if to_read else []
        gone = set(change.removed_gifts) | (to_read - {row.id for row in read})
        moved |= self.figures_moved(read, gone)
        self.model.remove_ids(gone)
        self.model.upsert_rows([*patched, *read])
        return moved

    def _read_rows(
        self,
        session: Any,
        gift_ids: Sequence[int] | None,
        people: Sequence[Any] | None = None,
        occasions: Sequence[Any] | None = None,
    ) -> list[Any]:
        """Gift rows named with the people and occasions just read, else the tables' own
        (on a network each statement is a round trip: the names are not read again)."""
        names = self._names_shown(people, occasions)
        return table_rows.list_gift_rows(
            session,
            gift_ids,
            names=names["purchaser_name"],
            occasion_names=names["occasion_name"],
        )

    def _names_shown(
        self, people: Sequence[Any] | None, occasions: Sequence[Any] | None
    ) -> dict[str, dict[int, str]]:
        """Names for patched gift rows: just read with the change, else the tables'."""
        return {
            "purchaser_name": {row.id: row.name for row in people or self._people()},
            "occasion_name": {row.id: row.name for row in occasions or self._occasions()},
        }

    def figures_moved(
        self, new_rows: Sequence[Any], gone: Iterable[int], columns: set[str] | None = None
    ) -> set[int]:
        """``TAB_PEOPLE`` / ``TAB_OCCASIONS`` if their figures count something that
        differs between the gift rows shown and ``new_rows`` (``gone``: deleted).

        People count recipients and purchasers; occasions count their gifts and
        the cost of the planned and bought ones (``table_rows.list_*_rows``).
        ``columns``: the only gift columns that may differ (patched rows).
        """
        gone = list(gone)
        if not new_rows and not gone:
            return set()
        watched = {TAB_PEOPLE, TAB_OCCASIONS}
        if columns is not None:
            if not columns & {"purchaser_id", "recipient_ids"}:
                watched.discard(TAB_PEOPLE)
            if not columns & {"occasion_id", "status", "cost_cents"}:
                watched.discard(TAB_OCCASIONS)
        if self.pending:  # the rows shown are not all read yet: assume they moved
            return watched

        def counted_by_occasion(row: Any) -> Any:
            if row is None or row.occasion_id is None:
                return None
            planned, bought = row.status in PLANNED_STATUSES, row.status in BOUGHT_STATUSES
            return (row.occasion_id, planned, bought, row.cost_cents if planned or bought else 0)

        def counted_by_people(row: Any) -> tuple[int | None, tuple[int, ...]]:
            return (None, ()) if row is None else (row.purchaser_id, row.recipient_ids)

        shown = self.model.item_for_id
        pairs = chain(
            ((shown(row.id), row) for row in new_rows),
            ((shown(gift_id), None) for gift_id in gone),
        )
        moved: set[int] = set()
        for before, after in pairs:
            if TAB_PEOPLE in watched - moved:
                old, new = counted_by_people(before), counted_by_people(after)
                if old != new and (old[0] != new[0] or set(old[1]) != set(new[1])):
                    moved.add(TAB_PEOPLE)
            if TAB_OCCASIONS in watched - moved and (
                counted_by_occasion(before) != counted_by_occasion(after)
            ):
                moved.add(TAB_OCCASIONS)
            if moved == watched:
                break
        return moved

    def _gifts_showing_renamed(
        self,
        change: Change,
        person_rows: Sequence[Any] | None,
        occasion_rows: Sequence[Any] | None,
    ) -> set[int]:
        """Gift rows that show the name of a person or occasion renamed by ``change``.

        Operations usually list those gifts themselves; this catches any that
        do not, with one pass over the rows in memory (no query).
        """
        renamed_people = _renamed(change.persons, self._people(), person_rows)
        renamed_occasions = _renamed(change.occasions, self._occasions(), occasion_rows)
        if not renamed_people and not renamed_occasions:
            return set()
        return {
            row.id
            for row in self.model.rows()
            if row.occasion_id in renamed_occasions
            or row.purchaser_id in renamed_people
            or not renamed_people.isdisjoint(row.recipient_ids)
        }

    # -- the filters ------------------------------------------------------------

    def choose_occasion(self, occasion_id: int | None) -> None:
        """Show the gifts of ``occasion_id`` (None: of no occasion), if the filter lists it."""
        at = self.occasion_filter.findData(occasion_id)
        if at >= 0:
            self.occasion_filter.setCurrentIndex(at)

    def current_occasion_filter(self) -> int | str | None:
        """``ALL``, ``None`` ("No occasion") or the chosen occasion's id."""
        if self.occasion_filter.currentIndex() <= 0:
            return ALL
        chosen: int | None = self.occasion_filter.currentData()
        return chosen

    def fill_occasion_filter(self) -> None:
        """The occasions to choose from, by date; the choice stays if it still exists."""
        combo = self.occasion_filter
        chosen = self.current_occasion_filter() if combo.count() else ALL
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(translate("MainWindow", "All occasions"), ALL)
        for occasion_id, name in occasion_choices(self._occasions()):
            combo.addItem(name, occasion_id)
        combo.addItem(translate("MainWindow", "No occasion"), None)
        at = 0
        if chosen is None:
            at = combo.count() - 1
        elif chosen != ALL:
            at = max(combo.findData(chosen), 0)
        combo.setCurrentIndex(at)
        combo.blockSignals(False)
        self._on_occasion_filter()

    def _on_occasion_filter(self, _index: int = 0) -> None:
        self.filter.set_occasion(self.current_occasion_filter())
        self.filter_changed.emit()

    def filter_by_person(self, person_id: int | None) -> None:
        """Only the gifts ``person_id`` receives, buys or chips in for (None: everyone's),
        within the chosen occasion; a person's gifts are shown at once."""
        self.filter.set_person(person_id)
        if person_id is not None:
            self.show_requested.emit()
            self.view.setFocus()
        self.filter_changed.emit()

    def set_search(self, text: str) -> None:
        self.filter.set_search(text)

    def restore_occasion_filter(self, settings: QSettings, address: str) -> None:
        """The occasion chosen when this file was last open, if it still exists."""
        if str(settings.value("gifts/occasionFilterFile", "")) != address:
            return
        saved = str(settings.value("gifts/occasionFilter", ALL))
        wanted: int | str | None = ALL if saved == ALL else None
        if saved not in (ALL, "none"):
            try:
                wanted = int(saved)
            except ValueError:
                return
        at = self.occasion_filter.findData(wanted)
        if at >= 0:
            self.occasion_filter.setCurrentIndex(at)

    def save_occasion_filter(self, settings: QSettings, address: str) -> None:
        if not self.occasion_filter.count():
            return
        chosen = self.current_occasion_filter()
        settings.setValue("gifts/occasionFilterFile", address)
        settings.setValue(
            "gifts/occasionFilter",
            ALL if chosen == ALL else "none" if chosen is None else str(chosen),
        )

    # -- the status bar and the hint --------------------------------------------

    def status_text(self) -> str:
        """Loading, the selection's count and cost, or how many gifts are shown."""
        pending = self.pending
        if pending:
            return translate("MainWindow", "Loading %Ln gift(s)…", None, pending)
        total_rows, shown = self.counts()
        selection = self.view.selectionModel().selection()
        count = 0
        cents = 0
        for at in range(selection.count()):
            selection_range = selection.at(at)
            for row in range(selection_range.top(), selection_range.bottom() + 1):
                count += 1
                cents += self.proxy.item_at(row).cost_cents
        if count:
            text = translate("MainWindow", "%Ln gift(s) selected · {amount}", None, count)
            return text.format(amount=format_money(cents))
        if shown != total_rows:
            text = translate("MainWindow", "Showing {shown} of %Ln gift(s)", None, total_rows)
            return text.format(shown=f"{shown:,}")
        return translate("MainWindow", "%Ln gift(s)", None, total_rows)

    def update_hint(self, search: str, *, has_people: bool) -> None:
        """The sentence over an empty table: what to do next, or why nothing matches."""
        if self.proxy.rowCount() or self.pending:
            text = ""
        elif self.model.rowCount() == 0:
            text = (
                translate("MainWindow", "No gifts yet. Add one with “New gift…” (Ctrl+N).")
                if has_people
                else translate(
                    "MainWindow",
                    "No gifts yet. Add the people you give gifts to first (People → New person…).",
                )
            )
        elif self.current_occasion_filter() != ALL and not self.proxy.search_text():
            text = translate(
                "MainWindow",
                "No gifts for this occasion yet. Add one with “New gift…”, or "
                "choose “All occasions”.",
            )
        elif search:
            text = translate(
                "MainWindow", "No gifts match “{search}”. Clear the search box to see everything."
            ).format(search=search)
        else:
            text = translate(
                "MainWindow",
                "No gifts match this occasion. Choose “All occasions” to see everything.",
            )
        self.hint.set_text(text)

    # -- create, edit, delete ---------------------------------------------------

    def gift_versions(self, gift_ids: Sequence[int]) -> dict[int, int]:
        """The versions of the gift rows shown: changes based on them say so."""
        found = (self.model.item_for_id(i) for i in gift_ids)
        return {row.id: row.version for row in found if row is not None}

    def _dialog_parent(self) -> QWidget:
        return self.view.window()

    def new_gift(self) -> None:
        chosen = self.current_occasion_filter()
        default_occasion = chosen if isinstance(chosen, int) else None

        def submit(record: GiftRecord) -> None:
            records = [record]
            if len(record.recipient_ids) > 1:
                answer = gift_dialog.ask_shared_or_separate(self.dialog, len(record.recipient_ids))
                if answer is None:
                    raise Cancelled
                if answer == "separate":
                    records = [
                        dataclasses.replace(record, recipient_ids=(person,))
                        for person in record.recipient_ids
                    ]
            name = record.name.strip()
            result = self._runner.run(
                translate("MainWindow", "Add {name}").format(name=name)
                if len(records) == 1
                else translate("MainWindow", "Add {count} × {name}").format(
                    count=len(records), name=name
                ),
                partial(gift_ops.create_gifts, records=records),
                raise_refusal=True,
            )
            assert result is not None
            self.show_requested.emit()
            self.select_ids(result.created)

        self._open_dialog(None, submit, default_occasion)

    def edit(self, row_id: int) -> None:
        self.edit_gift(row_id)

    def edit_gift(self, gift_id: int) -> None:
        record = self.read(lambda session: gifts_data.get_gift(session, gift_id))
        if record is not None:
            self._open_dialog(record, self.edit_step(record, gift_ops.edit_gift), None)

    def _open_dialog(
        self,
        record: GiftRecord | None,
        submit: Callable[[GiftRecord], None],
        default_occasion: int | None,
    ) -> None:
        self.dialog = gift_dialog.GiftDialog(
            self._dialog_parent(),
            record,
            self._people_choices(),
            occasion_choices(self._occasions()),
            submit,
            default_occasion_id=default_occasion,
            make_picker=self._picker(),
        )
        self.dialog.exec()
        self.dialog = None

    def edit_cell(self, gift_id: int, key: str, value: object) -> bool:
        """An in-place edit from the gift table, saved as one undoable step."""
        row: GiftRow | None = self.model.item_for_id(gift_id)
        if row is None:
            return False
        try:
            if key == "status":
                changes: dict[str, object] = {"status": value}
            elif key == "quantity":
                changes = {"quantity": int(value)}  # type: ignore[call-overload]
            elif key == "price":
                cents = parse_money_text("price", str(value))
                field = "sale_price_cents" if row.sale_price_cents is not None else "price_cents"
                changes = {field: cents}
            else:
                return False
            label = ", ".join(FIELD_LABELS.get(k, k.replace("_", " ")) for k in changes)
            self._runner.run(
                translate("MainWindow", "Change {field} of {gift}").format(
                    field=label, gift=row.name
                ),
                partial(
                    gift_ops.set_gift_fields,
                    gift_id=gift_id,
                    changes=changes,
                    version=row.version,
                ),
                raise_refusal=True,
            )
        except (GiftdeskError, ValueError, TypeError) as error:
            message = (
                error
                if isinstance(error, GiftdeskError)
                else ValidationError(
                    key,
                    translate("MainWindow", "“{value}” is not a valid {field}.").format(
                        value=value, field=FIELD_LABELS.get(key, key.replace("_", " "))
                    ),
                )
            )
            # Not from inside the editor's commit: the message box would steal its focus.
            QTimer.singleShot(0, lambda: self._refuse(str(message)))
            return False
        return True

    def delete_selected(self) -> None:
        self.delete_gifts(self.selected_ids())

    def delete_gifts(self, gift_ids: Sequence[int]) -> None:
        """Ask, then delete these gifts as one undoable step."""
        if not gift_ids:
            return
        count = len(gift_ids)
        if count == 1:
            row = self.model.item_for_id(gift_ids[0])
            name = row.name if row else translate("MainWindow", "this gift")
            text = translate("MainWindow", "Delete the gift “{name}”? You can undo this.")
            text = text.format(name=name)
            title = translate("MainWindow", "Delete gift")
        else:
            name = None
            text = translate(
                "MainWindow", "Delete the %Ln selected gift(s)? You can undo this.", None, count
            )
            title = translate("MainWindow", "Delete %Ln gift(s)", None, count)
        if not confirm(self._dialog_parent(), title, text):
            return
        unique = len(set(gift_ids))
        self._runner.run(
            translate("MainWindow", "Delete {name}").format(name=name)
            if name
            else translate("MainWindow", "Delete %Ln gift(s)", None, unique),
            partial(
                gift_ops.delete_gifts, gift_ids=gift_ids, versions=self.gift_versions(gift_ids)
            ),
        )


def occasion_choices(rows: Iterable[Any]) -> list[tuple[int, str]]:
    """Occasions by date (undated last), then name: (id, name)."""
    ordered = sorted(rows, key=lambda r: (r.date is None, r.date or 0, r.name.casefold()))
    return [(r.id, r.name) for r in ordered]


def _renamed(ids: Iterable[int], shown: Sequence[Any], rows: Sequence[Any] | None) -> set[int]:
    """Which of ``ids`` have another name in ``rows`` than in the rows ``shown``."""
    if not ids or rows is None:
        return set()
    new_names = {row.id: row.name for row in rows}
    old_names = {row.id: row.name for row in shown}
    return {
        row_id
        for row_id in ids
        if row_id in old_names and new_names.get(row_id, old_names[row_id]) != old_names[row_id]
    }
