"""Start the desktop program: QApplication, the file, the main window.

``run_app(db_path)`` reuses a QApplication that already exists, so tests
(and the CLI) drive the real program in-process. A file that cannot be
opened — not a giftdesk database, from a newer giftdesk, read-only, locked —
gets one sentence in a dialog (with the choice of another file), is left
untouched, and ``run_app`` returns a non-zero status.

Tests can reach the window through ``window_hooks``: each callable there is
called with the shown window before the event loop starts (for example to
close it with a ``QTimer``).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from giftdesk.data.database import Database, default_database_path
from giftdesk.data.errors import GiftdeskError
from giftdesk.ui import desktop_integration, file_lock  # issue 7

EXIT_OK = 0
EXIT_CANNOT_OPEN = 1

window_hooks: list[Callable[[object], None]] = []
"""Called with the MainWindow once it is shown (tests, extensions)."""


def make_settings() -> QSettings:
    """Where the window keeps geometry, column widths and recent files."""
    return QSettings()


def ensure_application() -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv)
    app.setOrganizationName("giftdesk")
    app.setApplicationName("giftdesk")
    desktop_integration.configure_application(app)  # issue 7: icon, log, crash dialog
    return app  # type: ignore[return-value]


def open_or_explain(path: Path | None) -> Database | None:
    """Open ``path``; on a bad file explain it and offer another one (None: give up)."""
    while True:
        try:
            return file_lock.open_database_locked(path)  # issue 7: one giftdesk per file
        except GiftdeskError as error:
            answer = QMessageBox.critical(
                None,
                "Cannot open file",
                f"{error}\n\nThe file was not changed.",
                QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Close,
                QMessageBox.StandardButton.Close,
            )
            if answer != QMessageBox.StandardButton.Open:
                return None
            start = str((path or default_database_path()).parent)
            chosen, _ = QFileDialog.getOpenFileName(
                None,
                "Open giftdesk file",
                start,
                "giftdesk files (*.sqlite3 *.sqlite *.db);;All files (*)",
            )
            if not chosen:
                return None
            path = Path(chosen)


def run_app(db_path: Path | None) -> int:
    """Open the main window on ``db_path`` (default file when None); returns the exit status."""
    app = ensure_application()
    db = open_or_explain(db_path)
    if db is None:
        return EXIT_CANNOT_OPEN

    from giftdesk.ui.main_window import MainWindow

    # Show the window first, then read the gift rows: a big file opens at once.
    window = MainWindow(db, make_settings(), load_gifts_later=True)
    desktop_integration.install_about_action(window)  # issue 7: Help → About
    window.show()
    app.processEvents()  # paint the first frame before the gifts are read
    desktop_integration.window_shown(window)  # issue 7: start-up log, test hooks
    for hook in list(window_hooks):
        hook(window)
    QTimer.singleShot(0, window.finish_loading)
    try:
        status = app.exec()
    finally:
        file_lock.close_database(window.db)  # issue 7: also releases the lock
    return int(status)
