"""The person table model: new details keep the figures and signal only what differs."""

from __future__ import annotations

import datetime as dt

from giftdesk.data.records import PersonRow
from giftdesk.ui.models.person_model import PersonTableModel


def test_replace_details_keeps_figures_and_signals_only_differences(qtmodeltester, proxy_over):
    model = PersonTableModel()
    model.set_rows(
        [
            PersonRow(1, "Anna", "Sister", None, 4, 2),
            PersonRow(2, "Ben", None, dt.date(1990, 5, 1), 1, 0),
            PersonRow(3, "Cleo", "Aunt", None, 0, 7),
        ]
    )
    proxy = proxy_over(model)
    proxy.sort(model.column_of("name"))
    qtmodeltester.check(proxy, force_py=True)  # keeps watching the signals below
    signals: list[str] = []
    model.dataChanged.connect(lambda *a: signals.append("changed"))
    model.modelReset.connect(lambda: signals.append("reset"))
    # (id, name, relationship, birthdate, version): the details read without figures.
    unchanged = [(1, "Anna", "Sister", None, 0), (2, "Ben", None, dt.date(1990, 5, 1), 0)]
    unchanged.append((3, "Cleo", "Aunt", None, 0))
    assert not model.replace_details(unchanged, PersonRow)
    assert signals == []
    # Ben renamed, Cleo gone, Dora new: figures kept, zero for the newcomer.
    details = [(1, "Anna", "Sister", None, 0), (2, "Benno", None, dt.date(1990, 5, 1), 0)]
    details.append((9, "Dora", "Friend", None, 0))
    assert model.replace_details(details, PersonRow)
    assert sorted(model.rows(), key=lambda r: r.id) == [
        PersonRow(1, "Anna", "Sister", None, 4, 2),
        PersonRow(2, "Benno", None, dt.date(1990, 5, 1), 1, 0),
        PersonRow(9, "Dora", "Friend", None, 0, 0),
    ]
    assert "reset" not in signals
    assert [proxy.item_at(r).name for r in range(proxy.rowCount())] == ["Anna", "Benno", "Dora"]
    qtmodeltester.check(proxy, force_py=True)
    qtmodeltester.check(model, force_py=True)
