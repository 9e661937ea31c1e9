"""The window's geometry and dock arrangement: put back, kept in proportion, saved.

``WindowState`` restores the window's size and the place of its toolbar and
docks from the settings, and saves them as soon as the budget dock or the
toolbar moves or hides (a crash or a kill does not lose them). It keeps the
side docks' share of the width when the window narrows, lets Budget and
Coming up take turns as tabs on a short window, and shows the budget
whenever the tables are on screen unless the person hid it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QByteArray, QEvent, QObject, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QResizeEvent
from PySide6.QtWidgets import QDockWidget, QMainWindow, QToolBar

GEOMETRY = "mainWindow/geometry"
STATE = "mainWindow/state"
SIDE_DOCKS_TABBED = "mainWindow/sideDocksTabbed"  # giftdesk tabbed them, not the person
BUDGET_HIDDEN = "budgetPanel/hiddenByUser"

RIGHT = Qt.DockWidgetArea.RightDockWidgetArea


class WindowState(QObject):
    """Geometry, toolbar and docks of ``window``, kept in ``settings``.

    Made with the window (``restore`` once its toolbar exists); the side docks
    join with ``take_docks`` once the window has a file. The window forwards
    its resize events to ``resized``.
    """

    # Below this height Budget and Coming up, one above the other, would each
    # show a row or two: they take turns as tabs instead.
    SHORT_WINDOW_HEIGHT = 760
    # Where the budget dock is first put, and how the two side docks share the height.
    BUDGET_WIDTH = 620
    SIDE_DOCK_HEIGHTS = (520, 300)

    def __init__(self, window: QMainWindow, settings: QSettings) -> None:
        super().__init__(window)
        self._window = window
        self._settings = settings
        self._budget: QDockWidget | None = None
        self._upcoming: QDockWidget | None = None
        self._tables_in_front: Callable[[], bool] = lambda: False
        self._split_width = 0  # the window width the docks were last sized for
        self._docks_hidden: list[QDockWidget] = []  # while the welcome page shows
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(300)
        self._save_timer.timeout.connect(self.save_now)

    def restore(self) -> None:
        """The size and the toolbar's place from last time (1280×800 at first)."""
        window = self._window
        geometry = self._settings.value(GEOMETRY)
        if isinstance(geometry, QByteArray):
            window.restoreGeometry(geometry)
        else:
            window.resize(1280, 800)
        state = self._settings.value(STATE)
        if isinstance(state, QByteArray):
            window.restoreState(state)

    def place_budget(self, budget: QDockWidget) -> None:
        """The budget dock at the right, where the person left it last time."""
        window = self._window
        window.addDockWidget(RIGHT, budget)
        window.resizeDocks([budget], [self.BUDGET_WIDTH], Qt.Orientation.Horizontal)
        window.restoreDockWidget(budget)

    def place_upcoming(self, budget: QDockWidget, upcoming: QDockWidget) -> None:
        """Coming up below the budget, hidden until something is near."""
        window = self._window
        window.addDockWidget(RIGHT, upcoming)
        window.splitDockWidget(budget, upcoming, Qt.Orientation.Vertical)
        # The budget's occasion list rarely needs its full height; the list of
        # what is near gets about a third.
        window.resizeDocks(
            [budget, upcoming], list(self.SIDE_DOCK_HEIGHTS), Qt.Orientation.Vertical
        )
        upcoming.hide()

    def take_docks(
        self,
        budget: QDockWidget,
        upcoming: QDockWidget,
        toolbar: QToolBar,
        action_show_budget: QAction,
        tables_in_front: Callable[[], bool],
    ) -> None:
        """Watch and put back the docks once they are all placed.

        The state is saved as soon as the budget dock or the toolbar moves or
        hides; a budget the person hid (its action or its close button) stays
        hidden. ``tables_in_front()``: the tables, not the welcome page, show.
        """
        self._budget = budget
        self._upcoming = upcoming
        self._tables_in_front = tables_in_front
        for signal in (
            budget.visibilityChanged,
            budget.dockLocationChanged,
            budget.topLevelChanged,
            toolbar.visibilityChanged,
        ):
            signal.connect(lambda *_args: self._save_timer.start())
        action_show_budget.triggered.connect(self._budget_chosen)
        budget.installEventFilter(self)

        window = self._window
        state = self._settings.value(STATE)
        if isinstance(state, QByteArray):  # the docks exist now: put them back
            window.restoreState(state)
        else:  # first start: the tables keep almost two thirds of the width
            docks = [
                d for d in window.findChildren(QDockWidget) if window.dockWidgetArea(d) == RIGHT
            ]
            if docks:
                width = max(window.width(), 1280) * 35 // 100
                window.resizeDocks(docks, [width] * len(docks), Qt.Orientation.Horizontal)
                self._split_width = max(window.width(), 1280)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self._budget and event.type() == QEvent.Type.Close:
            self._budget_chosen(False)  # its close button
        return super().eventFilter(watched, event)

    def _budget_chosen(self, shown: bool) -> None:
        self._settings.setValue(BUDGET_HIDDEN, not shown)
        if shown and self._budget is not None:  # tabbed with Coming up: in front, as asked for
            self._budget.raise_()

    def show_budget_if_wanted(self) -> None:
        """The budget panel is on screen whenever the file holds data, unless
        the person hid it."""
        hidden_by_user = self._settings.value(BUDGET_HIDDEN, False, type=bool)
        if self._budget is not None and self._tables_in_front() and not hidden_by_user:
            self._budget.show()

    def step_aside(self) -> None:
        """The welcome page stands alone: the docks shown hide until ``come_back``."""
        docks = self._window.findChildren(QDockWidget)
        self._docks_hidden = [d for d in docks if not d.isHidden()]
        for dock in self._docks_hidden:
            dock.hide()

    def come_back(self) -> None:
        """The docks the welcome page hid, and the budget if wanted."""
        for dock in self._docks_hidden:
            dock.show()
        self._docks_hidden = []
        self.show_budget_if_wanted()

    def save_now(self) -> None:
        """Geometry and state into the settings, now (a hidden window has none to save)."""
        if self._window.isVisible():
            self.save()
            self._settings.sync()

    def save(self) -> None:
        self._settings.setValue(GEOMETRY, self._window.saveGeometry())
        self._settings.setValue(STATE, self._window.saveState())

    def resized(self, event: QResizeEvent) -> None:
        """Keep the side docks' share of a narrower window and arrange them for its height."""
        if event.size().height() != event.oldSize().height():
            self.arrange_side_docks()
        # A narrower window takes its width from the docks and the tables alike
        # (Qt would take it all from the tables): the split keeps its proportion.
        # A window resized while hidden hears of it only when shown: the width
        # the docks were last sized for is the one to compare with.
        old = self._split_width or event.oldSize().width()
        new = self._split_width = event.size().width()
        if not 0 < new < old:
            return
        window = self._window
        docks = [
            dock
            for dock in window.findChildren(QDockWidget)
            if not dock.isHidden()
            and not dock.isFloating()
            and window.dockWidgetArea(dock) == RIGHT
        ]
        if docks:
            widths = [dock.width() * new // old for dock in docks]
            window.resizeDocks(docks, widths, Qt.Orientation.Horizontal)

    def arrange_side_docks(self) -> None:
        """Tab the two side docks on a short window, split them again on a tall one.

        Only giftdesk's own arrangement is changed: docks the person floated or
        moved elsewhere, or tabbed together themselves, stay as they are.
        """
        budget, upcoming, window = self._budget, self._upcoming, self._window
        if budget is None or upcoming is None:
            return
        if any(d.isFloating() or window.dockWidgetArea(d) != RIGHT for d in (budget, upcoming)):
            return
        tabbed = upcoming in window.tabifiedDockWidgets(budget)
        tabbed_by_us = self._settings.value(SIDE_DOCKS_TABBED, False, type=bool)
        short = window.height() < self.SHORT_WINDOW_HEIGHT
        if short and not tabbed:
            window.tabifyDockWidget(budget, upcoming)
            budget.raise_()  # the figures first; "Coming up" is one click away
            self._settings.setValue(SIDE_DOCKS_TABBED, True)
        elif not short and tabbed and tabbed_by_us:
            shown = not upcoming.isHidden()
            window.removeDockWidget(upcoming)
            window.addDockWidget(RIGHT, upcoming)
            window.splitDockWidget(budget, upcoming, Qt.Orientation.Vertical)
            window.resizeDocks(
                [budget, upcoming], list(self.SIDE_DOCK_HEIGHTS), Qt.Orientation.Vertical
            )
            upcoming.setVisible(shown)
            self._settings.setValue(SIDE_DOCKS_TABBED, False)
