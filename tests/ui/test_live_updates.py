"""Two giftdesk windows on one shared database: each sees the other's changes.

Real PostgreSQL, real windows: a change committed in one window reaches the
other through LISTEN/NOTIFY within two seconds, without a click; a dropped
listening connection is shown and comes back by itself.
"""

from __future__ import annotations

import contextlib
import dataclasses
import itertools
import json
import os
import socket
import subprocess
import sys
import threading
import time
from functools import partial
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from sqlalchemy import text

from giftdesk.data import gifts as repo
from giftdesk.data.database import Database, open_database
from giftdesk.data.operations import gifts as gift_ops
from giftdesk.data.operations import people as people_ops
from giftdesk.ui.main_window import MainWindow

pytestmark = pytest.mark.parametrize("engine", ["postgresql"], indirect=True)

ARRIVAL_MS = 2000  # the promise: another computer's change shows within 2 s


def _window(qtbot, db: Database, settings_path: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(db, QSettings(str(settings_path), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    # Listening (the connection is made in a thread of its own).
    qtbot.waitUntil(lambda: window.live.updates.backend_pid() is not None, timeout=5000)
    return window


@pytest.fixture
def two_windows(qtbot, demo_db: Database, tmp_path: Path):  # type: ignore[no-untyped-def]
    """Anna's window and Sam's, on two connections to the same family."""
    other = open_database(demo_db.address)
    annas = _window(qtbot, demo_db, tmp_path / "anna.ini")
    sams = _window(qtbot, other, tmp_path / "sam.ini")
    yield annas, sams
    for window in (annas, sams):
        window.close()
    other.close()


def _name_in(window: MainWindow, gift_id: int) -> str | None:
    item = window.gift_model.item_for_id(gift_id)
    return item.name if item is not None else None


def test_the_title_says_where_the_family_lives(two_windows):
    annas, _sams = two_windows
    assert annas.windowTitle().startswith(f"{annas.db.url.database} @ 127.0.0.1")


def test_an_edit_in_one_window_appears_in_the_other(qtbot, two_windows, tmp_path: Path):
    annas, sams = two_windows
    gift_id = annas.gift_model.rows()[0].id
    with annas.db.reading() as session:
        record = repo.get_gift(session, gift_id)
    assert _name_in(sams, gift_id) == record.name
    renamed = dataclasses.replace(record, name="Garden kneeler")
    assert annas.runner.run("Rename", partial(gift_ops.edit_gift, record=renamed))
    qtbot.waitUntil(lambda: _name_in(sams, gift_id) == "Garden kneeler", timeout=ARRIVAL_MS)
    sams.grab().save(str(tmp_path / "after.png"))


def test_an_undo_and_a_new_person_arrive_too(qtbot, two_windows):
    annas, sams = two_windows
    people_before = sams.person_model.rowCount()
    from giftdesk.data.records import PersonRecord

    assert annas.runner.run(
        "Add Oma", partial(people_ops.create_person, record=PersonRecord(None, "Oma"))
    )
    qtbot.waitUntil(lambda: sams.person_model.rowCount() == people_before + 1, timeout=ARRIVAL_MS)
    annas.undo_stack.undo()
    qtbot.waitUntil(lambda: sams.person_model.rowCount() == people_before, timeout=ARRIVAL_MS)


def test_a_lost_connection_is_shown_and_comes_back_by_itself(qtbot, two_windows):
    annas, sams = two_windows
    pid = sams.live.updates.backend_pid()
    with annas.db.transaction() as session:
        session.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
    from PySide6.QtWidgets import QLabel

    label = sams.findChild(QLabel, "connectionState")
    qtbot.waitUntil(lambda: label.isVisible(), timeout=ARRIVAL_MS)
    assert label.text() == "Reconnecting to 127.0.0.1…"
    qtbot.waitUntil(lambda: not label.isVisible(), timeout=3 * ARRIVAL_MS)
    assert sams.live.updates.backend_pid() not in (None, pid)
    # Listening again: the next change arrives as before.
    gift_id = annas.gift_model.rows()[0].id
    with annas.db.reading() as session:
        record = repo.get_gift(session, gift_id)
    renamed = dataclasses.replace(record, name="After the reconnect")
    assert annas.runner.run("Rename", partial(gift_ops.edit_gift, record=renamed))
    qtbot.waitUntil(lambda: _name_in(sams, gift_id) == "After the reconnect", timeout=ARRIVAL_MS)


def test_a_conflicting_dialog_edit_is_refused_and_the_dialog_keeps_what_was_typed(
    qtbot, two_windows, tmp_path: Path
):
    from PySide6.QtCore import Qt, QTimer

    annas, sams = two_windows
    gift_id = annas.gift_model.rows()[0].id
    seen: dict[str, object] = {}

    def type_then_save() -> None:
        dialog = annas.tables.gifts.dialog
        dialog.name_edit.setFocus()
        dialog.name_edit.selectAll()
        qtbot.keyClicks(dialog.name_edit, "Anna's new name")
        # Meanwhile Sam changes the same gift on his computer.
        with sams.db.reading() as session:
            theirs = repo.get_gift(session, gift_id)
        sams.runner.run(
            "Rename",
            partial(gift_ops.edit_gift, record=dataclasses.replace(theirs, name="Garden kneeler")),
        )
        qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)
        seen["open"] = dialog.isVisible()
        seen["typed"] = dialog.name_edit.text()
        seen["said"] = dialog.general_error.text()
        dialog.grab().save(str(tmp_path / "conflict.png"))
        dialog.reject()

    QTimer.singleShot(0, type_then_save)
    annas.edit_gift(gift_id)
    assert seen["open"] is True
    assert seen["typed"] == "Anna's new name"
    assert seen["said"].startswith(
        "“Garden kneeler” was changed on another computer a moment ago; your change was not saved."
    )
    qtbot.waitUntil(lambda: _name_in(annas, gift_id) == "Garden kneeler", timeout=ARRIVAL_MS)
    with annas.db.reading() as session:
        assert repo.get_gift(session, gift_id).name == "Garden kneeler"


class Relay:
    """The server as another computer reaches it: 127.0.0.1:``port`` passed on to ``target``.

    ``cut()`` is the server going away (every connection through it closed,
    nothing listening); ``black_hole()`` then takes connections on the same
    port and never answers, like a server that hangs or a host that drops
    packets, so a connect waits for its whole timeout.
    """

    def __init__(self, target: tuple[str, int], port: int = 0) -> None:
        self.target = target
        self._sockets: list[socket.socket] = []
        self._listener = _listening(port)
        self.port = self._listener.getsockname()[1]
        threading.Thread(target=self._accept, args=(self._listener,), daemon=True).start()

    def _accept(self, listener: socket.socket) -> None:
        while True:
            try:
                client, _ = listener.accept()
                upstream = socket.create_connection(self.target)
            except OSError:
                return
            self._sockets += [client, upstream]
            for a, b in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pump, args=(a, b), daemon=True).start()

    @staticmethod
    def _pump(source: socket.socket, sink: socket.socket) -> None:
        try:
            while data := source.recv(65536):
                sink.sendall(data)
        except OSError:
            pass
        with contextlib.suppress(OSError):
            sink.shutdown(socket.SHUT_RDWR)

    def cut(self) -> None:
        with contextlib.suppress(OSError):  # wakes the thread in accept(), so the port frees
            self._listener.shutdown(socket.SHUT_RDWR)
        self._listener.close()
        for sock in self._sockets:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            sock.close()

    def black_hole(self) -> socket.socket:
        return _listening(self.port)


def _listening(port: int) -> socket.socket:
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind(("127.0.0.1", port))
    listener.listen(16)
    return listener


def test_while_the_server_is_gone_reconnecting_never_stops_the_window(
    qtbot, demo_db: Database, tmp_path: Path
):
    """Connect attempts that hang (a black hole where the server was) run beside the
    event loop: a 20 ms timer keeps ticking while each waits its whole timeout."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QLabel
    from sqlalchemy.engine import make_url

    from giftdesk.ui.live_updates import CONNECT_TIMEOUT_S

    url = make_url(demo_db.address)
    relay = Relay((url.host or "127.0.0.1", url.port or 5432))
    through_relay = url.set(host="127.0.0.1", port=relay.port).render_as_string()
    sams_db = open_database(through_relay)
    annas = _window(qtbot, demo_db, tmp_path / "anna.ini")
    sams = _window(qtbot, sams_db, tmp_path / "sam.ini")
    label = sams.findChild(QLabel, "connectionState")
    hole = None
    try:
        relay.cut()
        qtbot.waitUntil(label.isVisible, timeout=ARRIVAL_MS)
        assert label.text() == "Reconnecting to 127.0.0.1…"
        hole = relay.black_hole()

        ticks: list[float] = []
        busy: list[float] = []  # when an attempt was seen under way
        timer = QTimer()
        timer.setInterval(20)

        def tick() -> None:
            ticks.append(time.perf_counter())
            if sams.live.updates.connecting:
                busy.append(ticks[-1])

        timer.timeout.connect(tick)
        timer.start()
        qtbot.wait(int((2 * CONNECT_TIMEOUT_S + 2) * 1000))  # two hanging attempts and more
        timer.stop()
        gaps = [b - a for a, b in itertools.pairwise(ticks)]
        # Attempts were under way (each hangs its whole timeout: the server never answers) …
        assert busy and busy[-1] - busy[0] > CONNECT_TIMEOUT_S * 0.75
        # … while the window's event loop went on turning.
        assert max(gaps) < 0.5, f"the event loop stood still for {max(gaps):.2f} s"
        assert label.isVisible() and label.text() == "Reconnecting to 127.0.0.1…"

        # A change meanwhile is refused at once with a sentence (not after a connect
        # that would wait for the black hole), and nothing of it is saved.
        refusals: list[str] = []
        sams.runner.refused = refusals.append
        gift_id = sams.gift_model.rows()[0].id
        with annas.db.reading() as session:
            record = repo.get_gift(session, gift_id)
        started = time.perf_counter()
        away = partial(gift_ops.edit_gift, record=dataclasses.replace(record, name="Lost"))
        assert sams.runner.run("Rename", away) is None
        assert time.perf_counter() - started < 0.5
        assert refusals == [
            f"The connection to 127.0.0.1:{relay.port} was lost; your change was not saved."
        ]
        assert sams.undo_stack.count() == 0

        # The server comes back on the same port: listening again by itself.
        hole.close()
        hole = None
        relay = Relay(relay.target, port=relay.port)
        qtbot.waitUntil(lambda: not label.isVisible(), timeout=4 * CONNECT_TIMEOUT_S * 1000)
        assert _name_in(sams, gift_id) == record.name
        renamed = dataclasses.replace(record, name="Back online")
        assert annas.runner.run("Rename", partial(gift_ops.edit_gift, record=renamed))
        qtbot.waitUntil(lambda: _name_in(sams, gift_id) == "Back online", timeout=ARRIVAL_MS)
        # And Sam's own changes are saved again.
        with sams.db.reading() as session:
            latest = repo.get_gift(session, gift_id)
        assert sams.runner.run(
            "Rename", partial(gift_ops.edit_gift, record=dataclasses.replace(latest, quantity=2))
        )
    finally:
        if hole is not None:
            hole.close()
        for window in (annas, sams):
            window.close()
        relay.cut()
        sams_db.close()


def _giftdesk_command(*args: str) -> subprocess.CompletedProcess[str]:
    """The command line in a process of its own, as on another computer."""
    return subprocess.run(
        [sys.executable, "-m", "giftdesk", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )


def test_a_spreadsheet_imported_from_the_command_line_appears_in_an_open_window(
    qtbot, demo_db: Database, tmp_path: Path
):
    window = _window(qtbot, demo_db, tmp_path / "anna.ini")
    gifts_before = window.gift_model.rowCount()
    people_before = window.person_model.rowCount()
    sheet = tmp_path / "gifts.csv"
    sheet.write_text("Gift,For,Price\nKite,Noah,12.50\nTelescope,Oskar,89.00\n")
    done = _giftdesk_command("import-spreadsheet", str(sheet), "--db", demo_db.address)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("Imported 2 gifts, 1 new person")
    # No click, no reload: the window hears of it on its listening connection.
    qtbot.waitUntil(lambda: window.gift_model.rowCount() == gifts_before + 2, timeout=ARRIVAL_MS)
    names = {row.name for row in window.gift_model.rows()}
    assert {"Kite", "Telescope"} <= names
    qtbot.waitUntil(lambda: window.person_model.rowCount() == people_before + 1, timeout=ARRIVAL_MS)
    window.close()


def test_a_backup_imported_and_a_rollover_from_the_command_line_appear_in_an_open_window(
    qtbot, demo_db: Database, tmp_path: Path
):
    window = _window(qtbot, demo_db, tmp_path / "anna.ini")
    gifts_before = window.gift_model.rowCount()
    backup = tmp_path / "grandparents.json"
    backup.write_text(
        json.dumps(
            {
                "format": "giftdesk",
                "version": 1,
                "persons": [{"id": 1, "name": "Opa Karl"}],
                "gifts": [{"id": 1, "name": "Pipe", "recipients": [1]}],
            }
        )
    )
    done = _giftdesk_command("import", str(backup), "--db", demo_db.address)
    assert done.returncode == 0, done.stderr
    qtbot.waitUntil(lambda: window.gift_model.rowCount() == gifts_before + 1, timeout=ARRIVAL_MS)
    assert "Opa Karl" in {row.name for row in window.person_model.rows()}

    occasions_before = window.occasion_model.rowCount()
    done = _giftdesk_command(
        "rollover", "Christmas 2026", "--to", "Christmas 2027", "--db", demo_db.address
    )
    assert done.returncode == 0, done.stderr
    qtbot.waitUntil(
        lambda: window.occasion_model.rowCount() == occasions_before + 1, timeout=ARRIVAL_MS
    )
    assert "Christmas 2027" in {row.name for row in window.occasion_model.rows()}
    window.close()


def test_a_person_or_occasion_deleted_from_a_table_showing_an_old_version_is_kept(
    qtbot, two_windows, monkeypatch
):
    """Sam deletes from his People and Occasions tabs rows Anna changed a moment
    before (her news not yet heard): refused with a sentence, nothing deleted, and
    the tables show Anna's version."""
    from PySide6.QtWidgets import QMessageBox

    from giftdesk.data import occasions as occasion_data
    from giftdesk.data import people as people_data
    from giftdesk.data.operations import occasions as occasion_ops

    annas, sams = two_windows
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: shown.append(text))
    with annas.db.reading() as session:
        maria = people_data.find_person_by_name(session, "Maria")
        christmas = occasion_data.find_occasion_by_name(session, "Christmas 2026")
    assert maria is not None and christmas is not None

    def delete_from_tab(tab: int, view, row_id: int) -> None:  # type: ignore[no-untyped-def]
        sams.tabs.setCurrentIndex(tab)
        sams._select_ids(view, [row_id])
        sams.action_delete.trigger()

    renamed = dataclasses.replace(maria, name="Maria B.")
    assert annas.runner.run("Rename", partial(people_ops.edit_person, record=renamed))
    # No event loop turn between: Sam's table still shows the row as it was.
    assert sams.person_model.item_for_id(maria.id).name == "Maria"
    delete_from_tab(1, sams.person_view, maria.id)
    moved = dataclasses.replace(christmas, name="Christmas Eve")
    assert annas.runner.run("Rename", partial(occasion_ops.edit_occasion, record=moved))
    assert sams.occasion_model.item_for_id(christmas.id).name == "Christmas 2026"
    delete_from_tab(2, sams.occasion_view, christmas.id)

    assert shown == [
        "“Maria B.” was changed on another computer a moment ago; your change was not saved. "
        "The table shows the latest version.",
        "“Christmas Eve” was changed on another computer a moment ago; your change was not "
        "saved. The table shows the latest version.",
    ]
    assert sams.undo_stack.count() == 0
    qtbot.waitUntil(
        lambda: (
            sams.person_model.item_for_id(maria.id).name == "Maria B."
            and sams.occasion_model.item_for_id(christmas.id).name == "Christmas Eve"
        ),
        timeout=ARRIVAL_MS,
    )
    with sams.db.reading() as session:
        assert people_data.get_person(session, maria.id).name == "Maria B."
        assert occasion_data.get_occasion(session, christmas.id).name == "Christmas Eve"
    # Based on what the table shows now, the delete goes through.
    delete_from_tab(1, sams.person_view, maria.id)
    assert sams.person_model.item_for_id(maria.id) is None
