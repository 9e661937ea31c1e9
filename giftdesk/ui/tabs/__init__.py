"""The window's tabs: one module per tab, each owning its table and flows.

``gifts_tab``, ``people_tab`` and ``occasions_tab`` read rows and run
operations, so they bring SQLAlchemy with them. The window imports this
package before its first frame and builds its tabs once it has a file, after
that frame: the tab classes are attached here and their modules load on first
use (napari's ``lazy_loader.attach``, by hand; the one place the window
defers an import).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from giftdesk.ui.tabs.tables import Tables

__all__ = ["Tables"]

_ATTACHED = {
    "Tables": "giftdesk.ui.tabs.tables",
}


def __getattr__(name: str) -> Any:
    module = _ATTACHED.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(module), name)
