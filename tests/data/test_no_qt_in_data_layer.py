"""giftdesk.data must stay usable without Qt (napari-style layering)."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import giftdesk.data


def test_importing_every_data_module_loads_no_qt():
    modules = [f"giftdesk.data.{m.name}" for m in pkgutil.iter_modules(giftdesk.data.__path__)]
    assert "giftdesk.data.budget" in modules
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        "import giftdesk.cli\n"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
