"""Dialog fixtures: where a dialog's accepted records go."""

from __future__ import annotations

import pytest


@pytest.fixture
def submitted():  # type: ignore[no-untyped-def]
    return []
