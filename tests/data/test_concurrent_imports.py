"""Two computers importing into one shared database at the same moment.

Ids come from the database's sequences, so two imports whose transactions
overlap both land with their own ids; each is still all or nothing.
"""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import func, select

from giftdesk.data.backup import import_backup
from giftdesk.data.database import Database, open_database
from giftdesk.data.demo import demo_backup
from giftdesk.data.models import gift_people, gifts, persons

pytestmark = pytest.mark.parametrize("engine", ["postgresql"], indirect=True)


class Refused(Exception):
    pass


def _import_in_step(address: str, barrier: threading.Barrier, fail: bool, results: list) -> None:
    """Import the example family, wait until the other import has too, then commit (or fail)."""
    db = open_database(address)
    try:
        with db.transaction() as session:
            summary = import_backup(session, demo_backup())
            barrier.wait(timeout=30)  # both imports are written, neither committed
            if fail:
                raise Refused
        results.append(summary)
    except Refused:
        results.append("refused")
    finally:
        db.close()


def _run_two(address: str, failing: tuple[bool, bool]) -> list:
    barrier = threading.Barrier(2)
    results: list = []
    threads = [
        threading.Thread(target=_import_in_step, args=(address, barrier, fail, results))
        for fail in failing
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    return results


def _counts(db: Database) -> tuple[int, int, int]:
    with db.reading() as session:
        return tuple(  # type: ignore[return-value]
            session.scalar(select(func.count()).select_from(t))
            for t in (persons, gifts, gift_people)
        )


def test_two_overlapping_imports_both_land_with_their_own_ids(db: Database, db_target: str):
    results = _run_two(str(db_target), (False, False))
    first, second = results
    assert set(first.gift_ids).isdisjoint(second.gift_ids)
    assert set(first.person_ids).isdisjoint(second.person_ids)
    one = demo_backup()
    links = sum(len(g.get("recipients", [])) + len(g.get("contributors", [])) for g in one["gifts"])
    assert _counts(db) == (2 * len(one["persons"]), 2 * len(one["gifts"]), 2 * links)
    with db.reading() as session:  # each gift's links point at its own import's people
        mixed = session.scalar(
            select(func.count())
            .select_from(gift_people)
            .where(
                gift_people.c.gift_id.in_(first.gift_ids),
                gift_people.c.person_id.not_in(first.person_ids),
            )
        )
    assert mixed == 0


def test_an_import_that_fails_takes_nothing_with_it_while_the_other_lands(
    db: Database, db_target: str
):
    results = _run_two(str(db_target), (False, True))
    assert "refused" in results
    one = demo_backup()
    assert _counts(db)[:2] == (len(one["persons"]), len(one["gifts"]))
