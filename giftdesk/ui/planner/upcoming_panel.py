"""The "Coming up" dock (objectName ``upcomingPanel``): what is near, and what is missing.

Occasions dated in the next N days with planned, bought and remaining money
and the gifts nobody is buying yet; birthdays (from birthdates) that have no
occasion yet, each with a "Plan this birthday" button that creates the
occasion as one undoable step. The window shows the dock on start when
something is near (``show_if_near``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from html import escape as _escape

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from giftdesk.data.changes import Change
from giftdesk.data.database import Database
from giftdesk.data.errors import GiftdeskError
from giftdesk.data.upcoming import (
    DEFAULT_DAYS,
    MAX_DAYS,
    Upcoming,
    UpcomingBirthday,
    UpcomingOccasion,
    upcoming,
)
from giftdesk.i18n import translate
from giftdesk.ui.background import BackgroundRead
from giftdesk.ui.changes import ChangeHub
from giftdesk.ui.models.labels import format_date
from giftdesk.ui.money import format_money
from giftdesk.ui.undo import UndoRunner

WARNING_COLOR = "#b26a00"
# A change to this many gifts (a bulk action) is read in a worker thread.
READ_IN_BACKGROUND_FROM = 500
OVER_COLOR = "#c0392b"


def escape(text: str) -> str:
    return _escape(text, quote=False)  # names keep their apostrophes in label text


class UpcomingPanel(QWidget):
    """What is coming up in the next days (see the module docstring)."""

    show_occasion_requested = Signal(int)  # the person clicked an occasion's name

    def __init__(
        self,
        database: Callable[[], Database | None],
        hub: ChangeHub,
        runner: UndoRunner,
        settings: QSettings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("upcomingPanel")
        self._database = database
        self._runner = runner
        self._settings = settings
        self.today: Callable[[], dt.date] = dt.date.today
        self.found: Upcoming | None = None
        self._stale = True
        self._reads = 0  # numbers the reads, so only the latest one is shown
        # People who share a name, with what tells them apart: "Maria (Mom)".
        self.person_labels: dict[int, str] = {}

        self.days = QSpinBox()
        self.days.setObjectName("upcomingDays")
        self.days.setRange(1, MAX_DAYS)
        self.days.setSuffix(translate("UpcomingPanel", " days"))
        self.days.setAccessibleName(translate("UpcomingPanel", "How many days ahead"))
        saved = settings.value("upcoming/days") if settings is not None else None
        self.days.setValue(
            int(saved) if saved is not None and str(saved).isdigit() else DEFAULT_DAYS
        )
        self.days.valueChanged.connect(self._days_changed)
        top = QHBoxLayout()
        top.addWidget(QLabel(translate("UpcomingPanel", "In the next")))
        top.addWidget(self.days)
        top.addStretch(1)

        self.entries = QWidget()
        self.entries.setObjectName("upcomingEntries")
        self.entries_layout = QVBoxLayout(self.entries)
        self.entries_layout.setContentsMargins(0, 0, 0, 0)
        self.entries_layout.setSpacing(8)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.entries)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)
        hub.changed.connect(self.on_change)

    # -- reading ------------------------------------------------------------

    def refresh(self) -> Upcoming | None:
        self._reads += 1  # a read still running in the background is out of date now
        db = self._database()
        self._stale = False
        if db is None:
            self.found = None
            self._fill(None)
            return None
        try:
            with db.reading() as session:
                self.found = upcoming(session, self.today(), self.days.value())
        except GiftdeskError as error:
            self.found = None
            self._fill(None, str(error))
            return None
        self._fill(self.found)
        return self.found

    def set_person_labels(self, labels: dict[int, str]) -> None:
        """Names that two people share, shown with what tells them apart."""
        if labels == self.person_labels:
            return
        self.person_labels = dict(labels)
        if self.found is not None:
            self._fill(self.found)

    def on_change(self, change: Change) -> None:
        if not (
            change.everything or change.touches_money or change.persons or change.removed_persons
        ):
            return
        if not self.isVisible():
            self._stale = True
        elif len(change.gifts) >= READ_IN_BACKGROUND_FROM:
            self.refresh_in_background()  # a bulk change: the window is free at once
        else:
            self.refresh()

    def refresh_in_background(self) -> None:
        """``refresh`` with the reading in a worker thread (its own connection)."""
        db = self._database()
        if db is None:
            self.refresh()
            return
        self._reads += 1
        number, today, days = self._reads, self.today(), self.days.value()

        def read() -> tuple[int, Upcoming]:
            with db.reading() as session:
                return number, upcoming(session, today, days)

        reader = BackgroundRead(read, "coming-up figures")
        reader.ready.connect(self._show_read)
        reader.failed.connect(self._read_here_after_all)
        reader.start_reading()

    def _read_here_after_all(self, _sentence: str) -> None:
        self.refresh()  # on this thread: a failure is shown as it always was

    def _show_read(self, result: tuple[int, Upcoming]) -> None:
        number, found = result
        if number == self._reads:  # else a newer read follows
            self.found = found
            self._fill(found)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def _days_changed(self, value: int) -> None:
        if self._settings is not None:
            self._settings.setValue("upcoming/days", value)
        self.refresh()

    # -- showing ------------------------------------------------------------

    def _fill(self, found: Upcoming | None, problem: str | None = None) -> None:
        while self.entries_layout.count():
            item = self.entries_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                # Hidden now: deleteLater waits for the event loop, and until then
                # the old entries would be drawn under the new ones.
                widget.hide()
                widget.deleteLater()
        if found is None or found.is_empty:
            text = problem or (
                translate(
                    "UpcomingPanel",
                    "Nothing in the next {days} days: no dated occasion and no birthday without "
                    "an occasion.",
                ).format(days=self.days.value())
            )
            empty = QLabel(text)
            empty.setObjectName("upcomingEmpty")
            empty.setWordWrap(True)
            empty.setEnabled(False)
            self.entries_layout.addWidget(empty)
        else:
            for occasion in found.occasions:
                self.entries_layout.addWidget(self._occasion_entry(occasion))
            if found.birthdays:
                heading = QLabel(
                    "<b>{}</b>".format(translate("UpcomingPanel", "Birthdays with no occasion yet"))
                )
                self.entries_layout.addWidget(heading)
                for birthday in found.birthdays:
                    self.entries_layout.addWidget(self._birthday_entry(birthday))
        self.entries_layout.addStretch(1)

    def _occasion_entry(self, occasion: UpcomingOccasion) -> QWidget:
        box = QFrame()
        box.setObjectName("upcomingOccasion")
        box.setFrameShape(QFrame.Shape.StyledPanel)
        column = QVBoxLayout(box)
        column.setContentsMargins(8, 6, 8, 6)
        column.setSpacing(2)
        name, day = escape(occasion.name), escape(format_date(occasion.date))
        link = f'<a href="{occasion.occasion_id}"><b>{name}</b></a>'
        title = QLabel(f"{link} — {day} ({_in_days(occasion.days_away)})")
        title.setWordWrap(True)
        title.setToolTip(translate("UpcomingPanel", "Show this occasion's gifts"))
        title.linkActivated.connect(lambda link: self.show_occasion_requested.emit(int(link)))
        column.addWidget(title)
        figures = translate(
            "UpcomingPanel", "{gifts} · planned {planned} · bought {bought}"
        ).format(
            gifts=_count(occasion.gifts, "gift"),
            planned=format_money(occasion.planned_cents),
            bought=format_money(occasion.bought_cents),
        )
        remaining = occasion.remaining_cents
        if remaining is not None:
            left = format_money(remaining)
            if remaining < 0:
                left = f'<span style="color:{OVER_COLOR}"><b>{escape(left)}</b></span>'
            figures += " · " + translate("UpcomingPanel", "remaining {left}").format(left=left)
        column.addWidget(_rich(figures))
        without_buyer = occasion.without_buyer
        if without_buyer:
            column.addWidget(
                _rich(
                    '<span style="color:{}">{}</span>'.format(
                        WARNING_COLOR,
                        translate(
                            "UpcomingPanel", "%Ln gift(s) without a buyer yet", None, without_buyer
                        ),
                    )
                )
            )
        return box

    def _birthday_entry(self, birthday: UpcomingBirthday) -> QWidget:
        row = QWidget()
        row.setObjectName("upcomingBirthday")
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        if birthday.age:
            when = translate("UpcomingPanel", "{date} ({when}, turns {age})").format(
                date=format_date(birthday.date), when=_in_days(birthday.days_away), age=birthday.age
            )
        else:
            when = translate("UpcomingPanel", "{date} ({when})").format(
                date=format_date(birthday.date), when=_in_days(birthday.days_away)
            )
        name = self.person_labels.get(birthday.person_id, birthday.name)
        label = QLabel(f"<b>{escape(name)}</b> — {escape(when)}")
        label.setWordWrap(True)
        button = QPushButton(translate("UpcomingPanel", "Plan this birthday"))
        button.setObjectName("planBirthdayButton")
        button.setProperty("personId", birthday.person_id)
        button.setToolTip(
            translate("UpcomingPanel", "Create the occasion “{name}” (you can undo it)").format(
                name=birthday.occasion_name()
            )
        )
        button.clicked.connect(lambda _checked=False, b=birthday: self.plan(b))
        line.addWidget(label, 1)
        line.addWidget(button)
        return row

    # -- acting -------------------------------------------------------------

    def plan(self, birthday: UpcomingBirthday) -> int | None:
        """Create the birthday's occasion (one undo step); its id, None if refused."""
        from functools import partial

        from giftdesk.data.operations import planner as planner_ops

        if self._database() is None:
            return None
        result = self._runner.run(
            translate("UpcomingPanel", "Plan {name}").format(name=birthday.occasion_name()),
            partial(planner_ops.plan_birthday, person_id=birthday.person_id, today=self.today()),
        )
        return result.created[0] if result is not None else None


def _rich(text: str) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setWordWrap(True)
    return label


def _in_days(days: int) -> str:
    if days == 0:
        return translate("UpcomingPanel", "today")
    if days == 1:
        return translate("UpcomingPanel", "tomorrow")
    return translate("UpcomingPanel", "in %n day(s)", None, days)


def _count(n: int, word: str) -> str:
    assert word == "gift", word  # the panel counts gifts only
    return translate("UpcomingPanel", "%Ln gift(s)", None, n)
