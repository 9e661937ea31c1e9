"""Command-line fixtures: giftdesk's command line run in the test's own process."""

from __future__ import annotations

import sqlite3
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from giftdesk.cli import main


@pytest.fixture
def cli(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> Callable[..., tuple[int, str, str]]:
    """``cli("demo", "--db", path)``: (exit status, what it printed, what it said on stderr)."""

    def run(*args: str) -> tuple[int, str, str]:
        monkeypatch.setattr(sys, "argv", ["giftdesk", *args])
        try:
            code = main()
        except SystemExit as exit_:  # argparse: --version, usage errors
            code = exit_.code if isinstance(exit_.code, int) else 1
        out, err = capsys.readouterr()
        return code, out, err

    return run


@pytest.fixture
def one_sentence() -> Callable[[str], None]:
    """``one_sentence(err)`` asserts that a refusal is one line, no traceback."""

    def check(err: str) -> None:
        lines = err.strip().splitlines()
        assert len(lines) == 1, err
        assert "Traceback" not in err
        assert lines[0].startswith("giftdesk: ")

    return check


@pytest.fixture
def table_count() -> Callable[[Path, str], int]:
    """``table_count(path, "persons")``: the rows of a table, read with plain sqlite3."""

    def count(path: Path, table: str) -> int:
        connection = sqlite3.connect(path)
        try:
            rows: int = connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            return rows
        finally:
            connection.close()

    return count
