"""The file defends its own types against other SQLite tools (migration 0005)."""

from __future__ import annotations

import shutil
import sqlite3
import sys
import tempfile
from pathlib import Path

import pytest

from giftdesk.data.database import inspect_file, migrate, open_database
from giftdesk.data.errors import MigrationError
from giftdesk.migrations import HEAD

BEFORE_TYPES = "0004_person_role_index"

FAMILY = """
INSERT INTO persons (id, name, relationship, birthdate, notes, interests, sizes)
    VALUES (1, 'Anna', 'Sister', '1990-04-01', 'n', 'i', 's'), (2, 'Dad', NULL, NULL, NULL, NULL, NULL);
INSERT INTO occasions (id, name, type, date, budget_cents, notes)
    VALUES (1, 'Christmas', 'holiday', '2026-12-25', 50000, 'n');
INSERT INTO gifts (id, name, occasion_id, status, priority, price_cents, sale_price_cents,
                   quantity, store, url, notes, purchase_date, purchaser_id)
    VALUES (1, 'Scarf', 1, 'purchased', 'high', 2599, 1999, 2, 'Shop', 'http://x', 'n',
            '2026-11-20', 2),
           (2, 'Lego', NULL, 'idea', 'low', 1000, NULL, 1, NULL, NULL, NULL, NULL, NULL);
INSERT INTO gift_people (id, gift_id, person_id, role) VALUES (1, 1, 1, 'recipient');
INSERT INTO person_occasions (id, person_id, occasion_id, recipient_budget_cents,
                              purchaser_budget_cents) VALUES (1, 1, 1, 5000, 2000);
"""

# (table, column, a value of the wrong type that SQLite itself would accept)
WRONG_VALUES = [
    ("persons", "id", "1.5"),
    ("persons", "name", "X'416e6e61'"),
    ("persons", "relationship", "X'00'"),
    ("persons", "birthdate", "'1990-02-30'"),
    ("persons", "birthdate", "19900401"),
    ("persons", "notes", "X'00'"),
    ("persons", "interests", "X'00'"),
    ("persons", "sizes", "X'00'"),
    ("occasions", "id", "'one'"),
    ("occasions", "name", "X'41'"),
    ("occasions", "type", "X'686f6c69646179'"),
    ("occasions", "date", "'25.12.2026'"),
    ("occasions", "budget_cents", "500.25"),
    ("occasions", "budget_cents", "'lots'"),
    ("occasions", "notes", "X'00'"),
    ("gifts", "id", "1.5"),
    ("gifts", "name", "X'41'"),
    ("gifts", "occasion_id", "1.5"),
    ("gifts", "status", "X'69646561'"),
    ("gifts", "priority", "X'6c6f77'"),
    ("gifts", "price_cents", "1250.5"),
    ("gifts", "sale_price_cents", "999.9"),
    ("gifts", "quantity", "2.5"),
    ("gifts", "store", "X'00'"),
    ("gifts", "url", "X'00'"),
    ("gifts", "notes", "X'00'"),
    ("gifts", "purchase_date", "'yesterday'"),
    ("gifts", "purchaser_id", "'2x'"),
    ("gift_people", "id", "1.5"),
    ("gift_people", "gift_id", "1.5"),
    ("gift_people", "person_id", "'1a'"),
    ("gift_people", "role", "X'726563697069656e74'"),
    ("person_occasions", "id", "1.5"),
    ("person_occasions", "person_id", "1.5"),
    ("person_occasions", "occasion_id", "1.5"),
    ("person_occasions", "recipient_budget_cents", "10.5"),
    ("person_occasions", "purchaser_budget_cents", "'ten'"),
]


_templates: dict[str, Path] = {}


def _file(path: Path, revision: str = HEAD) -> Path:
    """A small family at ``revision`` (migrated once per revision, then copied)."""
    if revision not in _templates:
        template = Path(tempfile.mkdtemp(prefix="giftdesk-typed-")) / "template.sqlite3"
        migrate(template, revision)
        connection = sqlite3.connect(template)
        connection.executescript(FAMILY)
        connection.commit()
        connection.close()
        _templates[revision] = template
    shutil.copyfile(_templates[revision], path)
    return path


def _raw_update(path: Path, table: str, column: str, value: str) -> None:
    connection = sqlite3.connect(path)
    try:
        connection.execute("PRAGMA foreign_keys=OFF")
        connection.execute(f"UPDATE {table} SET {column} = {value} WHERE id = 1")
        connection.commit()
    finally:
        connection.close()


def _dump(path: Path) -> list[str]:
    connection = sqlite3.connect(path)
    try:
        return list(connection.iterdump())
    finally:
        connection.close()


@pytest.mark.parametrize(("table", "column", "value"), WRONG_VALUES)
def test_a_raw_write_of_a_wrong_type_is_refused(tmp_path, table, column, value):
    path = _file(tmp_path / "typed.sqlite3")
    before = _dump(path)
    with pytest.raises(sqlite3.IntegrityError):
        _raw_update(path, table, column, value)
    assert _dump(path) == before


@pytest.mark.parametrize(
    ("table", "column", "value"),
    [
        ("gifts", "price_cents", "1250.0"),  # INTEGER affinity stores it as 1250
        ("gifts", "quantity", "'3'"),
        ("persons", "name", "42"),  # TEXT affinity stores it as '42'
        ("persons", "birthdate", "'2024-02-29'"),
        ("occasions", "date", "NULL"),
    ],
)
def test_values_sqlite_converts_to_the_right_type_are_accepted(tmp_path, table, column, value):
    path = _file(tmp_path / "typed.sqlite3")
    _raw_update(path, table, column, value)


@pytest.mark.parametrize(
    ("table", "column", "value", "words"),
    [
        ("gifts", "price_cents", "1250.5", "1250.5 in price_cents"),
        ("gifts", "quantity", "2.5", "2.5 in quantity"),
        ("persons", "birthdate", "'1990-02-30'", "'1990-02-30' in birthdate"),
        ("person_occasions", "purchaser_budget_cents", "10.5", "10.5 in purchaser_budget_cents"),
    ],
)
def test_an_older_file_holding_a_wrong_type_is_refused_unchanged(
    tmp_path, table, column, value, words
):
    path = _file(tmp_path / "old.sqlite3", BEFORE_TYPES)
    _raw_update(path, table, column, value)
    before = path.read_bytes()
    with pytest.raises(MigrationError) as caught:
        open_database(path)
    message = str(caught.value)
    assert f"Row 1 of the {table} table holds {words}" in message
    assert "left as it was" in message
    assert path.read_bytes() == before
    assert inspect_file(path).revision == BEFORE_TYPES


def test_an_older_file_with_right_types_is_upgraded_with_its_data(tmp_path):
    path = _file(tmp_path / "old.sqlite3", BEFORE_TYPES)
    before = [line for line in _dump(path) if line.startswith('INSERT INTO "gifts"')]
    open_database(path).close()
    assert inspect_file(path).revision == HEAD
    after = [line for line in _dump(path) if line.startswith('INSERT INTO "gifts"')]
    # The same rows, each with the row version (a last column, 1) that came later.
    assert [line.removesuffix(",1);") + ");" for line in after] == before
    with pytest.raises(sqlite3.IntegrityError):
        _raw_update(path, "gifts", "price_cents", "1250.5")


def test_the_command_line_names_the_bad_value_instead_of_crashing(tmp_path, monkeypatch, capsys):
    from giftdesk.cli import main

    path = _file(tmp_path / "old.sqlite3", BEFORE_TYPES)
    _raw_update(path, "gifts", "price_cents", "1250.5")
    monkeypatch.setattr(
        sys,
        "argv",
        ["giftdesk", "export", "budget", "--db", str(path), "-o", str(tmp_path / "b.csv")],
    )
    assert main() == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "unexpected" not in err
    assert "Row 1 of the gifts table holds 1250.5 in price_cents" in err
    assert not (tmp_path / "b.csv").exists()


def test_downgrade_removes_the_type_checks_again(tmp_path):
    path = _file(tmp_path / "typed.sqlite3")
    migrate(path, BEFORE_TYPES, downgrade=True)
    _raw_update(path, "gifts", "price_cents", "1250.5")  # accepted again, as before 0005
    with pytest.raises(MigrationError):
        migrate(path, HEAD)
