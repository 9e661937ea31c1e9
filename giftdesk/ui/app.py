"""Start the desktop program: QApplication, the file, the main window.

``run_app(db_path)`` reuses a QApplication that already exists, so tests
(and the CLI) drive the real program in-process. A file that cannot be
opened — not a giftdesk database, from a newer giftdesk, read-only, locked —
gets one sentence in a dialog (with the choice of another file), is left
untouched, and ``run_app`` returns a non-zero status.

The window is shown before the file is opened (start-up speed). Tests and
benchmarks reach it through two hook lists: ``shown_hooks`` run as soon as
the empty window is on screen, ``window_hooks`` once it shows its file,
before the event loop starts (for example to close it with a ``QTimer``).

Before the first frame only what that frame needs is imported and done
(names, crash dialog, the window itself); the icon, the log file, the file
lock and the dialogs for a bad file come right after it, still before the
file is opened and before the event loop lets the user do anything.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from giftdesk import i18n
from giftdesk.i18n import translate
from giftdesk.ui import desktop_integration

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from giftdesk.data.database import Database

EXIT_OK = 0
EXIT_CANNOT_OPEN = 1

shown_hooks: list[Callable[[object], None]] = []
"""Called with the MainWindow as soon as it is on screen, before the file opens."""
window_hooks: list[Callable[[object], None]] = []
"""Called with the MainWindow once it is shown with its file (tests, extensions)."""


def make_settings() -> QSettings:
    """Where the window keeps geometry, column widths and recent files."""
    return QSettings()


def ensure_application() -> QApplication:
    existing = QApplication.instance()
    # A QApplication made elsewhere (tests); a bare QCoreApplication would not do.
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv)
    app.setOrganizationName("giftdesk")
    app.setApplicationName("giftdesk")
    i18n.install_into(app)  # before any window: every text is looked up in the language
    desktop_integration.configure_application(app)  # names, crash dialog
    return app


def open_or_explain(path: Path | str | None, parent: QWidget | None = None) -> Database | None:
    """Open ``path``; on a bad file explain it and offer another one (None: give up)."""
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from giftdesk.data.database import default_database_path
    from giftdesk.data.errors import GiftdeskError
    from giftdesk.ui import file_lock

    while True:
        try:
            return file_lock.open_database_locked(path)  # one giftdesk per file
        except GiftdeskError as error:
            answer = QMessageBox.critical(
                parent,
                translate("App", "Cannot open file"),
                translate("App", "{error}\n\nThe file was not changed.").format(error=error),
                QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Close,
                QMessageBox.StandardButton.Close,
            )
            if answer != QMessageBox.StandardButton.Open:
                return None
            start = str((path if isinstance(path, Path) else default_database_path()).parent)
            chosen, _ = QFileDialog.getOpenFileName(
                parent,
                translate("App", "Open giftdesk file"),
                start,
                translate("App", "giftdesk files (*.sqlite3 *.sqlite *.db);;All files (*)"),
            )
            if not chosen:
                return None
            path = Path(chosen)


def run_app(db_path: Path | str | None) -> int:
    """Open the main window on ``db_path`` (default file when None); returns the exit status.

    The window is on screen first ("Opening your gift list…"); the file, and
    SQLAlchemy with it, load right after, so even a very big file shows a
    window as fast as Qt can.
    """
    app = ensure_application()
    from giftdesk.ui.main_window import MainWindow

    window = MainWindow(None, make_settings())
    desktop_integration.install_about_action(window)  # Help → About
    window.show()
    app.processEvents()  # paint the first frame now
    for hook in list(shown_hooks):
        hook(window)
    desktop_integration.finish_start_up(app, db_path)  # icon, log; before the file
    db = open_or_explain(db_path, window)
    if db is None:
        window.close()
        return EXIT_CANNOT_OPEN
    window.set_database(db)
    desktop_integration.window_shown(window)  # start-up log, test hooks
    for hook in list(window_hooks):
        hook(window)
    try:
        status = app.exec()
    finally:
        from giftdesk.ui import file_lock

        if window.has_file:
            file_lock.close_database(window.db)  # also releases the lock
    return int(status)
