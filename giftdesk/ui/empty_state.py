"""What the window shows when there is nothing to show yet.

``EmptyState`` is the first-start page (a new file): load the example family
or add a first person. ``EmptyHint`` is a quiet line laid over an empty
table ("No gifts match “lego”. Clear the search to see all gifts.").
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from giftdesk.i18n import translate


class EmptyState(QWidget):
    """The welcome page of an empty file."""

    load_example_requested = Signal()
    add_person_requested = Signal()
    open_file_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emptyState")
        title = QLabel(translate("EmptyState", "Plan this year’s gifts"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        title.setFont(font)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text = QLabel(
            translate(
                "EmptyState",
                "This file is empty. Start with the people you give gifts to,\nor look "
                "around in an example family first (Edit → Undo removes it again).",
            )
        )
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.add_person_button = QPushButton(translate("EmptyState", "Add your first person…"))
        self.add_person_button.setObjectName("addFirstPersonButton")
        self.add_person_button.setDefault(True)
        self.load_example_button = QPushButton(translate("EmptyState", "Load example family"))
        self.load_example_button.setObjectName("loadExampleButton")
        self.open_button = QPushButton(translate("EmptyState", "Open another file…"))
        self.open_button.setFlat(True)
        for button in (self.add_person_button, self.load_example_button):
            button.setMinimumHeight(36)
            button.setMinimumWidth(200)
        self.add_person_button.clicked.connect(self.add_person_requested)
        self.load_example_button.clicked.connect(self.load_example_requested)
        self.open_button.clicked.connect(self.open_file_requested)

        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.add_person_button)
        buttons.addSpacing(12)
        buttons.addWidget(self.load_example_button)
        buttons.addStretch()

        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addWidget(title)
        layout.addSpacing(8)
        layout.addWidget(text, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(20)
        layout.addLayout(buttons)
        layout.addSpacing(8)
        layout.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(3)


class EmptyHint(QObject):
    """A centred grey sentence over a table's viewport while it has no rows."""

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self._view = view
        # The label is made on first use: touching the viewport costs ~9 ms,
        # and at start-up the tables are still hidden behind "Opening…".
        self._label: QLabel | None = None

    @property
    def label(self) -> QLabel:
        if self._label is None:
            view = self._view
            label = QLabel(view.viewport())
            label.setObjectName(f"{view.objectName()}EmptyHint")
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(True)
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            label.setStyleSheet("color: palette(placeholder-text); padding: 24px;")
            label.hide()
            view.viewport().installEventFilter(self)
            self._label = label
        return self._label

    def set_text(self, text: str) -> None:
        """Show ``text`` (empty string: hide)."""
        if not text and self._label is None:
            return
        self.label.setText(text)
        self.label.setVisible(bool(text))
        self._place()

    def text(self) -> str:
        return self._label.text() if self._label is not None and self._label.isVisible() else ""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Resize:
            self._place()
        return False

    def _place(self) -> None:
        viewport = self._view.viewport()
        self.label.setGeometry(0, 0, viewport.width(), min(viewport.height(), 160))
