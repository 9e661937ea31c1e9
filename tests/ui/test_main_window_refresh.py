"""What the window reads after a change: people and occasion figures only when
they moved, hidden tables when their tab is shown, selection and scroll kept."""

from __future__ import annotations

import dataclasses
from functools import partial
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, QSettings

from giftdesk.data import people as people_data
from giftdesk.data import table_rows
from giftdesk.data.database import open_database
from giftdesk.data.operations import bulk as bulk_ops
from giftdesk.data.operations import gifts as gift_ops
from giftdesk.data.operations import people as person_ops
from giftdesk.data.records import PersonRecord
from giftdesk.ui.main_window import TAB_GIFTS, TAB_OCCASIONS, TAB_PEOPLE, MainWindow


@pytest.fixture
def window(qtbot, demo_db, tmp_path: Path):  # type: ignore[no-untyped-def]
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(demo_db, settings)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    assert window.tabs.currentIndex() == TAB_GIFTS
    return window


# The table readers themselves (``reads`` counts the window's calls).
LIST_PEOPLE, LIST_OCCASIONS = table_rows.list_person_rows, table_rows.list_occasion_rows


@pytest.fixture
def reads(monkeypatch):  # type: ignore[no-untyped-def]
    """How often the window reads the people and the occasion rows (with their figures)."""
    counts = {"people": 0, "occasions": 0}
    for key, name, original in (
        ("people", "list_person_rows", LIST_PEOPLE),
        ("occasions", "list_occasion_rows", LIST_OCCASIONS),
    ):

        def counted(session, _original=original, _key=key):  # type: ignore[no-untyped-def]
            counts[_key] += 1
            return _original(session)

        monkeypatch.setattr(table_rows, name, counted)
    return counts


def by_id(rows) -> dict:  # type: ignore[no-untyped-def]
    return {row.id: row for row in rows}


def read_people(db) -> dict:  # type: ignore[no-untyped-def]
    with db.reading() as session:
        return by_id(LIST_PEOPLE(session))


def read_occasions(db) -> dict:  # type: ignore[no-untyped-def]
    with db.reading() as session:
        return by_id(LIST_OCCASIONS(session))


def read_gifts(db, ids) -> dict:  # type: ignore[no-untyped-def]
    with db.reading() as session:
        return by_id(table_rows.list_gift_rows(session, sorted(ids)))


def gifts_with_an_occasion(window: MainWindow, count: int) -> list[int]:
    ids = [row.id for row in window.gift_model.rows() if row.occasion_id is not None]
    assert len(ids) >= count
    return ids[:count]


def select_row_with_id(view, proxy, row_id: int) -> None:  # type: ignore[no-untyped-def]
    view.selectionModel().select(
        proxy.index(proxy.proxy_row_for_id(row_id), 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )


def assign(window: MainWindow, gift_ids: list[int], person_id: int | None) -> None:
    op = partial(
        bulk_ops.assign_purchaser, gift_ids=gift_ids, person_id=person_id, person_name="Someone"
    )
    assert window.runner.run("Assign", op)


def test_a_hidden_people_tab_is_read_when_shown_after_a_bulk_assignment(window, reads, qtbot):
    people = window.person_model.rows()
    buyer = max(people, key=lambda p: p.id)
    # A person chosen and the table scrolled on the People tab, then back to the gifts.
    window.resize(900, 340)  # short enough for the 12 people to scroll
    window.tabs.setCurrentIndex(TAB_PEOPLE)
    qtbot.wait(1)
    bar = window.person_view.verticalScrollBar()
    assert bar.maximum() >= 3
    bar.setValue(3)
    scroll = bar.value()
    select_row_with_id(window.person_view, window.person_proxy, buyer.id)
    window.tabs.setCurrentIndex(TAB_GIFTS)
    gift_ids = [row.id for row in window.gift_model.rows()][:9]
    reads.update(people=0, occasions=0)

    assign(window, gift_ids, buyer.id)

    assert reads == {"people": 0, "occasions": 0}  # nothing read for hidden tables
    assert window.person_model.item_for_id(buyer.id).name == buyer.name
    window.tabs.setCurrentIndex(TAB_PEOPLE)
    assert reads["people"] == 1
    assert by_id(window.person_model.rows()) == read_people(window.db)
    assert window.person_model.item_for_id(buyer.id).buying >= len(gift_ids)
    assert window.selected_person_ids() == [buyer.id]
    assert window.person_view.verticalScrollBar().value() == scroll
    window.tabs.setCurrentIndex(TAB_GIFTS)
    window.tabs.setCurrentIndex(TAB_PEOPLE)
    assert reads["people"] == 1  # read once, not on every showing
    assert reads["occasions"] == 0  # a purchaser moves no occasion figure


def test_a_hidden_occasion_tab_is_read_when_shown_after_a_bulk_status_change(window, reads):
    gift_ids = gifts_with_an_occasion(window, 12)
    reads.update(people=0, occasions=0)
    assert window.runner.run(
        "Status", partial(bulk_ops.set_status, gift_ids=gift_ids, status="purchased")
    )
    assert reads == {"people": 0, "occasions": 0}
    window.tabs.setCurrentIndex(TAB_PEOPLE)
    assert reads["people"] == 0  # a status moves no one's gift counts
    window.tabs.setCurrentIndex(TAB_OCCASIONS)
    assert reads["occasions"] == 1
    assert by_id(window.occasion_model.rows()) == read_occasions(window.db)
    assert by_id(window.person_model.rows()) == read_people(window.db)


def test_buying_selected_gifts_moves_only_the_bought_figure_and_is_seen(window, reads):
    """Selected → purchased keeps the planned total: the bought total still moves."""
    gift_ids = gifts_with_an_occasion(window, 6)
    assert window.runner.run(
        "Status", partial(bulk_ops.set_status, gift_ids=gift_ids, status="selected")
    )
    window.tabs.setCurrentIndex(TAB_OCCASIONS)
    window.tabs.setCurrentIndex(TAB_GIFTS)
    before = by_id(window.occasion_model.rows())
    reads.update(people=0, occasions=0)
    assert window.runner.run(
        "Status", partial(bulk_ops.set_status, gift_ids=gift_ids, status="purchased")
    )
    window.tabs.setCurrentIndex(TAB_OCCASIONS)
    assert reads == {"people": 0, "occasions": 1}
    after = by_id(window.occasion_model.rows())
    assert after == read_occasions(window.db)
    assert [o.planned_cents for o in after.values()] == [o.planned_cents for o in before.values()]
    assert after != before


def test_the_table_in_front_is_read_at_once(window, reads):
    gift_ids = gifts_with_an_occasion(window, 5)
    window.tabs.setCurrentIndex(TAB_OCCASIONS)
    reads.update(people=0, occasions=0)
    assert window.runner.run(
        "Status", partial(bulk_ops.set_status, gift_ids=gift_ids, status="idea")
    )
    assert reads == {"people": 0, "occasions": 1}
    assert by_id(window.occasion_model.rows()) == read_occasions(window.db)
    # A purchaser does not move the occasion figures in front: nothing read.
    assign(window, gift_ids, window.person_model.rows()[0].id)
    assert reads == {"people": 0, "occasions": 1}
    window.tabs.setCurrentIndex(TAB_PEOPLE)
    assert reads["people"] == 1
    assert by_id(window.person_model.rows()) == read_people(window.db)


def test_undo_and_redo_of_bulk_actions_leave_every_table_right(window, reads):
    gift_ids = gifts_with_an_occasion(window, 10)
    person = window.person_model.rows()[1].id
    occasion = window.occasion_model.rows()[-1]
    assign(window, gift_ids, person)
    window.runner.run(
        "Move",
        partial(
            bulk_ops.set_occasion, gift_ids=gift_ids, occasion_id=occasion.id, occasion_name="X"
        ),
    )
    window.runner.run("Status", partial(bulk_ops.set_status, gift_ids=gift_ids, status="selected"))
    for step in ("undo", "undo", "redo", "undo", "undo", "redo", "redo", "redo"):
        getattr(window.undo_stack, step)()
        for tab in (TAB_OCCASIONS, TAB_PEOPLE, TAB_GIFTS):
            window.tabs.setCurrentIndex(tab)
        assert by_id(window.person_model.rows()) == read_people(window.db), step
        assert by_id(window.occasion_model.rows()) == read_occasions(window.db), step
        assert by_id(window.gift_model.rows()) == read_gifts(window.db, gift_ids) | {
            i: r for i, r in by_id(window.gift_model.rows()).items() if i not in gift_ids
        }
    # Undone on a tab in front: read at once, right without switching.
    window.tabs.setCurrentIndex(TAB_PEOPLE)
    window.undo_stack.undo()
    assert by_id(window.person_model.rows()) == read_people(window.db)


def test_deleted_gifts_leave_hidden_figures_stale_until_shown(window, reads, monkeypatch):
    gift_ids = gifts_with_an_occasion(window, 4)
    reads.update(people=0, occasions=0)
    assert window.runner.run("Delete", partial(gift_ops.delete_gifts, gift_ids=gift_ids))
    assert reads == {"people": 0, "occasions": 0}
    window.refresh_stale_tables()  # what another part of the window calls before reading
    assert reads == {"people": 1, "occasions": 1}
    assert by_id(window.person_model.rows()) == read_people(window.db)
    assert by_id(window.occasion_model.rows()) == read_occasions(window.db)
    window.tabs.setCurrentIndex(TAB_OCCASIONS)
    assert reads == {"people": 1, "occasions": 1}


def test_a_rename_while_hidden_updates_names_without_reading_figures(window, reads, demo_db):
    with demo_db.reading() as s:
        anna = people_data.find_person_by_name(s, "Anna")
    figures = window.person_model.item_for_id(anna.id)
    reads.update(people=0, occasions=0)
    window.runner.run(
        "Rename", partial(person_ops.edit_person, record=dataclasses.replace(anna, name="Annie"))
    )
    assert reads == {"people": 0, "occasions": 0}
    renamed = window.person_model.item_for_id(anna.id)
    # Its version too: a delete from the table states the version the rename left.
    assert renamed == dataclasses.replace(figures, name="Annie", version=figures.version + 1)
    assert renamed == read_people(window.db)[anna.id]
    assert all(
        "Annie" in r.recipient_names for r in window.gift_model.rows() if anna.id in r.recipient_ids
    )
    window.tabs.setCurrentIndex(TAB_PEOPLE)
    assert reads["people"] == 0  # the figures did not move


def test_a_person_created_from_the_gift_tab_appears_at_once(window, reads):
    reads.update(people=0, occasions=0)
    result = window.runner.run(
        "Add",
        partial(person_ops.create_person, record=PersonRecord(None, "Oma Gerda", "Grandmother")),
    )
    assert result
    (person_id,) = result.created
    created = window.person_model.item_for_id(person_id)
    assert created is not None and (created.name, created.receiving, created.buying) == (
        "Oma Gerda",
        0,
        0,
    )
    assert (person_id, "Oma Gerda") in window.tables.people.choices()
    assert reads == {"people": 0, "occasions": 0}
    window.undo_stack.undo()
    assert window.person_model.item_for_id(person_id) is None
    window.tabs.setCurrentIndex(TAB_PEOPLE)
    assert by_id(window.person_model.rows()) == read_people(window.db)


def test_an_occasion_budget_set_elsewhere_reaches_the_hidden_occasion_table(window, reads):
    from giftdesk.data.operations.occasions import set_occasion_budget

    occasion = window.occasion_model.rows()[0]
    reads.update(people=0, occasions=0)
    op = partial(set_occasion_budget, occasion_id=occasion.id, cents=123_45)
    assert window.runner.run("Budget", op)
    assert window.occasion_model.item_for_id(occasion.id).budget_cents == 123_45
    assert reads == {"people": 0, "occasions": 0}
    window.tabs.setCurrentIndex(TAB_OCCASIONS)
    assert by_id(window.occasion_model.rows()) == read_occasions(window.db)


def test_another_file_clears_what_was_stale(window, reads, tmp_path):
    assign(window, gifts_with_an_occasion(window, 3), window.person_model.rows()[0].id)
    window.set_database(open_database(tmp_path / "other.sqlite3"))
    reads.update(people=0, occasions=0)
    window.tabs.setCurrentIndex(TAB_PEOPLE)
    assert reads == {"people": 0, "occasions": 0}
    assert window.person_model.rowCount() == 0


@pytest.fixture
def gift_reads(monkeypatch):  # type: ignore[no-untyped-def]
    """The gift ids the window reads again (``list_gift_rows`` with ids)."""
    asked: list[list[int]] = []
    original = table_rows.list_gift_rows

    def counted(session, gift_ids=None, **names):  # type: ignore[no-untyped-def]
        if gift_ids is not None:
            asked.append(list(gift_ids))
        return original(session, gift_ids, **names)

    monkeypatch.setattr(table_rows, "list_gift_rows", counted)
    return asked


def assert_gift_rows_as_read(window: MainWindow) -> None:
    """Every row the table holds equals the row read from the file now."""
    with window.db.reading() as session:
        assert by_id(window.gift_model.rows()) == by_id(table_rows.list_gift_rows(session))


def test_bulk_purchaser_status_and_occasion_patch_rows_equal_to_read_ones(window, gift_reads):
    import datetime as dt

    rows = window.gift_model.rows()
    undated = [r.id for r in rows if r.purchase_date is None and r.status != "purchased"][:5]
    dated = [r.id for r in rows if r.purchase_date is not None][:3]
    gift_ids = sorted({*undated, *dated, *gifts_with_an_occasion(window, 6)})
    no_occasion = [r.id for r in rows if r.occasion_id is None][:2]
    assert len(undated) == 5 and dated and no_occasion
    people = window.person_model.rows()
    occasion = window.occasion_model.rows()[-1]
    today = dt.date(2026, 3, 14)
    commands = [
        partial(
            bulk_ops.assign_purchaser, gift_ids=gift_ids, person_id=people[3].id, person_name="X"
        ),
        partial(bulk_ops.assign_purchaser, gift_ids=gift_ids, person_id=None, person_name=None),
        partial(bulk_ops.set_status, gift_ids=gift_ids, status=" Purchased", today=today),
        partial(bulk_ops.set_status, gift_ids=gift_ids, status="idea"),
        partial(
            bulk_ops.set_occasion,
            gift_ids=gift_ids + no_occasion,
            occasion_id=occasion.id,
            occasion_name=occasion.name,
        ),
        partial(bulk_ops.set_occasion, gift_ids=gift_ids[:4], occasion_id=None, occasion_name=None),
    ]
    for command in commands:
        assert window.runner.run("Bulk", command), command
        assert_gift_rows_as_read(window)
    assert {window.gift_model.item_for_id(g).purchase_date for g in undated} == {today}
    for _ in commands:
        window.undo_stack.undo()
        assert_gift_rows_as_read(window)
    for _ in commands:
        window.undo_stack.redo()
        assert_gift_rows_as_read(window)
    assert gift_reads == []  # every one of them patched, none read again
    for tab in (TAB_PEOPLE, TAB_OCCASIONS):
        window.tabs.setCurrentIndex(tab)
    assert by_id(window.person_model.rows()) == read_people(window.db)
    assert by_id(window.occasion_model.rows()) == read_occasions(window.db)


def test_a_purchaser_who_contributed_has_that_row_read_again(window, gift_reads):
    """Assigning a contributor also drops the contribution: not a plain value, so
    that row is read; the others are patched."""
    row = next(r for r in window.gift_model.rows() if r.contributor_ids)
    contributor = row.contributor_ids[0]
    others = [r.id for r in window.gift_model.rows() if contributor not in r.contributor_ids][:3]
    op = partial(
        bulk_ops.assign_purchaser,
        gift_ids=[row.id, *others],
        person_id=contributor,
        person_name=None,
    )
    assert window.runner.run("Assign", op)
    assert gift_reads == [[row.id]]
    assert contributor not in window.gift_model.item_for_id(row.id).contributor_ids
    assert_gift_rows_as_read(window)
    window.undo_stack.undo()
    assert gift_reads == [[row.id], [row.id]]
    assert contributor in window.gift_model.item_for_id(row.id).contributor_ids
    assert_gift_rows_as_read(window)


def test_patching_falls_back_to_reading_when_it_cannot_be_done(window):
    model = window.gift_model
    row = model.rows()[0]
    person = window.person_model.rows()[0]
    names = {"purchaser_name": {person.id: person.name}, "occasion_name": {}}
    patched = model.patched_rows({"purchaser_id": {row.id: person.id}}, names)
    assert patched == [row._replace(purchaser_id=person.id, purchaser_name=person.name)]
    assert model.item_for_id(row.id) == row  # the model itself is untouched
    assert model.patched_rows({"quantity": {row.id: 3}}, names) is None  # not patchable
    assert model.patched_rows({"purchaser_id": {10**9: person.id}}, names) is None  # no gift
    assert model.patched_rows({"purchaser_id": {row.id: 10**9}}, names) is None  # no name
    assert model.patched_rows({}, names) is None
