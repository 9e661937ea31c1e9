"""The window's main toolbar: its buttons, the occasion filter and the search box.

On a narrow window everything would not fit: Qt would put the search box in
the toolbar's overflow menu. ``MainToolbar.fit(width)`` keeps both boxes on
the toolbar instead: Undo and Redo step off it (the Edit menu and the keys
keep them), the boxes narrow and the search placeholder shortens (the long
words on hover); on a wide window all comes back.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QLineEdit, QSizePolicy, QToolBar, QWidget

from giftdesk.i18n import translate
from giftdesk.ui import actions
from giftdesk.ui.tabs.table_tab import TAB_GIFTS, TAB_OCCASIONS, TAB_PEOPLE

# The boxes' room on a wide window, and on a narrow one: still usable, the
# placeholder short enough to read whole.
SEARCH_WIDTH = 220
SEARCH_MAX_WIDTH = 360
FILTER_CHARACTERS = 16
COMPACT_SEARCH_WIDTH = 130
COMPACT_FILTER_CHARACTERS = 9


class MainToolbar:
    """The toolbar (``bar``, objectName ``mainToolBar``) with ``buttons``, then
    ``optional`` (a separator before them; off the toolbar on a narrow window),
    then the occasion filter and the search box at the right.

    ``action_show_toolbar`` is its View menu toggle.
    """

    def __init__(
        self,
        buttons: Sequence[QAction],
        optional: Sequence[QAction],
        occasion_filter: QComboBox,
        search_box: QLineEdit,
    ) -> None:
        self.occasion_filter = occasion_filter
        self.search_box = search_box
        # A long occasion name must not push the search box off the toolbar.
        occasion_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        occasion_filter.setMinimumContentsLength(FILTER_CHARACTERS)
        search_box.setMinimumWidth(SEARCH_WIDTH)
        search_box.setMaximumWidth(SEARCH_MAX_WIDTH)

        self.bar = bar = QToolBar(translate("MainWindow", "Main toolbar"))
        bar.setObjectName("mainToolBar")
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        bar.addActions(list(buttons))
        # On a narrow window these step aside, so the search box never goes
        # into the toolbar's overflow menu.
        self._optional = [bar.addSeparator(), *optional]
        bar.addActions(list(optional))
        self._optional_before: QAction | None = None  # where they go back
        self._compact = False
        self._saving = 0  # how much narrower the compact toolbar is
        self._tab = TAB_GIFTS  # whose search placeholder shows
        # Edit and Delete live in the Edit menu, the context menu and on
        # Enter/Del: the search box and the occasion filter need the room at
        # 1024 pixels wide.
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        bar.addWidget(spacer)
        bar.addWidget(occasion_filter)
        gap = QWidget()
        gap.setFixedWidth(8)
        bar.addWidget(gap)
        bar.addWidget(search_box)
        self.action_show_toolbar = actions.apply_spec(bar.toggleViewAction(), "actionShowToolbar")

    @property
    def compact(self) -> bool:
        """Whether the toolbar is in its narrow form."""
        return self._compact

    def fit(self, width: int) -> None:
        """Make the toolbar compact when everything would not fit ``width`` pixels."""
        bar = self.bar
        full = bar.sizeHint().width() + (self._saving if self._compact else 0)
        compact = width < full
        if compact == self._compact:
            return
        self._compact = compact
        if compact:
            # Parts may have added buttons after them: they go back before those.
            shown = bar.actions()
            self._optional_before = shown[shown.index(self._optional[-1]) + 1]
            for action in self._optional:  # only off the toolbar: menus keep them
                bar.removeAction(action)
        else:
            assert self._optional_before is not None
            bar.insertActions(self._optional_before, self._optional)
        self.search_box.setMinimumWidth(COMPACT_SEARCH_WIDTH if compact else SEARCH_WIDTH)
        self.occasion_filter.setMinimumContentsLength(
            COMPACT_FILTER_CHARACTERS if compact else FILTER_CHARACTERS
        )
        if compact:
            self._saving = full - bar.sizeHint().width()
        self.show_search_placeholder(self._tab)

    def show_search_placeholder(self, tab: int) -> None:
        """The search box says what it searches on ``tab`` (short on a narrow toolbar)."""
        self._tab = tab
        placeholder = {
            TAB_GIFTS: translate("MainWindow", "Search gifts, people, stores…  (Ctrl+F)"),
            TAB_PEOPLE: translate("MainWindow", "Search people…  (Ctrl+F)"),
            TAB_OCCASIONS: translate("MainWindow", "Search occasions…  (Ctrl+F)"),
        }.get(tab, "")
        if self._compact:  # a narrow box: short words, the long ones on hover
            self.search_box.setToolTip(placeholder)
            placeholder = translate("MainWindow", "Search…  (Ctrl+F)")
        else:
            self.search_box.setToolTip("")
        self.search_box.setPlaceholderText(placeholder)
