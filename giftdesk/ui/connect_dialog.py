"""File → Connect to a shared database…: a family on a PostgreSQL server.

The dialog asks for host, port, database, user and password, and whether to
remember the password. A remembered password goes to the platform's secret
store through ``keyring`` (service ``giftdesk``, keyed by the address), never
into the settings file; the recent list keeps the address without it. A
connection that fails says why under the fields and the dialog stays open
with what was typed.
"""

from __future__ import annotations

import contextlib
import logging
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

log = logging.getLogger(__name__)

KEYRING_SERVICE = "giftdesk"
DEFAULT_PORT = 5432


def connect_shared_action(window: Any) -> QAction:
    """The File menu's ``actionConnectShared``, wired to ``window``."""
    from giftdesk.i18n import translate

    action = QAction(translate("MainWindow", "Connect to a &shared database…"), window)
    action.setObjectName("actionConnectShared")
    tip = "Open a family that lives on a PostgreSQL server, shared with other computers"
    action.setStatusTip(tip)
    action.setToolTip(tip)
    action.triggered.connect(lambda _checked=False: connect_shared(window))
    window.addAction(action)
    return action


class ConnectDialog(QDialog):
    """Collects a server address and password; ``try_connect`` is set by the caller."""

    def __init__(self, parent: QWidget | None = None, address: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ConnectSharedDialog")
        self.setWindowTitle("Connect to a shared database")
        self.host = QLineEdit(placeholderText="nas.local")
        self.host.setObjectName("hostField")
        self.port = QSpinBox()
        self.port.setObjectName("portField")
        self.port.setRange(1, 65535)
        self.port.setValue(DEFAULT_PORT)
        self.database = QLineEdit(placeholderText="family")
        self.database.setObjectName("databaseField")
        self.user = QLineEdit()
        self.user.setObjectName("userField")
        self.password = QLineEdit()
        self.password.setObjectName("passwordField")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox("&Remember the password on this computer")
        self.remember.setObjectName("rememberPassword")
        self.error = QLabel()
        self.error.setObjectName("connectError")
        self.error.setWordWrap(True)
        self.error.hide()
        form = QFormLayout()
        form.addRow("&Server:", self.host)
        form.addRow("P&ort:", self.port)
        form.addRow("&Database:", self.database)
        form.addRow("&User:", self.user)
        form.addRow("&Password:", self.password)
        form.addRow("", self.remember)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("&Connect")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        intro = QLabel(
            "A family on a PostgreSQL server (a home server, a NAS, a hosted one) "
            "can be shared by several computers; changes appear on all of them."
        )
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(440)
        self.try_connect: Any = None  # (dialog) -> str | None: an error sentence, or None
        if address:
            self.fill(address)

    def fill(self, address: str) -> None:
        from giftdesk.data.postgres import parts_of

        host, port, database, user = parts_of(address)
        self.host.setText(host)
        self.port.setValue(port or DEFAULT_PORT)
        self.database.setText(database)
        self.user.setText(user)
        stored = stored_password(self.address())
        if stored:
            self.password.setText(stored)
            self.remember.setChecked(True)

    def address(self) -> str:
        """The address typed (without the password): what recent files keep."""
        from giftdesk.data.postgres import address_of

        return address_of(
            self.user.text().strip(),
            self.host.text().strip(),
            self.port.value(),
            self.database.text().strip(),
        )

    def missing(self) -> str | None:
        for field, name in (
            (self.host, "server"),
            (self.database, "database"),
            (self.user, "user"),
        ):
            if not field.text().strip():
                field.setFocus()
                return f"Enter the {name}."
        return None

    def show_error(self, sentence: str) -> None:
        self.error.setText(sentence)
        self.error.show()

    def accept(self) -> None:
        problem = self.missing()
        if problem is None and self.try_connect is not None:
            QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                problem = self.try_connect(self)
            finally:
                QGuiApplication.restoreOverrideCursor()
        if problem:
            self.show_error(problem)  # the dialog stays open with what was typed
            return
        super().accept()


def stored_password(address: str) -> str | None:
    """The remembered password for ``address`` (None if none, or no secret store)."""
    import keyring
    from keyring.errors import KeyringError

    try:
        return keyring.get_password(KEYRING_SERVICE, address)
    except KeyringError as error:
        log.info("no password store: %s", error)
        return None


def remember_password(address: str, password: str | None) -> str | None:
    """Store (or, with None, forget) the password; a sentence if the store refused."""
    import keyring
    from keyring.errors import KeyringError, PasswordDeleteError

    try:
        if password:
            keyring.set_password(KEYRING_SERVICE, address, password)
        else:
            with contextlib.suppress(PasswordDeleteError):  # nothing was remembered
                keyring.delete_password(KEYRING_SERVICE, address)
    except KeyringError as error:
        log.info("password store refused: %s", error)
        return (
            "This computer has no password store giftdesk can use, so the password was "
            "not remembered; you will be asked for it next time."
        )
    return None


def open_shared(window: Any, address: str, password: str | None) -> str | None:
    """Connect ``window`` to the family at ``address``; an error sentence, or None."""
    from giftdesk.data.database import open_database
    from giftdesk.data.errors import GiftdeskError
    from giftdesk.data.postgres import with_password

    try:
        db = open_database(with_password(address, password))
    except GiftdeskError as error:
        return str(error)
    window.set_database(db)
    return None


def connect_shared(window: Any, address: str | None = None) -> bool:
    """Ask for a server and connect ``window`` to it; True when connected."""
    dialog = ConnectDialog(window, address)
    notes: list[str] = []

    def attempt(d: ConnectDialog) -> str | None:
        password = d.password.text() or None
        problem = open_shared(window, d.address(), password)
        if problem is None:
            note = remember_password(d.address(), password if d.remember.isChecked() else None)
            if note:
                notes.append(note)
        return problem

    dialog.try_connect = attempt
    connected = dialog.exec() == QDialog.DialogCode.Accepted
    dialog.deleteLater()
    if notes:
        window.statusBar().showMessage(notes[0], 10_000)
    return connected


def open_recent_shared(window: Any, address: str) -> bool:
    """Reconnect to a recent shared database (asking only when the password is needed)."""
    problem = open_shared(window, address, stored_password(address))
    if problem is None:
        return True
    return connect_shared(window, address)
