"""The three tabs together: built with what they need, wired in one block,
refreshed after every ``Change`` from the hub.

``Tables`` makes the Gifts, People and Occasions tabs, puts their views into
the window's tab widget and hears the ``ChangeHub``. A change is taken in
with one reading session: the people and occasion details it names are read
first (names for the gift rows), then the gift tab refreshes its rows and
says whose figures moved, then the people and occasion tabs take their
details and, in front, their figures (hidden: when shown). ``refreshed``
follows, for the window's counts, hints and actions.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QSettings, Qt, Signal
from PySide6.QtWidgets import QComboBox, QSplitter, QTabWidget, QWidget

from giftdesk.data.changes import Change
from giftdesk.i18n import translate
from giftdesk.ui.changes import ChangeHub
from giftdesk.ui.tabs.gifts_tab import GiftsTab
from giftdesk.ui.tabs.occasions_tab import OccasionsTab
from giftdesk.ui.tabs.people_tab import PeopleTab
from giftdesk.ui.tabs.table_tab import (
    TAB_GIFTS,
    TAB_OCCASIONS,
    TAB_PEOPLE,
    FiguresTab,
    Refusal,
    TableTab,
)

if TYPE_CHECKING:
    from giftdesk.data.database import Database
    from giftdesk.ui.purchaser_picker import PickerFactory
    from giftdesk.ui.undo import UndoRunner


class Tables(QObject):
    """The window's three tabs (``gifts``, ``people``, ``occasions``) in ``tabs``."""

    refreshed = Signal()
    """The tables took in a change (or a new file): counts, hints and actions follow."""
    filter_changed = Signal()
    """Which gifts are shown changed (occasion or person filter)."""
    person_labels_changed = Signal(object)  # dict[int, str]: int keys do not pass as a QVariantMap
    """``{person id: label}`` for people who share a name (other lists label them alike)."""

    def __init__(
        self,
        *,
        tabs: QTabWidget,
        db: Callable[[], Database],
        has_file: Callable[[], bool],
        runner: UndoRunner,
        hub: ChangeHub,
        settings: QSettings,
        refuse: Refusal,
        occasion_filter: QComboBox,
        picker: Callable[[], PickerFactory | None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._tabs = tabs
        self._db = db
        self._has_file = has_file
        common: dict[str, Any] = {
            "db": db,
            "runner": runner,
            "settings": settings,
            "refuse": refuse,
            "parent": self,
        }
        self.people = PeopleTab(**common)
        self.occasions = OccasionsTab(**common)
        self.gifts = GiftsTab(
            **common,
            occasion_filter=occasion_filter,
            people=self.people.model.rows,
            occasions=self.occasions.model.rows,
            people_choices=self.people.choices,
            picker=picker,
        )
        tabs.addTab(self.gifts.view, translate("MainWindow", "Gifts"))
        tabs.addTab(self.people.view, translate("MainWindow", "People"))
        tabs.addTab(self.occasions.view, translate("MainWindow", "Occasions"))

        # Between the tabs: a tab asks to be shown, the people's labels reach the gifts.
        # By place: a part may wrap a tab's view (the person history below the people).
        for index, tab in enumerate(self.all()):
            tab.show_requested.connect(lambda at=index: tabs.setCurrentIndex(at))
        self.gifts.filter_changed.connect(self.filter_changed)
        self.people.labels_changed.connect(self._share_labels)
        hub.changed.connect(self.take_in)

    def put_below_people(self, widget: QWidget) -> None:
        """``widget`` below the people table, in its tab (the tab keeps its place)."""
        tabs, view = self._tabs, self.people.view
        index = tabs.indexOf(view)
        text = tabs.tabText(index)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setObjectName("peopleSplitter")
        splitter.setChildrenCollapsible(False)
        current = tabs.currentIndex()
        tabs.blockSignals(True)  # the same tab comes back at the same place
        tabs.removeTab(index)
        splitter.addWidget(view)
        splitter.addWidget(widget)
        view.show()  # a page the tab widget hid stays hidden when it moves
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([600, 400])  # scaled to the room there is, table above
        tabs.insertTab(index, splitter, text)
        tabs.setCurrentIndex(current)
        tabs.blockSignals(False)

    # -- showing what another part points at -----------------------------------

    def show_occasion_gifts(self, occasion_id: int) -> None:
        self.gifts.choose_occasion(occasion_id)
        self._tabs.setCurrentIndex(TAB_GIFTS)

    def show_occasions(self, occasion_ids: list[int]) -> None:
        """The occasions tab in front with these selected (new ones, say)."""
        self._tabs.setCurrentIndex(TAB_OCCASIONS)
        self.occasions.select_ids(occasion_ids)

    def show_gifts(self, gift_ids: list[int]) -> None:
        """The gifts tab in front with these selected (those shown)."""
        self._tabs.setCurrentIndex(TAB_GIFTS)
        self.gifts.select_ids(gift_ids)

    def all(self) -> tuple[GiftsTab, PeopleTab, OccasionsTab]:
        """The tabs in their order (``TAB_GIFTS``, ``TAB_PEOPLE``, ``TAB_OCCASIONS``)."""
        return self.gifts, self.people, self.occasions

    def in_front(self) -> TableTab:
        tab: TableTab = self.all()[self._tabs.currentIndex()]
        return tab

    def is_empty(self) -> bool:
        """Nothing in the file: no gift (read or not yet), person or occasion."""
        return not (
            self.gifts.pending
            or self.gifts.model.rowCount()
            or self.people.model.rowCount()
            or self.occasions.model.rowCount()
        )

    # -- reading ----------------------------------------------------------------

    def load(self, *, gifts: bool = True) -> None:
        """Read every table again (a new file, an import); ``gifts=False``: count them only."""
        with self._db().reading() as session:
            self.people.load(session)
            self.occasions.load(session)
            self.gifts.load(session, now=gifts)  # named from the two tables just read
        self.people.update_labels()
        self.gifts.fill_occasion_filter()

    def take_in(self, change: Change) -> None:
        """Bring the tables up to date after ``change``, reading only what moved."""
        if change.everything:
            self.load()
        else:
            self._refresh(change)
            if change.persons or change.removed_persons:
                # Labels depend on the people alone (load sets them itself):
                # a bulk change to gifts does not recompute them.
                self.people.update_labels()
        self.refreshed.emit()

    def _refresh(self, change: Change) -> None:
        people_named = bool(change.persons or change.removed_persons)
        occasions_named = bool(change.occasions or change.removed_occasions)
        front = self._tabs.currentIndex()
        with self._db().reading() as session:
            people = self.people.read_details(session) if people_named else None
            occasions = self.occasions.read_details(session) if occasions_named else None
            moved = self.gifts.refresh(session, change, people, occasions)
            self.people.apply(
                session,
                people,
                figures_moved=TAB_PEOPLE in moved,
                in_front=front == TAB_PEOPLE,
            )
            self.occasions.apply(
                session,
                occasions,
                figures_moved=TAB_OCCASIONS in moved,
                in_front=front == TAB_OCCASIONS,
            )
        if occasions_named:
            self.gifts.fill_occasion_filter()

    def tab_shown(self, index: int) -> None:
        """A tab came to the front: figures a change left for later are read now."""
        tab = self.all()[index]
        if isinstance(tab, FiguresTab):
            self.refresh_stale([tab])

    def refresh_stale(self, tabs: Sequence[FiguresTab] | None = None) -> None:
        """Read the figures of ``tabs`` (the people and occasion tables) if a change
        left them stale."""
        stale = [tab for tab in tabs or (self.people, self.occasions) if tab.stale]
        if not stale or not self._has_file():
            return
        with self._db().reading() as session:
            for tab in stale:
                tab.reload_figures(session)

    # -- search and names -------------------------------------------------------

    def set_search(self, text: str) -> None:
        """The search box filters the table in front only."""
        front = self._tabs.currentIndex()
        for index, tab in enumerate(self.all()):
            tab.set_search(text if index == front else "")

    def update_hints(self, search: str) -> None:
        self.gifts.update_hint(search, has_people=bool(self.people.model.rowCount()))
        self.people.update_hint(search)
        self.occasions.update_hint(search)

    def status_text(self) -> str:
        return self.in_front().status_text()

    def _share_labels(self, labels: dict[int, str]) -> None:
        people = self.people.everyone()
        self.gifts.model.set_person_labels(
            {p[0]: labels.get(p[0], p[1]) for p in people}, set(labels)
        )
        self.person_labels_changed.emit(labels)


__all__ = ["TAB_GIFTS", "TAB_OCCASIONS", "TAB_PEOPLE", "Tables"]
