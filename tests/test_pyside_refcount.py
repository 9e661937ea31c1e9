"""PySide6 6.12.0 leaked a reference to None on every void Qt call.

After a few thousand calls the interpreter aborted ("none_dealloc"); the
project pins PySide6 < 6.12 for it. This makes sure a PySide6 that does it
again is noticed before a user is.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject

CALLS = 20_000
TOLERANCE = 50  # unrelated bookkeeping may hold a few references to None


def test_void_qt_calls_do_not_leak_references_to_none(qapp) -> None:  # type: ignore[no-untyped-def]
    target = QObject()
    for _ in range(100):  # warm up caches that may keep a None or two
        target.setObjectName("warm")
        qapp.processEvents()
    before = sys.getrefcount(None)
    for number in range(CALLS // 2):
        target.setObjectName("gift")  # returns void
        target.blockSignals(number % 2 == 0)  # returns bool, for contrast
        qapp.processEvents()  # returns void
    after = sys.getrefcount(None)
    assert abs(after - before) < TOLERANCE, f"None refcount drifted by {after - before}"
