"""People → Family members… (the organiser, on a shared database) and File → Hide gifts for…

On a shared database the organiser lets family members in here, as with
``giftdesk member``: a login per person, its address (with a generated
password) shown once to hand over, and removal. What a member may not see
is hidden by the database's policies (``giftdesk.data.members``); this
window only manages the logins. The menu entry is there for the organiser
only: a member's window, and a file, have none.

A file has no logins, so File → Hide gifts for… is a courtesy: it keeps one
person's gifts out of this window's gift table while they look over your
shoulder, and says plainly that it protects nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol, TypeVar

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QStatusBar,
    QVBoxLayout,
    QWidget,
)

from giftdesk.data.bulk import people_for_picking
from giftdesk.data.changes import EVERYTHING, Change
from giftdesk.data.database import Database
from giftdesk.data.errors import GiftdeskError
from giftdesk.data.members import (
    Invitation,
    Member,
    add_member,
    is_organiser,
    list_members,
    remove_member,
)
from giftdesk.ui.changes import ChangeHub

translate = QCoreApplication.translate


_Widget = TypeVar("_Widget", bound=QWidget)
_Edit = TypeVar("_Edit", bound=QLineEdit)


def _named(widget: _Widget, name: str) -> _Widget:
    widget.setObjectName(name)
    return widget


def _read_only(edit: _Edit) -> _Edit:
    edit.setReadOnly(True)
    return edit


def _placeholder(edit: _Edit, text: str) -> _Edit:
    edit.setPlaceholderText(text)
    return edit


class GiftVeil(Protocol):
    """What the courtesy filter needs of the gift table: rows it never shows."""

    def set_veil(self, hides: Callable[[Any], bool] | None) -> None: ...


class MembersActions(QObject):
    """People → Family members… and File → Hide gifts for…, for one window.

    ``db()`` is the database shown now; ``hub`` says when it changes (another
    family: the courtesy filter was for the old one); ``gifts`` is the gift
    table the courtesy filter hides rows of; ``status_bar`` says what it did.
    The window puts ``action_family_members`` and ``action_hide_gifts_for``
    in its menus.
    """

    def __init__(
        self,
        parent: QWidget,
        db: Callable[[], Database],
        hub: ChangeHub,
        gifts: GiftVeil,
        status_bar: QStatusBar,
    ) -> None:
        super().__init__(parent)
        self._parent = parent
        self._db = db
        self._gifts = gifts
        self._status_bar = status_bar
        self.hidden_gifts_for: int | None = None  # whose gifts the courtesy filter hides
        self.members_dialog: MembersDialog | None = None
        self.hide_gifts_dialog: HideGiftsDialog | None = None
        self._filtered_db: Database | None = None

        members = QAction(translate("MembersDialog", "Family &members…"), parent)
        members.setObjectName("actionFamilyMembers")
        tip = translate(
            "MembersDialog", "Let family members in, each unable to see the gifts for them"
        )
        members.setStatusTip(tip)
        members.setToolTip(tip)
        members.triggered.connect(lambda _checked=False: self.show_members_dialog())
        self.action_family_members = members

        hide = QAction(translate("MembersDialog", "&Hide gifts for…"), parent)
        hide.setObjectName("actionHideGiftsFor")
        hide.setStatusTip(
            translate(
                "MembersDialog", "Keep one person's gifts out of this window (not protection)"
            )
        )
        hide.triggered.connect(lambda _checked=False: self.ask_whose_gifts_to_hide())
        self.action_hide_gifts_for = hide

        # Whether this login organises the family: asked once per database (it
        # does not change while the window is open), not after every change.
        self._organiser_of: tuple[Database, bool] | None = None
        hub.changed.connect(self._follow_database)
        self._follow_database(EVERYTHING)

    @property
    def actions(self) -> list[QAction]:
        return [self.action_family_members, self.action_hide_gifts_for]

    def _follow_database(self, change: Change) -> None:
        db = self._db()
        # Another family: the courtesy filter was for the old one.
        if change.everything and self._filtered_db is not db:
            self._filtered_db = db
            self.hide_gifts_for(None)
        shared = db.is_shared
        self.action_hide_gifts_for.setVisible(not shared)
        if self._organiser_of is None or self._organiser_of[0] is not db:
            organiser = _organiser(db) if shared else False
            if organiser is None:  # could not be asked (the server is gone): ask again later
                self.action_family_members.setVisible(False)
                return
            self._organiser_of = (db, organiser)
        self.action_family_members.setVisible(self._organiser_of[1])

    def show_members_dialog(self) -> MembersDialog | None:
        try:
            dialog = MembersDialog(self._db(), self._parent)
        except GiftdeskError as error:
            QMessageBox.warning(
                self._parent, translate("MembersDialog", "Family members"), str(error)
            )
            return None
        dialog.open()
        self.members_dialog = dialog
        return dialog

    def ask_whose_gifts_to_hide(self) -> HideGiftsDialog:
        dialog = HideGiftsDialog(self._db(), self.hidden_gifts_for, self._parent)
        dialog.accepted.connect(lambda: self.hide_gifts_for(dialog.person.currentData()))
        dialog.open()
        self.hide_gifts_dialog = dialog
        return dialog

    def hide_gifts_for(self, person_id: int | None) -> None:
        """Keep the gifts ``person_id`` receives out of the gift table (None: show all)."""
        self.hidden_gifts_for = person_id
        if person_id is None:
            self._gifts.set_veil(None)
            return
        self._gifts.set_veil(lambda row: person_id in row.recipient_ids)
        self._status_bar.showMessage(
            translate(
                "MembersDialog",
                "Their gifts are hidden in this window only; "
                "anyone who opens the file still sees them.",
            ),
            10_000,
        )


def _organiser(db: Database) -> bool | None:
    """Whether this login may manage the members (None: the server could not say)."""
    try:
        return is_organiser(db)
    except GiftdeskError:
        return None


def _people(db: Database) -> list[tuple[int, str]]:
    with db.reading() as session:
        people = people_for_picking(session)
    return sorted(((pid, name) for pid, name, _ in people), key=lambda p: (p[1].casefold(), p[0]))


# -- the organiser's members dialog ---------------------------------------------


class MembersDialog(QDialog):
    """The family's members: add (the address shown once), remove."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("FamilyMembersDialog")
        self.setWindowTitle(translate("MembersDialog", "Family members"))
        self._db = db
        intro = QLabel(
            translate(
                "MembersDialog",
                "Each family member connects as themselves. The database hides from them every "
                "gift they are to receive, with its links and their own budgets, whatever program "
                "they use.",
            )
        )
        intro.setWordWrap(True)
        self.list = _named(QListWidget(), "memberList")
        self.login = _placeholder(_named(QLineEdit(), "memberLogin"), "anna")
        self.person = _named(QComboBox(), "memberPerson")
        self.add_button = _named(
            QPushButton(translate("MembersDialog", "&Add member")), "addMember"
        )
        self.remove_button = _named(
            QPushButton(translate("MembersDialog", "&Remove member")), "removeMember"
        )
        self.message = _named(QLabel(), "memberMessage")
        self.message.setWordWrap(True)
        self.address = _read_only(_named(QLineEdit(), "memberAddress"))
        self.address.setVisible(False)
        self.copy_button = _named(
            QPushButton(translate("MembersDialog", "&Copy address")), "copyAddress"
        )
        self.copy_button.setVisible(False)
        self.copy_button.clicked.connect(
            lambda: QGuiApplication.clipboard().setText(self.address.text())
        )

        form = QFormLayout()
        form.addRow(translate("MembersDialog", "&Login name:"), self.login)
        form.addRow(translate("MembersDialog", "&Person:"), self.person)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        address_row = QHBoxLayout()
        address_row.addWidget(self.address, 1)
        address_row.addWidget(self.copy_button)
        layout.addLayout(address_row)
        layout.addWidget(close)

        self.add_button.clicked.connect(self.add)
        self.remove_button.clicked.connect(self.remove)
        self.list.currentRowChanged.connect(lambda row: self.remove_button.setEnabled(row >= 0))
        self.resize(560, 420)
        self.reload()

    def reload(self) -> None:
        self.list.clear()
        for member in list_members(self._db):
            item = QListWidgetItem(f"{member.name} — {member.person}")
            item.setData(256, member.name)
            self.list.addItem(item)
        self.remove_button.setEnabled(False)
        self.person.clear()
        for pid, name in _people(self._db):
            self.person.addItem(name, pid)

    def add(self) -> Invitation | None:
        try:
            invitation = add_member(self._db, self.login.text(), self.person.currentText())
        except GiftdeskError as error:
            self._say(str(error))
            return None
        self.reload()
        self.login.clear()
        self._say(
            translate(
                "MembersDialog",
                "{person} can now connect as {login}. Give them this address; it holds their "
                "password and is not shown again.",
            ).format(person=invitation.member.person, login=invitation.member.name)
        )
        self.address.setText(invitation.address)
        self.address.setCursorPosition(0)
        self.address.setVisible(True)
        self.copy_button.setVisible(True)
        return invitation

    def remove(self) -> Member | None:
        item = self.list.currentItem()
        if item is None:
            return None
        name = item.data(256)
        answer = QMessageBox.question(
            self,
            translate("MembersDialog", "Remove member"),
            translate(
                "MembersDialog",
                "Remove the login {login}? They can no longer connect; "
                "their person and gifts stay.",
            ).format(login=name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return None
        try:
            gone = remove_member(self._db, name)
        except GiftdeskError as error:
            self._say(str(error))
            return None
        self.reload()
        self._say(
            translate(
                "MembersDialog", "{login} can no longer connect; {person} and their gifts stay."
            ).format(login=gone.name, person=gone.person)
        )
        self.address.setVisible(False)
        self.copy_button.setVisible(False)
        return gone

    def _say(self, text: str) -> None:
        self.message.setText(text)


# -- the courtesy filter on a file ----------------------------------------------


class HideGiftsDialog(QDialog):
    """Whose gifts to keep out of this window, with the plain warning."""

    def __init__(self, db: Database, current: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("HideGiftsDialog")
        self.setWindowTitle(translate("MembersDialog", "Hide gifts for…"))
        self.person = _named(QComboBox(), "hideGiftsPerson")
        self.person.addItem(translate("MembersDialog", "Nobody (show every gift)"), None)
        for pid, name in _people(db):
            self.person.addItem(name, pid)
        at = self.person.findData(current)
        self.person.setCurrentIndex(max(at, 0))
        warning = _named(
            QLabel(
                translate(
                    "MembersDialog",
                    "This only hides their gifts in this window, on this computer. "
                    "It is not protection: anyone who opens the file, here or with another "
                    "program, still sees every gift. To keep surprises safe, put the family on a "
                    "shared database and let each person in as a family member.",
                ),
            ),
            "hideGiftsWarning",
        )
        warning.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(translate("MembersDialog", "&Hide the gifts for:"), self.person)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(warning)
        layout.addWidget(buttons)
        self.resize(460, 200)
