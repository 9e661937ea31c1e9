"""Migrations on populated files: data survives, round-trips, stays consistent."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from alembic.config import Config
from alembic.script import ScriptDirectory

from giftdesk.data import gifts as gifts_data
from giftdesk.data import people as people_data
from giftdesk.data.database import inspect_file, migrate, open_database
from giftdesk.data.errors import MigrationError
from giftdesk.migrations import HEAD, REVISIONS

BASELINE = "0001_baseline"


def _rows(path: Path, sql: str) -> list[tuple]:
    connection = sqlite3.connect(path)
    try:
        return connection.execute(sql).fetchall()
    finally:
        connection.close()


def _baseline_file(path: Path) -> Path:
    """A file at revision 1 with a small family written by the old schema."""
    migrate(path, BASELINE)
    connection = sqlite3.connect(path)
    connection.executescript(
        """
        INSERT INTO persons (id, name, relationship) VALUES (1, 'Anna', 'Sister'),
                                                            (2, 'Zoë', 'Niece');
        INSERT INTO occasions (id, name, type, date, budget_cents)
            VALUES (1, 'Christmas 2026', 'holiday', '2026-12-25', 50000);
        INSERT INTO gifts (id, name, occasion_id, status, priority, price_cents,
                           sale_price_cents, quantity, store, purchase_date)
            VALUES (1, 'Scarf', 1, 'purchased', 'high', 2599, 1999, 2, 'Galeria', '2026-11-20'),
                   (2, 'Lego', NULL, 'idea', 'low', NULL, NULL, 1, NULL, NULL);
        INSERT INTO gift_people (gift_id, person_id) VALUES (1, 1), (1, 2), (2, 2);
        """
    )
    connection.commit()
    connection.close()
    return path


GIFT_COLUMNS = (
    "SELECT id, name, occasion_id, status, priority, price_cents, sale_price_cents, quantity, "
    "store, purchase_date FROM gifts ORDER BY id"
)


def test_revision_constants_match_the_scripts():
    config = Config()
    config.set_main_option("script_location", "giftdesk:migrations")
    script = ScriptDirectory.from_config(config)
    assert script.get_current_head() == HEAD
    walked = [rev.revision for rev in script.walk_revisions()]
    assert list(reversed(walked)) == list(REVISIONS)
    assert "0002_purchaser_and_role" in REVISIONS


def test_upgrade_keeps_every_row_and_links_become_recipients(tmp_path):
    path = _baseline_file(tmp_path / "old.sqlite3")
    before_gifts = _rows(path, GIFT_COLUMNS)
    before_people = _rows(path, "SELECT * FROM persons ORDER BY id")
    before_links = _rows(path, "SELECT gift_id, person_id FROM gift_people ORDER BY id")

    db = open_database(path)
    db.close()

    assert _rows(path, GIFT_COLUMNS) == before_gifts
    assert _rows(path, "SELECT id, name, relationship, birthdate, notes, interests, sizes "
                       "FROM persons ORDER BY id") == before_people  # fmt: skip
    links = _rows(path, "SELECT gift_id, person_id, role FROM gift_people ORDER BY id")
    assert links == [(g, p, "recipient") for g, p in before_links]
    assert _rows(path, "SELECT purchaser_id FROM gifts") == [(None,), (None,)]
    assert _rows(path, "PRAGMA foreign_key_check") == []
    assert inspect_file(path).revision == HEAD


def test_upgrade_copies_the_old_file_aside_first(tmp_path):
    path = _baseline_file(tmp_path / "old.sqlite3")
    before = _rows(path, GIFT_COLUMNS)
    open_database(path).close()
    copies = list(tmp_path.glob("old.before-upgrade-0001_baseline-*.sqlite3"))
    assert len(copies) == 1
    assert _rows(copies[0], GIFT_COLUMNS) == before
    assert _rows(copies[0], "SELECT version_num FROM alembic_version") == [(BASELINE,)]


def test_a_new_file_is_not_copied_aside(tmp_path):
    open_database(tmp_path / "new.sqlite3").close()
    assert list(tmp_path.glob("*before-upgrade*")) == []


def test_downgrade_and_upgrade_round_trip(tmp_path):
    path = _baseline_file(tmp_path / "old.sqlite3")
    open_database(path).close()
    with_head = _rows(path, GIFT_COLUMNS)
    migrate(path, BASELINE, downgrade=True)
    assert inspect_file(path).revision == BASELINE
    assert _rows(path, GIFT_COLUMNS) == with_head
    assert _rows(path, "SELECT gift_id, person_id FROM gift_people ORDER BY id") == [
        (1, 1),
        (1, 2),
        (2, 2),
    ]
    assert _rows(path, "PRAGMA foreign_key_check") == []
    migrate(path, HEAD)
    assert _rows(path, GIFT_COLUMNS) == with_head
    assert _rows(path, "PRAGMA foreign_key_check") == []


def test_migrated_file_enforces_the_new_constraints(tmp_path):
    path = _baseline_file(tmp_path / "old.sqlite3")
    db = open_database(path)
    with db.transaction() as s:
        gifts_data.set_gift_fields(s, 1, purchaser_id=1)
    with db.transaction() as s:
        people_data.delete_person(s, 1)
    with db.reading() as s:
        gift = gifts_data.get_gift(s, 1)
    db.close()
    assert gift.purchaser_id is None  # ON DELETE SET NULL after the batch migration
    assert gift.recipient_ids == (2,)


def test_failed_migration_leaves_the_file_unchanged(tmp_path):
    """A dangling link found by foreign_key_check rolls the whole upgrade back."""
    path = _baseline_file(tmp_path / "old.sqlite3")
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA foreign_keys=OFF")
    connection.execute("INSERT INTO gift_people (gift_id, person_id) VALUES (1, 99)")
    connection.commit()
    connection.close()
    before = path.read_bytes()
    with pytest.raises(MigrationError, match="left as it was"):
        migrate(path, HEAD)
    assert path.read_bytes() == before
    assert inspect_file(path).revision == BASELINE


def test_opening_a_current_file_does_not_load_alembic(tmp_path):
    path = tmp_path / "head.sqlite3"
    open_database(path).close()
    code = (
        "import sys; from giftdesk.data.database import open_database; "
        f"open_database({str(path)!r}).close(); "
        "print('alembic' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"
