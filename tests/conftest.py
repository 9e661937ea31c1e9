"""Shared fixtures: offscreen Qt and a fresh, migrated SQLite file per test."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

# Set before anything imports Qt, so `pytest` works with no display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")
# Programs started by tests log into a throwaway folder, not the user's log.
os.environ.setdefault("GIFTDESK_LOG_DIR", tempfile.mkdtemp(prefix="giftdesk-test-logs-"))
# ... and make their daily backups there too, never in the user's data folder.
os.environ.setdefault("GIFTDESK_BACKUP_DIR", tempfile.mkdtemp(prefix="giftdesk-test-backups-"))

import pytest  # noqa: E402

from giftdesk.data.database import Database, open_database  # noqa: E402


@pytest.fixture(autouse=True)
def _backup_folder_per_test(tmp_path_factory, monkeypatch):  # type: ignore[no-untyped-def]
    """Daily backups are named after the file (giftdesk-DATE.sqlite3): one folder per
    test, so one test's backup of "giftdesk.sqlite3" is not another's."""
    monkeypatch.setenv("GIFTDESK_BACKUP_DIR", str(tmp_path_factory.mktemp("backups")))


@pytest.fixture(scope="session")
def _migrated_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One file brought up by the real migrations; each test gets a copy."""
    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    open_database(path).close()
    return path


@pytest.fixture
def db_path(tmp_path: Path, _migrated_template: Path) -> Path:
    path = tmp_path / "giftdesk.sqlite3"
    shutil.copyfile(_migrated_template, path)
    return path


@pytest.fixture
def db(db_path: Path):  # type: ignore[no-untyped-def]
    database: Database = open_database(db_path)
    yield database
    database.close()


@pytest.fixture
def demo_db(db: Database) -> Database:
    from giftdesk.data.demo import load_demo

    with db.transaction() as session:
        load_demo(session)
    return db
