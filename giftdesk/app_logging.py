"""giftdesk's log: a rotating file in the user log folder, and the last resort.

Every start writes one line (version, command, database file). An
unexpected exception is written with its traceback; on the command line
the user then reads one sentence on stderr naming the log file (the window
shows a dialog instead, see ``giftdesk.ui.dialogs.crash``). Hard crashes
(a segfault in Qt) leave a Python traceback in ``crash.log`` next to it.

The folder is ``platformdirs.user_log_path("giftdesk")`` unless the
environment variable ``GIFTDESK_LOG_DIR`` names another (tests use it).
No Qt here.

Importing this module is cheap (``logging.handlers``, ``platform`` and
platformdirs load when they are used): the window opens the log right after
its first frame, and an error before that opens it on the spot
(``log_exception``), so nothing is lost either way.
"""

from __future__ import annotations

import faulthandler
import logging
import os
import sys
from pathlib import Path
from types import TracebackType
from typing import IO

from giftdesk import APP_NAME, __version__

LOG_DIR_ENV = "GIFTDESK_LOG_DIR"
LOG_FILE_NAME = "giftdesk.log"
CRASH_FILE_NAME = "crash.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 3
LOG_FORMAT = "%(asctime)s %(levelname)-7s [%(process)d] %(name)s: %(message)s"

log = logging.getLogger("giftdesk")

_handler: logging.Handler | None = None
_log_file: Path | None = None
_crash_stream: IO[str] | None = None


def log_dir() -> Path:
    """Where giftdesk writes its log (not created here)."""
    override = os.environ.get(LOG_DIR_ENV)
    if override:
        return Path(override).expanduser()
    from platformdirs import user_log_path

    return user_log_path(APP_NAME, appauthor=False)


def log_file() -> Path | None:
    """The log file in use, or None if logging could not be set up."""
    return _log_file


def setup_logging(level: int = logging.INFO) -> Path | None:
    """Send giftdesk's log records to the rotating file; returns its path.

    Safe to call more than once (later calls change nothing, unless the log
    folder was changed through the environment). When the folder cannot be
    written, records go to stderr instead and None is returned: logging
    must never be the reason giftdesk does not start.
    """
    global _handler, _log_file
    folder = log_dir()
    target = folder / LOG_FILE_NAME
    if _handler is not None and _log_file == target:
        return _log_file
    shutdown_logging()
    from logging.handlers import RotatingFileHandler  # socket, pickle: not at import

    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = RotatingFileHandler(
            target, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8"
        )
        _log_file = target
    except OSError as error:
        handler = logging.StreamHandler()
        _log_file = None
        print(f"giftdesk: cannot write the log in {folder} ({error.strerror}).", file=sys.stderr)
    handler.setFormatter(logging.Formatter(LOG_FORMAT))
    for logger in _loggers():
        logger.addHandler(handler)
        logger.setLevel(level)
    _handler = handler
    if _log_file is not None:
        _enable_faulthandler(folder / CRASH_FILE_NAME)
    return _log_file


def shutdown_logging() -> None:
    """Detach and close the handler (tests; a changed log folder)."""
    global _handler, _log_file, _crash_stream
    if _handler is not None:
        for logger in _loggers():
            logger.removeHandler(_handler)
        _handler.close()
    _handler = None
    _log_file = None
    if _crash_stream is not None:
        if faulthandler.is_enabled():
            faulthandler.disable()
        _crash_stream.close()
        _crash_stream = None


def _loggers() -> tuple[logging.Logger, ...]:
    # Alembic says which migrations ran: worth keeping next to giftdesk's lines.
    return (log, logging.getLogger("alembic.runtime.migration"))


def _enable_faulthandler(path: Path) -> None:
    global _crash_stream
    if faulthandler.is_enabled():  # python -X faulthandler, pytest: already reporting
        return
    try:
        _crash_stream = open(path, "a", encoding="utf-8")  # noqa: SIM115 - kept open on purpose
    except OSError:
        return
    faulthandler.enable(file=_crash_stream, all_threads=True)


def _without_password(target: str) -> str:
    """A server address as it may be logged: ``user:secret@`` becomes ``user:***@``."""
    import re

    return re.sub(r"^([a-z+]+://[^:/@]*):[^/]*@", r"\1:***@", target)


def log_start(mode: str, db_path: str | os.PathLike[str] | None) -> None:
    """The one line per start: version, what runs, on which file."""
    import platform

    log.info(
        "giftdesk %s %s, file %s (Python %s, %s)",
        __version__,
        mode,
        _without_password(os.fspath(db_path)) if db_path is not None else "(default)",
        platform.python_version(),
        platform.platform(terse=True),
    )


def log_exception(
    exc_type: type[BaseException],
    exc_value: BaseException,
    exc_tb: TracebackType | None,
    context: str = "unexpected error",
) -> None:
    """Write the traceback to the log, opening the log first if the program
    has not yet (an error before the window's first frame)."""
    if _handler is None:
        setup_logging()
    log.critical(context, exc_info=(exc_type, exc_value, exc_tb))


def describe_exception(exc_value: BaseException) -> str:
    """``TypeName: message`` (or just the type), for a one-line summary."""
    text = str(exc_value).strip().splitlines()[0] if str(exc_value).strip() else ""
    name = type(exc_value).__name__
    return f"{name}: {text}" if text else name


def where_to_look() -> str:
    path = log_file()
    return f"details are in {path}" if path is not None else "details were printed above"


def cli_excepthook(
    exc_type: type[BaseException], exc_value: BaseException, exc_tb: TracebackType | None
) -> None:
    """Unexpected errors of a command: logged, one sentence on stderr (exit 1)."""
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc_value, exc_tb)
        return
    log_exception(exc_type, exc_value, exc_tb)
    if log_file() is None:  # no log to point to: the traceback is all there is
        sys.__excepthook__(exc_type, exc_value, exc_tb)
    if sys.stderr is not None:
        print(
            f"giftdesk: stopped by an unexpected error "
            f"({describe_exception(exc_value)}); {where_to_look()}.",
            file=sys.stderr,
        )


def install_cli_excepthook() -> None:
    """Use ``cli_excepthook`` unless a debugger or pytest installed its own."""
    if sys.excepthook is sys.__excepthook__:
        sys.excepthook = cli_excepthook
