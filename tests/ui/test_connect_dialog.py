"""File → Connect to a shared database…: the dialog, the password store, recent entries."""

from __future__ import annotations

from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel
from sqlalchemy.engine import make_url

from giftdesk.data.database import Database
from giftdesk.ui.connect_dialog import KEYRING_SERVICE, ConnectDialog, connect_shared
from giftdesk.ui.main_window import MainWindow


class MemoryKeyring(KeyringBackend):
    """A real keyring backend that keeps passwords in this process only."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        from keyring.errors import PasswordDeleteError

        if self.passwords.pop((service, username), None) is None:
            raise PasswordDeleteError(username)


@pytest.fixture
def store():  # type: ignore[no-untyped-def]
    before = keyring.get_keyring()
    memory = MemoryKeyring()
    keyring.set_keyring(memory)
    yield memory
    keyring.set_keyring(before)


@pytest.fixture
def window(qtbot, db: Database, tmp_path: Path):  # type: ignore[no-untyped-def]
    """A window on a file, whose settings live in a file we can read."""
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(db, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _fill_and_connect(qtbot, address: str, password: str, remember: bool, then=None):  # type: ignore[no-untyped-def]
    """Type into the dialog once it is shown and press Enter; ``then`` checks it afterwards."""
    url = make_url(address)
    seen: dict[str, object] = {}

    def type_in() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ConnectDialog)
        seen["dialog"] = dialog
        dialog.host.setText(url.host or "")
        dialog.port.setValue(url.port or 5432)
        dialog.database.setText(url.database or "")
        dialog.user.setText(url.username or "")
        dialog.password.setFocus()
        qtbot.keyClicks(dialog.password, password)
        dialog.remember.setChecked(remember)
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
        if then is not None:
            QTimer.singleShot(0, lambda: then(dialog))

    QTimer.singleShot(0, type_in)
    return seen


def test_connecting_remembers_the_password_in_the_store_never_in_the_settings(
    qtbot, window: MainWindow, store: MemoryKeyring, postgres_database: str, tmp_path: Path
):
    address = postgres_database
    _fill_and_connect(qtbot, address, "s3cret-family", remember=True)
    assert connect_shared(window) is True
    assert window.db.is_shared and window.windowTitle().startswith(
        f"{make_url(address).database} @ 127.0.0.1"
    )
    assert window.findChild(object, "actionConnectShared") is not None
    assert store.passwords == {(KEYRING_SERVICE, address): "s3cret-family"}
    window.settings.sync()
    text = (tmp_path / "settings.ini").read_text(encoding="utf-8")
    assert "s3cret-family" not in text
    assert make_url(address).database in text  # the address is in the recent list
    window.live.updates.stop()


def test_a_failed_connection_keeps_the_dialog_open_with_what_was_typed(
    qtbot, window: MainWindow, store: MemoryKeyring
):
    address = "postgresql://root@127.0.0.1:1/family"  # nothing listens on port 1
    checked: dict[str, str] = {}

    def look(dialog: ConnectDialog) -> None:
        checked["error"] = dialog.error.text()
        checked["host"] = dialog.host.text()
        checked["visible"] = str(dialog.isVisible())
        dialog.reject()

    _fill_and_connect(qtbot, address, "typed", remember=True, then=look)
    assert connect_shared(window) is False
    assert checked["visible"] == "True"
    assert checked["host"] == "127.0.0.1"
    assert "cannot be reached" in checked["error"]
    assert not window.db.is_shared  # still on its file
    assert store.passwords == {}


def test_without_a_password_store_connecting_still_works_and_says_so(
    qtbot, window: MainWindow, postgres_database: str
):
    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        _fill_and_connect(qtbot, postgres_database, "pw", remember=True)
        assert connect_shared(window) is True
    finally:
        keyring.set_keyring(before)
    assert "no password store" in window.statusBar().currentMessage()
    window.live.updates.stop()


def test_open_recent_lists_a_shared_database_by_its_place(
    qtbot, window: MainWindow, store: MemoryKeyring, postgres_database: str
):
    from giftdesk.ui.connect_dialog import open_recent_shared

    assert open_recent_shared(window, postgres_database) is True  # trust: no password needed
    file_window_db = window.db
    window.open_database_file(Path(window.recent_files()[1]))
    assert not window.db.is_shared
    window.recent_menu.aboutToShow.emit()
    labels = [a.text() for a in window.recent_menu.actions()]
    assert f"{make_url(postgres_database).database} @ 127.0.0.1" in labels
    assert file_window_db is not window.db


def test_the_dialog_shows_its_fields_readably(qtbot, tmp_path: Path):
    dialog = ConnectDialog(None, "postgresql://anna@nas.local:5433/family")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert (dialog.host.text(), dialog.port.value(), dialog.database.text()) == (
        "nas.local",
        5433,
        "family",
    )
    assert dialog.address() == "postgresql://anna@nas.local:5433/family"
    assert dialog.findChild(QLabel, "connectError").isHidden()
    dialog.grab().save(str(tmp_path / "connect.png"))
