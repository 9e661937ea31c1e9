"""The People tab on its own: labels, figures left stale while hidden, delete."""

from __future__ import annotations

import dataclasses
from functools import partial

from PySide6.QtWidgets import QMessageBox

from giftdesk.data.operations import people as person_ops
from giftdesk.data.records import PersonRecord
from giftdesk.ui.tabs.table_tab import TAB_GIFTS, TAB_PEOPLE
from giftdesk.ui.tabs.tables import Tables


def test_two_people_with_one_name_are_told_apart_in_the_choices(parts, tables: Tables) -> None:  # type: ignore[no-untyped-def]
    anna = next(r for r in tables.people.model.rows() if r.name == "Anna")
    parts.runner.run(
        "Add", partial(person_ops.create_person, record=PersonRecord(None, "Anna", "Neighbour"))
    )
    labels = dict(tables.people.choices()).values()
    assert "Anna (Neighbour)" in labels
    assert sum(label.startswith("Anna") for label in labels) == 2
    assert anna.id in tables.people.labels
    # The gift table names her the same way (the label crosses from tab to tab).
    gifts = tables.gifts.model
    row = next(r for r in range(gifts.rowCount()) if anna.id in gifts.row_at(r).recipient_ids)
    shown = gifts.index(row, gifts.column_of("recipients")).data()
    assert tables.people.labels[anna.id] in shown


def test_figures_of_a_hidden_people_tab_wait_until_it_is_shown(
    parts, tables: Tables, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    parts.widget.setCurrentIndex(TAB_GIFTS)
    row = next(r for r in tables.gifts.model.rows() if r.recipient_ids)
    tables.gifts.delete_gifts([row.id])
    assert tables.people.stale
    tables.tab_shown(TAB_PEOPLE)
    assert not tables.people.stale


def test_a_rename_reaches_the_table_without_reading_figures(parts, tables: Tables) -> None:  # type: ignore[no-untyped-def]
    person = tables.people.model.rows()[0]
    with parts.db.reading() as session:
        from giftdesk.data import people as people_data

        record = people_data.get_person(session, person.id)
    parts.runner.run(
        "Rename",
        partial(person_ops.edit_person, record=dataclasses.replace(record, name="Renamed")),
    )
    assert tables.people.model.item_for_id(person.id).name == "Renamed"
    assert tables.people.status_text() == f"{tables.people.model.rowCount()} people"


def test_deleting_a_person_says_what_goes_with_them(parts, tables: Tables, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    asked: list[str] = []

    def question(parent, title, text, *args):  # type: ignore[no-untyped-def]
        asked.append(text)
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", question)
    person = tables.people.model.rows()[0]
    tables.people.select_ids([person.id])
    tables.people.delete_selected()
    assert asked and person.name in asked[0]
    assert tables.people.model.item_for_id(person.id) is not None  # Cancel: nothing deleted
    assert parts.stack.count() == 0


def test_the_hint_says_when_nobody_matches_the_search(qtbot, parts, tables: Tables) -> None:  # type: ignore[no-untyped-def]
    parts.widget.setCurrentIndex(TAB_PEOPLE)  # a hint shows on a table in front
    tables.people.set_search("zzz-nobody")
    qtbot.waitUntil(lambda: tables.people.proxy.rowCount() == 0)
    tables.people.update_hint("zzz-nobody")
    assert "Nobody matches “zzz-nobody”" in tables.people.hint.text()
