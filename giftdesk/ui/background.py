"""Reading figures off the window's thread, so the window never waits for them.

``BackgroundRead(read)`` runs ``read()`` in a worker thread and hands the
result back on the window's thread as ``ready(result)`` (or ``failed(sentence)``
for a ``GiftdeskError``, logged otherwise). ``read`` opens its own session,
so the worker uses its own pooled connection. A read whose receiver went
away finishes on its own and is then let go; the process waits for running
reads before it exits.
"""

from __future__ import annotations

import atexit
import contextlib
import logging
import sys
import threading
from collections.abc import Callable, Iterator

from PySide6.QtCore import QThread, Signal

from giftdesk.data.errors import GiftdeskError

_log = logging.getLogger(__name__)
_lock = threading.Lock()
_reading = 0
_normal_interval = sys.getswitchinterval()


@contextlib.contextmanager
def _window_thread_first() -> Iterator[None]:
    """While any read runs, hand the interpreter back to the window's thread quickly.

    The window's thread needs the interpreter for every event it handles; a
    short switch interval gives it over at once instead of after up to 5 ms.
    """
    global _reading
    with _lock:
        _reading += 1
        if _reading == 1:
            sys.setswitchinterval(min(_normal_interval, 0.0005))
    try:
        yield
    finally:
        with _lock:
            _reading -= 1
            if _reading == 0:
                sys.setswitchinterval(_normal_interval)


class BackgroundRead(QThread):
    """``read()`` in a worker thread; ``ready(result)`` / ``failed(sentence)`` on return."""

    ready = Signal(object)
    failed = Signal(str)
    _running: set[BackgroundRead] = set()  # kept alive until finished

    def __init__(self, read: Callable[[], object], what: str = "figures") -> None:
        super().__init__()
        self._read = read
        self._what = what

    def start_reading(self) -> None:
        BackgroundRead._running.add(self)
        self.finished.connect(self._let_go)
        self.start()

    def _let_go(self) -> None:
        BackgroundRead._running.discard(self)
        self.deleteLater()

    def run(self) -> None:
        with _window_thread_first():
            try:
                result = self._read()
            except GiftdeskError as error:
                self.failed.emit(str(error))
                return
            except Exception:  # noqa: BLE001 - said in one sentence, the details logged
                _log.exception("reading the %s failed", self._what)
                self.failed.emit(f"the {self._what} could not be read")
                return
        self.ready.emit(result)


@atexit.register
def _wait_for_running_reads() -> None:
    for read in list(BackgroundRead._running):
        read.wait(10_000)
