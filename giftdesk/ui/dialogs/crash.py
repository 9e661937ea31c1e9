"""The last resort of the window: an unexpected exception becomes a dialog.

``install_excepthook()`` replaces ``sys.excepthook`` (PySide6 hands it every
exception a slot lets escape, and Python calls it for one that ends the
program). The exception is logged with its traceback, then the user sees
what happened, where the log is, and chooses to go on or quit. giftdesk
never just disappears. Without a window system (no QApplication, or a
thread other than the GUI thread) it falls back to one sentence on stderr.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from typing import TYPE_CHECKING

from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication

from giftdesk import app_logging
from giftdesk.i18n import translate

if TYPE_CHECKING:
    from types import TracebackType

    from PySide6.QtWidgets import QMessageBox, QWidget

log = logging.getLogger(__name__)

EXIT_CRASH = 70  # EX_SOFTWARE

_showing = False


def crash_message(exc_value: BaseException) -> str:
    return translate("CrashDialog", "giftdesk ran into an unexpected problem ({problem}).").format(
        problem=app_logging.describe_exception(exc_value)
    )


def crash_details() -> str:
    path = app_logging.log_file()
    where = (
        translate("CrashDialog", "The details were written to {path}.").format(path=path)
        if path
        else translate("CrashDialog", "The details could not be logged.")
    )
    return translate(
        "CrashDialog",
        "What was saved before is safe. {where} You can keep working or quit giftdesk.",
    ).format(where=where)


def build_crash_dialog(
    exc_type: type[BaseException],
    exc_value: BaseException,
    exc_tb: TracebackType | None,
    parent: QWidget | None = None,
) -> QMessageBox:
    from PySide6.QtWidgets import QMessageBox  # on first use: installing the hook stays cheap

    box = QMessageBox(parent)
    box.setObjectName("crashDialog")
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(translate("CrashDialog", "giftdesk: unexpected problem"))
    box.setText(crash_message(exc_value))
    box.setInformativeText(crash_details())
    box.setDetailedText("".join(traceback.format_exception(exc_type, exc_value, exc_tb)))
    keep = box.addButton(
        translate("CrashDialog", "Keep working"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(translate("CrashDialog", "Quit giftdesk"), QMessageBox.ButtonRole.DestructiveRole)
    if app_logging.log_file() is not None:
        box.addButton(
            translate("CrashDialog", "Open log folder"), QMessageBox.ButtonRole.ActionRole
        ).setObjectName("openLogFolderButton")
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    return box


def _dialog_parent() -> QWidget | None:
    """The active window, if it is still on screen.

    A dialog that was just closed can stay the active window until it is
    deleted (``deleteLater``); as the crash dialog's parent it would take the
    crash dialog with it while the user reads it.
    """
    window = QApplication.activeWindow()
    return window if window is not None and window.isVisible() else None


def show_crash_dialog(
    exc_type: type[BaseException],
    exc_value: BaseException,
    exc_tb: TracebackType | None,
) -> str:
    """Show the dialog; returns what the user chose: "keep", "quit" or "folder"."""
    from PySide6.QtWidgets import QMessageBox

    box = build_crash_dialog(exc_type, exc_value, exc_tb, _dialog_parent())
    box.exec()
    clicked = box.clickedButton()
    role = box.buttonRole(clicked) if clicked is not None else QMessageBox.ButtonRole.AcceptRole
    if role == QMessageBox.ButtonRole.DestructiveRole:
        return "quit"
    if role == QMessageBox.ButtonRole.ActionRole:
        return "folder"
    return "keep"


def open_log_folder() -> bool:
    path = app_logging.log_file()
    if path is None:
        return False
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices

    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))


def _gui_available() -> bool:
    app = QApplication.instance()
    return (
        isinstance(app, QApplication)
        and QThread.currentThread() is app.thread()
        and threading.current_thread() is threading.main_thread()
    )


def handle_exception(
    exc_type: type[BaseException],
    exc_value: BaseException,
    exc_tb: TracebackType | None,
) -> None:
    """``sys.excepthook``: log, then tell the user (dialog, or stderr)."""
    global _showing
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc_value, exc_tb)
        return
    app_logging.log_exception(exc_type, exc_value, exc_tb)
    if _showing or not _gui_available():
        # A second error while the dialog is up, or no GUI to show it in.
        if sys.stderr is not None:
            print(
                translate("CrashDialog", "giftdesk: {crash_message} {where_to_look}.").format(
                    crash_message=crash_message(exc_value),
                    where_to_look=app_logging.where_to_look(),
                ),
                file=sys.stderr,
            )
        return
    _showing = True
    try:
        choice = show_crash_dialog(exc_type, exc_value, exc_tb)
    except Exception:  # the dialog itself failed: the log has the first error
        log.exception("the crash dialog could not be shown")
        choice = "keep"
    finally:
        _showing = False
    if choice == "folder":
        open_log_folder()
    elif choice == "quit":
        log.info("quitting after an unexpected error")
        QApplication.exit(EXIT_CRASH)


def _thread_hook(args: threading.ExceptHookArgs) -> None:
    if args.exc_type is SystemExit or args.exc_value is None:
        return
    app_logging.log_exception(
        args.exc_type,
        args.exc_value,
        args.exc_traceback,
        translate("CrashDialog", "unexpected error in {thread}").format(thread=args.thread),
    )


def install_excepthook() -> None:
    """Take over ``sys.excepthook`` unless someone else (a debugger, pytest-qt
    capturing exceptions in a test) already did; log thread errors."""
    if sys.excepthook in (sys.__excepthook__, app_logging.cli_excepthook):
        sys.excepthook = handle_exception
    if threading.excepthook is threading.__excepthook__:
        threading.excepthook = _thread_hook
