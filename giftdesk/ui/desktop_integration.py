"""What makes giftdesk a desktop program rather than a script with a window.

``configure_application(app)`` runs once, right after the QApplication
exists and before the first window: names for QSettings, the desktop file
name (Wayland app id; with the application name it also gives the X11
window class that the launcher's ``StartupWMClass`` matches) and the crash
dialog. It imports nothing heavy: the window's first frame waits for it.

``finish_start_up(app, db_path)`` runs right after the first frame, before
the file is opened and before the event loop (so before any user action):
the icon, the log file and the start line. An error before that still
reaches the log, which ``app_logging.log_exception`` opens on the spot.

``window_shown(window)`` runs after the main window's ``show()``. It logs
how long start-up took and serves two environment hooks for tests and
benchmarks/bench_startup.py:

- ``GIFTDESK_QUIT_AFTER_SHOWN_MS=N`` closes the window N ms after it is
  shown, through the normal close path (settings saved, lock released);
- ``GIFTDESK_REPORT_STARTUP=1`` prints one JSON line on stdout when the
  window is shown: the wall-clock time and which heavy modules are loaded.
"""

from __future__ import annotations

import logging
import os
import sys
import time
from typing import TYPE_CHECKING, Protocol, cast

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QAction, QGuiApplication

from giftdesk import APP_NAME, ORG_NAME, __version__, app_logging
from giftdesk.ui.dialogs.crash import install_excepthook

if TYPE_CHECKING:
    from pathlib import Path

    from PySide6.QtWidgets import QApplication, QMainWindow, QMenu, QWidget

    from giftdesk.data.database import Database

log = logging.getLogger(__name__)

QUIT_AFTER_SHOWN_ENV = "GIFTDESK_QUIT_AFTER_SHOWN_MS"
REPORT_STARTUP_ENV = "GIFTDESK_REPORT_STARTUP"
DESKTOP_FILE_NAME = "giftdesk"  # resources/giftdesk.desktop without ".desktop"
# Modules the window must not need before it is shown (start-up speed).
HEAVY_MODULES = (
    "alembic",
    "PySide6.QtPrintSupport",
    "PySide6.QtSvg",
    "giftdesk.ui.report",
    "giftdesk.ui.report_export",
    "giftdesk.data.backup",
)

_configured_at: float | None = None


def set_application_names() -> None:
    """Names for QSettings and the window system; safe before the QApplication."""
    QCoreApplication.setOrganizationName(ORG_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    QGuiApplication.setDesktopFileName(DESKTOP_FILE_NAME)


def configure_application(app: QApplication) -> None:
    """Names and crash dialog, before the first window; the icon and the log
    follow in ``finish_start_up``, right after the first frame."""
    global _configured_at
    _configured_at = time.perf_counter()
    set_application_names()
    install_excepthook()  # an error from here on is logged and shown in a dialog


def finish_start_up(app: QApplication, db_path: str | os.PathLike[str] | Path | None) -> None:
    """The icon, the log file and its start line.

    Call right after the window's first frame, before the file is opened or
    the event loop runs (so before the user can do anything). The icon is
    read from nine files and the log needs platformdirs and
    ``logging.handlers``: about 20 ms the first frame does not wait for. Qt
    hands the icon to windows already shown (title bar, task switcher); on
    Wayland and most docks the launcher's icon comes from the desktop file.
    """
    from giftdesk.ui.app_icon import application_icon

    app.setWindowIcon(application_icon())
    app_logging.setup_logging()
    app_logging.log_start("window", db_path)


class AboutHost(Protocol):
    """What Help → About needs of the main window: its Help menu and the open file."""

    @property
    def help_menu(self) -> QMenu: ...

    @property
    def db(self) -> Database: ...


def install_about_action(window: QMainWindow) -> QAction:
    """Help → About giftdesk, first in the window's ``help_menu``."""
    action = QAction(QCoreApplication.translate("MainWindow", "&About giftdesk"), window)
    action.setObjectName("actionAbout")
    action.setMenuRole(QAction.MenuRole.AboutRole)
    action.triggered.connect(lambda: show_about(window))
    menu = cast(AboutHost, window).help_menu
    if menu.actions():
        menu.insertAction(menu.actions()[0], action)
    else:
        menu.addAction(action)
    return action


def show_about(window: QMainWindow) -> None:
    from giftdesk.ui.dialogs.about import AboutDialog

    db = cast(AboutHost, window).db
    dialog = AboutDialog(db.path, window, readonly=db.readonly)
    dialog.exec()
    dialog.deleteLater()


def window_shown(window: QWidget) -> None:
    """Call right after ``window.show()``; the hooks run once it is on screen."""
    QTimer.singleShot(0, lambda: _on_shown(window))


def _on_shown(window: QWidget) -> None:
    elapsed = (time.perf_counter() - _configured_at) * 1000 if _configured_at else None
    loaded = [name for name in HEAVY_MODULES if name in sys.modules]
    log.info(
        "window shown%s; loaded before it: %s",
        f" {elapsed:.0f} ms after the application was set up" if elapsed is not None else "",
        ", ".join(loaded) or "none of the heavy modules",
    )
    if os.environ.get(REPORT_STARTUP_ENV):
        import json

        report = {"shown_at": time.time(), "heavy_modules_loaded": loaded}
        print(json.dumps(report), flush=True)
    delay = os.environ.get(QUIT_AFTER_SHOWN_ENV)
    if delay is not None:
        try:
            milliseconds = max(0, int(delay))
        except ValueError:
            log.warning("ignoring %s=%r: not a number of milliseconds", QUIT_AFTER_SHOWN_ENV, delay)
            return
        QTimer.singleShot(milliseconds, window.close)
