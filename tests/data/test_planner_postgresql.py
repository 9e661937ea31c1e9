"""The planner's SQL on a real PostgreSQL server (127.0.0.1:5432), not only on SQLite.

Each test gets a fresh database with giftdesk's tables (created from the
models: running the migrations on PostgreSQL is the shared-database work's
part). Skipped, saying so, only when no server answers.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, select, text
from sqlalchemy.orm import Session

from giftdesk.data import budgets as budgets_data
from giftdesk.data import gifts as gifts_data
from giftdesk.data import occasions as occasions_data
from giftdesk.data import people as people_data
from giftdesk.data.history import find_person, person_history
from giftdesk.data.models import Base, gifts, occasions, person_occasions, persons
from giftdesk.data.records import BudgetRecord, GiftRecord, OccasionRecord, PersonRecord
from giftdesk.data.rollover import find_occasion, rollover_occasion, undo_rollover
from giftdesk.data.spreadsheet import import_plan, plan_import, read_sheet, undo_import
from giftdesk.data.upcoming import plan_birthday, upcoming

SERVER = "postgresql+psycopg://root@127.0.0.1:5432"


@pytest.fixture
def pg() -> Iterator[Session]:
    psycopg = pytest.importorskip("psycopg")
    name = f"giftdesk_planner_{uuid.uuid4().hex[:12]}"
    try:
        admin = create_engine(f"{SERVER}/test", isolation_level="AUTOCOMMIT")
        with admin.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{name}"'))
    except Exception as error:  # noqa: BLE001 - any failure to reach the server
        if isinstance(getattr(error, "orig", None), psycopg.OperationalError):
            pytest.skip(f"no PostgreSQL server at 127.0.0.1:5432 ({error.orig})")
        raise
    engine = create_engine(f"{SERVER}/{name}")
    try:
        Base.metadata.create_all(engine)
        with Session(engine) as session, session.begin():
            yield session
    finally:
        engine.dispose()
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
        admin.dispose()


def _family(s: Session) -> tuple[int, int, int]:
    anna = people_data.create_person(s, PersonRecord(None, "Anna", birthdate=dt.date(1990, 12, 20)))
    lukas = people_data.create_person(s, PersonRecord(None, "Lukas"))
    xmas = occasions_data.create_occasion(
        s, OccasionRecord(None, "Christmas 2026", "holiday", dt.date(2026, 12, 25), 10000)
    )
    budgets_data.set_budget(s, BudgetRecord(anna, xmas, 100, 200))
    for n in range(5):
        gifts_data.create_gift(
            s,
            GiftRecord(None, f"Gift {n}", xmas, "idea" if n % 2 else "purchased", price_cents=333,
                       recipient_ids=(anna, lukas), purchaser_id=lukas),
        )  # fmt: skip
    return anna, lukas, xmas


def test_history_and_upcoming_on_postgresql(pg: Session) -> None:
    anna, _, _ = _family(pg)
    assert find_person(pg, "ANNA")[0] == anna
    history = person_history(pg, anna)
    assert [len(o.received) for o in history.occasions] == [5]
    # 3 planned gifts of 3.33 split with Lukas: Anna (the lower id) gets 1.67 of each.
    assert history.years[0].received_cents == 3 * 167
    found = upcoming(pg, dt.date(2026, 12, 1), 60)
    assert [(o.name, o.planned_cents, o.bought_cents) for o in found.occasions] == [
        ("Christmas 2026", 999, 999)
    ]
    assert [b.name for b in found.birthdays] == ["Anna"]
    plan_birthday(pg, anna, dt.date(2026, 12, 1))
    assert upcoming(pg, dt.date(2026, 12, 1), 60).birthdays == ()


def test_rollover_and_its_undo_on_postgresql(pg: Session) -> None:
    _family(pg)
    done = rollover_occasion(pg, find_occasion(pg, "christmas 2026"), "Christmas 2027")
    assert (len(done.gift_ids), done.budgets, done.date) == (2, 1, dt.date(2027, 12, 25))
    undo_rollover(pg, done)
    assert pg.scalar(select(func.count()).select_from(occasions)) == 1
    assert pg.scalar(select(func.count()).select_from(gifts)) == 5
    assert pg.scalar(select(func.count()).select_from(person_occasions)) == 1


def test_spreadsheet_import_and_its_undo_on_postgresql(pg: Session, tmp_path: Path) -> None:
    _family(pg)
    sheet = tmp_path / "gifts.csv"
    sheet.write_text('Gift,For,Price,Bought by\nA,Anna & Zoë,"$1,234.50",Sam\nB,zoe,2,anna\n')
    done = import_plan(pg, plan_import(read_sheet(sheet)))
    assert done.people_created == ("Zoë", "Sam")
    assert pg.scalar(select(func.count()).select_from(persons)) == 4
    undo_import(pg, done)
    assert pg.scalar(select(func.count()).select_from(persons)) == 2
    assert pg.scalar(select(func.count()).select_from(gifts)) == 5
