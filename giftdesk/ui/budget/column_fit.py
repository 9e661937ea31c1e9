"""Column widths for the budget table: names shrink to a comfortable width before bars lose
their words, so every column shares the dock's width."""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtWidgets import (
    QGridLayout,
    QWidget,
)


class ColumnNeed(NamedTuple):
    """Widths one column of the budget table needs, widest first (pixels)."""

    natural: int  # everything it shows
    words: int  # bars: the figure or the whole "€12.30 over"; the name: comfortable
    least: int  # below this it is unreadable


def _widget_at(grid: QGridLayout, row: int, column: int) -> QWidget:
    """The widget placed at (row, column) of ``grid``."""
    item = grid.itemAtPosition(row, column)
    widget = item.widget() if item is not None else None
    assert widget is not None
    return widget


def _shrink(widths: list[int], targets: list[tuple[int, int]], short: int) -> int:
    """Take up to ``short`` pixels from the columns in ``targets`` (column, floor),
    in proportion to what each can give; returns what is still short."""
    can_give = {i: max(widths[i] - floor, 0) for i, floor in targets}
    total = sum(can_give.values())
    if short <= 0 or total <= 0:
        return short
    take = min(short, total)
    parts = {i: take * give // total for i, give in can_give.items()}
    parts[max(can_give, key=can_give.__getitem__)] += take - sum(parts.values())  # rounding
    for i, part in parts.items():
        widths[i] -= part
    return short - take
