"""The People tab's gift history of the current person (objectName ``personHistory``).

Occasions newest first, each with the gifts the person received and gave
(price, status, who else), then the totals per year. It reads the history
(``giftdesk.data.history``, three queries) when the current person changes,
and after a change only while it is on screen; a hidden one reads when shown.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont, QShowEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QStackedWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from giftdesk.data.changes import Change
from giftdesk.data.database import Database
from giftdesk.data.errors import GiftdeskError
from giftdesk.data.history import RECEIVED, HistoryGift, PersonHistory, person_history
from giftdesk.i18n import translate
from giftdesk.ui.models.labels import STATUS_COLORS, STATUS_LABELS, format_date
from giftdesk.ui.money import format_money

COLUMNS = (
    translate("HistoryView", "Gift"),
    "",
    translate("HistoryView", "Price (share)"),
    translate("HistoryView", "Status"),
    translate("HistoryView", "Who else"),
)
COL_GIFT, COL_ROLE, COL_PRICE, COL_STATUS, COL_OTHERS = range(len(COLUMNS))


class PersonHistoryView(QWidget):
    """What one person received and gave, by occasion, with totals per year."""

    def __init__(self, database: Callable[[], Database | None], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("personHistory")
        self._database = database
        self._person_id: int | None = None
        self._stale = False
        # People who share a name, with what tells them apart: "Maria (Mom)".
        self.person_labels: dict[int, str] = {}
        self.history: PersonHistory | None = None

        self.title = QLabel()
        self.title.setObjectName("historyTitle")
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.model = QStandardItemModel(0, len(COLUMNS), self)
        self.model.setHorizontalHeaderLabels(list(COLUMNS))
        self.tree = QTreeView()
        self.tree.setObjectName("historyTree")
        self.tree.setModel(self.model)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setRootIsDecorated(False)
        self.tree.setItemsExpandable(False)  # every occasion stays open
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.tree.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        header = self.tree.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(COL_GIFT, QHeaderView.ResizeMode.Interactive)
        self.tree.setColumnWidth(COL_GIFT, 240)
        # “received”/“gave” in the user's language: as wide as the longest word.
        header.setSectionResizeMode(COL_ROLE, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.setColumnWidth(COL_PRICE, 150)
        self.tree.setColumnWidth(COL_STATUS, 90)
        self.totals = QLabel()
        self.totals.setObjectName("historyTotals")
        self.totals.setWordWrap(True)
        self.totals.setTextFormat(Qt.TextFormat.RichText)
        self.message = QLabel()
        self.message.setObjectName("historyMessage")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.message.setEnabled(False)  # drawn in the palette's quieter colour

        shown = QWidget()
        shown_layout = QVBoxLayout(shown)
        shown_layout.setContentsMargins(0, 0, 0, 0)
        shown_layout.addWidget(self.tree, 1)
        shown_layout.addWidget(self.totals)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.message)
        self.pages.addWidget(shown)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.pages, 1)
        self._show_message(
            translate(
                "PersonHistoryView",
                "Choose a person above to see the gifts they received and gave.",
            )
        )

    # -- public -------------------------------------------------------------

    def set_person(self, person_id: int | None) -> None:
        if person_id == self._person_id and not self._stale:
            return
        self._person_id = person_id
        self.reload()

    def on_change(self, change: Change) -> None:
        """Read again when the change may concern the history shown."""
        if self._person_id is None:
            return
        if person_id_removed(change, self._person_id):
            self._person_id = None
            self.reload()
            return
        if not (
            change.everything
            or change.gifts
            or change.removed_gifts
            or change.persons
            or change.removed_persons
            or change.occasions
            or change.removed_occasions
        ):
            return
        if self.isVisible():
            self.reload()
        else:
            self._stale = True

    def reload(self) -> None:
        self._stale = False
        db = self._database()
        if self._person_id is None or db is None:
            self.history = None
            self.title.setText(translate("PersonHistoryView", "Gift history"))
            self._show_message(
                translate(
                    "PersonHistoryView",
                    "Choose a person above to see the gifts they received and gave.",
                )
            )
            return
        try:
            with db.reading() as session:
                self.history = person_history(session, self._person_id)
        except GiftdeskError as error:
            self.history = None
            self._show_message(str(error))
            return
        self._fill(self.history)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if self._stale:
            self.reload()

    # -- filling ------------------------------------------------------------

    def _show_message(self, text: str) -> None:
        self.model.removeRows(0, self.model.rowCount())
        self.totals.clear()
        self.message.setText(text)
        self.pages.setCurrentWidget(self.message)

    def set_person_labels(self, labels: dict[int, str]) -> None:
        """Names that two people share, shown with what tells them apart."""
        if labels == self.person_labels:
            return
        self.person_labels = dict(labels)
        if self.history is not None:
            self._fill(self.history)

    def _label(self, person_id: int, name: str) -> str:
        return self.person_labels.get(person_id, name)

    def _fill(self, history: PersonHistory) -> None:
        person = self._label(history.person_id, history.person_name)
        self.title.setText(
            translate("PersonHistoryView", "Gift history of {name}").format(name=person)
        )
        if history.is_empty:
            self._show_message(
                translate(
                    "PersonHistoryView",
                    "{name} has no gift history yet: no gift for them, none bought or shared "
                    "by them.",
                ).format(name=person)
            )
            return
        self.model.removeRows(0, self.model.rowCount())
        bold = QFont(self.tree.font())
        bold.setBold(True)
        root = self.model.invisibleRootItem()
        for occasion in history.occasions:
            title = occasion.name or translate("PersonHistoryView", "No occasion")
            if occasion.date is not None:
                title += f" — {format_date(occasion.date)}"
            head = [_item(title)] + [_item("") for _ in COLUMNS[1:]]
            head[COL_GIFT].setFont(bold)
            for gift in (*occasion.received, *occasion.gave):
                head[COL_GIFT].appendRow(self._gift_row(gift, history.person_id))
            root.appendRow(head)
        for row in range(self.model.rowCount()):
            self.tree.setFirstColumnSpanned(row, self.tree.rootIndex(), True)
        self.tree.expandAll()
        lines = []
        for year in history.years:
            label = (
                str(year.year)
                if year.year is not None
                else translate("PersonHistoryView", "Undated")
            )
            received = translate("PersonHistoryView", "received {amount} in {gifts}").format(
                amount=format_money(year.received_cents), gifts=_gifts(year.received_gifts)
            )
            gave = translate("PersonHistoryView", "gave {amount} in {gifts}").format(
                amount=format_money(year.gave_cents), gifts=_gifts(year.gave_gifts)
            )
            lines.append(
                f"<tr><td><b>{label}</b></td><td>&nbsp;&nbsp;{received}</td>"
                f"<td>&nbsp;&nbsp;·&nbsp;&nbsp;{gave}</td></tr>"
            )
        self.totals.setText(
            "<b>{}</b> {}<table>{}</table>".format(
                translate("PersonHistoryView", "Totals per year"),
                translate("PersonHistoryView", "(their share of planned gifts, ideas not counted)"),
                "".join(lines),
            )
            if lines
            else translate("PersonHistoryView", "Only ideas so far: nothing is counted yet.")
        )
        self.pages.setCurrentIndex(1)

    def _gift_row(self, gift: HistoryGift, person_id: int) -> list[QStandardItem]:
        recipients = [
            (pid, self._label(pid, name))
            for pid, name in zip(gift.recipient_ids, gift.recipients, strict=True)
        ]
        givers = [
            (pid, self._label(pid, name))
            for pid, name in zip(gift.giver_ids, gift.givers, strict=True)
        ]
        if gift.role == RECEIVED:
            role = translate("PersonHistoryView", "received")
            who = (
                translate("PersonHistoryView", "from {names}").format(
                    names=", ".join(n for _i, n in givers)
                )
                if givers
                else translate("PersonHistoryView", "no buyer yet")
            )
            shared = [n for pid, n in recipients if pid != person_id]
            if shared:
                who += "; " + translate("PersonHistoryView", "with {names}").format(
                    names=", ".join(shared)
                )
        else:
            role = translate("PersonHistoryView", "gave")
            who = (
                translate("PersonHistoryView", "for {names}").format(
                    names=", ".join(n for _i, n in recipients)
                )
                if recipients
                else translate("PersonHistoryView", "for nobody yet")
            )
            payers = [n for pid, n in givers if pid != person_id]
            if payers:
                who += "; " + translate("PersonHistoryView", "with {names}").format(
                    names=", ".join(payers)
                )
        price = format_money(gift.cost_cents)
        if gift.share_cents and gift.share_cents != gift.cost_cents:
            price += f" ({format_money(gift.share_cents)})"
        row = [
            _item(text)
            for text in (gift.name, role, price, STATUS_LABELS.get(gift.status, gift.status), who)
        ]
        row[COL_PRICE].setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        row[COL_PRICE].setToolTip(
            translate("PersonHistoryView", "The gift's cost (their share in brackets)")
        )
        row[COL_STATUS].setForeground(QBrush(QColor(STATUS_COLORS.get(gift.status, "#777"))))
        return row


def _item(text: str) -> QStandardItem:
    item = QStandardItem(text)
    item.setEditable(False)
    return item


def person_id_removed(change: Change, person_id: int) -> bool:
    return person_id in change.removed_persons


def _gifts(count: int) -> str:
    return translate("HistoryView", "%Ln gift(s)", None, count)
