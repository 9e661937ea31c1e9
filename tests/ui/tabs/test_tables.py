"""The three tabs together: one reading session per change, labels shared, load."""

from __future__ import annotations

import dataclasses
from functools import partial

from PySide6.QtWidgets import QLabel, QSplitter

from giftdesk.data import people as people_data
from giftdesk.data.changes import EVERYTHING
from giftdesk.data.operations import people as person_ops
from giftdesk.ui.tabs.table_tab import TAB_GIFTS, TAB_OCCASIONS, TAB_PEOPLE
from giftdesk.ui.tabs.tables import Tables


def test_the_tabs_sit_in_the_tab_widget_in_their_order(parts, tables: Tables) -> None:  # type: ignore[no-untyped-def]
    names = [parts.widget.widget(i).objectName() for i in range(parts.widget.count())]
    assert names == ["giftTable", "personTable", "occasionTable"]
    assert [parts.widget.tabText(i) for i in (TAB_GIFTS, TAB_PEOPLE, TAB_OCCASIONS)] == [
        "Gifts",
        "People",
        "Occasions",
    ]


def test_a_change_is_taken_in_with_one_reading_session(parts, tables: Tables, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    sessions = 0
    reading = parts.db.reading

    def counted():  # type: ignore[no-untyped-def]
        nonlocal sessions
        sessions += 1
        return reading()

    person = tables.people.model.rows()[0]
    with parts.db.reading() as session:
        record = people_data.get_person(session, person.id)
    monkeypatch.setattr(parts.db, "reading", counted)
    parts.runner.run(
        "Rename", partial(person_ops.edit_person, record=dataclasses.replace(record, name="Zed"))
    )
    assert sessions == 1
    shown = [r for r in tables.gifts.model.rows() if person.id in r.recipient_ids]
    assert shown and all("Zed" in r.recipient_names for r in shown)


def test_refreshed_follows_every_change(qtbot, parts, tables: Tables) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(tables.refreshed):
        parts.hub.notify(EVERYTHING)
    assert not tables.is_empty()


def test_the_search_filters_the_tab_in_front_only(parts, tables: Tables) -> None:  # type: ignore[no-untyped-def]
    parts.widget.setCurrentIndex(TAB_PEOPLE)
    tables.set_search("anna")
    assert tables.people.proxy.search_text() == "anna"
    assert tables.gifts.proxy.search_text() == ""
    assert tables.occasions.proxy.search_text() == ""


def test_every_tab_model_and_proxy_holds_to_qts_rules(qtmodeltester, tables: Tables) -> None:  # type: ignore[no-untyped-def]
    for tab in tables.all():
        qtmodeltester.check(tab.model, force_py=True)
        qtmodeltester.check(tab.proxy, force_py=True)


def test_a_widget_below_the_people_keeps_the_tab_in_its_place(parts, tables: Tables) -> None:  # type: ignore[no-untyped-def]
    tabs = parts.widget
    tabs.setCurrentIndex(TAB_OCCASIONS)
    shown: list[int] = []
    tabs.currentChanged.connect(shown.append)
    below = QLabel("history")
    tables.put_below_people(below)
    page = tabs.widget(TAB_PEOPLE)
    assert isinstance(page, QSplitter) and page.objectName() == "peopleSplitter"
    assert [page.widget(0), page.widget(1)] == [tables.people.view, below]
    assert tabs.tabText(TAB_PEOPLE) == "People"
    assert tabs.currentIndex() == TAB_OCCASIONS and shown == []  # nothing seemed to change
    tabs.setCurrentIndex(TAB_PEOPLE)
    assert tables.in_front() is tables.people


def test_what_another_part_points_at_is_shown(parts, tables: Tables) -> None:  # type: ignore[no-untyped-def]
    tabs = parts.widget
    gift_ids = [row.id for row in tables.gifts.model.rows()[:2]]
    tabs.setCurrentIndex(TAB_PEOPLE)
    tables.show_gifts(gift_ids)  # every occasion's gifts shown
    assert tabs.currentIndex() == TAB_GIFTS
    assert sorted(tables.gifts.selected_ids()) == sorted(gift_ids)
    occasion = tables.occasions.model.rows()[1]
    tables.show_occasions([occasion.id])
    assert tabs.currentIndex() == TAB_OCCASIONS
    assert tables.occasions.selected_ids() == [occasion.id]
    tables.show_occasion_gifts(occasion.id)
    assert tabs.currentIndex() == TAB_GIFTS
    assert tables.gifts.current_occasion_filter() == occasion.id
    tables.gifts.choose_occasion(-1)  # not listed: the filter stays
    assert tables.gifts.current_occasion_filter() == occasion.id
