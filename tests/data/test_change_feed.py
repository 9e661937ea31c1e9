"""What one giftdesk tells the others: NOTIFY in the change's own transaction."""

from __future__ import annotations

import json
import random

import psycopg
import pytest
from sqlalchemy.engine import make_url

from giftdesk.data.change_feed import (
    CHANNEL,
    PAYLOAD_LIMIT,
    as_ranges,
    payload_of,
    publish,
    read_change,
)
from giftdesk.data.changes import EVERYTHING, Change
from giftdesk.data.database import Database


def test_ids_travel_as_ranges_and_come_back_the_same():
    ids = frozenset({1, 2, 3, 7, 9, 10, 11, 40})
    assert as_ranges(ids) == [[1, 3], 7, [9, 11], 40]
    change = Change(gifts=ids, removed_persons=frozenset({5}), budgets=True)
    origin, back = read_change(payload_of(change, "me"))
    assert origin == "me" and back == change


def test_ten_thousand_neighbouring_gifts_fit_in_a_few_bytes():
    change = Change(gifts=frozenset(range(1, 10_001)))
    payload = payload_of(change)
    assert len(payload) < 100
    assert read_change(payload)[1] == change


def test_a_change_too_big_for_a_notification_says_read_everything():
    scattered = frozenset(random.Random(1).sample(range(1, 1_000_000), 10_000))
    payload = payload_of(Change(gifts=scattered))
    assert len(payload.encode()) <= PAYLOAD_LIMIT
    assert read_change(payload)[1] == EVERYTHING


def test_an_unreadable_notification_means_read_everything():
    assert read_change("not json")[1] == EVERYTHING


def _listener(db: Database) -> psycopg.Connection:
    url = make_url(db.address)
    connection = psycopg.connect(
        host=url.host, port=url.port, dbname=url.database, user=url.username, autocommit=True
    )
    connection.execute(f"LISTEN {CHANNEL}")
    return connection


@pytest.mark.parametrize("engine", ["postgresql"], indirect=True)
def test_a_ten_thousand_gift_change_reaches_another_listener_when_it_commits(db: Database):
    listener = _listener(db)
    try:
        change = Change(gifts=frozenset(range(1, 10_001)) | {20_000}, budgets=True)
        with pytest.raises(RuntimeError), db.transaction() as session:
            publish(session, Change(gifts=frozenset({99})))
            raise RuntimeError("rolled back: nothing must be heard")
        with db.transaction() as session:
            publish(session, change, origin="other computer")
        heard = list(listener.notifies(timeout=2, stop_after=1))
        assert len(heard) == 1  # not the rolled-back one
        assert heard[0].channel == CHANNEL
        assert read_change(heard[0].payload) == ("other computer", change)
        assert json.loads(heard[0].payload)["g"][0] == [1, 10_000]
    finally:
        listener.close()


@pytest.mark.parametrize("engine", ["sqlite"], indirect=True)
def test_a_file_has_no_one_to_tell(db: Database):
    with db.transaction() as session:
        publish(session, Change(gifts=frozenset({1})))  # nothing to send, nothing fails
