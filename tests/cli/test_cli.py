"""The command line of SPEC §4: commands work, mistakes get one sentence."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

import giftdesk
from giftdesk.cli import main


def test_version(cli):
    code, out, _ = cli("--version")
    assert code == 0
    assert out.strip() == f"giftdesk {giftdesk.__version__}"


def test_demo_creates_the_example_family(tmp_path, cli, one_sentence):
    path = tmp_path / "demo.sqlite3"
    code, out, err = cli("demo", "--db", str(path))
    assert code == 0, err
    assert "12 people, 3 occasions, 60 gifts" in out
    code, out, err = cli("--db", str(path), "demo")
    assert code == 1
    one_sentence(err)
    assert "already holds data" in err


def test_export_and_import_round_trip(tmp_path, cli):
    source, target = tmp_path / "a.sqlite3", tmp_path / "b.sqlite3"
    backup, again = tmp_path / "backup.json", tmp_path / "again.json"
    assert cli("demo", "--db", str(source))[0] == 0
    assert cli("export", "all", "--db", str(source), "-o", str(backup))[0] == 0
    code, out, err = cli("import", str(backup), "--db", str(target))
    assert code == 0, err
    assert "Imported 12 people" in out
    assert cli("export", "all", "--db", str(target), "-o", str(again))[0] == 0
    first, second = json.loads(backup.read_text()), json.loads(again.read_text())
    assert [g["name"] for g in first["gifts"]] == [g["name"] for g in second["gifts"]]
    assert first == second  # fresh files: same ids too


def test_bad_import_changes_nothing_and_says_why(tmp_path, cli, one_sentence):
    path = tmp_path / "a.sqlite3"
    cli("demo", "--db", str(path))
    before = path.read_bytes()
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"format": "giftdesk", "version": 1, "persons": [],
                               "gifts": [{"id": 1, "name": "Kite", "price": "-2"}]}))  # fmt: skip
    code, _, err = cli("import", str(bad), "--db", str(path))
    assert code == 1
    one_sentence(err)
    assert "Gift 1 (“Kite”): Price cannot be negative." in err
    assert path.read_bytes() == before


@pytest.mark.parametrize(
    ("content", "words"),
    [("{oops", "is not valid JSON"), ("[]", "is not a giftdesk backup")],
)
def test_unreadable_backup(tmp_path, content, words, cli, one_sentence):
    bad = tmp_path / "bad.json"
    bad.write_text(content)
    code, _, err = cli("import", str(bad), "--db", str(tmp_path / "x.sqlite3"))
    assert code == 1
    one_sentence(err)
    assert words in err
    assert not (tmp_path / "x.sqlite3").exists()  # checked before creating anything


def test_import_of_a_missing_file(tmp_path, cli, one_sentence):
    code, _, err = cli("import", str(tmp_path / "nope.json"),
                       "--db", str(tmp_path / "x.sqlite3"))  # fmt: skip
    assert code == 1
    one_sentence(err)
    assert "There is no file" in err


@pytest.mark.parametrize(
    ("setup", "words"),
    [
        (lambda p: p.write_text("hello"), "is not a giftdesk database"),
        (lambda p: None, "There is no giftdesk file at"),
    ],
)
def test_export_from_a_bad_database(tmp_path, setup, words, cli, one_sentence):
    path = tmp_path / "x.sqlite3"
    setup(path)
    code, _, err = cli("export", "all", "--db", str(path),
                       "-o", str(tmp_path / "out.json"))  # fmt: skip
    assert code == 1
    one_sentence(err)
    assert words in err
    assert not (tmp_path / "out.json").exists()


def test_export_to_a_missing_folder(tmp_path, cli):
    path = tmp_path / "a.sqlite3"
    cli("demo", "--db", str(path))
    code, _, err = cli("export", "all", "--db", str(path),
                       "-o", str(tmp_path / "no" / "out.json"))  # fmt: skip
    assert code == 1
    assert "does not exist" in err


def test_usage_mistakes_exit_2_with_one_line(cli, one_sentence):
    code, _, err = cli("frobnicate")
    assert code == 2
    one_sentence(err)
    code, _, err = cli("export", "all")
    assert code == 2
    assert "-o/--output" in err


def test_default_database_lives_in_the_user_data_dir(monkeypatch, tmp_path, cli):
    from giftdesk.data import database

    monkeypatch.setattr(database, "default_database_path", lambda: tmp_path / "d" / "g.sqlite3")
    code, _, err = cli("demo")
    assert code == 0, err
    assert (tmp_path / "d" / "g.sqlite3").exists()


def test_newer_and_locked_files_are_refused_by_the_cli(tmp_path, cli, one_sentence):
    import sqlite3

    path = tmp_path / "a.sqlite3"
    cli("demo", "--db", str(path))
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        before = path.read_bytes()
        code, _, err = cli("import", str(tmp_path / "none.json"), "--db", str(path))
        assert "There is no file" in err
        backup = tmp_path / "b.json"
        backup.write_text('{"format": "giftdesk", "version": 1}')
        code, _, err = cli("import", str(backup), "--db", str(path))
        assert code == 1
        one_sentence(err)
        assert "in use by another program" in err
        assert path.read_bytes() == before
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    connection = sqlite3.connect(path)
    connection.execute("UPDATE alembic_version SET version_num = '0042_future'")
    connection.commit()
    connection.close()
    before = path.read_bytes()
    code, _, err = cli("export", "all", "--db", str(path), "-o", str(tmp_path / "o.json"))
    assert code == 1
    one_sentence(err)
    assert "newer version of giftdesk" in err
    assert path.read_bytes() == before


@pytest.mark.parametrize(
    ("argv", "expected"),
    [([], None), (["--db", "x.sqlite3"], "x.sqlite3"), (["--db=y.sqlite3"], "y.sqlite3")],
)
def test_opening_the_window_parses_only_the_db_option(monkeypatch, argv, expected):
    from giftdesk.ui import app

    seen = []
    monkeypatch.setattr(app, "run_app", lambda db_path: seen.append(db_path) or 0)
    monkeypatch.setattr(sys, "argv", ["giftdesk", *argv])
    assert main() == 0
    assert seen == [None if expected is None else Path(expected)]
