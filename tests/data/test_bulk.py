"""Bulk actions of giftdesk.data.bulk: set-based, all-or-nothing, exactly undoable."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest
from sqlalchemy import event, insert, select

from giftdesk.data import bulk
from giftdesk.data.database import Database
from giftdesk.data.errors import DatabaseError, NotFoundError, ValidationError
from giftdesk.data.gifts import delete_gifts
from giftdesk.data.models import gift_people, gifts
from giftdesk.data.people import create_person, delete_person
from giftdesk.data.records import PersonRecord

TODAY = dt.date(2026, 12, 1)


# What a gift holds (its version only counts changes, undone ones too).
CONTENT = [column for column in gifts.c if column.name != "version"]


def snapshot(db: Database) -> tuple[list[tuple], list[tuple]]:
    """Every gift column and every link, to compare before/after."""
    with db.reading() as session:
        gift_rows = [tuple(r) for r in session.execute(select(*CONTENT).order_by(gifts.c.id))]
        links = [
            tuple(r)
            for r in session.execute(
                select(gift_people.c.gift_id, gift_people.c.person_id, gift_people.c.role).order_by(
                    gift_people.c.gift_id, gift_people.c.person_id, gift_people.c.role
                )
            )
        ]
    return gift_rows, links


def in_transaction(db: Database, action):  # type: ignore[no-untyped-def]
    with db.transaction() as session:
        return action(session)


def all_gift_ids(db: Database) -> list[int]:
    with db.reading() as session:
        return list(session.scalars(select(gifts.c.id).order_by(gifts.c.id)))


def purchasers(db: Database) -> dict[int, int | None]:
    with db.reading() as session:
        return dict(session.execute(select(gifts.c.id, gifts.c.purchaser_id)).all())


@pytest.fixture
def many_gifts_db(db: Database) -> Database:
    """1,200 gifts (more than two chunks of 500) with varied purchasers/statuses."""
    with db.transaction() as session:
        people = [create_person(session, PersonRecord(None, f"Person {i}")) for i in range(4)]
        rows = [
            {
                "id": i,
                "name": f"Gift {i}",
                "status": ("idea", "selected", "purchased", "received")[i % 4],
                "purchase_date": dt.date(2026, 11, 1) if i % 8 == 2 else None,
                "purchaser_id": (None, *people)[i % 5],
                "price_cents": 100 + i,
                "quantity": 1 + i % 3,
            }
            for i in range(1, 1201)
        ]
        session.execute(insert(gifts), rows)
        session.execute(
            insert(gift_people),
            [
                {"gift_id": i, "person_id": people[i % 4], "role": "recipient"}
                for i in range(1, 1201)
            ]
            + [
                {"gift_id": i, "person_id": people[0], "role": "contributor"}
                for i in range(1, 1201, 7)
                if (None, *people)[i % 5] != people[0]
            ],
        )
    return db


def test_assign_purchaser_then_undo_restores_purchasers_and_contributions(demo_db: Database):
    ids = all_gift_ids(demo_db)[:30]
    before = snapshot(demo_db)
    with demo_db.transaction() as session:
        undo = bulk.assign_purchaser(session, ids, 3)
    assert all(purchasers(demo_db)[g] == 3 for g in ids)
    with demo_db.reading() as session:
        still = session.scalars(
            select(gift_people.c.gift_id).where(
                gift_people.c.person_id == 3, gift_people.c.role == "contributor"
            )
        ).all()
    assert not set(still) & set(ids)  # the purchaser no longer also contributes
    with demo_db.transaction() as session:
        bulk.undo_assign_purchaser(session, undo)
    assert snapshot(demo_db) == before


def test_clear_purchaser_and_undo(demo_db: Database):
    ids = all_gift_ids(demo_db)
    before = snapshot(demo_db)
    with demo_db.transaction() as session:
        undo = bulk.assign_purchaser(session, ids, None)
    assert set(purchasers(demo_db).values()) == {None}
    with demo_db.transaction() as session:
        bulk.undo_assign_purchaser(session, undo)
    assert snapshot(demo_db) == before


def test_set_status_purchased_dates_only_undated_gifts_and_undo_restores(
    many_gifts_db: Database,
):
    ids = all_gift_ids(many_gifts_db)
    before = snapshot(many_gifts_db)
    with many_gifts_db.transaction() as session:
        previous = bulk.set_status(session, ids, "purchased", today=TODAY)
    with many_gifts_db.reading() as session:
        rows = dict(session.execute(select(gifts.c.id, gifts.c.purchase_date)).all())
        statuses = set(session.scalars(select(gifts.c.status)))
    assert statuses == {"purchased"}
    for gift_id, (_old_status, old_date) in previous.items():
        assert rows[gift_id] == (old_date or TODAY)
    with many_gifts_db.transaction() as session:
        bulk.undo_set_status(session, previous)
    assert snapshot(many_gifts_db) == before


def test_set_status_idea_keeps_purchase_dates(many_gifts_db: Database):
    ids = all_gift_ids(many_gifts_db)
    with many_gifts_db.transaction() as session:
        bulk.set_status(session, ids, "idea", today=TODAY)
    with many_gifts_db.reading() as session:
        dates = set(session.scalars(select(gifts.c.purchase_date)))
    assert dates == {None, dt.date(2026, 11, 1)}


def test_set_status_refuses_an_unknown_status(demo_db: Database):
    before = snapshot(demo_db)
    with pytest.raises(ValidationError, match="not one of"), demo_db.transaction() as session:
        bulk.set_status(session, all_gift_ids(demo_db), "lost")
    assert snapshot(demo_db) == before


def test_set_occasion_and_undo(demo_db: Database):
    ids = all_gift_ids(demo_db)
    before = snapshot(demo_db)
    with demo_db.transaction() as session:
        previous = bulk.set_occasion(session, ids, 2)
        assert bulk.occasions_of(session, ids) == {2}
    with demo_db.transaction() as session:
        bulk.undo_set_occasion(session, previous)
    assert snapshot(demo_db) == before
    with demo_db.transaction() as session:
        bulk.set_occasion(session, ids, None)
        assert bulk.occasions_of(session, ids) == {None}


def test_add_and_remove_recipient_undo_exactly(demo_db: Database):
    ids = all_gift_ids(demo_db)
    before = snapshot(demo_db)
    with demo_db.transaction() as session:
        had = {g for g in ids if 8 in _recipients(session, g)}
        added = bulk.add_recipient(session, ids, 8)
    assert set(added) == set(ids) - had
    with demo_db.transaction() as session:
        bulk.undo_add_recipient(session, added, 8)
    assert snapshot(demo_db) == before
    with demo_db.transaction() as session:
        removed = bulk.remove_recipient(session, ids, 8)
        assert set(removed) == had
        assert 8 not in bulk.recipients_of(session, ids)
    with demo_db.transaction() as session:
        bulk.undo_remove_recipient(session, removed, 8)
    assert snapshot(demo_db) == before


def _recipients(session, gift_id: int) -> set[int]:  # type: ignore[no-untyped-def]
    return set(
        session.scalars(
            select(gift_people.c.person_id).where(
                gift_people.c.gift_id == gift_id, gift_people.c.role == "recipient"
            )
        )
    )


def test_total_cost_follows_sale_price_and_quantity(many_gifts_db: Database):
    ids = all_gift_ids(many_gifts_db)
    expected = sum((100 + i) * (1 + i % 3) for i in range(1, 1201))
    with many_gifts_db.reading() as session:
        assert bulk.total_cost_cents(session, ids) == expected
        assert bulk.total_cost_cents(session, []) == 0


def test_gifts_deleted_meanwhile_refuse_every_action_and_change_nothing(demo_db: Database):
    ids = all_gift_ids(demo_db)
    with demo_db.transaction() as session:
        delete_gifts(session, ids[-2:])
    before = snapshot(demo_db)
    actions = [
        lambda s: bulk.assign_purchaser(s, ids, 3),
        lambda s: bulk.set_status(s, ids, "purchased"),
        lambda s: bulk.set_occasion(s, ids, 1),
        lambda s: bulk.add_recipient(s, ids, 3),
        lambda s: bulk.remove_recipient(s, ids, 3),
    ]
    for act in actions:
        with pytest.raises(NotFoundError, match="2 of the .* selected gifts no longer exist"):
            in_transaction(demo_db, act)
    assert snapshot(demo_db) == before


def test_person_deleted_meanwhile_refuses_assignment(demo_db: Database):
    with demo_db.transaction() as session:
        person = create_person(session, PersonRecord(None, "Temporary"))
        delete_person(session, person)
    before = snapshot(demo_db)
    ids = all_gift_ids(demo_db)
    with pytest.raises(NotFoundError, match="purchaser chosen no longer exists"):
        in_transaction(demo_db, lambda s: bulk.assign_purchaser(s, ids, person))
    with pytest.raises(NotFoundError, match="recipient chosen no longer exists"):
        in_transaction(demo_db, lambda s: bulk.add_recipient(s, ids, person))
    assert snapshot(demo_db) == before


def test_occasion_deleted_meanwhile_refuses_the_move(demo_db: Database):
    before = snapshot(demo_db)
    ids = all_gift_ids(demo_db)
    with pytest.raises(NotFoundError, match="occasion chosen no longer exists"):
        in_transaction(demo_db, lambda s: bulk.set_occasion(s, ids, 999))
    assert snapshot(demo_db) == before


class FailOnSecondWrite:
    """Makes the second write statement fail, as a full disk would."""

    def __init__(self) -> None:
        self.writes = 0

    def __call__(self, conn, cursor, statement, parameters, context, executemany):  # type: ignore[no-untyped-def]
        if statement.lstrip().upper().startswith(("UPDATE", "DELETE", "INSERT")):
            self.writes += 1
            if self.writes == 2:
                if conn.dialect.name == "postgresql":
                    import psycopg

                    raise psycopg.errors.DiskFull("could not extend file: disk I/O error")
                raise sqlite3.OperationalError("disk I/O error")


ACTIONS = {
    # person 1 contributes to some of the gifts: the contributions go first
    "assign_purchaser": lambda s, ids: bulk.assign_purchaser(s, ids, 1),
    # marking as received (dates included) is one UPDATE: the move to no occasion is the second
    "set_status": lambda s, ids: (
        bulk.set_status(s, ids, "received", today=TODAY),
        bulk.set_occasion(s, ids, None),
    ),
    "set_occasion": lambda s, ids: bulk.set_occasion(s, ids, None),
    "clear_purchaser": lambda s, ids: bulk.assign_purchaser(s, ids, None),
}


def force_id_list(monkeypatch: pytest.MonkeyPatch, json_sets: bool) -> None:
    """Make SQLite compile id sets as a plain expanding IN (as on SQLite < 3.38)."""
    from giftdesk.data import id_sets

    if not json_sets:
        monkeypatch.setattr(id_sets, "JSON_EACH_SINCE", (99, 0, 0))


@pytest.mark.parametrize("json_sets", [True, False], ids=["json", "list"])
@pytest.mark.parametrize("name", ["assign_purchaser", "set_status"])
def test_failure_of_a_later_statement_leaves_every_gift_as_it_was(
    many_gifts_db: Database, monkeypatch: pytest.MonkeyPatch, name: str, json_sets: bool
):
    """The second of two writes fails after the first changed rows: all is rolled back."""
    force_id_list(monkeypatch, json_sets)
    ids = all_gift_ids(many_gifts_db)
    assert len(ids) > 2 * 500
    before = snapshot(many_gifts_db)
    failure = FailOnSecondWrite()
    event.listen(many_gifts_db.engine, "before_cursor_execute", failure)
    try:
        with pytest.raises(DatabaseError, match="disk I/O error|disk is full"):
            in_transaction(many_gifts_db, lambda s: ACTIONS[name](s, ids))
    finally:
        event.remove(many_gifts_db.engine, "before_cursor_execute", failure)
    assert failure.writes == 2  # one write went through before the failure
    assert snapshot(many_gifts_db) == before


@pytest.mark.parametrize("json_sets", [True, False], ids=["json", "list"])
def test_both_id_set_paths_give_the_same_result(
    many_gifts_db: Database, monkeypatch: pytest.MonkeyPatch, json_sets: bool
):
    force_id_list(monkeypatch, json_sets)
    ids = all_gift_ids(many_gifts_db)[::3]
    before = snapshot(many_gifts_db)
    with many_gifts_db.transaction() as session:
        undo = bulk.assign_purchaser(session, ids, 2)
        assert undo.total_cost_cents == bulk.total_cost_cents(session, ids)
    assert {purchasers(many_gifts_db)[g] for g in ids} == {2}
    with many_gifts_db.transaction() as session:
        bulk.undo_assign_purchaser(session, undo)
    assert snapshot(many_gifts_db) == before


def test_undo_refuses_when_a_previous_purchaser_was_deleted(demo_db: Database):
    ids = all_gift_ids(demo_db)
    with demo_db.transaction() as session:
        undo = bulk.assign_purchaser(session, ids, 3)
    old = next(p for p in undo.previous.values() if p not in (None, 3))
    with demo_db.transaction() as session:
        delete_person(session, old)
    before = snapshot(demo_db)
    with pytest.raises(NotFoundError, match="cannot be put back"):
        in_transaction(demo_db, lambda s: bulk.undo_assign_purchaser(s, undo))
    assert snapshot(demo_db) == before


@pytest.mark.parametrize("json_sets", [True, False], ids=["json", "list"])
def test_partial_gift_rows_for_many_ids_match_the_full_list(
    many_gifts_db: Database, monkeypatch: pytest.MonkeyPatch, json_sets: bool
):
    from giftdesk.data.table_rows import list_gift_rows

    force_id_list(monkeypatch, json_sets)
    ids = all_gift_ids(many_gifts_db)[1::2] + [999_999]  # one that does not exist
    with many_gifts_db.reading() as session:
        everything = {row.id: row for row in list_gift_rows(session)}
        some = list_gift_rows(session, ids)
    assert [row.id for row in some] == sorted(ids)[:-1]
    assert some == [everything[row.id] for row in some]


def test_id_sets_are_one_clause_compiled_per_dialect(monkeypatch: pytest.MonkeyPatch):
    from sqlalchemy import select
    from sqlalchemy.dialects import postgresql, sqlite

    from giftdesk.data import id_sets

    assert id_sets.where_in(gifts.c.id, []) == []
    clauses = id_sets.where_in(gifts.c.id, [3, 1, 3, *range(10, 1210)])
    assert len(clauses) == 1
    query = select(gifts.c.id).where(*clauses)
    on_sqlite = str(query.compile(dialect=sqlite.dialect()))
    assert "json_each(?)" in on_sqlite and "= 1" not in on_sqlite
    on_postgres = str(
        query.compile(dialect=postgresql.dialect(), compile_kwargs={"render_postcompile": True})
    )
    # PostgreSQL: one array parameter, whatever the number of ids
    assert (
        "json_each" not in on_postgres and "gifts.id = ANY(%(param_1)s::INTEGER[])" in on_postgres
    )
    assert query.compile(dialect=postgresql.dialect()).params["param_1"][:3] == [1, 3, 10]
    force_id_list(monkeypatch, json_sets=False)
    assert "json_each" not in str(query.compile(dialect=sqlite.dialect()))
