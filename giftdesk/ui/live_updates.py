"""Live updates on a shared database: other computers' changes, as they commit.

``LiveUpdates`` keeps one extra connection that ``LISTEN``s on the channel
``giftdesk.data.change_feed`` publishes to. Qt watches that connection's
socket (``QSocketNotifier``): no thread and no polling, the event loop wakes
when the server sends something. Each notification from another giftdesk
becomes a ``Change`` handed to the window's ``ChangeHub``, exactly as a
local action's, so every view refreshes what concerns it.

When the connection drops, the window says "Reconnecting to HOST…" and a
timer tries again every few seconds; back online, every view is read again
(notifications sent meanwhile were lost) and the message goes away. Until
then a change is refused at once with a sentence (``Database.server_away``),
never half-saved, and never after a connect timeout spent in the window.

Connecting is left to a worker thread: a server that has gone away may
take the whole connect timeout to say so (or never answer), and the window
keeps answering meanwhile. The thread hands the connection back through a
queued signal; only the main thread reads from it.
"""

from __future__ import annotations

import contextlib
import itertools
import logging
import threading
from collections.abc import Callable
from functools import reduce
from typing import Any

from PySide6.QtCore import QEvent, QObject, QSocketNotifier, QTimer, Signal
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from giftdesk.data.change_feed import CHANNEL, read_change
from giftdesk.data.changes import EVERYTHING, Change
from giftdesk.data.database import Database
from giftdesk.i18n import translate
from giftdesk.ui.changes import ChangeHub

log = logging.getLogger(__name__)

RETRY_MS = 2000
CONNECT_TIMEOUT_S = 2


class LiveUpdates(QObject):
    """Listens for other computers' changes to ``db`` and reports them to ``report``."""

    # "" when connected; otherwise the sentence to show ("Reconnecting to nas.local…").
    state_changed = Signal(str)
    # Emitted with each change that arrived from another computer.
    arrived = Signal(object)
    # From the connecting thread (queued to the main thread): attempt number, and the
    # listening connection or the reason it failed.
    _connected = Signal(int, object)
    _failed = Signal(int, str)

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        assert db.url is not None, "live updates need a shared database"
        self.db = db
        self._connection: Any = None  # psycopg.Connection
        self._notifier: QSocketNotifier | None = None
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.setInterval(RETRY_MS)
        self._retry.timeout.connect(self._connect)
        self._connected.connect(self._on_connected)
        self._failed.connect(self._on_failed)
        self._attempts = itertools.count(1)
        self._attempt = 0  # the attempt under way (0: none)
        self.lost = False
        self._stopped = False

    @property
    def host(self) -> str:
        url = self.db.url  # a server's database always has one
        return (url.host if url is not None else None) or "localhost"

    def start(self) -> None:
        self._connect()

    @property
    def connecting(self) -> bool:
        """Whether a connection attempt is under way (in its thread)."""
        return self._attempt != 0

    def stop(self) -> None:
        self.db.server_away = False  # nobody watches any more: the next change finds out
        self._stopped = True
        self._retry.stop()
        self._attempt = 0  # an attempt under way closes what it gets
        self._drop_connection()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Close:
            self.stop()
        return False

    def backend_pid(self) -> int | None:
        """The server process of the listening connection (tests end it on purpose)."""
        return self._connection.info.backend_pid if self._connection is not None else None

    def _connect(self) -> None:
        """Start one connection attempt in a thread of its own (one at a time)."""
        if self._stopped or self._attempt or self._connection is not None:
            return
        self._attempt = next(self._attempts)
        url = self.db.url
        assert url is not None
        settings = {
            "host": url.host or "",
            "port": url.port or 5432,
            "dbname": url.database or "",
            "user": url.username or "",
            "password": url.password or None,
        }
        threading.Thread(
            target=self._attempt_connection,
            args=(self._attempt, settings),
            name="giftdesk live updates: connecting",
            daemon=True,  # at most the connect timeout; never holds the program open
        ).start()

    def _attempt_connection(self, attempt: int, settings: dict[str, Any]) -> None:
        """In the worker thread: connect and LISTEN, then hand over the result."""
        import psycopg

        try:
            connection = psycopg.connect(
                **settings,
                autocommit=True,
                connect_timeout=CONNECT_TIMEOUT_S,
                application_name="giftdesk live updates",
                # A silently vanished server is noticed in about 20 s.
                keepalives=1,
                keepalives_idle=10,
                keepalives_interval=5,
                keepalives_count=2,
            )
        except psycopg.Error as error:
            self._hand_over("_failed", attempt, str(error).strip())
            return
        try:
            connection.execute(f"LISTEN {CHANNEL}")
        except psycopg.Error as error:
            with contextlib.suppress(Exception):
                connection.close()
            self._hand_over("_failed", attempt, str(error).strip())
            return
        if not self._hand_over("_connected", attempt, connection):
            with contextlib.suppress(Exception):
                connection.close()

    def _hand_over(self, signal: str, attempt: int, result: object) -> bool:
        """Emit ``signal`` (queued to the main thread); False if the listener is gone."""
        try:
            getattr(self, signal).emit(attempt, result)
        except RuntimeError:  # the window closed and took this object with it
            return False
        return True

    def _on_connected(self, attempt: int, connection: Any) -> None:
        if attempt != self._attempt or self._stopped:  # stopped meanwhile: not wanted
            with contextlib.suppress(Exception):
                connection.close()
            return
        self._attempt = 0
        self._connection = connection
        self.db.server_away = False
        self._notifier = QSocketNotifier(connection.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._read)
        if self.lost:
            self.lost = False
            log.info("live updates: reconnected to %s", self.host)
            self.state_changed.emit("")
            # What others changed while we were away was not heard: read it all.
            self.arrived.emit(EVERYTHING)
        # Notifications that came with the LISTEN's answer wait in the connection.
        self._read()

    def _on_failed(self, attempt: int, reason: str) -> None:
        if attempt != self._attempt or self._stopped:
            return
        self._attempt = 0
        log.info("live updates: cannot connect to %s (%s)", self.host, reason)
        self._set_lost()
        self._retry.start()

    def _read(self) -> None:
        from psycopg import pq

        connection = self._connection
        if connection is None:
            return
        pgconn = connection.pgconn
        changes: list[Change] = []
        try:
            pgconn.consume_input()
            while (notice := pgconn.notifies()) is not None:
                origin, change = read_change(notice.extra.decode("utf-8", "replace"))
                if origin != self.db.origin:
                    changes.append(change)
        except Exception as error:  # psycopg raises OperationalError; any failure means lost
            log.info("live updates: connection to %s lost (%s)", self.host, error)
            self._lose_connection()
            return
        if pgconn.status != pq.ConnStatus.OK:
            self._lose_connection()
            return
        if changes:
            self.arrived.emit(reduce(lambda a, b: a | b, changes))

    def _lose_connection(self) -> None:
        self._drop_connection()
        self._set_lost()
        self._retry.start()

    def _set_lost(self) -> None:
        self.db.server_away = True  # changes are refused at once meanwhile
        if not self.lost:
            self.lost = True
            self.state_changed.emit(
                translate("LiveUpdates", "Reconnecting to {host}…").format(host=self.host)
            )

    def _drop_connection(self) -> None:
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
            self._notifier = None
        if self._connection is not None:
            # Closing a dead connection may fail; it is gone either way.
            with contextlib.suppress(Exception):
                self._connection.close()
            self._connection = None


class LiveFollower(QObject):
    """Live updates for whichever database the window shows.

    ``db()`` is the database shown now (None while an "Opening…" window has
    none). Each ``Change(everything)`` on ``hub`` (another file shown) starts
    following the new database, if it is a shared one, and stops the previous
    one; arriving changes go to ``hub``. While the server is away the
    connection state shows in ``status_bar`` as a permanent message (label
    ``connectionState``). Closing ``parent`` ends the listening connection.
    ``updates`` is the ``LiveUpdates`` of the database followed (None: a file).
    """

    def __init__(
        self,
        parent: QWidget,
        db: Callable[[], Database | None],
        hub: ChangeHub,
        status_bar: QStatusBar,
    ) -> None:
        super().__init__(parent)
        self._parent = parent
        self._db = db
        self._hub = hub
        self._followed: Database | None = None
        self.updates: LiveUpdates | None = None
        self._label = QLabel(parent)
        self._label.setObjectName("connectionState")
        self._label.setStyleSheet("font-weight: bold")
        status_bar.addPermanentWidget(self._label)
        self._label.hide()
        hub.changed.connect(self._on_change)
        self.follow()

    def _on_change(self, change: Change) -> None:
        if change.everything:  # perhaps another file; a reconnect says so too (same file)
            self.follow()

    def follow(self) -> None:
        """Follow the database shown now (stopping the one followed before)."""
        db = self._db()
        if db is self._followed:
            return
        self._followed = db
        if self.updates is not None:
            self.updates.stop()
            self.updates.deleteLater()
            self.updates = None
        self._label.hide()
        if db is None or not db.is_shared:
            return
        updates = LiveUpdates(db, self)
        updates.state_changed.connect(self._show_state)
        updates.arrived.connect(self._hub.notify)
        self._parent.installEventFilter(updates)  # closing the window ends the listening
        self.updates = updates
        updates.start()

    def _show_state(self, sentence: str) -> None:
        self._label.setText(sentence)
        self._label.setVisible(bool(sentence))
