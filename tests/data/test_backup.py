"""JSON backup: export → import round-trips; any bad record changes nothing."""

from __future__ import annotations

import copy
import json

import pytest

from giftdesk.data import backup
from giftdesk.data.backup import export_backup, import_backup, read_backup_file
from giftdesk.data.demo import demo_backup
from giftdesk.data.errors import ImportFileError, ValidationError
from giftdesk.data.models import gift_people, persons


def _normalised(data: dict) -> dict:
    """The backup with ids replaced by positions, so two files can be compared."""
    data = copy.deepcopy(data)
    pmap = {p["id"]: i for i, p in enumerate(data["persons"])}
    omap = {o["id"]: i for i, o in enumerate(data["occasions"])}
    for p in data["persons"]:
        p["id"] = pmap[p["id"]]
    for o in data["occasions"]:
        o["id"] = omap[o["id"]]
    for i, g in enumerate(data["gifts"]):
        g["id"] = i
        if "occasion" in g:
            g["occasion"] = omap[g["occasion"]]
        if "purchaser" in g:
            g["purchaser"] = pmap[g["purchaser"]]
        for key in ("recipients", "contributors"):
            if key in g:
                g[key] = sorted(pmap[x] for x in g[key])
    for b in data["budgets"]:
        b["person"], b["occasion"] = pmap[b["person"]], omap[b["occasion"]]
    data["budgets"].sort(key=lambda b: (b["occasion"], b["person"]))
    return data


def test_export_then_import_round_trips_without_loss(demo_db, tmp_path):
    from giftdesk.data.database import open_database

    with demo_db.reading() as s:
        first = export_backup(s)
    path = tmp_path / "backup.json"
    path.write_text(json.dumps(first), encoding="utf-8")
    other = open_database(tmp_path / "other.sqlite3")
    try:
        with other.transaction() as s:
            summary = import_backup(s, read_backup_file(path))
        with other.reading() as s:
            second = export_backup(s)
    finally:
        other.close()
    assert (summary.persons, summary.occasions, summary.gifts) == (12, 3, 60)
    assert _normalised(second) == _normalised(first)


def test_every_field_survives_the_round_trip(db):
    data = {
        "format": "giftdesk",
        "version": 1,
        "persons": [
            {"id": "p1", "name": "Zoë", "relationship": "Niece", "birthdate": "2016-04-12",
             "notes": "Loves 🦕", "interests": "drawing", "sizes": "EU 32"},
            {"id": "p2", "name": "李雷"},
        ],
        "occasions": [{"id": 7, "name": "Christmas", "type": "holiday", "date": "2026-12-25",
                       "budget": "100.00", "notes": "at Grandma's"}],
        "gifts": [{"id": 1, "name": "Kite <b>&\"x\"", "occasion": 7, "status": "purchased",
                   "priority": "high", "price": "12.50", "sale_price": "9.99", "quantity": 3,
                   "store": "Toy shop", "url": "https://example.org/kite", "notes": "blue",
                   "purchase_date": "2026-11-20", "recipients": ["p1"], "purchaser": "p2",
                   "contributors": []}],
        "budgets": [{"person": "p1", "occasion": 7, "recipient_budget": "30.00"}],
    }  # fmt: skip
    with db.transaction() as s:
        import_backup(s, data)
    with db.reading() as s:
        out = export_backup(s)
    person = out["persons"][0]
    assert person == {
        "id": person["id"],
        **{k: v for k, v in data["persons"][0].items() if k != "id"},
    }
    gift = out["gifts"][0]
    assert gift["name"] == 'Kite <b>&"x"'
    assert (gift["price"], gift["sale_price"], gift["quantity"]) == ("12.50", "9.99", 3)
    assert gift["purchase_date"] == "2026-11-20" and gift["url"] == "https://example.org/kite"
    assert out["budgets"][0]["recipient_budget"] == "30.00"
    assert "purchaser_budget" not in out["budgets"][0]


def _broken(mutate) -> dict:  # type: ignore[no-untyped-def]
    data = demo_backup()
    mutate(data)
    return data


BAD_FILES = [
    ("unknown reference", lambda d: d["gifts"][4].update(recipients=[99]),
     "Gift 5 (“Whisky tasting set”): recipients refers to person 99, which is not in the file."),
    ("empty recipient", lambda d: d["gifts"][4].update(recipients=[None]),
     "Gift 5 (“Whisky tasting set”): recipients refers to person None, which is not in the file."),
    ("unknown occasion", lambda d: d["gifts"][0].update(occasion=42),
     "Gift 1 (“Cashmere scarf”): occasion refers to occasion 42"),
    ("unknown purchaser", lambda d: d["gifts"][0].update(purchaser="nobody"),
     "purchaser refers to person 'nobody'"),
    ("negative price", lambda d: d["gifts"][2].update(price="-3.00"),
     "Gift 3 (“Garden kneeler”): Price cannot be negative."),
    ("NUL in a text", lambda d: d["gifts"][0].update(notes="Blue\x00"),
     "Gift 1 (“Cashmere scarf”): Notes contains a NUL character, which a database server "
     "cannot store."),
    ("NUL in a name", lambda d: d["persons"][1].update(name="Ma\x00ria"),
     "Name contains a NUL character"),
    ("unknown status", lambda d: d["gifts"][0].update(status="lost"),
     "Gift 1 (“Cashmere scarf”): Status “lost” is not one of"),
    ("malformed money", lambda d: d["occasions"][0].update(budget="lots"),
     "Occasion 1 (“Christmas 2026”): Budget “lots” is not an amount"),
    ("three decimals", lambda d: d["gifts"][0].update(sale_price="1.999"),
     "Sale price can have at most two decimals."),
    ("too much money", lambda d: d["gifts"][0].update(price="10000000.00"),
     "Price must be less than 10,000,000.00."),
    ("missing gift name", lambda d: d["gifts"][0].pop("name"), "Gift 1: Name is required."),
    ("blank person name", lambda d: d["persons"][3].update(name="  "),
     "Person 4: Name cannot be blank."),
    ("bad quantity", lambda d: d["gifts"][0].update(quantity=0),
     "Quantity must be a whole number from 1 to 9999."),
    ("bad date", lambda d: d["gifts"][3].update(purchase_date="yesterday"),
     "Purchase date “yesterday” is not a date"),
    ("duplicate id", lambda d: d["persons"][1].update(id=1), "the id 1 is used twice."),
    ("missing id", lambda d: d["persons"][1].pop("id"), "the id is missing"),
    ("unknown field", lambda d: d["gifts"][0].update(prize="1.00"), "unknown field “prize”."),
    ("missing occasion type", lambda d: d["occasions"][0].pop("type"), "the type is missing."),
    ("budget for unknown person", lambda d: d["budgets"][0].update(person=77),
     "Budget number 1: person refers to person 77"),
    ("budget twice", lambda d: d["budgets"].append(dict(d["budgets"][0])),
     "already has a budget for this occasion."),
    ("negative budget", lambda d: d["budgets"][0].update(purchaser_budget="-1"),
     "Purchaser budget cannot be negative."),
    ("purchaser also contributor", lambda d: d["gifts"][11].update(contributors=[d["gifts"][11]["purchaser"]]),
     "the purchaser is also listed as a contributor."),
    ("record not an object", lambda d: d["gifts"].append("a gift"), "is not a record."),
    ("list not a list", lambda d: d.update(gifts={"1": {}}), "“gifts” in the backup must be a list."),
    ("wrong format", lambda d: d.update(format="giftlist"), "not a giftdesk backup"),
    ("newer version", lambda d: d.update(version=2), "this giftdesk reads version 1."),
]  # fmt: skip


@pytest.mark.parametrize(
    ("mutate", "words"), [b[1:] for b in BAD_FILES], ids=[b[0] for b in BAD_FILES]
)
def test_bad_files_are_refused_whole_with_record_and_field(demo_db, mutate, words, row_counts):
    before = row_counts(demo_db)
    with pytest.raises((ValidationError, ImportFileError)) as caught, demo_db.transaction() as s:
        import_backup(s, _broken(mutate))
    assert words in str(caught.value)
    assert row_counts(demo_db) == before


@pytest.mark.sqlite_only  # the INSERTs a file is written with (a server's COPY: below)
def test_a_failure_while_writing_leaves_nothing_behind(db, monkeypatch, row_counts):
    """Even a fault after the first inserts (here: the links) rolls everything back."""
    from sqlalchemy.orm import Session

    real_execute = Session.execute

    def failing_execute(self, statement, *args, **kwargs):  # type: ignore[no-untyped-def]
        if getattr(statement, "table", None) is gift_people:
            raise RuntimeError("disk unplugged")
        return real_execute(self, statement, *args, **kwargs)

    monkeypatch.setattr(Session, "execute", failing_execute)
    with pytest.raises(RuntimeError), db.transaction() as s:
        import_backup(s, demo_backup())
    monkeypatch.undo()
    assert row_counts(db) == (0, 0, 0, 0, 0)


def test_a_fault_after_the_gifts_and_links_are_written_leaves_nothing_behind(db, row_counts):
    def stop_at_budgets(what: str) -> None:
        if what == "budgets":
            raise RuntimeError("cancelled")

    with pytest.raises(RuntimeError), db.transaction() as s:
        import_backup(s, demo_backup(), stop_at_budgets)
    assert row_counts(db) == (0, 0, 0, 0, 0)


def test_a_row_the_database_refuses_leaves_nothing_behind(db, row_counts):
    """A gift past the checks (quantity 0) is refused by the schema: nothing is kept."""
    import dataclasses

    from sqlalchemy import exc as sa_exc

    parsed = backup.parse_backup(demo_backup())
    last = list(parsed.presents)[-1]
    record, *links = parsed.presents[last]
    parsed.presents[last] = (dataclasses.replace(record, quantity=0), *links)
    with pytest.raises(sa_exc.IntegrityError), db.transaction() as s:
        import_backup(s, parsed)
    assert row_counts(db) == (0, 0, 0, 0, 0)


@pytest.mark.parametrize("engine", ["postgresql"], indirect=True)
def test_a_connection_lost_in_the_middle_of_an_import_is_said_and_nothing_is_kept(
    db, postgres_server, row_counts
):
    from sqlalchemy import text

    from giftdesk.data.errors import ConnectionLostError

    def lose_the_connection(what: str) -> None:
        if what == "gifts":  # people and occasions are copied, not committed
            postgres_server._execute(f"SELECT pg_terminate_backend({pid})")

    lost = pytest.raises(ConnectionLostError, match="was lost; your change was not saved")
    with lost, db.transaction() as s:
        pid = s.scalar(text("SELECT pg_backend_pid()"))
        import_backup(s, demo_backup(), lose_the_connection)
    assert row_counts(db) == (0, 0, 0, 0, 0)


@pytest.mark.parametrize("engine", ["postgresql"], indirect=True)
def test_an_import_tells_the_other_computers_to_read_everything_in_a_few_bytes(db):
    """However many gifts it adds, an import's notification is far below the 8,000 bytes."""
    import psycopg
    from sqlalchemy.engine import make_url

    from giftdesk.data.change_feed import CHANNEL, read_change
    from giftdesk.data.changes import EVERYTHING
    from giftdesk.data.operations import perform
    from giftdesk.data.operations.backup import import_backup as import_operation

    url = make_url(db.address)
    listener = psycopg.connect(
        host=url.host, port=url.port, dbname=url.database, user=url.username, autocommit=True
    )
    try:
        listener.execute(f"LISTEN {CHANNEL}")
        perform(db, lambda s: import_operation(s, demo_backup()))
        heard = list(listener.notifies(timeout=2, stop_after=1))
    finally:
        listener.close()
    assert len(heard) == 1
    assert len(heard[0].payload.encode()) < 100
    assert read_change(heard[0].payload) == (db.origin, EVERYTHING)


@pytest.mark.parametrize("engine", ["postgresql"], indirect=True)
def test_ids_come_from_the_sequences_after_rows_added_another_way(db):
    """An import takes its ids from the sequences: a row another program added keeps its id."""
    from sqlalchemy import insert as sql_insert

    with db.transaction() as s:
        other = s.execute(
            sql_insert(persons).values(name="Added elsewhere").returning(persons.c.id)
        ).scalar_one()
    with db.transaction() as s:
        summary = import_backup(s, demo_backup())
    assert other not in summary.person_ids
    assert min(summary.person_ids) > other
    assert list(summary.gift_ids) == sorted(summary.gift_ids)
    with db.transaction() as s:
        after = s.execute(
            sql_insert(persons).values(name="Added after").returning(persons.c.id)
        ).scalar_one()
    assert after > max(summary.person_ids)


def test_an_organiser_under_row_security_imports_the_same_family(plain_organiser, row_counts):
    """Where row-level security applies (an organiser who is no superuser), PostgreSQL
    refuses COPY: the same rows go in with INSERTs, ids from the sequences."""
    before = row_counts(plain_organiser)
    with plain_organiser.transaction() as s:
        summary = import_backup(s, demo_backup())
    assert row_counts(plain_organiser) == tuple(2 * n for n in before)
    assert len(set(summary.gift_ids)) == 60
    with plain_organiser.reading() as s:
        exported = export_backup(s)
    mine = {g["id"] for g in exported["gifts"]} & set(summary.gift_ids)
    assert len(mine) == 60


def test_under_row_security_a_row_the_database_refuses_leaves_nothing_behind(
    plain_organiser, row_counts
):
    import dataclasses

    from sqlalchemy import exc as sa_exc

    before = row_counts(plain_organiser)
    parsed = backup.parse_backup(demo_backup())
    last = list(parsed.presents)[-1]
    record, *links = parsed.presents[last]
    parsed.presents[last] = (dataclasses.replace(record, quantity=0), *links)
    with pytest.raises(sa_exc.IntegrityError), plain_organiser.transaction() as s:
        import_backup(s, parsed)
    assert row_counts(plain_organiser) == before


@pytest.mark.parametrize(
    ("content", "words"),
    [
        ("{not json", "is not valid JSON (line 1, column 2)."),
        (b"\xff\xfe\x00binary", "is not a giftdesk backup (it is not text)."),
    ],
)
def test_unreadable_files_get_a_sentence(tmp_path, content, words):
    path = tmp_path / "backup.json"
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content)
    with pytest.raises(ImportFileError) as caught:
        read_backup_file(path)
    assert words in str(caught.value)


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(ImportFileError, match="There is no file"):
        read_backup_file(tmp_path / "nope.json")
    with pytest.raises(ImportFileError, match="is a folder"):
        read_backup_file(tmp_path)


def test_import_adds_to_existing_data(demo_db, row_counts):
    with demo_db.transaction() as s:
        import_backup(s, demo_backup())
    assert row_counts(demo_db)[:3] == (24, 6, 120)


def test_ids_are_allocated_after_existing_rows(demo_db):
    with demo_db.transaction() as s:
        summary = import_backup(s, demo_backup())
        assert (
            str(summary.sentence()) == "Imported 12 people, 3 occasions, 60 gifts and 20 budgets."
        )
    assert backup.VERSION == 1
