"""Old import path, kept while other branches still import from it.

The dialog lives in ``giftdesk.ui.dialogs.crash``.
"""

from giftdesk.ui.dialogs.crash import (
    EXIT_CRASH,
    build_crash_dialog,
    crash_details,
    crash_message,
    handle_exception,
    install_excepthook,
    open_log_folder,
    show_crash_dialog,
)

__all__ = [
    "EXIT_CRASH",
    "crash_message",
    "crash_details",
    "build_crash_dialog",
    "show_crash_dialog",
    "open_log_folder",
    "handle_exception",
    "install_excepthook",
]
