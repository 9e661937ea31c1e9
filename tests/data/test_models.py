"""The schema enforces SPEC §1 by itself, not only through the code."""

from __future__ import annotations

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import Index, Table, exc, text

from giftdesk.data import budgets as budgets_data
from giftdesk.data import gifts as gifts_data
from giftdesk.data import occasions as occasions_data
from giftdesk.data import people as people_data
from giftdesk.data import table_rows
from giftdesk.data.bulk import assign_purchaser
from giftdesk.data.models import SERVER_ONLY_TABLES, Base
from giftdesk.data.records import BudgetRecord, GiftRecord, OccasionRecord, PersonRecord


def _raw(db, sql: str, **params):  # type: ignore[no-untyped-def]
    with db.engine.begin() as connection:
        return connection.execute(text(sql), params)


def _family(db):  # type: ignore[no-untyped-def]
    with db.transaction() as s:
        anna = people_data.create_person(s, PersonRecord(None, "Anna"))
        dad = people_data.create_person(s, PersonRecord(None, "Dad"))
        xmas = occasions_data.create_occasion(s, OccasionRecord(None, "Christmas", "holiday"))
        gift = gifts_data.create_gift(
            s,
            GiftRecord(
                None,
                "Scarf",
                occasion_id=xmas,
                price_cents=1000,
                recipient_ids=(anna,),
                purchaser_id=dad,
                contributor_ids=(anna,),
            ),
        )
        budgets_data.set_budget(s, BudgetRecord(anna, xmas, 5000, 2000))
    return anna, dad, xmas, gift


def test_foreign_keys_are_enforced_on_every_connection(db):
    with pytest.raises(exc.IntegrityError, match="(?i)foreign key"):
        _raw(db, "INSERT INTO gifts (name, status, priority, quantity, occasion_id) "
                 "VALUES ('x', 'idea', 'medium', 1, 999)")  # fmt: skip
    with pytest.raises(exc.IntegrityError, match="(?i)foreign key"):
        _raw(db, "INSERT INTO gift_people (gift_id, person_id, role) VALUES (1, 1, 'recipient')")


@pytest.mark.parametrize("engine", ["sqlite"], indirect=True)  # SQLite's PRAGMAs
def test_connection_uses_wal_and_a_busy_timeout(db):
    with db.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() > 0
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


@pytest.mark.parametrize(
    "sql",
    [
        "INSERT INTO gifts (name, status, priority, quantity, price_cents) "
        "VALUES ('x', 'idea', 'medium', 1, -1)",
        "INSERT INTO gifts (name, status, priority, quantity, price_cents) "
        "VALUES ('x', 'idea', 'medium', 1, 1000000000)",
        "INSERT INTO gifts (name, status, priority, quantity) VALUES ('x', 'lost', 'medium', 1)",
        "INSERT INTO gifts (name, status, priority, quantity) VALUES ('x', 'idea', 'urgent', 1)",
        "INSERT INTO gifts (name, status, priority, quantity) VALUES ('x', 'idea', 'medium', 0)",
        "INSERT INTO gifts (name, status, priority, quantity) VALUES ('x', 'idea', 'medium', 10000)",
        "INSERT INTO gifts (name, status, priority, quantity) VALUES ('  ', 'idea', 'medium', 1)",
        "INSERT INTO occasions (name, type) VALUES ('x', 'party')",
        "INSERT INTO occasions (name, type, budget_cents) VALUES ('x', 'other', -5)",
        "INSERT INTO persons (name) VALUES ('')",
    ],
)
def test_check_constraints_refuse_bad_rows(db, sql):
    with pytest.raises(exc.IntegrityError):
        _raw(db, sql)


def test_gift_people_role_is_limited_and_links_are_unique(db):
    anna, dad, xmas, gift = _family(db)
    with pytest.raises(exc.IntegrityError):
        _raw(db, "INSERT INTO gift_people (gift_id, person_id, role) VALUES (:g, :p, 'giver')",
             g=gift, p=dad)  # fmt: skip
    with pytest.raises(exc.IntegrityError, match="(?i)unique"):
        _raw(db, "INSERT INTO gift_people (gift_id, person_id, role) VALUES (:g, :p, 'recipient')",
             g=gift, p=anna)  # fmt: skip
    # The same person in another role is allowed (anna receives and contributes).
    roles = _raw(db, "SELECT role FROM gift_people WHERE person_id = :p ORDER BY role", p=anna)
    assert [r[0] for r in roles] == ["contributor", "recipient"]


def test_deleting_a_person_removes_links_and_clears_purchases(db):
    anna, dad, xmas, gift = _family(db)
    with db.transaction() as s:
        assert people_data.person_delete_impact(s, dad).purchasing == 1
        people_data.delete_person(s, dad)
    assert _raw(db, "SELECT purchaser_id FROM gifts WHERE id = :g", g=gift).scalar() is None
    with db.transaction() as s:
        people_data.delete_person(s, anna)
    assert _raw(db, "SELECT count(*) FROM gift_people").scalar() == 0
    assert _raw(db, "SELECT count(*) FROM person_occasions").scalar() == 0
    assert _raw(db, "SELECT count(*) FROM gifts").scalar() == 1


def test_deleting_an_occasion_leaves_its_gifts_without_occasion(db):
    anna, dad, xmas, gift = _family(db)
    with db.transaction() as s:
        occasions_data.delete_occasion(s, xmas)
    assert _raw(db, "SELECT occasion_id FROM gifts WHERE id = :g", g=gift).scalar() is None
    assert _raw(db, "SELECT count(*) FROM person_occasions").scalar() == 0


def test_purchaser_has_one_source_of_truth(db):
    """gifts.purchaser_id is the purchaser; gift_people never disagrees with it."""
    anna, dad, xmas, gift = _family(db)
    with db.transaction() as s:
        gifts_data.set_gift_fields(s, gift, purchaser_id=None)
        assign_purchaser(s, [gift], dad)
        gifts_data.update_gift(s, gifts_data.get_gift(s, gift))
    # giftdesk never writes role 'purchaser' rows, so they cannot diverge ...
    assert _raw(db, "SELECT count(*) FROM gift_people WHERE role = 'purchaser'").scalar() == 0
    # ... and a stray one written by another tool does not change the purchaser.
    _raw(db, "INSERT INTO gift_people (gift_id, person_id, role) VALUES (:g, :p, 'purchaser')",
         g=gift, p=anna)  # fmt: skip
    with db.reading() as s:
        assert gifts_data.get_gift(s, gift).purchaser_id == dad
        assert table_rows.list_gift_rows(s, [gift])[0].purchaser_name == "Dad"


def test_models_match_the_migrated_schema(db):
    with db.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        diff = compare_metadata(context, Base.metadata)
    # Who logs in as which person exists only where there are logins (a server).
    diff = [
        d
        for d in diff
        if not (
            d[0] in ("remove_table", "remove_index") and _table_name(d[1]) in SERVER_ONLY_TABLES
        )
    ]
    assert diff == []


def _table_name(item: Table | Index) -> str:
    return item.table.name if isinstance(item, Index) else item.name


def test_a_contributor_cannot_also_be_the_purchaser(db):
    from giftdesk.data.errors import ValidationError

    anna, dad, xmas, gift = _family(db)
    with pytest.raises(ValidationError) as caught, db.transaction() as s:
        gifts_data.set_gift_fields(s, gift, purchaser_id=anna)
    assert caught.value.field == "contributors"
    with db.reading() as s:
        assert gifts_data.get_gift(s, gift).purchaser_id == dad
