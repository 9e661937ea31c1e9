"""The occasion table model: an occasion over budget is marked."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt


def test_occasion_over_budget_is_marked(demo_models):
    occasion_model = demo_models[2]
    row = occasion_model.rows()[0]
    over = dataclasses.replace(row, budget_cents=1, planned_cents=500)
    occasion_model.upsert_rows([over])
    index = occasion_model.index(0, occasion_model.column_of("planned"))
    assert index.data(Qt.ItemDataRole.ForegroundRole) is not None
    assert "Over budget by" in index.data(Qt.ItemDataRole.ToolTipRole)
