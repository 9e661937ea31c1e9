"""The types hold: what ``.ci/run`` checks, also in the test run everyone runs.

``mypy --strict`` on the data layer and plain ``mypy`` on the whole package
(settings in pyproject.toml). A change that breaks a type fails here.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize(
    "arguments", [["--strict", "giftdesk/data"], []], ids=["data strictly", "whole package"]
)
def test_mypy_finds_no_error(arguments: list[str]) -> None:
    pytest.importorskip("mypy")
    result = subprocess.run(
        [sys.executable, "-m", "mypy", *arguments],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout + result.stderr
